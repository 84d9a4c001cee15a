/**
 * kernel-package-install: kernel images, kernel headers, kernel modules and DKMS in an image.
 * A container never boots the image's kernel and cannot load modules built for it: the host's
 * kernel is the only one. Userspace API headers (linux-libc-dev, Alpine linux-headers, RHEL
 * kernel-headers, linux-api-headers) are fine and not flagged — the knowledge table decides.
 */
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Fix, TextEdit } from '../../types';
import type { ShellCommand } from '../../shell/types';
import { classifyKernelPackage, headersPackageFor, type KernelPackageKind } from '../../../knowledge/kernelPackages';
import { familyFor, installOf, type InstallCommand, type PackageArg } from '../../packages';
import { commentAbove, removeCommandEdits, removeWordEdit } from '../../shell/fixes';
import { code, fromRelated, targetWords } from '../../shell/related';
import { perCommand, perContext } from '../shared/memo';
import type { PackageFamily } from '../../../knowledge/types';

const ID = 'kernel-package-install';
const FLAGGED: ReadonlySet<KernelPackageKind> = new Set(['image', 'headers', 'modules', 'dkms', 'meta']);
/** `$(uname -r)` / `` `uname -r` `` / `${KVER}` inside a package word. */
const DYNAMIC_RELEASE = /\$\(\s*uname\s+(-r|--kernel-release)\s*\)|`\s*uname\s+(-r|--kernel-release)\s*`/;

export interface KernelPackageUse {
  install: InstallCommand;
  pkg: PackageArg;
  kind: KernelPackageKind;
  family: ReturnType<typeof familyFor>;
  /** The name embeds the build machine's `uname -r`. */
  buildHostRelease: boolean;
}

/** The kernel packages one install command names, for the package family of its stage. */
const usesOfInstall = perCommand((install: InstallCommand, family: PackageFamily | undefined): readonly KernelPackageUse[] => {
  const out: KernelPackageUse[] = [];
  for (const pkg of install.packages) {
    const m = classifyKernelPackage(family, pkg.name);
    if (!m || !FLAGGED.has(m.kind)) continue;
    out.push({ install, pkg, kind: m.kind, family, buildHostRelease: DYNAMIC_RELEASE.test(pkg.word.raw) });
  }
  return out;
});

/** Kernel packages installed at build time (computed once per analysis: two rules and the notes read it). */
export const kernelPackageUses = perContext((ctx: Pick<RuleContext, 'commands' | 'stageAt'>): readonly KernelPackageUse[] => {
  const out: KernelPackageUse[] = [];
  for (const c of ctx.commands()) {
    if (c.phase !== 'build') continue;
    const install = installOf(c);
    if (!install) continue;
    for (const u of usesOfInstall(install, familyFor(ctx, c.block.startLine, install.manager))) out.push(u);
  }
  return out;
});

/** `dkms autoinstall|install|build …` run at build time. */
function dkmsBuilds(ctx: Pick<RuleContext, 'commands'>): ShellCommand[] {
  return ctx.commands().filter((c) => c.phase === 'build' && c.name === 'dkms' && ['autoinstall', 'install', 'build'].includes(c.args.find((a) => !(a.value ?? '').startsWith('-'))?.value ?? ''));
}

function kindWords(kind: KernelPackageKind): string {
  switch (kind) {
    case 'image':
    case 'meta':
      return 'a kernel image; containers never boot it — they run on the host\'s kernel — so it only adds size';
    case 'headers':
      return 'kernel headers for the distribution\'s kernel, not for the host\'s: modules built against them will not load on the host';
    case 'modules':
      return 'kernel modules for a kernel the container never runs; they cannot be loaded from a container into the host\'s kernel';
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

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const use of kernelPackageUses(ctx)) {
    const { pkg } = use;
    const release = use.buildHostRelease
      ? ` ${code('uname -r')} here is evaluated during the build and names the build machine's kernel (a CI runner's, a laptop VM's), not the one the container will run on.`
      : '';
    const target = ctx.target.kernel
      ? ` The container will run on ${targetWords(ctx)}, kernel ${ctx.target.kernel.raw}.`
      : ` The container will run on ${targetWords(ctx)}'s kernel.`;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: pkg.word.range,
      message: `${code(pkg.name)} is ${kindWords(use.kind)}.${release}${target} Install kernel packages on the host; keep only userspace packages in the image.`,
      related: fromRelated(ctx, use.install.command.block.startLine, '{image} is a userland: the image never runs its own kernel.'),
      fixes: fixesFor(ctx, use),
    });
  }
  for (const c of dkmsBuilds(ctx)) {
    const edits = removeCommandEdits(ctx.model, c, 'DKMS modules must be built and loaded on the host');
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: c.nameWord.range,
      message: `${code('dkms ' + c.args.map((a) => a.raw).join(' '))} builds kernel modules during the image build, against headers in the image and the build machine's kernel — not the host's. The modules can never be loaded from the container. Build and load them on the host.`,
      related: fromRelated(ctx, c.block.startLine, '{image} is a userland: it has no kernel to build modules for.'),
      fixes: edits ? [{ title: 'Remove the DKMS build and leave a note', kind: 'quickfix', edits }] : [],
    });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  return kernelPackageUses(ctx).map((u) => ({
    range: u.pkg.word.range,
    markdown: `**${u.pkg.name}**: ${kindWords(u.kind)}.`,
  }));
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: 'Kernel images, headers, modules or DKMS installed in an image: the container runs on the host\'s kernel.',
  check,
  notes,
};
