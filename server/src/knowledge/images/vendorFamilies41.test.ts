/**
 * vendorFamilies41.ts: tootsuite/mastodon release images by the final FROM of the Dockerfile at each git tag (v1.6.0 …
 * v3.4.1), and the honest unknowns (Mastodon tags after the snapshot read, jjanzic/docker-python3-opencv on moving python
 * tags). One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, releaseOf } from '../../../../test/support/imageLookup';

test('tootsuite/mastodon v1.6.0 … v3.4.1: the final FROM of the Dockerfile at the git tag', () => {
  const src = /tootsuite\/mastodon @ e9659ae0 .*git tags v1\.6\.0 … v3\.4\.1.*Ubuntu with jemalloc/;
  checkKnown(
    [
      ['tootsuite/mastodon:v1.6.0', 'alpine-3.6', src, false],
      ['tootsuite/mastodon:v2.2.0rc1', 'alpine-3.7', src, false],
      ['docker.io/tootsuite/mastodon:v2.4.5', 'alpine-3.6', src, false],
      ['tootsuite/mastodon:v2.6.1', 'alpine-3.8', src, false],
      ['tootsuite/mastodon:v2.7.4', 'alpine-3.8', src, false],
      ['tootsuite/mastodon:v2.8.0', 'ubuntu-18.04', src, false],
      ['tootsuite/mastodon:v3.1.5', 'ubuntu-18.04', src, false],
      ['tootsuite/mastodon:v3.2.0', 'ubuntu-20.04', src, false],
      ['tootsuite/mastodon:v3.4.1', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // Just outside: v1.5.1 (FROM ruby:2.4.1-alpine, no Alpine named), tags after the snapshot (samples 8 and 24), moving tags.
  for (const ref of [
    'tootsuite/mastodon:v1.5.1',
    'tootsuite/mastodon:v3.4.2',
    'tootsuite/mastodon:v3.5.3',
    'tootsuite/mastodon:v4.1.0',
    'tootsuite/mastodon:latest',
    'tootsuite/mastodon:edge',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
  checkUnknown('tootsuite/mastodon:v4.1.0', /snapshot read ends at v3\.4\.1/);
});

test('jjanzic/docker-python3-opencv: FROM a moving python:3.x tag, an honest unknown', () => {
  for (const ref of ['jjanzic/docker-python3-opencv', 'jjanzic/docker-python3-opencv:opencv-4.0.0']) {
    checkUnknown(ref, /moving python:3\.x tag/);
  }
});
