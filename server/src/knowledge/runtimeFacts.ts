/**
 * Facts about container runtimes and the host that decide whether a userland can run: seccomp
 * defaults of Docker Engine, systemd and cgroup v2, glibc's kernel check, vsyscall, Windows
 * container version matching, Docker Hub per-architecture namespaces.
 *
 * Each row carries a `source`. Rows were checked against the named issue/PR/release/doc text;
 * what could not be checked is left out (e.g. the containerd/podman versions that fixed clone3,
 * glibc's own use of faccessat2, whether `vsyscall=xonly` is enough for old glibc).
 */
import type { Arch, RuntimeSwitch, Source } from './types';

/** Runtime kinds a fact is about (TargetHost.runtime.kind). */
export type RuntimeKind = 'docker' | 'podman' | 'containerd';

/** Which userlands make a system call: by libc version, or by distribution release. */
export type SyscallUser = { libc: 'glibc' | 'musl'; sinceLibc: string } | { distro: string; sinceVersion: string };

/**
 * A system call that newer userlands use and that an older runtime's default seccomp profile
 * answers with EPERM (instead of ENOSYS, which would make the libc fall back).
 */
export interface SeccompSyscallFact {
  syscall: string;
  /** Who calls it. */
  users: SyscallUser[];
  runtime: RuntimeKind;
  /** First runtime version whose default profile handles it (allows it or answers ENOSYS). */
  fixedIn: string;
  /** Other host components that must be new enough too, in words. */
  alsoNeeds?: string;
  /** What users see, in words. */
  symptom: string;
  source: Source;
  sources?: Source[];
}

export const seccompSyscallFacts: readonly SeccompSyscallFact[] = [
  {
    syscall: 'clone3',
    users: [{ libc: 'glibc', sinceLibc: '2.34' }],
    runtime: 'docker',
    fixedIn: '20.10.10',
    symptom:
      'creating threads and processes fails with "Operation not permitted" (e.g. "getaddrinfo() thread failed to start", apt-get and curl failing)',
    source:
      'https://github.com/moby/moby/releases/tag/v20.10.10 ("Add support for clone3 syscall in the default seccomp policy to support running containers based on recent versions of Fedora and Ubuntu", moby/moby#42836)',
    sources: [
      'https://github.com/moby/moby/pull/42681 (clone3 → ENOSYS unless CAP_SYS_ADMIN; glibc 2.34 falls back only on ENOSYS)',
      'https://github.com/actions/runner-images/issues/3812',
    ],
  },
  {
    syscall: 'faccessat2',
    users: [{ distro: 'alpine', sinceVersion: '3.14' }],
    runtime: 'docker',
    fixedIn: '20.10.0',
    alsoNeeds: 'libseccomp 2.4.4 or newer on the host',
    symptom: 'running programs fails with "Operation not permitted" (e.g. "make: /bin/sh: Operation not permitted")',
    source:
      'https://alpinelinux.org/posts/Alpine-3.14.0-released.html ("The faccessat2 syscall has been enabled in musl. This can result in issues on docker hosts with older versions of docker (<20.10.0) and libseccomp (<2.4.4)"), quoted in https://github.com/docker-library/python/issues/689',
    sources: ['https://github.com/docker-library/php/issues/1177', 'https://github.com/alpinelinux/docker-alpine/issues/182'],
  },
];

/** A runtime whose default seccomp profile blocks a kernel feature outright (no fallback errno). */
export interface SeccompBlockFact {
  /** KernelFeature id (features.ts). */
  feature: string;
  syscalls: string[];
  runtime: RuntimeKind;
  /** First runtime version whose default profile blocks it. */
  blockedSince: string;
  symptom: string;
  /** What to do instead, in words. */
  remedy: string;
  source: Source;
  sources?: Source[];
}

export const seccompBlockFacts: readonly SeccompBlockFact[] = [
  {
    feature: 'io_uring',
    syscalls: ['io_uring_setup', 'io_uring_enter', 'io_uring_register'],
    runtime: 'docker',
    blockedSince: '25.0',
    symptom:
      'io_uring_setup fails with "Operation not permitted": programs fall back to other I/O or fail (e.g. "io_uring_queue_init failed")',
    remedy:
      'run the container with a seccomp profile that allows io_uring_setup, io_uring_enter and io_uring_register (a copy of the default profile plus those three), or configure the program not to use io_uring',
    source: 'https://github.com/moby/moby/pull/46762 ("seccomp: block io_uring_* syscalls in default profile", merged 2023-11-02)',
    sources: [
      'https://github.com/moby/moby/issues/47532 (label version/25.0; reproduced on Docker Engine 25.0.4)',
      'https://github.com/docker/docs/pull/24449 (io_uring_* listed among syscalls blocked by the default profile)',
    ],
  },
];

/** systemd and cgroup v2. */
export const systemdCgroupV2 = {
  /** Oldest systemd that can run on a cgroup v2 (unified) host. */
  minSystemd: '230',
  symptom:
    'systemd stops at start ("Failed to mount cgroup at /sys/fs/cgroup/systemd: Operation not permitted", "Failed to mount API filesystems, freezing")',
  source:
    'https://github.com/podman-container-tools/podman/pull/6195 (troubleshooting: "The systemd version shipped in rhel7-init and centos:7 doesn\'t have support for cgroups v2. You\'ll need at least systemd 230.")',
  sources: [
    'https://github.com/podman-container-tools/podman/issues/6183',
    'https://github.com/lxc/lxc/issues/4072 (host workaround: systemd.unified_cgroup_hierarchy=0)',
  ],
} as const;

/** glibc's start-up kernel version check ("FATAL: kernel too old"). */
export const glibcKernelCheck = {
  /** First glibc version without the check: the minimum kernel is then only recorded, not enforced. */
  removedIn: '2.36',
  symptom: 'every dynamically linked program stops at start with "FATAL: kernel too old"',
  symptomWithoutCheck: 'programs start, but system calls the kernel does not have fail with ENOSYS, in places that are hard to predict',
  source:
    'bminor/glibc NEWS @ 04e750e7, "Version 2.36" (kernel version check and LD_ASSUME_KERNEL removed); Debian changelog glibc 2.36-1 ("The Linux kernel version check has been removed")',
  sources: ['bminor/glibc NEWS @ 04e750e7, "Version 2.26" (minimum kernel 3.2)'],
} as const;

/** Old libcs that call the fixed-address vsyscall page. */
export const vsyscallNeed = {
  libcKinds: ['glibc', 'eglibc'] as const,
  /** Versions up to and including this one use vsyscall. */
  maxVersion: '2.13',
  symptom: 'programs crash at start (segfault, exit code 139; the host log says "vsyscall attempted with vsyscall=none")',
  hostFix: 'boot the host kernel with vsyscall=emulate',
  source:
    'moby/moby contrib/check-config.sh @ 00148c88 (CONFIG_LEGACY_VSYSCALL_NONE: "containers using eglibc <= 2.13 will not work. Switch to CONFIG_VSYSCALL_[NATIVE|EMULATE] or use vsyscall=[native|emulate] on kernel command line")',
  sources: [
    'https://github.com/CentOS/sig-cloud-instance-images/issues/62',
    'https://github.com/CentOS/sig-cloud-instance-images/issues/103',
    'https://github.com/microsoft/WSL/issues/4694',
  ],
} as const;

/** Windows containers: the image's Windows build against the host's. */
export const windowsContainerCompatibility = {
  /** Process isolation shares the host kernel: the builds must be equal. */
  processIsolationNeedsSameBuild: true,
  /** An older image runs on a newer host with Hyper-V isolation. */
  olderImageRunsWithHyperV: true,
  /** A newer image than the host runs with neither isolation. */
  newerImageRuns: false,
  hyperVFlag: '--isolation=hyperv',
  symptom: 'the container does not start ("The operating system of the container does not match the operating system of the host")',
  source:
    'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility (MicrosoftDocs/Virtualization-Documentation virtualization/windowscontainers/deploy-containers/version-compatibility.md: "Older containers will run the same on newer hosts with Hyper-V isolation … if you want to run a container based on a newer Windows build, it can only run on the newer host build"; "Windows Server containers are blocked from starting when the build number between the container host and the container image are different")',
} as const;

/** Docker Hub namespaces holding per-architecture builds of the official images (e.g. `arm64v8/ubuntu`). */
export interface ArchNamespace {
  namespace: string;
  os: 'linux' | 'windows';
  arch: Arch;
  /** Where the namespace is not one of today's (ARCH_NAMESPACES_SOURCE), the source that names it. */
  source?: string;
}

const ARCH_NAMESPACES_SOURCE =
  'https://github.com/docker-library/official-images#architectures-other-than-amd64 (per-architecture repositories named in the generated READMEs of docker-library/docs)';

const OLD_ARCH_NAMESPACES_SOURCE =
  'docker-library/official-images README.md "Architectures other than amd64?" before pull request #2949 (merged 2017-05-31): "ARMv5 (`armel`): https://hub.docker.com/u/armel/", "ARMv7 (`armhf`): https://hub.docker.com/u/armhf/", "ARMv8 (`arm64`): https://hub.docker.com/u/aarch64/"; the pull request replaced them by arm32v5/arm32v7/arm64v8';

export const archNamespaces: readonly ArchNamespace[] = [
  { namespace: 'amd64', os: 'linux', arch: 'amd64' },
  { namespace: 'arm32v6', os: 'linux', arch: 'arm/v6' },
  { namespace: 'arm32v7', os: 'linux', arch: 'arm/v7' },
  { namespace: 'arm64v8', os: 'linux', arch: 'arm64' },
  { namespace: 'i386', os: 'linux', arch: '386' },
  { namespace: 'mips64le', os: 'linux', arch: 'mips64le' },
  { namespace: 'ppc64le', os: 'linux', arch: 'ppc64le' },
  { namespace: 'riscv64', os: 'linux', arch: 'riscv64' },
  { namespace: 's390x', os: 'linux', arch: 's390x' },
  { namespace: 'windows-amd64', os: 'windows', arch: 'amd64' },
  { namespace: 'arm32v5', os: 'linux', arch: 'arm/v5' },
  // The namespaces used before the arm32v5/arm32v7/arm64v8 split; their repositories still serve the old tags.
  { namespace: 'armel', os: 'linux', arch: 'arm/v5', source: OLD_ARCH_NAMESPACES_SOURCE },
  { namespace: 'armhf', os: 'linux', arch: 'arm/v7', source: OLD_ARCH_NAMESPACES_SOURCE },
  { namespace: 'aarch64', os: 'linux', arch: 'arm64', source: OLD_ARCH_NAMESPACES_SOURCE },
];
export const archNamespacesSource: Source = ARCH_NAMESPACES_SOURCE;

/**
 * The multiarch project's per-architecture images (`multiarch/ubuntu-debootstrap:arm64-bionic`, `multiarch/alpine:armhf-v3.12`):
 * the tag begins with the Debian architecture name of the build. Only the repositories of that project, whose README says so.
 */
export const multiarchTagImages = {
  namespace: 'multiarch',
  /** Debian architecture name at the start of the tag → the platform's architecture. */
  tagArchs: {
    amd64: 'amd64',
    i386: '386',
    x86: '386',
    armhf: 'arm/v7',
    arm64: 'arm64',
    aarch64: 'arm64',
    ppc64el: 'ppc64le',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    mips64el: 'mips64le',
    riscv64: 'riscv64',
  } as Readonly<Record<string, Arch>>,
  source:
    'multiarch/ubuntu-debootstrap @ 06eba4b9 README.md ("configure binfmt-support on your Docker host … docker run --rm --privileged multiarch/qemu-user-static:register --reset. Then you can run an `armhf` image from your `x86_64` Docker host": tags armhf-wily, arm64-wily; amd64-wily runs "directly, without qemu emulation")',
} as const;
/**
 * linuxserver.io's images (and lsiobase/*, its base images before ghcr.io/linuxserver/baseimage-*) name the per-architecture
 * build in a tag prefix: `arm64v8-<version tag>` (`FROM lsiobase/nginx:arm64v8-3.10`).
 */
export const linuxserverTagImages = {
  namespaces: ['linuxserver', 'lsiobase'],
  tagArchs: { amd64: 'amd64', arm64v8: 'arm64', arm32v7: 'arm/v7' } as Readonly<Record<string, Arch>>,
  source:
    'linuxserver/docker-bazarr @ 65fc712d README.md and linuxserver/docker-docker-compose @ 52da25a README.md ("Supported Architectures": "you can also pull specific arch images via tags": x86-64 amd64-<version tag>, arm64 arm64v8-<version tag>, armhf arm32v7-<version tag>); linuxserver/docker-bazarr @ 9e6f2a4a Dockerfile.aarch64 (`FROM lsiobase/alpine:arm64v8-3.12`) and Dockerfile.armhf (`FROM lsiobase/alpine:arm32v7-3.12`)',
} as const;
/**
 * Jupyter Docker Stacks publish each architecture's build under a tag prefix (`quay.io/jupyter/base-notebook:aarch64-latest`,
 * `x86_64-2024-03-31`), on Quay.io since 2023-10-20 and on Docker Hub (jupyter/*) before.
 */
export const jupyterTagImages = {
  namespace: 'jupyter',
  registries: ['quay.io', 'docker.io'] as readonly string[],
  tagArchs: { aarch64: 'arm64', x86_64: 'amd64' } as Readonly<Record<string, Arch>>,
  source:
    'jupyter/docker-stacks README.md ("Since `2023-10-20` our images are only pushed to `Quay.io` registry. Older images are available on Docker Hub") and its wiki build manifests 2023-04 (jupyter/base-notebook:aarch64-2023-04-27, aarch64-ubuntu-22.04 …), 2023-10 (quay.io/jupyter/base-notebook:aarch64-2023-10-31 …) and 2024-03 (quay.io/jupyter/tensorflow-notebook:x86_64-2024-03-31 …)',
} as const;
/**
 * Repositories whose name prefix says they hold one architecture's build: Hypriot's Raspberry Pi images (`hypriot/rpi-*`),
 * built from ARMv6 hard-float (armhf) userlands so that every Raspberry Pi model runs them.
 */
export const archRepositoryPrefixes: readonly { namespace: string; prefix: string; arch: Arch; source: Source }[] = [
  {
    namespace: 'hypriot',
    prefix: 'rpi-',
    arch: 'arm/v6',
    source:
      'hypriot/rpi-alpine-scratch @ adbd320c README.md ("Raspberry Pi compatible Docker Image with a minimal `linux` system") and mkimage-alpine.sh (`ARCH=armhf`: the root filesystem ADDed by its `FROM scratch` Dockerfile is built from Alpine\'s armhf packages, ARMv6 hard-float)',
  },
];
/**
 * balena's base images (balenalib/*, formerly resin/*) are built for one architecture each, and their own naming scheme
 * says which: architecture images begin with balena's architecture name (`balenalib/armv7hf-debian`, `aarch64-`, `rpi-`),
 * device images with the device type, built FROM that device's architecture image (`balenalib/raspberrypi2-debian`: FROM
 * balenalib/armv7hf-debian). Only the prefixes listed; any other name stays unknown.
 */
export const balenaArchImages = {
  namespaces: ['balenalib', 'resin'],
  /** Repository prefix before the first `-` → the platform's architecture. */
  prefixes: {
    amd64: 'amd64',
    i386: '386',
    armv7hf: 'arm/v7',
    aarch64: 'arm64',
    // balena's `rpi` architecture: ARMv6 with hard float, the Raspberry Pi 1 and Zero.
    rpi: 'arm/v6',
    raspberrypi2: 'arm/v7',
    raspberrypi3: 'arm/v7',
  } as Readonly<Record<string, Arch>>,
  /** Device types whose name spans two words (`raspberrypi3-64`, `raspberry-pi`): matched before the prefix. */
  devices: [
    { pattern: /^raspberrypi[345]-64-/, arch: 'arm64' },
    { pattern: /^raspberry-pi-/, arch: 'arm/v6' },
    { pattern: /^raspberry-pi[23]-/, arch: 'arm/v7' },
  ] as readonly { pattern: RegExp; arch: Arch }[],
  source:
    'balena-io-library/base-images @ 16e2f240: balena-base-images/<arch>/<distro>/<release>/ (architectures amd64, i386, armv7hf, aarch64, rpi; armv7hf/debian/buster/run is FROM arm32v7/debian:buster-slim) and device-base/raspberrypi2/debian/buster/run/Dockerfile (`FROM balenalib/armv7hf-debian:buster-run`, `LABEL io.balena.device-type="raspberrypi2"`, "Architecture: ARM v7"); balena device types: raspberry-pi → rpi, raspberry-pi2 and raspberrypi3 → armv7hf, raspberrypi3-64 and raspberrypi4-64 → aarch64',
} as const;

/** How a kernel runs programs of another architecture: binfmt_misc hands them to a registered interpreter such as qemu-user. */
export const archEmulationSource: Source =
  'torvalds/linux v6.12 Documentation/admin-guide/binfmt-misc.rst ("This Kernel feature allows you to invoke almost (for restrictions see below) every program by simply typing its name in the shell"; an interpreter such as a qemu-*-static emulator is registered through /proc/sys/fs/binfmt_misc/register)';

/** 32-bit programs on a 64-bit kernel of the same family run natively through its compat support, when built in. */
export const compat32Source: Source =
  'torvalds/linux v6.12 arch/x86/Kconfig IA32_EMULATION ("Include code to run legacy 32-bit programs under a 64-bit kernel"; kernel-parameters.txt ia32_emulation=) and arch/arm64/Kconfig COMPAT ("Kernel support for 32-bit EL0")';

/**
 * OCI platform architecture spellings → Arch. Aliases as containerd's platforms package normalises
 * them (x86_64 → amd64, aarch64 → arm64, armhf → arm/v7, armel → arm/v6, i386 → 386).
 */
export const platformArchAliases: Readonly<Record<string, Arch>> = {
  amd64: 'amd64',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  arm64: 'arm64',
  aarch64: 'arm64',
  'arm64/v8': 'arm64',
  'arm/v7': 'arm/v7',
  armhf: 'arm/v7',
  arm: 'arm/v7',
  'arm/v6': 'arm/v6',
  armel: 'arm/v6',
  'arm/v5': 'arm/v5',
  '386': '386',
  i386: '386',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
};
export const platformArchAliasesSource: Source =
  'containerd/platforms database.go normalizeArch (i386 → 386; x86_64, x86-64 → amd64; aarch64 → arm64, variant 8/v8 dropped; armhf → arm v7; armel → arm v6; arm without variant → v7)';

/** Build-time platform variables: a FROM using them follows the build, never a fixed architecture. */
export const buildPlatformVariables: readonly string[] = [
  'BUILDPLATFORM',
  'TARGETPLATFORM',
  'TARGETARCH',
  'TARGETOS',
  'TARGETVARIANT',
  'BUILDARCH',
  'BUILDOS',
  'BUILDVARIANT',
];
export const buildPlatformVariablesSource: Source =
  'https://docs.docker.com/build/building/variables/#multi-platform-build-arguments (BUILDPLATFORM, TARGETPLATFORM and their OS/ARCH/VARIANT parts)';

/** Programs that are an init system when they run as PID 1. */
export const initPrograms: readonly { path: string; init: 'systemd' | 'init' }[] = [
  { path: '/sbin/init', init: 'init' },
  { path: '/usr/sbin/init', init: 'init' },
  { path: '/lib/systemd/systemd', init: 'systemd' },
  { path: '/usr/lib/systemd/systemd', init: 'systemd' },
  // Debian's and Ubuntu's systemd package links /bin/systemd to /lib/systemd/systemd.
  { path: '/bin/systemd', init: 'systemd' },
  { path: 'systemd', init: 'systemd' },
  { path: 'init', init: 'init' },
];
export const initProgramsSource: Source =
  'https://github.com/podman-container-tools/podman/issues/6183 (podman run … centos:7 /usr/sbin/init); https://github.com/lxc/lxc/issues/4072 (exec /sbin/init → systemd 219); systemd(1): /sbin/init is a link to systemd on systemd distributions; Debian bookworm systemd 252.38-1~deb12u1 package contents (dpkg -S /bin/systemd: systemd; /bin/systemd -> /lib/systemd/systemd)';

/**
 * Command-line options only systemd, the system and service manager, takes: an exec-form CMD that starts with one
 * (`CMD ["--default-standard-output=journal+console"]`) hands them to the image's ENTRYPOINT, which passes them on
 * to systemd. `--unit=` and `--system` are left out: journalctl, systemctl and systemd-run take them too.
 */
export const systemdManagerOptions: { pattern: RegExp; source: Source } = {
  pattern:
    /^--(default-standard-(output|error)|show-status|crash-(reboot|shell|vt|action)|dump-core|confirm-spawn|switched-root|deserialize|log-target=(console|journal|kmsg|journal-or-kmsg|syslog|syslog-or-kmsg|auto|null))(=.*)?$/,
  source:
    'systemd(1), systemd 252 (Debian bookworm manpages): OPTIONS --default-standard-output=, --default-standard-error= ("Sets the default output or error output for all services and sockets"), --log-target=, --show-status=, --crash-reboot, --crash-shell, --confirm-spawn, --dump-core, --switched-root, --deserialize',
};

/**
 * Programs that start the services a Dockerfile registered to start at boot (rc-update add, systemctl enable, chkconfig,
 * update-rc.d, insserv): OpenRC entering a runlevel, or an init as PID 1 (initPrograms above). The container starts
 * them at its start command, where what they use is then needed.
 */
export const bootServiceStarters: { programs: readonly string[]; source: Source } = {
  programs: ['openrc', 'openrc-init', ...new Set(initPrograms.map((p) => p.path.replace(/^.*\//, '')))],
  source:
    'openrc(8), OpenRC 0.63 (manpages.debian.org testing: "openrc — stops and starts services for the specified runlevel … starts any services in the runlevel and stacked runlevels added by rc-update that are not currently started"); openrc-init(8) (the init process that brings up the sysinit, boot and default runlevels); systemd(1) as PID 1 starts the enabled units',
};

/**
 * rc.local: the script an init system runs at the end of boot. systemd runs it through rc-local.service, which its
 * generator pulls into the boot when the file exists and is executable; SysV rc runs it last. A container runtime
 * never runs it: an image that registers commands there expects an init as PID 1.
 */
export const rcLocal: { paths: readonly string[]; source: Source } = {
  paths: ['/etc/rc.local', '/etc/rc.d/rc.local'],
  source:
    'systemd-rc-local-generator(8) (systemd man pages: "checks whether /etc/rc.local exists and is executable, and if it is, pulls the rc-local.service unit into the boot process"; Red Hat builds use /etc/rc.d/rc.local, /etc/rc.local a link to it); oracle/docker-images @ d5b0a1f7 OracleDatabase/RAC/OracleRACStorageServer/containerfiles/latest/Containerfile and initsh (`echo "nohup $SCRIPT_DIR/runOracle.sh &" >> /etc/rc.local`, `chmod +x /etc/rc.d/rc.local`, ENTRYPOINT /usr/bin/$INITSH, where initsh ends in `exec /lib/systemd/systemd`)',
};

/**
 * Community images whose own default command is systemd (CMD or ENTRYPOINT in their Dockerfile): a
 * Dockerfile that starts FROM one and sets no CMD/ENTRYPOINT runs systemd as PID 1. Matched on the
 * repository path without registry and tag.
 */
/**
 * Images whose own entry point starts systemd as PID 1 when an environment variable switches it on: the resin/ base
 * images (balena's earlier names) run `exec /sbin/init` when INITSYSTEM is on, else the command. Only while their
 * ENTRYPOINT is kept: a Dockerfile's own ENTRYPOINT replaces entry.sh.
 */
export const systemdSwitchImages: readonly { repository: RegExp; env: string; on: RegExp; source: Source }[] = [
  {
    repository: /^resin\/[a-z0-9.-]+$/,
    env: 'INITSYSTEM',
    on: /^["']?on["']?$/,
    source:
      'balena-io-library/base-images @ fdb81009 systemd/entry.sh (the resin/ images\' entry point: `if [ "$INITSYSTEM" = "on" ]; then … exec /sbin/init quiet`, else it execs the command it is given)',
  },
];

export const systemdDefaultImages: readonly { repository: RegExp; source: Source }[] = [
  {
    repository: /^jrei\/systemd-[a-z0-9.-]+$/,
    source:
      'j8r/dockerfiles @ f296793f systemd/ubuntu/22.04.Dockerfile (the jrei/systemd-ubuntu image: installs systemd, `VOLUME [ "/sys/fs/cgroup" ]`, `CMD ["/lib/systemd/systemd"]`; debian, centos and fedora alike)',
  },
  {
    repository: /^geerlingguy\/docker-[a-z0-9.]+-ansible$/,
    source:
      'geerlingguy/docker-ubuntu2204-ansible @ dd3a0153 Dockerfile (installs systemd, `VOLUME ["/sys/fs/cgroup", "/tmp", "/run"]`, `CMD ["/lib/systemd/systemd"]`; the other docker-<distro>-ansible images alike)',
  },
  {
    repository: /^solita\/ubuntu-systemd$/,
    source: 'solita/docker-systemd @ 015a167c Dockerfile (`VOLUME ["/sys/fs/cgroup"]`, `CMD ["/sbin/init"]` on Ubuntu: systemd)',
  },
  {
    repository: /^centos\/systemd$/,
    source:
      'CentOS/CentOS-Dockerfiles @ 0d8e916f systemd/centos7/Dockerfile (`FROM centos:7`, `VOLUME [ "/sys/fs/cgroup" ]`, `CMD ["/usr/sbin/init"]`: systemd 219)',
  },
  {
    // Only the families read (each one's Dockerfile ends the same way); older releases (centos-6, ubuntu-14.04) are not systemd.
    repository: /^dokken\/(almalinux-\d+|centos-stream-\d+|rockylinux-\d+|fedora-(\d+|latest)|debian-1[2-4]|ubuntu-2\d\.\d\d)$/,
    source:
      'test-kitchen/dokken-images (the kitchen-dokken images) centos-stream-9/Dockerfile @ 00ba5c1d, almalinux-9, rockylinux-9 and fedora-latest/Dockerfile @ 088596dd (`CMD [ "/usr/lib/systemd/systemd" ]`), debian-12 and ubuntu-24.04/Dockerfile @ 088596dd (`CMD [ "/bin/systemd" ]`)',
  },
  {
    repository: /^nestybox\/[a-z0-9.-]+-systemd(-docker)?$/,
    source:
      'nestybox/dockerfiles @ 2aef54b0 ubuntu-focal-systemd-docker/Dockerfile (`ENTRYPOINT [ "/sbin/init", "--log-level=err" ]`: systemd, run under the Sysbox runtime)',
  },
];

/**
 * Run-time defaults that switch off a feature the host's kernel builds ("built is not enabled").
 * A kernel config says what is built; these say what a fresh install of the host leaves enabled.
 */
export const runtimeSwitches: readonly RuntimeSwitch[] = [
  {
    feature: 'user_namespaces',
    presets: ['rhel7', 'rhel-7.5', 'rhel-7.6', 'rhel-7.7', 'rhel-7.8', 'rhel-7.9', 'oracle-linux-7-rhck'],
    where: 'RHEL 7',
    setting: 'user.max_user_namespaces',
    state: 'off',
    defaultState: 'user.max_user_namespaces is 0',
    effect: 'no process may create a user namespace (rootless podman/buildah, unshare -U, newuidmap fail)',
    fix: 'set user.max_user_namespaces to a positive number (e.g. 28633) in /etc/sysctl.d/ on the host',
    source:
      'moby/moby contrib/dockerd-rootless-setuptool.sh @ b985e231 ("RHEL/CentOS 7 requires setting max_user_namespaces": when /proc/sys/user/max_user_namespaces is 0 it asks for user.max_user_namespaces = 28633 in /etc/sysctl.d)',
    sources: [
      'Linux 6.1.192 Documentation/admin-guide/sysctl/user.rst (max_user_namespaces: the maximum number of user namespaces that any user in the current user namespace may create)',
    ],
  },
  {
    feature: 'io_uring',
    presets: ['rhel-9.3', 'rhel-9.4', 'rhel-9.5', 'rhel-9.6', 'rhel-9.7', 'alma9'],
    where: 'RHEL 9.3–9.7',
    setting: 'kernel.io_uring_disabled',
    state: 'off',
    defaultState: 'io_uring is disabled (kernel.io_uring_disabled)',
    effect: 'io_uring_setup(2) fails with EPERM until io_uring is enabled (a Technology Preview on RHEL 9)',
    fix: 'set kernel.io_uring_disabled=0 on the host (and allow it in the SELinux policy)',
    techPreview: true,
    source:
      'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/9.3_release_notes/technology-previews ("The io_uring interface is available as a Technology Preview": disabled by default, enabled with the kernel.io_uring_disabled sysctl and SELinux policy)',
    sources: [
      'https://gitlab.com/redhat/centos-stream/src/kernel/centos-stream-9/-/merge_requests/2375 (RHEL-only patches: "disable the feature by default, taint the kernel when it is enabled, and turn on the config option")',
      'https://gitlab.com/redhat/centos-stream/src/kernel/centos-stream-9/-/merge_requests/2870 (adds the upstream io_uring_disabled sysctl; keeps disabled by default)',
      'Linux 6.6+ Documentation/admin-guide/sysctl/kernel.rst, io_uring_disabled (upstream since 6.6: 0 all processes may create io_uring instances, 1 only CAP_SYS_ADMIN or io_uring_group members, 2 none)',
    ],
  },
  {
    feature: 'io_uring',
    presets: ['rhel9', 'rhel-9.8', 'rocky9'],
    where: 'RHEL 9.8',
    setting: 'kernel.io_uring_disabled',
    state: 'off',
    defaultState: 'io_uring is disabled by default (kernel.io_uring_disabled), as since 9.3',
    effect: 'io_uring_setup(2) fails with EPERM until io_uring is enabled',
    fix: 'set kernel.io_uring_disabled=0 on the host (and allow it in the SELinux policy)',
    // Red Hat announces io_uring support for some uses from 9.8 (Technology Preview status there not
    // re-checked); no source says the default changed, so the 9.3 default is kept and the TP claim dropped.
    source:
      'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/9.3_release_notes/technology-previews (io_uring disabled by default from 9.3, enabled with the kernel.io_uring_disabled sysctl)',
    sources: ['https://access.redhat.com/node/7138801 ("Oracle ASMLIB configuration on RHEL 9: io_uring support starting with RHEL 9.8")'],
  },
  {
    feature: 'user_namespaces',
    presets: ['debian-10'],
    where: 'Debian 10 and older',
    setting: 'kernel.unprivileged_userns_clone',
    state: 'off',
    defaultState: 'kernel.unprivileged_userns_clone is 0',
    effect: 'unprivileged users may not create user namespaces (Debian kernel patch; root still can)',
    fix: 'set kernel.unprivileged_userns_clone=1 on the host',
    source:
      'https://www.debian.org/releases/bullseye/amd64/release-notes/ch-information.en.html ("Linux enables user namespaces by default": from Debian 11 all users may create user namespaces; before, kernel.unprivileged_userns_clone defaulted to 0)',
  },
  {
    feature: 'user_namespaces',
    presets: ['ubuntu-24.04', 'ubuntu-24.04-hwe'],
    where: 'Ubuntu 24.04',
    setting: 'kernel.apparmor_restrict_unprivileged_userns',
    state: 'restricted',
    defaultState: 'kernel.apparmor_restrict_unprivileged_userns is 1',
    effect: 'an unprivileged program without an AppArmor profile that allows userns gets no capabilities in the user namespace it creates',
    fix: 'give the program an AppArmor profile with the userns permission, or set kernel.apparmor_restrict_unprivileged_userns=0 on the host',
    source: 'Ubuntu 24.04 LTS (Noble Numbat) release notes on discourse.ubuntu.com, section "Unprivileged user namespace restrictions"',
    sources: [
      'apparmor profiles/apparmor.d/unprivileged_userns (an unconfined process that creates a user namespace transitions to this profile, which denies all capabilities)',
    ],
  },
];

/** The run-time default that switches the feature off on this preset, if any. */
export function runtimeSwitchFor(featureId: string, presetId: string | undefined): RuntimeSwitch | undefined {
  if (!presetId) return undefined;
  return runtimeSwitches.find((r) => r.feature === featureId && r.presets.includes(presetId));
}
