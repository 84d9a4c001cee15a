import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';
import { hoverAt } from './hover';
import type { TargetHost } from './host/types';

const TODAY = new Date('2026-11-26T00:00:00Z');
const target = (raw?: string): TargetHost => {
  const m = raw ? /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw) : null;
  return { kernel: m ? { major: +m[1], minor: +m[2], patch: +(m[3] ?? 0), raw: raw! } : undefined, os: 'linux', label: raw ? `kernel ${raw}` : 'unknown host', origin: { kind: 'cli', detail: 'from the test' } };
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
  assert.match(card('FROM ubuntu:22.04\n', 0, target('3.1'))!, /needs kernel ≥ 3\.2 — target 3\.1 ✗ too old/);
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
