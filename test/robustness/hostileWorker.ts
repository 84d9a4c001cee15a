/**
 * Worker side of hostile.test.ts: analyses one hostile case per message and answers with the time
 * taken or the failure. Runs in a worker thread so the test can give up on (and terminate) a hang.
 */
import { parentPort } from 'node:worker_threads';
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { applyEdits } from '../../server/src/analysis/edits';
import { fixAllEdits } from '../../server/src/analysis/fixAll';
import { hoverAt } from '../../server/src/analysis/hover';
import { readKernelConfigFile } from '../../server/src/analysis/host/kernelConfig';
import type { Range } from '../../server/src/analysis/types';
import { hostileCases } from './hostileCases';

const TODAY = new Date('2026-08-22T00:00:00Z');

function inside(lines: string[], r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(
      p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length,
      `${what} outside the document: ${JSON.stringify(r)}`,
    );
  }
}

export interface WorkerAnswer {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  summary?: string;
}

function run(name: string): WorkerAnswer {
  const c = hostileCases.find((x) => x.name === name);
  if (!c) return { name, ok: false, ms: 0, error: 'no such case' };
  const text = c.text();
  const t0 = Date.now();
  try {
    const r = analyzeDocument(text, {
      layers: { settings: { target: 'debian-12' } },
      readConfig: (p) => readKernelConfigFile(p),
      today: TODAY,
    });
    const lines = text.split(/\r\n|\r|\n/);
    assert.deepEqual(
      r.findings.filter((f) => /failed on this file/.test(f.message)).map((f) => f.message),
      [],
      'a rule threw',
    );
    for (const f of r.findings) {
      inside(lines, f.range, `finding ${f.ruleId}`);
      for (const fix of f.fixes) for (const e of fix.edits) inside(lines, e.range, `fix of ${f.ruleId}`);
    }
    for (const n of r.notes) inside(lines, n.range, 'note');
    // What source.fixAll computes, on every finding.
    const all = fixAllEdits(r.findings);
    for (const e of all) inside(lines, e.range, 'fix-all edit');
    // Apply the fixes of the first findings (each application copies and re-parses the whole text).
    // Past 1 MB only the application is checked: dockerfile-ast needs seconds per 10 MB parse (the fuzz tests cover parsing).
    const big = text.length > 1_000_000;
    for (const f of r.findings.slice(0, big ? 3 : 20)) {
      for (const fix of f.fixes) {
        if (!fix.edits.length) continue;
        const fixed = applyEdits(text, fix.edits);
        if (!big) assert.doesNotThrow(() => DockerfileParser.parse(fixed));
      }
    }
    // Hover: every position of the first lines (first 400 characters each), each FROM line, the last line.
    const probe = new Set<number>([
      ...Array(Math.min(lines.length, 40)).keys(),
      lines.length - 1,
      ...r.stages.slice(0, 200).map((s) => s.keywordRange.start.line),
    ]);
    // hoverAt scans every finding; with hundreds of thousands of them, probe every 16th column.
    const step = r.findings.length + r.notes.length > 10_000 ? 16 : 1;
    for (const line of probe) {
      for (let ch = 0; ch <= Math.min(lines[line].length + 1, 400); ch += step) {
        const h = hoverAt(r, { line, character: ch }, TODAY);
        if (h) inside(lines, h.range, `hover at ${line}:${ch}`);
      }
    }
    c.check?.(r, text);
    return {
      name,
      ok: true,
      ms: Date.now() - t0,
      summary: `${text.length} chars, ${lines.length} lines, ${r.stages.length} stages, ${r.findings.length} findings`,
    };
  } catch (e) {
    return { name, ok: false, ms: Date.now() - t0, error: (e as Error)?.stack ?? String(e) };
  }
}

parentPort?.on('message', (name: string) => parentPort!.postMessage(run(name)));
