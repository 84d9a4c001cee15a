/**
 * vendorFamilies39.ts: the families sample 28 asked for — BuildKit and Qdrant release images by the Dockerfile at each git
 * tag, crazymax/alpine-s6 by the Alpine version its tag names, Bazzite and AlmaLinux's Atomic Desktops, the steamcmd yolk,
 * solita/ubuntu-systemd, the stackbrew/ namespace, and the honest unknowns (yasu, nestybox's Alpine images, qemux/qemu-docker).
 * One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, releaseOf } from '../../../../test/support/imageLookup';

test('moby/buildkit v0.14–v0.32 and -rootless: the Alpine of the Dockerfile at the git tag', () => {
  const src = /moby\/buildkit @ 73ed682 .*ALPINE_VERSION.*hack\/images/;
  checkKnown(
    [
      // Sample 28 (recall sample 88's 'FROM moby/buildkit' files).
      ['moby/buildkit:v0.25.0-rootless', 'alpine-3.22', src, false],
      ['moby/buildkit:v0.14.0', 'alpine-3.20', src, false],
      ['docker.io/moby/buildkit:v0.23.2', 'alpine-3.21', src, false],
      ['moby/buildkit:v0.32.2-rootless', 'alpine-3.23', src, false],
    ],
    'inferred',
  );
  // Just outside: v0.13.2 (riscv64 on alpine:edge), an rc, the moving latest and rootless, a tag not yet read.
  for (const ref of [
    'moby/buildkit:v0.13.2',
    'moby/buildkit:v0.25.0-rc1',
    'moby/buildkit:latest',
    'moby/buildkit:rootless',
    'moby/buildkit:v0.33.0',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('crazymax/alpine-s6 <X.Y>[-<s6 version>]: FROM alpine:<X.Y>; latest moves with ALPINE_LATEST', () => {
  const src = /crazy-max\/docker-alpine-s6 @ 3d88753 .*ALPINE_LATEST/;
  checkKnown(
    [
      // Sample 28 (the LibreNMS image read for recall sample 83).
      ['crazymax/alpine-s6:3.22-2.2.0.3', 'alpine-3.22', src, false],
      ['ghcr.io/crazy-max/alpine-s6:3.20', 'alpine-3.20', src, false],
      ['crazymax/alpine-s6:3.19-edge', 'alpine-3.19', src, false],
      ['crazymax/alpine-s6:latest', 'alpine-3.24', src, true],
    ],
    'inferred',
  );
  assert.match(known('crazymax/alpine-s6').movingTag?.means ?? '', /3\.24 at the commit read \(2026-07-14\)/);
  // Just outside: edge, the s6 version alone, latest-<version>.
  for (const ref of ['crazymax/alpine-s6:edge', 'crazymax/alpine-s6:3.2.1.0', 'crazymax/alpine-s6:latest-3.2.1.0']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('qdrant/qdrant v0.7–v1.19: the Dockerfile at the git tag (the CPU stage), -unprivileged the same', () => {
  const src = /qdrant\/qdrant @ 74f3e85 .*qdrant-cpu.*docker-image\.yml/;
  checkKnown(
    [
      // Sample 28 (a tailscale-in-qdrant file of recall sample 78).
      ['qdrant/qdrant:v1.2.2', 'debian-11', src, false],
      ['qdrant/qdrant:v1.3.0', 'debian-12', src, false],
      ['qdrant/qdrant:v1.15.3-unprivileged', 'debian-12', src, false],
      ['qdrant/qdrant:v1.15.4', 'debian-13', src, false],
      ['qdrant/qdrant:v0.7.0', 'debian-11', src, false],
    ],
    'inferred',
  );
  // Just outside: v0.6.0 (no image workflow), a GPU tag, the moving latest and minor tag.
  for (const ref of ['qdrant/qdrant:v0.6.0', 'qdrant/qdrant:v1.15.4-gpu-nvidia', 'qdrant/qdrant:latest', 'qdrant/qdrant:v1.15']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('Bazzite: stable-N / testing-N = Fedora N; stable and latest on Fedora 44 since 2026-04-25', () => {
  const src = /ublue-os\/bazzite @ 18a2205 .*fedora_version: 44/;
  checkKnown(
    [
      // Sample 28 (a bootc file of recall sample 80).
      ['ghcr.io/ublue-os/bazzite:stable', 'fedora-44', src, true],
      ['ghcr.io/ublue-os/bazzite-deck:stable-43', 'fedora-43', src, false],
      ['ghcr.io/ublue-os/bazzite-gnome-nvidia-open:stable-44.20260810', 'fedora-44', src, false],
      ['ghcr.io/ublue-os/bazzite:testing-44', 'fedora-44', src, false],
    ],
    'inferred',
  );
  // Just outside: the moving testing and unstable, an image the matrix does not build.
  for (const ref of ['ghcr.io/ublue-os/bazzite:testing', 'ghcr.io/ublue-os/bazzite:unstable', 'ghcr.io/ublue-os/bazzite-arch:stable']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('AlmaLinux Atomic Desktops, steamcmd:debian, solita/ubuntu-systemd, stackbrew/', () => {
  checkKnown(
    [
      // Sample 28 (recall samples 85–87).
      ['quay.io/almalinuxorg/atomic-desktop-kde:10', 'almalinux-10', /AlmaLinux\/atomic-desktop @ 70ff4f6 .*almalinux-bootc:10/, true],
      ['quay.io/almalinuxorg/atomic-desktop-gnome', 'almalinux-10', /AlmaLinux\/atomic-desktop @ 70ff4f6/, true],
      ['ghcr.io/parkervcp/steamcmd:debian', 'debian-12', /pelican-eggs\/yolks @ fac6937 .*bookworm-slim/, true],
      ['solita/ubuntu-systemd', 'ubuntu-16.04', /solita\/docker-systemd @ 81be36b .*Supported tags/, false],
      ['solita/ubuntu-systemd:bionic', 'ubuntu-18.04', /solita\/docker-systemd @ 81be36b/, false],
      ['stackbrew/ubuntu:saucy', 'ubuntu-13.10', /official-images @ 7240ebe .*namespace='stackbrew'/, false],
      ['stackbrew/debian:wheezy', 'debian-7', /official-images @ 7240ebe/, false],
    ],
    'inferred',
  );
  // Just outside: AlmaLinux's kitten tag, the steamcmd ubuntu yolk, solita's centos-7 branch, trusty (in development in 2013).
  for (const ref of [
    'quay.io/almalinuxorg/atomic-desktop-kde:10-kitten',
    'ghcr.io/parkervcp/steamcmd:ubuntu',
    'solita/ubuntu-systemd:centos-7',
    'stackbrew/ubuntu:trusty',
    'stackbrew/debian:jessie',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('honest unknowns say why: yasu FROM scratch, nestybox FROM alpine:latest, qemux/qemu-docker renamed', () => {
  checkUnknown('crazymax/yasu:latest', /FROM scratch with only the static yasu binary/);
  checkUnknown('nestybox/alpine-docker', /FROM alpine:latest/);
  checkUnknown('nestybox/alpine-supervisord-docker:latest', /FROM alpine:latest/);
  checkUnknown('qemux/qemu-docker:latest', /old name of qemux\/qemu.*Debian testing/);
});
