/**
 * A shell parser of our own (bash syntax, what the walker needs): text → syntax tree with string
 * offsets. Dependency-free, synchronous, bounded: one pass over the text without backtracking
 * (lookaheads are sticky regular expressions at one position), nesting limited (state.ts).
 */
import { stmtEnd, stmtList } from './commands';
import type { ShNode } from './nodes';
import { P, ShSyntaxError, fail } from './state';

/** The tree of `text`, or the offset of the first syntax error. */
export function parseSh(text: string): { file: ShNode } | { errorAt: number } {
  const p = new P(text);
  try {
    const stmts = stmtList(p, 'none');
    if (p.i < text.length) fail(p.i);
    if (p.pending.length) fail(p.pending[0].pos);
    if (p.sawHeredoc) for (const s of stmts) fixEnds(s);
    return { file: { type: 'File', pos: 0, end: text.length, Stmts: stmts } };
  } catch (e) {
    if (e instanceof ShSyntaxError) return { errorAt: e.at };
    if (e instanceof RangeError) return { errorAt: 0 }; // stack overflow: not expected within the nesting limit
    throw e;
  }
}

/** Heredoc bodies are read after their statements ended: recompute the ends that include them. */
function fixEnds(n: ShNode): void {
  for (const key of Object.keys(n)) {
    const v = n[key];
    if (Array.isArray(v)) for (const c of v) fixEnds(c as ShNode);
    else if (v !== null && typeof v === 'object') fixEnds(v as ShNode);
  }
  if (n.type === 'Redirect') n.end = ((n.Hdoc ?? n.Word) as ShNode).end;
  else if (n.type === 'Stmt') n.end = stmtEnd(n);
  else if (n.type === 'BinaryCmd') n.end = (n.Y as ShNode).end;
  else if (n.type === 'FuncDecl') n.end = (n.Body as ShNode).end;
}
