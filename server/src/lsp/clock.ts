/**
 * The server's clock for slices, deadlines and ages, in milliseconds: the same formula as the
 * analysis's (server/src/analysis/clock.ts), since deadlines computed here are compared there; this
 * layer may not import the analysis's values. Not performance.now(): its first read loads Node's
 * perf_hooks modules (about 2 ms of CPU) inside didOpen -> first diagnostics.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
