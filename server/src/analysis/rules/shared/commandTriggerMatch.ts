/**
 * Matching a command against a row of the knowledge table of host-facility commands (commandTriggers): the
 * program name (with a `*` wildcard) and its arguments (`sub`, `bare`, `args`, `unless`). One matcher for the
 * rule that explains those commands and for the shared readers that look for a row's facility.
 */

/** The first argument that is not an option (nor the value of one of `valueOptions`, which take the next word). */
export function firstOperand(args: readonly string[], valueOptions?: readonly string[]): string | undefined {
  return args[operandIndex(args, valueOptions)];
}

/** Index of the first operand, -1 when there is none: `mkosi -C ./initrd build` is `build`, not `./initrd`. */
function operandIndex(args: readonly string[], valueOptions?: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith('-')) return i;
    if (valueOptions?.includes(args[i])) i++;
  }
  return -1;
}

/** A trigger's program name: exact, or with one `*` at its start, end or inside. */
export function triggerMatches(t: { command: string }, name: string): boolean {
  const star = t.command.indexOf('*');
  if (star > 0 && star < t.command.length - 1)
    return name.startsWith(t.command.slice(0, star)) && name.endsWith(t.command.slice(star + 1)) && name.length > t.command.length - 1;
  if (t.command.endsWith('*')) return name.startsWith(t.command.slice(0, -1));
  if (t.command.startsWith('*')) return name.endsWith(t.command.slice(1));
  return t.command === name;
}

/** A trigger's argument conditions, against a command's argument words. */
export function subMatches(
  t: { sub?: string[]; bare?: boolean; args?: RegExp; unless?: RegExp; beforeOperand?: boolean; valueOptions?: readonly string[] },
  args: readonly string[],
): boolean {
  if (t.unless && args.some((a) => t.unless!.test(a))) return false;
  const operandAt = operandIndex(args, t.valueOptions);
  if (t.sub && !(t.bare && operandAt < 0)) {
    const optionSubs = t.sub.every((s) => s.startsWith('-'));
    // A program's global options stand before its subcommand: only those are read when the row says so.
    const options = t.beforeOperand && operandAt >= 0 ? args.slice(0, operandAt) : args;
    if (optionSubs ? !options.some((a) => t.sub!.includes(a)) : !t.sub.includes(args[operandAt] ?? '')) return false;
  }
  if (t.args && !args.some((a) => t.args!.test(a))) return false;
  return true;
}

/**
 * The value of the first of `names` among a command's arguments, written `--name=value` or `--name value` (the raw text
 * where the word has expansions), or undefined.
 */
export function optionValue(args: readonly { value?: string; raw: string }[], names: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? args[i].raw;
    for (const n of names) {
      if (v.startsWith(`${n}=`)) return v.slice(n.length + 1);
      if (v === n) return args[i + 1] ? (args[i + 1].value ?? args[i + 1].raw) : undefined;
    }
  }
  return undefined;
}
