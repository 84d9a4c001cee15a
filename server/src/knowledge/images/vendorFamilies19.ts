/**
 * Non-official image families of issue #17, nineteenth file: the unknowns that recur across the first list and samples
 * 2–16, counted by image repository (not by tag), where a primary source ties a tag scheme to one base. Same rules as
 * vendorFamilies2.ts … vendorFamilies17.ts: every row names the build files read (repository @ commit (date)); a tag is
 * resolved only when the files that push it tie it to one base, a tag outside the scheme read stays unknown, and moving
 * tags say as of which commit they are read. Registered after vendorFamilies17.ts and before the catch-all unknowns of
 * thirdParty.ts, popular.ts and toolImages.ts for the same repositories.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- .NET Core Nano Server tags (mcr.microsoft.com/dotnet/core/{runtime,aspnet,sdk}) ---------------------------------------
// manifest.json lists, for each .NET Core version, one Dockerfile per Windows release: <version>/<image>/nanoserver-<winver>
// with tags "<major.minor>-nanoserver-<winver>" and "$(<major.minor>-RuntimeVersion)-nanoserver-<winver>" (SdkVersion for
// sdk). runtime and sdk end FROM mcr.microsoft.com/windows/nanoserver:<winver>; aspnet ends FROM the runtime image of the same
// tag. So the tag names its Windows base; 1803 and 1903 are Semi-Annual Channel releases the Windows table does not carry
// by build, which resolve to "Windows, build not known from the tag" (windows.ts), 1809 to Windows Server 2019.
const DOTNET_CORE_NANOSERVER =
  'dotnet/dotnet-docker @ 862fe786 (2019-11-14, the last commit listing nanoserver-1803 in manifest.json for dotnet/core/*): manifest.json repos dotnet/core/runtime, aspnet, sdk, tags "<2.1|2.2|3.0|3.1>-nanoserver-<1803|1809|1903|1909>" and "$(<v>-RuntimeVersion|SdkVersion)-nanoserver-<winver>"; 3.0/runtime/nanoserver-1803/amd64/Dockerfile and 3.0/sdk/nanoserver-1803/amd64/Dockerfile FROM mcr.microsoft.com/windows/nanoserver:1803, 3.0/aspnet/nanoserver-1803/amd64/Dockerfile FROM $REPO:3.0-nanoserver-1803 (the runtime image); 3.1/{runtime,sdk}/nanoserver-1903/amd64/Dockerfile FROM mcr.microsoft.com/windows/nanoserver:1903, 3.1/aspnet/nanoserver-1903 FROM $REPO:3.1-nanoserver-1903; every {2.1,2.2,3.0,3.1}/{runtime,aspnet,sdk}/nanoserver-{1803,1809,1903,1909}/amd64/Dockerfile at that commit ends FROM mcr.microsoft.com/windows/nanoserver:<winver> or the runtime image of the same tag';
const dotnetCoreNanoserverRules: ImageTagRule[] = [
  {
    id: 'dotnet-core/nanoserver-winver',
    repositories: ['mcr.microsoft.com/dotnet/core/runtime', 'mcr.microsoft.com/dotnet/core/aspnet', 'mcr.microsoft.com/dotnet/core/sdk'],
    // <major.minor> or the full runtime/SDK version (3.0.1, 3.1.100, 3.0.100-preview9-014004), then the Windows release.
    tag: /^(?:2\.[12]|3\.[01])(?:\.\d+(?:-[\w.-]+)?)?-nanoserver-(?<w>1803|1809|1903|1909)$/,
    base: 'mcr.microsoft.com/windows/nanoserver:{w}',
    variant: 'nanoserver',
    source: DOTNET_CORE_NANOSERVER,
  },
];

// --- ultralytics/yolov5 (Docker Hub) ------------------------------------------------------------------------------------
// .github/workflows/docker.yml builds on every push to master and pushes three moving tags, one Dockerfile each:
// latest (utils/docker/Dockerfile, FROM pytorch/pytorch:2.8.0-cuda12.8-cudnn9-runtime since e76591cb, 2025-11-09),
// latest-cpu (utils/docker/Dockerfile-cpu, FROM ubuntu:24.04 since 971a3a73, 2026-06-08; ubuntu:23.10 before) and
// latest-arm64 (utils/docker/Dockerfile-arm64, FROM arm64v8/ubuntu:24.04). No other tag is pushed by the workflow.
const YOLOV5 =
  'ultralytics/yolov5 @ 5081342f (2026-08-21, the newest commit read): .github/workflows/docker.yml (on push to master: docker build -f <dockerfile> -t ultralytics/yolov5:<tag>, matrix latest = utils/docker/Dockerfile, latest-cpu = utils/docker/Dockerfile-cpu, latest-arm64 = utils/docker/Dockerfile-arm64); utils/docker/Dockerfile FROM pytorch/pytorch:2.8.0-cuda12.8-cudnn9-runtime (e76591cb, 2025-11-09), Dockerfile-cpu FROM ubuntu:24.04 and Dockerfile-arm64 FROM arm64v8/ubuntu:24.04 (971a3a73, 2026-06-08)';
const yolov5Rules: ImageTagRule[] = [
  {
    id: 'yolov5/latest',
    repositories: ['docker.io/ultralytics/yolov5'],
    tag: /^latest$/,
    base: 'pytorch/pytorch:2.8.0-cuda12.8-cudnn9-runtime',
    moving: {
      means: 'the build of the newest master commit: PyTorch 2.8.0 runtime image on Ubuntu 22.04 as of the newest commit read (2026-08-21)',
    },
    source: YOLOV5,
  },
  {
    id: 'yolov5/latest-cpu-arm64',
    repositories: ['docker.io/ultralytics/yolov5'],
    tag: /^latest-(?:cpu|arm64)$/,
    base: 'ubuntu:24.04',
    moving: { means: 'the build of the newest master commit: Ubuntu 24.04 as of the newest commit read (2026-08-21)' },
    source: YOLOV5,
  },
  {
    id: 'yolov5/unread',
    repositories: ['docker.io/ultralytics/yolov5'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the tags the repository’s workflow pushes today (latest, latest-cpu, latest-arm64); older version tags were pushed from earlier Dockerfiles (ubuntu:23.10, other pytorch/pytorch bases) at commits not recorded',
    source: YOLOV5,
  },
];

// --- rocker/binder (rocker-org/rocker-versioned2) --------------------------------------------------------------------------
// dockerfiles/binder_<v>.Dockerfile FROM rocker/geospatial:<v> in every version of every such file (R 4.0.0 … 4.5.1; the
// files and their bakefiles were removed by 3d6196e, 2025-06-14). The extra bakefiles tag docker.io/rocker/binder:<v> and
// :<major.minor>; rocker/geospatial:<v> resolves through popular.ts (build/args/history.tsv).
const ROCKER_BINDER =
  'rocker-org/rocker-versioned2 @ 69cded5d (2026-06-30): dockerfiles/binder_<v>.Dockerfile FROM rocker/geospatial:<v> in every version of the file for 4.0.0 … 4.5.1 and devel (git log --all), removed by 3d6196e (2025-06-14, "remove extra (rocker/binder) related files"); bakefiles/4.4.3.extra.docker-bake.json @ 3d6196e^ tags docker.io/rocker/binder:4.4.3, ghcr.io/rocker-org/binder:4.4.3, :4.4';
const rockerBinderRules: ImageTagRule[] = [
  {
    id: 'rocker-binder/version',
    repositories: ['docker.io/rocker/binder', 'ghcr.io/rocker-org/binder'],
    tag: /^(?<v>4\.[0-4]\.\d|4\.5\.[01]|4\.[0-5])$/,
    base: 'rocker/geospatial:{v}',
    source: ROCKER_BINDER,
  },
  {
    id: 'rocker-binder/unread',
    repositories: ['docker.io/rocker/binder', 'ghcr.io/rocker-org/binder'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an R version tag the binder files read push (4.0.0 … 4.5.1 and their <major.minor>); latest, 4 and devel moved with the newest build until the image was dropped in 2025-06',
    source: ROCKER_BINDER,
  },
];

// --- ghcr.io/foundry-rs/foundry nightly-<commit> tags -------------------------------------------------------------------------
// At 3fa02706 (2024-03-14) .github/workflows/docker-publish.yml, on its daily schedule, built the checkout's Dockerfile and
// tagged it nightly and nightly-${GITHUB_SHA}: a nightly-<sha> tag is the Dockerfile at that commit. The Dockerfile's last
// FROM was docker.io/frolvlad/alpine-glibc:alpine-3.16_glibc-2.34 from 2645ff90 (2022-12-16) to f7e92048 (2024-09-26, then
// alpine:3.18 … 3.22 and ubuntu:22.04). Only the commits read are listed; other nightly tags, nightly and latest stay unknown.
const FOUNDRY =
  'foundry-rs/foundry @ 2a5df2c4 (2026-08-22): .github/workflows/docker-publish.yml @ 3fa02706 (2024-03-14; on schedule: tags ghcr.io/foundry-rs/foundry:nightly and :nightly-${GITHUB_SHA}, docker/build-push-action context .); Dockerfile @ 3fa02706 last FROM docker.io/frolvlad/alpine-glibc:alpine-3.16_glibc-2.34 as foundry-client (that FROM from 2645ff90, 2022-12-16, to f7e92048, 2024-09-26; then alpine:3.18, 3.20, 3.21, 3.22, ubuntu:22.04)';
const FOUNDRY_NIGHTLY: Readonly<Record<string, string>> = {
  '3fa02706ca732c994715ba42d923605692062375': 'frolvlad/alpine-glibc:alpine-3.16_glibc-2.34',
};
const foundryRules: ImageTagRule[] = [
  {
    id: 'foundry/nightly-commit',
    repositories: ['ghcr.io/foundry-rs/foundry'],
    tag: /^nightly-(?<sha>[0-9a-f]{40})$/,
    base: { group: 'sha', map: FOUNDRY_NIGHTLY },
    source: FOUNDRY,
  },
  {
    id: 'foundry/unread',
    repositories: ['ghcr.io/foundry-rs/foundry'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a nightly-<commit> tag whose Dockerfile was read: the image’s last FROM moved from alpine through frolvlad/alpine-glibc (Alpine 3.16) and alpine 3.18 … 3.22 to ubuntu:22.04, and which commit built nightly, latest or a release tag is not recorded',
    source: FOUNDRY,
  },
];

// --- tiangolo/uwsgi-nginx and tiangolo/uwsgi-nginx-flask (weekly builds) -----------------------------------------------------
// Both repositories' .github/workflows/deploy.yml build every Monday (cron "0 0 * * 1") one tag per
// docker-images/python<v>.dockerfile, plus latest from the newest Python's file. uwsgi-nginx's python<v>.dockerfile is FROM
// python:<v>-<debian codename>; uwsgi-nginx-flask's is FROM tiangolo/uwsgi-nginx:python<v>. Python 3.7 and 3.8 were dropped
// from both by the commits of 2024-11-02, after FROM python:<v>-bullseye on every master commit since 2022-11-25, so their
// tags last pushed Debian 11; 3.10 … 3.12 and latest are FROM python:<v>-trixie since 2025-11-09. Python 3.9 moved to
// trixie in the commit series that dropped it (2025-11-09), so which base its last weekly build had is not recorded.
const TIANGOLO_UWSGI =
  'tiangolo/uwsgi-nginx-docker @ afe929ab (2026-06-24): docker-images/python3.10|3.11|3.12.dockerfile FROM python:<v>-trixie (since 2025-11-09; bookworm from 2025-04-26, bullseye before); python3.7.dockerfile and python3.8.dockerfile FROM python:<v>-bullseye on every first-parent commit from 967d85d (2022-11-25, "Debian to bullseye") to their removal in 79ca668 (2024-11-02); python3.9.dockerfile FROM python:3.9-trixie when removed by 7a74496 (2025-11-09); .github/workflows/deploy.yml (cron "0 0 * * 1"; matrix latest = python3.12, python3.12, python3.11, python3.10; tags tiangolo/uwsgi-nginx:<name> and <name>-<date>); tiangolo/uwsgi-nginx-flask-docker @ 282392a2 (2026-06-24): docker-images/python<v>.dockerfile FROM tiangolo/uwsgi-nginx:python<v> (python3.8 since 2021-09-17, removed by b8acc18, 2024-11-02), the same deploy.yml schedule and matrix';
const TIANGOLO_REPOS = ['docker.io/tiangolo/uwsgi-nginx', 'docker.io/tiangolo/uwsgi-nginx-flask'];
const tiangoloUwsgiRules: ImageTagRule[] = [
  {
    id: 'tiangolo-uwsgi/bullseye-dropped',
    repositories: TIANGOLO_REPOS,
    tag: /^python(?<v>3\.[78])$/,
    base: 'python:{v}-bullseye',
    frozen: 'no longer built: Python {v} was dropped from the weekly builds on 2024-11-02',
    source: TIANGOLO_UWSGI,
  },
  {
    id: 'tiangolo-uwsgi/trixie',
    repositories: TIANGOLO_REPOS,
    tag: /^python(?<v>3\.1[012])$/,
    base: 'python:{v}-trixie',
    moving: { means: 'the weekly build of Python {v}: Debian 13 (trixie) as of the newest commit read (2026-06-24)' },
    source: TIANGOLO_UWSGI,
  },
  {
    id: 'tiangolo-uwsgi/latest',
    repositories: TIANGOLO_REPOS,
    tag: /^latest$/,
    base: 'python:3.12-trixie',
    moving: {
      pin: '{image}:python3.12',
      means: 'the weekly build of Python 3.12: Debian 13 (trixie) as of the newest commit read (2026-06-24)',
    },
    source: TIANGOLO_UWSGI,
  },
  {
    id: 'tiangolo-uwsgi/unread',
    repositories: TIANGOLO_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the weekly builds read push today or pushed last from one base: python3.9 moved to trixie in the commits that dropped it (2025-11-09), python3.6 and 2.7 were dropped earlier, and dated tags (python<v>-<date>) were built from whatever file was current that week',
    source: TIANGOLO_UWSGI,
  },
];

// --- minio/mc and quay.io/minio/mc RELEASE tags (minio/mc) ---------------------------------------------------------------------
// From RELEASE.2020-07-11T05-18-52Z on, .goreleaser.yml at each release tag pushes minio/mc:{{ .Tag }} built from that
// tag's Dockerfile.release (its amd64 `dockers` entry), and from RELEASE.2021-06-13T17-48-22Z on docker-buildx.sh also pushes
// quay.io/minio/mc:${release} (git describe: the release tag) from the same Dockerfile.release; latest is pushed with each
// release. Dockerfile.release's last FROM at every such tag, read tag by tag, is listed below; each names its release
// (alpine:3.12, UBI 8 minimal 8.3 … 8.8, UBI 8 micro 8.8, UBI 9 micro 9.2 and then ubi9/ubi-micro:latest, a UBI 9 tag).
// Older tags (Alpine 3.5 … 3.10 in Dockerfile.release) were Docker Hub automated builds whose build settings the repository
// does not record; the -cpuv1 and .fips tags are built from other Dockerfiles, not read.
const MINIO_MC =
  'minio/mc @ 77f82e18 (2025-11-06; 317 RELEASE.* tags, newest RELEASE.2025-08-13T08-35-41Z): at each of the 245 tags RELEASE.2020-07-11T05-18-52Z … RELEASE.2025-08-13T08-35-41Z, .goreleaser.yml dockers (goarch amd64, dockerfile: Dockerfile.release, image_templates minio/mc:{{ .Tag }}, minio/mc:latest) and, from RELEASE.2021-06-13T17-48-22Z, docker-buildx.sh (release=$(git describe --abbrev=0 --tags); docker buildx build --push -t quay.io/minio/mc:${release} … -f Dockerfile.release); Dockerfile.release last FROM at each tag: alpine:3.12 (2020-07 … 2020-11), registry.access.redhat.com/ubi8/ubi-minimal:8.3 … 8.8 (2020-12 … 2023-10), ubi8/ubi-micro:8.8, ubi9/ubi-micro:9.2, ubi9/ubi-micro:latest (2023-11-10 … 2025-08-13); at the HEAD commit Dockerfile.release FROM registry.access.redhat.com/ubi9/ubi-micro:latest';
/** Release date-time of each RELEASE.<date> tag → the last FROM of Dockerfile.release at that tag (minio/mc, Docker Hub). */
const MC_RELEASES: Readonly<Record<string, string>> = {
  'alpine:3.12':
    '2020-07-11T05-18-52Z 2020-07-17T02-52-20Z 2020-07-31T23-34-13Z 2020-08-08T02-33-58Z 2020-08-20T00-23-01Z 2020-09-03T00-08-28Z 2020-09-18T00-13-21Z 2020-09-23T20-02-13Z 2020-10-03T02-54-56Z 2020-11-17T00-39-14Z 2020-11-25T23-04-07Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.3':
    '2020-12-10T01-26-17Z 2020-12-18T04-23-11Z 2020-12-18T10-53-53Z 2021-01-05T05-03-58Z 2021-01-16T02-45-34Z 2021-01-30T00-50-42Z 2021-02-07T02-02-05Z 2021-02-10T07-32-57Z 2021-02-14T04-28-06Z 2021-02-19T05-34-40Z 2021-03-06T22-16-44Z 2021-03-10T05-59-20Z 2021-03-12T03-36-59Z 2021-03-23T05-46-11Z 2021-04-22T17-40-00Z 2021-05-12T01-29-06Z 2021-05-12T03-10-11Z 2021-05-18T03-39-44Z 2021-05-26T19-19-26Z 2021-06-08T01-29-37Z 2021-06-13T17-48-22Z 2021-07-27T06-46-19Z 2021-09-02T09-21-27Z 2021-09-23T05-44-03Z 2021-10-07T04-19-58Z 2021-11-05T10-05-06Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.4':
    '2021-11-16T20-37-36Z 2021-12-10T00-14-28Z 2021-12-16T23-38-39Z 2021-12-20T23-43-34Z 2021-12-29T06-52-55Z 2022-01-05T23-52-51Z 2022-01-07T06-01-38Z 2022-01-25T21-02-01Z 2022-01-29T01-03-27Z 2022-02-02T02-03-24Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.5':
    '2022-02-07T09-25-34Z 2022-02-13T23-26-13Z 2022-02-16T05-54-01Z 2022-02-23T03-15-59Z 2022-02-26T03-58-31Z 2022-03-03T21-12-24Z 2022-03-09T02-08-36Z 2022-03-13T22-34-00Z 2022-03-17T07-21-29Z 2022-03-17T20-25-06Z 2022-03-31T04-55-30Z 2022-04-01T23-44-48Z 2022-04-07T21-43-27Z 2022-04-16T21-11-21Z 2022-04-26T18-00-22Z 2022-05-04T06-07-55Z 2022-05-09T04-08-26Z 2022-06-10T22-29-12Z 2022-06-11T21-10-36Z 2022-06-17T02-52-50Z 2022-06-26T18-51-48Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.6':
    '2022-07-06T14-54-36Z 2022-07-11T16-16-12Z 2022-07-15T09-20-55Z 2022-07-24T02-25-13Z 2022-07-29T19-17-16Z 2022-08-05T08-01-28Z 2022-08-11T00-30-48Z 2022-08-23T05-45-20Z 2022-08-28T20-08-11Z 2022-09-16T09-16-47Z 2022-10-01T07-56-14Z 2022-10-06T01-20-06Z 2022-10-09T21-10-59Z 2022-10-12T18-12-50Z 2022-10-20T23-26-33Z 2022-10-22T03-39-29Z 2022-10-29T10-09-23Z 2022-11-07T23-47-39Z 2022-11-17T21-20-39Z 2022-12-02T23-48-47Z 2022-12-13T00-23-28Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.7':
    '2022-12-24T15-21-38Z 2023-01-11T03-14-16Z 2023-01-28T20-29-38Z 2023-02-16T19-20-11Z 2023-02-28T00-12-59Z 2023-03-20T17-17-53Z 2023-03-23T20-03-04Z 2023-04-06T16-51-10Z 2023-04-12T02-21-51Z 2023-05-04T18-10-16Z 2023-05-18T16-59-00Z 2023-05-26T23-31-54Z 2023-05-30T22-41-38Z 2023-06-06T13-48-56Z 2023-06-15T15-08-26Z 2023-06-19T19-31-19Z 2023-06-23T18-12-07Z 2023-06-28T21-54-17Z 2023-07-07T05-25-51Z',
  'registry.access.redhat.com/ubi8/ubi-minimal:8.8':
    '2023-07-11T23-30-44Z 2023-07-18T21-05-38Z 2023-07-21T20-44-27Z 2023-08-01T23-30-57Z 2023-08-08T17-23-59Z 2023-08-15T23-03-09Z 2023-08-18T21-57-55Z 2023-08-29T22-55-06Z 2023-08-30T08-02-26Z 2023-09-02T21-28-03Z 2023-09-07T22-48-55Z 2023-09-13T23-08-58Z 2023-09-20T15-22-31Z 2023-09-22T05-07-46Z 2023-09-28T17-48-30Z 2023-09-29T16-41-22Z 2023-10-04T06-52-56Z 2023-10-14T01-57-03Z',
  'registry.access.redhat.com/ubi8/ubi-micro:8.8': '2023-10-24T05-18-28Z 2023-10-24T21-42-22Z',
  'registry.access.redhat.com/ubi9/ubi-micro:9.2': '2023-10-30T18-43-32Z 2023-11-06T04-19-23Z',
  'registry.access.redhat.com/ubi9/ubi-micro:latest':
    '2023-11-10T21-37-17Z 2023-11-15T22-45-58Z 2023-11-20T16-30-59Z 2023-12-02T02-03-28Z 2023-12-02T11-24-10Z 2023-12-07T22-13-17Z 2023-12-14T00-37-41Z 2023-12-20T07-14-22Z 2023-12-23T08-47-21Z 2023-12-29T20-15-29Z 2024-01-05T05-04-32Z 2024-01-11T05-49-32Z 2024-01-13T08-44-48Z 2024-01-16T16-06-34Z 2024-01-18T07-03-39Z 2024-01-28T16-23-14Z 2024-01-31T08-59-40Z 2024-02-09T22-18-24Z 2024-02-14T21-19-52Z 2024-02-16T11-05-48Z 2024-02-24T01-33-20Z 2024-03-03T00-13-08Z 2024-03-07T00-31-49Z 2024-03-09T06-43-06Z 2024-03-13T23-51-57Z 2024-03-20T21-07-29Z 2024-03-25T16-41-14Z 2024-03-30T15-29-52Z 2024-04-18T16-45-29Z 2024-04-29T09-56-05Z 2024-05-03T11-21-07Z 2024-05-09T17-04-24Z 2024-05-24T09-08-49Z 2024-06-01T15-03-35Z 2024-06-05T18-13-30Z 2024-06-10T16-44-15Z 2024-06-12T14-34-03Z 2024-06-20T14-50-54Z 2024-06-24T19-40-33Z 2024-06-29T19-08-46Z 2024-07-03T20-17-25Z 2024-07-08T20-59-24Z 2024-07-11T18-01-28Z 2024-07-15T17-46-06Z 2024-07-22T20-02-49Z 2024-07-26T13-08-44Z 2024-07-31T15-58-33Z 2024-08-13T05-33-17Z 2024-08-17T11-33-50Z 2024-08-26T10-49-58Z 2024-09-09T07-53-10Z 2024-09-16T17-43-14Z 2024-10-02T08-27-28Z 2024-10-08T09-37-26Z 2024-10-29T15-34-59Z 2024-11-05T11-29-45Z 2024-11-17T19-35-25Z 2024-11-21T17-21-54Z 2025-01-17T23-25-50Z 2025-02-04T04-57-50Z 2025-02-08T19-14-21Z 2025-02-15T10-36-16Z 2025-02-21T16-00-46Z 2025-03-12T17-29-24Z 2025-04-03T17-07-56Z 2025-04-08T15-39-49Z 2025-04-16T18-13-26Z 2025-05-21T01-59-54Z 2025-07-16T15-35-03Z 2025-07-21T05-28-08Z 2025-08-13T08-35-41Z',
};
/** quay.io/minio/mc: pushed by docker-buildx.sh from RELEASE.2021-06-13T17-48-22Z on (the same Dockerfile.release). */
const MC_QUAY_RELEASES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(MC_RELEASES).filter(([base]) => !/alpine|ubi-minimal:8\.3$/.test(base))),
  'registry.access.redhat.com/ubi8/ubi-minimal:8.3':
    '2021-06-13T17-48-22Z 2021-07-27T06-46-19Z 2021-09-02T09-21-27Z 2021-09-23T05-44-03Z 2021-10-07T04-19-58Z 2021-11-05T10-05-06Z',
};
const minioMcRules: ImageTagRule[] = [
  ...exactTagRules(MC_RELEASES, (base) => ({ id: `minio-mc/${base}`, repositories: ['docker.io/minio/mc'], source: MINIO_MC }), {
    prefix: 'RELEASE\\.',
  }),
  ...exactTagRules(MC_QUAY_RELEASES, (base) => ({ id: `minio-mc/quay-${base}`, repositories: ['quay.io/minio/mc'], source: MINIO_MC }), {
    prefix: 'RELEASE\\.',
  }),
  {
    id: 'minio-mc/latest',
    repositories: ['docker.io/minio/mc', 'quay.io/minio/mc'],
    tag: /^latest$/,
    base: 'registry.access.redhat.com/ubi9/ubi-micro:latest',
    moving: {
      pin: '{image}:RELEASE.2025-08-13T08-35-41Z',
      means: 'the newest release build: UBI 9 micro as of the newest commit read (2025-11-06)',
    },
    source: MINIO_MC,
  },
  {
    id: 'minio-mc/unread',
    repositories: ['docker.io/minio/mc', 'quay.io/minio/mc'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release the repository’s own release tooling pushed from a Dockerfile read: tags before RELEASE.2020-07-11 (Dockerfile.release FROM alpine:3.5 … 3.10) were Docker Hub automated builds whose settings are not recorded, quay.io tags before 2021-06-13 were not pushed by docker-buildx.sh, and -cpuv1 / .fips tags use other Dockerfiles',
    source: MINIO_MC,
  },
];

// --- microsoft/iis and microsoft/aspnet (Docker Hub names before MCR) --------------------------------------------------------
// Every version of every Dockerfile in Microsoft/iis-docker and Microsoft/aspnet-docker (git log --all) is FROM a Windows
// image: microsoft/windowsservercore, microsoft/nanoserver, mcr.microsoft.com/windows/servercore:<release>,
// microsoft/dotnet-framework or mcr.microsoft.com/dotnet/framework/runtime (.NET Framework runs only on Windows), or
// microsoft/iis itself. So any tag is a Windows image; a tag naming its Windows Server Core release resolves through it.
const MICROSOFT_IIS_ASPNET =
  'Microsoft/iis-docker @ 58dfbf7f (2025-04-08) and Microsoft/aspnet-docker @ 0380ea3f (2019-08-13): every version of every Dockerfile (git log --all) FROM microsoft/windowsservercore[:…], microsoft/nanoserver[:…], mcr.microsoft.com/windows/servercore:<1709 … ltsc2025>, microsoft/dotnet-framework:<v>[-windowsservercore-<release>], mcr.microsoft.com/dotnet/framework/runtime:<v>-windowsservercore-<release> or microsoft/iis; iis-docker README tags windowsservercore-<release> (now published as mcr.microsoft.com/windows/servercore/iis)';
const MICROSOFT_WINDOWS_REPOS = ['docker.io/microsoft/iis', 'docker.io/microsoft/aspnet'];
const microsoftIisAspnetRules: ImageTagRule[] = [
  {
    id: 'microsoft-iis-aspnet/servercore-release',
    repositories: MICROSOFT_WINDOWS_REPOS,
    tag: /^(?:.*-)?windowsservercore-(?<w>ltsc20(?:16|19|22|25)|1709|1803|1809|1903|1909|2004|20H2)$/,
    base: 'mcr.microsoft.com/windows/servercore:{w}',
    variant: 'servercore',
    source: MICROSOFT_IIS_ASPNET,
  },
  {
    id: 'microsoft-iis-aspnet/windows',
    repositories: MICROSOFT_WINDOWS_REPOS,
    tag: /^.+$/,
    release: 'windows-unknown',
    repositoryDecides: true,
    source: MICROSOFT_IIS_ASPNET,
  },
];

// --- hseeberger/scala-sbt and sbtscala/scala-sbt <jdk>_<sbt>_<scala> tags (sbt/docker-sbt) -----------------------------------
// .github/workflows/build.yml builds on every push to the main branch one tag per matrix entry,
// <owner>/scala-sbt:<javaTag>_<newest sbt release>_<scalaVersion> (hseeberger until 2022-02, sbtscala from then), with
// --build-arg BASE_IMAGE_TAG=<baseImageTag> into the entry's dockerContext (debian/: FROM openjdk:${BASE_IMAGE_TAG}). Which
// base a tag has is the matrix entry of the commits whose scala and javaTag lists produced it; only the tags below, whose
// every producing commit was read, are listed (sbt 1.6.2 was the newest sbt release at all of them).
const SCALA_SBT =
  'sbt/docker-sbt @ 442f6f83 (2026-06-23): .github/workflows/build.yml @ 3a329a2 and 0c40212 (2022-02-02, the only commits with scalaVersion 3.1.1 and javaTag 17.0.1: dockerContext debian, baseImageTag 17.0.1-jdk-buster, TAG=hseeberger/scala-sbt:<javaTag>_<sbt>_<scala>) and @ a5ef6ae, f3722cb (2022-06-24, the only commits with scalaVersion 3.1.3 and javaTag 17.0.2: debian, 17.0.2-jdk-bullseye, TAG=sbtscala/scala-sbt:…); debian/Dockerfile FROM openjdk:${BASE_IMAGE_TAG:-…}';
const scalaSbtRules: ImageTagRule[] = [
  {
    id: 'scala-sbt/hseeberger-17.0.1-3.1.1',
    repositories: ['docker.io/hseeberger/scala-sbt'],
    tag: /^17\.0\.1_1\.6\.2_3\.1\.1$/,
    base: 'openjdk:17.0.1-jdk-buster',
    source: SCALA_SBT,
  },
  {
    id: 'scala-sbt/sbtscala-17.0.2-3.1.3',
    repositories: ['docker.io/sbtscala/scala-sbt'],
    tag: /^17\.0\.2_1\.6\.2_3\.1\.3$/,
    base: 'openjdk:17.0.2-jdk-bullseye',
    source: SCALA_SBT,
  },
  {
    id: 'scala-sbt/unread',
    repositories: ['docker.io/hseeberger/scala-sbt', 'docker.io/sbtscala/scala-sbt'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the tags whose producing commits were read: a <jdk>_<sbt>_<scala> tag takes the base of its matrix entry (openjdk:<jdk>-jdk-buster, -bullseye, eclipse-temurin, graalvm, oraclelinux …) at the commits that pushed it, which changed over time',
    source: SCALA_SBT,
  },
];

export const vendorFamily19Rules: readonly ImageTagRule[] = [
  ...dotnetCoreNanoserverRules,
  ...yolov5Rules,
  ...rockerBinderRules,
  ...foundryRules,
  ...tiangoloUwsgiRules,
  ...minioMcRules,
  ...microsoftIisAspnetRules,
  ...scalaSbtRules,
];
