/**
 * vendorFamilies14.ts: Atlantis's ghcr.io images by release through the atlantis-base build each release ran on, and the
 * hayd/* Deno images by the FROM of each kind's Dockerfile at each release tag; Docker Hub's runatlantis/atlantis and the
 * hayd tags built FROM a moving base stay unknown with their reason.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('ghcr.io/runatlantis/atlantis: Alpine 3.15 for v0.18.0 … v0.19.3, 3.17 for v0.22.0 … v0.23.3, latest as of v0.47.1', () => {
  const src = /runatlantis\/atlantis @ 078d0a82 .*docker-base\/Dockerfile FROM alpine:3\.15/;
  checkKnown(
    [
      // Sample 15 (v0.19.3, v0.23.3).
      ['ghcr.io/runatlantis/atlantis:v0.19.3', 'alpine-3.15', src, false],
      ['ghcr.io/runatlantis/atlantis:v0.23.3', 'alpine-3.17', src, false],
      ['ghcr.io/runatlantis/atlantis:v0.18.0', 'alpine-3.15', src, false],
      ['ghcr.io/runatlantis/atlantis:v0.22.0-alpine', 'alpine-3.17', src, false],
      ['ghcr.io/runatlantis/atlantis:latest', 'alpine-3.23', src, true],
      ['ghcr.io/runatlantis/atlantis', 'alpine-3.23', src, true],
    ],
    'inferred',
  );
  // Between the spans read (atlantis-base built on other Alpine releases), the debian images and later releases: not listed.
  checkUnknown(
    'ghcr.io/runatlantis/atlantis:v0.20.0',
    /runatlantis\/atlantis.*not an image the knowledge base knows|matches no known variant/,
  );
  checkUnknown('ghcr.io/runatlantis/atlantis:v0.23.3-debian', /not an image the knowledge base knows|matches no known variant/);
  // Sample 15 (runatlantis/atlantis, runatlantis/atlantis:latest): CircleCI pushed the Docker Hub copy until 2021/2022, no
  // workflow read since.
  checkUnknown('runatlantis/atlantis', /circleci.*until 78a33a6.*ghcr\.io\/runatlantis\/atlantis:latest/);
  checkUnknown('runatlantis/atlantis:v0.19.3', /whether or from what the Docker Hub tags were pushed later is not stated/);
});

test('hayd/deno, hayd/<kind>-deno: the FROM of <kind>.dockerfile at the release tag that pushed it', () => {
  const src = /denoland\/deno_docker \(formerly hayd\/deno-docker\) @ b7864b72/;
  checkKnown(
    [
      // Sample 15 (hayd/ubuntu-deno:1.4.4 and :1.1.3, hayd/deno:alpine-1.0.0).
      ['hayd/ubuntu-deno:1.4.4', 'ubuntu-18.04', src, false],
      ['hayd/ubuntu-deno:1.1.3', 'ubuntu-18.04', src, false],
      ['hayd/deno:alpine-1.0.0', 'alpine-3.11', src, false],
      ['hayd/deno:1.0.0', 'alpine-3.11', src, false],
      ['hayd/alpine-deno:0.38.0', 'alpine-3.10', src, false],
      ['hayd/deno:ubuntu-1.10.2', 'ubuntu-20.04', src, false],
      ['hayd/centos-deno:1.6.1', 'centos-8', src, false],
    ],
    'inferred',
  );
  // Sample 15 (hayd/deno:latest) and the Alpine builds FROM the moving frolvlad/alpine-glibc: honest unknowns.
  checkUnknown('hayd/deno:latest', /last pushed by release 1\.10\.2 .*moving frolvlad\/alpine-glibc/);
  checkUnknown('hayd/deno:alpine-1.8.0', /moving frolvlad\/alpine-glibc/);
  checkUnknown('hayd/alpine-deno:1.10.2', /moving frolvlad\/alpine-glibc/);
  // Releases before the workflow read (0.37.1) and the debian kind are not listed.
  checkUnknown('hayd/deno:ubuntu-0.30.0', /matches no known variant|not an image the knowledge base knows/);
  checkUnknown('hayd/deno:debian-1.4.4', /matches no known variant|not an image the knowledge base knows/);
});

test('apache/tika {version} and {version}-full: the Ubuntu of minimal/ and full/Dockerfile at the release tag', () => {
  const src = /apache\/tika-docker @ 60db76bc/;
  checkKnown(
    [
      // Sample 15 (3.2.3.0-full).
      ['apache/tika:3.2.3.0-full', 'ubuntu-25.04', src, false],
      ['apache/tika:3.2.3.0', 'ubuntu-25.04', src, false],
      ['apache/tika:2.7.0.0-full', 'ubuntu-22.04', src, false],
      ['apache/tika:3.0.0.0', 'ubuntu-24.04', src, false],
      ['apache/tika:latest-full', 'ubuntu-25.04', src, true],
    ],
    'inferred',
  );
  // 1.x tags were republished with later files; versions before 2.5.0.2 were not read.
  checkUnknown('apache/tika:1.23', /matches no known variant/);
  checkUnknown('apache/tika:2.4.0-full', /matches no known variant/);
});

test('sameersbn/bind latest and 9.16.1-20200524: the last master build, Ubuntu 20.04', () => {
  const src = /sameersbn\/docker-bind @ 508bc5a1 .*ubuntu:focal-20200423/;
  checkKnown(
    [
      // Sample 15 (sameersbn/bind:latest).
      ['sameersbn/bind:latest', 'ubuntu-20.04', src, false],
      ['quay.io/sameersbn/bind:9.16.1-20200524', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('sameersbn/bind:9.11.3-20190706', /matches no known variant/);
});

test('rocker/r-base (samples 6, 14 and 15): a Docker Hub automated build whose settings the repository does not hold', () => {
  checkUnknown('rocker/r-base', /Docker Hub automated build of rocker-org\/rocker r-base\/ .*debian:testing/);
  checkUnknown('rocker/r-base:4.0.2', /automated build/);
});

test('overv/openstreetmap-tile-server: Ubuntu 20.04 for 2.0.x, 22.04 from 2.1.0, latest/2/2.3 moving', () => {
  const src = /Overv\/openstreetmap-tile-server @ 6088b9b3/;
  checkKnown(
    [
      // Sample 15 (latest).
      ['overv/openstreetmap-tile-server:latest', 'ubuntu-22.04', src, true],
      ['overv/openstreetmap-tile-server:2.0.1', 'ubuntu-20.04', src, false],
      ['ghcr.io/overv/openstreetmap-tile-server:2.2.1', 'ubuntu-22.04', src, false],
      ['overv/openstreetmap-tile-server:2', 'ubuntu-22.04', src, true],
    ],
    'inferred',
  );
  // Before the workflow that names the tags (v2.0.0): not listed.
  checkUnknown('overv/openstreetmap-tile-server:1.8.2', /matches no known variant/);
});

test('ghcr.io/puppeteer/puppeteer (samples 2, 5, 11): FROM a digest-pinned node:<major>, which names no Debian release', () => {
  checkUnknown('ghcr.io/puppeteer/puppeteer:21.7.0', /FROM node:<major> pinned by digest .*names no Debian release/);
  checkUnknown('ghcr.io/puppeteer/puppeteer:latest', /pinned by digest/);
});

test('osgeo/gdal and ghcr.io/osgeo/gdal -latest (samples 7, 12): not release tags, their last build’s base not recorded', () => {
  checkUnknown('osgeo/gdal', /not a release tag .*last build had is not recorded/);
  checkUnknown('osgeo/gdal:ubuntu-small-latest', /not a release tag/);
  checkUnknown('ghcr.io/osgeo/gdal:alpine-small-latest', /not a release tag/);
});
