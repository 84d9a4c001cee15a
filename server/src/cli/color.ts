/**
 * ANSI colours, only where a person reads them: stdout is a terminal, and neither --no-color nor
 * NO_COLOR (https://no-color.org) says otherwise. FORCE_COLOR turns them on for pipes (and tests).
 */
import type { Severity } from '../analysis/index';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const SEVERITY_CODES: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };

export const plain: Palette = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };
export const ansi: Palette = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  severity: (sev, s) => wrap(SEVERITY_CODES[sev], 39)(s),
};

export function useColor(noColorFlag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
