/** Helpers for rule and shell tests: analyse with a fixed target, apply a fix, check the result. */
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { analyzeDocument, type AnalysisResult } from '../analyze';
import { applyEdits } from '../edits';
import { resolveTarget } from '../host/resolve';
import type { TargetHost } from '../host/types';
import type { Finding, Fix } from '../types';

export const UNKNOWN_TARGET: TargetHost = { label: 'unknown', origin: { kind: 'default', detail: 'test' } };

export function analyze(text: string, target: string | null = null): AnalysisResult {
  const t = target === null ? UNKNOWN_TARGET : resolveTarget({ cli: { target } }).target;
  return analyzeDocument(text, { target: t, today: new Date('2026-11-26T00:00:00Z') });
}

export function findingsOf(text: string, rule: string, target: string | null = null): Finding[] {
  return analyze(text, target).findings.filter((f) => f.ruleId === rule);
}

export function textAt(text: string, f: { range: Finding['range'] }): string {
  const lines = text.split(/\r?\n/);
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join(
    '\n',
  );
}

export function fixTitled(f: Finding, prefix: string): Fix {
  const fix = f.fixes.find((x) => x.title.startsWith(prefix));
  assert.ok(fix, `no fix starting with "${prefix}" among: ${f.fixes.map((x) => x.title).join(' | ')}`);
  return fix;
}

/** Apply a fix and check: exact text, still parses with the same instruction count, finding gone. */
export function applyAndCheck(
  text: string,
  fix: Fix,
  expected: string,
  opts: { instructions: number; rule: string; target?: string | null; stillFlagged?: number },
): void {
  const out = applyEdits(text, fix.edits);
  assert.equal(out, expected);
  const parsed = DockerfileParser.parse(out);
  assert.equal(parsed.getInstructions().length, opts.instructions, 'instruction count after the fix');
  const again = findingsOf(out, opts.rule, opts.target ?? null);
  assert.equal(again.length, opts.stillFlagged ?? 0, `findings of ${opts.rule} after the fix: ${again.map((f) => f.message).join(' | ')}`);
}
