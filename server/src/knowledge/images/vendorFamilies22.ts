/**
 * Non-official image families of issue #17, twenty-second file: the minidocks/* images of the eighteenth sample whose build
 * files at the newest commit read tie a tag to one minidocks/base version (vendorFamilies21.ts resolved minidocks/base
 * itself and left the rest of the collection as one honest unknown). Same rules as vendorFamilies2.ts … vendorFamilies21.ts:
 * every row names the build files read (repository @ commit (date)); a tag is resolved only when the <image>/build.sh line
 * that pushes it, with the Dockerfile's FROM lines, ends at one minidocks/base tag. Registered BEFORE vendorFamilies21.ts,
 * whose minidocks/* catch-all would otherwise answer first; tags not listed here (minidocks/node, older PHP and Python
 * lines, minidocks/nginx, …) still fall to that catch-all. Also postgis/postgis (sixteenth sample): its Debian tags of the
 * directories present at the commit read.
 */
import type { ImageTagRule } from './ruleTypes';

// minidocks/base:latest, :build and :3.23 are alpine:3.23 at this commit (vendorFamilies21.ts). Every tag below is rebuilt
// from the newest build files, so each is moving: it means the base named here as of this commit.
const MINIDOCKS = 'minidocks/images @ 32d8a992 (2026-05-31)';
const MOVING = 'as of the newest commit read (2026-05-31); moves with the minidocks/base version its build files name';

const minidocksRules: ImageTagRule[] = [
  {
    // Dockerfile: one FROM minidocks/base (no tag, so latest = alpine:3.23); build.sh versions as listed.
    id: 'minidocks/plain-on-base',
    repositories: ['docker.io/minidocks/curl', 'docker.io/minidocks/openssh', 'docker.io/minidocks/perl'],
    tag: /^(?:latest|5)$/,
    base: 'alpine:3.23',
    moving: { means: `the Alpine 3.23 build of minidocks/base:latest, ${MOVING}` },
    source: `${MINIDOCKS}: curl/Dockerfile, openssh/Dockerfile and perl/Dockerfile (FROM minidocks/base); curl/build.sh and openssh/build.sh (versions "latest"), perl/build.sh (versions "5", "latest"); base/build.sh ("latest;3.23")`,
  },
  {
    // A chain of single-FROM images ending at minidocks/base: imagemagick → ghostscript → librsvg → poppler → base.
    id: 'minidocks/poppler-chain',
    repositories: [
      'docker.io/minidocks/poppler',
      'docker.io/minidocks/librsvg',
      'docker.io/minidocks/ghostscript',
      'docker.io/minidocks/imagemagick',
    ],
    tag: /^latest$/,
    base: 'alpine:3.23',
    moving: { means: `the Alpine 3.23 build of minidocks/base:latest, ${MOVING}` },
    source: `${MINIDOCKS}: poppler/Dockerfile FROM minidocks/base AS latest, librsvg/Dockerfile FROM minidocks/poppler, ghostscript/Dockerfile FROM minidocks/librsvg, imagemagick/Dockerfile FROM minidocks/ghostscript AS latest; each build.sh lists "latest"; base/build.sh ("latest;3.23")`,
  },
  {
    id: 'minidocks/java',
    repositories: ['docker.io/minidocks/java'],
    tag: /^(?:latest|gradle)$/,
    base: 'alpine:3.23',
    moving: { means: `the Alpine 3.23 build of minidocks/base:latest, ${MOVING}` },
    source: `${MINIDOCKS}: java/Dockerfile (FROM minidocks/base AS headless; gui FROM headless; gradle FROM gui; latest FROM headless), java/build.sh ("latest;17;headless", "gradle;17;gradle"); base/build.sh ("latest;3.23")`,
  },
  {
    // base=latest → FROM minidocks/base; base=build → FROM minidocks/base:build; both alpine:3.23.
    id: 'minidocks/lua',
    repositories: ['docker.io/minidocks/lua'],
    tag: /^(?:5\.[1-4](?:-build)?|build|latest)$/,
    base: 'alpine:3.23',
    moving: { means: `the Alpine 3.23 build of minidocks/base, ${MOVING}` },
    source: `${MINIDOCKS}: lua/Dockerfile (ARG base=latest; FROM minidocks/base AS latest; FROM minidocks/base:build AS build; FROM $base), lua/build.sh ("5.1;5.1" … "5.4-build;5.4;build", "build;5.4;build", "latest;5.4"; --build-arg base="\${3:-latest}"); base/build.sh ("build;3.23;build", "latest;3.23")`,
  },
  {
    // Every python tag build.sh lists is Python 3.12, FROM minidocks/base:3.23 or :3.23-build; img2pdf, weasyprint and
    // pyinstaller are FROM minidocks/python (latest = 3.12).
    id: 'minidocks/python-3.12',
    repositories: ['docker.io/minidocks/python'],
    tag: /^(?:(?:3|3\.12)(?:-(?:packaging|uwsgi|build))?|build|uwsgi|latest)$/,
    base: 'alpine:3.23',
    moving: { means: `Python 3.12 on minidocks/base:3.23, ${MOVING}` },
    source: `${MINIDOCKS}: python/Dockerfile (ARG version=3.12; FROM minidocks/base:3.23 AS base_3.12; FROM minidocks/base:3.23-build AS base_3.12-build; FROM base_$version$suffix AS latest), python/build.sh ("3.12;3.12" … "3-build;3.12;build;-build", "latest;3.12")`,
  },
  {
    id: 'minidocks/python-derived',
    repositories: ['docker.io/minidocks/img2pdf', 'docker.io/minidocks/weasyprint', 'docker.io/minidocks/pyinstaller'],
    tag: /^latest$/,
    base: 'alpine:3.23',
    moving: { means: `Python 3.12 on minidocks/base:3.23, ${MOVING}` },
    source: `${MINIDOCKS}: img2pdf/Dockerfile FROM minidocks/python, weasyprint/Dockerfile and pyinstaller/Dockerfile FROM minidocks/python AS latest; each build.sh lists "latest"; python/build.sh ("latest;3.12"), python/Dockerfile (FROM minidocks/base:3.23 AS base_3.12)`,
  },
  {
    id: 'minidocks/php',
    repositories: ['docker.io/minidocks/php'],
    tag: /^(?<v>8\.[2-5])(?:-(?:base|nginx|intl))?$/,
    base: { group: 'v', map: { '8.2': 'alpine:3.22', '8.3': 'alpine:3.23', '8.4': 'alpine:3.23', '8.5': 'alpine:3.23' } },
    moving: { means: `PHP {v} on minidocks/base, ${MOVING}` },
    source: `${MINIDOCKS}: php/Dockerfile (FROM minidocks/base:3.22 AS v8.2; FROM minidocks/base:3.23 AS v8.3, v8.4, v8.5; FROM v$version AS base), php/build.sh ("8.2;8.2;82" … "8.5-intl;8.5;85;intl", "latest;8.5;85")`,
  },
  {
    id: 'minidocks/php-latest',
    repositories: ['docker.io/minidocks/php'],
    tag: /^latest$/,
    base: 'alpine:3.23',
    moving: { means: `PHP 8.5 on minidocks/base:3.23, ${MOVING}` },
    source: `${MINIDOCKS}: php/Dockerfile (FROM minidocks/base:3.23 AS v8.5; FROM v$version AS base), php/build.sh ("latest;8.5;85")`,
  },
  {
    id: 'minidocks/ruby',
    repositories: ['docker.io/minidocks/ruby'],
    tag: /^(?<v>3\.3|3\.4|3|latest)$/,
    base: { group: 'v', map: { '3.3': 'alpine:3.21', '3.4': 'alpine:3.23', '3': 'alpine:3.23', latest: 'alpine:3.23' } },
    moving: { means: `Ruby on minidocks/base, ${MOVING}` },
    source: `${MINIDOCKS}: ruby/Dockerfile (FROM minidocks/base:3.21 AS v3.3; FROM minidocks/base:3.23 AS v3.4; FROM v\${version}), ruby/build.sh ("3.3;3.3", "3.4;3.4", "3;3.4", "latest;3.4")`,
  },
  {
    // glibc 3.N tags are FROM minidocks/base:3.N, which every revision of base/ ties to alpine:3.N.
    id: 'minidocks/glibc-alpine-version',
    repositories: ['docker.io/minidocks/glibc'],
    tag: /^(?<v>3\.(?:18|19|20))(?:-(?:i18n|dev))?$/,
    base: 'alpine:{v}',
    source: `${MINIDOCKS}: glibc/Dockerfile (ARG version=3.20; FROM minidocks/base:$version as latest), glibc/build.sh ("3.18;3.18" … "3.20-dev;3.20;dev", "latest;3.20")`,
  },
  {
    id: 'minidocks/glibc-latest',
    repositories: ['docker.io/minidocks/glibc'],
    tag: /^latest$/,
    base: 'alpine:3.20',
    moving: { means: `the Alpine 3.20 build, ${MOVING}` },
    source: `${MINIDOCKS}: glibc/Dockerfile (ARG version=3.20; FROM minidocks/base:$version as latest), glibc/build.sh ("latest;3.20")`,
  },
];

// --- postgis/postgis (Docker Hub; sample 16) ---------------------------------------------------------------------------
// Each <pg>-<postgis> directory's Dockerfile names its postgres base; the Makefile tags LATEST_VERSION as latest. Only the
// Debian (non-alpine) tags of the directories present at this commit are read; every other tag stays unknown.
const POSTGIS =
  'postgis/docker-postgis @ 51b35550 (2026-04-18): Makefile (LATEST_VERSION=17-3.5; tag-latest tags $(IMAGE_NAME):$(LATEST_VERSION) as latest), 14-3.5 … 17-3.5/Dockerfile FROM docker.io/postgres:<pg>-bullseye, 18-3.6/Dockerfile FROM docker.io/postgres:18-trixie';
const postgisRules: ImageTagRule[] = [
  {
    id: 'postgis/postgis-debian',
    repositories: ['docker.io/postgis/postgis'],
    tag: /^(?<v>1[4-7]-3\.5|18-3\.6|latest)$/,
    base: {
      group: 'v',
      map: {
        '14-3.5': 'postgres:14-bullseye',
        '15-3.5': 'postgres:15-bullseye',
        '16-3.5': 'postgres:16-bullseye',
        '17-3.5': 'postgres:17-bullseye',
        '18-3.6': 'postgres:18-trixie',
        latest: 'postgres:17-bullseye',
      },
    },
    moving: {
      means: 'PostGIS on the postgres Debian tag its directory names, as of the newest commit read (2026-04-18); latest is 17-3.5',
    },
    source: POSTGIS,
  },
];

export const vendorFamily22Rules: ImageTagRule[] = [...minidocksRules, ...postgisRules];
