/**
 * Property tests on the analysis: random Dockerfile-like text (and random edit sequences) never
 * make analysis, hover or fixes throw; every range lies inside the document; every offered fix
 * applies and leaves text dockerfile-ast still parses; cached (incremental) analysis equals
 * analysis from scratch. Run count: KERNEL_LENS_FUZZ_RUNS (default 100); seed printed per property.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type AnalysisResult, type AnalyzeOptions } from '../../server/src/analysis/analyze';
import { BlockCache } from '../../server/src/analysis/document';
import { applyEdits, offsetAt } from '../../server/src/analysis/edits';
import { hoverAt } from '../../server/src/analysis/hover';
import { readKernelConfigFile } from '../../server/src/analysis/host/kernelConfig';
import { comparePositions, type Finding, type Range, type TextEdit } from '../../server/src/analysis/types';
import { fixAllEdits } from '../../server/src/analysis/fixAll';
import { concreteChange, dockerfileText, fcParams, fuzzRuns, lspLines, relativeEdit } from './arbitraries';

const RUNS = fuzzRuns();
const TODAY = new Date('2026-08-22T00:00:00Z');

/** A few targets so target-dependent rules and hover branches run too. */
const targets: AnalyzeOptions[] = [
  { layers: {}, today: TODAY },
  { layers: { settings: { target: 'rhel8' } }, readConfig: (p) => readKernelConfigFile(p), today: TODAY },
  { layers: { settings: { kernel: '3.10' } }, today: TODAY },
  { layers: { settings: { target: 'debian-12', cgroup: 2, vsyscall: 'none' } }, readConfig: (p) => readKernelConfigFile(p), today: TODAY },
  { layers: { settings: { os: 'windows', windowsBuild: 17763 } }, today: TODAY },
  { layers: { settings: { target: 'docker-desktop', runtime: 'docker@20.10.0+unconfined' } }, today: TODAY },
];
const targetIndex = fc.integer({ min: 0, max: targets.length - 1 });

function inside(lines: readonly string[], r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: non-integer position ${JSON.stringify(r)}`);
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1} in ${JSON.stringify(r)}`);
    assert.ok(
      p.character >= 0 && p.character <= lines[p.line].length,
      `${what}: character ${p.character} outside line ${p.line} (length ${lines[p.line].length}) in ${JSON.stringify(r)}`,
    );
  }
  assert.ok(
    r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character),
    `${what}: start after end ${JSON.stringify(r)}`,
  );
}

/** Everything a client can ask about one document, checked for exceptions and ranges. */
function checkResult(text: string, result: AnalysisResult): void {
  const lines = lspLines(text);
  const crashed = result.findings.filter((f) => /failed on this file/.test(f.message));
  assert.deepEqual(
    crashed.map((f) => f.message),
    [],
    'a rule threw (caught by analyzeModel)',
  );
  for (const f of result.findings) {
    inside(lines, f.range, `finding ${f.ruleId}`);
    for (const r of f.related ?? []) if (r.range) inside(lines, r.range, `related of ${f.ruleId}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) inside(lines, e.range, `fix '${fix.title}' of ${f.ruleId}`);
      if (!fix.edits.length) continue;
      const fixed = applyEdits(text, fix.edits);
      assert.doesNotThrow(() => DockerfileParser.parse(fixed), `fix '${fix.title}' leaves text dockerfile-ast cannot parse`);
      const again = analyzeDocument(fixed, { today: TODAY });
      assert.ok(Array.isArray(again.findings));
    }
  }
  for (const n of result.notes) inside(lines, n.range, 'hover note');
  const all = fixAllEdits(result.findings);
  const fixedAll = applyEdits(text, all);
  assert.doesNotThrow(() => DockerfileParser.parse(fixedAll));
  // Hover at every position, plus one past each line's end and one line past the end.
  for (let line = 0; line <= lines.length; line++) {
    const len = line < lines.length ? lines[line].length : 0;
    for (let character = 0; character <= len + 1; character++) {
      const h = hoverAt(result, { line, character }, TODAY);
      if (h) {
        assert.equal(typeof h.markdown, 'string');
        inside(lines, h.range, `hover at ${line}:${character}`);
      }
    }
  }
}

test(`random Dockerfile text: analysis, hover at every position and every fix never throw; ranges inside (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(dockerfileText, targetIndex, (text, t) => {
      checkResult(text, analyzeDocument(text, targets[t]));
    }),
    fcParams('analysis', RUNS),
  );
});

test(`random edit sequences: cached analysis equals analysis from scratch at every step (${Math.max(10, Math.floor(RUNS / 4))} runs)`, () => {
  fc.assert(
    fc.property(dockerfileText, fc.array(relativeEdit, { minLength: 1, maxLength: 12 }), (start, edits) => {
      const cache = new BlockCache();
      let doc = TextDocument.create('file:///fuzz/Dockerfile', 'dockerfile', 1, start);
      analyzeDocument(doc.getText(), { cache, today: TODAY });
      for (const e of edits) {
        const change = concreteChange(doc.getText(), e);
        doc = TextDocument.update(doc, [change], doc.version + 1);
        const text = doc.getText();
        const incremental = analyzeDocument(text, { cache, today: TODAY });
        const scratch = analyzeDocument(text, { today: TODAY });
        assert.deepEqual(
          incremental.findings.map((f) => [f.ruleId, f.range, f.message]),
          scratch.findings.map((f) => [f.ruleId, f.range, f.message]),
        );
        checkResult(text, incremental);
      }
    }),
    fcParams('incremental', Math.max(10, Math.floor(RUNS / 4))),
  );
});

test(`edits.offsetAt agrees with LSP positions for every line ending (\\n, \\r\\n, \\r) (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(dockerfileText, fc.nat(), fc.nat(), (text, l, c) => {
      const lines = lspLines(text);
      const line = l % (lines.length + 1);
      const character = c % ((lines[line]?.length ?? 0) + 2);
      const doc = TextDocument.create('file:///x', 'dockerfile', 1, text);
      assert.equal(offsetAt(text, { line, character }), doc.offsetAt({ line, character }), JSON.stringify({ text, line, character }));
    }),
    fcParams('offsetAt', RUNS),
  );
});

/** The obvious quadratic definition of fix-all, to check the indexed one against. */
function referenceFixAll(findings: readonly Finding[]): TextEdit[] {
  const taken: Range[] = [];
  const out: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length);
    if (!fix) continue;
    const clash = fix.edits.some(({ range: s }) =>
      taken.some(
        (t) =>
          (comparePositions(s.start, t.end) < 0 && comparePositions(t.start, s.end) < 0) ||
          (comparePositions(s.start, s.end) === 0 && comparePositions(s.start, t.start) === 0),
      ),
    );
    if (clash) continue;
    taken.push(...fix.edits.map((e) => e.range));
    out.push(...fix.edits);
  }
  return out;
}

const smallPos = fc.record({ line: fc.integer({ min: 0, max: 6 }), character: fc.integer({ min: 0, max: 6 }) });
const arbRange = fc.tuple(smallPos, smallPos).map(([a, b]) => (comparePositions(a, b) <= 0 ? { start: a, end: b } : { start: b, end: a }));
const arbFinding: fc.Arbitrary<Finding> = fc.record({
  ruleId: fc.constant('r'),
  severity: fc.constant('warning' as const),
  range: arbRange,
  message: fc.constant('m'),
  fixes: fc.array(
    fc.record({
      title: fc.constant('t'),
      kind: fc.constant('quickfix' as const),
      safe: fc.boolean(),
      edits: fc.array(fc.record({ range: arbRange, newText: fc.constantFrom('', 'x') }), { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
});

test(`fix-all picks exactly what the quadratic definition picks (${RUNS * 5} runs)`, () => {
  fc.assert(
    fc.property(fc.array(arbFinding, { maxLength: 25 }), (findings) => {
      assert.deepEqual(fixAllEdits(findings), referenceFixAll(findings));
    }),
    fcParams('fixAll', RUNS * 5),
  );
});
