/**
 * vendorFamilies27.ts: recurring unknowns of the samples resolved by their vendors' own build files — the bare and
 * 1.0.0-preview2 tags of the old microsoft/dotnet Docker Hub repository (frozen, removed), OpenSearch 1.x. Tags those files
 * do not tie to one base stay unknown, and the groups without such files say which files were read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('microsoft/dotnet latest, sdk, runtime: Debian 9 in every manifest 2017-08 … 2019-02; 1.0.0-preview2-sdk jessie; frozen', () => {
  const src = /dotnet\/dotnet-docker @ 3ed00b61 .*41ac0ca1 \(2019-02-12; latest, sdk → 2\.2\/sdk\/stretch\/amd64/;
  checkKnown(
    [
      // Samples 2, 13, 17 and the first list.
      ['microsoft/dotnet:sdk', 'debian-9', src, false],
      ['microsoft/dotnet:latest', 'debian-9', src, false],
      ['microsoft/dotnet', 'debian-9', src, false],
      ['microsoft/dotnet:runtime', 'debian-9', src, false],
      ['microsoft/dotnet:1.0.0-preview2-sdk', 'debian-8', src, false],
    ],
    'inferred',
  );
  const sdk = known('microsoft/dotnet:sdk');
  assert.match(
    sdk.publication?.frozen ?? '',
    /stopped publishing microsoft\/dotnet on 2019-02-26 .* removed from Docker Hub on 2021-08-21/,
  );
  assert.equal(known('microsoft/dotnet:runtime').variant, 'slim');
  assert.match(known('microsoft/dotnet:1.0.0-preview2-sdk').publication?.frozen ?? '', /dropped the tag on 2016-11-15/);
  // Tags outside the manifests read stay unknown (removed from Docker Hub).
  for (const ref of ['microsoft/dotnet:1.1-sdk', 'microsoft/dotnet:runtime-deps', 'microsoft/dotnet:1.0.0-preview1-sdk'])
    checkUnknown(ref, /removed from Docker Hub on 2021-08-21/);
});

test('OpenSearch 1.x: Amazon Linux 2 from the al2 files, the only release files at every 1.x tag', () => {
  const src = /opensearch-project\/opensearch-build @ 4372bf71 .*release tags 1\.0\.0 … 1\.3\.20/;
  checkKnown(
    [
      // Samples 16 and 20.
      ['opensearchproject/opensearch:1.2.4', 'amazonlinux-2', src, false],
      ['opensearchproject/opensearch:1.3.6', 'amazonlinux-2', src, false],
      ['opensearchproject/opensearch-dashboards:1.0.0', 'amazonlinux-2', src, false],
      ['public.ecr.aws/opensearchproject/opensearch:1.3.20', 'amazonlinux-2', src, false],
      ['opensearchproject/opensearch:1', 'amazonlinux-2', src, true],
    ],
    'inferred',
  );
  assert.match(known('opensearchproject/opensearch:1').movingTag?.means ?? '', /1\.3\.20 \(2024-12-11\)/);
  checkUnknown('opensearchproject/opensearch:1.3.21', /not a 1\.x release tag of opensearch-build/);
  checkUnknown('opensearchproject/opensearch:1.0.0-rc1', /not a 1\.x release tag of opensearch-build/);
  assert.equal(known('opensearchproject/opensearch:2.9.0').release.id, 'amazonlinux-2');
});

test('minidocks/php 7.4, 8.0, 8.1 and minidocks/python 3.5, 3.6: their last build before build.sh dropped them, on one base for months', () => {
  const src = /minidocks\/images @ 32d8a992 .*7\.4 dropped in b39d8b6, 2023-10-08/;
  checkKnown(
    [
      // Sample 18.
      ['minidocks/php:7.4-base', 'alpine-3.15', src, false],
      ['minidocks/php:7.4-intl', 'alpine-3.15', src, false],
      ['minidocks/php:8.0-base', 'alpine-3.16', src, false],
      ['minidocks/php:8.0-intl', 'alpine-3.16', src, false],
      ['minidocks/php:8.1-nginx', 'alpine-3.19', src, false],
      ['minidocks/php:8.1-intl', 'alpine-3.19', src, false],
      ['minidocks/php:8.1', 'alpine-3.19', src, false],
    ],
    'inferred',
  );
  assert.match(known('minidocks/php:8.1-intl').publication?.frozen ?? '', /dropped the line on 2024-12-14, .*minidocks\/base:3\.19/);
  const py = /minidocks\/images @ 32d8a992 .*base_3\.6 FROM minidocks\/base:3\.9/;
  checkKnown(
    [
      // Sample 18.
      ['minidocks/python:3.5', 'alpine-3.5', py, false],
      ['minidocks/python:3.6', 'alpine-3.9', py, false],
      ['minidocks/python:3.6-uwsgi', 'alpine-3.9', py, false],
    ],
    'inferred',
  );
  assert.match(known('minidocks/python:3.6').publication?.frozen ?? '', /dropped 3\.6 on 2021-11-27/);
  // Older lines (edge, then other bases, before the daily build) and other images' same tags stay unknown.
  checkUnknown('minidocks/php:7.3', /chosen per tag by the image’s build\.sh/);
  checkUnknown('minidocks/node:8.0', /those of this image were not read/);
  checkUnknown('minidocks/python:3.7', /chosen per tag by the image’s build\.sh/);
});

test('honest unknowns with their build files named: apache/kafka, ocaml/opam2, Home Assistant, transformers-pytorch, texlive', () => {
  for (const ref of [
    'apache/kafka:3.9.0',
    'apache/kafka:4.1.1',
    'apache/kafka:4.3.1@sha256:77e3df9054047a88b520d0cc46e16696d3b22022e1d580aeccd2632df6532837',
  ])
    checkUnknown(ref, /FROM the moving eclipse-temurin:21-jre-alpine .*the day an image was built is not recorded/);
  for (const ref of ['ocaml/opam2:alpine', 'ocaml/opam2:4.08', 'ocaml/opam2'])
    checkUnknown(ref, /earlier OCaml image repository, replaced by ocaml\/opam/);
  for (const ref of [
    'ghcr.io/home-assistant/home-assistant:stable',
    'homeassistant/home-assistant:latest',
    'homeassistant/home-assistant:0.23.1',
  ])
    checkUnknown(ref, /home-assistant\/core’s build files of its release/);
  for (const ref of ['huggingface/transformers-pytorch-cpu:4.4.2', 'huggingface/transformers-pytorch-gpu'])
    checkUnknown(ref, /docker\/<image>\/Dockerfile of huggingface\/transformers at whatever commit built it/);
  // latest and latest-<scheme> are vendorFamilies34.ts's (the weekly build, FROM debian:testing-slim as it names it now).
  for (const ref of ['texlive/texlive:TL2023-historic', 'texlive/texlive:TL2022-2022-06-05'])
    checkUnknown(ref, /FROM debian:testing-slim \(Debian testing/);
});
