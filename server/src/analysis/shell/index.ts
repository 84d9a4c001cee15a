/**
 * Shell commands of a Dockerfile: every simple command of RUN, CMD, ENTRYPOINT and HEALTHCHECK,
 * with exact document ranges. Parsing (sh/, our own shell parser) happens once per instruction
 * text: results are memoised on the parsed block, placed for the block they were last asked for, and
 * shifted when the block moves, so an edit re-parses only the instructions it touched.
 *
 * `SHELL` is honoured: after `SHELL ["powershell", …]` (or in a Windows stage, whose default shell
 * is cmd) the shell form is not sh and is not parsed; exec form is still read.
 */
import type { DockerfileModel, InstructionBlock } from '../document';
import type { Range } from '../types';
import { instructionSource, onbuildKeyword } from './source';
import { emitWords, handsOnCommand, walkScript, type RelCommand, type WordIn } from './walk';
import { wordAt } from './script';
import { Word, rangeOfNumbers } from './word';
import { DASH_C_PROGRAMS, SH_SHELLS, basename, peelWrappers } from './wrappers';
import type { ShellCommand, ShellWord } from './types';
import { monotonicMs } from '../clock';

export type { ShellCommand, ShellWord, ShellRedirect } from './types';

type ShellKind = 'sh' | 'other';
const KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD']);
/** Memo keys per shell kind (built once: a key concatenated per lookup is a new string each time). */
const MEMO_KEYS: Record<ShellKind, string> = { sh: 'shell-commands:v1:sh', other: 'shell-commands:v1:other' };

/**
 * Instructions longer than this are not parsed as shell: one parse cannot be split into slices, and
 * a multi-megabyte line would hold the server for seconds. No real instruction comes near it.
 */
export const MAX_SHELL_INSTRUCTION_CHARS = 256 * 1024;

/** Start lines of the shell instructions too long to parse (see MAX_SHELL_INSTRUCTION_CHARS). */
export function oversizedShellInstructions(model: DockerfileModel): number[] {
  const out: number[] = [];
  for (const block of model.instructions) {
    if (KEYWORDS.has(block.parsed.keyword) && block.parsed.text.length > MAX_SHELL_INSTRUCTION_CHARS) out.push(block.startLine);
  }
  return out;
}

export function commandsOfModel(model: DockerfileModel): ShellCommand[] {
  const out: ShellCommand[] = [];
  const stages = new StageJoins();
  let shell: ShellKind = 'sh';
  for (const block of model.instructions) {
    shell = shellAfter(block, shell);
    const kw = block.parsed.keyword;
    if (kw === 'FROM') {
      stages.next(out, block);
      continue;
    }
    if (!KEYWORDS.has(kw)) continue;
    const commands = absoluteCommands(block, shell);
    // Setting ENTRYPOINT resets a CMD inherited from the base, never one set in this stage (BuildKit's cmdSet).
    if (kw === 'ENTRYPOINT') stages.entry = block;
    else if (kw === 'CMD') stages.cmd(block, out.length, commands.length);
    for (const cmd of commands) out.push(cmd);
  }
  stages.end(out);
  return out;
}

/**
 * Per stage, its ENTRYPOINT (own or of the stage it is built on) and where its last CMD's commands sit in the list,
 * so that at the stage's end the CMD can be read as the ENTRYPOINT's arguments (entrypointArguments). Plain fields,
 * not closure variables: this runs once per instruction of every analysis.
 */
class StageJoins {
  entry: InstructionBlock | undefined;
  private name: string | undefined;
  private cmdBlock: InstructionBlock | undefined;
  private cmdIndex = 0;
  private cmdCount = 0;
  private byName: Map<string, InstructionBlock> | undefined;

  cmd(block: InstructionBlock, index: number, count: number): void {
    this.cmdBlock = block;
    this.cmdIndex = index;
    this.cmdCount = count;
  }

  /** Ends the current stage and starts the one `from` opens. */
  next(out: ShellCommand[], from: InstructionBlock): void {
    this.end(out);
    const names = stageOf(from);
    this.name = names.name;
    this.entry = this.byName?.get(names.base);
    this.cmdBlock = undefined;
  }

  end(out: ShellCommand[]): void {
    if (this.entry === undefined) return;
    if (this.cmdBlock) {
      const joined = entrypointArguments(this.entry, this.cmdBlock);
      if (joined) out.splice(this.cmdIndex, this.cmdCount, ...joined);
    }
    if (this.name !== undefined) (this.byName ??= new Map()).set(this.name, this.entry);
  }
}

/** A FROM line's base (image or earlier stage) and its stage name, lower-cased (stage names are case-insensitive). */
function stageOf(block: InstructionBlock): StageNames {
  const memo = block.parsed.memo;
  let names = memo.get(STAGE_MEMO) as StageNames | undefined;
  if (names === undefined) {
    const m = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(block.parsed.text);
    memo.set(STAGE_MEMO, (names = { base: (m?.[1] ?? '').toLowerCase(), name: m?.[2]?.toLowerCase() }));
  }
  return names;
}

interface StageNames {
  base: string;
  name: string | undefined;
}

const STAGE_MEMO = 'stage-names:v1';

/**
 * The command line a stage starts with when its ENTRYPOINT and CMD are both in exec form: Docker appends the CMD's
 * strings to the ENTRYPOINT's argv (docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact),
 * so `ENTRYPOINT ["kumactl"]` + `CMD ["install", "transparent-proxy"]` runs `kumactl install transparent-proxy`, and
 * the CMD's first string is an argument, not a program. The commands are placed in the CMD's block (their range is
 * the CMD's strings, where the run-time argv is completed); the program word keeps its place in the ENTRYPOINT.
 *
 * undefined where the CMD's own reading is already the run-time one: an ENTRYPOINT of wrappers only (`tini --`,
 * `dumb-init`) runs the CMD as the program; a start script is handed it (emitWords reads it as a command); a shell
 * given its script in the ENTRYPOINT (`sh -c '…'`) gets the CMD as positional parameters. A shell-form ENTRYPOINT
 * ignores CMD altogether, and a shell-form CMD is `/bin/sh -c …` after the ENTRYPOINT's argv: neither is joined.
 */
function entrypointArguments(entry: InstructionBlock, cmd: InstructionBlock): ShellCommand[] | undefined {
  const cached = joinedFor.get(cmd);
  if (cached && cached.entry === entry) return cached.commands;
  let commands: ShellCommand[] | undefined;
  try {
    commands = joinUncached(entry, cmd);
  } catch {
    commands = undefined; // never let a parser surprise take the analysis down
  }
  joinedFor.set(cmd, { entry, commands });
  return commands;
}

/** Joins computed for a CMD block, with the ENTRYPOINT block they were computed with (blocks are immutable). */
const joinedFor = new WeakMap<InstructionBlock, { entry: InstructionBlock; commands: ShellCommand[] | undefined }>();

function joinUncached(entry: InstructionBlock, cmd: InstructionBlock): ShellCommand[] | undefined {
  const limit = MAX_SHELL_INSTRUCTION_CHARS;
  if (entry.parsed.text.length > limit || cmd.parsed.text.length > limit) return undefined;
  const e = instructionSource(entry.parsed.text, entry.parsed.escapeChar, 'ENTRYPOINT');
  const c = instructionSource(cmd.parsed.text, cmd.parsed.escapeChar, 'CMD');
  if (e.kind !== 'exec' || c.kind !== 'exec' || e.strings.length === 0 || c.strings.length === 0) return undefined;
  // `ENTRYPOINT ["podman info"]` names no program Docker can find (see parseBlock).
  if (e.strings.length === 1 && WHOLE_COMMAND_LINE.test(e.strings[0].value)) return undefined;
  const values = e.strings.map((s) => s.value);
  const k = peelWrappers(values);
  if (k >= values.length) return undefined;
  const name = basename(values[k]);
  if (handsOnCommand(values[k])) return undefined;
  if (DASH_C_PROGRAMS.has(name)) {
    const dashC = values.findIndex((v, i) => i > k && (v === '--command' || /^-[A-Za-z]*c[A-Za-z]*$/.test(v)));
    if (dashC >= 0 && dashC + 1 < values.length) return undefined;
  }
  // Every word is placed relative to the CMD's block: the ENTRYPOINT's words are moved by the lines between the two
  // (negative when the ENTRYPOINT comes first), so that placing the commands at the CMD's line puts each word back
  // where it is written. Their offsets point at the CMD's start: emitWords reads offsets only for ranges in the
  // CMD's script and for `sh -c` scripts, which here come from the CMD (an ENTRYPOINT with its own script is left).
  const delta = entry.startLine - cmd.startLine;
  const at = c.strings[0].start;
  const words: WordIn[] = [
    ...e.strings.map((s) => ({
      word: wordAt(e.script, e.script.text.slice(s.start, s.end), s.value, s.start, s.end).shifted(delta),
      start: at,
      end: at,
      inner: s.inner,
    })),
    ...c.strings.map((s) => ({
      word: wordAt(c.script, c.script.text.slice(s.start, s.end), s.value, s.start, s.end),
      start: s.start,
      end: s.end,
      inner: s.inner,
    })),
  ];
  const rel: RelCommand[] = [];
  emitWords(
    words,
    { script: c.script, instruction: 'CMD', phase: 'start', inSubst: false, enclosingWord: undefined, out: rel, depth: 0 },
    { redirects: [], removal: undefined, start: at, end: c.strings[c.strings.length - 1].end },
  );
  return rel.map((r) => shift(r, cmd, cmd.startLine));
}

/**
 * Parse the shell of every instruction not parsed yet, until `deadline` (monotonicMs()).
 * Returns true when all are done. Lets the server spread a big document's first parse over
 * several turns of the event loop, so typing never waits on it.
 */
export function prepareCommands(model: DockerfileModel, deadline: number): boolean {
  // Resumes where the previous call stopped: walking the already parsed blocks again on every call
  // made each slice re-walk the document from its start, so under CPU contention (slices shorter
  // than a walk) a big document never finished.
  const stopped = forEachShellBlock(model, prepareCursor.get(model) ?? START, (block, shell) => {
    absoluteCommands(block, shell);
    return monotonicMs() < deadline;
  });
  const done = stopped === undefined || stopped.index >= model.instructions.length;
  prepareCursor.set(model, done ? { index: model.instructions.length, shell: 'sh' } : stopped);
  return done;
}

/** A position in a model's instructions and the shell in force there. */
interface ShellCursor {
  readonly index: number;
  readonly shell: ShellKind;
}

const START: ShellCursor = { index: 0, shell: 'sh' };

/** Where prepareCommands stopped in a model; a model is immutable, so the position stays valid. */
const prepareCursor = new WeakMap<DockerfileModel, ShellCursor>();

/** The shell in force after `block` (FROM resets it, SHELL sets it). */
function shellAfter(block: InstructionBlock, shell: ShellKind): ShellKind {
  const kw = block.parsed.keyword;
  if (kw === 'FROM') return isWindowsImage(block) ? 'other' : 'sh';
  if (kw === 'SHELL') return shellKindOf(block);
  return shell;
}

/**
 * Visits the RUN/CMD/ENTRYPOINT/HEALTHCHECK blocks from `from` on, each with the shell in force.
 * When `visit` returns false, returns the cursor just after that block (to resume from); returns
 * undefined when every block was visited.
 */
function forEachShellBlock(
  model: DockerfileModel,
  from: ShellCursor,
  visit: (block: InstructionBlock, shell: ShellKind) => boolean,
): ShellCursor | undefined {
  const blocks = model.instructions;
  let shell = from.shell;
  for (let i = from.index; i < blocks.length; i++) {
    const block = blocks[i];
    shell = shellAfter(block, shell);
    if (!KEYWORDS.has(block.parsed.keyword)) continue;
    if (!visit(block, shell)) return { index: i + 1, shell };
  }
  return undefined;
}

/**
 * Commands of one instruction in document coordinates, memoised on the parsed block (shared by every
 * version of the document while the instruction's text stays the same) together with the line they
 * were placed at. A block at that line gets them as they are (same objects, so rules may memoise per
 * command); a block that moved gets them shifted from the memoised ones — never parsed again — and
 * they become the memoised placement. Commands of the same text at other lines of the same model
 * (repeated instructions) are kept per block, so they do not take turns re-shifting the one copy.
 */
function absoluteCommands(block: InstructionBlock, shell: ShellKind): readonly ShellCommand[] {
  const key = MEMO_KEYS[shell];
  const memo = block.parsed.memo;
  const hit = memo.get(key) as PlacedCommands | undefined;
  if (hit && hit.startLine === block.startLine) return hit.commands;
  const own = placedFor.get(block);
  if (own && own.shell === shell) return own.commands;
  let commands: ShellCommand[];
  if (hit) {
    const delta = block.startLine - hit.startLine;
    commands = hit.commands.map((c) => shift(c, block, delta));
    placedFor.set(block, { shell, commands });
  } else if (block.parsed.text.length > MAX_SHELL_INSTRUCTION_CHARS) {
    commands = []; // see MAX_SHELL_INSTRUCTION_CHARS
  } else {
    let rel: RelCommand[] = [];
    try {
      rel = parseBlock(block.parsed.text, block.parsed.escapeChar, block.parsed.keyword, shell);
    } catch {
      rel = []; // never let a parser surprise take the analysis down
    }
    commands = rel.map((c) => shift(c, block, block.startLine));
  }
  memo.set(key, { startLine: block.startLine, commands } satisfies PlacedCommands);
  return commands;
}

interface PlacedCommands {
  startLine: number;
  commands: ShellCommand[];
}

/** Placements made for a block that moved or repeats another's text; they live as long as the block. */
const placedFor = new WeakMap<InstructionBlock, { shell: ShellKind; commands: ShellCommand[] }>();

/** One exec-form string that is a command line: a program name, then whitespace and more (not a path with a space in it). */
const WHOLE_COMMAND_LINE = /^[\w./-]+[ \t]+\S/;

function parseBlock(text: string, escapeChar: string, keyword: string, shell: ShellKind): RelCommand[] {
  // An ONBUILD trigger is read as the instruction it holds (it runs in the build of images FROM this one); its
  // commands are never offered for removal, the trigger being the whole instruction.
  const own = keyword === 'ONBUILD' ? onbuildKeyword(text) : keyword;
  if (own === undefined) return [];
  const source = instructionSource(text, escapeChar, keyword);
  const out: RelCommand[] = [];
  const instruction = own as ShellCommand['instruction'];
  const phase: ShellCommand['phase'] = own === 'RUN' ? 'build' : 'start';
  const base = { instruction, phase, inSubst: false, enclosingWord: undefined, depth: 0 };
  const lineCount = text.split('\n').length;
  const wholeInstruction: Range = { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } };
  const removable = keyword === 'RUN';
  if (source.kind === 'shell' && shell === 'sh') {
    walkScript(source.script, base, out, { removable, emptyRange: wholeInstruction });
  } else if (source.kind === 'exec' && source.strings.length === 1 && WHOLE_COMMAND_LINE.test(source.strings[0].value)) {
    // `CMD ["podman info"]`: the whole command line in one string. Docker runs no shell here (it looks for a program
    // named "podman info" and fails), but what the line means to run is plain: its commands are read as a shell would.
    walkScript(source.strings[0].inner, base, out, { removable: false });
  } else if (source.kind === 'exec' && source.strings.length > 0) {
    const words: WordIn[] = source.strings.map((s) => ({
      word: wordAt(source.script, source.script.text.slice(s.start, s.end), s.value, s.start, s.end),
      start: s.start,
      end: s.end,
      inner: s.inner,
    }));
    emitWords(
      words,
      { ...base, script: source.script, out },
      {
        redirects: [],
        removal: removable ? { range: wholeInstruction, leavesEmpty: true } : undefined,
        start: words[0].start,
        end: words[words.length - 1].end,
      },
    );
  }
  return out;
}

function shellKindOf(block: InstructionBlock): ShellKind {
  const m = /^\s*SHELL\s+(\[[\s\S]*\])\s*$/i.exec(
    block.parsed.text.replace(new RegExp(`\\${block.parsed.escapeChar}[ \\t]*\\n`, 'g'), ' '),
  );
  try {
    const arr: unknown = m ? JSON.parse(m[1]) : undefined;
    if (Array.isArray(arr) && typeof arr[0] === 'string') {
      const prog = basename(arr[0].replace(/\\/g, '/'))
        .toLowerCase()
        .replace(/\.exe$/, '');
      return SH_SHELLS.has(prog) ? 'sh' : 'other';
    }
  } catch {
    /* fall through */
  }
  return 'sh';
}

/** Windows images run shell form through cmd: not sh. Recognised by the image name only (cheap, no lookup). */
function isWindowsImage(block: InstructionBlock): boolean {
  const memo = block.parsed.memo;
  let windows = memo.get(WINDOWS_MEMO) as boolean | undefined;
  if (windows === undefined) memo.set(WINDOWS_MEMO, (windows = isWindowsImageUncached(block)));
  return windows;
}

const WINDOWS_MEMO = 'windows-image:v1';

function isWindowsImageUncached(block: InstructionBlock): boolean {
  const image = block.parsed.ast?.getArguments()[0]?.getValue() ?? '';
  // Also a tag naming the Windows base it is built on (`python:2.7-windowsservercore`, `openjdk:8-nanoserver-1809`).
  return /(^|\/)(windows\/|windows:|nanoserver|servercore|windowsservercore)|mcr\.microsoft\.com\/(windows|powershell:.*(nanoserver|windowsservercore))|:([^/]*[-_.])?(nanoserver|windowsservercore)([-_.]|$)/i.test(
    image,
  );
}

function shiftWord(w: ShellWord, delta: number): ShellWord {
  if (delta === 0) return w;
  return (w instanceof Word ? w : Word.of(w.raw, w.value, w.range)).shifted(delta);
}

/** A command placed `delta` lines further down, belonging to `block` (words are shared when delta is 0). */
function shift(c: RelCommand, block: InstructionBlock, delta: number): ShellCommand {
  return new PlacedCommand(c, block, delta);
}

/**
 * A shell command as the model keeps it. Its own range and its removal range are stored as numbers
 * and made into Range objects when read (then kept): a big file has over ten thousand commands and
 * rules read these ranges for few of them (about 2 MB less at 50,000 lines than plain objects).
 */
class PlacedCommand implements ShellCommand {
  readonly name: string;
  readonly nameWord: ShellWord;
  readonly args: ShellWord[];
  readonly redirects: ShellCommand['redirects'];
  readonly instruction: ShellCommand['instruction'];
  readonly phase: ShellCommand['phase'];
  readonly inSubstitution: boolean;
  readonly enclosingWord: ShellWord | undefined;
  readonly stdinHeredoc: string | undefined;
  readonly shellVariables: ReadonlyMap<string, string> | undefined;
  readonly environment: readonly ShellWord[] | undefined;
  private readonly startLine: number;
  private readonly startCharacter: number;
  private readonly endLine: number;
  private readonly endCharacter: number;
  /** Removal range (startLine -1: no removal) and whether it leaves the instruction empty. */
  private readonly removalStartLine: number;
  private readonly removalStartCharacter: number;
  private readonly removalEndLine: number;
  private readonly removalEndCharacter: number;
  private readonly removalLeavesEmpty: boolean;
  private cachedRange: Range | undefined;
  private cachedRemoval: ShellCommand['removal'];

  constructor(
    c: RelCommand | ShellCommand,
    readonly block: InstructionBlock,
    delta: number,
  ) {
    this.name = c.name;
    this.nameWord = shiftWord(c.nameWord, delta);
    this.args = delta === 0 ? c.args : c.args.map((a) => shiftWord(a, delta));
    this.redirects =
      delta === 0 || c.redirects.length === 0 ? c.redirects : c.redirects.map((r) => ({ op: r.op, target: shiftWord(r.target, delta) }));
    this.instruction = c.instruction;
    this.phase = c.phase;
    this.inSubstitution = c.inSubstitution;
    this.enclosingWord = c.enclosingWord ? shiftWord(c.enclosingWord, delta) : undefined;
    this.stdinHeredoc = c.stdinHeredoc;
    this.shellVariables = c.shellVariables;
    this.environment = c.environment && delta !== 0 ? c.environment.map((w) => shiftWord(w, delta)) : c.environment;
    if (c instanceof PlacedCommand) {
      // Moved: shift the stored numbers (reading c.range would make and keep objects on the old copy).
      this.startLine = c.startLine + delta;
      this.startCharacter = c.startCharacter;
      this.endLine = c.endLine + delta;
      this.endCharacter = c.endCharacter;
      this.removalStartLine = c.removalStartLine < 0 ? -1 : c.removalStartLine + delta;
      this.removalStartCharacter = c.removalStartCharacter;
      this.removalEndLine = c.removalEndLine + delta;
      this.removalEndCharacter = c.removalEndCharacter;
      this.removalLeavesEmpty = c.removalLeavesEmpty;
      return;
    }
    const r = c.range;
    this.startLine = r.start.line + delta;
    this.startCharacter = r.start.character;
    this.endLine = r.end.line + delta;
    this.endCharacter = r.end.character;
    const removal = c.removal;
    this.removalStartLine = removal ? removal.range.start.line + delta : -1;
    this.removalStartCharacter = removal ? removal.range.start.character : 0;
    this.removalEndLine = removal ? removal.range.end.line + delta : 0;
    this.removalEndCharacter = removal ? removal.range.end.character : 0;
    this.removalLeavesEmpty = removal ? removal.leavesEmpty : false;
  }

  get range(): Range {
    return (this.cachedRange ??= rangeOfNumbers(this.startLine, this.startCharacter, this.endLine, this.endCharacter));
  }

  get removal(): ShellCommand['removal'] {
    if (this.removalStartLine < 0) return undefined;
    return (this.cachedRemoval ??= {
      range: rangeOfNumbers(this.removalStartLine, this.removalStartCharacter, this.removalEndLine, this.removalEndCharacter),
      leavesEmpty: this.removalLeavesEmpty,
    });
  }

  /** Serialised as the plain ShellCommand it stands for (without the block). */
  toJSON(): Omit<ShellCommand, 'block'> {
    const { name, nameWord, args, redirects, range, instruction, phase, inSubstitution, enclosingWord, stdinHeredoc, removal } = this;
    return { name, nameWord, args, redirects, range, instruction, phase, inSubstitution, enclosingWord, stdinHeredoc, removal };
  }
}
