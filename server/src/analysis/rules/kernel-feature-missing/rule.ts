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
import { evaluate, evidenceWords, requirement, shortHostName, symbolsWords, verdictClause, type Verdict } from '../shared/featureVerdict';
import { featureNeeds, type FeatureNeed } from '../shared/featureNeeds';
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Range, Severity } from '../../types';
import { targetRelated } from '../shared/related';
import { isBootableAt } from '../shared/stage';

const ID = 'kernel-feature-missing';

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
    // So is a build-context script's command: whether the script reaches that line depends on its
    // conditions (docker:dind's entrypoint runs rootlesskit only as a non-root user): hover only too.
    if (verdict.status === 'off-by-default' && (need.kind === 'install' || need.related !== undefined)) continue;
    // A bootable container (bootc / ostree) is booted with its own kernel: the target's does not decide (hover only).
    if (isBootableAt(ctx, need.range.start.line)) continue;
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
    const inScripts = items.flatMap((i) => i.need.related ?? []);
    findings.push({
      ruleId: ID,
      severity,
      range,
      message: sentences.join(' ') + advice,
      related: [targetRelated(ctx), ...inScripts],
      fixes: [],
    });
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
  // The needs check reads, a pass over every command (and the first rule to ask for them): in a big
  // document a step of its own, so check is left with the target's verdicts and the messages.
  passes: [featureNeeds],
  notes,
};
