/** The command at the start of a statement: a compound command, a function, or a simple command. */
import { type ShNode, lit } from './nodes';
import { type P, fail, skipBlanks, skipNewlines } from './state';
import { arithWords, followWord, parseWord } from './words';
import { assignAt, assignment, atCommandEnd, callExpr, getStmt, redirectAt, reservedAt, stmtList, stmtPipe, newStmt } from './commands';

const set = (...w: string[]): ReadonlySet<string> => new Set(w);
const RBRACE = set('}');
const THEN = set('then');
const ELSE = set('elif', 'else', 'fi');
const FI = set('fi');
const DO = set('do');
const DONE = set('done');
const ESAC = set('esac');
const MISPLACED = set('}', 'then', 'elif', 'else', 'fi', 'do', 'done', 'esac', ']]', '!');
const DECL = set('declare', 'local', 'export', 'readonly', 'typeset', 'nameref');

type Parse = (p: P, s: ShNode, pos: number) => ShNode;
const COMPOUND: Record<string, Parse> = {
  '{': block,
  if: ifClause,
  while: whileClause,
  until: whileClause,
  for: forClause,
  select: forClause,
  case: caseClause,
  '[[': testClause,
  function: bashFunction,
  let: letClause,
  time: timeClause,
  coproc: coprocClause,
};

/** Sets s.Cmd (and redirections that come first) from the text at p.i. */
export function command(p: P, s: ShNode): void {
  const c = p.s[p.i];
  const pos = p.i;
  if (c === '(') {
    p.enter(pos);
    s.Cmd = p.s[p.i + 1] === '(' ? arithmCmd(p, pos) : subshell(p, pos);
    p.leave();
    return;
  }
  const w = reservedAt(p);
  if (w !== undefined) {
    if (MISPLACED.has(w)) fail(pos);
    const parse = DECL.has(w) ? declClause : Object.hasOwn(COMPOUND, w) ? COMPOUND[w] : undefined;
    if (parse) {
      p.enter(pos);
      s.Cmd = parse(p, s, pos);
      p.leave();
      return;
    }
  }
  if (!assignAt(p) && funcDecl(p, s, pos)) return;
  callExpr(p, s);
}

function block(p: P, _s: ShNode, pos: number): ShNode {
  p.i++;
  const stmts = stmtList(p, 'none', RBRACE);
  if (reservedAt(p) !== '}') fail(pos);
  p.i++;
  return { type: 'Block', pos, end: p.i, Lbrace: pos, Rbrace: p.i - 1, Stmts: stmts };
}

function subshell(p: P, pos: number): ShNode {
  p.i++;
  const stmts = stmtList(p, ')');
  if (p.s[p.i] !== ')') fail(pos);
  p.i++;
  return { type: 'Subshell', pos, end: p.i, Lparen: pos, Rparen: p.i - 1, Stmts: stmts };
}

function arithmCmd(p: P, pos: number): ShNode {
  p.i += 2;
  const words = arithWords(p, pos);
  p.i += 2;
  return { type: 'ArithmCmd', pos, end: p.i, X: words };
}

function expect(p: P, word: string, failAt: number): void {
  if (reservedAt(p) !== word) fail(failAt);
  p.i += word.length;
}

function ifClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 2;
  const top: ShNode = { type: 'IfClause', pos, end: pos, Cond: [], Then: [] };
  const chain = [top];
  let cur = top;
  for (;;) {
    cur.Cond = stmtList(p, 'none', THEN);
    expect(p, 'then', pos);
    cur.Then = stmtList(p, 'none', ELSE);
    const w = reservedAt(p);
    if (w === 'fi') break;
    if (w !== 'elif' && w !== 'else') fail(pos);
    const next: ShNode = { type: 'IfClause', pos: p.i, end: p.i, Cond: [], Then: [] };
    cur.Else = next;
    chain.push(next);
    cur = next;
    p.i += 4;
    if (w === 'else') {
      next.Then = stmtList(p, 'none', FI);
      if (reservedAt(p) !== 'fi') fail(pos);
      break;
    }
  }
  p.i += 2;
  for (const n of chain) n.end = p.i;
  return top;
}

function whileClause(p: P, _s: ShNode, pos: number): ShNode {
  const until = p.s.startsWith('until', pos);
  p.i += 5;
  const cond = stmtList(p, 'none', DO);
  expect(p, 'do', pos);
  const body = stmtList(p, 'none', DONE);
  expect(p, 'done', pos);
  return { type: 'WhileClause', pos, end: p.i, Until: until, Cond: cond, Do: body };
}

function forClause(p: P, _s: ShNode, pos: number): ShNode {
  const select = p.s.startsWith('select', pos);
  p.i += select ? 6 : 3;
  skipBlanks(p);
  let loop: ShNode;
  if (p.s.startsWith('((', p.i)) {
    const at = p.i;
    p.i += 2;
    const words = arithWords(p, pos);
    p.i += 2;
    loop = { type: 'CStyleLoop', pos: at, end: p.i, X: words };
    skipBlanks(p);
    if (p.s[p.i] === ';') p.i++;
  } else loop = wordIter(p, pos);
  skipNewlines(p);
  expect(p, 'do', pos);
  const body = stmtList(p, 'none', DONE);
  expect(p, 'done', pos);
  return { type: 'ForClause', pos, end: p.i, Select: select, Loop: loop, Do: body };
}

function wordIter(p: P, pos: number): ShNode {
  const name = /[A-Za-z_][A-Za-z0-9_]*/y;
  name.lastIndex = p.i;
  const m = name.exec(p.s) ?? fail(pos);
  const at = p.i;
  p.i += m[0].length;
  const items: ShNode[] = [];
  skipNewlines(p);
  if (reservedAt(p) === 'in') {
    p.i += 2;
    for (;;) {
      skipBlanks(p);
      if (atCommandEnd(p)) break;
      items.push(parseWord(p) ?? fail(p.i));
    }
  }
  skipBlanks(p);
  if (p.s[p.i] === ';') p.i++;
  return { type: 'WordIter', pos: at, end: p.i, Name: lit(at, at + m[0].length, m[0]), Items: items };
}

function caseClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 4;
  const word = followWord(p, pos);
  skipNewlines(p);
  expect(p, 'in', pos);
  const items: ShNode[] = [];
  for (;;) {
    skipNewlines(p);
    if (reservedAt(p) === 'esac') break;
    if (p.i >= p.s.length) fail(pos);
    items.push(caseItem(p, pos));
  }
  p.i += 4;
  return { type: 'CaseClause', pos, end: p.i, Word: word, Items: items };
}

const CASE_OPS = [';;&', ';;', ';&', ';|'];

function caseItem(p: P, casePos: number): ShNode {
  const at = p.i;
  if (p.s[p.i] === '(') p.i++;
  const patterns: ShNode[] = [];
  for (;;) {
    skipBlanks(p);
    const pattern = parseWord(p) ?? fail(casePos);
    patterns.push(pattern);
    skipBlanks(p);
    const c = p.s[p.i++];
    if (c === ')') break;
    // Neither `|` nor `)`: the error is at that token, or at the pattern when the text ends (as mvdan.cc/sh).
    if (c !== '|') fail(c === undefined ? pattern.pos : p.i - 1);
  }
  const stmts = stmtList(p, 'case', ESAC);
  const op = CASE_OPS.find((o) => p.s.startsWith(o, p.i));
  if (op) p.i += op.length;
  return { type: 'CaseItem', pos: at, end: p.i, Op: op ?? '', Patterns: patterns, Stmts: stmts };
}

function testClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 2;
  const words: ShNode[] = [];
  let regex = false;
  for (;;) {
    skipNewlines(p);
    const s = p.s;
    if (p.i >= s.length) fail(pos);
    if (reservedAt(p) === ']]') break;
    const op = /&&|\|\||[()<>]|!(?=[ \t\r\n])/y;
    op.lastIndex = p.i;
    const m = op.exec(s);
    if (m) {
      p.i += m[0].length;
      continue;
    }
    const w: ShNode = parseWord(p, regex ? 'regex' : 'cmd') ?? fail(pos);
    words.push(w);
    regex = s.slice(w.pos, w.end) === '=~';
  }
  p.i += 2;
  return { type: 'TestClause', pos, end: p.i, X: words };
}

/** `function name [()] body`. */
function bashFunction(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 8;
  skipBlanks(p);
  const name = /[^\s;&|()<>'"`$\\]+/y;
  name.lastIndex = p.i;
  const m = name.exec(p.s) ?? fail(pos);
  const nameLit = lit(p.i, p.i + m[0].length, m[0]);
  p.i += m[0].length;
  skipBlanks(p);
  const parens = p.s[p.i] === '(';
  if (parens) {
    p.i++;
    skipBlanks(p);
    if (p.s[p.i++] !== ')') fail(pos);
  }
  return funcBody(p, pos, nameLit, true, parens);
}

function funcBody(p: P, pos: number, name: ShNode, rsrv: boolean, parens: boolean): ShNode {
  skipNewlines(p);
  const body = getStmt(p, false, false) ?? fail(pos);
  return { type: 'FuncDecl', pos, end: body.end, RsrvWord: rsrv, Parens: parens, Name: name, Body: body };
}

/** `name() body`: true when the text at p.i is one (then s.Cmd is set). */
function funcDecl(p: P, s: ShNode, pos: number): boolean {
  const name = /[^\s;&|()<>'"`$\\]+(?=[ \t]*\()/y;
  name.lastIndex = pos;
  const m = name.exec(p.s);
  if (!m || /[?*+@!]$/.test(m[0])) return false;
  p.i = pos + m[0].length;
  skipBlanks(p);
  p.i++;
  skipBlanks(p);
  if (p.s[p.i++] !== ')') fail(pos);
  p.enter(pos);
  s.Cmd = funcBody(p, pos, lit(pos, pos + m[0].length, m[0]), false, true);
  p.leave();
  return true;
}

/** Arguments of declare/export/local/readonly/typeset/nameref, each an assignment. */
function declClause(p: P, _s: ShNode, pos: number): ShNode {
  const variant = reservedAt(p) as string;
  p.i += variant.length;
  const args: ShNode[] = [];
  for (;;) {
    skipBlanks(p);
    if (atCommandEnd(p) || redirectAt(p)) break;
    const a = assignAt(p);
    if (a) args.push(assignment(p, a));
    else {
      const w = parseWord(p) ?? fail(p.i);
      args.push({ type: 'Assign', pos: w.pos, end: w.end, Naked: true, Value: w });
    }
  }
  const end = args.length ? args[args.length - 1].end : pos + variant.length;
  return { type: 'DeclClause', pos, end, Variant: lit(pos, pos + variant.length, variant), Args: args };
}

function letClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 3;
  const exprs: ShNode[] = [];
  let end = pos;
  for (;;) {
    skipBlanks(p);
    if (atCommandEnd(p) || redirectAt(p)) break;
    const word = parseWord(p) ?? fail(p.i);
    // Each argument is arithmetic: its operands are the words (as mvdan.cc/sh splits them).
    p.i = word.pos;
    while (p.i < word.end) {
      const operand = parseWord(p, 'arith');
      if (operand) exprs.push(operand);
      else p.i++;
    }
    p.i = word.end;
    end = word.end;
  }
  if (end === pos) fail(pos);
  return { type: 'LetClause', pos, end, Exprs: exprs };
}

function timeClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 4;
  skipBlanks(p);
  const posix = /-p(?=[ \t])/y;
  posix.lastIndex = p.i;
  const isPosix = posix.test(p.s);
  if (isPosix) p.i += 2;
  skipBlanks(p);
  const node: ShNode = { type: 'TimeClause', pos, end: p.i, PosixFormat: isPosix };
  if (!atCommandEnd(p)) {
    const st = stmtPipe(p, newStmt(p.i, false), false);
    if (st) {
      node.Stmt = st;
      node.end = st.end;
    }
  }
  return node;
}

function coprocClause(p: P, _s: ShNode, pos: number): ShNode {
  p.i += 6;
  skipBlanks(p);
  const w = reservedAt(p);
  const compound = p.s[p.i] === '(' || (w !== undefined && Object.hasOwn(COMPOUND, w));
  // `coproc NAME { …; }`: a name before a compound command; otherwise the words are the command.
  const name = compound ? undefined : parseWord(p);
  skipBlanks(p);
  const st = atCommandEnd(p) ? undefined : stmtPipe(p, newStmt(p.i, false), true);
  if (!name) {
    const body = st ?? fail(pos);
    return { type: 'CoprocClause', pos, end: body.end, Stmt: body };
  }
  const call = st?.Cmd as ShNode | undefined;
  if (!st) {
    const only: ShNode = { ...newStmt(name.pos, false), end: name.end };
    only.Cmd = { type: 'CallExpr', pos: name.pos, end: name.end, Assigns: [], Args: [name] };
    return { type: 'CoprocClause', pos, end: name.end, Stmt: only };
  }
  if (call?.type === 'CallExpr') {
    (call.Args as ShNode[]).unshift(name);
    call.pos = name.pos;
    st.pos = name.pos;
    return { type: 'CoprocClause', pos, end: st.end, Stmt: st };
  }
  return { type: 'CoprocClause', pos, end: st.end, Name: name, Stmt: st };
}
