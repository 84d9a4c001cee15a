/**
 * Non-official image families of issue #17, thirtieth file: unknowns of the first list (test/data/base-images.tsv) whose
 * build files tie a tag to one base — jessfraz's r.j3ss.co images (jessfraz/dockerfiles), tianon/* (tianon/dockerfiles),
 * aerokube/ggr and ggr-ui release images, vimagick/scrapyd:py3, two vscode/devcontainers tags built FROM a moving official
 * tag whose meaning on the build day the official-images library file shows, otel/weaver releases, scrapinghub/splash 3.5
 * puppet/pdk latest/nightly,
 * tfaddons/dev_container:latest-cpu, heroku/heroku stacks and salesforce/salesforcedx channel tags.
 * Same rules as vendorFamilies2.ts … vendorFamilies29.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- r.j3ss.co/<name> (jessfraz/dockerfiles <name>/Dockerfile) ------------------------------------------------------------
// README.md: "Because you cannot use notary with autobuilds on dockerhub I also build these continuously on a private
// registry at r.j3ss.co": r.j3ss.co/<name> is built from <name>/Dockerfile (a sub-folder for a tag: wireguard/install).
// The newest snapshot read is of 2021-03-27; a Dockerfile changed after it is not seen. Only images whose final FROM names
// its release are resolved: alpine:latest (masscan, curl) is whatever Alpine was newest at a build whose date is not
// recorded, and there is no bcc/ folder in any commit of the snapshot.
const JESSFRAZ =
  'jessfraz/dockerfiles @ 8ff9913 (2021-03-27, the newest snapshot read): README.md (built "continuously on a private registry at r.j3ss.co"), osquery/Dockerfile @ b14a426 (2020-05-14): FROM ubuntu:bionic; powershell/Dockerfile @ dc80486 (2020-05-15): FROM debian:stretch-slim; wine/Dockerfile @ a20a544 (2020-03-13) and wireguard/install/Dockerfile @ 6e9bae6 (2020-05-29): FROM debian:sid-slim';
const JESSFRAZ_NOTE =
  'r.j3ss.co/<name> is built from <name>/Dockerfile of jessfraz/dockerfiles (README.md); read at the snapshot of 2021-03-27';

const jessfrazRules: ImageTagRule[] = [
  ...(
    [
      ['osquery', 'latest', 'ubuntu:bionic'],
      ['powershell', 'latest', 'debian:stretch-slim'],
      ['wine', 'latest', 'debian:sid-slim'],
      ['wireguard', 'install', 'debian:sid-slim'],
    ] as const
  ).map(
    ([name, tag, base]): ImageTagRule => ({
      id: `jessfraz/${name}-${tag}`,
      repositories: [`r.j3ss.co/${name}`],
      tag: new RegExp(`^${tag}$`),
      base,
      source: JESSFRAZ,
      note: JESSFRAZ_NOTE,
    }),
  ),
  {
    id: 'jessfraz/alpine-latest',
    repositories: ['r.j3ss.co/masscan', 'r.j3ss.co/curl'],
    tag: /^latest$/,
    unknown:
      '{image}:{tag} is built FROM alpine:latest (jessfraz/dockerfiles, snapshot of 2021-03-27) on a private registry; the date of its last build, and so its Alpine release, is not recorded',
    source:
      'jessfraz/dockerfiles @ 8ff9913 (2021-03-27): masscan/Dockerfile @ cabc5da (2018-07-13), curl/Dockerfile @ 2a1ddf2 (2020-05-14): FROM alpine:latest',
  },
  {
    id: 'jessfraz/bcc',
    repositories: ['r.j3ss.co/bcc'],
    tag: /^.*$/,
    unknown:
      '{image} has no bcc/ folder in any commit of jessfraz/dockerfiles read (1,596 commits to 2021-03-27): its build file is not known',
    source: 'jessfraz/dockerfiles @ 8ff9913 (2021-03-27): git log --all -- bcc/ is empty',
  },
];

// --- tianon/* (tianon/dockerfiles) --------------------------------------------------------------------------------------
// Each folder's gsl.sh writes the bashbrew library entry tianon builds from (GitRepo tianon/dockerfiles, GitCommit the
// folder's last commit); `latest` is the folder's Dockerfile (gsl-latest.sh / gsl-version-env.sh: tagsEntry "$dir"
// latest; docker-master also dind). Rebuilt by its update workflows, so the tags move: read as of the snapshot.
const TIANON =
  'tianon/dockerfiles @ f46ff646 (2026-08-21): containerd/Dockerfile @ 317ad35c (2026-08-12) and nolibc/Dockerfile @ 5295f4d7 (2026-08-19): FROM debian:trixie-slim; docker-master/Dockerfile @ fbcac906 (2026-08-21): final FROM tianon/containerd (gsl.sh: tagsEntry "$dir" latest dind); perl/Dockerfile @ 8edfdd9c (2024-01-28): FROM perl:5.38; tinygo/Dockerfile @ 53375358 (2026-04-22): FROM golang:1.26-trixie; .gsl-common/gsl-latest.sh and gsl-version-env.sh (tag latest)';
const TIANON_MEANS = 'built from the {name}/Dockerfile of tianon/dockerfiles as of the commit read (2026-08-21)';

const tianonRules: ImageTagRule[] = (
  [
    ['containerd', 'latest', 'debian:trixie-slim'],
    ['docker-master', 'latest|dind', 'docker.io/tianon/containerd:latest'],
    ['perl', 'latest', 'perl:5.38'],
    ['nolibc', 'latest', 'debian:trixie-slim'],
    ['tinygo', 'latest', 'golang:1.26-trixie'],
  ] as const
).map(
  ([name, tag, base]): ImageTagRule => ({
    id: `tianon/${name}`,
    repositories: [`docker.io/tianon/${name}`],
    tag: new RegExp(`^(?:${tag})$`),
    base,
    moving: { means: TIANON_MEANS.replace('{name}', name) },
    source: TIANON,
  }),
);

// --- aerokube/ggr, aerokube/ggr-ui release images -----------------------------------------------------------------------
// .github/workflows/release.yml runs on a published release: ci/docker-push.sh <version> and latest-release, which is
// `docker build --pull` of Dockerfile (FROM alpine:3). So a release's image carries the Alpine that alpine:3 named on its
// release day. The tags are lightweight (no date of their own): the release day is read as the tagged commit's day —
// an assumption, said in the note. ggr 1.7.0 (4208de9, 2023-02-14; next release 1.7.1 on 2023-08-31) falls between
// Alpine 3.17 (2022-11-22) and 3.18 (2023-05-09); ggr-ui 1.2.0 (2024-01-07, the newest release tag) between 3.19
// (2023-12-07) and 3.20 (2024-05-22).
const GGR =
  "aerokube/ggr @ fc913c4 (2024-04-20): tag 1.7.0 = 4208de9 (2023-02-14): Dockerfile (FROM alpine:3), .github/workflows/release.yml (on release published: ci/docker-push.sh $RELEASE_VERSION and latest-release), ci/docker-push.sh (docker build --pull); alpine:3 named Alpine 3.17 from 2022-11-22 to 2023-05-09 (endoflife.date): the release day is read as the tagged commit's, an assumption (the tag is lightweight, no date of its own)";
const GGR_UI =
  "aerokube/ggr-ui @ 4210605 (2024-12-17): tag 1.2.0 = the newest release tag (2024-01-07): Dockerfile (FROM alpine:3), .github/workflows/release.yml (on release published: ci/docker-push.sh $RELEASE_VERSION and latest-release), ci/docker-push.sh (docker build --pull); alpine:3 named Alpine 3.19 from 2023-12-07 to 2024-05-22 (endoflife.date): the release day is read as the tagged commit's, an assumption (the tag is lightweight, no date of its own)";
const GGR_NOTE =
  'built FROM alpine:3 when the release was published; that day is read as the tagged commit’s ({day}), an assumption: the tag carries no date';

const aerokubeRules: ImageTagRule[] = [
  {
    id: 'aerokube/ggr-1.7.0',
    repositories: ['docker.io/aerokube/ggr'],
    tag: /^1\.7\.0$/,
    base: 'alpine:3.17',
    source: GGR,
    note: GGR_NOTE.replace('{day}', '2023-02-14'),
  },
  {
    id: 'aerokube/ggr-ui-1.2.0',
    repositories: ['docker.io/aerokube/ggr-ui'],
    tag: /^(?:1\.2\.0|latest-release)$/,
    base: 'alpine:3.19',
    source: GGR_UI,
    note: GGR_NOTE.replace('{day}', '2024-01-07'),
  },
];

// --- vimagick/scrapyd:py3 (vimagick/dockerfiles scrapyd/py3) ------------------------------------------------------------
// scrapyd/py3/Dockerfile ("Dockerfile for scrapyd:py3") has been FROM debian:bullseye since its last change (2021-12-07).
const VIMAGICK =
  'vimagick/dockerfiles @ b8ad7d70 (2026-07-15): scrapyd/py3/Dockerfile @ dcefa5e8 (2021-12-07, its last change): "Dockerfile for scrapyd:py3", FROM debian:bullseye';

const vimagickRules: ImageTagRule[] = [
  {
    id: 'vimagick/scrapyd-py3',
    repositories: ['docker.io/vimagick/scrapyd'],
    tag: /^py3$/,
    base: 'debian:bullseye',
    source: VIMAGICK,
  },
];

// --- mcr.microsoft.com/vscode/devcontainers: tags built FROM a moving official tag --------------------------------------
// generated/devcontainerHistory.ts records python:0.109.0-3.7 last built 2020-03-30 FROM python:3.7 and ruby:2.5 last built
// 2021-04-30 FROM ruby:2.5. The official-images library file in force on those days lists them as one entry with a
// release-named tag: library/python @ 447d8acc (2020-03-25, its last change before 2020-03-30) "Tags: 3.7.7-buster,
// 3.7-buster / SharedTags: 3.7.7, 3.7"; library/ruby @ fb8b9638 (2021-04-05, the last before 2021-04-30) "Tags: 2.5.9-buster,
// 2.5-buster, 2.5.9, 2.5".
const DEVCONTAINER_PINNED =
  'docker-library/official-images: library/python @ 447d8acc (2020-03-25, in force on 2020-03-30: Tags 3.7.7-buster, 3.7-buster, SharedTags 3.7.7, 3.7) and library/ruby @ fb8b9638 (2021-04-05, in force on 2021-04-30: Tags 2.5.9-buster, 2.5-buster, 2.5.9, 2.5); the build days and FROM lines from generated/devcontainerHistory.ts (microsoft/vscode-dev-containers)';

const devcontainerPinnedRules: ImageTagRule[] = [
  {
    id: 'vscode-devcontainers/python-0.109.0-3.7',
    repositories: ['mcr.microsoft.com/vscode/devcontainers/python'],
    tag: /^0\.109\.0-3\.7$/,
    base: 'python:3.7-buster',
    frozen: 'last built by microsoft/vscode-dev-containers 0.109.0 (2020-03-30) FROM python:3.7, then python:3.7-buster',
    source: DEVCONTAINER_PINNED,
  },
  {
    id: 'vscode-devcontainers/ruby-2.5',
    repositories: ['mcr.microsoft.com/vscode/devcontainers/ruby'],
    tag: /^2\.5$/,
    base: 'ruby:2.5-buster',
    frozen: 'last built by microsoft/vscode-dev-containers 0.201.5 (2021-04-30) FROM ruby:2.5, then ruby:2.5-buster',
    source: DEVCONTAINER_PINNED,
  },
];

// --- otel/weaver:v<version> (open-telemetry/weaver Dockerfile at each release tag) ----------------------------------------
// .github/workflows/publish-docker.yml pushes on every git tag (docker/metadata-action: the tag name, v0.25.1); the final
// stage of Dockerfile at each tag v0.15.0 … v0.25.1 is FROM a pinned docker.io/alpine:<x.y.z>. Later tags are not read.
const WEAVER =
  'open-telemetry/weaver @ afa9700c (2026-08-22): Dockerfile at every tag v0.15.0 (e434f2c6, 2025-05-02) … v0.25.1 (26c685ff, 2026-07-28): final FROM docker.io/alpine:3.21.3 (v0.15.0–v0.15.2), 3.22.0 (v0.15.3–v0.16.1), 3.22.1 (v0.17.0–v0.18.0), 3.22.2 (v0.19.0, v0.20.0), 3.23.3 (v0.21.0–v0.22.1), 3.23.4 (v0.23.0), 3.24.1 (v0.24.0–v0.25.1); .github/workflows/publish-docker.yml (on push of any tag)';
const WEAVER_BASES: Record<string, string> = {
  '0.15.0': 'alpine:3.21.3',
  '0.15.1': 'alpine:3.21.3',
  '0.15.2': 'alpine:3.21.3',
  '0.15.3': 'alpine:3.22.0',
  '0.16.0': 'alpine:3.22.0',
  '0.16.1': 'alpine:3.22.0',
  '0.17.0': 'alpine:3.22.1',
  '0.17.1': 'alpine:3.22.1',
  '0.18.0': 'alpine:3.22.1',
  '0.19.0': 'alpine:3.22.2',
  '0.20.0': 'alpine:3.22.2',
  '0.21.0': 'alpine:3.23.3',
  '0.21.1': 'alpine:3.23.3',
  '0.21.2': 'alpine:3.23.3',
  '0.22.0': 'alpine:3.23.3',
  '0.22.1': 'alpine:3.23.3',
  '0.23.0': 'alpine:3.23.4',
  '0.24.0': 'alpine:3.24.1',
  '0.24.1': 'alpine:3.24.1',
  '0.24.2': 'alpine:3.24.1',
  '0.25.0': 'alpine:3.24.1',
  '0.25.1': 'alpine:3.24.1',
};

const weaverRules: ImageTagRule[] = [
  {
    id: 'otel-weaver/release',
    repositories: ['docker.io/otel/weaver'],
    tag: /^v(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: WEAVER_BASES },
    source: WEAVER,
  },
];

// --- scrapinghub/splash (latest, 3.5, 3.5.0) -----------------------------------------------------------------------------
// docs/install.rst: "docker pull scrapinghub/splash will give you the latest stable Splash"; the newest release is 3.5.0
// (6dc78f5, 2020-06-16), whose Dockerfile's final stage (splash FROM splash-base FROM qtbase) is FROM ubuntu:18.04, and the
// Dockerfile has not changed since (HEAD ab28b02, 2022-05-05).
const SPLASH =
  'scrapinghub/splash @ ab28b02 (2022-05-05): docs/install.rst ("docker pull scrapinghub/splash will give you the latest stable Splash"), Dockerfile at 3.5.0 (6dc78f5, 2020-06-16, the newest release tag; unchanged to HEAD): FROM ubuntu:18.04 as qtbase, FROM qtbase as splash-base, final FROM splash-base as splash';

const splashRules: ImageTagRule[] = [
  {
    id: 'scrapinghub-splash/3.5',
    repositories: ['docker.io/scrapinghub/splash'],
    tag: /^3\.5(?:\.0)?$/,
    base: 'ubuntu:18.04',
    source: SPLASH,
  },
  {
    id: 'scrapinghub-splash/latest',
    repositories: ['docker.io/scrapinghub/splash'],
    tag: /^latest$/,
    base: 'ubuntu:18.04',
    moving: { pin: '{image}:3.5.0', means: 'the latest stable Splash: 3.5.0 as of the commit read (2022-05-05)' },
    source: SPLASH,
  },
];

// --- puppet/pdk latest and nightly (puppetlabs/pdk-docker) ----------------------------------------------------------------
// .github/workflows/image-push.yml: a push to the stable branch pushes TAG=latest, to main TAG=nightly, a git tag its name.
// Dockerfile is FROM ubuntu:22.04 on stable (4e27b3a, 2024-12-04) and on main (63e8461, 2026-01-08); both move.
const PDK =
  'puppetlabs/pdk-docker @ 63e8461 (2026-01-08, main) and stable @ 4e27b3a (2024-12-04): .github/workflows/image-push.yml (push to stable → TAG=latest, to main → TAG=nightly), Dockerfile on both branches: FROM ubuntu:22.04 (since 7a0cf64, 2024-05-14; jammy-20230126 before, bionic until 2021)';

const pdkRules: ImageTagRule[] = [
  {
    id: 'puppet-pdk/latest',
    repositories: ['docker.io/puppet/pdk'],
    tag: /^latest$/,
    base: 'ubuntu:22.04',
    moving: { means: 'the stable branch of puppetlabs/pdk-docker as of the commit read (2024-12-04): Ubuntu 22.04' },
    source: PDK,
  },
  {
    id: 'puppet-pdk/nightly',
    repositories: ['docker.io/puppet/pdk'],
    tag: /^nightly$/,
    base: 'ubuntu:22.04',
    moving: { means: 'the main branch of puppetlabs/pdk-docker as of the commit read (2026-01-08): Ubuntu 22.04' },
    source: PDK,
  },
];

// --- tfaddons/dev_container:latest-cpu (tensorflow/addons, archived) ------------------------------------------------------
// .github/workflows/release.yml pushed tfaddons/dev_container:latest-cpu on every push to master (job upload-dev-container)
// from tools/build_dev_container.sh (target dev_container_cpu of tools/docker/dev_container.Dockerfile) until d19c3efa
// (2021-12-27) replaced it with latest-gpu. From 2021-11-09 (f77fe344 … 20206f79) to then the stage was FROM
// gcr.io/tensorflow-testing/nosla-cuda11.2-cudnn8.1-ubuntu18.04-manylinux2010-multipython, and 15 master pushes fell in that
// span (to 33727beb, 2021-12-26): the last push of latest-cpu is read as one of them (assumed: a failed job is not seen).
// That image is built by tensorflow/tensorflow's Dockerfile.rbe.cuda11.2-cudnn8.1-ubuntu18.04-manylinux2010-multipython, final
// FROM nvidia/cuda:11.2.1-cudnn8-devel-ubuntu18.04.
const TFADDONS =
  'tensorflow/addons @ d208d752 (2024-04-15, archived): d19c3efa^ (2021-12-26): .github/workflows/release.yml (upload-dev-container, if push to refs/heads/master: docker push tfaddons/dev_container:latest-cpu), tools/build_dev_container.sh (--target dev_container_cpu -t tfaddons/dev_container:latest-cpu), tools/docker/dev_container.Dockerfile (every version from f77fe344, 2021-11-09: FROM gcr.io/tensorflow-testing/nosla-cuda11.2-cudnn8.1-ubuntu18.04-manylinux2010-multipython as dev_container_cpu; 15 master pushes from then to 33727beb, 2021-12-26: the last push of latest-cpu is read as one of them, an assumption); d19c3efa (2021-12-27) pushes only latest-gpu; that image\'s build file, tensorflow/tensorflow @ 46e10263: tensorflow/tools/ci_build/Dockerfile.rbe.cuda11.2-cudnn8.1-ubuntu18.04-manylinux2010-multipython ("docker push gcr.io/tensorflow-testing/nosla-cuda11.2-cudnn8.1-ubuntu18.04-manylinux2010-multipython"; final FROM nvidia/cuda:11.2.1-cudnn8-devel-ubuntu18.04)';

const tfaddonsRules: ImageTagRule[] = [
  {
    id: 'tfaddons-dev-container/latest-cpu',
    repositories: ['docker.io/tfaddons/dev_container'],
    tag: /^latest-cpu$/,
    base: 'nvidia/cuda:11.2.1-cudnn8-devel-ubuntu18.04',
    frozen: '{image}:{tag} was last pushed by a master build before 2021-12-27, when tensorflow/addons stopped pushing it',
    source: TFADDONS,
  },
];

// --- heroku/heroku:<stack> (heroku/base-images) --------------------------------------------------------------------------
// bin/build.sh pushes REPO=heroku/heroku as ${STACK_VERSION} and the variants -build, -cnb, -cnb-build (22 and before) or
// -build (24 on); heroku-<N>/Dockerfile is FROM ubuntu:<N>.04 in every version (16, 18, 20 read in the history before
// their folders were removed: 2021-05-13, 2023-06-08, 2025-06-25), the -build and -cnb images FROM the run image.
const HEROKU =
  'heroku/base-images @ 61a6b2b (2026-07-14): bin/build.sh (REPO="heroku/heroku", RUN_IMAGE_TAG=${REPO}:${STACK_VERSION}, VARIANTS -build, -cnb, -cnb-build for 22 and prior, -build from 24), heroku-22/, heroku-24/, heroku-26/Dockerfile (FROM ubuntu:22.04, 24.04, 26.04); every version of heroku-16/, heroku-18/, heroku-20/Dockerfile (FROM ubuntu:16.04, 18.04, 20.04; folders removed 8ebb3c1 2021-05-13, b268e53 2023-06-08, fb2a730 2025-06-25)';

const herokuRules: ImageTagRule[] = [
  {
    id: 'heroku/stack',
    repositories: ['docker.io/heroku/heroku'],
    tag: /^(?<n>16|18|20|22|24|26)(?:-build|-cnb|-cnb-build)?$/,
    base: 'ubuntu:{n}.04',
    source: HEROKU,
  },
];

// --- salesforce/salesforcedx channel tags (salesforcecli/sfdx-cli) ---------------------------------------------------------
// .github/workflows/build-docker-full.yml / build-docker-slim.yml (called by create-cli-release.yml and the promote
// workflows) push salesforce/salesforcedx:<channel>-full / -slim (latest-rc, latest, nightly) from
// dockerfiles/Dockerfile_full / Dockerfile_slim, FROM heroku/heroku:20 in every version since 3a33e379 (2022-10-19;
// heroku/heroku:18 before). Read as of the newest snapshot (2023-07-20).
const SFDX =
  'salesforcecli/sfdx-cli @ 7dde8fe6 (2023-07-20): .github/workflows/build-docker-full.yml (tags salesforce/salesforcedx:${{ inputs.channel }}-full and ${{ inputs.version }}-full, file dockerfiles/Dockerfile_full), build-docker-slim.yml; dockerfiles/Dockerfile_full (9 versions 3a33e379 2022-10-19 … 493e5f32 2023-05-10) and Dockerfile_slim (3a33e379 … a5baa66d 2023-02-28): FROM heroku/heroku:20';

const sfdxRules: ImageTagRule[] = [
  {
    id: 'salesforcedx/channel',
    repositories: ['docker.io/salesforce/salesforcedx'],
    tag: /^(?:latest-rc|latest|nightly)-(?:full|slim)$/,
    base: 'heroku/heroku:20',
    moving: { means: 'the newest sfdx-cli of that channel, built FROM heroku/heroku:20 as of the commit read (2023-07-20)' },
    source: SFDX,
  },
];

export const vendorFamily30Rules: readonly ImageTagRule[] = [
  ...jessfrazRules,
  ...tianonRules,
  ...aerokubeRules,
  ...vimagickRules,
  ...devcontainerPinnedRules,
  ...weaverRules,
  ...splashRules,
  ...pdkRules,
  ...tfaddonsRules,
  ...herokuRules,
  ...sfdxRules,
];
