/**
 * vendorFamilies35.ts: dockcross/* (FROM dockcross/base, whose Dockerfile.in names the Debian release), the GitHub Actions
 * runner image at each release, dockerfile/nodejs (2014–2015 automated build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('dockcross/*: latest is Debian 12 (bookworm-slim); a dated build carries what base named on its build day', () => {
  const src = /dockcross\/dockcross @ 79e54f9 .*debian:bookworm-slim from 6eda627 \(2024-01-04\)/;
  checkKnown(
    [
      // Sample 24.
      ['dockcross/base', 'debian-12', src, true],
      ['dockcross/linux-arm64', 'debian-12', src, true],
      ['dockcross/linux-armv7', 'debian-12', src, true],
      ['dockcross/linux-x64', 'debian-12', src, true],
      ['dockcross/windows-static-x64-posix', 'debian-12', src, true],
      ['dockcross/base:latest-arm64', 'debian-12', src, true],
      ['dockcross/linux-arm64:20240105-0aa1bd6', 'debian-12', src, false],
      ['dockcross/linux-x64:20260712-79e54f9-amd64', 'debian-12', src, false],
      ['dockcross/linux-armv7:20240103-1234abc', 'debian-11', src, false],
      ['dockcross/linux-armv7:20210701-1234abc', 'debian-11', src, false],
      ['dockcross/linux-x64:20210628-1234abc', 'debian-10', src, false],
      ['dockcross/windows-static-x64:20210624-1234abc', 'debian-9', src, false],
      ['dockcross/linux-x64:20190423-1234abc', 'debian-9', src, false],
    ],
    'inferred',
  );
  assert.match(known('dockcross/base').movingTag?.means ?? '', /debian:bookworm-slim .*2026-07-12/);
  // Just outside: the days base changed, before stretch, after the snapshot; an image on another base; no tag of this form.
  for (const ref of [
    'dockcross/linux-x64:20240104-6eda627',
    'dockcross/linux-x64:20210630-37a7553',
    'dockcross/linux-x64:20210625-8ebd448',
    'dockcross/linux-x64:20190422-bda0c3d',
    'dockcross/linux-x64:20260713-abcdef1',
    'dockcross/linux-x64:2024-01-05',
  ])
    checkUnknown(ref, /not `latest` nor a dated build/);
  // The manylinux images are FROM quay.io/pypa/manylinux*: no dockcross rule may claim them.
  assert.doesNotMatch(JSON.stringify(lookup('dockcross/manylinux2014-x64:latest')), /dockcross\/dockcross @/);
});

test('ghcr.io/actions/actions-runner: each release from images/Dockerfile at its tag', () => {
  const src = /actions\/runner @ 258d6c85 .*:8\.0-noble from v2\.331\.0/;
  checkKnown(
    [
      // Samples 5 and 24.
      ['ghcr.io/actions/actions-runner:latest', 'ubuntu-24.04', src, true],
      ['ghcr.io/actions/actions-runner', 'ubuntu-24.04', src, true],
      ['ghcr.io/actions/actions-runner:2.331.0', 'ubuntu-24.04', src, false],
      ['ghcr.io/actions/actions-runner:2.336.0', 'ubuntu-24.04', src, false],
      ['ghcr.io/actions/actions-runner:2.330.0', 'ubuntu-22.04', src, false],
      ['ghcr.io/actions/actions-runner:2.305.0', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  assert.equal(known('ghcr.io/actions/actions-runner:latest').pinnedReference, 'ghcr.io/actions/actions-runner:2.336.0');
  // Just outside: the last release FROM the moving runtime-deps:6.0, a release after the snapshot, a patch never released.
  for (const ref of [
    'ghcr.io/actions/actions-runner:2.304.1',
    'ghcr.io/actions/actions-runner:2.337.0',
    'ghcr.io/actions/actions-runner:2.330.1',
    'ghcr.io/actions/actions-runner:v2.336.0',
  ])
    checkUnknown(ref, /not a runner release from 2\.305\.0 to 2\.336\.0/);
});

test('dockerfile/nodejs: the 2014–2015 automated build, FROM dockerfile/python, FROM dockerfile/ubuntu (Ubuntu 14.04)', () => {
  const src = /dockerfile\/nodejs @ 1cfb483 .*dockerfile\/python @ 54da399/;
  checkKnown([['dockerfile/nodejs', 'ubuntu-14.04', src, false]], 'inferred');
  assert.match(known('dockerfile/nodejs').publication?.frozen ?? '', /2015-03-19/);
});

test('crystallang/crystal 0.24.2 … 0.35.1: the CI-pinned distribution-scripts built them on Ubuntu 16.04, then 18.04', () => {
  const src = /crystal-lang\/crystal @ 3fe7241e .*839e8ce6 \(0\.24\.2\).*ubuntu:bionic/;
  checkKnown(
    [
      // Samples 14 and 23.
      ['crystallang/crystal:0.24.2', 'ubuntu-16.04', src, false],
      ['crystallang/crystal:0.27.2', 'ubuntu-16.04', src, false],
      ['crystallang/crystal:0.31.1-build', 'ubuntu-16.04', src, false],
      ['crystallang/crystal:0.32.0', 'ubuntu-18.04', src, false],
      ['crystallang/crystal:0.35.1-build', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  // Just outside: the last release before the CI pinned distribution-scripts; 0.36.0 is focal (vendorFamilies12.ts).
  assert.equal(lookup('crystallang/crystal:0.24.1').kind, 'unknown');
  assert.equal(known('crystallang/crystal:0.36.0').release.id, 'ubuntu-20.04');
});

test('jenkins/jnlp-slave: an honest unknown, its Linux tags were built by unrecorded Docker Hub builds', () => {
  for (const ref of ['jenkins/jnlp-slave:4.6-1-alpine', 'jenkins/jnlp-slave:4.3-9-alpine', 'jenkinsci/jnlp-slave'])
    checkUnknown(ref, /Docker Hub build of jenkinsci\/docker-inbound-agent whose tag → Dockerfile settings are not in the repository/);
});

test('steeve/cross-compiler:base: an honest unknown, pushed by hand from a Dockerfile that was jessie, then wheezy', () => {
  for (const ref of ['steeve/cross-compiler:base', 'steeve/cross-compiler:linux-x64'])
    checkUnknown(ref, /pushed by hand in 2014: .*debian:jessie .*debian:wheezy/);
});
