/** Hover cards are Markdown; the terminal gets them as plain text. */
import { fromCard, imageCard } from '../analysis/hover';
import type { AnalysisResult } from '../analysis/analyze';
import type { TargetHost } from '../analysis/host/types';
import type { ImageLookup } from '../knowledge/types';

/** Removes the Markdown the cards use: headings, bold, code spans, whole-line italics, rules. */
export function plainLine(line: string): string {
  let l = line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/`/g, '');
  const italic = /^_(.*)_([.:]?)$/.exec(l);
  if (italic) l = italic[1] + italic[2];
  return l.replace(/(^|\s)_([^_\s][^_]*?)_(?=[\s.,;:)]|$)/g, '$1$2');
}

export function plainCard(markdownLines: readonly string[]): string[] {
  const out = markdownLines.map(plainLine);
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

export function plainImageCard(written: string, lookup: ImageLookup, target: TargetHost, today: Date): string[] {
  return plainCard(imageCard(written, lookup, target, today));
}

/** Full FROM cards of one analysed file, by stage index. */
export function stageCards(result: AnalysisResult, today: Date): string[][] {
  return result.stages.map((s) => plainCard(fromCard(result, s, today).split('\n')));
}
