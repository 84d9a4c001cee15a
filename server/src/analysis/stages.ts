/**
 * FROM resolution: global ARG substitution, stage names and chains, image identity per stage.
 */
import type { From, Instruction } from 'dockerfile-ast';
import { astRangeToAbsolute, type DockerfileModel, type InstructionBlock } from './document';
import { parseImageRef, type ImageRef } from './imageRef';
import type { Range } from './types';
import type { ImageLookup } from '../knowledge/types';
import { lookupImage } from '../knowledge/images';

export interface GlobalArg {
  name: string;
  /** Default value after substituting earlier ARGs; undefined when it has none or it cannot be known. */
  value?: string;
  line: number;
}

export interface Substitution {
  /** Text after substitution (undefined when some variable has no known value). */
  text?: string;
  /** Variables whose value came from an ARG default: build args may override them. */
  fromDefaults: string[];
  /** Variables with no value known at analysis time. */
  unresolved: string[];
  /** The result would exceed MAX_SUBSTITUTED_LENGTH (e.g. ARGs that double each other): text is undefined. */
  tooLong?: boolean;
}

/**
 * Longest substituted text we build. Image references are short; ARGs defined as `$A$A` over a few
 * dozen lines would otherwise grow to gigabytes (a "billion laughs" Dockerfile) and throw.
 */
export const MAX_SUBSTITUTED_LENGTH = 64 * 1024;

export type StageBase =
  | { kind: 'image'; ref: ImageRef; lookup: ImageLookup }
  | { kind: 'stage'; stageIndex: number }
  | { kind: 'scratch' }
  | { kind: 'unresolved'; reason: string }
  | { kind: 'invalid'; reason: string };

export interface StageInfo {
  index: number;
  block: InstructionBlock;
  /** Absolute range of the FROM keyword. */
  keywordRange: Range;
  /** Absolute range of the image argument (absent for a FROM with no argument). */
  imageRange?: Range;
  /** Image text as written. */
  imageText: string;
  substitution: Substitution;
  platform?: { text: string; range: Range; resolved?: string };
  name?: string;
  nameRange?: Range;
  base: StageBase;
  /** Where the chain of stages ends: an image, scratch or something unresolved. Never 'stage'. */
  root: Exclude<StageBase, { kind: 'stage' }>;
  /** Stage indexes walked through from this stage to the root (empty when base is not a stage). */
  chain: number[];
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Substitute `$A`, `${A}`, `${A:-d}`, `${A-d}`, `${A:+x}`, `${A+x}` from known values. */
export function substitute(text: string, values: ReadonlyMap<string, string | undefined>): Substitution {
  const fromDefaults: string[] = [];
  const unresolved: string[] = [];
  let length = text.length;
  let tooLong = false;
  /** Every value put into the result passes here, so the result never grows past the limit. */
  const emit = (v: string): string => {
    length += v.length;
    if (length > MAX_SUBSTITUTED_LENGTH) tooLong = true;
    return tooLong ? '' : v;
  };
  const out = text.replace(
    VAR,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, plain: string | undefined) => {
      const name = (braced ?? plain) as string;
      const known = values.has(name);
      const value = values.get(name);
      const set = known && value !== undefined;
      const nonEmpty = set && value !== '';
      if (op === ':-' || op === '-') {
        const useValue = op === ':-' ? nonEmpty : set;
        if (useValue) {
          fromDefaults.push(name);
          return emit(value as string);
        }
        if (known && value === undefined) {
          // declared without default: a build arg may still set it; the default in the reference is a guess
          unresolved.push(name);
          return '';
        }
        return word ?? '';
      }
      if (op === ':+' || op === '+') {
        const useAlt = op === ':+' ? nonEmpty : set;
        if (known && value === undefined) {
          unresolved.push(name);
          return '';
        }
        return useAlt ? emit(word ?? '') : '';
      }
      if (set) {
        fromDefaults.push(name);
        return emit(value as string);
      }
      unresolved.push(name);
      return '';
    },
  );
  if (tooLong) return { text: undefined, fromDefaults, unresolved, tooLong };
  return { text: unresolved.length ? undefined : removeDoubleQuotes(out), fromDefaults, unresolved };
}

/**
 * `jenkins/agent:"${version}"-jdk17-nanoserver-"${TAG}"`: BuildKit expands FROM like a shell word, so
 * double quotes (which still expand variables) are removed. Single quotes, which would keep `${…}`
 * literal, are left in place: such a reference stays invalid rather than be read as expanded.
 */
export function removeDoubleQuotes(text: string): string {
  if (!text.includes('"')) return text;
  return (text.match(/"/g)?.length ?? 0) % 2 === 0 ? text.replaceAll('"', '') : text;
}

function stripQuotes(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s;
}

/** ARGs before the first FROM: the only ones a FROM line can use. */
export function globalArgs(model: DockerfileModel): GlobalArg[] {
  const args: GlobalArg[] = [];
  const values = new Map<string, string | undefined>();
  for (const block of model.instructions) {
    const kw = block.parsed.keyword;
    if (kw === 'FROM') break;
    if (kw !== 'ARG' || !block.parsed.ast) continue;
    for (const a of block.parsed.ast.getArguments()) {
      const token = a.getValue();
      const eq = token.indexOf('=');
      const name = eq >= 0 ? token.slice(0, eq) : token;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      let value: string | undefined;
      if (eq >= 0) {
        const sub = substitute(stripQuotes(token.slice(eq + 1)), values);
        value = sub.text;
      }
      values.set(name, value);
      args.push({ name, value, line: block.startLine });
    }
  }
  return args;
}

/**
 * The last resolution per first FROM block: stages depend only on the global ARG and FROM blocks, so
 * when a new version of the document has the very same block objects for them (an edit elsewhere;
 * see updateModel), the previous resolution is still exact and is returned as is.
 */
const stagesMemo = new WeakMap<InstructionBlock, { inputs: InstructionBlock[]; stages: StageInfo[] }>();

export function resolveStages(model: DockerfileModel): StageInfo[] {
  const inputs: InstructionBlock[] = [];
  let firstFrom: InstructionBlock | undefined;
  for (const block of model.instructions) {
    const kw = block.parsed.keyword;
    if (kw === 'FROM') {
      firstFrom ??= block;
      inputs.push(block);
    } else if (kw === 'ARG' && !firstFrom) inputs.push(block);
  }
  if (!firstFrom) return resolveStagesUncached(model);
  const hit = stagesMemo.get(firstFrom);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((b, i) => b === inputs[i])) return hit.stages;
  const stages = resolveStagesUncached(model);
  stagesMemo.set(firstFrom, { inputs, stages });
  return stages;
}

function resolveStagesUncached(model: DockerfileModel): StageInfo[] {
  const args = globalArgs(model);
  const values = new Map<string, string | undefined>();
  for (const a of args) values.set(a.name, a.value);
  const stages: StageInfo[] = [];
  const byName = new Map<string, number>();

  for (const block of model.instructions) {
    if (block.parsed.keyword !== 'FROM' || !block.parsed.ast) continue;
    const ast = block.parsed.ast as From & Instruction;
    const abs = (r: Range) => astRangeToAbsolute(block, r);
    const keywordRange = abs(ast.getInstructionRange());
    const argsList = ast.getArguments();
    const imageArg = argsList[0];
    const imageText = imageArg ? imageArg.getValue() : '';
    const imageRange = imageArg ? abs(imageArg.getRange()) : undefined;
    let name: string | undefined;
    let nameRange: Range | undefined;
    if (argsList.length >= 3 && argsList[1].getValue().toUpperCase() === 'AS') {
      name = argsList[2].getValue().toLowerCase();
      nameRange = abs(argsList[2].getRange());
    }
    const flag = typeof ast.getPlatformFlag === 'function' ? ast.getPlatformFlag() : null;
    let platform: StageInfo['platform'];
    if (flag && flag.getValue() !== null) {
      const text = flag.getValue() as string;
      const sub = substitute(text, values);
      platform = { text, range: abs(flag.getValueRange() ?? flag.getRange()), resolved: sub.text };
    }
    const substitution = imageText ? substitute(imageText, values) : { text: '', fromDefaults: [], unresolved: [] };
    let base: StageBase;
    if (!imageText) base = { kind: 'invalid', reason: 'FROM has no image reference' };
    else if (substitution.tooLong) {
      base = {
        kind: 'unresolved',
        reason: `its ARG substitution is longer than ${MAX_SUBSTITUTED_LENGTH} characters, so it cannot be an image reference`,
      };
    } else if (substitution.text === undefined) {
      base = {
        kind: 'unresolved',
        reason: `the value of ${substitution.unresolved.map((v) => '$' + v).join(', ')} is not known before the build (no default in a global ARG)`,
      };
    } else {
      const resolved = substitution.text;
      const lower = resolved.toLowerCase();
      if (lower === 'scratch') base = { kind: 'scratch' };
      else if (byName.has(lower)) base = { kind: 'stage', stageIndex: byName.get(lower) as number };
      else {
        const parsed = parseImageRef(resolved);
        if (!parsed.ok) base = { kind: 'invalid', reason: parsed.error };
        else base = { kind: 'image', ref: parsed.ref, lookup: safeLookup(parsed.ref) };
      }
    }
    const index = stages.length;
    const root: StageInfo['root'] = base.kind === 'stage' ? stages[base.stageIndex].root : base;
    const stage = { index, block, keywordRange, imageRange, imageText, substitution, platform, name, nameRange, base, root } as StageInfo;
    // The chain is walked on demand: stored eagerly, N stages each building on the previous one
    // would hold N²/2 indexes (thousands of stages → hundreds of MB).
    Object.defineProperty(stage, 'chain', { enumerable: true, get: () => chainOf(stages, stage) });
    stages.push(stage);
    if (name !== undefined) byName.set(name, index);
  }
  return stages;
}

function chainOf(stages: readonly StageInfo[], stage: StageInfo): number[] {
  const chain: number[] = [];
  let base = stage.base;
  while (base.kind === 'stage') {
    chain.push(base.stageIndex);
    base = stages[base.stageIndex].base;
  }
  return chain;
}

/** Identity lookups depend only on the reference: memoised across analyses (bounded). */
const lookupMemo = new Map<string, ImageLookup>();

function safeLookup(ref: ImageRef): ImageLookup {
  const key = `${ref.registry}/${ref.path}:${ref.tag ?? ''}@${ref.digest ?? ''}`;
  const hit = lookupMemo.get(key);
  if (hit) return hit;
  const result = lookupUncached(ref);
  if (lookupMemo.size > 5_000) lookupMemo.clear();
  lookupMemo.set(key, result);
  return result;
}

function lookupUncached(ref: ImageRef): ImageLookup {
  try {
    return lookupImage(ref);
  } catch (e) {
    return { kind: 'unknown', reason: `lookup failed: ${(e as Error).message}` };
  }
}

/** The stage whose FROM block contains this line, or the stage an instruction at this line belongs to. */
export function stageForLine(stages: readonly StageInfo[], line: number): StageInfo | undefined {
  // binary search: the last stage starting at or before the line
  let lo = 0;
  let hi = stages.length - 1;
  let found: StageInfo | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (stages[mid].block.startLine <= line) {
      found = stages[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
