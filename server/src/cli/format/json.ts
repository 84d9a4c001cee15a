/**
 * The JSON format (documented in docs/cli.md; fields are only ever added, never renamed).
 * Positions: `range` is LSP-shaped (0-based line, UTF-16 column); line/column are 1-based.
 */
import type { FleetFinding } from '../../analysis/index';
import type { Finding } from '../../analysis/index';
import { knowledgeDate } from '../../analysis/index';
import { version } from '../pkg';
import { targetJson, type CheckReport } from '../report';

function findingJson(f: Finding): Record<string, unknown> {
  return {
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    range: { start: { ...f.range.start }, end: { ...f.range.end } },
    // Only fixes that edit the file: editor-only actions (pick a target, open docs) mean nothing here.
    fixes: f.fixes.filter((x) => x.edits.length > 0).map((x) => x.title),
    // `file`: a place in a build-context file (a start script the Dockerfile COPYs), relative to the Dockerfile's folder.
    related: (f.related ?? []).map((r) =>
      r.range
        ? {
            message: r.message,
            ...(r.file === undefined ? {} : { file: r.file }),
            line: r.range.start.line + 1,
            column: r.range.start.character + 1,
          }
        : { message: r.message },
    ),
    ...verdictsJson(f),
  };
}

/** Per-target verdicts of a run with several targets (absent otherwise). */
export function verdictsJson(f: Finding): { targets?: Record<string, unknown>[] } {
  const verdicts = (f as Partial<FleetFinding>).verdicts;
  if (!verdicts) return {};
  return {
    targets: verdicts.map((v) => ({
      target: v.target,
      label: v.label,
      verdict: v.severity === undefined ? 'fine' : 'fails',
      ...(v.severity ? { severity: v.severity, message: v.message } : {}),
    })),
  };
}

export function formatJson(report: CheckReport): string {
  const doc = {
    version,
    knowledgeDate,
    target: targetJson(report.target, report.targetDescription),
    files: report.files.map((f) => ({
      path: f.display,
      target: targetJson(f.result.target, f.targetDescription),
      problems: f.problems,
      stages: f.stages,
      findings: f.result.findings.map(findingJson),
    })),
    summary: {
      files: report.files.length,
      errors: report.counts.error,
      warnings: report.counts.warning,
      infos: report.counts.info,
      hints: report.counts.hint,
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
