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
  /** Each line without its terminator (the strings the analysis model shares: see `contentLines`). */
  private content: string[];
  /** Each line's terminator: '\n', '\r\n', '\r', or '' for the last line. */
  private ends: string[];
  /** How many terminators are not '\n'. */
  private carriageReturns = 0;
  /** The joined text, until the next change. */
  private joined: string | undefined;
  /** Length of the text in UTF-16 units (kept per change: the size limits read it per keystroke). */
  private chars: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    text: string,
  ) {
    const { content, ends } = split(text);
    this.content = content;
    this.ends = ends;
    this.carriageReturns = countCarriageReturns(ends);
    this.joined = text;
    this.chars = text.length;
  }

  /** Length of the whole text in UTF-16 code units. */
  get length(): number {
    return this.chars;
  }

  static create(uri: string, languageId: string, version: number, text: string): LinesDocument {
    return new LinesDocument(uri, languageId, version, text);
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.content.length;
  }

  /** Whether any line ends with '\r\n' or '\r'. */
  get hasCarriageReturns(): boolean {
    return this.carriageReturns > 0;
  }

  /**
   * The lines without terminators, as this document holds them: the caller must not keep the array
   * (the next change updates it in place), only copy it or its strings.
   */
  contentLines(): readonly string[] {
    return this.content;
  }

  getText(range?: Range): string {
    if (this.joined === undefined) {
      if (this.carriageReturns === 0) this.joined = this.content.join('\n');
      else {
        const parts: string[] = [];
        for (let i = 0; i < this.content.length; i++) parts.push(this.content[i], this.ends[i]);
        this.joined = parts.join('');
      }
    }
    if (!range) return this.joined;
    return this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  update(changes: readonly Change[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(wellFormed(change.range), change.text);
      else {
        const { content, ends } = split(change.text);
        this.content = content;
        this.ends = ends;
        this.carriageReturns = countCarriageReturns(ends);
        this.chars = change.text.length;
      }
      this.joined = undefined;
    }
    this._version = version;
  }

  /** Replace the text between two positions (clamped as FullTextDocument clamps them). */
  private replace(range: Range, text: string): void {
    const { content, ends } = this;
    let [first, firstChar] = this.clamp(range.start);
    let [last, lastChar] = this.clamp(range.end);
    let segment = content[first].slice(0, firstChar) + text + content[last].slice(lastChar) + ends[last];
    // A lone '\r' before the segment and a '\n' at its start become one '\r\n' terminator (and the
    // same at the end): re-split the neighbouring line with the segment.
    if (first > 0 && segment.charCodeAt(0) === LF && ends[first - 1] === '\r') {
      first--;
      segment = content[first] + ends[first] + segment;
    }
    if (
      last + 1 < content.length &&
      segment.charCodeAt(segment.length - 1) === CR &&
      content[last + 1] === '' &&
      ends[last + 1].charCodeAt(0) === LF
    ) {
      last++;
      segment += ends[last];
    }
    const replacement = split(segment);
    // Lines follow the segment: it ends with a terminator, and the split's empty remainder is not a line.
    if (last + 1 < content.length) {
      replacement.content.pop();
      replacement.ends.pop();
    }
    const removed = last - first + 1;
    for (let i = first; i <= last; i++) this.chars -= content[i].length + ends[i].length;
    for (let i = 0; i < replacement.content.length; i++) this.chars += replacement.content[i].length + replacement.ends[i].length;
    for (let i = first; i <= last; i++) if (ends[i] !== '\n' && ends[i] !== '') this.carriageReturns--;
    this.carriageReturns += countCarriageReturns(replacement.ends);
    const added = replacement.content.length;
    if (added === removed) {
      for (let i = 0; i < removed; i++) {
        content[first + i] = replacement.content[i];
        ends[first + i] = replacement.ends[i];
      }
    } else if (added < 10_000) {
      content.splice(first, removed, ...replacement.content);
      ends.splice(first, removed, ...replacement.ends);
    } else {
      this.content = content.slice(0, first).concat(replacement.content, content.slice(last + 1));
      this.ends = ends.slice(0, first).concat(replacement.ends, ends.slice(last + 1));
    }
  }

  /** [line, character] of a position, clamped into the text (as FullTextDocument.offsetAt does). */
  private clamp(p: Position): [number, number] {
    const content = this.content;
    if (p.line < 0) return [0, 0];
    if (p.line >= content.length) {
      const last = content.length - 1;
      return [last, content[last].length];
    }
    return [p.line, Math.max(0, Math.min(p.character, content[p.line].length))];
  }

  offsetAt(position: Position): number {
    const [line, character] = this.clamp(position);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += this.content[i].length + this.ends[i].length;
    return offset + character;
  }

  positionAt(offset: number): Position {
    let rest = Math.max(0, Math.min(offset, this.getText().length));
    const { content, ends } = this;
    for (let line = 0; line < content.length; line++) {
      const len = content[line].length + ends[line].length;
      if (rest < len || line === content.length - 1) return { line, character: Math.min(rest, content[line].length) };
      rest -= len;
    }
    return { line: 0, character: 0 };
  }
}

const CR = 13;
const LF = 10;

/** Lines of `text` without terminators, and the terminator of each ('' for the last). */
function split(text: string): { content: string[]; ends: string[] } {
  // Most documents end lines with '\n' alone: the built-in split does them in one native pass (the
  // loop below runs as cold code when the first document arrives, in didOpen → first diagnostics).
  if (text.indexOf('\r') < 0) {
    const content = text.split('\n');
    const ends = new Array<string>(content.length).fill('\n');
    ends[ends.length - 1] = '';
    return { content, ends };
  }
  const content: string[] = [];
  const ends: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      content.push(text.slice(start, i));
      if (c === CR && text.charCodeAt(i + 1) === LF) {
        ends.push('\r\n');
        i++;
      } else ends.push(c === CR ? '\r' : '\n');
      start = i + 1;
    }
  }
  content.push(text.slice(start));
  ends.push('');
  return { content, ends };
}

function countCarriageReturns(ends: readonly string[]): number {
  let n = 0;
  for (const e of ends) if (e !== '\n' && e !== '') n++;
  return n;
}

function wellFormed(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}
