/**
 * Validation of didChange content changes before anything records or applies them: a malformed
 * change must neither poison the document (every later analysis failing) nor be applied in part.
 */
import type { TextChange } from '../analysis/index';

/** Why the notification's changes are malformed, or undefined when every one is well formed. */
export function malformedChanges(changes: unknown): string | undefined {
  if (!Array.isArray(changes)) return 'contentChanges is not an array';
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as { range?: unknown; text?: unknown } | null;
    if (typeof c !== 'object' || c === null) return `change ${i} is not an object`;
    if (typeof c.text !== 'string') return `change ${i} has no text`;
    if ('range' in c && c.range !== undefined && !isRange(c.range))
      return `change ${i} has a malformed range: ${JSON.stringify(c.range)?.slice(0, 200)}`;
  }
  return undefined;
}

function isRange(r: unknown): boolean {
  const range = r as { start?: unknown; end?: unknown } | null;
  return typeof range === 'object' && range !== null && isPosition(range.start) && isPosition(range.end);
}

export function isPosition(p: unknown): boolean {
  const pos = p as { line?: unknown; character?: unknown } | null;
  return typeof pos === 'object' && pos !== null && isIndex(pos.line) && isIndex(pos.character);
}

function isIndex(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The changes as the analysis records them (a well-formed change: see malformedChanges). */
export function recordable(changes: readonly { range?: TextChange['range']; text: string }[]): TextChange[] {
  return changes.map((c) => (c.range ? { range: c.range, text: c.text } : { text: c.text }));
}
