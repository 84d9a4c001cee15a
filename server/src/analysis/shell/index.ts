/**
 * Shell commands of a Dockerfile: every simple command of RUN, CMD, ENTRYPOINT and HEALTHCHECK,
 * with exact document ranges. Parsing (mvdan.cc/sh via mvdan-sh) happens once per instruction
 * text: results are memoised on the parsed block in block-relative coordinates and shifted to the
 * block's current place, so an edit re-parses only the instructions it touched.
 *
 * `SHELL` is honoured: after `SHELL ["powershell", …]` (or in a Windows stage, whose default shell
 * is cmd) the shell form is not sh and is not parsed; exec form is still read.
 */
import { toAbsolute, type DockerfileModel, type InstructionBlock } from '../document';
import type { Range } from '../types';
import { instructionSource } from './source';
import { emitWords, walkScript, type RelCommand, type WordIn } from './walk';
import { rangeOf } from './script';
import { SH_SHELLS, basename } from './wrappers';
import type { ShellCommand, ShellWord } from './types';

export type { ShellCommand, ShellWord, ShellRedirect } from './types';

type ShellKind = 'sh' | 'other';
const KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
const MEMO_VERSION = 'shell-commands:v1:';

export function commandsOfModel(model: DockerfileModel): ShellCommand[] {
  const out: ShellCommand[] = [];
  forEachShellBlock(model, (block, shell) => {
    for (const cmd of absoluteCommands(block, shell)) out.push(cmd);
    return true;
  });
  return out;
}

/**
 * Parse the shell of every instruction not parsed yet, until `deadline` (performance.now()).
 * Returns true when all are done. Lets the server spread a big document's first parse over
 * several turns of the event loop, so typing never waits on it.
 */
export function prepareCommands(model: DockerfileModel, deadline: number): boolean {
  return forEachShellBlock(model, (block, shell) => {
    commandsOfBlock(block, shell);
    return performance.now() < deadline;
  });
}

/** Visits RUN/CMD/ENTRYPOINT/HEALTHCHECK blocks with the shell in force; stops when visit returns false. */
function forEachShellBlock(model: DockerfileModel, visit: (block: InstructionBlock, shell: ShellKind) => boolean): boolean {
  let shell: ShellKind = 'sh';
  for (const block of model.instructions) {
    const kw = block.parsed.keyword;
    if (kw === 'FROM') shell = isWindowsImage(block) ? 'other' : 'sh';
    else if (kw === 'SHELL') shell = shellKindOf(block);
    if (!KEYWORDS.has(kw)) continue;
    if (!visit(block, shell)) return false;
  }
  return true;
}

const ABSOLUTE_MEMO = 'shell-commands-abs:v1:';

/**
 * Commands shifted to the block's place, memoised while the block stays on the same line: an edit
 * inside one line re-shifts nothing, and rules may memoise per command object.
 */
function absoluteCommands(block: InstructionBlock, shell: ShellKind): readonly ShellCommand[] {
  const key = ABSOLUTE_MEMO + shell;
  const memo = block.parsed.memo;
  const hit = memo.get(key) as { startLine: number; commands: ShellCommand[] } | undefined;
  if (hit && hit.startLine === block.startLine) return hit.commands;
  const commands = commandsOfBlock(block, shell).map((rel) => shift(rel, block));
  memo.set(key, { startLine: block.startLine, commands });
  return commands;
}

/** Commands of one instruction, block-relative, memoised on the parsed block. */
export function commandsOfBlock(block: InstructionBlock, shell: ShellKind = 'sh'): readonly RelCommand[] {
  const key = MEMO_VERSION + shell;
  const memo = block.parsed.memo;
  const hit = memo.get(key) as RelCommand[] | undefined;
  if (hit) return hit;
  let result: RelCommand[] = [];
  try {
    result = parseBlock(block.parsed.text, block.parsed.escapeChar, block.parsed.keyword, shell);
  } catch {
    result = []; // never let a parser surprise take the analysis down
  }
  memo.set(key, result);
  return result;
}

function parseBlock(text: string, escapeChar: string, keyword: string, shell: ShellKind): RelCommand[] {
  const source = instructionSource(text, escapeChar, keyword);
  const out: RelCommand[] = [];
  const instruction = keyword as ShellCommand['instruction'];
  const phase: ShellCommand['phase'] = keyword === 'RUN' ? 'build' : 'start';
  const base = { instruction, phase, inSubst: false, enclosingWord: undefined, depth: 0 };
  const lineCount = text.split('\n').length;
  const wholeInstruction: Range = { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } };
  if (source.kind === 'shell' && shell === 'sh') {
    walkScript(source.script, base, out, { removable: keyword === 'RUN', emptyRange: wholeInstruction });
  } else if (source.kind === 'exec' && source.strings.length > 0) {
    const words: WordIn[] = source.strings.map((s) => ({
      word: { raw: source.script.text.slice(s.start, s.end), value: s.value, range: rangeOf(source.script, s.start, s.end) },
      start: s.start,
      end: s.end,
      inner: s.inner,
    }));
    emitWords(words, { ...base, script: source.script, out }, {
      redirects: [],
      removal: keyword === 'RUN' ? { range: wholeInstruction, leavesEmpty: true } : undefined,
      start: words[0].start,
      end: words[words.length - 1].end,
    });
  }
  return out;
}

function shellKindOf(block: InstructionBlock): ShellKind {
  const m = /^\s*SHELL\s+(\[[\s\S]*\])\s*$/i.exec(block.parsed.text.replace(new RegExp(`\\${block.parsed.escapeChar}[ \\t]*\\n`, 'g'), ' '));
  try {
    const arr: unknown = m ? JSON.parse(m[1]) : undefined;
    if (Array.isArray(arr) && typeof arr[0] === 'string') {
      const prog = basename(arr[0].replace(/\\/g, '/')).toLowerCase().replace(/\.exe$/, '');
      return SH_SHELLS.has(prog) ? 'sh' : 'other';
    }
  } catch {
    /* fall through */
  }
  return 'sh';
}

/** Windows images run shell form through cmd: not sh. Recognised by the image name only (cheap, no lookup). */
function isWindowsImage(block: InstructionBlock): boolean {
  const image = block.parsed.ast?.getArguments()[0]?.getValue() ?? '';
  return /(^|\/)(windows\/|windows:|nanoserver|servercore|windowsservercore)|mcr\.microsoft\.com\/(windows|powershell:.*(nanoserver|windowsservercore))/i.test(image);
}

function shiftRange(block: InstructionBlock, r: Range): Range {
  return toAbsolute(block, r);
}

function shiftWord(block: InstructionBlock, w: ShellWord): ShellWord {
  return { raw: w.raw, value: w.value, range: shiftRange(block, w.range) };
}

function shift(c: RelCommand, block: InstructionBlock): ShellCommand {
  return {
    name: c.name,
    nameWord: shiftWord(block, c.nameWord),
    args: c.args.map((a) => shiftWord(block, a)),
    redirects: c.redirects.map((r) => ({ op: r.op, target: shiftWord(block, r.target) })),
    range: shiftRange(block, c.range),
    instruction: c.instruction,
    phase: c.phase,
    block,
    inSubstitution: c.inSubstitution,
    enclosingWord: c.enclosingWord ? shiftWord(block, c.enclosingWord) : undefined,
    stdinHeredoc: c.stdinHeredoc,
    removal: c.removal ? { range: shiftRange(block, c.removal.range), leavesEmpty: c.removal.leavesEmpty } : undefined,
  };
}
