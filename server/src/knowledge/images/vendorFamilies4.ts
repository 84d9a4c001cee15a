/**
 * Non-official image families of issue #17, fourth file: third-party application images of the tenth sample. The
 * rules of the game are thirdParty.ts's, as in vendorFamilies2.ts and vendorFamilies3.ts: a tag resolves only where
 * the build files read fix its base for every build that pushed it, moving tags say so, and the rest of each
 * repository stays unknown with the reason. Registered right after vendorFamilies3.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagPattern, exactTagRules } from './vendors';

// --- OpenSearch and OpenSearch Dashboards (opensearchproject/opensearch, opensearchproject/opensearch-dashboards) -----
// The release job (opensearch-build-libraries vars/buildDockerImage.groovy) builds docker/release/dockerfiles/
// <product>.<os>.dockerfile of opensearch-build at the version's git tag; the final stage of those files is FROM
// amazonlinux:2 (al2) or amazonlinux:2023 (al2023). The job picked al2023 for every version but 1.x from e4e7078d
// (2023-09-06), the day the al2023 files were added (eff36dcd); before, only al2 files existed, so 2.0.0 … 2.9.0 are
// Amazon Linux 2 and 2.10.0 (tagged 2023-09-25) on are Amazon Linux 2023. Re-releases (patchDockerImage.groovy) rebuild
// the image of the "1"/"2" tag through the same job at the version's own git tag, so they keep the same file. The
// same images are promoted to public.ecr.aws/opensearchproject (promoteContainer.groovy).
const OPENSEARCH =
  'opensearch-project/opensearch-build @ 4372bf71 (2026-08-19): docker/release/dockerfiles/{opensearch,opensearch-dashboards}.al2.dockerfile (final stage FROM amazonlinux:2 at tags 2.0.0 … 2.9.0, public.ecr.aws/amazonlinux/amazonlinux:2 later) and .al2023.dockerfile (FROM public.ecr.aws/amazonlinux/amazonlinux:2023; added in eff36dcd, 2023-09-06, "2.x and above since release 2.10.0"), read at every release tag 2.0.0 … 3.8.0; opensearch-project/opensearch-build-libraries @ 5fec0e97 (2026-08-19): vars/buildDockerImage.groovy (image_base_os = "al2023", "Keep al2 for the 1.x versions"; since e4e7078d, 2023-09-06, and in library tag 5.8.0, which jenkins/opensearch{,-dashboards}/distribution-build.jenkinsfile pins at 2.10.0), vars/patchDockerImage.groovy (re-release rebuilds at buildGitRef = the version), vars/promoteContainer.groovy (production Docker Hub and public.ecr.aws/opensearchproject)';
const OPENSEARCH_REPOS = [
  'docker.io/opensearchproject/opensearch',
  'docker.io/opensearchproject/opensearch-dashboards',
  'public.ecr.aws/opensearchproject/opensearch',
  'public.ecr.aws/opensearchproject/opensearch-dashboards',
];
/** Release tags of opensearch-build before and after the switch (2.0.0-rc1 and 3.0.0 pre-releases left out). */
const OPENSEARCH_AL2 = '2.0.0 2.0.1 2.1.0 2.2.0 2.2.1 2.3.0 2.4.0 2.5.0 2.6.0 2.7.0 2.8.0 2.9.0';
const OPENSEARCH_AL2023 =
  '2.10.0 2.11.0 2.11.1 2.12.0 2.13.0 2.14.0 2.15.0 2.16.0 2.17.0 2.17.1 2.18.0 2.19.0 2.19.1 2.19.2 2.19.3 2.19.4 2.19.5 2.19.6 3.0.0 3.1.0 3.2.0 3.3.0 3.3.1 3.3.2 3.4.0 3.5.0 3.6.0 3.7.0 3.8.0';
const openSearchRules: ImageTagRule[] = [
  {
    id: 'opensearch/al2',
    repositories: OPENSEARCH_REPOS,
    tag: exactTagPattern(OPENSEARCH_AL2),
    base: 'amazonlinux:2',
    source: OPENSEARCH,
  },
  {
    id: 'opensearch/al2023',
    repositories: OPENSEARCH_REPOS,
    tag: exactTagPattern(OPENSEARCH_AL2023),
    base: 'amazonlinux:2023',
    source: OPENSEARCH,
  },
  {
    id: 'opensearch/moving',
    repositories: OPENSEARCH_REPOS,
    tag: /^(?:latest|2|3)$/,
    base: 'amazonlinux:2023',
    moving: {
      means:
        'the newest OpenSearch release of that line (latest: of the newest line), re-released from time to time; every 2.x since 2.10.0 and every 3.x is built on Amazon Linux 2023',
    },
    source: OPENSEARCH,
  },
  {
    id: 'opensearch/other',
    repositories: OPENSEARCH_REPOS,
    // 1 and 1.* are vendorFamilies27.ts's (the 1.x Amazon Linux 2 files read at every 1.x tag).
    tag: /^(?!1(?:\.|$)).*$/,
    unknown: '{image}:{tag} is not a 1.x, 2.x or 3.x release tag of opensearch-build',
    source: OPENSEARCH,
  },
];

// --- Fluentd (fluent/fluentd; fluent/fluentd-docker-image) --------------------------------------------------------
// Docker Hub builds each v<X.Y>/<kind>/Dockerfile and its hooks/post_push pushes the tags the file's version names
// (v<X.Y.Z>[-debian]-<A.B>, v<X.Y>[-debian]-<A>, edge[-debian]); TAGRULE.md: A.B tags are fixed versions, vX.Y-A is
// the newest build of the branch. Read over every commit of the directories below: their FROM never changed except in
// v1.14/debian (ruby:2.6-slim-buster up to 1.14.4, ruby:2.7-slim-bullseye from 1.14.5, bded5ad 2022-02-09, to the last
// change, f3d0b83), so v1.14-debian-1 last built on bullseye. Tags of other directories (v1.4 alpine moved 3.8 → 3.9,
// v1.12 alpine 3.12 → 3.13), the obsolete bare vX.Y/latest tags and the onbuild images are not resolved.
const FLUENTD =
  'fluent/fluentd-docker-image @ 426b4a18 (2026-07-24): TAGRULE.md; every commit of v1.4/debian/Dockerfile (FROM debian:stretch-slim, ruby:2.6-slim-stretch from 463ee30, 2019-04-26; fluentd 1.4.0 … 1.4.2), v1.10/alpine (FROM alpine:3.9; 1.10.0 … 1.10.4), v1.10/debian and v1.12/debian (FROM ruby:2.6-slim-buster; 1.10.0 … 1.10.4, 1.12.0 … 1.12.4), v1.14/alpine (FROM alpine:3.13; 1.14.0 … 1.14.6), v1.14/debian (ruby:2.6-slim-buster to 1.14.4, ruby:2.7-slim-bullseye from bded5ad, 2022-02-09, 1.14.5 and 1.14.6) and their hooks/post_push (for tag in {v<X.Y.Z>[-debian]-<A.B>,v<X.Y>[-debian]-<A>,edge[-debian]})';
const FLUENTD_REPOS = ['docker.io/fluent/fluentd'];
const fluentdRules: ImageTagRule[] = [
  {
    id: 'fluentd/v1.4-debian',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.4(?:\.[0-2]-debian-[12]\.\d|-debian-[12])$/,
    base: 'debian:stretch-slim',
    variant: 'slim',
    source: FLUENTD,
  },
  {
    id: 'fluentd/v1.10-alpine',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.10(?:\.[0-4]-1\.\d|-1)$/,
    base: 'alpine:3.9',
    source: FLUENTD,
  },
  {
    id: 'fluentd/v1.10-v1.12-debian',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.1[02](?:\.[0-4]-debian-1\.\d|-debian-1)$/,
    base: 'ruby:2.6-slim-buster',
    variant: 'slim',
    source: FLUENTD,
  },
  {
    id: 'fluentd/v1.14-alpine',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.14(?:\.[0-6]-1\.\d|-1)$/,
    base: 'alpine:3.13',
    source: FLUENTD,
  },
  {
    id: 'fluentd/v1.14-debian-buster',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.14\.[0-4]-debian-1\.\d$/,
    base: 'ruby:2.6-slim-buster',
    variant: 'slim',
    source: FLUENTD,
  },
  {
    id: 'fluentd/v1.14-debian-bullseye',
    repositories: FLUENTD_REPOS,
    tag: /^v1\.14(?:\.[56]-debian-1\.\d|-debian-1)$/,
    base: 'ruby:2.7-slim-bullseye',
    variant: 'slim',
    source: FLUENTD,
  },
  {
    id: 'fluentd/other',
    repositories: FLUENTD_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag whose build files were read (the v1.4 debian, v1.10, v1.12 debian and v1.14 images); the obsolete bare vX.Y, latest and onbuild tags were pushed by older build rules',
    source: FLUENTD,
  },
];

// --- Grafana Loki and Promtail (grafana/loki, grafana/promtail) -----------------------------------------------------
// Each release is built once, from cmd/loki/Dockerfile and clients/cmd/promtail/Dockerfile at the release commit:
// by Drone (.drone/drone.yml, every platform of loki from cmd/loki/Dockerfile) up to 2.9.x, then by the release
// workflows (release/<file> checked out at the release, every platform from the same file). The table is the last
// FROM of those files at each release tag. Where it names a moving distroless tag (gcr.io/distroless/static:debug …),
// the build got what the name meant on the tag's date: the -debian12 images from a5c51d41 (2024-04-19) and the
// -debian13 ones from 4aa1087d (2026-01-30, "Move defaults to debian13"); no tag falls within 7 days of either switch.
// Promtail 2.x is left out: Drone built its linux/arm image from Dockerfile.arm32, which named another Debian.
const LOKI =
  'grafana/loki @ 65e30f84 (2026-08-22): last FROM of cmd/loki/Dockerfile and clients/cmd/promtail/Dockerfile at every release tag v2.0.0 … v3.7.6 (alpine:3.9 … alpine:3.22.2; gcr.io/distroless/base-nossl:debug 3.2.0–3.3.0, gcr.io/distroless/static:debug from 3.2.2, :nonroot from 3.6.0; promtail debian:bullseye-slim 3.0.x, debian:12.5-slim 3.1.0–3.3.0, public.ecr.aws/ubuntu/ubuntu:noble from 3.2.2); .drone/drone.yml at v2.0.0, v2.3.0, v2.5.0, v2.9.6 (dockerfile: cmd/loki/Dockerfile for all six loki images; promtail linux/arm from clients/cmd/promtail/Dockerfile.arm32); .github/workflows/patch-release-pr.yml and images.yml at v3.3.2 and v3.5.1 (file: release/cmd/loki/Dockerfile, release/clients/cmd/promtail/Dockerfile; platforms linux/amd64, arm64, arm); the tag commit dates; GoogleContainerTools/distroless @ cd080764: BUILD DEFAULT_DISTRO (debian12 since a5c51d41, 2024-04-19; debian13 since 4aa1087d, 2026-01-30)';
const LOKI_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.9': '2.0.0 2.0.1 2.1.0 2.2.0 2.2.1',
  'alpine:3.13': '2.3.0 2.4.0 2.4.1 2.4.2',
  'alpine:3.15.4': '2.5.0 2.6.0 2.6.1',
  'alpine:3.16.2': '2.7.0 2.7.1 2.7.2 2.7.3',
  'alpine:3.16.4': '2.7.4 2.7.5 2.7.6 2.8.0',
  'alpine:3.16.5': '2.8.1 2.8.2 2.8.3',
  'alpine:3.18.2': '2.7.7 2.8.4 2.9.0',
  'alpine:3.18.3': '2.8.5 2.8.6 2.9.1 2.9.2',
  'alpine:3.18.5': '2.8.7 2.8.8 2.9.3 2.9.4 3.0.0 3.1.0',
  'alpine:3.18.6': '2.8.9 2.8.10 2.8.11 2.9.5 2.9.6 2.9.7 2.9.8 2.9.9',
  'alpine:3.20.2': '2.9.10 2.9.11 3.0.1 3.1.1 3.1.2',
  'alpine:3.21.1': '2.9.12',
  'alpine:3.21.3': '2.9.13 2.9.14 2.9.15',
  'alpine:3.21.5': '2.9.16',
  'alpine:3.22.2': '2.9.17',
  'gcr.io/distroless/base-nossl-debian12:debug': '3.2.0 3.2.1 3.3.0',
  'gcr.io/distroless/static-debian12:debug':
    '3.2.2 3.3.1 3.3.2 3.3.3 3.3.4 3.4.0 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.5.0 3.5.1 3.5.2 3.5.3 3.5.4 3.5.5 3.5.6 3.5.7 3.5.8 3.5.9',
  'gcr.io/distroless/static-debian12:nonroot': '3.6.0 3.6.1 3.6.2 3.6.3 3.6.4',
  'gcr.io/distroless/static-debian13:debug': '3.5.10 3.5.11 3.5.12',
  'gcr.io/distroless/static-debian13:nonroot':
    '3.6.5 3.6.6 3.6.7 3.6.8 3.6.9 3.6.10 3.6.11 3.6.12 3.6.13 3.6.14 3.6.15 3.7.0 3.7.1 3.7.2 3.7.3 3.7.4 3.7.5 3.7.6',
};
const PROMTAIL_VERSIONS: Readonly<Record<string, string>> = {
  'debian:bullseye-slim': '3.0.0 3.0.1',
  'debian:12.5-slim': '3.1.0 3.1.1 3.1.2 3.2.0 3.2.1 3.3.0',
  // The file names public.ecr.aws/ubuntu/ubuntu:noble, Canonical's copy of the same Ubuntu image.
  'ubuntu:noble':
    '3.2.2 3.3.1 3.3.2 3.3.3 3.3.4 3.4.0 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.5.0 3.5.1 3.5.2 3.5.3 3.5.4 3.5.5 3.5.6 3.5.7 3.5.8 3.5.9 3.5.10 3.5.11 3.5.12 3.6.0 3.6.1 3.6.2 3.6.3 3.6.4 3.6.5 3.6.6 3.6.7 3.6.8 3.6.9 3.6.10 3.6.11 3.6.12 3.6.13 3.6.14 3.6.15',
};
const lokiRules: ImageTagRule[] = [
  ...exactTagRules(LOKI_VERSIONS, (base) => ({
    id: `loki/${base}`,
    repositories: ['docker.io/grafana/loki'],
    ...(base.includes('slim') ? { variant: 'slim' } : {}),
    source: LOKI,
  })),
  ...exactTagRules(PROMTAIL_VERSIONS, (base) => ({
    id: `promtail/${base}`,
    repositories: ['docker.io/grafana/promtail'],
    ...(base.includes('slim') ? { variant: 'slim' } : {}),
    source: LOKI,
  })),
  {
    id: 'loki/other',
    repositories: ['docker.io/grafana/loki', 'docker.io/grafana/promtail'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release whose build files were read (loki 2.0.0 … 3.7.6, promtail 3.0.0 … 3.6.15; promtail 2.x built its arm image from another file); latest and the main-branch builds move',
    source: LOKI,
  },
];

// --- Cypress included (cypress/included) --------------------------------------------------------------------------
// Since factory/.env (2023-01-17) master's CircleCI push jobs build cypress/included:<CYPRESS_VERSION> (the short tag,
// docker-compose.yml) FROM cypress/factory:<FACTORY_VERSION>, and the factory image FROM BASE_IMAGE of .env when that
// FACTORY_VERSION was first pushed (a push stops when the tag exists). The short tag is pushed again whenever the long
// tag (browser and Node versions) changes, so a version is listed only where every master commit that named it used a
// factory of the same Debian release: 13.10.0 and 14.5.4 straddle a switch and are left out, as are 12.3.0 and 12.4.0,
// which the older per-version folders also built. Before the factory, included/<tag>/Dockerfile was FROM
// cypress/browsers:<tag>, FROM cypress/base:<tag>, FROM a node image; a tag is listed where each of those files named one
// image in every version of it (the chain's end is the base).
const CYPRESS_INCLUDED =
  'cypress-io/cypress-docker-images @ a8a9b6d9 (2026-07-24): every first-parent commit of factory/.env (4b2ebca, 2023-01-17 … a8a9b6d9: CYPRESS_VERSION, FACTORY_VERSION, BASE_IMAGE debian:bullseye-slim → debian:12-slim 2024-05 → debian:12.x-slim → debian:13.0-slim 2025-08 → debian:13.6-slim), factory/docker-compose.yml (factory build arg BASE_IMAGE; included tags latest, ${INCLUDED_IMAGE_SHORT_TAG} = CYPRESS_VERSION, ${INCLUDED_IMAGE_TAG}), factory/Dockerfile (FROM cypress/factory:${FACTORY_VERSION}), circle.yml (push jobs on master only; halt when the long tag exists), CONTRIBUTING.md (alternate versions comment out the short tag); every version of included/<tag>/Dockerfile, browsers/<tag>/Dockerfile and base/<tag>/Dockerfile before the factory (e.g. included/4.1.0 FROM cypress/browsers:node12.16.1-chrome80-ff73, FROM cypress/base:12.16.1, FROM node:12.16.1-buster)';
const CYPRESS_INCLUDED_VERSIONS: Readonly<Record<string, string>> = {
  'debian:bullseye-slim':
    '12.4.1 12.5.0 12.5.1 12.6.0 12.7.0 12.8.0 12.8.1 12.9.0 12.10.0 12.11.0 12.12.0 12.13.0 12.14.0 12.15.0 12.16.0 12.17.0 12.17.1 12.17.2 12.17.3 12.17.4 13.0.0 13.1.0 13.2.0 13.3.0 13.3.1 13.3.2 13.3.3 13.4.0 13.5.0 13.5.1 13.6.0 13.6.1 13.6.2 13.6.3 13.6.4 13.6.5 13.6.6 13.7.0 13.7.1 13.7.2 13.7.3 13.8.0 13.8.1 13.9.0',
  'debian:12-slim':
    '13.11.0 13.12.0 13.13.0 13.13.1 13.13.2 13.13.3 13.14.0 13.14.1 13.14.2 13.15.0 13.15.1 13.15.2 13.16.0 13.16.1 13.17.0 14.0.0 14.0.1 14.0.2 14.0.3 14.1.0 14.2.0 14.2.1 14.3.0 14.3.1 14.3.2 14.3.3 14.4.0 14.4.1 14.5.0 14.5.1 14.5.2 14.5.3',
  'debian:13-slim':
    '15.0.0 15.1.0 15.2.0 15.3.0 15.4.0 15.5.0 15.6.0 15.7.0 15.7.1 15.8.0 15.8.1 15.8.2 15.9.0 15.10.0 15.11.0 15.12.0 15.13.0 15.13.1 15.14.0 15.14.1 15.14.2 15.15.0 15.16.0 15.17.0 15.18.0 15.18.1 15.19.0',
  'node:12.1.0': '3.2.0 3.3.0 3.3.1 3.3.2',
  'node:12.6.0': '3.4.0 3.4.1 3.5.0 3.6.0 3.6.1 3.7.0 3.8.0 3.8.1 3.8.2 3.8.3',
  'node:12.12.0': '3.4.2',
  'node:12.16.1-buster': '4.1.0',
  'node:12.13.0-buster': '4.2.0 4.3.0 4.4.0 4.4.1 4.5.0',
  'node:12.16.2-buster': '4.6.0 4.7.0 4.8.0 4.9.0',
  'node:12.14.1-buster': '4.10.0 4.11.0',
  'node:12.18.0-buster': '4.12.0 4.12.1 5.0.0 5.1.0 5.2.0',
  'node:12.18.3-buster': '6.0.0 6.1.0 6.2.0 6.2.1 6.3.0 6.4.0 6.5.0 6.7.0 6.7.1 6.8.0 7.0.0',
  'node:14.17.0-buster': '8.3.1 8.4.0 8.4.1 8.5.0',
  'node:16.5.0-buster': '9.5.0 9.5.1',
  'node:16.14.0-bullseye-slim': '9.5.2 9.5.3',
  'node:16.16.0-bullseye-slim': '11.0.0 11.0.1 11.1.0 11.2.0 12.0.0 12.0.1 12.0.2',
};
const cypressIncludedRules: ImageTagRule[] = exactTagRules(CYPRESS_INCLUDED_VERSIONS, (base) => ({
  id: `cypress-included/${base}`,
  repositories: ['docker.io/cypress/included'],
  ...(base.includes('slim') ? { variant: 'slim' } : {}),
  source: CYPRESS_INCLUDED,
}));

// --- Hyperledger Fabric 1.2–1.4.3 (hyperledger/fabric-peer, -orderer, -ccenv, -tools) ------------------------------
// At each release tag images/<name>/Dockerfile.in is FROM _BASE_NS_/fabric-baseos:_BASE_TAG_ (peer, orderer) or
// fabric-baseimage (ccenv, tools: FROM fabric-basejvm FROM fabric-baseos), with BASE_DOCKER_TAG = $(ARCH)-
// $(BASEIMAGE_RELEASE) (docker-env.mk) and the image tagged $(ARCH)-$(PROJECT_VERSION). fabric-baseimage's
// config/baseos/Dockerfile.in is FROM _DOCKER_BASE_, which its Makefile sets to ubuntu:xenial for amd64 (s390x and
// ppc64le use other bases) in every release 0.4.8 … 0.4.15. Only the amd64- tags are listed: the bare version tags
// are manifest lists across those architectures. Earlier and later releases used other base releases or files.
const FABRIC =
  'hyperledger/fabric @ 0c423ac4 (2026-08-05): Makefile BASEIMAGE_RELEASE at v1.2.0/v1.2.1 (0.4.10), v1.3.0 (0.4.13), v1.4.0 (0.4.14), v1.4.1–v1.4.3 (0.4.15); docker-env.mk (BASE_DOCKER_TAG=$(ARCH)-$(BASEIMAGE_RELEASE), DOCKER_TAG=$(ARCH)-$(PROJECT_VERSION)); images/{peer,orderer}/Dockerfile.in FROM _BASE_NS_/fabric-baseos:_BASE_TAG_, images/{ccenv,tools}/Dockerfile.in FROM _BASE_NS_/fabric-baseimage:_BASE_TAG_ at those tags; hyperledger/fabric-baseimage @ 22f41d81 (2021-03-19): Makefile DOCKER_BASE_amd64=ubuntu:xenial and config/baseos/Dockerfile.in FROM _DOCKER_BASE_ (basejvm FROM fabric-baseos, baseimage FROM fabric-basejvm) at v0.4.8 … v0.4.15';
const fabricRules: ImageTagRule[] = [
  {
    id: 'fabric/amd64-xenial',
    repositories: ['peer', 'orderer', 'ccenv', 'tools'].map((n) => `docker.io/hyperledger/fabric-${n}`),
    tag: /^amd64-(?:1\.2\.[01]|1\.3\.0|1\.4\.[0-3])$/,
    base: 'ubuntu:xenial',
    source: FABRIC,
  },
  {
    id: 'fabric/other',
    repositories: ['peer', 'orderer', 'ccenv', 'tools'].map((n) => `docker.io/hyperledger/fabric-${n}`),
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an amd64 tag of Fabric 1.2.0 … 1.4.3, whose build files were read (bare version tags span architectures with other bases; later releases use other files)',
    source: FABRIC,
  },
];

export const vendorFamily4Rules: readonly ImageTagRule[] = [
  ...openSearchRules,
  ...fluentdRules,
  ...lokiRules,
  ...cypressIncludedRules,
  ...fabricRules,
];
