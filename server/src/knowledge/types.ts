/**
 * Typed rows of the knowledge base. Every row carries a `source`: a URL or a named document
 * (e.g. "docker-library/official-images library/ubuntu @ 37079fb3"). Facts shown to users come
 * only from these tables; rule and hover code never spells a fact itself.
 */

/** A URL or a precise document reference. */
export type Source = string;

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Package family: decides which package names and package manager a userland has. */
export type PackageFamily =
  | 'debian'
  | 'rhel'
  | 'alpine'
  | 'suse'
  | 'arch'
  | 'photon'
  | 'clear'
  | 'mageia'
  | 'wolfi'
  | 'openwrt'
  | 'gentoo'
  | 'busybox'
  | 'distroless'
  | 'windows';

export type PackageManager = 'apt' | 'dnf' | 'yum' | 'microdnf' | 'apk' | 'zypper' | 'pacman' | 'tdnf' | 'swupd' | 'urpmi' | 'none';

export type Arch = 'amd64' | 'arm64' | 'arm/v7' | 'arm/v6' | 'arm/v5' | '386' | 'ppc64le' | 's390x' | 'riscv64' | 'mips64le';

export interface LibcInfo {
  kind: 'glibc' | 'eglibc' | 'musl' | 'none' | 'windows';
  /** e.g. '2.35'; absent when not verified. */
  version?: string;
  /** Oldest kernel this libc build accepts (glibc --enable-kernel / ABI note), e.g. '3.2'. Absent when unknown. */
  minKernel?: string;
}

export interface InitInfo {
  kind: 'systemd' | 'upstart' | 'sysvinit' | 'openrc' | 'none';
  /** e.g. '219'; absent when not verified. */
  version?: string;
}

/** One release of a distribution base image (the userland a FROM line pulls in). */
export interface DistroRelease {
  /** Unique key, e.g. 'ubuntu-22.04', 'centos-7', 'alpine-3.20'. */
  id: string;
  /** Distribution key, e.g. 'ubuntu'. */
  distro: string;
  /** Display name of the distribution, e.g. 'Ubuntu', 'CentOS Linux'. */
  distroName: string;
  /** Release version as the distribution names it, e.g. '22.04', '7', '3.20', '2023'. */
  version: string;
  /** Display label, e.g. 'Ubuntu 22.04 LTS'. */
  label: string;
  /** e.g. 'Jammy Jellyfish'. */
  codename?: string;
  os: 'linux' | 'windows';
  family: PackageFamily;
  packageManager: PackageManager;
  released?: IsoDate;
  /** End of standard (free) support / maintenance. */
  supportEnds?: IsoDate;
  /** End of any extended support (ESM, ELS, Debian LTS, extended). Absent when none. */
  extendedSupportEnds?: IsoDate;
  /** Still in development / rolling: no support dates apply. */
  rolling?: boolean;
  libc: LibcInfo;
  /** Kernel the release ships on a real installation (never used by a container), e.g. '5.15'. */
  distroKernel?: string;
  init?: InitInfo;
  /** Windows build number for Windows images, e.g. 20348. */
  windowsBuild?: number;
  /** Image references a user may move to when this release is past support (most preferred first). */
  successors?: string[];
  source: Source;
  /** Extra sources for individual facts (libc, kernel, dates). */
  sources?: Source[];
  notes?: string;
}

/** What an image reference was resolved to. */
export type ImageLookup = { kind: 'scratch' } | { kind: 'known'; identity: ImageIdentity } | { kind: 'unknown'; reason: string };

export interface ImageIdentity {
  release: DistroRelease;
  /** The image the reference named (e.g. 'python'), when it is not the distribution image itself. */
  image: string;
  /** Variant / flavour, e.g. 'slim', 'minimal', 'micro'. */
  variant?: string;
  /** When a moving tag ('latest', 'rolling', '3', untagged) was resolved: the tag and what it means, as of knowledgeDate. */
  movingTag?: { tag: string; means: string };
  /** Set when the identity is inferred from a tag rule of a derived image rather than the distribution's own tag. */
  inferredFrom?: { rule: string; source: Source };
  /** Image reference that pins what a moving tag means now, e.g. 'ubuntu:24.04'. */
  pinnedReference?: string;
  /**
   * Set when the release is a guess from the tag's words alone (nginxinc/nginx-unprivileged:1.29-alpine3.22 →
   * Alpine 3.22): the image's own build was not read. Says what the guess rests on.
   */
  guessedFrom?: string;
  /** What the publication history says about this tag (official-images history, point releases, digests). */
  publication?: TagPublication;
}

/** Publication facts of one tag: when it was last published and whether it still moves. */
export interface TagPublication {
  /** Last month (YYYY-MM) the tag was published, for a tag no longer published. */
  lastPublished?: string;
  /** Why the tag no longer moves (no longer published; a superseded point release). Absent for a tag still rebuilt. */
  frozen?: string;
  /** How the base of a derived image's tag is known, e.g. 'FROM alpine:3.5 in its Dockerfile'. */
  basedOn?: string;
  /** A digest was written with the tag: it pins one build, what the tag meant when that digest was taken. */
  digestPinned?: boolean;
  /**
   * Set when the reference names a per-architecture copy (arm64v8/python) of a tag that was not published
   * for that architecture: says which architectures it was published for.
   */
  architectureMissing?: string;
  source: Source;
}

/** A kernel feature a Dockerfile may rely on. */
export interface KernelFeature {
  /** Stable key, e.g. 'io_uring', 'wireguard', 'nf_tables'. */
  id: string;
  name: string;
  /** One sentence on what it is. */
  summary: string;
  /** Mainline kernel version that introduced it, e.g. '5.1'. Absent when out of tree (e.g. ZFS). */
  since?: string;
  /**
   * The version the feature's common users need when it is later than `since` (e.g. Docker's
   * overlay2 needs 4.0 while OverlayFS was merged in 3.18). Used only without a known kernel config.
   */
  usableSince?: {
    version: string;
    why: string;
    /** A Red Hat kernel line that has it from a build number on, e.g. { line: '3.10.0', build: 514 } for 3.10.0-514.el7+. */
    rhelBackport?: { line: string; build: number };
    source: Source;
  };
  /** Kconfig symbols (without CONFIG_ prefix); all must be y or m. Empty when not a Kconfig matter. */
  kconfig: string[];
  /** Whether the symbol(s) can be built as a module (=m). */
  modular: boolean;
  /** Out-of-tree module (e.g. ZFS): never in a mainline config. */
  outOfTree?: boolean;
  /** Syscalls that need it. */
  syscalls?: string[];
  /** Commands whose use relies on the feature (program names). */
  commands?: string[];
  /** Kernel module names to load on the host, e.g. ['wireguard']. */
  modules?: string[];
  /**
   * Set when nothing makes the kernel load the module for this use (no module alias is requested): how it gets
   * loaded, said in the hover instead of "auto-loaded on first use".
   */
  notLoadedOnDemand?: string;
  source: Source;
  sources?: Source[];
}

export type SysctlClass = 'namespaced' | 'host-only';

export interface SysctlRule {
  /** Exact key ('kernel.shmmax') or prefix ending in '.' ('net.'). Exact keys win over prefixes; longer prefixes win over shorter. */
  pattern: string;
  kind: 'exact' | 'prefix';
  class: SysctlClass;
  /** The namespace that makes it per-container, e.g. 'net', 'ipc', 'uts'. */
  namespace?: string;
  /** Why, or the caveat (e.g. 'rejected by runc: use --hostname'). */
  note?: string;
  source: Source;
}

export interface HostPreset {
  /** Stable id users type, e.g. 'rhel8', 'ubuntu-22.04-hwe', 'docker-desktop', 'wsl2-6.6'. */
  id: string;
  name: string;
  /** Group in the picker, e.g. 'Enterprise Linux', 'Ubuntu', 'Cloud', 'Desktop VMs', 'Windows'. */
  group: string;
  os: 'linux' | 'windows';
  /** Kernel version string as the host reports it (or the line, e.g. '5.15'). Linux only. */
  kernel?: string;
  /** Windows build for Windows hosts, e.g. 20348. */
  windowsBuild?: number;
  arches: Arch[];
  cgroup?: 1 | 2;
  vsyscall?: 'emulate' | 'xonly' | 'none';
  runtime?: { kind: 'docker' | 'podman' | 'containerd'; version?: string };
  /** Shipped kernel config (path relative to server/src/knowledge/configs/), when one can be shipped. */
  kernelConfig?: string;
  /** Shipped kernel configs per architecture (same folder), when more than one arch is shipped; `kernelConfig` is the default. */
  kernelConfigByArch?: Partial<Record<Arch, string>>;
  /** Id of the real kernel build (kernelMatrix.generated.ts) whose config judges this host; the default when the arch is unknown. */
  kernelBuild?: string;
  /** Kernel builds per architecture; with a known arch missing here the host has no config (another arch's would be a guess). */
  kernelBuildByArch?: Partial<Record<Arch, string>>;
  /** Why the kernel is not set, with the date the reason was checked (presets without `kernel`). */
  kernelUnknownReason?: string;
  source: Source;
  notes?: string;
}

/**
 * A run-time default of a host that switches off a feature its kernel builds ("built is not
 * enabled"): a sysctl default, an LSM restriction, or a Technology Preview left disabled.
 */
export interface RuntimeSwitch {
  /** Feature id (features.ts) it turns off. */
  feature: string;
  /** Preset ids the default applies to. */
  presets: string[];
  /** Host words, e.g. 'RHEL 7', 'RHEL 9.3 and later'. */
  where: string;
  /** The setting, e.g. 'user.max_user_namespaces'. */
  setting: string;
  /** 'off': nobody (unprivileged) may use it; 'restricted': allowed only to some programs. */
  state: 'off' | 'restricted';
  /** The default in words, e.g. 'user.max_user_namespaces is 0'. */
  defaultState: string;
  /** What the default does, in words (one clause). */
  effect: string;
  /** What to do on the host, in words (one clause), e.g. 'set user.max_user_namespaces to a positive number'. */
  fix: string;
  /** Technology Preview status on those hosts, when the vendor marks it so. */
  techPreview?: boolean;
  source: Source;
  sources?: Source[];
}

/** Package → kernel features it needs, per package family. */
export interface PackageFeatureRow {
  family: PackageFamily | 'any';
  /** Exact package name (after stripping version pins) or a prefix ending in '*'. */
  package: string;
  features: string[];
  note?: string;
  source: Source;
}

/**
 * One real distribution kernel build whose config the knowledge carries, reduced to the Kconfig
 * symbols the tables read (kernelMatrix.generated.ts, written by scripts/gen-kernel-matrix.ts).
 */
export interface KernelBuild {
  /** Stable key, e.g. 'rhel-9.4-amd64', 'ubuntu-24.04-arm64'. */
  id: string;
  /** Who built it, e.g. 'RHEL 9.4', 'AlmaLinux 9.7 (rebuild of the RHEL 9 kernel)'. */
  distribution: string;
  arch: Arch;
  /** Kernel release it was built for, e.g. '5.14.0-427.42.1.el9_4'. */
  release: string;
  /** The config's own header line, e.g. 'Linux/x86 5.14.0 Kernel Configuration'. */
  configHeader: string;
  /** File in the reference set the matrix was generated from. */
  file: string;
  /** The package or document the config came from. */
  origin: string;
  source: Source;
  /** Value of each tracked symbol the config sets ('y', 'm' or a value); tracked symbols absent here are not set. */
  symbols: Readonly<Record<string, string>>;
}

/** An image reference as written in a FROM line, normalised (parsed by analysis/imageRef.ts). */
export interface ImageRef {
  /** The text as written (after ARG substitution). */
  raw: string;
  /** Normalised registry host: 'docker.io' for Docker Hub (also for index.docker.io / registry-1.docker.io). */
  registry: string;
  /** Repository path without registry, normalised: 'library/ubuntu', 'rockylinux/rockylinux', 'centos/centos', 'dotnet/runtime'. */
  path: string;
  /** Last path component, e.g. 'ubuntu', 'runtime'. */
  name: string;
  /** Tag as written; undefined when absent (means 'latest' unless a digest is given). */
  tag?: string;
  /** 'sha256:…' when given. */
  digest?: string;
  /** True when the reference names a Docker Hub official image (library/…). */
  official: boolean;
}
