/**
 * The one place that calls the shell parser (sh/: our own, synchronous, dependency-free).
 * Never throws: a syntax error is answered by re-parsing the text before the error, so a
 * half-typed line still yields the commands before it.
 */
import type { ShNode } from './sh/nodes';
import { parseSh } from './sh/parser';

export type { ShNode };

export interface ShParse {
  file: ShNode;
  /** The parse covers only a prefix of the text (the rest had a syntax error). */
  partial: boolean;
}

const MAX_RECOVERY = 4;

function parseOwn(text: string): ShParse | undefined {
  let src = text;
  let partial = false;
  for (let attempt = 0; attempt <= MAX_RECOVERY; attempt++) {
    const r = parseSh(src);
    if ('file' in r) return { file: r.file, partial };
    if (r.errorAt <= 0 || r.errorAt >= src.length) return undefined;
    src = src.slice(0, r.errorAt);
    partial = true;
  }
  return undefined;
}

let parser: (text: string) => ShParse | undefined = parseOwn;

export function parseShell(text: string): ShParse | undefined {
  return parser(text);
}

/** Runs `body` with another parser in place (the differential test's reference, mvdan-sh). */
export function withShellParser<T>(other: (text: string) => ShParse | undefined, body: () => T): T {
  const saved = parser;
  parser = other;
  try {
    return body();
  } finally {
    parser = saved;
  }
}
