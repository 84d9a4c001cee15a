/**
 * Non-official image families of issue #17, forty-first file (the unknowns that recur across base-image samples 1–28):
 * Mastodon's tootsuite/mastodon release images v1.6.0 … v3.4.1 (the final FROM of the Dockerfile at each git tag),
 * condaforge/mambaforge, mambaforge-pypy3 and miniforge-pypy3 (Ubuntu 20.04 for every tag pushed, 2021–2025), and,
 * as honest unknowns naming their build files, tootsuite/mastodon tags after the snapshot read, and
 * jjanzic/docker-python3-opencv (FROM the moving python:3.6 / 3.7 / 3.9 tags).
 * Same rules as vendorFamilies2.ts … vendorFamilies39.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';
import { exactTagPattern } from './vendors';

// --- tootsuite/mastodon (mastodon/mastodon, formerly tootsuite/mastodon) -------------------------------------------------------
// The image of a release is tagged with its git tag (chart/values.yaml: tag v3.3.0 for appVersion 3.3.0; README links the
// Docker Hub repository tootsuite/mastodon). Each tag is read as built from the Dockerfile at that git tag; its final FROM:
// ruby:<v>-alpine<X.Y> (the tag names its Alpine) for v1.6.0 … v2.7.4, ubuntu:18.04 for v2.8.0 … v3.1.5 (CHANGELOG 2.8.0:
// "Change Docker image to use Ubuntu with jemalloc"), ubuntu:20.04 for v3.2.0 … v3.4.1. Left out: v0.x–v1.5.1 (FROM ruby:2.x
// or ruby:2.4.1-alpine, tags that name no Debian or Alpine release), the moving latest/edge, and tags after the snapshot.
const MASTODON =
  'tootsuite/mastodon @ e9659ae0 (2021-07-23): final FROM of Dockerfile at each of the 126 git tags v1.6.0 … v3.4.1 (ruby:2.4.1-alpine3.6 … ruby:2.6-alpine3.8 to v2.7.4, ubuntu:18.04 v2.8.0rc1 … v3.1.5, ubuntu:20.04 v3.2.0rc1 … v3.4.1); chart/values.yaml (image tootsuite/mastodon, tag v3.3.0 for chart appVersion 3.3.0; latest = latest release, edge = most recent commit); CHANGELOG.md 2.8.0 ("Change Docker image to use Ubuntu with jemalloc")';

const MASTODON_BASES: Readonly<Record<string, string>> = {
  'ruby:2.4.1-alpine3.6': '1.6.0rc1 1.6.0rc2 1.6.0rc3 1.6.0rc4 1.6.0rc5 1.6.0 1.6.1',
  'ruby:2.4.2-alpine3.6':
    '2.0.0rc1 2.0.0rc2 2.0.0rc3 2.0.0rc4 2.0.0 2.1.0rc1 2.1.0rc2 2.1.0rc3 2.1.0rc4 2.1.0rc5 2.1.0rc6 2.1.0 2.1.1 2.1.2 2.1.3',
  'ruby:2.5.0-alpine3.7': '2.2.0rc1 2.2.0rc2 2.2.0 2.3.0rc1 2.3.0rc2 2.3.0rc3 2.3.0 2.3.1rc1 2.3.1rc2 2.3.1rc3 2.3.1',
  'ruby:2.4.3-alpine3.6': '2.3.2rc1 2.3.2rc2 2.3.2rc3 2.3.2rc4 2.3.2rc5 2.3.2 2.3.3',
  'ruby:2.4.4-alpine3.6':
    '2.4.0rc1 2.4.0rc2 2.4.0rc3 2.4.0rc4 2.4.0rc5 2.4.0 2.4.1rc1 2.4.1rc2 2.4.1rc3 2.4.1rc4 2.4.1 2.4.2rc1 2.4.2rc2 2.4.2rc3 2.4.2 2.4.3rc1 2.4.3rc2 2.4.3rc3 2.4.3 2.4.4 2.4.5 2.5.0rc1 2.5.0rc2 2.5.0 2.5.1 2.5.2',
  'ruby:2.4.4-alpine3.7': '2.6.0rc1',
  'ruby:2.4.5-alpine3.8': '2.6.0rc2 2.6.0rc3 2.6.0rc4 2.6.0 2.6.1 2.6.2 2.6.3 2.6.4 2.6.5 2.7.0rc1',
  'ruby:2.6-alpine3.8': '2.7.0rc2 2.7.0rc3 2.7.0 2.7.1 2.7.2 2.7.3 2.7.4',
  'ubuntu:18.04':
    '2.8.0rc1 2.8.0rc2 2.8.0rc3 2.8.0 2.8.1 2.8.2 2.8.3 2.8.4 2.9.0rc1 2.9.0rc2 2.9.0 2.9.1 2.9.2 2.9.3 2.9.4 3.0.0rc1 3.0.0rc2 3.0.0rc3 3.0.0 3.0.1 3.0.2 3.1.0rc1 3.1.0rc2 3.1.0 3.1.1 3.1.2 3.1.3 3.1.4 3.1.5',
  'ubuntu:20.04': '3.2.0rc1 3.2.0rc2 3.2.0 3.2.1 3.2.2 3.3.0rc1 3.3.0rc2 3.3.0rc3 3.3.0 3.4.0rc1 3.4.0rc2 3.4.0 3.4.1',
};

const mastodonRules: ImageTagRule[] = [
  {
    id: 'mastodon/release',
    repositories: ['docker.io/tootsuite/mastodon'],
    tag: /^v(?<v>\d+\.\d+\.\d+(?:rc\d+)?)$/,
    base: { group: 'v', map: byVersion(MASTODON_BASES) },
    source: MASTODON,
  },
  {
    id: 'mastodon/unread',
    repositories: ['docker.io/tootsuite/mastodon'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag whose Dockerfile was read: the snapshot read ends at v3.4.1 (2021-07-23) and later releases’ Dockerfiles were not read, latest and edge move, and v0.x–v1.5.1 were FROM ruby tags that name no distribution release',
    source: MASTODON,
  },
];

// --- condaforge/mambaforge, mambaforge-pypy3, miniforge-pypy3 (conda-forge/miniforge-images) ------------------------------------
// The same pipeline as condaforge/miniforge3 (vendorFamilies10.ts) pushed these three images, :latest and :<MINIFORGE_VERSION>,
// from ubuntu/Dockerfile with the matrix's name, from .github/workflows/ci.yml (2021-02-07) and azure-pipelines.yml (from
// 2021-02-13) until 18d23d3 (2025-01-24, "Drop mambaforge and pypy images"). ubuntu/Dockerfile is FROM ubuntu:focal-<date> on
// every commit of that span, so every tag they pushed is Ubuntu 20.04; latest no longer moves.
const MAMBAFORGE =
  'conda-forge/miniforge-images @ 841e405 (2026-07-01): .github/workflows/ci.yml @ e59fac2 (2021-02-07) and azure-pipelines.yml @ 11422dd … 18d23d3^ (matrix Mambaforge, Mambaforge-pypy3, Miniforge-pypy3; on master: docker buildx build -f ubuntu/Dockerfile -t ${registry}condaforge/${MINIFORGE_NAME/M/m}:latest and :${MINIFORGE_VERSION} --push, registry "" and quay.io/); 18d23d3 (2025-01-24) "Drop mambaforge and pypy images"; ubuntu/Dockerfile FROM ubuntu:focal-20210119 … focal-20241011 on every commit from e59fac2 to 18d23d3';
const MAMBAFORGE_REPOS = ['mambaforge', 'mambaforge-pypy3', 'miniforge-pypy3'].flatMap((name) => [
  `docker.io/condaforge/${name}`,
  `quay.io/condaforge/${name}`,
]);
/** Every MINIFORGE_VERSION the matrix gave these images, 2021-02-07 … 2025-01-24. */
const MAMBAFORGE_VERSIONS =
  '4.9.2-5 4.9.2-7 4.10.0-0 4.10.1-0 4.10.2-0 4.10.3-1 4.10.3-2 4.10.3-3 4.10.3-4 4.10.3-5 4.10.3-6 4.10.3-7 4.10.3-9 4.10.3-10 4.11.0-0 4.11.0-2 4.11.0-4 4.12.0-0 4.12.0-2 4.13.0-1 4.14.0-0 22.9.0-0 22.9.0-1 22.9.0-2 22.9.0-3 22.11.1-4 23.1.0-1 23.1.0-2 23.1.0-3 23.1.0-4 23.3.1-0 23.3.1-1 23.11.0-0 24.1.2-0 24.3.0-0 24.7.1-0 24.7.1-2 24.9.0-0 24.9.2-0';

const mambaforgeRules: ImageTagRule[] = [
  {
    id: 'mambaforge/version',
    repositories: MAMBAFORGE_REPOS,
    tag: exactTagPattern(MAMBAFORGE_VERSIONS),
    base: 'ubuntu:20.04',
    source: MAMBAFORGE,
  },
  {
    id: 'mambaforge/latest',
    repositories: MAMBAFORGE_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    frozen: 'last pushed by the master build before 18d23d3 (2025-01-24) dropped the image (Miniforge 24.9.2-0 FROM ubuntu:focal-20241011)',
    source: MAMBAFORGE,
  },
  {
    id: 'mambaforge/other',
    repositories: MAMBAFORGE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version the miniforge-images pipeline pushed between 2021-02-07 and the image’s end (2025-01-24); earlier tags came from builds not in the history read',
    source: MAMBAFORGE,
  },
];

// --- arangodb/arangodb (ArangoDB's own namespace; arangodb/oskar builds, arangodb/arangodb-docker keeps the files) ---------------
// oskar's release build pushes arangodb/arangodb:<DOCKER_TAG> (helper.linux.fish, stable releases), the tag being the
// version, with -deb / -ubi appended for other distributions than the default alpine (helper.fish). arangodb-docker's README:
// the images are generated by oskar and "the post processed docker files end up in alpine/[arangodbversion]/Dockerfile". A
// version resolves where every version of that file names one Alpine; 3.4.0, 3.4.7, 3.5.5.1, 3.6.5 and 3.9.10 were committed
// with two, and minor tags (3.7) and newer versions are not read. The official library `arangodb` is answered by its history.
const ARANGODB =
  'arangodb/arangodb-docker @ c507e87 (2024-03-25): README.md ("We are auto generating docker images via our build system … The post proccessed docker files end up in alpine/[arangodbversion]/Dockerfile"), FROM of every version of alpine/<version>/Dockerfile (3.4.1 … 3.12.0); arangodb/oskar @ 18399e4 (2026-06-23): helper.linux.fish (stable: IMAGE_NAME1 arangodb/arangodb:$DOCKER_TAG), helper.fish (DOCKER_DISTRO defaults to alpine; DOCKER_TAG <major>.<minor>.<patch>, "-$DOCKER_DISTRO" appended unless alpine)';
const ARANGODB_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.8': '3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6',
  'alpine:3.10': '3.4.8 3.4.9 3.4.10 3.5.0 3.5.1 3.5.2 3.5.3 3.5.4 3.5.5 3.6.0 3.6.1 3.6.2 3.6.3 3.6.3.1 3.6.4',
  'alpine:3.11':
    '3.5.6 3.5.7 3.6.6 3.6.7 3.6.7.1 3.6.8 3.6.9 3.6.10 3.6.11 3.6.12 3.6.13 3.6.14 3.6.15 3.6.16 3.7.1 3.7.2 3.7.2.1 3.7.2.2 3.7.3 3.7.5 3.7.6 3.7.7 3.7.8 3.7.9 3.7.10 3.7.11 3.7.12 3.7.13 3.7.14 3.7.15',
  'alpine:3.12': '3.7.16 3.8.0 3.8.1 3.8.2 3.8.3 3.8.4',
  'alpine:3.14': '3.7.17 3.7.18 3.8.5 3.8.5.1 3.8.6 3.8.7 3.8.8 3.8.9 3.9.0 3.9.1 3.9.2 3.9.3 3.9.4 3.9.5 3.9.6 3.9.7 3.9.8 3.9.9',
  'alpine:3.15': '3.9.11 3.9.12',
  'alpine:3.16':
    '3.10.0 3.10.1 3.10.2 3.10.3 3.10.4 3.10.5 3.10.5.2 3.10.6 3.10.7 3.10.8 3.10.9 3.10.10 3.10.11 3.10.12 3.10.13 3.11.0 3.11.1 3.11.2 3.11.3 3.11.4 3.11.5 3.11.6 3.11.7 3.11.8',
  'alpine:3.17': '3.12.0',
};

const arangodbRules: ImageTagRule[] = [
  {
    id: 'arangodb-vendor/version',
    repositories: ['docker.io/arangodb/arangodb'],
    tag: /^(?<v>\d+\.\d+\.\d+(?:\.\d+)?)$/,
    base: { group: 'v', map: byVersion(ARANGODB_VERSIONS) },
    source: ARANGODB,
  },
  {
    id: 'arangodb-vendor/other',
    repositories: ['docker.io/arangodb/arangodb'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose every generated Dockerfile names one Alpine release (minor tags like 3.7 move with each patch release; -deb and -ubi builds, versions after 3.12.0 and 3.4.0, 3.4.7, 3.5.5.1, 3.6.5, 3.9.10, committed with two bases, are not resolved)',
    source: ARANGODB,
  },
];

// --- internetsystemsconsortium/bind9 (isc-projects/bind9-docker) -----------------------------------------------------------------
// One branch per BIND line (v9.11 … v9.21), one Dockerfile each; the image of a line is read as the Docker Hub build of its branch
// (the tag 9.16 of branch v9.16; an assumption: the build settings are not in the repository). Lines whose development ended
// stopped moving at their branch's last commit: v9.11 (2022-03-16), v9.16 (2024-04-18, 9.16.50) and v9.17 (2022-01-20) are
// FROM ubuntu:focal there, v9.19 (2024-05-17) FROM ubuntu:jammy. v9.18, v9.20 and v9.21 now build FROM alpine:latest.
const BIND9 =
  'isc-projects/bind9-docker @ e75432b (branches v9.11 @ 543c24d 2022-03-16, v9.16 @ e75432b 2024-04-18, v9.17 @ c37c02c 2022-01-20, v9.18 @ 4d2b6d9 2024-10-16, v9.19 @ 504a6e9 2024-05-17, v9.20 @ 43c60fb, v9.21 @ cb3c182): Dockerfile FROM ubuntu:focal (DEB_VERSION 1:9.11.37, 1:9.16.50, 1:9.17.22), ubuntu:jammy (1:9.19.24), alpine:latest (BIND9_VERSION 9.18.31, 9.20.3, 9.21.2) at each branch’s last commit';
const BIND9_REPOS = ['docker.io/internetsystemsconsortium/bind9'];

const bind9Rules: ImageTagRule[] = [
  {
    id: 'bind9/ended-line',
    repositories: BIND9_REPOS,
    tag: /^(?<line>9\.(?:11|16|17|19))$/,
    base: { group: 'line', map: { '9.11': 'ubuntu:20.04', '9.16': 'ubuntu:20.04', '9.17': 'ubuntu:20.04', '9.19': 'ubuntu:22.04' } },
    frozen: 'BIND {line} is no longer developed: the last commit of branch v{line} of isc-projects/bind9-docker',
    source: BIND9,
  },
  {
    id: 'bind9/alpine-latest',
    repositories: BIND9_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a BIND line whose build has ended: the current branches (v9.18, v9.20, v9.21) build FROM alpine:latest, whose Alpine release at each rebuild is not recorded',
    source: BIND9,
  },
];

// --- circleci/<language>: CircleCI's legacy convenience images (circleci/circleci-images) -----------------------------------------
// shared/images/generate.sh reads the official image's library file: the first word of each `Tags:` line names a directory
// images/<tag>/Dockerfile FROM <BASE_REPO>:<tag>, the other words are its ALIASES, pushed as the same image; each variant
// (browsers, node, ram, dind, …) is FROM circleci/<image>:<tag>. So circleci/<image>:<version tag>[-<variant>] carries what the
// official <BASE_REPO>:<version tag> carried when both were built from the same library line; only full version tags (X.Y.Z
// and its suite or flavour words) are resolved, through the official image's history. Moving tags (8, 3.6, latest) are not.
const CIRCLECI_LEGACY =
  'circleci/circleci-images @ be0c164 (2020-11-16): shared/images/generate.sh (library Tags lines: first tag → images/<tag>/Dockerfile FROM {{BASE_IMAGE}} = <BASE_REPO>:<tag>, the others → ALIASES pushed as the same image; variants FROM circleci/<image>:<tag>; the same at 0c124a1, 2018-09), <image>/generate-images (BASE_REPO, VARIANTS); CircleCI-Public/circleci-dockerfiles @ 0406753 (2021-03-13), the generated files (node/images/8.11.4-stretch/Dockerfile FROM node:8.11.4-stretch, python/images/3.9.0-buster/browsers/Dockerfile FROM circleci/python:3.9.0-buster)';
/** circleci/<image> → the official image its generate-images names as BASE_REPO. */
const CIRCLECI_BASES = [
  'buildpack-deps',
  'clojure',
  'elixir',
  'erlang',
  'golang',
  'jruby',
  'mariadb',
  'mongo',
  'mysql',
  'node',
  'openjdk',
  'php',
  'python',
  'redis',
  'ruby',
  'rust',
];
const CIRCLECI_TAG = /^(?<t>\d+\.\d+\.\d+(?:-[a-z][a-z0-9.]*)*?)(?:-(?:browsers(?:-legacy)?|node(?:-browsers(?:-legacy)?)?|ram|dind))?$/;

const circleciRules: ImageTagRule[] = [
  ...CIRCLECI_BASES.map(
    (image): ImageTagRule => ({
      id: `circleci-legacy/${image}`,
      repositories: [`docker.io/circleci/${image}`],
      tag: CIRCLECI_TAG,
      base: `${image}:{t}`,
      source: CIRCLECI_LEGACY,
    }),
  ),
  {
    id: 'circleci-legacy/moving',
    repositories: CIRCLECI_BASES.map((image) => `docker.io/circleci/${image}`),
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a full version tag: CircleCI pushed it as an alias of whichever official library line carried it on the day of each nightly build, which is not recorded',
    source: CIRCLECI_LEGACY,
  },
];

// --- emscripten/emsdk (emscripten-core/emsdk docker/) ----------------------------------------------------------------------------
// .circleci/config.yml, on every git tag (filters tags only /.*/, from 2.0.2): make -C ./docker version=${CIRCLE_TAG} build, then
// push <tag> (with -x64 / -arm64 and a multi-platform <tag> since 3.1.x) and latest; the build is docker/Dockerfile at that git
// tag, whose final stage names its base. Tags 1.39.0 … 2.0.1 were pushed by hand (docker/README.md) and are not resolved.
const EMSDK =
  'emscripten-core/emsdk @ e5bd3d0 (2026-08-20): .circleci/config.yml at each git tag 2.0.2 … 6.0.8 (publish-docker-image on tags: make -C ./docker version=${CIRCLE_TAG} build / push, alias or tag latest), docker/Makefile (image_name emscripten/emsdk), final FROM of docker/Dockerfile at each git tag (debian:buster-slim 2.0.2 … 2.0.15, ubuntu:focal 2.0.16 … 3.1.26, ubuntu:jammy 3.1.27 … 5.0.1, ubuntu:noble 5.0.2 … 6.0.8)';
const EMSDK_REPOS = ['docker.io/emscripten/emsdk'];
const EMSDK_TAGS: Readonly<Record<string, string>> = {
  'debian:buster-slim': '2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.0.7 2.0.8 2.0.9 2.0.10 2.0.11 2.0.12 2.0.13 2.0.14 2.0.15',
  'ubuntu:20.04':
    '2.0.16 2.0.17 2.0.18 2.0.19 2.0.20 2.0.21 2.0.22 2.0.23 2.0.24 2.0.25 2.0.26 2.0.27 2.0.28 2.0.29 2.0.30 2.0.31 2.0.32 2.0.33 2.0.34 3.0.0 3.0.1 3.1.0 3.1.1 3.1.2 3.1.3 3.1.4 3.1.5 3.1.6 3.1.7 3.1.8 3.1.9 3.1.10 3.1.11 3.1.12 3.1.13 3.1.14 3.1.15 3.1.16 3.1.17 3.1.18 3.1.19 3.1.20 3.1.21 3.1.22 3.1.23 3.1.24 3.1.25 3.1.26',
  'ubuntu:22.04':
    '3.1.27 3.1.28 3.1.29 3.1.30 3.1.31 3.1.32 3.1.33 3.1.34 3.1.35 3.1.36 3.1.37 3.1.38 3.1.39 3.1.40 3.1.41 3.1.42 3.1.43 3.1.44 3.1.45 3.1.46 3.1.47 3.1.48 3.1.49 3.1.50 3.1.51 3.1.52 3.1.53 3.1.54 3.1.55 3.1.56 3.1.57 3.1.58 3.1.59 3.1.60 3.1.61 3.1.62 3.1.63 3.1.64 3.1.65 3.1.66 3.1.67 3.1.68 3.1.69 3.1.70 3.1.71 3.1.72 3.1.73 3.1.74 4.0.0 4.0.1 4.0.2 4.0.3 4.0.4 4.0.5 4.0.6 4.0.7 4.0.8 4.0.9 4.0.10 4.0.11 4.0.12 4.0.13 4.0.14 4.0.15 4.0.16 4.0.17 4.0.18 4.0.19 4.0.20 4.0.21 4.0.22 4.0.23 5.0.0 5.0.1',
  'ubuntu:24.04': '5.0.2 5.0.3 5.0.4 5.0.5 5.0.6 5.0.7 6.0.0 6.0.1 6.0.2 6.0.3 6.0.4 6.0.5 6.0.6 6.0.7 6.0.8',
};

const emsdkRules: ImageTagRule[] = [
  {
    id: 'emsdk/release',
    repositories: EMSDK_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)(?:-(?:x64|arm64))?$/,
    base: { group: 'v', map: byVersion(EMSDK_TAGS) },
    source: EMSDK,
  },
  {
    id: 'emsdk/latest',
    repositories: EMSDK_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:24.04',
    moving: { pin: 'emscripten/emsdk:6.0.8', means: 'the newest release tag as of the commit read (6.0.8, 2026-08-20)' },
    source: EMSDK,
  },
  {
    id: 'emsdk/other',
    repositories: EMSDK_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag the CI pushed from its own Dockerfile (1.39.0 … 2.0.1 were pushed by hand; tags after 6.0.8 were not read)',
    source: EMSDK,
  },
];

// --- docker/compose (the Compose v1 images, docker/compose 1.x) --------------------------------------------------------------------
// Release.Jenkinsfile (from 1.25.2-rc1) builds the runtime stage of the Dockerfile at the release tag with DISTRO=alpine and
// debian, pushes docker/compose:alpine-<tag> and debian-<tag>, and tags the alpine one as docker/compose:<tag>; the runtime
// stage is FROM alpine:${RUNTIME_ALPINE_VERSION} / debian:${RUNTIME_DEBIAN_VERSION} (ARG defaults at that tag). latest was not
// pushed by that file: it stayed on 1.26.2's image (docker/compose#8312, #8468: same digest as 1.26.2, `version` prints 1.26.2),
// and the images stopped with Compose v1 (1.29.2, 2021-05-10).
const COMPOSE =
  'docker/compose @ f729794 (2026-08-20): Release.Jenkinsfile at each git tag 1.25.2-rc1 … 1.29.2 (pushRuntimeImage: docker/compose:${baseImage}-${TAG_NAME}; alpine also as docker/compose:${TAG_NAME}), Dockerfile ARG RUNTIME_ALPINE_VERSION (3.10.3 to 1.25.5, 3.11.3 1.26.0-rc1 … rc3, 3.11.5 1.26.0-rc4 … 1.27.4, 3.12 from 1.28.0-rc1) and RUNTIME_DEBIAN_VERSION (stretch-…-slim; buster-slim 1.28.0-rc1 … 1.28.0); docker/compose#8312 and #8468 (latest = the 1.26.2 image)';
const COMPOSE_REPOS = ['docker.io/docker/compose'];
const COMPOSE_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.10': '1.25.2-rc1 1.25.3 1.25.4-rc1 1.25.4-rc2 1.25.4 1.25.5-rc1 1.25.5-rc2 1.25.5',
  'alpine:3.11':
    '1.26.0-rc1 1.26.0-rc2 1.26.0-rc3 1.26.0-rc4 1.26.0-rc5 1.26.0 1.26.1 1.26.2 1.27.0-rc1 1.27.0-rc2 1.27.0-rc3 1.27.0-rc4 1.27.0 1.27.1 1.27.2 1.27.3 1.27.4',
  'alpine:3.12': '1.28.0-rc1 1.28.0-rc2 1.28.0-rc3 1.28.0 1.28.1 1.28.2 1.28.3 1.28.4 1.28.5 1.28.6 1.29.0 1.29.1 1.29.2',
};
const COMPOSE_DEBIAN: Readonly<Record<string, string>> = {
  'debian:9':
    '1.25.2-rc1 1.25.3 1.25.4-rc1 1.25.4-rc2 1.25.4 1.25.5-rc1 1.25.5-rc2 1.25.5 1.26.0-rc1 1.26.0-rc2 1.26.0-rc3 1.26.0-rc4 1.26.0-rc5 1.26.0 1.26.1 1.26.2 1.27.0-rc1 1.27.0-rc2 1.27.0-rc3 1.27.0-rc4 1.27.0 1.27.1 1.27.2 1.27.3 1.27.4 1.28.1 1.28.2 1.28.3 1.28.4 1.28.5 1.28.6 1.29.0 1.29.1 1.29.2',
  'debian:10': '1.28.0-rc1 1.28.0-rc2 1.28.0-rc3 1.28.0',
};

const composeRules: ImageTagRule[] = [
  {
    id: 'compose-v1/alpine',
    repositories: COMPOSE_REPOS,
    tag: /^(?:alpine-)?(?<v>1\.\d+\.\d+(?:-rc\d+)?)$/,
    base: { group: 'v', map: byVersion(COMPOSE_ALPINE) },
    source: COMPOSE,
  },
  {
    id: 'compose-v1/debian',
    repositories: COMPOSE_REPOS,
    tag: /^debian-(?<v>1\.\d+\.\d+(?:-rc\d+)?)$/,
    base: { group: 'v', map: byVersion(COMPOSE_DEBIAN) },
    source: COMPOSE,
  },
  {
    id: 'compose-v1/latest',
    repositories: COMPOSE_REPOS,
    tag: /^latest$/,
    base: 'alpine:3.11',
    frozen: 'the 1.26.2 image (2020-07-02): later releases were not tagged latest, and the images stopped with Compose v1',
    source: COMPOSE,
  },
  {
    id: 'compose-v1/other',
    repositories: COMPOSE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag Release.Jenkinsfile pushed (1.25.2-rc1 … 1.29.2 and their alpine-/debian- forms); earlier releases were pushed by script/release, whose images were not read',
    source: COMPOSE,
  },
];

// --- sebp/elk (spujadas/elk-docker) ----------------------------------------------------------------------------------------------
// .github/workflows/docker-publish-to-dockerhub.yml (from bb11af8, 2021-10-03) builds the Dockerfile of every pushed git tag and
// pushes it as sebp/elk:<git tag> (metadata-action), latest only for 9.x tags (flavor latest=… startsWith 9.); the Dockerfile is
// FROM phusion/baseimage:${IMAGE}, the ARG default at the tag. Tags of the Docker Hub builds before the workflow are not resolved.
const SEBP_ELK =
  "spujadas/elk-docker @ 0689cca (2026-08-12): .github/workflows/docker-publish-to-dockerhub.yml (on push tags *: docker/metadata-action images docker.io/sebp/elk, latest=… startsWith(github.ref_name, '9.')), Dockerfile ARG IMAGE / FROM phusion/baseimage:${IMAGE} at each of the 200 git tags that carry the workflow (18.04-1.0.0 for 7.13.3 … 7.14.2, focal-1.1.0 from 7.15.0 to 9.5.0)";
const SEBP_ELK_TAGS: Readonly<Record<string, string>> = {
  'phusion/baseimage:18.04-1.0.0': 'oss-7.13.3 7.13.3 oss-7.13.4 7.13.4 oss-7.14.0 7.14.0 oss-7.14.1 7.14.1 oss-7.14.2 7.14.2',
  'phusion/baseimage:focal-1.1.0':
    'oss-7.15.0 7.15.0 oss-7.15.1 7.15.1 oss-7.15.2 7.15.2 oss-7.16.0 7.16.0 oss-7.16.1 7.16.1 oss-7.16.2 7.16.2 oss-7.16.3 7.16.3 oss-7.17.0 7.17.0 oss-7.17.1 7.17.1 oss-8.0.0 8.0.0 oss-8.0.1 8.0.1 oss-8.1.0 8.1.0 oss-7.17.5 7.17.5 oss-8.1.1 8.1.1 oss-8.1.2 8.1.2 oss-8.1.3 8.1.3 oss-8.2.0 8.2.0 oss-8.2.1 8.2.1 oss-8.2.2 8.2.2 oss-8.2.3 8.2.3 oss-8.3.0 8.3.0 oss-8.3.1 8.3.1 oss-8.3.2 8.3.2 oss-8.3.3 8.3.3 oss-8.4.0 8.4.0 oss-8.4.1 8.4.1 oss-8.4.2 8.4.2 oss-8.4.3 8.4.3 oss-8.5.0 8.5.0 oss-8.5.1 8.5.1 oss-8.5.2 8.5.2 oss-8.5.3 8.5.3 oss-8.6.0 8.6.0 oss-8.6.1 8.6.1 oss-8.6.2 8.6.2 oss-8.7.0 8.7.0 oss-8.7.1 8.7.1 oss-8.8.0 8.8.0 oss-8.8.1 8.8.1 oss-8.8.2 8.8.2 oss-8.9.0 8.9.0 oss-8.9.1 8.9.1 oss-8.9.2 8.9.2 oss-8.10.4 8.10.4 oss-8.11.1 8.11.1 oss-8.11.2 8.11.2 oss-8.11.3 8.11.3 oss-8.11.4 8.11.4 oss-8.12.0 8.12.0 oss-8.12.1 8.12.1 oss-8.12.2 8.12.2 oss-8.13.0 8.13.0 oss-8.13.1 8.13.1 oss-8.13.2 8.13.2 oss-8.13.3 8.13.3 oss-8.13.4 8.13.4 oss-8.14.0 8.14.0 8.14.1 oss-8.14.2 oss-8.14.1 8.14.3 oss-8.15.0 8.15.0 oss-8.15.1 8.15.1 oss-8.17.3 8.17.3 oss-8.17.6 8.17.6 oss-8.17.8 8.17.8 oss-8.18.4 8.18.4 oss-9.0.4 9.0.4 oss-8.19.3 8.19.3 oss-9.1.3 9.1.3 oss-8.19.5 8.19.5 oss-9.1.5 9.1.5 oss-8.19.8 8.19.8 oss-9.2.2 9.2.2 oss-8.19.9 8.19.9 oss-9.2.3 9.2.3 oss-8.19.10 8.19.10 oss-9.2.4 9.2.4 oss-8.9.11 8.19.11 oss-9.3.0 9.3.0 oss-8.19.12 8.19.12 oss-9.3.1 9.3.1 oss-8.19.13 8.19.13 oss-9.3.2 9.3.2 oss-8.19.14 8.19.14 oss-9.3.3 9.3.3 8.19.15 oss-8.19.15 oss-9.4.0 9.4.0 oss-8.19.16 8.19.16 oss-9.4.2 9.4.2 oss-8.19.17 8.19.17 oss-8.19.18 8.19.18 oss-9.4.3 9.4.3 8.19.19 oss-8.19.19 9.4.4 oss-9.4.4 oss-8.19.20 8.19.20 oss-9.5.0 9.5.0',
};

const sebpElkRules: ImageTagRule[] = [
  {
    id: 'sebp-elk/release',
    repositories: ['docker.io/sebp/elk'],
    tag: /^(?<t>(?:oss-)?\d+\.\d+\.\d+)$/,
    base: { group: 't', map: byVersion(SEBP_ELK_TAGS) },
    source: SEBP_ELK,
  },
  {
    id: 'sebp-elk/latest',
    repositories: ['docker.io/sebp/elk'],
    tag: /^latest$/,
    base: 'phusion/baseimage:focal-1.1.0',
    moving: { pin: 'sebp/elk:9.5.0', means: 'the newest 9.x tag pushed as of the commit read (9.5.0, 2026-08-12)' },
    source: SEBP_ELK,
  },
  {
    id: 'sebp-elk/other',
    repositories: ['docker.io/sebp/elk'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a git tag the publishing workflow built (tags before 7.13.3 came from Docker Hub builds whose settings are not in the repository; latest-v8 is a git tag moved by hand)',
    source: SEBP_ELK,
  },
];

// --- squidfunk/mkdocs-material (squidfunk/mkdocs-material Dockerfile) -----------------------------------------------------------
// The release workflow (.github/workflows/ci.yml from 4.6.0, publish.yml from 6.1.6, build.yml from 9.0.x) builds the Dockerfile
// at the release tag and pushes <tag> and latest (Docker Hub and ghcr.io). Its userland is the python:<v>-alpine<X.Y> it names:
// the final stage until 9.5.18, and from 9.5.19 a FROM scratch stage that copies that build stage's whole root (COPY --from=build
// / /). Tags before 4.6.0 came from Docker Hub builds; the X.Y and X tags move; latest is the newest release read.
const MKDOCS_MATERIAL =
  'squidfunk/mkdocs-material @ 5b36f2a (2026-06-21): Dockerfile at each of the 304 release tags 4.6.0 … 9.7.6 (FROM python:3.6.8-alpine3.9 … python:3.11-alpine3.21; FROM scratch + COPY --from=build / / from 9.5.19), .github/workflows/ci.yml (on tags: docker tag ${GITHUB_REPOSITORY}:${GITHUB_REF##*/}), publish.yml and build.yml (on release: tags <tag>, latest when not a prerelease)';
const MKDOCS_MATERIAL_REPOS = ['docker.io/squidfunk/mkdocs-material', 'ghcr.io/squidfunk/mkdocs-material'];
/** The python:<v>-alpine<X.Y> whose root each release tag's image carries. */
const MKDOCS_MATERIAL_TAGS: Readonly<Record<string, string>> = {
  'python:3.6.8-alpine3.9': '4.6.0 4.6.1 4.6.2',
  'python:3.8.1-alpine3.11':
    '4.6.3 5.0.0 5.0.1 5.0.2 5.1.0 5.1.1 5.1.2 5.1.3 5.1.4 5.1.5 5.1.6 5.1.7 5.2.0 5.2.1 5.2.2 5.2.3 ' +
    '5.3.0 5.3.1 5.3.2 5.3.3 5.4.0 5.5.0 5.5.1 5.5.2 5.5.3 5.5.4 5.5.5 5.5.6 5.5.7 5.5.8 5.5.9 5.5.10 ' +
    '5.5.11 5.5.12 5.5.13 5.5.14 6.0.0 6.0.1 6.0.2 6.1.0 6.1.1 6.1.2 6.1.3 6.1.4 6.1.5 6.1.6 6.1.7 6.2.0 ' +
    '6.2.1 6.2.2 6.2.3 6.2.4 6.2.5 6.2.6',
  'python:3.8.7-alpine3.12': '6.2.7 6.2.8 7.0.0 7.0.1 7.0.2 7.0.3 7.0.4 7.0.5 7.0.6',
  'python:3.9.2-alpine3.13':
    '7.0.7 7.1.0 7.1.1 7.1.2 7.1.3 7.1.4 7.1.5 7.1.6 7.1.7 7.1.8 7.1.9 7.1.10 7.1.11 7.2.0 7.2.1 7.2.2 ' +
    '7.2.3 7.2.4 7.2.5 7.2.6 7.2.7 7.2.8 7.3.0 7.3.1 7.3.2 7.3.3 7.3.4 7.3.5 7.3.6 8.0.0 8.0.1 8.0.2 ' +
    '8.0.3 8.0.4 8.0.5 8.1.0 8.1.1 8.1.2 8.1.3 8.1.4 8.1.5 8.1.6 8.1.7 8.1.8 8.1.9 8.1.10 8.1.11 8.2.0 ' +
    '8.2.1 8.2.2 8.2.3 8.2.4 8.2.5 8.2.6 8.2.7 8.2.8 8.2.9 8.2.10 8.2.11 8.2.12 8.2.13 8.2.14 8.2.15 ' +
    '8.2.16 8.3.0 8.3.1 8.3.2 8.3.3 8.3.4 8.3.5 8.3.6 8.3.7 8.3.8 8.3.9 8.4.0 8.4.1 8.4.2 8.4.3 8.4.4 ' +
    '8.5.0 8.5.1 8.5.2 8.5.3 8.5.4 8.5.5 8.5.6 8.5.7 8.5.8 8.5.9 8.5.10 8.5.11',
  'python:3.11.0-alpine3.17':
    '9.0.0 9.0.1 9.0.2 9.0.3 9.0.4 9.0.5 9.0.6 9.0.7 9.0.8 9.0.9 9.0.10 9.0.11 9.0.12 9.0.13 9.0.14 ' +
    '9.0.15 9.1.0 9.1.1 9.1.2 9.1.3 9.1.4 9.1.5 9.1.6 9.1.7 9.1.8 9.1.9 9.1.10 9.1.11 9.1.12 9.1.13 ' +
    '9.1.14',
  'python:3.11-alpine3.18':
    '9.1.15 9.1.16 9.1.17 9.1.18 9.1.19 9.1.20 9.1.21 9.2.0 9.2.1 9.2.2 9.2.3 9.2.4 9.2.5 9.2.6 9.2.7 ' +
    '9.2.8 9.3.0 9.3.1 9.3.2 9.4.0 9.4.1 9.4.2 9.4.3 9.4.4 9.4.5 9.4.6 9.4.7 9.4.8 9.4.9 9.4.10 9.4.11 ' +
    '9.4.12 9.4.13 9.4.14 9.5.0 9.5.1 9.5.2 9.5.3 9.5.4 9.5.5 9.5.6 9.5.7 9.5.8 9.5.9 9.5.10 9.5.11 ' +
    '9.5.12 9.5.13 9.5.14 9.5.15 9.5.16 9.5.17 9.5.18',
  'python:3.11-alpine3.19':
    '9.5.19 9.5.20 9.5.21 9.5.22 9.5.23 9.5.24 9.5.25 9.5.26 9.5.27 9.5.28 9.5.29 9.5.30 9.5.31 9.5.32 ' +
    '9.5.33 9.5.34 9.5.35 9.5.36 9.5.37 9.5.38 9.5.39 9.5.40 9.5.41 9.5.42 9.5.43 9.5.44 9.5.45 9.5.46 ' +
    '9.5.47 9.5.48 9.5.49 9.5.50 9.6.0 9.6.1 9.6.2 9.6.3 9.6.4 9.6.5 9.6.6 9.6.7 9.6.8 9.6.9 9.6.10',
  'python:3.11-alpine3.21':
    '9.6.11 9.6.12 9.6.13 9.6.14 9.6.15 9.6.16 9.6.17 9.6.18 9.6.19 9.6.20 9.6.21 9.6.22 9.6.23 9.7.0 ' +
    '9.7.1 9.7.2 9.7.3 9.7.4 9.7.5 9.7.6',
};

const mkdocsMaterialRules: ImageTagRule[] = [
  {
    id: 'mkdocs-material/release',
    repositories: MKDOCS_MATERIAL_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(MKDOCS_MATERIAL_TAGS) },
    source: MKDOCS_MATERIAL,
  },
  {
    id: 'mkdocs-material/latest',
    repositories: MKDOCS_MATERIAL_REPOS,
    tag: /^latest$/,
    base: 'python:3.11-alpine3.21',
    moving: {
      pin: 'squidfunk/mkdocs-material:9.7.6',
      means: 'the newest release as of the commit read (9.7.6, its tag commit of 2026-03-19)',
    },
    source: MKDOCS_MATERIAL,
  },
  {
    id: 'mkdocs-material/other',
    repositories: MKDOCS_MATERIAL_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag whose Dockerfile was read (X.Y and X move with each release; tags before 4.6.0 came from Docker Hub builds)',
    source: MKDOCS_MATERIAL,
  },
];

// --- emqx/emqx 5.1.6 … 5.7.1 (emqx/emqx deploy/docker/) -------------------------------------------------------------------------
// .github/workflows/build_and_push_docker_images.yaml at each release tag runs `./build <profile> docker` with EMQX_RUNNER as the
// final stage (deploy/docker/Dockerfile FROM $RUN_FROM); ./build tags emqx/emqx:<PKG_VSN> (and latest, X.Y, X.Y.Z). The runner is
// debian:11-slim for v5.1.6 … v5.5.0, Debian's own public.ecr.aws/debian/debian:11-slim (by digest) for v5.5.1 and :12-slim
// for v5.6.0 … v5.7.1: the tag names the Debian release. Tags whose workflow names no runner (v5.0–v5.1.5, later releases)
// are not resolved.
const EMQX =
  'emqx/emqx @ 50e0438 (2026-08-07): .github/workflows/build_and_push_docker_images.yaml at each git tag v5.1.6 … v5.7.1 (EMQX_RUNNER debian:11-slim, public.ecr.aws/debian/debian:11-slim@sha256:22cfb3c0…, public.ecr.aws/debian/debian:12-slim), deploy/docker/Dockerfile (final FROM $RUN_FROM), build (make_docker: --tag ${DOCKER_ORG}/${PROFILE}:${PKG_VSN}${SUFFIX})';
const EMQX_VERSIONS: Readonly<Record<string, string>> = {
  'debian:11-slim': '5.1.6 5.2.0 5.2.1 5.3.0 5.3.1 5.3.2 5.4.0 5.4.1 5.5.0 5.5.1',
  'debian:12-slim': '5.6.0 5.6.1 5.7.0 5.7.1',
};

const emqxRules: ImageTagRule[] = [
  {
    id: 'emqx/release',
    repositories: ['docker.io/emqx/emqx'],
    tag: /^(?<v>5\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(EMQX_VERSIONS) },
    source: EMQX,
  },
  {
    id: 'emqx/other',
    repositories: ['docker.io/emqx/emqx'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release whose docker workflow named its runner image in the files read (v5.1.6 … v5.7.1); moving tags (latest, 5, 5.x) follow the newest release',
    source: EMQX,
  },
];

// --- quay.io/fedora-ostree-desktops/<desktop>:<N> (Fedora's Atomic Desktop images) ---------------------------------------------
// Fedora's own build files for these images are not on GitHub; Universal Blue's are: ublue-os/main builds its Fedora N images
// (vendorFamilies37.ts) FROM quay.io/fedora-ostree-desktops/<source>:${FEDORA_MAJOR_VERSION} for base-atomic, silverblue and
// kinoite, with FEDORA_MAJOR_VERSION=N and the kernel of that image named .fcN (6.19.14-300.fc44 for 44). So the numeric tag is
// the Fedora major release; rawhide, latest and the other desktops are not resolved.
const FEDORA_OSTREE_DESKTOPS =
  'ublue-os/main @ cab01d7 (2026-08-22): Containerfile (SOURCE_ORG fedora-ostree-desktops, BASE_IMAGE quay.io/${SOURCE_ORG}/${SOURCE_IMAGE}, FROM ${BASE_IMAGE}:${FEDORA_MAJOR_VERSION}; FEDORA_MAJOR_VERSION 44 with KERNEL_VERSION 6.19.14-300.fc44.x86_64), Justfile (images base → base-atomic, silverblue, kinoite; gts 43, latest 44)';

const fedoraOstreeRules: ImageTagRule[] = [
  {
    id: 'fedora-ostree-desktops/version',
    repositories: ['base-atomic', 'silverblue', 'kinoite'].map((d) => `quay.io/fedora-ostree-desktops/${d}`),
    tag: /^(?<v>39|4[0-4])$/,
    release: 'fedora-{v}',
    source: FEDORA_OSTREE_DESKTOPS,
  },
];

// --- hashicorp/packer (hashicorp/packer Dockerfile) ------------------------------------------------------------------------------
const PACKER =
  'hashicorp/packer @ 856572e (2026-07-24): Dockerfile (release-light and release-full FROM docker.mirror.hashicorp.services/alpine:latest), .github/workflows/build.yml (tags light, full, light-<version>, full-<version>, <version>)';

// --- jjanzic/docker-python3-opencv (janza/docker-python3-opencv) -----------------------------------------------------------------
// Built by Docker Hub from the repository's git tags (README: opencv-<version> tags, the latest branch); every Dockerfile is FROM
// a moving python:<major.minor> tag, whose Debian release depends on the day of the build, which nothing read records.
const JANZA =
  'janza/docker-python3-opencv @ e9deac7 (2021-02-19): Dockerfile at every git tag opencv-3.2.0 … opencv-4.1.0 and contrib-opencv-* (FROM python:3.6 to 2018-03, python:3.7 from 2018-08), master FROM python:3.9; README (tags opencv-<version>, contrib-opencv-<version>, latest from the latest branch)';

const SYNCTHING =
  'syncthing/syncthing @ 328d910 (2026-08-05): Dockerfile (FROM golang:$GOVERSION AS builder; final stage FROM alpine, no tag)';
const SNAKEMAKE = 'snakemake/snakemake @ ead894b (2026-08-18): Dockerfile (FROM mambaorg/micromamba, no tag)';
const TAILSCALE =
  'tailscale/tailscale @ de9ec7e (2026-08-22): build_docker.sh (DEFAULT_BASE="tailscale/alpine-base:3.22", DEFAULT_TAGS v<short>,v<minor>; TAGS and REPOS from the environment)';

const unknownRules: ImageTagRule[] = [
  {
    id: 'syncthing/alpine-untagged',
    repositories: ['docker.io/syncthing/syncthing'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is built FROM alpine with no tag (alpine:latest on the day of the build), which is not recorded',
    source: SYNCTHING,
  },
  {
    id: 'snakemake/micromamba-untagged',
    repositories: ['docker.io/snakemake/snakemake'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM mambaorg/micromamba with no tag (its latest on the day of the build, whose Debian release is not recorded)',
    source: SNAKEMAKE,
  },
  {
    id: 'tailscale/alpine-base',
    repositories: ['docker.io/tailscale/tailscale', 'ghcr.io/tailscale/tailscale'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built by build_docker.sh on tailscale/alpine-base (3.22 in the version read), whose own build files are not in the repository, and latest/stable are set by release tooling outside it',
    source: TAILSCALE,
  },
  {
    id: 'packer/alpine-latest',
    repositories: ['docker.io/hashicorp/packer'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM a copy of alpine:latest on the day of its release build; which Alpine release that was is not recorded',
    source: PACKER,
  },
  {
    id: 'jjanzic-opencv/moving-python',
    repositories: ['docker.io/jjanzic/docker-python3-opencv'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM a moving python:3.x tag (python:3.6, 3.7, later 3.9) on the day Docker Hub built it; which Debian release that tag named then is not recorded',
    source: JANZA,
  },
];

export const vendorFamily41Rules: readonly ImageTagRule[] = [
  ...mastodonRules,
  ...mambaforgeRules,
  ...arangodbRules,
  ...bind9Rules,
  ...circleciRules,
  ...emsdkRules,
  ...composeRules,
  ...sebpElkRules,
  ...mkdocsMaterialRules,
  ...emqxRules,
  ...fedoraOstreeRules,
  ...unknownRules,
];
