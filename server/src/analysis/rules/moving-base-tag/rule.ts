/**
 * moving-base-tag: an untagged, `latest`, `rolling` or major-only tag resolves to a different
 * release over time, so the same Dockerfile silently gets a new userland (libc, packages) — and
 * with it new kernel expectations. The fix pins today's meaning, which pulls the same image.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import { parseImageRef } from '../../imageRef';
import type { Finding, Fix } from '../../types';
import type { Rule, RuleContext } from '../types';
import { knowledgeDate } from '../../../knowledge/meta';
import { knownImageStages, replaceImageEdit, shownRef, type KnownImageStage } from '../shared/baseImage';

export const rule: Rule = {
  id: 'moving-base-tag',
  defaultSeverity: 'info',
  summary: 'Base image tag moves to new releases over time (untagged, latest, rolling, major-only): pin the release.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const s of knownImageStages(ctx)) {
      const moving = s.identity.movingTag;
      if (!moving || s.ref.digest !== undefined) continue;
      findings.push({
        ruleId: rule.id,
        severity: 'info',
        range: s.range,
        message: message(s),
        fixes: pinFix(ctx, s),
      });
    }
    return findings;
  },
};

function message(s: KnownImageStage): string {
  const written = shownRef(s);
  const moving = s.identity.movingTag!;
  const now =
    s.ref.tag === undefined
      ? `\`${written}\` means \`${written}:${moving.tag}\`, which is ${moving.means} as of ${knowledgeDate}`
      : `${nextSubject(s)} is ${moving.means} as of ${knowledgeDate}`;
  const pin = s.identity.pinnedReference ? ` Pin it (\`${s.identity.pinnedReference}\`)` : ' Pin a release tag';
  return (
    `${headlineSubject(s)} ${s.ref.tag === undefined ? `follows the moving tag \`${moving.tag}\`` : 'is a moving tag'}: a rebuild can bring a different userland. ` +
    `${now}, and it moves to newer releases without notice: a different libc and packages, with different kernel expectations.` +
    `${pin} so every build gets the same userland.`
  );
}

/** Pin to what the tag means today: same image, so it is safe to apply without looking. */
function pinFix(ctx: RuleContext, s: KnownImageStage): Fix[] {
  const pinned = s.identity.pinnedReference;
  if (!pinned) return [];
  const parsed = parseImageRef(pinned);
  if (!parsed.ok) return [];
  // Keep the repository as the user wrote it (registry host, library/ prefix) and change only the tag.
  const sameRepo =
    parsed.ref.registry === s.ref.registry && parsed.ref.path === s.ref.path && parsed.ref.tag !== undefined && !parsed.ref.digest;
  const newText = sameRepo ? `${repoAsWritten(shownRef(s))}:${parsed.ref.tag}` : pinned;
  const change = replaceImageEdit(ctx, s.stage, parsed.ref, newText);
  if (!change) return [];
  return [
    {
      title: change.viaArg ? `Pin ARG ${change.viaArg} to ${change.newText}` : `Pin to ${newText}`,
      kind: 'quickfix',
      edits: [change.edit],
      isPreferred: true,
      safe: true,
    },
  ];
}

/** 'docker.io/library/ubuntu:latest' → 'docker.io/library/ubuntu'; 'localhost:5000/x' keeps its port. */
function repoAsWritten(text: string): string {
  const lastSlash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  return colon > lastSlash ? text.slice(0, colon) : text;
}
