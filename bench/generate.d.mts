export interface GeneratedMeta {
  lines: number;
  stages: number;
  fromLines: number[];
  kernelCommands: { line: number; character: number; word: string }[];
  runChains: { start: number; end: number }[];
}
export interface Generated {
  text: string;
  meta: GeneratedMeta;
}
export function prng(seed: number): { next(): number; int(lo: number, hi: number): number; pick<T>(arr: readonly T[]): T; chance(p: number): boolean };
export function generateDockerfile(lineCount: number, seed?: number): Generated;
export function generateTypical(i: number, seed?: number): Generated;
export function editSite(meta: GeneratedMeta, lines: readonly string[]): { line: number; character: number; chain: { start: number; end: number } };
