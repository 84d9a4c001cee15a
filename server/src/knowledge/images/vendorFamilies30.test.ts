/**
 * vendorFamilies30.ts: r.j3ss.co images resolve by the final FROM of their jessfraz/dockerfiles folder (alpine:latest ones
 * and bcc stay unknown), tianon/* latest tags move with tianon/dockerfiles, aerokube ggr/ggr-ui release images carry the
 * Alpine of their release day, vimagick/scrapyd:py3 is Debian 11, and two vscode/devcontainers tags built FROM a moving
 * official tag resolve by the library file in force on their build day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('r.j3ss.co/<name>: the final FROM of <name>/Dockerfile in jessfraz/dockerfiles', () => {
  const src = /jessfraz\/dockerfiles @ 8ff9913 .*r\.j3ss\.co/;
  checkKnown(
    [
      // The first list.
      ['r.j3ss.co/osquery', 'ubuntu-18.04', src, false],
      ['r.j3ss.co/powershell:latest', 'debian-9', src, false],
      ['r.j3ss.co/wine', 'debian-sid', src, false],
      ['r.j3ss.co/wireguard:install', 'debian-sid', src, false],
    ],
    'inferred',
  );
  checkUnknown('r.j3ss.co/masscan', /FROM alpine:latest .*date of its last build/);
  checkUnknown('r.j3ss.co/curl', /FROM alpine:latest/);
  checkUnknown('r.j3ss.co/bcc', /no bcc\/ folder/);
  // A tag the folder does not build is not claimed.
  checkUnknown('r.j3ss.co/osquery:v4', /not an image the knowledge base knows|matches no known variant/);
});

test('tianon/*: latest (docker-master also dind) is the folder Dockerfile as of tianon/dockerfiles 2026-08-21', () => {
  const src = /tianon\/dockerfiles @ f46ff646/;
  checkKnown(
    [
      // The first list.
      ['tianon/containerd', 'debian-13', src, true],
      ['tianon/docker-master:dind', 'debian-13', src, true],
      ['tianon/perl', known('perl:5.38').release.id, src, true],
      ['tianon/nolibc', 'debian-13', src, true],
      ['tianon/tinygo', 'debian-13', src, true],
    ],
    'inferred',
  );
  assert.match(known('tianon/containerd').movingTag?.means ?? '', /2026-08-21/);
  checkUnknown('tianon/containerd:1.6', /not an image the knowledge base knows|matches no known variant/);
});

test('aerokube ggr 1.7.0 and ggr-ui 1.2.0 (latest-release): alpine:3 on their release day', () => {
  checkKnown(
    [
      // The first list.
      ['aerokube/ggr:1.7.0', 'alpine-3.17', /aerokube\/ggr @ fc913c4 .*FROM alpine:3/, false],
      ['aerokube/ggr-ui:latest-release', 'alpine-3.19', /aerokube\/ggr-ui @ 4210605 .*FROM alpine:3/, false],
      ['aerokube/ggr-ui:1.2.0', 'alpine-3.19', /aerokube\/ggr-ui @ 4210605/, false],
    ],
    'inferred',
  );
  checkUnknown('aerokube/ggr:1.7.2', /not an image the knowledge base knows|matches no known variant/);
});

test('vimagick/scrapyd:py3: FROM debian:bullseye', () => {
  checkKnown([['vimagick/scrapyd:py3', 'debian-11', /vimagick\/dockerfiles @ b8ad7d70/, false]], 'inferred');
  checkUnknown('vimagick/scrapyd', /not an image the knowledge base knows|matches no known variant/);
});

test('vscode/devcontainers python:0.109.0-3.7 and ruby:2.5: the official tag as listed on the build day', () => {
  const src = /library\/python @ 447d8acc .*library\/ruby @ fb8b9638/;
  checkKnown(
    [
      ['mcr.microsoft.com/vscode/devcontainers/python:0.109.0-3.7', 'debian-10', src, false],
      ['mcr.microsoft.com/vscode/devcontainers/ruby:2.5', 'debian-10', src, false],
    ],
    'inferred',
  );
  assert.match(known('mcr.microsoft.com/vscode/devcontainers/ruby:2.5').publication?.frozen ?? '', /2021-04-30/);
});

test('otel/weaver:v<version>: the pinned alpine of Dockerfile at that tag', () => {
  const src = /open-telemetry\/weaver @ afa9700c .*docker\.io\/alpine/;
  checkKnown(
    [
      // The first list (tag and digest).
      ['docker.io/otel/weaver:v0.25.1@sha256:9ad46ca9cd4fa5974b121f886aa3e9946a8ef8ea905001a96c018d21f9db87ca', 'alpine-3.24', src, false],
      ['otel/weaver:v0.15.0', 'alpine-3.21', src, false],
      ['otel/weaver:v0.23.0', 'alpine-3.23', src, false],
    ],
    'inferred',
  );
  checkUnknown('otel/weaver:v0.26.0', /matches no known variant/);
});

test('scrapinghub/splash: latest stable and 3.5 end in a stage FROM ubuntu:18.04', () => {
  const src = /scrapinghub\/splash @ ab28b02 .*FROM ubuntu:18\.04/;
  checkKnown(
    [
      // The first list.
      ['scrapinghub/splash', 'ubuntu-18.04', src, true],
      ['scrapinghub/splash:3.5.0', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('scrapinghub/splash:3.4', /matches no known variant/);
});

test('puppet/pdk latest (stable branch) and nightly (main): FROM ubuntu:22.04, moving', () => {
  const src = /puppetlabs\/pdk-docker @ 63e8461 .*FROM ubuntu:22\.04/;
  checkKnown(
    [
      // The first list.
      ['puppet/pdk:latest', 'ubuntu-22.04', src, true],
      ['puppet/pdk:nightly', 'ubuntu-22.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('puppet/pdk').movingTag?.means ?? '', /2024-12-04/);
  checkUnknown('puppet/pdk:3.0.0', /matches no known variant/);
});

test('tfaddons/dev_container:latest-cpu: last pushed FROM the tensorflow-testing image on nvidia/cuda ubuntu18.04, frozen', () => {
  const found = known('tfaddons/dev_container:latest-cpu');
  assert.equal(found.release.id, 'ubuntu-18.04');
  assert.match(found.inferredFrom?.source ?? '', /tensorflow\/addons @ d208d752 .*latest-cpu.*tensorflow\/tensorflow @ 46e10263/);
  // nvidia/cuda's own build is not read: the last step is the tag's word, said as such.
  assert.match(found.guessedFrom ?? '', /names ubuntu18\.04/);
  assert.match(found.publication?.frozen ?? '', /2021-12-27/);
  checkUnknown('tfaddons/dev_container:latest-gpu', /not an image the knowledge base knows|matches no known variant/);
});

test('heroku/heroku:<N> and its variants: FROM ubuntu:<N>.04', () => {
  const src = /heroku\/base-images @ 61a6b2b .*REPO="heroku\/heroku"/;
  checkKnown(
    [
      ['heroku/heroku:20', 'ubuntu-20.04', src, false],
      ['heroku/heroku:22-cnb-build', 'ubuntu-22.04', src, false],
      ['heroku/heroku:24-build', 'ubuntu-24.04', src, false],
      ['heroku/heroku:16', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('heroku/heroku:14', /matches no known variant/);
});

test('salesforce/salesforcedx channel tags: FROM heroku/heroku:20 as of sfdx-cli 2023-07-20', () => {
  const src = /salesforcecli\/sfdx-cli @ 7dde8fe6 .*FROM heroku\/heroku:20/;
  checkKnown(
    [
      // The first list.
      ['salesforce/salesforcedx:latest-rc-full', 'ubuntu-20.04', src, true],
      ['salesforce/salesforcedx:latest-slim', 'ubuntu-20.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('salesforce/salesforcedx:latest-rc-full').movingTag?.means ?? '', /2023-07-20/);
  checkUnknown('salesforce/salesforcedx:7.100.0-full', /matches no known variant/);
});
