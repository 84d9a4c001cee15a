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
