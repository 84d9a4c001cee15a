/**
 * Non-official image families of issue #17, twenty-third file: images of the nineteenth sample (Dockerfiles that rely on
 * the host kernel) whose own build files tie a tag to one base. Same rules as vendorFamilies2.ts … vendorFamilies22.ts:
 * every row names the build files read (repository @ commit (date)); a tag is resolved only when the workflow that pushes
 * it, with the Dockerfile's FROM lines, ends at one base; every other tag of these repositories keeps its earlier answer.
 * Registered before vendorFamilies22.ts, so before the catch-alls of thirdParty.ts, popular.ts and ros.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- jrei/systemd-* (j8r/dockerfiles; Docker Hub) ----------------------------------------------------------------------------
// Every version of .github/workflows/build.yml (from 48c46e5, 2020-11-23) tags each image with the distribution version it
// builds: until c6745c7 (2025-06-02) from systemd/<distro>/<version>.Dockerfile, each FROM that version (debian/12.Dockerfile
// FROM debian:bookworm, ubuntu/20.04.Dockerfile FROM ubuntu:20.04, …), since then from one systemd/<distro>/Dockerfile
// FROM <distro>:${VERSION} with VERSION the matrix version. So a version or codename tag is that release of the distribution,
// whichever revision built it; latest is the newest version of the matrix at the commit read.
const JREI =
  'j8r/dockerfiles @ b2884bb (2026-05-05): .github/workflows/build.yml at every version since 48c46e5 (2020-11-23) (matrix tags jrei/systemd-<distro>:<version> and :<codename>, latest on debian 13, ubuntu 26.04, fedora 44, centos 8; monthly cron); systemd/<distro>/<version>.Dockerfile until c6745c7 (2025-06-02), each FROM <distro>:<that version or its codename>; systemd/<distro>/Dockerfile since (ARG VERSION; FROM <distro>:${VERSION})';
const JREI_MOVING = 'as of the newest commit read (2026-05-05); rebuilt by the monthly cron of build.yml';
const jreiRules: ImageTagRule[] = [
  {
    id: 'jrei-systemd/ubuntu',
    repositories: ['docker.io/jrei/systemd-ubuntu'],
    tag: /^(?:16\.04|18\.04|20\.04|22\.04|24\.04|25\.04|25\.10|26\.04|xenial|bionic|focal|jammy|noble|plucky|questing|resolute)$/,
    base: 'ubuntu:{tag}',
    source: JREI,
  },
  {
    id: 'jrei-systemd/debian',
    repositories: ['docker.io/jrei/systemd-debian'],
    tag: /^(?:8|9|10|11|12|13|sid|jessie|stretch|buster|bullseye|bookworm|trixie)$/,
    base: 'debian:{tag}',
    source: JREI,
  },
  {
    id: 'jrei-systemd/fedora',
    repositories: ['docker.io/jrei/systemd-fedora'],
    tag: /^4[1-4]$/,
    base: 'fedora:{tag}',
    source: JREI,
  },
  {
    id: 'jrei-systemd/centos',
    repositories: ['docker.io/jrei/systemd-centos'],
    tag: /^[78]$/,
    base: 'centos:{tag}',
    source: JREI,
  },
  ...(
    [
      ['ubuntu', 'ubuntu:26.04', 'Ubuntu 26.04'],
      ['debian', 'debian:13', 'Debian 13'],
      ['fedora', 'fedora:44', 'Fedora 44'],
      ['centos', 'centos:8', 'CentOS 8'],
    ] as const
  ).map(
    ([distro, base, name]): ImageTagRule => ({
      id: `jrei-systemd/${distro}-latest`,
      repositories: [`docker.io/jrei/systemd-${distro}`],
      tag: /^latest$/,
      base,
      moving: { pin: `jrei/systemd-${distro}:${base.split(':')[1]}`, means: `the ${name} build, ${JREI_MOVING}` },
      source: JREI,
    }),
  ),
];

// --- asciidoctor/docker-asciidoctor (Docker Hub) --------------------------------------------------------------------------
// .github/workflows/build-and-deploy.yml deploys on the main branch and on every git tag (IMAGE_VERSION = the ref name,
// from ad669f4, 2021-05-14); docker-bake.hcl tags asciidoctor/docker-asciidoctor, :<ref> and, for a release tag, its
// major and major.minor. The main stage is FROM alpine:${alpine_version} (FROM alpine:<v> directly before 1.17.0). Each
// release tag below is the alpine version its Dockerfile names at that git tag; major and major.minor tags move with the
// newest release and are not resolved here.
const ASCIIDOCTOR =
  'asciidoctor/docker-asciidoctor @ a39b8dd (main, 2026-06-22): .github/workflows/build-and-deploy.yml (Deploy on main and on tags: IMAGE_VERSION=${{ github.ref_name }}, IMAGE_NAME=asciidoctor/docker-asciidoctor, make deploy), docker-bake.hcl target asciidoctor (tags ${IMAGE_NAME}, ${IMAGE_NAME}:${IMAGE_VERSION}, major, major.minor); Dockerfile ARG alpine_version=3.23.4, FROM alpine:${alpine_version} AS base; at each release tag 1.8.0 (2021-07-20) … 1.106.0 (2026-04-18) the alpine version of its Dockerfile';
const ASCIIDOCTOR_RELEASES: Readonly<Record<string, string>> = {
  'alpine:3.14.0': '1.8.0 1.8.1',
  'alpine:3.13.5': '1.9.0 1.10.0 1.11.0',
  'alpine:3.13.6': '1.12.0 1.13.0',
  'alpine:3.13.7': '1.14.0 1.15.0 1.16.0',
  'alpine:3.15.0': '1.17.0 1.17.1',
  'alpine:3.15.4': '1.18.0 1.19.0 1.20.0 1.21.0 1.22.0 1.22.1 1.22.2 1.23.0 1.24.0 1.25.0',
  'alpine:3.15.5': '1.26.0',
  'alpine:3.16.1': '1.27.0',
  'alpine:3.16.2': '1.28.0 1.29.0 1.30.0 1.31.0 1.32.0 1.33.0 1.34.0',
  'alpine:3.16.3': '1.35.0 1.36.0',
  'alpine:3.17.0': '1.37.0',
  'alpine:3.17.1': '1.37.1 1.38.0',
  'alpine:3.17.2': '1.39.0 1.40.0 1.41.0',
  'alpine:3.17.3': '1.42.0 1.43.0 1.44.0 1.45.0 1.46.0 1.47.0',
  'alpine:3.18.0': '1.48.0 1.49.0',
  'alpine:3.18.2': '1.50.0 1.51.0 1.52.0',
  'alpine:3.18.3': '1.53.0 1.54.0 1.55.0 1.56.0',
  'alpine:3.18.4': '1.57.0 1.58.0',
  'alpine:3.18.5': '1.59.0 1.60.0',
  'alpine:3.19.0': '1.61.0 1.62.0',
  'alpine:3.19.1': '1.63.0 1.64.0 1.65.0 1.66.0 1.67.0 1.68.0 1.69.0 1.70.0 1.71.0',
  'alpine:3.20.0': '1.72.0',
  'alpine:3.20.1': '1.73.0 1.74.0',
  'alpine:3.20.2': '1.75.0',
  'alpine:3.20.3': '1.76.0 1.77.0 1.78.0 1.79.0',
  'alpine:3.21.0': '1.80.0',
  'alpine:3.21.1': '1.81.0',
  'alpine:3.21.2': '1.82.0',
  'alpine:3.21.3': '1.83.0 1.84.0 1.85.0 1.86.0 1.87.0',
  'alpine:3.22.0': '1.88.0 1.89.0 1.90.0',
  'alpine:3.22.1': '1.91.0 1.91.1 1.92.0 1.93.0 1.94.0 1.95.0',
  'alpine:3.22.2': '1.96.0 1.97.0 1.98.0 1.99.0 1.100.0',
  'alpine:3.23.2': '1.101.0',
  'alpine:3.23.3': '1.102.0 1.103.0 1.104.0',
  'alpine:3.23.4': '1.105.0 1.106.0',
};
const ASCIIDOCTOR_REPOS = ['docker.io/asciidoctor/docker-asciidoctor'];
const asciidoctorRules: ImageTagRule[] = [
  {
    id: 'asciidoctor/latest',
    repositories: ASCIIDOCTOR_REPOS,
    tag: /^(?:latest|main)$/,
    base: 'alpine:3.23.4',
    moving: {
      pin: 'asciidoctor/docker-asciidoctor:1.106.0',
      means: 'the main-branch build on Alpine 3.23.4, as of the newest commit read (2026-06-22)',
    },
    source: ASCIIDOCTOR,
  },
  ...exactTagRules(ASCIIDOCTOR_RELEASES, (base) => ({ id: `asciidoctor/${base}`, repositories: ASCIIDOCTOR_REPOS, source: ASCIIDOCTOR })),
];

// --- delfer/alpine-ftp-server (Docker Hub) ------------------------------------------------------------------------------------
// .github/workflows/docker-publish-image.yml pushes only :latest, on a push to master that changes Dockerfile,
// start_vsftpd.sh or vsftpd.conf; the newest such push is 8989ee2 (2025-03-01), whose Dockerfile is FROM $BASE_IMG with
// ARG BASE_IMG=alpine:3.19 (the workflow passes no build-arg).
const DELFER =
  'delfer/docker-alpine-ftp-server @ 8989ee2 (master, 2025-03-01, the newest commit): .github/workflows/docker-publish-image.yml (on push to master touching Dockerfile, start_vsftpd.sh or vsftpd.conf: build-push-action tags delfer/alpine-ftp-server:latest, no build-args); Dockerfile ARG BASE_IMG=alpine:3.19, FROM $BASE_IMG';
const delferRules: ImageTagRule[] = [
  {
    id: 'delfer-alpine-ftp-server/latest',
    repositories: ['docker.io/delfer/alpine-ftp-server'],
    tag: /^latest$/,
    base: 'alpine:3.19',
    moving: { means: 'the Alpine 3.19 build pushed with the newest commit read (2025-03-01); the next push to master rebuilds it' },
    source: DELFER,
  },
];

// --- osrf/ros aliases of retired ROS distributions (osrf/docker_images) ---------------------------------------------------------
// Before cc91e7ae (2022-01-27), the Docker Hub automated builds of osrf/ros ran each folder's hooks/post_push, which retagged
// <distro>-<variant>-<codename> as <distro>-<variant>; only one Ubuntu folder per distribution carried these hooks. ros.ts
// answers the distributions whose Makefiles still make the alias; these are the ones whose alias only the hooks made.
const OSRF_HOOKS =
  'osrf/docker_images @ 90e16975 (2022-02-08, the parent of cc91e7ae, which removed the hooks): ros/<distro>/ubuntu/<codename>/<variant>/hooks/post_push (for tag in <distro>-<variant>; docker tag $IMAGE_NAME ${repoName}:${tag}) in ros/indigo and ros/jade ubuntu/trusty, ros/kinetic, ros/lunar and ros/ardent ubuntu/xenial, ros/bouncy, ros/crystal, ros/dashing and ros/eloquent ubuntu/bionic; each <variant>/Dockerfile FROM ros:/osrf/ros:<distro>-…-<codename>';
const OSRF_HOOK_CODENAME: Readonly<Record<string, readonly [string, string]>> = {
  indigo: ['trusty', 'desktop|desktop-full'],
  jade: ['trusty', 'desktop|desktop-full'],
  kinetic: ['xenial', 'desktop|desktop-full'],
  lunar: ['xenial', 'desktop|desktop-full'],
  ardent: ['xenial', 'desktop'],
  bouncy: ['bionic', 'desktop'],
  crystal: ['bionic', 'desktop'],
  dashing: ['bionic', 'desktop'],
  eloquent: ['bionic', 'desktop'],
};
const osrfHookRules: ImageTagRule[] = Object.entries(OSRF_HOOK_CODENAME).map(
  ([distro, [codename, variants]]): ImageTagRule => ({
    id: `osrf-ros-hook/${distro}`,
    repositories: ['docker.io/osrf/ros'],
    tag: new RegExp(`^${distro}-(?:${variants})$`),
    base: `ubuntu:${codename}`,
    frozen: 'no longer built: the post_push hook that made this alias was removed by cc91e7ae (2022-01-27)',
    source: OSRF_HOOKS,
  }),
);

// --- balena/open-balena-base:no-systemd-<version> (balena-io-modules/open-balena-base) --------------------------------------------
// From v11.1.1 to v13.5.2, .resinci.yml builds Dockerfile.no-systemd into the docker_repo balena/open-balena-base:no-systemd;
// the published tags no-systemd-<version> (no-systemd-13.0.4 in the nineteenth sample) carry the git tag's version. At each of
// those tags Dockerfile.no-systemd is FROM one balenalib/amd64-debian-node:<node>-<codename>-run image, as listed; Dockerfile
// (the systemd variant) is FROM debian:<the same codename> at every one of them. Later tags build no no-systemd variant.
const OPEN_BALENA_BASE =
  'balena-io-modules/open-balena-base @ 041e496 (2026-08-05): .resinci.yml at tags v11.1.1 (2021-03-18) … v13.5.2 (2022-09-26) (docker builds: Dockerfile → balena/open-balena-base, Dockerfile.no-systemd → balena/open-balena-base:no-systemd); Dockerfile.no-systemd FROM balenalib/amd64-debian-node:<node>-buster-run (v11.x) or -bullseye-run (v12.0.0 …) at each tag, Dockerfile FROM debian:buster / debian:bullseye';
const OPEN_BALENA_NO_SYSTEMD: Readonly<Record<string, string>> = {
  'balenalib/amd64-debian-node:14.16.0-buster-run': '11.1.1',
  'balenalib/amd64-debian-node:14.16.1-buster-run': '11.1.2',
  'balenalib/amd64-debian-node:14.17.0-buster-run': '11.2.0',
  'balenalib/amd64-debian-node:14.17.1-buster-run': '11.3.0 11.3.1',
  'balenalib/amd64-debian-node:14.17.2-buster-run': '11.3.2 11.3.3 11.3.4',
  'balenalib/amd64-debian-node:14.17.4-buster-run': '11.3.5 11.3.6 11.3.7',
  'balenalib/amd64-debian-node:14.17.5-buster-run': '11.3.8 11.3.9 11.3.10 11.3.11 11.3.12',
  'balenalib/amd64-debian-node:14.17.5-bullseye-run': '12.0.0 12.0.1 12.0.2 12.0.3 12.1.0 12.1.1',
  'balenalib/amd64-debian-node:14.18.1-bullseye-run': '12.2.0',
  'balenalib/amd64-debian-node:16.13.0-bullseye-run': '13.0.0 13.0.1 13.0.2',
  'balenalib/amd64-debian-node:16.13.1-bullseye-run': '13.0.3',
  'balenalib/amd64-debian-node:16.13.2-bullseye-run': '13.0.4 13.0.5 13.0.6 13.0.7',
  'balenalib/amd64-debian-node:16.14.0-bullseye-run': '13.1.0 13.2.0',
  'balenalib/amd64-debian-node:16.14.2-bullseye-run': '13.2.1 13.2.2 13.2.3',
  'balenalib/amd64-debian-node:16.15.0-bullseye-run': '13.3.0 13.3.1',
  'balenalib/amd64-debian-node:16.15.1-bullseye-run': '13.3.2',
  'balenalib/amd64-debian-node:16.16.0-bullseye-run': '13.4.0',
  'balenalib/amd64-debian-node:16.17.0-bullseye-run': '13.5.0 13.5.1',
  'balenalib/amd64-debian-node:16.17.1-bullseye-run': '13.5.2',
};
const openBalenaBaseRules: ImageTagRule[] = exactTagRules(
  OPEN_BALENA_NO_SYSTEMD,
  (base) => ({ id: `open-balena-base/no-systemd-${base}`, repositories: ['docker.io/balena/open-balena-base'], source: OPEN_BALENA_BASE }),
  { prefix: 'no-systemd-' },
);

// --- minio/minio and quay.io/minio/minio RELEASE tags before 2023-11 (minio/minio) ---------------------------------------------
// communityImages.ts answers the tags from RELEASE.2023-11-01 on (UBI 9 micro). Earlier, docker-buildx.sh at each release tag
// pushes minio/minio:${release} (from RELEASE.2020-12-03) and quay.io/minio/minio:${release} (from RELEASE.2021-06-14), release
// being git describe's tag, from that tag's Dockerfile.release; its last FROM at every such tag, read tag by tag, is listed.
// Tags the script did not push (before 2020-12-03, quay.io before 2021-06-14, the .fips and -cpuv1 builds) keep their answer.
const MINIO_BUILDX =
  'minio/minio @ 7aac2a2c (2026-02-12; 521 RELEASE.* tags): at each of the 221 tags RELEASE.2020-12-03T00-03-10Z … RELEASE.2023-10-25T06-33-25Z, docker-buildx.sh (release=$(git describe --abbrev=0 --tags); docker buildx build --push -t "minio/minio:${release}" … -f Dockerfile.release, and from RELEASE.2021-06-14T01-29-23Z also -t "quay.io/minio/minio:${release}"); Dockerfile.release last FROM at each tag: alpine:3.12 (2020-12-03), registry.access.redhat.com/ubi8/ubi-minimal:8.3 … 8.8 (2020-12-10 … 2023-10-25)';
const MINIO_RELEASES: Readonly<Record<string, string>> = {
  'alpine:3.12': '2020-12-03T00-03-10Z 2020-12-03T05-49-24Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.3':
    '2020-12-10T01-54-29Z 2020-12-12T08-39-07Z 2020-12-16T05-05-17Z 2020-12-18T03-27-42Z 2020-12-23T02-24-12Z 2020-12-26T01-35-54Z 2020-12-29T23-29-29Z 2021-01-05T05-22-38Z 2021-01-08T21-18-21Z 2021-01-16T02-19-44Z 2021-01-30T00-20-58Z 2021-02-01T22-56-52Z 2021-02-07T01-31-02Z 2021-02-11T08-23-43Z 2021-02-14T04-01-33Z 2021-02-19T04-38-02Z 2021-02-23T20-05-01Z 2021-02-24T18-44-45Z 2021-03-01T04-20-55Z 2021-03-04T00-53-13Z 2021-03-10T05-11-33Z 2021-03-12T00-00-47Z 2021-03-17T02-33-02Z 2021-03-26T00-00-41Z 2021-04-06T23-11-00Z 2021-04-18T19-26-29Z 2021-04-22T15-44-28Z 2021-05-11T23-27-41Z 2021-05-16T05-32-34Z 2021-05-18T00-53-28Z 2021-05-20T22-31-44Z 2021-05-22T02-34-39Z 2021-05-26T00-22-46Z 2021-05-27T22-06-31Z 2021-06-07T21-40-51Z 2021-06-09T18-51-39Z 2021-06-14T01-29-23Z 2021-06-17T00-10-46Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.4':
    '2021-07-08T01-15-01Z 2021-07-08T19-43-25Z 2021-07-12T02-44-53Z 2021-07-15T22-27-34Z 2021-07-21T22-15-23Z 2021-07-22T05-23-32Z 2021-07-27T02-40-15Z 2021-07-30T00-02-00Z 2021-08-05T22-01-19Z 2021-08-17T20-53-08Z 2021-08-20T18-32-01Z 2021-08-25T00-41-18Z 2021-08-31T05-46-54Z 2021-09-03T03-56-13Z 2021-09-09T21-37-07Z 2021-09-15T04-54-25Z 2021-09-18T18-09-59Z 2021-09-23T04-46-24Z 2021-09-24T00-24-24Z 2021-10-02T16-31-05Z 2021-10-06T23-36-31Z 2021-10-08T23-58-24Z 2021-10-10T16-53-30Z 2021-10-13T00-23-17Z 2021-10-23T03-28-24Z 2021-10-27T16-29-42Z 2021-11-03T03-36-36Z 2021-11-05T09-16-26Z 2021-11-09T03-21-45Z 2021-11-24T23-19-33Z 2021-12-09T06-19-41Z 2021-12-10T23-03-39Z 2021-12-18T04-42-33Z 2021-12-20T22-07-16Z 2021-12-27T07-23-18Z 2021-12-29T06-49-06Z 2022-01-03T18-22-58Z 2022-01-04T07-41-07Z 2022-01-07T01-53-23Z 2022-01-08T03-11-54Z 2022-01-25T19-56-04Z 2022-01-27T03-53-02Z 2022-01-28T02-28-16Z 2022-02-01T18-00-14Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.5':
    '2022-02-05T04-40-59Z 2022-02-07T08-17-33Z 2022-02-12T00-51-25Z 2022-02-16T00-35-27Z 2022-02-17T23-22-26Z 2022-02-18T01-50-10Z 2022-02-24T22-12-01Z 2022-02-26T02-54-46Z 2022-03-03T21-21-16Z 2022-03-05T06-32-39Z 2022-03-08T22-28-51Z 2022-03-11T11-08-23Z 2022-03-11T23-57-45Z 2022-03-14T18-25-24Z 2022-03-17T02-57-36Z 2022-03-17T06-34-49Z 2022-03-22T02-05-10Z 2022-03-24T00-43-44Z 2022-03-26T06-49-28Z 2022-04-01T03-41-39Z 2022-04-08T19-44-35Z 2022-04-09T15-09-52Z 2022-04-12T06-55-35Z 2022-04-16T04-26-02Z 2022-04-26T01-20-24Z 2022-04-29T01-27-09Z 2022-04-30T22-23-53Z 2022-05-03T20-36-08Z 2022-05-04T07-45-27Z 2022-05-08T23-50-31Z 2022-05-19T18-20-59Z 2022-05-23T18-45-11Z 2022-05-26T05-48-41Z 2022-06-02T02-11-04Z 2022-06-02T16-16-26Z 2022-06-03T01-40-53Z 2022-06-06T23-14-52Z 2022-06-07T00-33-41Z 2022-06-10T16-59-15Z 2022-06-11T19-55-32Z 2022-06-17T02-00-35Z 2022-06-20T23-13-45Z 2022-06-25T15-50-16Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.6':
    '2022-06-30T20-58-09Z 2022-07-04T21-02-54Z 2022-07-06T20-29-49Z 2022-07-08T00-05-23Z 2022-07-13T23-29-44Z 2022-07-15T03-44-22Z 2022-07-17T15-43-14Z 2022-07-24T01-54-52Z 2022-07-24T17-09-31Z 2022-07-26T00-53-03Z 2022-07-29T19-40-48Z 2022-07-30T05-21-40Z 2022-08-02T23-59-16Z 2022-08-05T23-27-09Z 2022-08-08T18-34-09Z 2022-08-11T04-37-28Z 2022-08-13T21-54-44Z 2022-08-22T23-53-06Z 2022-08-25T07-17-05Z 2022-08-26T19-53-15Z 2022-09-01T23-53-36Z 2022-09-07T22-25-02Z 2022-09-17T00-09-45Z 2022-09-22T18-57-27Z 2022-09-25T15-44-53Z 2022-10-02T19-29-29Z 2022-10-05T14-58-27Z 2022-10-08T20-11-00Z 2022-10-15T19-57-03Z 2022-10-20T00-55-09Z 2022-10-21T22-37-48Z 2022-10-24T18-35-07Z 2022-10-29T06-21-33Z 2022-11-08T05-27-07Z 2022-11-10T18-20-21Z 2022-11-11T03-44-20Z 2022-11-17T23-20-09Z 2022-11-26T22-43-32Z 2022-11-29T23-40-49Z 2022-12-02T19-19-22Z 2022-12-07T00-56-37Z 2022-12-12T19-27-27Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.7':
    '2023-01-02T09-40-09Z 2023-01-06T18-11-18Z 2023-01-12T02-06-16Z 2023-01-18T04-36-38Z 2023-01-20T02-05-44Z 2023-01-25T00-19-54Z 2023-01-31T02-24-19Z 2023-02-09T05-16-53Z 2023-02-10T18-48-39Z 2023-02-17T17-52-43Z 2023-02-22T18-23-45Z 2023-02-27T18-10-45Z 2023-03-09T23-16-13Z 2023-03-13T19-46-17Z 2023-03-20T20-16-18Z 2023-03-22T06-36-24Z 2023-03-24T21-41-23Z 2023-04-07T05-28-58Z 2023-04-13T03-08-07Z 2023-04-20T17-56-55Z 2023-04-28T18-11-17Z 2023-05-04T21-44-30Z 2023-05-18T00-05-36Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.8':
    '2023-05-27T05-56-19Z 2023-06-02T23-17-26Z 2023-06-09T07-32-12Z 2023-06-16T02-41-06Z 2023-06-19T19-52-50Z 2023-06-23T20-26-00Z 2023-06-29T05-12-28Z 2023-07-07T07-13-57Z 2023-07-11T21-29-34Z 2023-07-18T17-49-40Z 2023-07-21T21-12-44Z 2023-08-04T17-40-21Z 2023-08-09T23-30-22Z 2023-08-16T20-17-30Z 2023-08-23T10-07-06Z 2023-08-29T23-07-35Z 2023-08-31T15-31-16Z 2023-09-04T19-57-37Z 2023-09-07T02-05-02Z 2023-09-16T01-01-47Z 2023-09-20T22-49-55Z 2023-09-23T03-47-50Z 2023-09-27T15-22-50Z 2023-09-30T07-02-29Z 2023-10-07T15-07-38Z 2023-10-14T05-17-22Z 2023-10-16T04-13-43Z 2023-10-24T04-42-36Z 2023-10-25T06-33-25Z',
};
/** quay.io/minio/minio got the same pushes from RELEASE.2021-06-14T01-29-23Z on (the tags sort by date). */
const MINIO_QUAY_FROM = '2021-06-14T01-29-23Z';
const MINIO_QUAY_RELEASES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MINIO_RELEASES)
    .map(([base, tags]) => [
      base,
      tags
        .split(' ')
        .filter((t) => t >= MINIO_QUAY_FROM)
        .join(' '),
    ])
    .filter(([, tags]) => tags !== ''),
);
const minioBuildxRules: ImageTagRule[] = [
  ...exactTagRules(
    MINIO_RELEASES,
    (base) => ({ id: `minio-buildx/${base}`, repositories: ['docker.io/minio/minio'], source: MINIO_BUILDX }),
    {
      prefix: 'RELEASE\\.',
    },
  ),
  ...exactTagRules(
    MINIO_QUAY_RELEASES,
    (base) => ({ id: `minio-buildx/quay-${base}`, repositories: ['quay.io/minio/minio'], source: MINIO_BUILDX }),
    { prefix: 'RELEASE\\.' },
  ),
];

// --- nuvla/job-lite (nuvla/job-engine) -------------------------------------------------------------------------------------------
// release.sh at each release tag runs mvn deploy; container-lite/pom.xml builds and pushes docker.io/${docker-organization}/job-lite
// with docker-tag = the project version (organization nuvla for a release version, nuvladev for a dev one) from
// container-lite/Dockerfile, whose last FROM at each tag is listed (python:<py>-alpine<alpine>, through ARG defaults from 3.3.0;
// container-build.sh passes only git metadata as build args). Tags 2.11.0 … 2.14.1, FROM the moving python:3.8-alpine, are not
// resolved here.
const NUVLA_JOB_LITE =
  'nuvla/job-engine @ 550a997 (2025-08-11): at each release tag 2.14.2 … 3.9.4 (2023-12-21), release.sh (mvn … deploy), container-lite/pom.xml (docker-tag = ${project.version}; docker-organization nuvla for release versions; repository docker.io/${docker-organization}/job-lite; container-build.sh / container-push.sh), container-lite/Dockerfile last FROM python:3.8-alpine3.12 (2.14.2 … 3.2.7), python:3.10-alpine3.14 (2.16.3), ${BASE_IMAGE} = python:3.11-alpine3.18 by ARG defaults (3.3.0 … 3.9.4)';
const NUVLA_JOB_LITE_RELEASES: Readonly<Record<string, string>> = {
  'python:3.8-alpine3.12':
    '2.14.2 2.15.0 2.15.1 2.15.2 2.16.0 2.16.1 2.16.2 2.17.0 2.18.0 2.19.0 2.20.0 2.20.1 2.20.2 3.0.0 3.1.0 3.1.1 3.1.2 3.2.0 3.2.1 3.2.2 3.2.3 3.2.4 3.2.5 3.2.6 3.2.7',
  'python:3.10-alpine3.14': '2.16.3',
  'python:3.11-alpine3.18':
    '3.3.0 3.3.1 3.4.0 3.4.1 3.4.2 3.5.0 3.5.1 3.5.2 3.6.0 3.7.0 3.7.1 3.8.0 3.8.1 3.8.2 3.9.0 3.9.1 3.9.2 3.9.3 3.9.4',
};
const nuvlaJobLiteRules: ImageTagRule[] = exactTagRules(NUVLA_JOB_LITE_RELEASES, (base) => ({
  id: `nuvla-job-lite/${base}`,
  repositories: ['docker.io/nuvla/job-lite'],
  source: NUVLA_JOB_LITE,
}));

export const vendorFamily23Rules: ImageTagRule[] = [
  ...jreiRules,
  ...asciidoctorRules,
  ...delferRules,
  ...osrfHookRules,
  ...openBalenaBaseRules,
  ...minioBuildxRules,
  ...nuvlaJobLiteRules,
];
