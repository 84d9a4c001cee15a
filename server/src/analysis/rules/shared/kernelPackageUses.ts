/**
 * Kernel packages a Dockerfile installs at build time (kernel images, headers, modules, DKMS, meta
 * packages), read through the package managers, `rpm -i`, `rpm-ostree install` and
 * `amazon-linux-extras`, and through ARG/ENV defaults (`apt-get install $KERNEL_PKG`). Userspace API
 * headers are not kernel packages here: the knowledge table decides. kernel-package-install flags
 * them; build-host-uname flags those named after the build machine's `uname -r`.
 */
import type { ShellCommand } from '../../shell/types';
import {
  amazonLinuxExtrasKernelTopics,
  applianceKernelPackages,
  classifyKernelPackage,
  type KernelPackageKind,
} from '../../../knowledge/kernelPackages';
import { familyFor, installOf, packageName, type InstallCommand, type PackageArg } from '../../packages';
import type { PackageFamily } from '../../../knowledge/types';
import { perCommand, perDocument, type DocumentContext } from './memo';
import { isBootableAt, isCopiedOnlyAt, resolveWord } from './stage';
import { vmBootAt, type VmBootEvidence } from './vmBoot';
import { optionValue } from './commandTriggerMatch';

export const FLAGGED: ReadonlySet<KernelPackageKind> = new Set(['image', 'headers', 'modules', 'dkms', 'meta']);
/** What a stage that is only copied from ships as files (a kernel and its modules); headers and DKMS build for it. */
const SHIPPED_KINDS: ReadonlySet<KernelPackageKind> = new Set(['image', 'modules', 'meta']);
/** `$(uname -r)` / `` `uname -r` `` / `${KVER}` inside a package word. */
export const DYNAMIC_RELEASE = /\$\(\s*uname\s+(-r|--kernel-release)\s*\)|`\s*uname\s+(-r|--kernel-release)\s*`/;

export interface KernelPackageUse {
  install: InstallCommand;
  pkg: PackageArg;
  kind: KernelPackageKind;
  family: ReturnType<typeof familyFor>;
  /** The name embeds the build machine's `uname -r`. */
  buildHostRelease: boolean;
  /** The stage builds a bootable container (bootc/ostree): the kernel is what the machine boots. */
  bootable: boolean;
  /** A kernel image or its modules in a stage that is only copied from, never run (isCopiedOnlyAt). */
  copiedOnly?: boolean;
  /** A libguestfs package installed by the same command, whose appliance VM boots this kernel. */
  appliance?: string;
  /** A kernel image or its modules in an image that boots it in a VM (debos/fakemachine, QEMU; shared/vmBoot.ts). */
  vmBoot?: VmBootEvidence;
  /** Installed into another root filesystem (debootstrap --include, dnf --installroot, pacman -r): that root's kernel, not the image's. */
  otherRoot?: string;
  /** The name was read through ARG/ENV defaults (`$KERNEL_PKG`). */
  viaVariable?: string;
  /** The word is a substitution whose package query names the package (`$(dnf list --available kernel\* | tail -1)`). */
  viaQuery?: string;
}

/** The kernel packages one install command names, for the package family of its stage. */
export const usesOfInstall = perCommand(
  (install: InstallCommand, family: PackageFamily | undefined): readonly Omit<KernelPackageUse, 'bootable'>[] => {
    const out: Omit<KernelPackageUse, 'bootable'>[] = [];
    for (const pkg of install.packages) {
      // A file glob (`rpm -ivh kernel-*.rpm`) is read as the name before the wildcard.
      const m =
        classifyKernelPackage(family, pkg.name) ??
        (/\*$/.test(pkg.name) ? classifyKernelPackage(family, pkg.name.replace(/[-_.]?\*+$/, '')) : undefined);
      if (!m || !FLAGGED.has(m.kind)) continue;
      out.push({ install, pkg, kind: m.kind, family, buildHostRelease: DYNAMIC_RELEASE.test(pkg.word.raw) });
    }
    return out;
  },
);

/** A package word with `$VAR` read through the stage's ARG/ENV defaults (`apt-get install $KERNEL_PKG`). */
function throughVariables(
  ctx: DocumentContext,
  install: InstallCommand,
  family: PackageFamily | undefined,
): Omit<KernelPackageUse, 'bootable'>[] {
  const out: Omit<KernelPackageUse, 'bootable'>[] = [];
  for (const pkg of install.packages) {
    if (!pkg.dynamic || !pkg.word.raw.includes('$') || DYNAMIC_RELEASE.test(pkg.word.raw)) continue;
    if (classifyKernelPackage(family, pkg.name)) continue; // already classified as written (linux-headers-${KVER})
    const resolved = resolveWord(ctx, install.command.block.startLine, pkg.word.raw);
    if (resolved === undefined) continue;
    // The word's own quotes (`./"$KERNEL_HDR"`) go away as the shell removes them.
    for (const part of resolved.replace(/["']/g, '').split(/\s+/)) {
      const name = packageName(install.manager, part);
      const m = name ? classifyKernelPackage(family, name) : undefined;
      if (!name || !m || !FLAGGED.has(m.kind)) continue;
      out.push({ install, pkg: { ...pkg, name }, kind: m.kind, family, buildHostRelease: false, viaVariable: pkg.word.raw });
    }
  }
  return out;
}

/**
 * Package queries by sub-command, whose output names packages: dnf(8) `list`, `info`, `repoquery`, `search`, yum(8)
 * `list`, `info`, `search`; repoquery(1); apt-cache(8) `search`, `pkgnames`; apt(8) `list`, `search`; zypper(8)
 * `search`/`se`. Their operands are the names or patterns asked for, unless a relation option asks for other packages.
 */
const PACKAGE_QUERIES: Readonly<Record<string, ReadonlySet<string> | 'any'>> = {
  dnf: new Set(['list', 'info', 'repoquery', 'search']),
  yum: new Set(['list', 'info', 'search']),
  repoquery: 'any',
  'apt-cache': new Set(['search', 'pkgnames']),
  apt: new Set(['list', 'search']),
  zypper: new Set(['search', 'se']),
};

const RELATION_OPTION =
  /^(--(what)?(requires|provides|recommends|suggests|supplements|enhances|conflicts|obsoletes|depends)(=.*)?|--deplist|--tree)$/;

/** The commands inside each substitution, by the start of the word that holds it (`dnf install $(dnf list …)`). */
const substitutionCommands = perDocument((ctx: DocumentContext): ReadonlyMap<string, readonly ShellCommand[]> => {
  const out = new Map<string, ShellCommand[]>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci];
    if (!c.inSubstitution || !c.enclosingWord) continue;
    const key = `${c.enclosingWord.range.start.line}:${c.enclosingWord.range.start.character}`;
    const list = out.get(key);
    if (list) list.push(c);
    else out.set(key, [c]);
  }
  return out;
});

/** The literal names or patterns a package query asks for (its operands after the sub-command), and the query's words. */
function queriedNames(q: ShellCommand): { query: string; names: string[] } | undefined {
  const kind = Object.hasOwn(PACKAGE_QUERIES, q.name) ? PACKAGE_QUERIES[q.name] : undefined;
  if (!kind) return undefined;
  // `dnf repoquery --requires kernel`, `--whatprovides`, `--deplist`: packages related to the operand, not the operand.
  if (q.args.some((a) => RELATION_OPTION.test(a.value ?? a.raw))) return undefined;
  const operands = q.args.filter((a) => !(a.value ?? a.raw).startsWith('-'));
  if (kind !== 'any' && !kind.has(operands[0]?.value ?? '')) return undefined;
  const names = operands
    .slice(kind === 'any' ? 0 : 1)
    .map((a) => a.value)
    .filter((v): v is string => v !== undefined);
  return { query: [q.name, ...operands.map((a) => a.value ?? a.raw)].join(' '), names };
}

/**
 * A package word that is a substitution listing packages (`dnf install -y $(dnf list --available kernel\* | … | tail -1)`):
 * what the install gets is what the query names, so its pattern is read as the package (a glob as its stem).
 */
function throughQueries(
  ctx: DocumentContext,
  install: InstallCommand,
  family: PackageFamily | undefined,
): Omit<KernelPackageUse, 'bootable'>[] {
  const out: Omit<KernelPackageUse, 'bootable'>[] = [];
  for (const pkg of install.packages) {
    if (!pkg.dynamic || !/\$\(|`/.test(pkg.word.raw)) continue;
    const inner = substitutionCommands(ctx).get(`${pkg.word.range.start.line}:${pkg.word.range.start.character}`) ?? [];
    for (const q of inner) {
      const asks = queriedNames(q);
      if (!asks) continue;
      for (const asked of asks.names) {
        // A glob (`kernel\*`) or an apt-cache regular expression (`^linux-headers-`) is read as its fixed stem, and,
        // when it is open-ended, as the packages that stem starts (`linux-headers-*`).
        const fixed = asked.replace(/^\^/, '').replace(/(\.\*|\*|\$)+$/, '');
        const stem = fixed.replace(/[-_.]+$/, '');
        const name = stem ? packageName(install.manager, stem) : undefined;
        if (!name) continue;
        const m =
          classifyKernelPackage(family, name) ?? (/(\*|[-_.])$/.test(asked) ? classifyKernelPackage(family, `${fixed}*`) : undefined);
        if (!m || !FLAGGED.has(m.kind)) continue;
        out.push({ install, pkg: { ...pkg, name }, kind: m.kind, family, buildHostRelease: false, viaQuery: asks.query });
      }
    }
  }
  return out;
}

const RPM_INSTALL = /^(-[a-zA-Z]*[iU][a-zA-Z]*|--install|--upgrade|--reinstall)$/;

/**
 * `rpm -ivh kernel-*.rpm`, `rpm-ostree install|override replace …` and `amazon-linux-extras install
 * kernel-5.10`: installs that analysis/packages does not read (other rules do not treat them as
 * package-manager installs), read here with rpm naming. Memoised per command like installOf.
 */
const rpmInstallMemo = new WeakMap<ShellCommand, InstallCommand | null>();
function rpmInstallOf(c: ShellCommand): InstallCommand | undefined {
  if (c.name !== 'rpm' && c.name !== 'rpm-ostree' && c.name !== 'amazon-linux-extras') return undefined;
  const hit = rpmInstallMemo.get(c);
  if (hit !== undefined) return hit ?? undefined;
  const result = rpmInstallOfUncached(c);
  rpmInstallMemo.set(c, result ?? null);
  return result;
}

function rpmInstallOfUncached(c: ShellCommand): InstallCommand | undefined {
  const values = c.args.map((a) => a.value ?? a.raw);
  let start = -1;
  if (c.name === 'rpm') {
    if (!values.some((v) => RPM_INSTALL.test(v))) return undefined;
    start = 0;
  } else if (c.name === 'amazon-linux-extras') {
    // A topic is a repository; a kernel topic installs that repository's `kernel` package.
    const words = values.map((v, i) => [v, i] as const).filter(([v]) => !v.startsWith('-'));
    if (words[0]?.[0] !== 'install') return undefined;
    const packages: PackageArg[] = [];
    for (const [v, i] of words.slice(1)) {
      if (amazonLinuxExtrasKernelTopics.pattern.test(v))
        packages.push({ name: amazonLinuxExtrasKernelTopics.package, word: c.args[i], argIndex: i, dynamic: false });
    }
    return packages.length > 0 ? { command: c, manager: 'yum', packages } : undefined;
  } else if (c.name === 'rpm-ostree') {
    const words = values.map((v, i) => [v, i] as const).filter(([v]) => !v.startsWith('-'));
    if (words[0]?.[0] === 'install') start = words[0][1] + 1;
    else if (words[0]?.[0] === 'override' && words[1]?.[0] === 'replace') start = words[1][1] + 1;
    else return undefined;
  } else return undefined;
  const packages: PackageArg[] = [];
  for (let i = start; i < c.args.length; i++) {
    const v = values[i];
    if (v.startsWith('-')) continue;
    const name = packageName('dnf', v);
    if (name) packages.push({ name, word: c.args[i], argIndex: i, dynamic: c.args[i].value === undefined });
  }
  return { command: c, manager: 'dnf', packages };
}

/**
 * A root filesystem bootstrapped with extra packages: debootstrap(8) `--include=alpha,beta` ("Comma separated list of
 * packages which will be added to download and extract lists"; qemu-debootstrap and cdebootstrap take the same option)
 * and mmdebstrap(1) `--include=pkg1[,pkg2,...]` (also space-separated, and repeatable). Each name is read as a Debian
 * package; its word is the part of the option word that names it, so a fix on one package edits only that name.
 */
export const ROOTFS_BOOTSTRAPPERS: ReadonlySet<string> = new Set(['debootstrap', 'qemu-debootstrap', 'cdebootstrap', 'mmdebstrap']);
const bootstrapInstallMemo = new WeakMap<ShellCommand, InstallCommand | null>();
function bootstrapInstallOf(c: ShellCommand): InstallCommand | undefined {
  if (!ROOTFS_BOOTSTRAPPERS.has(c.name)) return undefined;
  const hit = bootstrapInstallMemo.get(c);
  if (hit !== undefined) return hit ?? undefined;
  const packages: PackageArg[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const w = c.args[i];
    const inline = w.value?.startsWith('--include=');
    const list = inline ? w.value!.slice('--include='.length) : w.value === '--include' ? c.args[i + 1]?.value : undefined;
    const word = inline ? w : w.value === '--include' ? c.args[i + 1] : undefined;
    if (list === undefined || !word) continue;
    for (const name of list.split(/[,\s]+/).filter((n) => /^[a-z0-9][a-z0-9+.-]+$/.test(n))) {
      const at = word.raw.indexOf(name);
      const range =
        at >= 0 && word.range.start.line === word.range.end.line
          ? {
              start: { ...word.range.start, character: word.range.start.character + at },
              end: { ...word.range.start, character: word.range.start.character + at + name.length },
            }
          : word.range;
      packages.push({ name, word: { raw: name, value: name, range }, argIndex: i, dynamic: false });
    }
  }
  const result = packages.length > 0 ? { command: c, manager: 'apt' as const, packages } : undefined;
  bootstrapInstallMemo.set(c, result ?? null);
  return result;
}

/** Options of the bootstrappers whose value may be the next word (debootstrap(8), mmdebstrap(1)). */
const BOOTSTRAP_VALUE_OPTIONS = new Set([
  '--include',
  '--exclude',
  '--arch',
  '--architectures',
  '--variant',
  '--components',
  '--keyring',
  '--mode',
  '--format',
  '--aptopt',
  '--dpkgopt',
  '--setup-hook',
  '--extract-hook',
  '--essential-hook',
  '--customize-hook',
  '--hook-directory',
]);

/**
 * The other root an install writes into, by its manager's root option: dnf(8)/yum `--installroot=<path>`, zypper(8)
 * `--installroot`/`--root`, pacman(8) `-r, --root <path>`, apk `-p, --root`, dpkg(1) `--root`/`--instdir`, rpm(8)
 * `--root`. Undefined for an install into the image itself (`--installroot=/` included).
 */
const ROOT_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  dnf: ['--installroot'],
  dnf5: ['--installroot'],
  yum: ['--installroot'],
  microdnf: ['--installroot'],
  tdnf: ['--installroot'],
  zypper: ['--installroot', '--root'],
  pacman: ['-r', '--root'],
  apk: ['-p', '--root'],
  dpkg: ['--root', '--instdir'],
  rpm: ['--root'],
};
function installRoot(c: ShellCommand): string | undefined {
  const names = Object.hasOwn(ROOT_OPTIONS, c.name) ? ROOT_OPTIONS[c.name] : undefined;
  const root = names ? optionValue(c.args, names) : undefined;
  return root !== undefined && root.replace(/\/+$/, '') !== '' ? root : undefined;
}

/** The target directory a bootstrapper fills: its second operand (`debootstrap SUITE TARGET [MIRROR]`). */
export function bootstrapTarget(c: ShellCommand): string | undefined {
  const operands: string[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i].value ?? c.args[i].raw;
    if (BOOTSTRAP_VALUE_OPTIONS.has(v)) i++;
    else if (!v.startsWith('-')) operands.push(v);
  }
  return operands[1];
}

/** Kernel packages installed at build time (computed once per analysis: two rules and the notes read it). */
export const kernelPackageUses = perDocument((ctx: DocumentContext): readonly KernelPackageUse[] => {
  const out: KernelPackageUse[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    const install = installOf(c) ?? rpmInstallOf(c) ?? bootstrapInstallOf(c);
    if (!install) continue;
    const family = familyFor(ctx, c.block.startLine, install.manager);
    const found = [...usesOfInstall(install, family), ...throughVariables(ctx, install, family), ...throughQueries(ctx, install, family)];
    if (found.length === 0) continue;
    const bootable = isBootableAt(ctx, c.block.startLine);
    const copiedOnly = isCopiedOnlyAt(ctx, c.block.startLine);
    const appliance = install.packages.find((p) => applianceKernelPackages.names.has(p.name))?.name;
    const root = ROOTFS_BOOTSTRAPPERS.has(c.name) ? (bootstrapTarget(c) ?? 'the new root') : installRoot(c);
    const otherRoot = root !== undefined ? { otherRoot: root } : {};
    for (const u of found) {
      const shipped = { ...(copiedOnly && SHIPPED_KINDS.has(u.kind) ? { copiedOnly: true } : {}), ...otherRoot };
      if (appliance && (u.kind === 'image' || u.kind === 'meta')) {
        out.push({ ...u, bootable, appliance, ...shipped });
        continue;
      }
      // Read only for what a VM boots (a kernel image, its modules): headers and DKMS still build for nothing here.
      const vmBoot = SHIPPED_KINDS.has(u.kind) ? vmBootAt(ctx, c.block.startLine) : undefined;
      out.push(vmBoot ? { ...u, bootable, vmBoot, ...shipped } : { ...u, bootable, ...shipped });
    }
  }
  return out;
});
