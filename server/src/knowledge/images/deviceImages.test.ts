/**
 * balenalib/* and resin/* device images (deviceImages.ts): a tag naming its Debian or Ubuntu release resolves to it as a
 * fact of balena's naming scheme, citing balena-io-library/base-images; tags without a release, Alpine/Fedora numbers
 * and Raspbian do not become facts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from '../../../../test/support/imageLookup';

test('a balena tag naming its release resolves to it, from the base-images tree, not as a guess', () => {
  const rows: [string, string][] = [
    ['balenalib/raspberrypi3-debian:buster', 'debian-10'],
    ['balenalib/armv7hf-debian:buster-run', 'debian-10'],
    ['balenalib/armv7hf-debian:sid-build', 'debian-sid'],
    ['balenalib/armv7hf-debian:bullseye-run-20230101', 'debian-11'],
    ['balenalib/raspberrypi3-debian-python:3.7.3-stretch-build', 'debian-9'],
    ['balenalib/amd64-ubuntu-python:3.8-focal', 'ubuntu-20.04'],
    ['balenalib/jetson-nano-ubuntu:bionic', 'ubuntu-18.04'],
    ['resin/armv7hf-debian:stretch', 'debian-9'],
  ];
  for (const [text, release] of rows) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', `${text}: ${JSON.stringify(found)}`);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.equal(found.identity.guessedFrom, undefined, `${text}: the tag is balena's own naming scheme, not a guess`);
    assert.match(found.identity.inferredFrom?.source ?? '', /balena-io-library\/base-images @ 16e2f240/, text);
  }
});

test('balena tags without a release, Alpine/Fedora numbers and Raspbian are not made facts', () => {
  for (const text of ['balenalib/raspberry-pi-debian:latest', 'balenalib/raspberry-pi-python:3.7', 'balenalib/amd64-alpine-python:3.8']) {
    const found = lookup(text);
    assert.equal(found.kind, 'unknown', `${text}: ${JSON.stringify(found)}`);
  }
  const raspbian = lookup('resin/rpi-raspbian:stretch');
  // Only the resolver's labelled guess from the suite word, never a Debian fact.
  assert.ok(
    raspbian.kind === 'unknown' || (raspbian.kind === 'known' && raspbian.identity.guessedFrom !== undefined),
    JSON.stringify(raspbian),
  );
});
