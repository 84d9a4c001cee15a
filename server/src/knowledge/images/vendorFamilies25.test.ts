/**
 * vendorFamilies25.ts: pandoc's images resolve through the base of the newest versions.md/config.yaml revision listing
 * their tag and stack; cybozu's Ubuntu images through the Ubuntu release their directory names. Tags outside those
 * forms (pandoc before 2022, pandoc/minimal's static stack, cybozu latest) stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('pandoc images: the stack suffix picks the base the release table names; bare tags are the alpine stack', () => {
  const src = /pandoc\/dockerfiles @ 03aae8b4 .*config\.yaml/;
  checkKnown(
    [
      // Sample 20 (pandoc/dockerfiles' own Dockerfiles).
      ['pandoc/core:3.10-alpine', 'alpine-3.24', src, false],
      ['pandoc/latex:3.10-debian', 'debian-12', src, false],
      ['pandoc/minimal:3.10-ubuntu', 'ubuntu-24.04', src, false],
      ['pandoc/core:3.7.0.2-alpine', 'alpine-3.21', src, false],
      // Older releases, from versions.md.
      ['pandoc/latex:2.19', 'alpine-3.16', src, false],
      ['pandoc/latex:2.14.2-ubuntu', 'ubuntu-20.04', src, false],
      ['pandoc/core:3.1.1', 'alpine-3.16', src, false],
      // Moving tags.
      ['pandoc/latex', 'alpine-3.24', src, true],
      ['pandoc/extra:latest-ubuntu', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('pandoc/core:3', true).movingTag?.means ?? '', /2026-06-13/);
});

test('pandoc: the static stack, tags before the release tables, and stacks a release lacked stay unknown', () => {
  for (const ref of [
    'pandoc/minimal',
    'pandoc/minimal:3.10',
    'pandoc/latex:2.6',
    'pandoc/core:2.19-debian',
    'pandoc/minimal:3.10-static',
  ]) {
    checkUnknown(ref, /not a tag the revisions of versions\.md and config\.yaml read/);
  }
});

test('cybozu Ubuntu images: the <NN.04> directory names the release, on ghcr.io and quay.io', () => {
  const src = /cybozu\/ubuntu-base @ 19dda804/;
  checkKnown(
    [
      // Sample 20 (cybozu/neco-containers).
      ['ghcr.io/cybozu/ubuntu:24.04', 'ubuntu-24.04', src, false],
      ['ghcr.io/cybozu/ubuntu:22.04', 'ubuntu-22.04', src, false],
      [
        'ghcr.io/cybozu/ubuntu-dev:24.04.20260710@sha256:e779b8941433835b11adf9140f12bb5486168486592063339bacf4cc8ab4ef65',
        'ubuntu-24.04',
        src,
        false,
      ],
      ['quay.io/cybozu/ubuntu:18.04', 'ubuntu-18.04', src, false],
      ['ghcr.io/cybozu/ubuntu-minimal:jammy-20260731.1', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  for (const ref of ['ghcr.io/cybozu/ubuntu:latest', 'ghcr.io/cybozu/ubuntu:26.04', 'ghcr.io/cybozu/ubuntu-minimal:24.04']) {
    checkUnknown(ref, /not an <NN\.04>/);
  }
});

test('wazoplatform images: latest is the master build FROM the Dockerfile’s base, dated; other tags stay unknown', () => {
  checkKnown(
    [
      // Sample 20 (wazo-platform/wazo-docker).
      ['wazoplatform/wazo-confd', 'debian-12', /wazo-platform\/wazo-confd @ 4086b2e4 .*Jenkinsfile/, true],
      ['wazoplatform/asterisk', 'debian-12', /wazo-platform\/asterisk @ c4d8091/, true],
      ['wazoplatform/wazo-auth-cli:latest', 'debian-11', /python:3\.9-slim-bullseye/, true],
    ],
    'inferred',
  );
  assert.match(known('wazoplatform/wazo-dird').movingTag?.means ?? '', /2026-07-24/);
  checkUnknown('wazoplatform/wazo-confd:24.01', /only tag the repository’s Jenkinsfile pushes/);
});

test('mhart/alpine-node: a tag resolves by the build its git tag marks; tags before the builds read stay unknown', () => {
  const src = /mhart\/alpine-node @ c8615a3 .*for each git tag/;
  checkKnown(
    [
      // Samples 19 and 20.
      ['mhart/alpine-node:12', 'alpine-3.9', src, false],
      ['mhart/alpine-node:slim-10.18', 'alpine-3.7', src, false],
      ['mhart/alpine-node:14.15.4', 'alpine-3.11', src, false],
      ['mhart/alpine-node:slim-8', 'alpine-3.6', src, false],
    ],
    'inferred',
  );
  assert.match(known('mhart/alpine-node:13').publication?.frozen ?? '', /archived/);
  // The Node.js 6 line is read in vendorFamilies31.ts.
  for (const ref of ['mhart/alpine-node:7', 'mhart/alpine-node:10.18', 'mhart/alpine-node:8']) {
    checkUnknown(ref, /not a tag whose git tag, build script and Dockerfile were read together/);
  }
});

test('CEDAR images: a release version resolves by cedar-java’s base at its release tag; cedar-microservice through cedar-java', () => {
  const src = /metadatacenter\/cedar-docker-build @ 273cbfc5 .*release-2\.7\.14/;
  checkKnown(
    [
      // Sample 20 (metadatacenter/cedar-docker-build).
      ['metadatacenter/cedar-java:2.7.14', 'ubi-9', src, false],
      ['metadatacenter/cedar-microservice:2.7.14', 'ubi-9', src, false],
      ['metadatacenter/cedar-java:2.0.0', 'centos-7', src, false],
    ],
    'inferred',
  );
  for (const ref of ['metadatacenter/cedar-java:2.7.15-SNAPSHOT', 'metadatacenter/cedar-microservice:1.6.0', 'metadatacenter/cedar-java']) {
    checkUnknown(ref, /not a CEDAR release version/);
  }
});

test('dzmuh/ubuntu-base and the images built on it: every revision of their Dockerfiles is Ubuntu 20.04', () => {
  const src = /Dzmuh\/dockerfiles @ a54abd1/;
  checkKnown(
    [
      // Sample 20 (Dzmuh/dockerfiles).
      ['dzmuh/ubuntu-base', 'ubuntu-20.04', src, false],
      ['dzmuh/ubuntu-base-x11', 'ubuntu-20.04', src, false],
      ['dzmuh/x11-common:latest', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
});

test('blacktop/yara: directory tags whose Dockerfile kept one base, and the workflow’s tags from ./4.2', () => {
  const src = /blacktop\/docker-yara @ a29f653/;
  checkKnown(
    [
      // Sample 20 (blacktop/docker-volatility).
      ['blacktop/yara:4.2', 'alpine-3.16', src, false],
      ['blacktop/yara:3.9', 'alpine-3.9', src, false],
      ['ghcr.io/blacktop/yara:3.11', 'alpine-3.10', src, false],
      ['blacktop/yara', 'alpine-3.16', src, true],
    ],
    'inferred',
  );
  checkUnknown('blacktop/yara:3.5', /named one base in every revision/);
});

test('galaxy base images (latest, dated) and the ainova base runner (Ubuntu 24.04 in every revision)', () => {
  checkKnown(
    [
      // Sample 20 (bgruening/docker-galaxy, ainova-systems/docker-runners).
      ['quay.io/bgruening/galaxy-container-base:latest', 'ubuntu-22.04', /bgruening\/docker-galaxy @ d878a21/, true],
      ['quay.io/bgruening/galaxy-cluster-base:latest', 'ubuntu-22.04', /galaxy-container-base:\$IMAGE_TAG/, true],
      ['ghcr.io/ainova-systems/docker-runners/base-runner:latest', 'ubuntu-24.04', /ainova-systems\/docker-runners @ 513e2bb/, false],
    ],
    'inferred',
  );
  assert.match(known('quay.io/bgruening/galaxy-container-base:latest').movingTag?.means ?? '', /2025-02-25/);
});

test('rancher/os-*console-base is a Dapper placeholder: unknown, saying where its base is named', () => {
  // Sample 20 (rancher/os-services) and an earlier sample's fedora console.
  for (const ref of ['rancher/os-alpineconsole-base', 'rancher/os-fedoraconsole-base']) {
    checkUnknown(ref, /placeholder that exists in no registry.*# FROM amd64=/);
  }
});

test('zabbix images: release tags in both forms resolve by the base every component had at that git tag', () => {
  const src = /zabbix\/zabbix-docker @ 66a0efd5/;
  checkKnown(
    [
      // Sample 20 (ILyaAX/zabbix-web-monitoring).
      ['zabbix/zabbix-agent2:6.4.2-ubuntu', 'ubuntu-22.04', src, false],
      ['zabbix/zabbix-server-pgsql:ubuntu-6.4.2', 'ubuntu-22.04', src, false],
      ['zabbix/zabbix-agent:alpine-5.0.20', 'alpine-3.14', src, false],
      ['zabbix/zabbix-web-nginx-mysql:7.0.5-ubuntu', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  for (const ref of ['zabbix/zabbix-agent:ubuntu-3.2-latest', 'zabbix/zabbix-server-pgsql:ubuntu-7.0.11', 'zabbix/zabbix-agent']) {
    checkUnknown(ref, /not a release tag .* read at its git tag/);
  }
});
