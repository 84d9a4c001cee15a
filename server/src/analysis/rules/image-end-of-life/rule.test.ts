import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKernelVersion } from '../../host/kernelVersion';
import { analyzeDocument } from '../../analyze';
import { checkFix, findingsOf, lineOf, ruleFixes, target, unknownTarget, TODAY } from '../testKit';
import { compareDotted } from '../shared/baseImage';

const ID = 'image-end-of-life';
const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

test('past end of life → warning on the image reference, with every fitting successor and none preferred', () => {
  const text = 'FROM centos:7\nRUN yum -y install httpd\n';
  const [f] = findingsOf(text, ID, target());
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } });
  assert.match(f.message, /CentOS Linux 7/);
  assert.match(f.message, /end of life since 2024-06-30/);
  assert.match(f.message, /always the host's/);
  const fixes = ruleFixes(f);
  assert.deepEqual(
    fixes.map((x) => x.title),
    ['Replace centos:7 with rockylinux/rockylinux:9', 'Replace centos:7 with almalinux:9'],
  );
  assert.ok(fixes.every((x) => !x.isPreferred && !x.safe));
  checkFix(text, target(), ID, 1, 'Replace centos:7 with almalinux:9', 'FROM almalinux:9\nRUN yum -y install httpd\n');
  checkFix(
    text,
    target(),
    ID,
    1,
    'Replace centos:7 with rockylinux/rockylinux:9',
    'FROM rockylinux/rockylinux:9\nRUN yum -y install httpd\n',
  );
});

test('within extended support → info; a single successor is preferred', () => {
  const text = 'FROM ubuntu:18.04\n';
  const [f] = findingsOf(text, ID, target());
  assert.equal(f.severity, 'info');
  assert.match(f.message, /extended/);
  const fixes = ruleFixes(f);
  assert.equal(fixes.length, 1);
  assert.equal(fixes[0].isPreferred, true);
  checkFix(text, target(), ID, 1, 'Replace ubuntu:18.04 with ubuntu:24.04', 'FROM ubuntu:24.04\n');
});

test('keeps --platform and the stage name; a digest is dropped and the title says so', () => {
  const text = `FROM --platform=linux/amd64 ubuntu:18.04@${DIGEST} AS build\nRUN true\nFROM build\n`;
  checkFix(
    text,
    target(),
    ID,
    1,
    'Replace ubuntu:18.04 with ubuntu:24.04 (drops the digest, which pinned the old image)',
    'FROM --platform=linux/amd64 ubuntu:24.04 AS build\nRUN true\nFROM build\n',
  );
});

test('a FROM taking its image from a global ARG gets the ARG default edited', () => {
  const text = 'ARG BASE="centos:7"\nFROM ${BASE} AS app\n';
  const [f] = findingsOf(text, ID, target());
  assert.equal(lineOf(f), 2);
  checkFix(text, target(), ID, 2, 'Set ARG BASE to almalinux:9', 'ARG BASE="almalinux:9"\nFROM ${BASE} AS app\n');
  const tagged = 'ARG UBUNTU_VERSION=18.04\nFROM ubuntu:${UBUNTU_VERSION}\n';
  checkFix(tagged, target(), ID, 2, 'Set ARG UBUNTU_VERSION to 24.04', 'ARG UBUNTU_VERSION=24.04\nFROM ubuntu:${UBUNTU_VERSION}\n');
});

test('no ARG edit when another FROM uses the same ARG differently, or the successor is another repository', () => {
  const shared = 'ARG V=18.04\nFROM ubuntu:${V}\nFROM example/tool:${V}\n';
  const [f] = findingsOf(shared, ID, target());
  assert.deepEqual(ruleFixes(f), []);
  const otherRepo = 'ARG TAG=7\nFROM centos:${TAG}\n';
  const [g] = findingsOf(otherRepo, ID, target());
  assert.deepEqual(ruleFixes(g), [], 'centos → rockylinux cannot be expressed as a new tag');
});

test('CRLF file: the edit keeps line endings', () => {
  const text = 'FROM ubuntu:18.04\r\nRUN echo hi\r\n';
  checkFix(text, target(), ID, 1, 'Replace ubuntu:18.04 with ubuntu:24.04', 'FROM ubuntu:24.04\r\nRUN echo hi\r\n');
});

test('backtick escape file', () => {
  const text = '# escape=`\nFROM alpine:3.18 AS tools\nRUN echo a `\n    && echo b\n';
  checkFix(
    text,
    target(),
    ID,
    2,
    'Replace alpine:3.18 with alpine:3.24',
    '# escape=`\nFROM alpine:3.24 AS tools\nRUN echo a `\n    && echo b\n',
  );
});

test('successors must fit the target kernel: none offered when their libc needs a newer kernel', () => {
  const old = target({ kernel: parseKernelVersion('2.6.32-754.el6.x86_64') });
  const [f] = findingsOf('FROM centos:7\n', ID, old);
  assert.ok(f, 'still reported');
  assert.deepEqual(ruleFixes(f), []);
  assert.doesNotMatch(f.message, /rockylinux/);
});

test('derived images are reported but not replaced by a bare distribution image', () => {
  const [f] = findingsOf('FROM python:3.8-slim-buster\n', ID, target());
  assert.ok(f);
  assert.match(f.message, /Debian 10/);
  assert.deepEqual(ruleFixes(f), []);
});

test('today decides: a release is fine before its end date', () => {
  const before = analyzeDocument('FROM ubuntu:25.04\n', { target: target(), today: new Date('2025-12-01T00:00:00Z') }).findings;
  assert.equal(before.filter((f) => f.ruleId === ID).length, 0);
  const after = analyzeDocument('FROM ubuntu:25.04\n', { target: target(), today: TODAY }).findings;
  assert.equal(after.filter((f) => f.ruleId === ID).length, 1);
});

test('negative: supported, rolling, unknown and scratch images; stage references are not repeated', () => {
  for (const text of ['FROM ubuntu:24.04\n', 'FROM archlinux\n', 'FROM example.com/team/thing:1\n', 'FROM scratch\n', 'FROM ${NOPE}\n']) {
    assert.deepEqual(findingsOf(text, ID, unknownTarget()), [], text);
  }
  const chained = 'FROM centos:7 AS base\nFROM base\nFROM base AS again\n';
  assert.deepEqual(findingsOf(chained, ID, target()).map(lineOf), [1]);
});

test('compareDotted compares numerically', () => {
  assert.ok(compareDotted('2.9', '2.13') < 0);
  assert.ok(compareDotted('20.10.9', '20.10.10') < 0);
  assert.equal(compareDotted('25.0', '25.0.0'), 0);
  assert.ok(compareDotted('3.14', '3.9') > 0);
});

test('a release guessed from the image name → info that says it is a guess, never a warning', () => {
  // fbiete/centos_epel is in no table: nameGuesses.ts reads CentOS 7 from its name and tag, and labels it a guess.
  const [f] = findingsOf('FROM fbiete/centos_epel:7\nRUN yum -y install httpd\n', ID, target());
  assert.equal(f.severity, 'info');
  assert.match(f.message, /^`fbiete\/centos_epel:7` may be past end of life \(release guessed from its name\)\./);
  assert.match(f.message, /would be CentOS Linux 7 \(/);
  // The same release read from a table stays a warning.
  assert.equal(findingsOf('FROM centos:7\n', ID, target())[0].severity, 'warning');
});
