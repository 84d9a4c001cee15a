/**
 * Command-line option parsing. Hand-written rather than `util.parseArgs` so every mistake becomes
 * ONE line that names the option and what is valid (parseArgs' messages are long and generic).
 */
import { closest } from '../analysis/index';

export interface OptionSpec {
  /** Long name without dashes, e.g. 'fail-on'. */
  name: string;
  short?: string;
  /** 'flag' takes no value; 'value' takes one; 'list' takes one and may repeat. */
  kind: 'flag' | 'value' | 'list';
  /** Shown in help, e.g. '<file>'. */
  valueName?: string;
  help: string;
}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
  positionals: string[];
}

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const out: ParsedArgs = { flags: new Set(), values: new Map(), lists: new Map(), positionals: [] };
  const helpHint = `see 'kernel-lens ${command} --help'`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    // '-' alone is a positional (stdin); anything else starting with '-' is an option.
    if (arg === '-' || !arg.startsWith('-')) {
      out.positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    let shown = arg;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq >= 0) inline = arg.slice(eq + 1);
      shown = `--${name}`;
      spec = byName.get(name);
      if (!spec) {
        const near = closest(
          name,
          specs.map((s) => s.name),
        );
        throw new UsageError(`unknown option '${shown}' for '${command}'${near ? ` — did you mean --${near}?` : ''} (${helpHint})`);
      }
    } else {
      const letter = arg.slice(1, 2);
      spec = byShort.get(letter);
      if (arg.length > 2) inline = arg.slice(2);
      shown = `-${letter}`;
      if (!spec) throw new UsageError(`unknown option '${arg}' for '${command}' (${helpHint})`);
    }
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`option '${shown}' takes no value`);
      out.flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '${shown}' needs a value ${spec.valueName ?? ''}`.trimEnd());
      value = argv[++i];
    }
    if (spec.kind === 'value') {
      if (out.values.has(spec.name)) throw new UsageError(`option '${shown}' is given more than once`);
      out.values.set(spec.name, value);
    } else {
      const list = out.lists.get(spec.name) ?? [];
      list.push(value);
      out.lists.set(spec.name, list);
    }
  }
  return out;
}

/** Checks a value against a fixed set of choices. */
export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`option '--${option}': '${value}' is not one of ${choices.join(', ')}`);
}

/** Help text lines for options, aligned. */
export function optionHelp(specs: readonly OptionSpec[]): string {
  const heads = specs.map((s) => `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.valueName ? ` ${s.valueName}` : ''}`);
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return specs.map((s, i) => `  ${heads[i].padEnd(width)}${s.help}`).join('\n');
}
