/**
 * The one place that calls the shell parser (mvdan-sh: mvdan.cc/sh compiled to JS, synchronous).
 * Never throws: a syntax error is answered by re-parsing the text before the error, so a
 * half-typed line still yields the commands before it.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { ShNode, ShSyntax } from 'mvdan-sh';
import { requireWithCodeCache } from '../../runtime/codeCache';

/**
 * Loaded on first use: initialising the GopherJS runtime costs ~60 ms, which would otherwise delay
 * the server's answer to `initialize` (and every CLI run that parses no shell).
 */
let loaded: ShSyntax | undefined;
function syntaxModule(): ShSyntax {
  if (!loaded) {
    // The bundles load it from dist/mvdan-sh.js (copied there by scripts/build.mjs, minified, with
    // its licence) so V8 does not compile 1.5 MB at every start; from sources, from node_modules.
    const besideBundle = nodePath.join(__dirname, 'mvdan-sh.js');
    // Through the V8 code cache: compiling it is most of its load time (~55 of ~60 ms).
    const fromBundle = nodePath.basename(__dirname) === 'dist' && fs.existsSync(besideBundle);
    const fromNodeModules = 'mvdan-sh'; // a variable: esbuild must not bundle it
    const mvdan = (fromBundle ? requireWithCodeCache(besideBundle) : require(fromNodeModules)) as {
      syntax?: ShSyntax;
      default?: { syntax: ShSyntax };
    };
    loaded = mvdan.syntax ?? (mvdan.default as { syntax: ShSyntax }).syntax;
  }
  return loaded;
}
let parser: ReturnType<ShSyntax['NewParser']> | undefined;

export type { ShNode };

/**
 * Loads the parser and runs it once on a small script, so the first document's parse does not pay
 * for loading it. The server calls this right after answering `initialize`, while the client is
 * still sending the first documents.
 */
export function preloadShellParser(): void {
  parseShell('apt-get install -y x && echo "$(uname -r)" | tee /etc/x >/dev/null || true');
}

export interface ShParse {
  file: ShNode;
  /** The parse covers only a prefix of the text (the rest had a syntax error). */
  partial: boolean;
  /** Byte offset (UTF-8) → string index, for the parsed text. */
  index(byteOffset: number): number;
}

const MAX_RECOVERY = 4;

export function parseShell(text: string): ShParse | undefined {
  const syntax = syntaxModule();
  parser ??= syntax.NewParser(syntax.KeepComments(true), syntax.Variant(syntax.LangBash));
  let src = text;
  let partial = false;
  for (let attempt = 0; attempt <= MAX_RECOVERY; attempt++) {
    try {
      const external = parser.Parse(src, '');
      // The GopherJS object model converts (deep-copies) every node crossing into JavaScript;
      // reading the internal Go objects directly is ~50x faster. See ast.ts.
      const file = ((external as unknown as { __internal_object__?: ShNode }).__internal_object__ ?? external) as ShNode;
      return { file, partial, index: byteIndexer(src) };
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
    const pos = (e as { Pos?: { Offset?: () => number } }).Pos;
    const off = pos?.Offset?.();
    return typeof off === 'number' ? off : undefined;
  } catch {
    return undefined;
  }
}

/** mvdan positions count UTF-8 bytes; JavaScript strings count UTF-16 units. */
function byteIndexer(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
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
