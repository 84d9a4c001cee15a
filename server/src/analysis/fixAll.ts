/** Fix-all (`source.fixAll.kernel-lens`): every safe fix, skipping any whose edits would overlap one already taken. */
import type { Finding, TextEdit } from './types';

/** All safe fixes whose edits do not overlap, first come first served. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const key = (l: number, c: number) => l * 1e6 + c;
  const out: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length);
    if (!fix) continue;
    const spans = fix.edits.map((e) => ({ start: key(e.range.start.line, e.range.start.character), end: key(e.range.end.line, e.range.end.character) }));
    if (spans.some((s) => taken.some((t) => s.start < t.end && t.start < s.end) || taken.some((t) => s.start === s.end && s.start === t.start))) continue;
    taken.push(...spans);
    out.push(...fix.edits);
  }
  return out;
}

