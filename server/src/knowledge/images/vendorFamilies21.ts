/**
 * Non-official image families of issue #17, twenty-first file: unknowns of the eighteenth sample (ordinary projects, whole
 * repositories read) that no earlier sample had. Same rules as vendorFamilies2.ts … vendorFamilies19.ts: every row names the
 * build files read (repository @ commit (date)); a tag is resolved only when the files that push it tie it to one base, and
 * images whose build files do not tie a tag to one base get a reason instead of a release. Registered after
 * vendorFamilies19.ts (and images36's vendorFamilies20.ts) and before communityImages.ts and thirdParty.ts.
 */
import type { ImageTagRule } from './ruleTypes';

// --- minidocks/base and webuni/base (Docker Hub) ----------------------------------------------------------------------
// One repository, minidocks/images, builds both namespaces (its run script pushed "minidocks webuni" until 0066433 of
// 2021-01-09 dropped webuni). Every revision of base/ ties a 3.N tag to alpine:3.N: base/3.4 … base/3.9/Dockerfile FROM
// alpine:3.N (2016–2019; base/3.3 was FROM webuni/gosu, so 3.3 is left out), then one base/Dockerfile, ARG version,
// FROM alpine:$version, built by base/build.sh as "<tag>;<version>[;build]" with tag 3.N and 3.N-build from version 3.N.
// latest and build move with the newest version build.sh lists (3.23 in the newest commit read).
const MINIDOCKS_BASE =
  'minidocks/images @ 32d8a992 (2026-05-31): base/Dockerfile (ARG version; FROM alpine:$version AS latest; FROM latest AS build), base/build.sh (versions "3.21;3.21", "3.21-build;3.21;build" … "3.23-build;3.23;build", "build;3.23;build", "latest;3.23"; image ${namespace:-minidocks}/base); every earlier revision of base/ (git log -- base/): base/3.4 … base/3.9/Dockerfile FROM alpine:3.N, base/3.8-build and 3.9-build FROM {minidocks,webuni}/base:3.N, base/3.3/Dockerfile FROM webuni/gosu; run @ 0066433 (2021-01-09, "Disable build of webuni images (deprecated)": IMAGE_NAMESPACE "minidocks webuni" → "minidocks")';
const MINIDOCKS_BASE_REPOS = ['docker.io/minidocks/base', 'docker.io/webuni/base'];
const minidocksBaseRules: ImageTagRule[] = [
  {
    id: 'minidocks-base/alpine-version',
    repositories: MINIDOCKS_BASE_REPOS,
    tag: /^(?<v>3\.(?:[4-9]|[12]\d))(?:-build)?$/,
    base: 'alpine:{v}',
    source: MINIDOCKS_BASE,
  },
  {
    id: 'minidocks-base/latest',
    repositories: ['docker.io/minidocks/base'],
    tag: /^(?:latest|build)$/,
    base: 'alpine:3.23',
    moving: {
      means: 'the Alpine 3.23 build, as of the newest commit read (2026-05-31); moves with the newest version base/build.sh lists',
    },
    source: MINIDOCKS_BASE,
  },
  {
    id: 'minidocks-base/unread',
    repositories: MINIDOCKS_BASE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a 3.4 … 3.2x (or -build) tag, which every revision of base/ ties to alpine:3.N; 3.3 was FROM webuni/gosu and edge follows Alpine edge',
    source: MINIDOCKS_BASE,
  },
  {
    // The other images of the collection: each image's build.sh picks a minidocks/base version per tag, not read here
    // (vendorFamilies22.ts, registered before this file, resolves the tags whose build files it read).
    id: 'minidocks/other-images',
    repositories: ['docker.io/minidocks/*'],
    // The dropped PHP 7.4/8.0/8.1 and Python 3.5/3.6 tags are vendorFamilies27.ts's (their last builds; other images' same
    // tags too, with this reason).
    tag: /^(?!(?:7\.4|8\.[01])(?:-(?:base|nginx|intl))?$|3\.5$|3\.6(?:-(?:uwsgi|packaging|build))?$).*$/,
    unknown:
      '{image}:{tag} is built by minidocks/images FROM minidocks/base:<Alpine version>, chosen per tag by the image’s build.sh (and by ARG defaults in its Dockerfile); those were not read per tag',
    source:
      'minidocks/images @ 32d8a992 (2026-05-31): <image>/Dockerfile (FROM minidocks/base:$version or another minidocks image, ARG version) and <image>/build.sh (versions list)',
  },
];

// --- craftcms/cli, craftcms/php-fpm, craftcms/nginx (Docker Hub) ------------------------------------------------------
// .github/workflows/build-and-push.yml (on push of a *.*.* tag and workflow_dispatch) builds, for PHP 8.2, 8.1 and 8.0,
// craftcms/{php-fpm,cli}:<php> from <php>/Dockerfile (FROM php:${PHP_VERSION}-${PROJECT_TYPE}-alpine3.16 for 8.0,
// -alpine3.20 for 8.1 and 8.2), craftcms/{php-fpm,cli}:<php>-dev from <php>/dev.Dockerfile (FROM the production image)
// and craftcms/nginx:<php>[-dev] from nginx/Dockerfile (FROM craftcms/php-fpm:${PHP_VERSION}). The same FROM lines stand
// at the last release tag (2.0.320, 2024-09-04) and the newest commit read. Older PHP lines (7.x) were built by earlier
// workflows from files not read.
const CRAFTCMS =
  'craftcms/docker @ 3d27ef3 (2024-12-19) and tag 2.0.320 @ 7abcd68 (2024-09-04): .github/workflows/build-and-push.yml (matrix php ["8.2", "8.1", "8.0"] × type php-fpm/cli; PROD_IMAGE_REF craftcms/<type>:<php>, DEV_IMAGE_REF craftcms/<type>:<php>-dev; craftcms/nginx:<php>[-dev]), 8.0/Dockerfile FROM php:${PHP_VERSION}-${PROJECT_TYPE}-alpine3.16, 8.1/Dockerfile and 8.2/Dockerfile FROM php:${PHP_VERSION}-${PROJECT_TYPE}-alpine3.20, <php>/dev.Dockerfile FROM craftcms/${PROJECT_TYPE}:${PHP_VERSION}, nginx/Dockerfile FROM craftcms/php-fpm:${PHP_VERSION}';
const CRAFTCMS_MOVING = 'as of the newest commit read (2024-12-19); rebuilt on each release tag';
const craftcmsRules: ImageTagRule[] = [
  {
    id: 'craftcms/cli',
    repositories: ['docker.io/craftcms/cli'],
    tag: /^(?<v>8\.0|8\.1|8\.2)(?:-dev)?$/,
    base: { group: 'v', map: { '8.0': 'php:8.0-cli-alpine3.16', '8.1': 'php:8.1-cli-alpine3.20', '8.2': 'php:8.2-cli-alpine3.20' } },
    moving: { means: `PHP {v} CLI on Alpine, ${CRAFTCMS_MOVING}` },
    source: CRAFTCMS,
  },
  {
    id: 'craftcms/php-fpm-nginx',
    repositories: ['docker.io/craftcms/php-fpm', 'docker.io/craftcms/nginx'],
    tag: /^(?<v>8\.0|8\.1|8\.2)(?:-dev)?$/,
    base: { group: 'v', map: { '8.0': 'php:8.0-fpm-alpine3.16', '8.1': 'php:8.1-fpm-alpine3.20', '8.2': 'php:8.2-fpm-alpine3.20' } },
    moving: { means: `PHP {v} FPM on Alpine, ${CRAFTCMS_MOVING}` },
    source: CRAFTCMS,
  },
  {
    id: 'craftcms/unread',
    repositories: ['docker.io/craftcms/cli', 'docker.io/craftcms/php-fpm', 'docker.io/craftcms/nginx'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the 8.0, 8.1, 8.2 (and -dev) tags the build workflow read pushes; other lines were built by earlier workflows from files not read',
    source: CRAFTCMS,
  },
];

// --- itzg/minecraft-server (Docker Hub, ghcr.io) ------------------------------------------------------------------------
// .github/workflows/build.yml (push to master and release tags) builds one image per matrix variant from the Dockerfile
// (ARG BASE_IMAGE) with the variant's baseImage; on master each variant is pushed as the moving tag <variant>, and the main
// variant (MAIN_VARIANT java25) also as latest and stable. Release tags (<version>, <version>-<variant>) are pushed once,
// with the base of that commit's matrix, which changed over the years: they are not resolved. The graalvm variants are FROM
// container-registry.oracle.com/graalvm/jdk, which the tables do not describe.
const ITZG =
  'itzg/docker-minecraft-server @ f61f7219 (2026-08-19): Dockerfile (ARG BASE_IMAGE; FROM ${BASE_IMAGE}), .github/workflows/build.yml (on push to master and tags [0-9]+.[0-9]+.[0-9]+; MAIN_VARIANT java25; matrix include: java25 eclipse-temurin:25-jre-noble, java25-alpine eclipse-temurin:25-jre-alpine, java25-jdk eclipse-temurin:25, java21 eclipse-temurin:21-jre, java21-jdk eclipse-temurin:21, java21-alpine eclipse-temurin:21-jre-alpine, java17 eclipse-temurin:17-jre-focal, java8 eclipse-temurin:8u312-b07-jre-focal, java8-jdk eclipse-temurin:8u312-b07-jdk-focal; docker/metadata-action tags: type=raw <variant> on the default branch, pep440 version and stable for the main variant, java8-multiarch for java8)';
const ITZG_REPOS = ['docker.io/itzg/minecraft-server', 'ghcr.io/itzg/minecraft-server'];
const ITZG_MOVING = 'as of the newest commit read (2026-08-19); rebuilt on every push to master';
const itzgBases: Readonly<Record<string, string>> = {
  latest: 'eclipse-temurin:25-jre-noble',
  stable: 'eclipse-temurin:25-jre-noble',
  java25: 'eclipse-temurin:25-jre-noble',
  'java25-jdk': 'eclipse-temurin:25',
  java21: 'eclipse-temurin:21-jre',
  'java21-jdk': 'eclipse-temurin:21',
  java17: 'eclipse-temurin:17-jre-focal',
  java8: 'eclipse-temurin:8u312-b07-jre-focal',
  'java8-multiarch': 'eclipse-temurin:8u312-b07-jre-focal',
  'java8-jdk': 'eclipse-temurin:8u312-b07-jdk-focal',
};
const itzgRules: ImageTagRule[] = [
  {
    id: 'itzg-minecraft-server/variant',
    repositories: ITZG_REPOS,
    tag: new RegExp(`^(?<t>${Object.keys(itzgBases).join('|')})$`),
    base: { group: 't', map: itzgBases },
    moving: { means: `the {t} variant, ${ITZG_MOVING}` },
    source: ITZG,
  },
  {
    // official-images library/eclipse-temurin @ 2f2b424a20a7 (in effect 2026-05-15 … 2026-08-20) listed 25-jre-alpine and
    // 21-jre-alpine with Alpine 3.23; e527cbedbb7d (2026-08-21) moved them to 3.24, two days after the newest commit read.
    id: 'itzg-minecraft-server/alpine-moved',
    repositories: ITZG_REPOS,
    tag: /^java(?:25|21)-alpine$/,
    unknown:
      '{image}:{tag} is rebuilt on every push FROM eclipse-temurin:<v>-jre-alpine, which named Alpine 3.23 at the newest commit read (2026-08-19) and Alpine 3.24 from 2026-08-21; whether it was rebuilt since is not recorded',
    source: `${ITZG}; docker-library/official-images library/eclipse-temurin @ 2f2b424a20a7 (2026-05-15: 25-jre-alpine, 21-jre-alpine in Directory */jre/alpine/3.23) and @ e527cbedbb7d (2026-08-21)`,
  },
  {
    id: 'itzg-minecraft-server/unread',
    repositories: ITZG_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a variant tag the build workflow moves on master (latest, stable, java25, java21, java17, java8 …): a release tag was pushed once with the base of that commit’s matrix, which changed over the years, and the graalvm variants are FROM an Oracle registry image the tables do not describe',
    source: ITZG,
  },
];

// --- wunderio/silta-php-fpm and wunderio/silta-php-shell (Docker Hub) ---------------------------------------------------
// .github/workflows/docker-images.yml runs only when a <image>/<variant>/TAGS file changes, and pushes the variant's
// Dockerfile under every tag that file lists: a listed tag holds the build of the last commit that changed the TAGS file.
// silta-php-fpm 7.2 … 8.1 are FROM php:<final patch>-fpm-alpine of lines long closed; each silta-php-shell php<v> is FROM
// wunderio/silta-php-fpm:<v>-fpm-v1 as it was on the day the shell's TAGS last changed, read from the fpm Dockerfile of the
// last fpm TAGS change before it: for 8.2 … 8.5 (2026-05-11) that php tag's -alpine meant Alpine 3.23 (3.24 came out
// 2026-06-09), written out here. silta-php-fpm 8.2 … 8.5 were last pushed on 2026-07-30 FROM php:8.x.32-fpm-alpine
// (8.4.23, 8.5.8), tags the official images published on Alpine 3.23 and 3.24 that month: which one the bare -alpine named
// at that build is not recorded, so those stay unknown.
const SILTA =
  'wunderio/silta-images @ 5829b99 (2026-08-06): .github/workflows/docker-images.yml (on push of **/TAGS; docker build <image>/<variant> and push every tag of its TAGS file), silta-php-fpm/<v>-fpm/TAGS and Dockerfile at the last TAGS change: 7.2 94b6757 (2025-01-16) FROM php:7.2.34-fpm-alpine, 7.3/7.4/8.0 5972a41 (2025-05-05) FROM php:7.3.33-, 7.4.33-, 8.0.30-fpm-alpine, 8.1 cecc53a (2026-01-08) FROM php:8.1.34-fpm-alpine, 8.2 … 8.5 (2026-07-30) FROM php:8.2.32-, 8.3.32-, 8.4.23-, 8.5.8-fpm-alpine; silta-php-shell/php-<v>/Dockerfile FROM wunderio/silta-php-fpm:<v>-fpm-v1, TAGS last changed 532eccd (7.2, 2024-07-25; fpm then 9c44c64 FROM php:7.2.34-fpm-alpine), c81aa16 (7.3/7.4/8.0, 2025-05-05; fpm 5972a41), 329b129 (8.1, 2026-01-12; fpm cecc53a), 4ff8126 (8.2 … 8.5, 2026-05-11; fpm 9fa736c FROM php:8.2.31-, 8.3.31-, 8.4.21-, 8.5.6-fpm-alpine)';
const SILTA_FROZEN = 'a variant tag is pushed again only when its TAGS file changes; last pushed {when}';
const siltaFpm: Readonly<Record<string, [string, string]>> = {
  '7.2': ['php:7.2.34-fpm-alpine', '2025-01-16'],
  '7.3': ['php:7.3.33-fpm-alpine', '2025-05-05'],
  '7.4': ['php:7.4.33-fpm-alpine', '2025-05-05'],
  '8.0': ['php:8.0.30-fpm-alpine', '2025-05-05'],
  '8.1': ['php:8.1.34-fpm-alpine', '2026-01-08'],
};
const siltaShell: Readonly<Record<string, [string, string]>> = {
  '7.2': ['php:7.2.34-fpm-alpine', '2024-07-25'],
  '7.3': ['php:7.3.33-fpm-alpine', '2025-05-05'],
  '7.4': ['php:7.4.33-fpm-alpine', '2025-05-05'],
  '8.0': ['php:8.0.30-fpm-alpine', '2025-05-05'],
  '8.1': ['php:8.1.34-fpm-alpine', '2026-01-12'],
  '8.2': ['php:8.2.31-fpm-alpine3.23', '2026-05-11'],
  '8.3': ['php:8.3.31-fpm-alpine3.23', '2026-05-11'],
  '8.4': ['php:8.4.21-fpm-alpine3.23', '2026-05-11'],
  '8.5': ['php:8.5.6-fpm-alpine3.23', '2026-05-11'],
};
/** The tags a TAGS file lists at the newest commit read: <v>, <v>-fpm, <v>-fpm-v1[.minor[.patch]] (fpm); php<v>[-v1…] (shell). */
const siltaRules: ImageTagRule[] = [
  ...Object.entries(siltaFpm).map(
    ([v, [base, when]]): ImageTagRule => ({
      id: `silta-php-fpm/${v}`,
      repositories: ['docker.io/wunderio/silta-php-fpm'],
      tag: new RegExp(`^${v.replace('.', '\\.')}(?:-fpm(?:-v1(?:\\.\\d+){0,2})?)?$`),
      base,
      frozen: SILTA_FROZEN.replace('{when}', when),
      source: SILTA,
    }),
  ),
  ...Object.entries(siltaShell).map(
    ([v, [base, when]]): ImageTagRule => ({
      id: `silta-php-shell/${v}`,
      repositories: ['docker.io/wunderio/silta-php-shell'],
      tag: new RegExp(`^php${v.replace('.', '\\.')}(?:-v1(?:\\.\\d+){0,2})?$`),
      base,
      frozen: SILTA_FROZEN.replace('{when}', when),
      source: SILTA,
    }),
  ),
  {
    // latest is listed by latest/TAGS (last changed 36a67b6, 2026-04-27, FROM php:8.5.5-fpm-alpine, before Alpine 3.24)
    // and by 7.3-fpm/TAGS (last changed 2025-05-05): the later push wins.
    id: 'silta-php-fpm/latest',
    repositories: ['docker.io/wunderio/silta-php-fpm'],
    tag: /^latest$/,
    base: 'php:8.5.5-fpm-alpine3.23',
    frozen: SILTA_FROZEN.replace('{when}', '2026-04-27'),
    source: `${SILTA}; silta-php-fpm/latest/TAGS (latest) and Dockerfile @ 36a67b6 (2026-04-27) FROM php:8.5.5-fpm-alpine; silta-php-fpm/7.3-fpm/TAGS also lists latest, last changed 5972a41 (2025-05-05)`,
  },
  {
    id: 'silta-php-fpm/alpine-3.23-or-3.24',
    repositories: ['docker.io/wunderio/silta-php-fpm'],
    tag: /^8\.[2-5](?:-fpm(?:-v1(?:\.\d+){0,2})?)?$/,
    unknown:
      '{image}:{tag} was last pushed on 2026-07-30 FROM php:8.x.32-fpm-alpine (8.4.23, 8.5.8), which the official images published on both Alpine 3.23 and 3.24 that month; which one the bare -alpine named at that build is not recorded',
    source: SILTA,
  },
  {
    id: 'silta-php/unread',
    repositories: ['docker.io/wunderio/silta-php-fpm', 'docker.io/wunderio/silta-php-shell'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a tag the TAGS files list in the newest commit read; an older tag holds a build whose base was not read',
    source: SILTA,
  },
];

// --- nginxinc/nginx-unprivileged <version>-alpine (Docker Hub and mirrors) -------------------------------------------------
// popular.ts reads the tags that name their Alpine release and the moving ones; a <version>-alpine tag names none. Every
// commit of nginx/docker-nginx-unprivileged (formerly nginxinc/) that carried a version in mainline/ or stable/
// alpine[-slim]/Dockerfile was read (61 commits of update.sh, 2018-07-09 … 2026-07-15): for 76 of the 85 versions every such
// commit built on one Alpine release (FROM alpine:X, later ARG IMAGE=alpine:X in alpine-slim/, and alpine/ FROM the -slim
// image), so whatever pushed the tag and whenever the weekly workflow rebuilt it, it was that release. The other 9 versions
// (1.14.2, 1.15.8, 1.16.0, 1.19.6, 1.21.4, 1.22.1, 1.23.2, 1.24.0, 1.25.1) were built on two and stay unknown.
const NGINX_UNPRIV_VERSIONS =
  'nginx/docker-nginx-unprivileged @ e26803b6 (2026-07-15) and every earlier commit touching {mainline,stable}/alpine{,-slim}/Dockerfile (from edc24f4, 2018-07-09): ENV NGINX_VERSION and FROM alpine:X / ARG IMAGE=alpine:X of each; .github/workflows/alpine-{mainline,stable}.yml (weekly cron; tags <major>.<minor>.<patch>-alpine[-slim], <major>.<minor>-alpine…, <branch>-alpine…)';
const NGINX_UNPRIV_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.9': '1.15.9 1.15.10 1.15.11 1.15.12 1.17.0',
  'alpine:3.10': '1.16.1 1.17.1 1.17.2 1.17.3 1.17.4 1.17.5 1.17.6 1.17.7 1.17.8 1.17.9',
  'alpine:3.11': '1.17.10 1.18.0 1.19.0 1.19.1',
  'alpine:3.12': '1.19.2 1.19.3 1.19.4 1.19.5',
  'alpine:3.13': '1.19.7 1.19.8 1.19.9 1.19.10 1.20.0 1.20.1 1.21.0',
  'alpine:3.14': '1.20.2 1.21.1 1.21.2 1.21.3',
  'alpine:3.15': '1.21.5 1.21.6',
  'alpine:3.16': '1.22.0 1.23.0 1.23.1',
  'alpine:3.17': '1.23.3 1.23.4 1.25.0',
  'alpine:3.18': '1.25.2 1.25.3 1.25.4',
  'alpine:3.19': '1.25.5 1.26.0 1.26.1 1.27.0',
  'alpine:3.20': '1.26.2 1.26.3 1.27.1 1.27.2 1.27.3',
  'alpine:3.21': '1.27.4 1.27.5 1.28.0',
  'alpine:3.22': '1.29.0 1.29.1 1.29.2 1.29.3',
  'alpine:3.23': '1.28.1 1.28.2 1.28.3 1.29.4 1.29.5 1.29.8 1.30.0 1.30.1 1.30.2 1.30.3 1.31.0 1.31.1 1.31.2',
  'alpine:3.24': '1.30.4 1.31.3',
};
const nginxUnprivAlpineByVersion: Record<string, string> = {};
for (const [base, versions] of Object.entries(NGINX_UNPRIV_ALPINE))
  for (const v of versions.split(' ')) nginxUnprivAlpineByVersion[v] = base;
const NGINX_UNPRIV_REPOS = [
  'docker.io/nginxinc/nginx-unprivileged',
  'ghcr.io/nginx/nginx-unprivileged',
  'public.ecr.aws/nginx/nginx-unprivileged',
  'quay.io/nginx/nginx-unprivileged',
];
const nginxUnprivVersionRules: ImageTagRule[] = [
  {
    id: 'nginx-unprivileged/version-alpine',
    repositories: NGINX_UNPRIV_REPOS,
    tag: new RegExp(`^(?<v>${Object.keys(nginxUnprivAlpineByVersion).join('|').replaceAll('.', '\\.')})-alpine(?:-slim|-perl|-otel)?$`),
    base: { group: 'v', map: nginxUnprivAlpineByVersion },
    source: NGINX_UNPRIV_VERSIONS,
  },
  {
    id: 'nginx-unprivileged/version-alpine-two-releases',
    repositories: NGINX_UNPRIV_REPOS,
    tag: /^(?:1\.14\.2|1\.15\.8|1\.16\.0|1\.19\.6|1\.21\.4|1\.22\.1|1\.23\.2|1\.24\.0|1\.25\.1)-alpine(?:-slim|-perl|-otel)?$/,
    unknown:
      '{image}:{tag} was built on two Alpine releases while that NGINX version was current (the repository moved its Alpine base during it); which one its last push used is not recorded',
    source: NGINX_UNPRIV_VERSIONS,
  },
];

// --- wunderio/silta-nginx (Docker Hub) ---------------------------------------------------------------------------------
// The same TAGS-driven workflow as silta-php-fpm above; each silta-nginx/<v>/Dockerfile is FROM
// nginxinc/nginx-unprivileged:${NGINX_VERSION}-alpine with NGINX_VERSION fixed in the file.
const SILTA_NGINX =
  'wunderio/silta-images @ 5829b99 (2026-08-06): .github/workflows/docker-images.yml (on push of **/TAGS), silta-nginx/<v>/Dockerfile (ARG NGINX_VERSION; FROM nginxinc/nginx-unprivileged:${NGINX_VERSION}-alpine) at the last change of its TAGS file: 1.17 … 1.24 856eb18 (2024-08-22; 1.17.10, 1.19.10, 1.21.6, 1.23.4, 1.24.0), 1.26 47d9864 (2024-10-01; 1.26.2), 1.28 381820e (2025-08-07; 1.28.0), 1.30 and 1.31 cb3c778 (2026-08-04; 1.30.4, 1.31.3), latest 36a67b6 (2026-04-27; 1.30.0)';
const siltaNginx: Readonly<Record<string, [string, string]>> = {
  '1.17': ['1.17.10', '2024-08-22'],
  '1.19': ['1.19.10', '2024-08-22'],
  '1.21': ['1.21.6', '2024-08-22'],
  '1.23': ['1.23.4', '2024-08-22'],
  '1.24': ['1.24.0', '2024-08-22'],
  '1.26': ['1.26.2', '2024-10-01'],
  '1.28': ['1.28.0', '2025-08-07'],
  '1.30': ['1.30.4', '2026-08-04'],
  '1.31': ['1.31.3', '2026-08-04'],
};
const siltaNginxRules: ImageTagRule[] = [
  ...Object.entries(siltaNginx).map(
    ([v, [nginx, when]]): ImageTagRule => ({
      id: `silta-nginx/${v}`,
      repositories: ['docker.io/wunderio/silta-nginx'],
      tag: new RegExp(`^${v.replace('.', '\\.')}-v1(?:\\.\\d+){0,2}$`),
      base: `nginxinc/nginx-unprivileged:${nginx}-alpine`,
      frozen: SILTA_FROZEN.replace('{when}', when),
      source: SILTA_NGINX,
    }),
  ),
  {
    id: 'silta-nginx/latest',
    repositories: ['docker.io/wunderio/silta-nginx'],
    tag: /^latest$/,
    base: 'nginxinc/nginx-unprivileged:1.30.0-alpine',
    frozen: SILTA_FROZEN.replace('{when}', '2026-04-27'),
    source: SILTA_NGINX,
  },
  {
    id: 'silta-nginx/unread',
    repositories: ['docker.io/wunderio/silta-nginx'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a tag the TAGS files list in the newest commit read; an older tag holds a build whose base was not read',
    source: SILTA_NGINX,
  },
];

// --- dockerfile/ubuntu and dockerfile/mongodb (Docker Hub automated builds, 2014) ----------------------------------------
// The "Dockerfile Project" built its images as Docker Hub automated builds of the master branch; both repositories stopped
// in 2014. dockerfile/ubuntu was FROM ubuntu:14.04 from c07fc04 (2014-04-25) to its last commit; dockerfile/mongodb was FROM
// dockerfile/ubuntu in every commit after its first (FROM ubuntu:12.10), the last of 2014-09-22.
const DOCKERFILE_PROJECT =
  'dockerfile/ubuntu @ 8a24cd8 (2014-12-01): Dockerfile FROM ubuntu:14.04 since c07fc04 (2014-04-25; ubuntu:12.10 before), README.md ("automated build … published to the public Docker Hub Registry", "Base Docker Image: ubuntu:14.04"); dockerfile/mongodb @ 785f1e3 (2014-09-22): Dockerfile FROM dockerfile/ubuntu in 12 of its 13 revisions (the first FROM ubuntu:12.10)';
const dockerfileProjectRules: ImageTagRule[] = [
  {
    id: 'dockerfile-project/ubuntu',
    repositories: ['docker.io/dockerfile/ubuntu'],
    tag: /^latest$/,
    base: 'ubuntu:14.04',
    frozen: 'no longer built: the repository’s last commit is of 2014-12-01',
    source: DOCKERFILE_PROJECT,
  },
  {
    id: 'dockerfile-project/mongodb',
    repositories: ['docker.io/dockerfile/mongodb'],
    tag: /^latest$/,
    base: 'ubuntu:14.04',
    frozen: 'no longer built: the repository’s last commit is of 2014-09-22 (FROM dockerfile/ubuntu, then FROM ubuntu:14.04)',
    source: DOCKERFILE_PROJECT,
  },
];

// --- hypriot/rpi-node (Docker Hub) ------------------------------------------------------------------------------------
// push.sh pushes each version directory under the tags README.md lists; the repository stopped in 2017. Every plain and
// -slim Dockerfile of the last revisions is FROM resin/rpi-raspbian:jessie (only the <v>/wheezy directories, last in 7.3,
// were FROM wheezy; -alpine is FROM hypriot/rpi-alpine). 4, 4.8, 4.8.0 and argon were last pushed from 4.8/Dockerfile,
// removed on 2017-06-30.
const HYPRIOT_RPI_NODE =
  'hypriot/rpi-node @ 0beeba8 (2017-09-07): README.md supported tags (8.1.3, 8.1, 8, latest: 8.1/Dockerfile; 6.11.0, 6.11, 6, boron: 6.11/Dockerfile; 4.8.0, 4.8, 4, argon: 4.8/Dockerfile; -slim and -onbuild of each), 8.1/Dockerfile, 6.11/Dockerfile and their slim/ FROM resin/rpi-raspbian:jessie, push.sh; 4.8/Dockerfile @ 89b7ac6 (2017-04-08, removed in 5f2251d 2017-06-30) FROM resin/rpi-raspbian:jessie; every revision of every Dockerfile: wheezy only in <v>/wheezy/ and the first root Dockerfile';
const hypriotRpiNodeRules: ImageTagRule[] = [
  {
    id: 'hypriot-rpi-node/jessie',
    repositories: ['docker.io/hypriot/rpi-node'],
    tag: /^(?:8\.1\.3|8\.1|8|latest|6\.11\.0|6\.11|6|boron|4\.8\.0|4\.8|4|argon)(?:-slim|-onbuild)?$|^(?:slim|onbuild)$/,
    base: 'resin/rpi-raspbian:jessie',
    frozen: 'no longer built: the repository’s last commit is of 2017-09-07',
    source: HYPRIOT_RPI_NODE,
  },
  {
    id: 'hypriot-rpi-node/unread',
    repositories: ['docker.io/hypriot/rpi-node'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the tags README.md lists in the newest commit read (8.1, 6.11, 4.8 lines); older tags were pushed from Dockerfiles FROM resin/rpi-raspbian:wheezy or :jessie',
    source: HYPRIOT_RPI_NODE,
  },
];

// --- sphinxdoc/sphinx and sphinxdoc/sphinx-latexpdf (Docker Hub, ghcr.io) ----------------------------------------------
// .github/workflows/build.yml builds base/ and latexpdf/ (both FROM the moving python:slim) when a *.*.* tag is pushed,
// tagged by docker/metadata-action type=pep440 (which also sets latest on a tag event). The newest tag, 8.2.3, was pushed
// on 2025-03-02, when python:slim was python:3.13.2-slim-bookworm (official-images library/python @ 805591d0e13d, in
// effect from 2025-02-12 through 2025-03-16, read with scripts/moving-tag-at.mjs).
const SPHINXDOC =
  'sphinx-doc/sphinx-docker-images @ eb52a70 (tag 8.2.3, 2025-03-02): base/Dockerfile and latexpdf/Dockerfile FROM python:slim; .github/workflows/build.yml (on push of tags *.*.*; matrix sphinx: base, sphinx-latexpdf: latexpdf; images sphinxdoc/<name> and ghcr.io/sphinx-doc/<name>; tags type=pep440,pattern={{version}}); docker-library/official-images library/python @ 805591d0e13d (2025-02-12, in effect on 2025-03-02 and 2025-03-16): slim is listed with 3.13.2-slim-bookworm';
const sphinxdocRules: ImageTagRule[] = [
  {
    id: 'sphinxdoc/8.2.3',
    repositories: [
      'docker.io/sphinxdoc/sphinx',
      'docker.io/sphinxdoc/sphinx-latexpdf',
      'ghcr.io/sphinx-doc/sphinx',
      'ghcr.io/sphinx-doc/sphinx-latexpdf',
    ],
    tag: /^(?:latest|8\.2\.3)$/,
    base: 'python:3.13.2-slim-bookworm',
    frozen: 'pushed once, when tag 8.2.3 was pushed on 2025-03-02 (the newest tag of the repository read)',
    note: 'built FROM python:slim on 2025-03-02: the base is what that moving tag named that day',
    source: SPHINXDOC,
  },
  {
    id: 'sphinxdoc/unread',
    repositories: [
      'docker.io/sphinxdoc/sphinx',
      'docker.io/sphinxdoc/sphinx-latexpdf',
      'ghcr.io/sphinx-doc/sphinx',
      'ghcr.io/sphinx-doc/sphinx-latexpdf',
    ],
    tag: /^.*$/,
    unknown: '{image}:{tag} was built FROM the moving python:slim when its tag was pushed; only 8.2.3 (and latest, 2025-03-02) was read',
    source: SPHINXDOC,
  },
];

// --- amclain/crosstool-ng (Docker Hub) ----------------------------------------------------------------------------------
// Four commits, all of 2015-03-26 … 28, all FROM ubuntu:14.04.2 (the 14.04.2 point-release tag of Ubuntu 14.04 LTS).
const AMCLAIN_CROSSTOOL =
  'amclain/docker-crosstool-ng @ b87cdeb (2015-03-28): Dockerfile FROM ubuntu:14.04.2 in all four revisions (4add63a … b87cdeb, 2015-03-26 … 28); README.md (base of amclain/docker-crosstool-ng-arm)';
const amclainCrosstoolRules: ImageTagRule[] = [
  {
    id: 'amclain-crosstool-ng/latest',
    repositories: ['docker.io/amclain/crosstool-ng'],
    tag: /^latest$/,
    base: 'ubuntu:14.04',
    frozen: 'no longer built: the repository’s last commit is of 2015-03-28',
    note: 'FROM ubuntu:14.04.2, the 14.04.2 point-release tag of Ubuntu 14.04',
    source: AMCLAIN_CROSSTOOL,
  },
];

// --- Honest unknowns of the eighteenth sample whose build files were read -------------------------------------------------
// grpc/python: grpc/grpc-docker-library keeps one directory per release (1.13.0/python/Dockerfile FROM python:3.7, added
// 2018-07-31) and no build or push automation, so the day a tag was pushed, and what the moving python:3.7 named then, is
// not recorded. azul/zulu-openjdk: zulu-openjdk/zulu-openjdk says the repository is Ubuntu (README.md) and keeps one
// directory per build (ubuntu/<jdk>-<zulu>[-jre…]/ and ubuntu/<major>-latest/, FROM ubuntu:14.04 … jammy and ubuntu:latest),
// but nothing in it maps a Docker Hub tag such as 17 to a directory.
const GRPC_DOCKER =
  'grpc/grpc-docker-library @ 2ef4dc2 (2019-11-04): <release>/python/Dockerfile (1.13.0 and 1.15.0 FROM python:3.7, added 960892c 2018-07-31; 1.4 FROM python:3.6; 0.10, 0.11 FROM python:2.7.10), README.md; no build or push scripts';
const ZULU =
  'zulu-openjdk/zulu-openjdk @ 96ef985 (2025-08-08): README.md ("Ubuntu: azul/zulu-openjdk"), ubuntu/<version>/Dockerfile (FROM ubuntu:14.04, 16.04, 18.04, bionic, focal, jammy, 22.04, latest; ubuntu/17-latest FROM ubuntu:jammy); no file maps a Docker Hub tag to a directory';
const honestUnknownRules: ImageTagRule[] = [
  {
    id: 'grpc-docker-library/pushed-by-hand',
    repositories: [
      'docker.io/grpc/python',
      'docker.io/grpc/node',
      'docker.io/grpc/ruby',
      'docker.io/grpc/php',
      'docker.io/grpc/golang',
      'docker.io/grpc/cxx',
      'docker.io/grpc/csharp',
    ],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was pushed by hand from grpc/grpc-docker-library, whose Dockerfiles are FROM moving tags (1.13.0/python: python:3.7) and which records no push date, so the base release is not known',
    source: GRPC_DOCKER,
  },
  {
    id: 'zulu-openjdk/tag-not-mapped',
    repositories: ['docker.io/azul/zulu-openjdk'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is an Ubuntu image (zulu-openjdk/zulu-openjdk README.md), but its directories are FROM Ubuntu 14.04 … 22.04 and ubuntu:latest and nothing in the repository maps a Docker Hub tag to one of them',
    source: ZULU,
  },
];

export const vendorFamily21Rules: readonly ImageTagRule[] = [
  ...minidocksBaseRules,
  ...craftcmsRules,
  ...itzgRules,
  ...siltaRules,
  ...nginxUnprivVersionRules,
  ...siltaNginxRules,
  ...dockerfileProjectRules,
  ...hypriotRpiNodeRules,
  ...sphinxdocRules,
  ...amclainCrosstoolRules,
  ...honestUnknownRules,
];
