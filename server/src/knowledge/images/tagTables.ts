/**
 * Helpers for the hand-written tag tables of the image families. Kept apart from any family so that a family
 * loaded on first use (index.ts) does not load another family's tables with it.
 */

/** `{ base reference: 'version version …' }` → `{ version: base reference }` (a version listed twice: the later base). */
export function byVersion(table: Readonly<Record<string, string>>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [base, versions] of Object.entries(table)) for (const v of versions.split(' ')) map[v] = base;
  return map;
}
