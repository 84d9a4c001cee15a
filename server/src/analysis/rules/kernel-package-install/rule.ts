/**
 * kernel-package-install: kernel images, kernel headers, kernel modules and DKMS in an image.
 * A container never boots the image's kernel and cannot load modules built for it: the host's
 * kernel is the only one. Userspace API headers (linux-libc-dev, Alpine linux-headers, RHEL
 * kernel-headers, linux-api-headers) are fine and not flagged — the knowledge table decides.
 */
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Fix, TextEdit } from '../../types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import {
  bootChainPackages,
  bootChainPaths,
  classifyKernelPackage,
  headersPackageFor,
  moduleBuilders,
  osImageInitializers,
  type KernelPackageKind,
} from '../../../knowledge/kernelPackages';
import { familyFor, installOf, managerFamily, packageName, type InstallManager } from '../../packages';
import type { Range } from '../../types';
import { commentAbove, removeCommandEdits, removeWordEdit } from '../../shell/fixes';
import { code, fromRelated, targetWords } from '../shared/related';
import { perDocument, type DocumentContext } from '../shared/memo';
import { copyOperands } from '../shared/copyArguments';
import type { PackageFamily } from '../../../knowledge/types';
import { copiesOutOf, isBootableAt, isCopiedOnlyAt, resolveWord, ROOTFS_SUBCOMMANDS } from '../shared/stage';
import { isDriverContainerAt, linksHostModuleTreeAt } from '../shared/driverContainer';
import { modulesSupportLine } from '../shared/modulesSupport';
import type { VmBootEvidence } from '../shared/vmBoot';
import { braceAlternatives } from '../shared/braceExpansion';
import { DYNAMIC_RELEASE, FLAGGED, kernelPackageUses, usesOfInstall, type KernelPackageUse } from '../shared/kernelPackageUses';

const ID = 'kernel-package-install';

export interface ModuleBuild {
  command: ShellCommand;
  kind: 'dkms' | 'kbuild' | 'modules_install';
  /** The word that says what is built against (`/lib/modules/$(uname -r)/build`), if any. */
  tree?: ShellWord;
  bootable: boolean;
}

/** Kernel trees an out-of-tree module build points at: the image's /lib/modules/<release>/build or installed headers. */
// /usr/src/linux: the conventional kernel source path (Gentoo, Container Linux developer images);
// /usr/src/linux-firmware is firmware blobs, not a kernel tree.
const KERNEL_TREE = /^(\/lib\/modules\/|\/usr\/lib\/modules\/|\/usr\/src\/(linux-headers-|kernels\/|linux-(?!firmware)|linux\/?$))/;
const TREE_VARIABLE =
  /^(KDIR|KERNELDIR|KERNEL_DIR|KSRC|KERNEL_SRC|KERNEL_SOURCE|KERNEL_PATH|KERNELPATH|KDIR_BUILD|KBUILD_DIR|KERNEL_TREE|KPATH|KBUILD)=(.*)$/;

/** `dkms autoinstall|install|build` (or AKMS'), `make -C /lib/modules/…/build M=…`, `make modules_install` run at build time. */
const moduleBuilds = perDocument((ctx: DocumentContext): readonly ModuleBuild[] => {
  const out: ModuleBuild[] = [];
  for (const c of ctx.commands()) {
    if (c.phase !== 'build') continue;
    const builder = Object.hasOwn(moduleBuilders, c.name) ? moduleBuilders[c.name] : undefined;
    if (builder) {
      const sub = c.args.find((a) => !(a.value ?? '').startsWith('-'))?.value ?? '';
      if (builder.build.includes(sub)) out.push({ command: c, kind: 'dkms', bootable: isBootableAt(ctx, c.block.startLine) });
      continue;
    }
    if (c.name !== 'make' && c.name !== 'gmake') continue;
    let tree: ShellWord | undefined;
    let modulesInstall = false;
    let installPath = false;
    for (let i = 0; i < c.args.length; i++) {
      const a = c.args[i];
      const v = a.value ?? a.raw;
      if ((v === '-C' || v === '--directory') && c.args[i + 1] && KERNEL_TREE.test(unquoted(c.args[i + 1]))) tree = c.args[i + 1];
      else if (/^(-C|--directory=)/.test(v) && KERNEL_TREE.test(unquoted(a).replace(/^(-C|--directory=)/, ''))) tree = a;
      const variable = TREE_VARIABLE.exec(unquoted(a));
      if (variable && KERNEL_TREE.test(variable[2])) tree = a;
      // `modules{,_install}`: the shell's brace expansion gives make both targets.
      if (braceAlternatives(v).includes('modules_install')) modulesInstall = true;
      if (/^INSTALL_MOD_PATH=/.test(v)) installPath = true;
    }
    // INSTALL_MOD_PATH: modules staged into a directory as an artefact (a kernel built for a device), not into this image's kernel.
    if (tree) out.push({ command: c, kind: 'kbuild', tree, bootable: isBootableAt(ctx, c.block.startLine) });
    else if (modulesInstall && !installPath)
      out.push({ command: c, kind: 'modules_install', bootable: isBootableAt(ctx, c.block.startLine) });
  }
  return out;
});

function unquoted(w: ShellWord): string {
  return w.value ?? w.raw.replace(/^(["'])(.*)\1$/, '$2');
}

/** A copied-out source that may be a built module or a module tree (`/out/mod.ko`, `/lib/modules`, `modules/`). */
const MODULE_OUTPUT = /\.ko(\.(gz|xz|zst))?$|(^|\/)modules(\/|$)/;

/**
 * Plain headers (no `uname -r`) in a stage that is only copied from, that builds no module this Dockerfile
 * shows (dkms, kbuild, a word naming a kernel tree) and hands on nothing that looks like one: they stay behind
 * with the builder stage, so no container meets them (cybozu/neco-containers falco/Dockerfile builds Falco's
 * userspace and CO-RE probe there). Module builds hidden in a project's own build files go unseen: say less.
 */
function headersLeftBehind(ctx: DocumentContext, use: KernelPackageUse): boolean {
  const line = use.install.command.block.startLine;
  if (use.kind !== 'headers' || use.buildHostRelease || use.viaVariable || use.viaQuery || !isCopiedOnlyAt(ctx, line)) return false;
  const stage = ctx.stageAt(line)?.index;
  if (moduleBuilds(ctx).some((b) => ctx.stageAt(b.command.block.startLine)?.index === stage)) return false;
  for (const c of ctx.commands()) {
    if (c.phase !== 'build' || ctx.stageAt(c.block.startLine)?.index !== stage) continue;
    if (c.args.some((a) => KERNEL_TREE.test(unquoted(a).replace(/^(-\w|--?[\w-]+=|\w+=)/, '')))) return false;
  }
  return copiesOutOf(ctx, line).every((b) => copyOperands(b).sources.every((o) => !MODULE_OUTPUT.test(o.value.replace(/\/+$/, ''))));
}

/** First sentence of the finding: what is wrong and where it fails (kept short; details follow). */
function headline(use: KernelPackageUse): string {
  const name = code(use.pkg.name);
  if (use.buildHostRelease) return `${code(use.pkg.word.raw)} names the build machine's kernel, not the kernel the container runs on.`;
  switch (use.kind) {
    case 'image':
    case 'meta':
      return `${name} installs a kernel the container never boots: it runs on the host's kernel.`;
    case 'headers':
      return `${name} are headers for a distribution kernel, not the host's the container runs on.`;
    case 'modules':
      return `${name} are modules for a kernel the container never runs; the host can't load them.`;
    case 'dkms':
      return `${name} builds modules for kernels in the image, never for the host kernel the container runs on.`;
    default:
      return `${name} is a kernel package; the container runs on the host's kernel.`;
  }
}

function kindWords(kind: KernelPackageKind): string {
  switch (kind) {
    case 'image':
    case 'meta':
      return "a kernel image; containers never boot it — they run on the host's kernel — so it only adds size";
    case 'headers':
      return "kernel headers for the distribution's kernel, not for the host's: modules built against them will not load on the host";
    case 'modules':
      return "kernel modules for a kernel the container never runs; they cannot be loaded from a container into the host's kernel";
    case 'dkms':
      return 'a module builder (DKMS): it compiles modules against headers in the image, for a kernel the container never runs';
    default:
      return 'a kernel package';
  }
}

function fixesFor(ctx: RuleContext, use: KernelPackageUse): Fix[] {
  const fixes: Fix[] = [];
  const c = use.install.command;
  const { pkg } = use;
  const target = ctx.target.kernel;
  // Headers for the target kernel instead of the build machine's.
  if (use.kind === 'headers' && target && /-/.test(target.raw)) {
    const replacement = headersPackageFor(use.family, target.raw);
    if (replacement !== undefined && pkg.word.value !== replacement) {
      fixes.push({
        title: `Install headers for the target kernel: ${replacement}`,
        kind: 'quickfix',
        edits: [{ range: pkg.word.range, newText: replacement }],
        isPreferred: use.buildHostRelease,
      });
    }
  }
  let edits: TextEdit[] | undefined;
  const note = `${pkg.name.replace(DYNAMIC_RELEASE, '<release>')} removed: containers run on the host's kernel`;
  if (use.install.packages.length === 1) edits = removeCommandEdits(ctx.model, c, note);
  else {
    const e = removeWordEdit(c, pkg.word);
    edits = e ? [e, commentAbove(ctx.model, c.block, note)] : undefined;
  }
  if (edits) {
    fixes.push({
      title: `Remove ${code(pkg.word.raw)} from the install`,
      kind: 'quickfix',
      edits,
      isPreferred: !fixes.some((f) => f.isPreferred) && (use.kind === 'image' || use.kind === 'meta' || use.kind === 'modules'),
    });
  }
  return fixes;
}

function buildHeadline(b: ModuleBuild): string {
  switch (b.kind) {
    case 'dkms':
      return `${code([b.command.name, ...b.command.args.slice(0, 1).map((a) => a.raw)].join(' '))} builds modules at image build time, for the image's kernel headers, not the host's.`;
    case 'kbuild':
      return `${code('make')} builds a module against ${code(b.tree!.raw.length > 36 ? b.tree!.raw.slice(0, 35) + '…' : b.tree!.raw)}, the image's tree, not the host's.`;
    default:
      return `${code('make modules_install')} installs modules into the image's /lib/modules; the host kernel never loads them.`;
  }
}

/**
 * The kernel package uses check reports, in document order: the others are explained in notes only. A
 * function of the document alone (the target decides only the words), so a pass of its own (rule.passes).
 */
const reportedUses = perDocument((ctx: DocumentContext): readonly KernelPackageUse[] =>
  kernelPackageUses(ctx).filter((use) => {
    if (use.bootable) return false; // a bootable container ships the kernel the machine boots: that is the point
    if (use.appliance) return false; // libguestfs boots it in its appliance VM (notes say so)
    if (use.vmBoot) return false; // the image boots it in a VM (debos/fakemachine, QEMU): notes say so
    if (use.copiedOnly) return false; // a builder stage no container runs: the kernel is shipped as a file or left behind
    if (use.otherRoot) return false; // another root filesystem gets it, not the image (notes say so)
    if (headersLeftBehind(ctx, use)) return false; // headers no visible module build uses, in a stage no container runs (notes say so)
    // Precompiled modules in a driver container: its entry point loads them into the host's kernel (notes say so).
    if (use.kind === 'modules' && isDriverContainerAt(ctx, use.install.command.block.startLine)) return false;
    // DKMS in an image whose /lib/modules links to the host's tree: it builds at start for the host kernel (notes say so).
    return !(use.kind === 'dkms' && linksHostModuleTreeAt(ctx, use.install.command.block.startLine));
  }),
);

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const use of reportedUses(ctx)) {
    const { pkg } = use;
    const release = use.buildHostRelease
      ? ` ${code('uname -r')} is evaluated during the build on the build machine (a CI runner, a laptop VM).`
      : '';
    const variable = use.viaVariable
      ? ` (${code(use.viaVariable)} is ${code(pkg.name)} by its ARG/ENV default.)`
      : use.viaQuery
        ? ` (the substitution installs what ${code(use.viaQuery)} lists.)`
        : '';
    // `linux-modules-${KVER}` classified as written: name the package its ARG/ENV default gives, when known.
    const shown =
      !use.viaVariable && !use.viaQuery && !use.buildHostRelease && pkg.dynamic
        ? resolveWord(ctx, use.install.command.block.startLine, pkg.name)
        : undefined;
    const target = ctx.target.kernel
      ? ` The container will run on ${targetWords(ctx)}, kernel ${ctx.target.kernel.raw}.`
      : ` The container will run on ${targetWords(ctx)}'s kernel.`;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: pkg.word.range,
      message: `${headline(shown ? { ...use, pkg: { ...pkg, name: shown } } : use)}${variable} It is ${kindWords(use.kind)}.${release}${target} Install kernel packages on the host; keep only userspace packages in the image.`,
      related: fromRelated(ctx, use.install.command.block.startLine, '{image} is a userland: the image never runs its own kernel.'),
      fixes: use.viaVariable || use.viaQuery ? [] : fixesFor(ctx, use),
    });
  }
  for (const b of moduleBuilds(ctx)) {
    if (b.bootable) continue;
    const c = b.command;
    const edits = b.kind === 'dkms' ? removeCommandEdits(ctx.model, c, 'DKMS modules must be built and loaded on the host') : undefined;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: c.nameWord.range,
      message: `${buildHeadline(b)} The container runs on ${targetWords(ctx)}'s kernel, and modules built here can never be loaded from the container. Build and load them on the host, or build at container start against the host's headers (driver containers).`,
      related: fromRelated(ctx, c.block.startLine, '{image} is a userland: it has no kernel to build modules for.'),
      fixes: edits ? [{ title: 'Remove the DKMS build and leave a note', kind: 'quickfix', edits }] : [],
    });
  }
  return findings;
}

function runsOn(ctx: RuleContext): string {
  return ctx.target.kernel
    ? `The container runs on ${targetWords(ctx)}: kernel ${ctx.target.kernel.raw}, whatever kernel the image holds.`
    : `The container runs on ${targetWords(ctx)}'s kernel (unknown here), whatever kernel the image holds.`;
}

/** Tools that build an initramfs or boot loader for a kernel in the image; genkernel(8) (Gentoo) also compiles that kernel. */
const BOOT_TOOLS = new Set([
  'dracut',
  'genkernel',
  'update-initramfs',
  'mkinitcpio',
  'mkinitramfs',
  'kernel-install',
  'grub-mkconfig',
  'grub2-mkconfig',
  'update-grub',
  'grub-install',
  'grub2-install',
]);

/** libguestfs installed with the kernel: its appliance VM boots it (knowledge/kernelPackages.ts applianceKernelPackages). */
function applianceNote(pkg: string): string {
  return `Installed with ${code(pkg)}: libguestfs boots this kernel in its appliance, a small VM under QEMU (with KVM when /dev/kvm is passed in, else slow emulation), so it is not dead weight here — but it is never the container's kernel.`;
}

/** The image boots the kernel in a VM (shared/vmBoot.ts): say which tool does, and that it still is not the container's kernel. */
function vmBootNote(e: VmBootEvidence): string {
  return `This image boots it in a virtual machine: ${code(e.word)} — ${e.what}. So it is not dead weight here, but it is never the container's kernel (the VM runs under QEMU, with KVM when /dev/kvm is passed in, else slow emulation).`;
}

const COPIED_ONLY_NOTE =
  "This stage is only copied from (`COPY --from`), never run: the kernel is shipped as a file (a VM, boot or installer image boots it) or stays behind with the stage. No container runs on it — every container runs on its host's kernel — so nothing to fix here.";

const HEADERS_LEFT_BEHIND_NOTE =
  "This stage is only copied from (`COPY --from`), never run, and builds no kernel module that this Dockerfile shows: the headers stay behind with the stage. A module compiled against them by the project's own build would be for the distribution's kernel, not the host's.";

const DRIVER_CONTAINER_NOTE =
  "This stage is a **driver container**: its entry point loads these modules into the host's running kernel with modprobe (privileged, CAP_SYS_MODULE). That works only when the host runs exactly the kernel release they were built for — build one image per host kernel.";

const HOST_TREE_DKMS_NOTE =
  "This stage links /lib/modules to the host's module tree mounted into the container (`ln -s $HOST_ROOT/lib/modules /lib/modules`, run with `-v /lib/modules:/host/lib/modules:ro`): DKMS run when the container starts (a driver loader) builds against the tree of the kernel the container really runs on, the host's. Run during `docker build`, it would find that link empty. Loading the module still needs CAP_SYS_MODULE.";

const BOOTABLE_NOTE =
  "This stage builds a **bootable container** (bootc / ostree, or an OS image made by kairos-init or `elemental init`): the image is deployed as a machine's root filesystem and this kernel is the one that machine boots — shipping it is the point, nothing to fix.";

/** A kernel package installed into another root filesystem (debootstrap --include, dnf --installroot, pacman -r). */
const otherRootNote = (root: string): string =>
  `It goes into ${code(root)}, the root filesystem this step builds (for a machine, a VM or an OS image that boots it), not into this image's own root: a container started from the image never boots it and runs on the host's kernel.`;

/** The hover of one kernel package: what it is, and why it is fine (bootable, appliance, copied-only) or what to do. */
function packageNote(ctx: RuleContext, u: KernelPackageUse, support: string): string {
  const what = `**${u.pkg.name}**: ${kindWords(u.kind).split(';')[0]}.`;
  if (u.bootable) return `${what}\n\n${BOOTABLE_NOTE}`;
  if (u.appliance) return `${what}\n\n${applianceNote(u.appliance)}\n\n${runsOn(ctx)}`;
  if (u.vmBoot) return `${what}\n\n${vmBootNote(u.vmBoot)}\n\n${runsOn(ctx)}`;
  if (u.copiedOnly) return `${what}\n\n${COPIED_ONLY_NOTE}\n\n${runsOn(ctx)}`;
  if (u.otherRoot) return `${what}\n\n${otherRootNote(u.otherRoot)}\n\n${runsOn(ctx)}`;
  if (headersLeftBehind(ctx, u)) return `${what}\n\n${HEADERS_LEFT_BEHIND_NOTE}\n\n${runsOn(ctx)}`;
  if (u.kind === 'modules' && isDriverContainerAt(ctx, u.install.command.block.startLine))
    return `${what}\n\n${DRIVER_CONTAINER_NOTE}\n\n${runsOn(ctx)}\n\n${support}`;
  if (u.kind === 'dkms' && linksHostModuleTreeAt(ctx, u.install.command.block.startLine))
    return `${what}\n\n${HOST_TREE_DKMS_NOTE}\n\n${runsOn(ctx)}\n\n${support}`;
  const row = classifyKernelPackage(u.family, u.pkg.name)?.row;
  const detail = row?.note ? ` ${row.note}` : '';
  return `**${u.pkg.name}**: ${kindWords(u.kind)}.${detail}\n\n${u.kind === 'image' || u.kind === 'meta' ? runsOn(ctx) : support}\n\nWhat to do: install kernel packages on the host; a container only ever uses the host's kernel.`;
}

function notes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  const support = modulesSupportLine(ctx);
  for (const u of kernelPackageUses(ctx)) out.push({ range: u.pkg.word.range, markdown: packageNote(ctx, u, support) });
  for (const b of moduleBuilds(ctx)) {
    const what =
      b.kind === 'dkms'
        ? `${moduleBuilders[b.command.name]?.name ?? 'DKMS'} module build`
        : b.kind === 'kbuild'
          ? 'out-of-tree module build (kbuild)'
          : 'module install into /lib/modules';
    out.push({
      range: (b.tree ?? b.command.nameWord).range,
      markdown: b.bootable
        ? `**${what}** in a bootable container: the modules are built for the kernel this image boots. ${BOOTABLE_NOTE}`
        : `**${what}** during \`docker build\`: it targets the kernel tree inside the image (or the build machine's \`uname -r\`), never the host's kernel the container runs on.\n\n${support}\n\nWhat to do: build modules on the host, or in a driver container at start time against the host's headers (mounted from the host), then load them on the host.`,
    });
    if (b.tree)
      out.push({ range: b.command.nameWord.range, markdown: `**make** here builds a kernel module against ${code(b.tree.raw)}.` });
  }
  // Kernels built as artefacts (a Raspberry Pi or device kernel cross-compiled in a builder image): fine, say so.
  for (const c of ctx.commands()) {
    if (c.phase !== 'build' || (c.name !== 'make' && c.name !== 'gmake')) continue;
    const stagedAt = c.args.find((a) => /^INSTALL_MOD_PATH=/.test(a.value ?? a.raw));
    if (!stagedAt || !c.args.some((a) => a.value === 'modules_install')) continue;
    out.push({
      range: stagedAt.range,
      markdown: `**${stagedAt.raw}**: modules are staged into a directory as build output (a kernel built for a device or a VM image), not installed for a kernel this image runs — fine. The container itself always runs on the host's kernel. ${runsOn(ctx)}`,
    });
  }
  // Boot-chain tools: an initramfs or boot loader config for a kernel in the image.
  for (const c of ctx.commands()) {
    if (c.phase !== 'build' || !BOOT_TOOLS.has(c.name)) continue;
    out.push({
      range: c.nameWord.range,
      markdown: isBootableAt(ctx, c.block.startLine)
        ? `**${c.name}** prepares booting the kernel this bootable container ships. ${BOOTABLE_NOTE}`
        : `**${c.name}** prepares booting a kernel in the image (initramfs or boot loader). A container never boots: it runs on the host's kernel, so this has no effect there. ${runsOn(ctx)}`,
    });
  }
  // At container start (driver containers): installing headers for the running kernel is the pattern that works.
  for (const c of ctx.commands()) {
    if (c.phase !== 'start') continue;
    const install = installOf(c);
    if (!install) continue;
    for (const u of usesOfInstall(install, familyFor(ctx, c.block.startLine, install.manager))) {
      out.push({
        range: u.pkg.word.range,
        markdown: `**${u.pkg.name}** installed when the container starts: ${u.buildHostRelease ? "`uname -r` there names the kernel the container really runs on (the host's), so this is the driver-container pattern; it needs the package repository to carry that exact release" : 'it still is ' + kindWords(u.kind)}.\n\n${support}`,
      });
    }
  }
  for (const n of copiedPackageNotes(ctx)) out.push(n);
  for (const n of downloadNotes(ctx)) out.push(n);
  for (const n of bootChainNotes(ctx)) out.push(n);
  for (const c of ctx.commands()) {
    const sub = c.args.map((a) => a.value);
    if (
      c.name !== 'bootc' &&
      !(c.name === 'ostree' && sub[0] === 'container') &&
      !(c.name === 'rpm-ostree' && ROOTFS_SUBCOMMANDS.has(sub[0] ?? ''))
    )
      continue;
    out.push({
      range: c.nameWord.range,
      markdown: `**${[c.name, ...sub.slice(0, 2).filter((v): v is string => !!v && !v.startsWith('-'))].join(' ')}**: a bootable-container (bootc / ostree) step. ${BOOTABLE_NOTE}`,
    });
  }
  return out;
}

/** A kernel package named by a package word or file name (a glob is read as the name before its wildcard). */
function kernelKind(family: PackageFamily | undefined, name: string): KernelPackageKind | undefined {
  const m =
    classifyKernelPackage(family, name) ?? (/\*$/.test(name) ? classifyKernelPackage(family, name.replace(/[-_.]?\*+$/, '')) : undefined);
  return m && FLAGGED.has(m.kind) ? m.kind : undefined;
}

/** `COPY kernel/x86_64/kernel-*.rpm /rpms/`: kernel package files brought in to be installed by a later step. */
function copiedPackageNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const block of ctx.model.instructions) {
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    for (const src of copyOperands(block).sources) {
      const file = src.value.slice(src.value.lastIndexOf('/') + 1);
      const ext = /\.(deb|rpm)$/.exec(file)?.[1];
      if (!ext) continue;
      const manager: InstallManager = ext === 'deb' ? 'dpkg' : 'dnf';
      const name = packageName(manager, file);
      const kind = name ? kernelKind(managerFamily(manager), name) : undefined;
      if (!name || !kind) continue;
      out.push({
        range: src.range,
        markdown: isBootableAt(ctx, block.startLine)
          ? `**${file}** (a package file copied in): ${kindWords(kind).split(';')[0]}.\n\n${BOOTABLE_NOTE}`
          : `**${file}** (a package file copied in): ${kindWords(kind)}. Installing it never changes the kernel the container runs on.\n\n${runsOn(ctx)}`,
      });
    }
  }
  return out;
}

/** Commands that fetch package files without installing them: the operands are package names. */
const DOWNLOADERS: Readonly<Record<string, { manager: InstallManager; sub?: string }>> = {
  yumdownloader: { manager: 'yum' },
  dnf: { manager: 'dnf', sub: 'download' },
  yum: { manager: 'yum', sub: 'download' },
  'apt-get': { manager: 'apt', sub: 'download' },
  apt: { manager: 'apt', sub: 'download' },
};
const DOWNLOAD_VALUE_OPTIONS = new Set([
  '--destdir',
  '--downloaddir',
  '--releasever',
  '--repo',
  '--enablerepo',
  '--disablerepo',
  '-c',
  '--config',
  '--arch',
  '-o',
]);

/** `yumdownloader kernel-devel-…`, `dnf download kernel-core`, `apt-get download linux-headers-…`: explained, never reported. */
function downloadNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const c of ctx.commands()) {
    const spec = Object.hasOwn(DOWNLOADERS, c.name) ? DOWNLOADERS[c.name] : undefined;
    if (!spec) continue;
    const operands: ShellWord[] = [];
    for (let i = 0; i < c.args.length; i++) {
      const v = c.args[i].value ?? c.args[i].raw;
      if (v.startsWith('-')) {
        if (DOWNLOAD_VALUE_OPTIONS.has(v)) i++;
        continue;
      }
      operands.push(c.args[i]);
    }
    if (spec.sub !== undefined && (operands.shift()?.value ?? '') !== spec.sub) continue;
    const family = familyFor(ctx, c.block.startLine, spec.manager);
    for (const w of operands) {
      const name = packageName(spec.manager, w.value ?? w.raw);
      const kind = name ? kernelKind(family, name) : undefined;
      if (!name || !kind) continue;
      out.push({
        range: w.range,
        markdown: `**${name}** (downloaded as a package file, not installed): ${kindWords(kind)}.\n\n${runsOn(ctx)}`,
      });
    }
  }
  return out;
}

/** Package removals: `apt-get remove linux-image-…` takes a kernel out of the image (an OS image swapping kernels). */
const REMOVERS: Readonly<Record<string, { manager: InstallManager; subs: ReadonlySet<string> }>> = {
  'apt-get': { manager: 'apt', subs: new Set(['remove', 'purge']) },
  apt: { manager: 'apt', subs: new Set(['remove', 'purge']) },
  dnf: { manager: 'dnf', subs: new Set(['remove', 'erase']) },
  yum: { manager: 'yum', subs: new Set(['remove', 'erase']) },
  microdnf: { manager: 'microdnf', subs: new Set(['remove']) },
  zypper: { manager: 'zypper', subs: new Set(['rm', 'remove']) },
  apk: { manager: 'apk', subs: new Set(['del']) },
};

/** Words that may name a boot-chain path: one test per word before the table's patterns. */
const BOOT_PATH_HINT = /boot\/|vmlinuz|\/etc\/(dracut|initramfs|mkinitcpio|kernel\/)|\.tar\.|bootc\/kargs\.d|zram-generator\.conf/;

function bootPathNote(ctx: RuleContext, value: string, at: { readonly range: Range }, line: number): HoverNote | undefined {
  if (!BOOT_PATH_HINT.test(value) || /\s/.test(value)) return undefined;
  const row = bootChainPaths.find((r) => r.pattern.test(value));
  if (!row) return undefined;
  return {
    // Read only for a note: a shell word makes its Range when read and keeps it with the model, and this
    // runs for every argument of every build command (at 50,000 lines some 44,000 ranges, 5 MB kept).
    range: at.range,
    markdown: `${code(value)}: ${row.what}. ${isBootableAt(ctx, line) ? BOOTABLE_NOTE : `None of it takes effect in a container, which never boots: it runs on the host's kernel. ${runsOn(ctx)}`}`,
  };
}

/**
 * The boot chain of a kernel in the image (knowledge/kernelPackages.ts): OS-image initializers (kairos-init,
 * `elemental init`), initramfs generators and boot firmware installed, /boot and initramfs configuration paths,
 * kernel packages removed. Explained on hover, never reported: they serve a machine that boots the image.
 * One pass over the commands and the COPY/ADD blocks (no per-command rescan of the document).
 */
function bootChainNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  const cs = ctx.commands();
  for (let ci = 0; ci < cs.length; ci++) {
    const c = cs[ci];
    if (c.phase !== 'build') continue;
    const line = c.block.startLine;
    const init = Object.hasOwn(osImageInitializers, c.name) ? osImageInitializers[c.name] : undefined;
    const remover = Object.hasOwn(REMOVERS, c.name) ? REMOVERS[c.name] : undefined;
    // Operands only for the few commands that need them (no array per command of a big file).
    const operands = init || remover ? c.args.filter((a) => !(a.value ?? a.raw).startsWith('-')) : NO_WORDS;
    if (init && (init.sub === undefined || operands[0]?.value === init.sub)) {
      out.push({
        range: c.nameWord.range,
        markdown: `**${init.sub ? `${c.name} ${init.sub}` : c.name}** turns this image into a bootable ${init.os} OS image: it installs a kernel, systemd and the boot tools and generates an initramfs for the machines that boot the image (an ISO, a disk image or an upgrade made from it). A container started from the image still runs on the host's kernel. ${runsOn(ctx)}`,
      });
    }
    const install = installOf(c);
    if (install) {
      for (const p of install.packages) {
        const row = bootChainPackages.find((r) => r.pattern.test(p.name));
        if (row)
          out.push({
            range: p.word.range,
            markdown: `**${p.name}**: ${row.what}. ${isBootableAt(ctx, line) ? BOOTABLE_NOTE : `A container never boots: it runs on the host's kernel. ${runsOn(ctx)}`}`,
          });
      }
    }
    if (remover?.subs.has(operands[0]?.value ?? '')) {
      const family = familyFor(ctx, line, remover.manager);
      for (const w of operands.slice(1)) {
        const name = w.value === undefined ? undefined : packageName(remover.manager, w.value);
        const kind = name ? kernelKind(family, name) : undefined;
        if (!name || !kind) continue;
        out.push({
          range: w.range,
          markdown: `**${name}** removed: ${kindWords(kind).split(';')[0]}. Whichever kernel the image keeps, a container runs on the host's kernel; the image's kernel serves only a machine that boots it. ${runsOn(ctx)}`,
        });
      }
    }
    // What echo and printf print is text, not a path they use (their redirect target below is one).
    for (const w of c.name === 'echo' || c.name === 'printf' ? NO_WORDS : c.args) {
      if (w.value === undefined) continue;
      const note = bootPathNote(ctx, w.value, w, line);
      if (note) out.push(note);
    }
    for (const r of c.redirects) {
      if (r.target.value === undefined) continue;
      const note = bootPathNote(ctx, r.target.value, r.target, line);
      if (note) out.push(note);
    }
  }
  const instructions = ctx.model.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const block = instructions[i];
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    for (const a of copyOperands(block).all) {
      const note = bootPathNote(ctx, a.value, a, block.startLine);
      if (note) out.push(note);
    }
  }
  return out;
}

const NO_WORDS: readonly ShellWord[] = [];

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: "Kernel images, headers, modules or DKMS installed in an image: the container runs on the host's kernel.",
  check,
  // What check reads, each a pass over every command or package use: in a big document each a step of its own.
  passes: [kernelPackageUses, reportedUses, moduleBuilds],
  notes,
};
