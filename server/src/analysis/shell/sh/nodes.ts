/**
 * The syntax tree of the shell parser in this folder: plain objects that keep mvdan.cc/sh's node
 * and field names (CallExpr.Args, Stmt.Redirs, Redirect.Hdoc …), so the walker reads the same
 * shape it read from mvdan-sh. `pos`/`end` are string offsets into the parsed text (end
 * exclusive); a position field that is absent is -1. Only what the walker needs is modelled
 * exactly (statements, lists, pipelines, simple commands, redirects, words and substitutions);
 * other constructs keep their nested statements and words for a generic visit.
 */
export interface ShNode {
  type: string;
  pos: number;
  end: number;
  [field: string]: unknown;
}

/** BinaryCmd.Op: the numbers of mvdan.cc/sh's token list, as the walker compares them. */
export const OP_AND = 10;
export const OP_OR = 11;
export const OP_PIPE = 12;
export const OP_PIPE_ALL = 13;

/** Redirect.Op by operator text (mvdan.cc/sh token numbers). */
export const REDIR_OP: Readonly<Record<string, number>> = {
  '>': 54,
  '>>': 55,
  '<': 56,
  '<>': 57,
  '<&': 58,
  '>&': 59,
  '>|': 60,
  '<<': 61,
  '<<-': 62,
  '<<<': 63,
  '&>': 64,
  '&>>': 65,
};
export const OP_DASH_HEREDOC = 62;

export function lit(pos: number, end: number, value: string): ShNode {
  return { type: 'Lit', pos, end, Value: value };
}
