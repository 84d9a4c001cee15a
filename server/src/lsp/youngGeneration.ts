/**
 * The young generation (V8's semi-spaces) grows while the bundles load and the first document is
 * analysed: up to 16 MiB per semi-space in a server started without Node flags, up to the 2 MiB the
 * VS Code extension allows (client/src/serverProcess.json). A language server for small files never
 * needs that: it only becomes resident memory. `holdYoungGeneration` (at
 * start) keeps it at its initial size; the first big document releases it (`releaseYoungGeneration`),
 * because a huge file's first analysis keeps much alive, and a young generation that cannot grow
 * then scavenges without end (a 10 MB Dockerfile did not finish its first analysis within minutes).
 * V8 reads the growth factor at each resize, so setting it at run time takes effect.
 */
import * as v8 from 'node:v8';

/** V8's default growth factor of the semi-spaces. */
const DEFAULT_GROWTH_FACTOR = 2;
/**
 * Process-wide: dist/server.js holds it and dist/server-core.js releases it, each bundle with its own
 * copy of this module.
 */
const HELD = Symbol.for('kernel-lens.youngGenerationHeld');
const state = globalThis as { [HELD]?: boolean };

export function holdYoungGeneration(): void {
  // Someone who chose the young generation's growth on the command line keeps their choice.
  if (process.execArgv.some((a) => /^--semi[-_]space[-_]growth/.test(a))) return;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  state[HELD] = true;
}

export function releaseYoungGeneration(): void {
  if (!state[HELD]) return;
  state[HELD] = false;
  v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
}
