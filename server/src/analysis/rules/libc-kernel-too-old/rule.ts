/**
 * libc-kernel-too-old: the image's C library was built for a newer kernel than the target runs.
 * An image never brings a kernel, so its programs meet the host's kernel: glibc before the version
 * that removed its start-up check refuses to run at all ("FATAL: kernel too old"); later glibc
 * starts but system calls the kernel lacks fail.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import { formatKernel } from '../../host/kernelVersion';
import type { Finding } from '../../types';
import type { Rule, RuleContext } from '../types';
import { glibcKernelCheck } from '../../../knowledge/runtimeFacts';
import {
  compareDotted,
  fittingSuccessors,
  isVersion,
  knownImageStages,
  libcAcceptsKernel,
  successorFixes,
  targetRelated,
  type KnownImageStage,
} from '../shared/baseImage';

/** A replacement is offered only when its libc is known to accept the target kernel. */
const STRICT = { requireKnownMinKernel: true };

export const rule: Rule = {
  id: 'libc-kernel-too-old',
  defaultSeverity: 'error',
  summary: "The base image's libc needs a newer kernel than the target host runs.",
  check(ctx) {
    const kernel = ctx.target.kernel;
    if (!kernel) return [];
    const findings: Finding[] = [];
    for (const s of knownImageStages(ctx)) {
      const libc = s.release.libc;
      if (!libc.minKernel || libcAcceptsKernel(s.release, ctx.target)) continue;
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        range: s.range,
        message: message(ctx, s, formatKernel(kernel)),
        related: [targetRelated(ctx.target)],
        fixes: successorFixes(ctx, s, STRICT),
      });
    }
    return findings;
  },
};

/** What happens (one sentence) depends on whether this glibc still has its start-up kernel check. */
function effect(s: KnownImageStage): string {
  const libc = s.release.libc;
  const checked = (libc.kind === 'glibc' || libc.kind === 'eglibc') && isVersion(libc.version);
  if (checked && compareDotted(libc.version as string, glibcKernelCheck.removedIn) < 0) {
    return `On the target, ${glibcKernelCheck.symptom}.`;
  }
  if (checked) {
    return `${libc.kind} ${libc.version} no longer checks the kernel version at start (removed in ${glibcKernelCheck.removedIn}), so ${glibcKernelCheck.symptomWithoutCheck}.`;
  }
  return `Programs either stop at start (${libc.kind} versions before ${glibcKernelCheck.removedIn} check the kernel version) or ${glibcKernelCheck.symptomWithoutCheck}.`;
}

function message(ctx: RuleContext, s: KnownImageStage, kernel: string): string {
  const libc = s.release.libc;
  const libcName = `${libc.kind}${libc.version ? ` ${libc.version}` : ''}`;
  const next = s.identity.inferredFrom ? [] : fittingSuccessors(s.release, ctx.target, ctx.today, STRICT).map((x) => `\`${x.text}\``);
  const instead = next.length
    ? `Use a base image whose libc accepts Linux ${kernel} (${next.join(' or ')}), or run on a host with Linux ${libc.minKernel} or newer.`
    : `Use a base image whose libc accepts Linux ${kernel}, or run on a host with Linux ${libc.minKernel} or newer.`;
  // First sentence: what fails and where, short enough for one line of the Problems panel.
  return (
    `${headlineSubject(s)} needs Linux ${libc.minKernel} or newer (${libcName}); the target kernel ${kernel} is older. ` +
    `${nextSubject(s)} is ${s.release.label}; containers run on the host's kernel, never on one from the image. ${effect(s)} ${instead}`
  );
}
