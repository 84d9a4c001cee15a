/**
 * Rules reuse what they computed for an instruction across keystrokes (rules/shared/memo.ts: per
 * command and per block objects, which updateModel keeps while their instruction neither changes nor
 * moves). The invariant that reuse must keep: the findings and notes after an edit are those of a cold
 * analysis of the edited text (a new block cache, nothing memoised from earlier versions). Checked on
 * every fixture and on a generated file, for edits inside a RUN and edits that change the stage facts
 * the rules read (FROM, ARG, ENV, USER, an inserted line moving every instruction below it, a start
 * script the Dockerfile runs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateDockerfile } from '../../../bench/generate.mjs';
import { analyzeModel, type AnalyzeOptions } from './analyze';
import { BlockCache, buildModel, updateModel, type DockerfileModel, type DocumentLines } from './document';
import { resolveTarget } from './host/resolve';
import type { ContextFiles } from './rules/types';

const TODAY = new Date('2026-06-01T00:00:00Z');
const target = resolveTarget({ cli: { target: 'rhel8' } }).target;
const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');

function linesOf(text: string): DocumentLines {
  return { contentLines: () => text.split('\n'), hasCarriageReturns: false, getText: () => text };
}

function outputs(model: DockerfileModel, contextFiles?: ContextFiles): string {
  const options: AnalyzeOptions = { target, today: TODAY, commonFixes: false, contextFiles };
  const r = analyzeModel(model, options);
  return JSON.stringify({ findings: r.findings, notes: r.notes });
}

type Edit = { line: number; start: number; end: number; text: string };

/** Edits of `text`: a character typed in a RUN, and changes to the stage facts (each applied to the previous version). */
function editsOf(text: string): Edit[] {
  const lines = text.split('\n');
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i])) return i;
    return -1;
  };
  const edits: Edit[] = [];
  const run = find(/^\s*RUN\s/, Math.floor(lines.length / 2));
  const anyRun = run >= 0 ? run : find(/^\s*RUN\s/);
  if (anyRun >= 0) edits.push({ line: anyRun, start: lines[anyRun].length, end: lines[anyRun].length, text: ' x' });
  const from = find(/^\s*FROM\s/, Math.floor(lines.length / 2));
  const anyFrom = from >= 0 ? from : find(/^\s*FROM\s/);
  if (anyFrom >= 0) edits.push({ line: anyFrom, start: 0, end: lines[anyFrom].length, text: 'FROM ubuntu:14.04 AS edited' });
  // Inserted lines (each moves every instruction below it): ARG, ENV and USER after the first FROM.
  const first = find(/^\s*FROM\s/);
  const after = first >= 0 ? first + 1 : 0;
  edits.push({ line: after, start: 0, end: 0, text: 'ARG KERNEL_LENS_EDIT=1\n' });
  edits.push({ line: after, start: 0, end: 0, text: 'ENV PATH=/opt/edit/bin:$PATH LD_BIND_NOW=1\n' });
  edits.push({ line: after, start: 0, end: 0, text: 'USER root\n' });
  // A whole line removed again (the ARG), then the FROM typed back to an unknown image.
  edits.push({ line: after + 2, start: 0, end: 'ARG KERNEL_LENS_EDIT=1\n'.length, text: '' });
  if (first >= 0) edits.push({ line: first, start: 0, end: lines[first].length, text: 'FROM debian:12' });
  return edits;
}

function apply(text: string, e: Edit): string {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < e.line; i++) offset += lines[i].length + 1;
  return text.slice(0, offset + e.start) + e.text + text.slice(offset + e.end);
}

/** Analyses each version incrementally (one block cache, the previous model) and cold; they must agree. */
function checkEdits(name: string, text: string, contextFiles?: (version: number) => ContextFiles): void {
  const cache = new BlockCache();
  let model = buildModel(text, cache);
  outputs(model, contextFiles?.(0)); // fills every memo with this version
  let current = text;
  editsOf(text).forEach((e, i) => {
    const next = apply(current, e);
    const change = { range: { start: { line: e.line, character: e.start }, end: endPosition(current, e) }, text: e.text };
    model = updateModel(model, linesOf(next), [change], cache);
    cache.retainLatest();
    const files = contextFiles?.(i + 1);
    const incremental = outputs(model, files);
    const cold = outputs(buildModel(next, new BlockCache()), files);
    assert.equal(incremental, cold, `${name}: edit ${i + 1} (${JSON.stringify(e)})`);
    current = next;
  });
}

function endPosition(text: string, e: Edit): { line: number; character: number } {
  const lines = text.split('\n');
  let line = e.line;
  let left = e.end;
  while (left > lines[line].length && line + 1 < lines.length) {
    left -= lines[line].length + 1;
    line++;
  }
  return { line, character: left };
}

test('findings and notes after edits equal a cold analysis: every fixture', () => {
  let checked = 0;
  for (const dir of readdirSync(fixtures)) {
    const file = join(fixtures, dir, 'Dockerfile');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes('\r')) continue; // CRLF documents are built from the text at every change (updateModel)
    checkEdits(dir, text);
    checked++;
  }
  assert.ok(checked > 50, `fixtures checked: ${checked}`);
});

test('findings and notes after edits equal a cold analysis: a generated file', () => {
  checkEdits('generated', generateDockerfile(1500).text);
});

test('findings and notes after edits equal a cold analysis: a start script the Dockerfile runs changes', () => {
  const text = [
    'FROM ubuntu:22.04',
    'RUN apt-get update && apt-get install -y kmod iproute2 qemu-system-x86',
    'COPY start.sh /usr/local/bin/start.sh',
    'COPY debos /usr/local/bin/',
    'ENTRYPOINT ["/usr/local/bin/start.sh"]',
    '',
  ].join('\n');
  const scripts = [
    '#!/bin/sh\nmodprobe wireguard\nexec app\n',
    '#!/bin/sh\nip link add wg0 type wireguard\nexec app\n',
    '#!/bin/sh\nexec app\n',
  ];
  checkEdits('start script', text, (v) => new Map([['start.sh', scripts[v % scripts.length]]]));
});
