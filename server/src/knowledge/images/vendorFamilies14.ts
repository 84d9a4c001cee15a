/**
 * Non-official image families of issue #17, fourteenth file: the biggest groups of sample 15 that no table described and
 * whose answer a primary source gives. Same rules as vendorFamilies2.ts … vendorFamilies12.ts: every row names the build
 * files read (repository @ commit (date)); moving tags are described as of the newest build files read, and tags whose
 * files do not tie them to one base get a reason instead of a release. Registered after vendorFamilies12.ts and before
 * communityImages.ts and thirdParty.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- Atlantis (ghcr.io/runatlantis/atlantis; runatlantis/atlantis) -----------------------------------------------------
// .github/workflows/atlantis-image.yml runs on each release tag and pushes to ghcr.io only (DOCKER_REPO ghcr.io/…, at
// v0.19.3, v0.23.3 and v0.47.1): v{version} and v{version}-alpine are the alpine build, latest moves with each release.
// v0.18.0 … v0.19.3 run FROM ghcr.io/runatlantis/atlantis-base:<date> (2021.12.15 … 2022.03.04), v0.22.0 … v0.22.2 FROM
// its 2022.12.29-alpine and v0.22.3 … v0.23.3 FROM its latest-alpine; atlantis-base is built by atlantis-base.yml on every
// change to docker-base/ and tagged with the build date (and latest, latest-alpine). docker-base/Dockerfile named alpine:3.15
// on every commit from 649dde8 (2021-12-15) to 22dec19 (2022-04-19), docker-base/Dockerfile.alpine alpine:3.17.x on every
// commit from 5773945 (2022-12-11) to 05e9c2f (2023-03-30), so those releases ran on Alpine 3.15 and 3.17. Since v0.23.4
// the image's own Dockerfile holds the base (ARG ALPINE_TAG). Docker Hub's runatlantis/atlantis was pushed by CircleCI
// until 2021/2022 and by no workflow read since, so its tags stay unknown.
const ATLANTIS =
  'runatlantis/atlantis @ 078d0a82 (2026-08-22): Dockerfile at v0.18.0 (767a5e7) … v0.19.3 (1d55336, 2022-05-13: FROM ghcr.io/runatlantis/atlantis-base:2021.12.15 … 2022.03.04 AS base), v0.22.0 (9595b23) … v0.22.2 (ARG ATLANTIS_BASE_TAG_DATE=2022.12.29, ATLANTIS_BASE_TAG_TYPE=alpine), v0.22.3 … v0.23.3 (3214b8c, 2023-03-20: ATLANTIS_BASE_TAG_DATE=latest) and v0.47.1 (8dd22b4, 2026-08-20: ARG ALPINE_TAG=3.23.5@sha256:…, FROM alpine:${ALPINE_TAG} AS alpine); docker-base/Dockerfile FROM alpine:3.15 on every commit 649dde8 (2021-12-15) … 22dec19 (2022-04-19, alpine:3.15.4); docker-base/Dockerfile.alpine FROM alpine:3.17.0 … 3.17.3 on every commit 5773945 (2022-12-11) … 05e9c2f (2023-03-30); .github/workflows/atlantis-base.yml at v0.23.3 (on push to docker-base/Dockerfile.*, tags YYYY.MM.DD-<type>, latest-<type>); .github/workflows/atlantis-image.yml at v0.19.3, v0.23.3 and v0.47.1 (on tags v*.*.*, registry ghcr.io, DOCKER_REPO ghcr.io/${{ github.repository }}, latest and v<version> for the alpine image_type); .circleci/config.yml (v0.17.0: docker push runatlantis/atlantis:latest and :${CIRCLE_TAG}; latest removed by 78a33a6, 2021-06-23, the tags by 94eccee, 2022-03-02)';
const atlantisRules: ImageTagRule[] = [
  {
    id: 'atlantis/alpine-3.15',
    repositories: ['ghcr.io/runatlantis/atlantis'],
    tag: /^v0\.(?:18\.[0-5]|19\.[0-3])(?:-alpine)?$/,
    base: 'alpine:3.15',
    source: ATLANTIS,
  },
  {
    id: 'atlantis/alpine-3.17',
    repositories: ['ghcr.io/runatlantis/atlantis'],
    tag: /^v0\.(?:22\.[0-3]|23\.[0-3])(?:-alpine)?$/,
    base: 'alpine:3.17',
    source: ATLANTIS,
  },
  {
    id: 'atlantis/latest',
    repositories: ['ghcr.io/runatlantis/atlantis'],
    tag: /^latest(?:-alpine)?$/,
    base: 'alpine:3.23',
    moving: {
      pin: 'ghcr.io/runatlantis/atlantis:v0.47.1',
      means: 'the alpine build of the newest release read (v0.47.1, 2026-08-20, ALPINE_TAG=3.23.5)',
    },
    source: ATLANTIS,
  },
  {
    id: 'atlantis/docker-hub',
    repositories: ['docker.io/runatlantis/atlantis'],
    tag: /^.*$/,
    unknown:
      "{image}:{tag}: .circleci/config.yml pushed Docker Hub's copy (latest from master until 78a33a6, 2021-06-23; release tags until 94eccee, 2022-03-02); the workflows since push ghcr.io only, and whether or from what the Docker Hub tags were pushed later is not stated (use ghcr.io/runatlantis/atlantis:{tag})",
    source: ATLANTIS,
  },
];

// --- Deno's community images (hayd/deno, hayd/<kind>-deno; hayd/deno-docker, now denoland/deno_docker) -----------------
// .github/workflows/publish.yml at each release tag 0.37.1 … 1.10.2 builds <kind>.dockerfile of that tag for each kind and
// pushes hayd/<kind>-deno:<version> (and latest), hayd/deno:<kind>-<version> (and <kind>), and hayd/deno:<version> and
// latest from alpine.dockerfile. The FROM of each file at each tag: alpine frolvlad/alpine-glibc:alpine-3.10_glibc-2.29
// (0.37.1, 0.38.0), …:alpine-3.11_glibc-2.31 (0.39.0 … 1.6.1), then the moving frolvlad/alpine-glibc (1.6.2 … 1.10.2, left
// out); ubuntu ubuntu:bionic-2020xxxx, then ubuntu:20.04 from 1.6.2; centos centos:8.1.1911, then centos:8. From 1.10.3 the
// workflow pushes denoland/deno only, so the hayd tags stopped moving at 1.10.2 (hayd/deno:latest last FROM the moving
// frolvlad/alpine-glibc, whose Alpine release then is not recorded). The debian kind (debian:stable-… tags) is left out.
const HAYD_DENO =
  'denoland/deno_docker (formerly hayd/deno-docker) @ b7864b72 (2026-07-01): alpine.dockerfile, ubuntu.dockerfile and centos.dockerfile FROM at every release tag 0.37.1 (65dcfd4) … 1.6.1 (ab3c7fa, 2020-12-16: frolvlad/alpine-glibc:alpine-3.11_glibc-2.31, ubuntu:bionic-20200311, centos:8.1.1911) and 1.6.2 (0973286) … 1.10.2 (969e60a, 2021-05-17: frolvlad/alpine-glibc, ubuntu:20.04, centos:8); .github/workflows/publish.yml at those tags (on push tags; hayd/${{ matrix.kind }}-deno tags latest,<version>; hayd/deno tags <kind>,<kind>-<version>; build_alpine_latest: hayd/deno tags latest,<version> from alpine.dockerfile); no hayd/ push from 1.10.3';
const HAYD_DENO_ALPINE: Readonly<Record<string, string>> = {
  'frolvlad/alpine-glibc:alpine-3.10_glibc-2.29': '0.37.1 0.38.0',
  'frolvlad/alpine-glibc:alpine-3.11_glibc-2.31':
    '0.39.0 0.40.0 0.41.0 0.42.0 1.0.0-rc2 1.0.0 1.0.1 1.0.2 1.0.3 1.0.4 1.0.5 1.1.0 1.1.1 1.1.3 1.2.0 1.2.1 1.2.2 1.2.3 1.3.0 1.3.1 1.3.2 1.3.3 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.6 1.5.0 1.5.2 1.5.4 1.6.0 1.6.1',
};
const HAYD_DENO_UBUNTU: Readonly<Record<string, string>> = {
  'ubuntu:bionic-20200219': '0.37.1 0.38.0',
  'ubuntu:bionic-20200311':
    '0.39.0 0.40.0 0.41.0 0.42.0 1.0.0-rc2 1.0.0 1.0.1 1.0.2 1.0.3 1.0.4 1.0.5 1.1.0 1.1.1 1.1.3 1.2.0 1.2.1 1.2.2 1.2.3 1.3.0 1.3.1 1.3.2 1.3.3 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.6 1.5.0 1.5.2 1.5.4 1.6.0 1.6.1',
  'ubuntu:20.04': '1.6.2 1.6.3 1.7.0 1.7.1 1.7.2 1.8.0 1.8.1 1.8.2 1.8.3 1.9.0 1.9.1 1.9.2 1.10.1 1.10.2',
};
const HAYD_DENO_CENTOS: Readonly<Record<string, string>> = {
  'centos:8.1.1911':
    '0.37.1 0.38.0 0.39.0 0.40.0 0.41.0 0.42.0 1.0.0-rc2 1.0.0 1.0.1 1.0.2 1.0.3 1.0.4 1.0.5 1.1.0 1.1.1 1.1.3 1.2.0 1.2.1 1.2.2 1.2.3 1.3.0 1.3.1 1.3.2 1.3.3 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.6 1.5.0 1.5.2 1.5.4 1.6.0 1.6.1',
  'centos:8': '1.6.2 1.6.3 1.7.0 1.7.1 1.7.2 1.8.0 1.8.1 1.8.2 1.8.3 1.9.0 1.9.1 1.9.2 1.10.1 1.10.2',
};

const haydDenoRules: ImageTagRule[] = [
  ...exactTagRules(HAYD_DENO_ALPINE, (base) => ({
    id: `hayd-deno/alpine-${base.slice(base.indexOf(':') + 1)}`,
    repositories: ['docker.io/hayd/alpine-deno', 'docker.io/hayd/deno'],
    source: HAYD_DENO,
  })),
  ...exactTagRules(
    HAYD_DENO_ALPINE,
    (base) => ({
      id: `hayd-deno/alpine-prefixed-${base.slice(base.indexOf(':') + 1)}`,
      repositories: ['docker.io/hayd/deno'],
      source: HAYD_DENO,
    }),
    { prefix: 'alpine-' },
  ),
  ...exactTagRules(HAYD_DENO_UBUNTU, (base) => ({
    id: `hayd-deno/ubuntu-${base.slice(base.indexOf(':') + 1)}`,
    repositories: ['docker.io/hayd/ubuntu-deno'],
    source: HAYD_DENO,
  })),
  ...exactTagRules(
    HAYD_DENO_UBUNTU,
    (base) => ({
      id: `hayd-deno/ubuntu-prefixed-${base.slice(base.indexOf(':') + 1)}`,
      repositories: ['docker.io/hayd/deno'],
      source: HAYD_DENO,
    }),
    { prefix: 'ubuntu-' },
  ),
  ...exactTagRules(HAYD_DENO_CENTOS, (base) => ({
    id: `hayd-deno/centos-${base.slice(base.indexOf(':') + 1)}`,
    repositories: ['docker.io/hayd/centos-deno'],
    source: HAYD_DENO,
  })),
  ...exactTagRules(
    HAYD_DENO_CENTOS,
    (base) => ({
      id: `hayd-deno/centos-prefixed-${base.slice(base.indexOf(':') + 1)}`,
      repositories: ['docker.io/hayd/deno'],
      source: HAYD_DENO,
    }),
    { prefix: 'centos-' },
  ),
  {
    id: 'hayd-deno/last-push-moving',
    repositories: ['docker.io/hayd/deno', 'docker.io/hayd/alpine-deno'],
    tag: /^(?:latest|alpine)$/,
    unknown:
      '{image}:{tag} was last pushed by release 1.10.2 (2021-05-17) from alpine.dockerfile FROM the moving frolvlad/alpine-glibc, whose Alpine release at that time is not recorded; hayd/* images stopped being pushed after 1.10.2 (use denoland/deno)',
    source: HAYD_DENO,
  },
  {
    id: 'hayd-deno/release-on-moving',
    repositories: ['docker.io/hayd/deno', 'docker.io/hayd/alpine-deno'],
    tag: /^(?:alpine-)?1\.(?:6\.[2-9]|[7-9]\.\d+|10\.[0-2])$/,
    unknown:
      '{image}:{tag} was built by its release from alpine.dockerfile FROM the moving frolvlad/alpine-glibc, whose Alpine release on that day is not recorded',
    source: HAYD_DENO,
  },
];

// --- Apache Tika (apache/tika; apache/tika-docker) ---------------------------------------------------------------------
// docker-tool.sh publish builds minimal/Dockerfile as {version} and latest, full/Dockerfile as {version}-full and
// latest-full, with --no-cache, at each release; both files name the same Ubuntu release at each tag read (2.5.0.2 …
// 3.3.0.0). republish-images.sh rebuilds only the 1.x versions (with the current files), which are left out; latest and
// latest-full are the newest release tag read.
const TIKA =
  'apache/tika-docker @ 60db76bc (2026-05-01): minimal/Dockerfile and full/Dockerfile FROM at every release tag 2.5.0.2 (08a6609, 2022-10-31: ubuntu:jammy) … 2.9.1.0 (ubuntu:jammy), 2.9.2.1 and 3.0.0.0 (ubuntu:noble), 3.2.0.0 … 3.2.3.0 (1cbc1ed, 2025-09-15) and 3.3.0.0 (fc17a8d, 2026-03-24: ubuntu:plucky); docker-tool.sh at those tags (publish: --tag ${image_name}:latest --tag ${image_name}:${tika_docker_version} … minimal, --tag …:latest-full --tag …:${tika_docker_version}-full … full); republish-images.sh (1.6 … 1.23 only)';
const TIKA_VERSIONS: Readonly<Record<string, string>> = {
  'ubuntu:jammy': '2.5.0.2 2.6.0.0 2.6.0.1 2.7.0.0 2.7.0.1 2.8.0.0 2.9.0.0 2.9.1.0',
  'ubuntu:noble': '2.9.2.1 3.0.0.0',
  'ubuntu:plucky': '3.2.0.0 3.2.1.0 3.2.2.0 3.2.3.0 3.3.0.0',
};
const tikaRules: ImageTagRule[] = [
  ...exactTagRules(TIKA_VERSIONS, (base) => ({
    id: `tika/${base.slice('ubuntu:'.length)}`,
    repositories: ['docker.io/apache/tika'],
    source: TIKA,
  })),
  ...exactTagRules(
    TIKA_VERSIONS,
    (base) => ({
      id: `tika/${base.slice('ubuntu:'.length)}-full`,
      repositories: ['docker.io/apache/tika'],
      source: TIKA,
    }),
    { suffix: '-full' },
  ),
  {
    id: 'tika/latest',
    repositories: ['docker.io/apache/tika'],
    tag: /^latest(?:-full)?$/,
    base: 'ubuntu:plucky',
    moving: { pin: 'apache/tika:3.3.0.0', means: 'the newest release read (3.3.0.0, 2026-03-24)' },
    source: TIKA,
  },
];

// --- sameersbn/bind (sameersbn/docker-bind) ------------------------------------------------------------------------------
// .circleci/config.yml publishes latest from every master commit and the release tag from each git tag (docker.io and
// quay.io). The newest commit, 508bc5a (2020-05-24, release 9.16.1-20200524), is FROM ubuntu:focal-20200423, and master has
// not moved since, so latest and 9.16.1-20200524 are that build. Older release tags are not listed.
const SAMEERSBN_BIND =
  'sameersbn/docker-bind @ 508bc5a1 (2020-05-24, the snapshot HEAD): Dockerfile (FROM ubuntu:focal-20200423 AS add-apt-repositories; FROM ubuntu:focal-20200423), VERSION 9.16.1-20200524, .circleci/config.yml (publish-dockerhub and publish-quay on master and on release tags, tag ${CIRCLE_TAG:-latest})';
const sameersbnBindRules: ImageTagRule[] = [
  {
    id: 'sameersbn-bind/focal',
    repositories: ['docker.io/sameersbn/bind', 'quay.io/sameersbn/bind'],
    tag: /^(?:latest|9\.16\.1-20200524)$/,
    base: 'ubuntu:focal-20200423',
    frozen: 'last built from 508bc5a (2020-05-24); master has not moved since',
    source: SAMEERSBN_BIND,
  },
];

// --- rocker/r-base (rocker-org/rocker r-base/) ---------------------------------------------------------------------------
// The README marks rocker/r-base as a Docker Hub automated build; r-base/latest/Dockerfile is FROM debian:testing on the
// newest commit read, but the build settings (which directory builds which tag, and when) live on Docker Hub, not in the
// repository, so no tag is tied to a build.
const ROCKER_R_BASE =
  'rocker-org/rocker @ 353d611b (2026-04-24): README.md (rocker/r-base with a docker/automated badge), r-base/latest/Dockerfile (FROM debian:testing, R_BASE_VERSION=4.5.3) and r-base/<version>/Dockerfile (FROM debian:testing)';
const rockerRBaseRules: ImageTagRule[] = [
  {
    id: 'rocker-r-base/automated',
    repositories: ['docker.io/rocker/r-base'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is a Docker Hub automated build of rocker-org/rocker r-base/ (FROM the moving debian:testing); which file built the tag and when is set on Docker Hub, not in the repository',
    source: ROCKER_R_BASE,
  },
];

// --- OpenStreetMap tile server (overv/openstreetmap-tile-server; Overv/openstreetmap-tile-server) ------------------------
// .github/workflows/build-and-test.yaml (from v2.0.0) pushes {version}, {major}.{minor} and {major} on each v* tag and latest
// on each master commit, to Docker Hub (overv/…, when the secrets are set) and ghcr.io. The Dockerfile's first stage is FROM
// ubuntu:20.04 at v2.0.0 and v2.0.1 and ubuntu:22.04 from v2.1.0 to the newest commit read; 2.3, 2 and latest move.
const OSM_TILES =
  'Overv/openstreetmap-tile-server @ 6088b9b3 (2023-06-25): Dockerfile FROM ubuntu:20.04 AS compiler-common at v2.0.0 and v2.0.1 (dc47871, 2022-05-25), ubuntu:22.04 from v2.1.0 (81c3433, 2022-07-05) through v2.3.0 (f6a6ad8, 2023-03-18) and 6088b9b; .github/workflows/build-and-test.yaml at v2.0.0 and 6088b9b (images ${DOCKERHUB_IMAGE} and ghcr.io/${IMAGE}, IMAGE ${github.repository_owner}/openstreetmap-tile-server; tags type=raw,value=latest on the default branch, type=semver {{version}}, {{major}}.{{minor}}, {{major}})';
const OSM_TILES_REPOS = ['docker.io/overv/openstreetmap-tile-server', 'ghcr.io/overv/openstreetmap-tile-server'];
const osmTilesRules: ImageTagRule[] = [
  {
    id: 'osm-tiles/focal',
    repositories: OSM_TILES_REPOS,
    tag: /^2\.0(?:\.[01])?$/,
    base: 'ubuntu:20.04',
    source: OSM_TILES,
  },
  {
    id: 'osm-tiles/jammy',
    repositories: OSM_TILES_REPOS,
    tag: /^2\.(?:1\.0|1|2\.[01]|2|3\.0)$/,
    base: 'ubuntu:22.04',
    source: OSM_TILES,
  },
  {
    id: 'osm-tiles/latest',
    repositories: OSM_TILES_REPOS,
    tag: /^(?:latest|2|2\.3)$/,
    base: 'ubuntu:22.04',
    moving: { pin: 'overv/openstreetmap-tile-server:2.3.0', means: 'the master build as of the newest commit read (6088b9b, 2023-06-25)' },
    source: OSM_TILES,
  },
];

// --- Puppeteer (ghcr.io/puppeteer/puppeteer; puppeteer/puppeteer docker/) -------------------------------------------------
// docker/Dockerfile is FROM node:<major> pinned by digest (node:22@sha256:… in the version read): a Node.js tag that names no
// Debian release, so which release each published tag carries is not in the file.
const PUPPETEER = 'puppeteer/puppeteer @ 062fa30d (stored version of docker/Dockerfile: FROM node:22@sha256:e558507eb799…)';
const puppeteerRules: ImageTagRule[] = [
  {
    id: 'puppeteer/node-digest',
    repositories: ['ghcr.io/puppeteer/puppeteer'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built from docker/Dockerfile FROM node:<major> pinned by digest (node:22@sha256:… in the version read); the node tag names no Debian release and the digest’s release is not recorded',
    source: PUPPETEER,
  },
];

// --- GDAL (osgeo/gdal, ghcr.io/osgeo/gdal; OSGeo/gdal docker/) -----------------------------------------------------------
// docker/README.md names the flavours (alpine-ultrasmall, alpine-small, alpine-normal, ubuntu-small, ubuntu-full; osgeo/gdal
// alone is ubuntu-full-latest) and says tagged images of releases are named <flavour>-<version>; the -latest tags are
// therefore not releases, and the version read describes Alpine 3.15 and Ubuntu 20.04 bases only for its own time.
const GDAL =
  'OSGeo/gdal docker/README.md @ 01490692 (stored version: "Alpine based (3.15)", "Ubuntu based (20:04 / focal)", osgeo/gdal:<flavour>-latest, ubuntu-full-latest aliased to osgeo/gdal, release images osgeo/gdal:<flavour>-3.3.1)';
const gdalRules: ImageTagRule[] = [
  {
    id: 'gdal/latest',
    repositories: ['docker.io/osgeo/gdal', 'ghcr.io/osgeo/gdal'],
    tag: /^(?:latest|(?:alpine-(?:ultrasmall|small|normal)|ubuntu-(?:small|full))-latest)$/,
    unknown:
      '{image}:{tag} is not a release tag (release images are <flavour>-<version>): it follows the builds of docker/<flavour>/Dockerfile, whose base changed over time (Alpine 3.15 and Ubuntu 20.04 in the README version read); which base its last build had is not recorded',
    source: GDAL,
  },
];

export const vendorFamily14Rules: readonly ImageTagRule[] = [
  ...atlantisRules,
  ...haydDenoRules,
  ...tikaRules,
  ...sameersbnBindRules,
  ...rockerRBaseRules,
  ...osmTilesRules,
  ...puppeteerRules,
  ...gdalRules,
];
