/**
 * vendorFamilies12.ts: Kibana by release from elastic/dockerfiles, Crystal's Ubuntu images of the releases whose pinned
 * distribution-scripts commit built on ubuntu:focal, cm2network/steamcmd, Zephyr's CI images and code-server's Debian
 * images; tags whose files were not read stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('docker.elastic.co/kibana/kibana: the final FROM of kibana/Dockerfile committed for each release', () => {
  const src = /elastic\/dockerfiles @ 3b01a0be .*kibana\/Dockerfile/;
  checkKnown(
    [
      // Sample 14 (8.11.1).
      ['docker.elastic.co/kibana/kibana:8.11.1', 'ubuntu-20.04', src, false],
      ['docker.elastic.co/kibana/kibana:7.9.3', 'centos-7', src, false],
      ['docker.elastic.co/kibana/kibana:7.10.0', 'centos-8', src, false],
      ['docker.elastic.co/kibana/kibana:7.16.3', 'centos-8', src, false],
      ['docker.elastic.co/kibana/kibana:7.17.0', 'ubuntu-20.04', src, false],
      ['docker.elastic.co/kibana/kibana:7.17.29', 'ubuntu-24.04', src, false],
      ['docker.elastic.co/kibana/kibana:8.19.3', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  // 8.14 … 8.18 and 9.x were not read; a moving or unversioned tag names no release.
  checkUnknown('docker.elastic.co/kibana/kibana:8.15.0', /matches no known variant/);
  checkUnknown('docker.elastic.co/kibana/kibana:latest', /matches no known variant/);
});

test('crystallang/crystal {version} and -build of 0.36.0 … 1.7.3: Ubuntu 20.04 from the pinned docker/Makefile', () => {
  const src = /crystal-lang\/distribution-scripts @ 37f308f9 .*base_docker_image=ubuntu:focal/;
  checkKnown(
    [
      // Sample 14 (1.1.1, 1.2.2) and sample 9 (1.2.1).
      ['crystallang/crystal:1.1.1', 'ubuntu-20.04', src, false],
      ['crystallang/crystal:1.2.2', 'ubuntu-20.04', src, false],
      ['crystallang/crystal:1.2.1', 'ubuntu-20.04', src, false],
      ['crystallang/crystal:0.36.0-build', 'ubuntu-20.04', src, false],
      ['crystallang/crystal:1.7.3', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // The Alpine tags keep communityImages.ts's answer.
  checkKnown([['crystallang/crystal:1.5.0-alpine', 'alpine-3.12', /crystal-lang\/crystal @ 3fe7241e/, false]], 'inferred');
  // Before the CI pinned distribution-scripts (0.24.2 … 0.35.1, xenial and bionic, are vendorFamilies35.ts') and after the
  // base moved into the Dockerfile: not listed.
  checkUnknown('crystallang/crystal:0.24.1', /matches no known variant/);
  checkUnknown('crystallang/crystal:1.8.0', /matches no known variant/);
});

test('cm2network/steamcmd: bookworm for latest/steam/root as of the newest commit read, the release tags named', () => {
  const src = /CM2Walki\/steamcmd @ f4a6e7be \(2025-10-04/;
  checkKnown(
    [
      // Sample 14 (steamcmd, steamcmd:latest).
      ['cm2network/steamcmd', 'debian-12', src, true],
      ['cm2network/steamcmd:latest', 'debian-12', src, true],
      ['cm2network/steamcmd:root', 'debian-12', src, true],
      ['cm2network/steamcmd:steam-bookworm', 'debian-12', src, false],
      ['cm2network/steamcmd:root-bullseye', 'debian-11', src, false],
    ],
    'inferred',
  );
});

test('zephyrprojectrtos/ci, ci-base, zephyr-build: Dockerfile.base of the same tag (22.04 from v0.26.0, 24.04 from v0.27.6)', () => {
  const src = /zephyrproject-rtos\/docker-image @ 1256073 .*Dockerfile\.base/;
  checkKnown(
    [
      // Sample 14 (ci:v0.26.18).
      ['zephyrprojectrtos/ci:v0.26.18', 'ubuntu-22.04', src, false],
      ['zephyrprojectrtos/ci-base:v0.27.5', 'ubuntu-22.04', src, false],
      ['ghcr.io/zephyrproject-rtos/ci:v0.27.6', 'ubuntu-24.04', src, false],
      ['zephyrprojectrtos/zephyr-build:v0.29.2', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  // Before v0.26.0 the workflow was not read; latest moves.
  checkUnknown('zephyrprojectrtos/ci:v0.25.1', /matches no known variant/);
  checkUnknown('zephyrprojectrtos/ci:latest', /matches no known variant/);
});

test('codercom/code-server: the Debian default target of each v4 release (11 up to 4.19, 12 from 4.20 to 4.112)', () => {
  const src = /coder\/code-server @ 88c2b743 .*ci\/release-image\/Dockerfile/;
  checkKnown(
    [
      // Sample 14 (4.96.4).
      ['codercom/code-server:4.96.4', 'debian-12', src, false],
      ['codercom/code-server:4.5.1', 'debian-11', src, false],
      ['codercom/code-server:4.19.1-bullseye', 'debian-11', src, false],
      ['ghcr.io/coder/code-server:4.112.0-debian', 'debian-12', src, false],
    ],
    'inferred',
  );
  // The Ubuntu/Fedora targets are not listed; latest and 4.113.0 on (Debian 13) are vendorFamilies29.ts's, from its bake file.
  const focal = lookup('codercom/code-server:4.96.4-focal');
  assert.ok(focal.kind !== 'known' || focal.identity.guessedFrom !== undefined, 'the -focal tag is at most a labelled guess');
  assert.equal(known('codercom/code-server:4.113.0').inferredFrom?.rule, 'code-server/trixie');
});
