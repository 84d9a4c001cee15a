/**
 * Classes of FROM references seen in real Dockerfiles (test/data/base-images-sample3.tsv): each test names one
 * spelling or image family and fails when that class stops resolving (or starts resolving where the sources do
 * not fix a release). One reference per class is enough to catch a regression; the samples measure coverage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../analysis/document';
import { resolveStages } from '../../analysis/stages';
import { lookup, releaseOf } from '../../../../test/support/imageLookup';

const DIGEST = 'sha256:6694d2fab9a6134274a99ad6aa53eaf7dcff7b47e7c10c2fbf51809e74659771';

test('mirrors of the Official Images resolve like the image itself', () => {
  const plain = releaseOf('node:22-bookworm-slim');
  assert.ok(plain);
  assert.equal(releaseOf('mcr.microsoft.com/mirror/docker/library/python:3.12'), releaseOf('python:3.12'));
  for (const mirror of [
    'public.ecr.aws/docker/library/node:22-bookworm-slim',
    'mirror.gcr.io/library/node:22-bookworm-slim',
    'mirror.gcr.io/node:22-bookworm-slim',
    'docker.io/library/node:22-bookworm-slim',
    'docker.io/node:22-bookworm-slim',
    'index.docker.io/library/node:22-bookworm-slim',
    'registry.hub.docker.com/library/node:22-bookworm-slim',
    'registry-1.docker.io/library/node:22-bookworm-slim',
    'library/node:22-bookworm-slim',
    'mcr.microsoft.com/mirror/docker/library/node:22-bookworm-slim',
  ]) {
    assert.equal(releaseOf(mirror), plain, mirror);
  }
  assert.equal(releaseOf('mcr.microsoft.com/mirror/docker/library/buildpack-deps:bookworm-scm'), 'debian-12');
  // NGINX's own ECR copy of the official nginx tags (sync-awsecr.sh); another repository there is not a copy.
  assert.equal(releaseOf('public.ecr.aws/z9d2n7e1/nginx:1.27-alpine'), releaseOf('nginx:1.27-alpine'));
  assert.ok(releaseOf('nginx:1.27-alpine'));
  assert.equal(releaseOf('public.ecr.aws/z9d2n7e1/nginx-unprivileged:1.27-alpine'), undefined);
});

test('per-architecture namespaces resolve like the official image', () => {
  for (const [text, release] of [
    ['arm32v7/debian:buster', 'debian-10'],
    ['arm64v8/ubuntu:20.04', 'ubuntu-20.04'],
    ['amd64/almalinux:8', 'almalinux-8'],
    ['i386/debian:bookworm-slim', 'debian-12'],
    ['ppc64le/ubuntu:16.04', 'ubuntu-16.04'],
    ['s390x/debian:stable-slim', 'debian-13'],
  ]) {
    assert.equal(releaseOf(text), release, text);
  }
});

test('a digest with a tag resolves by the tag and says it pins one build; a digest alone stays unknown', () => {
  const pinned = lookup(`docker.io/library/python:3.12.7-slim@${DIGEST}`);
  assert.equal(pinned.kind, 'known');
  if (pinned.kind === 'known') assert.equal(pinned.identity.publication?.digestPinned, true);
  assert.equal(lookup(`ubuntu@${DIGEST}`).kind, 'unknown', 'a digest does not name an Ubuntu release');
  assert.equal(lookup(`index.docker.io/library/alpine@${DIGEST}`).kind, 'unknown');
});

test('a digest alone resolves where the repository fixes the release (Red Hat ubiN, ubiN/*)', () => {
  assert.equal(releaseOf(`registry.access.redhat.com/ubi9/toolbox@${DIGEST}`), 'ubi-9');
  assert.equal(releaseOf(`registry.redhat.io/ubi9/python-311@${DIGEST}`), 'ubi-9');
  assert.equal(releaseOf(`registry.access.redhat.com/ubi8/ubi-minimal@${DIGEST}`), 'ubi-8');
});

test('RHEL application images (rhelN/*) carry the RHEL N userland; other Red Hat namespaces stay unknown', () => {
  assert.equal(releaseOf('registry.redhat.io/rhel9/nodejs-16:1-44'), 'ubi-9');
  assert.equal(releaseOf('registry.redhat.io/rhel8/nginx-114'), 'ubi-8');
  assert.equal(lookup('registry.redhat.io/openshift4/ose-operator-registry:v4.13').kind, 'unknown');
});

test('CBL-Mariner and Azure Linux base images by the release their tag names, with their dates', () => {
  assert.equal(releaseOf('mcr.microsoft.com/cbl-mariner/base/core:2.0'), 'mariner-2.0');
  assert.equal(releaseOf('mcr.microsoft.com/cbl-mariner/base/core:2.0.20251206'), 'mariner-2.0');
  assert.equal(releaseOf('mcr.microsoft.com/cbl-mariner/base/core:1.0'), 'mariner-1.0');
  assert.equal(releaseOf(`mcr.microsoft.com/cbl-mariner/base/core:2.0@${DIGEST}`), 'mariner-2.0');
  const azl = lookup(`mcr.microsoft.com/azurelinux/distroless/base:3.0.20260909@${DIGEST}`);
  assert.equal(azl.kind, 'known');
  if (azl.kind === 'known') {
    assert.equal(azl.identity.release.id, 'azurelinux-3.0');
    assert.equal(azl.identity.release.supportEnds, '2027-08-31');
  }
  const mariner2 = lookup('mcr.microsoft.com/cbl-mariner/base/core:2.0');
  if (mariner2.kind === 'known') assert.equal(mariner2.identity.release.supportEnds, '2025-07-31');
  // Azure Linux 4.0 is a public preview (published under azurelinux-beta): known, without support dates.
  const azl4 = lookup('mcr.microsoft.com/azurelinux-beta/base/core:4.0');
  assert.equal(azl4.kind, 'known');
  if (azl4.kind === 'known') {
    assert.equal(azl4.identity.release.id, 'azurelinux-4.0');
    assert.equal(azl4.identity.release.supportEnds, undefined);
  }
  // A bare language-image tag does not say which release built it.
  assert.equal(lookup('mcr.microsoft.com/cbl-mariner/base/python:3').kind, 'unknown');
});

test('a third-party tag naming a CBL-Mariner / Azure Linux release is a labelled guess, not a fact', () => {
  for (const [text, release] of [
    ['mcr.microsoft.com/cbl-mariner/base/python:3.9.14-3-cm2.0', 'mariner-2.0'],
    ['mcr.microsoft.com/azurelinux/base/nodejs:24.21.0-1-azl3.0.20261005', 'azurelinux-3.0'],
    ['example.com/tools/builder:1.4-azurelinux3.0', 'azurelinux-3.0'],
  ]) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.ok(found.identity.guessedFrom, `${text} is labelled a guess`);
  }
});

test('Microsoft Go images by the flavor their tag ends in; an unsuffixed tag stays unknown', () => {
  assert.equal(releaseOf('mcr.microsoft.com/oss/go/microsoft/golang:1.25-azurelinux3.0'), 'azurelinux-3.0');
  assert.equal(releaseOf('mcr.microsoft.com/oss/go/microsoft/golang:1.18-fips-cbl-mariner2.0'), 'mariner-2.0');
  assert.equal(releaseOf('mcr.microsoft.com/oss/go/microsoft/golang:1.21.8-3-bookworm-arm64v8'), 'debian-12');
  assert.equal(lookup('mcr.microsoft.com/oss/go/microsoft/golang:1.22').kind, 'unknown');
});

test('LinuxServer.io desktop base images by the branch their tag names', () => {
  for (const [text, release] of [
    ['ghcr.io/linuxserver/baseimage-kasmvnc:debianbookworm', 'debian-12'],
    ['ghcr.io/linuxserver/baseimage-kasmvnc:ubuntujammy', 'ubuntu-22.04'],
    ['ghcr.io/linuxserver/baseimage-kasmvnc:alpine320', 'alpine-3.20'],
    ['lscr.io/linuxserver/baseimage-kasmvnc:arm64v8-fedora41-1.3.3-ls90', 'fedora-41'],
    ['ghcr.io/linuxserver/baseimage-selkies:ubunturesolute', 'ubuntu-26.04'],
    ['ghcr.io/linuxserver/baseimage-selkies:arch', 'archlinux'],
    ['ghcr.io/linuxserver/baseimage-alpine-nginx:3.21', 'alpine-3.21'],
    ['lscr.io/linuxserver/baseimage-fedora:43', 'fedora-43'],
  ]) {
    assert.equal(releaseOf(text), release, text);
  }
  for (const text of ['ghcr.io/linuxserver/baseimage-selkies:kali', 'ghcr.io/linuxserver/baseimage-kasmvnc:latest']) {
    assert.equal(lookup(text).kind, 'unknown', text);
  }
});

test('dev container universal:2 tags are Ubuntu 20.04 (every 2.x release); other majors follow their last build', () => {
  assert.equal(releaseOf('mcr.microsoft.com/devcontainers/universal:2-linux'), 'ubuntu-20.04');
  assert.equal(releaseOf('mcr.microsoft.com/vscode/devcontainers/universal:2.13.1-focal'), 'ubuntu-20.04');
  // universal 3.0.3 (devcontainers/images @ ae2bdcbc, 2025-07-10), the last 3.x: FROM ubuntu:noble.
  assert.equal(releaseOf('mcr.microsoft.com/devcontainers/universal:3'), 'ubuntu-24.04');
  // 1.x was built by vscode-dev-containers alone, which pushed to vscode/devcontainers only.
  assert.equal(lookup('mcr.microsoft.com/devcontainers/universal:1').kind, 'unknown');
});

test('openSUSE Leap tags resolve to each Leap release with a row, older than 15.5 included', () => {
  assert.equal(releaseOf('opensuse/leap:15.4'), 'opensuse-leap-15.4');
  assert.equal(releaseOf('opensuse/leap:15.0'), 'opensuse-leap-15.0');
  assert.equal(releaseOf('registry.opensuse.org/opensuse/leap:15.6'), 'opensuse-leap-15.6');
  assert.equal(lookup('opensuse/leap:15.9').kind, 'unknown', 'no such release');
});

test('FROM with --platform, an ARG default and a digest resolves through the stage analysis', () => {
  const text = [
    'ARG PYTHON_VERSION=3.11',
    'ARG BASE_IMAGE=python:3.7-buster',
    'FROM --platform=$BUILDPLATFORM python:${PYTHON_VERSION}-slim AS builder',
    'FROM ${BASE_IMAGE}',
    `FROM --platform=linux/amd64 mcr.microsoft.com/cbl-mariner/base/core:2.0@${DIGEST}`,
  ].join('\n');
  const releases = resolveStages(buildModel(text)).map((s) =>
    s.root.kind === 'image' && s.root.lookup.kind === 'known' ? s.root.lookup.identity.release.id : s.root.kind,
  );
  assert.deepEqual(releases, [releaseOf('python:3.11-slim'), 'debian-10', 'mariner-2.0']);
  assert.ok(releases[0]?.startsWith('debian-'));
});

test('ROS images by the Ubuntu or Debian codename their tag names or, without one, the tag it aliases', () => {
  for (const [text, release] of [
    ['ros:humble-ros-core', 'ubuntu-22.04'],
    ['ros:jazzy', 'ubuntu-24.04'],
    ['ros:noetic-ros-core-buster', 'debian-10'],
    ['ros:foxy', 'ubuntu-20.04'], // no longer published: what the entry listed it with (foxy-ros-base-focal)
    ['osrf/ros:humble-desktop-full', 'ubuntu-22.04'],
    ['osrf/ros:noetic-desktop-full-focal', 'ubuntu-20.04'],
  ]) {
    assert.equal(releaseOf(text), release, text);
  }
  assert.equal(lookup('osrf/ros:rolling-desktop').kind, 'unknown', 'three Ubuntu folders retag rolling-desktop');
});

test('micromamba version tags by the one default base every build of that version used; latest as of the commit read', () => {
  assert.equal(releaseOf('mambaorg/micromamba:1.4.9'), 'debian-11');
  assert.equal(releaseOf('mambaorg/micromamba:1.5.6'), 'debian-12');
  assert.equal(releaseOf('mambaorg/micromamba:2.3.2'), 'debian-13');
  assert.equal(releaseOf('mambaorg/micromamba'), 'debian-13');
  assert.equal(lookup('mambaorg/micromamba:0.24.0').kind, 'unknown', 'built on two defaults');
});

test('.NET Core 2.2 on the "core" repositories: Debian 9 (stretch-slim; the SDK on buildpack-deps:stretch-scm)', () => {
  assert.equal(releaseOf('mcr.microsoft.com/dotnet/core/aspnet:2.2'), 'debian-9');
  assert.equal(releaseOf('mcr.microsoft.com/dotnet/core/sdk:2.2'), 'debian-9');
  assert.equal(releaseOf('mcr.microsoft.com/dotnet/core/runtime:2.2.8-stretch-slim'), 'debian-9');
});

test("Jenkins agents: today's tags by docker-bake.hcl, JDK 11 tags by the last release that built them", () => {
  assert.equal(releaseOf('jenkins/inbound-agent:latest'), 'debian-13');
  assert.equal(releaseOf('jenkins/agent:alpine-jdk17'), 'alpine-3.23');
  assert.equal(releaseOf('jenkins/agent:alpine-jdk11'), 'alpine-3.20');
  assert.equal(releaseOf('jenkins/inbound-agent:jdk11'), 'debian-12');
  assert.equal(releaseOf('jenkins/agent:bookworm-jdk17'), 'debian-12');
  // Release tags by the docker-bake.hcl of that release (from 3148.v532a_7e715ee3-6, 2023-09); older releases unknown.
  assert.equal(releaseOf('jenkins/agent:3355.v388858a_47b_33-5'), 'debian-13');
  assert.equal(releaseOf('jenkins/inbound-agent:3206.vb_15dcf73f6a_9-4-jdk17'), 'debian-12');
  assert.equal(releaseOf('jenkins/inbound-agent:3148.v532a_7e715ee3-6-alpine3.18-jdk11'), 'alpine-3.18');
  assert.equal(releaseOf('jenkins/agent:3261.v9c670a_4748a_9-8-alpine-jdk21'), 'alpine-3.20');
  assert.equal(lookup('jenkins/inbound-agent:4.7-1').kind, 'unknown', 'before docker-bake.hcl named the bases');
  assert.equal(lookup('jenkins/inbound-agent:3206.vb_15dcf73f6a_9-4-jdk17-nanoserver-1809').kind, 'unknown', 'Windows');
});

test('retired official tags the generated history left unknown: haskell 8.x, rails', () => {
  assert.equal(releaseOf('haskell:8.6.5'), 'debian-9');
  assert.equal(releaseOf('haskell:8.0'), 'debian-8');
  const rails = lookup('rails');
  assert.equal(rails.kind, 'known');
  if (rails.kind === 'known') {
    assert.equal(rails.identity.release.id, 'debian-8');
    assert.equal(rails.identity.publication?.lastPublished, '2017-05');
  }
});

test('rhelN/rhel-bootc is the bootable container of image mode for RHEL, not an application image', () => {
  const bootc = lookup('registry.redhat.io/rhel9/rhel-bootc:9.4');
  assert.equal(bootc.kind, 'known');
  if (bootc.kind === 'known') {
    assert.equal(bootc.identity.release.id, 'ubi-9');
    assert.match(bootc.identity.variant ?? '', /bootable container/);
  }
  assert.equal(releaseOf('registry.redhat.io/rhel10/rhel-bootc'), 'ubi-10');
});

test('a tag naming <distro>-<major> as two words (the early ocaml/opam tags) is a labelled guess of that release', () => {
  // avsm/ocaml-docker-scripts @ 86fd0728 (2016-01-08): dockerfile-ocaml.ml maps "centos-7" to the centos7 base and its
  // generated <distro>_ocaml-<version>_core branches build FROM ocaml/opam:centos-7_ocaml-4.03.0_trunk.
  for (const [text, release, word] of [
    ['ocaml/opam:centos-7_ocaml-4.03.0_trunk', 'centos-7', 'centos-7'],
    ['ocaml/opam:fedora-23_ocaml-4.02.3', 'fedora-23', 'fedora-23'],
    ['ocaml/opam:oraclelinux-7_ocaml-4.02.3', 'oraclelinux-7', 'oraclelinux-7'],
    ['example.com/team/builder:1.4-centos-6', 'centos-6', 'centos-6'],
  ]) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.match(found.identity.guessedFrom ?? '', new RegExp(`names ${word};`), `${text} is labelled a guess`);
  }
  // Two releases named, or a number that is no major of that distribution, name nothing.
  assert.equal(lookup('example.com/team/builder:centos-7-debian-11').kind, 'unknown');
  assert.equal(lookup('example.com/team/builder:fedora-2').kind, 'unknown');
});
