/**
 * The target host of a run: CLI flags, the `.kernel-lens.json` in force, this machine. Mistakes in
 * what the user gave (a bad flag value, a broken config file, an unreadable kernel config they
 * named) stop the run with exit code 2: a CI check against the wrong host would be a silent lie.
 * Softer problems (a preset's shipped config missing…) are warnings on stderr.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { knownRuleIds } from '../analysis/index';
import { readKernelConfigFile } from '../analysis/index';
import { detectMachine, type MachineFacts } from '../analysis/index';
import { describeTarget, resolveTarget, type ConfigReader, type ProfileReader, type TargetLayers } from '../analysis/index';
import { parseWorkspaceConfigFile, RULE_SEVERITIES, validateTargetInput, type TargetInput } from '../analysis/index';
import { isProfileReference, parseHostProfile } from '../analysis/index';
import { closest } from '../analysis/index';
import type { TargetHost } from '../analysis/index';
import type { ConfiguredSeverity } from '../analysis/index';
import { UsageError, type OptionSpec, type ParsedArgs } from './args';
import { readBounded } from '../analysis/index';

const CONFIG_FILE_NAME = '.kernel-lens.json';
/** Anything bigger is not a settings file. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** A captured profile holds a whole kernel config (~10,000 symbols): well under this. */
const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

export const TARGET_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'target',
    kind: 'value',
    valueName: '<preset|kernel|profile>',
    help: "target host: a preset id (see 'kernel-lens targets'), a kernel version such as 5.15, or a host profile .json; several separated by commas",
  },
  {
    name: 'kernel-config',
    kind: 'value',
    valueName: '<file>',
    help: "the target kernel's .config (plain or gzipped, e.g. a copy of /proc/config.gz)",
  },
  { name: 'arch', kind: 'value', valueName: '<arch>', help: 'target CPU architecture (amd64, arm64, …)' },
  {
    name: 'runtime',
    kind: 'value',
    valueName: '<runtime>',
    help: 'container runtime: docker, podman, containerd, optionally @version and +unconfined',
  },
  {
    name: 'config',
    kind: 'value',
    valueName: '<file>',
    help: `settings file (default: the nearest ${CONFIG_FILE_NAME} from the current folder up to the repository root)`,
  },
  { name: 'no-config', kind: 'flag', help: `ignore every ${CONFIG_FILE_NAME}` },
];

const FLAG_OF: Partial<Record<keyof TargetInput, string>> = {
  target: '--target',
  kernelConfigPath: '--kernel-config',
  arch: '--arch',
  runtime: '--runtime',
  rules: '--rule',
};

export interface TargetSetup {
  /** Every layer but the Dockerfile's own directive (analysis adds that per file). */
  layers: Omit<TargetLayers, 'directive'>;
  readConfig: ConfigReader;
  /** The target of the run, before any file's directive. */
  target: TargetHost;
  /** The settings file in force, if any. */
  configFile?: string;
  /** Non-fatal problems, one sentence each. */
  warnings: string[];
  /** Whether --target was given (for "(from --target)"). */
  targetFlag: boolean;
}

export { knownRuleIds };

/** `--rule id=severity`, repeatable. */
export function parseRuleFlags(values: readonly string[]): Record<string, ConfiguredSeverity> {
  const rules: Record<string, ConfiguredSeverity> = {};
  const known = knownRuleIds();
  for (const v of values) {
    const m = /^([^=]+)=(.*)$/.exec(v);
    if (!m) throw new UsageError(`option '--rule': '${v}' is not <rule-id>=<severity> (e.g. --rule image-end-of-life=off)`);
    const id = m[1].trim();
    const sev = m[2].trim().toLowerCase();
    if (!known.includes(id)) {
      const near = closest(id, known);
      throw new UsageError(`option '--rule': unknown rule '${id}'${near ? ` — did you mean ${near}?` : ''} (see 'kernel-lens rules')`);
    }
    if (!(RULE_SEVERITIES as readonly string[]).includes(sev)) {
      throw new UsageError(`option '--rule': '${m[2]}' is not a severity for ${id} (valid: ${RULE_SEVERITIES.join(', ')})`);
    }
    rules[id] = sev as ConfiguredSeverity;
  }
  return rules;
}

/** The nearest settings file from `start` upwards, stopping at the repository root (a folder with .git). */
function findConfigFile(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function readConfigFile(file: string): { input: TargetInput; path: string } {
  let text: string;
  // The bytes actually read are capped (stat sizes lie: /proc files say 0); regular files only.
  const read = readBounded(file, MAX_CONFIG_BYTES);
  if (read.ok) text = read.bytes.toString('utf8');
  else if (read.reason === 'directory') throw new UsageError(`settings file ${file} is a folder, not a file`);
  else if (read.reason === 'not-regular') throw new UsageError(`settings file ${file} is not a regular file`);
  else if (read.reason === 'too-large') throw new UsageError(`settings file ${file} is larger than 1 MiB: not a ${CONFIG_FILE_NAME}`);
  else if (read.reason === 'missing') throw new UsageError(`settings file ${file} does not exist`);
  else throw new UsageError(`settings file ${file} cannot be read (${read.code ?? String((read.error as Error)?.message ?? read.error)})`);
  const parsed = parseWorkspaceConfigFile(text, file, { knownRules: knownRuleIds() });
  // The run stops here, so the editor's "ignored until it is fixed" does not apply.
  if (parsed.problems.length > 0)
    throw new UsageError(
      parsed.problems.map((p) => p.message.replace(/\s*The file is ignored until it is fixed\.?/, '').replace(/\.$/, '')).join('; '),
    );
  return { input: parsed.input, path: file };
}

export interface TargetSetupOptions {
  cwd: string;
  rules?: Record<string, ConfiguredSeverity>;
  /** For tests of the library path only; the CLI always detects. */
  machine?: MachineFacts;
}

/** The `--target` values: one, or several separated by commas (`--target rhel8,ubuntu-24.04`). */
export function targetValues(args: ParsedArgs): (string | undefined)[] {
  const value = args.values.get('target');
  if (value === undefined) return [undefined];
  const list = value.split(',').map((v) => v.trim());
  if (list.some((v) => v === '')) throw new UsageError(`option '--target': '${value}' has an empty entry`);
  return [...new Set(list)];
}

/** Reads a host profile for the CLI: any readable file the user named (bounded, regular files only). */
function readProfileFile(reference: string, base: string | undefined): ReturnType<ProfileReader> {
  const file = path.resolve(base ?? process.cwd(), reference);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (!fstatSync(fd).isFile()) return { problem: `host profile '${reference}' is not a regular file.`, path: file };
    const buf = Buffer.alloc(MAX_PROFILE_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n > MAX_PROFILE_BYTES) return { problem: `host profile '${reference}' is larger than 4 MiB: not a host profile.`, path: file };
    const parsed = parseHostProfile(buf.subarray(0, n).toString('utf8'), `host profile '${reference}'`);
    if (!parsed.profile) return { problem: parsed.problems.join(' '), path: file };
    return { profile: parsed.profile, path: file };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? `host profile '${reference}' does not exist.`
          : `host profile '${reference}' cannot be read (${code ?? (e as Error).message}).`,
      path: file,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function setupTarget(args: ParsedArgs, opts: TargetSetupOptions & { target?: string } = { cwd: process.cwd() }): TargetSetup {
  const raw: Record<string, unknown> = {};
  const target = 'target' in opts ? opts.target : args.values.get('target');
  if (target !== undefined) raw.target = target;
  const kernelConfig = args.values.get('kernel-config');
  if (kernelConfig !== undefined) raw.kernelConfigPath = path.resolve(opts.cwd, kernelConfig);
  if (args.values.has('arch')) raw.arch = args.values.get('arch');
  if (args.values.has('runtime')) raw.runtime = args.values.get('runtime');
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && v.trim() === '')
      throw new UsageError(`option '${FLAG_OF[k as keyof TargetInput]}' needs a non-empty value`);
  }
  const cli = validateTargetInput(raw, 'command line', { fieldLabel: (key) => `option '${FLAG_OF[key as keyof TargetInput] ?? key}'` });
  if (cli.problems.length > 0) throw new UsageError(cli.problems.map((p) => p.message.replace(/\.$/, '')).join('; '));
  if (opts.rules && Object.keys(opts.rules).length > 0) cli.input.rules = opts.rules;

  if (args.flags.has('no-config') && args.values.has('config'))
    throw new UsageError("options '--config' and '--no-config' exclude each other");
  let workspaceFile: TargetSetup['layers']['workspaceFile'];
  if (!args.flags.has('no-config')) {
    const explicit = args.values.get('config');
    const file = explicit !== undefined ? path.resolve(opts.cwd, explicit) : findConfigFile(opts.cwd);
    if (file) workspaceFile = readConfigFile(file);
  }

  const machine = opts.machine ?? detectMachine();
  const layers: TargetSetup['layers'] = {
    cli: cli.input,
    machine,
    defaultPlatform: machine.platform,
    baseDir: opts.cwd,
    readProfile: readProfileFile,
  };
  if (workspaceFile) layers.workspaceFile = workspaceFile;

  // Kernel configs are read once per path for the whole run; the paths the user named must read.
  const cache = new Map<string, ReturnType<ConfigReader>>();
  const readConfig: ConfigReader = (p) => {
    let r = cache.get(p);
    if (!r) {
      r = readKernelConfigFile(p);
      cache.set(p, r);
    }
    return r;
  };
  const resolved = resolveTarget(layers, readConfig);
  // A profile the user named must read, like a kernel config they named.
  const profileRefs = [cli.input.target, workspaceFile?.input.target].filter((t): t is string => t !== undefined && isProfileReference(t));
  for (const ref of profileRefs) {
    const bad = resolved.problems.find((p) => p.message.includes(`'${ref}'`));
    if (bad) throw new UsageError(bad.message.replace(/\.$/, ''));
  }
  const userPaths = [cli.input.kernelConfigPath, workspaceFile?.input.kernelConfigPath].filter((p): p is string => p !== undefined);
  for (const p of userPaths) {
    const r = cache.get(p);
    if (r?.problem) throw new UsageError(r.problem.replace(/\.$/, ''));
  }
  const setup: TargetSetup = {
    layers,
    readConfig,
    target: resolved.target,
    warnings: resolved.problems.map((p) => p.message),
    targetFlag: target !== undefined,
  };
  if (workspaceFile) setup.configFile = workspaceFile.path;
  return setup;
}

/** describeTarget, naming the flag when the host came from --target. */
export function describeRunTarget(target: TargetHost, targetFlag: boolean): string {
  const text = describeTarget(target);
  if (target.origin.kind === 'cli' && targetFlag) return text.replace(/\(from the command line\)$/, '(from --target)');
  return text;
}
