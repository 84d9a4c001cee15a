/**
 * Statements: lists, `&&`/`||`, pipelines, simple commands with assignments and redirections, and
 * the compound commands (if, while/until, for/select, case, { }, ( ), (( )), [[ ]], functions,
 * declare/export/local…, let, time, coproc). Reserved words count only in command position.
 */
import { OP_AND, OP_OR, OP_PIPE, OP_PIPE_ALL, REDIR_OP, type ShNode, lit } from './nodes';
import { command } from './compound';
import { type Closer, type P, fail, skipBlanks, skipNewlines } from './state';
import { followWord, parseWord, stmtHooks } from './words';

const NO_STOPS: ReadonlySet<string> = new Set();
const RESERVED = /(?:[a-z]+|\{|\}|!|\[\[|\]\])(?=(?:\\\r?\n)*(?:[ \t\r\n;&|()<>`]|$))/y;

/** The reserved-word candidate at p.i: a plain word of letters (or { } ! [[ ]]) ending at a delimiter. */
export function reservedAt(p: P): string | undefined {
  RESERVED.lastIndex = p.i;
  const m = RESERVED.exec(p.s);
  if (!m) return undefined;
  if (p.s[p.i + m[0].length] === '`' && p.backquotes === 0) return undefined;
  return m[0];
}

/** Statements up to the end, a closer (')', '`', a case item's ';;') or one of the stop words. */
export function stmtList(p: P, closer: Closer, stops: ReadonlySet<string> = NO_STOPS): ShNode[] {
  const stmts: ShNode[] = [];
  let gotEnd = true;
  for (;;) {
    const newline = skipNewlines(p);
    if (p.i >= p.s.length || atListEnd(p, closer, stops)) return stmts;
    if (!newline && !gotEnd) fail(p.i);
    const st = getStmt(p, true, false) ?? fail(p.i);
    gotEnd = (st.Semicolon as number) >= 0;
    stmts.push(st);
  }
}

stmtHooks.list = (p, closer) => stmtList(p, closer);

function atListEnd(p: P, closer: Closer, stops: ReadonlySet<string>): boolean {
  const s = p.s;
  const c = s[p.i];
  if (c === ')') return closer === ')';
  if (c === '`' && p.backquotes > 0) return true;
  if (c === '\\' && s[p.i + 1] === '`' && p.backquotes > 1) return true;
  if (c === ';' && ';&|'.includes(s[p.i + 1] ?? ' ')) {
    if (closer === 'case') return true;
    fail(p.i);
  }
  const w = reservedAt(p);
  return w !== undefined && stops.has(w);
}

function newStmt(pos: number, negated: boolean): ShNode {
  return { type: 'Stmt', pos, end: pos, Cmd: undefined, Semicolon: -1, Negated: negated, Background: false, Redirs: [] };
}

export function stmtEnd(s: ShNode): number {
  if ((s.Semicolon as number) >= 0) return (s.Semicolon as number) + 1;
  let end = s.pos + (s.Negated ? 1 : 0);
  if (s.Cmd) end = (s.Cmd as ShNode).end;
  const redirs = s.Redirs as ShNode[];
  if (redirs.length) end = Math.max(end, redirs[redirs.length - 1].end);
  return end;
}

function binary(x: ShNode, op: number, opPos: number, y: ShNode): ShNode {
  const s = newStmt(x.pos, false);
  s.Cmd = { type: 'BinaryCmd', pos: x.pos, end: y.end, OpPos: opPos, Op: op, X: x, Y: y };
  s.end = y.end;
  return s;
}

/** A statement: `!`, a pipeline, `&&`/`||` lists (left-associative), and its `;` or `&`. */
function getStmt(p: P, readEnd: boolean, binCmd: boolean): ShNode | undefined {
  const pos = p.i;
  const negated = reservedAt(p) === '!';
  if (negated) {
    p.i++;
    skipBlanks(p);
  }
  let s = stmtPipe(p, newStmt(pos, negated), false);
  if (!s) return negated ? fail(pos) : undefined;
  for (;;) {
    skipBlanks(p);
    const two = p.s.slice(p.i, p.i + 2);
    if (two !== '&&' && two !== '||') break;
    if (binCmd) return s;
    const opPos = p.i;
    p.i += 2;
    skipNewlines(p);
    const y = getStmt(p, false, true) ?? fail(opPos);
    s = binary(s, two === '&&' ? OP_AND : OP_OR, opPos, y);
  }
  if (readEnd) readTerminator(p, s);
  return s;
}

function readTerminator(p: P, s: ShNode): void {
  const c = p.s[p.i];
  const n = p.s[p.i + 1];
  if (c === ';' && n !== ';' && n !== '&' && n !== '|') s.Semicolon = p.i++;
  else if (c === '&' && n !== '&' && n !== '>') {
    s.Semicolon = p.i++;
    s.Background = true;
  } else return;
  s.end = stmtEnd(s);
}

/** One command with its redirections, then `|`/`|&` pipelines (left-associative). */
function stmtPipe(p: P, first: ShNode, binCmd: boolean): ShNode | undefined {
  let s = first;
  command(p, s);
  if (!s.Cmd && (s.Redirs as ShNode[]).length === 0) return undefined;
  for (;;) {
    skipBlanks(p);
    const m = redirectAt(p);
    if (!m) break;
    doRedirect(p, s, m);
  }
  s.end = stmtEnd(s);
  for (;;) {
    skipBlanks(p);
    if (p.s[p.i] !== '|' || p.s[p.i + 1] === '|') return s;
    if (binCmd) return s;
    const opPos = p.i;
    const all = p.s[p.i + 1] === '&';
    p.i += all ? 2 : 1;
    skipNewlines(p);
    const y = stmtPipe(p, newStmt(p.i, false), true) ?? fail(opPos);
    const negated = s.Negated as boolean;
    s.Negated = false;
    s = binary(s, all ? OP_PIPE_ALL : OP_PIPE, opPos, y);
    s.Negated = negated;
  }
}

const REDIR = /(\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(<<<|<<-|<<|<>|<&|>>|>&|>\||&>>|&>|<|>)/y;

export function redirectAt(p: P): RegExpExecArray | undefined {
  const c = p.s[p.i];
  if (c !== '<' && c !== '>' && c !== '&' && c !== '{' && !(c >= '0' && c <= '9')) return undefined;
  REDIR.lastIndex = p.i;
  const m = REDIR.exec(p.s);
  if (!m) return undefined;
  if ((m[2] === '<' || m[2] === '>') && p.s[p.i + m[0].length] === '(') return undefined;
  if (m[1] && m[2][0] === '&') return undefined;
  return m;
}

function doRedirect(p: P, s: ShNode, m: RegExpExecArray): void {
  const start = p.i;
  const opPos = start + (m[1]?.length ?? 0);
  p.i += m[0].length;
  const word = followWord(p, opPos);
  const op = REDIR_OP[m[2]];
  const r: ShNode = {
    type: 'Redirect',
    pos: start,
    end: word.end,
    OpPos: opPos,
    Op: op,
    N: m[1] ? lit(start, opPos, m[1]) : undefined,
    Word: word,
  };
  if (m[2] === '<<' || m[2] === '<<-') {
    p.pending.push(r);
    p.sawHeredoc = true;
  }
  (s.Redirs as ShNode[]).push(r);
}

/** True at the end of a simple command's words. */
export function atCommandEnd(p: P): boolean {
  const c = p.s[p.i];
  return (
    c === undefined ||
    c === '\n' ||
    c === '#' ||
    c === ';' ||
    c === '&' ||
    c === '|' ||
    c === ')' ||
    (c === '`' && p.backquotes > 0) ||
    (c === '\\' && p.s[p.i + 1] === '`' && p.backquotes > 1)
  );
}

const ASSIGN = /([A-Za-z_][A-Za-z0-9_]*)(\[[^\]\n]*\])?(\+?)=/y;

export function assignAt(p: P): RegExpExecArray | undefined {
  ASSIGN.lastIndex = p.i;
  return ASSIGN.exec(p.s) ?? undefined;
}

/** `name=value`, `name+=value`, `name[i]=value`, `name=(a b c)`. */
export function assignment(p: P, m: RegExpExecArray): ShNode {
  const start = p.i;
  p.i += m[0].length;
  const node: ShNode = {
    type: 'Assign',
    pos: start,
    end: p.i,
    Append: m[3] === '+',
    Naked: false,
    Name: lit(start, start + m[1].length, m[1]),
  };
  if (m[2]) node.Index = lit(start + m[1].length, start + m[1].length + m[2].length, m[2]);
  if (p.s[p.i] === '(') node.Array = arrayExpr(p);
  else node.Value = parseWord(p);
  if (node.Value || node.Array) node.end = ((node.Value ?? node.Array) as ShNode).end;
  return node;
}

function arrayExpr(p: P): ShNode {
  const start = p.i;
  p.i++;
  const elems: ShNode[] = [];
  for (;;) {
    skipNewlines(p);
    const c = p.s[p.i];
    if (c === ')') break;
    if (c === undefined) fail(start);
    const at = p.i;
    const idx = /\[[^\]\n]*\]\+?=/y;
    idx.lastIndex = at;
    const m = idx.exec(p.s);
    if (m) p.i += m[0].length;
    const value = parseWord(p) ?? (m ? undefined : fail(p.i));
    elems.push({ type: 'ArrayElem', pos: at, end: value?.end ?? p.i, Value: value });
  }
  p.i++;
  return { type: 'ArrayExpr', pos: start, end: p.i, Lparen: start, Rparen: p.i - 1, Elems: elems };
}

/** A simple command: assignments, words and redirections in any order. */
function callExpr(p: P, s: ShNode): void {
  const assigns: ShNode[] = [];
  const args: ShNode[] = [];
  /** No redirection so far (`word(` right after the first word is a function name). */
  let direct = (s.Redirs as ShNode[]).length === 0;
  for (;;) {
    skipBlanks(p);
    if (p.s[p.i] === '#') break;
    const m = redirectAt(p);
    if (m) {
      doRedirect(p, s, m);
      direct = false;
      continue;
    }
    if (atCommandEnd(p)) break;
    // `word(`: a function name that is not a plain word is refused at the name (as mvdan.cc/sh does).
    if (p.s[p.i] === '(') fail(direct && args.length === 1 && assigns.length === 0 ? args[0].pos : p.i);
    const a = args.length === 0 ? assignAt(p) : undefined;
    if (a) assigns.push(assignment(p, a));
    // An array assignment before a command is refused, as mvdan.cc/sh does: `a=(1 2) cmd`, `a[1]=x cmd`.
    else if (assigns.some((x) => x.Array || x.Index)) fail((assigns.find((x) => x.Array || x.Index) as ShNode).pos);
    else args.push(parseWord(p) ?? fail(p.i));
  }
  if (assigns.length === 0 && args.length === 0) return;
  const first = assigns[0] ?? args[0];
  const last = args.length ? args[args.length - 1] : assigns[assigns.length - 1];
  s.Cmd = { type: 'CallExpr', pos: first.pos, end: last.end, Assigns: assigns, Args: args };
}

export { callExpr, getStmt, stmtPipe, newStmt };
