/**
 * Non-official image families of issue #17, twentieth file: unknowns that recur across the first list and samples 2–17,
 * counted by image repository, where a primary source ties a tag scheme to one base. Same rules as vendorFamilies2.ts …
 * vendorFamilies19.ts: every row names the build files read (repository @ commit (date)); a tag is resolved only when the
 * files that push it tie it to one base, a tag outside the scheme read stays unknown with the reason, and moving tags say
 * as of which commit they are read. Registered after vendorFamilies19.ts and before the catch-all unknowns of
 * thirdParty.ts, popular.ts and toolImages.ts for the same repositories.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- jellyfin/jellyfin (Docker Hub and ghcr.io; jellyfin/jellyfin-packaging from 10.9) --------------------------------------
// From 10.9 the images are built by jellyfin/jellyfin-packaging: the "Release Build" workflow (dispatched with vX.Y.Z)
// runs `build.py vX.Y.Z docker`, which builds docker/Dockerfile and, for a stable version, pushes X.Y.Z, X.Y.Z.<date>
// (%Y%m%d-%H%M%S), X.Y, X and latest to Docker Hub and ghcr.io. The packaging repository tags the commit of each release
// vX.Y.Z-<timestamp>; docker/Dockerfile there has ARG OS_VERSION=bookworm (10.9.2 … 10.10.7, final stage
// FROM ${IMAGE_ARCH}/debian:${OS_VERSION}-slim, IMAGE_ARCH amd64 or arm64v8, the architecture namespaces of the official
// debian image) or ARG OS_VERSION=trixie (10.11.0 … 10.11.11, since ec6efe3 2025-06-15 "switch Docker to Trixie"); build.yaml
// passes only NODEJS_VERSION and DOTNET_VERSION as build arguments, so OS_VERSION keeps the Dockerfile's default.
// Before 10.9 the images were built from jellyfin/jellyfin's own Dockerfile, FROM the moving debian:stable-slim.
const JELLYFIN_PACKAGING =
  'jellyfin/jellyfin-packaging @ 69a2981c (2026-08-17): tags v10.9.2-202405171620 … v10.11.11-202606061137; docker/Dockerfile at each tag ARG OS_VERSION=bookworm (v10.9.2 … v10.10.7: FROM ${IMAGE_ARCH}/debian:${OS_VERSION}-slim as combined) or trixie (v10.11.0 … v10.11.11: FROM debian:${OS_VERSION}-slim AS server, FROM ${IMAGE_ARCH}/debian:${OS_VERSION}-slim AS combined; ec6efe3 2025-06-15 "switch Docker to Trixie"); build.yaml docker imagename jellyfin/jellyfin, frameworks NODEJS_VERSION / DOTNET_VERSION only; build.py build_docker (stable vX.Y.Z: manifests X.Y.Z.<%Y%m%d-%H%M%S>, X.Y.Z, X.Y, X, latest on Docker Hub and ghcr.io); .github/workflows/release-build.yaml (workflow_dispatch version vX.Y.Z → build.py docker)';
const JELLYFIN_LEGACY =
  'jellyfin/jellyfin @ c3ed1407 (2026-08-22): Dockerfile at v10.8.0 … v10.8.13 (2022-06-10 … 2023-11-28) FROM debian:stable-slim as app … FROM app';
const JELLYFIN_REPOS = ['docker.io/jellyfin/jellyfin', 'ghcr.io/jellyfin/jellyfin'];
const JELLYFIN_VERSIONS: Readonly<Record<string, string>> = {
  'debian:bookworm-slim':
    '10.9.2 10.9.3 10.9.4 10.9.5 10.9.6 10.9.7 10.9.8 10.9.9 10.9.10 10.9.11 10.10.0 10.10.1 10.10.2 10.10.3 10.10.4 10.10.5 10.10.6 10.10.7',
  'debian:trixie-slim': '10.11.0 10.11.1 10.11.2 10.11.3 10.11.4 10.11.5 10.11.6 10.11.7 10.11.8 10.11.9 10.11.10 10.11.11',
};
const jellyfinRules: ImageTagRule[] = [
  {
    id: 'jellyfin/release',
    repositories: JELLYFIN_REPOS,
    // X.Y.Z and the dated X.Y.Z.<YYYYMMDD-HHMMSS> of the same build; versions the map lacks fall through to the unknowns.
    tag: /^(?<v>10\.\d+\.\d+)(?:\.\d{8}-\d{6})?$/,
    base: { group: 'v', map: byVersion(JELLYFIN_VERSIONS) },
    variant: 'slim',
    source: JELLYFIN_PACKAGING,
  },
  {
    id: 'jellyfin/latest',
    repositories: JELLYFIN_REPOS,
    tag: /^(?:latest|10|10\.11)$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: { pin: 'jellyfin/jellyfin:10.11.11' },
    source: JELLYFIN_PACKAGING,
  },
  {
    id: 'jellyfin/line-10.10',
    repositories: JELLYFIN_REPOS,
    tag: /^10\.10$/,
    base: 'debian:bookworm-slim',
    variant: 'slim',
    moving: { pin: 'jellyfin/jellyfin:10.10.7' },
    source: JELLYFIN_PACKAGING,
  },
  {
    id: 'jellyfin/line-10.9',
    repositories: JELLYFIN_REPOS,
    tag: /^10\.9$/,
    base: 'debian:bookworm-slim',
    variant: 'slim',
    moving: { pin: 'jellyfin/jellyfin:10.9.11' },
    source: JELLYFIN_PACKAGING,
  },
  {
    id: 'jellyfin/legacy',
    repositories: JELLYFIN_REPOS,
    tag: /^(?:10\.[0-8]\.\d+.*|10\.[0-8])$/,
    unknown:
      '{image}:{tag} was built from jellyfin/jellyfin’s own Dockerfile, FROM the moving debian:stable-slim; which Debian release was stable when this tag was last built is not recorded',
    source: JELLYFIN_LEGACY,
  },
  {
    id: 'jellyfin/other',
    repositories: JELLYFIN_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a stable release whose packaging tag was read (10.9.2 … 10.11.11): 10.9.0 and 10.9.1, preview, unstable and dated tags of other builds were pushed from packaging commits not tagged',
    source: JELLYFIN_PACKAGING,
  },
];

// --- linuxserver/jellyfin (LinuxServer.io; linuxserver/docker-jellyfin) ----------------------------------------------------
// The Jenkinsfile's live build runs on branch master and pushes <version>-ls<N>, version-<version> and latest (also
// amd64-latest and arm64v8-latest) to Docker Hub, ghcr.io and lscr.io; the Dockerfile is FROM
// ghcr.io/linuxserver/baseimage-ubuntu:noble from 542c653 (2024-08-13) and :resolute from 2403528 (2026-07-14). latest is
// read as of the newest master commit; the -ls<N> tags are not mapped to commits, so they stay unknown. The base's release
// (baseimage-ubuntu:resolute) is resolved in linuxserver.ts from this repository's changelog.
const LSIO_JELLYFIN =
  'linuxserver/docker-jellyfin @ aff1ac57 (2026-08-04, master): Dockerfile FROM ghcr.io/linuxserver/baseimage-ubuntu:resolute (since 2403528, 2026-07-14, "Rebase to Resolute"; :noble since 542c653, 2024-08-13); Jenkinsfile stage "Set ENV live build" (branch master) and Docker-Push-Single / multi-arch push: ${IMAGE}:${META_TAG}, :latest, :${EXT_RELEASE_TAG}, amd64-latest, arm64v8-latest';
const LSIO_JELLYFIN_REPOS = ['docker.io/linuxserver/jellyfin', 'ghcr.io/linuxserver/jellyfin', 'lscr.io/linuxserver/jellyfin'];
const lsioJellyfinRules: ImageTagRule[] = [
  {
    id: 'lsio-jellyfin/latest',
    repositories: LSIO_JELLYFIN_REPOS,
    tag: /^(?:(?:amd64|arm64v8)-)?latest$/,
    base: 'ghcr.io/linuxserver/baseimage-ubuntu:resolute',
    moving: {
      means:
        'the newest build of branch master, FROM ghcr.io/linuxserver/baseimage-ubuntu:resolute as of the newest commit read (2026-08-04)',
    },
    source: LSIO_JELLYFIN,
  },
  {
    id: 'lsio-jellyfin/other',
    repositories: LSIO_JELLYFIN_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not latest: its build’s base (Ubuntu 24.04 noble from 2024-08-13, 26.04 resolute from 2026-07-14, earlier bases before) depends on the master commit that built it, which the tag does not record',
    source: LSIO_JELLYFIN,
  },
];

// --- ghcr.io/dbt-labs/dbt-bigquery, releases before the adapter published its own images ------------------------------------
// Until 2024-04 the dbt images were pushed by dbt-core's "Docker release" workflow (.github/workflows/release-docker.yml,
// since 2022-03-02; workflow_dispatch with package one of dbt-core, dbt-postgres, dbt-redshift, dbt-bigquery, dbt-snowflake,
// dbt-spark and version_number), which builds dbt-core's docker/Dockerfile --target <package> and pushes
// ghcr.io/dbt-labs/<package>:<version>. Every version of that file on every branch from 2021-12-22 to 2025-02-24 starts
// FROM python:<3.9 … 3.12>-slim-bullseye as base (the Python version differs by branch, the Debian suite does not).
// dbt-bigquery itself added a docker release only on 2024-04-05 (d13749a5); its release tags v1.1.0 … v1.7.7, all dated
// 2022-04-28 … 2024-03-28, carry no docker/ directory, so those images came from dbt-core's workflow: Debian 11.
const DBT_BIGQUERY =
  'dbt-labs/dbt-core @ 43aa6e8a (2026-08-22): .github/workflows/release-docker.yml (from 2022-03-02; file docker/Dockerfile, target <package>, tags ghcr.io/dbt-labs/<package>:<version_number>); docker/Dockerfile on every branch 2021-12-22 … 2025-02-24 FROM python:<v>-slim-bullseye as base (git log --all); dbt-labs/dbt-bigquery @ 0995665e (2025-02-06): release tags v1.1.0 … v1.7.7 (2022-04-28 … 2024-03-28) without docker/, docker release added by d13749a5 (2024-04-05)';
const DBT_BIGQUERY_VERSIONS =
  '1.1.0 1.1.1 1.1.2 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.3.3 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.5.0 1.5.1 1.5.2 1.5.3 1.5.4 1.5.5 1.5.6 1.5.7 1.5.8 1.5.9 1.6.0 1.6.1 1.6.2 1.6.3 1.6.4 1.6.5 1.6.6 1.6.7 1.6.8 1.6.9 1.6.10 1.6.11 1.6.12 1.7.0 1.7.1 1.7.2 1.7.3 1.7.4 1.7.5 1.7.6 1.7.7';
const dbtBigqueryRules: ImageTagRule[] = [
  {
    id: 'dbt-bigquery/dbt-core-workflow',
    repositories: ['ghcr.io/dbt-labs/dbt-bigquery'],
    tag: new RegExp(`^(?:${DBT_BIGQUERY_VERSIONS.replace(/\./g, '\\.').replace(/ /g, '|')})$`),
    // python:<v>-slim-bullseye is docker-library/python's image FROM debian:bullseye-slim; the Python version is per branch.
    base: 'debian:bullseye-slim',
    variant: 'slim',
    source: DBT_BIGQUERY,
  },
  {
    id: 'dbt-bigquery/other',
    repositories: ['ghcr.io/dbt-labs/dbt-bigquery'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag of 1.1.0 … 1.7.7 (pushed by dbt-core’s workflow from its bullseye Dockerfile): the <minor>.latest and latest tags moved, and later releases were built by the adapter’s own pipeline, whose files per release were not read',
    source: DBT_BIGQUERY,
  },
];

// --- docker.elastic.co/beats/filebeat 7.14.x (Elastic's own documentation) ------------------------------------------------
// Beats images are built by elastic/beats' packaging (dev-tools/packaging) at each release; that repository is too large to
// bring here (its snapshot exceeds the 500 MB limit), so the release files were not read. Elastic's "Run Filebeat on Docker"
// page of the 7.14 guide states the base image (centos:7) for the 7.14 images (docker pull …/filebeat:7.14.2); the later
// move to Ubuntu (elastic/beats#29255, "Change the base docker image to ubuntu 20.04 for Beats & Elastic Agent") is not
// dated per release by anything read, so no other version is resolved.
const FILEBEAT_714 =
  'https://www.elastic.co/guide/en/beats/filebeat/7.14/running-on-docker.html ("Docker images for Filebeat are available from the Elastic Docker registry. The base image is centos:7."; docker pull docker.elastic.co/beats/filebeat:7.14.2)';
const FILEBEAT_OTHER =
  'https://www.elastic.co/guide/en/beats/filebeat/7.14/running-on-docker.html ("The base image is centos:7", 7.14 only); https://github.com/elastic/beats/issues/29255 ("Change the base docker image to ubuntu 20.04 for Beats & Elastic Agent"); elastic/beats dev-tools/packaging not read (the repository snapshot is larger than can be brought)';
const filebeatRules: ImageTagRule[] = [
  {
    id: 'filebeat/7.14',
    repositories: ['docker.elastic.co/beats/filebeat'],
    tag: /^7\.14\.[0-2]$/,
    base: 'centos:7',
    source: FILEBEAT_714,
  },
  {
    id: 'filebeat/other',
    repositories: ['docker.elastic.co/beats/filebeat', 'docker.elastic.co/beats/filebeat-oss'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built by elastic/beats’ packaging at its release, whose files were not read: Elastic documents centos:7 for the 7.14 images and later moved Beats to Ubuntu (elastic/beats#29255), but which base this release used is not stated in what was read',
    source: FILEBEAT_OTHER,
  },
];

// --- Images whose build files could not be read here (honest unknowns with the reason) ---------------------------------------
// restic/restic: docker/Dockerfile (and, from 0.16.0, docker/Dockerfile.release) ends FROM alpine:latest at every release tag
// read, so the Alpine release is whichever alpine:latest was when the tag was built, which nothing records.
const RESTIC =
  'restic/restic @ a80be147 (2026-08-01): docker/Dockerfile FROM alpine:latest at v0.9.6 … v0.18.0 (golang:<v>-alpine builder from v0.13.0), docker/Dockerfile.release FROM alpine:latest from v0.16.0; .github/workflows/docker.yml';
// prestashop/prestashop: images/<ps>/<php>-<apache|fpm>/Dockerfile FROM prestashop/base:<php>-<flavour>, whose
// base/images/<php>-<flavour>/Dockerfile is FROM php:<php>-<flavour> (base/Dockerfile.model FROM php:{PHP_TAG}); the base
// images are rebuilt by publish.yml whenever base/ changes, and php:<v>-apache names no Debian release.
const PRESTASHOP =
  'PrestaShop/docker @ 8438a4bd (2026-07-23): Dockerfile.model FROM prestashop/base:$container_version; base/Dockerfile.model FROM php:{PHP_TAG}; images/1.7.7.8/7.3-apache/Dockerfile FROM prestashop/base:7.3-apache; base/images/7.3-apache/Dockerfile FROM php:7.3-apache; .github/workflows/publish.yml (on push to master: rebuilds every base image when base/** changed)';
// hasura/graphql-engine, directus/directus, apache/superset: each tag is built from the project's own repository at the
// release, and each of those repository snapshots is larger than can be brought here (hasura/graphql-engine 5.4 GB,
// directus/directus 642 MB, apache/superset 1.6 GB against a 500 MB limit); no release's build file was read.
const TOO_LARGE =
  'fetch of github:hasura/graphql-engine (5,402,746,880 bytes), github:directus/directus (642,109,440 bytes) and github:apache/superset (1,602,519,040 bytes): larger than the 524,288,000 bytes that can be brought, so no release’s Dockerfile was read';
const honestUnknownRules: ImageTagRule[] = [
  {
    id: 'restic/alpine-latest',
    repositories: ['docker.io/restic/restic'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM alpine:latest (docker/Dockerfile at every release tag read, Dockerfile.release from 0.16.0); which Alpine release alpine:latest was when this tag was built is not recorded',
    source: RESTIC,
  },
  {
    id: 'prestashop/php-moving',
    repositories: ['docker.io/prestashop/prestashop', 'docker.io/prestashop/base'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM prestashop/base:<php>-<apache|fpm>, itself FROM the moving php:<php>-<apache|fpm> and rebuilt whenever the base files change; which Debian release that php tag carried at the last build is not recorded',
    source: PRESTASHOP,
  },
  {
    id: 'too-large/unread',
    repositories: ['docker.io/hasura/graphql-engine', 'docker.io/directus/directus', 'docker.io/apache/superset'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built from the project’s own repository at each release, and that repository is too large to read here; no release’s Dockerfile was read, so its base is not given',
    source: TOO_LARGE,
  },
];

export const vendorFamily20Rules: readonly ImageTagRule[] = [
  ...jellyfinRules,
  ...lsioJellyfinRules,
  ...dbtBigqueryRules,
  ...filebeatRules,
  ...honestUnknownRules,
];
