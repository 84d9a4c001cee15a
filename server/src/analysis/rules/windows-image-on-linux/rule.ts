/**
 * windows-image-on-linux: a Windows base image (Server Core, Nano Server, `-windowsservercore-*`
 * tags) needs the Windows kernel — a Linux host cannot run it at all. On a Windows host, process
 * isolation shares the host's kernel, so the image's Windows build must equal the host's; an older
 * image needs Hyper-V isolation and a newer one does not run.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import type { Finding } from '../../types';
import type { Rule, RuleContext } from '../types';
import { windowsContainerCompatibility as compat } from '../../../knowledge/runtimeFacts';
import { knownImageStages, targetRelated, type KnownImageStage } from '../shared/baseImage';
import { windowsInstructionFindings, windowsInstructionNotes } from './instructions';
import { windowsTaggedFindings, windowsTaggedNotes, windowsTaggedStageIndexes } from './tagged';
import { windowsPlatformFindings, windowsPlatformNotes, windowsPlatformStages } from './platformFlag';

export const rule: Rule = {
  id: 'windows-image-on-linux',
  defaultSeverity: 'error',
  summary: 'Windows base image on a Linux target (never runs), or a Windows build that does not match the Windows host.',
  check(ctx) {
    const findings: Finding[] = [];
    const hostOs = targetOs(ctx);
    if (!hostOs) return findings;
    for (const s of knownImageStages(ctx)) {
      if (s.release.os !== 'windows') continue;
      const f = hostOs === 'linux' ? onLinux(ctx, s) : onWindows(ctx, s);
      if (f) findings.push(f);
    }
    for (const f of windowsInstructionFindings(ctx, hostOs, rule.id)) findings.push(f);
    for (const f of windowsTaggedFindings(ctx, hostOs, rule.id)) findings.push(f);
    if (hostOs === 'linux') findings.push(...windowsPlatformFindings(ctx, windowsPlatformStages(ctx, windowsByImage(ctx)), rule.id));
    return findings;
  },
  notes(ctx) {
    const platform = windowsPlatformNotes(windowsPlatformStages(ctx, windowsByImage(ctx)), targetOs(ctx));
    return [...windowsInstructionNotes(ctx, targetOs(ctx)), ...windowsTaggedNotes(ctx, targetOs(ctx)), ...platform];
  },
};

/** Stages already Windows by their image: known Windows releases and Windows tags or repositories. */
function windowsByImage(ctx: RuleContext): Set<number> {
  const out = new Set(windowsTaggedStageIndexes(ctx));
  for (const s of knownImageStages(ctx)) if (s.release.os === 'windows') out.add(s.stage.index);
  return out;
}

/** The target's OS: stated, or Linux when only a Linux kernel version is known. */
function targetOs(ctx: RuleContext): 'linux' | 'windows' | undefined {
  if (ctx.target.os) return ctx.target.os;
  if (ctx.target.kernel) return 'linux';
  if (ctx.target.windowsBuild !== undefined) return 'windows';
  return undefined;
}

function onLinux(ctx: RuleContext, s: KnownImageStage): Finding {
  return {
    ruleId: rule.id,
    severity: 'error',
    range: s.range,
    message:
      `${headlineSubject(s)} needs a Windows host: the Linux target cannot pull or run it. ` +
      `${nextSubject(s)} is ${s.release.label}, which needs the Windows kernel, and a container always runs on the host's kernel (there is no linux build in its manifest). ` +
      `Build it on and for a Windows host, or use a Linux base image.`,
    related: [targetRelated(ctx.target)],
    fixes: [],
  };
}

function onWindows(ctx: RuleContext, s: KnownImageStage): Finding | undefined {
  const image = s.release.windowsBuild;
  const host = ctx.target.windowsBuild;
  if (image === undefined || host === undefined || image === host) return undefined;
  const head = (verdict: string): string =>
    `${headlineSubject(s)} is Windows build ${image}, the host ${host}: ${verdict}. ${nextSubject(s)} is ${s.release.label}.`;
  if (image > host && !compat.newerImageRuns) {
    return {
      ruleId: rule.id,
      severity: 'error',
      range: s.range,
      message: `${head('newer than the host, it does not run there')} Neither process nor Hyper-V isolation runs it: ${compat.symptom}. Use an image of build ${host} or older.`,
      related: [targetRelated(ctx.target)],
      fixes: [],
    };
  }
  if (image < host && compat.olderImageRunsWithHyperV) {
    return {
      ruleId: rule.id,
      severity: 'warning',
      range: s.range,
      message:
        `${head('process isolation fails on the mismatch')} With process isolation (the default on Windows Server) the container shares the host's kernel, so the builds must match: ${compat.symptom}. ` +
        `Run it with Hyper-V isolation (\`${compat.hyperVFlag}\`), or use an image of build ${host}.`,
      related: [targetRelated(ctx.target)],
      fixes: [],
    };
  }
  return undefined;
}
