/** Applying text edits to a string: used by fix-all, the CLI's --fix preview and every fix test. */
import type { Position, TextEdit } from './types';

/** Offset of a position in text (clamped to the document, as editors do). */
export function offsetAt(text: string, p: Position): number {
  let line = 0;
  let offset = 0;
  while (line < p.line) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
    line++;
  }
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > offset && text[lineEnd - 1] === '\r') lineEnd--;
  return Math.min(offset + Math.max(0, p.character), lineEnd);
}

/**
 * Apply non-overlapping edits (LSP semantics: all ranges refer to the original text).
 * Throws on overlapping edits, which would be a bug in the fix that produced them.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }));
  withOffsets.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  for (let k = 1; k < withOffsets.length; k++) {
    if (withOffsets[k].start < withOffsets[k - 1].end) throw new Error('overlapping edits');
  }
  let out = '';
  let last = 0;
  for (const e of withOffsets) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}
