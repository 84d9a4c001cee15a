/**
 * "The image boots this kernel in a VM": a stage whose image carries a tool that boots a kernel installed in the
 * image inside a virtual machine (knowledge vmBootTools: debos/fakemachine, QEMU system emulation, libguestfs).
 * The signal is read across stages: a kernel installed in `runner-amd64` is booted by the debos that a later
 * `FROM runner-${TARGETARCH} AS runner` copies in, so a stage's evidence counts for the stages it is built on and
 * the stages built on it (FROM chains, with a FROM whose stage name holds an unknown ARG, such as the automatic
 * platform ARG TARGETARCH, matching every earlier stage name it can expand to). Never for sibling stages.
 *
 * Evidence in one stage: a VM-booting package installed at build time, a program of that name copied in
 * (COPY/ADD destination, or the source's file name when the destination is a directory) or run by a command.
 */
import { installOf } from '../../packages';
import type { Range } from '../../types';
import { vmBootTools } from '../../../knowledge/kernelPackages';
import { copyOperands, lastSegment } from './copyArguments';
import { perBlock, perCommand, perDocument, type DocumentContext } from './memo';
import type { InstructionBlock } from '../../document';
import type { ShellCommand } from '../../shell/types';

export interface VmBootEvidence {
  /** What was found, as written (`qemu-system-x86`, `/usr/local/bin/debos`). */
  word: string;
  range: Range;
  /** What the tool does with the kernel (the knowledge row's words). */
  what: string;
}

function packageTool(name: string): (typeof vmBootTools)[number] | undefined {
  return vmBootTools.find((t) => t.packages?.test(name));
}

function programTool(path: string): (typeof vmBootTools)[number] | undefined {
  const base = lastSegment(path);
  return base ? vmBootTools.find((t) => t.programs?.test(base)) : undefined;
}

/**
 * One command's evidence, in the order the stage pass takes it (its program name, then the first VM-booting package
 * it installs at build time). Per command object (perCommand): a command keeps its object, words and ranges while its
 * instruction neither changes nor moves (shell/index.ts), so a keystroke recomputes only the commands it touched.
 */
const commandEvidence = perCommand((c: ShellCommand, _key: 0): readonly VmBootEvidence[] => {
  const out: VmBootEvidence[] = [];
  const byName = programTool(c.name);
  if (byName) out.push({ word: c.nameWord.value ?? c.nameWord.raw, range: c.nameWord.range, what: byName.what });
  const install = c.phase === 'build' ? installOf(c) : undefined;
  if (install) {
    for (const p of install.packages) {
      const t = packageTool(p.name);
      if (t) {
        out.push({ word: p.name, range: p.word.range, what: t.what });
        break;
      }
    }
  }
  return out.length > 0 ? out : NONE;
});
const NONE: readonly VmBootEvidence[] = Object.freeze([]);

/** A COPY/ADD's evidence: the first program of a VM-booting tool it copies in. Per block (perBlock: absolute ranges, kept while the block neither changes nor moves). */
const copyEvidence = perBlock((block: InstructionBlock): VmBootEvidence | null => {
  const ops = copyOperands(block);
  if (!ops.dest) return null;
  const named = ops.destIsDirectory ? ops.sources.filter((s) => !s.heredoc) : [ops.dest];
  for (const o of named) {
    const t = programTool(o.value);
    if (t) return { word: o.value, range: o.range, what: t.what };
  }
  return null;
});

/** Evidence per stage index (first found in text order); one pass over commands and COPY/ADD blocks. */
const ownEvidence = perDocument((ctx: DocumentContext): ReadonlyMap<number, VmBootEvidence> => {
  const out = new Map<number, VmBootEvidence>();
  const add = (line: number, e: VmBootEvidence) => {
    const stage = ctx.stageAt(line);
    if (stage && !out.has(stage.index)) out.set(stage.index, e);
  };
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    const found = commandEvidence(c, 0);
    for (let i = 0; i < found.length; i++) add(c.block.startLine, found[i]);
  }
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi];
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const e = copyEvidence(block);
    if (e) add(block.startLine, e);
  }
  return out;
});

/** More stages than this and a FROM with an unknown ARG links to no stage (real files have a handful). */
const MAX_PATTERN_STAGES = 256;

/** Earlier stages a FROM names with an unknown ARG (`runner-${TARGETARCH}`): every stage name the pattern matches. */
function patternParents(ctx: DocumentContext, index: number): number[] {
  const s = ctx.stages[index];
  // Bounded: a FROM pattern is tested against every earlier stage name (stages × stages on a hostile file).
  if (s.base.kind !== 'unresolved' || !s.imageText.includes('$') || ctx.stages.length > MAX_PATTERN_STAGES) return [];
  const source = s.imageText
    .toLowerCase()
    .split(/\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9_.-]*');
  const re = new RegExp(`^${source}$`);
  const out: number[] = [];
  for (let i = 0; i < index; i++) {
    const name = ctx.stages[i].name;
    if (name !== undefined && re.test(name)) out.push(i);
  }
  return out;
}

/** For each stage: the VM-boot evidence of its lineage (ancestors and descendants), when any stage has some. */
const lineageEvidence = perDocument((ctx: DocumentContext): ReadonlyMap<number, VmBootEvidence> => {
  const own = ownEvidence(ctx);
  const out = new Map<number, VmBootEvidence>();
  if (own.size === 0) return out;
  const stages = ctx.stages;
  const parents: number[][] = stages.map((s) => (s.base.kind === 'stage' ? [s.base.stageIndex] : patternParents(ctx, s.index)));
  const children: number[][] = stages.map(() => []);
  for (let i = 0; i < parents.length; i++) for (const p of parents[i]) children[p].push(i);
  // From each stage with evidence, walk up (the stages its image contains) and down (the images that contain it).
  // One visited set per direction for all walks: a stage reached going up has had its ancestors reached too (and
  // likewise down), so the whole pass is linear in stages and links.
  for (const links of [parents, children]) {
    const seen = new Set<number>();
    for (const [index, evidence] of own) {
      if (seen.has(index)) continue;
      seen.add(index);
      const todo = [index];
      while (todo.length > 0) {
        const at = todo.pop() as number;
        if (!out.has(at)) out.set(at, evidence);
        for (const next of links[at]) {
          if (seen.has(next)) continue;
          seen.add(next);
          todo.push(next);
        }
      }
    }
  }
  return out;
});

/** The evidence that the image of the stage at `line` boots a kernel it installs in a VM, if any. */
export function vmBootAt(ctx: DocumentContext, line: number): VmBootEvidence | undefined {
  const stage = ctx.stageAt(line);
  if (stage === undefined) return undefined;
  return ownEvidence(ctx).get(stage.index) ?? lineageEvidence(ctx).get(stage.index);
}
