import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatImageRef, parseImageRef } from './imageRef';

const ok = (s: string) => {
  const r = parseImageRef(s);
  assert.ok(r.ok, `${s}: ${!r.ok ? r.error : ''}`);
  return r.ref;
};

test('Docker Hub official images, namespaces and aliases normalise to docker.io/library', () => {
  assert.deepEqual(
    { ...ok('ubuntu') },
    { raw: 'ubuntu', registry: 'docker.io', path: 'library/ubuntu', name: 'ubuntu', tag: undefined, digest: undefined, official: true },
  );
  for (const s of [
    'docker.io/library/ubuntu:22.04',
    'index.docker.io/library/ubuntu:22.04',
    'docker.io/ubuntu:22.04',
    'registry-1.docker.io/library/ubuntu:22.04',
  ]) {
    const r = ok(s);
    assert.equal(r.registry, 'docker.io', s);
    assert.equal(r.path, 'library/ubuntu', s);
    assert.equal(r.tag, '22.04', s);
    assert.equal(formatImageRef(r), 'ubuntu:22.04');
  }
  const ns = ok('rockylinux/rockylinux:9');
  assert.equal(ns.path, 'rockylinux/rockylinux');
  assert.equal(ns.official, false);
});

test('registries: dots, ports and localhost mark a host; deep paths keep every component', () => {
  const q = ok('quay.io/centos/centos:stream9');
  assert.deepEqual([q.registry, q.path, q.name, q.tag], ['quay.io', 'centos/centos', 'centos', 'stream9']);
  const mcr = ok('mcr.microsoft.com/dotnet/sdk:8.0');
  assert.deepEqual([mcr.registry, mcr.path, mcr.name], ['mcr.microsoft.com', 'dotnet/sdk', 'sdk']);
  const ubi = ok('registry.access.redhat.com/ubi9/ubi-minimal:9.4');
  assert.equal(ubi.path, 'ubi9/ubi-minimal');
  const port = ok('localhost:5000/team/app:1.0');
  assert.deepEqual([port.registry, port.path, port.tag], ['localhost:5000', 'team/app', '1.0']);
  assert.equal(ok('localhost/app').registry, 'localhost');
  assert.equal(ok('public.ecr.aws/amazonlinux/amazonlinux:2023').registry, 'public.ecr.aws');
  assert.equal(formatImageRef(q), 'quay.io/centos/centos:stream9');
});

test('digests with and without tags', () => {
  const d = 'sha256:' + 'a'.repeat(64);
  const r = ok(`ubuntu:22.04@${d}`);
  assert.equal(r.tag, '22.04');
  assert.equal(r.digest, d);
  const only = ok(`alpine@${d}`);
  assert.equal(only.tag, undefined);
  assert.equal(only.digest, d);
  assert.equal(formatImageRef(only), `alpine@${d}`);
});

test('malformed references give a reason, never a guess', () => {
  for (const [s, re] of [
    ['', /empty/],
    ['Ubuntu:22.04', /malformed repository/],
    ['ubuntu:', /malformed tag/],
    ['ubuntu@sha256:xyz', /malformed digest/],
    ['ubuntu:bad tag', /malformed tag/],
    [':::', /malformed/],
    ['a'.repeat(5000), /longer than/],
  ] as const) {
    const r = parseImageRef(s);
    assert.equal(r.ok, false, s);
    if (!r.ok) assert.match(r.error, re, s);
  }
});
