/**
 * Images the sixth base-image sample found unresolved (communityImages.ts, the Jupyter commit table, retired and
 * later-pinned official tags): each resolves to the release its build files name and cites them; tags those files
 * do not determine stay unknown with a reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown as checkBase, checkUnknown, lookup, type Row } from '../../../../test/support/imageLookup';

const checkKnown = (rows: Row[]) => checkBase(rows, 'inferred');

test('Pi-hole: each release tag by src/Dockerfile at that tag (Debian 11 for v5, Alpine for v6); latest moves', () => {
  const src = /pi-hole\/docker-pi-hole @ dd91b48/;
  checkKnown([
    ['pihole/pihole:2023.01.10', 'debian-11', src, false],
    ['pihole/pihole:2025.03.0', 'alpine-3.21', src, false],
    ['pihole/pihole:2026.07.2', 'alpine-3.24', src, false],
    ['pihole/pihole:latest', 'alpine-3.24', src, true],
  ]);
  assert.equal(lookup('pihole/pihole:2022.04.1').kind, 'unknown', 'a release without src/Dockerfile is not read');
});

test('Jekyll: retired versions by the last opts.yml listing them, today’s tags by docker-bake.hcl, 3.x unknown', () => {
  const src = /envygeeks\/jekyll-docker @ 66caad6/;
  checkKnown([
    ['jekyll/jekyll:4.2.0', 'alpine-3.11', src, false],
    ['jekyll/jekyll:4.0.0', 'alpine-3.11', src, false],
    ['jekyll/jekyll:4.2.2', 'alpine-3.15', src, false],
    ['jekyll/jekyll:stable', 'alpine-3.15', src, false], // not pushed since 2022
    ['jekyll/jekyll:4', 'debian-13', src, true],
    ['jekyll/jekyll:pages', 'debian-12', src, true],
  ]);
  checkUnknown('jekyll/jekyll:3.8.6', /moving ruby:alpine/);
});

test('Ollama: every release by the Ubuntu of its runtime stage; latest on 24.04', () => {
  const src = /ollama\/ollama @ fb307609/;
  checkKnown([
    ['ollama/ollama:0.4.1', 'ubuntu-22.04', src, false],
    ['ollama/ollama:0.9.0', 'ubuntu-20.04', src, false],
    ['ollama/ollama:0.12.3', 'ubuntu-24.04', src, false],
    ['ollama/ollama', 'ubuntu-24.04', src, true],
  ]);
  assert.equal(lookup('ollama/ollama:0.0.5').kind, 'unknown', 'no Ubuntu stage in the oldest releases');
});

test('OpenResty alpine flavors by RESTY_IMAGE_TAG at each release tag and on master', () => {
  const src = /openresty\/docker-openresty @ db09395/;
  checkKnown([
    ['openresty/openresty:alpine', 'alpine-3.23', src, true],
    ['openresty/openresty:alpine-fat', 'alpine-3.23', src, true],
    ['openresty/openresty:1.21.4.1-0-alpine', 'alpine-3.15', src, false],
  ]);
});

test('Crystal: -alpine tags by the distribution-scripts commit each release pins', () => {
  const src = /crystal-lang\/crystal @ 3fe7241e/;
  checkKnown([
    ['crystallang/crystal:1.2.2-alpine', 'alpine-3.12', src, false],
    ['crystallang/crystal:1.7.3-alpine', 'alpine-3.16', src, false],
    ['crystallang/crystal:1.13.1-alpine-build', 'alpine-3.20', src, false],
    ['crystallang/crystal:latest-alpine', 'alpine-3.22', src, true],
    ['crystallang/crystal:nightly-alpine-build', 'alpine-3.24', src, true],
  ]);
  // The Ubuntu images are not resolved here: vendorFamilies12.ts gives 0.36.0 … 1.7.3 from the pinned Makefile.
  assert.equal(lookup('crystallang/crystal:1.8.0').kind, 'unknown', 'the Ubuntu images are not resolved here');
});

test('k6, MinIO, SteamCMD, Synapse, million12/varnish', () => {
  checkKnown([
    ['grafana/k6:0.45.0', 'alpine-3.17', /grafana\/k6 @ 87883075/, false],
    ['grafana/k6', 'alpine-3.24', /grafana\/k6 @ 87883075/, true],
    ['loadimpact/k6', 'alpine-3.18', /v0\.48\.0/, false],
    ['minio/minio:RELEASE.2024-05-10T01-41-38Z', 'ubi-9', /minio\/minio @ 7aac2a2c/, false],
    ['minio/minio', 'ubi-9', /minio\/minio @ 7aac2a2c/, true],
    ['steamcmd/steamcmd:ubuntu-22', 'ubuntu-22.04', /steamcmd\/docker @ 2f7f622/, false],
    ['steamcmd/steamcmd', 'ubuntu-26.04', /steamcmd\/docker @ 2f7f622/, true],
    ['matrixdotorg/synapse:v1.73.0', 'debian-11', /element-hq\/synapse @ a58ad44e/, false],
    ['ghcr.io/element-hq/synapse:v1.141.0', 'debian-13', /element-hq\/synapse @ a58ad44e/, false],
    ['matrixdotorg/synapse', 'debian-13', /element-hq\/synapse @ a58ad44e/, true],
    ['million12/varnish', 'centos-7', /million12\/docker-varnish @ 277a082/, false],
  ]);
  assert.equal(lookup('loadimpact/k6:0.49.0').kind, 'unknown', 'loadimpact/k6 stopped at 0.48.0');
  // The UBI 8 era is answered by vendorFamilies23.ts from docker-buildx.sh and Dockerfile.release at each tag.
  const ubi8 = lookup('minio/minio:RELEASE.2023-10-25T06-33-25Z');
  assert.ok(ubi8.kind === 'known' && ubi8.identity.release.id === 'ubi-8', 'UBI 8 era');
  checkUnknown('matrixdotorg/synapse:v1.30.0', /moving python:<version>-slim/);
});

test('Keycloak legacy (WildFly) images on UBI 8 minimal; Quarkus 20 on UBI 8, 21–22 on UBI 9 micro, others unknown', () => {
  checkKnown([
    ['quay.io/keycloak/keycloak:15.0.2', 'ubi-8', /keycloak\/keycloak-containers @ 033a676/, false],
    ['jboss/keycloak:16.1.1', 'ubi-8', /keycloak-containers/, false],
    ['quay.io/keycloak/keycloak:19.0.3-legacy', 'ubi-8', /keycloak-containers/, false],
    ['quay.io/keycloak/keycloak:20.0.5', 'ubi-8', /21_0_0\.adoc @ 4dcb819c/, false],
    ['quay.io/keycloak/keycloak:21.1.1', 'ubi-9', /21_0_0\.adoc/, false],
    ['quay.io/keycloak/keycloak:22.0.11', 'ubi-9', /Dockerfile @ 0463815b/, false],
  ]);
  checkUnknown('quay.io/keycloak/keycloak:19.0.3', /17–19 and of 23 on was not read/);
  checkUnknown('quay.io/keycloak/keycloak:26.3.0', /Quarkus distribution/);
  checkUnknown('quay.io/keycloak/keycloak', /Quarkus distribution/);
});

test('Azure Functions: host 3.0 python on buster; host 4 core-tools unknown (FROM moving dev container tags)', () => {
  checkKnown([['mcr.microsoft.com/azure-functions/python:3.0-python3.8', 'debian-10', /azure-functions-docker @ 020dbf31/, false]]);
  // 4-python3.X itself is given as of the newest release tag read (vendorFamilies11.ts); core-tools FROM a moving dev container tag.
  checkUnknown('mcr.microsoft.com/azure-functions/python:4-python3.11-core-tools', /host 4 images move/);
});

test('Jupyter Docker Stacks commit tags by the generated docker-stacks commit table', () => {
  const src = /jupyter\/docker-stacks @ 82093869 \(2026-08-08\): the images are also tagged with the 12-character commit/;
  checkKnown([
    ['jupyter/scipy-notebook:610bb8b938db', 'ubuntu-18.04', src, false],
    ['jupyter/scipy-notebook:016833b15ceb', 'ubuntu-20.04', src, false],
    ['quay.io/jupyter/base-notebook:820938695049', 'ubuntu-24.04', src, false],
  ]);
  checkUnknown('jupyter/scipy-notebook:0123456789ab', /does not date to an Ubuntu release/); // not a docker-stacks commit
});

test('official tags the generated history left unknown: retired solr, vault, mono; mediawiki and rabbitmq pinned later', () => {
  const solr = /docker-solr\/docker-solr/;
  checkKnown([
    ['solr:7.5', 'debian-9', solr, false],
    ['solr:6.6.2', 'debian-9', solr, false],
    ['solr:5.5.2-alpine', 'alpine-3.4', solr, false],
    ['vault:1.3.2', 'alpine-3.10', /hashicorp\/docker-vault|library\/vault$/, false],
    ['vault:0.10.1', 'alpine-3.7', /hashicorp\/docker-vault|library\/vault$/, false],
    ['mono:4.0.0', 'debian-7', /mono\/docker|library\/mono$/, false],
    ['mono:5.18.1.3', 'debian-9', /mono\/docker|library\/mono$/, false],
    ['mediawiki:1.43.9', 'debian-13', /wikimedia\/mediawiki-docker @ 618c79d/, false],
    ['mediawiki:stable', 'debian-13', /wikimedia\/mediawiki-docker @ 618c79d/, true],
    ['rabbitmq:4.1.8', 'ubuntu-24.04', /docker-library\/rabbitmq @ 9193c1d/, false],
    ['rabbitmq', 'ubuntu-24.04', /docker-library\/rabbitmq @ 9193c1d/, true],
  ]);
  assert.equal(lookup('solr:5.3.1').kind, 'unknown', 'FROM java:openjdk-8-jre, not read further');
});
