/**
 * Words and their parts: literals, quotes ('…', "…", $'…', $"…"), parameter expansions ($a, ${…}),
 * command substitutions ($(…), `…`), arithmetic ($((…))), process substitutions (<(…), >(…)) and
 * extended globs. A word ends at an unquoted blank, newline or operator character.
 */
import { type ShNode, lit } from './nodes';
import { type Closer, type P, fail, hooks, skipBlanks, skipNewlines } from './state';

/** Where a word is read: a command's words, an arithmetic operand, or a `[[ x =~ re ]]` pattern. */
export type WordMode = 'cmd' | 'arith' | 'regex';

const CMD_STOP = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>']);
const ARITH_STOP = new Set([...' \t\r\n;&|()<>+-*/%=!^~?:,']);

/** By char code (ASCII): 1 where the character is plain text inside a word of that mode (no stop, no part starts there). */
function plainTable(extra: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.${extra}`) t[c.charCodeAt(0)] = 1;
  return t;
}
const PLAIN: Record<WordMode, Uint8Array> = { cmd: plainTable('-/:=,%'), regex: plainTable('-/:=,%'), arith: plainTable('') };

/** Hook set by commands.ts: the statements of a substitution up to its closer. */
export const stmtHooks: { list?: (p: P, closer: Closer) => ShNode[] } = {};

function stops(p: P, mode: WordMode): boolean {
  const c = p.s[p.i];
  if (c === undefined) return true;
  if (c === '`' && p.backquotes > 0) return true;
  if (mode === 'regex') return c === ' ' || c === '\t' || c === '\n' || c === '\r';
  if (mode === 'arith') return ARITH_STOP.has(c);
  if ((c === '<' || c === '>') && p.s[p.i + 1] === '(') return false;
  return CMD_STOP.has(c);
}

/** The word at p.i, or undefined when there is none (an operator, a blank, the end). */
export function parseWord(p: P, mode: WordMode = 'cmd'): ShNode | undefined {
  const parts: ShNode[] = [];
  // The pending literal is flushed inline, not by a closure: this runs for every word of every
  // command, and a closure per call (with its context) was a good part of what the parser allocated.
  let litStart = -1;
  const plain = PLAIN[mode];
  while (!stops(p, mode)) {
    // A run of plain characters (most of a word's text) in one step: each would only extend the literal.
    if (plain[p.s.charCodeAt(p.i)] === 1) {
      if (litStart < 0) litStart = p.i;
      do p.i++;
      while (plain[p.s.charCodeAt(p.i)] === 1);
      continue;
    }
    const part = special(p, mode);
    if (part) {
      if (litStart >= 0) parts.push(lit(litStart, part.pos, p.s.slice(litStart, part.pos)));
      litStart = -1;
      parts.push(part);
      continue;
    }
    if (litStart < 0 && parts.length > 0 && continuationEnds(p, mode)) break;
    if (litStart < 0) litStart = p.i;
    // In nested backquotes, `\`` closes: the word keeps the backslash (as mvdan.cc/sh counts it).
    if (p.backquotes > 1 && p.s[p.i] === '\\' && p.s[p.i + 1] === '`') p.i++;
    else p.i += p.s[p.i] === '\\' && p.i + 1 < p.s.length ? 2 : 1;
  }
  if (litStart >= 0) parts.push(lit(litStart, p.i, p.s.slice(litStart, p.i)));
  if (parts.length === 0) return undefined;
  return { type: 'Word', pos: parts[0].pos, end: p.i, Parts: parts };
}

/**
 * After a quote, expansion or substitution, line continuations followed by the end of the word are
 * not part of it (after a literal they are): the word ranges mvdan.cc/sh gives.
 */
function continuationEnds(p: P, mode: WordMode): boolean {
  const s = p.s;
  let k = p.i;
  while (s[k] === '\\' && (s[k + 1] === '\n' || (s[k + 1] === '\r' && s[k + 2] === '\n'))) k += s[k + 1] === '\n' ? 2 : 3;
  if (k === p.i) return false;
  const at = p.i;
  p.i = k;
  const ends = stops(p, mode);
  p.i = at;
  return ends;
}

/** A non-literal part starting at p.i (p.i moves past it), else undefined (p.i unchanged). */
function special(p: P, mode: WordMode): ShNode | undefined {
  const s = p.s;
  const c = s[p.i];
  if (c === "'") return singleQuoted(p, p.i, false);
  if (c === '"') return doubleQuoted(p, p.i, false);
  if (c === '$') return dollar(p);
  if (c === '`' || (c === '\\' && s[p.i + 1] === '`' && p.backquotes === 1)) return backquoted(p);
  if ((c === '<' || c === '>') && s[p.i + 1] === '(') return substitution(p, p.i, 2, 'ProcSubst');
  if (mode === 'cmd' && '?*+@!'.includes(c) && s[p.i + 1] === '(' && s[p.i + 2] !== ')') return extGlob(p);
  return undefined;
}

function singleQuoted(p: P, start: number, dollarQuote: boolean): ShNode {
  const s = p.s;
  let k = start + (dollarQuote ? 2 : 1);
  while (k < s.length && s[k] !== "'") k += dollarQuote && s[k] === '\\' ? 2 : 1;
  if (k >= s.length) fail(start);
  p.i = k + 1;
  return { type: 'SglQuoted', pos: start, end: p.i, Dollar: dollarQuote, Value: s.slice(start + (dollarQuote ? 2 : 1), k) };
}

function doubleQuoted(p: P, start: number, dollarQuote: boolean): ShNode {
  p.i = start + (dollarQuote ? 2 : 1);
  const parts = innerParts(p, '"');
  if (p.s[p.i] !== '"') fail(start);
  p.i++;
  return { type: 'DblQuoted', pos: start, end: p.i, Dollar: dollarQuote, Parts: parts };
}

/**
 * Parts of double-quoted text (or a heredoc body, or the inside of ${…}) up to an unescaped
 * `close` or `limit`: literal runs and expansions. Quotes are data here, except inside ${…}.
 */
function innerParts(p: P, close: string, limit = p.s.length, quotes = false): ShNode[] {
  const s = p.s;
  const parts: ShNode[] = [];
  let litStart = -1;
  while (p.i < limit && s[p.i] !== close) {
    const c = s[p.i];
    let part: ShNode | undefined;
    if (c === '$') part = quotes || (s[p.i + 1] !== "'" && s[p.i + 1] !== '"') ? dollar(p) : undefined;
    else if (c === '`') part = backquoted(p);
    else if (c === '\\' && s[p.i + 1] === '`' && p.backquotes === 1) part = backquoted(p);
    else if (quotes && c === "'") part = singleQuoted(p, p.i, false);
    else if (quotes && c === '"') part = doubleQuoted(p, p.i, false);
    if (part) {
      if (litStart >= 0) parts.push(lit(litStart, part.pos, s.slice(litStart, part.pos)));
      litStart = -1;
      parts.push(part);
      continue;
    }
    if (litStart < 0) litStart = p.i;
    p.i += c === '\\' && p.i + 1 < limit ? 2 : 1;
  }
  if (litStart >= 0) parts.push(lit(litStart, p.i, s.slice(litStart, p.i)));
  return parts;
}

hooks.heredocParts = (p, from, to) => {
  const at = p.i;
  p.i = from;
  const parts = innerParts(p, '\u0000', to);
  p.i = at;
  return parts;
};

const SPECIAL_PARAMS = '@*#?-$!0123456789';

/** At '$': an expansion, a substitution, $'…'/$"…", or undefined for a literal '$'. */
function dollar(p: P): ShNode | undefined {
  const s = p.s;
  const start = p.i;
  const n = s[start + 1];
  if (n === "'") return singleQuoted(p, start, true);
  if (n === '"') return doubleQuoted(p, start, true);
  if (n === '(' && s[start + 2] === '(') return arithmetic(p, start);
  if (n === '(') return substitution(p, start, 2, 'CmdSubst');
  if (n === '{') return braceParam(p, start);
  const name = /[A-Za-z_][A-Za-z0-9_]*/y;
  name.lastIndex = start + 1;
  const m = name.exec(s);
  const len = m ? m[0].length : n !== undefined && SPECIAL_PARAMS.includes(n) ? 1 : 0;
  if (len === 0) return undefined;
  p.i = start + 1 + len;
  return { type: 'ParamExp', pos: start, end: p.i, Short: true, Param: lit(start + 1, p.i, s.slice(start + 1, p.i)) };
}

/** ${…}: the name, then the rest (operators and words with nested expansions) as one word. */
function braceParam(p: P, start: number): ShNode {
  p.enter(start);
  const s = p.s;
  const name = /[#!]?(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])?/y;
  name.lastIndex = start + 2;
  const m = name.exec(s) as RegExpExecArray;
  const nameEnd = start + 2 + m[0].length;
  p.i = nameEnd;
  const parts = innerParts(p, '}', s.length, true);
  if (s[p.i] !== '}') fail(start);
  const node: ShNode = { type: 'ParamExp', pos: start, end: p.i + 1, Short: false, Param: lit(start + 2, nameEnd, m[0]) };
  if (parts.length) node.Exp = { type: 'Expansion', pos: nameEnd, end: p.i, Word: { type: 'Word', pos: nameEnd, end: p.i, Parts: parts } };
  p.i++;
  p.leave();
  return node;
}

/** $(…), <(…), >(…): statements up to the matching ')'. */
function substitution(p: P, start: number, open: number, type: 'CmdSubst' | 'ProcSubst'): ShNode {
  p.enter(start);
  p.i = start + open;
  const saved = p.backquotes;
  p.backquotes = 0;
  const stmts = (stmtHooks.list as (p: P, closer: Closer) => ShNode[])(p, ')');
  p.backquotes = saved;
  if (p.s[p.i] !== ')') fail(start);
  p.i++;
  p.leave();
  return { type, pos: start, end: p.i, Stmts: stmts };
}

/**
 * `…`: statements up to the closing backquote. Inside one, \`…\` is a nested substitution (it
 * starts at its backquote; deeper nesting is not modelled).
 */
function backquoted(p: P): ShNode | undefined {
  const s = p.s;
  const nested = s[p.i] === '\\';
  if (p.backquotes > (nested ? 1 : 0)) return undefined;
  const start = nested ? p.i + 1 : p.i;
  p.enter(start);
  p.i = start + 1;
  p.backquotes++;
  const stmts = (stmtHooks.list as (p: P, closer: Closer) => ShNode[])(p, '`');
  p.backquotes--;
  if (nested && s[p.i] === '\\' && s[p.i + 1] === '`') p.i++;
  if (s[p.i] !== '`') fail(start);
  p.i++;
  p.leave();
  return { type: 'CmdSubst', pos: start, end: p.i, Stmts: stmts, Backquotes: true };
}

/** $((…)): arithmetic up to the matching '))'. */
function arithmetic(p: P, start: number): ShNode {
  p.enter(start);
  p.i = start + 3;
  const words = arithWords(p, start);
  p.i += 2;
  p.leave();
  return { type: 'ArithmExp', pos: start, end: p.i, X: words };
}

/**
 * The operands of arithmetic text up to the '))' that closes it (p.i stops on it), as words;
 * operators and parentheses are skipped. Fails at `start` when there is no '))'.
 */
export function arithWords(p: P, start: number): ShNode[] {
  const s = p.s;
  const words: ShNode[] = [];
  let depth = 0;
  for (;;) {
    skipNewlines(p);
    const c = s[p.i];
    if (c === undefined) fail(start);
    if (c === ')' && depth === 0) {
      if (s[p.i + 1] !== ')') fail(start);
      return words;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    const w = parseWord(p, 'arith');
    if (w) words.push(w);
    else if (c === '`' && p.backquotes > 0) fail(start);
    else p.i++;
  }
}

/** @(…), !(…), *(…), +(…), ?(…): a pattern up to the matching ')'. */
function extGlob(p: P): ShNode {
  const s = p.s;
  const start = p.i;
  let depth = 0;
  let k = start + 1;
  for (; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) break;
  }
  if (k >= s.length) fail(start);
  p.i = k + 1;
  return { type: 'ExtGlob', pos: start, end: p.i, Pattern: lit(start + 2, k, s.slice(start + 2, k)) };
}

/** Blanks, then a word; fails at `at` when there is none. */
export function followWord(p: P, at: number, mode: WordMode = 'cmd'): ShNode {
  skipBlanks(p);
  return parseWord(p, mode) ?? fail(at);
}
