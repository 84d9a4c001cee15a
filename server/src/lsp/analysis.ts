/**
 * Loads the analysis layer on first use (see analysisApi.ts): dist/analysis.js beside the server
 * bundle, or the module itself when running from sources. Only type imports of the analysis may
 * appear elsewhere in this layer, or the server bundle would contain (and initialise) it again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requireWithCodeCache } from '../runtime/codeCache';
import type * as AnalysisApi from './analysisApi';

export type Analysis = typeof AnalysisApi;

let loaded: Analysis | undefined;

export function analysis(): Analysis {
  if (!loaded) {
    const besideBundle = path.join(__dirname, 'analysis.js');
    // The bundle through the V8 code cache (compiled once per build, not at every start). The
    // source module's id is a variable so that esbuild leaves it out of the server bundle.
    const fromSources = './analysisApi';
    loaded = (
      path.basename(__dirname) === 'dist' && fs.existsSync(besideBundle) ? requireWithCodeCache(besideBundle) : require(fromSources)
    ) as Analysis;
  }
  return loaded;
}

/**
 * Loads the analysis and the shell parser two turns of the event loop later: called from the
 * `initialize` handler, whose response vscode-jsonrpc writes in the next turn (its write lock runs
 * queued writes with setImmediate), so the answer goes out first and the loading overlaps with the
 * client's `initialized`, settings and first `didOpen`. A failure here is ignored: the same load
 * happens again on first use and reports its error there.
 */
export function preloadAnalysis(): void {
  setImmediate(() =>
    setImmediate(() => {
      try {
        analysis().preloadShellParser();
      } catch {
        /* loaded again on first use */
      }
    }),
  );
}
