import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageRef } from '../../analysis/imageRef';
import { lookupImage } from './index';

function lookup(text: string) {
  const parsed = parseImageRef(text);
  assert.ok(parsed.ok, text);
  return lookupImage(parsed.ref);
}

const KNOWN: Array<[string, string, string?]> = [
  ['ghcr.io/linuxserver/baseimage-alpine:3.18', 'alpine-3.18'],
  ['lscr.io/linuxserver/baseimage-alpine:3.22', 'alpine-3.22'],
  ['lscr.io/linuxserver/baseimage-alpine:amd64-3.20-6f5e4d3-ls12', 'alpine-3.20'],
  ['linuxserver/baseimage-alpine:3.19-version-3.19.8', 'alpine-3.19'],
  ['ghcr.io/linuxserver/baseimage-ubuntu:jammy', 'ubuntu-22.04'],
  ['ghcr.io/linuxserver/baseimage-ubuntu:noble-2d8f9a1-ls40', 'ubuntu-24.04'],
  ['lscr.io/linuxserver/baseimage-ubuntu:focal', 'ubuntu-20.04'],
  ['ghcr.io/linuxserver/baseimage-debian:bookworm', 'debian-12', 'slim'],
  ['ghcr.io/linuxserver/baseimage-debian:trixie', 'debian-13', 'slim'],
];

for (const [text, release, variant] of KNOWN) {
  test(`LinuxServer.io base image ${text} → ${release}, citing the branch it is built from`, () => {
    const found = lookup(text);
    assert.equal(found.kind, 'known', JSON.stringify(found));
    if (found.kind !== 'known') return;
    assert.equal(found.identity.release.id, release);
    assert.equal(found.identity.variant, variant);
    assert.match(JSON.stringify(found.identity), /linuxserver\/docker-baseimage-/, 'the source is the baseimage repository');
  });
}

test('LinuxServer.io tags the build files do not determine stay unknown', () => {
  for (const text of [
    'ghcr.io/linuxserver/baseimage-alpine:latest',
    'ghcr.io/linuxserver/baseimage-alpine:3.16',
    'lscr.io/linuxserver/nginx',
  ]) {
    assert.equal(lookup(text).kind, 'unknown', text);
  }
});
