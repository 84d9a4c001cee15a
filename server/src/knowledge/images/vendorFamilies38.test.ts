/**
 * vendorFamilies38.ts: getmeili/meilisearch release tags and latest on their pinned Alpine releases; appwrite/appwrite
 * release tags on Ubuntu 18.04 or a pinned Alpine (directly or through appwrite/base), the moving-PHP ones an honest
 * unknown; appwrite/base on its pinned PHP Alpine tag. One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('getmeili/meilisearch v<version>: FROM the alpine:3.x pinned in the Dockerfile at the release tag', () => {
  const src = /meilisearch\/meilisearch @ 5cb2f2e .*alpine:3\.22 at v1\.24\.0 … v1\.50\.0/;
  checkKnown(
    [
      ['getmeili/meilisearch:v0.8.0', 'alpine-3.10', src, false],
      ['getmeili/meilisearch:v0.20.0', 'alpine-3.10', src, false],
      ['getmeili/meilisearch:v0.21.0', 'alpine-3.14', src, false],
      ['getmeili/meilisearch:v0.29.1', 'alpine-3.14', src, false],
      ['getmeili/meilisearch:v0.29.2', 'alpine-3.16', src, false],
      ['getmeili/meilisearch:v1.9.1', 'alpine-3.16', src, false],
      ['getmeili/meilisearch:v1.10.0', 'alpine-3.20', src, false],
      ['getmeili/meilisearch:v1.23.0', 'alpine-3.20', src, false],
      ['getmeili/meilisearch:v1.24.0', 'alpine-3.22', src, false],
      ['docker.io/getmeili/meilisearch:v1.50.0', 'alpine-3.22', src, false],
      // Sample 27 (dofusdude/doduapi): the bare name is latest.
      ['getmeili/meilisearch', 'alpine-3.22', src, true],
      ['getmeili/meilisearch:latest', 'alpine-3.22', src, true],
    ],
    'inferred',
  );
  assert.match(known('getmeili/meilisearch').movingTag?.means ?? '', /v1\.50\.0 \(2026-07-16\).*as of the snapshot read/);
  // Just outside: before the first Dockerfile; a patch after the snapshot; the nightly and minor tags are not read.
  for (const ref of [
    'getmeili/meilisearch:v0.7.0',
    'getmeili/meilisearch:v1.50.1',
    'getmeili/meilisearch:nightly',
    'getmeili/meilisearch:v1.10',
  ]) {
    assert.equal(lookup(ref).kind, 'unknown', ref);
  }
});

test('appwrite/appwrite release tags: FROM ubuntu:18.04, a pinned php …-alpine3.x, or appwrite/base', () => {
  const src = /appwrite\/appwrite @ 0cefd06 .*appwrite\/base:0\.2\.2 at 1\.3\.x/;
  checkKnown(
    [
      ['appwrite/appwrite:0.6.2', 'ubuntu-18.04', src, false],
      ['appwrite/appwrite:0.13.0', 'alpine-3.15', src, false],
      ['appwrite/appwrite:1.2.1', 'alpine-3.15', src, false],
      // Sample 27 (kirankuyate2157/appwrite): through appwrite/base:0.2.2, FROM php:8.0.18-cli-alpine3.15.
      ['appwrite/appwrite:1.3.8', 'alpine-3.15', src, false],
      ['appwrite/appwrite:1.5.11', 'alpine-3.19', src, false],
      ['appwrite/appwrite:1.8.1', 'alpine-3.22', src, false],
    ],
    'inferred',
  );
  // Sample 27 (appwrite/lite): FROM php:8.0-cli-alpine, pushed by hand on a day not recorded.
  checkUnknown('appwrite/appwrite:0.8.0', /php:8\.0-cli-alpine.*pushed by hand.*not recorded/);
  // Just outside: 1.9.x runs FROM a stage name; an unreleased tag; latest moves.
  for (const ref of ['appwrite/appwrite:1.9.0', 'appwrite/appwrite:2.0.0', 'appwrite/appwrite']) {
    assert.equal(lookup(ref).kind, 'unknown', ref);
  }
});

test('appwrite/base: FROM the pinned php …-alpine3.x of its Dockerfile or ARG BASEIMAGE default', () => {
  const src = /appwrite\/docker-base @ a951b4f .*no build-args/;
  checkKnown(
    [
      ['appwrite/base:0.2.2', 'alpine-3.15', src, false],
      ['appwrite/base:0.4.4', 'alpine-3.16', src, false],
      ['appwrite/base:0.9.3', 'alpine-3.20', src, false],
      ['appwrite/base:0.11.0', 'alpine-3.21', src, false],
      ['appwrite/base:1.0.1', 'alpine-3.23', src, false],
    ],
    'inferred',
  );
  // Just outside: 1.1.0 is FROM the moving phpswoole/swoole:php8.5-alpine.
  assert.equal(lookup('appwrite/base:1.1.0').kind, 'unknown');
});

test('prefecthq/prefect <version>-python<py>: FROM python:<py>-slim as it was on the release day', () => {
  const src = /PrefectHQ\/prefect @ ce79dd3 .*bookworm from 2023-06-13/;
  checkKnown(
    [
      // Sample 27 (khuyentran1401/prefect-docker, Yeardream3-Team05-MLOps-Next-Challenges/flow_tick2min).
      ['prefecthq/prefect:2.3.1-python3.10', 'debian-11', src, false],
      ['prefecthq/prefect:2.18.3-python3.10', 'debian-12', src, false],
      ['prefecthq/prefect:2.10.13-python3.11', 'debian-11', src, false],
      ['prefecthq/prefect:2.10.16-python3.11-kubernetes', 'debian-12', src, false],
      ['prefecthq/prefect:3.4.11-python3.12', 'debian-12', src, false],
      ['prefecthq/prefect:3.4.14-python3.12', 'debian-13', src, false],
      ['prefecthq/prefect:3.8.3-python3.14', 'debian-13', src, false],
    ],
    'inferred',
  );
  assert.match(known('prefecthq/prefect:2.18.3-python3.10').publication?.frozen ?? '', /Prefect 2\.18\.3 was released/);
  // Just outside: tagged within three days of a switch; python:3.8-slim had stopped on bookworm; the -conda flavor;
  // the moving latest-python and minor tags; a release after the snapshot.
  for (const ref of [
    'prefecthq/prefect:2.10.14-python3.10',
    'prefecthq/prefect:3.4.13-python3.12',
    'prefecthq/prefect:2.20.21-python3.8',
    'prefecthq/prefect:2.18.3-python3.10-conda',
    'prefecthq/prefect:latest-python3.9',
    'prefecthq/prefect:2.18-python3.10',
    'prefecthq/prefect:3.8.4-python3.12',
  ]) {
    assert.equal(lookup(ref).kind, 'unknown', ref);
  }
});

test('tensorflow/tfx stays unknown: FROM a Deep Learning Container the tables do not describe', () => {
  // Sample 27 (fsosap/taxi-model-pipeline).
  checkUnknown('tensorflow/tfx:1.7.1', /Google Deep Learning Container.*build_docker_image\.sh/);
  checkUnknown('tensorflow/tfx:1.14.0', /Google Deep Learning Container/);
});
