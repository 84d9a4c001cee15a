/**
 * runtime-seccomp: the container runtime's default seccomp profile, not the kernel, stops a
 * userland. Older Docker Engines answer system calls newer libcs use (clone3, faccessat2) with
 * EPERM, which the libc treats as a hard failure; Docker Engine 25+ blocks io_uring outright.
 * Versions come from the runtime facts table.
 */
import { headlineSubject, nextSubject } from '../shared/headline';
import type { StageInfo } from '../../stages';
import type { Finding } from '../../types';
import type { Rule, RuleContext } from '../types';
import { kernelFeatures } from '../../../knowledge/features';
import { featuresForPackage } from '../../../knowledge/packages';
import { seccompBlockFacts, seccompSyscallFacts, type SeccompSyscallFact, type SyscallUser } from '../../../knowledge/runtimeFacts';
import type { DistroRelease } from '../../../knowledge/types';
import { compareDotted, fromRelated, isVersion, knownImageStages, targetRelated, type KnownImageStage } from '../shared/baseImage';
import { installOf } from '../../packages';

export const rule: Rule = {
  id: 'runtime-seccomp',
  defaultSeverity: 'warning',
  summary: "The target runtime's default seccomp profile blocks system calls this userland uses (clone3, faccessat2, io_uring).",
  check(ctx) {
    const runtime = ctx.target.runtime;
    if (!runtime?.version || runtime.seccompDefault === false) return [];
    return [...syscallFindings(ctx, runtime.kind, runtime.version), ...ioUringFindings(ctx, runtime.kind, runtime.version)];
  },
};

function userMatches(user: SyscallUser, release: DistroRelease): boolean {
  if ('libc' in user) {
    return release.libc.kind === user.libc && isVersion(release.libc.version) && compareDotted(release.libc.version, user.sinceLibc) >= 0;
  }
  if (release.distro !== user.distro) return false;
  // A rolling/development release (alpine edge) is newer than every numbered one.
  return isVersion(release.version) ? compareDotted(release.version, user.sinceVersion) >= 0 : release.rolling === true;
}

function describeUser(user: SyscallUser, release: DistroRelease): string {
  return 'libc' in user ? `${release.libc.kind} ${release.libc.version}` : `${release.label}`;
}

function syscallFindings(ctx: RuleContext, kind: string, version: string): Finding[] {
  const findings: Finding[] = [];
  for (const s of knownImageStages(ctx)) {
    for (const fact of seccompSyscallFacts) {
      if (fact.runtime !== kind || compareDotted(version, fact.fixedIn) >= 0) continue;
      const user = fact.users.find((u) => userMatches(u, s.release));
      if (!user) continue;
      findings.push({
        ruleId: rule.id,
        severity: 'warning',
        range: s.range,
        message: syscallMessage(ctx, s, fact, describeUser(user, s.release), version),
        related: [targetRelated(ctx.target)],
        fixes: [],
      });
    }
  }
  return findings;
}

function syscallMessage(_ctx: RuleContext, s: KnownImageStage, fact: SeccompSyscallFact, who: string, version: string): string {
  const also = fact.alsoNeeds ? ` and ${fact.alsoNeeds}` : '';
  return (
    `${headlineSubject(s)} fails on the target's Docker ${version}: its seccomp profile blocks ${fact.syscall}. ` +
    `${nextSubject(s)} (${who}) uses the ${fact.syscall} system call, and that Docker Engine answers it with EPERM from its default seccomp profile ` +
    `(fixed in ${fact.fixedIn}), so ${fact.symptom}. The kernel is not the problem; the runtime's filter is. ` +
    `Upgrade Docker Engine to ${fact.fixedIn} or newer${also}, or use an older base image.`
  );
}

/** Commands and packages that use io_uring, per stage, on runtimes whose default profile blocks it. */
function ioUringFindings(ctx: RuleContext, kind: string, version: string): Finding[] {
  const findings: Finding[] = [];
  for (const block of seccompBlockFacts) {
    if (block.runtime !== kind || compareDotted(version, block.blockedSince) < 0) continue;
    const feature = kernelFeatures.find((f) => f.id === block.feature);
    const programs = new Set(feature?.commands ?? []);
    const base = `Docker Engine ${block.blockedSince} and newer block ${block.syscalls.join(', ')} in the default seccomp profile (target: Docker Engine ${version}), so ${block.symptom}. Instead, ${block.remedy}.`;
    for (const cmd of ctx.commands()) {
      const stage = ctx.stageAt(cmd.range.start.line);
      const related = stage ? [fromRelated(stage), targetRelated(ctx.target)] : [targetRelated(ctx.target)];
      if (programs.has(cmd.name)) {
        findings.push({
          ruleId: rule.id,
          severity: 'warning',
          range: cmd.nameWord.range,
          message: `\`${cmd.name}\` uses ${feature?.name ?? block.feature}, which the target's Docker Engine ${version} blocks. ${base}`,
          related,
          fixes: [],
        });
      }
      if (cmd.phase !== 'build') continue;
      for (const pkg of installOf(cmd)?.packages ?? []) {
        if (pkg.dynamic) continue;
        const match = featuresForPackage(familyOf(stage), pkg.name);
        if (!match?.features.includes(block.feature)) continue;
        findings.push({
          ruleId: rule.id,
          severity: 'warning',
          range: pkg.word.range,
          message: `\`${pkg.name}\` is for ${feature?.name ?? block.feature}, which the target's Docker Engine ${version} blocks. ${base}`,
          related,
          fixes: [],
        });
      }
    }
  }
  return findings;
}

function familyOf(stage: StageInfo | undefined): DistroRelease['family'] | undefined {
  return stage?.root.kind === 'image' && stage.root.lookup.kind === 'known' ? stage.root.lookup.identity.release.family : undefined;
}
