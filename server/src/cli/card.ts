/** Cards in the terminal: the hover's card model rendered as plain text (no Markdown to undo). */
import { cardToPlainLines } from '../analysis/index';
import { fromCardModel } from '../analysis/index';
import type { AnalysisResult } from '../analysis/index';

/** Full FROM cards of one analysed file, by stage index. */
export function stageCards(result: AnalysisResult, today: Date): string[][] {
  return result.stages.map((s) => cardToPlainLines(fromCardModel(result, s, today)));
}
