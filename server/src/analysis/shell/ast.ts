/**
 * Reading the syntax tree of sh/ (plain objects, mvdan.cc/sh's node and field names): node kind,
 * lists, string offsets, and a generic depth-first visit of child nodes in field order.
 */
import type { ShNode } from './sh/nodes';

/** 'CallExpr', 'Stmt', … ; '' for absent or non-node values. */
export function kind(n: unknown): string {
  if (n === null || typeof n !== 'object') return '';
  const t = (n as { type?: unknown }).type;
  return typeof t === 'string' ? t : '';
}

export function list(v: unknown): ShNode[] {
  return Array.isArray(v) ? (v as ShNode[]) : [];
}

export function startOf(n: ShNode): number {
  return n.pos;
}

export function endOf(n: ShNode): number {
  return n.end;
}

/** A position field that is set (absent ones are -1). */
export function posValid(p: unknown): p is number {
  return typeof p === 'number' && p >= 0;
}

/** Depth-first visit of child nodes; `enter` returns false to skip a node's children. */
export function visit(node: ShNode, enter: (n: ShNode) => boolean): void {
  for (const key in node) {
    const v = node[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const child of v) if (kind(child) && enter(child as ShNode)) visit(child as ShNode, enter);
    } else if (kind(v) && enter(v as ShNode)) visit(v as ShNode, enter);
  }
}
