/**
 * V8's optimizing compiler (TurboFan) is held back until a big document is opened. On small documents they cost more memory than they save time: each optimised
 * function is compiled on a V8 helper thread, and glibc gives each such thread its own malloc arena,
 * which stays partly resident; the compiler's own machine code (in the node binary) becomes resident
 * too, and the optimised code lives in the heap. The analysis of a small document is cheap enough in
 * V8's baseline tiers (Ignition, Sparkplug). A big document is analysed in many slices, where
 * optimised code pays: `releaseOptimizingCompiler` (called with `releaseYoungGeneration` when the
 * first big document is scheduled) lets V8 optimise again, for the rest of the process.
 *
 * V8 reads `--turbofan` at each tiering decision, so setting it at run time takes effect (measured on
 * Node 20: the helper threads' CPU time and their arenas go away), and setting it back lets V8 optimise
 * every function again, those that ran while it was held included. (`--max-opt` did not come back:
 * set to 1 and then to its default 999 at run time, nothing was optimised any more.) TurboFan is on by
 * default wherever V8 can optimise at all; a process started without it (`--jitless`, `--no-opt`) chose
 * so on its command line and is left alone. Maglev (on by default from V8 12, Node 22) is not held: its
 * default cannot be read back at run time to restore it.
 */
import { setFlagsFromString } from 'node:v8';

/** Process-wide: dist/server.js holds, dist/server-core.js releases, each bundle with its own copy of this module. */
const STATE = Symbol.for('kernel-lens.optimizingCompiler');
const global = globalThis as { [STATE]?: 'held' | 'released' };

/** Whether the command line (or NODE_OPTIONS) chose the process's compiler tiers itself. */
function tiersChosen(): boolean {
  const pattern = /^--(no[-_])?(max[-_]opt|opt|turbofan|jitless|lite[-_]mode)\b/;
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => pattern.test(a));
}

export function holdOptimizingCompiler(): void {
  // Someone who chose the tiers on the command line keeps their choice.
  if (global[STATE] || tiersChosen()) return;
  global[STATE] = 'held';
  setFlagsFromString('--no-turbofan');
}

export function releaseOptimizingCompiler(): void {
  if (global[STATE] !== 'held') return;
  global[STATE] = 'released';
  setFlagsFromString('--turbofan');
}
