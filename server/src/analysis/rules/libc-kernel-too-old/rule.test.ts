import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKernelVersion } from '../../host/kernelVersion';
import { findingsOf, ruleFixes, target, unknownTarget, TODAY } from '../testKit';
import { fitsTarget } from '../shared/baseImage';
import type { DistroRelease } from '../../../knowledge/types';

const ID = 'libc-kernel-too-old';
const rhel6 = () =>
  target({
    kernel: parseKernelVersion('2.6.32-754.35.1.el6.x86_64'),
    label: 'rhel6',
    origin: { kind: 'workspace-file', detail: 'from .kernel-lens.json' },
  });

test('glibc before 2.36 on an older kernel → error: "FATAL: kernel too old" at every start', () => {
  const [f] = findingsOf('FROM ubuntu:22.04\nRUN apt-get update\n', ID, rhel6());
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 17 } });
  assert.match(f.message, /glibc 2\.35/);
  assert.match(f.message, /Linux 3\.2 or newer/);
  assert.match(f.message, /2\.6\.32-754\.35\.1\.el6\.x86_64/);
  assert.match(f.message, /FATAL: kernel too old/);
  assert.deepEqual(f.related, [{ message: 'target: rhel6 (from .kernel-lens.json)' }]);
});

test('glibc 2.36 and later: no start-up check, phrased as failing system calls', () => {
  const [f] = findingsOf('FROM debian:12\n', ID, rhel6());
  assert.ok(f);
  assert.match(f.message, /no longer checks the kernel version/);
  assert.doesNotMatch(f.message, /stops at start with "FATAL/);
});

test('no replacement offered unless its libc is known to accept the target kernel', () => {
  // Every supported successor needs Linux 3.2, more than this host has.
  const [f] = findingsOf('FROM ubuntu:22.04\n', ID, rhel6());
  assert.deepEqual(ruleFixes(f), []);
  const [g] = findingsOf('FROM amazonlinux:2\n', ID, target({ kernel: parseKernelVersion('3.0.101') }));
  assert.ok(g);
  assert.deepEqual(ruleFixes(g), [], 'amazonlinux:2023 has no verified minimum kernel: not offered');
});

test('fitsTarget: known minimum kernel at or below the target fits; unknown fits only when not required', () => {
  const release = (minKernel?: string): DistroRelease => ({
    id: 'x-1',
    distro: 'x',
    distroName: 'X',
    version: '1',
    label: 'X 1',
    os: 'linux',
    family: 'debian',
    packageManager: 'apt',
    supportEnds: '2030-01-01',
    libc: minKernel ? { kind: 'glibc', version: '2.40', minKernel } : { kind: 'glibc' },
    source: 'test',
  });
  const t = target({ kernel: parseKernelVersion('3.0.101') });
  assert.equal(fitsTarget(release('2.6.32'), t, TODAY, { requireKnownMinKernel: true }), true);
  assert.equal(fitsTarget(release('3.2'), t, TODAY, { requireKnownMinKernel: true }), false);
  assert.equal(fitsTarget(release(undefined), t, TODAY, { requireKnownMinKernel: true }), false);
  assert.equal(fitsTarget(release(undefined), t, TODAY), true);
  assert.equal(fitsTarget({ ...release('2.6.32'), supportEnds: '2020-01-01' }, t, TODAY), false, 'past support never fits');
});

test('negative: kernel new enough, unknown target kernel, musl (no minimum), unknown image', () => {
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, target()), [], '3.10 ≥ 3.2');
  assert.deepEqual(findingsOf('FROM centos:7\n', ID, rhel6()), [], '2.6.32 ≥ 2.6.32');
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, unknownTarget()), []);
  assert.deepEqual(findingsOf('FROM alpine:3.22\n', ID, rhel6()), []);
  assert.deepEqual(findingsOf('FROM example.com/x:1\n', ID, rhel6()), []);
});

test('every stage naming such an image is reported once; stages built on it are not', () => {
  const text = 'FROM ubuntu:22.04 AS build\nFROM build AS test\nFROM debian:11\n';
  assert.deepEqual(
    findingsOf(text, ID, rhel6()).map((f) => f.range.start.line),
    [0, 2],
  );
});
