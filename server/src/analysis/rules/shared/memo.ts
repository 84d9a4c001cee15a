import type { InstructionBlock, ParsedBlock } from '../../document';
import type { RuleContext } from '../types';
/**
 * Memoisation helpers for rule code. Several rules (and their hover notes) read the same derived
 * lists — module loads, feature needs, kernel package installs — so each is computed once per
 * analysis (keyed by the RuleContext object) instead of once per reader.
 *
 * The per-document passes over every command or instruction run once per keystroke, mostly before V8
 * optimises them; there a `for…of` over an array allocates an iterator and a result object per
 * element, so those passes use indexed loops.
 */
export function perContext<C extends object, T>(compute: (ctx: C) => T): (ctx: C) => T {
  const memo = new WeakMap<C, T>();
  return (ctx: C): T => {
    if (memo.has(ctx)) return memo.get(ctx) as T;
    const value = compute(ctx);
    memo.set(ctx, value);
    return value;
  };
}

/**
 * What a per-document value may be computed from: the document and what derives from its text
 * alone. It has no `target` and no "today", so a value memoised per document never carries one
 * target's verdict into another target's analysis (the type check enforces it).
 */
export type DocumentContext = Pick<RuleContext, 'model' | 'stages' | 'commands' | 'stageAt' | 'contextFiles'>;

/**
 * Like perContext, but one value per document model, shared by every analysis of that model: the
 * targets of a fleet (analyzeFleetSteps runs the rules once per target on one model) and a target
 * change without an edit. Invariant this relies on: `stages` and `commands()` of a context are
 * functions of its `model` alone (analyze.ts derives them per model). The build-context files (start
 * scripts the Dockerfile COPYs) are the one other input: the value is kept for one files object per
 * model, and computed again when the caller passes another (a script changed on disk).
 */
export function perDocument<T>(compute: (ctx: DocumentContext) => T): (ctx: DocumentContext) => T {
  const memo = new WeakMap<DocumentContext['model'], { files: DocumentContext['contextFiles']; value: T }>();
  return (ctx: DocumentContext): T => {
    const hit = memo.get(ctx.model);
    if (hit !== undefined && hit.files === ctx.contextFiles) return hit.value;
    const value = compute(ctx);
    memo.set(ctx.model, { files: ctx.contextFiles, value });
    return value;
  };
}

/**
 * The one empty array every memoised empty result is replaced by. Most commands and instructions of a
 * big file yield nothing for most passes, and a fresh empty array (plus its memo entry) per command and
 * pass added up to a few megabytes of the heap kept between keystrokes. Frozen: memoised results are
 * shared by every reader already, so none may change them; a frozen one fails loudly in tests if one did.
 */
const NONE: readonly never[] = Object.freeze([]);
/** Keys (package family, a constant) for which perCommand shares one entry object; a few in practice. */
const MAX_SHARED_EMPTY_KEYS = 64;

function shareEmpty<T>(value: T): T {
  return Array.isArray(value) && value.length === 0 ? (NONE as T) : value;
}

/**
 * Per-command results that also depend on one extra key (e.g. the package family of the command's
 * stage). Shell commands are stable objects while their instruction stays in place
 * (shell/index.ts), so an edit elsewhere in the file reuses every other command's result.
 */
export function perCommand<O extends object, K, T>(compute: (command: O, key: K) => T): (command: O, key: K) => T {
  // One lookup per call (this runs for every command of every analysis); a second map for the keys
  // saved a pair object per command but cost two more lookups each time.
  const memo = new WeakMap<O, { key: K; value: T }>();
  // Most commands yield nothing: their entries share one object per key (see shareEmpty).
  const emptyEntries = new Map<K, { key: K; value: T }>();
  return (command: O, key: K): T => {
    const hit = memo.get(command);
    if (hit !== undefined && hit.key === key) return hit.value;
    const value = shareEmpty(compute(command, key));
    let entry = value === NONE ? emptyEntries.get(key) : undefined;
    if (entry === undefined) {
      entry = { key, value };
      if (value === NONE && emptyEntries.size < MAX_SHARED_EMPTY_KEYS) emptyEntries.set(key, entry);
    }
    memo.set(command, entry);
    return value;
  };
}

/**
 * Per-instruction results with absolute ranges. Kept on the parsed block (shared by every block of
 * the same text through the block cache) with the line it was computed at, and per block object for
 * a second block of the same text (repeated instructions, e.g. the same COPY in every stage), which
 * would otherwise take turns recomputing the one entry. A block keeps its object while it neither
 * changes nor moves (updateModel), so a keystroke recomputes only the instructions it touched.
 */
export function perBlock<T>(compute: (block: InstructionBlock) => T): (block: InstructionBlock) => T {
  const byText = new WeakMap<ParsedBlock, { startLine: number; value: T }>();
  const byBlock = new WeakMap<InstructionBlock, { value: T }>();
  return (block: InstructionBlock): T => {
    const hit = byText.get(block.parsed);
    if (hit !== undefined && hit.startLine === block.startLine) return hit.value;
    const own = byBlock.get(block);
    if (own !== undefined) return own.value;
    const value = shareEmpty(compute(block));
    if (hit !== undefined) byBlock.set(block, { value });
    byText.set(block.parsed, { startLine: block.startLine, value });
    return value;
  };
}

/**
 * A pure function of one string (a knowledge-table lookup by name or image reference), remembered per
 * string: a file repeats the same few names, and every keystroke asks again for each. At most `max`
 * distinct strings are kept; past that the map starts over (a hostile file may name millions).
 */
export function perString<T>(compute: (s: string) => T, max = 10_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string): T => {
    if (memo.has(s)) return memo.get(s) as T;
    if (memo.size >= max) memo.clear();
    const value = compute(s);
    memo.set(s, value);
    return value;
  };
}
