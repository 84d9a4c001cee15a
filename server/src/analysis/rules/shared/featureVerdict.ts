/**
 * Words for a kernel feature's verdict on the target host (kernel-feature-missing's `evaluate`),
 * for rules other than kernel-feature-missing that judge features: the hover clause, the evidence
 * and the short host name of a first sentence. They say exactly what kernel-feature-missing's own
 * hover says for the same verdict (host-facility-required's tests compare the two), so a feature
 * reads the same whichever rule explains it: config first, `=m` is present and auto-loaded, "off by
 * default" names the host setting, and a verdict without a config says it is a version-based estimate.
 */
import type { RuleContext } from '../types';
import type { Verdict } from '../kernel-feature-missing/rule';
import { getPreset } from '../../../knowledge/hosts';

type TargetContext = Pick<RuleContext, 'target'>;

/** Short host words for a first sentence: the preset's name without its parenthesis, else the label. */
export function shortHostName(ctx: TargetContext): string {
  const preset = ctx.target.presetId ? getPreset(ctx.target.presetId) : undefined;
  return preset ? preset.name.replace(/\s*\(.*\)$/, '') : `the ${ctx.target.label}`;
}

/** Whether the verdict rests on the kernel version rather than the host's kernel config. */
export function byVersion(v: Verdict): boolean {
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
      return ` — ✓ present as a module (${symbolsWords(v.symbols, '=m')}), auto-loaded on first use (${evidenceWords(ctx, v)})`;
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
