/**
 * Conversions from the analysis' types to LSP types, in one place: diagnostics (with the
 * summary and limit notes the server adds), code actions and hovers.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from './protocol';
import type { Finding, Fix, Severity } from '../analysis/index';
import { analysis } from './analysis';
import { SIZES } from './limits';

/** What a published diagnostic carries for the code-action handler (Diagnostic.data). */
export interface DiagnosticData {
  ruleId: string;
  fixes: Fix[];
  /** The verdict rests on the target host: its code actions offer the target picker. */
  targetMatters?: boolean;
}

/** Where the analysis stopped short of the whole document (see SIZES.maxAnalysedChars and MAX_SHELL_INSTRUCTION_CHARS). */
export interface AnalysisLimits {
  /** Lines analysed when the document was cut, with the document's line count. */
  cut?: { analysedLines: number; totalLines: number; limitChars: number };
  /** Start lines of instructions too long to parse as shell, and the limit. */
  oversized?: { lines: number[]; limitChars: number };
}

function severityOf(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

const docsUris = new Map<string, string>();
function ruleDocsUri(extensionRoot: string, id: string): string {
  const key = `${extensionRoot}\0${id}`;
  let uri = docsUris.get(key);
  if (uri === undefined) docsUris.set(key, (uri = pathToFileURL(join(extensionRoot, 'docs', 'rules', `${id}.md`)).toString()));
  return uri;
}

/** A build-context file's URI: the path relative to the Dockerfile's directory (only `file:` documents have one). */
function contextFileUri(documentUri: string, file: string): string {
  return pathToFileURL(join(dirname(fileURLToPath(documentUri)), file)).toString();
}

function toDiagnostic(f: Finding, uri: string, extensionRoot: string): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, fixes: f.fixes, targetMatters: analysis().targetMatters(f) };
  return {
    range: f.range,
    severity: severityOf(f.severity),
    source: 'kernel-lens',
    code: f.ruleId,
    codeDescription: { href: ruleDocsUri(extensionRoot, f.ruleId) },
    message: f.message,
    relatedInformation: f.related
      ?.filter((r) => r.range)
      .map((r) => ({ location: { uri: r.file === undefined ? uri : contextFileUri(uri, r.file), range: r.range! }, message: r.message })),
    data,
  };
}

function note(line: number, message: string): Diagnostic {
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'kernel-lens',
    message,
  };
}

/**
 * At most SIZES.maxDiagnostics findings (a generated file can have hundreds of thousands), one line
 * saying how many more, and one line for each limit the analysis met.
 */
export function publishedDiagnostics(
  findings: readonly Finding[],
  uri: string,
  extensionRoot: string,
  limits: AnalysisLimits = {},
): Diagnostic[] {
  const max = SIZES.maxDiagnostics;
  const shown = findings.slice(0, max).map((f) => toDiagnostic(f, uri, extensionRoot));
  if (findings.length > max) {
    shown.push(
      note(
        0,
        `${findings.length - max} more Kernel Lens findings in this file are not shown (at most ${max} per file); \`kernel-lens check\` lists them all.`,
      ),
    );
  }
  if (limits.cut) {
    const { analysedLines, totalLines, limitChars } = limits.cut;
    shown.push(
      note(
        0,
        `Kernel Lens analysis stopped after ${analysedLines} of ${totalLines} lines: the file is larger than ${mib(limitChars)}; lines below were not checked.`,
      ),
    );
  }
  if (limits.oversized?.lines.length) {
    const { lines, limitChars } = limits.oversized;
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
    shown.push(
      note(lines[0], `Kernel Lens did not check this instruction${more}: it is longer than ${groupThousands(limitChars)} characters.`),
    );
  }
  return shown;
}

/**
 * 262144 → '262,144', as toLocaleString('en-US') writes an integer. Not toLocaleString itself: its
 * first call maps ICU's number-formatting data into the process, about 7 MiB of resident memory
 * kept for the server's lifetime, for this one note.
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function mib(chars: number): string {
  return chars >= 1024 * 1024 ? `${chars / (1024 * 1024)} MiB` : `${chars / 1024} KiB`;
}

export function toCodeAction(uri: string, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: fix.kind,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred || fix.safe || undefined,
  };
  if (fix.edits.length) action.edit = { changes: { [uri]: fix.edits } };
  if (fix.command) action.command = fix.command;
  return action;
}

export function toHover(h: { markdown: string; range?: Diagnostic['range'] } | undefined): Hover | null {
  return h ? { contents: { kind: 'markdown', value: h.markdown }, range: h.range } : null;
}
