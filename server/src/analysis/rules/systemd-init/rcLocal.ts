/**
 * Commands registered in rc.local (`echo "nohup /opt/start.sh &" >> /etc/rc.local`): only an init system runs that
 * file at boot (knowledge rcLocal), so the image expects one as PID 1. Explained on the written text and, where the
 * stage's own start command is a program of the image rather than a known init, on that command: it presumably boots
 * one (an inference from the Dockerfile, said as such). Hover only: whether the program is an init is not in the file.
 */
import type { InstructionBlock } from '../../document';
import type { StageInfo } from '../../stages';
import type { HoverNote, RuleContext } from '../types';
import { rcLocal } from '../../../knowledge/runtimeFacts';
import { configWrites } from '../shared/configWrites';
import { perDocument, type DocumentContext } from '../shared/memo';
import type { Range } from '../../types';

interface RcLocalWrite {
  range: Range;
  path: string;
  stage: number;
}

/** Build-time writes into rc.local, with their stage (once per analysis). */
const rcLocalWrites = perDocument((ctx: DocumentContext): RcLocalWrite[] => {
  const out: RcLocalWrite[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    for (const w of configWrites(c)) {
      if (rcLocal.paths.includes(w.path)) out.push({ range: w.range, path: w.path, stage: ctx.stageAt(c.block.startLine)?.index ?? -1 });
    }
  }
  return out;
});

/** The stage's own last ENTRYPOINT, else its own last CMD: the command its container starts with. */
function startBlockOf(ctx: RuleContext, stage: StageInfo): InstructionBlock | undefined {
  let entrypoint: InstructionBlock | undefined;
  let cmd: InstructionBlock | undefined;
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if ((kw !== 'CMD' && kw !== 'ENTRYPOINT') || block.startLine <= stage.block.startLine || ctx.stageAt(block.startLine) !== stage)
      continue;
    if (kw === 'ENTRYPOINT') entrypoint = block;
    else cmd = block;
  }
  return entrypoint ?? cmd;
}

/**
 * Notes on rc.local writes, and on the start program of each stage that writes rc.local (or is built on one that
 * does) when `startProgram` names a program of the image (an absolute or relative path, or one named by a variable)
 * and the stage is not already known to start an init (`withInit`).
 */
export function rcLocalNotes(
  ctx: RuleContext,
  withInit: ReadonlySet<number>,
  startProgram: (block: InstructionBlock) => { program: string; range: Range } | undefined,
  cgroupLine: string,
): HoverNote[] {
  const writes = rcLocalWrites(ctx);
  if (writes.length === 0) return [];
  const out: HoverNote[] = writes.map((w) => ({
    range: w.range,
    markdown: `**${w.path}**: a command registered here runs only when an init system boots the container (systemd's rc-local.service, pulled in when the file is executable, or SysV rc); a container runtime never runs it. The image expects an init as PID 1, which needs the host's cgroups and usually extra privileges. ${cgroupLine}`,
  }));
  const writing = new Set(writes.map((w) => w.stage));
  for (const stage of ctx.stages) {
    if (withInit.has(stage.index) || ![...stage.chain, stage.index].some((i) => writing.has(i))) continue;
    const block = startBlockOf(ctx, stage);
    const prog = block && startProgram(block);
    if (!prog || /(^|\/)(sh|bash|ash|dash|zsh|ksh)$/.test(prog.program) || !/^(\/|\.\.?\/|\$|"\$)/.test(prog.program)) continue;
    out.push({
      range: prog.range,
      markdown: `**${prog.program}** presumably boots an init system: this image registers commands in ${writes[0].path}, which only an init runs at boot (inferred from the Dockerfile; the program's text is not in it). An init as PID 1 (systemd) needs the host's cgroups mounted and usually extra privileges (--privileged or CAP_SYS_ADMIN). ${cgroupLine}`,
    });
  }
  return out;
}
