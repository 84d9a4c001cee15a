/**
 * Third-party images resolved from their own build files (thirdParty.ts): each family resolves to the
 * release its build file names and cites that file; tags the build files read do not determine stay
 * unknown with a reason instead of being guessed from the name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { known, lookup } from '../../../../test/support/imageLookup';

function unknown(text: string, reason: RegExp): void {
  const found = lookup(text);
  assert.equal(found.kind, 'unknown', `${text}: ${JSON.stringify(found)}`);
  if (found.kind === 'unknown') assert.match(found.reason, reason, text);
}

/** [reference, release id, source must cite, moving tag?] */
type Row = [string, string, RegExp, boolean];

function check(rows: Row[]): void {
  for (const [text, release, source, moving] of rows) {
    const id = known(text, true);
    assert.equal(id.release.id, release, text);
    assert.match(id.inferredFrom?.source ?? '', source, `${text}: cites its build file`);
    assert.equal(id.movingTag !== undefined, moving, `${text}: moving tag`);
  }
}

test('dev container images: the variant a tag names is its base; unsuffixed tags follow today’s manifests', () => {
  const devcontainers = /devcontainers\/images @ bed3eb26 \(2026-07-01\): .*manifest\.json/;
  const legacy = /microsoft\/vscode-dev-containers @ 9ead9dfe/;
  check([
    ['mcr.microsoft.com/devcontainers/base:bookworm', 'debian-12', devcontainers, false],
    ['mcr.microsoft.com/devcontainers/base:ubuntu-22.04', 'ubuntu-22.04', devcontainers, false],
    ['mcr.microsoft.com/devcontainers/base:alpine3.21', 'alpine-3.21', devcontainers, false],
    ['mcr.microsoft.com/devcontainers/javascript-node:1-20-bookworm', 'debian-12', devcontainers, false],
    ['mcr.microsoft.com/vscode/devcontainers/base:0-ubuntu-20.04', 'ubuntu-20.04', legacy, false],
    ['mcr.microsoft.com/vscode/devcontainers/java:1-8-buster', 'debian-10', legacy, false],
    ['mcr.microsoft.com/vscode/devcontainers/dotnet:6.0-focal', 'ubuntu-20.04', legacy, false],
    ['devcon.azurecr.io/public/vscode/devcontainers/base:bionic', 'ubuntu-18.04', legacy, false],
    ['mcr.microsoft.com/devcontainers/base', 'debian-13', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/base:ubuntu', 'ubuntu-26.04', devcontainers, true],
    ['mcr.microsoft.com/vscode/devcontainers/base:ubuntu', 'ubuntu-26.04', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/base:alpine', 'alpine-3.23', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/dotnet', 'ubuntu-24.04', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/dotnet:8.0', 'debian-12', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/python:3', 'debian-13', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/typescript-node:22', 'debian-13', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/jekyll', 'debian-12', devcontainers, true],
    ['mcr.microsoft.com/devcontainers/universal:linux', 'ubuntu-24.04', devcontainers, true],
    // The final stage (devcontainers/base:1-bookworm), not the continuumio upstream stage.
    ['mcr.microsoft.com/devcontainers/anaconda:3', 'debian-12', devcontainers, true],
  ]);
  // The image adds a toolchain to its base: the base's "slim" variant does not describe it.
  assert.equal(known('mcr.microsoft.com/devcontainers/dotnet:9.0', true).variant, 'dev container');
  // Tags today's manifests no longer build follow their last build (devcontainerHistory.test.ts): javascript-node 1.0.4
  // (2023-09-13) FROM node:16-bookworm; universal 3.0.3 (2025-07-10) FROM ubuntu:noble. Tags never built stay unknown.
  assert.equal(known('mcr.microsoft.com/devcontainers/javascript-node:16', true).release.id, 'debian-12');
  assert.equal(known('mcr.microsoft.com/vscode/devcontainers/universal:3-linux', true).release.id, 'ubuntu-24.04');
  unknown('mcr.microsoft.com/devcontainers/javascript-node:9', /no longer build/);
  unknown('mcr.microsoft.com/vscode/devcontainers/universal:0.0.1', /names an image version/);
  // Major 2 is fixed by the image's own history files (every 2.x release: Ubuntu 20.04).
  assert.equal(known('mcr.microsoft.com/vscode/devcontainers/universal:2-linux', true).release.id, 'ubuntu-20.04');
});

test('Jupyter Docker Stacks: ubuntu-NN.NN tags, latest on Quay.io, the frozen Docker Hub latest, dated builds', () => {
  const src = /jupyter\/docker-stacks @ 82093869 \(2026-08-08\): images\/docker-stacks-foundation\/Dockerfile FROM ubuntu:24\.04/;
  check([
    ['quay.io/jupyter/scipy-notebook', 'ubuntu-24.04', src, true],
    ['quay.io/jupyter/pytorch-notebook:cuda12-latest', 'ubuntu-24.04', src, true],
    ['quay.io/jupyter/base-notebook:ubuntu-22.04', 'ubuntu-22.04', src, false],
    ['quay.io/jupyter/minimal-notebook:2025-03-03', 'ubuntu-24.04', src, false],
    ['quay.io/jupyter/minimal-notebook:x86_64-2026-08-03', 'ubuntu-24.04', src, false],
    // Pushed to Docker Hub until 2023-10-20 only: latest there is that last build, on 22.04, and does not move.
    ['jupyter/datascience-notebook', 'ubuntu-22.04', src, false],
    ['jupyter/base-notebook:2023-10-20', 'ubuntu-22.04', src, false],
  ]);
  unknown('quay.io/jupyter/base-notebook:2024-08-30', /does not date to an Ubuntu release/); // the day the base changed
  unknown('quay.io/jupyter/base-notebook:2026-09-01', /does not date/); // after the commit read
  unknown('quay.io/jupyter/scipy-notebook:python-3.12', /software version/);
  unknown('jupyter/repo2docker', /not an image the knowledge base knows/); // not a docker-stacks image
});

test('prom/prometheus and the exporters: latest on quay.io/prometheus/busybox (uClibc), -distroless on static-debian13; versions unknown', () => {
  const src = /prometheus\/prometheus @ d15adb9a \(2026-08-21\): Dockerfile FROM quay\.io\/prometheus\/busybox/;
  check([
    ['prom/prometheus:latest', 'busybox-uclibc', src, true],
    ['quay.io/prometheus/prometheus:main', 'busybox-uclibc', src, true],
    ['prom/prometheus:v3.9.0-distroless', 'distroless-static-debian13', src, false],
    ['prom/node-exporter', 'busybox-uclibc', src, true],
    ['quay.io/prometheus/alertmanager:latest', 'busybox-uclibc', src, true],
    ['prom/blackbox-exporter:v0.27.0-distroless', 'distroless-static-debian13', src, false],
  ]);
  unknown('prom/pushgateway:v1.4.0', /names a version/);
  assert.match(known('prom/prometheus', true).movingTag?.means ?? '', /glibc variant on ppc64le and s390x/);
  // The v1.x git tags resolve in vendorFamilies32.ts; a later version tag still names a version only.
  unknown('prom/prometheus:v2.0.0', /names a version/);
});

test('Cloud Build builders: gcloud/git/kubectl on Ubuntu 22.04, docker/wget on Ubuntu 20.04; others unknown', () => {
  const src =
    /GoogleCloudPlatform\/cloud-builders @ b70cb2af \(2026-06-11\): gcloud\/Dockerfile\.slim FROM marketplace\.gcr\.io\/google\/ubuntu2204/;
  check([
    ['gcr.io/cloud-builders/gcloud', 'ubuntu-22.04', src, true],
    ['gcr.io/cloud-builders/gcloud-slim', 'ubuntu-22.04', src, true],
    ['gcr.io/cloud-builders/git', 'ubuntu-22.04', src, true],
    ['gcr.io/cloud-builders/kubectl', 'ubuntu-22.04', src, true],
    ['gcr.io/cloud-builders/docker', 'ubuntu-20.04', src, true],
    ['gcr.io/cloud-builders/wget', 'ubuntu-20.04', src, true],
  ]);
  // go, npm and mvn are built FROM a digest or a moving tag passed at build time.
  unknown('gcr.io/cloud-builders/go', /not an image the knowledge base knows/);
});

test('aquasec/trivy: latest and every release v0.1.7 … v0.74.0 by the Alpine release of its Dockerfile', () => {
  const src = /aquasecurity\/trivy @ dc3c56ee \(2026-08-21\): Dockerfile FROM alpine:3\.24\.1/;
  check([
    ['aquasec/trivy', 'alpine-3.24', src, true],
    ['ghcr.io/aquasecurity/trivy:latest-arm64', 'alpine-3.24', src, true],
    ['aquasec/trivy:0.1.7', 'alpine-3.10', src, false],
    ['aquasec/trivy:0.9.2', 'alpine-3.12', src, false],
    ['aquasec/trivy:0.50.1', 'alpine-3.19', src, false],
    ['public.ecr.aws/aquasecurity/trivy:0.58.1-amd64', 'alpine-3.20', src, false],
    ['aquasec/trivy:0.74.0', 'alpine-3.24', src, false],
  ]);
  unknown('aquasec/trivy:0.75.0', /not a release whose Dockerfile was read/);
  unknown('aquasec/trivy:0.0.4', /not a release whose Dockerfile was read/); // built FROM golang:1.12-alpine
});

test('amazon/aws-cli: Amazon Linux 2 up to 2.27.50, Amazon Linux 2023 from 2.27.51', () => {
  const src = /aws\/aws-cli @ 73fb33bb .*at the release tags 2\.0\.6 … 2\.27\.50 FROM amazonlinux:2/;
  check([
    ['amazon/aws-cli', 'amazonlinux-2023', src, true],
    ['amazon/aws-cli:2.0.6', 'amazonlinux-2', src, false],
    ['amazon/aws-cli:2.13.0', 'amazonlinux-2', src, false],
    ['amazon/aws-cli:2.27.50', 'amazonlinux-2', src, false],
    ['amazon/aws-cli:2.27.51', 'amazonlinux-2023', src, false],
    ['public.ecr.aws/aws-cli/aws-cli:2.36.7', 'amazonlinux-2023', src, false],
  ]);
  unknown('amazon/aws-cli:2.36.8', /not a release whose docker\/Dockerfile was read/);
  unknown('amazon/aws-cli:2.0.5', /not a release/);
});

test('mcr.microsoft.com/playwright: v<version>-<flavor> and the bare version tag by the default flavor of that release', () => {
  const src = /microsoft\/playwright @ d4e1023f \(2026-08-21\): utils\/docker\/Dockerfile\.<flavor> FROM ubuntu:<flavor>/;
  check([
    ['mcr.microsoft.com/playwright:v1.48.0-noble', 'ubuntu-24.04', src, false],
    ['mcr.microsoft.com/playwright:v1.48.0-jammy-arm64', 'ubuntu-22.04', src, false],
    ['mcr.microsoft.com/playwright:v1.17.2-focal', 'ubuntu-20.04', src, false],
    ['mcr.microsoft.com/playwright:v1.32.3', 'ubuntu-20.04', src, false],
    ['mcr.microsoft.com/playwright:v1.33.0', 'ubuntu-22.04', src, false],
    ['mcr.microsoft.com/playwright:v1.46.1', 'ubuntu-22.04', src, false],
    ['mcr.microsoft.com/playwright:v1.47.0', 'ubuntu-24.04', src, false],
    ['mcr.microsoft.com/playwright:v1.62.1', 'ubuntu-24.04', src, false],
    // No longer pushed since v1.47.0: its last build, not a moving tag.
    ['mcr.microsoft.com/playwright:latest', 'ubuntu-22.04', /latest was last pushed by v1\.46\.x/, false],
  ]);
  unknown('mcr.microsoft.com/playwright:v1.63.0', /not a release tag whose build files were read/);
  unknown('mcr.microsoft.com/playwright:v1.17.1', /not a release tag/);
});

test('Cypress images: latest on the factory base debian:13.6-slim; version tags unknown', () => {
  const src = /cypress-io\/cypress-docker-images @ a8a9b6d9 \(2026-07-24\): factory\/\.env BASE_IMAGE='debian:13\.6-slim'/;
  check([
    ['cypress/included', 'debian-13', src, true],
    ['cypress/browsers:latest', 'debian-13', src, true],
    ['cypress/factory', 'debian-13', src, true],
  ]);
  unknown('cypress/included:15.20.1', /names a version/);
});

test('tensorflow/tensorflow: latest and nightly tags from tensorflow/build runtime Dockerfiles; version tags unknown', () => {
  const src = /tensorflow\/build @ 5b1c7530 \(2026-02-18\): tensorflow_runtime_dockerfiles\/README\.md/;
  check([
    ['tensorflow/tensorflow', 'ubuntu-22.04', src, true],
    ['tensorflow/tensorflow:nightly-jupyter', 'ubuntu-22.04', src, true],
  ]);
  // FROM nvidia/cuda:12.3.0-base-ubuntu22.04: NVIDIA's build is not read, so the release stays a labelled guess.
  const gpu = lookup('tensorflow/tensorflow:latest-gpu');
  assert.ok(gpu.kind === 'known', JSON.stringify(gpu));
  assert.equal(gpu.identity.release.id, 'ubuntu-22.04');
  assert.match(gpu.identity.guessedFrom ?? '', /names ubuntu22\.04/);
  assert.match(gpu.identity.inferredFrom?.source ?? '', src);
  // 2.16 … 2.20.0 are read from the files of their time in vendorFamilies11.ts; 2.15 straddles the CUDA base change.
  unknown('tensorflow/tensorflow:2.15.0-gpu', /which base this build used is not recorded/);
  unknown('tensorflow/tensorflow:latest-py3', /not recorded/);
});

test('selenium/*: release builds by the date every tag ends with; bare versions built on one base', () => {
  const src = /SeleniumHQ\/docker-selenium @ 3290a305 \(2024-10-24, the newest commit read\): Base\/Dockerfile FROM ubuntu:noble/;
  check([
    ['selenium/standalone-chrome:4.25.0-20241024', 'ubuntu-24.04', src, false],
    ['selenium/node-firefox:4.20.0-20240505', 'ubuntu-22.04', src, false],
    ['selenium/hub:3.141.59-20200326', 'ubuntu-18.04', src, false],
    // 4.15.0 was built on focal (…-20231108) and then on jammy (…-20231110).
    ['selenium/standalone-chrome:4.15.0-20231108', 'ubuntu-20.04', src, false],
    ['selenium/standalone-chrome:4.15.0-20231110', 'ubuntu-22.04', src, false],
    ['selenium/standalone-chrome:129.0-chromedriver-129.0-grid-4.25.0-20241010', 'ubuntu-24.04', src, false],
    ['selenium/node-chrome:4.10.0', 'ubuntu-20.04', src, false],
    ['selenium/standalone-edge:4.24.0', 'ubuntu-24.04', src, false],
  ]);
  unknown('selenium/standalone-chrome:4.15.0', /more than one base/);
  unknown('selenium/standalone-chrome:4', /not a release build whose files were read/);
  unknown('selenium/standalone-chrome:4.26.0-20241101', /not a release build/);
});

test('continuumio/miniconda3 and anaconda3: release tags by the Dockerfile of their flavor at the release tag; other tags unknown', () => {
  const src = /ContinuumIO\/docker-images @ dc64b234 \(2024-07-02, the newest commit read\)/;
  check([
    ['continuumio/miniconda3:4.10.3', 'debian-10', src, false],
    ['continuumio/miniconda3:23.10.0-1', 'debian-11', src, false],
    ['continuumio/miniconda3:24.5.0-0', 'debian-12', src, false],
    ['continuumio/anaconda3:2023.09-0', 'debian-11', src, false],
    ['continuumio/anaconda3:2024.06-1-amazonlinux', 'amazonlinux-2', src, false],
  ]);
  // FROM frolvlad/alpine-glibc:alpine-3.17, whose builds vendorFamilies8 reads (its alpine-3.17 branch): a fact, not a guess.
  const alpine = lookup('continuumio/miniconda3:22.11.1-alpine');
  assert.ok(alpine.kind === 'known' && alpine.identity.release.id === 'alpine-3.17' && alpine.identity.guessedFrom === undefined);
  // The Debian workflow of that time also matched the -alpine release tag: two builds under one name.
  unknown('continuumio/miniconda3:4.10.3-alpine', /no release build files read fix this tag's base/);
  unknown('continuumio/miniconda3:4.5.12', /2024-07-02, names debian:12\.6-slim; latest and main are given as of that commit/);
  unknown('continuumio/anaconda3:2019.03', /no release build files read/);
});

test('Bitnami: tags naming their debian-NN flavor, minideb by codename; rolling tags unknown', () => {
  const src = /bitnami\/containers @ 078f764c .*FROM docker\.io\/bitnami\/minideb:bookworm, ENV OS_FLAVOUR="debian-12"/;
  const minideb = /bitnami\/minideb @ 1cd8d339 \(2026-06-26\)/;
  check([
    ['bitnami/postgresql:16.4.0-debian-12-r5', 'debian-12', src, false],
    ['bitnami/redis:7.2-debian-11', 'debian-11', src, false],
    ['bitnamilegacy/kafka:3.9.0-debian-12-r1', 'debian-12', src, false],
    ['bitnami/minideb:bullseye', 'debian-11', minideb, false],
    ['bitnami/minideb', 'debian-12', minideb, true],
  ]);
  unknown('bitnami/postgresql:16', /does not name its OS flavor/);
  unknown('bitnami/kubectl', /does not name its OS flavor/);
});

test('images whose build is not known stay unknown with the reason from their repository', () => {
  unknown('hashicorp/terraform:1.9', /closed-source release process/);
  unknown('hashicorp/terraform', /closed-source release process/);
  unknown('nixos/nix', /not built on a distribution image/);
});
