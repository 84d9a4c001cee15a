/**
 * Shapes shared by every analysis module. They mirror LSP's shapes (0-based lines, UTF-16 columns)
 * so the LSP layer can pass them through, but nothing here imports LSP code: the CLI and tests
 * use the same values.
 */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit offset in the line (JavaScript string index). */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity a user may configure for a rule; `off` disables it. */
export type ConfiguredSeverity = Severity | 'off';

/** A command the editor runs instead of (or after) applying edits, e.g. the target picker. */
export interface FixCommand {
  command: string;
  title: string;
  arguments?: unknown[];
}

export interface Fix {
  title: string;
  /** LSP code action kind: 'quickfix' for most fixes. */
  kind: 'quickfix' | 'refactor.rewrite' | 'source';
  edits: TextEdit[];
  command?: FixCommand;
  /** Only where one fix is clearly right. */
  isPreferred?: boolean;
  /** Safe to apply without looking: included in `source.fixAll.kernel-lens`. Implies isPreferred. */
  safe?: boolean;
}

export interface RelatedInformation {
  /** A place in the same document (e.g. the FROM line), or absent when it points at the target setting. */
  range?: Range;
  /**
   * Set when `range` lies in another file: a build-context file (a start script the Dockerfile
   * COPYs), as a path relative to the build context (the Dockerfile's directory), `/`-separated.
   */
  file?: string;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The exact command word or argument, never the whole instruction. */
  range: Range;
  message: string;
  related?: RelatedInformation[];
  fixes: Fix[];
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}
