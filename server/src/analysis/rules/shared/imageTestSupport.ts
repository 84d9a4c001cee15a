/**
 * Test support for the image/target rules: targets as literals, a pinned "today", and the fix
 * check every fix test runs (exact text after the edit, still parses, re-analysis agrees).
 */
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { analyzeDocument } from '../../analyze';
import { applyEdits } from '../../edits';
import type { TargetHost } from '../../host/types';
import type { Finding, Fix } from '../../types';

export const TODAY = new Date('2026-11-26T12:00:00Z');

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

export function analyze(text: string, t: TargetHost): Finding[] {
  return analyzeDocument(text, { target: t, today: TODAY }).findings;
}

export function findingsOf(text: string, t: TargetHost, ruleId: string): Finding[] {
  return analyze(text, t).filter((f) => f.ruleId === ruleId);
}

/** The rule's own fixes (the common ignore / select-target / docs fixes are added centrally). */
export function ruleFixes(f: Finding): Fix[] {
  return f.fixes.filter((x) => x.edits.length > 0 && !x.title.startsWith('Ignore '));
}

/** 1-based line of a finding, as fixtures and humans count. */
export function lineOf(f: Finding): number {
  return f.range.start.line + 1;
}

/**
 * Apply the fix with `title` of the `ruleId` finding on `line` (1-based); assert the exact result,
 * that it parses with the same number of instructions, and that re-analysis no longer reports the
 * rule on that line (or reports exactly `remaining` findings of it there).
 */
export function checkFix(
  text: string,
  t: TargetHost,
  ruleId: string,
  line: number,
  title: string,
  expected: string,
  remaining = 0,
): string {
  const finding = findingsOf(text, t, ruleId).find((f) => lineOf(f) === line);
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
  const again = findingsOf(out, t, ruleId).filter((f) => lineOf(f) === line);
  assert.equal(again.length, remaining, `re-analysis: ${again.map((f) => f.message).join(' / ')}`);
  return out;
}
