import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../analyze';
import { checkFix, findingsOf, ruleFixes, target, TODAY } from '../testKit';

const ID = 'vsyscall-required';

test('CentOS 6 (glibc 2.12) on a vsyscall=none host → error with the crash described and successors', () => {
  const text = 'FROM centos:6 AS legacy\nRUN yum -y install gcc\n';
  const [f] = findingsOf(text, ID, target());
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } });
  assert.match(f.message, /glibc 2\.12/);
  assert.match(f.message, /vsyscall=none/);
  assert.match(f.message, /139/);
  assert.match(f.message, /vsyscall=emulate/);
  assert.deepEqual(f.related, [{ message: 'target: test (test)' }]);
  const fixes = ruleFixes(f);
  assert.equal(fixes.length, 2);
  assert.ok(fixes.every((x) => !x.isPreferred));
  checkFix(
    text,
    target(),
    ID,
    1,
    'Replace centos:6 with rockylinux/rockylinux:9',
    'FROM rockylinux/rockylinux:9 AS legacy\nRUN yum -y install gcc\n',
  );
});

test('CRLF file with a digest', () => {
  const text = 'FROM centos:6@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\nCMD ["bash"]\r\n';
  checkFix(
    text,
    target(),
    ID,
    1,
    'Replace centos:6 with almalinux:9 (drops the digest, which pinned the old image)',
    'FROM almalinux:9\r\nCMD ["bash"]\r\n',
  );
});

test('Debian 7 wheezy (eglibc 2.13, the last version the check names) → error; squeeze, its version not recorded → nothing', () => {
  for (const img of ['debian:wheezy', 'debian:7']) {
    const [f] = findingsOf(`FROM ${img}\n`, ID, target());
    assert.ok(f, img);
    assert.match(f.message, /eglibc 2\.13/);
  }
  // Debian 6's eglibc version is not in the table: say less rather than guess from the codename.
  assert.deepEqual(findingsOf('FROM debian:squeeze\n', ID, target()), []);
});

test('CentOS 5 (glibc 2.5, the RHEL 5 errata version) → error, under every tag spelling of the release', () => {
  for (const img of ['centos:5', 'centos:5.11', 'centos:centos5']) {
    const [f] = findingsOf(`FROM ${img}\n`, ID, target());
    assert.ok(f, img);
    assert.match(f.message, /glibc 2\.5 needs vsyscall/);
    assert.match(f.message, /CentOS Linux 5/);
  }
});

test('negative: emulate/xonly/unknown vsyscall, non-x86 targets, newer glibc, musl', () => {
  for (const vsyscall of ['emulate', 'xonly', undefined] as const) {
    assert.deepEqual(findingsOf('FROM centos:6\n', ID, target({ vsyscall })), [], String(vsyscall));
  }
  assert.deepEqual(findingsOf('FROM centos:6\n', ID, target({ arch: 'arm64' })), []);
  for (const img of ['centos:7', 'debian:8', 'alpine:3.20']) assert.deepEqual(findingsOf(`FROM ${img}\n`, ID, target()), [], img);
});

test('unknown vsyscall mode: a hover note says it matters, no finding', () => {
  const r = analyzeDocument('FROM centos:6\n', { target: target({ vsyscall: undefined }), today: TODAY });
  assert.equal(r.findings.filter((f) => f.ruleId === ID).length, 0);
  const note = r.notes.find((n) => n.markdown.includes('vsyscall'));
  assert.ok(note);
  assert.equal(note.range.start.line, 0);
  assert.match(note.markdown, /unknown/);
});
