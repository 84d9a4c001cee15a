/** The result of one `kernel-lens check` run, shared by the three output formats. */
import type { AnalysisResult } from '../analysis/index';
import type { TargetHost } from '../analysis/index';
import type { Severity } from '../analysis/index';
import type { StageSummary } from './identity';

export interface FileReport {
  /** Path as shown to the user. */
  display: string;
  /** Absolute path; undefined for standard input without --stdin-filename. */
  absolute?: string;
  result: AnalysisResult;
  stages: StageSummary[];
  /** describeTarget of this file's target (differs from the run's when a directive sets one). */
  targetDescription: string;
  /** Problems with this file's target that are not findings (shown once per file). */
  problems: string[];
}

export interface CheckReport {
  target: TargetHost;
  targetDescription: string;
  files: FileReport[];
  counts: Record<Severity, number>;
}

export function countFindings(files: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const x of f.result.findings) counts[x.severity]++;
  return counts;
}

/** Target facts as JSON (json and SARIF formats). */
export function targetJson(target: TargetHost, description: string): Record<string, unknown> {
  const out: Record<string, unknown> = { description, label: target.label };
  if (target.presetId) out.presetId = target.presetId;
  if (target.os) out.os = target.os;
  if (target.kernel) out.kernel = target.kernel.raw;
  if (target.windowsBuild !== undefined) out.windowsBuild = target.windowsBuild;
  if (target.arch) out.arch = target.arch;
  if (target.cgroup) out.cgroup = target.cgroup;
  if (target.vsyscall) out.vsyscall = target.vsyscall;
  if (target.runtime) out.runtime = { ...target.runtime };
  if (target.config) out.kernelConfig = target.config.origin;
  out.origin = { kind: target.origin.kind, detail: target.origin.detail };
  return out;
}
