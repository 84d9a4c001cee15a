/**
 * The server's copy of an open document, kept as an array of lines.
 *
 * Why not vscode-languageserver-textdocument's FullTextDocument: it applies each incremental change
 * by cutting and re-joining the whole text, so every keystroke copies the file (2.5 MB at 50,000
 * lines). A burst of a thousand changes then leaves gigabytes of large-object garbage that V8 only
 * reclaims at its next full collection: the server's peak memory was set by that, not by its data
 * (measured: large-object space 204 MB during the benchmark's burst at 50k lines). Here a change
 * replaces only the lines it touches; the whole text is joined once, when someone asks for it
 * (the analysis of the current version), and cached until the next change.
 *
 * Semantics are FullTextDocument's (test: linesDocument.test.ts compares both on random edits):
 * '\n', '\r\n' and '\r' end lines; positions are clamped (a line past the end means the end of the
 * text, a character past the line's end means its end, before the line terminator); a range whose
 * start is after its end is swapped; a change without a range replaces the whole text.
 */
import type { Position, Range } from 'vscode-languageserver-textdocument';

type Change = { range: Range; text: string } | { text: string };

export class LinesDocument {
  /** Each line with its terminator ('\n', '\r\n' or '\r'); the last line has none (it may be ''). */
  private lines: string[];
  /** The joined text, until the next change. */
  private joined: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    text: string,
  ) {
    this.lines = splitKeepingTerminators(text);
    this.joined = text;
  }

  static create(uri: string, languageId: string, version: number, text: string): LinesDocument {
    return new LinesDocument(uri, languageId, version, text);
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    if (this.joined === undefined) this.joined = this.lines.join('');
    if (!range) return this.joined;
    return this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  update(changes: readonly Change[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(wellFormed(change.range), change.text);
      else this.lines = splitKeepingTerminators(change.text);
      this.joined = undefined;
    }
    this._version = version;
  }

  /** Replace the text between two positions (clamped as FullTextDocument clamps them). */
  private replace(range: Range, text: string): void {
    const lines = this.lines;
    let [first, firstChar] = this.clamp(range.start);
    let [last, lastChar] = this.clamp(range.end);
    let segment = lines[first].slice(0, firstChar) + text + lines[last].slice(lastChar);
    // A lone '\r' before the segment and a '\n' at its start become one '\r\n' terminator (and the
    // same at the end): re-split the neighbouring line with the segment.
    if (first > 0 && segment.charCodeAt(0) === LF && endsWithLoneCr(lines[first - 1])) segment = lines[--first] + segment;
    if (last + 1 < lines.length && segment.charCodeAt(segment.length - 1) === CR && lines[last + 1].charCodeAt(0) === LF) segment += lines[++last];
    const replacement = splitKeepingTerminators(segment);
    // Lines follow the segment: it ends with a terminator, and the split's empty remainder is not a line.
    if (last + 1 < lines.length) replacement.pop();
    const removed = last - first + 1;
    if (replacement.length === removed) {
      for (let i = 0; i < removed; i++) lines[first + i] = replacement[i];
    } else if (replacement.length < 10_000) {
      lines.splice(first, removed, ...replacement);
    } else {
      this.lines = lines.slice(0, first).concat(replacement, lines.slice(last + 1));
    }
  }

  /** [line, character] of a position, clamped into the text (as FullTextDocument.offsetAt does). */
  private clamp(p: Position): [number, number] {
    const lines = this.lines;
    if (p.line < 0) return [0, 0];
    if (p.line >= lines.length) {
      const last = lines.length - 1;
      return [last, lines[last].length];
    }
    const content = contentLength(lines[p.line]);
    return [p.line, Math.max(0, Math.min(p.character, content))];
  }

  offsetAt(position: Position): number {
    const [line, character] = this.clamp(position);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += this.lines[i].length;
    return offset + character;
  }

  positionAt(offset: number): Position {
    let rest = Math.max(0, Math.min(offset, this.getText().length));
    const lines = this.lines;
    for (let line = 0; line < lines.length; line++) {
      const len = lines[line].length;
      if (rest < len || line === lines.length - 1) return { line, character: Math.min(rest, contentLength(lines[line])) };
      rest -= len;
    }
    return { line: 0, character: 0 };
  }
}

const CR = 13;
const LF = 10;

/** Lines of `text`, each with its terminator; the last piece (possibly '') has none. */
export function splitKeepingTerminators(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function contentLength(line: string): number {
  let n = line.length;
  if (n > 0 && line.charCodeAt(n - 1) === LF) n--;
  if (n > 0 && line.charCodeAt(n - 1) === CR) n--;
  return n;
}

function endsWithLoneCr(line: string): boolean {
  return line.length > 0 && line.charCodeAt(line.length - 1) === CR;
}

function wellFormed(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}
