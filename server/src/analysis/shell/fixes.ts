/**
 * Text edits for command-level fixes: remove a command from its list, remove one argument, add an
 * explanatory comment above the instruction. Edits are minimal and keep the user's formatting
 * (continuation escapes, indentation, line endings).
 */
import type { DockerfileModel, InstructionBlock } from '../document';
import type { Range, TextEdit } from '../types';
import type { ShellCommand, ShellWord } from './types';

function eolOf(model: DockerfileModel): string {
  return model.eol;
}

function indentOf(model: DockerfileModel, block: InstructionBlock): string {
  return /^[ \t]*/.exec(model.lines[block.startLine] ?? '')?.[0] ?? '';
}

/** A `# host kernel: …` comment line (not a `# kernel-lens:` directive, which it would be mistaken for) inserted above the instruction. */
export function commentAbove(model: DockerfileModel, block: InstructionBlock, text: string): TextEdit {
  const at = { line: block.startLine, character: 0 };
  return { range: { start: at, end: at }, newText: `${indentOf(model, block)}# host kernel: ${text}${eolOf(model)}` };
}

/**
 * Remove the command (and, when it was the instruction's only command, the whole instruction),
 * optionally leaving a comment in its place. Undefined when the shell layer could not express a
 * clean removal (pipelines, conditions, substitutions, partial parses).
 */
export function removeCommandEdits(model: DockerfileModel, cmd: ShellCommand, comment?: string): TextEdit[] | undefined {
  const r = cmd.removal;
  if (!r) return undefined;
  if (r.leavesEmpty) {
    const { range, atEnd } = clampToDocument(model, r.range);
    const line = `${indentOf(model, cmd.block)}# host kernel: ${comment}`;
    const newText = comment === undefined ? '' : atEnd ? eolOf(model) + line : line + eolOf(model);
    return [{ range, newText }];
  }
  const edits: TextEdit[] = [{ range: r.range, newText: '' }];
  if (comment !== undefined) edits.push(commentAbove(model, cmd.block, comment));
  return edits;
}

/** A range past the last line means "to the end of the document". */
function clampToDocument(model: DockerfileModel, r: Range): { range: Range; atEnd: boolean } {
  const last = model.lines.length - 1;
  if (r.end.line <= last) return { range: r, atEnd: false };
  // The instruction is the last one: also take the line break before it, so no blank line is left.
  const startLine = r.start.line;
  if (startLine > 0 && r.start.character === 0) {
    return {
      range: {
        start: { line: startLine - 1, character: model.lines[startLine - 1].length },
        end: { line: last, character: model.lines[last].length },
      },
      atEnd: true,
    };
  }
  return { range: { start: r.start, end: { line: last, character: model.lines[last].length } }, atEnd: false };
}

/**
 * Remove one argument word of a command: up to the next word when there is one (so continuation
 * lines keep their layout), else back to the end of the previous word.
 */
export function removeWordEdit(cmd: ShellCommand, word: ShellWord): TextEdit | undefined {
  const i = cmd.args.indexOf(word);
  if (i < 0) return undefined;
  const next = cmd.args[i + 1];
  if (next) return { range: { start: word.range.start, end: next.range.start }, newText: '' };
  const prev = i > 0 ? cmd.args[i - 1] : cmd.nameWord;
  return { range: { start: prev.range.end, end: word.range.end }, newText: '' };
}
