/**
 * vendorFamilies42.ts: the families sample 30 asked for — Judge0's compilers and API release tags, rustembedded/cross
 * <target>-0.2.x images, networkboot/dhcpd:latest, bkahlert/libguestfs and the Fedora Atomic desktop images by release.
 * One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup, releaseOf } from '../../../../test/support/imageLookup';

test('judge0/compilers 1.0.0–1.4.0 (and -slim) and judge0/judge0 1.11.0–1.13.1 rest on judge0/buildpack-deps:buster-2019-12-28', () => {
  for (const [ref, rule, cites] of [
    // Sample 30 (recall sample 96's 'FROM judge0/' files).
    ['judge0/compilers:1.4.0', 'judge0-compilers/buster', /judge0\/compilers @ 90fa29c .*slim\/Dockerfile/],
    ['judge0/compilers:1.4.0-slim', 'judge0-compilers/buster', /judge0\/compilers @ 90fa29c/],
    ['judge0/judge0:1.13.1', 'judge0-judge0/compilers', /judge0\/judge0 @ ffd7a48 .*judge0\/compilers:1\.4\.0/],
    ['judge0/judge0:1.11.0', 'judge0-judge0/compilers', /judge0\/judge0 @ ffd7a48 .*judge0\/compilers:1\.3\.0/],
  ] as const) {
    const identity = known(ref);
    assert.equal(identity.release.id, 'debian-10', ref);
    assert.equal(identity.inferredFrom?.rule, rule, ref);
    assert.match(identity.inferredFrom?.source ?? '', cites, ref);
    // The snapshot's Debian release is still read from its tag only, and the hover says so.
    assert.match(identity.guessedFrom ?? '', /buster-2019-12-28/, ref);
  }
  // Just outside: an API tag FROM judge0/api-base, -extra images, a -slim tag before slim/ existed.
  for (const ref of ['judge0/judge0:1.10.0', 'judge0/compilers:1.5.0-extra', 'judge0/compilers:1.0.0-slim', 'judge0/judge0:1.13.1-extra']) {
    assert.equal(lookup(ref).kind, 'unknown', ref);
  }
});

test('rustembedded/cross <target>-0.2.0 / -0.2.1: docker/Dockerfile.<target> at the release tag', () => {
  const src = /cross-rs\/cross .*a1ca96d .*ci\/docker_push\.sh/;
  checkKnown(
    [
      // Sample 30 (recall sample 98's file).
      ['rustembedded/cross:armv7-unknown-linux-gnueabihf-0.2.1', 'ubuntu-16.04', src, false],
      ['rustembedded/cross:x86_64-unknown-linux-musl-0.2.0', 'ubuntu-18.04', src, false],
      ['rustembedded/cross:arm-unknown-linux-gnueabihf-0.2.0', 'ubuntu-16.04', src, false],
      ['rustembedded/cross:arm-unknown-linux-gnueabihf-0.2.1', 'ubuntu-18.04', src, false],
      ['rustembedded/cross:riscv64gc-unknown-linux-gnu-0.2.1', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  // Just outside: a 0.1.x image, a target 0.2.1 had no Dockerfile for, the moving <target> tag.
  for (const ref of [
    'rustembedded/cross:armv7-unknown-linux-gnueabihf-0.1.16',
    'rustembedded/cross:riscv64gc-unknown-linux-gnu-0.2.0',
    'rustembedded/cross:armv7-unknown-linux-gnueabihf',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('networkboot/dhcpd:latest and bkahlert/libguestfs: the Dockerfile the pushing workflow builds; moving tags say when', () => {
  checkKnown(
    [
      // Sample 30 (recall samples 95 and 98).
      ['networkboot/dhcpd:latest', 'ubuntu-22.04', /networkboot\/docker-dhcpd @ e19b38a .*dockerize-latest\.yml/, true],
      ['bkahlert/libguestfs:edge', 'ubuntu-23.04', /bkahlert\/libguestfs @ 50b2c79 .*type=edge/, true],
      ['bkahlert/libguestfs:1.2', 'ubuntu-20.04', /bkahlert\/libguestfs @ 50b2c79/, false],
      ['bkahlert/libguestfs:2.0.0-beta.0', 'ubuntu-23.04', /bkahlert\/libguestfs @ 50b2c79/, false],
    ],
    'inferred',
  );
  assert.match(known('networkboot/dhcpd').movingTag?.means ?? '', /archived .*2025-01-05/);
  assert.match(known('bkahlert/libguestfs:edge').movingTag?.means ?? '', /2023-04-15/);
  // Just outside: the LDAP image, a libguestfs version never tagged.
  for (const ref of ['networkboot/dhcpd:ldap-latest', 'bkahlert/libguestfs:1.3.0', 'bkahlert/libguestfs:2.0']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('lightninglabs/bitcoin-core 27–31 and latest: every Dockerfile of those directories is FROM debian:bookworm-slim', () => {
  const src = /lightninglabs\/docker-bitcoin-core @ 52fc673 .*build\.yaml/;
  checkKnown(
    [
      // Sample 30 (recall sample 99's file).
      ['lightninglabs/bitcoin-core:latest', 'debian-12', src, true],
      ['lightninglabs/bitcoin-core:29.1', 'debian-12', src, false],
      ['lightninglabs/bitcoin-core:31.0', 'debian-12', src, false],
    ],
    'inferred',
  );
  assert.match(known('lightninglabs/bitcoin-core').movingTag?.means ?? '', /31\/ as of the commit read, 2026-04-22/);
  // Just outside: a directory before 27 (not read), the Alpine images.
  for (const ref of ['lightninglabs/bitcoin-core:26', 'lightninglabs/bitcoin-core:alpine', 'lightninglabs/bitcoin-core:31-alpine']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('ghcr.io/charles25565/rocky-i686-container is Rocky Linux 9 (i686) by every version of its Containerfile, digests too', () => {
  for (const ref of [
    // Sample 30 (recall sample 96's i686 chroot file).
    'ghcr.io/charles25565/rocky-i686-container@sha256:f1f56bbcedcc8201985913adc371f8828eedcbf2233bdb6a8a2edc5778457d3f',
    'ghcr.io/charles25565/rocky-i686-container:r9',
    'ghcr.io/charles25565/rocky-i686-container',
  ]) {
    assert.equal(known(ref, true).release.id, 'rockylinux-9', ref);
  }
  // Just outside: a branch the repository never had.
  assert.equal(releaseOf('ghcr.io/charles25565/rocky-i686-container:r8'), undefined);
});

test('islasgeci/base:latest: the push to develop, FROM rocker/tidyverse:4.1.0 (Ubuntu 20.04); stable stays unknown', () => {
  checkKnown([['islasgeci/base:latest', 'ubuntu-20.04', /IslasGECI\/docker @ 400eaf8 .*develop\.yml/, true]], 'inferred');
  assert.match(known('islasgeci/base').movingTag?.means ?? '', /2021-07-09/);
  assert.equal(releaseOf('islasgeci/base:stable'), undefined);
});

test('gentoo/stage3 stays unknown with its reason: a rolling Gentoo userland the release rows do not hold', () => {
  // Sample 30 (recall sample 98's genkernel file).
  checkUnknown('gentoo/stage3:amd64-openrc', /Gentoo.s stage3 image, a rolling Gentoo userland .*no Gentoo release row/);
  checkUnknown('gentoo/stage3', /gentoo\/stage3:latest is Gentoo/);
  // The older per-architecture repository is not read: the generic reason.
  checkUnknown('gentoo/stage3-amd64:latest', /not an image the knowledge base knows/);
});

test("billywonthappen/gcc-cross-x86_64-elf:latest: its workflow's last push, FROM debian:latest when that was bookworm", () => {
  checkKnown(
    // Sample 30 (recall sample 98's file).
    [['billywonthappen/gcc-cross-x86_64-elf', 'debian-12', /billyeatcookies\/gcc-cross-x86_64-elf @ 54cf31a .*c4720be1/, true]],
    'inferred',
  );
  assert.match(known('billywonthappen/gcc-cross-x86_64-elf:latest').movingTag?.means ?? '', /2023-08-06/);
  assert.equal(releaseOf('billywonthappen/gcc-cross-x86_64-elf:v1'), undefined);
});
