/**
 * Non-official image families of issue #17, fifteenth file: unknowns of the lowest samples (7, 10 and 14) that no table
 * described and whose answer a primary source gives. Same rules as vendorFamilies2.ts … vendorFamilies14.ts: every row
 * names the build files read (repository @ commit (date)); a tag is resolved only when the files that pushed it tie it to
 * one base, and tags whose files do not get a reason instead of a release. Registered after vendorFamilies14.ts and before
 * communityImages.ts and thirdParty.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- multani/nomad (Docker Hub and ghcr.io; multani/docker-nomad) ------------------------------------------------------
// Each release tag is built by a workflow triggered by pushing that git tag (deploy.yml, 'on: push: tags', for the root
// Dockerfile until 1.6.2; v<major.minor>.x-release.yml → template-push.yml for v<major.minor>.x/Dockerfile from 1.4.14,
// 1.5.10 and 1.6.3 on, 2023-11-06), tagged type=ref,event=tag, so the image tag is the git tag and its base the FROM of
// that file at the tag. Tags whose checkout had no such workflow (the v-prefixed and older releases, pushed by other
// means) are left out. Every FROM read names its Alpine or Debian release.
const MULTANI_NOMAD =
  'multani/docker-nomad @ e929696d (2026-08-18): at each of the 121 release tags 1.1.18 … 2.0.5 pushed by a tag-triggered workflow, the final FROM of Dockerfile (with .github/workflows/deploy.yml: on push tags, metadata-action type=ref,event=tag, images index.docker.io/multani/nomad and ghcr.io/multani/nomad; until 1.6.2) or of v<major.minor>.x/Dockerfile (with .github/workflows/v<major.minor>.x-release.yml → template-push.yml: file ${directory}/Dockerfile, tags type=ref,event=tag; from 1.4.14, 1.5.10, 1.6.3): alpine:3.14 (1.1.18, 1.2.11 …) … alpine:3.18.3 (1.6.2, 2023-09-15), debian:12.2-slim (1.6.3, 2023-11-06 … 1.9.7), debian:12.10-slim (1.10.0 … 1.10.4), debian:13.1-slim (1.10.5, 1.11.0) … debian:13.6-slim (2.0.0 … 2.0.5)';
const MULTANI_NOMAD_BASES: Readonly<Record<string, string>> = {
  'alpine:3.14': '1.1.18 1.2.11 1.2.12 1.2.13 1.2.14 1.2.15',
  'alpine:3.15': '1.3.1',
  'alpine:3.16.0': '1.3.2',
  'alpine:3.16.2': '1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.4.0 1.4.0-beta.1 1.4.0-rc.1 1.4.1 1.4.2 1.4.3',
  'alpine:3.17.2': '1.2.16 1.3.9 1.3.10 1.3.11 1.3.12 1.4.4 1.4.5 1.4.6 1.4.7 1.5.0 1.5.0-beta.1 1.5.0-rc.1 1.5.1 1.5.2',
  'alpine:3.17.3': '1.3.13 1.3.14 1.4.8 1.4.9 1.5.3 1.5.4 1.5.5',
  'alpine:3.18.0': '1.3.15 1.4.10 1.5.6 1.6.0-beta.1',
  'alpine:3.18.2': '1.4.11 1.4.12 1.6.0 1.6.1',
  'alpine:3.18.3': '1.3.16 1.4.13 1.5.7 1.5.8 1.5.9 1.6.2',
  'debian:12.2-slim':
    '1.4.14 1.5.10 1.5.11 1.5.12 1.5.13 1.5.14 1.5.15 1.5.16 1.5.17 1.6.3 1.6.4 1.6.5 1.6.6 1.6.7 1.6.8 1.6.9 1.6.10 1.7.0 1.7.0-beta.1 1.7.0-beta.2 1.7.0-rc.1 1.7.1 1.7.2 1.7.3 1.7.4 1.7.5 1.7.6 1.7.7 1.8.0 1.8.0-beta.1 1.8.0-rc.1 1.8.1 1.8.2 1.8.3 1.8.4 1.9.0 1.9.0-beta.1 1.9.0-beta.2 1.9.1 1.9.2 1.9.3 1.9.4 1.9.5 1.9.6 1.9.7',
  'debian:12.9-slim': '1.10.0-beta.1',
  'debian:12.10-slim': '1.10.0 1.10.0-rc.1 1.10.1 1.10.2 1.10.3 1.10.4',
  'debian:13.1-slim': '1.10.5 1.11.0 1.11.0-beta.1 1.11.0-rc.1',
  'debian:13.2-slim': '1.11.1',
  'debian:13.4-slim': '1.11.2 1.11.3 2.0.0-beta.1',
  'debian:13.6-slim': '2.0.0 2.0.1 2.0.2 2.0.3 2.0.4 2.0.5',
};
const MULTANI_NOMAD_REPOS = ['docker.io/multani/nomad', 'ghcr.io/multani/nomad'];
const multaniNomadRules: ImageTagRule[] = [
  ...exactTagRules(MULTANI_NOMAD_BASES, (base) => ({
    id: `multani-nomad/${base.replace(':', '-')}`,
    repositories: MULTANI_NOMAD_REPOS,
    source: MULTANI_NOMAD,
  })),
  {
    id: 'multani-nomad/unread',
    repositories: MULTANI_NOMAD_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag pushed by the tag-triggered workflows read (1.1.18 … 2.0.5); older and v-prefixed tags were pushed by other means, and latest or branch tags move',
    source: MULTANI_NOMAD,
  },
];

// --- coderbyheart/fw-nrfconnect-nrf-docker (moved to NordicPlayground/nrf-docker) -------------------------------------
// Dockerfile named ubuntu:20.04 on every commit from f420199 (2020-08-26) to the last (845498e, 2022-05-20). The
// publish-docker.yaml workflow pushed one tag per nRF Connect SDK branch (main, v1.4-branch … v1.9-branch) from
// 1744fc4 (2021-11-18) on, on every push and nightly; before that it pushed the untagged name (latest), which README
// says has since been deleted. So every push of the branch tags, whatever its digest, was built FROM ubuntu:20.04; the
// repository has had no change since 2022-05-20, so the tags no longer move.
const NRF_DOCKER =
  'coderbyheart/fw-nrfconnect-nrf-docker @ 845498ea (2022-05-20): Dockerfile FROM ubuntu:20.04 AS base on every commit f420199 (2020-08-26) … ea4696c (2022-02-05, its last change; ubuntu:18.04 before f420199); .github/workflows/publish-docker.yaml (push to saga and nightly cron; docker push coderbyheart/fw-nrfconnect-nrf-docker:${{ matrix.ncs_branch }} for main, v1.4-branch … v1.9-branch from 1744fc4, 2021-11-18; the untagged name, i.e. latest, before); README.md ("The `latest` Docker image tag has been deleted. Use coderbyheart/fw-nrfconnect-nrf-docker:main"; moved to NordicPlayground/nrf-docker)';
const nrfDockerRules: ImageTagRule[] = [
  {
    id: 'fw-nrfconnect-nrf-docker/branch',
    repositories: ['docker.io/coderbyheart/fw-nrfconnect-nrf-docker'],
    tag: /^(?:main|v1\.[4-9]-branch)$/,
    base: 'ubuntu:20.04',
    frozen: 'no longer built: the repository moved to NordicPlayground/nrf-docker and has had no change since 2022-05-20',
    source: NRF_DOCKER,
  },
  {
    id: 'fw-nrfconnect-nrf-docker/latest-deleted',
    repositories: ['docker.io/coderbyheart/fw-nrfconnect-nrf-docker'],
    tag: /^latest$/,
    unknown:
      '{image}:latest has been deleted (its README: use coderbyheart/fw-nrfconnect-nrf-docker:main), so it cannot be pulled; it was last pushed before 2021-11-18 from a Dockerfile FROM ubuntu:20.04 (ubuntu:18.04 before 2020-08-26), and a digest of it may be from either',
    source: NRF_DOCKER,
  },
];

// --- Etherpad (etherpad/etherpad; ether/etherpad-lite) -----------------------------------------------------------------
// .github/workflows/docker.yml builds Dockerfile on each pushed release tag (and the develop branch) and tags it with the
// version, major.minor and major (docker/metadata-action type=semver; latest follows). Dockerfile at v2.0.0 … v2.3.2 is
// FROM node:alpine and from v2.4.0 FROM node:lts-alpine: moving official tags, so a release's base is what that tag named
// on the release day. Resolved only where official-images named the same Alpine release on the tag day and 14 days later
// (movingBuilds.ts's rule, read with scripts/moving-tag-at.mjs); the moving version tags stay unknown.
const ETHERPAD =
  'ether/etherpad-lite @ b827f5b3 (2025-11-20): Dockerfile at v2.2.2 (96fe9768, tagged 2024-08-09: FROM node:alpine AS build … FROM build AS production) and v2.5.3 (3c914126, tagged 2025-11-05: FROM node:lts-alpine), .github/workflows/docker.yml at v2.2.2 (on push tags; images etherpad/etherpad; tags type=semver {{version}}, {{major}}.{{minor}}, {{major}}); docker-library/official-images @ 37079fb3: library/node on 2024-08-09 and 2024-08-23 (alpine = 22-alpine3.20, nodejs/docker-node 22/alpine3.20 FROM alpine:3.20), on 2025-11-05 and 2025-11-19 (lts-alpine = 24-alpine3.22, FROM alpine:3.22)';
const etherpadRules: ImageTagRule[] = [
  {
    id: 'etherpad/2.2.2',
    repositories: ['docker.io/etherpad/etherpad'],
    tag: /^2\.2\.2$/,
    base: 'alpine:3.20',
    source: ETHERPAD,
    note: 'built FROM node:alpine when the release was tagged (2024-08-09): the base is what that moving tag named then',
  },
  {
    id: 'etherpad/moving',
    repositories: ['docker.io/etherpad/etherpad'],
    tag: /^(?:latest|2|2\.\d+)$/,
    unknown:
      '{image}:{tag} moves with each release, built FROM a moving node Alpine tag (node:lts-alpine since v2.4.0) on the release day; the newest release read (v2.5.3, 2025-11-05) was on Alpine 3.22, and releases since were not read',
    source: ETHERPAD,
  },
];

// --- awesometic/docusaurus (awesometic/docker-docusaurus) -------------------------------------------------------------
// .github/workflows/buildx.yml builds ./Dockerfile on every push to master and pushes only <user>/docusaurus:latest (no
// schedule, no other tag). The last push was the last commit (5e175c3, 2023-05-25), whose Dockerfile (unchanged since
// 30033b5 that day) is FROM node:20-alpine3.17: that tag names its Alpine release, so latest stopped on Alpine 3.17.
const AWESOMETIC_DOCUSAURUS =
  'awesometic/docker-docusaurus @ 5e175c32 (2023-05-25, the last commit): Dockerfile FROM node:20-alpine3.17 (since 30033b5, 2023-05-25; node:current-alpine3.16 from ca06fda, 2022-11-10, alpine3.15 and alpine3.14 before); .github/workflows/buildx.yml (on push to master only; build-push-action tags ${{ secrets.DOCKERHUB_USERNAME }}/docusaurus:latest)';
const awesometicDocusaurusRules: ImageTagRule[] = [
  {
    id: 'awesometic-docusaurus/latest',
    repositories: ['docker.io/awesometic/docusaurus'],
    tag: /^latest$/,
    base: 'node:20-alpine3.17',
    frozen: 'last pushed by the last commit of awesometic/docker-docusaurus (2023-05-25); the workflow builds on push to master only',
    source: AWESOMETIC_DOCUSAURUS,
  },
];

// --- ZAP's former Docker Hub images (owasp/zap2docker-stable; zaproxy/zaproxy) ----------------------------------------
// .github/workflows/release-main-docker.yml (run by hand or by repository_dispatch when a release is published) built
// docker/Dockerfile-stable of the default branch and pushed owasp/zap2docker-stable:latest, :<version> and :s<date> until
// 1260d29 (2024-03-05) removed those tags (ghcr.io/zaproxy/zaproxy and softwaresecurityproject/zap-stable since). The final
// stage of Dockerfile-stable was FROM debian:bullseye-slim on every first-parent commit from 1987af0 (2022-12-02) to that
// removal, and ZAP 2.13.0 (tagged 2023-07-11) and 2.14.0 (2023-10-12) were released inside that span, so latest's last push and every
// push of 2.13.0 and 2.14.0 ran on Debian 11. Older version and date tags (FROM ubuntu:20.04, debian:unstable-slim or
// debian:stable-slim) are not resolved.
const ZAP_DOCKER =
  'zaproxy/zaproxy @ 90068415 (2026-08-21): docker/Dockerfile-stable on every first-parent commit 1987af0 (2022-12-02) … 1260d29^ (2024-03-05): final stage FROM debian:bullseye-slim (ubuntu:20.04 until a5f2254f, 2022-07-29, debian:unstable-slim / stable-slim from 0450f9ac to f2dddbf3); .github/workflows/release-main-docker.yml at 1260d29^ (workflow_dispatch / repository_dispatch, file docker/Dockerfile-stable, tags owasp/zap2docker-stable:s${REL_DATE}, :${REL_VERSION}, :latest) and commit 1260d29 (2024-03-05, "Docker: No longer push to OWASP Docker Hub"); docker/CHANGELOG.md (entries 2023-06-08 … 2024-01-23); release tags v2.13.0 (2023-07-11) and v2.14.0 (2023-10-12)';
const zapDockerRules: ImageTagRule[] = [
  {
    id: 'zap2docker-stable/bullseye',
    repositories: ['docker.io/owasp/zap2docker-stable'],
    tag: /^(?:latest|2\.13\.0|2\.14\.0)$/,
    base: 'debian:bullseye-slim',
    frozen: 'no longer pushed: ZAP stopped pushing to the owasp/ Docker Hub namespace on 2024-03-05 (use ghcr.io/zaproxy/zaproxy:stable)',
    source: ZAP_DOCKER,
  },
];

// --- Strapi v3's images (strapi/base, strapi/strapi; strapi/strapi-docker) ----------------------------------------------
// bin/build.js builds base/Dockerfile and base/alpine/Dockerfile (FROM node:${NODE_VERSION}, i.e. node:<N> or node:<N>-alpine,
// moving official tags) and strapi/Dockerfile (FROM strapi/base:<N>[-alpine]); it pushes only with --push, which .travis.yml
// (./bin/build.js --type=all) does not pass, so the tags were pushed by hand at dates the repository does not record. Which
// Debian or Alpine release the node tag named at the last push is therefore unknown. README: v3 only, not updated for v4.
const STRAPI_DOCKER =
  'strapi/strapi-docker @ 15650578 (2022-08-05, the last commit): base/Dockerfile and base/alpine/Dockerfile (ARG NODE_VERSION, FROM node:${NODE_VERSION}), strapi/Dockerfile (FROM strapi/base:${BASE_VERSION}), bin/base.js and bin/strapi.js (NODE_VERSION=<N> or <N>-alpine; tags <N>[-alpine], latest/alpine for LATEST_NODE_VERSION 14; push only if --push), bin/build.js (option --push), .travis.yml (script ./bin/build.js --type=all, no --push), README.md ("This image is only for Strapi v3")';
const strapiRules: ImageTagRule[] = [
  {
    id: 'strapi-docker/hand-pushed',
    repositories: ['docker.io/strapi/base', 'docker.io/strapi/strapi'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built FROM a moving node:<N> or node:<N>-alpine tag and pushed by hand (bin/build.js --push; CI only builds), at dates the repository does not record, so the Debian or Alpine release of its last push is not known; these Strapi v3 images are no longer updated',
    source: STRAPI_DOCKER,
  },
];

// --- yeasy/hyperledger-fabric-base (yeasy/docker-hyperledger-fabric-base) ----------------------------------------------
// README maps each version tag to its directory (`2.3.2` → v2.3.2/Dockerfile); the repository holds no CI, so when a tag
// was pushed is not recorded. Each v2.x directory named one golang:<minor> tag on every commit, and official-images named
// one Debian suite for that tag on every month from the directory's creation to the tag's delisting (after which it is no
// longer rebuilt): 1.13, 1.14, 1.15 buster; 1.16, 1.18 bullseye; 1.21 bookworm. So every push of those tags ran on that
// suite, whatever its date. v2.5.0 (golang:1.20, which moved from bullseye to bookworm in 2023) and latest / release-v*
// (rebuilt from files that changed base) are not resolved.
const YEASY_FABRIC_BASE =
  "yeasy/docker-hyperledger-fabric-base @ 15deb244 (2024-04-29): README.md (tag → v<version>/Dockerfile), the FROM of v2.0.0 … v2.5.7/Dockerfile on every commit (golang:1.13: v2.0.0; 1.14: v2.1.0, v2.2.0, v2.2.1, v2.3.0, v2.3.1; 1.15: v2.2.2, v2.2.3, v2.3.2; 1.16: v2.2.4, v2.3.3, v2.4.0; 1.18: v2.2.8 … v2.2.10, v2.4.5, v2.4.7; 1.20: v2.5.0; 1.21: v2.5.5, v2.5.7); docker-library/official-images @ 37079fb3 library/golang each month from each directory's first commit to the tag's delisting (scripts/moving-tag-at.mjs: 1.13-buster 2019-12 … 2020-07, 1.14-buster 2020-04 … 2021-02, 1.15-buster 2021-04 … 2021-07, 1.16-bullseye 2021-09 … 2022-03, 1.18-bullseye 2022-08 … 2023-01, 1.21-bookworm 2023-11 … 2024-08)";
const YEASY_FABRIC_BASE_BASES: Readonly<Record<string, string>> = {
  'golang:1.13': '2.0.0',
  'golang:1.14': '2.1.0 2.2.0 2.2.1 2.3.0 2.3.1',
  'golang:1.15': '2.2.2 2.2.3 2.3.2',
  'golang:1.16': '2.2.4 2.3.3 2.4.0',
  'golang:1.18': '2.2.8 2.2.9 2.2.10 2.4.5 2.4.7',
  'golang:1.21': '2.5.5 2.5.7',
};
const yeasyFabricBaseRules: ImageTagRule[] = exactTagRules(YEASY_FABRIC_BASE_BASES, (base) => ({
  id: `yeasy-fabric-base/${base.replace(':', '-')}`,
  repositories: ['docker.io/yeasy/hyperledger-fabric-base'],
  source: YEASY_FABRIC_BASE,
}));

// --- Plumber (rstudio/plumber) ----------------------------------------------------------------------------------------
// .github/workflows/docker.yaml rebuilds every tag it pushes (latest and v1.3.0, v1.2.0, v1.1.0, v1.0.0, v0.4.6, next) on
// the first of every month, on each push to main and by hand, all with R_VERSION=latest, and Dockerfile is FROM
// rocker/r-ver:${R_VERSION}: every tag follows rocker/r-ver:latest (resolved by its own rule), rebuilt monthly.
const PLUMBER =
  'rstudio/plumber @ b6a8b016 (2025-12-23): Dockerfile (ARG R_VERSION=latest, FROM rocker/r-ver:${R_VERSION}), .github/workflows/docker.yaml (on push to main, rc-v**, docker**; schedule cron 0 0 1 * *; workflow_dispatch; matrix r_version latest × tags v1.3.0,latest / v1.2.0 / v1.1.0 / v1.0.0 / v0.4.6 / next; buildargs R_VERSION=${{ matrix.r_version }})';
const plumberRules: ImageTagRule[] = [
  {
    id: 'plumber/r-ver-latest',
    repositories: ['docker.io/rstudio/plumber'],
    tag: /^(?:latest|next|v1\.3\.0|v1\.2\.0|v1\.1\.0|v1\.0\.0|v0\.4\.6)$/,
    base: 'rocker/r-ver:latest',
    moving: { means: 'rebuilt on the first of every month and on each push to main, FROM rocker/r-ver:latest' },
    source: PLUMBER,
  },
];

// --- TFLint (ghcr.io/terraform-linters/tflint; terraform-linters/tflint) -----------------------------------------------
// .github/workflows/docker.yml builds Dockerfile when a v*.*.* tag is pushed (from v0.42.0; earlier releases had no such
// workflow) and tags the image by docker/metadata-action's defaults (the git tag, v<version>). The final stage of Dockerfile
// at each of those tags is FROM a numbered Alpine tag, which names the release.
const TFLINT =
  'terraform-linters/tflint @ c09cef5f (2026-08-22): Dockerfile (final FROM) and .github/workflows/docker.yml (on push tags v*.*.*; metadata-action images ghcr.io/${{ github.repository }}, default tags) at each of the 37 release tags v0.42.0 … v0.64.0 (v0.60.0 @ c932c4d5, 2025-11-16: FROM alpine:3.22); no docker.yml before v0.42.0';
const TFLINT_BASES: Readonly<Record<string, string>> = {
  'alpine:3.16.2': 'v0.42.0 v0.42.1 v0.42.2',
  'alpine:3.16.3': 'v0.43.0',
  'alpine:3.17.0': 'v0.44.0 v0.44.1',
  'alpine:3.17.1': 'v0.45.0',
  'alpine:3.17.3': 'v0.46.0 v0.46.1',
  'alpine:3.18.0': 'v0.47.0',
  'alpine:3.18': 'v0.48.0 v0.49.0',
  'alpine:3.19': 'v0.50.0 v0.50.1 v0.50.2 v0.50.3 v0.51.0 v0.51.1',
  'alpine:3.20': 'v0.51.2 v0.52.0 v0.53.0 v0.54.0',
  'alpine:3.21': 'v0.55.0 v0.55.1 v0.56.0 v0.57.0 v0.58.0',
  'alpine:3.22': 'v0.58.1 v0.59.0 v0.59.1 v0.60.0',
  'alpine:3.23': 'v0.61.0 v0.62.0 v0.62.1',
  'alpine:3.23.4': 'v0.63.0 v0.63.1',
  'alpine:3.24.1': 'v0.64.0',
};
const tflintRules: ImageTagRule[] = exactTagRules(TFLINT_BASES, (base) => ({
  id: `tflint/${base.replace(':', '-')}`,
  repositories: ['ghcr.io/terraform-linters/tflint'],
  source: TFLINT,
}));

export const vendorFamily15Rules: readonly ImageTagRule[] = [
  ...multaniNomadRules,
  ...nrfDockerRules,
  ...etherpadRules,
  ...awesometicDocusaurusRules,
  ...zapDockerRules,
  ...strapiRules,
  ...yeasyFabricBaseRules,
  ...plumberRules,
  ...tflintRules,
];
