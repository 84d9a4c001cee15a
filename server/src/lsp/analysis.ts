/**
 * Loads the analysis layer on first use (see analysisApi.ts): dist/analysis.js beside the server
 * bundle, or the module itself when running from sources. Only type imports of the analysis may
 * appear elsewhere in this layer, or the server bundle would contain (and initialise) it again.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { requireWithCodeCache } from '../runtime/codeCache';
import type * as AnalysisApi from './analysisApi';

export type Analysis = typeof AnalysisApi;

let loaded: Analysis | undefined;

export function analysis(): Analysis {
  if (!loaded) {
    const besideBundle = join(__dirname, 'analysis.js');
    // The bundle through the V8 code cache (compiled once per build, not at every start). The
    // source module's id is a variable so that esbuild leaves it out of the server bundle.
    const fromSources = './analysisApi';
    loaded = (
      basename(__dirname) === 'dist' && existsSync(besideBundle) ? requireWithCodeCache(besideBundle) : require(fromSources)
    ) as Analysis;
  }
  return loaded;
}

/**
 * Loads the analysis and warms the shell parser up now: called from the `initialize` handler before
 * it answers. The bench client (like an editor opening a file) sends `didOpen` the moment
 * `initialize` is answered; loaded after the answer, the analysis bundle's load (compiling it from the
 * code cache, building its tables: ~60-90 ms on a busy 2-core machine) was all in didOpen -> first
 * diagnostics (100 lines: 4.1-4.8x the other server's, which also loads everything before it answers).
 * Moved before the answer, the same work is in spawn -> initialize instead, and cold open
 * (spawn -> first diagnostics) stays the same. A failure here is ignored: the same load happens again
 * on first use and reports its error there.
 */
export function loadAnalysisNow(): void {
  try {
    analysis().preloadShellParser();
  } catch {
    /* loaded again on first use */
  }
}
