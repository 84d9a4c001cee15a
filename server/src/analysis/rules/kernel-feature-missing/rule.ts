/**
 * kernel-feature-missing: the Dockerfile relies on a kernel feature (WireGuard, nftables, IPVS,
 * BPF, SCTP, …) through a command, a module, an installed package or an EXPOSE …/sctp, and the
 * target host's kernel lacks it — too old for the feature, or its config leaves it out. When the
 * config builds it as a module, the host must load it (info). Unknown target: no finding, only a
 * hover note saying what the host needs. Versions and symbols come from the knowledge tables.
 */
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Range, Severity } from '../../types';
import type { KernelFeature } from '../../../knowledge/types';
import { getFeature, kernelFeatures } from '../../../knowledge/features';
import { featuresForPackage } from '../../../knowledge/packages';
import { kernelAtLeast } from '../../host/kernelVersion';
import { astRangeToAbsolute } from '../../document';
import { familyFor, installOf } from '../../packages';
import { moduleCommands } from '../kernel-module-load/rule';
import { code, targetRelated, targetWords } from '../../shell/related';
import type { ShellCommand } from '../../shell/types';
import type { PackageFamily } from '../../../knowledge/types';
import { perCommand, perContext } from '../shared/memo';

const ID = 'kernel-feature-missing';

export interface FeatureNeed {
  feature: KernelFeature;
  range: Range;
  /** What in the Dockerfile relies on it, e.g. "`wg-quick`", "package `wireguard-tools`". */
  via: string;
}

const INFO_ONLY = new Set(['-v', '-V', '--version', '-h', '--help', 'version', 'help']);

/** Commands whose use implies a feature only with certain arguments. */
function commandImplies(name: string, featureId: string, args: readonly string[]): boolean {
  if (name === 'ip') return args.some((a) => /^xdp/.test(a));
  if (name === 'fio') return args.some((a) => a.includes('io_uring'));
  if (name === 'unshare') {
    if (featureId === 'user_namespaces') return args.some((a) => /^(-[a-zA-Z]*[Ur][a-zA-Z]*|--user(=.*)?|--map-root-user)$/.test(a));
    if (featureId === 'time_namespaces') return args.some((a) => /^(-[a-zA-Z]*T[a-zA-Z]*|--time(=.*)?)$/.test(a));
  }
  return true;
}

let commandIndex: Map<string, KernelFeature[]> | undefined;
let moduleIndex: Map<string, KernelFeature[]> | undefined;
function indexes(): { commands: Map<string, KernelFeature[]>; modules: Map<string, KernelFeature[]> } {
  if (!commandIndex || !moduleIndex) {
    commandIndex = new Map();
    moduleIndex = new Map();
    for (const f of kernelFeatures) {
      for (const c of f.commands ?? []) commandIndex.set(c, [...(commandIndex.get(c) ?? []), f]);
      for (const m of f.modules ?? []) moduleIndex.set(m, [...(moduleIndex.get(m) ?? []), f]);
    }
  }
  return { commands: commandIndex, modules: moduleIndex };
}

/** What one shell command needs (its name, its installed packages), for the package family of its stage. */
const commandNeeds = perCommand((c: ShellCommand, family: PackageFamily | undefined): FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const { commands } = indexes();
  const byName = commands.get(c.name);
  const install = c.phase === 'build' ? installOf(c) : undefined;
  if (!byName && !install) return needs;
  const args = c.args.map((a) => a.value ?? a.raw);
  if (args.length > 0 && args.every((a) => INFO_ONLY.has(a))) return needs;
  for (const f of byName ?? []) {
    if (commandImplies(c.name, f.id, args)) needs.push({ feature: f, range: c.nameWord.range, via: code(c.name) });
  }
  if (install) {
    for (const p of install.packages) {
      const match = featuresForPackage(family, p.name);
      for (const id of match?.features ?? []) {
        const f = getFeature(id);
        if (f) needs.push({ feature: f, range: p.word.range, via: `package ${code(p.name)}` });
      }
    }
  }
  return needs;
});

/** Every kernel feature the Dockerfile relies on, with where (computed once per analysis: check and notes share it). */
export const featureNeeds = perContext((ctx: RuleContext): readonly FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const { modules } = indexes();
  for (const c of ctx.commands()) {
    const install = c.phase === 'build' ? installOf(c) : undefined;
    const family = install ? familyFor(ctx, c.block.startLine, install.manager) : undefined;
    for (const n of commandNeeds(c, family)) needs.push(n);
  }
  for (const m of moduleCommands(ctx)) {
    if (m.unload) continue;
    for (const name of m.modules) {
      const word = m.command.args.find((a) => (a.value ?? '').replace(/^.*\//, '').replace(/\.ko(\.\w+)?$/, '') === name);
      for (const f of modules.get(name) ?? modules.get(name.replace(/-/g, '_')) ?? []) {
        needs.push({ feature: f, range: (word ?? m.command.nameWord).range, via: `module ${code(name)}` });
      }
    }
  }
  const sctp = getFeature('sctp');
  if (sctp) {
    for (const block of ctx.model.instructions) {
      if (block.parsed.keyword !== 'EXPOSE' || !block.parsed.ast) continue;
      for (const a of block.parsed.ast.getArguments()) {
        if (/\/sctp$/i.test(a.getValue())) needs.push({ feature: sctp, range: astRangeToAbsolute(block, a.getRange()), via: `${code('EXPOSE ' + a.getValue())}` });
      }
    }
  }
  // One need per feature and place.
  const seen = new Set<string>();
  return needs.filter((n) => {
    const key = `${n.feature.id}@${n.range.start.line}:${n.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
});

type Verdict =
  | { status: 'too-old'; since: string }
  | { status: 'config-off'; symbols: string[] }
  | { status: 'module'; symbols: string[] }
  | { status: 'ok'; how: string }
  | { status: 'unknown' };

export function evaluate(feature: KernelFeature, ctx: Pick<RuleContext, 'target'>): Verdict {
  const { kernel, config } = ctx.target;
  if (feature.outOfTree) return { status: 'unknown' };
  if (kernel && feature.since && !safeAtLeast(kernel, feature.since)) return { status: 'too-old', since: feature.since };
  if (config && feature.kconfig.length > 0) {
    const states = feature.kconfig.map((s) => [s, config.state(s)] as const);
    const off = states.filter(([, st]) => st === 'off').map(([s]) => s);
    if (off.length) return { status: 'config-off', symbols: off };
    const mod = states.filter(([, st]) => st === 'module').map(([s]) => s);
    if (mod.length) return { status: 'module', symbols: mod };
    if (states.every(([, st]) => st === 'builtin')) return { status: 'ok', how: `built in (${config.origin})` };
  }
  if (kernel && feature.since) return { status: 'ok', how: `target ${kernel.raw} ✓` };
  return { status: 'unknown' };
}

function safeAtLeast(kernel: NonNullable<RuleContext['target']['kernel']>, since: string): boolean {
  try {
    return kernelAtLeast(kernel, since);
  } catch {
    return true; // a malformed table version is a knowledge bug, caught by its tests: say nothing here
  }
}

/** "WireGuard needs Linux ≥ 5.6 (CONFIG_WIREGUARD) on the host" */
export function requirement(f: KernelFeature): string {
  const parts: string[] = [];
  if (f.since) parts.push(`Linux ≥ ${f.since}`);
  if (f.kconfig.length) parts.push(`(${f.kconfig.map((s) => 'CONFIG_' + s).join(', ')})`);
  if (f.outOfTree) parts.push('an out-of-tree kernel module' + (f.modules?.length ? ` (${f.modules.join(', ')})` : ''));
  return `${f.name} needs ${parts.join(' ') || 'kernel support'} on the host`;
}

function check(ctx: RuleContext): Finding[] {
  const byPlace = new Map<string, { range: Range; items: { need: FeatureNeed; verdict: Verdict }[] }>();
  for (const need of featureNeeds(ctx)) {
    const verdict = evaluate(need.feature, ctx);
    if (verdict.status !== 'too-old' && verdict.status !== 'config-off' && verdict.status !== 'module') continue;
    const key = `${need.range.start.line}:${need.range.start.character}`;
    const entry = byPlace.get(key) ?? { range: need.range, items: [] };
    entry.items.push({ need, verdict });
    byPlace.set(key, entry);
  }
  const findings: Finding[] = [];
  const host = targetWords(ctx);
  for (const { range, items } of byPlace.values()) {
    const missing = items.filter((i) => i.verdict.status !== 'module');
    const severity: Severity = missing.length ? 'warning' : 'info';
    const sentences = items.map(({ need, verdict }) => {
      const f = need.feature;
      switch (verdict.status) {
        case 'too-old':
          return `${need.via} relies on ${f.name}, which needs Linux ≥ ${verdict.since}; ${host} runs ${ctx.target.kernel?.raw}. It will fail there: a container always uses the host's kernel, whatever the image.`;
        case 'config-off':
          return `${need.via} relies on ${f.name}, which needs ${verdict.symbols.map((s) => 'CONFIG_' + s).join(', ')}; the target kernel config (${ctx.target.config?.origin}) does not enable ${verdict.symbols.length === 1 ? 'it' : 'them'}, so it will fail on ${host}.`;
        case 'module': {
          const mods = f.modules?.length ? f.modules.join(', ') : f.id;
          return `${need.via} relies on ${f.name}, a module in the target kernel (${verdict.symbols.map((s) => `CONFIG_${s}=m`).join(', ')}): the module (${mods}) must be available and loaded on the host — a container cannot load it.`;
        }
        default:
          return '';
      }
    });
    const advice = missing.length ? ' Run it on a host whose kernel has the feature, or choose the target that matches your hosts.' : ` On the host: ${code('modprobe ' + (items[0].need.feature.modules?.[0] ?? ''))} or /etc/modules-load.d/.`;
    findings.push({ ruleId: ID, severity, range, message: sentences.join(' ') + advice, related: [targetRelated(ctx)], fixes: [] });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  return featureNeeds(ctx).map((need) => {
    const v = evaluate(need.feature, ctx);
    const status =
      v.status === 'ok'
        ? ` — ${v.how}`
        : v.status === 'too-old'
          ? ` — target ${ctx.target.kernel?.raw} ✗`
          : v.status === 'config-off'
            ? ` — not enabled in the target config ✗`
            : v.status === 'module'
              ? ' — a module in the target kernel: load it on the host'
              : ' — target kernel unknown: select a target to check';
    return { range: need.range, markdown: `**${need.feature.name}** (${need.via}): ${requirement(need.feature)}${status}.\n\n${need.feature.summary}` };
  });
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: 'A kernel feature the Dockerfile relies on is missing from the target host kernel (too old or not configured).',
  check,
  notes,
};
