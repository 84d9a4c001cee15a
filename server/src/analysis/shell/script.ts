/**
 * A piece of shell text with the block-relative position of every character, so anything found in
 * it maps back to the exact place in the Dockerfile — across continuation lines, heredoc bodies,
 * quoted `sh -c` strings and exec-form JSON strings.
 */
import type { Position, Range } from '../types';
import { Word } from './word';

export interface Script {
  readonly text: string;
  /** Block-relative line of each character; index text.length is the position after the last one. */
  readonly line: Int32Array;
  readonly col: Int32Array;
}

export class ScriptBuilder {
  private chars: string[] = [];
  private lines: number[] = [];
  private cols: number[] = [];
  push(ch: string, line: number, col: number): void {
    this.chars.push(ch);
    this.lines.push(line);
    this.cols.push(col);
  }
  get length(): number {
    return this.chars.length;
  }
  build(endLine: number, endCol: number): Script {
    const n = this.chars.length;
    const line = new Int32Array(n + 1);
    const col = new Int32Array(n + 1);
    line.set(this.lines);
    col.set(this.cols);
    line[n] = endLine;
    col[n] = endCol;
    return { text: this.chars.join(''), line, col };
  }
}

export function posAt(s: Script, i: number): Position {
  const k = Math.max(0, Math.min(i, s.text.length));
  return { line: s.line[k], character: s.col[k] };
}

/** Range of [start, end) in the script. The end maps to just after the last character. */
export function rangeOf(s: Script, start: number, end: number): Range {
  if (end <= start) return { start: posAt(s, start), end: posAt(s, start) };
  const last = posAt(s, end - 1);
  return { start: posAt(s, start), end: { line: last.line, character: last.character + 1 } };
}

/** The word `raw` at [start, end) of the script (range as rangeOf gives it, stored compactly). */
export function wordAt(s: Script, raw: string, value: string | undefined, start: number, end: number): Word {
  const from = posAt(s, start);
  if (end <= start) return new Word(raw, value, from.line, from.character, from.line, from.character);
  const last = posAt(s, end - 1);
  return new Word(raw, value, from.line, from.character, last.line, last.character + 1);
}

/** A script made of chosen characters of another (e.g. the inside of a quoted string). */
export function derive(s: Script, text: string, indexes: readonly number[], endIndex: number): Script {
  const b = new ScriptBuilder();
  for (let i = 0; i < text.length; i++) {
    const p = posAt(s, indexes[i]);
    b.push(text[i], p.line, p.character);
  }
  const end = posAt(s, endIndex);
  return b.build(end.line, end.character);
}

/**
 * Shell quote removal with a character map: the literal text a word stands for, and for each of
 * its characters the index in `raw` it came from. Expansions (`$X`, `$(…)`) are kept as written so
 * an inner script (`sh -c "modprobe $M"`) still parses; `literal` says whether there were any.
 */
export function unquote(raw: string): { text: string; map: number[]; literal: boolean } {
  // Characters collected and joined once: `text += ch` would leave a chain of one concatenation per
  // character (V8 cons strings) in every word value kept in the model.
  const chars: string[] = [];
  const map: number[] = [];
  let literal = true;
  let i = 0;
  const add = (ch: string, at: number) => {
    chars.push(ch);
    map.push(at);
  };
  while (i < raw.length) {
    const c = raw[i];
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const end = close < 0 ? raw.length : close;
      for (let k = i + 1; k < end; k++) add(raw[k], k);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < raw.length && '"\\$`\n'.includes(raw[i + 1])) {
          if (raw[i + 1] !== '\n') add(raw[i + 1], i + 1);
          i += 2;
          continue;
        }
        if (raw[i] === '$' || raw[i] === '`') literal = false;
        add(raw[i], i);
        i++;
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 < raw.length && raw[i + 1] !== '\n') add(raw[i + 1], i + 1);
      i += 2;
    } else {
      if (c === '$' || c === '`') literal = false;
      add(c, i);
      i++;
    }
  }
  return { text: chars.join(''), map, literal };
}

const QUOTING = /['"\\$`]/;

/**
 * A word's literal value (quote removal), or undefined when it contains expansions. A word without
 * any quoting or expansion character is its own value: the same string, no copy (most words are).
 */
export function literalValue(raw: string): string | undefined {
  if (!QUOTING.test(raw)) return raw;
  const u = unquote(raw);
  return u.literal ? u.text : undefined;
}

/** A JSON string token starting at `start` (the opening quote): decoded text, map, and end index (after the closing quote). */
export function decodeJsonString(src: string, start: number): { text: string; map: number[]; end: number } | undefined {
  if (src[start] !== '"') return undefined;
  let text = '';
  const map: number[] = [];
  let i = start + 1;
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  while (i < src.length) {
    const c = src[i];
    if (c === '"') return { text, map, end: i + 1 };
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
        map.push(i);
        i += 6;
        continue;
      }
      if (e !== undefined && simple[e] !== undefined) {
        text += simple[e];
        map.push(i);
        i += 2;
        continue;
      }
      return undefined;
    }
    text += c;
    map.push(i);
    i++;
  }
  return undefined;
}
