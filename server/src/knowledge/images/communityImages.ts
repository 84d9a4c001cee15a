/**
 * Images of self-hosted software and tools outside Docker Official Images, resolved from their own build files read
 * at a pinned commit (the rules of the game are those of thirdParty.ts: a version tag resolves where the files that
 * built it fix its base; a moving tag is described as of the commit read; anything else stays unknown).
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- Pi-hole (pi-hole/docker-pi-hole) ---------------------------------------------------------------------------------
// Each release tag YYYY.MM.N is built from src/Dockerfile at that git tag; latest is the newest release.
const PIHOLE =
  'pi-hole/docker-pi-hole @ dd91b48 (2026-07-07): src/Dockerfile at every release tag: 2022.01.2 … 2024.07.0 FROM ${PIHOLE_BASE:-ghcr.io/pi-hole/docker-pi-hole-base:bullseye-slim} (pi-hole/docker-base-images docker-pi-hole-base: ARG DEBIAN_VERSION=bullseye-slim, FROM debian:${DEBIAN_VERSION}, built with DEBIAN_VERSION bullseye-slim), 2025.02.0 … 2025.06.0 FROM alpine:${alpine_version} = 3.21, 2025.06.1 … 2025.11.1 alpine:3.22, 2026.02.0 and 2026.04.0 alpine:3.23.3, 2026.04.1 … 2026.06.0 alpine:3.23.4, 2026.07.0 … 2026.07.2 alpine:3.24.1';
const PIHOLE_REPOS = ['docker.io/pihole/pihole', 'ghcr.io/pi-hole/pihole'];
const PIHOLE_VERSIONS: Readonly<Record<string, string>> = {
  'debian:bullseye-slim':
    '2022.01.2 2022.08.1 2022.08.2 2022.08.3 2022.09.1 2022.09.2 2022.09.3 2022.09.4 2022.11.1 2022.11.2 2022.12.1 2023.01.1 2023.01.2 2023.01.3 2023.01.4 2023.01.5 2023.01.6 2023.01.8 2023.01.9 2023.01.10 2023.02.0 2023.02.1 2023.02.2 2023.03.0 2023.03.1 2023.05.0 2023.05.1 2023.05.2 2023.10.0 2023.11.0 2024.01.0 2024.02.0 2024.02.1 2024.02.2 2024.03.0 2024.03.1 2024.03.2 2024.05.0 2024.06.0 2024.07.0',
  'alpine:3.21':
    '2025.02.0 2025.02.1 2025.02.2 2025.02.3 2025.02.4 2025.02.5 2025.02.6 2025.02.7 2025.03.0 2025.03.1 2025.04.0 2025.05.0 2025.05.1 2025.06.0',
  'alpine:3.22': '2025.06.1 2025.06.2 2025.07.0 2025.07.1 2025.08.0 2025.10.0 2025.10.1 2025.10.2 2025.10.3 2025.11.0 2025.11.1',
  'alpine:3.23.3': '2026.02.0 2026.04.0',
  'alpine:3.23.4': '2026.04.1 2026.05.0 2026.06.0',
  'alpine:3.24.1': '2026.07.0 2026.07.1 2026.07.2',
};
const piholeRules: ImageTagRule[] = [
  ...exactTagRules(PIHOLE_VERSIONS, (base) => ({
    id: `pihole/release-${base}`,
    repositories: PIHOLE_REPOS,
    source: PIHOLE,
  })),
  {
    id: 'pihole/latest',
    repositories: PIHOLE_REPOS,
    tag: /^latest$/,
    base: 'alpine:3.24.1',
    moving: { pin: 'pihole/pihole:2026.07.2' },
    source: PIHOLE,
  },
];

// --- Jekyll (envygeeks/jekyll-docker) -----------------------------------------------------------------------------------
// Until 2022 opts.yml named base_image and the tags; Travis (script/travis) rebuilt every listed tag on each push to
// master, so a retired version tag holds the build of the last commit that listed it. Since 2026-07 docker-bake.hcl and
// .github/workflows/deploy.yml (monthly and on push) publish latest, {version}, {minor}, {major} from ruby:${RUBY_VERSION}
// and pages from ruby:${PAGES_RUBY_VERSION}.
const JEKYLL =
  'envygeeks/jekyll-docker @ 66caad6 (2026-07-06): opts.yml base_image of the last commit listing each tag: 4.0.0 (c88eb1a, 2020-04-30), 4.0.1 (374fd64), 4.1.0 (ba81f0c), 4.2.0 (575057a, listed until f3c2612 2022-03-25) ruby:2.7.1-alpine3.11; 4.2.2 and its aliases 4.0 and stable (499c8ab, 2022-03-26; not pushed by the 2026 workflow) ruby:3.1.1-alpine3.15; 3.8.x listed with the moving ruby:alpine (not read further); docker-bake.hcl @ 66caad6: jekyll target BASE_IMAGE ruby:${RUBY_VERSION} = ruby:3.4, JEKYLL_VERSION 4.4.1 (deploy.yml tags latest, 4.4.1, 4.4, 4), pages target ruby:${PAGES_RUBY_VERSION} = ruby:3.3.4';
const JEKYLL_REPOS = ['docker.io/jekyll/jekyll', 'docker.io/jekyll/builder', 'docker.io/jekyll/minimal'];
const jekyllRules: ImageTagRule[] = [
  ...exactTagRules(
    { 'ruby:2.7.1-alpine3.11': '4.0.0 4.0.1 4.1.0 4.2.0', 'ruby:3.1.1-alpine3.15': '4.2.2 4.0 stable', 'ruby:3.4': '4.4.1' },
    (base) => ({ id: `jekyll/release-${base}`, repositories: JEKYLL_REPOS, source: JEKYLL }),
  ),
  {
    id: 'jekyll/latest',
    repositories: JEKYLL_REPOS,
    tag: /^(?:latest|4|4\.4)$/,
    base: 'ruby:3.4',
    moving: { pin: 'jekyll/jekyll:4.4.1' },
    source: JEKYLL,
  },
  {
    id: 'jekyll/pages',
    repositories: ['docker.io/jekyll/jekyll'],
    tag: /^pages$/,
    base: 'ruby:3.3.4',
    moving: {},
    source: JEKYLL,
  },
  {
    id: 'jekyll/ruby-alpine-moving',
    repositories: JEKYLL_REPOS,
    tag: /^3(?:\.\d+)*$/,
    unknown:
      'jekyll/jekyll 3.x tags were built FROM the moving ruby:alpine (opts.yml and repos/jekyll/Dockerfile up to 2019), whose Alpine release at each build is not recorded',
    source: JEKYLL,
  },
];

// --- Ollama (ollama/ollama) -----------------------------------------------------------------------------------------------
// The release workflow builds ollama/ollama:{version} from the Dockerfile at tag v{version}; its runtime stage names
// one Ubuntu release in every version from 0.0.20 (older releases had no Ubuntu stage: not resolved).
const OLLAMA =
  'ollama/ollama @ fb307609 (2026-08-21): Dockerfile at every release tag v0.0.20 … v0.32.15: the only Ubuntu in its FROM lines (the runtime stages) is ubuntu:22.04 for 0.0.20 … 0.5.7, ubuntu:20.04 for 0.5.8 … 0.9.5 and ubuntu:24.04 for 0.9.6 … 0.32.15 (final FROM ubuntu:24.04 at HEAD)';
const OLLAMA_REPOS = ['docker.io/ollama/ollama'];
const ollamaRules: ImageTagRule[] = [
  ...exactTagRules(
    {
      'ubuntu:20.04':
        '0.5.8 0.5.9 0.5.10 0.5.11 0.5.12 0.5.13 0.6.0 0.6.1 0.6.2 0.6.3 0.6.4 0.6.5 0.6.6 0.6.7 0.6.8 0.7.0 0.7.1 0.8.0 0.9.0 0.9.1 0.9.2 0.9.3 0.9.4 0.9.5',
      'ubuntu:22.04':
        '0.0.20 0.0.21 0.1.0 0.1.1 0.1.2 0.1.3 0.1.4 0.1.5 0.1.6 0.1.7 0.1.8 0.1.9 0.1.10 0.1.11 0.1.12 0.1.13 0.1.14 0.1.15 0.1.16 0.1.17 0.1.18 0.1.19 0.1.20 0.1.21 0.1.22 0.1.23 0.1.24 0.1.25 0.1.26 0.1.27 0.1.28 0.1.29 0.1.30 0.1.31 0.1.32 0.1.33 0.1.34 0.1.35 0.1.36 0.1.37 0.1.38 0.1.39 0.1.40 0.1.41 0.1.42 0.1.43 0.1.44 0.1.45 0.1.46 0.1.47 0.1.48 0.2.0 0.2.1 0.2.2 0.2.3 0.2.4 0.2.5 0.2.6 0.2.7 0.2.8 0.3.0 0.3.1 0.3.2 0.3.3 0.3.4 0.3.5 0.3.6 0.3.7 0.3.8 0.3.9 0.3.10 0.3.11 0.3.12 0.3.13 0.3.14 0.4.0 0.4.1 0.4.2 0.4.3 0.4.4 0.4.5 0.4.6 0.4.7 0.5.0 0.5.1 0.5.2 0.5.3 0.5.4 0.5.5 0.5.6 0.5.7',
      'ubuntu:24.04':
        '0.9.6 0.10.0 0.10.1 0.11.0 0.11.1 0.11.2 0.11.3 0.11.4 0.11.5 0.11.6 0.11.7 0.11.8 0.11.9 0.11.10 0.11.11 0.12.0 0.12.1 0.12.2 0.12.3 0.12.4 0.12.5 0.12.6 0.12.7 0.12.8 0.12.9 0.12.10 0.12.11 0.13.0 0.13.1 0.13.2 0.13.3 0.13.4 0.13.5 0.14.0 0.14.1 0.14.2 0.14.3 0.15.0 0.15.1 0.15.2 0.15.3 0.15.4 0.15.5 0.15.6 0.16.0 0.16.1 0.16.2 0.16.3 0.17.0 0.17.1 0.17.2 0.17.3 0.17.4 0.17.5 0.17.6 0.17.7 0.18.0 0.18.1 0.18.2 0.18.3 0.19.0 0.20.0 0.20.1 0.20.2 0.20.3 0.20.4 0.20.5 0.20.6 0.20.7 0.21.0 0.21.1 0.21.2 0.22.0 0.22.1 0.23.0 0.23.1 0.23.2 0.23.3 0.23.4 0.24.0 0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.30.6 0.30.7 0.30.8 0.30.9 0.30.10 0.30.11 0.31.0 0.31.1 0.31.2 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.32.5 0.32.6 0.32.7 0.32.8 0.32.9 0.32.10 0.32.11 0.32.12 0.32.13 0.32.14 0.32.15',
    },
    (base) => ({ id: `ollama/release-${base}`, repositories: OLLAMA_REPOS, source: OLLAMA }),
  ),
  {
    id: 'ollama/latest',
    repositories: OLLAMA_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:24.04',
    moving: { pin: 'ollama/ollama:0.32.15' },
    source: OLLAMA,
  },
];

// --- OpenResty (openresty/docker-openresty) -------------------------------------------------------------------------------
// .github/workflows/docker-publish.yml pushes {flavor} (alpine, alpine-fat, …) from master and {git tag}-{flavor} from
// each release tag; alpine/Dockerfile FROM ${RESTY_IMAGE_BASE}:${RESTY_IMAGE_TAG}, and alpine-fat builds FROM the
// alpine image of the same build.
const OPENRESTY =
  'openresty/docker-openresty @ db09395 (2026-06-13): alpine/Dockerfile ARG RESTY_IMAGE_TAG at every release tag (1.13.6.2-0 … 1.31.1.1-0; the newest, 1.31.1.1-0 of 2026-06-05, and master: alpine 3.23.4); alpine/Dockerfile.fat FROM openresty/openresty:alpine of the same build; .github/workflows/docker-publish.yml tags';
const OPENRESTY_REPOS = ['docker.io/openresty/openresty'];
const OPENRESTY_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.7': '1.13.6.2-0',
  'alpine:3.8': '1.13.6.2-1 1.13.6.2-2 1.15.8.1rc1-0 1.15.8.1rc2-1 1.15.8.1-0 1.15.8.1-1',
  'alpine:3.9': '1.15.8.1rc2-0 1.15.8.1-2 1.15.8.1-3 1.15.8.1-4 1.15.8.2-2 1.15.8.2-3 1.15.8.2-4 1.15.8.2-5 1.15.8.2-6',
  'alpine:3.11': '1.15.8.2-7 1.15.8.3-0 1.15.8.3-1 1.15.8.3-2 1.17.8.1-0 1.17.8.2-0 1.17.8.2-1 1.17.8.2-2 1.17.8.2-3',
  'alpine:3.12': '1.17.8.2-4 1.17.8.2-5 1.19.3.1-0 1.19.3.1-1 1.19.3.1-2',
  'alpine:3.13':
    '1.19.3.1-3 1.19.3.1-4 1.19.3.1-5 1.19.3.1-6 1.19.3.1-7 1.19.3.1-8 1.19.3.2-0 1.19.3.2-1 1.19.3.2-2 1.19.3.2-3 1.19.9.1rc1-0',
  'alpine:3.14': '1.19.9.1-0 1.19.9.1-1 1.19.9.1-2 1.19.9.1-3',
  'alpine:3.15':
    '1.19.9.1-4 1.19.9.1-5 1.19.9.1-6 1.19.9.1-7 1.19.9.1-8 1.19.9.1-9 1.19.9.1-10 1.19.9.1-11 1.19.9.1-12 1.21.4.1rc3-0 1.21.4.1rc3-1 1.21.4.1-0',
  'alpine:3.16': '1.19.9.1-13 1.19.9.1-14 1.21.4.1-1 1.21.4.1-2 1.21.4.1-3 1.21.4.1-4 1.21.4.1-5',
  'alpine:3.17': '1.21.4.1-6 1.21.4.1-7 1.21.4.2rc1-0',
  'alpine:3.18': '1.12.4.2-0 1.21.4.1-8 1.21.4.2-0 1.21.4.2-1 1.21.4.3-0 1.21.4.3-1 1.21.4.3-2',
  'alpine:3.19': '1.21.4.3-3 1.25.3.1-0 1.25.3.1-1 1.25.3.1-2 1.25.3.1-3',
  'alpine:3.20': '1.21.4.4-0 1.21.4.4-1 1.25.3.1-4 1.25.3.1-5 1.25.3.2-0 1.25.3.2-1 1.25.3.2-2 1.25.3.2-3 1.25.3.2-4 1.25.3.2-5 1.27.1.1-0',
  'alpine:3.21': '1.27.1.1-1 1.27.1.1-2 1.27.1.1-3 1.27.1.1-4 1.27.1.2-0 1.27.1.2-1 1.27.1.2-2 1.27.1.2-3',
  'alpine:3.22':
    '1.27.1.2-4 1.27.1.2-5 1.27.1.2-7 1.27.1.2-8 1.27.1.2-9 1.27.1.2-10 1.27.1.2-11 1.29.2.1-0 1.29.2.2-0 1.29.2.2-1 1.29.2.3-0 1.29.2.3-1 1.29.2.3-2',
  'alpine:3.23': '1.27.1.2-12 1.29.2.3-3 1.29.2.3-4 1.29.2.4-0 1.29.2.4-1 1.29.2.5-0 1.29.2.5-1 1.31.1.1-0',
};
const openrestyRules: ImageTagRule[] = [
  ...exactTagRules(OPENRESTY_VERSIONS, (base) => ({ id: `openresty/release-${base}`, repositories: OPENRESTY_REPOS, source: OPENRESTY }), {
    suffix: '-alpine(?:-fat)?',
  }),
  {
    id: 'openresty/alpine',
    repositories: OPENRESTY_REPOS,
    tag: /^alpine(?:-fat)?$/,
    base: 'alpine:3.23.4',
    moving: { pin: 'openresty/openresty:1.31.1.1-0-alpine' },
    source: OPENRESTY,
  },
];

// --- Keycloak, the legacy WildFly distribution (keycloak/keycloak-containers) -----------------------------------------
// server/Dockerfile at each release tag; the repository's own examples run it as quay.io/keycloak/keycloak, its README
// as jboss/keycloak. From 17 the WildFly images carry -legacy; the Quarkus images (17+, keycloak/keycloak) are not read.
const KEYCLOAK_LEGACY =
  'keycloak/keycloak-containers @ 033a676 (2024-01-29): server/Dockerfile FROM registry.access.redhat.com/ubi8-minimal at every release tag 7.0.1 … 19.0.3 (jboss/base-jdk:8 before); docker-compose-examples and openshift-examples @ 15.0.2 run it as quay.io/keycloak/keycloak, server/README.md as jboss/keycloak (17.0.1: jboss/keycloak:legacy)';
/** The Quarkus distribution (17+): the release note that moved the image, and the container file of a 22.x release. */
const KEYCLOAK_QUARKUS =
  'keycloak/keycloak docs/documentation/release_notes/topics/21_0_0.adoc @ 4dcb819c ("The container image is now based on ubi9-micro … based on UBI9, rather than UBI8 … we have switched to -micro, whereas -minimal was used before") and quarkus/container/Dockerfile @ 0463815b (ENV KEYCLOAK_VERSION 22.0.11; FROM registry.access.redhat.com/ubi9-micro)';
const keycloakRules: ImageTagRule[] = [
  {
    id: 'keycloak/legacy-ubi8',
    repositories: ['quay.io/keycloak/keycloak', 'docker.io/jboss/keycloak'],
    tag: /^(?:7\.0\.1|8\.0\.[12]|9\.0\.[023]|10\.0\.[012]|11\.0\.[0-3]|12\.0\.[0-4]|13\.0\.[01]|14\.0\.0|15\.0\.[0-2]|15\.1\.[01]|16\.0\.0|16\.1\.[01]|(?:17\.0\.[01]|18\.0\.[0-2]|19\.0\.[0-3])-legacy)$/,
    base: 'registry.access.redhat.com/ubi8-minimal',
    source: KEYCLOAK_LEGACY,
  },
  {
    id: 'keycloak/quarkus-20-ubi8',
    repositories: ['quay.io/keycloak/keycloak'],
    tag: /^20\.\d+\.\d+$/,
    base: 'registry.access.redhat.com/ubi8-minimal',
    source: KEYCLOAK_QUARKUS,
  },
  {
    id: 'keycloak/quarkus-21-22-ubi9',
    repositories: ['quay.io/keycloak/keycloak'],
    tag: /^2[12]\.\d+\.\d+$/,
    base: 'registry.access.redhat.com/ubi9-micro',
    source: KEYCLOAK_QUARKUS,
  },
  {
    id: 'keycloak/quarkus-unread',
    repositories: ['quay.io/keycloak/keycloak'],
    tag: /^(?:latest|nightly|(?:1[7-9]|[2-9]\d)(?:\.\d+)*)$/,
    unknown:
      'quay.io/keycloak/keycloak from 17 on is the Quarkus distribution, built from quarkus/container/Dockerfile of keycloak/keycloak: 20.x on UBI 8 minimal and 21.0.0 … 22.x on UBI 9 micro (21.0.0 release note, the 22.0.11 Dockerfile); the file of 17–19 and of 23 on was not read per release, so those tags are not given a release',
    source: KEYCLOAK_QUARKUS,
  },
];

// --- Azure Functions host 3.0 (Azure/azure-functions-docker) --------------------------------------------------------------
// host/3.0 has only buster Dockerfiles: the 3.0-pythonX.Y images end FROM python:X.Y-slim-buster.
const AZURE_FUNCTIONS =
  'Azure/azure-functions-docker @ 020dbf31 (2024-10-23): host/3.0/buster/amd64/python/python36 … python39/*.Dockerfile (the only python Dockerfiles of host 3.0) final FROM mcr.microsoft.com/mirror/docker/library/python:3.X-slim-buster; host/3.0/publish.yml tags 3.0-python3.X, -slim, -appservice, -buildenv';
const azureFunctionsRules: ImageTagRule[] = [
  {
    id: 'azure-functions/python-3.0',
    repositories: ['mcr.microsoft.com/azure-functions/python'],
    tag: /^3\.0-python3\.(?<minor>[6-9])(?:-slim|-appservice|-buildenv)?$/,
    base: 'python:3.{minor}-slim-buster',
    source: AZURE_FUNCTIONS,
  },
  {
    id: 'azure-functions/host-4-unread',
    repositories: ['mcr.microsoft.com/azure-functions/*'],
    tag: /^4(?:\.\d+)*-.*$/,
    unknown:
      'the host 4 images move between Debian releases (bullseye, bookworm folders in the same snapshot) and the snapshot read here is of 2024-10: which release a host 4 tag is built on now is not known',
    source: AZURE_FUNCTIONS,
  },
];

// --- Crystal (crystallang/crystal; crystal-lang/crystal + crystal-lang/distribution-scripts) ------------------------------
// A release's .circleci/config.yml (at its git tag) checks out one distribution-scripts commit, whose
// docker/alpine.Dockerfile builds {version}-alpine and {version}-alpine-build; nightly builds use master's pin, and
// docker/apply-latest-tags.sh promotes a release's -alpine image to latest-alpine.
const CRYSTAL =
  'crystal-lang/crystal @ 3fe7241e (2026-08-22): .circleci/config.yml at every release tag 0.33.0 … 1.21.0 pins a crystal-lang/distribution-scripts commit (1.2.2: 406d7d2b, 1.7.3: d8c44c0a, 1.13.1: 96e431e1, 1.21.0 and master: 4205934e / 37f308f9); distribution-scripts @ 37f308f9 (2026-07-31) docker/alpine.Dockerfile FROM alpine:3.X (or ARG base_docker_image=alpine:3.X) at each pinned commit; docker/apply-latest-tags.sh';
const CRYSTAL_REPOS = ['docker.io/crystallang/crystal'];
const CRYSTAL_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.11': '0.33.0 0.34.0 0.35.0 0.35.1',
  'alpine:3.12': '0.36.0 0.36.1 1.0.0 1.2.0 1.2.1 1.2.2 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0',
  'alpine:3.13': '1.1.0 1.1.1',
  'alpine:3.16': '1.5.1 1.6.0 1.6.1 1.6.2 1.7.0 1.7.1 1.7.2 1.7.3',
  'alpine:3.17': '1.8.0 1.8.1 1.8.2 1.9.0 1.9.1 1.9.2 1.10.0 1.10.1 1.11.0 1.11.1 1.11.2 1.12.0 1.12.1 1.12.2',
  'alpine:3.20': '1.13.0 1.13.1 1.13.2 1.13.3 1.14.0 1.14.1 1.15.0 1.15.1 1.16.0 1.16.1 1.16.2 1.16.3 1.17.0 1.17.1 1.18.0 1.18.1 1.18.2',
  'alpine:3.22': '1.19.0 1.19.1 1.19.2 1.20.0 1.20.1 1.20.2 1.20.3 1.21.0',
};
const crystalRules: ImageTagRule[] = [
  ...exactTagRules(CRYSTAL_ALPINE, (base) => ({ id: `crystal/release-${base}`, repositories: CRYSTAL_REPOS, source: CRYSTAL }), {
    suffix: '-alpine(?:-build)?',
  }),
  {
    id: 'crystal/latest-alpine',
    repositories: CRYSTAL_REPOS,
    tag: /^latest-alpine(?:-build)?$/,
    base: 'alpine:3.22',
    moving: { pin: 'crystallang/crystal:1.21.0-alpine' },
    source: CRYSTAL,
  },
  {
    id: 'crystal/nightly-alpine',
    repositories: CRYSTAL_REPOS,
    tag: /^nightly-alpine(?:-build)?$/,
    base: 'alpine:3.24',
    moving: {},
    source: CRYSTAL,
  },
];

// --- k6 (grafana/k6; loadimpact/k6 until 0.48.0) -------------------------------------------------------------------------
// .github/workflows/build.yml pushes {version} (and {version}-with-browser) from each v* tag, built from the Dockerfile at
// that tag (release stage FROM alpine:…); latest goes to the highest stable tag. The workflows up to v0.48.0 also pushed
// the legacy target (FROM release) to loadimpact/k6, including its latest.
const K6 =
  'grafana/k6 @ 87883075 (2026-08-21): Dockerfile release stage FROM alpine at every tag v0.22.0 … v2.2.0 (older tags have no alpine stage); .github/workflows/build.yml (VERSION without v, latest only for the highest stable tag, v2.2.0 of 2026-08-10); LI_DOCKER_IMAGE_ID loadimpact/k6 in the workflow of every tag up to v0.48.0 (2023-12-06), whose Dockerfile has FROM alpine:3.18 AS release and FROM release AS legacy';
const K6_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.7': '0.22.0 0.22.1 0.23.0 0.23.1 0.24.0 0.25.0 0.25.1',
  'alpine:3.10': '0.26.0 0.26.1 0.26.2',
  'alpine:3.11': '0.27.0 0.27.1 0.28.0 0.29.0 0.30.0',
  'alpine:3.13': '0.31.0 0.31.1 0.32.0 0.33.0 0.34.0 0.34.1',
  'alpine:3.14': '0.35.0',
  'alpine:3.15': '0.36.0 0.37.0 0.38.0 0.38.1 0.38.2 0.38.3 0.39.0 0.40.0',
  'alpine:3.16': '0.41.0 0.42.0 0.43.0 0.43.1',
  'alpine:3.17': '0.44.0 0.44.1 0.45.0 0.45.1 0.46.0',
  'alpine:3.18': '0.47.0 0.48.0 0.49.0 0.50.0 0.51.0 0.52.0 0.53.0',
  'alpine:3.20': '0.54.0 0.55.0 0.55.1 0.55.2 0.56.0 0.57.0 0.58.0',
  'alpine:3.21': '0.59.0 1.0.0',
  'alpine:3.22': '1.1.0 1.2.0 1.2.1 1.2.2 1.2.3 1.3.0 1.4.0 1.4.1 1.4.2 1.5.0',
  'alpine:3.23.3': '1.6.0 1.6.1 1.7.0 1.7.1',
  'alpine:3.23.4': '1.8.0 1.8.1 2.0.0',
  'alpine:3.24.0': '2.1.0',
  'alpine:3.24.1': '2.2.0',
};
const LOADIMPACT_K6_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.7': '0.22.0 0.22.1 0.23.0 0.23.1 0.24.0 0.25.0 0.25.1',
  'alpine:3.10': '0.26.0 0.26.1 0.26.2',
  'alpine:3.11': '0.27.0 0.27.1 0.28.0 0.29.0 0.30.0',
  'alpine:3.13': '0.31.0 0.31.1 0.32.0 0.33.0 0.34.0 0.34.1',
  'alpine:3.14': '0.35.0',
  'alpine:3.15': '0.36.0 0.37.0 0.38.0 0.38.1 0.38.2 0.38.3 0.39.0 0.40.0',
  'alpine:3.16': '0.41.0 0.42.0 0.43.0 0.43.1',
  'alpine:3.17': '0.44.0 0.44.1 0.45.0 0.45.1 0.46.0',
  'alpine:3.18': '0.47.0 0.48.0',
};
const k6VersionRules = (id: string, repositories: string[], byBase: Readonly<Record<string, string>>, suffix = '') =>
  exactTagRules(byBase, (base) => ({ id: `${id}-${base}`, repositories, source: K6 }), { suffix });
const k6Rules: ImageTagRule[] = [
  ...k6VersionRules('k6/release', ['docker.io/grafana/k6', 'ghcr.io/grafana/k6'], K6_VERSIONS, '(?:-with-browser)?'),
  ...k6VersionRules('k6/loadimpact', ['docker.io/loadimpact/k6'], LOADIMPACT_K6_VERSIONS),
  {
    id: 'k6/latest',
    repositories: ['docker.io/grafana/k6', 'ghcr.io/grafana/k6'],
    tag: /^latest(?:-with-browser)?$/,
    base: 'alpine:3.24.1',
    moving: { pin: 'grafana/k6:2.2.0' },
    source: K6,
  },
  {
    id: 'k6/loadimpact-latest',
    repositories: ['docker.io/loadimpact/k6'],
    tag: /^latest$/,
    base: 'alpine:3.18',
    source: K6,
    note: 'loadimpact/k6 is deprecated: its latest was last pushed with k6 0.48.0 (2023-12) and gets no updates.',
  },
];

// --- MinIO (minio/minio) ---------------------------------------------------------------------------------------------------
// Dockerfile.release at every RELEASE tag from RELEASE.2023-11-01T01-57-10Z on ends FROM Red Hat UBI 9 micro (9.2, then
// latest); earlier releases used UBI 8 minimal or Alpine (vendorFamilies23.ts, from docker-buildx.sh at each tag).
const MINIO =
  'minio/minio @ 7aac2a2c (2026-02-12): Dockerfile.release final FROM registry.access.redhat.com/ubi9/ubi-micro:9.2 (RELEASE.2023-11-01T01-57-10Z) and ubi9/ubi-micro:latest at all 93 later release tags up to RELEASE.2025-10-15T17-29-55Z, the newest; ubi8/ubi-minimal:8.8 before';
const minioRules: ImageTagRule[] = [
  {
    id: 'minio/ubi9-micro',
    repositories: ['docker.io/minio/minio', 'quay.io/minio/minio'],
    tag: /^RELEASE\.(?:(?:2023-1[12]|202[4-5])-\d\d-\d\dT\d\d-\d\d-\d\dZ(?:\.[a-z0-9]+)?)$/,
    base: 'registry.access.redhat.com/ubi9/ubi-micro:latest',
    source: MINIO,
  },
  {
    id: 'minio/latest',
    repositories: ['docker.io/minio/minio', 'quay.io/minio/minio'],
    tag: /^latest$/,
    base: 'registry.access.redhat.com/ubi9/ubi-micro:latest',
    moving: {},
    source: MINIO,
    note: 'latest is the newest release pushed; every release since 2023-11 is built on UBI 9 micro.',
  },
];

// --- SteamCMD (steamcmd/docker) ----------------------------------------------------------------------------------------------
// .github/workflows/build.yml rebuilds every flavor daily; a flavor's tags are its folder name and the matrix tags.
const STEAMCMD =
  'steamcmd/docker @ 2f7f622 (2026-08-13): dockerfiles/<flavor>/Dockerfile FROM ubuntu:20.04 / 22.04 / 24.04 / 26.04, debian:11-slim / 12-slim / 13-slim; .github/workflows/build.yml matrix tags (ubuntu-26: ubuntu-resolute, ubuntu, latest; debian-13: debian-trixie, debian; …), rebuilt daily';
const STEAMCMD_FLAVORS: Readonly<Record<string, string>> = {
  'ubuntu-20 ubuntu-focal': 'ubuntu:20.04',
  'ubuntu-22 ubuntu-jammy': 'ubuntu:22.04',
  'ubuntu-24 ubuntu-noble': 'ubuntu:24.04',
  'ubuntu-26 ubuntu-resolute': 'ubuntu:26.04',
  'debian-11 debian-bullseye': 'debian:11-slim',
  'debian-12 debian-bookworm': 'debian:12-slim',
  'debian-13 debian-trixie': 'debian:13-slim',
};
const steamcmdRules: ImageTagRule[] = [
  ...Object.entries(STEAMCMD_FLAVORS).map(([tags, base]) => ({
    id: `steamcmd/${tags.split(' ')[0]}`,
    repositories: ['docker.io/steamcmd/steamcmd'],
    tag: new RegExp(`^(?:${tags.split(' ').join('|')})$`),
    base,
    source: STEAMCMD,
  })),
  {
    id: 'steamcmd/latest',
    repositories: ['docker.io/steamcmd/steamcmd'],
    tag: /^(?:latest|ubuntu)$/,
    base: 'ubuntu:26.04',
    moving: { pin: 'steamcmd/steamcmd:ubuntu-26' },
    source: STEAMCMD,
  },
  {
    id: 'steamcmd/debian',
    repositories: ['docker.io/steamcmd/steamcmd'],
    tag: /^debian$/,
    base: 'debian:13-slim',
    moving: { pin: 'steamcmd/steamcmd:debian-13' },
    source: STEAMCMD,
  },
];

// --- Synapse (element-hq/synapse, formerly matrix-org/synapse) ------------------------------------------------------------
// .github/workflows/docker.yml builds docker/Dockerfile for docker.io/matrixdotorg/synapse and ghcr.io/element-hq/synapse:
// v{version} from each release tag, latest from master. The final stage is python:{PYTHON_VERSION}-slim-<suite> (from
// 1.68.0) or python:…-alpine3.X (1.0.0 … 1.17.0); 1.18.0 … 1.67.0 ended FROM the moving python:…-slim and stay unknown.
const SYNAPSE =
  'element-hq/synapse @ a58ad44e (2026-07-24): docker/Dockerfile final FROM at every release tag v1.0.0 … v1.157.1 (with ARG DEBIAN_VERSION substituted: bullseye 1.68.0 … 1.91.x, bookworm 1.92.2 … 1.140.x, trixie 1.141.0 … 1.157.1; master 2b5a0623: ARG DEBIAN_VERSION=trixie); .github/workflows/docker.yml (latest from master)';
const SYNAPSE_REPOS = ['docker.io/matrixdotorg/synapse', 'ghcr.io/element-hq/synapse'];
const SYNAPSE_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.8': '1.0.0 1.1.0',
  'alpine:3.10':
    '1.2.0 1.2.1 1.3.0 1.3.1 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.7.0 1.7.1 1.7.2 1.7.3 1.8.0 1.9.0 1.9.1 1.10.0 1.10.1 1.11.0 1.11.1 1.12.0 1.12.1 1.12.2 1.12.3 1.12.4 1.13.0',
  'alpine:3.11': '1.14.0 1.15.0 1.15.1 1.15.2 1.16.0 1.16.1 1.17.0',
  'debian:bookworm-slim':
    '1.92.2 1.92.3 1.93.0 1.94.0 1.95.0 1.95.1 1.96.0 1.96.1 1.97.0 1.98.0 1.99.0 1.100.0 1.101.0 1.102.0 1.103.0 1.104.0 1.105.0 1.105.1 1.106.0 1.107.0 1.108.0 1.109.0 1.110.0 1.111.0 1.111.1 1.112.0 1.113.0 1.114.0 1.115.0 1.116.0 1.117.0 1.118.0 1.119.0 1.120.0 1.120.1 1.120.2 1.121.0 1.121.1 1.122.0 1.123.0 1.124.0 1.125.0 1.126.0 1.127.0 1.127.1 1.128.0 1.129.0 1.130.0 1.131.0 1.132.0 1.133.0 1.134.0 1.135.0 1.135.1 1.135.2 1.136.0 1.137.0 1.138.0 1.138.1 1.138.2 1.138.3 1.138.4 1.139.0 1.139.1 1.139.2 1.140.0',
  'debian:bullseye-slim':
    '1.68.0 1.69.0 1.70.0 1.70.1 1.71.0 1.72.0 1.73.0 1.74.0 1.75.0 1.76.0 1.77.0 1.78.0 1.79.0 1.80.0 1.81.0 1.82.0 1.83.0 1.84.0 1.84.1 1.85.0 1.85.1 1.85.2 1.86.0 1.87.0 1.88.0 1.89.0 1.90.0 1.91.0 1.91.1 1.91.2 1.92.0 1.92.1',
  'debian:trixie-slim':
    '1.141.0 1.142.0 1.142.1 1.143.0 1.144.0 1.145.0 1.146.0 1.147.0 1.147.1 1.148.0 1.149.0 1.149.1 1.150.0 1.151.0 1.152.0 1.152.1 1.153.0 1.154.0 1.155.0 1.156.0 1.157.0 1.157.1',
};
const synapseRules: ImageTagRule[] = [
  ...exactTagRules(SYNAPSE_VERSIONS, (base) => ({ id: `synapse/release-${base}`, repositories: SYNAPSE_REPOS, source: SYNAPSE }), {
    prefix: 'v',
  }),
  {
    id: 'synapse/latest',
    repositories: SYNAPSE_REPOS,
    tag: /^latest$/,
    base: 'debian:trixie-slim',
    moving: { pin: 'matrixdotorg/synapse:v1.157.1' },
    source: SYNAPSE,
  },
  {
    id: 'synapse/python-slim-moving',
    repositories: SYNAPSE_REPOS,
    tag: /^v1\.(?:1[89]|[2-5]\d|6[0-7])\.\d+$/,
    unknown: 'Synapse 1.18 … 1.67 were built FROM the moving python:<version>-slim, whose Debian release at each build is not recorded',
    source: SYNAPSE,
  },
];

// --- million12/varnish (million12/docker-varnish) ------------------------------------------------------------------------
// A Docker Hub automated build of the repository's Dockerfile, which has not changed since 2015.
const MILLION12_VARNISH =
  'million12/docker-varnish @ 277a082 (2015-05-07), the newest commit: Dockerfile FROM centos:centos7 in every version since 2015-05-03 (polinux/centos7:latest before)';
const varnishRules: ImageTagRule[] = [
  {
    id: 'million12-varnish/latest',
    repositories: ['docker.io/million12/varnish'],
    tag: /^latest$/,
    base: 'centos:centos7',
    source: MILLION12_VARNISH,
    note: 'The repository has not changed since 2015: the image gets no updates, and CentOS 7 is past its end of life.',
  },
];

export const communityImageRules: ImageTagRule[] = [
  ...piholeRules,
  ...jekyllRules,
  ...ollamaRules,
  ...openrestyRules,
  ...keycloakRules,
  ...azureFunctionsRules,
  ...crystalRules,
  ...k6Rules,
  ...minioRules,
  ...steamcmdRules,
  ...synapseRules,
  ...varnishRules,
];
