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
  // One lookup per call (this runs for every command of every analysis); a second map for the keys
  // saved a pair object per command but cost two more lookups each time.
  const memo = new WeakMap<O, { key: K; value: T }>();
  return (command: O, key: K): T => {
    const hit = memo.get(command);
    if (hit !== undefined && hit.key === key) return hit.value;
    const value = compute(command, key);
    memo.set(command, { key, value });
    return value;
  };
}
