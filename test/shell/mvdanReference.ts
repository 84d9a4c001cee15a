/**
 * The reference parser for the differential test only (never shipped): mvdan-sh (mvdan.cc/sh
 * compiled to JavaScript by GopherJS, a devDependency) with its syntax tree converted into the plain
 * nodes of server/src/analysis/shell/sh (same node and field names, string offsets), so the walker
 * can run on either tree. On a syntax error: the same recovery as the shipped parser had (re-parse
 * of the text before the error, `partial`). mvdan-sh 0.10.1 was built from mvdan/sh commit
 * b632912cc1a9a0fdc25bc42954eb572c00f108c5 (v3.5.0 development), whose syntax/ sources the new parser
 * was checked against (token numbers, Stmt/Redirect ends, heredoc and backquote handling).
 */
import type { ShNode } from '../../server/src/analysis/shell/sh/nodes';
import type { ShParse } from '../../server/src/analysis/shell/parse';

interface GoSlice {
  $array: unknown[];
  $offset: number;
  $length: number;
}
type GoNode = Record<string, unknown> & { Pos(): { offs: number }; End(): { offs: number } };

const PREFIX = '*syntax.';

function goKind(n: unknown): string {
  if (n === null || typeof n !== 'object') return '';
  const ctor = (n as { constructor?: { string?: string; nil?: unknown } }).constructor;
  const t = ctor?.string;
  if (typeof t !== 'string' || !t.startsWith(PREFIX) || n === ctor?.nil) return '';
  return t.slice(PREFIX.length);
}

function goList(slice: unknown): unknown[] {
  const s = slice as GoSlice | undefined;
  if (!s || !Array.isArray(s.$array)) return [];
  return s.$array.slice(s.$offset, s.$offset + s.$length);
}

function isPos(v: unknown): v is { offs: number; lineCol: number } {
  return !!v && typeof v === 'object' && typeof (v as { lineCol?: unknown }).lineCol === 'number' && 'offs' in (v as object);
}

function convert(n: GoNode, index: (b: number) => number): ShNode {
  // Expansion, Replace, Slice … are no syntax.Node (no Pos/End): they keep -1.
  const hasPos = typeof n.Pos === 'function';
  const out: ShNode = { type: goKind(n), pos: hasPos ? index(n.Pos().offs) : -1, end: hasPos ? index(n.End().offs) : -1 };
  for (const key of Object.keys(n)) {
    if (key === '$val' || key === 'Comments' || key === 'Last' || key.endsWith('Last')) continue;
    const v = n[key];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'object') out[key] = v;
    else if (Array.isArray((v as GoSlice).$array))
      out[key] = goList(v)
        .filter((c) => goKind(c) !== '')
        .map((c) => convert(c as GoNode, index));
    else if (isPos(v)) out[key] = v.lineCol > 0 ? index(v.offs) : -1;
    else if (goKind(v) !== '' && goKind(v) !== 'Pos') out[key] = convert(v as GoNode, index);
  }
  return out;
}

interface Syntax {
  NewParser(...opts: unknown[]): { Parse(src: string, name: string): unknown };
  KeepComments(on: boolean): unknown;
  Variant(v: unknown): unknown;
  LangBash: unknown;
}
let parser: ReturnType<Syntax['NewParser']> | undefined;

function mvdanParser(): ReturnType<Syntax['NewParser']> {
  if (!parser) {
    const name = 'mvdan-sh';
    const m = require(name) as { syntax?: Syntax; default?: { syntax: Syntax } };
    const syntax = m.syntax ?? (m.default as { syntax: Syntax }).syntax;
    parser = syntax.NewParser(syntax.KeepComments(true), syntax.Variant(syntax.LangBash));
  }
  return parser;
}

const MAX_RECOVERY = 4;

export function parseWithMvdan(text: string): ShParse | undefined {
  let src = text;
  let partial = false;
  for (let attempt = 0; attempt <= MAX_RECOVERY; attempt++) {
    try {
      const external = mvdanParser().Parse(src, '');
      const file = ((external as { __internal_object__?: GoNode }).__internal_object__ ?? external) as GoNode;
      return { file: convert(file, byteIndexer(src)), partial };
    } catch (e) {
      const byte = errorOffset(e);
      if (byte === undefined) return undefined;
      const cut = byteIndexer(src)(byte);
      if (cut <= 0 || cut >= src.length) return undefined;
      src = src.slice(0, cut);
      partial = true;
    }
  }
  return undefined;
}

function errorOffset(e: unknown): number | undefined {
  try {
    const off = (e as { Pos?: { Offset?: () => number } }).Pos?.Offset?.();
    return typeof off === 'number' ? off : undefined;
  } catch {
    return undefined;
  }
}

/** mvdan positions count UTF-8 bytes; JavaScript strings count UTF-16 units. */
function byteIndexer(text: string): (byte: number) => number {
  if (!/[^\x00-\x7f]/.test(text)) return (b) => Math.min(b, text.length);
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    const bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (c >= 0x10000) i++;
  }
  map.push(text.length);
  return (b) => (b < 0 ? 0 : b >= map.length ? text.length : map[b]);
}
