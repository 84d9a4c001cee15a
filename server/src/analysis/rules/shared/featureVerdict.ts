/**
 * A kernel feature's verdict on the target host (`evaluate`: config first, the version only without
 * a config), and its words for every rule that judges features: the hover clause, the evidence and
 * the short host name of a first sentence. kernel-feature-missing and host-facility-required say
 * the same words for the same verdict (host-facility-required's tests compare the two), so a feature
 * reads the same whichever rule explains it: config first, `=m` is present and auto-loaded, "off by
 * default" names the host setting, and a verdict without a config says it is a version-based estimate.
 */
import type { RuleContext } from '../types';
import type { KernelFeature, RuntimeSwitch } from '../../../knowledge/types';
import { getPreset, presetsForBuild } from '../../../knowledge/hosts';
import { runtimeSwitchFor } from '../../../knowledge/runtimeFacts';
import { kernelAtLeast } from '../../host/kernelVersion';

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
  | { status: 'module'; symbols: string[]; notLoadedOnDemand?: string }
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
        ? { status: 'module', symbols: mod, notLoadedOnDemand: feature.notLoadedOnDemand }
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

type TargetContext = Pick<RuleContext, 'target'>;

/** Short host words for a first sentence: the preset's name without its parenthesis, else the label. */
export function shortHostName(ctx: TargetContext): string {
  const preset = ctx.target.presetId ? getPreset(ctx.target.presetId) : undefined;
  return preset ? preset.name.replace(/\s*\(.*\)$/, '') : `the ${ctx.target.label}`;
}

/** Whether the verdict rests on the kernel version rather than the host's kernel config. */
function byVersion(v: Verdict): boolean {
  return v.status === 'too-old' || ((v.status === 'ok' || v.status === 'off-by-default') && v.evidence === 'version');
}

/** Which evidence a verdict rests on, in words ("judged by the RHEL 7.9 kernel … config", "a version-based estimate: …"). */
export function evidenceWords(ctx: TargetContext, v: Verdict): string {
  const { config, kernel } = ctx.target;
  if (byVersion(v)) {
    return config
      ? `by kernel version ${kernel?.raw}: the kernel config (${config.origin}) has no symbol for this feature`
      : `a version-based estimate: no kernel config is known, and backports may differ; set --kernel-config or kernelConfigPath to judge by the config`;
  }
  if (!config) return '';
  // A shipped build's origin reads "RHEL 9.4 kernel … config"; a user's file is a path.
  return config.build ? `judged by the ${config.origin}` : `judged by the kernel config ${config.origin}`;
}

export function symbolsWords(symbols: readonly string[], suffix = ''): string {
  return symbols.map((s) => `CONFIG_${s}${suffix}`).join(', ');
}

/** The hover's verdict clause, starting with " — " (kernel-feature-missing's hover words). */
export function verdictClause(ctx: TargetContext, v: Verdict): string {
  switch (v.status) {
    case 'ok':
      return v.evidence === 'config'
        ? ` — ✓ built in (${evidenceWords(ctx, v)})`
        : ` — ✓ host runs ${ctx.target.kernel?.raw} (${evidenceWords(ctx, v)})`;
    case 'module':
      return v.notLoadedOnDemand
        ? ` — ✓ present as a module (${symbolsWords(v.symbols, '=m')}), not loaded on demand: ${v.notLoadedOnDemand} (${evidenceWords(ctx, v)})`
        : ` — ✓ present as a module (${symbolsWords(v.symbols, '=m')}), auto-loaded on first use (${evidenceWords(ctx, v)})`;
    case 'off-by-default':
      return ` — built, but off by default on ${v.runtimeSwitch.where}: ${v.runtimeSwitch.defaultState}; ${v.runtimeSwitch.fix}`;
    case 'config-off':
      return ` — ✗ not in the host's kernel: ${symbolsWords(v.symbols)} not set (${evidenceWords(ctx, v)})`;
    case 'too-old':
      return ` — ✗ host runs ${ctx.target.kernel?.raw} (${evidenceWords(ctx, v)})`;
    default:
      // Unknown with a target set: its config data does not record the feature (or it is out of tree).
      return ctx.target.kernel || ctx.target.config
        ? ' — unknown on this target: its kernel config data does not record this feature'
        : ' — target kernel unknown: select a target to check';
  }
}

/**
 * The sentence after a finding's first: the evidence for a missing or switched-off feature, and
 * what the host needs. It starts with a capital, so the first sentence ends before it.
 */
export function verdictDetail(ctx: TargetContext, featureName: string, v: Verdict): string {
  switch (v.status) {
    case 'config-off':
      return `${symbolsWords(v.symbols)} ${v.symbols.length === 1 ? 'is' : 'are'} not set (${evidenceWords(ctx, v)}).`;
    case 'too-old':
      return `It needs Linux ≥ ${v.since} for ${featureName}; the host runs ${ctx.target.kernel?.raw}. That is ${evidenceWords(ctx, v)}.`;
    case 'off-by-default': {
      const sw = v.runtimeSwitch;
      return `On ${sw.where} ${sw.defaultState}${sw.state === 'restricted' ? ', which restricts it' : ''}${sw.techPreview ? ' (a Technology Preview there)' : ''}: ${sw.fix}.`;
    }
    default:
      return '';
  }
}
