/**
 * Memoisation helpers for rule code. Several rules (and their hover notes) read the same derived
 * lists — module loads, feature needs, kernel package installs — so each is computed once per
 * analysis (keyed by the RuleContext object) instead of once per reader.
 */
export function perContext<C extends object, T>(compute: (ctx: C) => T): (ctx: C) => T {
  const memo = new WeakMap<C, T>();
  return (ctx: C): T => {
    if (memo.has(ctx)) return memo.get(ctx) as T;
    const value = compute(ctx);
    memo.set(ctx, value);
    return value;
  };
}

/**
 * Per-command results that also depend on one extra key (e.g. the package family of the command's
 * stage). Shell commands are stable objects while their instruction stays in place
 * (shell/index.ts), so an edit elsewhere in the file reuses every other command's result.
 */
export function perCommand<O extends object, K, T>(compute: (command: O, key: K) => T): (command: O, key: K) => T {
  // Two maps rather than one of {key, value} pairs: no pair object per command (tens of thousands in a big file).
  const values = new WeakMap<O, T>();
  const keys = new WeakMap<O, K>();
  return (command: O, key: K): T => {
    if (values.has(command) && keys.get(command) === key) return values.get(command) as T;
    const value = compute(command, key);
    values.set(command, value);
    keys.set(command, key);
    return value;
  };
}
