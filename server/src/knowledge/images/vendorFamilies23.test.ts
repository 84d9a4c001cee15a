/**
 * vendorFamilies23.ts: images of the nineteenth sample (Dockerfiles that rely on the host kernel) whose own build files tie
 * a tag to one base — jrei/systemd-*, asciidoctor/docker-asciidoctor, delfer/alpine-ftp-server and the osrf/ros aliases
 * that only the retired Docker Hub hooks made — and the tags they leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, lookup } from '../../../../test/support/imageLookup';

test('jrei/systemd-* version and codename tags are that release; latest is the newest matrix version', () => {
  const src = /j8r\/dockerfiles @ b2884bb .*systemd\/<distro>\/<version>\.Dockerfile until c6745c7/;
  checkKnown(
    [
      // Sample 19 (STOPSIGNAL SIGRTMIN+3, RUN apt-get install -y nfs-common).
      ['jrei/systemd-debian:12', 'debian-12', src, false],
      ['jrei/systemd-ubuntu:20.04', 'ubuntu-20.04', src, false],
      ['jrei/systemd-debian:bookworm', 'debian-12', src, false],
      ['jrei/systemd-ubuntu:focal', 'ubuntu-20.04', src, false],
      ['jrei/systemd-fedora:42', 'fedora-42', src, false],
      ['jrei/systemd-centos:7', 'centos-7', src, false],
      ['jrei/systemd-debian', 'debian-13', src, true],
      ['jrei/systemd-ubuntu:latest', 'ubuntu-26.04', src, true],
    ],
    'inferred',
  );
  // A version the workflow never built is not answered from these rows.
  const old = lookup('jrei/systemd-ubuntu:14.04');
  assert.ok(old.kind !== 'known' || !old.identity.inferredFrom?.source.includes('b2884bb'));
});

test('asciidoctor/docker-asciidoctor release tags are the Alpine version of their Dockerfile; latest/main the newest', () => {
  const src = /asciidoctor\/docker-asciidoctor @ a39b8dd .*IMAGE_VERSION=/;
  checkKnown(
    [
      // Sample 19 (ENTRYPOINT ["dockerd-entrypoint.sh"] on asciidoctor/docker-asciidoctor).
      ['asciidoctor/docker-asciidoctor', 'alpine-3.23', src, true],
      ['asciidoctor/docker-asciidoctor:main', 'alpine-3.23', src, true],
      ['asciidoctor/docker-asciidoctor:1.8.0', 'alpine-3.14', src, false],
      ['asciidoctor/docker-asciidoctor:1.9.0', 'alpine-3.13', src, false],
      ['asciidoctor/docker-asciidoctor:1.60.0', 'alpine-3.18', src, false],
      ['asciidoctor/docker-asciidoctor:1.100.0', 'alpine-3.22', src, false],
    ],
    'inferred',
  );
  // Major and major.minor tags move with the newest release of their line; releases before the tag deploys are not read.
  for (const ref of ['asciidoctor/docker-asciidoctor:1', 'asciidoctor/docker-asciidoctor:1.60', 'asciidoctor/docker-asciidoctor:1.7.0']) {
    const found = lookup(ref);
    assert.ok(found.kind !== 'known' || !found.identity.inferredFrom?.source.includes('a39b8dd'), ref);
  }
});

test('delfer/alpine-ftp-server:latest is the Alpine 3.19 build of the newest push', () => {
  checkKnown([['delfer/alpine-ftp-server', 'alpine-3.19', /8989ee2 .*ARG BASE_IMG=alpine:3\.19/, true]], 'inferred');
});

test('osrf/ros aliases made only by the retired post_push hooks are the Ubuntu release of their folder', () => {
  const src = /osrf\/docker_images @ 90e16975 .*hooks\/post_push/;
  checkKnown(
    [
      // Sample 19 (ENV NVIDIA_DRIVER_CAPABILITIES on osrf/ros:kinetic-desktop-full).
      ['osrf/ros:kinetic-desktop-full', 'ubuntu-16.04', src, false],
      ['osrf/ros:indigo-desktop', 'ubuntu-14.04', src, false],
      ['osrf/ros:dashing-desktop', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  // ardent, bouncy, crystal, dashing and eloquent had a hook for desktop only.
  const found = lookup('osrf/ros:dashing-desktop-full');
  assert.ok(found.kind !== 'known' || !found.identity.inferredFrom?.source.includes('90e16975'));
});

test('balena/open-balena-base:no-systemd-<version> follows the balenalib image of Dockerfile.no-systemd at that git tag', () => {
  const src = /open-balena-base @ 041e496 .*Dockerfile\.no-systemd → balena\/open-balena-base:no-systemd/;
  checkKnown(
    [
      // Sample 19 (STOPSIGNAL SIGRTMIN+3 on balena/open-balena-base:no-systemd-13.0.4).
      ['balena/open-balena-base:no-systemd-13.0.4', 'debian-11', src, false],
      ['balena/open-balena-base:no-systemd-11.3.12', 'debian-10', src, false],
    ],
    'inferred',
  );
  // Versions after v13.5.2 build no no-systemd variant; plain version tags are not answered by these rows.
  for (const ref of ['balena/open-balena-base:no-systemd-14.0.0', 'balena/open-balena-base:13.0.4']) {
    const found = lookup(ref);
    assert.ok(found.kind !== 'known' || !found.identity.inferredFrom?.source.includes('041e496'), ref);
  }
});

test('minio/minio RELEASE tags before 2023-11 follow Dockerfile.release at the tag that docker-buildx.sh pushed', () => {
  const src = /minio\/minio @ 7aac2a2c .*docker-buildx\.sh/;
  checkKnown(
    [
      // Sample 19 (RUN apk add --no-cache fuse on minio/minio:RELEASE.2022-05-03T20-36-08Z).
      ['minio/minio:RELEASE.2022-05-03T20-36-08Z', 'ubi-8', src, false],
      ['minio/minio:RELEASE.2020-12-03T00-03-10Z', 'alpine-3.12', src, false],
      ['quay.io/minio/minio:RELEASE.2021-06-14T01-29-23Z', 'ubi-8', src, false],
      ['minio/minio:RELEASE.2023-10-25T06-33-25Z', 'ubi-8', src, false],
    ],
    'inferred',
  );
  // quay.io tags before docker-buildx.sh pushed there, and Docker Hub tags before the script, are not answered here.
  for (const ref of ['quay.io/minio/minio:RELEASE.2021-06-09T18-51-39Z', 'minio/minio:RELEASE.2020-11-25T22-36-25Z']) {
    const found = lookup(ref);
    assert.ok(found.kind !== 'known' || !found.identity.inferredFrom?.source.includes('docker-buildx.sh'), ref);
  }
});

test('nuvla/job-lite release tags follow container-lite/Dockerfile at the tag release.sh deployed', () => {
  const src = /nuvla\/job-engine @ 550a997 .*container-lite\/pom\.xml/;
  checkKnown(
    [
      // Sample 19 (RUN apk add --no-cache openvpn on nuvla/job-lite:3.3.0, made concrete from its ARG default).
      ['nuvla/job-lite:3.3.0', 'alpine-3.18', src, false],
      ['nuvla/job-lite:3.2.7', 'alpine-3.12', src, false],
    ],
    'inferred',
  );
  // 2.11.0 … 2.14.1 were FROM the moving python:3.8-alpine, so their Alpine release is not read from these rows.
  const moving = lookup('nuvla/job-lite:2.12.0');
  assert.ok(moving.kind !== 'known' || !moving.identity.inferredFrom?.source.includes('550a997'));
});
