/**
 * What an image needs from its host, per stage (final stage first): the kernel version floor,
 * Kconfig features, modules to load on the host, run-time sysctls and host-only ones, cgroup and
 * seccomp needs, architecture — derived from the same extractors the rules use, so a requirement
 * exists exactly where the analysis saw a reliance. Also rendered as ready-to-use run settings
 * (`docker run` flags, a Compose service, a Kubernetes securityContext), each line saying why.
 *
 * Requirements do not depend on the target: they are what the Dockerfile asks of any host.
 */
import type { AnalysisResult } from './analyze';
import { classifySysctl } from '../knowledge/sysctls';
import { featureNeeds } from './rules/shared/featureNeeds';
import { moduleCommands } from './rules/shared/moduleCommands';
import { sysctlWrites } from './rules/shared/sysctlWrites';
import { knownImageStages } from './rules/shared/baseImage';
import { parsePlatform } from './rules/shared/platform';
import { allRules } from './rules';
import type { RuleContext, RuntimeNeed } from './rules/types';
import { blockAtLine } from './document';
import { commandsOfModel } from './shell';
import { stageForLine, type StageInfo } from './stages';
import type { ShellCommand } from './shell/types';
import { compareDotted } from './rules/shared/baseImage';

const REQUIREMENTS_FORMAT = 'kernel-lens-requirements/1';

export type RequirementKind =
  | 'kernel-version'
  | 'kernel-feature'
  | 'module'
  | 'sysctl'
  | 'host-sysctl'
  | 'cgroup'
  | 'architecture'
  | 'privileges'
  | 'capability'
  | 'device'
  | 'host-facility';

export interface Requirement {
  kind: RequirementKind;
  /** The thing needed, e.g. '5.6', 'WireGuard', 'br_netfilter', 'net.ipv4.ip_forward=1', 'cgroup v2', 'arm64'. */
  name: string;
  /** Kconfig symbols that provide it (without CONFIG_), where the knowledge has them. */
  kconfig?: string[];
  /** Whether the symbols may be modules (=m). */
  modular?: boolean;
  /** Mainline release that introduced it, where known. */
  since?: string;
  /** What in the Dockerfile asks for it, with its 1-based line: "`wg-quick` (line 9)". */
  why: string;
  line: number;
  /** 'build' when the need arises while the image is built (RUN), 'run' when the container runs. */
  phase: 'build' | 'run';
  /** What the host must provide, in words (kind 'host-facility': a driver, a toolkit, …). */
  notes?: string[];
  /** The facility that needs a capability, device or privilege; its `why` starts with it. */
  facility?: string;
}

export interface StageRequirements {
  index: number;
  name?: string;
  /** The FROM image as written. */
  image: string;
  /** Whether this is the final stage (what `docker build` produces without --target). */
  final: boolean;
  /** Highest kernel floor among the requirements (libc minimum, feature releases), with its reason. */
  kernelFloor?: { version: string; why: string };
  requirements: Requirement[];
}

export interface RunSettings {
  /** `docker run` options, each with why. */
  docker: { flag: string; why: string }[];
  /** A Compose service fragment (YAML), comments saying why. */
  compose: string;
  /** A Kubernetes pod spec fragment (YAML), comments saying why. */
  kubernetes: string;
  /** What must be set on the host itself (modules, host-only sysctls, kernel options). */
  host: { what: string; why: string }[];
}

export interface ImageRequirements {
  format: typeof REQUIREMENTS_FORMAT;
  /** Final stage first, then the others in document order. */
  stages: StageRequirements[];
  run: RunSettings;
}

function contextOf(result: AnalysisResult): RuleContext {
  let commands: readonly ShellCommand[] | undefined;
  return {
    model: result.model,
    stages: result.stages,
    target: result.target,
    today: new Date(0),
    commands: () => (commands ??= commandsOfModel(result.model)),
    stageAt: (line: number) => stageForLine(result.stages, line),
    contextFiles: result.contextFiles,
    directiveProblems: [],
  };
}

const at = (line: number): string => `line ${line + 1}`;

function collect(ctx: RuleContext): Map<number, Requirement[]> {
  const byStage = new Map<number, Requirement[]>();
  const add = (line: number, r: Omit<Requirement, 'line'>): void => {
    const stage = ctx.stageAt(line);
    if (!stage) return;
    const list = byStage.get(stage.index) ?? [];
    list.push({ ...r, line: line + 1 });
    byStage.set(stage.index, list);
  };
  const phaseAt = (line: number): 'build' | 'run' => {
    return blockAtLine(ctx.model, line)?.parsed.keyword === 'RUN' ? 'build' : 'run';
  };
  for (const need of featureNeeds(ctx)) {
    const f = need.feature;
    const line = need.range.start.line;
    const r: Omit<Requirement, 'line'> = {
      kind: 'kernel-feature',
      name: f.name,
      why: `${need.via} (${at(line)})`,
      phase: need.via.startsWith('package ') ? 'run' : phaseAt(line),
    };
    if (f.kconfig.length > 0) r.kconfig = [...f.kconfig];
    if (f.kconfig.length > 0) r.modular = f.modular;
    if (f.since) r.since = f.since;
    add(line, r);
  }
  for (const m of moduleCommands(ctx)) {
    if (m.unload) continue;
    const line = m.command.nameWord.range.start.line;
    for (const name of m.modules)
      add(line, {
        kind: 'module',
        name,
        why: `\`${m.command.name} ${name}\` (${at(line)}): modules are loaded on the host, never by an image`,
        phase: m.command.phase === 'build' ? 'build' : 'run',
      });
  }
  for (const w of sysctlWrites(ctx)) {
    const line = w.range.start.line;
    for (const s of w.settings) {
      const cls = classifySysctl(s.key);
      const name = s.value !== undefined ? `${s.key}=${s.value}` : s.key;
      const kind: RequirementKind = cls.class === 'namespaced' ? 'sysctl' : 'host-sysctl';
      add(line, {
        kind,
        name,
        why: `written at build time (${at(line)}); ${kind === 'sysctl' ? 'per container: set it at run time' : 'host-wide: set it on the host'}`,
        phase: 'run',
      });
    }
  }
  for (const s of ctx.stages) {
    const p = s.platform?.resolved ? parsePlatform(s.platform.resolved) : undefined;
    if (p)
      add(s.block.startLine, {
        kind: 'architecture',
        name: p.arch,
        why: `FROM --platform=${s.platform!.resolved} (${at(s.block.startLine)})`,
        phase: 'run',
      });
  }
  for (const rule of allRules()) for (const n of rule.runtimeNeeds?.(ctx) ?? []) addRuntimeNeed(n, add);
  for (const s of knownImageStages(ctx)) {
    const min = s.release.libc.minKernel;
    if (min)
      add(s.stage.block.startLine, {
        kind: 'kernel-version',
        name: min,
        since: min,
        why: `${s.release.libc.kind} ${s.release.libc.version} of ${s.release.label} refuses older kernels (${at(s.stage.block.startLine)})`,
        phase: 'run',
      });
  }
  return byStage;
}

/** A rule's runtime need as requirements: one per capability, device and privilege, one for the host's part. */
function addRuntimeNeed(n: RuntimeNeed, add: (line: number, r: Omit<Requirement, 'line'>) => void): void {
  const why = `${n.facility}: ${n.via} (${at(n.line)})`;
  const phase = n.phase;
  const facility = n.facility;
  if (n.privileged) add(n.line, { kind: 'privileges', name: 'privileged', why, phase, facility });
  for (const cap of n.capAdd ?? []) add(n.line, { kind: 'capability', name: cap, why, phase, facility });
  for (const device of n.devices ?? []) add(n.line, { kind: 'device', name: device, why, phase, facility });
  if (n.notes?.length)
    add(n.line, { kind: 'host-facility', name: n.facility, why: `${n.via} (${at(n.line)})`, phase, notes: [...n.notes] });
}

/** Requirements of a stage include those of the stages it is built FROM (its chain): they are in its image. */
function withChain(stage: StageInfo, byStage: Map<number, Requirement[]>): Requirement[] {
  const out = [...(byStage.get(stage.index) ?? [])];
  for (const i of stage.chain) out.push(...(byStage.get(i) ?? []));
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.kind}\u0000${r.name}\u0000${r.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function floorOf(reqs: readonly Requirement[]): StageRequirements['kernelFloor'] {
  let best: StageRequirements['kernelFloor'];
  for (const r of reqs) {
    if (!r.since || r.phase === 'build') continue;
    if (!best || compareDotted(r.since, best.version) > 0) best = { version: r.since, why: `${r.name}: ${r.why}` };
  }
  return best;
}

/** The host requirements of the analysed document. */
export function imageRequirements(result: AnalysisResult): ImageRequirements {
  const ctx = contextOf(result);
  const byStage = collect(ctx);
  const stages = result.stages;
  const order = stages.length > 0 ? [stages[stages.length - 1], ...stages.slice(0, -1)] : [];
  const out: StageRequirements[] = order.map((s) => {
    const requirements = withChain(s, byStage).sort((a, b) => a.line - b.line);
    const sr: StageRequirements = { index: s.index, image: s.imageText, final: s.index === stages.length - 1, requirements };
    if (s.name) sr.name = s.name;
    const floor = floorOf(requirements);
    if (floor) sr.kernelFloor = floor;
    return sr;
  });
  return { format: REQUIREMENTS_FORMAT, stages: out, run: runSettings(out[0]) };
}

function yamlComment(why: string): string {
  return why.replace(/\s+/g, ' ').replace(/`/g, '');
}

type DockerFlag = RunSettings['docker'][number];
/** A thing needed and why; reasons of one facility are joined under its name (see joinWhys). */
interface Reason {
  what: string;
  why: string;
  facility?: string;
}
interface RunSysctl {
  key: string;
  value: string;
  why: string;
}

/** Run settings of the final stage: only what the analysis found, each line saying why. */
function runSettings(final: StageRequirements | undefined): RunSettings {
  const docker: (DockerFlag & { facility?: string })[] = [];
  const host: RunSettings['host'] = [];
  const sysctls: RunSysctl[] = [];
  for (const r of final?.requirements ?? []) {
    if (r.kind === 'sysctl') {
      const [key, value] = r.name.split('=');
      if (value !== undefined) {
        sysctls.push({ key, value, why: r.why });
        docker.push({ flag: `--sysctl ${key}=${value}`, why: r.why });
      }
    } else if (r.kind === 'host-sysctl') host.push({ what: `sysctl ${r.name} (in /etc/sysctl.d/ on the host)`, why: r.why });
    else if (r.kind === 'module') host.push({ what: `kernel module ${r.name} (in /etc/modules-load.d/ on the host)`, why: r.why });
    else if (r.kind === 'kernel-feature' && r.kconfig)
      host.push({
        what: `${r.name}: ${r.kconfig.map((k) => `CONFIG_${k}`).join(', ')}${r.modular ? ' (=y or =m)' : ' (=y)'}${r.since ? `, Linux ≥ ${r.since}` : ''}`,
        why: r.why,
      });
    else if (r.kind === 'architecture') docker.push({ flag: `--platform linux/${r.name}`, why: r.why });
    else if (r.phase === 'run') addAccess(r, docker, host);
  }
  const flags = dedupe(docker.map((d) => ({ what: d.flag, why: d.why, facility: d.facility }))).map((d) => ({ flag: d.what, why: d.why }));
  return { docker: flags, compose: composeFragment(sysctls, flags), kubernetes: kubernetesFragment(sysctls, flags), host: dedupe(host) };
}

/** Capabilities, devices and privileges as `docker run` flags; what only the host can do as a host line. */
function addAccess(r: Requirement, docker: (DockerFlag & { facility?: string })[], host: RunSettings['host']): void {
  const facility = r.facility;
  if (r.kind === 'privileges') docker.push({ flag: '--privileged', why: r.why, facility });
  else if (r.kind === 'capability') docker.push({ flag: `--cap-add ${r.name}`, why: r.why, facility });
  else if (r.kind === 'device') docker.push({ flag: `--device ${r.name}`, why: r.why, facility });
  else if (r.kind === 'host-facility') host.push({ what: `${r.name}: ${(r.notes ?? []).join(' ')}`, why: r.why });
}

/** The flags that start with `prefix`, the prefix cut off. */
function flagValues(flags: readonly DockerFlag[], prefix: string): DockerFlag[] {
  return flags.filter((f) => f.flag.startsWith(prefix)).map((f) => ({ flag: f.flag.slice(prefix.length), why: f.why }));
}

function composeFragment(sysctls: readonly RunSysctl[], flags: readonly DockerFlag[]): string {
  const compose = ['services:', '  app:'];
  const privileged = flags.find((f) => f.flag === '--privileged');
  if (privileged) compose.push(`    privileged: true  # ${yamlComment(privileged.why)}`);
  const caps = flagValues(flags, '--cap-add ');
  if (caps.length > 0) compose.push('    cap_add:', ...caps.map((c) => `      - ${c.flag}  # ${yamlComment(c.why)}`));
  const devices = flagValues(flags, '--device ');
  if (devices.length > 0) compose.push('    devices:', ...devices.map((d) => `      - ${d.flag}:${d.flag}  # ${yamlComment(d.why)}`));
  if (sysctls.length > 0) {
    compose.push('    sysctls:');
    for (const s of sysctls) compose.push(`      ${s.key}: "${s.value}"  # ${yamlComment(s.why)}`);
  }
  const platform = flagValues(flags, '--platform ')[0];
  if (platform) compose.push(`    platform: ${platform.flag}  # ${yamlComment(platform.why)}`);
  return compose.join('\n') + '\n';
}

function kubernetesFragment(sysctls: readonly RunSysctl[], flags: readonly DockerFlag[]): string {
  const kubernetes = ['spec:'];
  if (sysctls.length > 0) {
    kubernetes.push('  securityContext:', '    sysctls:');
    for (const s of sysctls) kubernetes.push(`      - name: ${s.key}  # ${yamlComment(s.why)}`, `        value: "${s.value}"`);
  }
  const privileged = flags.find((f) => f.flag === '--privileged');
  const caps = flagValues(flags, '--cap-add ');
  const devices = flagValues(flags, '--device ');
  if (privileged || caps.length > 0 || devices.length > 0) {
    kubernetes.push('  containers:', '    - name: app');
    if (privileged || caps.length > 0) kubernetes.push('      securityContext:');
    if (privileged) kubernetes.push(`        privileged: true  # ${yamlComment(privileged.why)}`);
    if (caps.length > 0)
      kubernetes.push('        capabilities:', '          add:', ...caps.map((c) => `            - ${c.flag}  # ${yamlComment(c.why)}`));
    for (const d of devices)
      kubernetes.push(
        `      # ${d.flag}: Kubernetes has no --device; a device plugin or a privileged container provides it (${yamlComment(d.why)})`,
      );
  }
  const platform = flagValues(flags, '--platform linux/')[0];
  if (platform)
    kubernetes.push('  nodeSelector:', `    kubernetes.io/arch: ${platform.flag.split('/')[0]}  # ${yamlComment(platform.why)}`);
  return kubernetes.join('\n') + '\n';
}

/** One host line per thing needed, its reasons joined. */
function dedupe(items: readonly Reason[]): { what: string; why: string }[] {
  // Linear in the items: a file where every line needs the same thing has tens of thousands of them.
  const by = new Map<string, Reason[]>();
  for (const i of items) {
    const reasons = by.get(i.what);
    if (reasons) reasons.push(i);
    else by.set(i.what, [i]);
  }
  return [...by].map(([what, reasons]) => ({ what, why: joinWhys(reasons) }));
}

/**
 * Distinct reasons joined with '; ', those of one facility once with their places joined:
 * "TUN/TAP device (/dev/net/tun): package `openvpn` (line 2), `openvpn` (line 4)".
 */
function joinWhys(reasons: readonly Reason[]): string {
  // Keyed by the facility's "name: " prefix, or by the whole reason when it has no facility.
  const groups = new Map<string, Set<string>>();
  for (const r of reasons) {
    const prefix = r.facility !== undefined ? `${r.facility}: ` : undefined;
    const key = prefix !== undefined && r.why.startsWith(prefix) ? prefix : r.why;
    const places = groups.get(key) ?? new Set<string>();
    if (key !== r.why) places.add(r.why.slice(key.length));
    groups.set(key, places);
  }
  return [...groups].map(([key, places]) => key + [...places].join(', ')).join('; ');
}

function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown report: for a CI artifact, a pull request comment, or the editor's side panel. */
export function requirementsMarkdown(req: ImageRequirements, title: string): string {
  const lines = [
    `# Host requirements: ${title}`,
    '',
    'What the image needs from the kernel of the host that runs it (an image never brings a kernel).',
    '',
  ];
  for (const s of req.stages) {
    lines.push(`## ${s.final ? 'Final stage' : 'Stage'} ${s.name ? `\`${s.name}\` ` : ''}(FROM \`${s.image}\`)`, '');
    if (s.kernelFloor) lines.push(`Kernel: Linux ≥ ${s.kernelFloor.version} (${mdEscape(s.kernelFloor.why)})`, '');
    if (s.requirements.length === 0) {
      lines.push('Nothing beyond an ordinary container host was found.', '');
      continue;
    }
    lines.push('| needs | kind | when | why |', '|---|---|---|---|');
    for (const r of s.requirements) {
      const what = r.kconfig ? `${r.name} (${r.kconfig.map((k) => `CONFIG_${k}`).join(', ')})` : r.name;
      lines.push(`| ${mdEscape(what)} | ${r.kind} | ${r.phase === 'build' ? 'build' : 'run'} | ${mdEscape(r.why)} |`);
    }
    lines.push('');
  }
  const run = req.run;
  lines.push('## Run settings (final stage)', '');
  if (run.docker.length === 0 && run.host.length === 0) lines.push('No special run settings are needed.', '');
  if (run.docker.length > 0) {
    lines.push('```sh', `docker run ${run.docker.map((d) => d.flag).join(' ')} <image>`, '```', '');
    for (const d of run.docker) lines.push(`- \`${d.flag}\`: ${mdEscape(d.why)}`);
    lines.push('', 'Compose:', '```yaml', run.compose.trimEnd(), '```', '', 'Kubernetes:', '```yaml', run.kubernetes.trimEnd(), '```', '');
  }
  if (run.host.length > 0) {
    lines.push('On the host:', '');
    for (const h of run.host) lines.push(`- ${mdEscape(h.what)} — ${mdEscape(h.why)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Plain text for the terminal. */
export function requirementsText(req: ImageRequirements, title: string): string {
  const lines = [`Host requirements: ${title}`];
  for (const s of req.stages) {
    lines.push('', `${s.final ? 'final stage' : 'stage'} ${s.name ?? `#${s.index + 1}`} (FROM ${s.image})`);
    if (s.kernelFloor) lines.push(`  kernel: Linux >= ${s.kernelFloor.version} (${s.kernelFloor.why})`);
    if (s.requirements.length === 0) lines.push('  nothing beyond an ordinary container host');
    for (const r of s.requirements) {
      const what = r.kconfig ? `${r.name} (${r.kconfig.map((k) => `CONFIG_${k}`).join(', ')})` : r.name;
      lines.push(`  ${r.kind.padEnd(15)} ${what} — ${r.phase}, ${r.why}`);
    }
  }
  if (req.run.docker.length > 0) lines.push('', `docker run ${req.run.docker.map((d) => d.flag).join(' ')} <image>`);
  for (const h of req.run.host) lines.push(`host: ${h.what} — ${h.why}`);
  return lines.join('\n') + '\n';
}

/** Kinds provided by how the container is run: at build time no run flag provides them. */
const ACCESS_KINDS = new Set<RequirementKind>(['capability', 'device', 'privileges', 'host-facility']);

/** A few words for a capability, device, privilege or host facility (FROM hover). */
function accessWords(r: Requirement): string {
  if (r.kind === 'capability') return `--cap-add ${r.name}`;
  if (r.kind === 'device') return `--device ${r.name}`;
  if (r.kind === 'privileges') return '--privileged';
  if (r.kind === 'host-facility') return r.name;
  return `${r.kind} ${r.name}`;
}

const summaries = new WeakMap<AnalysisResult, string[] | undefined>();

/**
 * What the final stage needs from the host, in a few words each, for its FROM hover ("Linux ≥ 5.6",
 * "WireGuard (CONFIG_WIREGUARD)", "--sysctl net.ipv4.ip_forward=1"). Undefined when nothing beyond an
 * ordinary container host was found. Computed once per analysis result.
 */
export function hostNeeds(result: AnalysisResult): string[] | undefined {
  if (summaries.has(result)) return summaries.get(result);
  const final = imageRequirements(result).stages[0];
  let parts: string[] | undefined;
  if (final?.requirements.some((r) => r.kind !== 'kernel-version')) {
    parts = [];
    if (final.kernelFloor) parts.push(`Linux ≥ ${final.kernelFloor.version}`);
    for (const r of final.requirements) {
      if (r.kind === 'kernel-version' || (r.phase === 'build' && ACCESS_KINDS.has(r.kind))) continue;
      const words =
        r.kind === 'kernel-feature'
          ? `${r.name}${r.kconfig ? ` (${r.kconfig.map((k) => `CONFIG_${k}`).join(', ')})` : ''}`
          : r.kind === 'module'
            ? `module ${r.name} loaded on the host`
            : r.kind === 'sysctl'
              ? `--sysctl ${r.name}`
              : r.kind === 'host-sysctl'
                ? `host sysctl ${r.name}`
                : accessWords(r);
      if (!parts.includes(words)) parts.push(words);
    }
    if (parts.length > 8) parts = [...parts.slice(0, 8), `${parts.length - 8} more`];
  }
  summaries.set(result, parts);
  return parts;
}
