/**
 * Non-official image families of issue #17, thirty-eighth file (drawn from base-images-sample27.tsv): Meilisearch's
 * getmeili/meilisearch release tags and latest (FROM a pinned alpine:3.x at every release tag); Appwrite's
 * appwrite/appwrite release tags (FROM ubuntu:18.04, a pinned php:<version>-cli-alpine3.x, or appwrite/base) and
 * appwrite/base (FROM a pinned php:<version>-cli-alpine3.x). Same rules as vendorFamilies2.ts … vendorFamilies36.ts: every
 * row names the files read (repository @ commit (date)); a tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- getmeili/meilisearch (meilisearch/meilisearch) --------------------------------------------------------------------
// The Dockerfile at each release tag builds in a compiler stage and runs FROM a pinned alpine:3.x: 3.10 at v0.8.0
// (2019-11-26) … v0.20.0, 3.14 at v0.21.0 (2021-08-23) … v0.29.1, 3.16 at v0.29.2 (2022-11-15) … v1.9.1, 3.20 at v1.10.0
// (2024-08-21) … v1.23.0, 3.22 at v1.24.0 (2025-10-20) … v1.50.0 (2026-07-16); tags before v0.8.0 have no Dockerfile.
// publish-docker-images.yml builds v<X.Y.Z> on each tag push and moves latest only for the latest stable release
// (is-latest-release.sh), so latest is v1.50.0's build as of the snapshot. A later patch of v1.50 is not read: not matched.
const MEILISEARCH =
  'meilisearch/meilisearch @ 5cb2f2e (2026-07-23): Dockerfile at every release tag (final stage FROM alpine:3.10 at v0.8.0 … v0.20.0, alpine:3.14 at v0.21.0 … v0.29.1, alpine:3.16 at v0.29.2 … v1.9.1, alpine:3.20 at v1.10.0 … v1.23.0, alpine:3.22 at v1.24.0 … v1.50.0, 2026-07-16; no Dockerfile before v0.8.0), .github/workflows/publish-docker-images.yml (v<version> on each tag push; latest only for the latest stable release)';

const meilisearchRules: ImageTagRule[] = [
  {
    id: 'meilisearch/alpine3.10',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^v0\.(?:[89]|1\d|20)\.\d+$/,
    base: 'alpine:3.10',
    source: MEILISEARCH,
  },
  {
    id: 'meilisearch/alpine3.14',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^v0\.(?:2[1-8]\.\d+|29\.[01])$/,
    base: 'alpine:3.14',
    source: MEILISEARCH,
  },
  {
    id: 'meilisearch/alpine3.16',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^v(?:0\.29\.[2-9]|0\.30\.\d+|1\.\d\.\d+)$/,
    base: 'alpine:3.16',
    source: MEILISEARCH,
  },
  {
    id: 'meilisearch/alpine3.20',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^v1\.(?:1\d|2[0-3])\.\d+$/,
    base: 'alpine:3.20',
    source: MEILISEARCH,
  },
  {
    id: 'meilisearch/alpine3.22',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^v1\.(?:(?:2[4-9]|[34]\d)\.\d+|50\.0)$/,
    base: 'alpine:3.22',
    source: MEILISEARCH,
  },
  {
    id: 'meilisearch/latest',
    repositories: ['docker.io/getmeili/meilisearch'],
    tag: /^latest$/,
    base: 'alpine:3.22',
    moving: {
      pin: 'getmeili/meilisearch:v1.50.0',
      means:
        'the build of the latest stable release, v1.50.0 (2026-07-16), FROM alpine:3.22 (since v1.24.0), as of the snapshot read (2026-07-23)',
    },
    source: MEILISEARCH,
  },
];

// --- appwrite/appwrite, appwrite/base (appwrite/appwrite, appwrite/docker-base) ------------------------------------------
// appwrite/appwrite's Dockerfile at each release tag: final stage FROM ubuntu:18.04 at 0.1.13 … 0.6.2; php:7.4-cli-alpine,
// php:8.0-cli-alpine or php:8.0.14-cli-alpine (tags that move with Alpine) at 0.7.0 … 0.12.4; php:8.0.14-cli-alpine3.15 at
// 0.13.x; php:8.0.18-cli-alpine3.15 at 0.14.0 … 1.2.1; appwrite/base:<tag> at 1.3.0 … 1.8.1 (1.9.x: a stage name). Tags
// were pushed by .travis-ci/build.sh, then (since 2023-04-19) release.yml at each published release, from the tag's file.
// appwrite/base (appwrite/docker-base, build-and-push.yml on each release, no build-args) runs FROM a pinned
// php:<version>-cli-alpine3.x up to 0.9.3 and FROM the default of ARG BASEIMAGE (likewise pinned) 0.9.4 … 1.0.1; 1.1.x are
// FROM phpswoole/swoole:php8.5-alpine, a moving tag, and later tags FROM a stage name: not matched. The moving PHP tags
// of 0.7.0 … 0.12.4 are not resolved: those images were pushed by hand and the day of each push is not recorded.
const APPWRITE =
  'appwrite/appwrite @ 0cefd06 (2026-08-21): Dockerfile at every release tag (final stage FROM ubuntu:18.04 at 0.1.13 … 0.6.2, php:7.4-cli-alpine / php:8.0-cli-alpine / php:8.0.14-cli-alpine at 0.7.0 … 0.12.4, php:8.0.14-cli-alpine3.15 at 0.13.x, php:8.0.18-cli-alpine3.15 at 0.14.0 … 1.2.1, appwrite/base:0.2.2 at 1.3.x, :0.4.3 at 1.4.x, :0.9.0 at 1.5.0 … 1.5.7, :0.9.1 at 1.5.8 … 1.5.11, :0.9.3 at 1.6.0, :0.9.5 at 1.6.1, :0.10.1 at 1.6.2 … 1.7.5, :0.10.4 at 1.8.0, :0.10.5 at 1.8.1), .travis-ci/build.sh (0.8.0: docker build … --tag appwrite/appwrite:<tag>; docker push), .github/workflows/release.yml (since 2023-04-19)';
const APPWRITE_BASE =
  'appwrite/docker-base @ a951b4f (2026-08-20): Dockerfile at every tag (final stage FROM php:8.0.18-cli-alpine3.15 at 0.1.0 … 0.4.3, php:8.0.30-cli-alpine3.16 at 0.4.4 … 0.4.5, php:8.2.6-cli-alpine3.18 at 0.5.0 … 0.7.0, php:8.2.14-cli-alpine3.19 at 0.7.1 … 0.8.0, php:8.3.3 / 8.3.7-cli-alpine3.19 at 0.9.0 … 0.9.2, php:8.3.11-cli-alpine3.20 at 0.9.3; FROM $BASEIMAGE, its ARG default, at 0.9.4 … 1.0.1: php:8.3.13 / 8.3.17-cli-alpine3.20, php:8.3.24-cli-alpine3.22, php:8.4.7-alpine3.21, php:8.4.8 / 8.4.11-cli-alpine3.22, php:8.4.17 / 8.4.18-cli-alpine3.23), .github/workflows/build-and-push.yml (on release, tag = release tag, no build-args)';

/** appwrite/appwrite release tag → the base its Dockerfile names (pinned ones only). */
const APPWRITE_TAGS: Readonly<Record<string, string>> = {
  '0.1.13': 'ubuntu:18.04',
  '0.1.15': 'ubuntu:18.04',
  '0.2.0': 'ubuntu:18.04',
  '0.3.0': 'ubuntu:18.04',
  '0.4.0': 'ubuntu:18.04',
  '0.5.0': 'ubuntu:18.04',
  '0.5.1': 'ubuntu:18.04',
  '0.5.2': 'ubuntu:18.04',
  '0.5.3': 'ubuntu:18.04',
  '0.6.0': 'ubuntu:18.04',
  '0.6.1': 'ubuntu:18.04',
  '0.6.2': 'ubuntu:18.04',
  '0.13.0': 'php:8.0.14-cli-alpine3.15',
  '0.13.1': 'php:8.0.14-cli-alpine3.15',
  '0.13.2': 'php:8.0.14-cli-alpine3.15',
  '0.13.3': 'php:8.0.14-cli-alpine3.15',
  '0.13.4': 'php:8.0.14-cli-alpine3.15',
  '0.14.0': 'php:8.0.18-cli-alpine3.15',
  '0.14.1': 'php:8.0.18-cli-alpine3.15',
  '0.14.2': 'php:8.0.18-cli-alpine3.15',
  '0.15.0': 'php:8.0.18-cli-alpine3.15',
  '0.15.1': 'php:8.0.18-cli-alpine3.15',
  '0.15.2': 'php:8.0.18-cli-alpine3.15',
  '0.15.3': 'php:8.0.18-cli-alpine3.15',
  '1.0.0': 'php:8.0.18-cli-alpine3.15',
  '1.0.1': 'php:8.0.18-cli-alpine3.15',
  '1.0.2': 'php:8.0.18-cli-alpine3.15',
  '1.0.3': 'php:8.0.18-cli-alpine3.15',
  '1.1.0': 'php:8.0.18-cli-alpine3.15',
  '1.1.1': 'php:8.0.18-cli-alpine3.15',
  '1.1.2': 'php:8.0.18-cli-alpine3.15',
  '1.2.0': 'php:8.0.18-cli-alpine3.15',
  '1.2.1': 'php:8.0.18-cli-alpine3.15',
  '1.3.0': 'appwrite/base:0.2.2',
  '1.3.1': 'appwrite/base:0.2.2',
  '1.3.2': 'appwrite/base:0.2.2',
  '1.3.3': 'appwrite/base:0.2.2',
  '1.3.4': 'appwrite/base:0.2.2',
  '1.3.5': 'appwrite/base:0.2.2',
  '1.3.6': 'appwrite/base:0.2.2',
  '1.3.7': 'appwrite/base:0.2.2',
  '1.3.8': 'appwrite/base:0.2.2',
  '1.4.0': 'appwrite/base:0.4.3',
  '1.4.1': 'appwrite/base:0.4.3',
  '1.4.2': 'appwrite/base:0.4.3',
  '1.4.3': 'appwrite/base:0.4.3',
  '1.4.4': 'appwrite/base:0.4.3',
  '1.4.5': 'appwrite/base:0.4.3',
  '1.4.6': 'appwrite/base:0.4.3',
  '1.4.7': 'appwrite/base:0.4.3',
  '1.4.8': 'appwrite/base:0.4.3',
  '1.4.9': 'appwrite/base:0.4.3',
  '1.4.10': 'appwrite/base:0.4.3',
  '1.4.11': 'appwrite/base:0.4.3',
  '1.4.12': 'appwrite/base:0.4.3',
  '1.4.13': 'appwrite/base:0.4.3',
  '1.4.14': 'appwrite/base:0.4.3',
  '1.5.0': 'appwrite/base:0.9.0',
  '1.5.1': 'appwrite/base:0.9.0',
  '1.5.2': 'appwrite/base:0.9.0',
  '1.5.3': 'appwrite/base:0.9.0',
  '1.5.4': 'appwrite/base:0.9.0',
  '1.5.5': 'appwrite/base:0.9.0',
  '1.5.6': 'appwrite/base:0.9.0',
  '1.5.7': 'appwrite/base:0.9.0',
  '1.5.8': 'appwrite/base:0.9.1',
  '1.5.9': 'appwrite/base:0.9.1',
  '1.5.10': 'appwrite/base:0.9.1',
  '1.5.11': 'appwrite/base:0.9.1',
  '1.6.0': 'appwrite/base:0.9.3',
  '1.6.1': 'appwrite/base:0.9.5',
  '1.6.2': 'appwrite/base:0.10.1',
  '1.7.0': 'appwrite/base:0.10.1',
  '1.7.1': 'appwrite/base:0.10.1',
  '1.7.2': 'appwrite/base:0.10.1',
  '1.7.3': 'appwrite/base:0.10.1',
  '1.7.4': 'appwrite/base:0.10.1',
  '1.7.5': 'appwrite/base:0.10.1',
  '1.8.0': 'appwrite/base:0.10.4',
  '1.8.1': 'appwrite/base:0.10.5',
};

/** appwrite/base tag → the PHP image its Dockerfile (or its ARG BASEIMAGE default) names. */
const APPWRITE_BASE_TAGS: Readonly<Record<string, string>> = {
  '0.1.0': 'php:8.0.18-cli-alpine3.15',
  '0.1.1': 'php:8.0.18-cli-alpine3.15',
  '0.2.0': 'php:8.0.18-cli-alpine3.15',
  '0.2.1': 'php:8.0.18-cli-alpine3.15',
  '0.2.2': 'php:8.0.18-cli-alpine3.15',
  '0.3.0': 'php:8.0.18-cli-alpine3.15',
  '0.3.1': 'php:8.0.18-cli-alpine3.15',
  '0.4.0': 'php:8.0.18-cli-alpine3.15',
  '0.4.1': 'php:8.0.18-cli-alpine3.15',
  '0.4.2': 'php:8.0.18-cli-alpine3.15',
  '0.4.3': 'php:8.0.18-cli-alpine3.15',
  '0.4.4': 'php:8.0.30-cli-alpine3.16',
  '0.4.5': 'php:8.0.30-cli-alpine3.16',
  '0.5.0': 'php:8.2.6-cli-alpine3.18',
  '0.6.0': 'php:8.2.6-cli-alpine3.18',
  '0.7.0': 'php:8.2.6-cli-alpine3.18',
  '0.7.1': 'php:8.2.14-cli-alpine3.19',
  '0.7.2': 'php:8.2.14-cli-alpine3.19',
  '0.8.0': 'php:8.2.14-cli-alpine3.19',
  '0.9.0': 'php:8.3.3-cli-alpine3.19',
  '0.9.1': 'php:8.3.7-cli-alpine3.19',
  '0.9.2': 'php:8.3.7-cli-alpine3.19',
  '0.9.3': 'php:8.3.11-cli-alpine3.20',
  '0.9.4': 'php:8.3.13-cli-alpine3.20',
  '0.9.5': 'php:8.3.13-cli-alpine3.20',
  '0.9.6': 'php:8.3.13-cli-alpine3.20',
  '0.9.7': 'php:8.3.13-cli-alpine3.20',
  '0.10.0': 'php:8.3.13-cli-alpine3.20',
  '0.10.1': 'php:8.3.17-cli-alpine3.20',
  '0.10.2': 'php:8.3.17-cli-alpine3.20',
  '0.10.3': 'php:8.3.24-cli-alpine3.22',
  '0.10.4': 'php:8.3.24-cli-alpine3.22',
  '0.10.5': 'php:8.3.24-cli-alpine3.22',
  '0.10.6': 'php:8.3.24-cli-alpine3.22',
  '0.11.0': 'php:8.4.7-alpine3.21',
  '0.11.0-rc.1': 'php:8.4.7-alpine3.21',
  '0.11.1': 'php:8.4.8-cli-alpine3.22',
  '0.11.2': 'php:8.4.8-cli-alpine3.22',
  '0.11.3': 'php:8.4.11-cli-alpine3.22',
  '0.11.4': 'php:8.4.11-cli-alpine3.22',
  '0.11.5': 'php:8.4.11-cli-alpine3.22',
  '1.0.0': 'php:8.4.17-cli-alpine3.23',
  '1.0.1': 'php:8.4.18-cli-alpine3.23',
};

const appwriteRules: ImageTagRule[] = [
  {
    id: 'appwrite/release',
    repositories: ['docker.io/appwrite/appwrite'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: APPWRITE_TAGS },
    source: APPWRITE,
  },
  {
    id: 'appwrite/moving-php',
    repositories: ['docker.io/appwrite/appwrite'],
    tag: /^(?:0\.(?:7|8|9|10|11|12)\.\d+)$/,
    unknown:
      '{image}:{tag} is built FROM php:7.4-cli-alpine, php:8.0-cli-alpine or php:8.0.14-cli-alpine (Dockerfile at the release tag), tags that moved to each new Alpine release; the image was pushed by hand and the day of its push, so the Alpine release, is not recorded',
    source: APPWRITE,
  },
  {
    id: 'appwrite-base/pinned',
    repositories: ['docker.io/appwrite/base'],
    tag: /^(?<v>\d+\.\d+\.\d+(?:-rc\.\d+)?)$/,
    base: { group: 'v', map: APPWRITE_BASE_TAGS },
    source: APPWRITE_BASE,
  },
];

// --- prefecthq/prefect <version>-python<py> (PrefectHQ/prefect) -----------------------------------------------------------
// The Dockerfile at every 2.x and 3.x tag runs FROM ${BASE_IMAGE}, ARG BASE_IMAGE=python:${PYTHON_VERSION}-slim; the
// workflows pass only PYTHON_VERSION (and BASE_IMAGE=prefect-conda for the -conda flavor, not matched here) and build the
// <version>-python<py> tags when the release is tagged (release.yaml, on tag push, 2.x until 2023) or published
// (docker-images.yaml, on release events). python:<py>-slim named the bullseye variant from 2021-08-16, bookworm from
// 2023-06-13 and trixie from 2025-08-11 (3.7 and 3.8 left the library on bookworm, 2023-10-02 and 2024-10-07, so their
// slim tags stayed there). A tag is read as built on its tag's day; releases within three days of a switch (2.10.14,
// 2.10.15, 3.4.12, 3.4.13) and Python versions whose slim tag had stopped moving are not matched. A release event fired
// again later (a prerelease converted to a release) would have rebuilt the tag on a later day; that is not recorded.
const PREFECT_TAGS =
  'PrefectHQ/prefect @ ce79dd3 (2026-08-21): Dockerfile at every 2.x and 3.x tag (ARG BASE_IMAGE=python:${PYTHON_VERSION}-slim; FROM ${BASE_IMAGE} AS final), .github/workflows/release.yaml at 2.3.1 (on tag push; tags <version>-python<py>), .github/workflows/docker-images.yaml at 2.18.3 … 3.8.3 (on release events; build-args PYTHON_VERSION, BASE_IMAGE=prefect-conda for -conda only), tag days (2.10.13 2023-06-08, 2.10.16 2023-06-20, 3.4.11 2025-08-01, 2.20.21 2025-08-20, 3.4.14 2025-08-21); docker-library/official-images library/python (<py>-slim: bullseye variant from 2021-08-16, bookworm from 2023-06-13, trixie from 2025-08-11; 3.7 last listed 2023-10-02, 3.8 2024-10-07)';

const prefectRules: ImageTagRule[] = [
  {
    id: 'prefect/bullseye',
    repositories: ['docker.io/prefecthq/prefect'],
    tag: /^(?<v>2\.(?:\d\.\d+|10\.(?:\d|1[0-3])))-python(?<py>3\.(?:7|8|9|10|11))(?:-kubernetes)?$/,
    base: 'python:{py}-slim-bullseye',
    frozen: 'was built when Prefect {v} was tagged (2022-07 … 2023-06-08), FROM python:{py}-slim, then the bullseye variant',
    source: PREFECT_TAGS,
  },
  {
    id: 'prefect/bookworm',
    repositories: ['docker.io/prefecthq/prefect'],
    tag: /^(?<v>2\.(?:10\.(?:1[6-9]|2\d)|1[1-9]\.\d+|20\.(?:1?\d|20))|3\.(?:[0-3]\.\d+|4\.(?:\d|1[01])))-python(?<py>3\.(?:7|8|9|1[0-3]))(?:-kubernetes)?$/,
    base: 'python:{py}-slim-bookworm',
    frozen: 'was built when Prefect {v} was released (2023-06-20 … 2025-08-01), FROM python:{py}-slim, then the bookworm variant',
    source: PREFECT_TAGS,
  },
  {
    id: 'prefect/trixie',
    repositories: ['docker.io/prefecthq/prefect'],
    tag: /^(?<v>2\.20\.2[1-5]|3\.(?:4\.(?:1[4-9]|2[0-5])|[5-7]\.\d+|8\.[0-3]))-python(?<py>3\.(?:9|1[0-4]))(?:-kubernetes)?$/,
    base: 'python:{py}-slim-trixie',
    frozen: 'was built when Prefect {v} was released (2025-08-20 … 2026-08-13), FROM python:{py}-slim, then the trixie variant',
    source: PREFECT_TAGS,
  },
];

// --- tensorflow/tfx (tensorflow/tfx) ----------------------------------------------------------------------------------------
// tfx/tools/docker/Dockerfile runs FROM ${BASE_IMAGE}, which build_docker_image.sh sets to a Google Deep Learning Container
// (gcr.io/deeplearning-platform-release/tf2-gpu.<TF major>-<minor>, later with a Python suffix) at v1.0.0, v1.7.1, v1.14.0
// and v1.21.0; the tables do not describe those containers, so the tags stay unknown, saying why.
const TFX =
  'tensorflow/tfx @ 58435d6 (2026-06-25): tfx/tools/docker/Dockerfile at v1.0.0, v1.7.1, v1.14.0, v1.21.0 (FROM ${BASE_IMAGE} as install; v1.21.0 through a stage built on it), tfx/tools/docker/build_docker_image.sh (DOCKER_IMAGE_REPO default tensorflow/tfx; BASE_IMAGE=gcr.io/deeplearning-platform-release/tf2-gpu.<major>-<minor>, ${DLVM_REPO}/tf2-gpu.<major>-<minor>.<python> since v1.14.0)';

const tfxRules: ImageTagRule[] = [
  {
    id: 'tfx/unknown',
    repositories: ['docker.io/tensorflow/tfx'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM a Google Deep Learning Container (gcr.io/deeplearning-platform-release/tf2-gpu.<TensorFlow version>, chosen by build_docker_image.sh), whose Ubuntu release the tables do not record',
    source: TFX,
  },
];

export const vendorFamily38Rules: readonly ImageTagRule[] = [...meilisearchRules, ...appwriteRules, ...prefectRules, ...tfxRules];
