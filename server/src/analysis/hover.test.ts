import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';
import { hoverAt } from './hover';
import type { TargetHost } from './host/types';

const TODAY = new Date('2026-11-26T00:00:00Z');
const target = (raw?: string): TargetHost => {
  const m = raw ? /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw) : null;
  return {
    kernel: m ? { major: +m[1], minor: +m[2], patch: +(m[3] ?? 0), raw: raw! } : undefined,
    os: 'linux',
    label: raw ? `kernel ${raw}` : 'unknown host',
    origin: { kind: 'cli', detail: 'from the test' },
  };
};
const card = (text: string, line: number, t: TargetHost = target('6.1.0-18-amd64'), ch = 1) => {
  const r = analyzeDocument(text, { target: t, today: TODAY });
  return hoverAt(r, { line, character: ch }, TODAY)?.markdown;
};

test('centos:7 card: identity, glibc and its minimum kernel, shipped kernel unused, end of life, host kernel, source', () => {
  const md = card('FROM centos:7\n', 0)!;
  assert.match(md, /### CentOS Linux 7/);
  assert.match(md, /glibc 2\.17; oldest kernel it accepts: 2\.6\.32/);
  assert.match(md, /Kernel on a real install:\*\* 3\.10 — a container does \*\*not\*\* use it/);
  assert.match(md, /end of life since 2024-06-30/);
  assert.match(md, /glibc 2\.17 needs kernel ≥ 2\.6\.32 — target 6\.1\.0-18-amd64 ✓/);
  assert.match(md, /runs on the \*\*host kernel\*\*/);
  assert.match(md, /Facts as of 2026-08-22 · source: /);
});

test('the target line says ✗ when the libc needs a newer kernel, and unknown when the target kernel is unknown', () => {
  assert.match(card('FROM ubuntu:22.04\n', 0, target('3.1'))!, /needs kernel ≥ 3\.2 — target 3\.1 is too old ✗/);
  assert.match(card('FROM ubuntu:22.04\n', 0, target())!, /target kernel unknown/);
});

test('moving tags and tag-rule identities say so', () => {
  assert.match(card('FROM ubuntu\n', 0)!, /moving tag/);
  assert.match(card('FROM python:3.12-slim\n', 0)!, /identity inferred from its tag/);
});

test('scratch, unknown images and unresolvable ARGs are explained honestly', () => {
  assert.match(card('FROM scratch\n', 0)!, /empty filesystem/);
  const unknown = card('FROM mycorp/thing:2\n', 0)!;
  assert.match(unknown, /not in the knowledge base/);
  assert.doesNotMatch(unknown, /glibc|musl|Kernel on a real install/);
  assert.match(card('ARG X\nFROM $X\n', 1)!, /not known before the build/);
});

test('no hover away from FROM lines and findings; a hover on a flagged command explains it', () => {
  assert.equal(card('FROM alpine:3.22\nRUN echo hi\n', 1, target('6.1'), 6), undefined);
  const md = card('FROM debian:13\nRUN modprobe wireguard\n', 1, target('6.1'), 6);
  assert.ok(md && /module|host/i.test(md), md);
});

test('the card says only what the image holds: no init line, no internal tag-rule ids', () => {
  for (const image of ['python:3.12-slim', 'nginx', 'centos:7']) {
    const md = card(`FROM ${image}\n`, 0)!;
    assert.doesNotMatch(md, /Init|systemd/, `${image}: the release's init is not the image's`);
    assert.doesNotMatch(md, /python\/default|nginx\/latest/, `${image}: no internal rule id`);
  }
  assert.match(card('FROM python:3.12-slim\n', 0)!, /identity from the tag: docker-library\/official-images library\/python/);
});

test('musl: no fixed oldest kernel, said with its source', () => {
  const md = card('FROM alpine:3.20\n', 0)!;
  assert.match(md, /musl 1\.2\.5; oldest kernel it accepts: no fixed minimum \(musl does not check the kernel version\)/);
  assert.doesNotMatch(md, /not in the knowledge base/);
  assert.match(md, /wiki\.musl-libc\.org\/supported-platforms/);
});

test('a Windows image: Windows support terms, and no "host kernel" sentence next to "cannot run"', () => {
  const md = card('FROM mcr.microsoft.com/windows/servercore:ltsc2022\n', 0)!;
  assert.match(md, /a Windows image cannot run on a Linux host .* ✗/);
  assert.doesNotMatch(md, /runs on the \*\*host kernel\*\*/);
  assert.doesNotMatch(md, /LTS\/ESM\/ELS|a userland, no kernel/);
  assert.match(md, /mainstream support/);
  assert.match(md, /runs only on a \*\*Windows host\*\*/);
});

test('card text is escaped for Markdown, code spans stay code', () => {
  const md = card('FROM my_corp/thing*:2\n', 0)!;
  assert.ok(md.includes('`my_corp/thing*:2`'), md); // in a code span as written
  assert.ok(md.includes('"my\\_corp/thing\\*"'), md); // in prose: no stray emphasis
});

test('a card says ✗ where a rule says the image cannot run: vsyscall=none and an old glibc', () => {
  const t: TargetHost = { ...target('6.1.0'), vsyscall: 'none', arch: 'amd64' };
  assert.match(card('FROM centos:6\n', 0, t)!, /\*\*vsyscall:\*\* glibc 2\.12 needs it; the target runs with vsyscall=none ✗/);
  assert.doesNotMatch(card('FROM centos:6\n', 0, { ...t, arch: 'arm64' })!, /vsyscall/, 'no vsyscall page off x86');
  assert.doesNotMatch(card('FROM debian:12\n', 0, t)!, /vsyscall/);
});
