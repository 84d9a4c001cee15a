/**
 * Loads the analysis layer on first use (see analysisApi.ts): dist/analysis.js beside the server
 * bundle, or the module itself when running from sources. Only type imports of the analysis may
 * appear elsewhere in this layer, or the server bundle would contain (and initialise) it again.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { requireWithCodeCache } from '../runtime/codeCache';
import type { AnalysisResult } from '../analysis/index';
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
 * Loads the analysis and warms it up now: called from the `initialize` handler before it answers.
 * The bench client (like an editor opening a file) sends `didOpen` the moment `initialize` is
 * answered. Loaded after the answer, the analysis bundle's load was all in didOpen -> first
 * diagnostics; loaded before it, what remained there was the first analysis running in code V8 had
 * not compiled or optimised yet (shell parser, rules, image lookups, conversion), about as long again
 * as the analysis itself at 100 lines. The warm-up (warmUpAnalysis) moves that to before the answer,
 * as the other server also does all its loading before it answers; spawn -> first diagnostics stays
 * about the same. A failure here is ignored: the same load happens again on first use and reports
 * its error there.
 */
export function loadAnalysisNow(convert: WarmUpConversions): void {
  try {
    analysis();
  } catch {
    return; // loaded again on first use
  }
  warmUpAnalysis(convert, 'later');
}

/**
 * A small Dockerfile of the usual kinds of instructions (official image, package install, kernel
 * commands, a copied start script), analysed once so that the first real document runs code V8 has
 * already compiled and whose inline caches are warm.
 */
const WARM_UP_DOCKERFILE = [
  'FROM debian:bookworm-slim AS build',
  'ARG VERSION=1.0',
  'ENV DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8',
  'WORKDIR /opt/app',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends kmod iproute2=6.1* ca-certificates \\',
  ' && modprobe wireguard && sysctl -w net.ipv4.ip_forward=1 \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'RUN <<EOF',
  'echo "$(uname -r)" | tee /etc/kernel-release > /dev/null',
  'mount -t tmpfs tmpfs /mnt || true',
  'EOF',
  'COPY --chmod=755 entrypoint.sh /usr/local/bin/',
  'FROM alpine:3.19',
  'COPY --from=build /opt/app /opt/app',
  'EXPOSE 8080/tcp',
  'USER 10001',
  'HEALTHCHECK CMD ["wget", "-q", "-O-", "http://localhost:8080/"]',
  'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]',
  'CMD ["--port", "8080"]',
  '',
].join('\n');

/** The image of the first FROM line, the modprobe of the first RUN and the mount in the heredoc (0-based lines). */
const WARM_UP_HOVERS = [
  { line: 0, character: 7 },
  { line: 6, character: 6 },
  { line: 10, character: 1 },
];

/** The LSP layer's conversions of a result, run on the warm-up's as a publish and a hover would. */
export interface WarmUpConversions {
  diagnostics(findings: AnalysisResult['findings']): unknown;
  hover(hover: ReturnType<Analysis['hoverAt']>): unknown;
  /**
   * Whether an open document still waits for its first diagnostics: the delayed hovers wait until it
   * has them (a document of 10,000 lines was still being analysed HOVER_WARM_UP_DELAY_MS after
   * the initialize answer, and the hovers, the first notes computed in the process, ran inside it).
   */
  busy?(): boolean;
}

/**
 * When the hovers of the warm-up run if not at once: after the first diagnostics of a small file
 * (which do not need the hover code), before the code cache is written (runtime/codeCache.ts, 2 s
 * after the load), so that the cache holds the hover code compiled.
 */
export const HOVER_WARM_UP_DELAY_MS = 300;
/** While `busy`, the delayed hovers look again this often, for at most HOVER_WARM_UP_MAX_WAIT_MS after the delay. */
export const HOVER_WARM_UP_RETRY_MS = 50;
const HOVER_WARM_UP_MAX_WAIT_MS = 3000;

/** Calls `answer` after HOVER_WARM_UP_DELAY_MS, or later while `busy()` says a first analysis is in progress. */
function answerLater(answer: () => void, busy: (() => boolean) | undefined): void {
  const attempt = (waited: number) => {
    if (waited < HOVER_WARM_UP_MAX_WAIT_MS && busy?.()) {
      setTimeout(() => attempt(waited + HOVER_WARM_UP_RETRY_MS), HOVER_WARM_UP_RETRY_MS).unref();
    } else answer();
  };
  setTimeout(() => attempt(0), HOVER_WARM_UP_DELAY_MS).unref();
}

/**
 * Analyses WARM_UP_DOCKERFILE against a kernel version (no config file to read), as the analysis
 * loop does, converts the findings as a publish would and answers a hover on its first FROM line
 * and on its kernel commands; the results are dropped. Returns how many findings there were (for
 * the test), undefined when the analysis failed. `hovers: 'later'` (the server's start) answers the
 * hovers HOVER_WARM_UP_DELAY_MS later, off the path to the first diagnostics: they were about a
 * sixth of the warm-up's time, and the first document's diagnostics do not wait for them (nor
 * a big document's, still being analysed then: `convert.busy`).
 */
export function warmUpAnalysis(convert: WarmUpConversions, hovers: 'now' | 'later' = 'now'): number | undefined {
  try {
    const a = analysis();
    const result = a.analyzeFleetDocument(WARM_UP_DOCKERFILE, {
      layers: { settings: { target: '5.14' }, defaultPlatform: 'linux' },
      commonFixes: false,
    });
    a.contextPathsOf(result.model);
    convert.diagnostics(result.findings);
    const answerHovers = () => {
      try {
        for (const position of WARM_UP_HOVERS) convert.hover(a.hoverAt(result, position));
      } catch {
        /* an optimisation only */
      }
    };
    if (hovers === 'now') answerHovers();
    else answerLater(answerHovers, convert.busy);
    return result.findings.length;
  } catch {
    return undefined; // an optimisation only
  }
}
