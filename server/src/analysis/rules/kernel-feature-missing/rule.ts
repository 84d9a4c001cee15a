/**
 * kernel-feature-missing: the Dockerfile relies on a kernel feature (WireGuard, nftables, IPVS,
 * BPF, SCTP, …) through a command, a module, an installed package or an EXPOSE …/sctp, and the
 * target host's kernel lacks it or leaves it off.
 *
 * Config first: when the host's kernel config is known (a preset's real distribution build, or the
 * user's --kernel-config / kernelConfigPath), it alone decides — enterprise kernels backport whole
 * subsystems, so the mainline version lies there. The version decides only without a config, and
 * the words then say it is an estimate. A feature built as a module (=m) is present: the kernel
 * loads it on first use. A built feature may still be off at run time on that host (runtimeSwitches:
 * user.max_user_namespaces=0 on RHEL 7, io_uring disabled on RHEL 9.3+): "off by default".
 *
 * The finding sits on the use (the command that will fail); an install line gets at most an info,
 * because installing a package never fails because of the kernel. Unknown target: no finding,
 * only a hover note. Versions, symbols and switches come from the knowledge tables.
 */
import { evidenceWords, shortHostName, symbolsWords, verdictClause } from '../shared/featureVerdict';
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Range, Severity } from '../../types';
import type { KernelFeature, RuntimeSwitch } from '../../../knowledge/types';
import { presetsForBuild } from '../../../knowledge/hosts';
import { runtimeSwitchFor } from '../../../knowledge/runtimeFacts';
import { getFeature, kernelFeatures } from '../../../knowledge/features';
import { featuresForPackage } from '../../../knowledge/packages';
import { kernelAtLeast } from '../../host/kernelVersion';
import { astRangeToAbsolute } from '../../document';
import { familyFor, installOf } from '../../packages';
import { moduleCommands } from '../kernel-module-load/rule';
import { code, targetRelated } from '../shared/related';
import type { ShellCommand } from '../../shell/types';
import type { PackageFamily } from '../../../knowledge/types';
import { perCommand, perDocument, type DocumentContext } from '../shared/memo';

const ID = 'kernel-feature-missing';

export interface FeatureNeed {
  feature: KernelFeature;
  range: Range;
  /** What in the Dockerfile relies on it, e.g. "`wg-quick`", "package `wireguard-tools`". */
  via: string;
  /** 'use': running it needs the feature; 'install': a package that needs it at run time is installed (never fails itself). */
  kind: 'use' | 'install';
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
    if (commandImplies(c.name, f.id, args)) needs.push({ feature: f, range: c.nameWord.range, via: code(c.name), kind: 'use' });
  }
  if (install) {
    for (const p of install.packages) {
      const match = featuresForPackage(family, p.name);
      for (const id of match?.features ?? []) {
        const f = getFeature(id);
        if (f) needs.push({ feature: f, range: p.word.range, via: `package ${code(p.name)}`, kind: 'install' });
      }
    }
  }
  return needs;
});

const ROOTLESS_CAPABLE = new Set(['podman', 'buildah']);

/** Whether the last USER instruction before `line` in the same stage names a user other than root/0. */
function nonRootUserAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  let user: string | undefined;
  for (const b of ctx.model.instructions) {
    if (b.startLine >= line) break;
    if (b.parsed.keyword !== 'USER' || ctx.stageAt(b.startLine) !== stage) continue;
    const arg = b.parsed.ast?.getArguments()[0]?.getValue();
    if (arg !== undefined) user = arg.split(':')[0];
  }
  return user !== undefined && user !== 'root' && user !== '0' && !user.includes('$');
}

/** Every kernel feature the Dockerfile relies on, with where (computed once per analysis: check and notes share it). */
export const featureNeeds = perDocument((ctx: DocumentContext): readonly FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const { modules } = indexes();
  const userns = getFeature('user_namespaces');
  for (const c of ctx.commands()) {
    const install = c.phase === 'build' ? installOf(c) : undefined;
    const family = install ? familyFor(ctx, c.block.startLine, install.manager) : undefined;
    for (const n of commandNeeds(c, family)) needs.push(n);
    // podman/buildah under a non-root USER run rootless: they need user namespaces on the host.
    if (
      userns &&
      ROOTLESS_CAPABLE.has(c.name) &&
      !c.args.every((a) => INFO_ONLY.has(a.value ?? a.raw)) &&
      nonRootUserAt(ctx, c.block.startLine)
    ) {
      needs.push({ feature: userns, range: c.nameWord.range, via: `rootless ${code(c.name)}`, kind: 'use' });
    }
  }
  for (const m of moduleCommands(ctx)) {
    if (m.unload) continue;
    for (const name of m.modules) {
      const word = m.command.args.find((a) => (a.value ?? '').replace(/^.*\//, '').replace(/\.ko(\.\w+)?$/, '') === name);
      for (const f of modules.get(name) ?? modules.get(name.replace(/-/g, '_')) ?? []) {
        needs.push({ feature: f, range: (word ?? m.command.nameWord).range, via: `module ${code(name)}`, kind: 'use' });
      }
    }
  }
  const sctp = getFeature('sctp');
  if (sctp) {
    for (const block of ctx.model.instructions) {
      if (block.parsed.keyword !== 'EXPOSE' || !block.parsed.ast) continue;
      for (const a of block.parsed.ast.getArguments()) {
        if (/\/sctp$/i.test(a.getValue()))
          needs.push({
            feature: sctp,
            range: astRangeToAbsolute(block, a.getRange()),
            via: `${code('EXPOSE ' + a.getValue())}`,
            kind: 'use',
          });
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

/**
 * A feature's state on the target host, and the evidence it rests on (other rules read it too):
 * - 'config-off': the host's kernel config leaves a symbol unset (missing);
 * - 'too-old': no config speaks for it and the kernel is older than the feature (an estimate);
 * - 'module': the config builds it =m (present: the kernel loads it on first use);
 * - 'ok': built in by the config, or new enough by version (`evidence` says which);
 * - 'off-by-default': built, but the host ships it switched off (a run-time default);
 * - 'unknown': nothing to judge by.
 */
export type Verdict =
  | { status: 'config-off'; symbols: string[] }
  | { status: 'too-old'; since: string }
  | { status: 'module'; symbols: string[] }
  | { status: 'ok'; evidence: 'config' | 'version'; how: string }
  | { status: 'off-by-default'; runtimeSwitch: RuntimeSwitch; evidence: 'config' | 'version' }
  | { status: 'unknown' };

/** The version the feature's common users need on a host without a known config (may exceed the mainline `since`). */
function versionNeeded(feature: KernelFeature): string | undefined {
  return feature.usableSince?.version ?? feature.since;
}

/** Config first; the version only when no config is known (or the config cannot speak for the feature). */
export function evaluate(feature: KernelFeature, ctx: Pick<RuleContext, 'target'>): Verdict {
  // The verdict depends on the feature and the target only; several rules and their hover notes ask
  // for the same features many times per analysis.
  let byFeature = verdictMemo.get(ctx.target);
  if (byFeature === undefined) verdictMemo.set(ctx.target, (byFeature = new Map()));
  let v = byFeature.get(feature);
  if (v === undefined) byFeature.set(feature, (v = evaluateUncached(feature, ctx.target)));
  return v;
}
const verdictMemo = new WeakMap<RuleContext['target'], Map<KernelFeature, Verdict>>();

function evaluateUncached(feature: KernelFeature, target: RuleContext['target']): Verdict {
  const { kernel, config, presetId } = target;
  if (feature.outOfTree) return { status: 'unknown' };
  // The host's run-time defaults: its preset's, or those of the presets that share its kernel build
  // (a RHEL uname -r matched to its minor release's config).
  const runtimeSwitch =
    runtimeSwitchFor(feature.id, presetId) ??
    (config?.build
      ? presetsForBuild(config.build.id)
          .map((id) => runtimeSwitchFor(feature.id, id))
          .find((r) => r !== undefined)
      : undefined);
  if (config && feature.kconfig.length > 0) {
    const states = feature.kconfig.map((s) => [s, config.state(s)] as const);
    if (states.every(([, st]) => st !== 'unknown')) {
      const off = states.filter(([, st]) => st === 'off').map(([s]) => s);
      if (off.length) return { status: 'config-off', symbols: off };
      if (runtimeSwitch) return { status: 'off-by-default', runtimeSwitch, evidence: 'config' };
      const mod = states.filter(([, st]) => st === 'module').map(([s]) => s);
      return mod.length
        ? { status: 'module', symbols: mod }
        : { status: 'ok', evidence: 'config', how: `built in (judged by the ${config.build ? '' : 'kernel config '}${config.origin})` };
    }
  }
  const since = versionNeeded(feature);
  if (kernel && since) {
    if (!safeAtLeast(kernel, since) && !hasRhelBackport(feature, kernel.raw)) return { status: 'too-old', since };
    if (runtimeSwitch) return { status: 'off-by-default', runtimeSwitch, evidence: 'version' };
    return { status: 'ok', evidence: 'version', how: `host runs ${kernel.raw} (a version-based estimate)` };
  }
  return { status: 'unknown' };
}

/** A Red Hat kernel (`3.10.0-957.el7`) from the build the feature row names as its backport (3.10.0-514+ for overlay2). */
function hasRhelBackport(feature: KernelFeature, raw: string): boolean {
  const backport = feature.usableSince?.rhelBackport;
  if (!backport) return false;
  const m = /^(\d+\.\d+\.\d+)-(\d+)[.\w]*\.el\d/.exec(raw);
  return !!m && m[1] === backport.line && Number(m[2]) >= backport.build;
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

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** First sentence of a finding: what fails and where. */
function headline(need: FeatureNeed, v: Verdict, host: string): string {
  const f = need.feature;
  if (need.kind === 'install') return `${need.via} installs fine, but the ${f.name} it uses is missing on ${host}.`;
  if (v.status === 'off-by-default') return `${need.via} will fail on ${host} as shipped: ${f.name} is built but off by default.`;
  return `${need.via} will fail on ${host}: its kernel lacks ${f.name}.`;
}

/** The detail sentence: the evidence and what the host needs. */
function detail(ctx: Pick<RuleContext, 'target'>, v: Verdict): string {
  switch (v.status) {
    case 'config-off':
      return `${symbolsWords(v.symbols, '')} ${v.symbols.length === 1 ? 'is' : 'are'} not set (${evidenceWords(ctx, v)}).`;
    case 'too-old':
      return `It needs Linux ≥ ${v.since}; the host runs ${ctx.target.kernel?.raw}. That is ${evidenceWords(ctx, v)}.`;
    case 'off-by-default': {
      const sw = v.runtimeSwitch;
      return `On ${sw.where} ${sw.defaultState}${sw.state === 'restricted' ? ', which restricts it' : ''}${sw.techPreview ? ' (a Technology Preview there)' : ''}: ${sw.fix}.`;
    }
    default:
      return '';
  }
}

function check(ctx: RuleContext): Finding[] {
  const byPlace = new Map<string, { range: Range; items: { need: FeatureNeed; verdict: Verdict }[] }>();
  for (const need of featureNeeds(ctx)) {
    const verdict = evaluate(need.feature, ctx);
    if (verdict.status !== 'config-off' && verdict.status !== 'too-old' && verdict.status !== 'off-by-default') continue;
    // Whether an installed package will use a feature that is merely off by default is unknown at install time: hover only.
    if (verdict.status === 'off-by-default' && need.kind === 'install') continue;
    const key = `${need.range.start.line}:${need.range.start.character}`;
    const entry = byPlace.get(key) ?? { range: need.range, items: [] };
    entry.items.push({ need, verdict });
    byPlace.set(key, entry);
  }
  const findings: Finding[] = [];
  const host = shortHostName(ctx);
  for (const { range, items } of byPlace.values()) {
    const severity: Severity = items.some((i) => i.need.kind === 'use') ? 'warning' : 'info';
    const sentences = items.map(({ need, verdict }) => `${capitalized(headline(need, verdict, host))} ${detail(ctx, verdict)}`);
    const missing = items.some((i) => i.verdict.status === 'config-off' || i.verdict.status === 'too-old');
    const advice = missing
      ? " A container always uses the host's kernel, whatever the image: run it on a host whose kernel has the feature, or choose the target that matches your hosts."
      : '';
    findings.push({ ruleId: ID, severity, range, message: sentences.join(' ') + advice, related: [targetRelated(ctx)], fixes: [] });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  return featureNeeds(ctx).map((need) => {
    const v = evaluate(need.feature, ctx);
    const usable = need.feature.usableSince ? ` ${need.feature.usableSince.why}.` : '';
    return {
      range: need.range,
      markdown: `**${need.feature.name}** (${need.via}): ${requirement(need.feature)}${verdictClause(ctx, v)}.${usable}\n\n${need.feature.summary}`,
    };
  });
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary:
    'A kernel feature the Dockerfile relies on is missing from the target host kernel (not in its config, or too old), or off there by default.',
  check,
  notes,
};
