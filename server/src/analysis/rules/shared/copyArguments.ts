/**
 * The operands of one COPY/ADD instruction (sources and destination), read once per instruction and
 * shared by every rule that looks at what is copied where. Before this, four rule files each had
 * their own near-copy with slightly different quote stripping.
 *
 * Invariants:
 * - flags (`--from`, `--chown`, `--chmod`, `--link`, `--parents`, `--exclude`, `--checksum`, `--keep-git-dir`)
 *   are never operands;
 * - `value` is the path as Docker reads it: JSON strings decoded, the shell form's quotes removed
 *   (BuildKit lexes COPY/ADD operands as shell words), no variable expansion;
 * - a here-document source (`COPY <<EOF /etc/x`) is marked `heredoc`: its value is the delimiter, not a path;
 * - `range` is the operand as written in the document (a JSON string's range includes its quotes).
 */
import { astRangeToAbsolute, type InstructionBlock, type ParsedBlock } from '../../document';
import type { Range } from '../../types';
import { perBlock } from './memo';

export interface CopyOperand {
  /** The path as Docker reads it (quotes removed, JSON decoded); the delimiter for a here-document. */
  value: string;
  range: Range;
  /** A here-document source (`<<EOF`, `<<-"EOT"`). */
  heredoc?: true;
}

export interface CopyOperands {
  /** Every operand in order, the destination last. */
  all: readonly CopyOperand[];
  sources: readonly CopyOperand[];
  /** Undefined with fewer than two operands (an incomplete instruction). */
  dest: CopyOperand | undefined;
  /** Some source is a here-document. */
  heredoc: boolean;
  /** The destination is a directory: it ends with `/` (or is `.`), or there are several sources. */
  destIsDirectory: boolean;
}

const NONE: CopyOperands = { all: [], sources: [], dest: undefined, heredoc: false, destIsDirectory: false };

interface AstArgument {
  getValue(): string;
  getRange(): Range;
}
interface AstJsonString {
  getJSONValue(): string;
  getRange(): Range;
}
interface CopyAst {
  getArguments(): AstArgument[];
  getJSONStrings?(): AstJsonString[];
}

/** A flag word: `--name` or `--name=value` (what dockerfile-ast leaves in the arguments of some forms). */
const FLAG = /^--[a-z][a-z-]*(=|$)/i;
const HEREDOC = /^<<-?/;

/** The shell form's quotes removed: `"a b"` → `a b`, `'x'` → `x`; `a"b"` keeps its inner quotes removed too. */
function shellUnquote(word: string): string {
  if (!/["']/.test(word)) return word;
  let out = '';
  let quote = '';
  for (const ch of word) {
    if (quote) {
      if (ch === quote) quote = '';
      else out += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else out += ch;
  }
  return out;
}

/** Quotes opened and not closed in a word (a quoted operand with spaces comes from dockerfile-ast in pieces). */
function opensQuote(word: string): string {
  let quote = '';
  for (const ch of word) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
  }
  return quote;
}

/**
 * A JSON string's value read from the block's own text: dockerfile-ast's getJSONValue drops the white space inside
 * (`"a b"` → `ab`). Falls back to its value when the string spans lines or is not valid JSON.
 */
function jsonValue(block: InstructionBlock, j: AstJsonString): string {
  const r = j.getRange();
  if (r.start.line === r.end.line) {
    const line = block.parsed.text.split('\n')[r.start.line - block.parsed.astLineOffset];
    try {
      const v: unknown = JSON.parse(line?.slice(r.start.character, r.end.character) ?? '');
      if (typeof v === 'string') return v;
    } catch {
      // not JSON as written: dockerfile-ast's reading stands
    }
  }
  return j.getJSONValue();
}

function operandsUncached(block: InstructionBlock): CopyOperands {
  const kw = block.parsed.keyword;
  if (kw !== 'COPY' && kw !== 'ADD') return NONE;
  const ast = block.parsed.ast as unknown as CopyAst | undefined;
  if (!ast || typeof ast.getArguments !== 'function') return NONE;
  const all: CopyOperand[] = [];
  const json = typeof ast.getJSONStrings === 'function' ? ast.getJSONStrings() : [];
  if (json.length > 0) {
    for (const j of json) all.push({ value: jsonValue(block, j), range: astRangeToAbsolute(block, j.getRange()) });
  } else {
    const args = ast.getArguments();
    // A here-document's body follows its marker's line: only the words up to that line are operands.
    let lastLine = Number.POSITIVE_INFINITY;
    for (const a of args) if (HEREDOC.test(a.getValue())) lastLine = a.getRange().start.line;
    for (let i = 0; i < args.length; i++) {
      const first = args[i];
      if (first.getRange().start.line > lastLine) break;
      let raw = first.getValue();
      if (FLAG.test(raw)) continue;
      let end = first.getRange();
      // `"quoted file"`: pieces joined back while a quote stays open (one space each, as most paths have).
      while (opensQuote(raw) && i + 1 < args.length && args[i + 1].getRange().start.line <= lastLine) {
        i++;
        raw += ' ' + args[i].getValue();
        end = args[i].getRange();
      }
      const range = astRangeToAbsolute(block, { start: first.getRange().start, end: end.end });
      if (HEREDOC.test(raw)) all.push({ value: shellUnquote(raw.replace(HEREDOC, '')), range, heredoc: true });
      else all.push({ value: shellUnquote(raw), range });
    }
  }
  if (all.length < 2) return { ...NONE, all };
  const dest = all[all.length - 1];
  const sources = all.slice(0, -1);
  return {
    all,
    sources,
    dest,
    heredoc: sources.some((s) => s.heredoc),
    destIsDirectory: dest.value.endsWith('/') || dest.value === '.' || sources.length > 1,
  };
}

/** The operands of a COPY/ADD block (none for any other instruction); memoised per instruction. */
export const copyOperands: (block: InstructionBlock) => CopyOperands = perBlock(operandsUncached);

/** The last segment of a path, a trailing `/` ignored (`kernel-modules/` is the folder `kernel-modules`). */
export function lastSegment(path: string): string {
  return path.replace(/\/+$/, '').replace(/^.*\//, '');
}

/** A COPY/ADD argument or flag as dockerfile-ast reads it, its range relative to the block (astRangeToAbsolute makes it absolute). */
export interface AstWord {
  value: string;
  astRange: Range;
}

/**
 * What the passes over every COPY/ADD of the file read on every analysis, kept per parsed block and position-free
 * (it survives an edit that moves the block): the last argument and the `--from=` flags, as dockerfile-ast reads
 * them. Read from the block's dockerfile-ast object once; the server releases those objects after each analysis
 * (releaseAsts), so a pass that read the object itself would parse every COPY of a big file again per keystroke.
 */
interface CopyAstFacts {
  /** The last argument when there are at least two (dockerfile-ast's getArguments: flags excluded, JSON as written). */
  last: AstWord | undefined;
  /** The `--from` flags (value '' for a flag without one). */
  from: AstWord[];
}
const copyAstMemo = new WeakMap<ParsedBlock, CopyAstFacts>();
const NO_COPY_AST_FACTS: CopyAstFacts = { last: undefined, from: [] };

type CopyFlagAst = { getName(): string; getValue(): string | null; getRange(): Range };
function copyAstFacts(block: InstructionBlock): CopyAstFacts {
  const kw = block.parsed.keyword;
  if (kw !== 'COPY' && kw !== 'ADD') return NO_COPY_AST_FACTS;
  let facts = copyAstMemo.get(block.parsed);
  if (facts === undefined) {
    const ast = block.parsed.ast as unknown as (CopyAst & { getFlags?(): CopyFlagAst[] }) | undefined;
    const args = ast?.getArguments() ?? [];
    const dest = args.length >= 2 ? args[args.length - 1] : undefined;
    facts = {
      last: dest ? { value: dest.getValue(), astRange: dest.getRange() } : undefined,
      from: (ast?.getFlags?.() ?? [])
        .filter((f) => f.getName() === 'from')
        .map((f) => ({ value: f.getValue() ?? '', astRange: f.getRange() })),
    };
    copyAstMemo.set(block.parsed, facts);
  }
  return facts;
}

/** The last argument of a COPY/ADD block with at least two, as dockerfile-ast reads it (see copyAstFacts). */
export function copyLastArgument(block: InstructionBlock): AstWord | undefined {
  return copyAstFacts(block).last;
}

/** The `--from=` flags of a COPY/ADD block (see copyAstFacts). */
export function copyFromFlags(block: InstructionBlock): readonly AstWord[] {
  return copyAstFacts(block).from;
}
