/**
 * Non-official image families of issue #17, ninth file: moving tags of the biggest unknown groups across all samples, each
 * described as of the newest build files read (repository @ commit (date) in every source), and a version tag only where
 * its own release file was read. The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts … vendorFamilies8.ts.
 * Registered after vendorFamilies8.ts and before thirdParty.ts, whose catch-all unknowns for the same repositories stay in
 * force for every tag not listed here.
 */
import type { ImageTagRule } from './ruleTypes';

// --- continuumio/miniconda3 and anaconda3: latest and main (ContinuumIO/docker-images) ----------------------------------
// thirdParty.ts lists the release tags (<version> from the git tag miniconda3-v<version> / anaconda3-<version>). Since the
// GitHub Actions workflows replaced Concourse (2021-07), the Debian workflows' docker/metadata-action has latest=auto
// (flavor not set): a push of a release tag (type=match) also tags latest, a push to main tags main (type=ref,event=branch),
// and only the Debian workflows can push either (the Amazon Linux one sets latest=false and suffixes -amazonlinux; the
// Alpine workflows were removed in a1f01ff, 2023-08-24). So latest is the newest release tag's build and main the newest
// main commit's: both move, and are given as of the newest commit read. Older latest builds (bullseye until 24.3.0-0,
// buster before) are what a pull of that era got, not what latest means today.
const CONDA_MOVING =
  'ContinuumIO/docker-images @ dc64b234 (2024-07-02, the newest commit read): .github/workflows/miniconda_debian_ci.yml and anaconda_debian_ci.yml (docker/metadata-action v5.5.1, tags type=ref,event=branch and type=match on miniconda3-v(.*) / anaconda3-(.*), flavor latest=auto by default; push for main and tags only), anaconda_amazonlinux_ci.yml (latest=false, suffix -amazonlinux); the newest release tags miniconda3-v24.5.0-0 @ 4043339 (2024-06-26) and anaconda3-2024.06-1 @ a03f51e (2024-06-27): miniconda3/debian and anaconda3/debian Dockerfile FROM debian:12.5-slim; main @ dc64b23: FROM debian:12.6-slim. docker/metadata-action README: a push tag event yields <tag> and latest, a branch push only the branch name';
const condaMovingRules: ImageTagRule[] = [
  {
    id: 'miniconda3/latest',
    repositories: ['docker.io/continuumio/miniconda3'],
    tag: /^latest$/,
    base: 'debian:12.5-slim',
    variant: 'slim',
    moving: {
      pin: 'continuumio/miniconda3:24.5.0-0',
      means: 'the newest Miniconda3 release build: 24.5.0-0 on Debian 12 (bookworm) as of the newest commit read (2024-07-02)',
    },
    source: CONDA_MOVING,
  },
  {
    id: 'miniconda3/main',
    repositories: ['docker.io/continuumio/miniconda3'],
    tag: /^main$/,
    base: 'debian:12.6-slim',
    variant: 'slim',
    moving: { means: 'the build of the newest commit on main: Debian 12 (bookworm) as of the newest commit read (2024-07-02)' },
    source: CONDA_MOVING,
  },
  {
    id: 'anaconda3/latest',
    repositories: ['docker.io/continuumio/anaconda3'],
    tag: /^latest$/,
    base: 'debian:12.5-slim',
    variant: 'slim',
    moving: {
      pin: 'continuumio/anaconda3:2024.06-1',
      means: 'the newest Anaconda3 release build: 2024.06-1 on Debian 12 (bookworm) as of the newest commit read (2024-07-02)',
    },
    source: CONDA_MOVING,
  },
];

// --- Selenium Grid images: latest (SeleniumHQ/docker-selenium) -------------------------------------------------------------
// thirdParty.ts lists every release build (<version>-<YYYYMMDD>) by the Ubuntu its Base/Dockerfile named. The deploy workflow
// runs `make tag_latest` and `make release_latest` with each release, so latest is the newest release build: 4.25.0-20241024
// on Ubuntu 24.04 (noble) at the newest commit read. It moves with each release.
const SELENIUM_LATEST =
  'SeleniumHQ/docker-selenium @ 3290a305 (2024-10-24, the newest commit read; release 4.25.0-20241024): .github/workflows/deploy.yml (make tag_latest, make release_latest after the release build), Makefile tag_latest / release_latest (every image: docker tag …:$(TAG_VERSION) …:latest, docker push …:latest), Base/Dockerfile FROM ubuntu:noble-20240904.1; every other image FROM ${NAMESPACE}/base or node-base of the same build';
const SELENIUM_IMAGES = [
  'base',
  'hub',
  'distributor',
  'router',
  'sessions',
  'session-queue',
  'event-bus',
  'node-base',
  'node-chrome',
  'node-chromium',
  'node-edge',
  'node-firefox',
  'node-docker',
  'standalone-chrome',
  'standalone-chromium',
  'standalone-edge',
  'standalone-firefox',
  'standalone-docker',
].map((name) => `docker.io/selenium/${name}`);
const seleniumLatestRules: ImageTagRule[] = [
  {
    id: 'selenium/latest',
    repositories: SELENIUM_IMAGES,
    tag: /^latest$/,
    base: 'ubuntu:noble-20240904.1',
    moving: {
      pin: '{image}:4.25.0-20241024',
      means: 'the newest Selenium Grid release build: 4.25.0-20241024 on Ubuntu 24.04 (noble) as of the newest commit read (2024-10-24)',
    },
    source: SELENIUM_LATEST,
  },
];

// --- Keycloak 26.8.1 (keycloak/keycloak) ------------------------------------------------------------------------------------
// communityImages.ts gives 20.x (UBI 8 minimal) and 21.x … 22.x (UBI 9 micro) and leaves 23 on unknown. The container file at
// the release tag 26.8.1 ends FROM registry.access.redhat.com/ubi9-micro; no other 23+ release file was read, so only that
// tag is listed (latest, 26 and 26.8 move, and the other 26.x files were not read).
const KEYCLOAK_26_8_1 =
  'keycloak/keycloak quarkus/container/Dockerfile at the release tag 26.8.1 (raw.githubusercontent.com/keycloak/keycloak/26.8.1/quarkus/container/Dockerfile: FROM registry.access.redhat.com/ubi9 AS ubi-micro-build … FROM registry.access.redhat.com/ubi9-micro)';
const keycloakRules: ImageTagRule[] = [
  {
    id: 'keycloak/26.8.1',
    repositories: ['quay.io/keycloak/keycloak'],
    tag: /^26\.8\.1$/,
    base: 'registry.access.redhat.com/ubi9-micro',
    source: KEYCLOAK_26_8_1,
  },
];

export const vendorFamily9Rules: readonly ImageTagRule[] = [
  ...condaMovingRules,
  ...seleniumLatestRules,
  ...keycloakRules,
];
