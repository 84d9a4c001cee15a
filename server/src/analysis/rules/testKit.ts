/**
 * The rule test kit (tests only): analyse with a fixed target and a pinned "today", pick a rule's
 * findings, apply a fix and check the result (exact text, still parses, re-analysis agrees).
 * A target is a preset or kernel string as a user writes it (`'rhel8'`), a TargetHost literal
 * (`target({...})`), or null for "nothing known".
 */
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { analyzeDocument, type AnalysisResult } from '../analyze';
import { applyEdits } from '../edits';
import { resolveTarget } from '../host/resolve';
import type { TargetHost } from '../host/types';
import type { Finding, Fix } from '../types';

export const TODAY = new Date('2026-11-26T12:00:00Z');

const UNKNOWN_TARGET: TargetHost = { label: 'unknown', origin: { kind: 'default', detail: 'test' } };

export type TestTarget = string | TargetHost | null;

/** An EL7-like host: kernel 3.10, amd64, cgroup v2, vsyscall=none. Override what a test needs. */
export function target(over: Partial<TargetHost> = {}): TargetHost {
  return {
    kernel: { major: 3, minor: 10, patch: 0, raw: '3.10.0-1160.el7.x86_64' },
    arch: 'amd64',
    cgroup: 2,
    vsyscall: 'none',
    label: 'test',
    origin: { kind: 'cli', detail: 'test' },
    ...over,
  };
}

/** A target where nothing is known. */
export function unknownTarget(): TargetHost {
  return { label: 'unknown', origin: { kind: 'default', detail: 'no target configured' } };
}

function hostOf(t: TestTarget): TargetHost {
  if (t === null) return UNKNOWN_TARGET;
  return typeof t === 'string' ? resolveTarget({ cli: { target: t } }).target : t;
}

export function analyze(text: string, t: TestTarget = null): AnalysisResult {
  return analyzeDocument(text, { target: hostOf(t), today: TODAY });
}

export function findingsOf(text: string, ruleId: string, t: TestTarget = null): Finding[] {
  return analyze(text, t).findings.filter((f) => f.ruleId === ruleId);
}

/** A hover-only case: the rule explains the line but reports nothing, on a Debian and a RHEL target. */
export function assertQuietOn(text: string, ruleId: string, targets: readonly string[] = ['debian-12', 'rhel8']): void {
  for (const t of targets) assert.deepEqual(findingsOf(text, ruleId, t), [], `${t}: explained, never reported`);
}

/**
 * The hover notes (markdown, joined by newlines) whose range holds the first occurrence of `word` on `line`
 * (0-based): what a reader hovering that word sees from the rules.
 */
export function notesOnWord(text: string, line: number, word: string, t: TestTarget = null): string {
  const character = text.split('\n')[line]?.indexOf(word) ?? -1;
  if (character < 0) throw new Error(`line ${line} has no ${word}`);
  const holds = (r: Finding['range']) =>
    (r.start.line < line || (r.start.line === line && r.start.character <= character)) &&
    (r.end.line > line || (r.end.line === line && character < r.end.character));
  return analyze(text, t)
    .notes.filter((n) => holds(n.range))
    .map((n) => n.markdown)
    .join('\n');
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

/** The rule's own fixes (the common ignore / select-target / docs fixes are added centrally). */
export function ruleFixes(f: Finding): Fix[] {
  return f.fixes.filter((x) => x.edits.length > 0 && !x.title.startsWith('Ignore '));
}

/** 1-based line of a finding, as fixtures and humans count. */
export function lineOf(f: Finding): number {
  return f.range.start.line + 1;
}

/** Apply a fix and check: exact text, still parses with the same instruction count, finding gone. */
export function applyAndCheck(
  text: string,
  fix: Fix,
  expected: string,
  opts: { instructions: number; rule: string; target?: TestTarget; stillFlagged?: number },
): void {
  const out = applyEdits(text, fix.edits);
  assert.equal(out, expected);
  const parsed = DockerfileParser.parse(out);
  assert.equal(parsed.getInstructions().length, opts.instructions, 'instruction count after the fix');
  const again = findingsOf(out, opts.rule, opts.target ?? null);
  assert.equal(again.length, opts.stillFlagged ?? 0, `findings of ${opts.rule} after the fix: ${again.map((f) => f.message).join(' | ')}`);
}

/**
 * Apply the fix with `title` of the `ruleId` finding on `line` (1-based); assert the exact result,
 * that it parses with the same number of instructions and every FROM keeps an image, and that
 * re-analysis no longer reports the rule on that line (or reports exactly `remaining` findings there).
 */
export function checkFix(
  text: string,
  t: TestTarget,
  ruleId: string,
  line: number,
  title: string,
  expected: string,
  remaining = 0,
): string {
  const finding = findingsOf(text, ruleId, t).find((f) => lineOf(f) === line);
  assert.ok(finding, `expected a ${ruleId} finding on line ${line}`);
  const fix = ruleFixes(finding).find((x) => x.title === title);
  assert.ok(
    fix,
    `expected fix "${title}", got: ${ruleFixes(finding)
      .map((x) => x.title)
      .join(' | ')}`,
  );
  const out = applyEdits(text, fix.edits);
  assert.equal(out, expected);
  const before = DockerfileParser.parse(text).getInstructions().length;
  const after = DockerfileParser.parse(out).getInstructions();
  assert.equal(after.length, before, 'the fix must keep every instruction');
  for (const from of DockerfileParser.parse(out).getFROMs()) assert.ok(from.getImage(), 'every FROM keeps an image');
  const again = findingsOf(out, ruleId, t).filter((f) => lineOf(f) === line);
  assert.equal(again.length, remaining, `re-analysis: ${again.map((f) => f.message).join(' / ')}`);
  return out;
}
