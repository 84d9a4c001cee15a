/**
 * Start scripts the Dockerfile copies in from its build context (`COPY docker-entrypoint.sh
 * /usr/local/bin/`, `ADD start.sh /`, `COPY scripts/ /scripts/`, `COPY . /app`) and runs by CMD or
 * ENTRYPOINT (`ENTRYPOINT ["docker-entrypoint.sh"]`, `CMD ["/start.sh"]`, `CMD sh ./start.sh`).
 * This module only says which context files would be that script: the analysis never reads a file.
 * The caller (CLI, language server) reads the paths `contextScriptRefs` lists and passes their text
 * back as `contextFiles`; startScripts.ts parses them.
 *
 * Matching is by path only, within one stage: the CMD and ENTRYPOINT the image runs (the final
 * stage's, or inherited from the stage it is built on), the last COPY/ADD of that stage that puts the
 * file there (not `--from=`, not a URL, not an archive ADD unpacks), the image's last WORKDIR for
 * relative names, the usual PATH directories for a bare program name. Anything not known statically (`$VAR`,
 * quotes with spaces, a relative path under an unknown WORKDIR against an absolute one) is no match.
 */
import type { InstructionBlock } from '../../document';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { SH_SHELLS } from '../../shell/wrappers';
import type { Range } from '../../types';
import type { RuleContext } from '../types';

/** Bounds: scripts looked up per Dockerfile, and characters of one script read. */
export const MAX_CONTEXT_SCRIPTS = 8;
export const MAX_CONTEXT_SCRIPT_CHARS = 256 * 1024;

/** PATH of the official images (docker-library), where a bare program name is looked up. */
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** The working directory of a stage before any WORKDIR: the base image's, not known here. */
const BASE_WORKDIR = '\u0000workdir';

export interface ContextScriptRef {
  /** Context-relative paths that would be the script, most likely first (the first one read wins). */
  paths: string[];
  /** The CMD/ENTRYPOINT word that names the script. */
  by: Range;
  /** Its instruction: the script's commands are placed there. */
  block: InstructionBlock;
}

interface Copy {
  sources: string[];
  dest: string;
  destIsDir: boolean;
  line: number;
}

interface StageState {
  /** WORKDIR values as written, resolved on demand (few lookups; a file may have thousands of WORKDIRs). */
  workdirs: { line: number; raw: string | undefined }[];
  copies: Copy[];
}

/** `a/./b//c/` → `a/b/c`; undefined when a `..` would climb above the start. */
function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0 || out[out.length - 1] === BASE_WORKDIR) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** An absolute image path (`/usr/local/bin/x`, or under the unknown base WORKDIR) from a path and the WORKDIR. */
function imagePath(path: string, workdir: string | undefined): string | undefined {
  if (path.startsWith('/')) {
    const n = normalize(path);
    return n === undefined ? undefined : `/${n}`;
  }
  if (workdir === undefined) return undefined;
  const n = normalize(`${workdir}/${path}`);
  return n === undefined ? undefined : n.startsWith(BASE_WORKDIR) ? n : `/${n}`;
}

/** A COPY/ADD source as a context-relative path; undefined for URLs, variables and escapes. */
function contextPath(source: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source) || source.includes('$')) return undefined;
  return normalize(source);
}

/** Arguments by parsed block (shared by every block of the same text, kept across keystrokes). */
const argumentsMemo = new WeakMap<InstructionBlock['parsed'], { args: string[] | undefined; fromStage: boolean }>();

function argumentsOf(block: InstructionBlock): { args: string[] | undefined; fromStage: boolean } {
  let hit = argumentsMemo.get(block.parsed);
  if (!hit) argumentsMemo.set(block.parsed, (hit = { args: argumentsUncached(block), fromStage: fromStage(block) }));
  return hit;
}

function fromStage(block: InstructionBlock): boolean {
  const ast = block.parsed.ast as unknown as { getFlags?(): { getName(): string }[] } | undefined;
  return !!ast?.getFlags?.().some((f) => f.getName().toLowerCase() === 'from');
}

function argumentsUncached(block: InstructionBlock): string[] | undefined {
  const ast = block.parsed.ast as unknown as
    | { getArguments(): { getValue(): string }[]; getJSONStrings?(): { getJSONValue(): string }[] }
    | undefined;
  if (!ast) return undefined;
  const json = typeof ast.getJSONStrings === 'function' ? ast.getJSONStrings() : [];
  if (json.length > 0) return json.map((j) => j.getJSONValue());
  const args = ast.getArguments().map((a) => a.getValue());
  return args.some((a) => /["'\\]|^<</.test(a)) ? undefined : args;
}

function copyOf(block: InstructionBlock, workdir: string | undefined): Copy | undefined {
  const { args, fromStage } = argumentsOf(block);
  if (fromStage) return undefined;
  if (!args || args.length < 2 || args.some((a) => a.includes('$'))) return undefined;
  const destText = args[args.length - 1];
  const dest = imagePath(destText, workdir);
  if (dest === undefined) return undefined;
  // ADD unpacks a local tar archive: what lands in the image is its content, not the file.
  const sources = args.slice(0, -1).filter((s) => !(block.parsed.keyword === 'ADD' && /\.(tar|tgz|tbz2?|txz)(\.\w+)?$/i.test(s)));
  return { sources, dest, destIsDir: destText.endsWith('/') || destText === '.' || args.length > 2, line: block.startLine };
}

/** Per parsed COPY/ADD: the file names it names, and whether a folder or glob source may bring any name. */
const shapeMemo = new WeakMap<InstructionBlock['parsed'], { names: string[]; open: boolean }>();

/** A COPY/ADD that may put a file named in `names` in place: a source or destination of that name, a folder or a glob. */
function mayCopy(block: InstructionBlock, args: readonly string[], names: ReadonlySet<string>): boolean {
  let shape = shapeMemo.get(block.parsed);
  if (!shape) {
    const sources = args.slice(0, -1).map((a) => ({ a, b: base(a.replace(/\/+$/, '')) }));
    shape = {
      names: [base(args[args.length - 1] ?? ''), ...sources.map((x) => x.b)],
      open: sources.some(({ a, b }) => a.endsWith('/') || b === '.' || b === '' || !b.includes('.') || /[*?[]/.test(b)),
    };
    shapeMemo.set(block.parsed, shape);
  }
  return shape.open || shape.names.some((n) => names.has(n));
}

/** WORKDIR and the COPY/ADD that may matter (see mayCopy) of each stage, in document order. */
function stageStates(ctx: Pick<RuleContext, 'model' | 'stageAt'>, names: ReadonlySet<string>): Map<number, StageState> {
  const states = new Map<number, StageState>();
  let s: StageState | undefined;
  for (const block of ctx.model.instructions) {
    const kw = block.parsed.keyword;
    if (kw === 'FROM') {
      const stage = ctx.stageAt(block.startLine);
      s = stage ? { workdirs: [], copies: [] } : undefined;
      if (stage && s) states.set(stage.index, s);
    } else if (s && kw === 'WORKDIR') {
      const v = argumentsOf(block).args?.join(' ');
      s.workdirs.push({ line: block.startLine, raw: v && !v.includes('$') ? v : undefined });
    } else if (s && (kw === 'COPY' || kw === 'ADD')) {
      const args = argumentsOf(block).args;
      if (!args || !mayCopy(block, args, names)) continue;
      const c = copyOf(block, workdirAt(s, block.startLine));
      if (c) s.copies.push(c);
    }
  }
  return states;
}

function workdirAt(s: StageState, line: number): string | undefined {
  let dir: string | undefined = BASE_WORKDIR;
  for (const w of s.workdirs) {
    if (w.line > line) break;
    dir = w.raw === undefined ? undefined : imagePath(w.raw, dir);
  }
  return dir;
}

/** Image paths a start word may run: the program (PATH lookup for a bare name) or a shell's script argument. */
function runPaths(word: ShellWord, isProgram: boolean, workdir: string | undefined): string[] {
  const v = word.value;
  if (!v || v.includes('$')) return [];
  if (isProgram && SH_SHELLS.has(v.slice(v.lastIndexOf('/') + 1))) return [];
  if (isProgram && !v.includes('/')) return PATH_DIRS.map((d) => `${d}/${v}`);
  const p = imagePath(v, workdir);
  return p === undefined ? [] : [p];
}

function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const parent = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('/')));
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

/** Context paths one COPY puts at image path `target` (a file source, a directory source, a basename glob). */
function sourcesFor(copy: Copy, target: string): string[] {
  const out: string[] = [];
  for (const raw of copy.sources) {
    const src = contextPath(raw);
    if (src === undefined) continue;
    const under = copy.dest.endsWith('/') ? copy.dest : `${copy.dest}/`;
    if (/[*?[]/.test(src)) {
      if (!/[*?[]/.test(parent(src)) && target === under + base(target) && globRegExp(base(src)).test(base(target)))
        out.push(join(parent(src), base(target)));
      continue;
    }
    if (src !== '' && (target === copy.dest ? !copy.destIsDir : target === under + base(src))) out.push(src);
    // A directory source (`dir/`, `.`, a name without an extension) copies its content under the destination.
    else if (target.startsWith(under) && (src === '' || raw.endsWith('/') || !base(src).includes('.')))
      out.push(join(src, target.slice(under.length)));
  }
  return out;
}

/** The words of a start command that may name a script: the program, or the first operand of sh/bash/… */
function startWords(c: ShellCommand): { word: ShellWord; isProgram: boolean }[] {
  const out = [{ word: c.nameWord, isProgram: true }];
  if (SH_SHELLS.has(c.name) && !c.args.some((a) => a.value === '-c')) {
    const operand = c.args.find((a) => !(a.value ?? '-').startsWith('-'));
    if (operand) out.push({ word: operand, isProgram: false });
  }
  return out;
}

/**
 * The CMD and ENTRYPOINT the image runs: the last of each in the final stage, or where the final
 * stage sets none, in the nearest stage it is built on. An earlier stage's own start command (a
 * builder's) never runs from this image: its scripts are not read.
 */
function effectiveStartBlocks(ctx: Pick<RuleContext, 'model' | 'stageAt' | 'stages'>): Set<number> {
  const last = new Map<string, number>();
  for (const block of ctx.model.instructions) {
    const kw = block.parsed.keyword;
    if (kw !== 'CMD' && kw !== 'ENTRYPOINT') continue;
    last.set(`${ctx.stageAt(block.startLine)?.index}:${kw}`, block.startLine);
  }
  const final = ctx.stages[ctx.stages.length - 1];
  const out = new Set<number>();
  if (!final) return out;
  for (const kw of ['CMD', 'ENTRYPOINT']) {
    const line = [final.index, ...final.chain].map((i) => last.get(`${i}:${kw}`)).find((l) => l !== undefined);
    if (line !== undefined) out.add(line);
  }
  return out;
}

const refsMemo = new WeakMap<RuleContext['model'], ContextScriptRef[]>();

/** Build-context files CMD/ENTRYPOINT would run, per naming word (a function of the Dockerfile alone). */
export function contextScriptRefs(ctx: Pick<RuleContext, 'model' | 'stageAt' | 'commands' | 'stages'>): readonly ContextScriptRef[] {
  const hit = refsMemo.get(ctx.model);
  if (hit) return hit;
  const out: ContextScriptRef[] = [];
  refsMemo.set(ctx.model, out);
  const effective = effectiveStartBlocks(ctx);
  if (effective.size === 0) return out;
  const starts: { c: ShellCommand; word: ShellWord; isProgram: boolean }[] = [];
  for (const c of ctx.commands())
    if (c.phase === 'start' && effective.has(c.block.startLine)) for (const w of startWords(c)) starts.push({ c, ...w });
  const names = new Set(starts.map((w) => base(w.word.value ?? '')).filter((n) => n !== ''));
  if (names.size === 0) return out;
  const states = stageStates(ctx, names);
  for (const { c, word, isProgram } of starts) {
    const state = states.get(ctx.stageAt(c.block.startLine)?.index ?? -1);
    if (!state || out.length >= MAX_CONTEXT_SCRIPTS) continue;
    const paths: string[] = [];
    // CMD and ENTRYPOINT take effect in the finished image: its last WORKDIR, and the last COPY of the
    // stage that puts a file there, wherever the instruction stands.
    for (const target of runPaths(word, isProgram, workdirAt(state, Number.POSITIVE_INFINITY))) {
      const copy = state.copies.filter((k) => sourcesFor(k, target).length > 0).pop();
      if (copy) for (const p of sourcesFor(copy, target)) if (!paths.includes(p)) paths.push(p);
    }
    if (paths.length > 0) out.push({ paths: paths.slice(0, 4), by: word.range, block: c.block });
  }
  return out;
}
