/**
 * SARIF 2.1.0 for code-scanning uploads (GitHub, GitLab, Azure DevOps). Paths are relative to the
 * current folder under the %SRCROOT% base; regions are 1-based with UTF-16 columns (the SARIF
 * default column kind, which is also what the analysis computes).
 */
import { verdictsJson } from './json';
import { isAbsolute, relative as pathRelative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../analysis/index';
import type { Severity } from '../../analysis/index';
import { knowledgeDate } from '../../analysis/index';
import { ruleWebUri, toolName, version } from '../pkg';
import { rulePageForViewers } from '../ruleDocs';
import { targetJson, type CheckReport, type FileReport } from '../report';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The rules the driver declares: the registry. */
export function ruleMetadata(): { id: string; defaultSeverity: Severity; summary: string }[] {
  return allRules().map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, summary: r.summary }));
}

function encodePath(rel: string): string {
  return rel.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function artifactLocation(file: FileReport, cwd: string): { uri: string; uriBaseId?: string } {
  if (!file.absolute) return { uri: encodePath(file.display === '-' ? 'stdin' : file.display), uriBaseId: SRCROOT };
  const rel = pathRelative(cwd, file.absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file.absolute).href };
  return { uri: encodePath(rel), uriBaseId: SRCROOT };
}

export function formatSarif(report: CheckReport, cwd: string): string {
  const rules = ruleMetadata();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) =>
    file.result.findings.map((f) => {
      const region = {
        startLine: f.range.start.line + 1,
        startColumn: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      };
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, cwd), region } }],
        properties: { severity: f.severity, fixes: f.fixes.filter((x) => x.edits.length > 0).map((x) => x.title), ...verdictsJson(f) },
      };
      const i = index.get(f.ruleId);
      if (i !== undefined) result.ruleIndex = i;
      return result;
    }),
  );
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version,
            semanticVersion: version,
            rules: rules.map((r) => {
              const rule: Record<string, unknown> = {
                id: r.id,
                name: r.id,
                shortDescription: { text: r.summary },
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                properties: { defaultSeverity: r.defaultSeverity, tags: ['kernel', 'containers', 'dockerfile'] },
              };
              const helpUri = ruleWebUri(r.id);
              if (helpUri) rule.helpUri = helpUri;
              // Markdown reads as plain text too, so both forms carry the page as written.
              const page = rulePageForViewers(r.id);
              if (page) rule.help = { text: page, markdown: page };
              return rule;
            }),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results,
        properties: { target: targetJson(report.target, report.targetDescription), knowledgeDate },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
