/**
 * vendorFamilies31.ts: osinstom/nikss:latest is its Dockerfile's Ubuntu 20.04 runtime stage, lj020326/redhat7-systemd is
 * RHEL 7 (Red Hat's rhel7 / ubi7 images in every version since 2022-07-08), and mhart/alpine-node's Node.js 6 line
 * (6, 6.17, 6.17.1 and slim-) is Alpine 3.6, frozen since 2019.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('osinstom/nikss: latest is built from the Dockerfile whose final stage is FROM ubuntu:20.04', () => {
  const src = /NIKSS-vSwitch\/nikss @ b8b1e829 .*final stage FROM ubuntu:20\.04 as runtime/;
  // Sample 22.
  checkKnown(
    [
      ['osinstom/nikss:latest', 'ubuntu-20.04', src, true],
      ['osinstom/nikss', 'ubuntu-20.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('osinstom/nikss:latest').movingTag?.means ?? '', /as of the commit read, 2024-04-29/);
  // Only latest is pushed: another tag is not claimed.
  checkUnknown('osinstom/nikss:v0.1', /not an image the knowledge base knows|matches no known variant/);
});

test('lj020326/redhat7-systemd: latest is RHEL 7 (rhel7, then ubi7/ubi-init)', () => {
  const src = /lj020326\/systemd-python-dockerfiles @ 6764eeac .*FROM registry\.access\.redhat\.com\/ubi7\/ubi-init/;
  // Sample 22.
  checkKnown([['lj020326/redhat7-systemd:latest', 'ubi-7', src, true]], 'inferred');
  // The redhat8 image is another Dockerfile, not read here.
  checkUnknown('lj020326/redhat8-systemd:latest', /not an image the knowledge base knows/);
});

test('mhart/alpine-node Node.js 6 line: 6, 6.17, 6.17.1 and slim- are Alpine 3.6, frozen', () => {
  const src = /mhart\/alpine-node @ c8615a3 .*9c49a32 .*FROM alpine:3\.6/;
  checkKnown(
    [
      // Sample 19.
      ['mhart/alpine-node:6', 'alpine-3.6', src, false],
      ['mhart/alpine-node:6.17.1', 'alpine-3.6', src, false],
      ['mhart/alpine-node:slim-6', 'alpine-3.6', src, false],
    ],
    'inferred',
  );
  assert.match(known('mhart/alpine-node:6').publication?.frozen ?? '', /last built in 2019/);
  // Earlier Node.js 6 releases were other builds on other Alpine releases (6.10.3 on alpine:3.4): still unknown.
  checkUnknown('mhart/alpine-node:6.16', /not a tag whose git tag, build script and Dockerfile were read together/);
  // The git-tag builds of vendorFamilies9.ts are unchanged.
  assert.equal(known('mhart/alpine-node:16').release.id, 'alpine-3.13');
});
