/**
 * Non-official image families of issue #17, thirty-fifth file: the unknowns of the twenty-fourth sample (and of the
 * twenty-third) whose own build files tie a tag to one base — dockcross/* (every cross-compiler image FROM dockcross/base,
 * whose Dockerfile.in names the Debian release), ghcr.io/actions/actions-runner (images/Dockerfile at each runner release
 * tag), the 2014–2015 dockerfile/nodejs automated build and crystallang/crystal 0.24.2 … 0.35.1 (the distribution-scripts
 * commit each release's CI pinned) — and two honest unknowns that say why (jenkins/jnlp-slave, steeve/cross-compiler).
 * Same rules as vendorFamilies2.ts … vendorFamilies34.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- dockcross/* (dockcross/dockcross) ----------------------------------------------------------------------------------
// The CI (main.yml) runs on every push; on master it pushes dockcross/base --all-tags, then `make <image>.push` for each
// image of its matrix. The Makefile tags every build `latest` and `$(TAG)` = `date '+%Y%m%d'`-<git short hash> (since
// fce48bc, 2018-12-19), multi-arch builds also `latest-<arch>` / `$(TAG)-<arch>`. dockcross/base is built from
// Dockerfile.in, whose base moved on master (first-parent dates): debian:stretch-20190326-slim from 2019-04-22,
// debian:buster-slim from 2021-06-25, debian:bullseye-slim from 2021-06-30, debian:bookworm-slim from 2024-01-04 (merge of
// 46b2600), unchanged to the newest commit. Every image listed below is FROM dockcross/base:latest (or
// latest-${HOST_ARCH}) in every version of its Dockerfile.in since 2018-12, so a dated tag carries the Debian release
// base had on its build day; a day on which base changed answers nothing. The manylinux*, web-wasm and web-wasi-threads
// images are built on other bases and are not listed.
const DOCKCROSS =
  "dockcross/dockcross @ 79e54f9 (2026-07-12): Dockerfile.in (ARG DOCKER_IMAGE=debian:bookworm-slim, FROM $DOCKER_IMAGE) and its first-parent history: FROM debian:stretch-20190326-slim from bda0c3d (2019-04-22), debian:buster-slim from 8ebd448 (2021-06-25), debian:bullseye-slim from 37a7553 (2021-06-30), debian:bookworm-slim from 6eda627 (2024-01-04); Makefile (TAG := $(shell date '+%Y%m%d')-$(shell git rev-parse --short HEAD), base: --tag $(ORG)/base:latest --tag $(ORG)/base:$(TAG), base-$(HOST_ARCH): latest-$(HOST_ARCH), $(TAG)-$(HOST_ARCH)), since fce48bc (2018-12-19); .github/workflows/main.yml (on master: docker image push dockcross/base --all-tags, then make <image>.push for each matrix image); <image>/Dockerfile.in FROM ${ORG}/base:latest (linux-arm64, web-wasi: latest-${HOST_ARCH}) in every version since 2018-12";

const DOCKCROSS_IMAGES =
  'base android-arm android-arm64 android-x86 android-x86_64 bare-armv7emhf-nano_newlib linux-arm64 linux-arm64-full linux-arm64-lts linux-arm64-musl linux-armv5 linux-armv5-musl linux-armv5-uclibc linux-armv6 linux-armv6-lts linux-armv6-musl linux-armv7 linux-armv7-lts linux-armv7a linux-armv7a-lts linux-armv7l-musl linux-i686 linux-loongarch64 linux-m68k-uclibc linux-mips linux-mips-lts linux-mips-uclibc linux-mipsel-lts linux-ppc linux-ppc64le linux-ppc64le-lts linux-riscv32 linux-riscv64 linux-s390x linux-x64 linux-x64-clang linux-x64-tinycc linux-x86 linux-x86_64-full linux-xtensa-uclibc web-wasi windows-arm64 windows-armv7 windows-shared-x64 windows-shared-x64-posix windows-shared-x86 windows-static-x64 windows-static-x64-posix windows-static-x86';
const DOCKCROSS_REPOS = DOCKCROSS_IMAGES.split(' ').map((name) => `docker.io/dockcross/${name}`);

/** Build days (YYYYMMDD) on which dockcross/base was FROM each Debian release; the days base changed are left out. */
const DOCKCROSS_DAYS: readonly [suite: string, days: string][] = [
  ['stretch', '2019042[3-9]|2019043\\d|20190[5-9]\\d\\d|20191[0-2]\\d\\d|2020\\d{4}|20210[1-5]\\d\\d|2021060\\d|2021061\\d|2021062[0-4]'],
  ['buster', '2021062[6-9]'],
  ['bullseye', '20210[7-9]\\d\\d|20211[0-2]\\d\\d|202[23]\\d{4}|2024010[1-3]'],
  ['bookworm', '2024010[5-9]|202401[1-3]\\d|20240[2-9]\\d\\d|20241[0-2]\\d\\d|2025\\d{4}|20260[1-6]\\d\\d|2026070\\d|2026071[0-2]'],
];

const dockcrossRules: ImageTagRule[] = [
  {
    id: 'dockcross/latest',
    repositories: DOCKCROSS_REPOS,
    tag: /^latest(?:-(?:amd64|arm64))?$/,
    base: 'debian:bookworm-slim',
    moving: {
      means:
        'the newest master build, FROM dockcross/base, FROM debian:bookworm-slim (Dockerfile.in unchanged from 2024-01-04 to the newest commit read, 2026-07-12)',
    },
    source: DOCKCROSS,
  },
  ...DOCKCROSS_DAYS.map(
    ([suite, days]): ImageTagRule => ({
      id: `dockcross/dated-${suite}`,
      repositories: DOCKCROSS_REPOS,
      tag: new RegExp(`^(?:${days})-[0-9a-f]{7,}(?:-(?:amd64|arm64))?$`),
      base: `debian:${suite}-slim`,
      frozen: 'a dated build (build day, git commit): it is not rebuilt',
      source: DOCKCROSS,
    }),
  ),
  {
    id: 'dockcross/other',
    repositories: DOCKCROSS_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not `latest` nor a dated build (YYYYMMDD-<commit>) of a day on which dockcross/base named one Debian release (2019-04-23 … 2026-07-12, the newest commit read); earlier builds were on debian:jessie',
    source: DOCKCROSS,
  },
];

// --- ghcr.io/actions/actions-runner (actions/runner) ---------------------------------------------------------------------
// release.yml's publish-image job builds ./images (images/Dockerfile) for each runner release and pushes
// ghcr.io/actions/actions-runner:<version> and :latest. The final stage of images/Dockerfile at each release tag is FROM
// mcr.microsoft.com/dotnet/runtime-deps: 6.0 (v2.300.0 … v2.304.1, a moving tag then: not resolved), 6.0-jammy
// (v2.305.0 … v2.320.1), 8.0-jammy (v2.321.0 … v2.330.0) and 8.0-noble (v2.331.0 … v2.336.0, released 2026-07-20).
const ACTIONS_RUNNER =
  'actions/runner @ 258d6c85 (2026-08-17): .github/workflows/release.yml (publish-image: context ./images, tags ghcr.io/${{ github.repository_owner }}/actions-runner:<releaseVersion> and :latest), images/Dockerfile at every release tag v2.300.0 … v2.336.0 (final FROM mcr.microsoft.com/dotnet/runtime-deps:6.0 to v2.304.1, :6.0-jammy v2.305.0 … v2.320.1, :8.0-jammy v2.321.0 … v2.330.0, :8.0-noble from v2.331.0, c96dcd47 2025-12-12 "Bump docker image to use ubuntu 24.04")';

const RUNNER_JAMMY =
  '2.305.0 2.306.0 2.307.0 2.307.1 2.308.0 2.309.0 2.310.0 2.310.1 2.310.2 2.311.0 2.312.0 2.313.0 2.314.0 2.314.1 2.315.0 2.316.0 2.316.1 2.317.0 2.318.0 2.319.0 2.319.1 2.320.0 2.320.1 2.321.0 2.322.0 2.323.0 2.324.0 2.325.0 2.326.0 2.327.0 2.327.1 2.328.0 2.329.0 2.330.0';
const RUNNER_NOBLE = '2.331.0 2.332.0 2.333.0 2.333.1 2.334.0 2.335.0 2.335.1 2.336.0';
const versionsPattern = (versions: string): RegExp => new RegExp(`^(?:${versions.replace(/\./g, '\\.').replace(/ /g, '|')})$`);
const RUNNER_REPOS = ['ghcr.io/actions/actions-runner'];

const actionsRunnerRules: ImageTagRule[] = [
  {
    id: 'actions-runner/jammy',
    repositories: RUNNER_REPOS,
    tag: versionsPattern(RUNNER_JAMMY),
    base: 'ubuntu:22.04',
    frozen: 'was built once, for its runner release (2023-06 … 2025-11), and is not rebuilt',
    source: ACTIONS_RUNNER,
  },
  {
    id: 'actions-runner/noble',
    repositories: RUNNER_REPOS,
    tag: versionsPattern(RUNNER_NOBLE),
    base: 'ubuntu:24.04',
    frozen: 'was built once, for its runner release (2026-01 … 2026-07), and is not rebuilt',
    source: ACTIONS_RUNNER,
  },
  {
    id: 'actions-runner/latest',
    repositories: RUNNER_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:24.04',
    moving: {
      pin: '{image}:2.336.0',
      means: 'the newest runner release as of the commit read (2026-08-17): 2.336.0, FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-noble',
    },
    source: ACTIONS_RUNNER,
  },
  {
    id: 'actions-runner/other',
    repositories: RUNNER_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a runner release from 2.305.0 to 2.336.0 (read to 2026-08-17): 2.300.0 … 2.304.1 were FROM the moving mcr.microsoft.com/dotnet/runtime-deps:6.0, and later releases are newer than the snapshot',
    source: ACTIONS_RUNNER,
  },
];

// --- dockerfile/nodejs (Docker Hub automated build, 2014–2015) ----------------------------------------------------------
// The "Dockerfile Project" built dockerfile/nodejs from master as a Docker Hub automated build (README.md). Its
// Dockerfile was FROM dockerfile/python from 2014-05-11 to its last commit (2015-03-19); dockerfile/python was FROM
// dockerfile/ubuntu in all 8 of its versions (last 2014-08-31), and dockerfile/ubuntu FROM ubuntu:14.04 from 2014-04-25 on
// (vendorFamilies21.ts). Before 2014-05-11 nodejs was FROM dockerfile/ubuntu directly.
const DOCKERFILE_NODEJS =
  'dockerfile/nodejs @ 1cfb483 (2015-03-19, the last commit): README.md ("automated build … published to the public Docker Hub Registry", "Base Docker Image: dockerfile/python"), Dockerfile FROM dockerfile/python in the 11 commits from 2014-05-11 (FROM dockerfile/ubuntu in the 21 before); dockerfile/python @ 54da399 (2014-08-31, the last commit): Dockerfile FROM dockerfile/ubuntu in all 8 commits; dockerfile/ubuntu @ 8a24cd8 (2014-12-01): FROM ubuntu:14.04 since c07fc04 (2014-04-25)';

const dockerfileNodejsRules: ImageTagRule[] = [
  {
    id: 'dockerfile-project/nodejs',
    repositories: ['docker.io/dockerfile/nodejs'],
    tag: /^latest$/,
    base: 'ubuntu:14.04',
    frozen:
      'no longer built: the repository’s last commit is of 2015-03-19 (FROM dockerfile/python, FROM dockerfile/ubuntu, FROM ubuntu:14.04)',
    source: DOCKERFILE_NODEJS,
  },
];

// --- crystallang/crystal 0.24.2 … 0.35.1 (crystal-lang/crystal CI + crystal-lang/distribution-scripts) ---------------------
// From 0.24.2 on, crystal-lang/crystal's .circleci/config.yml checks out distribution-scripts at a pinned commit and, on a
// release tag, builds docker/ with DOCKER_TAG=$CIRCLE_TAG: the runtime stage as crystallang/crystal:<version>, the build
// stage as <version>-build (docker/Makefile). At the commits pinned by 0.24.2 … 0.31.1 docker/Dockerfile is FROM
// ubuntu:xenial; at those pinned by 0.32.0 … 0.35.1 docker/Makefile passes --build-arg base_docker_image=ubuntu:bionic
// (docker/ubuntu.Dockerfile FROM ${base_docker_image} from 70a3f178). 0.36.0 … 1.7.3 (ubuntu:focal) are vendorFamilies12.ts'.
const CRYSTAL_OLD =
  'crystal-lang/crystal @ 3fe7241e (2026-08-22): .circleci/config.yml at each release tag 0.24.2 … 0.35.1 (git clone distribution-scripts; git checkout <pinned commit>; DOCKER_REPOSITORY=crystallang/crystal, DOCKER_TAG=$CIRCLE_TAG; make all64 / make build); crystal-lang/distribution-scripts @ 37f308f (2026-07-31) at the pinned commits: 839e8ce6 (0.24.2), ad632438, 359e4ddb, 381437c2, eea9da16, f83d13b3, a6a7a322 (0.27.1, 0.27.2), ab683792, a9e28e72, 7d45d71f, 90705311, e942880d (0.31.1): docker/Dockerfile FROM ubuntu:xenial as runtime, FROM runtime as build, docker/Makefile docker build --target runtime -t $(DOCKER_REPOSITORY):$(DOCKER_TAG), --target build -t …-build; 6e8201bf (0.32.0, 0.32.1), 70a3f178 (0.33.0), cfe843ff (0.34.0), c8495fb1 (0.35.0, 0.35.1): docker/Makefile --build-arg base_docker_image=ubuntu:bionic, FROM ${base_docker_image} as runtime';

const crystalOldRules: ImageTagRule[] = [
  {
    id: 'crystal/ubuntu-xenial',
    repositories: ['docker.io/crystallang/crystal'],
    tag: /^(?:0\.24\.2|0\.25\.[01]|0\.26\.[01]|0\.27\.[0-2]|0\.28\.0|0\.29\.0|0\.30\.[01]|0\.31\.[01])(?:-build)?$/,
    base: 'ubuntu:xenial',
    frozen: 'was built once, by the CI job of its release tag (2018-03 … 2019-09), and is not rebuilt',
    source: CRYSTAL_OLD,
  },
  {
    id: 'crystal/ubuntu-bionic',
    repositories: ['docker.io/crystallang/crystal'],
    tag: /^(?:0\.32\.[01]|0\.33\.0|0\.34\.0|0\.35\.[01])(?:-build)?$/,
    base: 'ubuntu:bionic',
    frozen: 'was built once, by the CI job of its release tag (2019-12 … 2020-06), and is not rebuilt',
    source: CRYSTAL_OLD,
  },
];

// --- jenkins/jnlp-slave (jenkinsci/docker-inbound-agent), an honest unknown ----------------------------------------------
// README.md: the image "used to be published as jenkinsci/jnlp-slave and jenkins/jnlp-slave" (deprecated for
// jenkins/inbound-agent). At the release tags 4.3-9 and 4.6-1 the Linux Dockerfiles are FROM jenkins/agent:$version
// (8/alpine: ARG version=4.3-8-alpine / 4.6-1-alpine; 11/alpine: latest-alpine-jdk11, a moving tag), and the Jenkinsfile
// publishes only the Windows images: the Linux tags were built by a Docker Hub build whose tag → Dockerfile settings are not
// in the repository, from jenkins/agent tags whose own Linux builds (docker-agent 4.3-8, 4.6-1) were not published by their
// Jenkinsfile either. Which Dockerfile made a tag, and when, is not recorded: unknown, saying so.
const JNLP_SLAVE =
  'jenkinsci/docker-inbound-agent @ f72e0a1 (2024-01-21): README.md at 4.6-1 ("This image used to be published as jenkinsci/jnlp-slave and jenkins/jnlp-slave. These images are deprecated, use jenkins/inbound-agent"), {8,11}/{alpine,debian}/Dockerfile at 4.3-9 (2020-08-13) and 4.6-1 (2020-11-04) (ARG version=…, FROM jenkins/agent:$version), Jenkinsfile (publishes the Windows images only; Linux: make build, make test); jenkinsci/docker-agent @ b066c0a (2026-01-14): Jenkinsfile and build.sh at 4.3-8 and 4.6-1 (Linux: ./build.sh, no publish; 8/alpine FROM adoptopenjdk/openjdk8:jdk8u262-b10-alpine, jdk8u272-b10-alpine)';

const jnlpSlaveRules: ImageTagRule[] = [
  {
    id: 'jenkins-jnlp-slave/unrecorded',
    repositories: ['docker.io/jenkins/jnlp-slave', 'docker.io/jenkinsci/jnlp-slave'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built by a Docker Hub build of jenkinsci/docker-inbound-agent whose tag → Dockerfile settings are not in the repository (its Jenkinsfile publishes only the Windows images), FROM jenkins/agent tags built the same way; which Dockerfile made the tag, and when, is not recorded',
    source: JNLP_SLAVE,
  },
];

// --- steeve/cross-compiler:base (steeve/cross-compiler, dockcross' predecessor), an honest unknown -------------------------
// The Makefile builds the root Dockerfile as steeve/cross-compiler:base (then each platform directory FROM it) and pushes
// nothing: pushes were by hand. The root Dockerfile was FROM debian:jessie (then Debian testing) at 7030538 (2014-10-17) and
// FROM debian:wheezy from 72e463a (2014-11-04) to the last commit (2014-11-13); which build was last pushed is not recorded.
const STEEVE_CROSS =
  'steeve/cross-compiler @ a2d3e1b (2014-11-13, the last commit): Makefile ($(DOCKER) build -t $(IMAGE):base ., then each platform; no push), Dockerfile FROM debian:jessie at 7030538 (2014-10-17), FROM debian:wheezy at 72e463a, 5d62470 (2014-11-04) and fd64ea0 (2014-11-05)';

const steeveCrossRules: ImageTagRule[] = [
  {
    id: 'steeve-cross-compiler/unrecorded',
    repositories: ['docker.io/steeve/cross-compiler'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built by the repository’s Makefile and pushed by hand in 2014: its root Dockerfile was FROM debian:jessie (then Debian testing) until 2014-11-04 and debian:wheezy after, and which build was last pushed is not recorded',
    source: STEEVE_CROSS,
  },
];

export const vendorFamily35Rules: readonly ImageTagRule[] = [
  ...dockcrossRules,
  ...actionsRunnerRules,
  ...dockerfileNodejsRules,
  ...crystalOldRules,
  ...jnlpSlaveRules,
  ...steeveCrossRules,
];
