/**
 * What an instruction hands to the shell: the instruction text with its continuations joined the
 * way Docker joins them (escape char + newline removed, comment lines inside a continuation
 * dropped), heredoc bodies appended, and the keyword and flags stripped. Exec form (`["a","b"]`)
 * is returned as its JSON strings instead.
 */
import { ScriptBuilder, decodeJsonString, derive, sliceScript, type Script } from './script';
import { isCommentOrBlank } from '../document';

export interface ExecString {
  /** Index range of the JSON token (quotes included) in `script`. */
  start: number;
  end: number;
  /** Decoded value. */
  value: string;
  /** Decoded value with positions (for `["sh","-c","…"]`). */
  inner: Script;
}

export type InstructionSource =
  | {
      kind: 'shell';
      script: Script /** Index in script where the heredoc bodies start (script.text.length when none). */;
      heredocStart: number;
    }
  | { kind: 'exec'; script: Script; strings: ExecString[] }
  | { kind: 'none' };

const SHELL_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * The instruction an ONBUILD trigger holds (`ONBUILD RUN modprobe nbd` → RUN), when it is one whose text is shell:
 * it runs in the build of every image FROM this one, so its commands are read like the instruction's own.
 */
export function onbuildKeyword(blockText: string): string | undefined {
  return /^\s*ONBUILD\s+(RUN|CMD|ENTRYPOINT|HEALTHCHECK)(?=\s|$)/i.exec(blockText)?.[1].toUpperCase();
}

export function instructionSource(blockText: string, escapeChar: string, keyword: string): InstructionSource {
  if (!SHELL_KEYWORDS.has(keyword) && keyword !== 'ONBUILD') return { kind: 'none' };
  const { script: whole, heredocStart } = logicalScript(blockText, escapeChar);
  const text = whole.text;
  let i = /^\s*[A-Za-z]+/.exec(text)?.[0].length ?? 0;
  if (keyword === 'ONBUILD') {
    // The trigger's own keyword follows; the rest is read as that instruction.
    const m = /^\s+(RUN|CMD|ENTRYPOINT|HEALTHCHECK)(?=\s|$)/i.exec(text.slice(i));
    if (!m) return { kind: 'none' };
    i += m[0].length;
    keyword = m[1].toUpperCase();
  }
  const skipFlags = () => {
    for (;;) {
      const m = /^\s+--[^\s]*/.exec(text.slice(i, heredocStart));
      if (!m) break;
      i += m[0].length;
    }
  };
  if (keyword === 'RUN' || keyword === 'HEALTHCHECK') skipFlags();
  if (keyword === 'HEALTHCHECK') {
    const m = /^\s+(CMD)\b/i.exec(text.slice(i));
    if (!m) return { kind: 'none' };
    i += m[0].length;
  }
  while (i < heredocStart && /\s/.test(text[i])) i++;
  const rest = text.slice(i, heredocStart).trimEnd();
  if (rest.startsWith('[')) {
    const exec = execForm(whole, i, i + rest.length);
    if (exec) return exec;
  }
  return { kind: 'shell', script: sliceScript(whole, i, text.length), heredocStart: heredocStart - i };
}

/** Continuation lines joined; heredoc body lines appended after a newline. */
function logicalScript(blockText: string, escapeChar: string): { script: Script; heredocStart: number } {
  const lines = blockText.split('\n');
  // At most one position per character of the block and one for the final newline.
  const b = new ScriptBuilder(blockText.length + 1);
  let j = 0;
  let lastLine = 0;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (j > 0 && isCommentOrBlank(line)) continue;
    lastLine = j;
    // Trailing blanks by hand: /[ \t]+$/ retries from every blank of the line (each indented
    // continuation line costs a scan per leading blank).
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    // The escape character is one character (`\\` or a backtick: document.ts escapeOf).
    const escaped = end > 0 && line[end - 1] === escapeChar;
    const content = escaped ? line.slice(0, end - 1) : line;
    b.pushRun(content, j, 0);
    if (!escaped || j + 1 >= lines.length) break;
  }
  const heredocStart = b.length;
  for (let k = j + 1; k < lines.length; k++) {
    const prev = lines[k - 1];
    b.push('\n', k - 1, prev.length);
    const line = lines[k];
    b.pushRun(line, k, 0);
    lastLine = k;
  }
  if (j + 1 < lines.length) b.push('\n', lastLine, lines[lastLine].length);
  return { script: b.build(lastLine, lines[lastLine]?.length ?? 0), heredocStart };
}

function execForm(whole: Script, start: number, end: number): InstructionSource | undefined {
  const src = whole.text;
  try {
    const v: unknown = JSON.parse(src.slice(start, end));
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return undefined;
  } catch {
    return undefined;
  }
  const strings: ExecString[] = [];
  let i = start;
  while (i < end) {
    if (src[i] === '"') {
      const d = decodeJsonString(src, i);
      if (!d) return undefined;
      strings.push({ start: i, end: d.end, value: d.text, inner: derive(whole, d.text, d.map, d.end - 1) });
      i = d.end;
    } else i++;
  }
  return { kind: 'exec', script: whole, strings };
}
