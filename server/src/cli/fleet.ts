/** `check --target a,b,c`: each file analysed once per target, findings merged with per-target verdicts. */
import { analyzeDocument, type AnalysisResult, type AnalyzeOptions } from '../analysis/index';
import { fleetResult, type TargetRun } from '../analysis/index';
import type { TargetSetup } from './targetSetup';

export function analyzeForTargets(
  text: string,
  names: readonly string[],
  setups: readonly TargetSetup[],
  today: Date,
  context: Pick<AnalyzeOptions, 'cache' | 'contextFiles'> = {},
): AnalysisResult {
  const runs: TargetRun[] = setups.map((s, i) => ({
    name: names[i],
    result: analyzeDocument(text, { layers: s.layers, readConfig: s.readConfig, today, ...context }),
  }));
  return fleetResult(runs);
}
