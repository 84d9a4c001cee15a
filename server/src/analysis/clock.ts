/**
 * The clock of the analysis's deadlines (ModelBuild.advance, prepareCommands), in milliseconds.
 * process.hrtime, not performance.now(): the first read of the global `performance` loads Node's
 * perf_hooks modules (about 2 ms of CPU), and in the server that landed in didOpen -> first
 * diagnostics. The LSP layer computes the deadlines with its own copy of this clock
 * (server/src/lsp/clock.ts, the same formula: it may not import the analysis), so both must agree.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
