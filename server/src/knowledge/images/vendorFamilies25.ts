/**
 * Non-official image families of issue #17, twenty-fifth file: the unknowns of the twentieth sample (every Dockerfile of
 * the repositories fetched into the mirror this session) that their vendors' own build files resolve — pandoc's images
 * (pandoc/dockerfiles), cybozu's Ubuntu images (cybozu/ubuntu-base), Wazo's service images, CEDAR's, dzmuh's,
 * blacktop/yara, galaxy's and ainova's bases, Zabbix's release tags — and an honest reason for RancherOS's console-base
 * placeholders. Same rules as vendorFamilies2.ts …
 * vendorFamilies24.ts: every row names the files read (repository @ commit (date)); a tag is resolved only where those
 * files tie it to one base.
 */
import { byVersion } from './tagTables';
import type { ImageTagRule } from './ruleTypes';

// --- pandoc/minimal, pandoc/core, pandoc/latex, pandoc/typst, pandoc/extra (pandoc/dockerfiles) -----------------------
// Every revision of versions.md (2022-01-10 … 2025-07-15, a table "pandoc | tags | Alpine | Ubuntu | …") and of
// config.yaml (2025-07-15 on, release → version-tags, base-image alpine/ubuntu/debian) lists the version tags each pandoc
// release is pushed under and the base of each stack; a tag's base is the one of the newest revision listing it (the
// build rebuilds the listed releases when a base is bumped). build.sh (2022) and scripts/config.sh push
// <image>:<tag>-<stack>, and the bare <image>:<tag> for the alpine stack — except pandoc/minimal, whose bare tag is the
// static stack (a static binary FROM scratch, no distribution). <version>/<stack>/Dockerfile's "minimal" stage is FROM
// alpine:<base>, ubuntu:<codename> or debian:<codename>-slim; core, latex, typst and extra build FROM it.
const PANDOC =
  'pandoc/dockerfiles @ 03aae8b4 (2026-06-24): versions.md at each of its revisions ea8e4ee (2022-01-10) … b520f71 (2025-07-15) and config.yaml at each of its revisions be38e3e (2025-07-15) … 399c956 (2026-06-13) (version tags and the Alpine/Ubuntu/Debian base of each release), scripts/config.sh (tags <image>:<tag>-<stack>; the bare tag for the alpine stack, for pandoc/minimal the static stack), default-stack.md @ b520f71 (minimal: static; core, latex, extra: alpine), 3.10/{alpine,ubuntu,debian}/Dockerfile (FROM alpine:3.24.0 / ubuntu:noble / debian:bookworm-slim AS minimal)';
const PANDOC_REPOS = ['minimal', 'core', 'latex', 'typst', 'extra'].map((name) => `docker.io/pandoc/${name}`);
/** version tag → "alpine ubuntu debian" bases of the newest revision listing it ('-': no such stack then). */
const PANDOC_TAGS: Readonly<Record<string, string>> = {
  '2': '3.16.9 jammy -',
  '2.10.1.0': '3.12 focal -',
  '2.11': '3.12.9 focal -',
  '2.11.4': '3.12.9 focal -',
  '2.11.4.0': '3.12.9 focal -',
  '2.13': '3.12 focal -',
  '2.13.0': '3.12 focal -',
  '2.13.0.0': '3.12 focal -',
  '2.14': '3.12.9 focal -',
  '2.14.0': '3.12 focal -',
  '2.14.0.0': '3.12 focal -',
  '2.14.0.1': '3.12 focal -',
  '2.14.0.2': '3.12 focal -',
  '2.14.0.3': '3.12 focal -',
  '2.14.1': '3.12 focal -',
  '2.14.1.0': '3.12 focal -',
  '2.14.2': '3.12.9 focal -',
  '2.14.2.0': '3.12.9 focal -',
  '2.15': '3.12 focal -',
  '2.15.0': '3.12 focal -',
  '2.15.0.0': '3.12 focal -',
  '2.16': '3.12.9 focal -',
  '2.16.0': '3.12 focal -',
  '2.16.0.0': '3.12 focal -',
  '2.16.1': '3.12.9 focal -',
  '2.16.1.0': '3.12.9 focal -',
  '2.16.2': '3.12.9 focal -',
  '2.16.2.0': '3.12.9 focal -',
  '2.17': '3.14.8 focal -',
  '2.17.0': '3.14.3 focal -',
  '2.17.0.0': '3.14.3 focal -',
  '2.17.0.1': '3.14.3 focal -',
  '2.17.1': '3.14.8 focal -',
  '2.17.1.0': '3.14.3 focal -',
  '2.17.1.1': '3.14.8 focal -',
  '2.18': '3.14.8 focal -',
  '2.18.0': '3.14.8 focal -',
  '2.18.0.0': '3.14.8 focal -',
  '2.19': '3.16.9 jammy -',
  '2.19.0': '3.16.1 jammy -',
  '2.19.0.0': '3.16.1 jammy -',
  '2.19.1': '3.16.1 jammy -',
  '2.19.1.0': '3.16.1 jammy -',
  '2.19.2': '3.16.9 jammy -',
  '2.19.2.0': '3.16.9 jammy -',
  '3.0': '3.16.9 jammy -',
  '3.0.0': '3.16.3 jammy -',
  '3.0.0.0': '3.16.3 jammy -',
  '3.0.1': '3.16.9 jammy -',
  '3.0.1.0': '3.16.9 jammy -',
  '3.1': '3.19.4 noble -',
  '3.1.0': '3.16.4 jammy -',
  '3.1.0.0': '3.16.4 jammy -',
  '3.1.1': '3.16.9 jammy -',
  '3.1.1.0': '3.16.9 jammy -',
  '3.1.13': '3.19.4 noble -',
  '3.1.13.0': '3.19.4 noble -',
  '3.2': '3.19.9 noble -',
  '3.2.0': '3.19.2 noble -',
  '3.2.0.0': '3.19.2 noble -',
  '3.2.1': '3.19.9 noble -',
  '3.2.1.0': '3.19.9 noble -',
  '3.3': '3.20.5 noble -',
  '3.3.0': '3.20.5 noble -',
  '3.3.0.0': '3.20.5 noble -',
  '3.4': '3.20.5 noble -',
  '3.4.0': '3.20.5 noble -',
  '3.4.0.0': '3.20.5 noble -',
  '3.5': '3.20.8 noble -',
  '3.5.0': '3.20.8 noble -',
  '3.5.0.0': '3.20.8 noble -',
  '3.6': '3.21.5 noble -',
  '3.6.0': '3.21.0 noble -',
  '3.6.0.0': '3.21.0 noble -',
  '3.6.1': '3.21.0 noble -',
  '3.6.1.0': '3.21.0 noble -',
  '3.6.2': '3.21.2 noble -',
  '3.6.2.0': '3.21.2 noble -',
  '3.6.3': '3.21.3 noble -',
  '3.6.3.0': '3.21.3 noble -',
  '3.6.4': '3.21.5 noble -',
  '3.6.4.0': '3.21.5 noble -',
  '3.7': '3.21.6 noble -',
  '3.7.0': '3.21.6 noble -',
  '3.7.0.0': '3.21.3 noble -',
  '3.7.0.1': '3.21.3 noble -',
  '3.7.0.2': '3.21.6 noble -',
  '3.8': '3.23.3 noble bookworm',
  '3.8.0': '3.22.1 noble -',
  '3.8.0.0': '3.22.1 noble -',
  '3.8.2': '3.22.2 noble bookworm',
  '3.8.2.1': '3.22.2 noble bookworm',
  '3.8.3': '3.23.3 noble bookworm',
  '3.9': '3.23.3 noble bookworm',
  '3.9.0': '3.23.3 noble bookworm',
  '3.9.0.0': '3.23.3 noble bookworm',
  '3.9.0.2': '3.23.3 noble bookworm',
  '3.10': '3.24.0 noble bookworm',
  '3.10.0': '3.24.0 noble bookworm',
  '3.10.0.0': '3.24.0 noble bookworm',
};

/** '<tag>-<stack>' → base, and the bare '<tag>' → the alpine base (not for pandoc/minimal: see pandocRules). */
function pandocBases(bare: boolean): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [tag, bases] of Object.entries(PANDOC_TAGS)) {
    const [alpine, ubuntu, debian] = bases.split(' ');
    map[`${tag}-alpine`] = `alpine:${alpine}`;
    map[`${tag}-ubuntu`] = `ubuntu:${ubuntu}`;
    if (debian !== '-') map[`${tag}-debian`] = `debian:${debian}-slim`;
    if (bare) map[tag] = `alpine:${alpine}`;
  }
  return map;
}

const PANDOC_MOVING = 'as of the newest revision of config.yaml read (399c956, 2026-06-13); moves with the next pandoc release';
const pandocRules: ImageTagRule[] = [
  {
    id: 'pandoc/version-tag',
    repositories: PANDOC_REPOS.filter((r) => !r.endsWith('/minimal')),
    tag: /^(?<t>\d+(?:\.\d+){0,3}(?:-(?:alpine|ubuntu|debian))?)$/,
    base: { group: 't', map: pandocBases(true) },
    source: PANDOC,
  },
  {
    id: 'pandoc/minimal-version-tag',
    repositories: ['docker.io/pandoc/minimal'],
    tag: /^(?<t>\d+(?:\.\d+){0,3}-(?:alpine|ubuntu|debian))$/,
    base: { group: 't', map: pandocBases(false) },
    source: PANDOC,
  },
  ...pandocMoving('alpine', 'alpine:3.24', 'Alpine 3.24 (3.24.0 for latest and 3)'),
  ...pandocMoving('ubuntu', 'ubuntu:noble', 'Ubuntu noble'),
  ...pandocMoving('debian', 'debian:bookworm-slim', 'Debian bookworm'),
  {
    id: 'pandoc/other',
    repositories: PANDOC_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the revisions of versions.md and config.yaml read (2022-01-10 on) list with its stack, or is the static stack (pandoc/minimal’s bare and -static tags: a static pandoc binary on no distribution)',
    source: PANDOC,
  },
];

/** latest, 3 and edge of one stack: moving tags (the bare ones are the alpine stack, except for pandoc/minimal). */
function pandocMoving(stack: string, base: string, name: string): ImageTagRule[] {
  const rule = (id: string, repositories: string[], tag: RegExp): ImageTagRule => ({
    id,
    repositories,
    tag,
    base,
    moving: { means: `pandoc 3.10 (edge: the main branch) on ${name}, ${PANDOC_MOVING}` },
    source: PANDOC,
  });
  const suffixed = new RegExp(`^(?:latest|3|edge)-${stack}$`);
  if (stack !== 'alpine') return [rule(`pandoc/moving-${stack}`, PANDOC_REPOS, suffixed)];
  return [
    rule('pandoc/moving-alpine', PANDOC_REPOS, suffixed),
    rule(
      'pandoc/moving-bare',
      PANDOC_REPOS.filter((r) => !r.endsWith('/minimal')),
      /^(?:latest|3|edge)$/,
    ),
  ];
}

// --- ghcr.io/cybozu/ubuntu, ubuntu-dev, ubuntu-debug, ubuntu-minimal (cybozu/ubuntu-base; quay.io before ghcr.io) ------
// One directory per Ubuntu release (18.04, 20.04, 22.04, 24.04): <NN.04>/ubuntu-minimal/Dockerfile is FROM
// ubuntu:${TAG_MINIMAL} (<NN.04>/TAG_MINIMAL: <codename>-<date> of that release in every revision), ubuntu/Dockerfile
// FROM ghcr.io/cybozu/ubuntu-minimal:${TAG_MINIMAL} (before the TAG files, 2020-10-18: ubuntu-minimal:bionic-<date>),
// ubuntu-dev and ubuntu-debug FROM ghcr.io/cybozu/ubuntu:${TAG}; docker-bake.hcl pushes <image>:${TAG}
// (<NN.04>/TAG: <NN.04>.<date>) and <image>:<NN.04>. Every tag so names its Ubuntu release.
const CYBOZU_UBUNTU =
  'cybozu/ubuntu-base @ 19dda804 (2026-08-06): <NN.04>/{ubuntu-minimal,ubuntu,ubuntu-dev,ubuntu-debug}/Dockerfile, <NN.04>/TAG and TAG_MINIMAL at every revision from 42e42e8 (2020-10-18) — 18.04 bionic-<date>, 20.04 focal-<date>, 22.04 jammy-<date>, 24.04 noble-<date> — and docker-bake.hcl (tags ghcr.io/cybozu/<image>:${TAG} and :${UBUNTU_VERSION}); 18.04/ubuntu/Dockerfile before 2020-10-18 FROM quay.io/cybozu/ubuntu-minimal:bionic-<date>';
const CYBOZU_UBUNTU_REPOS = ['ubuntu', 'ubuntu-dev', 'ubuntu-debug'].flatMap((name) => [
  `ghcr.io/cybozu/${name}`,
  `quay.io/cybozu/${name}`,
]);

const cybozuUbuntuRules: ImageTagRule[] = [
  {
    id: 'cybozu/ubuntu-release',
    repositories: CYBOZU_UBUNTU_REPOS,
    tag: /^(?<v>18|20|22|24)\.04(?:\.\d{8})?$/,
    base: 'ubuntu:{v}.04',
    source: CYBOZU_UBUNTU,
  },
  {
    id: 'cybozu/ubuntu-minimal-release',
    repositories: ['ghcr.io/cybozu/ubuntu-minimal', 'quay.io/cybozu/ubuntu-minimal'],
    tag: /^(?<c>bionic|focal|jammy|noble)-\d{8}(?:\.\d+)?$/,
    base: 'ubuntu:{c}',
    source: CYBOZU_UBUNTU,
  },
  {
    id: 'cybozu/ubuntu-other',
    repositories: [...CYBOZU_UBUNTU_REPOS, 'ghcr.io/cybozu/ubuntu-minimal', 'quay.io/cybozu/ubuntu-minimal'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an <NN.04>[.<date>] (or ubuntu-minimal <codename>-<date>) tag of cybozu/ubuntu-base, the forms whose directory names the Ubuntu release; latest moved between releases',
    source: CYBOZU_UBUNTU,
  },
];

// --- wazoplatform/* (Wazo Platform's service images, one repository each) ------------------------------------------------
// Each repository's Jenkinsfile builds "docker build --no-cache -t wazoplatform/${JOB_NAME}:latest ." and pushes it on
// every push to master (and nightly polling), JOB_NAME being the repository's name; the Dockerfile's final stage is
// FROM the base below. Only latest is pushed, so it moves with master.
const WAZO: ReadonlyArray<readonly [name: string, base: string, read: string]> = [
  ['asterisk', 'debian:bookworm', 'c4d8091 (2026-07-21); Dockerfile FROM debian:bookworm since eec3fa4 (2025-10-15)'],
  ['wazo-auth-cli', 'python:3.9-slim-bullseye', '55f76b0 (2025-09-03); Dockerfile since 0f653c2 (2023-04-12)'],
  ['wazo-chatd', 'python:3.11-slim-bookworm', 'f0240ac (2026-07-31); Dockerfile since 65ab4a9 (2025-10-15)'],
  ['wazo-confd', 'python:3.11-slim-bookworm', '4086b2e4 (2026-08-13); Dockerfile since b1b99d4c (2025-10-15)'],
  ['wazo-dird', 'python:3.11-slim-bookworm', '9c7df085 (2026-07-24); Dockerfile since 9c8568d1 (2026-07-24)'],
  ['wazo-provd', 'python:3.11-slim-bookworm', '5dde984 (2026-01-19); Dockerfile since 145e04b (2025-10-15)'],
  ['wazo-webhookd', 'python:3.11-slim-bookworm', '877dc71 (2026-05-13); Dockerfile since 573d248 (2025-10-15)'],
  ['wazo-websocketd', 'python:3.11-slim-bookworm', '0a263f5 (2026-08-18); Dockerfile since ada34df (2026-08-14)'],
];

const wazoRules: ImageTagRule[] = [
  ...WAZO.map(
    ([name, base, read]): ImageTagRule => ({
      id: `wazo/${name}-latest`,
      repositories: [`docker.io/wazoplatform/${name}`],
      tag: /^latest$/,
      base,
      moving: {
        means: `the master build FROM ${base}, as of the newest commit read (${read.slice(read.indexOf('(') + 1, read.indexOf(')'))})`,
      },
      source: `wazo-platform/${name} @ ${read}: Jenkinsfile (docker build --no-cache -t wazoplatform/\${JOB_NAME}:latest . and docker push, on every push to master), Dockerfile (final stage FROM ${base})`,
    }),
  ),
  {
    id: 'wazo/other',
    repositories: WAZO.map(([name]) => `docker.io/wazoplatform/${name}`),
    tag: /^.*$/,
    unknown: '{image}:{tag} is not latest, the only tag the repository’s Jenkinsfile pushes (from master)',
    source:
      'wazo-platform/wazo-confd @ 4086b2e4 (2026-08-13) and the other wazo-platform service repositories: Jenkinsfile (pushes wazoplatform/${JOB_NAME}:latest only)',
  },
];

// --- metadatacenter/cedar-java, metadatacenter/cedar-microservice (metadatacenter/cedar-docker-build) ----------------------
// Each CEDAR release is a git tag release-<version>; <image>/README.md builds metadatacenter/<image>:${CEDAR_RELEASE_VERSION}
// from <image>/Dockerfile. At each release tag cedar-java/Dockerfile is FROM the base below, and from release-1.8.2
// cedar-microservice/Dockerfile is FROM metadatacenter/cedar-java:<the same version>.
const CEDAR =
  'metadatacenter/cedar-docker-build @ 273cbfc5 (2025-10-17): cedar-java/Dockerfile and cedar-microservice/Dockerfile at each of the 174 git tags release-1.6.0 (2018-01-22) … release-2.7.14 (2025-10-17) — cedar-java FROM centos:7.4.1708 to 2.6.19, eclipse-temurin:17.0.6_10-jre-ubi9-minimal 2.6.21 … 2.6.41, eclipse-temurin:17.0.8_7-jre-ubi9-minimal 2.6.42 … 2.7.14; cedar-microservice FROM metadatacenter/cedar-java:<version> from 1.8.2; cedar-microservice/README.md (docker build -t metadatacenter/cedar-microservice:${CEDAR_RELEASE_VERSION}, docker push)';
/** cedar-java's base → the release versions built on it. */
const CEDAR_JAVA: Readonly<Record<string, string>> = {
  'centos:7.4.1708':
    '1.6.0 1.6.1 1.6.2 1.6.3 1.7.0 1.8.0 1.8.1 1.8.2 1.8.3 1.8.4 1.8.5 1.8.6 1.8.7 1.8.8 1.8.9 1.8.10 1.9.0 1.9.1 1.9.2 1.9.3 2.0.0 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.0.7 2.0.8 2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.1.5 2.1.6 2.1.7 2.1.8 2.1.9 2.1.10 2.1.11 2.2 2.2.1 2.2.3 2.2.5 2.2.6 2.2.7 2.2.8 2.2.9 2.2.10 2.2.11 2.2.12 2.3 2.3.1 2.3.2 2.3.3 2.3.4 2.3.6 2.3.7 2.3.8 2.3.9 2.4.0 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7 2.4.8 2.4.9 2.4.10 2.4.11 2.5.0 2.5.1 2.5.4 2.5.6 2.5.7 2.5.8 2.5.11 2.5.12 2.5.13 2.5.15 2.5.16 2.5.17 2.5.18 2.5.19 2.5.20 2.5.21 2.5.22 2.5.23 2.5.24 2.5.26 2.5.27 2.5.28 2.5.29 2.5.30 2.5.32 2.5.33 2.5.34 2.5.35 2.5.36 2.5.37 2.5.38 2.5.39 2.5.40 2.5.41 2.5.42 2.5.43 2.6.0 2.6.15 2.6.16 2.6.17 2.6.18 2.6.19',
  'eclipse-temurin:17.0.6_10-jre-ubi9-minimal':
    '2.6.21 2.6.22 2.6.23 2.6.24 2.6.25 2.6.26 2.6.27 2.6.28 2.6.29 2.6.30 2.6.31 2.6.33 2.6.34 2.6.35 2.6.36 2.6.37 2.6.39 2.6.40 2.6.41',
  'eclipse-temurin:17.0.8_7-jre-ubi9-minimal':
    '2.6.42 2.6.43 2.6.44 2.6.45 2.6.46 2.6.47 2.6.48 2.6.49 2.6.50 2.6.51 2.6.52 2.6.53 2.6.54 2.6.56 2.6.57 2.6.59 2.6.60 2.6.61 2.6.62 2.6.63 2.6.64 2.7.1 2.7.2 2.7.4 2.7.5 2.7.6 2.7.7 2.7.8 2.7.9 2.7.11 2.7.12 2.7.13 2.7.14',
};

function cedarMicroserviceBases(): Record<string, string> {
  const versions = Object.keys(byVersion(CEDAR_JAVA));
  const map: Record<string, string> = {};
  for (const v of versions.slice(versions.indexOf('1.8.2'))) map[v] = `metadatacenter/cedar-java:${v}`;
  return map;
}

const cedarRules: ImageTagRule[] = [
  {
    id: 'cedar/java-release',
    repositories: ['docker.io/metadatacenter/cedar-java'],
    tag: /^(?<v>\d+\.\d+(?:\.\d+)?)$/,
    base: { group: 'v', map: byVersion(CEDAR_JAVA) },
    source: CEDAR,
  },
  {
    id: 'cedar/microservice-release',
    repositories: ['docker.io/metadatacenter/cedar-microservice'],
    tag: /^(?<v>\d+\.\d+(?:\.\d+)?)$/,
    base: { group: 'v', map: cedarMicroserviceBases() },
    source: CEDAR,
  },
  {
    id: 'cedar/other',
    repositories: ['docker.io/metadatacenter/cedar-java', 'docker.io/metadatacenter/cedar-microservice'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a CEDAR release version whose git tag (release-<version>) was read, or (cedar-microservice before 1.8.2) its Dockerfile was not FROM cedar-java of the same version; -SNAPSHOT tags are development builds',
    source: CEDAR,
  },
];

// --- dzmuh/ubuntu-base, dzmuh/ubuntu-base-x11, dzmuh/x11-common (Dzmuh/dockerfiles) ------------------------------------
// Every revision of ubuntu-base/Dockerfile (one, 2020-06-27) is FROM ubuntu:20.04, built as dzmuh/ubuntu-base:latest by
// ubuntu-base/build.sh; every revision of ubuntu-base-x11/Dockerfile and x11-common/Dockerfile is FROM dzmuh/ubuntu-base
// (x11-common's first, 2020-06-21, FROM ubuntu:20.04). Whenever latest was built from these files, it was Ubuntu 20.04.
const DZMUH =
  'Dzmuh/dockerfiles @ a54abd1 (2026-02-17): every revision of ubuntu-base/Dockerfile (84787ee, 2020-06-27: FROM ubuntu:20.04) and ubuntu-base/build.sh (docker build … -t dzmuh/ubuntu-base:latest); ubuntu-base-x11/Dockerfile (8627b02 … 4948ac2, 2020-06-27 … 2020-07-04: FROM dzmuh/ubuntu-base[:latest]; build.sh -t dzmuh/ubuntu-base-x11:latest) and x11-common/Dockerfile (6813dd2 2020-06-21 FROM ubuntu:20.04; 78de26a, 9ee8208: FROM dzmuh/ubuntu-base)';

const dzmuhRules: ImageTagRule[] = [
  {
    id: 'dzmuh/ubuntu-base-latest',
    repositories: ['docker.io/dzmuh/ubuntu-base', 'docker.io/dzmuh/ubuntu-base-x11', 'docker.io/dzmuh/x11-common'],
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    source: DZMUH,
  },
];

// --- blacktop/yara (blacktop/docker-yara) ------------------------------------------------------------------------------
// The Makefile builds $(ORG)/$(NAME):$(BUILD) from the directory named $(BUILD) (3.4 … 4.2); from 2021-10-16
// .github/workflows/docker-image.yml pushes, on every push, blacktop/yara:4, :4.2, :4.2.3 and :latest from ./4.2 (./4.1
// before 2022-10-03). A directory tag is resolved only where every revision of its Dockerfile names one base (3.4 … 3.7,
// 3.10 and 4.0 changed base over time, and which revision built the tag last is not recorded).
const BLACKTOP_YARA =
  'blacktop/docker-yara @ a29f653 (2022-10-03): Makefile (cd $(BUILD); docker build -t $(ORG)/$(NAME):$(BUILD)), every revision of <dir>/Dockerfile — 3.8 FROM alpine:3.8 (6798d0d, 2018-08-16), 3.9 FROM alpine:3.9 (b86aa39, 2019-02-22), 3.11 FROM alpine:3.10 (1814c0e, 2019-10-19), 4.1 FROM alpine:3.14, 4.2 FROM alpine:3.16 (6c08bfb, 2022-10-03); .github/workflows/docker-image.yml @ a29f653 (context ./4.2, tags blacktop/yara:4, 4.2, 4.2.3, latest and ghcr.io/blacktop/yara:…)';
const BLACKTOP_YARA_REPOS = ['docker.io/blacktop/yara', 'ghcr.io/blacktop/yara'];

const blacktopYaraRules: ImageTagRule[] = [
  {
    id: 'blacktop-yara/directory',
    repositories: BLACKTOP_YARA_REPOS,
    tag: /^(?<t>3\.8|3\.9|3\.11|4\.1|4\.2|4\.2\.3)$/,
    base: {
      group: 't',
      map: {
        '3.8': 'alpine:3.8',
        '3.9': 'alpine:3.9',
        '3.11': 'alpine:3.10',
        '4.1': 'alpine:3.14',
        '4.2': 'alpine:3.16',
        '4.2.3': 'alpine:3.16',
      },
    },
    source: BLACKTOP_YARA,
  },
  {
    id: 'blacktop-yara/latest',
    repositories: BLACKTOP_YARA_REPOS,
    tag: /^(?:latest|4)$/,
    base: 'alpine:3.16',
    moving: { means: 'the YARA 4.2.3 build on Alpine 3.16, as of the newest commit read (2022-10-03); the next push rebuilds it' },
    source: BLACKTOP_YARA,
  },
  {
    id: 'blacktop-yara/other',
    repositories: BLACKTOP_YARA_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag whose directory’s Dockerfile named one base in every revision (3.4 … 3.7, 3.10 and 4.0 moved between Alpine releases, and which revision built the tag last is not recorded), nor one the workflow pushes from ./4.2',
    source: BLACKTOP_YARA,
  },
];

// --- quay.io/bgruening/galaxy-container-base, galaxy-cluster-base (bgruening/docker-galaxy compose/) --------------------
// .github/workflows/compose.yml builds on every push and tags master's build latest; the Dockerfiles' ARG defaults name
// quay.io/bgruening. galaxy-container-base's final stage is FROM ubuntu:22.04 since 112d862 (2024-10-30; 20.04 and
// 18.04 before); galaxy-cluster-base is FROM …/galaxy-container-base:$IMAGE_TAG, the same tag.
const GALAXY =
  'bgruening/docker-galaxy @ d878a21 (2025-02-25): .github/workflows/compose.yml (on push; image_tag latest for master, the branch name otherwise; --build-arg IMAGE_TAG, DOCKER_REGISTRY, DOCKER_REGISTRY_USERNAME), compose/base-images/galaxy-container-base/Dockerfile @ 112d862 (2024-10-30: FROM ubuntu:22.04 as final), compose/base-images/galaxy-cluster-base/Dockerfile (ARG DOCKER_REGISTRY=quay.io, DOCKER_REGISTRY_USERNAME=bgruening; FROM $DOCKER_REGISTRY/$DOCKER_REGISTRY_USERNAME/galaxy-container-base:$IMAGE_TAG)';

const galaxyRules: ImageTagRule[] = [
  {
    id: 'galaxy/base-latest',
    repositories: ['quay.io/bgruening/galaxy-container-base', 'quay.io/bgruening/galaxy-cluster-base'],
    tag: /^latest$/,
    base: 'ubuntu:22.04',
    moving: { means: 'the master build on Ubuntu 22.04, as of the newest commit read (2025-02-25); the next push to master rebuilds it' },
    source: GALAXY,
  },
];

// --- ghcr.io/ainova-systems/docker-runners/base-runner (ainova-systems/docker-runners) ---------------------------------
// Every revision of base-runner/Dockerfile (2125714, 2026-01-27 … 513e2bb, 2026-03-13) is FROM ubuntu:24.04, and
// .github/workflows/build-runners.yml pushes it as :prerelease (main) and :latest, :1, :1.2, :1.2.3 (releases).
const AINOVA =
  'ainova-systems/docker-runners @ 513e2bb (2026-03-13): every revision of base-runner/Dockerfile (2125714 2026-01-27 … 513e2bb: FROM ubuntu:24.04), .github/workflows/build-runners.yml (IMAGE_PREFIX ghcr.io/ainova-systems/docker-runners; push to main → :prerelease, release v1.2.3 → :latest, :1, :1.2, :1.2.3)';

const ainovaRules: ImageTagRule[] = [
  {
    id: 'ainova/base-runner',
    repositories: ['ghcr.io/ainova-systems/docker-runners/base-runner'],
    tag: /^(?:latest|prerelease|\d+(?:\.\d+){0,2})$/,
    base: 'ubuntu:24.04',
    source: AINOVA,
  },
];

// --- rancher/os-<name>console-base (rancher/os-services): a build-time placeholder, not an image ---------------------------
const RANCHER_OS_SERVICES =
  'rancher/os-services @ f0e2da8 (2020-06-01): README.md ("The `rancher/os-centosconsole-base` does not actually exist. Dapper will download the arch specific image listed in the commented out `# FROM` line, and tag that"), images/10-*console/Dockerfile (FROM rancher/os-<name>console-base, then # FROM amd64=… arm64=… arm=…)';

const rancherOsRules: ImageTagRule[] = [
  {
    id: 'rancher-os/console-base-placeholder',
    repositories: ['alpine', 'centos', 'debian', 'fedora', 'ubuntu'].map((name) => `docker.io/rancher/os-${name}console-base`),
    tag: /^.*$/,
    unknown:
      '{image} is a placeholder that exists in no registry: Dapper tags the architecture’s image named in the "# FROM amd64=… arm64=…" comment after this line under this name, so the base is whatever that comment names',
    source: RANCHER_OS_SERVICES,
  },
];

// --- zabbix/zabbix-* (zabbix/zabbix-docker) -----------------------------------------------------------------------------
// .github/workflows/images_build.yml builds every component (agent, agent2, server-*, proxy-*, web-*, java-gateway, …) for
// each OS directory when a release tag X.Y.Z is pushed, tagged <os>-X.Y.Z and X.Y.Z-<os> (docker/metadata-action semver
// with prefix and suffix). A tag is resolved where, at that git tag, the final FROM of every component's
// Dockerfiles/<component>/<os>/Dockerfile names one base (474 version/OS pairs, 4.0.35 … 7.0.5 on Docker Hub's ubuntu,
// alpine, centos and ol); branch tags (<os>-X.Y-latest, <os>-latest) move and stay unknown.
const ZABBIX =
  'zabbix/zabbix-docker @ 66a0efd5 (2024-10-23): .github/workflows/images_build.yml at each release tag (type=semver,pattern={{version}},prefix=<os>- and suffix=-<os>), and the final FROM (ARG defaults applied) of every Dockerfiles/<component>/<os>/Dockerfile at each git tag 4.0.35 … 7.0.5 whose components agree — e.g. 6.4.2: ubuntu:jammy, alpine:3.17';
/** Base → the '<version>-<os>' builds whose every component was FROM it. */
const ZABBIX_BUILDS: Readonly<Record<string, string>> = {
  'alpine:3.11':
    '4.0.35-alpine 4.0.36-alpine 4.0.37-alpine 4.0.38-alpine 4.0.39-alpine 4.0.40-alpine 4.0.41-alpine 4.0.42-alpine 4.0.43-alpine 4.0.44-alpine 4.0.45-alpine 4.0.46-alpine 4.0.47-alpine 4.0.48-alpine 4.0.49-alpine 4.0.50-alpine',
  'centos:centos7':
    '4.0.35-centos 4.0.36-centos 4.0.37-centos 4.0.38-centos 4.0.39-centos 4.0.40-centos 4.0.41-centos 4.0.42-centos 4.0.43-centos 4.0.44-centos 4.0.45-centos 4.0.46-centos 4.0.47-centos 4.0.48-centos 4.0.49-centos 4.0.50-centos',
  'ubuntu:bionic':
    '4.0.35-ubuntu 4.0.36-ubuntu 4.0.37-ubuntu 4.0.38-ubuntu 4.0.39-ubuntu 4.0.40-ubuntu 4.0.41-ubuntu 4.0.42-ubuntu 4.0.43-ubuntu 4.0.44-ubuntu 4.0.45-ubuntu 4.0.46-ubuntu 4.0.47-ubuntu 4.0.48-ubuntu 4.0.49-ubuntu 4.0.50-ubuntu',
  'alpine:3.12': '5.0.17-alpine 5.0.18-alpine',
  'oraclelinux:8-slim':
    '5.0.17-ol 5.0.18-ol 5.0.19-ol 5.0.20-ol 5.0.21-ol 5.0.22-ol 5.0.23-ol 5.0.24-ol 5.0.25-ol 5.0.26-ol 5.0.27-ol 5.0.28-ol 5.0.29-ol 5.0.30-ol 5.0.31-ol 5.0.32-ol 5.0.33-ol 5.0.34-ol 5.0.35-ol 5.0.36-ol 5.0.37-ol 5.0.38-ol 5.0.39-ol 5.0.40-ol 5.0.41-ol 5.0.42-ol 5.0.43-ol 5.0.44-ol 5.4.5-ol 5.4.6-ol 5.4.7-ol 5.4.8-ol 5.4.9-ol 5.4.10-ol 5.4.11-ol 5.4.12-ol 6.0.0-ol 6.0.1-ol 6.0.2-ol 6.0.3-ol 6.0.4-ol 6.0.5-ol 6.0.6-ol 6.0.7-ol 6.0.8-ol 6.0.9-ol 6.0.10-ol 6.0.11-ol 6.0.12-ol 6.0.13-ol 6.0.14-ol 6.0.15-ol 6.0.16-ol 6.0.17-ol 6.0.18-ol 6.0.19-ol 6.0.20-ol 6.0.21-ol 6.0.22-ol 6.0.23-ol 6.0.25-ol 6.0.26-ol 6.0.27-ol 6.0.28-ol 6.0.29-ol 6.0.30-ol 6.0.31-ol 6.0.32-ol 6.0.33-ol 6.0.34-ol 6.0.35-ol 6.2.0-ol 6.2.1-ol 6.2.2-ol 6.2.3-ol 6.2.4-ol 6.2.5-ol 6.2.6-ol 6.2.7-ol 6.2.8-ol 6.2.9-ol',
  'ubuntu:focal':
    '5.0.17-ubuntu 5.0.18-ubuntu 5.0.19-ubuntu 5.0.20-ubuntu 5.0.21-ubuntu 5.0.22-ubuntu 5.0.23-ubuntu 5.0.24-ubuntu 5.0.25-ubuntu 5.0.26-ubuntu 5.0.27-ubuntu 5.0.28-ubuntu 5.0.29-ubuntu 5.0.30-ubuntu 5.0.31-ubuntu 5.0.32-ubuntu 5.0.33-ubuntu 5.0.34-ubuntu 5.0.35-ubuntu 5.0.36-ubuntu 5.0.37-ubuntu 5.0.38-ubuntu 5.0.39-ubuntu 5.0.40-ubuntu 5.0.41-ubuntu 5.0.42-ubuntu 5.0.43-ubuntu 5.0.44-ubuntu 5.4.5-ubuntu 5.4.6-ubuntu 5.4.7-ubuntu 5.4.8-ubuntu 5.4.9-ubuntu 5.4.10-ubuntu 5.4.11-ubuntu 5.4.12-ubuntu 6.0.0-ubuntu 6.0.1-ubuntu 6.0.2-ubuntu 6.0.3-ubuntu 6.0.4-ubuntu',
  'centos:centos8':
    '5.0.18-centos 5.0.19-centos 5.0.20-centos 5.0.21-centos 5.0.22-centos 5.0.23-centos 5.4.6-centos 5.4.7-centos 5.4.8-centos 5.4.9-centos 5.4.10-centos 5.4.11-centos 5.4.12-centos 6.0.0-centos 6.0.1-centos 6.0.2-centos 6.0.3-centos 6.0.4-centos',
  'alpine:3.14':
    '5.0.19-alpine 5.0.20-alpine 5.0.21-alpine 5.0.22-alpine 5.0.23-alpine 5.0.24-alpine 5.0.25-alpine 5.0.26-alpine 5.0.27-alpine 5.0.28-alpine 5.0.29-alpine 5.0.30-alpine 5.0.31-alpine 5.0.32-alpine 5.0.33-alpine 5.0.34-alpine 5.0.35-alpine 5.0.36-alpine 5.0.37-alpine 5.0.38-alpine 5.0.39-alpine 5.0.40-alpine 5.0.41-alpine 5.0.42-alpine 5.4.5-alpine 5.4.6-alpine 5.4.7-alpine 5.4.8-alpine 5.4.9-alpine 5.4.10-alpine 5.4.11-alpine 5.4.12-alpine',
  'quay.io/centos/centos:stream8':
    '5.0.24-centos 5.0.25-centos 5.0.26-centos 5.0.27-centos 5.0.28-centos 5.0.29-centos 5.0.30-centos 5.0.31-centos 5.0.32-centos 5.0.33-centos 5.0.34-centos 5.0.35-centos 5.0.36-centos 5.0.37-centos 5.0.38-centos 5.0.39-centos 5.0.40-centos 5.0.41-centos 5.0.42-centos 5.0.43-centos 5.0.44-centos 6.0.5-centos 6.0.6-centos 6.0.7-centos 6.0.8-centos 6.0.9-centos 6.0.10-centos 6.0.11-centos 6.0.12-centos 6.0.13-centos 6.0.14-centos 6.0.15-centos 6.0.16-centos 6.0.17-centos 6.0.18-centos 6.0.19-centos 6.0.20-centos 6.0.21-centos 6.0.22-centos 6.0.23-centos 6.0.25-centos 6.0.26-centos 6.0.27-centos 6.0.28-centos 6.0.29-centos 6.0.30-centos 6.0.31-centos 6.0.32-centos 6.0.33-centos 6.0.34-centos 6.0.35-centos 6.2.0-centos 6.2.1-centos 6.2.2-centos 6.2.3-centos 6.2.4-centos 6.2.5-centos 6.2.6-centos 6.2.7-centos 6.2.8-centos 6.2.9-centos',
  'alpine:3.15': '5.0.43-alpine 5.0.44-alpine 6.0.0-alpine 6.0.1-alpine 6.0.2-alpine 6.0.3-alpine 6.0.4-alpine 6.0.5-alpine',
  'alpine:3.16':
    '6.0.6-alpine 6.0.7-alpine 6.0.8-alpine 6.0.9-alpine 6.0.10-alpine 6.0.11-alpine 6.0.12-alpine 6.0.13-alpine 6.0.14-alpine 6.0.15-alpine 6.0.16-alpine 6.0.17-alpine 6.0.18-alpine 6.0.19-alpine 6.0.20-alpine 6.0.21-alpine 6.0.22-alpine 6.0.23-alpine 6.0.25-alpine 6.0.26-alpine 6.0.27-alpine 6.0.28-alpine 6.0.29-alpine 6.0.30-alpine 6.2.0-alpine 6.2.1-alpine 6.2.2-alpine 6.2.3-alpine 6.2.4-alpine 6.2.5-alpine',
  'ubuntu:jammy':
    '6.0.5-ubuntu 6.0.6-ubuntu 6.0.7-ubuntu 6.0.8-ubuntu 6.0.9-ubuntu 6.0.10-ubuntu 6.0.11-ubuntu 6.0.12-ubuntu 6.0.13-ubuntu 6.0.14-ubuntu 6.0.15-ubuntu 6.0.16-ubuntu 6.0.17-ubuntu 6.0.18-ubuntu 6.0.19-ubuntu 6.0.20-ubuntu 6.0.21-ubuntu 6.0.22-ubuntu 6.0.23-ubuntu 6.0.25-ubuntu 6.0.26-ubuntu 6.0.27-ubuntu 6.0.28-ubuntu 6.0.29-ubuntu 6.0.30-ubuntu 6.0.31-ubuntu 6.0.32-ubuntu 6.0.33-ubuntu 6.0.34-ubuntu 6.0.35-ubuntu 6.2.0-ubuntu 6.2.1-ubuntu 6.2.2-ubuntu 6.2.3-ubuntu 6.2.4-ubuntu 6.2.5-ubuntu 6.2.6-ubuntu 6.2.7-ubuntu 6.2.8-ubuntu 6.2.9-ubuntu 6.4.0-ubuntu 6.4.1-ubuntu 6.4.2-ubuntu 6.4.3-ubuntu 6.4.4-ubuntu 6.4.5-ubuntu 6.4.6-ubuntu 6.4.7-ubuntu 6.4.8-ubuntu 6.4.9-ubuntu 6.4.10-ubuntu 6.4.11-ubuntu 6.4.12-ubuntu 6.4.13-ubuntu 6.4.14-ubuntu 6.4.15-ubuntu 6.4.16-ubuntu 6.4.17-ubuntu 6.4.18-ubuntu 6.4.19-ubuntu',
  'alpine:3.19':
    '6.0.31-alpine 6.0.32-alpine 6.0.33-alpine 6.0.34-alpine 6.0.35-alpine 6.4.12-alpine 6.4.13-alpine 6.4.14-alpine 6.4.15-alpine',
  'alpine:3.17':
    '6.2.6-alpine 6.2.7-alpine 6.2.8-alpine 6.2.9-alpine 6.4.0-alpine 6.4.1-alpine 6.4.2-alpine 6.4.3-alpine 6.4.4-alpine 6.4.5-alpine 6.4.6-alpine 6.4.7-alpine 6.4.8-alpine 6.4.9-alpine 6.4.10-alpine 6.4.11-alpine',
  'quay.io/centos/centos:stream9':
    '6.4.0-centos 6.4.1-centos 6.4.2-centos 6.4.3-centos 6.4.4-centos 6.4.5-centos 6.4.6-centos 6.4.7-centos 6.4.8-centos 6.4.9-centos 6.4.10-centos 6.4.11-centos',
  'oraclelinux:9-slim':
    '6.4.0-ol 6.4.1-ol 6.4.2-ol 6.4.3-ol 6.4.4-ol 6.4.5-ol 6.4.6-ol 6.4.7-ol 6.4.8-ol 6.4.9-ol 6.4.10-ol 6.4.11-ol 6.4.12-ol 6.4.13-ol 6.4.14-ol 6.4.15-ol 6.4.16-ol 6.4.17-ol 6.4.18-ol 6.4.19-ol 7.0.0-ol 7.0.1-ol 7.0.2-ol 7.0.3-ol 7.0.4-ol 7.0.5-ol',
  'quay.io/centos/centos:stream9-minimal':
    '6.4.12-centos 6.4.13-centos 6.4.14-centos 6.4.15-centos 6.4.16-centos 6.4.17-centos 6.4.18-centos 6.4.19-centos 7.0.0-centos 7.0.1-centos 7.0.2-centos 7.0.3-centos 7.0.4-centos 7.0.5-centos',
  'alpine:3.20':
    '6.4.16-alpine 6.4.17-alpine 6.4.18-alpine 6.4.19-alpine 7.0.0-alpine 7.0.1-alpine 7.0.2-alpine 7.0.3-alpine 7.0.4-alpine 7.0.5-alpine',
  'ubuntu:noble': '7.0.0-ubuntu 7.0.1-ubuntu 7.0.2-ubuntu 7.0.3-ubuntu 7.0.4-ubuntu 7.0.5-ubuntu',
};

/** Both tag forms, X.Y.Z-<os> and <os>-X.Y.Z, of every build in ZABBIX_BUILDS. */
function zabbixBases(): Record<string, string> {
  const map = byVersion(ZABBIX_BUILDS);
  for (const [build, base] of Object.entries(map)) map[build.replace(/^(.*)-(\w+)$/, '$2-$1')] = base;
  return map;
}

const zabbixRules: ImageTagRule[] = [
  {
    id: 'zabbix/release-os',
    repositories: ['docker.io/zabbix/zabbix-*'],
    tag: /^(?<t>(?:ubuntu|alpine|centos|ol)-\d+\.\d+\.\d+|\d+\.\d+\.\d+-(?:ubuntu|alpine|centos|ol))$/,
    base: { group: 't', map: zabbixBases() },
    source: ZABBIX,
  },
  {
    id: 'zabbix/other',
    repositories: ['docker.io/zabbix/zabbix-*'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag (<os>-X.Y.Z or X.Y.Z-<os>, ubuntu/alpine/centos/ol) read at its git tag with one base across components (4.0.35 … 7.0.5 as of the snapshot read, 2024-10-23); branch tags such as <os>-X.Y-latest and latest move',
    source: ZABBIX,
  },
];

export const vendorFamily25Rules: ImageTagRule[] = [
  ...pandocRules,
  ...cybozuUbuntuRules,
  ...wazoRules,
  ...cedarRules,
  ...dzmuhRules,
  ...blacktopYaraRules,
  ...galaxyRules,
  ...ainovaRules,
  ...rancherOsRules,
  ...zabbixRules,
];
