/**
 * The young generation (V8's semi-spaces) grows while the bundles load and the first document is
 * analysed: up to 16 MiB per semi-space in a server started without Node flags on Node 20 (64 MiB on
 * Node 24), up to the 2 MiB the VS Code extension allows (client/src/serverProcess.json). A language
 * server never needs that: it only becomes resident memory. `holdYoungGeneration` (at start) keeps it
 * at its initial size; the first big document releases it (`releaseYoungGeneration`), because a huge
 * file's first analysis keeps much alive, and a young generation that cannot grow at all then
 * scavenges without end (a 10 MB Dockerfile did not finish its first analysis within minutes).
 *
 * Released, it grows only up to the extension's 2 MiB per semi-space, also when the server was
 * started plainly (`node dist/server.js --stdio`, as Neovim, Helix or Emacs start it).
 * `--max-semi-space-size` set at run time does nothing (V8 sizes the heap when the isolate is created;
 * measured on Node 20 and 24), but V8 reads the growth factor at each resize: `capYoungGeneration`,
 * called at every turn of a big document's work, sets it to 1 once the young generation has reached
 * the cap and back to 2 while it is below (V8 shrinks it when little is allocated). A check after each
 * collection (a `gc` PerformanceObserver) came too late: its entries arrive a turn later, by when the
 * young generation had doubled twice more.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** V8's default growth factor of the semi-spaces. */
const DEFAULT_GROWTH_FACTOR = 2;
/** The young generation's size once released: both semi-spaces of the extension's --max-semi-space-size=2. */
const RELEASED_NEW_SPACE_BYTES = 2 * 2 * 1024 * 1024;

type Mode = 'held' | 'capped' | 'free';
/**
 * Process-wide: dist/server.js holds it and dist/server-core.js releases it, each bundle with its own
 * copy of this module.
 */
const STATE = Symbol.for('kernel-lens.youngGeneration');
const global = globalThis as { [STATE]?: { mode: Mode; factor: number } };

/** Whether the command line (or NODE_OPTIONS) set one of these V8 flags (`pattern` anchored at the start). */
const chosen = (pattern: RegExp): boolean =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => pattern.test(a));

function setGrowthFactor(factor: number): void {
  const state = global[STATE];
  if (!state || state.factor === factor) return;
  state.factor = factor;
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}

export function holdYoungGeneration(): void {
  // Someone who chose the young generation's growth on the command line keeps their choice.
  if (chosen(/^--semi[-_]space[-_]growth/)) return;
  global[STATE] = { mode: 'held', factor: DEFAULT_GROWTH_FACTOR };
  setGrowthFactor(1);
}

export function releaseYoungGeneration(): void {
  const state = global[STATE];
  if (state?.mode !== 'held') return;
  // A size chosen on the command line (the extension's --max-semi-space-size=2) is V8's own cap.
  state.mode = chosen(/^--(max[-_]semi[-_]space[-_]size|max[-_]heap[-_]size)/) ? 'free' : 'capped';
  setGrowthFactor(DEFAULT_GROWTH_FACTOR);
  capYoungGeneration();
}

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/** Released without a size on the command line: growth while below the cap, none at or above it. */
export function capYoungGeneration(): void {
  if (global[STATE]?.mode !== 'capped') return;
  setGrowthFactor(newSpaceBytes() >= RELEASED_NEW_SPACE_BYTES ? 1 : DEFAULT_GROWTH_FACTOR);
}
