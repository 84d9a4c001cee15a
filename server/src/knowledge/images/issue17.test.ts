/**
 * The examples of issue #17, one test each: the distribution release, libc, support dates and the
 * date the tag last meant that (for tags no longer published), through parseImageRef + lookupImage.
 * Expected releases come from the generated official-images history and endoflife.date tables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageRef } from '../../analysis/imageRef';
import { imageCard } from '../../analysis/hover';
import { lookupImage } from './index';
import { known } from '../../../../test/support/imageLookup';

interface Expect {
  release: string;
  libc: string;
  /** 'YYYY-MM' when the tag is no longer published; undefined when it still is. */
  lastPublished?: RegExp;
  variant?: string;
}

const EXAMPLES: Array<[string, Expect]> = [
  ['ubuntu:10.04', { release: 'ubuntu-10.04', libc: 'eglibc', lastPublished: /^20\d\d-\d\d$/ }],
  ['ubuntu:13.10', { release: 'ubuntu-13.10', libc: 'eglibc', lastPublished: /^20\d\d-\d\d$/ }],
  ['debian:squeeze', { release: 'debian-6', libc: 'eglibc', lastPublished: /^20\d\d-\d\d$/ }],
  ['alpine:3.6', { release: 'alpine-3.6', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
  ['fedora:28', { release: 'fedora-28', libc: 'glibc', lastPublished: /^20\d\d-\d\d$/ }],
  ['python:2.7-slim', { release: 'debian-10', libc: 'glibc', lastPublished: /^20\d\d-\d\d$/, variant: 'slim' }],
  ['node:8-alpine', { release: 'alpine-3.11', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
  ['golang:1.12-alpine', { release: 'alpine-3.11', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
  ['rust:1.40', { release: 'debian-10', libc: 'glibc', lastPublished: /^20\d\d-\d\d$/ }],
  ['openjdk:8-jre-slim', { release: 'debian-11', libc: 'glibc', lastPublished: /^20\d\d-\d\d$/, variant: 'slim' }],
  ['eclipse-temurin:21-alpine', { release: 'alpine-3.24', libc: 'musl' }],
  ['docker:20.10-dind', { release: 'alpine-3.18', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
  ['redis:4.0.14-alpine', { release: 'alpine-3.11', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
  ['arm64v8/ubuntu:20.04', { release: 'ubuntu-20.04', libc: 'glibc', lastPublished: /^2025-\d\d$/ }],
  ['s390x/debian:bullseye', { release: 'debian-11', libc: 'glibc' }],
  ['registry.access.redhat.com/ubi8/nodejs-18', { release: 'ubi-8', libc: 'glibc', variant: 'application image' }],
  ['golang:1.13-alpine', { release: 'alpine-3.12', libc: 'musl', lastPublished: /^20\d\d-\d\d$/ }],
];

for (const [text, want] of EXAMPLES) {
  test(`issue #17 example ${text} → ${want.release}`, () => {
    const id = known(text);
    assert.equal(id.release.id, want.release);
    assert.equal(id.release.libc.kind, want.libc);
    assert.match(id.release.released ?? '', /^\d{4}-\d\d-\d\d$/, `${text}: release date`);
    assert.match(id.release.supportEnds ?? '', /^\d{4}-\d\d-\d\d$/, `${text}: support end`);
    assert.equal(id.variant, want.variant);
    if (want.lastPublished) {
      assert.match(id.publication?.lastPublished ?? '', want.lastPublished, `${text}: last published`);
      assert.match(id.publication?.frozen ?? '', /no longer published since/, `${text}: frozen`);
      assert.equal(id.movingTag, undefined, `${text}: a frozen tag is not moving`);
    } else {
      assert.equal(id.publication?.lastPublished, undefined, `${text}: still published`);
    }
  });
}

test('frozen point tags are explained as frozen, not as the newest of their line', () => {
  const redis = known('redis:3.2.8-alpine');
  assert.equal(redis.release.id, 'alpine-3.5');
  assert.match(redis.publication?.basedOn ?? '', /FROM alpine:3\.5 in its Dockerfile/);
  assert.match(redis.publication?.frozen ?? '', /^no longer published since 20\d\d-\d\d/);
  assert.equal(redis.movingTag, undefined);

  const ubi = known('registry.access.redhat.com/ubi8/ubi:8.0');
  assert.equal(ubi.release.id, 'ubi-8');
  assert.match(
    ubi.publication?.frozen ?? '',
    /names the 8\.0 point release, superseded .* \(now 8\.\d+\): a frozen 8\.0 userland, not the line's current one/,
  );
  assert.equal(known('registry.access.redhat.com/ubi8/ubi:8.10').publication, undefined, 'the newest point release is not frozen');

  const centos = known('centos:7.9.2009');
  assert.equal(centos.release.id, 'centos-7');
  assert.match(centos.publication?.lastPublished ?? '', /^2024-0[67]$/);
});

test("the FROM card says a frozen tag gets none of its line's updates, and when it was last published", () => {
  const parsed = parseImageRef('registry.access.redhat.com/ubi8/ubi:8.0');
  assert.ok(parsed.ok);
  const target = { os: 'linux', label: 'test host', origin: { kind: 'default' } } as unknown as Parameters<typeof imageCard>[2];
  const card = imageCard('registry.access.redhat.com/ubi8/ubi:8.0', lookupImage(parsed.ref), target, new Date('2026-09-01T00:00:00Z'));
  assert.match(card, /Frozen tag: `registry\.access\.redhat\.com\/ubi8\/ubi:8\.0` names the 8\.0 point release/);
  assert.match(
    card,
    /\*\*Support:\*\* the Red Hat UBI 8 \(RHEL 8 userland\) line: supported .*; this frozen tag does not follow the line's newer releases/,
  );

  const redis = parseImageRef('redis:3.2.8-alpine');
  assert.ok(redis.ok);
  const redisCard = imageCard('redis:3.2.8-alpine', lookupImage(redis.ref), target, new Date('2026-09-01T00:00:00Z'));
  assert.match(redisCard, /Alpine Linux 3\.5/);
  assert.match(redisCard, /no longer published since 20\d\d-\d\d/);
});

test('a digest written with a tag resolves by the tag and says the digest pins one build', () => {
  const id = known('python:3.12-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
  assert.equal(id.release.id, 'debian-13');
  assert.equal(id.publication?.digestPinned, true);
  const parsed = parseImageRef('python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
  assert.ok(parsed.ok);
  assert.equal(lookupImage(parsed.ref).kind, 'unknown', 'a digest alone stays unknown');
});

test('registry spellings and architecture namespaces resolve like the official image', () => {
  for (const text of [
    'docker.io/library/node:18',
    'index.docker.io/library/node:18',
    'amd64/node:18',
    'arm32v7/node:18',
    'i386/node:18',
    'ppc64le/node:18',
    'armhf/debian:jessie',
    'riscv64/debian:bookworm',
    'mips64le/debian:bookworm',
    'arm32v6/alpine:3.12',
  ]) {
    const id = known(text);
    assert.ok(/^(debian|alpine)-/.test(id.release.id), `${text}: ${id.release.id}`);
  }
});

test('a per-architecture copy of a tag not published for that architecture says so', () => {
  const id = known('arm32v6/ubuntu:22.04');
  assert.equal(id.release.id, 'ubuntu-22.04');
  assert.match(id.publication?.architectureMissing ?? '', /^ubuntu:22\.04 was published for amd64, .*, not arm32v6$/);
  assert.equal(known('arm64v8/ubuntu:22.04').publication?.architectureMissing, undefined);
});

test('other registries: distroless with its Debian release, Chainguard, MCR, UBI application images', () => {
  assert.equal(known('gcr.io/distroless/static-debian11').release.id, 'distroless-static-debian11');
  assert.equal(known('gcr.io/distroless/java17-debian12:nonroot').release.id, 'distroless-debian12');
  assert.equal(known('gcr.io/distroless/cc-debian13').release.libc.kind, 'glibc');
  assert.equal(known('gcr.io/distroless/base').release.id, 'distroless-debian13');
  assert.equal(known('cgr.dev/chainguard/node:latest').release.id, 'wolfi');
  assert.equal(known('mcr.microsoft.com/dotnet/aspnet:8.0-jammy').release.id, 'ubuntu-22.04');
  assert.equal(known('mcr.microsoft.com/dotnet/runtime:9.0-bookworm-slim').release.id, 'debian-12');
  assert.equal(known('mcr.microsoft.com/dotnet/sdk:10.0-noble').release.id, 'ubuntu-24.04');
  assert.equal(known('mcr.microsoft.com/dotnet/sdk:8.0-alpine').release.id, 'alpine-3.24');
  assert.equal(known('mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0').release.id, 'azurelinux-3.0');
  assert.equal(known('mcr.microsoft.com/windows/servercore:1803').release.os, 'windows', 'any Windows tag is Windows');
  assert.equal(known('mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022').release.id, 'windows-ltsc2022');
  assert.equal(known('registry.redhat.io/ubi9/python-39').release.id, 'ubi-9');
  assert.equal(known('registry.access.redhat.com/ubi8/ubi-minimal').release.id, 'ubi-8');
  assert.equal(known('registry.access.redhat.com/ubi7/ubi').release.id, 'ubi-7');
});

test('every release line of the distributions resolves (endoflife.date)', () => {
  for (const [text, release] of [
    ['centos:5', 'centos-5'],
    ['centos:6', 'centos-6'],
    ['debian:wheezy', 'debian-7'],
    ['debian:7', 'debian-7'],
    ['ubuntu:lucid', 'ubuntu-10.04'],
    ['ubuntu:precise', 'ubuntu-12.04'],
    ['ubuntu:17.10', 'ubuntu-17.10'],
    ['alpine:3.1', 'alpine-3.1'],
    ['fedora:20', 'fedora-20'],
    ['oraclelinux:6', 'oraclelinux-6'],
    ['amazonlinux:2017.09', 'amazonlinux-2017.09'],
    ['rockylinux:8', 'rockylinux-8'],
    ['almalinux:8', 'almalinux-8'],
  ])
    assert.equal(known(text).release.id, release, text);
});

test('guesses from a tag name say they are guesses; unknowable images stay unknown', () => {
  // An image whose build files the knowledge base has not read (nginx-unprivileged, the earlier example,
  // is now read from its build files in popular.ts).
  const guess = known('example/web:1.29.3-alpine3.22-otel');
  assert.equal(guess.release.id, 'alpine-3.22');
  assert.match(guess.guessedFrom ?? '', /names alpine3\.22; the image's own build was not read/);
  for (const text of ['mycompany/app:1.0', 'ghcr.io/foo/bar', 'prom/prometheus:v2.0.0']) {
    const parsed = parseImageRef(text);
    assert.ok(parsed.ok);
    assert.equal(lookupImage(parsed.ref).kind, 'unknown', text);
  }
  const never = parseImageRef('python:9.99-nonsense');
  assert.ok(never.ok);
  const r = lookupImage(never.ref);
  assert.ok(r.kind === 'unknown' && /was never published/.test(r.reason));
});

test('a tag whose own name and Dockerfile give no base takes the release another tag of its entry names', () => {
  // library/redis lists `7.4.x, 7.4, 7, 7.4.x-bookworm, 7.4-bookworm, 7-bookworm` as one entry: one image.
  const redis = known('redis:7');
  assert.equal(redis.release.id, 'debian-12');
  assert.match(redis.inferredFrom?.rule ?? '', /another tag of the same official-images entry .* \(debian:bookworm\)/);
  assert.match(redis.publication?.basedOn ?? '', /another tag of the same official-images entry/);
  // library/gcc: `13.x, 13, 13.x-bookworm, 13-bookworm`; library/mariadb: `…, latest, lts, …-noble, noble`.
  assert.equal(known('gcc:13').release.id, 'debian-12');
  assert.equal(known('mariadb:latest').release.id, 'ubuntu-24.04');
  // An entry none of whose tags names a release, and whose Dockerfile is not stored, stays unknown.
  const couchdb = parseImageRef('couchdb:latest');
  assert.ok(couchdb.ok);
  assert.equal(lookupImage(couchdb.ref).kind, 'unknown');
});
