/**
 * Host profiles: a real host's facts written to a JSON file (`kernel-lens target capture` on the
 * host, or `kernel-lens target from-kubernetes` from a node list), usable anywhere a preset id is.
 *
 * A profile describes the host in one of two ways, and says which:
 * - `kernelConfig` present: the host's own kernel config (captured from /proc/config.gz or
 *   /boot/config-*), which decides every feature — the profile is resolved like "this machine".
 * - `preset` present: no config is known (a Kubernetes node object has none), so the config of the
 *   preset whose OS image matches is used, with the node's own kernel release; the profile's
 *   `presetReason` says why that preset was chosen.
 *
 * Parsing is pure (text in, profile or problems out) and never throws; the file is read by the
 * caller, which decides which files may be read (the CLI, or the LSP layer with workspace trust).
 */
import type { Arch } from '../../knowledge/types';
import type { MachineFacts } from './machine';
import type { TargetInput } from './settings';

export const PROFILE_FORMAT = 'kernel-lens-host-profile/1';

export interface HostProfile {
  format: typeof PROFILE_FORMAT;
  /** A name the user chose (`--name`) or the node pool's; never the hostname unless asked for. */
  name?: string;
  /** ISO date-time of the capture. */
  capturedAt?: string;
  /** How the profile was made: 'capture' (on the host) or 'kubernetes' (from a node list). */
  via: 'capture' | 'kubernetes';
  os: 'linux' | 'windows';
  /** `uname -r` / the node's kernelVersion. */
  kernelRelease?: string;
  /** /etc/os-release or the node's osImage, for people reading the profile. */
  osRelease?: { id?: string; versionId?: string; prettyName?: string };
  arch?: Arch;
  cgroup?: 1 | 2;
  vsyscall?: 'emulate' | 'xonly' | 'none';
  /** Run-time switches read on the host (value as /proc/sys prints it), e.g. user.max_user_namespaces. */
  sysctls?: Record<string, string>;
  /** `docker@27.1.1`, `containerd@1.7.2`, … (the runtime setting's syntax). */
  runtime?: string;
  /** The host's kernel config: where it was read, and every symbol that is set (`y`, `m`, strings, numbers). */
  kernelConfig?: { origin: string; symbols: Record<string, string> };
  /** Preset whose shipped config stands in for the host's (profiles without kernelConfig). */
  preset?: string;
  presetReason?: string;
  /** For fleet profiles: how many nodes share these facts, and which pools. */
  nodes?: { count: number; pools: string[] };
}

export interface ProfileParse {
  profile?: HostProfile;
  problems: string[];
}

const ARCHES: readonly Arch[] = ['amd64', 'arm64', 'arm/v7', 'arm/v6', '386', 'ppc64le', 's390x', 'riscv64'];
const SYSCTL_KEY = /^[a-z0-9_]+(\.[a-z0-9_-]+)+$/;
const SYMBOL = /^[A-Z0-9_]+$/;
/** A kernel release as uname prints it; anything else is not trusted as one. */
const RELEASE = /^\d+\.\d+[\w.+~-]{0,120}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown, key: RegExp, field: string, problems: string[], limit: number): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v)) {
    problems.push(`${field} must be an object of strings.`);
    return undefined;
  }
  const out: Record<string, string> = Object.create(null);
  let n = 0;
  for (const [k, value] of Object.entries(v)) {
    if (++n > limit) {
      problems.push(`${field} has more than ${limit} entries; the rest are ignored.`);
      break;
    }
    if (!key.test(k) || typeof value !== 'string' || value.length > 4096) {
      problems.push(`${field}: '${k.slice(0, 60)}' is not a valid entry; it is ignored.`);
      continue;
    }
    out[k] = value;
  }
  return out;
}

const PROFILE_KEYS = new Set([
  '$schema',
  'format',
  'via',
  'os',
  'name',
  'capturedAt',
  'kernelRelease',
  'osRelease',
  'arch',
  'cgroup',
  'vsyscall',
  'sysctls',
  'runtime',
  'kernelConfig',
  'preset',
  'presetReason',
  'nodes',
]);

function unknownKeysProblem(where: string, unknown: string[]): string {
  const shown = unknown
    .slice(0, 3)
    .map((k) => `"${k.slice(0, 40)}"`)
    .join(', ');
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
  return `${where}: unknown key${unknown.length > 1 ? 's' : ''} ${shown}${more}; ignored.`;
}

/** The kernel's own facts of a profile: arch, cgroup version, vsyscall mode, sysctls and config symbols. */
function readKernelFields(data: Record<string, unknown>, where: string, profile: HostProfile, problems: string[]): void {
  if (data.arch !== undefined) {
    if (ARCHES.includes(data.arch as Arch)) profile.arch = data.arch as Arch;
    else problems.push(`${where}: arch '${String(data.arch).slice(0, 40)}' is not one of ${ARCHES.join(', ')}; it is ignored.`);
  }
  if (data.cgroup === 1 || data.cgroup === 2) profile.cgroup = data.cgroup;
  else if (data.cgroup !== undefined) problems.push(`${where}: cgroup must be 1 or 2; it is ignored.`);
  if (data.vsyscall === 'emulate' || data.vsyscall === 'xonly' || data.vsyscall === 'none') profile.vsyscall = data.vsyscall;
  else if (data.vsyscall !== undefined) problems.push(`${where}: vsyscall must be emulate, xonly or none; it is ignored.`);
  const sysctls = stringMap(data.sysctls, SYSCTL_KEY, `${where}: sysctls`, problems, 200);
  if (sysctls) profile.sysctls = sysctls;
  if (data.kernelConfig !== undefined) {
    const kc = data.kernelConfig;
    if (isRecord(kc) && typeof kc.origin === 'string') {
      const symbols = stringMap(kc.symbols, SYMBOL, `${where}: kernelConfig.symbols`, problems, 50_000);
      if (symbols) profile.kernelConfig = { origin: kc.origin.slice(0, 300), symbols };
    } else problems.push(`${where}: kernelConfig must be { "origin": string, "symbols": { SYMBOL: value } }; it is ignored.`);
  }
}

/** Parses and checks a host profile. Unknown keys are problems, not errors: the rest still applies. */
export function parseHostProfile(text: string, where: string): ProfileParse {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [`${where} is not valid JSON (${(e as Error).message.split('\n')[0]}).`] };
  }
  if (!isRecord(data) || data.format !== PROFILE_FORMAT) {
    return { problems: [`${where} is not a Kernel Lens host profile (its "format" must be "${PROFILE_FORMAT}").`] };
  }
  const via = data.via === 'kubernetes' ? 'kubernetes' : 'capture';
  const os = data.os === 'windows' ? 'windows' : 'linux';
  const profile: HostProfile = { format: PROFILE_FORMAT, via, os };
  const str = (k: string, max = 200): string | undefined => {
    const v = data as Record<string, unknown>;
    if (v[k] === undefined) return undefined;
    if (typeof v[k] !== 'string' || (v[k] as string).length > max) {
      problems.push(`${where}: "${k}" must be a string of at most ${max} characters; it is ignored.`);
      return undefined;
    }
    return v[k] as string;
  };
  const name = str('name');
  if (name !== undefined) profile.name = name;
  const capturedAt = str('capturedAt');
  if (capturedAt !== undefined) profile.capturedAt = capturedAt;
  const release = str('kernelRelease');
  if (release !== undefined) {
    if (RELEASE.test(release)) profile.kernelRelease = release;
    else problems.push(`${where}: kernelRelease '${release.slice(0, 60)}' is not a kernel release; it is ignored.`);
  }
  if (isRecord(data.osRelease)) {
    const o = data.osRelease;
    profile.osRelease = {};
    for (const k of ['id', 'versionId', 'prettyName'] as const)
      if (typeof o[k] === 'string') profile.osRelease[k] = (o[k] as string).slice(0, 200);
  }
  readKernelFields(data, where, profile, problems);
  const runtime = str('runtime', 80);
  if (runtime !== undefined) profile.runtime = runtime;
  const preset = str('preset', 80);
  if (preset !== undefined) profile.preset = preset;
  const presetReason = str('presetReason', 400);
  if (presetReason !== undefined) profile.presetReason = presetReason;
  if (isRecord(data.nodes) && typeof data.nodes.count === 'number' && Array.isArray(data.nodes.pools)) {
    profile.nodes = { count: data.nodes.count, pools: data.nodes.pools.filter((p): p is string => typeof p === 'string').slice(0, 100) };
  }
  const unknown = Object.keys(data).filter((k) => !PROFILE_KEYS.has(k));
  if (unknown.length > 0) problems.push(unknownKeysProblem(where, unknown));
  return { profile, problems };
}

/** Whether a target value names a profile file rather than a preset or kernel version. */
export function isProfileReference(target: string): boolean {
  return /\.json$/i.test(target.trim());
}

/** The profile's name for labels: its own name, else the file's base name. */
export function profileLabel(profile: HostProfile, file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return profile.name ? `${profile.name} (${base})` : base;
}

/** The kernel config text a captured profile carries, in .config syntax (what the config parser reads). */
function configTextOf(profile: HostProfile): string | undefined {
  if (!profile.kernelConfig) return undefined;
  return Object.entries(profile.kernelConfig.symbols)
    .map(([k, v]) => `CONFIG_${k}=${v}`)
    .join('\n');
}

/**
 * How a profile becomes a target: either machine facts (a captured host with its own config,
 * resolved exactly like "this machine") or settings naming a preset plus the host's own facts.
 */
export type ProfileTarget = { kind: 'machine'; facts: MachineFacts } | { kind: 'input'; input: TargetInput };

export function profileTarget(profile: HostProfile, label: string): ProfileTarget {
  if (profile.os === 'windows' || profile.preset || !profile.kernelConfig) {
    const input: TargetInput = {};
    if (profile.preset) input.target = profile.preset;
    if (profile.kernelRelease) input.kernel = profile.kernelRelease;
    if (profile.os === 'windows') input.os = 'windows';
    if (profile.arch) input.arch = profile.arch;
    if (profile.cgroup) input.cgroup = profile.cgroup;
    if (profile.vsyscall) input.vsyscall = profile.vsyscall;
    if (profile.runtime) input.runtime = profile.runtime;
    return { kind: 'input', input };
  }
  const facts: MachineFacts = { release: profile.kernelRelease ?? 'unknown', platform: 'linux', label: `host profile ${label}` };
  if (profile.arch) facts.arch = profile.arch;
  if (profile.cgroup) facts.cgroup = profile.cgroup;
  if (profile.vsyscall) facts.vsyscall = profile.vsyscall;
  const text = configTextOf(profile);
  if (text !== undefined) {
    facts.configText = text;
    facts.configOrigin = `host profile ${label} (${profile.kernelConfig!.origin})`;
  }
  if (profile.sysctls) facts.sysctls = profile.sysctls;
  if (profile.runtime) facts.runtime = profile.runtime;
  return { kind: 'machine', facts };
}
