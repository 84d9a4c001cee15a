/**
 * Start scripts the Dockerfile copies in from its build context (`COPY docker-entrypoint.sh
 * /usr/local/bin/`, `ADD start.sh /`, `COPY scripts/ /scripts/`, `COPY . /app`) and runs by CMD or
 * ENTRYPOINT (`ENTRYPOINT ["docker-entrypoint.sh"]`, `CMD ["/start.sh"]`, `CMD sh ./start.sh`).
 * This module only says which context files would be that script: the analysis never reads a file.
 * The caller (CLI, language server) reads the paths `contextScriptRefs` lists and passes their text
 * back as `contextFiles`; startScripts.ts parses them.
 *
 * Matching is by path only: the CMD and ENTRYPOINT the image runs (the final stage's, or inherited
 * from the stage it is built on) and the scripts RUN runs (`RUN ./install.sh`, `RUN bash /tmp/setup.sh`);
 * the last COPY/ADD that puts the file there (in the stage, else in the stage it is built on; a
 * `COPY --from=<stage>` followed into that stage; not a URL, not an archive ADD unpacks), the WORKDIR
 * for relative names, the usual PATH directories for a bare program name. Anything not known
 * statically (`$VAR`, quotes with spaces, a relative path under an unknown WORKDIR against an
 * absolute one) is no match. Only the paths those words name are mapped: no directory is listed.
 */
import type { InstructionBlock } from '../../document';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { SH_SHELLS } from '../../shell/wrappers';
import type { Range } from '../../types';
import type { RuleContext } from '../types';
import { copyOperands } from './copyArguments';
import { perContext } from './memo';

/** Bounds: scripts looked up per Dockerfile, and characters of one script read. */
export const MAX_CONTEXT_SCRIPTS = 8;
export const MAX_CONTEXT_SCRIPT_CHARS = 256 * 1024;

/** PATH of the official images (docker-library), where a bare program name is looked up. */
export const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** The working directory of a stage before any WORKDIR: the base image's, not known here. */
const BASE_WORKDIR = '\u0000workdir';

export interface ContextScriptRef {
  /** Context-relative paths that would be the script, most likely first (the first one read wins). */
  paths: string[];
  /** The CMD/ENTRYPOINT word that names the script. */
  by: Range;
  /** Its instruction: the script's commands are placed there. */
  block: InstructionBlock;
  /** 'start' for CMD/ENTRYPOINT, 'build' for RUN: the script's commands take that phase. */
  phase: 'build' | 'start';
  /** Where the image paths the script names are looked up (scripts it runs in turn). */
  at: ImageAt;
  /** A service a supervisor starts (serviceScripts.ts): its name, for messages; `config`: the configuration format it is in. */
  service?: { by: string; config: 'supervisord' | 'systemd' | undefined };
}

interface Copy {
  sources: string[];
  dest: string;
  destIsDir: boolean;
  line: number;
  /** `--from=<stage>`: the stage index the sources are read from (-1: an image or unknown, which brings nothing known). */
  from?: number;
}

interface StageState {
  /** WORKDIR values as written, resolved on demand (few lookups; a file may have thousands of WORKDIRs). */
  workdirs: { line: number; raw: string | undefined }[];
  copies: Copy[];
  /** The stage this one is built on (`FROM base`), whose files and WORKDIR it starts with. */
  parent?: number;
}

/** Where an image path is looked up: a stage, before a line (Infinity: the finished stage, for CMD/ENTRYPOINT). */
export interface ImageAt {
  stage: number;
  line: number;
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
const argumentsMemo = new WeakMap<InstructionBlock['parsed'], { args: string[] | undefined; from: string | undefined }>();

function argumentsOf(block: InstructionBlock): { args: string[] | undefined; from: string | undefined } {
  let hit = argumentsMemo.get(block.parsed);
  if (!hit) argumentsMemo.set(block.parsed, (hit = { args: argumentsUncached(block), from: fromFlag(block) }));
  return hit;
}

/** The value of `--from=` ('' when the flag has none), undefined without the flag. */
function fromFlag(block: InstructionBlock): string | undefined {
  const ast = block.parsed.ast as unknown as { getFlags?(): { getName(): string; getValue(): string | null }[] } | undefined;
  const flag = ast?.getFlags?.().find((f) => f.getName().toLowerCase() === 'from');
  return flag ? (flag.getValue() ?? '') : undefined;
}

function argumentsUncached(block: InstructionBlock): string[] | undefined {
  const kw = block.parsed.keyword;
  if (kw === 'COPY' || kw === 'ADD') {
    // A here-document is text written by the Dockerfile, not a context file.
    const ops = copyOperands(block);
    return ops.heredoc ? undefined : ops.all.map((o) => o.value);
  }
  const ast = block.parsed.ast as unknown as
    | { getArguments(): { getValue(): string }[]; getJSONStrings?(): { getJSONValue(): string }[] }
    | undefined;
  if (!ast) return undefined;
  const json = typeof ast.getJSONStrings === 'function' ? ast.getJSONStrings() : [];
  if (json.length > 0) return json.map((j) => j.getJSONValue());
  const args = ast.getArguments().map((a) => a.getValue());
  return args.some((a) => /["'\\]|^<</.test(a)) ? undefined : args;
}

/**
 * Per stage list: each stage's name (lower case) and index as text → the first stage it names. A
 * scan of the stages per `COPY --from=` made a file with many stages quadratic (it ran per keystroke).
 */
const stageKeysMemo = new WeakMap<RuleContext['stages'], Map<string, number>>();

function stageKeys(stages: RuleContext['stages']): Map<string, number> {
  let keys = stageKeysMemo.get(stages);
  if (keys) return keys;
  keys = new Map();
  // Stages are in index order: the first one that takes a key is the earliest stage of that name.
  for (const s of stages) {
    const name = s.name?.toLowerCase();
    if (name !== undefined && !keys.has(name)) keys.set(name, s.index);
    const index = String(s.index);
    if (!keys.has(index)) keys.set(index, s.index);
  }
  stageKeysMemo.set(stages, keys);
  return keys;
}

/** The index of the earlier stage a `--from=` value names (by name or number), or -1 (an image, or no such stage). */
export function fromStageIndex(ctx: Pick<RuleContext, 'stages'>, from: string, before: number): number {
  const index = stageKeys(ctx.stages).get(from.toLowerCase());
  return index !== undefined && index < before ? index : -1;
}

function copyOf(block: InstructionBlock, workdir: string | undefined, from: number | undefined): Copy | undefined {
  const { args } = argumentsOf(block);
  if (!args || args.length < 2 || args.some((a) => a.includes('$'))) return undefined;
  const destText = args[args.length - 1];
  const dest = imagePath(destText, workdir);
  if (dest === undefined) return undefined;
  // ADD unpacks a local tar archive: what lands in the image is its content, not the file.
  const sources = args.slice(0, -1).filter((s) => !(block.parsed.keyword === 'ADD' && /\.(tar|tgz|tbz2?|txz)(\.\w+)?$/i.test(s)));
  const destIsDir = destText.endsWith('/') || destText === '.' || args.length > 2;
  return { sources, dest, destIsDir, line: block.startLine, from };
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

type States = Map<number, StageState>;
type StatesContext = Pick<RuleContext, 'model' | 'stageAt' | 'stages'>;

/** WORKDIR and the COPY/ADD that may matter (see mayCopy) of each stage, in document order. */
function stageStates(ctx: StatesContext, names: ReadonlySet<string>): States {
  const states: States = new Map();
  let s: StageState | undefined;
  let index = -1;
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw === 'FROM') {
      const stage = ctx.stageAt(block.startLine);
      s = stage ? { workdirs: [], copies: [], parent: stage.chain[0] } : undefined;
      index = stage?.index ?? -1;
      if (stage && s) states.set(stage.index, s);
    } else if (s && kw === 'WORKDIR') {
      const v = argumentsOf(block).args?.join(' ');
      s.workdirs.push({ line: block.startLine, raw: v && !v.includes('$') ? v : undefined });
    } else if (s && (kw === 'COPY' || kw === 'ADD')) {
      const { args, from } = argumentsOf(block);
      if (!args || !mayCopy(block, args, names)) continue;
      const c = copyOf(
        block,
        workdirIn(states, { stage: index, line: block.startLine }),
        from === undefined ? undefined : fromStageIndex(ctx, from, index),
      );
      if (c) s.copies.push(c);
    }
  }
  return states;
}

/** Stages followed at most from one lookup (`FROM` chains and `COPY --from=`). */
const MAX_STAGE_HOPS = 8;

/** The working directory at `at`: the stage's WORKDIRs over the one of the stage it is built on. */
function workdirIn(states: States, at: ImageAt, hops = 0): string | undefined {
  const s = states.get(at.stage);
  if (!s) return undefined;
  let dir: string | undefined =
    s.parent !== undefined && hops < MAX_STAGE_HOPS
      ? workdirIn(states, { stage: s.parent, line: Number.POSITIVE_INFINITY }, hops + 1)
      : BASE_WORKDIR;
  for (const w of s.workdirs) {
    if (w.line > at.line) break;
    dir = w.raw === undefined ? undefined : imagePath(w.raw, dir);
  }
  return dir;
}

/**
 * Context paths of the file at image path `target` at `at`: the last COPY/ADD before it that puts
 * a file there, else the stage it is built on; a `COPY --from=<stage>` is followed into that stage.
 */
function resolveIn(states: States, at: ImageAt, target: string, hops = 0): string[] {
  const s = states.get(at.stage);
  if (!s || hops > MAX_STAGE_HOPS) return [];
  // The last COPY that puts a file there decides; one that does only if a source without an extension is a folder
  // (`COPY update-config /` after `COPY start.sh /`) is a guess, so the earlier copies stay candidates after it.
  const out: string[] = [];
  for (let i = s.copies.length - 1; i >= 0; i--) {
    const copy = s.copies[i];
    if (copy.line >= at.line) continue;
    const { paths, guessed } = sourcesFor(copy, target);
    if (paths.length === 0) continue;
    const from = copy.from;
    // Paths of a --from= copy are in that stage's file system, from its root.
    if (from === undefined) out.push(...paths);
    else if (from >= 0)
      out.push(...paths.flatMap((p) => resolveIn(states, { stage: from, line: Number.POSITIVE_INFINITY }, `/${p}`, hops + 1)));
    if (!guessed) return out;
  }
  if (s.parent === undefined) return out;
  return [...out, ...resolveIn(states, { stage: s.parent, line: Number.POSITIVE_INFINITY }, target, hops + 1)];
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

export function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const parent = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('/')));
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

/**
 * Context paths one COPY puts at image path `target` (a file source, a directory source, a basename glob); `guessed`
 * when every one comes from a source taken for a folder only because its name has no extension.
 */
function sourcesFor(copy: Copy, target: string): { paths: string[]; guessed: boolean } {
  const out: string[] = [];
  let certain = false;
  for (const raw of copy.sources) {
    const src = contextPath(raw);
    if (src === undefined) continue;
    const under = copy.dest.endsWith('/') ? copy.dest : `${copy.dest}/`;
    if (/[*?[]/.test(src)) {
      if (!/[*?[]/.test(parent(src)) && target === under + base(target) && globRegExp(base(src)).test(base(target))) {
        out.push(join(parent(src), base(target)));
        certain = true;
      }
      continue;
    }
    if (src !== '' && (target === copy.dest ? !copy.destIsDir : target === under + base(src))) {
      out.push(src);
      certain = true;
    }
    // A directory source (`dir/`, `.`, a name without an extension) copies its content under the destination.
    else if (target.startsWith(under) && (src === '' || raw.endsWith('/') || !base(src).includes('.'))) {
      out.push(join(src, target.slice(under.length)));
      certain ||= src === '' || raw.endsWith('/');
    }
  }
  return { paths: out, guessed: !certain };
}

/** A word that may name a script file: the program, or the first operand of sh/bash/… or of `.`/`source`. */
export interface ScriptWord {
  word: ShellWord;
  /** The program word: a bare name is looked up on PATH. */
  isProgram: boolean;
}

/** The words of a command that may name a script: the program, or the first operand of sh/bash/… and of `.`/`source`. */
export function scriptWords(c: Pick<ShellCommand, 'name' | 'nameWord' | 'args'>): ScriptWord[] {
  if (c.name === '.' || c.name === 'source') return c.args[0] ? [{ word: c.args[0], isProgram: false }] : [];
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
export function effectiveStartBlocks(ctx: Pick<RuleContext, 'model' | 'stageAt' | 'stages'>): Set<number> {
  const last = new Map<string, number>();
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
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

/**
 * A word a RUN (or a script) runs that may be a script worth reading: a shell's or `.`'s operand,
 * or a program named `*.sh`/`*.bash` (`./install-driver.sh`, `/tmp/setup.sh`, `setup.sh` on PATH).
 * Not `./configure` or another program without the extension: build tools, not scripts to read.
 */
export function mayNameScript(w: ScriptWord): boolean {
  return !w.isProgram || /\.(sh|bash)$/.test(w.word.value ?? '');
}

/**
 * A RUN command's words that may name a script, per command object (stable while its instruction
 * stays in place): namingWords reads every command at every keystroke.
 */
const runScriptWords = perContext((c: ShellCommand): ScriptWord[] => scriptWords(c).filter(mayNameScript));

interface Naming extends ScriptWord {
  c: ShellCommand;
  at: ImageAt;
}

/** The words that may name a context script: CMD/ENTRYPOINT the image runs (at the finished image), then RUN commands (at their line). */
function namingWords(ctx: Pick<RuleContext, 'model' | 'stageAt' | 'commands' | 'stages'>): Naming[] {
  const effective = effectiveStartBlocks(ctx);
  const final = ctx.stages[ctx.stages.length - 1];
  const starts: Naming[] = [];
  const runs: Naming[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase === 'start' && final && effective.has(c.block.startLine))
      for (const w of scriptWords(c)) starts.push({ c, ...w, at: { stage: final.index, line: Number.POSITIVE_INFINITY } });
    else if (c.phase === 'build' && c.instruction === 'RUN') {
      const words = runScriptWords(c);
      // Most RUN commands name no script: no stage lookup for them.
      const stage = words.length > 0 ? ctx.stageAt(c.block.startLine) : undefined;
      if (stage) for (const w of words) runs.push({ c, ...w, at: { stage: stage.index, line: c.block.startLine } });
    }
  }
  return [...starts, ...runs];
}

/** Context paths each word may name (same order), with one pass over the Dockerfile for all of them. */
export function resolveScriptWords(ctx: StatesContext, words: readonly { word: ShellWord; isProgram: boolean; at: ImageAt }[]): string[][] {
  const names = new Set(words.map((w) => base(w.word.value ?? '')).filter((n) => n !== ''));
  if (names.size === 0) return words.map(() => []);
  const states = stageStates(ctx, names);
  return words.map(({ word, isProgram, at }) => {
    const paths: string[] = [];
    for (const target of runPaths(word, isProgram, workdirIn(states, at)))
      for (const p of resolveIn(states, at, target)) if (!paths.includes(p)) paths.push(p);
    return paths.slice(0, 4);
  });
}

const refsMemo = new WeakMap<RuleContext['model'], ContextScriptRef[]>();

/**
 * Build-context files the image's CMD/ENTRYPOINT or a RUN would run, per naming word (a function of
 * the Dockerfile alone). CMD/ENTRYPOINT take effect in the finished image: its last WORKDIR and the
 * last COPY that puts a file there, wherever the instruction stands; a RUN sees what is copied before it.
 */
export function contextScriptRefs(ctx: Pick<RuleContext, 'model' | 'stageAt' | 'commands' | 'stages'>): readonly ContextScriptRef[] {
  const hit = refsMemo.get(ctx.model);
  if (hit) return hit;
  const out: ContextScriptRef[] = [];
  refsMemo.set(ctx.model, out);
  const words = namingWords(ctx);
  if (words.length === 0) return out;
  const resolved = resolveScriptWords(ctx, words);
  words.forEach((w, i) => {
    if (resolved[i].length === 0 || out.length >= MAX_CONTEXT_SCRIPTS) return;
    out.push({ paths: resolved[i], by: w.word.range, block: w.c.block, phase: w.c.phase, at: w.at });
  });
  return out;
}
