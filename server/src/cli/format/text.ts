/** The human format: target once, then per file its FROM explanations and findings, then a summary. */
import type { Severity } from '../../analysis/index';
import type { Palette } from '../color';
import type { CheckReport } from '../report';
import { escapeControls as safe } from '../terminalText';

export interface TextOptions {
  palette: Palette;
  /** Findings only: no target line, no FROM explanations, no summary. */
  quiet: boolean;
  /** Full identity card per FROM line instead of the one-line explanation. */
  explain: boolean;
  /** Full cards, by file path and stage index (only with explain). */
  cards?: Map<string, string[][]>;
}

const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const NOUN: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

function summaryLine(report: Pick<CheckReport, 'files' | 'counts'>): string {
  const n = report.files.length;
  const parts = ORDER.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${NOUN[s][report.counts[s] === 1 ? 0 : 1]}`);
  return `${n} ${n === 1 ? 'file' : 'files'} checked: ${parts.length ? parts.join(', ') : 'no findings'}`;
}

/** Every string from the files checked (names, quoted content) goes through `safe`: see terminalText.ts. */
export function formatText(report: CheckReport, opts: TextOptions): string {
  const p = opts.palette;
  const out: string[] = [];
  if (!opts.quiet) out.push(p.bold(safe(report.targetDescription)));
  for (const file of report.files) {
    if (!opts.quiet) {
      out.push('', p.bold(safe(file.display)));
      if (file.targetDescription !== report.targetDescription) out.push(`  ${safe(file.targetDescription)}`);
      const cards = opts.cards?.get(file.display);
      file.stages.forEach((s, i) => {
        if (opts.explain && cards?.[i]) {
          out.push(`  line ${s.line}: FROM ${safe(s.image) || '(no image)'}`);
          for (const l of cards[i]) out.push(l === '' ? '' : `    ${safe(l)}`);
        } else out.push(`  ${safe(s.text)}`);
      });
    }
    for (const f of file.result.findings) {
      const where = `${safe(file.display)}:${f.range.start.line + 1}:${f.range.start.character + 1}:`;
      out.push(`${where} ${p.severity(f.severity, f.severity)} ${p.dim(`[${f.ruleId}]`)} ${safe(f.message)}`);
    }
  }
  if (!opts.quiet) out.push('', summaryLine(report));
  return out.length ? out.join('\n') + '\n' : '';
}
