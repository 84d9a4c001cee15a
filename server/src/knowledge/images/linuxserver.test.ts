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
  // Newer than the baseimage snapshots: read from the application repositories' own changelogs (issue #17).
  ['ghcr.io/linuxserver/baseimage-alpine:3.23', 'alpine-3.23'],
  ['ghcr.io/linuxserver/baseimage-alpine:arm64v8-3.23', 'alpine-3.23'],
  ['ghcr.io/linuxserver/baseimage-ubuntu:resolute', 'ubuntu-26.04'],
];

for (const [text, release, variant] of KNOWN) {
  test(`LinuxServer.io base image ${text} → ${release}, citing the branch it is built from`, () => {
    const found = lookup(text);
    assert.equal(found.kind, 'known', JSON.stringify(found));
    if (found.kind !== 'known') return;
    assert.equal(found.identity.release.id, release);
    assert.equal(found.identity.variant, variant);
    assert.match(JSON.stringify(found.identity), /linuxserver\/docker-/, 'the source is a LinuxServer.io repository');
    assert.equal(found.identity.guessedFrom, undefined, `${text}: read, not guessed from the tag`);
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

test('baseimage-alpine:3.23 and baseimage-ubuntu:resolute cite the application repositories, not an unread base branch', () => {
  const alpine = lookup('ghcr.io/linuxserver/baseimage-alpine:3.23');
  assert.equal(alpine.kind, 'known');
  if (alpine.kind === 'known') assert.match(JSON.stringify(alpine.identity), /docker-wireguard @ 684a0dd .*Rebase to Alpine 3\.23/);
  const ubuntu = lookup('ghcr.io/linuxserver/baseimage-ubuntu:resolute');
  assert.equal(ubuntu.kind, 'known');
  if (ubuntu.kind === 'known') assert.match(JSON.stringify(ubuntu.identity), /docker-jellyfin @ aff1ac57 .*Rebase to Ubuntu Resolute/);
  // 3.24 was not read anywhere: still unknown rather than guessed.
  assert.equal(lookup('ghcr.io/linuxserver/baseimage-alpine:3.24').kind, 'unknown');
});

test('linuxserver/wireguard and openssh-server latest: newest master build on baseimage-alpine:3.23, as of the commit read', () => {
  // Samples 15 (linuxserver/wireguard:latest) and 13 (linuxserver/openssh-server).
  for (const [text, date] of [
    ['linuxserver/wireguard:latest', '2026-04-23'],
    ['lscr.io/linuxserver/wireguard:arm64v8-latest', '2026-04-23'],
    ['linuxserver/openssh-server', '2026-06-28'],
  ] as const) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, 'alpine-3.23', text);
    assert.equal(found.identity.guessedFrom, undefined, text);
    assert.match(found.identity.movingTag?.means ?? '', new RegExp(`as of the newest commit read \\(${date}\\)`), text);
  }
  const other = lookup('linuxserver/wireguard:1.0.20250521-r1-ls100');
  assert.equal(other.kind, 'unknown');
  if (other.kind === 'unknown') assert.match(JSON.stringify(other), /depends on the master commit that built it/);
});
