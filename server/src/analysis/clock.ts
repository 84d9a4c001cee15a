/**
 * The clock of the analysis's deadlines (ModelBuild.advance, prepareCommands) and of the server's
 * slices and ages (the LSP layer reads it as analysis().monotonicMs, so that the deadlines it computes
 * are on the same clock), in milliseconds. process.hrtime, not performance.now(): the first read of
 * the global `performance` loads Node's perf_hooks modules (about 2 ms of CPU), and in the server
 * that landed in didOpen -> first diagnostics.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
