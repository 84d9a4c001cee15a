/**
 * Non-official image families of issue #17, nineteenth file: the unknowns that recur across the first list and samples
 * 2–16, counted by image repository (not by tag), where a primary source ties a tag scheme to one base. Same rules as
 * vendorFamilies2.ts … vendorFamilies17.ts: every row names the build files read (repository @ commit (date)); a tag is
 * resolved only when the files that push it tie it to one base, a tag outside the scheme read stays unknown, and moving
 * tags say as of which commit they are read. Registered after vendorFamilies17.ts and before the catch-all unknowns of
 * thirdParty.ts, popular.ts and toolImages.ts for the same repositories.
 */
import type { ImageTagRule } from './ruleTypes';

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

export const vendorFamily19Rules: readonly ImageTagRule[] = [
  ...dotnetCoreNanoserverRules,
  ...yolov5Rules,
  ...rockerBinderRules,
  ...foundryRules,
  ...tiangoloUwsgiRules,
];
