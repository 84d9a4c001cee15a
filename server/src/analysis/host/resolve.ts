/**
 * Chooses the target host from every source.
 *
 * Precedence (highest first): 1 the Dockerfile's `# kernel-lens:` directive, 2 CLI flags,
 * 3 `.kernel-lens.json`, 4 editor settings, 5 the default.
 *
 * The rule is decided PER WHOLE HOST, not per field: the highest layer that names a host — sets
 * any of `target`, `kernel`, `os`, `windowsBuild` — decides which host it is. Finer fields (`arch`,
 * `cgroup`, `vsyscall`, `runtime`, `seccomp`, `kernelConfigPath`) are taken from that same layer or
 * a higher one (the higher wins); those in lower layers are ignored, because they describe a
 * different host. Example: settings say `kernelConfigPath=/boot/config-6.1`, the directive says
 * `target=rhel8` → the RHEL 8 host, without the 6.1 config. When no layer names a host, the
 * default decides and finer fields from every layer apply to it (settings `arch=arm64` alone →
 * this machine, as arm64). `target=auto` names the default host explicitly.
 *
 * The default: on Linux, this machine (facts from `detectMachine`); on macOS and Windows, the
 * `docker-desktop` preset (containers run in Docker Desktop's Linux VM, not on the OS you see).
 *
 * `rules` severities are not part of the host: they merge per rule id, higher layer winning.
 * Nothing here throws; a bad value becomes a problem and the field is left unknown.
 */
import nodePath from 'node:path';
import { getPreset, kernelBuildFor, rhelBuildForRelease, shippedConfigPath, trackedKernelSymbols } from '../../knowledge/hosts';
import type { HostPreset } from '../../knowledge/types';
import type { ConfiguredSeverity } from '../types';
import { kernelBuildConfig, parseKernelConfig, readKernelConfigFile, withOrigin } from './kernelConfig';
import { formatKernelLine, parseKernelVersion } from './kernelVersion';
import type { MachineFacts } from './machine';
import { isProfileReference, profileLabel, profileTarget, type HostProfile } from './profile';
import { AUTO_TARGET, parseRuntime, validateTargetInput, type TargetInput } from './settings';
import type { KernelConfig, RuntimeInfo, TargetHost, TargetOrigin, TargetOriginKind, TargetProblem } from './types';

/** Preset used when the editor or CLI runs on macOS or Windows. */
const DESKTOP_DEFAULT_PRESET = 'docker-desktop';

export interface TargetLayers {
  directive?: TargetInput;
  /** 0-based line of the directive (DirectiveParse.settingsLine), for the origin's words. */
  directiveLine?: number;
  cli?: TargetInput;
  workspaceFile?: { input: TargetInput; path: string };
  settings?: TargetInput;
  machine?: MachineFacts;
  /** Platform the default is chosen for; default: machine.platform. */
  defaultPlatform?: NodeJS.Platform;
  /** Folder relative profile paths in `cli` and `settings` start from (the workspace folder, the current folder). */
  baseDir?: string;
  /** Reads host profiles named as a target; without it a profile target is a problem. */
  readProfile?: ProfileReader;
}

export type ConfigReader = (path: string) => { config?: KernelConfig; problem?: string };
/**
 * Reads a host profile named as a target. `base` is the folder relative paths start from (the
 * `.kernel-lens.json`'s folder, the workspace, the current folder); the caller decides which files
 * may be read (workspace trust) and says why in `problem` when it refuses.
 */
export type ProfileReader = (reference: string, base: string | undefined) => { profile?: HostProfile; path?: string; problem?: string };

export interface ResolvedTarget {
  target: TargetHost;
  problems: TargetProblem[];
  /** Rule severities merged over the layers (higher layer wins per rule id). */
  rules: Record<string, ConfiguredSeverity>;
}

interface Layer {
  kind: TargetOriginKind;
  detail: string;
  /** Name used in problems, e.g. 'settings', '.kernel-lens.json'. */
  where: string;
  input: TargetInput;
  /** Facts of a captured host profile this layer names (resolved like this machine). */
  machine?: MachineFacts;
}

const HOST_FIELDS = ['target', 'kernel', 'os', 'windowsBuild'] as const;
const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

function namesHost(input: TargetInput): boolean {
  return HOST_FIELDS.some((f) => input[f] !== undefined);
}

/** First layer (highest precedence) among `layers` that sets `field`. */
function pick<K extends keyof TargetInput>(layers: Layer[], field: K): { value: NonNullable<TargetInput[K]>; layer: Layer } | undefined {
  for (const layer of layers) {
    const value = layer.input[field];
    if (value !== undefined) return { value: value as NonNullable<TargetInput[K]>, layer };
  }
  return undefined;
}

function collectLayers(l: TargetLayers, problems: TargetProblem[]): Layer[] {
  const out: Layer[] = [];
  // Re-validation is idempotent on validated input and normalises hand-built input (e.g. arch 'x86_64').
  const add = (kind: TargetOriginKind, detail: string, where: string, input: TargetInput | undefined): void => {
    if (!input) return;
    const v = validateTargetInput(input, where);
    problems.push(...v.problems);
    const layer: Layer = { kind, detail, where, input: v.input };
    expandProfile(layer, l, kind === 'workspace-file' && l.workspaceFile ? nodePath.dirname(l.workspaceFile.path) : l.baseDir, problems);
    out.push(layer);
  };
  const directiveDetail =
    l.directiveLine !== undefined
      ? `from the kernel-lens directive on line ${l.directiveLine + 1}`
      : "from the Dockerfile's kernel-lens directive";
  add('directive', directiveDetail, 'kernel-lens directive', l.directive);
  add('cli', 'from the command line', 'command line', l.cli);
  if (l.workspaceFile) {
    const name = nodePath.basename(l.workspaceFile.path);
    add('workspace-file', `from ${name}`, name, l.workspaceFile.input);
  }
  add('settings', 'from settings', 'kernelLens', l.settings);
  return out;
}

/**
 * A layer whose target is a host profile file becomes what the profile describes: a captured host
 * (its own config: resolved like this machine) or a preset plus the host's own facts. The layer's
 * explicit finer fields still win over the profile's.
 */
function expandProfile(layer: Layer, l: TargetLayers, base: string | undefined, problems: TargetProblem[]): void {
  const ref = layer.input.target;
  if (ref === undefined || !isProfileReference(ref)) return;
  const { target: _named, ...rest } = layer.input;
  layer.input = rest;
  if (!l.readProfile) {
    problems.push({ where: layer.where, message: `${layer.where}: host profile '${ref}' cannot be read here; the target is unknown.` });
    layer.input = { ...rest, os: rest.os ?? 'linux' };
    return;
  }
  const r = l.readProfile(ref, base);
  if (!r.profile) {
    problems.push({ where: layer.where, message: `${layer.where}: ${r.problem ?? `host profile '${ref}' could not be read.`}` });
    layer.input = { ...rest, os: rest.os ?? 'linux' };
    return;
  }
  const label = profileLabel(r.profile, r.path ?? ref);
  const t = profileTarget(r.profile, label);
  layer.detail = `host profile ${label}`;
  if (t.kind === 'machine') {
    layer.input = { ...rest, target: AUTO_TARGET };
    layer.machine = t.facts;
    return;
  }
  const v = validateTargetInput(t.input, `host profile ${label}`);
  problems.push(...v.problems);
  layer.input = { ...v.input, ...rest };
}

function mergeRules(layers: Layer[]): Record<string, ConfiguredSeverity> {
  const rules: Record<string, ConfiguredSeverity> = {};
  for (const layer of [...layers].reverse()) Object.assign(rules, layer.input.rules ?? {});
  return rules;
}

function presetLabel(preset: HostPreset): string {
  if (preset.os === 'windows') return preset.windowsBuild !== undefined ? `${preset.name} · build ${preset.windowsBuild}` : preset.name;
  const k = preset.kernel ? parseKernelVersion(preset.kernel) : undefined;
  return k ? `${preset.name} · ${formatKernelLine(k)}` : preset.name;
}

/** The host before finer fields: what the deciding layer (or the default) names. */
interface BaseHost {
  host: Omit<TargetHost, 'label' | 'origin'> & { label?: string };
  origin: TargetOrigin;
  preset?: HostPreset;
  machineConfig?: KernelConfig;
}

function defaultHost(l: TargetLayers, problems: TargetProblem[], profileMachine?: MachineFacts): BaseHost {
  const platform = profileMachine ? 'linux' : (l.defaultPlatform ?? l.machine?.platform);
  const machine = profileMachine ?? l.machine;
  if (platform === 'linux' && machine) {
    const m = machine;
    const host: BaseHost['host'] = { os: 'linux', label: m.label ?? `this machine (${m.release})` };
    const kernel = parseKernelVersion(m.release);
    if (kernel) host.kernel = kernel;
    if (m.arch) host.arch = m.arch;
    if (m.cgroup) host.cgroup = m.cgroup;
    if (m.vsyscall) host.vsyscall = m.vsyscall;
    if (m.sysctls) host.sysctls = m.sysctls;
    const runtime = m.runtime ? parseRuntime(m.runtime) : undefined;
    if (runtime) host.runtime = runtime;
    const base: BaseHost = { host, origin: { kind: 'machine', detail: m.label ?? 'this machine' } };
    if (m.configText !== undefined) {
      const config = parseKernelConfig(m.configText, m.configOrigin ?? 'this machine');
      if (config.size > 0) base.machineConfig = config;
    }
    return base;
  }
  if (platform === 'linux') {
    return { host: { os: 'linux', label: 'this machine (kernel unknown)' }, origin: { kind: 'machine', detail: 'this machine' } };
  }
  const preset = platform !== undefined ? getPreset(DESKTOP_DEFAULT_PRESET) : undefined;
  if (preset) {
    const host: BaseHost['host'] = { presetId: preset.id };
    // Docker Desktop's VM has the architecture of the computer it runs on.
    if (l.machine?.arch && preset.arches.includes(l.machine.arch)) host.arch = l.machine.arch;
    return { host, origin: { kind: 'default', detail: `default on ${PLATFORM_NAMES[platform!] ?? platform}` }, preset };
  }
  if (platform !== undefined) {
    problems.push({
      where: 'default target',
      message: `The default target preset '${DESKTOP_DEFAULT_PRESET}' is missing from the host presets; the target host is unknown.`,
    });
  }
  return { host: { label: 'unknown host' }, origin: { kind: 'default', detail: 'no target set' } };
}

function decidedHost(layer: Layer, l: TargetLayers, problems: TargetProblem[]): BaseHost {
  const origin: TargetOrigin = { kind: layer.kind, detail: layer.detail };
  const t = layer.input.target;
  if (t === AUTO_TARGET) {
    const base = defaultHost(l, problems, layer.machine);
    if (layer.machine) base.origin = { kind: layer.kind, detail: layer.detail };
    return base;
  }
  if (t !== undefined) {
    const preset = getPreset(t);
    if (preset) return { host: { presetId: preset.id }, origin, preset };
    const kernel = parseKernelVersion(t);
    if (kernel) return { host: { os: 'linux', kernel }, origin };
  }
  return { host: {}, origin };
}

function applyPreset(host: BaseHost['host'], preset: HostPreset): void {
  host.os = preset.os;
  host.presetId = preset.id;
  const kernel = preset.kernel ? parseKernelVersion(preset.kernel) : undefined;
  if (kernel) host.kernel = kernel;
  if (preset.windowsBuild !== undefined) host.windowsBuild = preset.windowsBuild;
  if (preset.arches.length === 1) host.arch = preset.arches[0];
  else if (host.arch && !preset.arches.includes(host.arch)) delete host.arch;
  if (preset.cgroup) host.cgroup = preset.cgroup;
  if (preset.vsyscall) host.vsyscall = preset.vsyscall;
  if (preset.runtime) host.runtime = { ...preset.runtime };
}

/**
 * The preset's shipped config for the host's arch. With a per-arch table and a known arch that the
 * table lacks, there is none (another arch's config would be a guess); with the arch unknown, the
 * preset's default config.
 */
function shippedConfigFor(preset: HostPreset, arch: TargetHost['arch']): string | undefined {
  if (preset.kernelConfigByArch && arch) return preset.kernelConfigByArch[arch];
  return preset.kernelConfig;
}

function configProblem(where: string, message: string): TargetProblem {
  return { where, message: `${message} Kernel features of the target are treated as unknown.` };
}

/** Resolves the target host. Pure apart from `readConfig` (default: the real file reader). */
export function resolveTarget(l: TargetLayers, readConfig: ConfigReader = (p) => readKernelConfigFile(p)): ResolvedTarget {
  const problems: TargetProblem[] = [];
  const layers = collectLayers(l, problems);
  const decidingIndex = layers.findIndex((layer) => namesHost(layer.input));
  // Finer fields come from the deciding layer or above; with no deciding layer, from every layer.
  const refining = decidingIndex < 0 ? layers : layers.slice(0, decidingIndex + 1);
  const base = decidingIndex < 0 ? defaultHost(l, problems) : decidedHost(layers[decidingIndex], l, problems);
  const host = base.host;
  if (base.preset) applyPreset(host, base.preset);

  const deciding = decidingIndex >= 0 ? layers[decidingIndex] : undefined;
  if (deciding && deciding.input.target !== AUTO_TARGET) applyDecidingLayer(host, deciding, problems);
  applyRefinements(host, refining, base.preset, problems);
  if (host.os !== 'windows') attachConfig(host, base, pick(refining, 'kernelConfigPath'), readConfig, problems);

  const target: TargetHost = { ...host, label: labelFor(host, base), origin: base.origin };
  if (target.label === undefined) target.label = 'unknown host';
  return { target, problems, rules: mergeRules(layers) };
}

/** The deciding layer's own kernel, OS and Windows build (a Linux kernel on a Windows host is dropped, and vice versa). */
function applyDecidingLayer(host: BaseHost['host'], deciding: Layer, problems: TargetProblem[]): void {
  const { kernel: kernelText, os, windowsBuild } = deciding.input;
  if (os) host.os = os;
  if (kernelText !== undefined) {
    const kernel = parseKernelVersion(kernelText);
    if (kernel) {
      host.kernel = kernel;
      host.os ??= 'linux';
    }
  }
  if (windowsBuild !== undefined) {
    host.windowsBuild = windowsBuild;
    host.os ??= 'windows';
  }
  if (host.os === 'windows' && kernelText !== undefined) {
    problems.push({
      where: deciding.where,
      message: `${deciding.where}: a Linux kernel version was given for a Windows host; it is ignored.`,
    });
    delete host.kernel;
  }
  if (host.os === 'windows') delete host.kernel;
  if (host.os === 'linux' && host.windowsBuild !== undefined) {
    if (windowsBuild !== undefined)
      problems.push({ where: deciding.where, message: `${deciding.where}: a Windows build was given for a Linux host; it is ignored.` });
    delete host.windowsBuild;
  }
}

/** Finer fields (arch, cgroup, vsyscall, runtime, seccomp) from the deciding layer or above. */
function applyRefinements(host: BaseHost['host'], refining: Layer[], preset: HostPreset | undefined, problems: TargetProblem[]): void {
  const arch = pick(refining, 'arch');
  if (arch) {
    host.arch = arch.value;
    if (preset && preset.arches.length > 0 && !preset.arches.includes(arch.value)) {
      problems.push({
        where: arch.layer.where,
        message: `${arch.layer.where}: arch ${arch.value} is not one of the architectures of the ${preset.id} preset (${preset.arches.join(', ')}); using ${arch.value} anyway.`,
      });
    }
  }
  const cgroup = pick(refining, 'cgroup');
  if (cgroup) host.cgroup = cgroup.value;
  const vsyscall = pick(refining, 'vsyscall');
  if (vsyscall) host.vsyscall = vsyscall.value;
  const runtime = pick(refining, 'runtime');
  if (runtime) {
    const parsed = parseRuntime(runtime.value);
    if (parsed) host.runtime = parsed;
  }
  const seccomp = pick(refining, 'seccomp');
  if (seccomp) {
    if (host.runtime) host.runtime = { ...host.runtime, seccompDefault: seccomp.value } satisfies RuntimeInfo;
    else {
      problems.push({
        where: seccomp.layer.where,
        message: `${seccomp.layer.where}: seccomp is set but the container runtime is unknown; add runtime (docker, podman or containerd) for it to apply.`,
      });
    }
  }
}

/**
 * Kernel config: an explicit file, else the preset's real distribution build (reduced to the symbols the
 * knowledge reads) or its shipped config, else this machine's own; a Red Hat-style uname -r without any
 * config gets the config of the RHEL minor release it belongs to.
 */
function attachConfig(
  host: BaseHost['host'],
  base: BaseHost,
  configPath: ReturnType<typeof pick<'kernelConfigPath'>>,
  readConfig: ConfigReader,
  problems: TargetProblem[],
): void {
  if (configPath) {
    const r = readConfig(configPath.value);
    if (r.config) host.config = r.config;
    else
      problems.push(
        configProblem(
          configPath.layer.where,
          `${configPath.layer.where}: ${r.problem ?? `kernel config '${configPath.value}' could not be read.`}`,
        ),
      );
  } else if (base.preset && kernelBuildFor(base.preset, host.arch)) {
    // A real distribution build's config, reduced to the symbols the knowledge reads.
    const build = kernelBuildFor(base.preset, host.arch)!;
    const presetKernel = base.preset.kernel ? parseKernelVersion(base.preset.kernel) : undefined;
    const sameLine = !presetKernel || !host.kernel || formatKernelLine(presetKernel) === formatKernelLine(host.kernel);
    if (sameLine) host.config = kernelBuildConfig(build, trackedKernelSymbols, `${build.distribution} kernel ${build.release} config`);
  } else if (base.preset && shippedConfigFor(base.preset, host.arch)) {
    const presetKernel = base.preset.kernel ? parseKernelVersion(base.preset.kernel) : undefined;
    // A kernel line other than the preset's makes its shipped config describe a different kernel.
    const sameLine = !presetKernel || !host.kernel || formatKernelLine(presetKernel) === formatKernelLine(host.kernel);
    const file = shippedConfigFor(base.preset, host.arch);
    const path = file ? shippedConfigPath(file) : undefined;
    if (sameLine && path) {
      const r = readConfig(path);
      if (r.config) host.config = withOrigin(r.config, `shipped with preset ${base.preset.id} (${file})`);
      else
        problems.push(
          configProblem(
            `preset ${base.preset.id}`,
            `The shipped kernel config of preset ${base.preset.id} could not be read: ${r.problem ?? path}`,
          ),
        );
    } else if (sameLine && file) {
      problems.push(
        configProblem(`preset ${base.preset.id}`, `The shipped kernel config '${file}' of preset ${base.preset.id} is missing.`),
      );
    }
  } else if (base.machineConfig) {
    host.config = base.machineConfig;
  }
  // A Red Hat-style uname -r without any config: the RHEL minor release it belongs to has a real config.
  if (!host.config && host.kernel && !configPath) {
    const build = rhelBuildForRelease(host.kernel.raw, host.arch);
    if (build)
      host.config = kernelBuildConfig(
        build,
        trackedKernelSymbols,
        `${build.distribution} kernel ${build.release} config, matched by the release ${host.kernel.raw}`,
      );
  }
}

function labelFor(host: BaseHost['host'], base: BaseHost): string {
  if (base.host.label && (base.origin.kind === 'machine' || base.origin.detail.startsWith('host profile '))) return base.host.label;
  if (base.preset) {
    const presetKernel = base.preset.kernel ? parseKernelVersion(base.preset.kernel) : undefined;
    const kernelChanged = host.kernel && presetKernel && host.kernel.raw !== presetKernel.raw;
    return kernelChanged ? `${base.preset.name} · ${host.kernel!.raw}` : presetLabel(base.preset);
  }
  if (host.os === 'windows') return host.windowsBuild !== undefined ? `Windows host · build ${host.windowsBuild}` : 'Windows host';
  if (host.kernel) return `Linux ${host.kernel.raw} host`;
  if (host.os === 'linux') return 'Linux host (kernel unknown)';
  return base.host.label ?? 'unknown host';
}

/** One sentence for logs, the CLI header and hovers: "target: rhel8 — Red Hat Enterprise Linux 8, kernel 4.18.0, amd64, cgroup v1 (from .kernel-lens.json)". */
export function describeTarget(target: TargetHost): string {
  const preset = target.presetId ? getPreset(target.presetId) : undefined;
  const facts: string[] = [];
  if (target.os === 'windows')
    facts.push(target.windowsBuild !== undefined ? `Windows build ${target.windowsBuild}` : 'Windows, build unknown');
  else facts.push(target.kernel ? `kernel ${target.kernel.raw}` : 'kernel unknown');
  if (target.arch) facts.push(target.arch);
  if (target.cgroup) facts.push(`cgroup v${target.cgroup}`);
  if (target.vsyscall) facts.push(`vsyscall=${target.vsyscall}`);
  if (target.runtime) {
    const rt = target.runtime.version ? `${target.runtime.kind} ${target.runtime.version}` : target.runtime.kind;
    facts.push(target.runtime.seccompDefault === false ? `${rt} without seccomp` : rt);
  }
  if (target.config) facts.push(`kernel config: ${target.config.origin}`);
  const head = preset ? `target: ${preset.id} — ${preset.name}` : `target: ${target.label}`;
  return `${head}, ${facts.join(', ')} (${target.origin.detail})`;
}
