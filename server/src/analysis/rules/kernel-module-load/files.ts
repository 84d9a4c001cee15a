/**
 * Module-related files and paths in a Dockerfile, beside the module commands themselves:
 * - writes to /etc/modules and /etc/modules-load.d/ (RUN redirections, tee, COPY/ADD destinations):
 *   read by the boot of a machine (systemd-modules-load, Debian's /etc/modules); a container never boots;
 * - `.ko` files COPY/ADDed, or anything copied into /lib/modules: modules for a kernel the container never runs;
 * - `VOLUME /lib/modules`: the mount point for the host's modules (`-v /lib/modules:/lib/modules:ro`);
 * - `ls /lib/modules` (or find) to learn "the" kernel: at build time it lists the image's kernels;
 * - kmod / module-init-tools installed: the tools, harmless by themselves.
 * Words in comments never reach here: only parsed instructions and shell commands are read.
 */
import type { ShellCommand, ShellWord } from '../../shell/types';
import type { Range } from '../../types';
import type { InstructionBlock } from '../../document';
import type { HoverNote, RuleContext } from '../types';
import { installOf } from '../../packages';
import { perBlock, perCommand, perDocument, type DocumentContext } from '../shared/memo';
import { copyOperands, type CopyOperand } from '../shared/copyArguments';
import { isBootableAt } from '../shared/stage';
import { KERNEL_RELEASE_DIRS, libModulesReads } from '../shared/libModulesReads';
import { volumeRanges } from '../shared/instructionPaths';

const COPY_COMMANDS = new Set(['cp', 'install', 'mv', 'ln']);
const MODPROBE_CONFIG = /^\/etc\/modprobe\.d(\/|$)/;
/** depmod.d(5) (kmod): search order and overrides for the modules.dep that depmod writes under /lib/modules/<release>. */
const DEPMOD_CONFIG = /^\/etc\/depmod\.d(\/|$)/;
const LOAD_CONFIG = /^\/etc\/(modules|modules-load\.d\/.*)$/;
/** A COPY/ADD destination that replaces a module tool (docker-library/docker @ 3289af88 29/cli: COPY modprobe.sh /usr/local/bin/modprobe). */
const MODULE_TOOL = /^\/(usr\/(local\/)?)?s?bin\/(modprobe|insmod|rmmod|depmod)$/;
// Also Kernel Module Management's kmod-image tree, /opt/lib/modules/<kernel-version>/ (kubernetes-sigs/kernel-module-management
// @ d8e84103 docs/mkdocs/documentation/kmod_image.md: "<prefix>/lib/modules/[kernel-version]/", prefix /opt by default).
const LIB_MODULES = /^(\/opt)?\/(usr\/)?lib\/modules(\/|$)/;
/**
 * A module tree under a staging root (`/rootfs/usr/lib/modules`, `usr/lib/modules` relative to WORKDIR): OS-image and
 * initramfs builders assemble another system's tree there. Not /opt or /host, which the patterns above and below own.
 * A bare `lib/modules` counts only under a root named like one (rootfs, sysroot, initramfs, chroot) or with a kernel
 * release after it: an application's own `src/lib/modules` is not a kernel's.
 */
const STAGED_LIB_MODULES =
  /^(?!\/(opt|host)\/)(.*\/)?usr\/lib\/modules(\/|$)|(^|\/)[\w.-]*(rootfs|sysroot|initramfs|initrd|chroot|staging)[\w.-]*\/lib\/modules(\/|$)|(^|\/)lib\/modules\/\d+\.\d+/;
/** Module tools copied in by name (`COPY --from=kmod /usr/bin/kmod /rootfs/usr/bin/modprobe`). */
const MODULE_TOOL_FILE = /(^|\/)(kmod|modprobe|insmod|rmmod|depmod)$/;
/** lsmod copied in by name (`COPY --from=pkgs /sbin/lsmod /sbin/lsmod`). */
const LSMOD_FILE = /(^|\/)lsmod$/;
/** lsmod(8), kmod: "a trivial program which nicely formats the contents of the /proc/modules". */
const LSMOD_WORDS =
  "lsmod lists the modules loaded in the kernel it runs on (it formats /proc/modules): in a container the host's, during `docker build` the build machine's — never modules of the image. It needs no capability.";
/** A kernel image file (`/boot/vmlinuz`, `vmlinuz-6.1.0`, `bzImage`): what a machine boots. Not vmlinux.h, BTF types for CO-RE. */
const KERNEL_IMAGE_FILE = /(^|\/)(vmlinuz|bzImage)([-.][^/]*)?$|(^|\/)vmlinux(-[^/]*)?$/;

/** Not followed by the module-support line: the tree serves the kernel the other system boots, not the host's. */
function stagedTreeNote(path: string, range: Range): HoverNote {
  return {
    range,
    markdown: `**${path}**: a kernel module tree assembled under a staging root for another system (an OS image, an initramfs, a sysroot). Its modules serve the kernel that system boots; a container never loads them, it runs on the host's kernel.`,
  };
}

/** A word naming /lib/modules, also under a host mount ($HOST_ROOT/lib/modules, /host/lib/modules). */
const LIB_MODULES_WORD = /^(\$\{?\w+\}?|\/host)?\/(usr\/)?lib\/modules(\/|$)/;

export interface ModuleConfigUse {
  path: string;
  word: { range: Range };
  line: number;
  bootable: boolean;
}

type CopyArg = CopyOperand;

const NO_WORDS: readonly ShellWord[] = [];

/**
 * The words a command writes module-loading configuration to (redirect targets, tee's files, the
 * destination of cp/install/mv/ln), per command: a keystroke re-reads only the commands it changed.
 */
const loadConfigWrites = perCommand((c: ShellCommand, _key: number): readonly ShellWord[] => {
  const targets: ShellWord[] = c.redirects.filter((r) => /^\d*(>|>>|>\|)$/.test(r.op)).map((r) => r.target);
  if (c.name === 'tee') for (const a of c.args) if (!(a.value ?? '-').startsWith('-')) targets.push(a);
  // cp/install/mv/ln: the destination (last operand), a file or the directory itself.
  if (COPY_COMMANDS.has(c.name)) {
    const operands = c.args.filter((a) => !(a.value ?? a.raw).startsWith('-'));
    const dest = operands.length >= 2 ? operands[operands.length - 1] : undefined;
    if (dest?.value && (LOAD_CONFIG.test(dest.value) || /^\/etc\/modules-load\.d\/?$/.test(dest.value))) targets.push(dest);
  }
  const hits = targets.filter((t) => t.value && (LOAD_CONFIG.test(t.value) || /^\/etc\/modules-load\.d\/?$/.test(t.value)));
  return hits.length ? hits : NO_WORDS;
});

/** Writes of module-loading configuration in non-comment instructions. */
export const moduleConfigUses = perDocument((ctx: DocumentContext): readonly ModuleConfigUse[] => {
  const out: ModuleConfigUse[] = [];
  // Indexed loops: no iterator object per command or block (see memo.ts).
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci];
    if (c.phase !== 'build') continue;
    const writes = loadConfigWrites(c, 0);
    for (let i = 0; i < writes.length; i++) {
      const t = writes[i];
      out.push({ path: t.value!, word: t, line: c.block.startLine, bootable: isBootableAt(ctx, c.block.startLine) });
    }
  }
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi];
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const dest = copiedLoadConfig(block);
    if (dest) out.push({ path: dest.value, word: dest, line: block.startLine, bootable: isBootableAt(ctx, block.startLine) });
  }
  return out;
});

/**
 * The destination of a COPY/ADD that puts module-loading configuration in place, if it does. Kept per instruction
 * (perBlock): it reads only the block's own operands, so a keystroke elsewhere reuses it, where every COPY into a
 * folder built its full paths again at every keystroke. Whether the stage is bootable is read per document above.
 */
const copiedLoadConfig = perBlock((block: InstructionBlock): CopyOperand | undefined => {
  const { dest, sources, heredoc } = copyOperands(block);
  if (!dest || heredoc) return undefined;
  const full = dest.value.endsWith('/') ? sources.map((s) => dest.value + s.value.slice(s.value.lastIndexOf('/') + 1)) : [dest.value];
  return full.some((p) => LOAD_CONFIG.test(p)) || LOAD_CONFIG.test(dest.value) ? dest : undefined;
});

/** Hover notes for module files and paths: load configuration, copied modules, mounts, reads, the tools. */
export function moduleConfigNotes(ctx: RuleContext, support: string): HoverNote[] {
  return [
    ...loadConfigNotes(ctx, support),
    ...copiedModuleNotes(ctx, support),
    ...volumeNotes(ctx, support),
    ...modprobeWriteNotes(ctx, support),
    ...runLabelNotes(ctx, support),
    ...libModulesCommandNotes(ctx, support),
    ...moduleToolNotes(ctx, support),
  ];
}

function loadConfigNotes(ctx: RuleContext, support: string): HoverNote[] {
  return moduleConfigUses(ctx).map((u) => ({
    range: u.word.range,
    markdown: u.bootable
      ? `**${u.path}**: read at boot by systemd-modules-load. This stage builds a bootable container, so the machine that boots it will load these modules — that is the point.`
      : `**${u.path}**: read at boot (systemd-modules-load, Debian's /etc/modules) to load modules into the kernel. A container never boots; the host's boot reads the host's file.\n\n${support}\n\nWhat to do: put the module names in /etc/modules-load.d/ on the host.`,
  }));
}

/** /etc/modprobe.d/: options and blacklists for modprobe — read only by a modprobe that runs from this image. */
function modprobeConfigNote(path: string, range: Range, support: string): HoverNote {
  return {
    range,
    markdown: `**${path}**: module options/blacklists for modprobe. Only a modprobe run from this image (a privileged driver container) reads them; the host's own module loading reads the host's /etc/modprobe.d.\n\n${support}`,
  };
}

/** COPY/ADD of modprobe configuration, of `.ko` files, or of anything into /lib/modules. */
function copiedModuleNotes(ctx: RuleContext, support: string): HoverNote[] {
  const out: HoverNote[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const { all: args, dest } = copyOperands(block);
    if (!dest) continue;
    if (MODPROBE_CONFIG.test(dest.value)) {
      out.push(modprobeConfigNote(dest.value, dest.range, support));
      continue;
    }
    if (DEPMOD_CONFIG.test(dest.value)) {
      out.push({
        range: dest.range,
        markdown: `**${dest.value}**: depmod's search order and overrides. Only a depmod run from this image reads it, and it indexes the image's /lib/modules (or the host's, mounted there); the modules load into the host's kernel.\n\n${support}`,
      });
      continue;
    }
    if (MODULE_TOOL.test(dest.value)) {
      out.push({
        range: dest.range,
        markdown: `**${dest.value}**: a file copied in under a module tool's name, a wrapper the image's own scripts run instead of the tool (docker:cli's modprobe.sh asks the kernel to autoload through \`ip link show\` and \`lsmod\`, then runs the real modprobe). Whatever it does, modules load only into the host's kernel (CAP_SYS_MODULE, or autoloading the host allows).\n\n${support}`,
      });
      continue;
    }
    const kos = args.slice(0, -1).filter((a) => /\.ko(\.(xz|gz|zst))?\*?$/.test(a.value));
    if (kos.length === 0 && !LIB_MODULES.test(dest.value)) {
      const note = otherKernelFileNote(args, dest, support);
      if (note) out.push(note);
      continue;
    }
    const bootable = isBootableAt(ctx, block.startLine);
    const text = bootable
      ? '**Kernel modules** copied into a bootable container: they must match the kernel this image boots.'
      : `**Kernel module files** in the image: a container cannot load them into its own kernel — it has none. They load only into the host's kernel (CAP_SYS_MODULE, same kernel release and config as they were built for).\n\n${support}\n\nWhat to do: install the module on the host, or load it from a privileged driver container built for the host's exact kernel.`;
    for (const a of kos.length ? kos : [dest]) out.push({ range: a.range, markdown: text });
  }
  return out;
}

/** A COPY of a kernel image, a module tree staged under another root, or module tools by name; else undefined. */
function otherKernelFileNote(args: readonly CopyArg[], dest: CopyArg, support: string): HoverNote | undefined {
  const kernelImage = args.find((a) => KERNEL_IMAGE_FILE.test(a.value));
  if (kernelImage)
    return {
      range: kernelImage.range,
      markdown: `**${kernelImage.value}**: a kernel image copied as a file. No container boots it — containers run on the host's kernel; it serves a virtual machine, an installer or a bootable image that boots it.`,
    };
  if (STAGED_LIB_MODULES.test(dest.value)) return stagedTreeNote(dest.value, dest.range);
  const lister = args.find((a) => LSMOD_FILE.test(a.value));
  if (lister) return { range: lister.range, markdown: `**${lister.value}**: ${LSMOD_WORDS}\n\n${support}` };
  const tool = args.find((a) => MODULE_TOOL_FILE.test(a.value));
  if (tool)
    return {
      range: tool.range,
      markdown: `**${tool.value}**: the module tools (modprobe, insmod). Copying them is harmless; using them in a container acts on the host's kernel and needs CAP_SYS_MODULE and the host's /lib/modules.\n\n${support}`,
    };
  return undefined;
}

/** `VOLUME /lib/modules`: the mount point for the host's modules. */
function volumeNotes(ctx: RuleContext, support: string): HoverNote[] {
  return volumeRanges(ctx, /\/(usr\/)?lib\/modules\b/).map((range) => ({
    range,
    markdown: `**VOLUME /lib/modules**: a mount point for the host's modules — the image expects \`docker run -v /lib/modules:/lib/modules:ro\`, so module tools see the host kernel's modules instead of the image's. Loading still needs CAP_SYS_MODULE and happens in the host's kernel.\n\n${support}`,
  }));
}

/** LABEL RUN/INSTALL/usage strings with `docker run … -v /lib/modules:…` (atomic-style run labels): the host mount the image expects. */
function runLabelNotes(ctx: RuleContext, support: string): HoverNote[] {
  return volumeRanges(ctx, /-v\s+\/(usr\/)?lib\/modules\b/, 'LABEL').map((range) => ({
    range,
    markdown: `**-v /lib/modules**: the run command in this label mounts the host's module tree, so the image's tools see the modules of the kernel the container really runs on (the host's).\n\n${support}`,
  }));
}

/** Build commands writing into /etc/modprobe.d/ (redirects, tee, the destination of cp/install/mv/ln). */
function modprobeWriteNotes(ctx: RuleContext, support: string): HoverNote[] {
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    const words: ShellWord[] = c.redirects.filter((r) => /^\d*(>|>>|>\|)$/.test(r.op)).map((r) => r.target);
    if (c.name === 'tee' || COPY_COMMANDS.has(c.name)) for (const a of c.args) if (!(a.value ?? '-').startsWith('-')) words.push(a);
    for (const w of words) {
      if (!w.value || !MODPROBE_CONFIG.test(w.value) || (COPY_COMMANDS.has(c.name) && w !== words[words.length - 1])) continue;
      out.push(modprobeConfigNote(w.value, w.range, support));
    }
  }
  return out;
}

/** Commands that list /lib/modules, and any other /lib/modules path a command works with: whose modules those are. */
function libModulesCommandNotes(ctx: RuleContext, support: string): HoverNote[] {
  const out: HoverNote[] = [];
  for (const c of libModulesReads(ctx)) {
    out.push({
      range: c.nameWord.range,
      markdown:
        c.phase === 'build'
          ? `**${c.name} ${c.args.find((a) => a.value !== undefined && KERNEL_RELEASE_DIRS.test(a.value))?.value ?? '/lib/modules'}** during \`docker build\` lists the kernels whose packages are installed in the image — not the kernel the container will run on (${ctx.target.kernel ? ctx.target.kernel.raw : "the host's"}).`
          : `**${c.name} /lib/modules** at container start lists the image's /lib/modules unless the host's is mounted there (\`-v /lib/modules:/lib/modules:ro\`); \`uname -r\` names the running kernel.`,
    });
  }
  // mkdir, ln -s $HOST_ROOT/lib/modules, rm, …: commands with notes of their own are left to those.
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (OWN_NOTES.has(c.name)) continue;
    const w = c.args.find((a) => LIB_MODULES_WORD.test(a.value ?? a.raw));
    if (!w) {
      const staged = c.args.find((a) => a.value !== undefined && STAGED_LIB_MODULES.test(a.value));
      if (staged) out.push(stagedTreeNote(staged.value!, staged.range));
      continue;
    }
    const host = /^\$\{?[A-Z_]*HOST[A-Z_]*\}?\//.test(w.raw) || /^\/host\//.test(w.value ?? '');
    out.push({
      range: w.range,
      markdown: host
        ? `**${w.raw}**: the host's module tree, mounted into the container (\`-v /lib/modules:/host/lib/modules:ro\`), so module tools see the modules of the kernel the container really runs on. Loading still needs CAP_SYS_MODULE.\n\n${support}`
        : `**/lib/modules** holds module files per kernel release. In the image it has only what packages put there; the container runs on the host's kernel, whose modules are on the host (mount them with \`-v /lib/modules:/lib/modules:ro\`).\n\n${support}`,
    });
  }
  return out;
}

/** Commands whose /lib/modules words another note already explains. */
const OWN_NOTES: ReadonlySet<string> = new Set([
  'ls',
  'find',
  'modprobe',
  'insmod',
  'rmmod',
  'depmod',
  'make',
  'gmake',
  'dkms',
  'echo',
  'printf',
]);

/** kmod / module-init-tools installed: the tools, harmless by themselves. */
function moduleToolNotes(ctx: RuleContext, support: string): HoverNote[] {
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.name === 'lsmod') out.push({ range: c.nameWord.range, markdown: `**lsmod**: ${LSMOD_WORDS}\n\n${support}` });
    if (c.phase !== 'build') continue;
    const install = installOf(c);
    if (!install) continue;
    for (const p of install.packages) {
      if (p.name !== 'kmod' && p.name !== 'module-init-tools') continue;
      out.push({
        range: p.word.range,
        markdown: `**${p.name}**: the module tools (modprobe, insmod, lsmod). Installing them is harmless; using them in a container acts on the host's kernel and needs CAP_SYS_MODULE and the host's /lib/modules.\n\n${support}`,
      });
    }
  }
  return out;
}
