/**
 * vendorFamilies21.ts and the Lambda mirror in resolve.ts: images of the eighteenth sample (ordinary projects) that no
 * earlier sample had — minidocks/base and webuni/base, craftcms/{cli,php-fpm,nginx}, itzg/minecraft-server variants,
 * wunderio/silta-php-{fpm,shell}, the 2014 dockerfile/* automated builds, amazon/aws-lambda-<runtime> on Docker Hub — and
 * the honest unknowns among their tags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('minidocks/base and webuni/base: a 3.N tag (and 3.N-build) is alpine:3.N in every revision of base/', () => {
  const src = /minidocks\/images @ 32d8a992 .*FROM alpine:\$version.*base\/3\.4 … base\/3\.9\/Dockerfile FROM alpine:3\.N/;
  checkKnown(
    [
      // Sample 18 (minidocks/images: mariadb/Dockerfile, nginx/1.12/Dockerfile, python/Dockerfile, postfix/3/Dockerfile).
      ['minidocks/base:3.12', 'alpine-3.12', src, false],
      ['minidocks/base:3.7', 'alpine-3.7', src, false],
      ['minidocks/base:3.23-build', 'alpine-3.23', src, false],
      ['webuni/base:3.7', 'alpine-3.7', src, false],
      ['minidocks/base', 'alpine-3.23', src, true],
      ['minidocks/base:build', 'alpine-3.23', src, true],
    ],
    'inferred',
  );
  // 3.3 was FROM webuni/gosu, not alpine:3.3.
  checkUnknown('webuni/base:3.3', /3\.3 was FROM webuni\/gosu/);
  checkUnknown('minidocks/base:edge', /edge follows Alpine edge/);
  // The collection's other images take a base version per tag from build files not read.
  checkUnknown('minidocks/python:3.7', /chosen per tag by the image’s build\.sh/);
});

test('craftcms images: 8.0 on Alpine 3.16, 8.1 and 8.2 on Alpine 3.20, nginx FROM the php-fpm image', () => {
  const src = /craftcms\/docker @ 3d27ef3 .*8\.0\/Dockerfile FROM php:\$\{PHP_VERSION\}-\$\{PROJECT_TYPE\}-alpine3\.16/;
  checkKnown(
    [
      // Sample 18 (porter-dev/craftcms: console.Dockerfile, web.Dockerfile).
      ['craftcms/cli:8.0', 'alpine-3.16', src, true],
      ['craftcms/nginx:8.0', 'alpine-3.16', src, true],
      ['craftcms/php-fpm:8.2-dev', 'alpine-3.20', src, true],
      ['craftcms/cli:8.1', 'alpine-3.20', src, true],
    ],
    'inferred',
  );
  checkUnknown('craftcms/cli:7.4', /not one of the 8\.0, 8\.1, 8\.2/);
});

test('itzg/minecraft-server: the variant tags moved on master take their matrix base; release tags stay unknown', () => {
  const src = /itzg\/docker-minecraft-server @ f61f7219 .*java25 eclipse-temurin:25-jre-noble/;
  checkKnown(
    [
      // Sample 18 (itzg/minecraft-server, ViartFelix/mq_fv).
      ['itzg/minecraft-server', 'ubuntu-24.04', src, true],
      ['itzg/minecraft-server:stable', 'ubuntu-24.04', src, true],
      ['itzg/minecraft-server:java17', 'ubuntu-20.04', src, true],
      ['ghcr.io/itzg/minecraft-server:java8-multiarch', 'ubuntu-20.04', src, true],
    ],
    'inferred',
  );
  checkUnknown('itzg/minecraft-server:2024.6.1', /release tag was pushed once/);
  // Its base moved from Alpine 3.23 to 3.24 two days after the newest commit read.
  checkUnknown('ghcr.io/itzg/minecraft-server:java21-alpine', /Alpine 3\.23 at the newest commit read/);
  checkUnknown('itzg/minecraft-server:java21-graalvm', /graalvm variants/);
});

test('wunderio/silta-php-fpm and silta-php-shell: a listed tag holds the build of its TAGS file’s last change', () => {
  const src = /wunderio\/silta-images @ 5829b99 .*on push of \*\*\/TAGS/;
  checkKnown(
    [
      // Sample 18 (wunderio/drupal-project: silta/shell.Dockerfile).
      ['wunderio/silta-php-shell:php8.3-v1', 'alpine-3.23', src, false],
      ['wunderio/silta-php-shell:php7.2', 'alpine-3.12', src, false],
      ['wunderio/silta-php-fpm:7.4-fpm-v1.3.0', 'alpine-3.16', src, false],
      ['wunderio/silta-php-fpm:8.1', 'alpine-3.21', src, false],
      ['wunderio/silta-php-fpm:latest', 'alpine-3.23', src, false],
    ],
    'inferred',
  );
  // The 2026-05-11 shell builds predate Alpine 3.24 (2026-06-09): php:8.3.31-fpm-alpine's last publication (3.24) is not it.
  const shell = lookup('wunderio/silta-php-shell:php8.3');
  assert.ok(shell.kind === 'known' && shell.identity.release.id === 'alpine-3.23');
  // Sample 18 (wunderio/drupal-project: silta/php.Dockerfile): 3.23 or 3.24, not recorded.
  checkUnknown('wunderio/silta-php-fpm:8.3-fpm-v1', /both Alpine 3\.23 and 3\.24/);
  checkUnknown('wunderio/silta-php-fpm:8.3-fpm-v1.5.1', /both Alpine 3\.23 and 3\.24/);
  checkUnknown('wunderio/silta-php-shell:php8.3-v2', /not a tag the TAGS files list/);
});

test('dockerfile/ubuntu and dockerfile/mongodb: the 2014 automated builds were on Ubuntu 14.04', () => {
  const src = /dockerfile\/ubuntu @ 8a24cd8 .*FROM ubuntu:14\.04 since c07fc04/;
  checkKnown(
    [
      // Sample 18 (tattsun/dockerfiles: mongodb/Dockerfile).
      ['dockerfile/mongodb:latest', 'ubuntu-14.04', src, false],
      ['dockerfile/ubuntu', 'ubuntu-14.04', src, false],
    ],
    'inferred',
  );
});

test('amazon/aws-lambda-<runtime> on Docker Hub reads as public.ecr.aws/lambda/<runtime>', () => {
  for (const [ref, release] of [
    ['amazon/aws-lambda-python:3.12', 'amazonlinux-2023'],
    ['amazon/aws-lambda-python:3.8', 'amazonlinux-2'],
    ['docker.io/amazon/aws-lambda-nodejs:16.2023.07.13.14', 'amazonlinux-2'],
    ['amazon/aws-lambda-nodejs:20', 'amazonlinux-2023'],
  ]) {
    const found = lookup(ref);
    assert.ok(found.kind === 'known', `${ref}: ${found.kind === 'unknown' ? found.reason : found.kind}`);
    assert.equal(found.identity.release.id, release, ref);
  }
  // Sample 18 (graviraja/MLOps-Basics): latest is not a tag the Lambda rules describe, as on ECR.
  checkUnknown('amazon/aws-lambda-python', /public\.ecr\.aws\/lambda\/python tag 'latest'/);
  // Only the runtimes whose guide page names both registries.
  assert.equal(lookup('amazon/aws-lambda-somethingelse:1').kind, 'unknown');
});

test('hypriot/rpi-node: the README tags of the last revisions are FROM resin/rpi-raspbian:jessie', () => {
  // Sample 18 (simagix/mosquitto: Dockerfile.rpi). The base's own release is read from its tag (Raspbian jessie), so the
  // answer keeps that guess; the step from hypriot/rpi-node to it is read from the build files.
  for (const ref of ['hypriot/rpi-node:4', 'hypriot/rpi-node:argon-slim', 'hypriot/rpi-node']) {
    const found = lookup(ref);
    assert.ok(found.kind === 'known', ref);
    assert.equal(found.identity.release.id, 'debian-8', ref);
    assert.match(JSON.stringify(found.identity), /hypriot\/rpi-node @ 0beeba8/, ref);
    assert.match(found.identity.guessedFrom ?? '', /jessie/, ref);
  }
  checkUnknown('hypriot/rpi-node:5.0', /not one of the tags README\.md lists/);
});

test('sphinxdoc images: 8.2.3 and latest were built FROM python:slim on 2025-03-02, then bookworm', () => {
  const src = /sphinx-doc\/sphinx-docker-images @ eb52a70 .*slim is listed with 3\.13\.2-slim-bookworm/;
  checkKnown(
    [
      // Sample 18 (DanCInOz/sphinx-setup-docs).
      ['sphinxdoc/sphinx-latexpdf', 'debian-12', src, false],
      ['ghcr.io/sphinx-doc/sphinx:8.2.3', 'debian-12', src, false],
    ],
    'inferred',
  );
  // python:slim is trixie now: an older or newer build is not the same base.
  checkUnknown('sphinxdoc/sphinx:7.4.7', /moving python:slim/);
});

test('amclain/crosstool-ng: every revision FROM ubuntu:14.04.2', () => {
  // Sample 18 (amclain/docker-crosstool-ng-arm).
  checkKnown([['amclain/crosstool-ng', 'ubuntu-14.04', /amclain\/docker-crosstool-ng @ b87cdeb/, false]], 'inferred');
});

test('nginxinc/nginx-unprivileged <version>-alpine: the one Alpine release every commit carrying that version built on', () => {
  const src = /nginx\/docker-nginx-unprivileged @ e26803b6 .*every earlier commit touching/;
  checkKnown(
    [
      ['nginxinc/nginx-unprivileged:1.30.4-alpine', 'alpine-3.24', src, false],
      ['nginxinc/nginx-unprivileged:1.27.4-alpine-slim', 'alpine-3.21', src, false],
      ['ghcr.io/nginx/nginx-unprivileged:1.17.10-alpine', 'alpine-3.11', src, false],
      ['nginxinc/nginx-unprivileged:1.28.0-alpine', 'alpine-3.21', src, false],
    ],
    'inferred',
  );
  // Built on two Alpine releases while current: not resolved.
  checkUnknown('nginxinc/nginx-unprivileged:1.25.1-alpine', /two Alpine releases/);
  checkUnknown('nginxinc/nginx-unprivileged:1.24.0-alpine-slim', /two Alpine releases/);
});

test('wunderio/silta-nginx: each listed tag FROM nginx-unprivileged:<NGINX_VERSION>-alpine of its TAGS file’s last change', () => {
  const src = /silta-nginx\/<v>\/Dockerfile .*1\.30 and 1\.31 cb3c778/;
  checkKnown(
    [
      // Sample 18 (wunderio/drupal-project-k8s, wunderio/drupal-project).
      ['wunderio/silta-nginx:1.30-v1', 'alpine-3.24', src, false],
      ['wunderio/silta-nginx:latest', 'alpine-3.23', src, false],
      ['wunderio/silta-nginx:1.28-v1.0.0', 'alpine-3.21', src, false],
    ],
    'inferred',
  );
  // 1.24.0-alpine was built on two Alpine releases.
  checkUnknown('wunderio/silta-nginx:1.24-v1', /two Alpine releases/);
  checkUnknown('wunderio/silta-nginx:1.22-v1', /not a tag the TAGS files list/);
});

test('grpc/python and azul/zulu-openjdk stay unknown, saying why', () => {
  // Sample 18 (pbsf/pyne2019-grpc; pklimai/nica-ems).
  checkUnknown('grpc/python:1.13', /pushed by hand .*no push date/);
  checkUnknown('azul/zulu-openjdk:17', /Ubuntu image .*nothing in the repository maps a Docker Hub tag/);
});
