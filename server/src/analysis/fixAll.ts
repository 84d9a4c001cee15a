/** Fix-all (`source.fixAll.kernel-lens`): every safe fix, skipping any whose edits would overlap one already taken. */
import { comparePositions, type Finding, type Range, type TextEdit } from './types';

/**
 * All safe fixes whose edits do not overlap, first come first served. Taken ranges are indexed by
 * the lines they touch, so each check looks only at its own lines: a file with 100,000 safe fixes
 * must not cost 100,000² comparisons (editors ask for this on every save).
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const takenByLine = new Map<number, Range[]>();
  const out: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length);
    if (!fix) continue;
    const ranges = fix.edits.map((e) => e.range);
    if (ranges.some((r) => clashesWithTaken(r, takenByLine))) continue;
    for (const r of ranges) {
      for (let line = r.start.line; line <= r.end.line; line++) {
        const list = takenByLine.get(line);
        if (list) list.push(r);
        else takenByLine.set(line, [r]);
      }
    }
    for (const e of fix.edits) out.push(e);
  }
  return out;
}

/** Overlaps a taken range, or is an insertion at the very start of one (the order of the two would be ambiguous). */
function clashesWithTaken(s: Range, takenByLine: ReadonlyMap<number, Range[]>): boolean {
  const sEmpty = comparePositions(s.start, s.end) === 0;
  for (let line = s.start.line; line <= s.end.line; line++) {
    for (const t of takenByLine.get(line) ?? []) {
      if (comparePositions(s.start, t.end) < 0 && comparePositions(t.start, s.end) < 0) return true;
      if (sEmpty && comparePositions(s.start, t.start) === 0) return true;
    }
  }
  return false;
}
