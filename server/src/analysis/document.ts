/**
 * The document model every feature reads.
 *
 * A Dockerfile is split into blocks — one instruction with its continuation lines and heredoc
 * bodies, one comment line, or the leading parser directives — by a single cheap line scan. Each
 * instruction block is parsed with dockerfile-ast on its own, and the parse is cached by the
 * block's text (and escape character). An edit therefore re-parses only the instructions whose
 * text changed; everything else is reused, and only line offsets are recomputed. Results that are
 * expensive per instruction (shell parsing) are memoised on the parsed block too. `updateModel`
 * goes further for an editor: it derives a version's model from the previous one and the changes,
 * rescanning only from the edited instruction.
 *
 * A model built from scratch and a model built through the cache are equal by construction (the
 * cache is keyed by content); `document.test.ts` checks it on random edits.
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { Range } from './types';
import { monotonicMs } from './clock';

export interface ParserDirective {
  name: string;
  value: string;
  line: number;
}

export interface CommentLine {
  line: number;
  /** Text after '#', trimmed. */
  text: string;
  /** Column of the '#'. */
  column: number;
}

/** A parsed instruction block, independent of where it sits in the file (cached by content). */
export interface ParsedBlock {
  /** Block text, lines joined with '\n' (line endings normalised). */
  readonly text: string;
  readonly escapeChar: string;
  /** dockerfile-ast instruction with positions relative to the block's first line. */
  readonly ast: Instruction | undefined;
  /** dockerfile-ast positions are this many lines below the block's first line (1 when a synthetic escape directive was prepended). */
  readonly astLineOffset: number;
  /** Upper-cased keyword, e.g. 'RUN'. '' when the block did not parse as an instruction. */
  readonly keyword: string;
  /** Per-block memo for derived, position-relative results (e.g. shell commands). */
  readonly memo: BlockMemo;
}

export interface InstructionBlock {
  /** Absolute line of the block's first line. */
  readonly startLine: number;
  readonly lineCount: number;
  readonly parsed: ParsedBlock;
}

export interface DockerfileModel {
  readonly text: string;
  /** Lines without their terminators. */
  readonly lines: readonly string[];
  readonly escapeChar: string;
  /** Line break inserted text should use: '\r\n' when the file has any, else '\n'. Computed once: fixes ask per finding, and a whole-text scan each time made big files quadratic. */
  readonly eol: '\n' | '\r\n';
  readonly directives: readonly ParserDirective[];
  readonly comments: readonly CommentLine[];
  readonly instructions: readonly InstructionBlock[];
}

/**
 * A parsed block's memo. Blocks hold one or two entries (their shell commands, whether a FROM names a
 * Windows image), so those sit in two slots; a Map per block cost about 200 bytes, 1.4 MB at 50,000 lines.
 */
class BlockMemo {
  private key1: string | undefined;
  private value1: unknown;
  private key2: string | undefined;
  private value2: unknown;
  private more: Map<string, unknown> | undefined;

  get(key: string): unknown {
    if (key === this.key1) return this.value1;
    if (key === this.key2) return this.value2;
    return this.more?.get(key);
  }

  set(key: string, value: unknown): void {
    if (this.key1 === undefined || key === this.key1) {
      this.key1 = key;
      this.value1 = value;
    } else if (this.key2 === undefined || key === this.key2) {
      this.key2 = key;
      this.value2 = value;
    } else (this.more ??= new Map()).set(key, value);
  }

  keys(): string[] {
    const keys: string[] = [];
    if (this.key1 !== undefined) keys.push(this.key1);
    if (this.key2 !== undefined) keys.push(this.key2);
    if (this.more) for (const k of this.more.keys()) keys.push(k);
    return keys;
  }
}

const DEFAULT_ESCAPE = '\\';
/** A block as the cache holds it: with the last build generation that used it. */
type CachedBlock = ParsedBlock & { used: number };
/** Cache of parsed blocks by escape char + text; bounded so a long session cannot grow without limit. */
export class BlockCache {
  /** One map per escape character, keyed by block text: no key strings are built per lookup. */
  private maps = new Map<string, Map<string, CachedBlock>>();
  /** Bumped by each model build; entries remember the last build that used them. */
  private generation = 0;
  hits = 0;
  misses = 0;
  /** Entries looked at by evictions, in total (tests check that eviction stays linear). */
  evictionScans = 0;
  /** Entries held (kept as a count: summing the maps per miss would be a scan per miss). */
  private entries = 0;
  /**
   * Size at which the next miss evicts. After an eviction that frees little (one build uses more
   * distinct blocks than `limit`), it moves to twice the size left, so evictions stay amortised
   * linear: a scan per miss made a file of 100,000 distinct instructions quadratic.
   */
  private evictAt: number;
  constructor(private readonly limit = 50_000) {
    this.evictAt = limit;
  }

  /** Called by buildModel before it looks blocks up. */
  startBuild(): void {
    this.generation++;
  }

  get(escapeChar: string, text: string): ParsedBlock {
    let map = this.maps.get(escapeChar);
    if (!map) this.maps.set(escapeChar, (map = new Map()));
    const entry = map.get(text);
    if (entry) {
      this.hits++;
      entry.used = this.generation;
      return entry;
    }
    this.misses++;
    const block = parseBlock(escapeChar, text);
    block.used = this.generation;
    map.set(text, block);
    this.entries++;
    if (this.entries > this.evictAt) {
      this.evictOlderThan(this.generation);
      this.evictAt = Math.max(this.limit, 2 * this.entries);
    }
    return block;
  }

  get size(): number {
    return this.entries;
  }

  /** Marks a block an incremental update reused without looking it up, so the next eviction keeps it. */
  touch(block: ParsedBlock): void {
    const cached = block as Partial<CachedBlock>;
    if (cached.used !== undefined) cached.used = this.generation;
  }

  /** Drop blocks the latest build did not use (called after each analysis of a document). */
  retainLatest(): void {
    this.evictOlderThan(this.generation);
  }

  /** Drop entries not used by the given models. */
  retainOnly(models: Iterable<DockerfileModel>): void {
    const keep = new Set<ParsedBlock>();
    for (const m of models) for (const b of m.instructions) keep.add(b.parsed);
    for (const map of this.maps.values()) for (const [text, e] of map) if (!keep.has(e)) map.delete(text);
    this.recount();
  }

  private evictOlderThan(generation: number): void {
    this.evictionScans += this.entries;
    // forEach, not for…of: no entry array per block on every analysis.
    for (const map of this.maps.values()) map.forEach((e, text) => e.used < generation && map.delete(text));
    this.recount();
  }

  private recount(): void {
    let n = 0;
    for (const m of this.maps.values()) n += m.size;
    this.entries = n;
    this.evictAt = Math.max(this.limit, 2 * n);
  }
}

/**
 * Instructions whose dockerfile-ast object some feature reads. The others (RUN above all, most of a
 * big file) never build one: their shell is parsed from the text, and a dockerfile-ast object per
 * RUN would only cost parse time and memory. It is still built on demand if anything asks.
 */
const EAGER_AST = new Set(['FROM', 'ARG', 'EXPOSE', 'CMD', 'ENTRYPOINT']);

function parseBlock(escapeChar: string, text: string): CachedBlock {
  // The keyword is the first word, as dockerfile-ast reads it: up to white space or the escape character.
  const first = /^\s*(\S+)/.exec(text)?.[1] ?? '';
  const cut = first.indexOf(escapeChar);
  const keyword = (cut >= 0 ? first.slice(0, cut) : first).toUpperCase();
  const block = new Block(text, escapeChar, keyword);
  if (EAGER_AST.has(keyword)) void block.ast;
  return block;
}

/**
 * A parsed block. A class, not an object literal with a getter: V8 keeps such literals (with the
 * cache's `used` added later) as hash-table objects, about 430 bytes each, with a closure per block
 * (2.6 MB at 50,000 lines).
 */
class Block implements CachedBlock {
  /** Last build generation that used this block (BlockCache eviction). */
  used = 0;
  readonly memo = new BlockMemo();
  /** null: not built yet. */
  private built: Instruction | undefined | null = null;

  constructor(
    readonly text: string,
    readonly escapeChar: string,
    readonly keyword: string,
  ) {}

  /** dockerfile-ast learns the escape character from a directive: it gets one, so a block parses exactly as it would inside the whole file. */
  get astLineOffset(): number {
    return this.escapeChar === DEFAULT_ESCAPE ? 0 : 1;
  }

  /** Drops the dockerfile-ast object; the next read of `ast` parses the text again (see releaseAsts). */
  releaseAst(): void {
    this.built = null;
  }

  get ast(): Instruction | undefined {
    if (this.built === null) {
      const prefix = this.escapeChar === DEFAULT_ESCAPE ? '' : `# escape=${this.escapeChar}\n`;
      try {
        this.built = DockerfileParser.parse(prefix + this.text).getInstructions()[0];
      } catch {
        this.built = undefined;
      }
      if (this.built) memoArguments(this.built);
    }
    return this.built;
  }
}

/**
 * Instructions whose dockerfile-ast object `releaseAsts` drops. Every pass that reads them on each analysis
 * keeps what it needs per parsed block, without positions (copyArguments.ts copyAstFacts, stage.ts
 * properties, contextScripts.ts argumentsOf), or per block (perBlock: host-facility-required's block uses,
 * copyOperands); so after a release an edit parses only the instructions it changed, and those a line
 * edit moved (perBlock results carry absolute ranges). The kinds read by passes that keep nothing (FROM,
 * ARG, CMD, ENTRYPOINT, EXPOSE, USER, …) keep their object.
 */
const RELEASED_AST = new Set(['COPY', 'ADD', 'ENV', 'LABEL']);

/**
 * Lets the dockerfile-ast objects of the model's COPY/ADD/ENV/LABEL instructions go: kept, they were about an
 * eighth of what a big document's analysis holds between keystrokes (each a whole dockerfile-ast Dockerfile
 * with its text document, ranges and arguments), and once an analysis has read them only an edit needs them
 * again. The model stays correct: `ast` parses the same text again on demand, into an equal object.
 */
export function releaseAsts(model: DockerfileModel): void {
  const blocks = model.instructions;
  for (let i = 0; i < blocks.length; i++) {
    const parsed = blocks[i].parsed;
    if (RELEASED_AST.has(parsed.keyword) && parsed instanceof Block) parsed.releaseAst();
  }
}

/**
 * dockerfile-ast scans the text and builds new Argument objects at every getArguments call, and rules
 * ask for the COPY/ADD/USER/EXPOSE arguments of every block on every keystroke. The block's text never
 * changes, so the arguments are scanned once; each call still gets its own array, because
 * dockerfile-ast's own getArguments (COPY/ADD flags) shifts entries off the array it is handed and a
 * caller may too. The Argument objects are shared: nothing changes them (their ranges are copied by
 * astRangeToAbsolute).
 */
function memoArguments(instruction: Instruction): void {
  const scan = instruction.getArguments;
  let args: ReturnType<Instruction['getArguments']> | undefined;
  instruction.getArguments = function (this: Instruction) {
    args ??= scan.call(this);
    return args.slice();
  };
}

/** Convert a range reported by the block's dockerfile-ast objects into an absolute document range. */
export function astRangeToAbsolute(block: InstructionBlock, r: Range): Range {
  return shiftRange(r, block.startLine - block.parsed.astLineOffset);
}

/** A copy of the range `delta` lines further down. */
function shiftRange(r: Range, delta: number): Range {
  return {
    start: { line: r.start.line + delta, character: r.start.character },
    end: { line: r.end.line + delta, character: r.end.character },
  };
}

function splitLines(text: string): string[] {
  // Without '\r' a string split gives the same lines, faster than the regular expression's.
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

const DIRECTIVE = /^\s*#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/**
 * A BOM is not text for the parsers, but editors that keep it in the document count it as a
 * column: a space in its place parses the same and keeps every column on line 0 exact.
 */
const BOM_STAND_IN = ' ';

/** Build the model. Pass the same cache across versions of a document to get incremental re-parsing. */
export function buildModel(text: string, cache: BlockCache = new BlockCache()): DockerfileModel {
  return new ModelBuild(text, cache).advance(Infinity)!;
}

/**
 * A model build that can stop at a deadline and resume where it stopped: the server spreads the
 * first parse of a huge document over turns of the event loop this way, and each turn continues
 * the scan instead of starting it again (a restart per turn never finished a 10 MB file).
 * `advance(Infinity)` is buildModel.
 */
export class ModelBuild {
  private readonly lines: string[];
  private readonly directives: ParserDirective[] = [];
  private readonly comments: CommentLine[] = [];
  private readonly instructions: InstructionBlock[] = [];
  private readonly escapeChar: string;
  /** Next line to scan (top level). */
  private next: number;
  private model: DockerfileModel | undefined;

  constructor(
    private readonly text: string,
    private readonly cache: BlockCache,
  ) {
    cache.startBuild();
    this.lines = splitLines(text);
    const directiveEnd = scanDirectives(this.lines, this.directives);
    this.escapeChar = escapeOf(this.directives);
    for (const d of this.directives)
      this.comments.push({ line: d.line, text: `${d.name}=${d.value}`, column: this.lines[d.line].indexOf('#') });
    this.next = directiveEnd;
  }

  /** Lines scanned so far (progress for a caller that reports it). */
  get scannedLines(): number {
    return this.next;
  }

  /** Scans until `deadline` (monotonicMs()); the model once the whole text is scanned, else undefined. */
  advance(deadline: number): DockerfileModel | undefined {
    if (this.model) return this.model;
    // The clock is read every 64 top-level lines: cheap next to the scan itself.
    let count = 0;
    const stop = deadline === Infinity ? undefined : () => (++count & 63) === 0 && monotonicMs() > deadline;
    this.next = scanBlocks(this.lines, this.next, this.escapeChar, this.cache, this.instructions, this.comments, stop);
    if (this.next < this.lines.length) return undefined;
    const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    const { text, lines, escapeChar, directives, comments, instructions } = this;
    this.model = { text, lines, escapeChar, eol, directives, comments, instructions };
    return this.model;
  }
}

/**
 * Parser directives: only at the very top, before any other line (comment, blank or instruction).
 * Returns the first line after them. A repeated name ends them (it is a plain comment); names seen
 * are kept in a set, so a file of 100,000 directive-like lines costs one pass.
 */
function scanDirectives(lines: readonly string[], directives: ParserDirective[]): number {
  const seen = new Set<string>();
  let i = 0;
  for (; i < lines.length; i++) {
    // A BOM is not part of the first line's text for parsing purposes (see BOM_STAND_IN).
    const line = i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i];
    const m = DIRECTIVE.exec(line);
    if (!m) break;
    const name = m[1].toLowerCase();
    if (seen.has(name)) break;
    seen.add(name);
    directives.push({ name, value: m[2], line: i });
  }
  return i;
}

function escapeOf(directives: readonly ParserDirective[]): string {
  const d = directives.find((x) => x.name === 'escape');
  return d && (d.value === '`' || d.value === '\\') ? d.value : DEFAULT_ESCAPE;
}

/**
 * The block scan from line `i` (top level: not inside an instruction) to the end, or to the first
 * top-level line where `stop` returns true (returned; lines.length when it ran to the end). The scan
 * from a line depends only on the lines from there on and the escape character, which is what lets
 * an incremental update stop once it is back in step with the previous model.
 */
function scanBlocks(
  lines: readonly string[],
  i: number,
  escapeChar: string,
  cache: BlockCache,
  instructions: InstructionBlock[],
  comments: CommentLine[],
  stop?: (line: number) => boolean,
): number {
  while (i < lines.length) {
    if (stop?.(i)) return i;
    const line = i === 0 ? lines[i].replace(/^\uFEFF/, BOM_STAND_IN) : lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '') {
      i++;
      continue;
    }
    if (trimmed.startsWith('#')) {
      comments.push({ line: i, text: trimmed.slice(1).trim(), column: line.length - trimmed.length });
      i++;
      continue;
    }
    // An instruction: its own line, continuation lines (comments and blank lines inside a
    // continuation are skipped by Docker), then heredoc bodies.
    const start = i;
    let end = i; // inclusive
    let logical = line;
    while (endsWithEscape(lines[end], escapeChar) && end + 1 < lines.length) {
      end++;
      // keep scanning over comment/blank lines inside the continuation
      while (end + 1 < lines.length && isCommentOrBlank(lines[end])) end++;
      logical += '\n' + lines[end];
    }
    const keyword = /^\s*([A-Za-z]+)/.exec(logical)?.[1]?.toUpperCase() ?? '';
    if (HEREDOC_KEYWORDS.has(keyword)) {
      HEREDOC.lastIndex = 0;
      let m: RegExpExecArray | null;
      const delims: { word: string; stripTabs: boolean }[] = [];
      while ((m = HEREDOC.exec(logical))) delims.push({ word: m[3], stripTabs: m[1] === '-' });
      for (const d of delims) {
        let j = end + 1;
        while (j < lines.length) {
          const body = d.stripTabs ? lines[j].replace(/^\t+/, '') : lines[j];
          if (body === d.word) break;
          j++;
        }
        end = Math.min(j, lines.length - 1);
      }
    }
    const blockText = lines.slice(start, end + 1).join('\n');
    instructions.push({
      startLine: start,
      lineCount: end - start + 1,
      parsed: cache.get(escapeChar, start === 0 ? blockText.replace(/^\uFEFF/, BOM_STAND_IN) : blockText),
    });
    i = end + 1;
  }
  return i;
}

/** A change as LSP sends it: a range in the text as it was before this change (none: whole text). */
export interface TextChange {
  range?: Range;
  text: string;
}

/** Texts known to contain no '\r' (then lines split on '\n' alone and offsets follow from line lengths). */
const lfOnly = new WeakMap<DockerfileModel, boolean>();
function isLfOnly(model: DockerfileModel): boolean {
  let v = lfOnly.get(model);
  if (v === undefined) lfOnly.set(model, (v = !model.text.includes('\r')));
  return v;
}

/**
 * The model of `next` (the document store's lines, which are `prev`'s after `changes`, applied in
 * order as LSP sends them). Lines before the first changed line and after the last one are untouched;
 * the block scan restarts at the last instruction before the change and stops as soon as it meets an
 * instruction start of the previous model in the unchanged tail, whose blocks are then reused, shifted
 * by the change in line count. So a keystroke costs work in proportion to the instructions it
 * touches, not to the file. Whenever the changes cannot be mapped safely (a change without a range,
 * carriage returns, an edit in the parser-directive lines, lines that do not add up) this is
 * buildModel of the text. Equal to buildModel(next.getText()) by construction; document.test.ts
 * checks it on random edits.
 */
export function updateModel(
  prev: DockerfileModel,
  next: DocumentLines,
  changes: readonly TextChange[],
  cache: BlockCache,
): DockerfileModel {
  return deriveModel(prev, next, changes, cache) ?? buildModel(next.getText(), cache);
}

/**
 * updateModel without the fallback: undefined where the changes cannot be mapped and the model must
 * be built from the text, so a caller with a huge document can build it in slices (ModelBuild)
 * instead of in one go.
 */
export function deriveModel(
  prev: DockerfileModel,
  next: DocumentLines,
  changes: readonly TextChange[],
  cache: BlockCache,
): DockerfileModel | undefined {
  const full = () => undefined;
  if (changes.length === 0 || !isLfOnly(prev) || next.hasCarriageReturns) return full();
  const oldLines = prev.lines;
  const oldLen = oldLines.length;
  let prefix = Infinity; // lines [0, prefix) are untouched
  let suffix = Infinity; // the last `suffix` lines are untouched
  let n = oldLen;
  for (const c of changes) {
    if (!c.range || c.text.includes('\r')) return full();
    const { start, end } = c.range;
    if (start.line < 0 || end.line < start.line || end.line >= n) return full();
    prefix = Math.min(prefix, start.line);
    suffix = Math.min(suffix, n - 1 - end.line);
    n = n - (end.line - start.line) + countNewlines(c.text);
  }
  const newLen = n;
  const directiveEnd = prev.directives.length ? prev.directives[prev.directives.length - 1].line + 1 : 0;
  // The directive lines decide the escape character, and line 0 may hold a BOM: rebuild.
  if (prefix <= directiveEnd || prefix >= newLen) return full();
  suffix = Math.min(suffix, newLen - prefix, oldLen - prefix);
  const lines = linesFromDocument(next, oldLines, prefix, suffix, newLen);
  if (!lines) return full();
  const delta = newLen - oldLen;
  const tailStart = newLen - suffix; // first untouched tail line, new numbering

  cache.startBuild();
  const oldBlocks = prev.instructions;
  // Blocks that end before the first changed line stay as they are.
  let kept = 0;
  while (kept < oldBlocks.length && oldBlocks[kept].startLine + oldBlocks[kept].lineCount <= prefix) kept++;
  const instructions: InstructionBlock[] = oldBlocks.slice(0, kept);
  for (const b of instructions) cache.touch(b.parsed);
  const rescanFrom = kept > 0 ? oldBlocks[kept - 1].startLine + oldBlocks[kept - 1].lineCount : directiveEnd;
  const comments: CommentLine[] = [];
  for (const c of prev.comments) {
    if (c.line >= rescanFrom) break;
    comments.push(c);
  }
  let resume = -1; // index in oldBlocks where the scan got back in step
  scanBlocks(lines, rescanFrom, prev.escapeChar, cache, instructions, comments, (line) => {
    if (line < tailStart) return false;
    const j = blockStartingAt(oldBlocks, line - delta, kept);
    if (j < 0) return false;
    resume = j;
    return true;
  });
  if (resume >= 0) {
    const oldResumeLine = oldBlocks[resume].startLine;
    for (let j = resume; j < oldBlocks.length; j++) {
      const b = oldBlocks[j];
      cache.touch(b.parsed);
      instructions.push(delta === 0 ? b : { startLine: b.startLine + delta, lineCount: b.lineCount, parsed: b.parsed });
    }
    for (let j = firstCommentAtOrAfter(prev.comments, oldResumeLine); j < prev.comments.length; j++) {
      const c = prev.comments[j];
      comments.push(delta === 0 ? c : { line: c.line + delta, text: c.text, column: c.column });
    }
  }
  const model = new LinesModel(lines, prev.escapeChar, prev.eol, prev.directives, comments, instructions);
  lfOnly.set(model, true);
  return model;
}

/**
 * The new version's lines as the server's document store holds them (LinesDocument): updateModel
 * shares its line strings instead of joining the text and splitting it again on every keystroke.
 */
export interface DocumentLines {
  /** Lines without terminators; read during the call only (the store updates the array in place). */
  contentLines(): readonly string[];
  /** Any line ends with '\r\n' or '\r' (then the model is built from the text). */
  readonly hasCarriageReturns: boolean;
  getText(): string;
}

/** The new lines from the document store (all of them: the model then shares the store's strings). Undefined when they do not add up. */
function linesFromDocument(
  doc: DocumentLines,
  oldLines: readonly string[],
  prefix: number,
  suffix: number,
  newLen: number,
): string[] | undefined {
  const src = doc.contentLines();
  if (src.length !== newLen) return undefined;
  // Sanity: the lines next to the change are the untouched ones of the previous version.
  if (prefix > 0 && src[prefix - 1] !== oldLines[prefix - 1]) return undefined;
  if (suffix > 0 && src[newLen - suffix] !== oldLines[oldLines.length - suffix]) return undefined;
  return src.slice();
}

/** A model derived from the document store's lines: LF-only (else it is built from the text), so its text is the lines joined with '\n', joined only if someone asks. */
class LinesModel implements DockerfileModel {
  private joined: string | undefined;
  constructor(
    readonly lines: readonly string[],
    readonly escapeChar: string,
    readonly eol: '\n' | '\r\n',
    readonly directives: readonly ParserDirective[],
    readonly comments: readonly CommentLine[],
    readonly instructions: readonly InstructionBlock[],
  ) {}

  get text(): string {
    return (this.joined ??= this.lines.join('\n'));
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the block that starts exactly at `line` (searching from index `from`), or -1. */
function blockStartingAt(blocks: readonly InstructionBlock[], line: number, from: number): number {
  let lo = from;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = blocks[mid].startLine;
    if (s === line) return mid;
    if (s < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function firstCommentAtOrAfter(comments: readonly CommentLine[], line: number): number {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function endsWithEscape(line: string, escapeChar: string): boolean {
  // hot: runs on every line of every build, so no regex and no copy
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  return i >= 0 && line[i] === escapeChar;
}

/**
 * The line is blank or a comment: its first character that is not white space (as `trimStart` and
 * the regex `\s` see it) is '#'. Runs on every line of every build and directive scan, so it copies
 * nothing.
 */
export function isCommentOrBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 128 && /\s/.test(line[i])) continue;
    return c === 35; // '#'
  }
  return true;
}

/** The instruction block containing a line, by binary search. */
export function blockAtLine(model: DockerfileModel, line: number): InstructionBlock | undefined {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = list[mid];
    if (line < b.startLine) hi = mid - 1;
    else if (line >= b.startLine + b.lineCount) lo = mid + 1;
    else return b;
  }
  return undefined;
}
