/**
 * vendorFamilies41.ts: tootsuite/mastodon release images by the final FROM of the Dockerfile at each git tag (v1.6.0 …
 * v3.4.1), condaforge/mambaforge and the pypy3 images (Ubuntu 20.04, frozen), and the honest unknowns (Mastodon tags after the snapshot read, jjanzic/docker-python3-opencv on moving python
 * tags). One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, releaseOf } from '../../../../test/support/imageLookup';

test('tootsuite/mastodon v1.6.0 … v3.4.1: the final FROM of the Dockerfile at the git tag', () => {
  const src = /tootsuite\/mastodon @ e9659ae0 .*git tags v1\.6\.0 … v3\.4\.1.*Ubuntu with jemalloc/;
  checkKnown(
    [
      ['tootsuite/mastodon:v1.6.0', 'alpine-3.6', src, false],
      ['tootsuite/mastodon:v2.2.0rc1', 'alpine-3.7', src, false],
      ['docker.io/tootsuite/mastodon:v2.4.5', 'alpine-3.6', src, false],
      ['tootsuite/mastodon:v2.6.1', 'alpine-3.8', src, false],
      ['tootsuite/mastodon:v2.7.4', 'alpine-3.8', src, false],
      ['tootsuite/mastodon:v2.8.0', 'ubuntu-18.04', src, false],
      ['tootsuite/mastodon:v3.1.5', 'ubuntu-18.04', src, false],
      ['tootsuite/mastodon:v3.2.0', 'ubuntu-20.04', src, false],
      ['tootsuite/mastodon:v3.4.1', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // Just outside: v1.5.1 (FROM ruby:2.4.1-alpine, no Alpine named), tags after the snapshot (samples 8 and 24), moving tags.
  for (const ref of [
    'tootsuite/mastodon:v1.5.1',
    'tootsuite/mastodon:v3.4.2',
    'tootsuite/mastodon:v3.5.3',
    'tootsuite/mastodon:v4.1.0',
    'tootsuite/mastodon:latest',
    'tootsuite/mastodon:edge',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
  checkUnknown('tootsuite/mastodon:v4.1.0', /snapshot read ends at v3\.4\.1/);
});

test('condaforge/mambaforge, mambaforge-pypy3, miniforge-pypy3: Ubuntu 20.04 for every tag pushed; latest frozen', () => {
  const src = /conda-forge\/miniforge-images @ 841e405 .*Drop mambaforge and pypy images.*focal-20241011/;
  checkKnown(
    [
      // Base-image sample (condaforge/mambaforge:latest in test/data).
      ['condaforge/mambaforge:latest', 'ubuntu-20.04', src, false],
      ['condaforge/mambaforge', 'ubuntu-20.04', src, false],
      ['condaforge/mambaforge:23.1.0-1', 'ubuntu-20.04', src, false],
      ['quay.io/condaforge/mambaforge-pypy3:4.9.2-5', 'ubuntu-20.04', src, false],
      ['condaforge/miniforge-pypy3:24.9.2-0', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('condaforge/mambaforge').publication?.frozen ?? '', /2025-01-24/);
  // Just outside: a version after the image's end, one before the history read.
  for (const ref of ['condaforge/mambaforge:24.11.3-0', 'condaforge/mambaforge:4.9.2-4', 'condaforge/mambaforge-pypy3:4.8.2-1']) {
    checkUnknown(ref, /not a version the miniforge-images pipeline pushed/);
  }
});

test('jjanzic/docker-python3-opencv: FROM a moving python:3.x tag, an honest unknown', () => {
  for (const ref of ['jjanzic/docker-python3-opencv', 'jjanzic/docker-python3-opencv:opencv-4.0.0']) {
    checkUnknown(ref, /moving python:3\.x tag/);
  }
});

test('arangodb/arangodb <version>: the Alpine of every generated alpine/<version>/Dockerfile', () => {
  const src = /arangodb\/arangodb-docker @ c507e87 .*arangodb\/oskar @ 18399e4 .*DOCKER_DISTRO defaults to alpine/;
  checkKnown(
    [
      // Base-image sample (arangodb/arangodb:3.7.3).
      ['arangodb/arangodb:3.7.3', 'alpine-3.11', src, false],
      ['arangodb/arangodb:3.4.1', 'alpine-3.8', src, false],
      ['arangodb/arangodb:3.6.3.1', 'alpine-3.10', src, false],
      ['arangodb/arangodb:3.9.12', 'alpine-3.15', src, false],
      ['arangodb/arangodb:3.12.0', 'alpine-3.17', src, false],
    ],
    'inferred',
  );
  // Just outside: committed with two bases, a moving minor tag, a -ubi build, a version after the snapshot.
  for (const ref of ['arangodb/arangodb:3.4.0', 'arangodb/arangodb:3.7', 'arangodb/arangodb:3.10.0-ubi', 'arangodb/arangodb:3.12.1']) {
    checkUnknown(ref, /not a version whose every generated Dockerfile/);
  }
});

test('internetsystemsconsortium/bind9: ended lines by their branch’s last Dockerfile, frozen; current lines on alpine:latest', () => {
  const src = /isc-projects\/bind9-docker @ e75432b .*1:9\.16\.50.*alpine:latest/;
  checkKnown(
    [
      // Base-image sample (internetsystemsconsortium/bind9:9.16).
      ['internetsystemsconsortium/bind9:9.16', 'ubuntu-20.04', src, false],
      ['internetsystemsconsortium/bind9:9.11', 'ubuntu-20.04', src, false],
      ['internetsystemsconsortium/bind9:9.19', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('internetsystemsconsortium/bind9:9.16').publication?.frozen ?? '', /last commit of branch v9\.16/);
  // Just outside: the lines still built FROM alpine:latest, latest, a full version.
  for (const ref of [
    'internetsystemsconsortium/bind9:9.18',
    'internetsystemsconsortium/bind9:9.20',
    'internetsystemsconsortium/bind9',
    'internetsystemsconsortium/bind9:9.16.50',
  ]) {
    checkUnknown(ref, /alpine:latest/);
  }
});

test('circleci/<language> full version tags: FROM the official <language>:<tag> of the same library line', () => {
  const src = /circleci\/circleci-images @ be0c164 .*ALIASES pushed as the same image/;
  checkKnown(
    [
      // Base-image sample (circleci/node:8.11.4); node:8.11.4 was the jessie line's alias.
      ['circleci/node:8.11.4', 'debian-8', src, false],
      ['circleci/node:8.11.4-stretch-browsers', 'debian-9', src, false],
      ['circleci/python:3.9.0-buster-node-browsers', 'debian-10', src, false],
      ['circleci/mysql:8.0.22-ram', 'debian-10', src, false],
      ['circleci/mongo:4.0.10-xenial', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  // Just outside: moving aliases, and postgres (its postgis variants are built differently, not read).
  for (const ref of ['circleci/node:10', 'circleci/python:3.6', 'circleci/ruby:latest']) {
    checkUnknown(ref, /not a full version tag/);
  }
  assert.equal(releaseOf('circleci/postgres:11.5'), undefined);
});

test('emscripten/emsdk 2.0.2 … 6.0.8: the final FROM of docker/Dockerfile at the git tag the CI built; latest moving', () => {
  const src = /emscripten-core\/emsdk @ e5bd3d0 .*publish-docker-image on tags/;
  checkKnown(
    [
      // Base-image sample (emscripten/emsdk:latest).
      ['emscripten/emsdk:latest', 'ubuntu-24.04', src, true],
      ['emscripten/emsdk:2.0.2', 'debian-10', src, false],
      ['emscripten/emsdk:2.0.16', 'ubuntu-20.04', src, false],
      ['emscripten/emsdk:3.1.50', 'ubuntu-22.04', src, false],
      ['emscripten/emsdk:4.0.10-arm64', 'ubuntu-22.04', src, false],
      ['emscripten/emsdk:5.0.2', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('emscripten/emsdk').movingTag?.means ?? '', /6\.0\.8, 2026-08-20/);
  // Just outside: pushed by hand, newer than the snapshot.
  for (const ref of ['emscripten/emsdk:2.0.1', 'emscripten/emsdk:1.39.17', 'emscripten/emsdk:6.0.9']) {
    checkUnknown(ref, /not a release tag the CI pushed/);
  }
});

test('docker/compose 1.25.2 … 1.29.2 (alpine-, debian-) by the Dockerfile at the tag; latest is the 1.26.2 image, frozen', () => {
  const src = /docker\/compose @ f729794 .*Release\.Jenkinsfile.*#8312/;
  checkKnown(
    [
      // Base-image sample (docker/compose:latest).
      ['docker/compose:latest', 'alpine-3.11', src, false],
      ['docker/compose:1.29.2', 'alpine-3.12', src, false],
      ['docker/compose:alpine-1.25.5', 'alpine-3.10', src, false],
      ['docker/compose:debian-1.28.0', 'debian-10', src, false],
      ['docker/compose:debian-1.29.2', 'debian-9', src, false],
    ],
    'inferred',
  );
  assert.match(known('docker/compose').publication?.frozen ?? '', /1\.26\.2/);
  // Just outside: releases before the Jenkins file, a tag never made.
  for (const ref of ['docker/compose:1.25.1', 'docker/compose:1.24.0', 'docker/compose:1.30.0']) {
    checkUnknown(ref, /not a tag Release\.Jenkinsfile pushed/);
  }
});

test('hashicorp/packer: FROM alpine:latest, an honest unknown', () => {
  checkUnknown('hashicorp/packer', /alpine:latest/);
  checkUnknown('hashicorp/packer:1.11.2', /alpine:latest/);
});

test('sebp/elk: the phusion/baseimage of the Dockerfile at each git tag the workflow built; latest moving', () => {
  const src = /spujadas\/elk-docker @ 0689cca .*FROM phusion\/baseimage/;
  checkKnown(
    [
      // Base-image sample (sebp/elk:latest).
      ['sebp/elk:latest', 'ubuntu-20.04', src, true],
      ['sebp/elk:7.13.3', 'ubuntu-18.04', src, false],
      ['sebp/elk:oss-8.1.0', 'ubuntu-20.04', src, false],
      ['sebp/elk:9.5.0', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('sebp/elk').movingTag?.means ?? '', /9\.5\.0, 2026-08-12/);
  // Just outside: a Docker Hub build before the workflow, the hand-moved latest-v8, a version after the snapshot.
  for (const ref of ['sebp/elk:7.12.1', 'sebp/elk:latest-v8', 'sebp/elk:9.5.1']) {
    checkUnknown(ref, /not a git tag the publishing workflow built/);
  }
});

test('squidfunk/mkdocs-material 4.6.0 … 9.7.6: the python:<v>-alpine<X.Y> root of the Dockerfile at the release tag; latest moving', () => {
  const src = /squidfunk\/mkdocs-material @ 5b36f2a .*COPY --from=build/;
  checkKnown(
    [
      // Base-image sample (squidfunk/mkdocs-material, bare).
      ['squidfunk/mkdocs-material', 'alpine-3.21', src, true],
      ['squidfunk/mkdocs-material:4.6.0', 'alpine-3.9', src, false],
      ['ghcr.io/squidfunk/mkdocs-material:8.5.11', 'alpine-3.13', src, false],
      ['squidfunk/mkdocs-material:9.5.19', 'alpine-3.19', src, false],
      ['squidfunk/mkdocs-material:9.7.6', 'alpine-3.21', src, false],
    ],
    'inferred',
  );
  assert.match(known('squidfunk/mkdocs-material').movingTag?.means ?? '', /9\.7\.6/);
  // Just outside: a Docker Hub build before the workflow, a moving minor tag, a release after the snapshot.
  for (const ref of ['squidfunk/mkdocs-material:4.5.1', 'squidfunk/mkdocs-material:9.5', 'squidfunk/mkdocs-material:9.7.7']) {
    checkUnknown(ref, /not a release tag whose Dockerfile was read/);
  }
});

test('syncthing, snakemake, tailscale: untagged or unread bases, honest unknowns', () => {
  checkUnknown('syncthing/syncthing:latest', /FROM alpine with no tag/);
  checkUnknown('snakemake/snakemake:stable', /mambaorg\/micromamba with no tag/);
  checkUnknown('tailscale/tailscale:latest', /tailscale\/alpine-base/);
});

test('emqx/emqx 5.1.6 … 5.7.1: the Debian runner the docker workflow named at the release tag', () => {
  const src = /emqx\/emqx @ 50e0438 .*EMQX_RUNNER/;
  checkKnown(
    [
      // Base-image sample (emqx/emqx:5.6.0).
      ['emqx/emqx:5.6.0', 'debian-12', src, false],
      ['emqx/emqx:5.1.6', 'debian-11', src, false],
      ['emqx/emqx:5.5.1', 'debian-11', src, false],
      ['emqx/emqx:5.7.1', 'debian-12', src, false],
    ],
    'inferred',
  );
  // Just outside: a release whose workflow named no runner, a later release, the moving latest.
  for (const ref of ['emqx/emqx:5.1.5', 'emqx/emqx:5.8.0', 'emqx/emqx:latest', 'emqx/emqx:4.4.19']) {
    checkUnknown(ref, /not a release whose docker workflow named its runner/);
  }
});

test('quay.io/fedora-ostree-desktops/<desktop>:N is Fedora N (Universal Blue builds its Fedora N images FROM it)', () => {
  // Base-image samples (silverblue:44 and silverblue:42 by digest).
  assert.equal(known('quay.io/fedora-ostree-desktops/silverblue:44', true).release.id, 'fedora-44');
  const digest = 'sha256:87fbdbfe7ac7adea8a1bdd387214dc37bb9eb25e0bc95f5af40f5bb13b54df4d';
  assert.equal(known(`quay.io/fedora-ostree-desktops/silverblue:42@${digest}`, true).release.id, 'fedora-42');
  assert.equal(known('quay.io/fedora-ostree-desktops/kinoite:41', true).release.id, 'fedora-41');
  assert.equal(known('quay.io/fedora-ostree-desktops/base-atomic:43', true).release.id, 'fedora-43');
  // Just outside: rawhide, latest, a desktop Universal Blue does not build from.
  for (const ref of [
    'quay.io/fedora-ostree-desktops/silverblue:rawhide',
    'quay.io/fedora-ostree-desktops/silverblue:latest',
    'quay.io/fedora-ostree-desktops/sway-atomic:42',
    // Outside the Fedora releases ublue-os/main's image-versions.yaml pins (39 … 44).
    'quay.io/fedora-ostree-desktops/kinoite:45',
    'quay.io/fedora-ostree-desktops/silverblue:38',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});
