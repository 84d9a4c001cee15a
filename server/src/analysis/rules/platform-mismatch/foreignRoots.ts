/**
 * Roots of another CPU architecture built inside a stage and entered with `chroot` at build time: a directory a
 * package manager filled for a named architecture (`dnf --installroot=DIR --forcearch=ARCH`, `debootstrap
 * --arch=ARCH SUITE DIR`, `mmdebstrap --architectures=ARCH SUITE DIR`), or one named for an architecture
 * (`/mnt/mipsel-root`, `rootfs-arm64`). The chrooted programs are of that architecture: the build host's kernel runs
 * them only if it is of that architecture (an x86-64 kernel runs i386 ones through IA-32 emulation), else through
 * binfmt_misc with a registered QEMU user emulator. A stage that starts `FROM scratch` and copies such a root to `/`
 * is an image of that architecture, so its own RUN, CMD and ENTRYPOINT run those programs too.
 */
import type { ShellCommand, ShellWord } from '../../shell/types';
import type { Range } from '../../types';
import type { HoverNote, RuleContext } from '../types';
import type { Arch } from '../../../knowledge/types';
import { archEmulationSource, compat32Source } from '../../../knowledge/runtimeFacts';
import { normalizeArch } from '../../host/settings';
import { fromStageIndex } from '../shared/contextScripts';
import { optionValue } from '../shared/commandTriggerMatch';
import { bootstrapTarget, ROOTFS_BOOTSTRAPPERS } from '../shared/kernelPackageUses';

/** An architecture as written, and its canonical form where the knowledge base has one (mipsel has none). */
interface RootArch {
  spelled: string;
  arch?: Arch;
  /** How the root got it: the option that filled it, or its name. */
  how: string;
}

/** Architecture names Debian, RPM and uname use that have no canonical Arch here: always foreign to the targets. */
const OTHER_ARCHES = new Set([
  'mipsel',
  'mips',
  'mips64',
  'mips64r6el',
  'powerpc',
  'ppc',
  'ppc64',
  'sparc64',
  'loong64',
  'm68k',
  'hppa',
  'alpha',
  'sh4',
  'riscv32',
]);

/** An architecture token between separators in a path (`/mnt/mipsel-root`, `rootfs_arm64`, `/srv/bookworm-armhf`). */
const NAME_TOKEN = /(?:^|[/_.-])([a-z0-9_]+?)(?=$|[/_.-])/g;

function archOf(token: string): { spelled: string; arch?: Arch } | undefined {
  const lower = token.toLowerCase();
  const arch = normalizeArch(lower);
  if (arch && lower !== 'arm' && lower !== 'x64') return { spelled: lower, arch };
  return OTHER_ARCHES.has(lower) ? { spelled: lower } : undefined;
}

/** Operands: the literal words that are not options (chroot's own options take no separate value). */
function operands(args: readonly ShellWord[]): string[] {
  return args.map((a) => a.value).filter((v): v is string => v !== undefined && !v.startsWith('-'));
}

const trimSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

/** The root a command fills for a named architecture, if it does. */
function filledRoot(c: ShellCommand): [string, RootArch] | undefined {
  if (['dnf', 'yum', 'microdnf', 'tdnf', 'dnf5'].includes(c.name)) {
    const root = optionValue(c.args, ['--installroot']);
    const arch = optionValue(c.args, ['--forcearch']);
    const a = arch ? archOf(arch) : undefined;
    return root && a ? [trimSlash(root), { ...a, how: `${c.name} --forcearch=${arch}` }] : undefined;
  }
  if (ROOTFS_BOOTSTRAPPERS.has(c.name)) {
    const arch = optionValue(c.args, c.name === 'mmdebstrap' ? ['--architectures', '--arch'] : ['--arch']);
    const a = arch ? archOf(arch.split(',')[0]) : undefined;
    const dir = bootstrapTarget(c);
    return dir && a ? [trimSlash(dir), { ...a, how: `${c.name} --arch=${arch}` }] : undefined;
  }
  return undefined;
}

/** The architecture a directory's name gives, if one of its parts is an architecture. */
function namedArch(dir: string): RootArch | undefined {
  for (const m of dir.matchAll(NAME_TOKEN)) {
    const a = archOf(m[1]);
    if (a) return { ...a, how: `its name (${dir})` };
  }
  return undefined;
}

/** Native on the target: the same architecture, or amd64 where the target's is unknown (the usual build host). */
function native(a: RootArch, target: Arch | undefined): boolean {
  return a.arch !== undefined && (a.arch === target || (!target && a.arch === 'amd64'));
}

function explain(what: string, a: RootArch, target: Arch | undefined): string {
  const i386 = a.arch === '386' && (target === 'amd64' || !target);
  const how = i386
    ? 'An x86-64 kernel runs them itself only when built with IA-32 emulation (CONFIG_IA32_EMULATION) and not booted with ia32_emulation=false; another host runs them only through binfmt_misc with a registered QEMU user emulator'
    : 'The host kernel runs them natively only on a host of that architecture; elsewhere only through binfmt_misc with a registered QEMU user emulator (much slower), and without one they fail with "exec format error"';
  const why = a.how.startsWith('its name')
    ? `${a.how} says ${a.spelled}, judged from the name only`
    : `the root was built for ${a.spelled} by ${a.how}`;
  return `${what} runs ${a.spelled} programs: ${why}. ${how}.\n\nSource: ${archEmulationSource}${i386 ? `; ${compat32Source}` : ''}`;
}

/** Per stage: the roots its RUN steps fill for a named architecture, and the chroot commands its RUN steps run. */
function scan(ctx: RuleContext): { roots: Map<number, Map<string, RootArch>>; chroots: ShellCommand[] } {
  const roots = new Map<number, Map<string, RootArch>>();
  const chroots: ShellCommand[] = [];
  for (const c of ctx.commands()) {
    if (c.instruction !== 'RUN') continue;
    const stage = ctx.stageAt(c.block.startLine);
    if (!stage) continue;
    if (c.name === 'chroot') chroots.push(c);
    const filled = filledRoot(c);
    if (!filled) continue;
    const map = roots.get(stage.index) ?? new Map<string, RootArch>();
    map.set(filled[0], filled[1]);
    roots.set(stage.index, map);
  }
  return { roots, chroots };
}

/** Notes on `chroot DIR …` into a foreign root, and on the steps of a scratch stage built from one. */
export function foreignRootNotes(ctx: RuleContext): HoverNote[] {
  const target = ctx.target.arch;
  const { roots, chroots } = scan(ctx);
  const notes: HoverNote[] = [];
  for (const c of chroots) {
    const dir = operands(c.args)[0];
    const stage = ctx.stageAt(c.block.startLine);
    if (!dir || !stage) continue;
    const a = roots.get(stage.index)?.get(trimSlash(dir)) ?? namedArch(dir);
    if (!a || native(a, target)) continue;
    notes.push({ range: c.nameWord.range, markdown: explain(`\`chroot ${dir}\` at build time`, a, target) });
  }
  notes.push(...scratchImageNotes(ctx, roots, target));
  return notes;
}

/** `FROM scratch` then `COPY --from=<stage> <root> /`: the image is that root, of its architecture. */
function scratchImageNotes(ctx: RuleContext, roots: Map<number, Map<string, RootArch>>, target: Arch | undefined): HoverNote[] {
  const notes: HoverNote[] = [];
  let current: RootArch | undefined;
  let stageIndex = -1;
  for (const b of ctx.model.instructions) {
    const stage = ctx.stageAt(b.startLine);
    if (!stage) continue;
    if (stage.index !== stageIndex) [stageIndex, current] = [stage.index, undefined];
    const kw = b.parsed.keyword;
    if (kw === 'COPY' && stage.root.kind === 'scratch') {
      const m = /^\s*COPY\s+(?:--(?!from=)\S+\s+)*--from=(\S+)\s+(?:--\S+\s+)*(\S+)\s+\/\s*$/i.exec(b.parsed.text.replace(/\\\n/g, ' '));
      const from = m ? fromStageIndex(ctx, m[1], stage.index) : -1;
      current = from >= 0 && m ? (roots.get(from)?.get(trimSlash(m[2])) ?? current) : current;
      continue;
    }
    if (!current || native(current, target) || !['RUN', 'CMD', 'ENTRYPOINT'].includes(kw)) continue;
    const line = ctx.model.lines[b.startLine] ?? '';
    const start = Math.max(0, line.search(/\S/));
    const range: Range = { start: { line: b.startLine, character: start }, end: { line: b.startLine, character: start + kw.length } };
    notes.push({ range, markdown: explain(`This ${kw} (the stage is a root copied from an earlier stage)`, current, target) });
  }
  return notes;
}
