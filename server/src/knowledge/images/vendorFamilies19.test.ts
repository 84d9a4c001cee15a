/**
 * vendorFamilies19.ts: unknowns that recur across the first list and samples 2–16, resolved by the tag scheme their build
 * files push, each with a tag outside the scheme that stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('.NET Core <v>-nanoserver-<winver> tags are built FROM mcr.microsoft.com/windows/nanoserver:<winver>', () => {
  const src = /dotnet\/dotnet-docker @ 862fe786 .*nanoserver-1803/;
  checkKnown(
    [
      // Samples 16 and 7 (aspnet/sdk 3.0-nanoserver-1803, sdk/runtime 3.1-nanoserver-1903): Semi-Annual Channel Windows
      // releases the Windows table does not carry by build, so "Windows, build not known from the tag".
      ['mcr.microsoft.com/dotnet/core/aspnet:3.0-nanoserver-1803', 'windows-unknown', src, false],
      ['mcr.microsoft.com/dotnet/core/sdk:3.0-nanoserver-1803', 'windows-unknown', src, false],
      ['mcr.microsoft.com/dotnet/core/sdk:3.1-nanoserver-1903', 'windows-unknown', src, false],
      ['mcr.microsoft.com/dotnet/core/runtime:3.1-nanoserver-1903', 'windows-unknown', src, false],
      ['mcr.microsoft.com/dotnet/core/runtime:2.1.14-nanoserver-1909', 'windows-unknown', src, false],
      // 1809 is the Semi-Annual name of the Windows Server 2019 build.
      ['mcr.microsoft.com/dotnet/core/sdk:3.0.100-nanoserver-1809', 'windows-ltsc2019', src, false],
    ],
    'inferred',
  );
  assert.equal(known('mcr.microsoft.com/dotnet/core/aspnet:3.0-nanoserver-1803').variant, 'nanoserver');
  assert.equal(known('mcr.microsoft.com/dotnet/core/aspnet:3.0-nanoserver-1803').release.family, 'windows');
  // Outside the scheme read: a Windows release the manifest read does not list, and a .NET version it does not list.
  checkUnknown('mcr.microsoft.com/dotnet/core/sdk:3.1-nanoserver-2004', /unknown/);
  checkUnknown('mcr.microsoft.com/dotnet/core/sdk:1.1-nanoserver-1803', /matches no known variant/);
});

test('ultralytics/yolov5: the three tags its workflow pushes, as of the newest commit read; other tags stay unknown', () => {
  const src = /ultralytics\/yolov5 @ 5081342f .*docker\.yml/;
  checkKnown(
    [
      // Sample 8 (ultralytics/yolov5, ultralytics/yolov5:latest-cpu).
      ['ultralytics/yolov5', 'ubuntu-22.04', src, true],
      ['ultralytics/yolov5:latest-cpu', 'ubuntu-24.04', src, true],
      ['ultralytics/yolov5:latest-arm64', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  checkUnknown('ultralytics/yolov5:v7.0', /not one of the tags the repository’s workflow pushes today/);
});

test('rocker/binder <v> and <major.minor> are built FROM rocker/geospatial of the same version', () => {
  const src = /rocker-org\/rocker-versioned2 @ 69cded5d .*binder_<v>\.Dockerfile FROM rocker\/geospatial:<v>/;
  checkKnown(
    [
      // Sample 14 (rocker/binder:4.4.1).
      ['rocker/binder:4.4.1', 'ubuntu-22.04', src, false],
      ['rocker/binder:4.0.5', 'ubuntu-20.04', src, false],
      ['rocker/binder:4.5.1', 'ubuntu-24.04', src, false],
      ['ghcr.io/rocker-org/binder:4.4', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  // The image was dropped after 4.5.1: a later version was never built, and latest moved.
  checkUnknown('rocker/binder:4.6.0', /not an R version tag the binder files read push/);
  checkUnknown('rocker/binder', /latest, 4 and devel moved/);
});

test('ghcr.io/foundry-rs/foundry: a nightly-<commit> tag is the Dockerfile at that commit', () => {
  const src = /foundry-rs\/foundry @ 2a5df2c4 .*nightly-\$\{GITHUB_SHA\}/;
  checkKnown(
    // Sample 16 (ghcr.io/foundry-rs/foundry:nightly-3fa02706…): FROM frolvlad/alpine-glibc:alpine-3.16_glibc-2.34.
    [['ghcr.io/foundry-rs/foundry:nightly-3fa02706ca732c994715ba42d923605692062375', 'alpine-3.16', src, false]],
    'inferred',
  );
  // Samples 16 (latest, untagged) and another commit's nightly: not read.
  checkUnknown('ghcr.io/foundry-rs/foundry', /which commit built nightly, latest or a release tag is not recorded/);
  checkUnknown(
    'ghcr.io/foundry-rs/foundry:nightly-0000000000000000000000000000000000000000',
    /not a nightly-<commit> tag whose Dockerfile was read/,
  );
  checkUnknown('ghcr.io/foundry-rs/foundry:nightly', /not recorded/);
});

test('tiangolo/uwsgi-nginx(-flask): dropped Python 3.7/3.8 tags last pushed on bullseye, current ones on trixie', () => {
  const src = /tiangolo\/uwsgi-nginx-docker @ afe929ab .*deploy\.yml/;
  checkKnown(
    [
      // Sample 11 (tiangolo/uwsgi-nginx-flask:python3.8): FROM tiangolo/uwsgi-nginx:python3.8 FROM python:3.8-bullseye.
      ['tiangolo/uwsgi-nginx-flask:python3.8', 'debian-11', src, false],
      ['tiangolo/uwsgi-nginx:python3.7', 'debian-11', src, false],
      ['tiangolo/uwsgi-nginx-flask:python3.11', 'debian-13', src, true],
      ['tiangolo/uwsgi-nginx-flask', 'debian-13', src, true],
    ],
    'inferred',
  );
  assert.match(known('tiangolo/uwsgi-nginx-flask:python3.8').publication?.frozen ?? '', /dropped from the weekly builds on 2024-11-02/);
  checkUnknown('tiangolo/uwsgi-nginx-flask:python3.9', /python3\.9 moved to trixie in the commits that dropped it/);
  checkUnknown('tiangolo/uwsgi-nginx-flask:python3.8-2024-10-28', /dated tags/);
});

test('minio/mc RELEASE tags: Dockerfile.release at the tag, pushed by goreleaser (Docker Hub) and docker-buildx.sh (quay.io)', () => {
  const src = /minio\/mc @ 77f82e18 .*goreleaser\.yml/;
  checkKnown(
    [
      // Sample 12 (quay.io/minio/mc:RELEASE.2022-01-29T01-03-27Z): FROM registry.access.redhat.com/ubi8/ubi-minimal:8.4.
      ['quay.io/minio/mc:RELEASE.2022-01-29T01-03-27Z', 'ubi-8', src, false],
      ['minio/mc:RELEASE.2022-01-29T01-03-27Z', 'ubi-8', src, false],
      ['minio/mc:RELEASE.2020-08-08T02-33-58Z', 'alpine-3.12', src, false],
      ['minio/mc:RELEASE.2024-06-01T15-03-35Z', 'ubi-9', src, false],
      ['quay.io/minio/mc:RELEASE.2021-06-13T17-48-22Z', 'ubi-8', src, false],
      // Sample 9 (minio/mc:latest): the newest release build.
      ['minio/mc:latest', 'ubi-9', src, true],
    ],
    'inferred',
  );
  assert.equal(known('quay.io/minio/mc:RELEASE.2022-01-29T01-03-27Z').variant, 'minimal');
  // Sample 9 (minio/mc:RELEASE.2018-02-09T23-07-36Z): a Docker Hub automated build; quay.io before docker-buildx.sh pushed it.
  checkUnknown('minio/mc:RELEASE.2018-02-09T23-07-36Z', /Docker Hub automated builds whose settings are not recorded/);
  checkUnknown('quay.io/minio/mc:RELEASE.2020-08-08T02-33-58Z', /quay\.io tags before 2021-06-13/);
  checkUnknown('minio/mc:RELEASE.2024-06-01T15-03-35Z-cpuv1', /other Dockerfiles/);
  checkUnknown('minio/mc:RELEASE.2030-01-01T00-00-00Z', /not a release/);
});

test('microsoft/iis and microsoft/aspnet are Windows images whatever the tag; a Server Core release in the tag is read', () => {
  const src = /Microsoft\/iis-docker @ 58dfbf7f .*Microsoft\/aspnet-docker @ 0380ea3f/;
  // Samples 7 and 9 (microsoft/iis:nanoserver, microsoft/aspnet:4.6.2): the Windows row, which cites Microsoft's base-image page.
  const windows = /container-base-images/;
  checkKnown(
    [
      ['microsoft/iis:nanoserver', 'windows-unknown', windows, false],
      ['microsoft/aspnet:4.6.2', 'windows-unknown', windows, false],
      ['microsoft/iis', 'windows-unknown', windows, false],
    ],
    'either',
  );
  checkKnown([['microsoft/aspnet:4.7.2-windowsservercore-ltsc2019', 'windows-ltsc2019', src, false]], 'inferred');
  assert.equal(known('microsoft/iis:nanoserver').release.family, 'windows');
  // Only these two repositories: another microsoft/* name stays as it was.
  checkUnknown('microsoft/azure-functions-python3.6', /not an image the knowledge base knows/);
});

test('hseeberger/scala-sbt and sbtscala/scala-sbt: the two <jdk>_<sbt>_<scala> tags whose producing commits were read', () => {
  const src = /sbt\/docker-sbt @ 442f6f83 .*17\.0\.1-jdk-buster/;
  checkKnown(
    [
      // Samples 13 and 4 (hseeberger/scala-sbt:17.0.1_1.6.2_3.1.1, sbtscala/scala-sbt:17.0.2_1.6.2_3.1.3).
      ['hseeberger/scala-sbt:17.0.1_1.6.2_3.1.1', 'debian-10', src, false],
      ['sbtscala/scala-sbt:17.0.2_1.6.2_3.1.3', 'debian-11', src, false],
    ],
    'inferred',
  );
  checkUnknown('sbtscala/scala-sbt:eclipse-temurin-17.0.2_1.6.2_3.1.3', /not one of the tags whose producing commits were read/);
  checkUnknown('hseeberger/scala-sbt:17.0.2_1.6.2_3.1.1', /changed over time/);
});
