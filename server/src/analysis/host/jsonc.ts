/**
 * `.kernel-lens.json` is JSON with comments, as VS Code's own settings files: Microsoft's
 * `jsonc-parser` (what VS Code uses) parses it, with `//` and `/* *\/` comments and trailing commas.
 * This module only turns its offsets and error codes into what users read: a line, a column and a
 * sentence. Positions are 0-based line / UTF-16 column.
 *
 * Invariants: never throws; a `__proto__` key is data (jsonc-parser builds objects with
 * Object.create(null)); nesting deeper than MAX_DEPTH is an error before the recursive parser runs,
 * so no input can exhaust the stack.
 */
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Position, Range } from '../types';

export interface JsoncError {
  message: string;
  position: Position;
}

export interface JsoncResult {
  value?: unknown;
  error?: JsoncError;
  /** Range of each top-level property's value, for problems about a field. */
  topLevelValueRanges: Map<string, Range>;
}

const MAX_DEPTH = 64;

/**
 * One scan of the brackets (strings and comments skipped): where nesting first goes deeper than
 * MAX_DEPTH (or -1), and the innermost container still open at `until`.
 */
function scanBrackets(text: string, until = text.length): { tooDeepAt: number; open?: string } {
  const stack: string[] = [];
  for (let i = 0; i < Math.min(until, text.length); i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      stack.push(c);
      if (stack.length > MAX_DEPTH) return { tooDeepAt: i };
    } else if (c === ']' || c === '}') stack.pop();
  }
  return { tooDeepAt: -1, open: stack[stack.length - 1] };
}

function describe(text: string, offset: number): string {
  if (offset >= text.length) return 'end of file';
  const c = text[offset];
  return c === '\n' || c === '\r' ? 'end of line' : `'${c}'`;
}

/** Words for a jsonc-parser error, in the terms users read (the token found at the offset). */
function errorWords(e: ParseError, text: string, tree: Node | undefined): string {
  const found = describe(text, e.offset);
  // jsonc-parser's code names (its enum is a const enum, which isolated modules cannot read).
  switch (printParseErrorCode(e.error)) {
    case 'ValueExpected':
      return `expected a value but found ${found}`;
    case 'PropertyNameExpected':
      return `expected a property name in double quotes but found ${found}`;
    case 'ColonExpected':
      return `expected ':' after a property name but found ${found}`;
    case 'CommaExpected':
      return `expected ',' or '${scanBrackets(text, e.offset).open === '[' ? ']' : '}'}' but found ${found}`;
    case 'CloseBraceExpected':
      return /[{,]\s*$/.test(text.slice(0, e.offset))
        ? `expected a property name in double quotes but found ${found}`
        : `expected ',' or '}' but found ${found}`;
    case 'CloseBracketExpected':
      return `expected ',' or ']' but found ${found}`;
    case 'EndOfFileExpected':
      return `unexpected ${found} after the end of the JSON value`;
    case 'UnexpectedEndOfComment':
      return 'unterminated /* comment';
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'invalid escape in string';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `invalid number at ${found}`;
    case 'InvalidCharacter':
      return `invalid character in string at ${found}`;
    default:
      // InvalidSymbol: a stray word — after a complete value, or where a value should be.
      return tree && e.offset >= tree.offset + tree.length
        ? `unexpected ${found} after the end of the JSON value`
        : `expected a value but found ${found}`;
  }
}

export function parseJsonc(text: string): JsoncResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const toPosition = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  };
  const topLevelValueRanges = new Map<string, Range>();
  const deep = scanBrackets(text).tooDeepAt;
  if (deep >= 0) return { error: { message: 'nested too deeply', position: toPosition(deep) }, topLevelValueRanges };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0];
    return { error: { message: errorWords(first, text, tree), position: toPosition(first.offset) }, topLevelValueRanges };
  }
  if (!tree)
    return { error: { message: 'expected a value but found end of file', position: toPosition(text.length) }, topLevelValueRanges };
  if (tree.type === 'object') {
    for (const prop of tree.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (key && value)
        topLevelValueRanges.set(String(key.value), { start: toPosition(value.offset), end: toPosition(value.offset + value.length) });
    }
  }
  return { value: plainValue(getNodeValue(tree)), topLevelValueRanges };
}

/**
 * jsonc-parser's objects have no prototype; callers and tests compare with ordinary objects. The
 * copy keeps a `__proto__` key as data (defineProperty) and is bounded by MAX_DEPTH.
 */
function plainValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plainValue);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    Object.defineProperty(out, k, { value: plainValue(x), enumerable: true, writable: true, configurable: true });
  return out;
}
