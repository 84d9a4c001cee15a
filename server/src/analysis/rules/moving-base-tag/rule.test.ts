import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, findingsOf, ruleFixes, target, unknownTarget } from '../testKit';

const ID = 'moving-base-tag';
const t = unknownTarget();

test('untagged image → info: means :latest, which release as of the knowledge date; safe preferred pin', () => {
  const text = 'FROM ubuntu\nRUN apt-get update\n';
  const [f] = findingsOf(text, ID, t);
  assert.equal(f.severity, 'info');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } });
  assert.match(
    f.message,
    /^`ubuntu` follows the moving tag `latest`: a rebuild can bring a different userland\. `ubuntu` means `ubuntu:latest`, which is Ubuntu 26\.04 LTS.* as of 2026-08-22/,
  );
  const [fix] = ruleFixes(f);
  assert.equal(fix.title, 'Pin to ubuntu:26.04');
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.safe, true);
  checkFix(text, t, ID, 1, 'Pin to ubuntu:26.04', 'FROM ubuntu:26.04\nRUN apt-get update\n');
});

test('latest / major-only tags; the repository keeps its spelling; platform and stage name stay', () => {
  checkFix(
    'FROM --platform=$BUILDPLATFORM alpine:3 AS tools\n',
    t,
    ID,
    1,
    'Pin to alpine:3.24',
    'FROM --platform=$BUILDPLATFORM alpine:3.24 AS tools\n',
  );
  checkFix(
    'FROM docker.io/library/ubuntu:latest\n',
    t,
    ID,
    1,
    'Pin to docker.io/library/ubuntu:26.04',
    'FROM docker.io/library/ubuntu:26.04\n',
  );
});

test('derived images pin to the derived tag', () => {
  // node 20 is no longer published (a frozen tag, not a moving one); node 22 still moves.
  checkFix('FROM node:22-alpine\n', t, ID, 1, 'Pin to node:22-alpine3.24', 'FROM node:22-alpine3.24\n');
});

test('through a global ARG default', () => {
  checkFix('ARG BASE=ubuntu\nFROM $BASE\n', t, ID, 2, 'Pin ARG BASE to ubuntu:26.04', 'ARG BASE=ubuntu:26.04\nFROM $BASE\n');
  checkFix("ARG TAG='latest'\nFROM ubuntu:${TAG}\n", t, ID, 2, 'Pin ARG TAG to 26.04', "ARG TAG='26.04'\nFROM ubuntu:${TAG}\n");
});

test('CRLF and backtick-escape files', () => {
  checkFix('FROM alpine\r\nRUN echo hi\r\n', t, ID, 1, 'Pin to alpine:3.24', 'FROM alpine:3.24\r\nRUN echo hi\r\n');
  checkFix('# escape=`\nFROM alpine:latest`\n  AS base\n', t, ID, 2, 'Pin to alpine:3.24', '# escape=`\nFROM alpine:3.24`\n  AS base\n');
});

test('negative: pinned release tags, digests, unknown images, scratch', () => {
  for (const text of [
    'FROM ubuntu:24.04\n',
    'FROM ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM ubuntu:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM example.com/x\n',
    'FROM scratch\n',
  ]) {
    assert.deepEqual(findingsOf(text, ID, target()), [], text);
  }
});
