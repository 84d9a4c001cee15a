/**
 * Package names that are kernels, kernel headers, kernel modules or module builders (DKMS).
 * Installing one in an image never changes the kernel the container runs on: the host's kernel
 * is used, so an image kernel is dead weight and headers/modules almost never match the host.
 *
 * Careful cases (why some names are classified the way they are):
 * - RHEL `kernel-headers`, Alpine `linux-headers`, Arch `linux-api-headers`, SUSE
 *   `linux-glibc-devel` are the kernel's *userspace API* headers used to build C programs against
 *   glibc/musl. They are not tied to the running kernel and are fine in an image: kind
 *   'userspace-headers', so rules can say so instead of warning.
 * - Debian `linux-libc-dev` (the same kind of userspace headers), `linux-base`, `linux-firmware`,
 *   `util-linux`, `libselinux*` are not matched at all: nothing kernel-specific to say.
 *   (`linux-firmware` is useless in a container, since only the host loads firmware, but harmless: the hover
 *   says so through hostFacilities.ts `kernel-firmware`, never a warning.)
 *
 * Patterns: exact name; prefix ending in '*'; suffix starting with '*'. Exact beats patterns;
 * a longer pattern beats a shorter one.
 */
import { FamilyMemo } from './familyMemo';
import type { PackageFamily, Source } from './types';

export type KernelPackageKind = 'image' | 'headers' | 'modules' | 'dkms' | 'meta' | 'userspace-headers';

export interface KernelPackageRow {
  family: PackageFamily | 'any';
  /** Exact name, prefix ending in '*', or suffix starting with '*'. */
  package: string;
  kind: KernelPackageKind;
  note?: string;
  source: Source;
}

const SRC = {
  debian: 'deb.debian.org bookworm package index (linux-image-amd64, linux-headers-amd64, linux-image-6.1.0-*-amd64, dkms)',
  ubuntu:
    'canonical/kernel-docs docs/reference/hwe-kernels.rst @ 3da40eac (linux-generic-hwe-*); Ubuntu archive package names linux-image-*, linux-modules-*, linux-modules-extra-*',
  rhel: 'CentOS Stream kernel.spec subpackages (https://gitlab.com/redhat/centos-stream/rpms/kernel): kernel, kernel-core, kernel-modules, kernel-modules-core, kernel-modules-extra, kernel-devel, kernel-headers',
  uek: 'Oracle Linux UEK package names (https://yum.oracle.com): kernel-uek, kernel-uek-core, kernel-uek-modules, kernel-uek-devel',
  alpine:
    'Alpine Linux aports main/linux-lts (linux-lts, linux-virt, linux-lts-dev, linux-virt-dev), main/linux-headers (UAPI headers), main/akms',
  suse: 'openSUSE kernel-source package names (kernel-default, kernel-default-devel, kernel-devel, kernel-syms), linux-glibc-devel (UAPI headers)',
  arch: 'Arch Linux packages core/linux, core/linux-lts, linux-headers, core/linux-api-headers (UAPI headers), extra/dkms',
  elrepo:
    'ELRepo kernel-ml / kernel-lt package sets (https://elrepo.org/wiki/doku.php?id=kernel-ml): kernel-ml, -core, -modules, -modules-extra, -devel, -headers',
  raspberrypi:
    'Raspberry Pi OS archive (http://archive.raspberrypi.org/debian, bullseye main): raspberrypi-kernel, raspberrypi-kernel-headers; bookworm: linux-image-rpi-v8, linux-headers-rpi-v8',
  openwrt:
    "openwrt/openwrt include/kernel.mk (define KernelPackage: every module package of OpenWrt's kernel is built as kmod-<name> against that kernel's release, its .ko files under /lib/modules/<release>/); package/kernel/mac80211/Makefile (KernelPackage/mac80211 → kmod-mac80211)",
  alarm: 'Arch Linux ARM packages core/linux-aarch64, core/linux-rpi, core/linux-rpi-headers (https://archlinuxarm.org/packages)',
  cachyosArch:
    'CachyOS/linux-cachyos linux-cachyos/.SRCINFO @ f9c194bb (pkgbase linux-cachyos: pkgname linux-cachyos "kernel and modules", linux-cachyos-headers "Headers and scripts for building modules"); its linux-cachyos-lts/ directory builds the LTS flavour the same way',
  cachyosFlavours:
    'CachyOS/linux-cachyos @ b08ba861 linux-cachyos-deckify/.SRCINFO (pkgname linux-cachyos-deckify "kernel and modules", linux-cachyos-deckify-headers "Headers and scripts for building modules"); the flavours bore, eevdf, hardened, rc, rt-bore and server are sibling directories linux-cachyos-<flavour>/ of the same repository, each a pkgbase of that name built the same way',
  gentooSources:
    'gentoo/gentoo virtual/linux-sources ebuild (EAPI 8: DESCRIPTION="Virtual for Linux kernel sources"; RDEPEND || ( sys-kernel/gentoo-sources sys-kernel/vanilla-sources sys-kernel/git-sources sys-kernel/mips-sources sys-kernel/pf-sources sys-kernel/rt-sources sys-kernel/zen-sources sys-kernel/raspberrypi-sources sys-kernel/gentoo-kernel sys-kernel/gentoo-kernel-bin sys-kernel/vanilla-kernel sys-kernel/linux-next sys-kernel/asahi-sources ))',
  gentooDistKernel:
    'Gentoo AMD64 Handbook, "Configuring the Linux kernel": distribution kernels sys-kernel/gentoo-kernel (built from source with Gentoo patches), sys-kernel/gentoo-kernel-bin (prebuilt) and sys-kernel/vanilla-kernel, installed into /boot like any kernel; also providers of virtual/linux-sources (gentoo/gentoo virtual/linux-sources ebuild)',
  cachyosCopr:
    'sirlucjan/copr-linux-cachyos sources/kernel-cachyos-bore/kernel-cachyos-lts.spec @ a7c2db70 (COPR bieszczaders/kernel-cachyos; Name: kernel-%{flavor}, flavor cachyos-lts; subpackages core "the Linux kernel (vmlinuz)", modules, devel "to build modules against the kernel", devel-matched "matching core and devel", headers "for use by glibc"); kernel-cachyos.spec beside it builds flavor cachyos',
} as const;

const USERSPACE_NOTE =
  'Userspace API headers for building programs against the C library: not tied to the running kernel, fine in an image.';
const HEADERS_NOTE = "Headers of a kernel release: only useful if they match the host's `uname -r`, which an image cannot know.";
const GENTOO_SOURCES_NOTE =
  "Kernel sources (a provider of Gentoo's virtual/linux-sources, unpacked under /usr/src): what a kernel or module build compiles against; modules built from them load only into a kernel of that exact release.";
const META_NOTE = 'Metapackage that pulls in a full kernel; a container never boots it.';

const r = (family: KernelPackageRow['family'], pkg: string, kind: KernelPackageKind, source: Source, note?: string): KernelPackageRow =>
  note === undefined ? { family, package: pkg, kind, source } : { family, package: pkg, kind, source, note };

export const kernelPackageRows: readonly KernelPackageRow[] = [
  // ── Debian / Ubuntu ──────────────────────────────────────────────────────────────────────
  r('debian', 'linux-image-*', 'image', SRC.debian),
  r('debian', 'linux-image-amd64', 'meta', SRC.debian, META_NOTE),
  r('debian', 'linux-image-arm64', 'meta', SRC.debian, META_NOTE),
  r('debian', 'linux-image-cloud-*', 'meta', SRC.debian, META_NOTE),
  r('debian', 'linux-image-rt-*', 'meta', SRC.debian, META_NOTE),
  r('debian', 'linux-image-generic*', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-image-virtual*', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-generic', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-generic-hwe-*', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-virtual', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-virtual-hwe-*', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-lowlatency', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-aws', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-azure', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-gcp', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-kvm', 'meta', SRC.ubuntu, META_NOTE),
  r('debian', 'linux-headers-*', 'headers', SRC.debian, HEADERS_NOTE),
  r(
    'debian',
    'linux-modules-*',
    'modules',
    SRC.ubuntu,
    'Modules for one kernel release; the host kernel cannot load them unless it is that exact release.',
  ),
  r('debian', 'dkms', 'dkms', SRC.debian, 'Builds modules for the kernels whose headers are installed, i.e. not for the host kernel.'),
  r('debian', 'raspberrypi-kernel', 'image', SRC.raspberrypi),
  r('debian', 'raspberrypi-kernel-headers', 'headers', SRC.raspberrypi, HEADERS_NOTE),

  // ── RHEL family (RHEL, CentOS, Fedora, Rocky, Alma, Oracle, Amazon) ──────────────────────
  r('rhel', 'kernel', 'image', SRC.rhel, 'On EL8+ a metapackage pulling kernel-core and kernel-modules.'),
  r('rhel', 'kernel-core', 'image', SRC.rhel),
  r('rhel', 'kernel-modules*', 'modules', SRC.rhel),
  r('rhel', 'kernel-devel', 'headers', SRC.rhel, HEADERS_NOTE),
  r('rhel', 'kernel-devel-*', 'headers', SRC.rhel, HEADERS_NOTE),
  r(
    'rhel',
    'kernel-headers',
    'userspace-headers',
    SRC.rhel,
    'Despite the name, RHEL kernel-headers are userspace API headers for glibc builds (gcc needs them), not headers matching a kernel. ' +
      USERSPACE_NOTE,
  ),
  r('rhel', 'kernel-rt*', 'image', SRC.rhel),
  r('rhel', 'kernel-debug*', 'image', SRC.rhel),
  r('rhel', 'kernel-lt', 'image', SRC.elrepo),
  r('rhel', 'kernel-ml', 'image', SRC.elrepo),
  r('rhel', 'kernel-lt-core', 'image', SRC.elrepo),
  r('rhel', 'kernel-ml-core', 'image', SRC.elrepo),
  r('rhel', 'kernel-lt-modules', 'modules', SRC.elrepo),
  r('rhel', 'kernel-ml-modules', 'modules', SRC.elrepo),
  r('rhel', 'kernel-lt-modules-extra', 'modules', SRC.elrepo),
  r('rhel', 'kernel-ml-modules-extra', 'modules', SRC.elrepo),
  r('rhel', 'kernel-lt-devel', 'headers', SRC.elrepo, HEADERS_NOTE),
  r('rhel', 'kernel-ml-devel', 'headers', SRC.elrepo, HEADERS_NOTE),
  r('rhel', 'kernel-lt-headers', 'userspace-headers', SRC.elrepo, USERSPACE_NOTE),
  r('rhel', 'kernel-ml-headers', 'userspace-headers', SRC.elrepo, USERSPACE_NOTE),
  ...(['kernel-cachyos', 'kernel-cachyos-lts'] as const).flatMap((k) => [
    r('rhel', k, 'image', SRC.cachyosCopr, "Metapackage pulling this kernel's core and modules."),
    r('rhel', `${k}-core`, 'image', SRC.cachyosCopr),
    r('rhel', `${k}-modules`, 'modules', SRC.cachyosCopr),
    r('rhel', `${k}-devel`, 'headers', SRC.cachyosCopr, HEADERS_NOTE),
    r('rhel', `${k}-devel-matched`, 'headers', SRC.cachyosCopr, 'Pulls in this kernel and its module-build headers. ' + HEADERS_NOTE),
    r('rhel', `${k}-headers`, 'userspace-headers', SRC.cachyosCopr, USERSPACE_NOTE),
  ]),
  r('rhel', 'kernel-uek*', 'image', SRC.uek),
  r('rhel', 'kernel-uek-modules*', 'modules', SRC.uek),
  r('rhel', 'kernel-uek-devel', 'headers', SRC.uek, HEADERS_NOTE),
  r(
    'rhel',
    'kmod-*',
    'modules',
    'ELRepo/EPEL kABI-tracking kmod packages (e.g. kmod-wireguard)',
    'Module built for one RHEL kernel ABI; useless in a container.',
  ),
  r(
    'openwrt',
    'kmod-*',
    'modules',
    SRC.openwrt,
    "OpenWrt kernel module package: modules built for OpenWrt's own kernel release; in a container the host kernel's modules serve.",
  ),
  r('rhel', 'akmod-*', 'dkms', 'RPM Fusion akmods (module built at install time)'),
  r('rhel', 'dkms', 'dkms', 'Fedora and EPEL package dkms (https://packages.fedoraproject.org/pkgs/dkms/)'),

  // ── Alpine ───────────────────────────────────────────────────────────────────────────────
  r('alpine', 'linux-lts', 'image', SRC.alpine),
  r('alpine', 'linux-virt', 'image', SRC.alpine),
  r('alpine', 'linux-edge', 'image', SRC.alpine),
  r('alpine', 'linux-rpi', 'image', SRC.alpine),
  r('alpine', 'linux-rpi2', 'image', SRC.alpine),
  r('alpine', 'linux-rpi4', 'image', SRC.alpine),
  r('alpine', 'linux-lts-dev', 'headers', SRC.alpine, HEADERS_NOTE),
  r('alpine', 'linux-virt-dev', 'headers', SRC.alpine, HEADERS_NOTE),
  r('alpine', 'linux-edge-dev', 'headers', SRC.alpine, HEADERS_NOTE),
  r(
    'alpine',
    'linux-headers',
    'userspace-headers',
    SRC.alpine,
    'Alpine linux-headers are the kernel userspace API headers used to build against musl, not a kernel. ' + USERSPACE_NOTE,
  ),
  r('alpine', 'akms', 'dkms', SRC.alpine, "Alpine's module builder (like DKMS): builds for installed kernels, not the host."),

  // ── SUSE ─────────────────────────────────────────────────────────────────────────────────
  r('suse', 'kernel-default', 'image', SRC.suse),
  r('suse', 'kernel-default-base', 'image', SRC.suse),
  r('suse', 'kernel-default-extra', 'modules', SRC.suse),
  r('suse', 'kernel-default-optional', 'modules', SRC.suse),
  r('suse', 'kernel-default-devel', 'headers', SRC.suse, HEADERS_NOTE),
  r('suse', 'kernel-devel', 'headers', SRC.suse, HEADERS_NOTE),
  r('suse', 'kernel-syms', 'headers', SRC.suse, HEADERS_NOTE),
  r('suse', 'kernel-azure', 'image', SRC.suse),
  r('suse', 'kernel-rt', 'image', SRC.suse),
  r('suse', 'kernel-kvmsmall', 'image', SRC.suse),
  r('suse', 'kernel-64kb', 'image', SRC.suse),
  r('suse', 'linux-glibc-devel', 'userspace-headers', SRC.suse, USERSPACE_NOTE),
  r('suse', 'dkms', 'dkms', SRC.suse),

  // ── Arch ─────────────────────────────────────────────────────────────────────────────────
  r('arch', 'linux', 'image', SRC.arch),
  r('arch', 'linux-lts', 'image', SRC.arch),
  r('arch', 'linux-zen', 'image', SRC.arch),
  r('arch', 'linux-hardened', 'image', SRC.arch),
  r('arch', 'linux-headers', 'headers', SRC.arch, HEADERS_NOTE),
  r('arch', 'linux-lts-headers', 'headers', SRC.arch, HEADERS_NOTE),
  r('arch', 'linux-zen-headers', 'headers', SRC.arch, HEADERS_NOTE),
  r('arch', 'linux-hardened-headers', 'headers', SRC.arch, HEADERS_NOTE),
  r('arch', 'linux-api-headers', 'userspace-headers', SRC.arch, USERSPACE_NOTE),
  r('arch', 'linux-aarch64', 'image', SRC.alarm),
  r('arch', 'linux-aarch64-headers', 'headers', SRC.alarm, HEADERS_NOTE),
  r('arch', 'linux-rpi', 'image', SRC.alarm),
  r('arch', 'linux-rpi-headers', 'headers', SRC.alarm, HEADERS_NOTE),
  r('arch', 'linux-cachyos', 'image', SRC.cachyosArch),
  r('arch', 'linux-cachyos-headers', 'headers', SRC.cachyosArch, HEADERS_NOTE),
  r('arch', 'linux-cachyos-lts', 'image', SRC.cachyosArch),
  r('arch', 'linux-cachyos-lts-headers', 'headers', SRC.cachyosArch, HEADERS_NOTE),
  ...['bore', 'deckify', 'eevdf', 'hardened', 'rc', 'rt-bore', 'server'].flatMap((f) => [
    r('arch', `linux-cachyos-${f}`, 'image', SRC.cachyosFlavours),
    r('arch', `linux-cachyos-${f}-headers`, 'headers', SRC.cachyosFlavours, HEADERS_NOTE),
  ]),
  r('arch', 'dkms', 'dkms', SRC.arch),

  // ── Gentoo (emerge atoms, written with or without the sys-kernel/ category) ─────────────
  ...['', 'sys-kernel/'].flatMap((cat) => [
    ...['gentoo-sources', 'vanilla-sources', 'git-sources', 'mips-sources', 'pf-sources', 'rt-sources', 'zen-sources']
      .concat(['raspberrypi-sources', 'asahi-sources', 'linux-next'])
      .map((n) => r('gentoo', cat + n, 'headers', SRC.gentooSources, GENTOO_SOURCES_NOTE)),
    ...['gentoo-kernel', 'gentoo-kernel-bin', 'vanilla-kernel'].map((n) => r('gentoo', cat + n, 'image', SRC.gentooDistKernel)),
  ]),
  r('gentoo', 'virtual/linux-sources', 'headers', SRC.gentooSources, GENTOO_SOURCES_NOTE),

  // ── Any family ───────────────────────────────────────────────────────────────────────────
  r('any', 'dkms', 'dkms', SRC.debian),
  r(
    'any',
    '*-dkms',
    'dkms',
    'Naming convention of DKMS module source packages (e.g. Debian zfs-dkms, wireguard-dkms)',
    'Module source built by DKMS against installed headers, not the host kernel.',
  ),
];

/**
 * Names a pattern above would catch that are not kernel code: the subpackages of the kmod tools themselves
 * (libkmod and its headers), which `kmod-*` (ELRepo's kABI module packages) would otherwise take for modules.
 */
export const notKernelPackages: readonly { package: string; source: Source }[] = [
  ...['kmod-libs', 'kmod-devel'].map((pkg) => ({
    package: pkg,
    source:
      'Fedora Packages, source package kmod (packages.fedoraproject.org/pkgs/kmod/): subpackages kmod-libs (libkmod) and kmod-devel ("Header files for kmod development")',
  })),
  {
    package: 'kmod-dev',
    source:
      'Alpine Linux packages kmod-libs and kmod-dev, origin kmod ("Linux kernel module management utilities (libraries)", "(development files)"; pkgs.alpinelinux.org)',
  },
];
const NOT_KERNEL = new Set(notKernelPackages.map((row) => row.package));

function matches(pattern: string, name: string): boolean {
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith('*')) return name.endsWith(pattern.slice(1));
  return pattern === name;
}

const isPattern = (p: string) => p.startsWith('*') || p.endsWith('*');

function best(rows: readonly KernelPackageRow[], name: string): KernelPackageRow | undefined {
  const hits = rows.filter((row) => matches(row.package, name));
  return hits.find((row) => !isPattern(row.package)) ?? [...hits].sort((a, b) => b.package.length - a.package.length)[0];
}

export interface KernelPackageMatch {
  kind: KernelPackageKind;
  row: KernelPackageRow;
}

/**
 * Whether a package (name already stripped of version pins) is a kernel, kernel headers, modules
 * or a module builder. With no family: 'any' rows first, then every family; when families
 * disagree about a name (Arch `linux-headers` are kernel headers, Alpine's are userspace
 * headers) the answer is undefined rather than a guess.
 */
/** Pure function of the static table: memoised (asked for every package on every analysis). */
const kernelMemo = new FamilyMemo<KernelPackageMatch>();

export function classifyKernelPackage(family: PackageFamily | undefined, name: string): KernelPackageMatch | undefined {
  return kernelMemo.get(family, name, classifyKernelPackageUncached);
}

function classifyKernelPackageUncached(family: PackageFamily | undefined, name: string): KernelPackageMatch | undefined {
  const n = name.trim().toLowerCase();
  if (!n || NOT_KERNEL.has(n)) return undefined;
  if (family !== undefined) {
    const row =
      best(
        kernelPackageRows.filter((x) => x.family === family),
        n,
      ) ??
      best(
        kernelPackageRows.filter((x) => x.family === 'any'),
        n,
      );
    return row ? { kind: row.kind, row } : undefined;
  }
  const anyRow = best(
    kernelPackageRows.filter((x) => x.family === 'any'),
    n,
  );
  if (anyRow) return { kind: anyRow.kind, row: anyRow };
  const families = [...new Set(kernelPackageRows.map((x) => x.family))].filter((f) => f !== 'any');
  const hits = families
    .map((f) =>
      best(
        kernelPackageRows.filter((x) => x.family === f),
        n,
      ),
    )
    .filter((x): x is KernelPackageRow => x !== undefined);
  if (hits.length === 0) return undefined;
  if (hits.some((h) => h.kind !== hits[0].kind)) return undefined;
  return { kind: hits[0].kind, row: hits[0] };
}

/** Families where the headers package for a running kernel can be named from `uname -r`. */
export const headersPackageRules: readonly { family: PackageFamily; template: string; source: Source }[] = [
  { family: 'debian', template: 'linux-headers-<uname -r>', source: SRC.debian },
  { family: 'rhel', template: 'kernel-devel-<uname -r>', source: SRC.rhel },
];

/**
 * The headers package matching a kernel release (`uname -r`), where the family names them that
 * way: Debian/Ubuntu `linux-headers-6.1.0-18-amd64`, RHEL `kernel-devel-5.14.0-427.el9.x86_64`.
 * Undefined for other families or a release that does not look like one.
 */
export function headersPackageFor(family: PackageFamily | undefined, kernelRelease: string): string | undefined {
  const rel = kernelRelease.trim();
  if (!/^[0-9]+\.[0-9]+[A-Za-z0-9._+~-]*$/.test(rel)) return undefined;
  const rule = headersPackageRules.find((x) => x.family === family);
  return rule ? rule.template.replace('<uname -r>', rel) : undefined;
}

/**
 * Base images of bootable containers (bootc / ostree native containers): the image is deployed to a
 * machine as its root filesystem and its kernel is what that machine boots. Installing a kernel,
 * kernel modules or a modules-load.d entry there is the point, not a mistake.
 * `path` is registry + repository path; a row ending in '/' matches every repository under it.
 */
export interface BootableImageRow {
  path: string;
  source: Source;
}

const BOOTC_SRC =
  'Fedora/CentOS bootc base images (https://docs.fedoraproject.org/en-US/bootc/base-images/, https://containers.github.io/bootc/)';
export const bootableImageRows: readonly BootableImageRow[] = [
  { path: 'quay.io/fedora/fedora-bootc', source: BOOTC_SRC },
  { path: 'quay.io/centos-bootc/centos-bootc', source: BOOTC_SRC },
  { path: 'quay.io/centos-bootc/fedora-bootc', source: BOOTC_SRC },
  {
    path: 'registry.redhat.io/rhel9/rhel-bootc',
    source:
      'Red Hat image mode for RHEL (https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_image_mode_for_rhel_to_build_deploy_and_manage_operating_systems)',
  },
  {
    path: 'registry.redhat.io/rhel10/rhel-bootc',
    source: 'Red Hat image mode for RHEL 10 (https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/10)',
  },
  {
    path: 'quay.io/fedora/fedora-coreos',
    source: 'Fedora CoreOS layering (https://docs.fedoraproject.org/en-US/fedora-coreos/coreos-layering/)',
  },
  {
    path: 'quay.io/fedora-ostree-desktops/',
    source: 'Fedora Atomic desktops OCI images (https://docs.fedoraproject.org/en-US/fedora-silverblue/)',
  },
  // The official, signed Silverblue and Kinoite images on the `fedora` organisation (the same ostree native containers).
  {
    path: 'quay.io/fedora/fedora-silverblue',
    source: 'Fedora Silverblue, OCI image quay.io/fedora/fedora-silverblue (https://docs.fedoraproject.org/en-US/fedora-silverblue/)',
  },
  {
    path: 'quay.io/fedora/fedora-kinoite',
    source: 'Fedora Kinoite, OCI image quay.io/fedora/fedora-kinoite (https://docs.fedoraproject.org/en-US/fedora-kinoite/)',
  },
  // AlmaLinux's Atomic desktops: the AlmaLinux bootc image with a desktop added, published as bootc images.
  ...['gnome', 'kde', 'cosmic'].map((desktop) => ({
    path: `quay.io/almalinuxorg/atomic-desktop-${desktop}`,
    source:
      'AlmaLinux/atomic-desktop @ faec35c9 README.md ("Bootc images: quay.io/almalinuxorg/atomic-desktop-gnome, -kde, -cosmic", built from the official AlmaLinux bootc images); Dockerfile @ 4099de12 (FROM quay.io/almalinuxorg/almalinux-bootc:10 … RUN bootc container lint)',
  })),
];

/**
 * Naming convention of bootc base images and their development builds: the repository's last
 * component ends in `-bootc` or `-bootc-dev` (fedora-bootc, centos-bootc, rhel-bootc,
 * almalinux-bootc, centos-bootc-dev in registry.gitlab.com/fedora/bootc/base-images-dev).
 */
const bootableImageNamePattern = {
  pattern: /(^|\/)[a-z0-9._-]+-bootc(-dev)?$/,
  source: BOOTC_SRC + '; https://gitlab.com/fedora/bootc/base-images (image names)',
};

/** Whether `registry/path` names a bootable-container base image. */
export function isBootableImagePath(registryAndPath: string): boolean {
  const p = registryAndPath.toLowerCase();
  return (
    bootableImageNamePattern.pattern.test(p) ||
    bootableImageRows.some((row) => (row.path.endsWith('/') ? p.startsWith(row.path) : p === row.path))
  );
}

/**
 * Amazon Linux 2 `amazon-linux-extras install <topic>`: the kernel topics (kernel-ng, kernel-5.4,
 * kernel-5.10, kernel-5.15) enable a repository and install its `kernel` package, a kernel image.
 */
export const amazonLinuxExtrasKernelTopics = {
  pattern: /^kernel-(ng|\d+\.\d+)$/,
  package: 'kernel',
  source:
    'https://aws.amazon.com/premiumsupport/knowledge-center/amazon-linux-2-kernel-upgrade/ (topics kernel-ng, kernel-5.4, kernel-5.10; `amazon-linux-extras install kernel-5.10`); https://docs.aws.amazon.com/AL2/latest/relnotes/relnotes-20250605.html (AL2 extras topic kernel-5.15)',
} as const;

/**
 * Packages of libguestfs, whose tools boot a small appliance VM under QEMU: supermin builds the
 * appliance from the kernel installed in /boot and the modules in /lib/modules, so a kernel image
 * installed with them is booted after all (in that VM, never as the container's kernel).
 */
export const applianceKernelPackages = {
  names: new Set(['libguestfs-tools', 'libguestfs-tools-c', 'libguestfs', 'libguestfs0', 'guestfs-tools', 'supermin']),
  source:
    'libguestfs guestfs(3) ("ARCHITECTURE": the library runs an appliance, a small Linux virtual machine, under QEMU) and supermin(1) ("KERNEL AND KERNEL MODULES": the kernel is normally taken from /boot and the modules from /lib/modules); linuxkit/linuxkit @ 3bf33c3a tools/guestfs/Dockerfile (installs libguestfs-tools with linux-image-${TARGETARCH})',
} as const;

/**
 * Tools that boot a kernel installed in their own image inside a virtual machine (QEMU): when the image carries one
 * (installed, copied in or run) in the stage that installs a kernel package, a stage it is built on or a stage built on
 * it, that kernel is the VM's kernel — not dead weight, and still never the container's kernel. Matched against
 * package names (`packages`) and program file names (`programs`: a COPY/ADD destination or a command's name).
 */
export const vmBootTools: readonly { packages?: RegExp; programs?: RegExp; what: string; source: Source }[] = [
  {
    packages: /^(debos|fakemachine)$/,
    programs: /^(debos|fakemachine)$/,
    what: 'fakemachine (which debos runs its recipes in) boots the newest kernel under /lib/modules of this image in a QEMU VM',
    source:
      'go-debos/fakemachine @ e518bf67 backend_qemu.go (KernelRelease: "try the latest from /lib/modules"; KernelPath: /lib/modules/<release>/vmlinuz, else /boot/vmlinuz-<release>; qemu "-kernel"); go-debos/debos @ 76a7b0fa Dockerfile (runner-amd64/arm64 install linux-image-* with qemu-system-*, the final stage FROM runner-${TARGETARCH} runs /usr/local/bin/debos); go-debos/fakemachine @ e518bf67 Dockerfile (same, ENTRYPOINT fakemachine)',
  },
  {
    // Not qemu-system-common/-data/-gui/-modules-*: shared files and plug-ins, no emulator of their own.
    packages: /^qemu-system(-(x86|x86-core|x86_64|arm|aarch64|aarch64-core|misc|ppc|ppc64|s390x|riscv|riscv64|mips))?$|^qemu-kvm(-core)?$/,
    what: 'QEMU system emulation, which boots a kernel file given with `-kernel` in a VM',
    source:
      'qemu-system-x86_64(1) ("-kernel bzImage: Use bzImage as kernel image"); Debian packages qemu-system-x86, qemu-system-arm, qemu-system-misc; Alpine qemu-system-x86_64, qemu-system-aarch64; Fedora qemu-system-x86, qemu-kvm; go-debos/fakemachine @ e518bf67 Dockerfile (linux-image-amd64 installed with qemu-system-x86 for that VM)',
  },
  {
    packages: /^(libguestfs-tools|libguestfs-tools-c|libguestfs|libguestfs0|guestfs-tools|supermin)$/,
    what: 'libguestfs boots its appliance, a small VM under QEMU, with the kernel from /boot and the modules from /lib/modules',
    source: applianceKernelPackages.source,
  },
];

/**
 * Packages that only serve booting a kernel installed in the image: initramfs generators and a board's boot
 * firmware. Like a kernel package they are dead weight in a container (it never boots), and the point of an OS image
 * that a machine boots. Hover only: installing them never fails and never changes the host's kernel.
 */
export const bootChainPackages: readonly { pattern: RegExp; what: string; source: Source }[] = [
  {
    pattern: /^(dracut(-(core|live|network|squash|config-generic|config-rescue|fips|tools))?|initramfs-tools(-core|-bin)?|mkinitcpio)$/,
    what: 'an initramfs generator: it builds the initial RAM disk a machine boots with a kernel installed in the image',
    source:
      'dracut(8) ("low-level tool for generating an initramfs/initrd image"; "At boot time, the kernel unpacks that archive into RAM disk"); mkinitramfs(8) and update-initramfs(8) of initramfs-tools ("generate an initramfs image"); Arch Linux mkinitcpio(8)',
  },
  {
    pattern: /^raspberrypi-firmware(-[a-z-]+)?$/,
    what: "the Raspberry Pi's boot firmware and device trees: the board loads them from its boot partition before any kernel",
    source:
      'raspberrypi/firmware README.md ("pre-compiled binaries of the current Raspberry Pi kernel and modules, userspace libraries, and bootloader/GPU firmware"); openSUSE package raspberrypi-firmware, -config, -dt',
  },
];

/**
 * Paths of the boot chain of a kernel installed in the image: its kernel image and initramfs under /boot, the
 * configuration initramfs generators read, the hooks kernel packages run. Used by a machine that boots the image
 * (an OS or VM image), never by a container, which runs on the host's kernel.
 */
export const bootChainPaths: readonly { pattern: RegExp; what: string; source: Source }[] = [
  {
    // /boot/config-<release> is a kernel's build configuration; /boot/config.txt (a Raspberry Pi's firmware settings) is not.
    pattern: /(^|\/)boot\/\.?((vmlinuz|vmlinux|bzImage|initrd|initramfs|System\.map)([-.][^/]*)?|config-[^/]+)$|(^|\/)vmlinuz([-.][^/]*)?$/,
    what: 'a kernel image, initramfs or kernel build file of a kernel in the image (/boot): what a machine booting this image starts',
    source:
      'Linux Filesystem Hierarchy Standard 3.0, 3.5 /boot ("static files of the boot loader … the kernel"); kernel-install(8) (installs vmlinuz and the initrd per kernel version)',
  },
  {
    pattern: /^\/etc\/dracut\.conf(\.d)?(\/|$)/,
    what: "dracut's configuration (dracut.conf(5)): read when an initramfs is generated for a kernel in the image",
    source: 'dracut.conf(5) (configuration files /etc/dracut.conf and /etc/dracut.conf.d/*.conf, read by dracut(8))',
  },
  {
    pattern: /^\/etc\/mkinitcpio\.(conf|conf\.d|d)(\/|$)/,
    what: "mkinitcpio's configuration (hooks, modules, presets): read when an initramfs is generated for a kernel in the image",
    source:
      'mkinitcpio(8) (FILES: /etc/mkinitcpio.conf the default config file, /etc/mkinitcpio.conf.d the drop-in config directory, /etc/mkinitcpio.d the preset directory) and mkinitcpio.conf(5) (HOOKS, MODULES)',
  },
  {
    pattern: /^\/etc\/initramfs-tools\//,
    what: "initramfs-tools' configuration (modules to add, hooks): read when update-initramfs builds an initramfs for a kernel in the image",
    source:
      'initramfs.conf(5) (MODULES: "Modules listed in /etc/initramfs-tools/modules … are always included in the initramfs, and are loaded early in the boot process")',
  },
  {
    pattern: /^\/etc\/kernel\/(postinst|postrm|preinst|prerm|install)\.d(\/|$)/,
    what: 'hooks kernel packages run when a kernel is installed or removed in the image (initramfs and boot loader updates)',
    source:
      'Debian linux-image-* maintainer scripts (run-parts over /etc/kernel/postinst.d, postrm.d, preinst.d and prerm.d; described in the Debian Linux Kernel Handbook); kernel-install(8) (/etc/kernel/install.d plugins)',
  },
  {
    // bootc reads every TOML file here (`kargs = [...]`) when it installs or updates a deployment of the image.
    pattern: /^\/usr\/lib\/bootc\/kargs\.d(\/|$)/,
    what: 'kernel arguments for bootc (TOML `kargs = [...]`): added to the kernel command line of the machine that boots this image',
    source:
      'Red Hat, Using image mode for RHEL (RHEL 9 and 10), "Managing kernel arguments in bootc systems" ("add support to inject kernel arguments by adding a custom configuration, in the TOML format, in /usr/lib/bootc/kargs.d"); Fedora docs, bootc "Modifying Kernel Arguments" (via /usr/lib/bootc/kargs.d, applied at install and on bootc upgrade/switch)',
  },
  {
    // The generator runs at boot only (systemd generators); a container never runs it.
    pattern: /^\/(etc|run|usr\/lib|usr\/local\/lib)\/systemd\/zram-generator\.conf(\.d(\/|$)|$)/,
    what: "zram-generator's configuration: at boot it makes swap (or a filesystem) on zram devices, compressed RAM block devices of the booted kernel's zram driver",
    source:
      'zram-generator.conf(5) (systemd-zram-generator; SYNOPSIS /usr/lib/systemd/zram-generator.conf, /etc/systemd/zram-generator.conf, /run/…, the .conf.d/*.conf drop-ins: "These files configure devices created by zram-generator(8)", "Systemd unit generator for zram swap devices"); Linux Documentation/admin-guide/blockdev/zram.rst (CONFIG_ZRAM, the zram block device)',
  },
  {
    pattern: /(^|\/)(kernel|linux)(-(headers|extra|modules|image)[\w.-]*)?\.tar\.(xz|gz|bz2|zst)$/,
    what: 'an archive of a kernel, its modules or its headers, fetched for an OS or VM image built here',
    source:
      'rancher/k3os @ 8cdfdf2675f1 images/10-kernel-stage1/Dockerfile (kernel, kernel-extra and kernel-headers tarballs unpacked into an OS image)',
  },
];

/**
 * Programs that turn the image into an OS image a machine boots: they install a kernel, systemd and the boot tools
 * and generate the initramfs. `sub`: only with this sub-command. As a container the image still runs on the host's
 * kernel; the kernel they install is the one the machines booting the image (ISO, disk, upgrade) run.
 */
export const osImageInitializers: Readonly<Record<string, { sub?: string; os: string; source: Source }>> = {
  'kairos-init': {
    os: 'Kairos',
    source:
      'kairos-io/kairos @ ca022425bf22 kairos-init/README.md ("an initializer for container images to be Kairosified"; AuroraBoot turns the image into an ISO or RAW image) and kcrypt/Dockerfile.kairos-image (the install stage "installs packages, kernel, etc.", the init stage "generates initramfs")',
  },
  elemental: {
    sub: 'init',
    os: 'Elemental',
    source:
      'rancher/elemental-toolkit @ 185c18b588c2 cmd/init.go (`elemental init`, flag --mkinitrd "Run dracut to generate initramdisk") and docs/content/en/docs/Creating derivatives/creating_bootable_images.md (the image provides a kernel and an initrd at /boot/vmlinuz and /boot/initrd)',
  },
};

/**
 * Out-of-tree module builders run as commands, with the sub-commands that build (and install) modules for one kernel
 * release: the image's headers or the build machine's `uname -r`, never the host's the container runs on.
 */
export const moduleBuilders: Readonly<Record<string, { build: readonly string[]; name: string; source: Source }>> = {
  dkms: {
    build: ['autoinstall', 'install', 'build'],
    name: 'DKMS',
    source: 'dell/dkms README.md and dkms(8) (`dkms build|install|autoinstall`)',
  },
  // Alpine's AKMS, "inspired by DKMS": `akms (install | build) [options] <srcdir>` builds (and installs into
  // /lib/modules) "for each installed kernel on the user's system".
  akms: {
    build: ['install', 'build'],
    name: 'AKMS',
    source:
      'jirutka/akms README.adoc ("Alpine Kernel Module Support … building out-of-tree (external) Linux kernel modules from source for each installed kernel") and the akms script usage (`akms (install | build) [options] <srcdir>`: "Build and install module(s) into /lib/modules")',
  },
};
