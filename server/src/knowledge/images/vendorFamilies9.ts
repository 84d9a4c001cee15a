/**
 * Non-official image families of issue #17, ninth file: the biggest unknown groups across all samples whose answer a primary
 * source gives. Moving tags are described as of the newest build files read (repository @ commit (date) in every source,
 * and in the hover's moving-tag text); a version tag is listed only where its own release files, or every build file that
 * could have pushed it, name one base; an image whose builds end FROM scratch says so. The rules of the game are
 * thirdParty.ts's, as in vendorFamilies2.ts … vendorFamilies8.ts. Registered after vendorFamilies8.ts and before
 * thirdParty.ts, whose catch-all unknowns for the same repositories stay in force for every tag not listed here.
 */
import { byVersion } from './tagTables';
import type { ImageTagRule } from './ruleTypes';
import { SELENIUM_REPOS } from './thirdParty';

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
const seleniumLatestRules: ImageTagRule[] = [
  {
    id: 'selenium/latest',
    repositories: SELENIUM_REPOS,
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

// --- elixir 1.20 (official image; erlef/docker-elixir) -----------------------------------------------------------------------
// official-images library/elixir @ 37079fb3 points every 1.20 tag (latest among them) at erlef/docker-elixir a5547803, a
// commit no stored snapshot holds, so the generated history cannot read the 1.20 Dockerfiles. The library file is written by
// generate-stackbrew-library.sh, which names each directory's tags by the erlang tag of its Dockerfile's first FROM erlang
// line (extractErlangVersion): otp-<that tag> is added as an alias unless it is the variant's own name. So the entry of
// 1.20 carrying otp-29 was FROM erlang:29, 1.20/slim (otp-29-slim) FROM erlang:29-slim, 1.20/alpine FROM erlang:29-alpine,
// and the 1.20/otp-NN[-slim|-alpine] directories, with no extra alias, FROM erlang:NN[-slim|-alpine]. Those erlang tags
// resolve through their own entries. All of these tags are as published at 37079fb3 and move with the library file.
const ELIXIR_120 =
  'docker-library/official-images library/elixir @ 37079fb3 (2026-08-21; generated by erlef/docker-elixir generate-stackbrew-library.sh @ b5e9041f): Directory 1.20 at GitCommit a5547803 tagged 1.20.3, 1.20, latest, 1.20.3-otp-29, 1.20-otp-29, otp-29; 1.20/slim … otp-29-slim; 1.20/alpine … otp-29-alpine; 1.20/otp-27[-alpine|-slim] and 1.20/otp-28[-alpine|-slim] with no other alias. erlef/docker-elixir @ 6113c3ed (2025-11-14, the newest snapshot; a5547803 and b5e9041f are not in it): generate-stackbrew-library.sh extractErlangVersion (the tag of the first FROM erlang:<tag>) adds otp-<tag> unless it equals the variant; 1.19/Dockerfile FROM erlang:28, 1.19/otp-27/Dockerfile FROM erlang:27';
/** Tag aliases of each 1.20 directory (suffix after the version aliases) → the erlang tag its Dockerfile is FROM. */
const ELIXIR_120_DIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['', 'otp-29', 'erlang:29'],
  ['-slim', 'otp-29-slim', 'erlang:29-slim'],
  ['-alpine', 'otp-29-alpine', 'erlang:29-alpine'],
  ['-otp-27', 'otp-27', 'erlang:27'],
  ['-otp-27-slim', 'otp-27-slim', 'erlang:27-slim'],
  ['-otp-27-alpine', 'otp-27-alpine', 'erlang:27-alpine'],
  ['-otp-28', 'otp-28', 'erlang:28'],
  ['-otp-28-slim', 'otp-28-slim', 'erlang:28-slim'],
  ['-otp-28-alpine', 'otp-28-alpine', 'erlang:28-alpine'],
];
const escapeDots = (text: string): string => text.replace(/[.]/g, '\\.');
const elixirRules: ImageTagRule[] = ELIXIR_120_DIRS.flatMap(([suffix, otp, base]): ImageTagRule[] => {
  const rule = (id: string, tags: string[]): ImageTagRule => ({
    id,
    repositories: ['docker.io/library/elixir'],
    tag: new RegExp(`^(?:${tags.map(escapeDots).join('|')})$`),
    base,
    ...(base.endsWith('-slim') ? { variant: 'slim' } : {}),
    source: ELIXIR_120,
  });
  // The directory's default, slim and alpine entries also carry the otp-29 aliases; the default carries latest, slim and
  // alpine their bare variant name.
  const ownOtp = suffix === '' || suffix === '-slim' || suffix === '-alpine';
  const pinned = ['1.20.3' + suffix, ...(ownOtp ? [`1.20.3-${otp}`] : [])];
  const floating = ['1.20' + suffix, otp, ...(ownOtp ? [`1.20-${otp}`, suffix === '' ? 'latest' : suffix.slice(1)] : [])];
  return [
    rule(`elixir/1.20.3${suffix}`, pinned),
    {
      ...rule(`elixir/1.20${suffix}-moving`, floating),
      moving: { pin: `elixir:1.20.3${suffix}`, means: `Elixir 1.20.3 on ${base} as published in official-images @ 37079fb3 (2026-08-21)` },
    },
  ];
});

// --- fpco/stack-build (commercialhaskell/stack, then commercialhaskell/stackage) ----------------------------------------------
// build.sh (etc/dockerfiles/stack-build in stack for LTS >= 8.0 until ff53f5e, 2020-02-17; automated/dockerfiles in
// stackage since) builds lts-X.Y from the lts-X.Y directory, or, when there is none, pulls the nearest earlier lts-X.*
// image and tags it lts-X.Y; the newest minor of a major is also tagged lts-X. Every version of every lts-X.Y/Dockerfile in
// both repositories is FROM one Ubuntu release per major or FROM fpco/stack-build:lts-X.<earlier>: Ubuntu 16.04 for LTS 8 …
// 13, 18.04 for 14 … 20, 22.04 for 21 … 23 (24.04 for the current LTS 24, left out while it can still gain directories).
// So every tag of a closed major is that Ubuntu, whichever build pushed it; lts, latest and earlier majors stay unknown.
const STACK_BUILD =
  'commercialhaskell/stack @ 7f6e8f38 (2026-08-22): etc/dockerfiles/stack-build/build.sh and every version of every lts-X.Y/Dockerfile from 9a1b497 (2017-02-12) to their removal in ff53f5e (2020-02-17; README: "used for building images for LTS >= 8.0"); commercialhaskell/stackage @ 4ee6431f (2026-08-21): automated/dockerfiles/build.sh and every version of every lts-X.Y/Dockerfile since d6b16c4 (2020-02-14): FROM ubuntu:16.04 (LTS 8 … 13), ubuntu:18.04 (14 … 20), ubuntu:22.04 (21 … 23), ubuntu:24.04 (24) or FROM fpco/stack-build:lts-X.<earlier minor>; build.sh retags the nearest earlier lts-X image for a minor without a directory, tags lts-X for the newest minor and lts/latest for the newest LTS';
const STACK_BUILD_MAJORS: ReadonlyArray<readonly [string, string]> = [
  ['8|9|1[0-3]', 'ubuntu:16.04'],
  ['1[4-9]|20', 'ubuntu:18.04'],
  ['2[1-3]', 'ubuntu:22.04'],
];
const stackBuildRules: ImageTagRule[] = [
  ...STACK_BUILD_MAJORS.map(
    ([majors, base]): ImageTagRule => ({
      id: `fpco-stack-build/${base}`,
      repositories: ['docker.io/fpco/stack-build'],
      tag: new RegExp(`^lts-(?:${majors})(?:\\.\\d+)?$`),
      base,
      source: STACK_BUILD,
    }),
  ),
  {
    id: 'fpco-stack-build/other',
    repositories: ['docker.io/fpco/stack-build'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag of a closed LTS series built by build.sh (latest and lts move with the newest LTS; LTS 24 is still current; tags before LTS 8 were built before these files)',
    source: STACK_BUILD,
  },
];

// --- mhart/alpine-node (archived) ---------------------------------------------------------------------------------------------
// publish.sh pushes each Docker tag and force-moves the git tag of the same name to the commit that built it, so a git tag
// records the build. The last build, f3e7f55 (2021-07-12, v16.4.2), tagged latest, 16, 16.4, 16.4.2 (extract.dockerfile)
// and slim, slim-16, slim-16.4, slim-16.4.2 (slim.dockerfile, final stage), both FROM alpine:3.13; the README then declared
// the project deprecated and archived (c8615a3, 2023-01-16), so those tags no longer move. Other tags are not listed.
const MHART =
  'mhart/alpine-node @ c8615a3 (2023-01-16, README "Deprecated … archive mode"): git tags latest, 16, 16.4, 16.4.2, slim, slim-16, slim-16.4, slim-16.4.2 all at f3e7f55 (2021-07-12, "v16.4.2 full and slim builds"): build.sh (extract.dockerfile, tags 16.4.2, 16.4, 16, latest), build-slim.sh (slim.dockerfile, tags slim-16.4.2 … slim), publish.sh (git tag -f and docker push of each), extract.dockerfile FROM alpine:3.13, slim.dockerfile final stage FROM alpine:3.13';
// Older tags: publish.sh force-moved each Docker tag's git tag to the commit that built it, so every git tag (1,229 in the
// archived repository) names a build. A tag is resolved when, at its git tag's commit, build.sh (build-slim.sh for slim-*)
// pushes exactly that Docker tag with -f <file>, and <file>'s active ENV VERSION is the tag's Node.js version; its base
// is that file's last active FROM. 319 tags pass (December 2019 … July 2021); each Node.js major was on one Alpine release.
const MHART_GIT_TAGS =
  'mhart/alpine-node @ c8615a3 (2023-01-16): for each git tag, build.sh or build-slim.sh (docker build -t mhart/alpine-node:<tag> … -f extract.dockerfile | build.dockerfile | Dockerfile | slim.dockerfile) and that file (active FROM alpine:<version>, ENV VERSION=v<node version>) at the tag’s commit — 10.19 … 10.24.1 and slim-10.18 … slim-10.24.1 (ecd1656 2020-01-14 … 039bcc8 2021-04-06) alpine:3.7, 12.14 … 12.22.3 (b7c97ad 2020-01-14 … 12f9e02 2021-07-12) alpine:3.9, 13.5 … 13.14.0 (3b238b8 2019-12-18 … f8a1c21 2020-04-29) alpine:3.10, 14.0 … 14.17.3 alpine:3.11, 15.0 … 15.14.0 alpine:3.12, 16.0 … 16.4.2 alpine:3.13, slim-8.17.0 (75117e0 2020-12-09) alpine:3.6; README (deprecated, archive mode)';
/** Base → the Docker tags whose build it was (MHART_GIT_TAGS). */
const MHART_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.6': 'slim-8 slim-8.17 slim-8.17.0',
  'alpine:3.7':
    'slim-10 slim-10.18 slim-10.18.1 slim-10.19 slim-10.19.0 slim-10.20 slim-10.20.0 slim-10.20.1 slim-10.21 slim-10.21.0 slim-10.22 slim-10.22.0 slim-10.22.1 slim-10.23 slim-10.23.0 slim-10.23.1 slim-10.23.2 slim-10.23.3 slim-10.24 slim-10.24.0 slim-10.24.1 10 10.19 10.19.0 10.20 10.20.0 10.20.1 10.21 10.21.0 10.22 10.22.0 10.22.1 10.23 10.23.1 10.23.2 10.23.3 10.24 10.24.0 10.24.1',
  'alpine:3.9':
    'slim-12 slim-12.14 slim-12.14.1 slim-12.15 slim-12.15.0 slim-12.16 slim-12.16.0 slim-12.16.1 slim-12.16.2 slim-12.16.3 slim-12.17 slim-12.17.0 slim-12.18 slim-12.18.0 slim-12.18.1 slim-12.18.2 slim-12.18.3 slim-12.18.4 slim-12.19 slim-12.19.0 slim-12.19.1 slim-12.20 slim-12.20.0 slim-12.20.1 slim-12.20.2 slim-12.21 slim-12.21.0 slim-12.22 slim-12.22.0 slim-12.22.1 slim-12.22.3 12 12.14 12.14.1 12.15 12.15.0 12.16 12.16.0 12.16.1 12.16.2 12.16.3 12.17 12.17.0 12.18 12.18.0 12.18.1 12.18.2 12.18.3 12.18.4 12.19 12.19.0 12.19.1 12.20 12.20.0 12.20.1 12.20.2 12.21 12.21.0 12.22 12.22.0 12.22.1 12.22.3',
  'alpine:3.10':
    'slim-13 slim-13.5 slim-13.5.0 slim-13.6 slim-13.6.0 slim-13.7 slim-13.7.0 slim-13.8 slim-13.8.0 slim-13.9 slim-13.9.0 slim-13.10 slim-13.10.1 slim-13.11 slim-13.11.0 slim-13.12 slim-13.12.0 slim-13.13 slim-13.13.0 slim-13.14 slim-13.14.0 13 13.5 13.5.0 13.6 13.6.0 13.7 13.7.0 13.8 13.8.0 13.9 13.9.0 13.10 13.10.1 13.11 13.11.0 13.12 13.12.0 13.13 13.13.0 13.14 13.14.0',
  'alpine:3.11':
    'slim-14 slim-14.0 slim-14.0.0 slim-14.1 slim-14.1.0 slim-14.2 slim-14.2.0 slim-14.3 slim-14.3.0 slim-14.4 slim-14.4.0 slim-14.5 slim-14.5.0 slim-14.6 slim-14.6.0 slim-14.7 slim-14.7.0 slim-14.8 slim-14.8.0 slim-14.9 slim-14.9.0 slim-14.10 slim-14.10.0 slim-14.10.1 slim-14.11 slim-14.11.0 slim-14.12 slim-14.12.0 slim-14.13 slim-14.13.0 slim-14.13.1 slim-14.14 slim-14.14.0 slim-14.15 slim-14.15.0 slim-14.15.1 slim-14.15.2 slim-14.15.3 slim-14.15.4 slim-14.15.5 slim-14.16 slim-14.16.0 slim-14.16.1 slim-14.17 slim-14.17.3 14 14.0 14.0.0 14.1 14.1.0 14.2 14.2.0 14.3 14.3.0 14.4 14.4.0 14.5 14.5.0 14.6 14.6.0 14.7 14.7.0 14.8 14.8.0 14.9 14.9.0 14.10 14.10.0 14.10.1 14.11 14.11.0 14.12 14.12.0 14.13 14.13.0 14.13.1 14.14 14.14.0 14.15 14.15.0 14.15.1 14.15.2 14.15.3 14.15.4 14.15.5 14.16 14.16.0 14.16.1 14.17 14.17.3',
  'alpine:3.12':
    'slim-15 slim-15.0 slim-15.0.0 slim-15.0.1 slim-15.1 slim-15.1.0 slim-15.2 slim-15.2.0 slim-15.2.1 slim-15.4 slim-15.4.0 slim-15.5 slim-15.5.0 slim-15.5.1 slim-15.6 slim-15.6.0 slim-15.7 slim-15.7.0 slim-15.8 slim-15.8.0 slim-15.9 slim-15.9.0 slim-15.10 slim-15.10.0 slim-15.11 slim-15.11.0 slim-15.12 slim-15.12.0 slim-15.13 slim-15.13.0 slim-15.14 slim-15.14.0 15 15.0 15.0.0 15.0.1 15.1 15.1.0 15.2 15.2.0 15.2.1 15.4 15.4.0 15.5 15.5.0 15.5.1 15.6 15.6.0 15.7 15.7.0 15.8 15.8.0 15.9 15.9.0 15.10 15.10.0 15.11 15.11.0 15.12 15.12.0 15.13 15.13.0 15.14 15.14.0',
  'alpine:3.13':
    'slim slim-16 slim-16.0 slim-16.0.0 slim-16.1 slim-16.1.0 slim-16.2 slim-16.2.0 slim-16.4 slim-16.4.2 16 16.0 16.0.0 16.1 16.1.0 16.2 16.2.0 16.4 16.4.2',
};

const mhartRules: ImageTagRule[] = [
  {
    id: 'mhart-alpine-node/16.4.2',
    repositories: ['docker.io/mhart/alpine-node'],
    tag: /^(?:latest|16|16\.4|16\.4\.2|slim|slim-16|slim-16\.4|slim-16\.4\.2)$/,
    base: 'alpine:3.13',
    frozen: 'last pushed 2021-07-12 (v16.4.2); the project is archived',
    source: MHART,
  },
  {
    // Every earlier build whose git tag, build script and Dockerfile agree (see MHART_TAGS).
    id: 'mhart-alpine-node/git-tag',
    repositories: ['docker.io/mhart/alpine-node'],
    tag: /^(?<t>(?:slim-)?\d+(?:\.\d+){0,2})$/,
    base: { group: 't', map: byVersion(MHART_TAGS) },
    frozen: 'no longer pushed: the project is archived (README, 2023-01-16); the git tag of the same name marks the tag’s last build',
    source: MHART_GIT_TAGS,
  },
  {
    id: 'mhart-alpine-node/other',
    repositories: ['docker.io/mhart/alpine-node'],
    // The Node.js 6 line (6, 6.17, 6.17.1 and their slim- tags) is read in vendorFamilies31.ts.
    tag: /^(?!(?:slim-)?6(?:\.17(?:\.1)?)?$).*$/,
    unknown:
      '{image}:{tag} is not a tag whose git tag, build script and Dockerfile were read together (the builds of December 2019 … July 2021: Node.js 10.18 … 16.4.2 and slim-8.17); older builds used other build files',
    source: MHART,
  },
];

// --- otel/opentelemetry-collector: an honest unknown, FROM scratch --------------------------------------------------------
// The release images are a static binary with CA certificates copied from an Alpine stage: the final stage is FROM scratch,
// so there is no distribution userland to name (cmd/otelcol/Dockerfile pushed by build-and-test.yml at v0.26.0 and v0.31.0;
// distributions/otelcol/Dockerfile pushed by goreleaser in the releases repository at v0.97.0).
const OTEL =
  'open-telemetry/opentelemetry-collector @ 934999fb (2026-08-21): cmd/otelcol/Dockerfile at v0.26.0 and v0.31.0 (FROM alpine:3.13 as certs, FROM alpine:3.13 AS otelcol, final FROM scratch), .github/workflows/build-and-test.yml @ v0.31.0 (make docker-otelcol; docker push otel/opentelemetry-collector:$RELEASE_TAG and latest); open-telemetry/opentelemetry-collector-releases @ ceccc19d (2026-08-20): distributions/otelcol/Dockerfile at v0.97.0 (FROM alpine:3.16 as certs, final FROM scratch) and .goreleaser.yaml (otel/opentelemetry-collector:{{ .Version }}-<arch>, latest-<arch>)';
const otelRules: ImageTagRule[] = [
  {
    id: 'otel-collector/scratch',
    repositories: ['docker.io/otel/opentelemetry-collector'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} carries no distribution userland: the release Dockerfiles read (0.26.0, 0.31.0, 0.97.0) end FROM scratch with a static collector binary and CA certificates copied from an Alpine stage',
    source: OTEL,
  },
];

// --- webhippie/alpine, ghcr.io/dockhippie/alpine (dockhippie/alpine) and toolhippie/yamllint --------------------------------
// Each v3.N directory has one Dockerfile per architecture, built and pushed as 3.N-<arch> (and the 3.N manifest) by
// .github/workflows/v3.N.yml; the directory appears with its tag ("add new minor version 3.15", 2022-03-09). Every version of
// every file of v3.15 … v3.22 ends FROM <arch>/alpine:3.N. Every version of v3.23 so far ends FROM alpine:3.22 (its build
// stage is 3.23): 3.23 carries Alpine 3.22 as of the newest commit read, not what its name says. Older directories were
// built from other layouts and are not listed. toolhippie/yamllint's workflow tags each build with the YAMLLINT_VERSION of
// its Dockerfile (type=raw) on every push to master and weekly: a version whose Dockerfile versions all name one base is
// listed (1.31.0, 1.33.0, 1.35.1 and 1.37.1 were rebuilt on a newer base; 1.38.0 and latest are current).
const HIPPIE_ALPINE =
  'dockhippie/alpine @ 5fe8039 (2026-06-22): every version of v3.15/ … v3.23/Dockerfile.{amd64,arm,arm64} (final stage FROM <arch>/alpine:3.N for 3.15 … 3.22; FROM <arch>/alpine:3.22 for every version of v3.23, whose build stage is alpine:3.23); .github/workflows/v3.N.yml (tags webhippie/alpine, quay.io/webhippie/alpine, ghcr.io/dockhippie/alpine :3.N-<arch>; ghcr.io/webhippie/alpine briefly, ca355ab/4f0c207, 2023-03-16); 82bbb74 (2022-03-09) "add new minor version 3.15"';
const HIPPIE_REPOS = ['docker.io/webhippie/alpine', 'quay.io/webhippie/alpine', 'ghcr.io/dockhippie/alpine', 'ghcr.io/webhippie/alpine'];
const YAMLLINT =
  'toolhippie/yamllint @ 2f106c0 (2026-08-03): .github/workflows/docker.yml (since d2706ac, 2022-11-16: IMAGE_TAG = the YAMLLINT_VERSION of the Dockerfile, type=raw, on pushes to master, weekly schedule and dispatch; latest=true) and the Dockerfile at every commit: 1.29.0 and 1.30.0 FROM (ghcr.io/)webhippie or dockhippie alpine:3.17, 1.32.0 dockhippie/alpine:3.18, 1.34.0 and 1.35.0 3.19, 1.36.0, 1.36.1, 1.36.2 and 1.37.0 3.21; 1.31.0, 1.33.0, 1.35.1 and 1.37.1 span two or three bases';
const YAMLLINT_VERSIONS: Readonly<Record<string, string>> = {
  'ghcr.io/dockhippie/alpine:3.17': '1.29.0 1.30.0',
  'ghcr.io/dockhippie/alpine:3.18': '1.32.0',
  'ghcr.io/dockhippie/alpine:3.19': '1.34.0 1.35.0',
  'ghcr.io/dockhippie/alpine:3.21': '1.36.0 1.36.1 1.36.2 1.37.0',
};
const hippieRules: ImageTagRule[] = [
  {
    id: 'hippie-alpine/3.N',
    repositories: HIPPIE_REPOS,
    tag: /^3\.(?<n>1[5-9]|2[0-2])(?:-(?:amd64|arm64|arm))?$/,
    base: 'alpine:3.{n}',
    source: HIPPIE_ALPINE,
  },
  {
    id: 'hippie-alpine/3.23',
    repositories: HIPPIE_REPOS,
    tag: /^3\.23(?:-(?:amd64|arm64|arm))?$/,
    base: 'alpine:3.22',
    moving: {
      means: 'Alpine 3.22, not 3.23: every version of v3.23/Dockerfile.* up to the newest commit read (2026-06-22) ends FROM alpine:3.22',
    },
    source: HIPPIE_ALPINE,
  },
  {
    id: 'hippie-alpine/other',
    repositories: HIPPIE_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a 3.15 … 3.23 tag whose build files were read (latest and older tags were built from other layouts)',
    source: HIPPIE_ALPINE,
  },
  ...Object.entries(YAMLLINT_VERSIONS).map(
    ([base, versions]): ImageTagRule => ({
      id: `toolhippie-yamllint/${base.slice(base.lastIndexOf(':') + 1)}`,
      repositories: ['docker.io/toolhippie/yamllint', 'quay.io/toolhippie/yamllint', 'ghcr.io/toolhippie/yamllint'],
      tag: new RegExp(`^(?:${versions.replace(/\./g, '\\.').replace(/ /g, '|')})$`),
      base,
      source: YAMLLINT,
    }),
  ),
  {
    id: 'toolhippie-yamllint/other',
    repositories: ['docker.io/toolhippie/yamllint', 'quay.io/toolhippie/yamllint', 'ghcr.io/toolhippie/yamllint'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose every build named one base (1.31.0, 1.33.0, 1.35.1 and 1.37.1 were rebuilt on a newer Alpine; latest, dated tags and the current version move)',
    source: YAMLLINT,
  },
];

// --- easypi/alpine-arm (EasyPi/docker-alpine-arm) -----------------------------------------------------------------------------
// Not built FROM an image: the Makefile runs docker's contrib/mkimage-alpine.sh -r $(RELEASE) for armhf, which installs
// Alpine's base packages of that branch into a rootfs and imports it as easypi/alpine-arm:<RELEASE without the v>. So 3.N is
// Alpine 3.N and edge is edge. latest is retagged by hand (`make latest RELEASE=…`); the README of the newest commit says
// v3.10, and the repository has not changed since (2019-10-20).
const EASYPI =
  'EasyPi/docker-alpine-arm @ 8fdedc0 (2019-10-20, the newest commit): Makefile (rootfs.tar.xz: ARCH=armhf ./mkimage-alpine.sh -r $(RELEASE); docker import as easypi/alpine-arm:$${REL#v}; latest: docker tag $(IMAGE):$(RELEASE:v%=%) easypi/alpine-arm:latest), README.md (make … RELEASE=edge, RELEASE=v3.10, make latest RELEASE=v3.10; v3.6, v3.7, v3.8 in the earlier "Bump version" commits)';
const easypiRules: ImageTagRule[] = [
  {
    id: 'easypi-alpine-arm/3.N',
    repositories: ['docker.io/easypi/alpine-arm'],
    tag: /^(?<v>3\.\d+)$/,
    release: 'alpine-{v}',
    source: EASYPI,
  },
  {
    id: 'easypi-alpine-arm/edge',
    repositories: ['docker.io/easypi/alpine-arm'],
    tag: /^edge$/,
    release: 'alpine-edge',
    source: EASYPI,
  },
  {
    id: 'easypi-alpine-arm/latest',
    repositories: ['docker.io/easypi/alpine-arm'],
    tag: /^latest$/,
    release: 'alpine-3.10',
    moving: {
      pin: 'easypi/alpine-arm:3.10',
      means: 'retagged by hand; Alpine 3.10 as of the newest commit read (2019-10-20: README make latest RELEASE=v3.10)',
    },
    source: EASYPI,
  },
];

// --- amazonlinux:2017.12 (official image) -------------------------------------------------------------------------------------
// The official-images entry that introduced 2017.12 (0542aba1, 2017-12-13) lists it with the alias 2: "Tags:
// 2017.12.0.20171212.2, 2017.12, 2" (and the -with-sources variants), from the 2017.12 branch of amazon-linux-docker-images —
// the Amazon Linux 2 LTS Candidate, published until 2018-06 (26aeb9ff), when 2 moved to the Amazon Linux 2 release.
const AMAZONLINUX_2017_12 =
  'docker-library/official-images library/amazonlinux @ 0542aba1 (2017-12-13): "Tags: 2017.12.0.20171212.2, 2017.12, 2" (GitFetch refs/heads/2017.12) and "Tags: 2017.12.0.20171212.2-with-sources, 2017.12-with-sources, 2-with-sources"; removed in 26aeb9ff (2018-06-25)';
const amazonLinuxRules: ImageTagRule[] = [
  {
    id: 'amazonlinux/2017.12',
    repositories: ['docker.io/library/amazonlinux'],
    tag: /^2017\.12(?:\.0\.20171212\.2)?(?:-with-sources)?$/,
    release: 'amazonlinux-2',
    note: 'the Amazon Linux 2 LTS Candidate (2017.12), listed with the alias 2 from 2017-12 until 2018-06',
    source: AMAZONLINUX_2017_12,
  },
];

export const vendorFamily9Rules: readonly ImageTagRule[] = [
  ...condaMovingRules,
  ...seleniumLatestRules,
  ...keycloakRules,
  ...elixirRules,
  ...stackBuildRules,
  ...mhartRules,
  ...otelRules,
  ...hippieRules,
  ...easypiRules,
  ...amazonLinuxRules,
];
