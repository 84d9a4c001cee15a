/**
 * Where a path is named in VOLUME (or LABEL) instructions, as ranges in the Dockerfile: mount
 * points the image expects from the host (`VOLUME /lib/modules`, `-v /sys/fs/cgroup` in a run label).
 * Comment lines inside an instruction are skipped.
 */
import type { InstructionBlock } from '../../document';
import type { Range } from '../../types';
import type { RuleContext } from '../types';

function pathRanges(ctx: Pick<RuleContext, 'model'>, block: InstructionBlock, re: RegExp): Range[] {
  const out: Range[] = [];
  for (let l = block.startLine; l < block.startLine + block.lineCount; l++) {
    const text = ctx.model.lines[l] ?? '';
    if (/^\s*#/.test(text)) continue;
    const g = new RegExp(re.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) out.push({ start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } });
  }
  return out;
}

/** VOLUME instructions naming a path (or LABELs, for `keyword`): the ranges of that path. */
export function volumeRanges(ctx: Pick<RuleContext, 'model'>, re: RegExp, keyword = 'VOLUME'): Range[] {
  const out: Range[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== keyword) continue;
    for (const r of pathRanges(ctx, block, re)) out.push(r);
  }
  return out;
}
