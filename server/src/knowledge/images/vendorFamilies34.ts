/**
 * Non-official image families of issue #17, thirty-fourth file: texlive/texlive's weekly `latest` tags (FROM the project's
 * base image, FROM debian:testing-slim); instrumentisto/flutter's releases on Android SDK 35 and 36 (Ubuntu 24.04 through
 * Cirrus Labs' android-sdk images); tonistiigi/xx said to be FROM scratch (an honest unknown with its build file named).
 * Same rules as vendorFamilies2.ts … vendorFamilies33.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- texlive/texlive latest (Island of TeX) -------------------------------------------------------------------------------
// README.md: the CI is "scheduled to rebuild all Docker images weekly", so `latest` is at most a week old, and the
// latest-<scheme>[-doc][-src] tags are the same builds per TeX Live scheme. Dockerfile is FROM …/texlive:base, built from
// Dockerfile.base, FROM debian:testing-slim in every version since 01f6bfb (2019-10-06; debian:sid before). So `latest`
// carries Debian testing as the weekly build pulled it: today the testing suite after Debian 13 (trixie, released
// 2025-08-09), forky, as debian:testing-slim names it now. The dated TL<year>-<date> and historic year tags are not
// resolved here (vendorFamilies27.ts keeps them unknown).
const TEXLIVE =
  'islandoftex/texlive @ ba6770b (2026-06-26, the GitHub mirror of gitlab.com/islandoftex/images/texlive): README.md ("Our continuous integration is scheduled to rebuild all Docker images weekly"; latest-{minimal,basic,small,medium,full,context}[-doc][-src], latest-{,doc,src,doc-src} = latest-full-…), .gitlab-ci.yml (DOCKER_HUB_IMAGE: texlive/texlive; build:baseimage, build:latest), Dockerfile (FROM registry.gitlab.com/islandoftex/images/texlive:base), every version of Dockerfile.base from 01f6bfb (2019-10-06) to 88b2053 (2025-11-22) (FROM debian:testing, debian:testing-slim from b64ce7f, 2023-09-13)';

/** The weekly `latest` tags: latest, latest-<scheme>, each with -doc, -src or -doc-src. */
export const TEXLIVE_LATEST = /^latest(?:-(?:minimal|basic|small|medium|full|context))?(?:-doc)?(?:-src)?$/;

const texliveRules: ImageTagRule[] = [
  {
    id: 'texlive/latest-weekly',
    repositories: ['docker.io/texlive/texlive', 'registry.gitlab.com/islandoftex/images/texlive'],
    tag: TEXLIVE_LATEST,
    base: 'debian:testing-slim',
    moving: {
      means:
        'the newest weekly build of TeX Live, FROM the project’s base image, FROM debian:testing-slim (Dockerfile.base as of the commit read, 2026-06-26): Debian testing, forky since Debian 13 was released on 2025-08-09',
    },
    source: TEXLIVE,
  },
];

// --- instrumentisto/flutter (instrumentisto/flutter-docker-image) ---------------------------------------------------------
// ci.yml pushes only on a git tag <X.Y.Z>-androidsdk<N>-r<M> (to docker.io, ghcr.io and quay.io), with the Makefile's
// TAGS: that tag, X.Y.Z, X.Y, X and latest; the weekly schedule only builds and tests. Every git tag from
// 3.29.0-androidsdk35-r0 (2025-03-04) to 3.41.6-androidsdk36-r0 (2026-03-27) has a Dockerfile FROM
// ghcr.io/cirruslabs/android-sdk:35 or :36 (:tools for 3.38.0 and 3.38.1). Those images are FROM
// ghcr.io/cirruslabs/android-sdk:tools, whose sdk/tools/Dockerfile is FROM ubuntu:24.04 from 9e83bc2 (2024-05-08) on — in
// the version stored where sdk/35 was added (7e97a93f) and in the newest stored one (00212d4e, command-line tools
// 13114758) — and Cirrus CI pushes the tools image with each sdk image (.cirrus.yml). android-sdk:35 is not in the
// snapshot of 2024-09-05, so each of its builds is from after the switch. Earlier Flutter releases (android-sdk 29 … 34,
// some pushed while android-sdk:tools was Ubuntu 22.04) are not resolved.
const INSTRUMENTISTO_FLUTTER =
  'instrumentisto/flutter-docker-image @ 4cee28c (2026-03-27): .github/workflows/ci.yml (push only on a git tag, to docker.io, ghcr.io, quay.io; the schedule builds and tests), Makefile (TAGS: <X.Y.Z>-androidsdk<N>-r<M>, X.Y.Z, X.Y, X, latest), README.md ("3.41.6-androidsdk36-r0, 3.41.6, 3.41, 3, latest"), Dockerfile at the 38 git tags 3.29.0-androidsdk35-r0 … 3.41.6-androidsdk36-r0 (ARG android_sdk_ver=35|36, FROM ghcr.io/cirruslabs/android-sdk:${android_sdk_ver}; FROM …:tools at 3.38.0 and 3.38.1); cirruslabs/docker-images-android @ 6225a2d (2024-09-05): sdk/tools/Dockerfile FROM ubuntu:24.04 from 9e83bc2 (2024-05-08), .cirrus.yml (Push: tools, then the sdk image), no sdk/35 yet; stored versions 7e97a93f (sdk/35/Dockerfile FROM ghcr.io/cirruslabs/android-sdk:tools; sdk/tools/Dockerfile FROM ubuntu:24.04) and 00212d4e (sdk/tools/Dockerfile FROM ubuntu:24.04, command-line tools 13114758), sdk/36/Dockerfile @ f1d63c2e (FROM ghcr.io/cirruslabs/android-sdk:tools)';

/** Flutter releases whose git tag names Android SDK 35 or 36 (all r0 in the snapshot). */
const FLUTTER_SDK35_36 =
  '3.29.0 3.29.1 3.29.2 3.29.3 3.32.0 3.32.1 3.32.2 3.32.3 3.32.4 3.32.5 3.32.6 3.32.7 3.32.8 3.35.0 3.35.1 3.35.2 3.35.3 3.35.4 3.35.5 3.35.6 3.35.7 3.38.0 3.38.1 3.38.2 3.38.3 3.38.4 3.38.5 3.38.6 3.38.7 3.38.8 3.38.9 3.38.10 3.41.0 3.41.1 3.41.2 3.41.3 3.41.4 3.41.5 3.41.6';
const FLUTTER_VERSIONS = new RegExp(`^(?:${FLUTTER_SDK35_36.split(' ').join('|').replace(/\./g, '\\.')})`);
const FLUTTER_REPOS = ['docker.io/instrumentisto/flutter', 'ghcr.io/instrumentisto/flutter', 'quay.io/instrumentisto/flutter'];

const instrumentistoFlutterRules: ImageTagRule[] = [
  {
    id: 'instrumentisto-flutter/revision',
    repositories: FLUTTER_REPOS,
    tag: new RegExp(`${FLUTTER_VERSIONS.source}-androidsdk3[56]-r0$`),
    base: 'ubuntu:24.04',
    frozen: 'was built once, on its git tag (2025-03 … 2026-03), and is not rebuilt',
    source: INSTRUMENTISTO_FLUTTER,
  },
  {
    id: 'instrumentisto-flutter/version',
    repositories: FLUTTER_REPOS,
    tag: new RegExp(`${FLUTTER_VERSIONS.source}$`),
    base: 'ubuntu:24.04',
    moving: { means: 'the newest revision of that Flutter release, as of the commit read (2026-03-27): r0, on Android SDK 35 or 36' },
    source: INSTRUMENTISTO_FLUTTER,
  },
  {
    id: 'instrumentisto-flutter/latest',
    repositories: FLUTTER_REPOS,
    tag: /^(?:latest|3|3\.41)$/,
    base: 'ubuntu:24.04',
    moving: { pin: '{image}:3.41.6-androidsdk36-r0', means: 'Flutter 3.41.6 on Android SDK 36 as of the commit read (2026-03-27)' },
    source: INSTRUMENTISTO_FLUTTER,
  },
  {
    id: 'instrumentisto-flutter/minor',
    repositories: FLUTTER_REPOS,
    tag: /^3\.(?:29|32|35|38)$/,
    base: 'ubuntu:24.04',
    moving: { means: 'the newest release of that Flutter line as of the commit read (2026-03-27), on Android SDK 35 or 36' },
    source: INSTRUMENTISTO_FLUTTER,
  },
  {
    id: 'instrumentisto-flutter/other',
    repositories: FLUTTER_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a Flutter release built on Android SDK 35 or 36 (3.29.0 … 3.41.6, read to 2026-03-27): earlier releases were built FROM cirruslabs android-sdk 29 … 34, some while its tools image was Ubuntu 22.04 (before 2024-05-08), and later ones are newer than the snapshot',
    source: INSTRUMENTISTO_FLUTTER,
  },
];

// --- tonistiigi/xx ----------------------------------------------------------------------------------------------------------
// docker-bake.hcl's target "xx" builds src/Dockerfile's stage xx: FROM scratch, COPY --from=build /out/ /usr/bin/ (the
// xx-* shell scripts, built in an alpine stage that is not part of the image), at v1.5.0 and v1.9.0 as at the newest
// commit. The image has no distribution userland and no libc, so it stays unknown, saying why: it is copied into a stage
// (COPY --from=xx / /) whose own base decides.
const TONISTIIGI_XX =
  'tonistiigi/xx @ edd2778 (2026-08-13): docker-bake.hcl (target "xx": context src, target xx), src/Dockerfile at v1.5.0 (2024-08-20) and v1.9.0 (2025-12-03) (FROM scratch AS xx; COPY --from=build /out/ /usr/bin/, the xx-* scripts)';

const tonistiigiXxRules: ImageTagRule[] = [
  {
    id: 'tonistiigi-xx/scratch',
    repositories: ['docker.io/tonistiigi/xx'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM scratch with only the xx-* helper shell scripts in /usr/bin: no distribution userland and no libc of its own; it is meant to be copied into another stage (COPY --from=xx / /), whose base decides',
    source: TONISTIIGI_XX,
  },
];

export const vendorFamily34Rules: readonly ImageTagRule[] = [...texliveRules, ...instrumentistoFlutterRules, ...tonistiigiXxRules];
