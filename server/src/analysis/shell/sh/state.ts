/**
 * Parser state and the character-level helpers shared by words.ts and commands.ts: blanks and
 * line continuations, comments, newlines (which read the pending heredoc bodies), syntax errors.
 */
import { type ShNode, OP_DASH_HEREDOC } from './nodes';

/** A syntax error at a string offset; the parser's only exception, caught by parseSh. */
export class ShSyntaxError {
  constructor(readonly at: number) {}
}

export function fail(at: number): never {
  throw new ShSyntaxError(at);
}

/** Nesting deeper than this is a syntax error (no script comes near; it bounds the recursion). */
const MAX_NESTING = 300;

export type Closer = 'none' | ')' | '`' | 'case';

export class P {
  i = 0;
  nesting = 0;
  /** Heredoc redirects whose bodies start after the next newline. */
  pending: ShNode[] = [];
  sawHeredoc = false;
  /** Inside backquotes: an unescaped '`' ends words and statement lists. */
  backquotes = 0;
  constructor(readonly s: string) {}

  enter(at: number): void {
    if (++this.nesting > MAX_NESTING) fail(at);
  }

  leave(): void {
    this.nesting--;
  }
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Skips spaces, tabs and line continuations (backslash-newline); not newlines. */
export function skipBlanks(p: P): void {
  const s = p.s;
  for (;;) {
    const c = s[p.i];
    if (isBlank(c) || c === '\u0000')
      p.i++; // NUL bytes are ignored, as bash and mvdan.cc/sh do
    else if (c === '\\' && s[p.i + 1] === '\n') p.i += 2;
    else if (c === '\\' && s[p.i + 1] === '\r' && s[p.i + 2] === '\n') p.i += 3;
    else return;
  }
}

/** Skips a comment (at '#') to the end of its line, the newline excluded. */
function skipComment(p: P): void {
  const s = p.s;
  while (p.i < s.length && s[p.i] !== '\n') {
    if (p.backquotes > 0 && s[p.i] === '`') return;
    p.i++;
  }
}

/** Skips blanks, comments and newlines (reading heredoc bodies); true when a newline was passed. */
export function skipNewlines(p: P): boolean {
  let newline = false;
  for (;;) {
    skipBlanks(p);
    const c = p.s[p.i];
    if (c === '#') skipComment(p);
    else if (c === '\n') {
      newline = true;
      passNewline(p);
    } else return newline;
  }
}

/** Past a newline at p.i; then the bodies of the heredocs opened on the line. */
function passNewline(p: P): void {
  p.i++;
  const docs = p.pending;
  if (docs.length === 0) return;
  p.pending = [];
  for (const r of docs) readHeredoc(p, r);
}

/** The delimiter a heredoc word stands for, and whether any of it is quoted. */
function delimiterOf(p: P, word: ShNode): { text: string; quoted: boolean } {
  const raw = p.s.slice(word.pos, word.end);
  let text = '';
  let quoted = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (c === "'" || c === '"') quoted = true;
    else if (c === '\\') {
      quoted = true;
      k++;
      if (k < raw.length) text += raw[k];
    } else text += c;
  }
  return { text, quoted };
}

/** Body of one heredoc: lines up to the delimiter line; p.i moves past the delimiter line. */
function readHeredoc(p: P, r: ShNode): void {
  const s = p.s;
  const word = r.Word as ShNode;
  const { text: delim, quoted } = delimiterOf(p, word);
  const dash = r.Op === OP_DASH_HEREDOC;
  const start = p.i;
  let line = start;
  for (;;) {
    if (line >= s.length) fail(r.pos);
    let eol = s.indexOf('\n', line);
    if (eol < 0) eol = s.length;
    let content = s.slice(line, eol);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if ((dash ? content.replace(/^\t+/, '') : content) === delim) {
      // An empty body has no word (as in mvdan.cc/sh).
      if (line > start) {
        r.Hdoc = heredocWord(p, start, line, eol, quoted);
        r.end = (r.Hdoc as ShNode).end;
      }
      p.i = eol < s.length ? eol + 1 : eol;
      return;
    }
    line = eol + 1;
  }
}

/** Hooks set by words.ts: parsing an unquoted heredoc body's expansions. */
export const hooks: { heredocParts?: (p: P, from: number, to: number) => ShNode[] } = {};

function heredocWord(p: P, start: number, delimLine: number, delimEnd: number, quoted: boolean): ShNode {
  const parts: ShNode[] = quoted
    ? [{ type: 'Lit', pos: start, end: delimEnd, Value: p.s.slice(start, delimLine) }]
    : (hooks.heredocParts as (p: P, from: number, to: number) => ShNode[])(p, start, delimLine);
  return { type: 'Word', pos: start, end: delimEnd, Parts: parts };
}
