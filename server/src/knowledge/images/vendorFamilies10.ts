/**
 * Non-official image families of issue #17, tenth file: the biggest unknown groups of the thirteenth sample (and of the
 * seventh and tenth) whose answer a primary source gives. As in vendorFamilies2.ts … vendorFamilies9.ts (the rules of the
 * game are thirdParty.ts's): every row names the repository @ commit it was read from; a moving tag is described as of the
 * newest commit read; a tag whose build stopped says so (frozen). Registered after vendorFamilies9.ts and before
 * thirdParty.ts; each family ends with a catch-all unknown for the tags its files do not decide, so they stay honest.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- adoptopenjdk/openjdk8 … 16 (-openj9): the moving alpine tags (AdoptOpenJDK/openjdk-docker, archived) --------------
// config/tags.config names the moving tags of the alpine release builds: `alpine` (jdk full), `alpine-slim` (jdk slim)
// and `alpine-jre` (jre full); config/hotspot.config and openj9.config build versions 8, 11, 15 and 16. Every alpine
// Dockerfile of those versions (hotspot and openj9, jdk and jre, full and slim) has been FROM alpine:3.14 since 828f553e
// (2021-06-29; alpine:3.13 before) and never changed again; the Dockerfile updates went on until 2021-08-01 (436253ba) and
// the README's deprecation notice (a93a3848, 2021-08-25) says the images "will receive no further updates after
// 2021-08-25". So the last push of each moving alpine tag was built FROM alpine:3.14. Version tags (jdk-11.0.11_9-alpine …)
// stopped being pushed when their version was superseded, some on Alpine 3.13 or older: they stay unknown. The nightly
// tags are left out too (whether a nightly build ran after 2021-06-29 is not recorded).
const ADOPTOPENJDK =
  'AdoptOpenJDK/openjdk-docker @ e499808a (2023-04-27, the newest commit): config/tags.config (alpine-jdk-releases-full-tags: alpine …, alpine-jdk-releases-slim-tags: alpine-slim …, alpine-jre-releases-full-tags: alpine-jre …), config/hotspot.config and openj9.config (Versions: 8 11 15 16); {8,11,15,16}/{jdk,jre}/alpine/Dockerfile.{hotspot,openj9}.releases.{full,slim} FROM alpine:3.14 since 828f553e (2021-06-29, "-FROM alpine:3.13 +FROM alpine:3.14"), unchanged since; last Dockerfile update 436253ba (2021-08-03, "dockerfile updates 2021-08-01"); README deprecation notice a93a3848 (2021-08-25): "will receive no further updates after 2021-08-25"';
const ADOPTOPENJDK_REPOS = ['8', '11', '15', '16'].flatMap((v) => [
  `docker.io/adoptopenjdk/openjdk${v}`,
  `docker.io/adoptopenjdk/openjdk${v}-openj9`,
]);
const adoptOpenJdkRules: ImageTagRule[] = [
  {
    id: 'adoptopenjdk/alpine-moving',
    repositories: ADOPTOPENJDK_REPOS,
    tag: /^alpine(?:-slim|-jre)?$/,
    base: 'alpine:3.14',
    frozen: 'last updated in 2021-08 from Dockerfiles FROM alpine:3.14; the images are deprecated and no longer built',
    source: ADOPTOPENJDK,
  },
  {
    id: 'adoptopenjdk/other',
    repositories: ADOPTOPENJDK_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the moving alpine tags (alpine, alpine-slim, alpine-jre) whose last build the Dockerfiles decide; version tags stopped being pushed when superseded, some on older Alpine releases, and the other flavors were not read',
    source: ADOPTOPENJDK,
  },
];

// --- rocker/r-ver, rstudio, tidyverse, verse 3.x (rocker-org/rocker-versioned) --------------------------------------------
// Before rocker-versioned2 (R 4.0.0 on, popular.ts), each R 3.x version had one Dockerfile per image: r-ver/<v>.Dockerfile
// FROM debian:<suite>, rstudio/<v> FROM rocker/r-ver:<v>, tidyverse/<v> FROM rocker/rstudio:<v>, verse/<v> FROM
// rocker/tidyverse:<v>. In every version of every one of those files in the repository's history the FROM line is the
// same, so every build of <image>:<v> carried the Debian release its r-ver file names (rocker-versioned2 pushed R 3.6.3
// only as -ubuntu18.04 tags, left to the labelled guess from their name).
const ROCKER_V1 =
  'rocker-org/rocker-versioned @ 1920e7c (2022-02-26, the newest commit): r-ver/<v>.Dockerfile FROM debian:wheezy (3.1.0–3.1.3), debian:jessie (3.2.0–3.3.3), debian:stretch (3.4.0–3.6.1), debian:buster (3.6.2, 3.6.3); rstudio/<v> FROM rocker/r-ver:<v>, tidyverse/<v> FROM rocker/rstudio:<v>, verse/<v> FROM rocker/tidyverse:<v>; each FROM line identical in every version of its file in git history; rocker-org/rocker-versioned2 @ 69cded5d pushed R 3.6.3 only as 3.6.3-ubuntu18.04 (compose/core-3.6.3-ubuntu18.04.yml, removed in e95104e, 2020-07-06), never the plain 3.x tags';
const ROCKER_V1_SUITES: Readonly<Record<string, string>> = {
  wheezy: '3.1.0 3.1.2 3.1.3',
  jessie: '3.2.0 3.2.1 3.2.2 3.2.3 3.2.4 3.2.5 3.3.0 3.3.1 3.3.2 3.3.3',
  stretch: '3.4.0 3.4.1 3.4.2 3.4.3 3.4.4 3.5.0 3.5.1 3.5.2 3.5.3 3.6.0 3.6.1',
  buster: '3.6.2 3.6.3',
};
const ROCKER_V1_REPOS = ['r-ver', 'rstudio', 'tidyverse', 'verse'].map((n) => `docker.io/rocker/${n}`);
const escapeDots = (versions: string): string => versions.replace(/\./g, '\\.').replace(/ /g, '|');
const rockerV1Rules: ImageTagRule[] = Object.entries(ROCKER_V1_SUITES).map(
  ([suite, versions]): ImageTagRule => ({
    id: `rocker-v1/${suite}`,
    repositories: ROCKER_V1_REPOS,
    tag: new RegExp(`^(?:${escapeDots(versions)})$`),
    base: `debian:${suite}`,
    source: ROCKER_V1,
  }),
);

// --- mozilla/sbt (mozilla/docker-sbt) -----------------------------------------------------------------------------------
// The image is pushed by hand: the README's recipe builds the Dockerfile (FROM openjdk:${OPENJDK_TAG}) with the two
// versions and pushes mozilla/sbt:<openjdk>_<sbt> and latest. The newest commit (2022-04-21) sets OPENJDK_TAG=11.0.13 and
// SBT_VERSION=1.6.2, so latest is 11.0.13_1.6.2 as of that commit. openjdk:11.0.13 (a retired official tag) resolves
// through the official-image history. Other tags were built on openjdk tags at dates not
// recorded: unknown.
const MOZILLA_SBT =
  'mozilla/docker-sbt @ d77cc86f (2022-04-21, the newest commit): Dockerfile ARG OPENJDK_TAG=11.0.13, FROM openjdk:${OPENJDK_TAG}, ARG SBT_VERSION=1.6.2 (f7b1e164, 2022-03-24, "Java 11.0.13, SBT 1.6.2"); README "Pushing a new tag to DockerHub": docker build … --tag mozilla/sbt:${OPENJDK_TAG}_${SBT_VERSION} --tag mozilla/sbt:latest, docker push both';
const mozillaSbtRules: ImageTagRule[] = [
  {
    id: 'mozilla-sbt/11.0.13_1.6.2',
    repositories: ['docker.io/mozilla/sbt'],
    tag: /^11\.0\.13_1\.6\.2$/,
    base: 'openjdk:11.0.13',
    source: MOZILLA_SBT,
  },
  {
    id: 'mozilla-sbt/latest',
    repositories: ['docker.io/mozilla/sbt'],
    tag: /^latest$/,
    base: 'openjdk:11.0.13',
    moving: {
      pin: 'mozilla/sbt:11.0.13_1.6.2',
      means:
        'the newest build the README recipe names: 11.0.13_1.6.2 on openjdk:11.0.13 (Debian 11) as of the newest commit read (2022-04-21)',
    },
    source: MOZILLA_SBT,
  },
  {
    id: 'mozilla-sbt/other',
    repositories: ['docker.io/mozilla/sbt'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was pushed by hand FROM openjdk:<version> at a date not recorded; only the newest build (11.0.13_1.6.2, latest) is read',
    source: MOZILLA_SBT,
  },
];

// --- condaforge/miniforge3:latest (conda-forge/miniforge-images) -------------------------------------------------------
// .github/workflows/docker-build.yml pushes condaforge/miniforge3:latest and :<MINIFORGE_VERSION> (Docker Hub and quay.io)
// on every push to main, from ubuntu/Dockerfile, FROM ubuntu:noble-<date> on every main commit since 2025-03 (focal
// before). latest moves with each push; described as of the newest commit read. A version tag is pushed only by the main
// builds while it is the version of the pipeline (azure-pipelines.yml until 2026-06, the workflow since) and names the
// release of every ubuntu/Dockerfile of that span: 4.9.2-5 … 24.11.3-0 only focal, 25.3.0-1 … 26.3.2-3 only noble;
// 24.11.3-2 was built on both, and versions before 2021-02-07 (bionic, or not in this history) are not read.
const MINIFORGE =
  'conda-forge/miniforge-images @ 841e405 (2026-07-01, the newest commit read): .github/workflows/docker-build.yml (on push to main: docker buildx build -f ubuntu/Dockerfile -t ${registry}condaforge/miniforge3:latest --push, then :${MINIFORGE_VERSION}, for registry "" and quay.io/), ubuntu/Dockerfile FROM ubuntu:noble-20260410, ARG MINIFORGE_VERSION=26.3.2-3; FROM ubuntu:noble-… on every first-parent commit since 5b1bd2f (2025-03-18), ubuntu:focal before (from e59fac2, 2021-02-07); the Miniforge3 MINIFORGE_VERSION of azure-pipelines.yml (11422dd 2021-02-13 … 2026-06), .github/workflows/ci.yml and docker-build.yml at each of the 159 first-parent commits, with that commit\'s FROM';
const MINIFORGE_REPOS = ['docker.io/condaforge/miniforge3', 'quay.io/condaforge/miniforge3'];
/** Miniforge3 version → the one ubuntu/Dockerfile release of every main commit while it was the pipeline's version. */
const MINIFORGE_VERSIONS: Readonly<Record<string, string>> = {
  'ubuntu:20.04':
    '4.9.2-5 4.9.2-7 4.10.0-0 4.10.1-0 4.10.2-0 4.10.3-1 4.10.3-2 4.10.3-3 4.10.3-4 4.10.3-5 4.10.3-6 4.10.3-7 4.10.3-9 4.10.3-10 4.11.0-0 4.11.0-2 4.11.0-4 4.12.0-0 4.12.0-2 4.13.0-1 4.14.0-0 22.9.0-0 22.9.0-1 22.9.0-2 22.9.0-3 22.11.1-4 23.1.0-1 23.1.0-2 23.1.0-3 23.1.0-4 23.3.1-0 23.3.1-1 23.11.0-0 24.1.2-0 24.3.0-0 24.7.1-0 24.7.1-2 24.9.0-0 24.9.2-0 24.11.3-0',
  'ubuntu:24.04': '25.3.0-1 25.3.0-3 25.3.1-0 25.9.1-0 25.11.0-0 25.11.0-1 26.1.0-0 26.1.1-2 26.1.1-3 26.3.2-0 26.3.2-2 26.3.2-3',
};
const miniforgeRules: ImageTagRule[] = [
  {
    id: 'miniforge3/latest',
    repositories: MINIFORGE_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:noble-20260410',
    moving: {
      pin: 'condaforge/miniforge3:26.3.2-3',
      means: 'the build of the newest main commit: Miniforge3 26.3.2-3 on Ubuntu 24.04 (noble) as of the newest commit read (2026-07-01)',
    },
    source: MINIFORGE,
  },
  {
    id: 'miniforge3/version',
    repositories: MINIFORGE_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+-\d+)$/,
    base: { group: 'v', map: byVersion(MINIFORGE_VERSIONS) },
    source: MINIFORGE,
  },
  {
    id: 'miniforge3/other',
    repositories: MINIFORGE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version tag whose every build the history read fixes to one Ubuntu (24.11.3-2 was pushed from focal and from noble builds; versions before 4.9.2-5, 2021-02-07, are not in it)',
    source: MINIFORGE,
  },
];

// --- gorialis/discord.py (Gorialis/discord.py-docker) -------------------------------------------------------------------
// .github/workflows/docker-build.yml builds every image on each push to master and on a schedule (four days a week), with
// the Python versions of its env (3.8.18, 3.9.18, 3.10.13, 3.11.8, 3.12.2 since 4090604, 2024-03-06, the newest commit).
// The first stage is FROM python:<version>-<distro> (bullseye, slim-bullseye, alpine); tags (config.yml, generated README)
// are [<version>|<minor>-][<distro>-][<checkout>-][minimal|full|extras], the distro omitted for bullseye (slim for
// slim-bullseye, since the 2022-11-21 notice; buster before) and the version omitted for 3.12. A tag of one of those
// versions (or its minor) was last built from that python tag: bullseye names Debian 11; python:<version>-alpine is a
// retired official tag whose last build the history gives (Alpine 3.19 for all five). Tags of older patch versions
// stopped when superseded (some on buster or older Alpine releases): unknown.
const DISCORDPY =
  'Gorialis/discord.py-docker @ 4090604 (2024-03-06, the newest commit): .github/workflows/docker-build.yml (on push to master and schedule "0 12 * * 0,2,4,6"; PYTHON_3_8_IMAGE 3.8.18, 3_9 3.9.18, 3_10 3.10.13, 3_11 3.11.8, 3_12 3.12.2 with tags "3.12.2 3.12 ."), config.yml (distros bullseye: ["bullseye", ""], slim-bullseye: ["slim-bullseye", "slim"], alpine: ["alpine"]; checkouts master/dev/2.3a/2.3 and pypi/2.2/2/""), dockerfiles/0_minimal/{bullseye,slim-bullseye,alpine}.Dockerfile FROM python:$PYTHON_VERSION-<distro>, 1_full and 2_extra FROM the previous stage, dockerfiles/README.md (tags such as 3.12-alpine-extras, notice 2022-11-21: buster upgraded to bullseye)';
const DISCORDPY_PYTHONS: ReadonlyArray<readonly [string, string]> = [
  ['3.8', '3.8.18'],
  ['3.9', '3.9.18'],
  ['3.10', '3.10.13'],
  ['3.11', '3.11.8'],
  ['3.12', '3.12.2'],
];
/** Tag pieces after the version and distro: the discord.py checkout, then the build stage (full when omitted). */
const DISCORDPY_CHECKOUT = '(?:master|dev|2\\.3a|2\\.3|pypi|2\\.2|2)';
const DISCORDPY_STAGE = '(?:minimal|full|extras)';
const DISCORDPY_DISTROS: ReadonlyArray<readonly [string, string, string | undefined]> = [
  // [distro piece of the tag ('' = may be omitted), python tag suffix, variant]
  ['alpine', 'alpine', undefined],
  ['(?:slim-bullseye|slim)', 'slim-bullseye', 'slim'],
  ['', 'bullseye', undefined],
];
const discordPyRules: ImageTagRule[] = [
  ...DISCORDPY_PYTHONS.flatMap(([minor, full]) =>
    DISCORDPY_DISTROS.map(([piece, suffix, variant]): ImageTagRule => {
      // Pieces joined by '-', each optional where the generated tags omit it: the version for 3.12, the distro for
      // bullseye (so latest, extras, 3.9, 3.9-pypi are bullseye builds).
      const version = `(?:${escapeDots(`${full} ${minor}`)})`;
      const distro = piece === '' ? '(?:bullseye(?:-|$))?' : `${piece}(?:-|$)`;
      const head = minor === '3.12' ? `(?:${version}(?:-|$))?` : `${version}(?:-|$)`;
      const pattern = `^(?:${head}${distro}(?:${DISCORDPY_CHECKOUT}(?:-|$))?${DISCORDPY_STAGE}?)$`;
      // The tag with every piece omitted is latest (3.12 on bullseye, the full stage, the PyPI release).
      const latest = minor === '3.12' && suffix === 'bullseye' ? '|^latest$' : '';
      return {
        id: `discord.py/${minor}-${suffix}`,
        repositories: ['docker.io/gorialis/discord.py'],
        tag: new RegExp(pattern + latest),
        base: `python:${full}-${suffix}`,
        ...(variant ? { variant } : {}),
        source: DISCORDPY,
      };
    }),
  ),
  {
    id: 'discord.py/other',
    repositories: ['docker.io/gorialis/discord.py'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag of the Python versions the newest workflow builds (3.8.18, 3.9.18, 3.10.13, 3.11.8, 3.12.2, or their minors); older patch versions stopped being built when superseded, some on Debian 10 or older Alpine releases',
    source: DISCORDPY,
  },
];

// --- markhobson/maven-chrome (markhobson/docker-maven-chrome) -----------------------------------------------------------
// One GitHub workflow per JDK pushes markhobson/maven-chrome:jdk-<N> (jdk-25 also latest) from jdk-<N>/Dockerfile on each
// push touching that directory. jdk-8 was removed in d34a8fc (2024-10-20, "Removes Java 8 support"), together with its
// workflow; every version of jdk-8/Dockerfile since 2023-12-24 is FROM maven:3.9.6-eclipse-temurin-8, a retired official
// tag whose last build the history gives, so the tag's last push carried that. The others are moving, as of the newest
// commit read; their maven tags resolve through the official images (or stay unknown where those do).
const MAVEN_CHROME =
  'markhobson/docker-maven-chrome @ ba780e7 (2026-04-24, the newest commit read): .github/workflows/jdk-{11,17,21,25}.yml (on push to main, paths jdk-<N>/**: docker/build-push-action, context ./jdk-<N>, tags markhobson/maven-chrome:jdk-<N>, jdk-25 also :latest), jdk-<N>/Dockerfile FROM maven:3.9.15-eclipse-temurin-<N>; jdk-8/Dockerfile FROM maven:3.9.6-eclipse-temurin-8 in every version from 2023-12-24 until it and .github/workflows/jdk-8.yml (tags markhobson/maven-chrome:jdk-8) were removed in d34a8fc (2024-10-20)';
const mavenChromeRules: ImageTagRule[] = [
  {
    id: 'maven-chrome/jdk-8',
    repositories: ['docker.io/markhobson/maven-chrome'],
    tag: /^jdk-8$/,
    base: 'maven:3.9.6-eclipse-temurin-8',
    frozen: 'no longer built: the jdk-8 directory and its workflow were removed on 2024-10-20',
    source: MAVEN_CHROME,
  },
  ...['11', '17', '21', '25'].map(
    (jdk): ImageTagRule => ({
      id: `maven-chrome/jdk-${jdk}`,
      repositories: ['docker.io/markhobson/maven-chrome'],
      tag: jdk === '25' ? /^(?:jdk-25|latest)$/ : new RegExp(`^jdk-${jdk}$`),
      base: `maven:3.9.15-eclipse-temurin-${jdk}`,
      moving: { means: `the build of the newest push touching jdk-${jdk}/ as of the newest commit read (2026-04-24)` },
      source: MAVEN_CHROME,
    }),
  ),
  {
    id: 'maven-chrome/other',
    repositories: ['docker.io/markhobson/maven-chrome'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a tag the workflows read push (jdk-8, jdk-11, jdk-17, jdk-21, jdk-25, latest)',
    source: MAVEN_CHROME,
  },
];

// --- bioconductor/release_*2 (Bioconductor/bioc_docker, deprecated) ---------------------------------------------------------
// The repository was deprecated on 2020-01-16 in favour of Bioconductor/bioconductor_docker and has no later commit. Its
// release images chain to out/release_base/Dockerfile (release_core2, cytometry2, mscore2 FROM release_base2; protmetcore2
// FROM mscore2; metabolomics2 and protcore2 FROM protmetcore2; proteomics2 FROM protcore2), FROM rocker/rstudio:3.6.2 in
// the last three versions of that file (3.6.1 before 2019-12-26): latest was last built on it, which rocker-versioned
// builds on Debian 10 (rockerV1Rules above). Versioned tags (R3.6.1_Bioc3.9 …) were built on older R images: unknown.
const BIOC_DOCKER =
  'Bioconductor/bioc_docker @ b278c7d (2020-01-16, "Add deprecation notice", the newest commit): out/release_base/Dockerfile FROM rocker/rstudio:3.6.2 (since 2019-12-26; rocker/rstudio:3.6.1 2019-09-19 … 2019-12-18, 3.6.0 and 3.5.3 before), out/release_core, release_cytometry, release_mscore FROM bioconductor/release_base2, release_protmetcore FROM release_mscore2, release_metabolomics and release_protcore FROM release_protmetcore2, release_proteomics FROM release_protcore2; README "DEPRECATED in favor of https://github.com/Bioconductor/bioconductor_docker"';
const BIOC_REPOS = ['base', 'core', 'cytometry', 'metabolomics', 'mscore', 'protcore', 'proteomics', 'protmetcore'].map(
  (n) => `docker.io/bioconductor/release_${n}2`,
);
const biocDockerRules: ImageTagRule[] = [
  {
    id: 'bioc-docker/release-latest',
    repositories: BIOC_REPOS,
    tag: /^latest$/,
    base: 'rocker/rstudio:3.6.2',
    frozen: 'deprecated on 2020-01-16; the newest Dockerfiles build it FROM rocker/rstudio:3.6.2 and the repository has no later change',
    source: BIOC_DOCKER,
  },
  {
    id: 'bioc-docker/other',
    repositories: BIOC_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is a versioned tag of the deprecated bioc_docker images, built on the rocker/rstudio of its R version at a date not recorded',
    source: BIOC_DOCKER,
  },
];

// --- litestream/litestream (benbjohnson/litestream) -----------------------------------------------------------------------
// .github/workflows/release.docker.yml runs on a published release and pushes docker/metadata-action tags type=semver
// {{version}} and {{major}}.{{minor}} (from v0.3.9 on) built from the Dockerfile at the release tag: its last stage FROM
// alpine:3.17.2 (v0.3.10 … v0.3.14), alpine:3.20 (v0.5.0 … v0.5.6), debian:bookworm-slim (v0.5.7, v0.5.8; the `default`
// target from v0.5.9 on, whose -scratch tags are FROM scratch). 0.3 and 0.5 move with their newest release. Earlier
// releases were FROM the moving alpine tag (v0.3.4 … v0.3.9) and latest follows whichever release was published last
// (latest=auto): unknown.
const LITESTREAM =
  'benbjohnson/litestream @ 63225f1 (2026-08-19, the newest commit read): .github/workflows/release.docker.yml at each release tag (on release published; metadata-action tags type=semver,pattern={{version}} and {{major}}.{{minor}}; from v0.5.9 target default, and a second build target hardened with suffix=-scratch), Dockerfile at the tag: last FROM alpine:3.17.2 at v0.3.10 (2023-08-08) … v0.3.14 (2026-03-26), alpine:3.20 at v0.5.0 (2025-09-30) … v0.5.6, debian:bookworm-slim at v0.5.7 (2026-01-30), v0.5.8, debian:bookworm-slim AS default at v0.5.9 … v0.5.16 (2026-08-04); FROM alpine (untagged) at v0.3.4 … v0.3.9';
const litestreamRules: ImageTagRule[] = [
  {
    id: 'litestream/0.3-alpine-3.17',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^0\.3\.1[0-4]$/,
    base: 'alpine:3.17.2',
    source: LITESTREAM,
  },
  {
    id: 'litestream/0.3',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^0\.3$/,
    base: 'alpine:3.17.2',
    moving: {
      pin: 'litestream/litestream:0.3.14',
      means: 'the newest 0.3 release: 0.3.14 on Alpine 3.17 as of the newest commit read (2026-08-19)',
    },
    source: LITESTREAM,
  },
  {
    id: 'litestream/0.5-alpine-3.20',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^0\.5\.[0-6]$/,
    base: 'alpine:3.20',
    source: LITESTREAM,
  },
  {
    id: 'litestream/0.5-bookworm',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^0\.5\.(?:[7-9]|1[0-6])$/,
    base: 'debian:bookworm-slim',
    variant: 'slim',
    source: LITESTREAM,
  },
  {
    id: 'litestream/0.5',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^0\.5$/,
    base: 'debian:bookworm-slim',
    variant: 'slim',
    moving: {
      pin: 'litestream/litestream:0.5.16',
      means: 'the newest 0.5 release: 0.5.16 on Debian 12 as of the newest commit read (2026-08-19)',
    },
    source: LITESTREAM,
  },
  {
    id: 'litestream/other',
    repositories: ['docker.io/litestream/litestream'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag whose Dockerfile names its base (0.3.10 … 0.3.14, 0.5.0 … 0.5.16): earlier releases were FROM the moving alpine tag, latest follows whichever release was published last, -scratch tags are FROM scratch',
    source: LITESTREAM,
  },
];

// --- justb4/jmeter (justb4/docker-jmeter) ----------------------------------------------------------------------------------
// .github/workflows/docker.yml (added 2021-12-13) pushes justb4/jmeter:${VERSION} (5.5) and :latest on every push to master
// that changes more than Markdown; the Dockerfile has been FROM alpine:3.12 since 2020-09-08 (alpine:3.10 before). So
// latest and 5.5, pushed by those builds, are Alpine 3.12. Older version tags were pushed by earlier builds: unknown.
const JMETER =
  'justb4/docker-jmeter @ 08b0ab2 (2024-09-24, the newest commit read): .github/workflows/docker.yml (since ef81448, 2021-12-13; on push to master, paths-ignore **.md; VERSION="5.5", TAGS="${DOCKER_IMAGE}:${VERSION}" plus ${image}:latest; docker image push --all-tags on push events), Dockerfile FROM alpine:3.12 in every version since 2020-09-08 (alpine:3.10 before), last changed 4e71a0c (2022-06-15)';
const jmeterRules: ImageTagRule[] = [
  {
    id: 'jmeter/latest',
    repositories: ['docker.io/justb4/jmeter'],
    tag: /^(?:latest|5\.5)$/,
    base: 'alpine:3.12',
    moving: { means: 'rebuilt on every push to master: Alpine 3.12 as of the newest commit read (2024-09-24)' },
    source: JMETER,
  },
  {
    id: 'jmeter/other',
    repositories: ['docker.io/justb4/jmeter'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a tag the workflow pushes (5.5, latest); older versions were built from earlier Dockerfiles',
    source: JMETER,
  },
];

// --- sameersbn/ubuntu (sameersbn/docker-ubuntu) ----------------------------------------------------------------------------
// Each release is a git tag <ubuntu version>.<date> whose Dockerfile is FROM that Ubuntu release (ubuntu:12.04, ubuntu:14.04
// or ubuntu:trusty-<date>, ubuntu:xenial-<date>): the tag names the release in the image's own scheme, confirmed by the
// file at every tag. latest is the build of master (Makefile: build tags sameersbn/ubuntu:latest, release also
// $(cat VERSION); README: Quay.io build badge): FROM ubuntu:xenial-20180525 as of the newest commit read.
const SAMEERSBN_UBUNTU =
  'sameersbn/docker-ubuntu @ c95f18b (2018-07-09, the newest commit read): Dockerfile FROM ubuntu:xenial-20180525 (VERSION 16.04.20180706); at its 67 git tags 12.04.20140418 … 16.04.20190706, Dockerfile FROM ubuntu:12.04 (every 12.04.* tag), ubuntu:14.04 or ubuntu:trusty-<date> (every 14.04.* tag), ubuntu:xenial-<date> (every 16.04.* tag); Makefile build (--tag=sameersbn/ubuntu:latest) and release (--tag=sameersbn/ubuntu:$(shell cat VERSION)); README: Docker Repository on Quay.io build-status badge';
const SAMEERSBN_REPOS = ['docker.io/sameersbn/ubuntu', 'quay.io/sameersbn/ubuntu'];
const sameersbnRules: ImageTagRule[] = [
  {
    id: 'sameersbn-ubuntu/version',
    repositories: SAMEERSBN_REPOS,
    tag: /^(?<v>12\.04|14\.04|16\.04)\.\d{8}$/,
    base: 'ubuntu:{v}',
    source: SAMEERSBN_UBUNTU,
  },
  {
    id: 'sameersbn-ubuntu/latest',
    repositories: SAMEERSBN_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:xenial-20180525',
    moving: { means: 'the build of master: Ubuntu 16.04 as of the newest commit read (2018-07-09)' },
    source: SAMEERSBN_UBUNTU,
  },
  {
    id: 'sameersbn-ubuntu/other',
    repositories: SAMEERSBN_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not one of the git tags (<ubuntu version>.<date>) or latest whose Dockerfile was read',
    source: SAMEERSBN_UBUNTU,
  },
];

export const vendorFamily10Rules: readonly ImageTagRule[] = [
  ...adoptOpenJdkRules,
  ...rockerV1Rules,
  ...mozillaSbtRules,
  ...miniforgeRules,
  ...discordPyRules,
  ...mavenChromeRules,
  ...biocDockerRules,
  ...litestreamRules,
  ...jmeterRules,
  ...sameersbnRules,
];
