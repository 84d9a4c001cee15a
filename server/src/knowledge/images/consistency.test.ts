/** Invariants of the image knowledge base: sources, ids, dates, versions, kernels, successors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageRef } from '../../analysis/imageRef';
import { knowledgeDate } from '../meta';
import { allReleases, getRelease, imageTagRules, lookupImage } from './index';
import { fill } from './resolve';

const releases = allReleases();

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function compareKernel(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

test('the date and kernel helpers of this suite reject bad input', () => {
  assert.equal(isIsoDate('2024-02-30'), false);
  assert.equal(isIsoDate('2024-2-3'), false);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.ok(compareKernel('2.6.32', '3.10') < 0);
  assert.ok(compareKernel('3.2', '3.2.0') === 0);
  assert.ok(compareKernel('6.12', '6.8') > 0);
});

test('there are releases and tag rules', () => {
  assert.ok(releases.length >= 80, `${releases.length} releases`);
  assert.ok(imageTagRules().length >= 200, `${imageTagRules().length} rules`);
});

test('every tag rule has a pattern (those built on first read, lazyTag.ts, too)', () => {
  for (const r of imageTagRules()) assert.ok(r.tag instanceof RegExp, `${r.id}: ${r.tag}`);
});

test('every release has a non-empty source, a unique id and is found by getRelease', () => {
  const ids = new Set<string>();
  for (const r of releases) {
    assert.ok(r.source.trim().length > 0, `${r.id} has no source`);
    for (const s of r.sources ?? []) assert.ok(s.trim().length > 0, `${r.id} has an empty extra source`);
    assert.ok(!ids.has(r.id), `duplicate release id ${r.id}`);
    ids.add(r.id);
    assert.equal(getRelease(r.id), r);
  }
});

test('every tag rule has a non-empty source, a unique id, repositories and exactly one outcome', () => {
  const ids = new Set<string>();
  for (const rule of imageTagRules()) {
    assert.ok(rule.source.trim().length > 0, `${rule.id} has no source`);
    assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.repositories.length > 0, `${rule.id} names no repository`);
    const outcomes = [rule.release, rule.base, rule.unknown].filter((x) => x !== undefined);
    assert.equal(outcomes.length, 1, `${rule.id} must have exactly one of release/base/unknown`);
  }
});

test('release rules only name releases that exist (for the ids they can produce from maps)', () => {
  for (const rule of imageTagRules()) {
    if (rule.release && typeof rule.release !== 'string') {
      for (const id of Object.values(rule.release.map)) assert.ok(getRelease(id), `${rule.id} maps to missing release ${id}`);
    } else if (typeof rule.release === 'string' && !rule.release.includes('{')) {
      assert.ok(getRelease(rule.release), `${rule.id} names missing release ${rule.release}`);
    }
  }
});

test('dates are real ISO dates and ordered released ≤ supportEnds ≤ extendedSupportEnds', () => {
  for (const r of releases) {
    for (const [k, v] of Object.entries({ released: r.released, supportEnds: r.supportEnds, extendedSupportEnds: r.extendedSupportEnds })) {
      if (v !== undefined) assert.ok(isIsoDate(v), `${r.id}.${k} = ${v} is not an ISO date`);
    }
    if (r.released && r.supportEnds) assert.ok(r.released <= r.supportEnds, `${r.id}: released after support ends`);
    if (r.supportEnds && r.extendedSupportEnds)
      assert.ok(r.supportEnds <= r.extendedSupportEnds, `${r.id}: extended support ends before support`);
    if (r.released && r.extendedSupportEnds)
      assert.ok(r.released <= r.extendedSupportEnds, `${r.id}: released after extended support ends`);
    if (r.rolling)
      assert.equal(r.supportEnds === undefined || r.distro === 'clearlinux', true, `${r.id}: rolling releases carry no support end`);
  }
});

test('version strings are well formed', () => {
  const KERNEL = /^\d+\.\d+(?:\.\d+)?$/;
  for (const r of releases) {
    assert.match(r.version, /^(?:\d+(?:\.\d+)*|[a-z]+)$/, `${r.id}.version`);
    if (r.libc.version) assert.match(r.libc.version, /^\d+\.\d+(?:\.\d+)?$/, `${r.id}.libc.version`);
    if (r.libc.minKernel) assert.match(r.libc.minKernel, KERNEL, `${r.id}.libc.minKernel`);
    if (r.distroKernel) assert.match(r.distroKernel, KERNEL, `${r.id}.distroKernel`);
    if (r.init?.version) assert.match(r.init.version, /^\d+(?:\.\d+)?$/, `${r.id}.init.version`);
    // windows-unknown: a Windows image whose build the tag does not say.
    assert.equal(
      r.os === 'windows' && r.version !== 'unknown',
      r.windowsBuild !== undefined,
      `${r.id}: windowsBuild iff Windows with a known build`,
    );
    assert.equal(r.os === 'windows', r.libc.kind === 'windows', `${r.id}: libc kind 'windows' iff Windows`);
    if (r.libc.kind === 'none' || r.libc.kind === 'windows')
      assert.equal(r.libc.version, undefined, `${r.id}: no libc version without a libc`);
  }
});

test('minKernel ≤ distroKernel when both are present', () => {
  for (const r of releases) {
    if (r.libc.minKernel && r.distroKernel) {
      assert.ok(
        compareKernel(r.libc.minKernel, r.distroKernel) <= 0,
        `${r.id}: minKernel ${r.libc.minKernel} > distroKernel ${r.distroKernel}`,
      );
    }
  }
});

test('every successor resolves to a known release that is still supported as of the knowledge date', () => {
  for (const r of releases) {
    for (const s of r.successors ?? []) {
      const parsed = parseImageRef(s);
      assert.ok(parsed.ok, `${r.id}: successor ${s} does not parse`);
      const found = lookupImage(parsed.ref);
      assert.equal(found.kind, 'known', `${r.id}: successor ${s} → ${JSON.stringify(found)}`);
      if (found.kind !== 'known') continue;
      const next = found.identity.release;
      assert.notEqual(next.id, r.id, `${r.id}: successor ${s} is itself`);
      assert.ok(
        next.supportEnds === undefined || next.supportEnds >= knowledgeDate,
        `${r.id}: successor ${s} (${next.id}) is past support`,
      );
      assert.ok(!next.rolling, `${r.id}: successor ${s} is a rolling/development release`);
    }
  }
});

test('releases past support name at least one successor', () => {
  for (const r of releases) {
    if (r.os === 'linux' && r.supportEnds && (r.extendedSupportEnds ?? r.supportEnds) < knowledgeDate) {
      assert.ok((r.successors ?? []).length > 0, `${r.id} ended ${r.extendedSupportEnds ?? r.supportEnds} without a successor`);
    }
  }
});

test('every pin a moving rule produces resolves to the same release, not moving', () => {
  const samples: Record<string, string> = { latest: 'latest' };
  void samples;
  for (const text of [
    'ubuntu',
    'ubuntu:rolling',
    'debian',
    'debian:stable-slim',
    'alpine:3',
    'fedora',
    'amazonlinux',
    'almalinux',
    'busybox',
    'python',
    'python:3.12',
    'python:3.12-slim',
    'python:alpine',
    'node:22',
    'node:lts-slim',
    'node:22-alpine',
    'golang',
    'eclipse-temurin:21',
    'amazoncorretto:21',
    'ruby',
    'php',
    'rust:1-slim',
    'nginx:mainline-alpine-slim',
    'httpd',
    'redis:8.10-alpine',
    'postgres:18',
    'mysql',
    'mariadb:11.8',
    'mongo:8.0',
    'maven',
    'gradle',
    'mcr.microsoft.com/dotnet/sdk:10.0',
    'gcc:16',
    'postgres:16',
    'postgres:15-alpine',
    'mcr.microsoft.com/dotnet/sdk:8.0',
    'mcr.microsoft.com/dotnet/aspnet:9.0',
    'eclipse-temurin:17-jre',
    'haproxy:3.2',
    'haproxy:lts-alpine',
  ]) {
    const parsed = parseImageRef(text);
    assert.ok(parsed.ok);
    const found = lookupImage(parsed.ref);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.ok(found.identity.movingTag, `${text} should be a moving tag`);
    const pin = found.identity.pinnedReference;
    assert.ok(pin, `${text} has no pinned reference`);
    const pinned = parseImageRef(pin!);
    assert.ok(pinned.ok, `${text}: pin ${pin} does not parse`);
    const again = lookupImage(pinned.ref);
    assert.equal(again.kind, 'known', `${text}: pin ${pin} → ${JSON.stringify(again)}`);
    if (again.kind !== 'known') continue;
    assert.equal(again.identity.release.id, found.identity.release.id, `${text}: pin ${pin} names another release`);
    assert.equal(again.identity.movingTag, undefined, `${text}: pin ${pin} is itself moving`);
  }
});

test('template filling', () => {
  assert.equal(fill('debian:trixie{-slim}', { slim: 'slim' }), 'debian:trixie-slim');
  assert.equal(fill('debian:trixie{-slim}', {}), 'debian:trixie');
  assert.equal(fill('{image}:{p-}alpine3.24', { image: 'python', p: '' }), 'python:alpine3.24');
  assert.equal(fill('{image}:{p-}alpine3.24', { image: 'python', p: '3.12' }), 'python:3.12-alpine3.24');
});
