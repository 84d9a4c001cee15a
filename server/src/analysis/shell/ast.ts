/**
 * Reading mvdan-sh syntax trees through GopherJS's internal objects: struct fields are plain
 * properties, slices are {$array, $offset, $length}, nil pointers are their type's `.nil`, and the
 * node type is the constructor's Go type string ('*syntax.CallExpr'). This avoids the wrapper
 * layer, which deep-copies a node on every field access. Pinned to mvdan-sh 0.10.1 (exact version
 * in package.json); shell.test.ts exercises every accessor.
 */
import type { ShNode } from './parse';

interface GoSlice {
  $array: ShNode[];
  $offset: number;
  $length: number;
}

const PREFIX = '*syntax.';

/** 'CallExpr', 'Stmt', … ; '' for nil or non-node values. */
export function kind(n: unknown): string {
  if (n === null || typeof n !== 'object') return '';
  const ctor = (n as { constructor?: { string?: string; nil?: unknown } }).constructor;
  const t = ctor?.string;
  if (typeof t !== 'string' || !t.startsWith(PREFIX) || n === ctor?.nil) return '';
  return t.slice(PREFIX.length);
}

function isNode(n: unknown): n is ShNode {
  const k = kind(n);
  return k !== '' && k !== 'Pos';
}

export function list(slice: unknown): ShNode[] {
  const s = slice as GoSlice | undefined;
  if (!s || !Array.isArray(s.$array)) return [];
  return s.$array.slice(s.$offset, s.$offset + s.$length);
}

export function startOf(n: ShNode): number {
  return (n.Pos() as unknown as { offs: number }).offs;
}

export function endOf(n: ShNode): number {
  return (n.End() as unknown as { offs: number }).offs;
}

export function posValid(p: unknown): boolean {
  const q = p as { offs?: number; lineCol?: number } | undefined;
  return !!q && typeof q.lineCol === 'number' && q.lineCol > 0;
}

export function posOffset(p: unknown): number {
  return (p as { offs: number }).offs;
}

/** Depth-first visit of child nodes; `enter` returns false to skip a node's children. */
export function visit(node: ShNode, enter: (n: ShNode) => boolean): void {
  for (const key of Object.keys(node)) {
    if (key === '$val') continue;
    const v = (node as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray((v as GoSlice).$array)) {
      for (const child of list(v)) if (isNode(child) && enter(child)) visit(child, enter);
    } else if (isNode(v)) {
      if (enter(v)) visit(v, enter);
    }
  }
}
