/**
 * vendorFamilies11.ts: Azure Functions host 4 images given as of the newest release tag read (4.36.1), by the final stage
 * of the Dockerfile each pipeline builds; tags whose files were not read or whose base moves stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('mcr.microsoft.com/azure-functions host 4: Debian 11 (bullseye folders) or 12 (bookworm) as of release 4.36.1, moving', () => {
  const src = /Azure\/azure-functions-docker @ 020dbf31 \(2024-10-23, release tag 4\.36\.1/;
  checkKnown(
    [
      // Sample 6 (python 3.9, 3.10-slim, 3.11, 3.12).
      ['mcr.microsoft.com/azure-functions/python:4-python3.9', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/python:4-python3.10-slim', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/python:4-python3.11', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/python:4-python3.12', 'debian-12', src, true],
      ['mcr.microsoft.com/azure-functions/python:4-python3.7-buildenv', 'debian-11', src, true],
      // publish.yml also tags python3.9 as the bare TargetVersion and java8 as the bare java tag.
      ['mcr.microsoft.com/azure-functions/python:4', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/java:4', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/java:4-java17-slim', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/java:4-java21', 'debian-12', src, true],
      ['mcr.microsoft.com/azure-functions/node:4-node18', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/node:4-node22', 'debian-12', src, true],
      ['mcr.microsoft.com/azure-functions/powershell:4-powershell7.2', 'debian-11', src, true],
      ['mcr.microsoft.com/azure-functions/powershell:4-powershell7.4-slim', 'debian-12', src, true],
    ],
    'inferred',
  );
  const py = lookup('mcr.microsoft.com/azure-functions/python:4-python3.10');
  assert.ok(py.kind === 'known');
  assert.match(
    py.identity.movingTag?.means ?? '',
    /Python 3\.10 image .* host release 4\.36\.1, the newest release tag read \(2024-10-23\)/,
  );
  // runtime-deps:6.0 moved later; the base named is what the dotnet-docker manifest of the same day gave it.
  assert.match(py.identity.inferredFrom?.source ?? '', /dotnet\/dotnet-docker @ 4f48d36a .*6\.0\/bullseye-slim/);
});

test('azure-functions host 4 tags not built from the files read stay unknown', () => {
  // Sample 6 and the first list: core-tools images are FROM moving dev container tags.
  checkUnknown('mcr.microsoft.com/azure-functions/python:4-python3.9-core-tools', /host 4 images move/);
  checkUnknown('mcr.microsoft.com/azure-functions/java:4-java11-core-tools', /host 4 images move/);
  // python-build.yml builds no -slim for 3.12; node:4 is pushed once per Node.js version in turn.
  checkUnknown('mcr.microsoft.com/azure-functions/python:4-python3.12-slim', /host 4 images move/);
  checkUnknown('mcr.microsoft.com/azure-functions/node:4', /matches no known variant/);
  // 3.12-buildenv is FROM an Oryx image whose own build was not read.
  checkUnknown('mcr.microsoft.com/azure-functions/python:4-python3.12-buildenv', /host 4 images move/);
  // Pinned host versions were not read.
  checkUnknown('mcr.microsoft.com/azure-functions/python:4.1036.2-python3.9', /host 4 images move/);
});

test('webdevops/php* images: 7.4 on Debian 10 in every version; 8.x as of the newest commit read, moving', () => {
  const src = /webdevops\/Dockerfile @ 3ba1c2cc \(2026-01-26, the newest commit read\)/;
  checkKnown(
    [
      // Sample 12 (php-nginx:7.4) and sample 7 (php-nginx:8.1-alpine).
      ['webdevops/php-nginx:7.4', 'debian-10', src, false],
      ['webdevops/php:7.4', 'debian-10', src, false],
      ['webdevops/php-apache-dev:7.4', 'debian-10', src, false],
      ['webdevops/php-nginx:8.3', 'debian-12', src, true],
      ['ghcr.io/webdevops/php:8.1', 'debian-12', src, true],
      ['webdevops/php-official:8.5', 'debian-12', src, true],
    ],
    'inferred',
  );
  // The alpine variants resolve through php:<v>-fpm-alpine's own entry.
  const alpine = known('webdevops/php-nginx:8.1-alpine', true);
  assert.equal(alpine.release.id, known('php:8.1-fpm-alpine').release.id);
  assert.match(alpine.movingTag?.means ?? '', /as of the newest commit read \(2026-01-26\); rebuilt weekly/);
  // 7.3 switched between stretch, buster and an unsuffixed tag.
  checkUnknown('webdevops/php-nginx:7.3', /not a tag the build files read tie to one base/);
  checkUnknown('webdevops/php:latest', /not a tag the build files read tie to one base/);
});

test('vimagick/alpine-arm: rootfs of the Alpine branch named by the tag; latest 3.3 as of the last commit, moving', () => {
  // The first list: edge and the bare name.
  assert.equal(known('vimagick/alpine-arm:edge').release.id, 'alpine-edge');
  assert.equal(known('vimagick/alpine-arm:3.3').release.id, 'alpine-3.3');
  const latest = known('vimagick/alpine-arm');
  assert.equal(latest.release.id, 'alpine-3.3');
  assert.equal(latest.pinnedReference, 'vimagick/alpine-arm:3.3');
  assert.match(latest.movingTag?.means ?? '', /as of the last commit to the directory \(2016-06-01/);
});

test('nodered/node-red-docker slim tags: the last build (0.20.8) FROM node:8-alpine, then alpine:3.9; frozen', () => {
  // Sample 7 (:slim).
  checkKnown(
    [['nodered/node-red-docker:slim', 'alpine-3.9', /node-red\/node-red-docker at tag 0\.20\.8 .*FROM alpine:3\.9/, false]],
    'inferred',
  );
  assert.match(known('nodered/node-red-docker:slim-v10').publication?.frozen ?? '', /last pushed 2019-09-07/);
  // Sample 9 (:v8): FROM node:8, whose Debian in 2019-09 is not recorded.
  checkUnknown('nodered/node-red-docker:v8', /not a slim tag of the last build/);
  checkUnknown('nodered/node-red-docker', /not a slim tag of the last build/);
});

test('r-base 4.5.2, 4.5.3, 4.6.0: FROM debian:testing while testing was forky (after trixie, 2025-08-09)', () => {
  const src = /library\/r-base: bb4efa58 \(2025-10-31\) 4\.5\.2 .*"forky, forky-<serial>" with the same serial/;
  // Sample 9 (r-base:4.5.2).
  checkKnown(
    [
      ['r-base:4.5.2', 'debian-14', src, false],
      ['r-base:4.5.3', 'debian-14', src, false],
      ['r-base:4.6.0', 'debian-14', src, false],
    ],
    'inferred',
  );
  // Retired tags keep their publication facts from the history.
  assert.equal(known('r-base:4.5.2').publication?.lastPublished, '2026-03');
  // 4.5.1 was published across trixie's release; 4.6.1 and latest come from a commit the snapshot lacks.
  checkUnknown('r-base:4.5.1', /moving tag whose meaning at that time is not recorded/);
  checkUnknown('r-base', /do not name/);
});

test('tensorflow/tensorflow 2.16 … 2.20.0: every runtime Dockerfile since their release names Ubuntu 22.04', () => {
  const src =
    /tensorflow\/build @ 5b1c753 \(2026-02-18, the newest commit\).*FROM ubuntu:22\.04 as base \(a65b114, 2023-07-13, unchanged since\)/;
  checkKnown(
    [
      ['tensorflow/tensorflow:2.16.1', 'ubuntu-22.04', src, false],
      ['tensorflow/tensorflow:2.19.0-jupyter', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  // The first list (2.20.0-gpu): FROM nvidia/cuda:12.3.0-base-ubuntu22.04, whose own build is not read, so a labelled guess.
  for (const ref of ['tensorflow/tensorflow:2.20.0-gpu', 'tensorflow/tensorflow:2.18.0-gpu-jupyter']) {
    const gpu = lookup(ref);
    assert.ok(gpu.kind === 'known', ref);
    assert.equal(gpu.identity.release.id, 'ubuntu-22.04');
    assert.match(gpu.identity.guessedFrom ?? '', /names ubuntu22\.04/);
    assert.match(gpu.identity.inferredFrom?.source ?? '', src);
  }
  // 2.15 straddles the CUDA base change, 2.11 the Ubuntu one; a 2.20 patch may post-date the newest commit read.
  checkUnknown('tensorflow/tensorflow:2.15.0-gpu', /internal Google job/);
  checkUnknown('tensorflow/tensorflow:2.11.0-gpu', /internal Google job/);
  checkUnknown('tensorflow/tensorflow:2.20.1', /internal Google job/);
});
