/**
 * Non-official image families of issue #17, eighth file: the biggest unknown groups of the twelfth sample and of the two
 * weakest ones (seventh, tenth) whose build files are public. The rules of the game are thirdParty.ts's, as in
 * vendorFamilies2.ts … vendorFamilies7.ts: a tag resolves only where every version of the build files that could have
 * pushed it names one base, and the rest of each repository stays unknown with the reason. Registered after
 * vendorFamilies7.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- JupyterHub (jupyterhub/jupyterhub) ---------------------------------------------------------------------------------
// Up to 1.3.0 Docker Cloud built the repository and hooks/post_push tagged the image with the `jupyterhub --version` it
// reported (X.Y.Z, X.Y, latest); from 1.4.0 .github/workflows/release.yml pushes X.Y.Z, X.Y, X and latest only for the git
// tag X.Y.Z (action-major-minor-tag-calculator; branches get their branch name), building the root Dockerfile without
// build arguments. So a version tag comes from the Dockerfile of the commits carrying that version: listed where all of
// them name one release. 1.2.0 is left out (its commits named Ubuntu 18.04 and 20.04), and from 5.3.0 the repository has
// no Dockerfile (the images are built elsewhere, not read). latest, X and the 5.x series tags still move.
const JUPYTERHUB =
  'jupyterhub/jupyterhub @ 2841153d (2026-08-20): Dockerfile (final FROM, ARG BASE_IMAGE default) at every release tag 0.8.0 … 5.2.1 and at every commit whose jupyterhub/_version.py names a release up to 1.4.0; hooks/post_push (Docker Cloud, to 1.3.0: tags $hub_xyz, $hub_xy and latest from `jupyterhub --version`); .github/workflows/release.yml (from 1.4.0: jupyterhub/action-major-minor-tag-calculator, no build-args for the jupyterhub image); no Dockerfile from 5.3.0';
const JUPYTERHUB_VERSIONS: Readonly<Record<string, string>> = {
  'debian:jessie': '0.8.0 0.8.1 0.8',
  'ubuntu:18.04': '0.9.0 0.9.1 0.9.2 0.9.3 0.9.4 0.9.5 0.9.6 0.9 1.0.0 1.0',
  'ubuntu:bionic-20191029': '1.1.0 1.1',
  'ubuntu:focal-20200729':
    '1.2.1 1.2.2 1.3.0 1.3 1.4.0 1.4.1 1.4.2 1.4 1.5.0 1.5.1 1.5 2.0.0 2.0.1 2.0.2 2.0 2.1.0 2.1.1 2.1 2.2.0 2.2.1 2.2.2 2.2 2.3.0 2.3.1 2.3',
  'ubuntu:22.04': '3.0.0 3.0 3.1.0 3.1.1 3.1 4.0.0 4.0.1 4.0.2 4.0 4.1.0 4.1.1 4.1.2 4.1.3 4.1.4 4.1.5 4.1.6 4.1 5.0.0 5.1.0 5.2.0 5.2.1',
};
const jupyterhubRules: ImageTagRule[] = [
  ...exactTagRules(JUPYTERHUB_VERSIONS, (base) => ({
    id: `jupyterhub/${base.replace(':', '-')}`,
    repositories: ['docker.io/jupyterhub/jupyterhub'],
    source: JUPYTERHUB,
  })),
  {
    id: 'jupyterhub/other',
    repositories: ['docker.io/jupyterhub/jupyterhub'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release whose Dockerfile versions all name one base (latest, the major tags and the 5.x series tags move; 1.2.0 was built on Ubuntu 18.04 and 20.04; from 5.3.0 the images are not built from this repository)',
    source: JUPYTERHUB,
  },
];

// --- bitwalker/alpine-erlang, alpine-elixir, alpine-elixir-phoenix ---------------------------------------------------------
// Each repository's `make release` (Docker Cloud by hand, GitHub Actions from 2020-12 on every push touching the build
// files) builds the Dockerfile with the VERSION file's versions and pushes <version>, <major.minor>, <major> and latest
// (before 2018 only <version> and latest). alpine-erlang's final stage is FROM alpine:<the VERSION file's Alpine version>
// (gliderlabs/alpine:3.3/3.4 in 2016), alpine-elixir FROM bitwalker/alpine-erlang:<ERLANG_VERSION>, alpine-elixir-phoenix
// FROM bitwalker/alpine-elixir:<ELIXIR_VERSION>. A tag is listed where every commit that could have pushed it — through
// every push of the tag it is built FROM — names one Alpine release; latest, the newest series' tags and versions rebuilt
// on a newer Alpine (elixir 1.12.1, 1.9.4, erlang 22.2.1 …) are left out.
const BITWALKER =
  'bitwalker/alpine-erlang @ f0306ce6 (2025-05-05), bitwalker/alpine-elixir @ 33037431 (2024-01-21), bitwalker/alpine-elixir-phoenix @ 38938363 (2023-07-07): VERSION, Dockerfile (final FROM) and Makefile (the tags `make release` pushes) at every commit of each; .github/workflows/ci.yml (make release on pushes touching them)';
const ERLANG_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.3': '4.0 5.0 5.1',
  'alpine:3.4': '6.0 6.1 19.0.1b 19.0.1 19.1.6',
  'alpine:3.5': '19.2.1b 19.2.1 19.3',
  'alpine:3.6': '20.0 20.0.1 20.0.5 20.1.3',
  'alpine:3.7': '20.2 20.2.1 20.2.2 20.2.4 20.3 20.3.1 20.3.2 20.3.4 20.3.6 20.3.7 20.3.8 21.0.2',
  'alpine:3.8': '21.0.4 21.0.9 21.1 21.1.1 21.1.3',
  'alpine:3.9': '21.2 21.2.4 21.3 21.3.2 21.3.3 21.3.4 21.3.5 21.3.6 21.3.7 21.3.8 22.0.1 22.0.2',
  'alpine:3.10': '22.0.5 22.0.6 22.0.7 22.1 22.1.3 22.1.5 22.1.8',
  'alpine:3.11': '22.2.2 22.2.3 22.2.6 22.2.8 22.3 22.3.3',
  'alpine:3.12': '23.0 23.0.2 23.1 23.1.1 23.1.2 23.2.1',
  'alpine:3.13': '23.2.2 23.2.3 23.2.5 23.2.7 23.3 23.3.1 23.3.2 23.3.3 23.3.4',
  'alpine:3.14': '24.0.3 24.0.4 24.0.5 24.0.6 24.1.1 24.1.2 24.1.4 24.1.5',
  'alpine:3.15': '24.1.7 24.2 24.2.1 24.2.2 24.3 24.3.2 24.3.3 24.3.4 25.0.2',
  'alpine:3.16': '25.0.3 25.0.4 25.1 25.1.2',
  'alpine:3.18': '26.0 26.0.1',
  'alpine:3.19': '26.2 26.2.1 26.2.3',
  'alpine:3.21': '27.2 27.3.3',
};
const ELIXIR_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.6': '1.5.0 1.5.1',
  'alpine:3.7': '1.5.3 1.6.0 1.6.1 1.6.2 1.6.3 1.6.4 1.6.5',
  'alpine:3.8': '1.8.0',
  'alpine:3.9': '1.8.2',
  'alpine:3.10': '1.9.2',
  'alpine:3.11': '1.10.0 1.10.1 1.10.2 1.10.3',
  'alpine:3.12': '1.10.4 1.11.0 1.11.1 1.11.2',
  'alpine:3.13': '1.11.3 1.11.4',
  'alpine:3.14': '1.12.2 1.12.3',
  'alpine:3.15': '1.13 1.13.1 1.13.2 1.13.3 1.13.4',
  'alpine:3.16': '1.14 1.14.0',
  'alpine:3.18': '1.15 1.15.0',
  'alpine:3.19': '1.16.0',
};
const PHOENIX_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.7': '1.6.1 1.6.3 1.6.4',
  'alpine:3.8': '1.8.0',
  'alpine:3.10': '1.9.2',
  'alpine:3.11': '1.10.2 1.10.3',
  'alpine:3.12': '1.10.4 1.11.0',
  'alpine:3.13': '1.11.3 1.11.4',
  'alpine:3.14': '1.12 1.12.2 1.12.3',
  'alpine:3.15': '1.13 1.13.1',
  'alpine:3.16': '1.14 1.14.0',
  'alpine:3.18': '1.15.0',
};
const bitwalker = (name: string, tags: Readonly<Record<string, string>>): ImageTagRule[] =>
  exactTagRules(tags, (base) => ({
    id: `bitwalker-${name}/${base.slice('alpine:'.length)}`,
    repositories: [`docker.io/bitwalker/${name}`],
    source: BITWALKER,
  }));
const bitwalkerRules: ImageTagRule[] = [
  ...bitwalker('alpine-erlang', ERLANG_TAGS),
  ...bitwalker('alpine-elixir', ELIXIR_TAGS),
  ...bitwalker('alpine-elixir-phoenix', PHOENIX_TAGS),
  {
    id: 'bitwalker/other',
    repositories: ['docker.io/bitwalker/alpine-erlang', 'docker.io/bitwalker/alpine-elixir', 'docker.io/bitwalker/alpine-elixir-phoenix'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose every build ran on one Alpine release: latest and the major and newest series tags were re-pushed with each new version (Alpine 3.3 … 3.21), and some versions were rebuilt on a newer Alpine',
    source: BITWALKER,
  },
];

// --- frolvlad/alpine-glibc -------------------------------------------------------------------------------------------------
// Alpine with a glibc package. Docker Hub built a branch per Alpine release (alpine-3.2 … alpine-3.16_glibc-2.35, each FROM
// alpine:3.N) until 2022; since then the master workflow builds daily and tags latest, alpine-3, glibc-<v>,
// alpine-3_glibc-<v>, alpine-3.N and alpine-3.N_glibc-<v> with the N its Dockerfile's final stage is FROM. Two commits of
// 2025-03 tagged alpine-3.20 while the Dockerfile was FROM alpine:3.21, so alpine-3.20 tags are left out.
const FROLVLAD =
  'frolvlad/docker-alpine-glibc @ 33dafb10 (2026-03-10): the Dockerfile of every branch alpine-3.2 … alpine-3.16_glibc-2.35 (FROM alpine:3.N); on master the final FROM (ARG ALPINE_VERSION=3.22 since 8fd9120, 2025-09-03) and .github/workflows/build-and-push.yaml (daily schedule; tags latest, alpine-3, glibc-2.42, alpine-3.22, alpine-3.22_glibc-2.42) at every commit; fa7028f and 20374d3 (2025-03) tagged alpine-3.20 over FROM alpine:3.21';
const frolvladRules: ImageTagRule[] = [
  {
    id: 'frolvlad-alpine-glibc/alpine-3.N',
    repositories: ['docker.io/frolvlad/alpine-glibc'],
    tag: /^alpine-3\.(?<n>[2-9]|1\d|2[12])(?:_glibc-[\w.-]+)?$/,
    base: 'alpine:3.{n}',
    source: FROLVLAD,
  },
  {
    id: 'frolvlad-alpine-glibc/latest',
    repositories: ['docker.io/frolvlad/alpine-glibc'],
    tag: /^(?:latest|alpine-3|glibc-2\.42|alpine-3_glibc-2\.42)$/,
    base: 'alpine:3.22',
    moving: { pin: 'frolvlad/alpine-glibc:alpine-3.22_glibc-2.42' },
    source: FROLVLAD,
  },
  {
    id: 'frolvlad-alpine-glibc/other',
    repositories: ['docker.io/frolvlad/alpine-glibc'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} does not name an Alpine release this repository built consistently (alpine-3.20 tags were pushed from a Dockerfile FROM alpine:3.21 in 2025-03; older glibc-only tags moved with master)',
    source: FROLVLAD,
  },
];

// --- Uptime Kuma (louislam/uptime-kuma) --------------------------------------------------------------------------------
// Releases are pushed by hand: on the 1.x line `npm run build-docker-debian` tags latest, 1, debian, 1-debian, <version> and
// <version>-debian from docker/dockerfile, whose release stage is FROM node:14-buster-slim (1.6.2 … 1.7.3) and from 1.8.0
// FROM louislam/uptime-kuma:base-debian, itself pushed by hand from docker/debian-base.dockerfile, FROM
// node:{14,16,18}-buster-slim in every version on master and 1.23.X. The 2.x line (master) pushes next, 2 and its version
// on base2 instead, so latest and 1 still carry the newest 1.x release. Earlier 1.x releases were built on Alpine 3.12
// and Debian 11 (1.0.5 … 1.6.1) and the 2.x tags on bookworm or trixie bases pushed by hand: not listed.
const UPTIME_KUMA =
  'louislam/uptime-kuma @ 6398a958 (2026-08-22): package.json build-docker-debian and docker/dockerfile (release stage) at every release tag 1.6.2 … 1.23.17, docker/debian-base.dockerfile in every version on master and 1.23.X (FROM node:14/16/18-buster-slim, base-debian); extra/release/lib.mjs on master and 2.2.X (buildImage tags next, 2, <version>)';
const UPTIME_KUMA_1X =
  '1.6.2 1.6.3 1.7.0 1.7.1 1.7.2 1.7.3 1.8.0 1.9.0 1.9.1 1.9.2 1.10.0 1.10.1 1.10.2 1.11.0 1.11.1 1.11.2 1.11.3 1.11.4 1.12.0 1.12.1 1.13.0 1.13.1 1.13.2 1.14.0 1.14.1 1.15.0 1.15.1 1.16.0 1.16.1 1.17.0 1.17.1 1.18.0 1.18.1 1.18.2 1.18.3 1.18.4 1.18.5 1.19.0 1.19.1 1.19.2 1.19.3 1.19.4 1.19.5 1.19.6 1.20.0 1.20.1 1.20.2 1.21.0 1.21.1 1.21.2 1.21.3 1.22.0 1.22.1 1.23.0 1.23.1 1.23.2 1.23.3 1.23.4 1.23.5 1.23.6 1.23.7 1.23.8 1.23.9 1.23.10 1.23.11 1.23.12 1.23.13 1.23.14 1.23.15 1.23.16 1.23.17';
const uptimeKumaRules: ImageTagRule[] = [
  ...exactTagRules(
    { 'debian:buster-slim': UPTIME_KUMA_1X },
    () => ({ id: 'uptime-kuma/1.x-buster', repositories: ['docker.io/louislam/uptime-kuma'], variant: 'slim', source: UPTIME_KUMA }),
    { suffix: '(?:-debian)?' },
  ),
  {
    id: 'uptime-kuma/latest-1.x',
    repositories: ['docker.io/louislam/uptime-kuma'],
    tag: /^(?:latest|1|debian|1-debian)$/,
    base: 'debian:buster-slim',
    variant: 'slim',
    moving: { pin: 'louislam/uptime-kuma:1.23.17', means: 'the newest 1.x release, on Debian 10 (buster) since 1.6.2' },
    source: UPTIME_KUMA,
  },
  {
    id: 'uptime-kuma/other',
    repositories: ['docker.io/louislam/uptime-kuma'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a 1.x Debian tag whose build files all name Debian 10 (2.x tags run on base images pushed by hand from node bookworm and trixie images; early 1.x releases and the -alpine tags were built on Alpine)',
    source: UPTIME_KUMA,
  },
];

// --- alpine/helm (alpine-docker/helm): an honest unknown ---------------------------------------------------------------
// Every version of the Dockerfile is FROM a moving Alpine tag (alpine:edge, alpine:latest since 2026-05-12), and build.sh
// builds a Helm release when its tag is missing on Docker Hub (or when a rebuild is asked for), then copies it to the
// minor, major and latest tags: which Alpine release a tag got depends on the day it was built, which is not recorded.
const ALPINE_HELM =
  'alpine-docker/helm @ 56d4e9de (2026-05-13): Dockerfile (FROM alpine:latest since ba07cab, 2026-05-12; alpine:edge before) and build.sh (builds the newest Helm release if its tag is not on Docker Hub or REBUILD=true; crane copy to <minor>, <major>, latest)';
const alpineHelmRules: ImageTagRule[] = [
  {
    id: 'alpine-helm/any',
    repositories: ['docker.io/alpine/helm'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built FROM a moving Alpine tag (alpine:edge, then alpine:latest) on the day its Helm release was first built or rebuilt; which Alpine release that was is not recorded',
    source: ALPINE_HELM,
  },
];

export const vendorFamily8Rules: readonly ImageTagRule[] = [
  ...jupyterhubRules,
  ...bitwalkerRules,
  ...frolvladRules,
  ...uptimeKumaRules,
  ...alpineHelmRules,
];
