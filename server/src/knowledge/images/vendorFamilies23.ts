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
    moving: { pin: 'asciidoctor/docker-asciidoctor:1.106.0', means: 'the main-branch build on Alpine 3.23.4, as of the newest commit read (2026-06-22)' },
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

export const vendorFamily23Rules: ImageTagRule[] = [...jreiRules, ...asciidoctorRules, ...delferRules, ...osrfHookRules];
