/**
 * A small JSON-with-comments parser for `.kernel-lens.json`. JSON.parse in Node 20 does not say
 * where an error is; users need a line and column. Comments (`//`, `/* *\/`) and trailing commas
 * are accepted, as in VS Code's own settings files. Positions are 0-based line / UTF-16 column.
 */
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

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;

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
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);

  const skipSpace = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) throw new ParseError('unterminated /* comment', i);
        i = end + 2;
      } else return;
    }
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length || text[i] === '\n') throw new ParseError('unterminated string', start);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else throw new ParseError('invalid escape in string', i);
      } else {
        out += c;
        i++;
      }
    }
  };

  const parseValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new ParseError('nested too deeply', i);
    skipSpace();
    const c = text[i];
    if (c === '{') return parseObject(depth);
    if (c === '[') return parseArray(depth);
    if (c === '"') return parseString();
    const lit = /^(?:true|false|null)\b/.exec(text.slice(i, i + 6));
    if (lit) {
      i += lit[0].length;
      return lit[0] === 'true' ? true : lit[0] === 'false' ? false : null;
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    throw new ParseError(`expected a value but found ${describe(i)}`, i);
  };

  const parseArray = (depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    for (;;) {
      skipSpace();
      if (text[i] === ']') {
        i++;
        return out;
      }
      out.push(parseValue(depth + 1));
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] !== ']') throw new ParseError(`expected ',' or ']' but found ${describe(i)}`, i);
    }
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        return out;
      }
      if (text[i] !== '"') throw new ParseError(`expected a property name in double quotes but found ${describe(i)}`, i);
      const key = parseString();
      skipSpace();
      if (text[i] !== ':') throw new ParseError(`expected ':' after "${key}" but found ${describe(i)}`, i);
      i++;
      skipSpace();
      const valueStart = i;
      // defineProperty: a "__proto__" key is data, not a prototype change.
      Object.defineProperty(out, key, { value: parseValue(depth + 1), enumerable: true, writable: true, configurable: true });
      if (depth === 0) topLevelValueRanges.set(key, { start: toPosition(valueStart), end: toPosition(i) });
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] !== '}') throw new ParseError(`expected ',' or '}' but found ${describe(i)}`, i);
    }
  };

  try {
    const value = parseValue(0);
    skipSpace();
    if (i < text.length) throw new ParseError(`unexpected ${describe(i)} after the end of the JSON value`, i);
    return { value, topLevelValueRanges };
  } catch (err) {
    if (err instanceof ParseError) return { error: { message: err.message, position: toPosition(err.offset) }, topLevelValueRanges };
    return { error: { message: String(err), position: toPosition(i) }, topLevelValueRanges };
  }
}
