/**
 * Coverage over real-world base images: test/data/base-images.tsv lists distinct public references
 * from FROM lines of real Dockerfiles (repository, commit and path of each). Prints the share the
 * knowledge base resolves (known; guesses from a tag name are counted and shown apart) and fails
 * when it drops below the floor measured when the list was made. The issue's goal is 95%; the
 * floors say where the tables stand, so a regression fails and an improvement can raise them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImageRef } from '../../analysis/imageRef';
import { lookupImage } from './index';

const LIST = join(__dirname, '../../../../test/data/base-images.tsv');
/** A second sample drawn from many repositories (at most 5 references each), not the ones the tables were tuned on. */
const SAMPLE2 = join(__dirname, '../../../../test/data/base-images-sample2.tsv');
/** A third sample, every hit of exact-string look-ups of FROM prefixes (registries, mirrors, architectures, digests). */
const SAMPLE3 = join(__dirname, '../../../../test/data/base-images-sample3.tsv');
/** Measured (2026-12-06: 88.2% of all, 83.8% external after vendorFamilies2.ts; 88.3%, 84.0% after vendorFamilies4.ts; 88.8% after the dev container tag history, 88.7% / 83.8% after images20 made retired tags on rebuilt bases unknown; 88.8% / 84.1% after vendorFamilies8.ts (frolvlad/alpine-glibc) and after images21 read retired tags' bases from their pinned Dockerfiles; 89.6% / 85.9% after vendorFamilies9.ts (conda and selenium latest, elixir 1.20, easypi/alpine-arm); 90.0% / 86.2% (772/858, 319/370) after vendorFamilies11.ts (vimagick/alpine-arm, tensorflow 2.20.0-gpu); 90.2% / 86.8% (774/858, 321/370) after vendorFamilies13.ts (pytorch/pytorch release lines); 90.3% / 87.0% (775/858, 322/370) after vendorFamilies25.ts (pandoc/core); 90.4% / 87.2% (776/858, 323/370) after vendorFamilies27.ts (microsoft/dotnet:1.0.0-preview2-sdk); 92.6% / 89.1% (795/858, 330/370) after vendorFamilies30.ts (r.j3ss.co, tianon/*, aerokube ggr, otel/weaver, splash, puppet/pdk, tfaddons, salesforcedx on heroku/heroku, two vscode/devcontainers tags); 92.8% / 89.5% (796/858, 331/370) after vendorFamilies32.ts (google/dart latest); 92.9% / 89.7% (797/858, 332/370) with its prom/prometheus v1.x tags; floors = measured, rounded down); see the commit messages for the history. */
const FLOOR_ALL = 0.928;
const FLOOR_EXTERNAL = 0.897;

interface Row {
  ref: string;
  kind: string;
  where: string;
}

function rows(file = LIST): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [ref, kind, repo, commit, path] = l.split('\t');
      return { ref, kind, where: `${repo}@${commit}:${path}` };
    });
}

function measure(list: Row[]) {
  let known = 0;
  let guessed = 0;
  const unknown: string[] = [];
  for (const r of list) {
    const parsed = parseImageRef(r.ref);
    const found = parsed.ok ? lookupImage(parsed.ref) : undefined;
    if (found && found.kind !== 'unknown') {
      known++;
      if (found.kind === 'known' && found.identity.guessedFrom) guessed++;
    } else unknown.push(r.ref);
  }
  return { known, guessed, total: list.length, share: known / list.length, unknown };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A sample's coverage, printed, held to its floor (and, where one is given, external references to theirs). */
function checkCoverage(name: string, list: Row[], floor: number, externalFloor?: number): void {
  const all = measure(list);
  const external = externalFloor === undefined ? undefined : measure(list.filter((r) => r.kind === 'external'));
  const externalText = external ? `; external ${external.known}/${external.total} = ${pct(external.share)}` : '';
  console.log(`base-image coverage, ${name}: ${all.known}/${all.total} = ${pct(all.share)} (${all.guessed} guesses)${externalText}.`);
  assert.ok(all.share >= floor, `coverage fell to ${pct(all.share)}; unknown: ${all.unknown.slice(0, 20).join(', ')}`);
  if (external && externalFloor !== undefined) {
    assert.ok(
      external.share >= externalFloor,
      `coverage of external references fell to ${pct(external.share)}; unknown: ${external.unknown.slice(0, 20).join(', ')}`,
    );
  }
}

/** A sample of whole repositories: distinct references, each with its repository, commit and path, from enough repositories. */
function checkRepositorySample(list: Row[], minRefs: number, minRepos: number): void {
  assert.ok(list.length >= minRefs, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    assert.match(r.where, /^[\w.-]+\/[\w.-]+@[0-9a-f]{12}:.+/, `${r.ref}: source`);
  }
  assert.ok(new Set(list.map((r) => r.where.split('@')[0])).size >= minRepos, `fewer than ${minRepos} repositories`);
}

test('the list has at least 300 distinct references, each with where it came from', () => {
  const list = rows();
  assert.ok(list.length >= 300, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    assert.match(r.where, /^[\w.-]+\/[\w.-]+@[0-9a-f]{12}:.+/, `${r.ref}: source`);
  }
  assert.ok(
    list.filter((r) => r.kind === 'external').length >= 300,
    'at least 300 references to images the repositories do not build themselves',
  );
});

test('coverage of real-world base images (printed)', () => {
  const list = rows();
  const all = measure(list);
  const external = measure(list.filter((r) => r.kind === 'external'));
  console.log(
    `base-image coverage: ${all.known}/${all.total} = ${pct(all.share)} of all references (${all.guessed} of them guesses from a tag or image name); ` +
      `${external.known}/${external.total} = ${pct(external.share)} of references to images the repository does not build itself (${external.guessed} guesses). Goal of issue #17: 95%.`,
  );
  assert.ok(all.share >= FLOOR_ALL, `coverage fell to ${pct(all.share)}; unknown: ${all.unknown.slice(0, 20).join(', ')}`);
  assert.ok(
    external.share >= FLOOR_EXTERNAL,
    `coverage of external references fell to ${pct(external.share)}; unknown: ${external.unknown.slice(0, 20).join(', ')}`,
  );
});

/** Floor for the second sample: measured (78.4% on 2026-12-06 after vendorFamilies2.ts, 79.0% after vendorFamilies3.ts, 79.9% after vendorFamilies7.ts, 81.5% after vendorFamilies9.ts, 81.8% (265/324) after vendorFamilies10.ts, 82.1% (266/324) after vendorFamilies12.ts, 83.0% (269/324) after vendorFamilies13.ts, 83.3% (270/324) after vendorFamilies19.ts, 83.6% (271/324) after vendorFamilies27.ts (microsoft/dotnet:sdk), 84.0% (272/324) after images53 (testingSuite.ts: r-base:4.0.2 on Debian testing of 2020-10), rounded down; see the commit messages). */
const FLOOR_SAMPLE2 = 0.839;

test('the second sample has at least 250 distinct references from at least 100 repositories, at most 5 each', () => {
  const list = rows(SAMPLE2);
  assert.ok(list.length >= 250, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  const perRepo = new Map<string, number>();
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    assert.match(r.where, /^(?:[\w.-]+\/[\w.-]+|unattributed)@(?:[0-9a-f]{12}|unattributed):.+/, `${r.ref}: source`);
    const repo = r.where.split('@')[0];
    if (repo !== 'unattributed') perRepo.set(repo, (perRepo.get(repo) ?? 0) + 1);
  }
  assert.ok(perRepo.size >= 100, `only ${perRepo.size} named repositories`);
  for (const [repo, n] of perRepo) assert.ok(n <= 5, `${repo} gives ${n} references`);
});

test('coverage of the second, many-repository sample (printed)', () => {
  const list = rows(SAMPLE2);
  const all = measure(list);
  const external = measure(list.filter((r) => r.kind === 'external'));
  console.log(
    `base-image coverage, second sample: ${all.known}/${all.total} = ${pct(all.share)} (${all.guessed} guesses); ` +
      `external ${external.known}/${external.total} = ${pct(external.share)}.`,
  );
  assert.ok(all.share >= FLOOR_SAMPLE2, `coverage fell to ${pct(all.share)}; unknown: ${all.unknown.slice(0, 20).join(', ')}`);
});

/** Floor for the third sample: measured (83.3% when drawn, 87.8% after its fixes, 88.1% after the fourth's, 88.4% on 2026-12-06, 89.1% after vendorFamilies3.ts, 90.0% after vendorFamilies7.ts (streamN/-rhelN guesses, zookeeper:3.4.9), 90.0% (296/329) after vendorFamilies9.ts, 90.3% (297/329) after images35 read gradle:6.6-jdk11 up to the day it left library/gradle, 91.5% (301/329) after vendorFamilies24.ts (CBL-Mariner 2.0 and Azure Linux 3.0 language images), rounded down). */
const FLOOR_SAMPLE3 = 0.914;

test('the third sample has at least 250 distinct references, each naming the look-up that found it', () => {
  const list = rows(SAMPLE3);
  assert.ok(list.length >= 250, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    assert.match(r.where, /^unattributed@unattributed:find_string id \d+$/, `${r.ref}: source`);
  }
});

test('coverage of the third sample (printed)', () => {
  const all = measure(rows(SAMPLE3));
  console.log(`base-image coverage, third sample: ${all.known}/${all.total} = ${pct(all.share)} (${all.guessed} guesses).`);
  assert.ok(all.share >= FLOOR_SAMPLE3, `coverage fell to ${pct(all.share)}; unknown: ${all.unknown.slice(0, 20).join(', ')}`);
});

/**
 * Samples drawn by kind of project (one semantic look-up per kind), each with its floor: measured
 * minus about 2 points. Fourth: 72.6% when drawn, 78.8% after its fixes; fifth (41 more kinds):
 * 55.4% when drawn, 63.7% after its fixes, 64.1% after the sixth's, 68.1% after the seventh's (floor raised to that);
 * sixth (59 more kinds): 48.8% when drawn, 68.3% after its fixes, 69.0% after the seventh's; seventh (47 kinds in
 * areas the earlier ones were thin in): 46.0% when drawn, 59.6% after its fixes, 60.0% after the eighth's; eighth (42 kinds
 * none of the earlier ones named, 196 references, every hit from a repository an earlier sample used left out): 74.0% when
 * drawn (floors = measured, so losing one reference fails), 77.6% after the known-unknown families of issue #17 (floor
 * raised to that; the same work removed retired tags' false releases, which samples 6 and 7 made up for: 69.0%, 60.0%);
 * ninth (42 more kinds, 197 references, drawn the same way): 50.8% when drawn, 71.1% after its fixes (140/197; floor =
 * measured). After vendorFamilies2.ts (issue #17's non-official families): fourth 83.6%, fifth 71.7%, sixth 70.2%,
 * seventh 61.1%, eighth 78.6%, ninth 74.1% (floors raised to those, rounded down to half a point). After vendorFamilies3.ts
 * (Kali rolling as a release of its own, Lambda Python 2.7/3.6/3.7 on Amazon Linux 1, gitlab-runner latest): fourth 85.0%,
 * fifth 72.1%, seventh 61.9% (floors raised the same way). Tenth (43 more kinds, 203 references, drawn the same way):
 * 54.7% when drawn (111/203; floor = measured), 65.0% after vendorFamilies4.ts (OpenSearch, fluentd, Loki/Promtail,
 * cypress/included and Fabric 1.x amd64 tags from their build files; 132/203, floor = measured, rounded down).
 * After vendorFamilies5.ts (Zola, Rivet's Godot images, autopilotpattern/consul release tags, gjchen/alpine 3.x, the
 * Quarkus micro image, oracle/graalvm-ce 19.x/20.1, vapor/ubuntu): fifth 73.3% (184/251), sixth 71.0% (179/252), seventh 62.6% (166/265), tenth 65.5% (133/203; floors raised to those, rounded down to half a point).
 * Eleventh (55 look-ups by ordinary kind of project — coursework, microservices, web apps, data/ML, CI tooling, embedded,
 * games, scientific — 218 references, every repository new): 76.6% when drawn (167/218), 82.1% after vendorFamilies6.ts
 * (Hadolint, ShellCheck's Alpine image, ibmcom/swift-ubuntu, clfoundation/sbcl, gliderlabs/alpine, miniconda3 4.8.2;
 * 179/218, floor = measured, rounded down); the other samples unchanged.
 * After vendorFamilies7.ts (Elasticsearch 5.6/6.0–6.5, mysql/mysql-server, percona/percona-server; retired official tags FROM
 * bases whose entry names no release read from the base's pinned Dockerfile: ibmjava:8-jre, openjdk:8, php:7.0-apache,
 * rabbitmq, eclipse-temurin:21-jdk-alpine; .NET Core 3.0 in the core repositories; a digest-pinned FROM read by its tag;
 * streamN/-rhelN guesses): fourth 85.0% → 85.4% (234/274), fifth 74.1% →
 * 74.9% (188/251), sixth 71.0% → 72.6% (183/252), seventh 62.6% → 63.8% (169/265), tenth 65.5% → 66.0% (134/203);
 * floors = measured, rounded down.
 * 179/218, floor = measured, rounded down); the other samples unchanged. The dev container tag history
 * (devcontainerHistory.ts: python:0-3.9 and the like resolved through their last build) raised the tenth to 66.0% (134/203, floor raised to that).
 * Lowered by images20 (retired official tags FROM a version tag of another official image that was rebuilt after their
 * last build and names no release, e.g. rabbitmq:3.8.11-management FROM rabbitmq:3.8: unknown, no longer what the base
 * names now, which was wrong for rabbitmq 3.8.x and node/php tags): every sample's floor, here and above, = measured,
 * rounded down — an honest unknown beats a wrong fact. Raised by images21 (those bases read from the Dockerfile at the
 * commit their entry pinned in the month the tag was last built): fourth 85.4%, sixth 72.6%, seventh 64.2%, eleventh 82.1%
 * (second 79.9%); floors = measured, rounded down.
 * Twelfth (61 look-ups by ordinary kind of project — web apps, microservices, data science, games, bots, home-lab services,
 * CI tools, language toolchains, coursework, robotics — 219 references, every repository new): 74.0% when drawn (162/219),
 * 76.7% after vendorFamilies8.ts (jupyterhub/jupyterhub release tags, the bitwalker alpine-erlang/elixir/phoenix chain,
 * frolvlad/alpine-glibc, louislam/uptime-kuma 1.x; 168/219), which also raised the tenth to 67.0% (136/203); floors =
 * measured, rounded down.
 * After vendorFamilies9.ts (continuumio/miniconda3 and anaconda3 latest/main and selenium/* latest as of the newest commit
 * read, elixir 1.20 from its library entry's otp aliases, fpco/stack-build closed LTS series, mhart/alpine-node's last
 * build, webhippie/dockhippie alpine and toolhippie/yamllint): fourth 87.2% (239/274), fifth 75.7% (190/251), seventh 64.9%
 * (172/265), eighth 80.1% (157/196), ninth 75.1% (148/197), eleventh 83.5% (182/218), twelfth 79.0% (173/219); floors =
 * measured, rounded down.
 * After vendorFamilies11.ts (Azure Functions host 4 and webdevops/php* tags as of the newest build files read, webdevops 7.4
 * on Debian 10, nodered/node-red-docker slim, r-base 4.5.2 … 4.6.0 on forky, tensorflow 2.16 … 2.20.0): sixth 74.2%
 * (187/252), seventh 65.7% (174/265), ninth 75.6% (149/197), twelfth 79.5% (174/219); floors = measured, rounded down.
 * Thirteenth (43 look-ups by ordinary kind of project — web apps, microservices, data science/ML, bots, home lab, CI and
 * DevOps tools, language toolchains, coursework, scientific pipelines, robotics — 219 references, every named repository
 * new): 80.4% when drawn (176/219; floor = measured, rounded down), 83.6% (183/219) after vendorFamilies10.ts (adoptopenjdk's
 * moving alpine tags, rocker-versioned 3.x, mozilla/sbt, condaforge/miniforge3:latest, gorialis/discord.py,
 * markhobson/maven-chrome), which also raised the fourth to 88.0% (241/274), the sixth to 73.0% (184/252), the second to
 * 81.8% (265/324) and, with bioconductor/release_*2, litestream, justb4/jmeter and sameersbn/ubuntu, the seventh to 65.3%
 * (173/265) and the tenth to 68.5% (139/203); floors = measured, rounded down.
 * With both vendorFamilies10 and 11: sixth 74.6% (188/252), seventh 66.0% (175/265); floors = measured, rounded down.
 * Fourteenth (54 look-ups by ordinary kind of project in kinds no earlier sample named — NestJS, Quarkus, Rust, Clojure, Ktor,
 * Crystal, Airflow, dbt, PySpark, MLflow, Stable Diffusion, Whisper, llama.cpp, Home Assistant, mail/Samba/IRC/game servers,
 * kubebuilder, Keycloak, ELK, Playwright, Zig, Flutter, OpenMPI, Nextflow, Geant4, Zephyr, Hardhat — 216 references, every
 * named repository new): 70.3% when drawn (152/216), 73.6% (159/216) after vendorFamilies12.ts (Kibana by release, Crystal's
 * Ubuntu images of 0.36.0 … 1.7.3, cm2network/steamcmd, Zephyr's CI images, code-server's Debian images), which also raised
 * the second to 82.1% (266/324) and the ninth to 76.1% (150/197); floors = measured, rounded down.
 * Fifteenth (39 look-ups by ordinary kind of project — PHP/Ruby/Perl/Scala/OCaml/Deno apps, game servers, embedded and FPGA
 * toolchains, Kubernetes operators, data science, Odoo, OSM tile servers, radio streaming, OCR, monitoring, docs, Wine, BIND —
 * 136 references, every named repository new): 74.3% when drawn (101/136), 80.1% (109/136) after vendorFamilies14.ts (Atlantis
 * releases on ghcr.io, hayd/* Deno images, apache/tika by release, sameersbn/bind, overv/openstreetmap-tile-server); floor =
 * measured, rounded down.
 * vendorFamilies13.ts (pytorch/pytorch release lines on their docker.Makefile base, NGC PyTorch 20.02, Jupyter commit tags
 * of 2017 and Docker Hub python-3.11 / lab-4.x tags) raised the fourth to 88.7% (243/274), fifth 76.9% (193/251), sixth
 * 75.4% (190/252), seventh 66.8% (177/265), eighth 80.6% (158/196), eleventh 83.9% (183/218), twelfth 80.4% (176/219),
 * thirteenth 86.3% (189/219) and fourteenth 74.1% (160/216); floors = measured, rounded down.
 * vendorFamilies15.ts (multani/nomad release tags, coderbyheart/fw-nrfconnect-nrf-docker branch tags, etherpad 2.2.2,
 * awesometic/docusaurus, owasp/zap2docker-stable, yeasy/hyperledger-fabric-base 2.x, rstudio/plumber, ghcr.io TFLint) raised the sixth to
 * 75.8% (191/252), seventh 67.5% (179/265), tenth 70.4% (143/203) and fourteenth 75.5% (163/216);
 * floors = measured, rounded down.
 * vendorFamilies16.ts (Logstash 5.3.x / 6.4.x from elastic/logstash-docker, so also the official logstash:6.4.0) raised
 * the eighth to 81.1% (159/196) and fourteenth to 75.9% (164/216); floors = measured, rounded down.
 * The sixteenth sample (134 references from 40 look-ups of project kinds no earlier sample named; see its header) was
 * 54.5% (73/134) when drawn and 59.7% (80/134) after vendorFamilies17.ts (moodlehq/moodle-php-apache by the branch that pushes
 * a tag, ghcr.io/gigahawk/freecad-cli, flaviostutz/ceph-base, quay.io/mpuels/docker-py-kaldi-asr, nfcore/base, ghdl/vunit,
 * hwdsl2/ipsec-vpn-server); floor = measured, rounded down.
 * vendorFamilies19.ts (the unknowns recurring across samples 1–16 counted by repository: .NET Core <v>-nanoserver-<winver>,
 * ultralytics/yolov5, rocker/binder, foundry nightly-<commit>, tiangolo/uwsgi-nginx(-flask), minio/mc RELEASE tags,
 * microsoft/iis and microsoft/aspnet, two scala-sbt tags) raised the fourth to 89.1% (244/274), fifth 77.3% (194/251), seventh 68.7% (182/265), eighth 82.1% (161/196),
 * ninth 76.6% (151/197), twelfth 80.8% (177/219), thirteenth 86.8% (190/219), fourteenth 76.4% (165/216) and sixteenth 61.9% (83/134); floors =
 * measured, rounded down.
 * vendorFamilies20.ts (jellyfin/jellyfin release tags from jellyfin-packaging and latest, linuxserver/jellyfin:latest,
 * ghcr.io/dbt-labs/dbt-bigquery 1.1.0 … 1.7.7, filebeat 7.14.x) raised the thirteenth to 87.2% (191/219), fourteenth
 * 76.9% (166/216) and sixteenth 64.2% (86/134, one of them linuxserver/jellyfin:latest, whose base’s release is read from
 * the base tag's name); floors = measured, rounded down.
 * images35 (official tags whose base the generator had not read: renamed repositories, gcc's pinned Dockerfiles, the day a
 * retired tag left its library file) raised the third to 90.3% (297/329: gradle:6.6-jdk11), eleventh 84.9% (185/218:
 * jenkins:2.7.1, maven:3.8.1-jdk-8-slim), thirteenth 87.7% (192/219: gcc:7, gcc:10.2.0), fifteenth 80.9% (110/136:
 * elixir:1.9.2-alpine) and sixteenth 62.7% (84/134: swift:4.0.3); floors = measured, rounded down. Together with
 * vendorFamilies20: thirteenth 88.1% (193/219), fourteenth 76.9% (166/216), sixteenth 64.9% (87/134).
 * vendorFamilies21.ts (the eighteenth sample's families: sphinxdoc/sphinx 8.2.3 and latest, dockerfile/ubuntu, …) raised the
 * fourteenth to 76.9% (166/216) and the fifteenth to 80.9% (110/136); floors = measured, rounded down. Merged with images35
 * and vendorFamilies20: fourteenth 77.3% (167/216), fifteenth 81.6% (111/136), eighteenth 68.4% (108/158; external 97/116 = 83.6%).
 * images38 (linuxserver/wireguard and openssh-server latest on baseimage-alpine:3.23; baseimage-ubuntu:resolute read, not
 * guessed) raised the thirteenth to 88.6% (194/219) and fifteenth to 82.4% (112/136), sixteenth one guess fewer; floors =
 * measured, rounded down.
 * vendorFamilies22.ts (images40: postgis/postgis Debian tags and latest) raised the sixteenth to 65.7% (88/134).
 * vendorFamilies24.ts (images42: ceph/ceph, rook/ceph and quay.io/cybozu/ceph from their build files, envoyproxy/envoy v1.16)
 * raised the tenth to 70.9% (144/203) and sixteenth to 69.4% (93/134); floors = measured, rounded down.
 * vendorFamilies25.ts (images43: pandoc images from pandoc/dockerfiles' release tables) raised the thirteenth to 89.0% (195/219).
 * vendorFamilies26.ts (images44: GraalVM community unsuffixed JDK 17–24 tags) raised the ninth to 77.2% (152/197).
 * vendorFamilies33.ts (images52: dockerfile/java:oracle-java8; the UBI 8 Quarkus Mandrel builder) raised the fourth to 90.5% (248/274)
 * and the fifth to 77.7% (195/251); floors = measured, rounded down.
 * images53 (testingSuite.ts: retired official tags last built on Debian testing between two releases; vendorFamilies34.ts:
 * texlive latest, instrumentisto/flutter on Android SDK 35/36) raised the fourth to 90.5% (248/274), fifth 78.1% (196/251),
 * eleventh 85.8% (187/218) and sixteenth 70.9% (95/134); floors = measured, rounded down.
 * Merged (images52 + images53): fourth 90.9% (249/274), fifth 78.5% (197/251); twenty-third 73.8% (236/320, external 229/272).
 * nameGuesses.ts (images54: labelled guesses from an image's name, storezhang/alpine:3.16.2, passcod/archlinux, base/archlinux)
 * raised the tenth to 71.9% (146/203) and sixteenth to 70.9% (95/134); floors = measured, rounded down. Merged with images53:
 * sixteenth 71.6% (96/134).
 * images55 (vendorFamilies35.ts: ghcr.io/actions/actions-runner per release, crystallang/crystal 0.24.2 … 0.35.1) raised the
 * fifth to 78.8% (198/251) and the fourteenth to 78.2% (169/216); floors = measured, rounded down.
 * images58 (vendorFamilies37.ts: gitpod/workspace-full latest on Ubuntu 22.04) raised the sixteenth to 72.4% (97/134); floor =
 * measured, rounded down.
 * images63 (vendorFamilies41.ts: circleci/node:8.11.4, emscripten/emsdk:latest, sebp/elk:latest, condaforge/mambaforge:latest,
 * internetsystemsconsortium/bind9:9.16, squidfunk/mkdocs-material, emqx/emqx:5.6.0) raised the fifth to 79.3% (199/251), the
 * eighth to 84.7% (166/196), the ninth to 77.7% (153/197), the tenth to 72.4% (147/203) and the fifteenth to 83.1% (113/136);
 * floors = measured, rounded down.
 * images64's snakemake/snakemake:latest rule was left out at the merge (its base, mambaorg/micromamba untagged, was read as it
 * is today, not as it was at the last push); images63's honest unknown stands, and the ninth stays 77.7% (153/197).
 */
const BY_KIND_SAMPLES = [
  { name: 'fourth', file: join(__dirname, '../../../../test/data/base-images-sample4.tsv'), floor: 0.908 },
  { name: 'fifth', file: join(__dirname, '../../../../test/data/base-images-sample5.tsv'), floor: 0.792 },
  { name: 'sixth', file: join(__dirname, '../../../../test/data/base-images-sample6.tsv'), floor: 0.757 },
  { name: 'seventh', file: join(__dirname, '../../../../test/data/base-images-sample7.tsv'), floor: 0.69 },
  { name: 'eighth', file: join(__dirname, '../../../../test/data/base-images-sample8.tsv'), floor: 0.846, min: 190 },
  { name: 'ninth', file: join(__dirname, '../../../../test/data/base-images-sample9.tsv'), floor: 0.776, min: 190 },
  { name: 'tenth', file: join(__dirname, '../../../../test/data/base-images-sample10.tsv'), floor: 0.724, min: 200 },
  { name: 'eleventh', file: join(__dirname, '../../../../test/data/base-images-sample11.tsv'), floor: 0.857, min: 200 },
  { name: 'twelfth', file: join(__dirname, '../../../../test/data/base-images-sample12.tsv'), floor: 0.812, min: 200 },
  { name: 'thirteenth', file: join(__dirname, '../../../../test/data/base-images-sample13.tsv'), floor: 0.908, min: 200 },
  { name: 'fourteenth', file: join(__dirname, '../../../../test/data/base-images-sample14.tsv'), floor: 0.782, min: 200 },
  { name: 'fifteenth', file: join(__dirname, '../../../../test/data/base-images-sample15.tsv'), floor: 0.83, min: 120 },
  { name: 'sixteenth', file: join(__dirname, '../../../../test/data/base-images-sample16.tsv'), floor: 0.723, min: 120 },
];

for (const sample of BY_KIND_SAMPLES) {
  const min: number = ('min' in sample ? sample.min : undefined) ?? 250;
  test(`the ${sample.name} sample has at least ${min} distinct references, each naming where it came from`, () => {
    const list = rows(sample.file);
    assert.ok(list.length >= min, `only ${list.length}`);
    assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
    for (const r of list) {
      assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
      assert.match(r.where, /^(?:[\w.-]+\/[\w.-]+|unattributed)@unattributed:.+/, `${r.ref}: source`);
    }
  });

  test(`coverage of the ${sample.name} sample (printed)`, () => {
    checkCoverage(`${sample.name} sample`, rows(sample.file), sample.floor);
  });
}

/**
 * The seventeenth sample: ordinary projects, whole repositories (every FROM of every Dockerfile of each repository the
 * generic look-ups named, at the snapshot's commit; see its header). Measured 88.8% (135/152) when drawn, 90.8% (138/152)
 * after vendorFamilies18.ts (wyveo/nginx-php-fpm branch tags, geerlingguy/php-apache line tags, zcube/bitnami-compat-mongodb
 * major tags), 91.4% (139/152) after vendorFamilies27.ts (microsoft/dotnet:latest), 92.1% (140/152) after images53's
 * testingSuite.ts (ruby:2.2.0 on Debian testing of 2015-03); floor = measured, rounded down.
 */
const SAMPLE17 = join(__dirname, '../../../../test/data/base-images-sample17.tsv');
const FLOOR_SAMPLE17 = 0.921;

test('the seventeenth sample has at least 150 distinct references, each with its repository, commit and path', () => {
  checkRepositorySample(rows(SAMPLE17), 150, 100);
});

test('coverage of the seventeenth sample (printed)', () => {
  checkCoverage('seventeenth sample', rows(SAMPLE17), FLOOR_SAMPLE17);
});

/**
 * The eighteenth sample: drawn as the seventeenth (ordinary projects, whole repositories) with 43 look-ups of software kinds
 * the seventeenth did not name (see its header); 158 references, 42 of them images the drawing repositories build themselves (kind "own").
 * Measured 53.2% (84/158) of all and 71.2% (84/118) of external references when drawn (72.4%, 84/116, once webuni/base:3.7
 * and jane3030/nginx-php7.4-fpm:1.0.0 were found to be built by the repositories that use them); 66.5% (105/158) and 81.0%
 * (94/116) after vendorFamilies21.ts and the Lambda mirror in resolve.ts; 68.4% (108/158) and 83.6% (97/116) merged with
 * images35 and vendorFamilies20; 79.1% (125/158), external unchanged, after vendorFamilies22.ts (the collection's own
 * minidocks/* images); 84.2% (133/158), external unchanged, after vendorFamilies27.ts (minidocks/php 7.4, 8.0, 8.1 and
 * minidocks/python 3.5, 3.6); 84.8% (134/158), external 84.4% (98/116) merged with images46; 85.4% (135/158),
 * external 85.3% (99/116) after vendorFamilies32.ts (google/dart); 86.1% (136/158), external 86.2% (100/116) after
 * vendorFamilies34.ts (texlive/texlive latest); floors = measured, rounded down.
 */
const SAMPLE18 = join(__dirname, '../../../../test/data/base-images-sample18.tsv');
const FLOOR_SAMPLE18 = 0.86;
const FLOOR_SAMPLE18_EXTERNAL = 0.862;

test('the eighteenth sample has at least 150 distinct references, each with its repository, commit and path', () => {
  checkRepositorySample(rows(SAMPLE18), 150, 80);
});

test('coverage of the eighteenth sample (printed)', () => {
  checkCoverage('eighteenth sample', rows(SAMPLE18), FLOOR_SAMPLE18, FLOOR_SAMPLE18_EXTERNAL);
});

/**
 * The nineteenth sample: drawn the held-out way from Dockerfiles that rely on the host kernel (kernel modules, netfilter,
 * VPN tunnels, FUSE, systemd as PID 1, GPU drivers, Docker-in-Docker), by exact-string look-ups of such steps, the first
 * six Dockerfile hits of each in the order returned, every FROM of each file read whole (see its header). 138 references
 * from 164 files (the look-up budget ended the draw short of 150); the index names no repository, so rows are
 * 'unattributed' with the find_string id, as in the third sample. Measured 73.2% (101/138) when drawn; 79.0% (109/138) after
 * vendorFamilies23.ts (jrei/systemd-*, asciidoctor, delfer/alpine-ftp-server, osrf/ros hook aliases, open-balena-base
 * no-systemd, minio/minio before 2023-11, nuvla/job-lite); 80.4% (111/138) after vendorFamilies26.ts (quay.io/frrouting/frr
 * release tags, blacktop/volatility); 81.2% (112/138) after vendorFamilies31.ts (mhart/alpine-node's Node.js 6 line); 81.9%
 * (113/138) after nameGuesses.ts (quay.io/fedora/fedora-bootc:42, a labelled guess from its name); 82.6% (114/138) after
 * vendorFamilies41.ts (docker/compose:latest, the frozen 1.26.2 image); floor = measured, rounded down.
 */
const SAMPLE19 = join(__dirname, '../../../../test/data/base-images-sample19.tsv');
const FLOOR_SAMPLE19 = 0.826;

test('the nineteenth sample has at least 130 distinct references from at least 150 files, each naming its index id', () => {
  const list = rows(SAMPLE19);
  assert.ok(list.length >= 130, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    assert.match(r.where, /^unattributed@unattributed:find_string id \d+$/, `${r.ref}: source`);
  }
  // Every file the draw read, not only the first to give each reference: the header's count.
  const files = readFileSync(SAMPLE19, 'utf8').match(/from (\d+) distinct files/);
  assert.ok(files && Number(files[1]) >= 150, 'fewer than 150 files read');
});

test('coverage of the nineteenth sample (printed)', () => {
  checkCoverage('nineteenth sample', rows(SAMPLE19), FLOOR_SAMPLE19);
});

/**
 * The twentieth sample: every FROM of every Dockerfile/Containerfile (at most 20 per repository, path order) at HEAD of
 * the repositories fetched into the mirror this session, whatever they were fetched for, minus docker-library and the
 * repositories an earlier sample drew from (see its header for the 172 present at the draw). 292 references from 99
 * repositories, 52 of them images the repository builds itself. Measured 63.0% (184/292), external 70.8% (170/240) when
 * drawn; 76.4% (223/292), external 78.3% (188/240) after vendorFamilies25.ts (pandoc, cybozu Ubuntu, wazoplatform latest,
 * CEDAR, dzmuh, blacktop/yara, galaxy and ainova bases, zabbix release tags) and mhart/alpine-node's git tags; 78.1%
 * (228/292), external 80.0% (192/240) after vendorFamilies26.ts (cybozu/ceph 18–20, GraalVM unsuffixed tags, OSG
 * software-base 24/25, puckel/docker-airflow, prefix-dev/pixi); 78.4% (229/292), external 80.4% (193/240) after
 * vendorFamilies27.ts (opensearchproject/opensearch:1.3.6); 78.8% (230/292), external 80.8% (194/240) merged with
 * images46; floors = measured, rounded down.
 */
const SAMPLE20 = join(__dirname, '../../../../test/data/base-images-sample20.tsv');
const FLOOR_SAMPLE20 = 0.787;
const FLOOR_SAMPLE20_EXTERNAL = 0.808;

test('the twentieth sample has at least 250 distinct references from at least 90 repositories, each with its commit and path', () => {
  checkRepositorySample(rows(SAMPLE20), 250, 90);
});

test('coverage of the twentieth sample (printed)', () => {
  checkCoverage('twentieth sample', rows(SAMPLE20), FLOOR_SAMPLE20, FLOOR_SAMPLE20_EXTERNAL);
});

/**
 * The twenty-first sample: the files the first named hits of 40 generic "Dockerfile <kind of software>" look-ups in the
 * public code index point to (kinds no earlier ordinary-project sample named), minus repositories an earlier sample drew
 * from; every FROM of each, first occurrence kept (see its header). 65 references from 63 repositories, all external.
 * Measured 73.8% (48/65) when drawn; 75.4% (49/65) after resolve.ts read <distro>-<major> written as two tag words
 * (ocaml/opam:centos-7_ocaml-4.03.0_trunk, a labelled guess); 76.9% (50/65) after vendorFamilies34.ts
 * (instrumentisto/flutter:latest); floors = measured, rounded down.
 */
const SAMPLE21 = join(__dirname, '../../../../test/data/base-images-sample21.tsv');
const FLOOR_SAMPLE21 = 0.769;

test('the twenty-first sample has at least 60 distinct references from at least 60 repositories, each with its commit and path', () => {
  checkRepositorySample(rows(SAMPLE21), 60, 60);
});

test('coverage of the twenty-first sample (printed)', () => {
  checkCoverage('twenty-first sample', rows(SAMPLE21), FLOOR_SAMPLE21);
});

/**
 * A sample drawn from the files recall samples read: at least `minRefs` distinct references, each naming the recall row
 * of its file (`unattributed:find_string '…', id N` or repo, commit and path), so the draw can be repeated from their
 * order; and at least `minFiles` files read, as its header says.
 */
function checkRecallDrawnSample(file: string, recallSamples: string[], minRefs: number, minFiles: number): void {
  const list = rows(file);
  assert.ok(list.length >= minRefs, `only ${list.length}`);
  assert.equal(new Set(list.map((r) => r.ref)).size, list.length, 'duplicates');
  const recall = recallSamples.map((n) => readFileSync(join(__dirname, `../../../../test/recall/sample${n}-files.tsv`), 'utf8'));
  for (const r of list) {
    assert.ok(r.kind === 'own' || r.kind === 'external', `${r.ref}: kind ${r.kind}`);
    const m = r.where.match(
      /^(unattributed:find_string '.+'(?: \(.+\))?, id \d+(?: \(.+\))?)@-:(?:Dockerfile|Containerfile)$|^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):(.+)$/,
    );
    assert.ok(m, `${r.ref}: source ${r.where}`);
    const row = m[1] ? `${m[1]}\t` : `${m[2]}\t${m[3]}\t${m[4]}\t`;
    assert.ok(
      recall.some((text) => text.includes(row)),
      `${r.ref}: ${row} is not a row of recall samples ${recallSamples.join('/')}`,
    );
  }
  const files = readFileSync(file, 'utf8').match(/from (\d+) distinct files read/);
  assert.ok(files && Number(files[1]) >= minFiles, `fewer than ${minFiles} files read`);
}

/**
 * The twenty-second sample: drawn the held-out way from Dockerfiles that rely on the host kernel, the files recall samples 66
 * and 67 drew by keyword (test/recall/sample66-files.tsv, sample67-files.tsv), taken in their listed order, 90 files each
 * read whole by index id, every FROM kept (see its header). 81 references, all external as far as the files show; rows are
 * named by the recall list's `unattributed:find_string '<string>', id N`. Measured 65.4% (53/81) when drawn; 71.6% (58/81)
 * after vendorFamilies29.ts (quay.io/buildah/stable latest on the latest Fedora, centos/systemd, code-server latest,
 * dunglas/frankenphp 1-php8.5); 74.1% (60/81) after vendorFamilies31.ts (osinstom/nikss latest, lj020326/redhat7-systemd);
 * 76.5% (62/81) after nameGuesses.ts (local:centos7, quay.io/fedora/fedora-iot:43: labelled guesses from name and tag);
 * 77.8% (63/81) after vendorFamilies41.ts (quay.io/fedora-ostree-desktops/silverblue:N); floor = measured, rounded down.
 */
const SAMPLE22 = join(__dirname, '../../../../test/data/base-images-sample22.tsv');
const FLOOR_SAMPLE22 = 0.777;

test('the twenty-second sample has at least 80 distinct references from at least 90 files, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE22, ['66', '67'], 80, 90);
});

test('coverage of the twenty-second sample (printed)', () => {
  checkCoverage('twenty-second sample', rows(SAMPLE22), FLOOR_SAMPLE22);
});

/**
 * The twenty-third sample: every FROM of the files recall samples 68–75 read (test/recall/sample68-files.tsv …
 * sample75-files.tsv), in their listed order: the 487 Dockerfiles of samples 68, 69, 70 and 74 read whole at their listed
 * commits, and for the keyword-drawn samples 71, 72, 73 and 75 (no path known) the FROM lines corpus.tsv holds verbatim for
 * 166 of their files (see its header). 320 references, 272 external. Measured 68.8% (220/320), external 79.8% (217/272)
 * when drawn; 71.9% (230/320), external 82.0% (223/272) after vendorFamilies33.ts (dockerfile/java, gliderlabs/consul 0.5
 * and 0.7, hortonworks/ambari-base, retired library/opensuse, lsiobase/nginx release branches, consol/centos-xfce-vnc 1.1.0,
 * million12/nginx); 72.5% (232/320), external 82.7% (225/272) with its Quarkus Mandrel builder (UBI 8) and Kali
 * bleeding-edge rules; 72.8% (233/320), external 83.1% (226/272) with richarvey/nginx-php-fpm; 73.1% (234/320), external
 * 83.5% (227/272) with jlesage/firefox; 73.8% (236/320), external 84.1% (229/272) merged with images53 (testingSuite.ts,
 * vendorFamilies34.ts); 76.9% (246/320), external 85.7% (233/272) merged with images54 (labelled guesses from an image's
 * name: splunk-centos-7, base-debian-10, …); merged with images55: 77.1% (247/320), external 86.0% (234/272); 77.5% (248/320), external 86.4% (235/272) with
 * vendorFamilies41.ts (arangodb/arangodb:3.7.3); floors = measured, rounded down.
 */
const SAMPLE23 = join(__dirname, '../../../../test/data/base-images-sample23.tsv');
const FLOOR_SAMPLE23 = 0.775;
const FLOOR_SAMPLE23_EXTERNAL = 0.863;

test('the twenty-third sample has at least 300 distinct references, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE23, ['68', '69', '70', '71', '72', '73', '74', '75'], 300, 480);
});

test('coverage of the twenty-third sample (printed)', () => {
  checkCoverage('twenty-third sample', rows(SAMPLE23), FLOOR_SAMPLE23, FLOOR_SAMPLE23_EXTERNAL);
});

/**
 * The twenty-fourth sample: every FROM of the 83 Dockerfiles recall sample 79 read whole (25 generic "Dockerfile <kind of
 * software>" look-ups, the first 2 named hits' repositories each, see its header), first occurrence kept. 58 references
 * from 40 repositories, one of them "own" (steeve/cross-compiler:base). Measured 74.1% (43/58) when drawn, before any image
 * fix; 86.2% (50/58) after vendorFamilies35.ts (images55: dockcross/* ×5, ghcr.io/actions/actions-runner:latest, dockerfile/nodejs);
 * 87.9% (51/58) once gen-images.mjs read tag-pinned 2013–2016 entries (images57: perl:5.20, Debian 8 in 2016-05);
 * floor = measured, rounded down.
 */
const SAMPLE24 = join(__dirname, '../../../../test/data/base-images-sample24.tsv');
const FLOOR_SAMPLE24 = 0.879;

test('the twenty-fourth sample has at least 55 distinct references from at least 40 repositories, each with its commit and path', () => {
  checkRepositorySample(rows(SAMPLE24), 55, 40);
});

test('coverage of the twenty-fourth sample (printed)', () => {
  checkCoverage('twenty-fourth sample', rows(SAMPLE24), FLOOR_SAMPLE24);
});

/**
 * The twenty-fifth sample: the files the first named hits of 20 generic "Dockerfile <kind of software>" look-ups in the
 * public code index point to (kinds no earlier sample named: Redmine, Ember.js, PocketBase, Sanic, Litestar, Beego, …),
 * minus repositories an earlier sample drew from; each read whole, every FROM kept, first occurrence (see its header).
 * 49 references from 48 repositories, all external. Measured 81.6% (40/49) when drawn, before any image fix; 85.7% (42/49)
 * after vendorFamilies36.ts (jboss/base-jdk 8 and 11 on CentOS 7, sanicframework/sanic <python>-latest on Alpine 3.18);
 * 87.8% (43/49) with its xsidekick/xsk_redmine rule (CentOS 6); floor = measured, rounded down.
 */
const SAMPLE25 = join(__dirname, '../../../../test/data/base-images-sample25.tsv');
const FLOOR_SAMPLE25 = 0.877;

test('the twenty-fifth sample has at least 45 distinct references from at least 45 repositories, each with its commit and path', () => {
  checkRepositorySample(rows(SAMPLE25), 45, 45);
});

test('coverage of the twenty-fifth sample (printed)', () => {
  checkCoverage('twenty-fifth sample', rows(SAMPLE25), FLOOR_SAMPLE25);
});

/**
 * The twenty-sixth sample: every FROM of the files recall samples 76–84 read (test/recall/sample76-files.tsv …
 * sample84-files.tsv), in their listed order: sample 79's 83 Dockerfiles at their commits (every reference already a row of
 * the twenty-fourth sample), and for the keyword-drawn samples the verbatim FROM lines corpus.tsv holds for 257 files plus
 * 30 files without corpus text read whole by index id (every fourth of the 120; see its header). 118 references, all
 * external as far as the files show. Measured 52.5% (62/118) when drawn, before any image fix; 61.9% (73/118) after
 * vendorFamilies37.ts' first families (minikube kicbase ×6, multiarch/alpine, gitpod/workspace-* latest ×2, lsiobase/kasmvnc,
 * NGC PyTorch 19.10); 66.9% (79/118) with tiryoh/ros-melodic-desktop, PX4's focal chain, ublue-os base-main:43 and the labelled
 * fedora-silverblue guesses ×3; 68.6% (81/118) with postgis's removed directories and Falco's release images; 69.5% (82/118)
 * with browserless latest; 70.3% (83/118) with vendorFamilies39.ts (images60: Bazzite's stable tags, ghcr.io/ublue-os/bazzite-gnome:latest);
 * 71.2% (84/118) with vendorFamilies41.ts (quay.io/fedora-ostree-desktops/silverblue:N); floor = measured, rounded down.
 */
const SAMPLE26 = join(__dirname, '../../../../test/data/base-images-sample26.tsv');
const FLOOR_SAMPLE26 = 0.711;

test('the twenty-sixth sample has at least 110 distinct references from at least 360 files, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE26, ['76', '77', '78', '79', '80', '81', '82', '83', '84'], 110, 360);
});

test('coverage of the twenty-sixth sample (printed)', () => {
  checkCoverage('twenty-sixth sample', rows(SAMPLE26), FLOOR_SAMPLE26);
});

/**
 * The twenty-seventh sample: the files the first named hits of 20 generic "Dockerfile <kind of software>" look-ups in the
 * public code index point to (kinds no earlier sample named: Directus, Rasa, MLflow, Druid, Prefect, Hasura, Appwrite, …),
 * minus repositories an earlier sample drew from; each read whole, every FROM kept, first occurrence (see its header).
 * 48 references from 46 repositories, all external. Measured 62.5% (30/48) when drawn, before any image fix;
 * 66.6% (32/48) after vendorFamilies38.ts (getmeili/meilisearch, appwrite/appwrite through appwrite/base); 70.8% (34/48)
 * with its prefecthq/prefect <version>-python<py> rules (python:<py>-slim on the release day); floor = measured, rounded down.
 */
const SAMPLE27 = join(__dirname, '../../../../test/data/base-images-sample27.tsv');
const FLOOR_SAMPLE27 = 0.708;

test('the twenty-seventh sample has at least 45 distinct references from at least 45 repositories, each with its commit and path', () => {
  checkRepositorySample(rows(SAMPLE27), 45, 45);
});

test('coverage of the twenty-seventh sample (printed)', () => {
  checkCoverage('twenty-seventh sample', rows(SAMPLE27), FLOOR_SAMPLE27);
});

/**
 * The twenty-eighth sample: the files the twenty-sixth skipped (recall samples 76–84's files without corpus text, 45 of
 * the 90 read whole by index id, every second in listed order) and the files recall samples 85–88 read (the verbatim FROM
 * lines corpus.tsv holds for 72 files, 9 more read whole by id; see its header). 48 references, all external as far as the
 * files show. Measured 45.8% (22/48) when drawn, before any image fix; 62.5% (30/48) after vendorFamilies39.ts (moby/buildkit
 * v0.25.0-rootless, crazymax/alpine-s6:3.22-2.2.0.3, qdrant/qdrant:v1.2.2, Bazzite stable, AlmaLinux atomic-desktop-kde:10,
 * parkervcp/steamcmd:debian, solita/ubuntu-systemd, stackbrew/ubuntu:saucy); 64.6% (31/48) with vendorFamilies40.ts
 * (images62: microsoft/dotnet-framework) or with vendorFamilies41.ts (images63: quay.io/fedora-ostree-desktops/silverblue:N)
 * alone; 66.7% (32/48) with both; floor = measured, rounded down.
 */
const SAMPLE28 = join(__dirname, '../../../../test/data/base-images-sample28.tsv');
const FLOOR_SAMPLE28 = 0.666;

test('the twenty-eighth sample has at least 45 distinct references from at least 120 files, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE28, ['76', '77', '78', '80', '81', '82', '83', '84', '85', '86', '87', '88'], 45, 120);
});

test('coverage of the twenty-eighth sample (printed)', () => {
  checkCoverage('twenty-eighth sample', rows(SAMPLE28), FLOOR_SAMPLE28);
});

/**
 * The twenty-ninth sample: every FROM of the files recall samples 89–93 read (the verbatim FROM lines corpus.tsv and
 * negatives.tsv hold for 169 files, 26 more read whole by id; see its header). 96 references, all external as far as the
 * files show. Measured 64.6% (62/96) when drawn, before any image fix; 78.1% (75/96) after vendorFamilies40.ts
 * (microsoft/dotnet-framework ×3 and -samples as Windows, openvino/ubuntuNN_* ×6, tiryoh/ros2-desktop-vnc:foxy, Canonical's
 * ubuntu/nginx:1.18-22.04_beta, jenkins/inbound-agent's windowsservercore-ltsc2019 tag); floor = measured, rounded down.
 */
const SAMPLE29 = join(__dirname, '../../../../test/data/base-images-sample29.tsv');
const FLOOR_SAMPLE29 = 0.781;

test('the twenty-ninth sample has at least 90 distinct references from at least 190 files, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE29, ['89', '90', '91', '92', '93'], 90, 190);
});

test('coverage of the twenty-ninth sample (printed)', () => {
  checkCoverage('twenty-ninth sample', rows(SAMPLE29), FLOOR_SAMPLE29);
});

/**
 * The thirtieth sample: every FROM of the files recall samples 94–99 read (the verbatim FROM lines corpus.tsv and
 * negatives.tsv hold for 134 files, 55 more read whole by id; see its header). 50 references, all external as far as the
 * files show. Measured 56.0% (28/50) when drawn, before any image fix; 70.0% (35/50) after vendorFamilies42.ts (judge0/compilers
 * and judge0/judge0 release tags, rustembedded/cross <target>-0.2.1, networkboot/dhcpd:latest, bkahlert/libguestfs:edge, Fedora
 * Atomic quay.io/fedora-ostree-desktops/kinoite:43); 74.0% (37/50) with its lightninglabs/bitcoin-core and snakemake/snakemake:latest
 * rules; 78.0% (39/50) with ghcr.io/charles25565/rocky-i686-container (Rocky 9 by every Containerfile, digests too) and
 * islasgeci/base:latest; 80.0% (40/50) with billywonthappen/gcc-cross-x86_64-elf:latest; 78.0% (39/50) once merged without the
 * snakemake/snakemake:latest rule (vendorFamilies41.ts's honest unknown stands); floor = measured, rounded down.
 */
const SAMPLE30 = join(__dirname, '../../../../test/data/base-images-sample30.tsv');
const FLOOR_SAMPLE30 = 0.78;

test('the thirtieth sample has at least 45 distinct references from at least 180 files, each naming its recall row', () => {
  checkRecallDrawnSample(SAMPLE30, ['94', '95', '96', '97', '98', '99'], 45, 180);
});

test('coverage of the thirtieth sample (printed)', () => {
  checkCoverage('thirtieth sample', rows(SAMPLE30), FLOOR_SAMPLE30);
});
