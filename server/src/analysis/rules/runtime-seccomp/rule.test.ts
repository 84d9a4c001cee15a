import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, target } from '../testKit';
import type { RuntimeInfo } from '../../host/types';

const ID = 'runtime-seccomp';
const docker = (version: string, extra: Partial<RuntimeInfo> = {}) => target({ runtime: { kind: 'docker', version, ...extra } });

test('glibc ≥ 2.34 image on Docker Engine before the clone3 fix → warning on the image', () => {
  const [f] = findingsOf('FROM ubuntu:22.04\n', ID, docker('20.10.9'));
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 17 } });
  assert.match(f.message, /clone3/);
  assert.match(f.message, /20\.10\.9/);
  assert.match(f.message, /20\.10\.10/);
  assert.deepEqual(f.related, [{ message: 'target: test (test)' }]);
});

test('Alpine 3.14+ on Docker Engine before 20.10.0 → faccessat2 warning (derived -alpine images too)', () => {
  const [f] = findingsOf('FROM alpine:3.14\n', ID, docker('19.03.15'));
  assert.match(f.message, /faccessat2/);
  assert.match(f.message, /libseccomp 2\.4\.4/);
  assert.equal(findingsOf('FROM node:20-alpine\n', ID, docker('19.03.15')).filter((x) => /faccessat2/.test(x.message)).length, 1);
});

test('io_uring packages and programs on Docker Engine ≥ 25 → warning on the package / program word', () => {
  const text =
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends liburing2=2.1-1 ca-certificates\nCMD ["fio", "--ioengine=io_uring", "job.fio"]\n';
  const found = findingsOf(text, ID, docker('27.3.1'));
  assert.deepEqual(
    found.map((f) => [f.range.start.line, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]),
    [
      [1, 'liburing2=2.1-1'],
      [2, '"fio"'],
    ],
  );
  assert.match(found[0].message, /io_uring_setup/);
  assert.match(found[0].message, /seccomp profile/);
  assert.equal(found[0].related?.[0].range?.start.line, 0, 'points at the FROM line');
});

test('negative: fixed engines, seccomp disabled, other runtimes, unknown version, old libc', () => {
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, docker('20.10.10')), []);
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, docker('20.10.9', { seccompDefault: false })), []);
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, target({ runtime: { kind: 'podman', version: '3.0.0' } })), []);
  assert.deepEqual(findingsOf('FROM ubuntu:22.04\n', ID, target({ runtime: { kind: 'docker' } })), []);
  assert.deepEqual(findingsOf('FROM ubuntu:20.04\n', ID, docker('20.10.9')), [], 'glibc 2.31 does not use clone3');
  assert.deepEqual(findingsOf('FROM alpine:3.13\n', ID, docker('19.03.15')), []);
  const uring = 'FROM debian:12\nRUN apt-get install -y liburing2\n';
  assert.deepEqual(findingsOf(uring, ID, docker('24.0.9')), [], 'before 25.0 io_uring was allowed');
  assert.deepEqual(findingsOf(uring, ID, docker('25.0.0', { seccompDefault: false })), []);
  assert.deepEqual(findingsOf('FROM debian:12\nRUN apt-get remove -y liburing2\n', ID, docker('25.0.0')), [], 'not an install');
});
