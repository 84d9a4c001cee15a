/**
 * vendorFamilies37.ts: minikube's kicbase versions by the Dockerfile at the commit that made each the version minikube runs,
 * multiarch/alpine <arch>-v<X.Y> as Alpine X.Y, Gitpod's workspace images' latest on Ubuntu 22.04; and the two table edits
 * sample 26 asked for (lsiobase/kasmvnc, the Docker Hub name of LinuxServer.io's kasmvnc base; NGC PyTorch 19.10). One tag
 * just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, known, lookup } from '../../../../test/support/imageLookup';

/** The release a reference resolves to as a fact, or 'unknown' (a guess from the name counts as unknown). */
function releaseOrUnknown(ref: string): string {
  const found = lookup(ref);
  return found.kind === 'known' && !found.identity.guessedFrom ? found.identity.release.id : 'unknown';
}

test('gcr.io/k8s-minikube/kicbase versions: the FROM of deploy/kicbase/Dockerfile when types.go first named them', () => {
  const src = /kubernetes\/minikube @ eb25dbc .*pkg\/drivers\/kic\/types\.go.*deploy\/kicbase\/Dockerfile/;
  checkKnown(
    [
      // Sample 26 (recall sample 77's 'FROM gcr.io/k8s-minikube/kicbase' files).
      ['gcr.io/k8s-minikube/kicbase:v0.0.22', 'ubuntu-20.04', src, false],
      ['gcr.io/k8s-minikube/kicbase:v0.0.17', 'ubuntu-20.04', src, false],
      ['gcr.io/k8s-minikube/kicbase:v0.0.18', 'ubuntu-20.04', src, false],
      [
        'gcr.io/k8s-minikube/kicbase:v0.0.15-snapshot4@sha256:ef1f485b5a1cfa4c989bc05e153f0a8525968ec999e242efff871cbb31649c16',
        'ubuntu-20.04',
        src,
        false,
      ],
      ['gcr.io/k8s-minikube/kicbase:v0.0.47', 'ubuntu-22.04', src, false],
      ['gcr.io/k8s-minikube/kicbase:v0.0.50', 'debian-12', src, false],
      // The base changed between builds: the last focal build, the first jammy one, the first bookworm one.
      ['gcr.io/k8s-minikube/kicbase-builds:v0.0.39-1683246328-16426', 'ubuntu-20.04', src, false],
      ['docker.io/kicbase/build:v0.0.39-1683580114-16069', 'ubuntu-22.04', src, false],
      ['kicbase/stable:v0.0.48', 'ubuntu-22.04', src, false],
      ['gcr.io/k8s-minikube/kicbase-builds:v0.0.48-1759382731-21643', 'debian-12', src, false],
    ],
    'inferred',
  );
  // Just outside: v0.0.10 was FROM kind's kindest/base; a version types.go never named.
  for (const ref of ['gcr.io/k8s-minikube/kicbase:v0.0.10', 'gcr.io/k8s-minikube/kicbase:v0.0.51', 'gcr.io/k8s-minikube/kicbase:latest']) {
    assert.equal(releaseOrUnknown(ref), 'unknown', ref);
  }
});

test('multiarch/alpine <arch>-v<X.Y>: a root filesystem from Alpine X.Y’s main repository', () => {
  // Sample 26 (recall sample 84's 'FROM multiarch/' files).
  const identity = known('multiarch/alpine:x86-v3.3', true);
  assert.equal(identity.release.id, 'alpine-3.3');
  assert.match(identity.inferredFrom?.source ?? '', /multiarch\/alpine @ 1571843 .*update\.sh/);
  assert.equal(known('multiarch/alpine:armhf-v3.14', true).release.id, 'alpine-3.14');
  assert.equal(known('docker.io/multiarch/alpine:aarch64-v3.12', true).release.id, 'alpine-3.12');
  // Just outside: edge and latest-stable move; a tag with no architecture.
  for (const ref of ['multiarch/alpine:armhf-edge', 'multiarch/alpine:x86_64-latest-stable', 'multiarch/alpine:v3.3']) {
    assert.equal(releaseOrUnknown(ref), 'unknown', ref);
  }
});

test('gitpod/workspace-* latest: FROM buildpack-deps:jammy since 2023-03-06, moving', () => {
  const src = /gitpod-io\/workspace-images @ 244a381 .*buildpack-deps:jammy.*dockerhub-release\.yml/;
  checkKnown(
    [
      // Sample 26 (recall samples 76 and 81).
      ['gitpod/workspace-mysql', 'ubuntu-22.04', src, true],
      ['gitpod/workspace-full-vnc', 'ubuntu-22.04', src, true],
      ['gitpod/workspace-full:latest', 'ubuntu-22.04', src, true],
      ['gitpod/workspace-python-3.12', 'ubuntu-22.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('gitpod/workspace-mysql').movingTag?.means ?? '', /since 2023-03-06.*\(2026-02-12\)/);
  // Just outside: date-stamped builds (focal before 2023-03-06), an image promote-images.yml does not list.
  for (const ref of ['gitpod/workspace-full:2022-05-01-00-00-00', 'gitpod/workspace-images', 'gitpod/openvscode-server']) {
    assert.equal(releaseOrUnknown(ref), 'unknown', ref);
  }
});

test('lsiobase/kasmvnc: the Docker Hub name of linuxserver/baseimage-kasmvnc, same branches and tags', () => {
  const src = /linuxserver\/docker-baseimage-kasmvnc.*DOCKERHUB_IMAGE = 'lsiobase\/kasmvnc'/;
  checkKnown(
    [
      // Sample 26 (recall sample 76).
      ['lsiobase/kasmvnc:debianbookworm', 'debian-12', src, false],
      ['lsiobase/kasmvnc:ubuntujammy-1.3.0-ls59', 'ubuntu-22.04', src, false],
      ['lsiobase/kasmvnc:fedora40', 'fedora-40', src, false],
    ],
    'either',
  );
  // Just outside: branches not described (kali), and latest (which branch it follows is not stated).
  for (const ref of ['lsiobase/kasmvnc:kali', 'lsiobase/kasmvnc:latest']) assert.equal(releaseOrUnknown(ref), 'unknown', ref);
});

test('nvcr.io/nvidia/pytorch 19.10: Ubuntu 18.04 by its release notes; 19.09 (not read) stays unknown', () => {
  // Sample 26 (recall sample 76).
  const identity = known('nvcr.io/nvidia/pytorch:19.10-py3', true);
  assert.equal(identity.release.id, 'ubuntu-18.04');
  assert.match(identity.inferredFrom?.source ?? '', /rel_19-10/);
  assert.equal(releaseOrUnknown('nvcr.io/nvidia/pytorch:19.09-py3'), 'unknown');
});

test('tiryoh/ros-melodic-desktop: FROM ubuntu:bionic in every build file since 2018-04; base, devel, latest move', () => {
  const src = /Tiryoh\/docker-ros-melodic-desktop @ 60a79c4 .*deploy\.yml.*FROM ubuntu:bionic/;
  checkKnown(
    [
      // Sample 26 (recall sample 76).
      ['tiryoh/ros-melodic-desktop', 'ubuntu-18.04', src, true],
      ['tiryoh/ros-melodic-desktop:devel', 'ubuntu-18.04', src, true],
      ['tiryoh/ros-melodic-desktop:base-20230212T0200', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('tiryoh/ros-melodic-desktop').movingTag?.means ?? '', /as of the commit read \(2023-02-12\)/);
  // Just outside: a tag deploy.yml never pushed.
  assert.equal(releaseOrUnknown('tiryoh/ros-melodic-desktop:kinetic'), 'unknown');
});

test('PX4 focal development images: every date tag of ros2-foxy, ros-noetic, simulation-focal, base-focal is Ubuntu 20.04', () => {
  const src = /PX4\/PX4-containers @ 5483ce7 .*Dockerfile_base-focal \(FROM ubuntu:20\.04, all 16\)/;
  checkKnown(
    [
      // Sample 26 (recall sample 82).
      ['px4io/px4-dev-ros2-foxy:2020-11-18', 'ubuntu-20.04', src, false],
      ['px4io/px4-dev-ros-noetic:2021-05-27', 'ubuntu-20.04', src, false],
      ['px4io/px4-dev-base-focal:2024-05-17', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // Just outside: latest (not described), the bionic chain.
  assert.equal(releaseOrUnknown('px4io/px4-dev-ros2-foxy:latest'), 'unknown');
  assert.equal(releaseOrUnknown('px4io/px4-dev-base-bionic:2021-05-04'), 'unknown');
});

test('ublue-os <image>-<variant>:<N> is Fedora N (FEDORA_MAJOR_VERSION=N); latest is 44 as of 2026-08-22', () => {
  // Sample 26 (recall sample 80).
  assert.equal(known('ghcr.io/ublue-os/base-main:43', true).release.id, 'fedora-43');
  assert.equal(known('ghcr.io/ublue-os/silverblue-nvidia:44-20260801', true).release.id, 'fedora-44');
  const latest = known('ghcr.io/ublue-os/kinoite-main:latest', true);
  assert.equal(latest.release.id, 'fedora-44');
  assert.match(latest.movingTag?.means ?? '', /latest := "44", as of the commit read \(2026-08-22\)/);
  // Just outside: a Fedora the release rows do not hold yet (45, the Justfile's beta), an image ublue-os/main does not build.
  assert.equal(releaseOrUnknown('ghcr.io/ublue-os/base-main:45'), 'unknown');
  assert.equal(releaseOrUnknown('ghcr.io/ublue-os/bazzite-gnome:43'), 'unknown');
});

test('quay.io/fedora/fedora-silverblue:<N> is only a labelled guess from its name (Fedora and an edition name)', () => {
  // Sample 26 (recall samples 76 and 80): no Fedora build file read says what the tag is; the hover says it is a guess.
  const found = lookup('quay.io/fedora/fedora-silverblue:43');
  assert.equal(found.kind, 'known');
  if (found.kind === 'known') {
    assert.equal(found.identity.release.id, 'fedora-43');
    assert.match(found.identity.guessedFrom ?? '', /fedora-silverblue/);
  }
  // Just outside: an edition word beside another program word is not read (cosmic is a desktop with its own versions).
  assert.equal(lookup('quay.io/fedora-ostree-desktops/cosmic-atomic:42').kind, 'unknown');
});

test('postgis/postgis tags of removed directories keep the last Dockerfile’s FROM (11-3.1: postgres:11-bullseye)', () => {
  const src = /postgis\/docker-postgis @ 51b3555 .*11-3\.1\/Dockerfile FROM postgres:11-bullseye/;
  checkKnown(
    [
      // Sample 26 (recall sample 76).
      ['postgis/postgis:11-3.1', 'debian-11', src, false],
      ['postgis/postgis:11-3.1-alpine', 'alpine-3.14', src, false],
      ['postgis/postgis:10-2.5', 'debian-9', src, false],
      ['postgis/postgis:12-3.2-alpine', 'alpine-3.16', src, false],
    ],
    'inferred',
  );
  assert.match(known('postgis/postgis:11-3.1').publication?.frozen ?? '', /directory was removed/);
  // Just outside: a directory last FROM a bare postgres:<v> (9.5-3.0), a tag never pushed.
  for (const ref of ['postgis/postgis:9.5-3.0', 'postgis/postgis:11-3.9']) assert.equal(releaseOrUnknown(ref), 'unknown', ref);
});

test('Falco release images: the Dockerfile at each git tag (no-driver debian:11-slim / 12-slim, falco buster / bookworm)', () => {
  const src = /falcosecurity\/falco @ 1307474 .*each of the 190 git tags/;
  checkKnown(
    [
      // Sample 26 (recall sample 78).
      ['falcosecurity/falco-no-driver:0.32.2', 'debian-11', src, false],
      ['falcosecurity/falco-no-driver:0.39.2', 'debian-12', src, false],
      ['falcosecurity/falco:0.30.0', 'debian-10', src, false],
      ['falcosecurity/falco:0.36.0', 'debian-12', src, false],
    ],
    'inferred',
  );
  // Just outside: no-driver 0.30.0 was FROM scratch, falco 0.29.1 FROM debian:stable, 0.40.0 on Wolfi (not listed).
  for (const ref of ['falcosecurity/falco-no-driver:0.30.0', 'falcosecurity/falco:0.29.1', 'falcosecurity/falco:0.40.0']) {
    assert.equal(releaseOrUnknown(ref), 'unknown', ref);
  }
  assert.match(
    (lookup('sysdig/falco:0.12.1') as { reason?: string }).reason ?? '',
    /FROM debian:unstable, whose contents on the build day are not recorded/,
  );
});

test('ghcr.io/browserless/<browser>:latest: on ghcr.io/browserless/base FROM ubuntu:24.04 since 2025-09-19, moving', () => {
  const src = /browserless\/browserless @ 0e2f33e .*docker\/base\/Dockerfile \(FROM ubuntu:24\.04/;
  checkKnown(
    [
      // Sample 26 (recall sample 76).
      ['ghcr.io/browserless/chromium', 'ubuntu-24.04', src, true],
      ['ghcr.io/browserless/firefox:latest', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('ghcr.io/browserless/chromium').movingTag?.means ?? '', /as of the commit read \(2026-08-21\)/);
  // Just outside: version tags (built on other Node/base versions, not read), the v1 image on Docker Hub.
  for (const ref of ['ghcr.io/browserless/chromium:v2.18.0', 'browserless/chrome:latest'])
    assert.equal(releaseOrUnknown(ref), 'unknown', ref);
});
