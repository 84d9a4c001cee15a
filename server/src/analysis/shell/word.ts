/**
 * A shell word as the model keeps it: its range as four numbers, made into a Range object only when
 * something reads `range` (then kept, so the object is stable). A big file has tens of thousands of
 * words and rules read the range of few of them; three objects per word (range and two positions)
 * were a fifth of the model's memory at 50,000 lines.
 */
import type { Range } from '../types';
import type { ShellWord } from './types';

export class Word implements ShellWord {
  private cachedRange: Range | undefined;

  constructor(
    readonly raw: string,
    readonly value: string | undefined,
    private readonly startLine: number,
    private readonly startCharacter: number,
    private readonly endLine: number,
    private readonly endCharacter: number,
  ) {}

  static of(raw: string, value: string | undefined, range: Range): Word {
    return new Word(raw, value, range.start.line, range.start.character, range.end.line, range.end.character);
  }

  get range(): Range {
    return (this.cachedRange ??= rangeOfNumbers(this.startLine, this.startCharacter, this.endLine, this.endCharacter));
  }

  /** The same word `delta` lines further down. */
  shifted(delta: number): Word {
    return new Word(this.raw, this.value, this.startLine + delta, this.startCharacter, this.endLine + delta, this.endCharacter);
  }

  /** Serialised as the plain ShellWord it stands for. */
  toJSON(): ShellWord {
    return { raw: this.raw, value: this.value, range: this.range };
  }
}

/** The Range object for a range kept as four numbers (Word, and commands in index.ts). */
export function rangeOfNumbers(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}
