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

/**
 * Builds a Script one character (or one run of characters on a line) at a time. Positions go
 * straight into typed arrays that double as they fill, and the text is joined once at the end: no
 * number per character in a growing array and no position object per character, which were most
 * of what a big file's first shell parse allocated. Every `push` adds one position, whatever the
 * length of `ch`.
 */
export class ScriptBuilder {
  private parts: string[] = [];
  private n = 0;
  private lines: Int32Array;
  private cols: Int32Array;
  /** `capacity`: the number of positions expected, when known (no regrowth below it). */
  constructor(capacity = 64) {
    this.lines = new Int32Array(Math.max(16, capacity + 1));
    this.cols = new Int32Array(this.lines.length);
  }
  /** Room for `extra` more positions and the end position. */
  private reserve(extra: number): void {
    const need = this.n + extra + 1;
    if (need <= this.lines.length) return;
    const size = Math.max(need, this.lines.length * 2);
    const lines = new Int32Array(size);
    const cols = new Int32Array(size);
    lines.set(this.lines.subarray(0, this.n));
    cols.set(this.cols.subarray(0, this.n));
    this.lines = lines;
    this.cols = cols;
  }
  push(ch: string, line: number, col: number): void {
    this.reserve(1);
    this.parts.push(ch);
    this.lines[this.n] = line;
    this.cols[this.n] = col;
    this.n++;
  }
  /** The characters of `text`, all on `line`, at columns `col`, `col + 1`, … (one position each). */
  pushRun(text: string, line: number, col: number): void {
    if (text.length === 0) return;
    this.reserve(text.length);
    this.parts.push(text);
    const at = this.n;
    this.lines.fill(line, at, at + text.length);
    for (let k = 0; k < text.length; k++) this.cols[at + k] = col + k;
    this.n += text.length;
  }
  get length(): number {
    return this.n;
  }
  build(endLine: number, endCol: number): Script {
    const n = this.n;
    this.reserve(0);
    this.lines[n] = endLine;
    this.cols[n] = endCol;
    // Copies of exactly n + 1: what the model keeps is no bigger than the script.
    return { text: this.parts.join(''), line: this.lines.slice(0, n + 1), col: this.cols.slice(0, n + 1) };
  }
}

export function posAt(s: Script, i: number): Position {
  const k = clampIndex(s, i);
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
  const from = clampIndex(s, start);
  if (end <= start) return new Word(raw, value, s.line[from], s.col[from], s.line[from], s.col[from]);
  const last = clampIndex(s, end - 1);
  return new Word(raw, value, s.line[from], s.col[from], s.line[last], s.col[last] + 1);
}

/** `i` limited to the script's positions (as posAt reads it). */
function clampIndex(s: Script, i: number): number {
  return Math.max(0, Math.min(i, s.text.length));
}

/**
 * A script made of chosen characters of another (e.g. the inside of a quoted string): character i
 * of `text` sits where character `indexes[i]` of `s` does, the end where `endIndex` does.
 */
export function derive(s: Script, text: string, indexes: readonly number[], endIndex: number): Script {
  const n = text.length;
  const line = new Int32Array(n + 1);
  const col = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const k = clampIndex(s, indexes[i]);
    line[i] = s.line[k];
    col[i] = s.col[k];
  }
  const end = clampIndex(s, endIndex);
  line[n] = s.line[end];
  col[n] = s.col[end];
  return { text, line, col };
}

/** The characters [start, end) of `s` as a script of their own (derive of a contiguous range, without an index list). */
export function sliceScript(s: Script, start: number, end: number): Script {
  const from = clampIndex(s, start);
  const to = clampIndex(s, end);
  // An empty range is only its end position, as derive makes it.
  if (to <= from) return { text: '', line: Int32Array.of(s.line[to]), col: Int32Array.of(s.col[to]) };
  return { text: s.text.slice(from, to), line: s.line.slice(from, to + 1), col: s.col.slice(from, to + 1) };
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
