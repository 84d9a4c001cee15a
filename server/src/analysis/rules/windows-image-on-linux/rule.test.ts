import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, target, unknownTarget } from '../testKit';

const ID = 'windows-image-on-linux';
const IMG = 'mcr.microsoft.com/windows/servercore:ltsc2022';
const windowsHost = (build: number) => ({
  label: `Windows build ${build}`,
  origin: { kind: 'cli' as const, detail: 'test' },
  os: 'windows' as const,
  windowsBuild: build,
});

test('Windows image on a Linux target → error on the image reference', () => {
  const [f] = findingsOf(`FROM ${IMG}\nRUN echo hi\n`, ID, target());
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 5 + IMG.length } });
  assert.match(f.message, /Windows kernel/);
  assert.deepEqual(f.related, [{ message: 'target: test (test)' }]);
  assert.equal(findingsOf(`FROM ${IMG}\n`, ID, target({ os: 'linux', kernel: undefined })).length, 1);
});

test('Windows host: newer image → error; older image → warning that names Hyper-V isolation', () => {
  const [newer] = findingsOf(`FROM ${IMG}\n`, ID, windowsHost(17763));
  assert.equal(newer.severity, 'error');
  assert.match(newer.message, /20348/);
  assert.match(newer.message, /17763/);
  const [older] = findingsOf('FROM mcr.microsoft.com/windows/servercore:ltsc2019\n', ID, windowsHost(20348));
  assert.equal(older.severity, 'warning');
  assert.match(older.message, /--isolation=hyperv/);
});

test('negative: same build, Linux images, unknown target, unknown host build', () => {
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, windowsHost(20348)), []);
  assert.deepEqual(findingsOf('FROM ubuntu:24.04\n', ID, target()), []);
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, unknownTarget()), []);
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, { ...windowsHost(1), windowsBuild: undefined }), []);
});

test('a Windows base image pinned by digest only is still Windows: error on every Linux target, none on a Windows host', () => {
  const ref = 'mcr.microsoft.com/windows/nanoserver@sha256:3bb312dcc36fa551766a13cf2fb8e2be90726774589c96bea9198a26307bf2a2';
  for (const t of [target(), target({ kernel: { major: 5, minor: 15, patch: 0, raw: '5.15.0-91-generic' }, label: 'ubuntu-22.04' })]) {
    const [f] = findingsOf(`FROM ${ref}\n`, ID, t);
    assert.equal(f?.severity, 'error', t.label);
    assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 5 + ref.length } });
    assert.match(f.message, /Windows kernel/);
  }
  // The build is not known from a digest: no build-mismatch verdict on a Windows host.
  assert.deepEqual(findingsOf(`FROM ${ref}\n`, ID, windowsHost(20348)), []);
});
