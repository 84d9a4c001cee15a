// Small statistics helpers shared by the benchmark scripts (plain JS so .mjs and .ts both use them).

/** Nearest-rank percentile of a list of numbers (p in 0..100); undefined for an empty list. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** { n, p50, p95, max, mean } rounded to microseconds (values are milliseconds). */
export function summarize(values) {
  const round = (x) => (x === undefined ? undefined : Math.round(x * 1000) / 1000);
  if (!values.length) return { n: 0 };
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(Math.max(...values)),
    mean: round(values.reduce((a, b) => a + b, 0) / values.length),
  };
}

export function median(values) {
  return percentile(values, 50);
}

/**
 * One session result from several rounds of the same session: every number is the median of that
 * number over the rounds (nested objects likewise); arrays, strings and the rest come from the
 * first round, errors from all of them. One round: returned as is.
 */
export function medianOfRounds(rounds) {
  if (rounds.length === 1) return rounds[0];
  const merge = (values) => {
    const first = values[0];
    if (typeof first === 'number') return median(values.filter((v) => typeof v === 'number'));
    if (first && typeof first === 'object' && !Array.isArray(first)) {
      const out = {};
      for (const key of Object.keys(first)) out[key] = merge(values.map((v) => v?.[key]).filter((v) => v !== undefined));
      return out;
    }
    return first;
  };
  const merged = merge(rounds);
  merged.errors = rounds.flatMap((r) => r.errors ?? []);
  merged.rounds = rounds.length;
  return merged;
}
