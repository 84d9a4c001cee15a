/** Applying text edits to a string: used by fix-all, the CLI's --fix preview and every fix test. */
import type { Position, TextEdit } from './types';

/**
 * Offset of a position in text (clamped to the document, as editors do). Lines end at '\n', '\r\n'
 * or a lone '\r', as in LSP and in the document model (a CR-only file must not become one line).
 */
export function offsetAt(text: string, p: Position): number {
  let offset = 0;
  for (let line = 0; line < p.line; line++) {
    const next = nextLineStart(text, offset);
    if (next < 0) return text.length;
    offset = next;
  }
  const next = nextLineStart(text, offset);
  let lineEnd = next < 0 ? text.length : next - 1;
  if (next >= 0 && text[lineEnd] === '\n' && text[lineEnd - 1] === '\r' && lineEnd - 1 >= offset) lineEnd--;
  return Math.min(offset + Math.max(0, p.character), lineEnd);
}

/** Offset just after the terminator of the line starting at `from`, or -1 on the last line. */
function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return i + 1;
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/**
 * Apply non-overlapping edits (LSP semantics: all ranges refer to the original text).
 * Throws on overlapping edits, which would be a bug in the fix that produced them.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e, i) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    newText: e.newText,
    i,
  }));
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
