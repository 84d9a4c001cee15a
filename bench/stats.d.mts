export interface Summary {
  n: number;
  p50?: number;
  p95?: number;
  max?: number;
  mean?: number;
}
export function percentile(values: readonly number[], p: number): number | undefined;
export function summarize(values: readonly number[]): Summary;
export function median(values: readonly number[]): number | undefined;
export function medianOfRounds<T>(rounds: readonly T[]): T;
