/**
 * vsyscall-required: very old glibc/eglibc (CentOS 6 era) calls the fixed-address vsyscall page,
 * which the host kernel provides only when booted with vsyscall emulation. On a `vsyscall=none`
 * host every program of such an image crashes at start. Unknown vsyscall mode → no finding, only
 * a hover note saying it matters.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import type { Finding } from '../../types';
import type { HoverNote, Rule, RuleContext } from '../types';
import { vsyscallNeed } from '../../../knowledge/runtimeFacts';
import {
  fittingSuccessors,
  knownImageStages,
  needsVsyscall,
  successorFixes,
  targetRelated,
  type KnownImageStage,
} from '../shared/baseImage';

/** vsyscall is an x86 page; other architectures never have it, so their vsyscall mode says nothing. */
const X86 = new Set(['amd64', '386']);

/** On an old-kernel host, a replacement is offered only when its libc is known to accept that kernel. */
const STRICT = { requireKnownMinKernel: true };

export const rule: Rule = {
  id: 'vsyscall-required',
  defaultSeverity: 'error',
  summary: 'The base image has a libc old enough to need vsyscall, which the target kernel has turned off (vsyscall=none).',
  check(ctx) {
    if (ctx.target.vsyscall !== 'none') return [];
    if (ctx.target.arch && !X86.has(ctx.target.arch)) return [];
    const findings: Finding[] = [];
    for (const s of knownImageStages(ctx)) {
      if (!needsVsyscall(s.release)) continue;
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        range: s.range,
        message: message(ctx, s),
        related: [targetRelated(ctx.target)],
        fixes: successorFixes(ctx, s, STRICT),
      });
    }
    return findings;
  },
  notes(ctx) {
    if (ctx.target.vsyscall !== undefined) return [];
    const notes: HoverNote[] = [];
    for (const s of knownImageStages(ctx)) {
      if (!needsVsyscall(s.release)) continue;
      notes.push({
        range: s.range,
        markdown:
          `**vsyscall**: ${libcName(s)} (${s.release.label}) uses the legacy vsyscall page. On a host booted with \`vsyscall=none\` ` +
          `${vsyscallNeed.symptom}. The target's vsyscall mode is unknown; check \`/proc/cmdline\` or the kernel config (\`CONFIG_LEGACY_VSYSCALL_NONE\`) of the host.`,
      });
    }
    return notes;
  },
};

function libcName(s: KnownImageStage): string {
  return `${s.release.libc.kind} ${s.release.libc.version ?? ''}`.trim();
}

function message(ctx: RuleContext, s: KnownImageStage): string {
  const next = s.identity.inferredFrom ? [] : fittingSuccessors(s.release, ctx.target, ctx.today, STRICT).map((x) => `\`${x.text}\``);
  const instead = next.length
    ? `Use a newer base image (${next.join(' or ')}), or ${vsyscallNeed.hostFix}.`
    : `Use a newer base image, or ${vsyscallNeed.hostFix}.`;
  return (
    `${headlineSubject(s)} crashes on the target: its ${libcName(s)} needs vsyscall, which the target turns off. ` +
    `${nextSubject(s)} is ${s.release.label}: it calls the legacy vsyscall page of the kernel, and the target kernel runs with vsyscall=none, so ${vsyscallNeed.symptom}. ` +
    `The container uses the host's kernel and its boot options. ${instead}`
  );
}
