/**
 * What any source (Dockerfile directive, CLI flag, `.kernel-lens.json`, editor settings) may say
 * about the target host, and its validation. Every source goes through the same field validators,
 * so a value means the same wherever it is written. Valid fields survive; a bad field becomes a
 * problem and is left unset (unknown) — never a half-parsed value.
 */
import { isProfileReference } from './profile';
import nodePath from 'node:path';
import { getPreset, hostPresets } from '../../knowledge/hosts';
import type { Arch } from '../../knowledge/types';
import type { ConfiguredSeverity, Range } from '../types';
import { parseJsonc } from './jsonc';
import { parseKernelVersion } from './kernelVersion';
import { closest } from './suggest';
import type { RuntimeInfo, TargetProblem } from './types';

/** The validated, normalised shape every source produces. */
export interface TargetInput {
  /** A preset id (`rhel8`), a kernel version (`5.15`, `6.1.0-18-amd64`), or `auto` (this machine on Linux, Docker Desktop elsewhere). */
  target?: string;
  /** A kernel version; overrides the preset's kernel when both are given. */
  kernel?: string;
  /** Path of the host's kernel config (plain or gzip). */
  kernelConfigPath?: string;
  arch?: Arch;
  os?: 'linux' | 'windows';
  windowsBuild?: number;
  cgroup?: 1 | 2;
  vsyscall?: 'emulate' | 'xonly' | 'none';
  /** `docker`, `podman` or `containerd`, optionally `@version`, optionally `+unconfined` (default seccomp profile off): `docker@25.0.1`, `podman@5.0`, `docker@25.0.3+unconfined`. */
  runtime?: string;
  /** Whether the runtime's default seccomp profile applies (false: `--security-opt seccomp=unconfined`, privileged). */
  seccomp?: boolean;
  /** Severity per rule id. */
  rules?: Record<string, ConfiguredSeverity>;
  /** Several hosts at once (presets, kernel versions, host profiles): findings say which fail. */
  targets?: string[];
}

export type TargetInputKey = keyof TargetInput;

export const TARGET_INPUT_KEYS: readonly TargetInputKey[] = [
  'target',
  'kernel',
  'kernelConfigPath',
  'arch',
  'os',
  'windowsBuild',
  'cgroup',
  'vsyscall',
  'runtime',
  'seccomp',
  'rules',
  'targets',
];

/** More targets than this in one check is a fleet for the CLI, not for every keystroke. */
const MAX_TARGETS = 32;

/** `target` value meaning "no explicit host: use the default" (this machine on Linux). */
export const AUTO_TARGET = 'auto';

export const CANONICAL_ARCHES: readonly Arch[] = ['amd64', 'arm64', 'arm/v7', 'arm/v6', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];

/** Names for the same architecture used by uname, Debian, RPM and Node (lower-case keys). */
export const ARCH_ALIASES: Readonly<Record<string, Arch>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  x64: 'amd64',
  aarch64: 'arm64',
  'arm64/v8': 'arm64',
  armv8: 'arm64',
  arm: 'arm/v7',
  armhf: 'arm/v7',
  armv7: 'arm/v7',
  armv7l: 'arm/v7',
  armv7hl: 'arm/v7',
  armel: 'arm/v6',
  armv6: 'arm/v6',
  armv6l: 'arm/v6',
  i386: '386',
  i486: '386',
  i586: '386',
  i686: '386',
  x86: '386',
  ia32: '386',
  ppc64el: 'ppc64le',
  mips64el: 'mips64le',
};

/** Canonical architecture for any accepted spelling, also with a `linux/` platform prefix. */
export function normalizeArch(s: string): Arch | undefined {
  const lower = s
    .trim()
    .toLowerCase()
    .replace(/^linux\//, '');
  if ((CANONICAL_ARCHES as readonly string[]).includes(lower)) return lower as Arch;
  return ARCH_ALIASES[lower];
}

export const RUNTIME_KINDS: readonly RuntimeInfo['kind'][] = ['docker', 'podman', 'containerd'];
const RUNTIME_VERSION = /^\d{1,4}(?:\.\d{1,6}){0,3}(?:[-+~][0-9A-Za-z.+~-]{1,64})?$/;

/** Suffix saying the runtime's default seccomp profile is off (`--security-opt seccomp=unconfined`, privileged). */
export const UNCONFINED_SUFFIX = '+unconfined';

/**
 * Parses `kind[@version][+unconfined]`: `docker`, `docker@25.0.1`, `podman@5.0.2`,
 * `docker@25.0.3+unconfined` (seccompDefault false). Undefined when malformed.
 */
export function parseRuntime(s: string): RuntimeInfo | undefined {
  let text = s.trim().toLowerCase();
  const unconfined = text.endsWith(UNCONFINED_SUFFIX);
  if (unconfined) text = text.slice(0, -UNCONFINED_SUFFIX.length);
  const m = /^([a-z]+)(?:@(.+))?$/.exec(text);
  if (!m || !(RUNTIME_KINDS as readonly string[]).includes(m[1])) return undefined;
  if (m[2] !== undefined && !RUNTIME_VERSION.test(m[2])) return undefined;
  const info: RuntimeInfo = { kind: m[1] as RuntimeInfo['kind'] };
  if (m[2] !== undefined) info.version = m[2];
  if (unconfined) info.seccompDefault = false;
  return info;
}

/** The canonical text of a runtime, as validateTargetInput stores it. */
function formatRuntime(r: RuntimeInfo): string {
  return `${r.kind}${r.version ? `@${r.version}` : ''}${r.seccompDefault === false ? UNCONFINED_SUFFIX : ''}`;
}

export const RULE_SEVERITIES: readonly ConfiguredSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

function presetIds(): string[] {
  return hostPresets.map((p) => p.id);
}

/** Examples for messages, from the real preset table (never a hard-coded list that can go stale). */
function presetExamples(): string {
  const familiar = ['rhel8', 'ubuntu-22.04'].filter((id) => getPreset(id)?.id === id);
  const ids = familiar.length > 0 ? familiar : presetIds().slice(0, 2);
  return ids.map((id) => id + ', ').join('');
}

/** Ends a message with a full stop unless it already ends with punctuation. */
export function sentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

type FieldResult = { value: unknown } | { message: string };

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `'${v}'`;
  return `${typeof v} ${String(v)}`;
}

/** Numbers are refused for version fields: JSON's 5.10 is the number 5.1. */
function versionString(value: unknown, what: string): string | { message: string } {
  if (typeof value === 'number')
    return { message: `write the ${what} as a string in quotes: as a number it loses digits (5.10 reads as 5.1)` };
  if (typeof value !== 'string') return { message: `must be a string, not ${typeName(value)}` };
  return value.trim();
}

function validateTarget(value: unknown): FieldResult {
  const s = versionString(value, 'kernel version');
  if (typeof s !== 'string') return s;
  const lower = s.toLowerCase();
  if (lower === AUTO_TARGET) return { value: AUTO_TARGET };
  // A host profile file (`kernel-lens target capture`); read and checked when the target is resolved.
  if (isProfileReference(s)) return { value: s.trim() };
  const preset = getPreset(s);
  if (preset) return { value: preset.id };
  if (parseKernelVersion(s)) return { value: s };
  const near = closest(lower, presetIds());
  if (near) return { message: `unknown preset '${s}' — did you mean ${near}?` };
  return { message: `'${s}' is neither a known preset nor a kernel version (e.g. ${presetExamples()}5.15)` };
}

function validateKernel(value: unknown): FieldResult {
  const s = versionString(value, 'kernel version');
  if (typeof s !== 'string') return s;
  if (parseKernelVersion(s)) return { value: s };
  return { message: `'${s}' is not a kernel version (e.g. 5.15 or 5.15.0-91-generic)` };
}

function validateArch(value: unknown): FieldResult {
  if (typeof value !== 'string') return { message: `must be a string, not ${typeName(value)}` };
  const arch = normalizeArch(value);
  if (arch) return { value: arch };
  return {
    message: `'${value}' is not a known architecture. Valid: ${CANONICAL_ARCHES.join(', ')}; aliases such as x86_64 and aarch64 are accepted`,
  };
}

function validateOs(value: unknown): FieldResult {
  if (typeof value !== 'string') return { message: `must be a string, not ${typeName(value)}` };
  const lower = value.trim().toLowerCase();
  if (lower === 'linux' || lower === 'windows') return { value: lower };
  return { message: `'${value}' is not a known OS (valid: linux, windows)` };
}

function validateWindowsBuild(value: unknown): FieldResult {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 1_000_000) return { value: n };
  return { message: `${typeName(value)} is not a Windows build number (a whole number such as the one 'winver' shows)` };
}

function validateCgroup(value: unknown): FieldResult {
  const s =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase().replace(/^v/, '') : undefined;
  if (s === '1' || s === '2') return { value: Number(s) };
  return { message: `${typeName(value)} is not a cgroup version (valid: 1, 2)` };
}

const VSYSCALL_MODES = ['emulate', 'xonly', 'none'] as const;
function validateVsyscall(value: unknown): FieldResult {
  if (typeof value === 'string' && (VSYSCALL_MODES as readonly string[]).includes(value.trim().toLowerCase()))
    return { value: value.trim().toLowerCase() };
  return { message: `${typeName(value)} is not a vsyscall mode (valid: ${VSYSCALL_MODES.join(', ')})` };
}

function validateRuntime(value: unknown): FieldResult {
  if (typeof value !== 'string') return { message: `must be a string, not ${typeName(value)}` };
  const parsed = parseRuntime(value);
  if (parsed) return { value: formatRuntime(parsed) };
  const kind = value.trim().toLowerCase().split('@')[0];
  const near = closest(kind, RUNTIME_KINDS);
  const hint = near && near !== kind ? ` — did you mean ${near}?` : '';
  return {
    message: `'${value}' is not a runtime (valid: ${RUNTIME_KINDS.join(', ')}, optionally with @version and +unconfined, e.g. docker@25.0.1)${hint}`,
  };
}

function validateSeccomp(value: unknown): FieldResult {
  if (typeof value === 'boolean') return { value };
  const s = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (s === 'default' || s === 'true' || s === 'on') return { value: true };
  if (s === 'unconfined' || s === 'false' || s === 'off') return { value: false };
  return { message: `${typeName(value)} is not a seccomp setting (valid: true or 'default'; false or 'unconfined')` };
}

function validateConfigPath(value: unknown): FieldResult {
  if (typeof value !== 'string') return { message: `must be a file path (a string), not ${typeName(value)}` };
  return { value: value.trim() };
}

export interface RulesValidation {
  rules: Record<string, ConfiguredSeverity>;
  messages: string[];
}

function validateRules(value: unknown, knownRules?: readonly string[]): RulesValidation | { message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { message: `must be an object mapping rule ids to a severity (${RULE_SEVERITIES.join(', ')}), not ${typeName(value)}` };
  }
  const rules: Record<string, ConfiguredSeverity> = {};
  const messages: string[] = [];
  for (const [id, sev] of Object.entries(value)) {
    if (knownRules && !knownRules.includes(id)) {
      const near = closest(id, knownRules);
      messages.push(`unknown rule '${id}'${near ? ` — did you mean ${near}?` : ''}`);
      continue;
    }
    const s = typeof sev === 'string' ? sev.trim().toLowerCase() : undefined;
    if (s !== undefined && (RULE_SEVERITIES as readonly string[]).includes(s)) rules[id] = s as ConfiguredSeverity;
    else messages.push(`rule '${id}': ${typeName(sev)} is not a severity (valid: ${RULE_SEVERITIES.join(', ')})`);
  }
  return { rules, messages };
}

function validateTargets(value: unknown): FieldResult {
  if (!Array.isArray(value)) return { message: `must be a list of targets, not ${typeName(value)}` };
  if (value.length === 0) return { message: 'must name at least one target' };
  if (value.length > MAX_TARGETS) return { message: `names ${value.length} targets; at most ${MAX_TARGETS} are checked at once` };
  const out: string[] = [];
  for (const v of value) {
    const r = validateTarget(v);
    if ('message' in r) return { message: `${JSON.stringify(v)}: ${r.message}` };
    if (!out.includes(r.value as string)) out.push(r.value as string);
  }
  return { value: out };
}

const FIELD_VALIDATORS: Record<Exclude<TargetInputKey, 'rules'>, (v: unknown) => FieldResult> = {
  targets: validateTargets,
  target: validateTarget,
  kernel: validateKernel,
  kernelConfigPath: validateConfigPath,
  arch: validateArch,
  os: validateOs,
  windowsBuild: validateWindowsBuild,
  cgroup: validateCgroup,
  vsyscall: validateVsyscall,
  runtime: validateRuntime,
  seccomp: validateSeccomp,
};

/**
 * Validates one field. Returns the normalised value, or a message (without the field's name) that
 * says what is wrong and what is valid. Used by settings, the workspace file and directives alike.
 */
export function validateField(key: Exclude<TargetInputKey, 'rules'>, value: unknown): FieldResult {
  return FIELD_VALIDATORS[key](value);
}

export interface ValidateOptions {
  /** How a field is named in messages; default `${where}.${key}` (e.g. 'kernelLens.target'). */
  fieldLabel?: (key: string) => string;
  /** Report keys that are not TargetInput fields (for `.kernel-lens.json`; editor settings hold other keys too). */
  strictKeys?: boolean;
  /** Keys allowed besides the fields (e.g. '$schema'). */
  allowKeys?: readonly string[];
  /** Rule ids, to catch typos in `rules`. */
  knownRules?: readonly string[];
  /** Where each field's value is in `file`, for problems that can point at it (`.kernel-lens.json`). */
  valueRanges?: ReadonlyMap<string, Range>;
  /** The file valueRanges refer to. */
  file?: string;
  /** Resolves a relative kernelConfigPath (against the workspace file's folder). */
  baseDir?: string;
}

/**
 * Validates what a source said. `undefined`/`null` → empty input. Empty strings and nulls in
 * fields mean "not set" (editor settings default to ''). Never throws.
 */
export function validateTargetInput(
  raw: unknown,
  where: string,
  opts: ValidateOptions = {},
): { input: TargetInput; problems: TargetProblem[] } {
  const label = opts.fieldLabel ?? ((key: string) => `${where}.${key}`);
  const input: TargetInput = {};
  const problems: TargetProblem[] = [];
  if (raw === undefined || raw === null) return { input, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { input, problems: [{ where, message: `${where}: must be an object with fields such as "target", not ${typeName(raw)}.` }] };
  }
  const problem = (key: string, message: string): void => {
    const range = opts.valueRanges?.get(key);
    const p: TargetProblem = { where: label(key), message: sentence(`${label(key)}: ${message}`) };
    if (range && opts.file) p.location = { path: opts.file, range };
    problems.push(p);
  };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(TARGET_INPUT_KEYS as readonly string[]).includes(key)) {
      if (opts.strictKeys && !opts.allowKeys?.includes(key)) {
        const near = closest(key, TARGET_INPUT_KEYS);
        problem(key, `unknown key${near ? ` — did you mean "${near}"?` : ''} (valid keys: ${TARGET_INPUT_KEYS.join(', ')})`);
      }
      continue;
    }
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (key === 'rules') {
      const r = validateRules(value, opts.knownRules);
      if ('message' in r) problem(key, r.message);
      else {
        if (Object.keys(r.rules).length > 0) input.rules = r.rules;
        for (const m of r.messages) problem(key, m);
      }
      continue;
    }
    const k = key as Exclude<TargetInputKey, 'rules'>;
    const result = validateField(k, value);
    if ('message' in result) {
      problem(key, result.message);
      continue;
    }
    let v = result.value;
    if (k === 'kernelConfigPath' && opts.baseDir && typeof v === 'string') v = nodePath.resolve(opts.baseDir, v);
    (input as Record<string, unknown>)[k] = v;
  }
  return { input, problems };
}

/**
 * Parses `.kernel-lens.json` (comments and trailing commas allowed). A syntax error gives one
 * problem with its line and column and an empty input; a relative kernelConfigPath is resolved
 * against the file's folder.
 */
export function parseWorkspaceConfigFile(
  text: string,
  path: string,
  opts: { knownRules?: readonly string[] } = {},
): { input: TargetInput; problems: TargetProblem[] } {
  const name = nodePath.basename(path);
  const parsed = parseJsonc(text);
  if (parsed.error) {
    const { line, character } = parsed.error.position;
    return {
      input: {},
      problems: [
        {
          where: path,
          message: `${name}: not valid JSON at line ${line + 1}, column ${character + 1}: ${parsed.error.message}. The file is ignored until it is fixed.`,
          location: { path, range: { start: parsed.error.position, end: { line, character: character + 1 } } },
        },
      ],
    };
  }
  return validateTargetInput(parsed.value, path, {
    fieldLabel: (key) => `${name} "${key}"`,
    strictKeys: true,
    allowKeys: ['$schema'],
    valueRanges: parsed.topLevelValueRanges,
    file: path,
    baseDir: nodePath.dirname(path),
    knownRules: opts.knownRules,
  });
}
