/**
 * image-end-of-life: the base image's release is past its support dates. The kernel is the host's
 * and gets its own updates; what stops getting fixes is the userland the image carries (libc,
 * OpenSSL, the package repositories). Info while only extended support (LTS/ESM/ELS) remains, warning
 * once that is over too.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import { supportStatus } from '../../support';
import type { Finding } from '../../types';
import type { Rule, RuleContext } from '../types';
import { fittingSuccessors, knownImageStages, successorFixes, type KnownImageStage } from '../shared/baseImage';

export const rule: Rule = {
  id: 'image-end-of-life',
  defaultSeverity: 'warning',
  summary: 'Base image release is past its end of support: its userland (libc, OpenSSL, packages) gets no more fixes.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const s of knownImageStages(ctx)) {
      const status = supportStatus(s.release, ctx.today);
      if (status.state !== 'extended' && status.state !== 'end-of-life') continue;
      findings.push({
        ruleId: rule.id,
        // A release guessed from the tag or name words (identity.guessedFrom) is not a fact about the image: say so, and
        // never warn on it, so a wrong guess cannot raise a false alarm.
        severity: status.state === 'extended' || s.identity.guessedFrom ? 'info' : 'warning',
        range: s.range,
        message: message(ctx, s, status.state, status.text),
        fixes: successorFixes(ctx, s),
      });
    }
    return findings;
  },
};

function message(ctx: RuleContext, s: KnownImageStage, state: 'extended' | 'end-of-life', statusText: string): string {
  const windows = s.release.os === 'windows';
  const standard = windows ? 'mainstream support' : 'standard support';
  const guess = s.identity.guessedFrom !== undefined;
  const opening = guess
    ? `${headlineSubject(s)} may be past ${state === 'extended' ? standard : 'end of life'} (release guessed from its name).`
    : state === 'extended'
      ? `${headlineSubject(s)} is past ${standard}${s.release.extendedSupportEnds ? `; extended support ends ${s.release.extendedSupportEnds}` : ''}.`
      : `${headlineSubject(s)} is past end of life: its userland gets no more security fixes.`;
  const who = guess
    ? `${nextSubject(s)} would be ${s.release.label} (${s.identity.guessedFrom})`
    : `${nextSubject(s)} is ${s.release.label}`;
  const consequence =
    state === 'extended'
      ? windows
        ? 'Extended support brings security updates only.'
        : 'What extended support still covers, and whether the public image gets it, depends on the vendor (Debian LTS is free and covers fewer packages; Ubuntu ESM and RHEL ELS need a subscription).'
      : 'libc, OpenSSL and every package from its repositories stay as they are, and package mirrors may disappear.';
  const kernelNote = "The kernel is not part of this: it is always the host's.";
  const next = fittingSuccessors(s.release, ctx.target, ctx.today).map((x) => `\`${x.text}\``);
  const advice = s.identity.inferredFrom
    ? `Move to a tag of \`${s.identity.image}\` built on a supported release.`
    : next.length
      ? `Move to a supported release: ${next.join(' or ')}.`
      : 'Move to a supported release of this or another distribution.';
  return `${opening} ${who}: ${statusText}. ${consequence} ${kernelNote} ${advice}`;
}
