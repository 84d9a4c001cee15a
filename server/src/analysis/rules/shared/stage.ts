/**
 * Stage facts the kernel rules share: whether a stage builds a bootable container (bootc / ostree
 * native container, where shipping a kernel is the point), and the ARG/ENV defaults visible at a
 * line (so `apt-get install $KERNEL_PKG` is read as the package it names).
 */
import type { Property } from 'dockerfile-ast';
import { astRangeToAbsolute, type InstructionBlock } from '../../document';
import type { Range } from '../../types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { MAX_SUBSTITUTED_LENGTH, substitute, type StageInfo } from '../../stages';
import { isBootableImagePath, osImageInitializers } from '../../../knowledge/kernelPackages';
import { firstOperand } from './commandTriggerMatch';
import { perDocument, type DocumentContext } from './memo';

/** Commands that only make sense in a bootable container build: their presence marks the stage. */
function marksBootable(name: string, first: string | undefined, second: string | undefined, operand: string | undefined): boolean {
  if (name === 'bootc') return true;
  if (name === 'ostree') return first === 'container' && second === 'commit';
  // rpm-ostree changes packages at build time only in an ostree native container (a bootable OS
  // image; https://coreos.github.io/rpm-ostree/container). `compose` builds a tree elsewhere: not a mark.
  if (name === 'rpm-ostree') return ROOTFS_SUBCOMMANDS.has(first ?? '');
  // OS-image initializers (kairos-init, `elemental init`) turn the image into an OS image machines boot (ISO, disk,
  // upgrade): the kernel installed in it is the one they run, as in a bootc image (sources in the knowledge table).
  const init = Object.hasOwn(osImageInitializers, name) ? osImageInitializers[name] : undefined;
  if (init) return init.sub === undefined || operand === init.sub;
  return false;
}

/** rpm-ostree sub-commands that change the image's own packages (not `compose`, which builds another tree). */
export const ROOTFS_SUBCOMMANDS: ReadonlySet<string> = new Set(['install', 'uninstall', 'override', 'cliwrap', 'cleanup']);

/** Command names that can mark a stage bootable (kept in step with marksBootable). */
const BOOTABLE_MARK_NAMES: ReadonlySet<string> = new Set(['bootc', 'ostree', 'rpm-ostree', ...Object.keys(osImageInitializers)]);

/** Indexes of stages that build a bootable container (directly or through their stage chain). */
const bootableStages = perDocument((ctx: DocumentContext): ReadonlySet<number> => {
  const own = new Set<number>();
  for (const s of ctx.stages) {
    if (s.root.kind === 'image' && isBootableImagePath(`${s.root.ref.registry}/${s.root.ref.path}`)) own.add(s.index);
  }
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    // The name first: no argument list is built for the thousands of other commands of a big file
    // (every name marksBootable can accept).
    if (c.phase !== 'build' || !BOOTABLE_MARK_NAMES.has(c.name)) continue;
    const values = c.args.map((a) => a.value);
    const operand = firstOperand(c.args.map((a) => a.value ?? a.raw));
    if (!marksBootable(c.name, values[0], values[1], operand)) continue;
    const stage = ctx.stageAt(c.block.startLine);
    if (stage) own.add(stage.index);
  }
  const out = new Set<number>();
  for (const s of ctx.stages) {
    if (own.has(s.index) || s.chain.some((i) => own.has(i))) out.add(s.index);
  }
  return out;
});

export function isBootableAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  return stage !== undefined && bootableStages(ctx).has(stage.index);
}

/**
 * Stages that are never run, only copied from: some later `COPY --from=<stage>` reads them, they are not the last
 * stage (the image `docker build` produces) and no stage is built on them. A kernel installed there is either shipped
 * as a file (`COPY --from=kernel /boot/vmlinuz-* /vmlinuz` into a VM or boot image) or left behind with the stage:
 * no container ever runs with it, so there is nothing to warn about. (`docker build --target` can still pick such a
 * stage; a stage that others copy from is a builder in practice.)
 */
const copiedOnlyStages = perDocument((ctx: DocumentContext): ReadonlySet<number> => {
  const out = new Set<number>();
  const stages = ctx.stages;
  if (stages.length < 2) return out;
  const based = new Set<number>();
  for (const s of stages) for (const i of s.chain) based.add(i);
  for (const index of copiesByStage(ctx).keys()) if (index !== stages[stages.length - 1].index && !based.has(index)) out.add(index);
  return out;
});

/** The `COPY --from=<stage>` instructions that read each earlier stage, by stage index (in line order). */
const copiesByStage = perDocument((ctx: DocumentContext): ReadonlyMap<number, readonly InstructionBlock[]> => {
  const out = new Map<number, InstructionBlock[]>();
  const stages = ctx.stages;
  if (stages.length < 2) return out;
  // The first stage each `--from` value names (by name or index). Stages are in line order, so the first one
  // named is the only candidate: when it is not above the COPY, no later one is (one lookup per COPY, not a scan).
  const byKey = new Map<string, StageInfo>();
  for (const s of stages) {
    const name = s.name?.toLowerCase();
    if (name !== undefined && !byKey.has(name)) byKey.set(name, s);
    const index = String(s.index);
    if (!byKey.has(index)) byKey.set(index, s);
  }
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'COPY') continue;
    const from = copyFrom(block.parsed);
    if (!from) continue;
    const source = byKey.get(from);
    if (!source || source.block.startLine >= block.startLine) continue;
    const list = out.get(source.index);
    if (list) list.push(block);
    else out.set(source.index, [block]);
  }
  return out;
});

/** A COPY's `--from=` value, lower-cased, per parsed block (kept across keystrokes with the block text). */
const copyFromMemo = new WeakMap<InstructionBlock['parsed'], string | undefined>();
function copyFrom(parsed: InstructionBlock['parsed']): string | undefined {
  if (copyFromMemo.has(parsed)) return copyFromMemo.get(parsed);
  const from = /^\s*COPY\s+(?:--\S+\s+)*?--from=(["']?)([^\s"']+)\1/i.exec(parsed.text)?.[2]?.toLowerCase();
  copyFromMemo.set(parsed, from);
  return from;
}

/** The stage at `line` is only copied from, never run (see copiedOnlyStages). */
export function isCopiedOnlyAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  return stage !== undefined && copiedOnlyStages(ctx).has(stage.index);
}

/** The `COPY --from=` instructions that read the stage at `line` (what leaves it; empty when none does). */
export function copiesOutOf(ctx: DocumentContext, line: number): readonly InstructionBlock[] {
  const stage = ctx.stageAt(line);
  return (stage && copiesByStage(ctx).get(stage.index)) ?? [];
}

/** ARG/ENV properties per parsed block (dockerfile-ast builds new objects at every call; read per query). */
const propertiesMemo = new WeakMap<InstructionBlock['parsed'], Property[]>();
function properties(block: InstructionBlock): Property[] {
  let props = propertiesMemo.get(block.parsed);
  if (props === undefined) {
    const ast = block.parsed.ast as unknown as { getProperties?: () => Property[] } | undefined;
    props = ast && typeof ast.getProperties === 'function' ? ast.getProperties() : [];
    propertiesMemo.set(block.parsed, props);
  }
  return props;
}

/** The variable names an ENV (or ARG) instruction sets, in order (`ENV A=1 B=2`, the legacy `ENV A value`). */
export function variableNames(block: InstructionBlock): string[] {
  return properties(block).map((p) => p.getName());
}

/**
 * Where the stage's ENV instructions set `name` to a value `on` matches (an image's entry-point switch: resin's
 * `ENV INITSYSTEM on`, balena's `ENV UDEV=on`): the absolute range of each name and the value as written.
 */
export function envSwitchesIn(ctx: DocumentContext, stage: StageInfo, name: string, on: RegExp): { range: Range; value: string }[] {
  const out: { range: Range; value: string }[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'ENV' || ctx.stageAt(block.startLine) !== stage) continue;
    for (const prop of properties(block)) {
      const nameRange = prop.getNameRange();
      const value = prop.getValue() ?? '';
      if (prop.getName() === name && on.test(value) && nameRange) out.push({ range: astRangeToAbsolute(block, nameRange), value });
    }
  }
  return out;
}

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/**
 * ARG/ENV defaults in effect just before `line`: global ARGs redeclared in the stage, then the
 * stage's own ARG and ENV instructions in order. Undefined values: declared without a known default.
 */
/** ARG/ENV/FROM blocks of the file, in order (one scan per analysis; queries walk only these). */
const variableBlocks = perDocument((ctx: DocumentContext): readonly InstructionBlock[] =>
  ctx.model.instructions.filter((b) => b.parsed.keyword === 'ARG' || b.parsed.keyword === 'ENV' || b.parsed.keyword === 'FROM'),
);

/** More ARG/ENV/FROM instructions than this and variables are not resolved (bounds queries × blocks). */
const MAX_VARIABLE_BLOCKS = 512;

function variablesAt(ctx: DocumentContext, line: number): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  const globals = new Map<string, string | undefined>();
  const blocks = variableBlocks(ctx);
  if (blocks.length > MAX_VARIABLE_BLOCKS) return values;
  const stage: StageInfo | undefined = ctx.stageAt(line);
  let beforeFirstFrom = true;
  for (const block of blocks) {
    if (block.startLine >= line) break;
    const kw = block.parsed.keyword;
    if (kw === 'FROM') {
      beforeFirstFrom = false;
      continue;
    }
    const inStage = !beforeFirstFrom && stage !== undefined && block.startLine > stage.block.startLine;
    if (!beforeFirstFrom && !inStage) continue; // another stage's variables
    for (const prop of properties(block)) {
      const name = prop.getName();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const raw = prop.getValue();
      const value = raw === null || raw === undefined ? undefined : substitute(unquote(raw), inStage ? values : globals).text;
      if (!inStage) globals.set(name, value);
      else if (kw === 'ARG' && (raw === null || raw === undefined))
        values.set(name, globals.get(name)); // `ARG NAME` brings a global default into the stage
      else values.set(name, value);
    }
  }
  return values;
}

/** A word's text with `$VAR`/`${VAR}` replaced from the stage's ARG/ENV defaults; undefined when any stays unknown. */
export function resolveWord(ctx: DocumentContext, line: number, raw: string): string | undefined {
  if (!raw.includes('$')) return unquote(raw);
  const sub = substitute(unquote(raw), variablesAt(ctx, line));
  return sub.text !== undefined && !sub.text.includes('$') ? sub.text : undefined;
}

/**
 * A shell word's text for explaining it: its literal value, else `$VAR`/`${VAR}` replaced from what the same script
 * assigned before the command (ShellCommand.shellVariables, `CGROUP_ROOT=/sys/fs/cgroup` then
 * `> "$CGROUP_ROOT/cgroup.subtree_control"`) over the stage's ARG/ENV defaults; undefined when any stays unknown. An
 * assignment in a branch not taken counts too, so a hover may explain with it and a finding must not rest on it.
 */
export function scriptWordValue(ctx: DocumentContext, c: ShellCommand, word: ShellWord): string | undefined {
  if (word.value !== undefined) return word.value;
  if (!c.shellVariables) return resolveWord(ctx, c.block.startLine, word.raw);
  const values = new Map(variablesAt(ctx, c.block.startLine));
  for (const [name, value] of c.shellVariables) values.set(name, value);
  const sub = substitute(unquote(word.raw), values);
  return sub.text !== undefined && !sub.text.includes('$') && sub.unresolved.length === 0 ? sub.text : undefined;
}

/** `${NAME/pattern/string}` and `${NAME//pattern/string}` with a literal pattern and string (no glob, quote or `$`). */
const PATTERN_SUBSTITUTION = /\$\{([A-Za-z_]\w*)(\/\/?)([^/}*?[\]\\$'"]+)\/([^/}*?[\]\\$'"]*)\}/g;

/**
 * A word of a RUN step with bash's pattern substitutions expanded from the stage's ARG/ENV defaults (bash(1), "Parameter
 * Expansion": `${parameter/pattern/string}` replaces the first match of a literal pattern, `//` every match), which
 * Kubeflow's and NVIDIA's CUDA images use to spell package names: `cuda-compat-${CUDA_VERSION/./-}` with
 * CUDA_VERSION=11.2 is cuda-compat-11-2. Other expansions stay as written (resolveWord reads them); undefined when a
 * substituted variable has no known value.
 */
export function substitutePatterns(ctx: DocumentContext, line: number, raw: string): string | undefined {
  return raw.includes('/') ? expandPatternSubstitutions(raw, variablesAt(ctx, line)) : raw;
}

/** substitutePatterns' expansion from known values (pure: tested alone); undefined when a value is unknown or too long. */
export function expandPatternSubstitutions(raw: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  let unknown = false;
  const text = raw.replace(PATTERN_SUBSTITUTION, (whole, name: string, op: string, pattern: string, str: string) => {
    const value = values.get(name);
    if (value === undefined) unknown = true;
    if (value === undefined) return whole;
    if (op !== '//') return value.replace(pattern, () => str);
    // `//` multiplies: a long default full of matches and a long string would make a huge word (hostile input), so the
    // result is bounded as substitute() bounds ARG values; past the bound the word is unknown.
    const parts = value.split(pattern);
    if (value.length + (parts.length - 1) * (str.length - pattern.length) > MAX_SUBSTITUTED_LENGTH) unknown = true;
    return unknown ? whole : parts.join(str);
  });
  return unknown ? undefined : text;
}
