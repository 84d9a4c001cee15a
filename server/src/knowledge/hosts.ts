/**
 * Host presets: the kernels that actually run containers (the image never brings one). A preset
 * names a host people deploy to; its `kernel` is what that host reports or the kernel line it
 * tracks. Where a value could not be verified it is absent and the notes say so.
 *
 * A preset's kernel config decides its verdicts (config first): `kernelBuild`/`kernelBuildByArch`
 * name real distribution builds of kernelMatrix.generated.ts (the symbols the knowledge reads,
 * with provenance); Debian 12/13 ship whole configs in ./configs (see configs/README.md), which
 * shippedConfigPath() finds at run time both from TypeScript sources and from the bundle in dist/.
 * A preset without a `kernel` says why in `kernelUnknownReason`, with the date that was checked.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Arch, HostPreset, KernelBuild } from './types';
import { kernelBuilds, trackedSymbols } from './kernelMatrix.generated';

const SRC = {
  b2d: 'boot2docker/boot2docker tag v19.03.12 Dockerfile (LINUX_VERSION 4.19.130, DOCKER_VERSION 19.03.12, tag date 2020-06-29); README "DEPRECATED"',
  dockerDesktop: 'https://github.com/docker/docs/pull/24222 (Docker Desktop 4.63.0 release notes: "Linux kernel v6.12.72")',
  wslKernelRepo: 'https://github.com/microsoft/WSL2-Linux-Kernel',
  wsl66pr: 'https://github.com/microsoft/WSL/pull/13812 "Update Microsoft.WSL.Kernel to 6.6.114.1", merged 2025-12-02',
  wsl618pr: 'https://github.com/microsoft/WSL/pull/40724 "Update Microsoft.WSL.Kernel version to 6.18.33.1-1", merged 2026-06-05',
  ubuntuHwe: 'canonical/kernel-docs docs/reference/hwe-kernels.rst @ 3da40eac (HWE kernel life cycle table)',
  rhel9Cgroup:
    'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/managing_monitoring_and_updating_the_kernel/proc_mounting-cgroups-v1_assembly_using-cgroupfs-to-manually-manage-cgroups ("RHEL 9 mounts cgroups-v2 by default")',
  rhel10Cgroup:
    'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/10/optimize-mounting_cgroups_v1 ("RHEL 10 mounts cgroup-v2 by default")',
  rhel8Cgroup:
    'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/managing_monitoring_and_updating_the_kernel/using-cgroups-v2-to-control-distribution-of-cpu-time-for-applications_managing-monitoring-and-updating-the-kernel ("During the boot process, RHEL 8 mounts the cgroup-v1 virtual filesystem by default")',
  centosStreamKernel:
    'https://gitlab.com/redhat/centos-stream/rpms/kernel/-/branches/all (c8s kernel-4.18.0-*.el8, c9s kernel-5.14.0-*.el9)',
  al2: 'https://docs.aws.amazon.com/linux/al2/ug/aml2-kernel.html ("AL2 AMIs are available with kernel versions 4.14 and 5.10, with version 5.10 as the default"; "AL2023 AMIs are available with kernel version 6.1")',
  al2023:
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.AmazonLinux2023Kernel.html ("The default kernel version for Amazon Linux 2023 is 6.1")',
  bottlerocket: 'https://bottlerocket.dev/en/os/1.36.x/version-information/variants (Variants & Kernels table)',
  bottlerocket161:
    'https://github.com/bottlerocket-os/bottlerocket/releases/tag/v1.61.0 (2026-05-18: "All non-FIPS k8s-1.36 variants will use kernel-6.18 while FIPS variants will use kernel-6.12"; "All ecs-4 variants use kernel-6.18")',
  dockerDesktop443:
    'docker/docs content/manuals/desktop/release-notes.md @ 0032634a: 4.42.0 (2025-06-04, all platforms) "Block `io_uring` syscalls in containers"; 4.43.0 (2025-07-03, under "For Mac") "Removed `eBPF` which blocked `io_uring`. To enable `io_uring` in a container, use `--security-opt seccomp=unconfined`"',
  cosReleaseNotes:
    'https://cloud.google.com/container-optimized-os/docs/release-notes (Google\'s release-notes feed; kernel column per image: 2025-11-05 cos-113-18244-521-11 "COS-6.1.155", cos-117-18613-439-16 "COS-6.6.111", cos-121-18867-294-12 "COS-6.6.113", cos-125-19216-104-5 "COS-6.12.55"; 2025-11-03 cos-125-19216-104-3 "This is an LTS refresh release", cos-dev-129-19350-0-0 "COS-6.12.55"). Read from a verbatim copy of that feed in a public repository; the Google page itself was not opened here',
  cosVersioning:
    'https://cloud.google.com/container-optimized-os/docs/concepts/versioning (Active Milestones table: COS 121 LTS supported to March 2027, COS 117 LTS to Sept 2026, COS 113 LTS to March 2026)',
  flatcarCgroup:
    'https://flatcar.org/docs/latest/container-runtimes/switching-to-unified-cgroups ("Beginning with Flatcar version 2969.0.0 … cgroup v2")',
  flatcarKernel:
    'https://github.com/flatcar/scripts/pull/3742 (flatcar-4459 on 6.12.74, 2026-03); https://github.com/flatcar/scripts/pull/3826 (flatcar-4628 on 6.12.77, 2026-03)',
  rpiKernel:
    'raspberrypi/documentation documentation/asciidoc/computers/linux_kernel/building.adoc @ 0438d0b2 (the default branch of raspberrypi/linux is "the one we are building Raspberry Pi OS images from"); https://downloads.raspberrypi.com/raspios_arm64/release_notes.txt (Raspberry Pi OS images moved to Linux 6.12 on 2025-05-06, as cited from it in analogdevicesinc/linux#2799; the file was not opened here)',
  debianApt: 'deb.debian.org apt (2026-08 mirror): linux-image-amd64 10.x 5.10.223-1 (bullseye), 6.1.176-1 (bookworm), 6.12.117-1 (trixie)',
  debianConfig12: 'Debian package linux-config-6.1 6.1.176-1 (bookworm), config.{amd64,arm64}_none_*',
  debianConfig13:
    "Debian package linux-config-6.12 6.12.117-1~deb12u1 (bookworm-security rebuild of trixie's linux 6.12.117-1), config.{amd64,arm64}_none_*",
  windows:
    'https://github.com/MicrosoftDocs/Virtualization-Documentation/blob/main/virtualization/windowscontainers/deploy-containers/upgrade-windows-containers.md; endoflife-date/endoflife.date products/windows-server-core.md @ a70eca33',
  eolDebian: 'endoflife-date/endoflife.date products/debian.md @ a70eca33',
  synologyToolchains:
    'Synology\'s DSM 7.2 toolchain downloads as named in SynoCommunity/spksrc: toolchain/syno-geminilake-7.2/Makefile @ a5914d92 (TC_KERNEL = 4.4.302, "Intel x86 Linux 4.4.302 (GeminiLake)"), toolchain/syno-aarch64-7.2/Makefile @ 3bfbd591 (4.4.302, "Realtek RTD129x Linux 4.4.302"), toolchain/syno-epyc7002-7.2/Makefile @ 88dae200 (5.10.55, "AMD x86 Linux Linux 5.10.55 (epyc7002)")',
  fcosLock:
    'coreos/fedora-coreos-config manifest-lock.x86_64.json (the kernel each stream ships); branch stable @ 7db341d5 (2024-10-21): kernel 6.10.12-200.fc40, the newest stable snapshot at hand',
  kconfigs:
    "oracle/kconfigs @ fa0a490c (gh-pages) out/<distribution>/config, extracted from the distribution's kernel package; reduced to the symbols the knowledge reads by scripts/gen-kernel-matrix.ts",
  rhelConfigs:
    "Red Hat's per-minor kernel configs as carried by lustre/lustre-release @ c881f8eb lustre/kernel_patches/kernel_configs/, kernel releases from lustre/kernel_patches/targets/*.target.in; reduced by scripts/gen-kernel-matrix.ts",
  fedoraCgroup:
    'https://fedoraproject.org/wiki/Changes/CGroupsV2 (Fedora 31 uses cgroups v2 by default; approved in https://pagure.io/fesco/issue/2177)',
  ubuntuCgroup:
    'https://lists.ubuntu.com/archives/ubuntu-devel/2021-August/041598.html ("systemd enabling cgroup v2 by default (default-hierarchy=unified)", landed for Ubuntu 21.10; legacy v1 only with systemd.unified_cgroup_hierarchy=0)',
} as const;

/** Checked on this date: the reason a preset's kernel is not set. */
const REASON_DATE = '2026-12-05';

/** RHEL minor releases with a real kernel config in the matrix: [minor, kernel line, cgroup version, arm64 build?]. */
const RHEL_MINORS: [string, string, 1 | 2, boolean][] = [
  ...['7.5', '7.6', '7.7', '7.8', '7.9'].map((m): [string, string, 1 | 2, boolean] => [m, '3.10.0', 1, false]),
  ...['8.0', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9', '8.10'].map((m): [string, string, 1 | 2, boolean] => [
    m,
    '4.18.0',
    1,
    m === '8.4' || m === '8.5',
  ]),
  ...['9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8'].map((m): [string, string, 1 | 2, boolean] => [m, '5.14.0', 2, false]),
  ...['10.0', '10.1', '10.2'].map((m): [string, string, 1 | 2, boolean] => [m, '6.12.0', 2, false]),
];

function rhelMinorPresets(): HostPreset[] {
  return RHEL_MINORS.map(([minor, kernel, cgroup, arm64]) => ({
    id: `rhel-${minor}`,
    name: `RHEL ${minor}`,
    group: 'RHEL minor releases',
    os: 'linux',
    kernel,
    arches: minor.startsWith('7.') ? ['amd64'] : ['amd64', 'arm64'],
    cgroup,
    kernelBuild: `rhel-${minor}-amd64`,
    kernelBuildByArch: arm64 ? { amd64: `rhel-${minor}-amd64`, arm64: `rhel-${minor}-arm64` } : { amd64: `rhel-${minor}-amd64` },
    source: SRC.rhelConfigs,
    notes: arm64 ? undefined : 'Config known for amd64 only; on arm64 features are judged by the kernel version (an estimate).',
  }));
}

const UBUNTU_NOTE_GA = 'GA kernel of the release (server installs default to GA); patch level varies with updates.';
const UBUNTU_NOTE_HWE = "Final HWE kernel of the release (the next LTS's GA kernel); desktop installs track HWE by default.";
const UBUNTU_NOTE_HWE_CONFIG =
  "Judged by the config of that next LTS's GA kernel at its release (the HWE kernel is a backport of the same source; its own package config is not shipped).";

export const hostPresets: readonly HostPreset[] = [
  // ── Desktop VMs ──────────────────────────────────────────────────────────────────────────
  {
    id: 'docker-desktop',
    name: 'Docker Desktop (LinuxKit VM)',
    group: 'Desktop VMs',
    os: 'linux',
    kernel: '6.12.72',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'docker' },
    source: SRC.dockerDesktop,
    notes:
      'Kernel of Docker Desktop 4.63.0 (2026-03-02); each Desktop release may move it. Docker Desktop 4.42 blocked io_uring in containers; 4.43 removed that eBPF block (a Mac release note) (' +
      SRC.dockerDesktop443 +
      "), but Docker Engine's default seccomp profile still blocks io_uring in containers.",
  },
  {
    id: 'wsl2-5.15',
    name: 'WSL2 (Microsoft kernel 5.15 line)',
    group: 'Desktop VMs',
    os: 'linux',
    kernel: '5.15',
    arches: ['amd64', 'arm64'],
    source: SRC.wslKernelRepo,
    notes:
      'Version-only preset for the linux-msft-wsl-5.15 line; patch level, cgroup mode and vsyscall setting not verified. Old vsyscall binaries may need .wslconfig kernelCommandLine = vsyscall=emulate (microsoft/WSL#4694).',
  },
  {
    id: 'wsl2-6.6',
    name: 'WSL2 (Microsoft kernel 6.6 line)',
    group: 'Desktop VMs',
    os: 'linux',
    kernel: '6.6.114',
    arches: ['amd64', 'arm64'],
    source: SRC.wsl66pr + '; ' + SRC.wslKernelRepo,
    notes:
      'Kernel shipped with WSL 2.7.0; WSL 2.7.0 added wsl.conf automount.cgroups to choose the cgroup version (default not verified). Current WSL builds are on the 6.18 line (wsl2-6.18).',
  },
  {
    id: 'wsl2-6.18',
    name: 'WSL2 (Microsoft kernel 6.18 line, current)',
    group: 'Desktop VMs',
    os: 'linux',
    kernel: '6.18.33',
    arches: ['amd64', 'arm64'],
    source: SRC.wsl618pr + '; ' + SRC.wslKernelRepo,
    notes: 'The current WSL kernel line (Microsoft.WSL.Kernel 6.18.33.1). Check uname -r: WSL updates move the patch level.',
  },
  {
    id: 'boot2docker',
    name: 'boot2docker (final release v19.03.12)',
    group: 'Desktop VMs',
    os: 'linux',
    kernel: '4.19.130',
    arches: ['amd64'],
    cgroup: 1,
    runtime: { kind: 'docker', version: '19.03.12' },
    source: SRC.b2d,
    notes: 'Deprecated and archived; kernel = TinyCore config plus small fragments (no BTF; predates WireGuard 5.6 and io_uring 5.1).',
  },

  // ── Container-optimised hosts ────────────────────────────────────────────────────────────
  {
    id: 'coreos',
    name: 'CoreOS Container Linux (final, 2512.3.0)',
    group: 'Container hosts',
    os: 'linux',
    kernel: '4.19.123',
    arches: ['amd64'],
    source:
      'coreos/coreos-overlay @ 8525d07c (2020-05-22, branch build-2512: the final stable line, 2512.3.0): sys-kernel/coreos-kernel/coreos-kernel-4.19.123.ebuild (KEYWORDS="amd64")',
    notes:
      'End of life since 2020-05-26; successors are Fedora CoreOS and Flatcar. Judged by version: the repository keeps only a defconfig fragment (coreos-modules/files/amd64_defconfig-4.19), not a full config.',
  },
  {
    id: 'fedora-coreos',
    name: 'Fedora CoreOS (current)',
    group: 'Container hosts',
    os: 'linux',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'podman' },
    source: SRC.fcosLock,
    kernelUnknownReason: `not set (checked ${REASON_DATE}): Fedora CoreOS stable follows the current Fedora kernel and rebases every few weeks; the newest stable manifest at hand (2024-10-21, 6.10.12) is too old to stand for today's. The fedora-43 preset carries Fedora 43's real config; set your host's uname -r for exact checks.`,
    notes:
      'Version-only preset: FCOS follows the current Fedora kernel, which changes every few weeks; set kernelLens.target to your uname -r for exact checks.',
  },
  {
    id: 'flatcar',
    name: 'Flatcar Container Linux (stable)',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.12',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    source: SRC.flatcarKernel,
    notes:
      'The flatcar-4459 and flatcar-4628 release branches were on 6.12.x in March 2026; which major is Stable on a given date is not pinned here. cgroup v2 is the default since 2969.0.0 (' +
      SRC.flatcarCgroup +
      ').',
  },
  {
    id: 'bottlerocket',
    name: 'Bottlerocket (aws-k8s-1.36 / aws-ecs-4 variants)',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.18',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.bottlerocket161,
    notes:
      'Kernel depends on the variant: non-FIPS aws-k8s-1.36 and aws-ecs-4 use 6.18, FIPS variants 6.12 (v1.61.0, 2026-05-18); aws-ecs-2 stays on 6.1 (bottlerocket-aws-ecs-2). cgroup mode of this preset not pinned.',
  },
  {
    id: 'bottlerocket-aws-ecs-2',
    name: 'Bottlerocket (aws-ecs-2 variant)',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.1',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.bottlerocket,
    notes:
      'aws-ecs-2 variants run 6.1 (1.36.x Variants & Kernels table); aws-ecs-1 and aws-k8s ≤1.25 variants boot with systemd.unified_cgroup_hierarchy=0 (cgroup v1).',
  },
  {
    id: 'cos',
    name: 'Google Container-Optimized OS (newest LTS confirmed: COS 125)',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.12',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.cosReleaseNotes,
    notes:
      "COS 125 is an LTS milestone on Linux 6.12 (LTS refresh of 2025-11-03), and milestone 129 was on 6.12 too while in dev; a newer milestone may run a newer kernel: set your node's uname -r for exact checks.",
  },
  {
    id: 'cos-125',
    name: 'Google Container-Optimized OS 125 LTS',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.12',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.cosReleaseNotes,
  },
  {
    id: 'cos-121',
    name: 'Google Container-Optimized OS 121 LTS',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.6',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.cosReleaseNotes,
    notes: 'End of support March 2027 (' + SRC.cosVersioning + ').',
  },
  {
    id: 'cos-113',
    name: 'Google Container-Optimized OS 113 LTS',
    group: 'Container hosts',
    os: 'linux',
    kernel: '6.1',
    arches: ['amd64', 'arm64'],
    runtime: { kind: 'containerd' },
    source: SRC.cosReleaseNotes,
    notes: 'End of support March 2026 (' + SRC.cosVersioning + '); kept for hosts still on it.',
  },

  // ── Cloud Linux ──────────────────────────────────────────────────────────────────────────
  {
    id: 'amazonlinux2-4.14',
    name: 'Amazon Linux 2 (kernel 4.14)',
    group: 'Cloud',
    os: 'linux',
    kernel: '4.14',
    arches: ['amd64', 'arm64'],
    cgroup: 1,
    source: SRC.al2,
    notes: 'cgroup v1: AL2 ships systemd 219 (lambci/yumda amzn2 systemd.spec), which predates cgroup v2 support.',
  },
  {
    id: 'amazonlinux2-5.10',
    name: 'Amazon Linux 2 (kernel 5.10, default)',
    group: 'Cloud',
    os: 'linux',
    kernel: '5.10',
    arches: ['amd64', 'arm64'],
    cgroup: 1,
    source: SRC.al2,
    notes: 'cgroup v1: AL2 ships systemd 219 (lambci/yumda amzn2 systemd.spec), which predates cgroup v2 support.',
  },
  {
    id: 'amazonlinux2023',
    name: 'Amazon Linux 2023 (default kernel)',
    group: 'Cloud',
    os: 'linux',
    kernel: '6.1',
    arches: ['amd64', 'arm64'],
    source: SRC.al2023,
    notes: 'Default AL2023 kernel; newer kernels may be selectable (not verified here).',
  },

  // ── Enterprise Linux ─────────────────────────────────────────────────────────────────────
  // Judged by real configs (kernelMatrix.generated.ts): Red Hat backports whole subsystems into
  // 3.10 / 4.18 / 5.14, so the mainline version says little. One preset per minor release; the
  // major preset is its latest minor (the minors follow in their own group).
  {
    id: 'rhel7',
    name: 'RHEL 7 / CentOS 7 (7.9, the last minor)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '3.10.0',
    arches: ['amd64'],
    cgroup: 1,
    kernelBuild: 'rhel-7.9-amd64',
    source: SRC.rhelConfigs,
    notes: 'Same kernel config as rhel-7.9; CentOS 7.9.2009 hosts report uname -r 3.10.0-1160.el7. systemd 219: no cgroup v2.',
  },
  {
    id: 'rhel8',
    name: 'RHEL 8 (8.10, the latest minor)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '4.18.0',
    arches: ['amd64', 'arm64'],
    cgroup: 1,
    kernelBuildByArch: { amd64: 'rhel-8.10-amd64', arm64: 'alma-8-arm64' },
    kernelBuild: 'rhel-8.10-amd64',
    source: SRC.rhelConfigs,
    notes: "Same kernel config as rhel-8.10 (arm64: AlmaLinux 8.10's rebuild). cgroup v1 by default (" + SRC.rhel8Cgroup + ').',
  },
  {
    id: 'rhel9',
    name: 'RHEL 9 (9.8, the latest minor)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '5.14.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'rhel-9.8-amd64', arm64: 'alma-9-arm64' },
    kernelBuild: 'rhel-9.8-amd64',
    source: SRC.rhelConfigs,
    notes: "Same kernel config as rhel-9.8 (arm64: AlmaLinux 9.7's rebuild). cgroup v2 by default (" + SRC.rhel9Cgroup + ').',
  },
  {
    id: 'rhel10',
    name: 'RHEL 10 (10.2, the latest minor)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '6.12.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'rhel-10.2-amd64', arm64: 'alma-10-arm64' },
    kernelBuild: 'rhel-10.2-amd64',
    source: SRC.rhelConfigs + '; ' + SRC.rhel10Cgroup,
    notes: "Same kernel config as rhel-10.2 (arm64: AlmaLinux 10.1's rebuild).",
  },
  {
    id: 'rocky8',
    name: 'Rocky Linux 8',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '4.18.0',
    arches: ['amd64', 'arm64'],
    cgroup: 1,
    kernelBuildByArch: { amd64: 'rhel-8.10-amd64', arm64: 'alma-8-arm64' },
    kernelBuild: 'rhel-8.10-amd64',
    source: SRC.rhelConfigs,
    notes:
      "Rocky rebuilds the RHEL 8 kernel from the same source: judged by the RHEL 8.10 config (Rocky's own package config is not shipped).",
  },
  {
    id: 'rocky9',
    name: 'Rocky Linux 9',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '5.14.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'rhel-9.8-amd64', arm64: 'alma-9-arm64' },
    kernelBuild: 'rhel-9.8-amd64',
    source: SRC.rhelConfigs,
    notes:
      "Rocky rebuilds the RHEL 9 kernel from the same source: judged by the RHEL 9.8 config (Rocky's own package config is not shipped).",
  },
  {
    id: 'alma8',
    name: 'AlmaLinux 8',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '4.18.0',
    arches: ['amd64', 'arm64'],
    cgroup: 1,
    kernelBuildByArch: { amd64: 'alma-8-amd64', arm64: 'alma-8-arm64' },
    kernelBuild: 'alma-8-amd64',
    source: SRC.kconfigs,
    notes: 'AlmaLinux 8.10 kernel 4.18.0-553.97.1.el8_10 (its own package config).',
  },
  {
    id: 'alma9',
    name: 'AlmaLinux 9',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '5.14.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'alma-9-amd64', arm64: 'alma-9-arm64' },
    kernelBuild: 'alma-9-amd64',
    source: SRC.kconfigs,
    notes: 'AlmaLinux 9.7 kernel 5.14.0-611.26.1.el9_7 (its own package config).',
  },
  {
    id: 'alma10',
    name: 'AlmaLinux 10',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '6.12.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'alma-10-amd64', arm64: 'alma-10-arm64' },
    kernelBuild: 'alma-10-amd64',
    source: SRC.kconfigs + '; ' + SRC.rhel10Cgroup,
    notes: 'AlmaLinux 10.1 kernel 6.12.0-124.29.1.el10_1 (its own package config).',
  },
  {
    id: 'oracle-linux-7-rhck',
    name: 'Oracle Linux 7 (Red Hat Compatible Kernel)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '3.10.0',
    arches: ['amd64'],
    cgroup: 1,
    kernelBuild: 'ol7-rhck-amd64',
    source: SRC.kconfigs,
    notes: "RHCK 3.10.0-1160.119.1.0.5.el7: Oracle's rebuild of the RHEL 7.9 kernel. systemd 219: no cgroup v2.",
  },
  {
    id: 'oracle-linux-8-uek7',
    name: 'Oracle Linux 8 (UEK 7)',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '5.15.0',
    arches: ['amd64'],
    cgroup: 1,
    kernelBuild: 'ol8-uek7-amd64',
    source: SRC.kconfigs,
    notes:
      "Unbreakable Enterprise Kernel 7 (5.15.0-316.196.4.1.el8uek): a different kernel from RHEL 8's on the same userland. cgroup v1 by default like RHEL 8 (not verified for UEK).",
  },
  {
    id: 'fedora-43',
    name: 'Fedora 43',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '6.17.1',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'fedora-43-amd64', arm64: 'fedora-43-arm64' },
    kernelBuild: 'fedora-43-amd64',
    source: SRC.kconfigs,
    notes:
      'Release kernel 6.17.1-300.fc43; Fedora rebases to newer kernels during its life (check uname -r). cgroup v2 by default since Fedora 31 (' +
      SRC.fedoraCgroup +
      ').',
  },
  {
    id: 'opensuse-leap-16.0',
    name: 'openSUSE Leap 16.0',
    group: 'Enterprise Linux',
    os: 'linux',
    kernel: '6.12.0',
    arches: ['amd64'],
    kernelBuild: 'opensuse-leap-16.0-amd64',
    source: SRC.kconfigs,
    notes: 'kernel-default 6.12.0-160000.8.1 (SLES 16 compatible). cgroup mode not pinned here.',
  },
  ...rhelMinorPresets(),

  // ── Ubuntu ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'ubuntu-18.04',
    name: 'Ubuntu 18.04 LTS (GA kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '4.15',
    arches: ['amd64', 'arm64'],
    source: SRC.ubuntuHwe,
    notes: UBUNTU_NOTE_GA,
  },
  {
    id: 'ubuntu-18.04-hwe',
    name: 'Ubuntu 18.04 LTS (HWE kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '5.4',
    arches: ['amd64', 'arm64'],
    kernelBuildByArch: { amd64: 'ubuntu-20.04-amd64', arm64: 'ubuntu-20.04-arm64' },
    kernelBuild: 'ubuntu-20.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_HWE + ' ' + UBUNTU_NOTE_HWE_CONFIG,
  },
  {
    id: 'ubuntu-20.04',
    name: 'Ubuntu 20.04 LTS (GA kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '5.4',
    arches: ['amd64', 'arm64'],
    kernelBuildByArch: { amd64: 'ubuntu-20.04-amd64', arm64: 'ubuntu-20.04-arm64' },
    kernelBuild: 'ubuntu-20.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_GA + " Judged by the release kernel 5.4.0-26-generic's config.",
  },
  {
    id: 'ubuntu-20.04-hwe',
    name: 'Ubuntu 20.04 LTS (HWE kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '5.15',
    arches: ['amd64', 'arm64'],
    kernelBuildByArch: { amd64: 'ubuntu-22.04-amd64', arm64: 'ubuntu-22.04-arm64' },
    kernelBuild: 'ubuntu-22.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_HWE + ' ' + UBUNTU_NOTE_HWE_CONFIG,
  },
  {
    id: 'ubuntu-22.04',
    name: 'Ubuntu 22.04 LTS (GA kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '5.15',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'ubuntu-22.04-amd64', arm64: 'ubuntu-22.04-arm64' },
    kernelBuild: 'ubuntu-22.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_GA + " Judged by the release kernel 5.15.0-25-generic's config. cgroup v2 (" + SRC.ubuntuCgroup + ').',
  },
  {
    id: 'ubuntu-22.04-hwe',
    name: 'Ubuntu 22.04 LTS (HWE kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '6.8',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'ubuntu-24.04-amd64', arm64: 'ubuntu-24.04-arm64' },
    kernelBuild: 'ubuntu-24.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_HWE + ' ' + UBUNTU_NOTE_HWE_CONFIG,
  },
  {
    id: 'ubuntu-24.04',
    name: 'Ubuntu 24.04 LTS (GA kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '6.8',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    kernelBuildByArch: { amd64: 'ubuntu-24.04-amd64', arm64: 'ubuntu-24.04-arm64' },
    kernelBuild: 'ubuntu-24.04-amd64',
    source: SRC.ubuntuHwe + '; ' + SRC.kconfigs,
    notes: UBUNTU_NOTE_GA + " Judged by the release kernel 6.8.0-31-generic's config. cgroup v2 (" + SRC.ubuntuCgroup + ').',
  },
  {
    id: 'ubuntu-24.04-hwe',
    name: 'Ubuntu 24.04 LTS (HWE kernel)',
    group: 'Ubuntu',
    os: 'linux',
    kernel: '7.0',
    arches: ['amd64', 'arm64'],
    cgroup: 2,
    source: SRC.ubuntuHwe,
    notes: 'Final HWE kernel of 24.04 (24.04.5, August 2026; 24.04.4 had 6.17). cgroup v2 (' + SRC.ubuntuCgroup + ').',
  },

  // ── Debian ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'debian-10',
    name: 'Debian 10 (buster)',
    group: 'Debian',
    os: 'linux',
    kernel: '4.19',
    arches: ['amd64', 'arm64'],
    source:
      'Debian buster kernel packages linux-image-4.19.0-27-amd64 (4.19.209-2+deb10u5 on security.debian.org, 4.19.316-1 in LTS); ' +
      SRC.eolDebian,
    notes: 'Kernel line only (buster is past Debian LTS; patch level varies).',
  },
  {
    id: 'debian-11',
    name: 'Debian 11 (bullseye)',
    group: 'Debian',
    os: 'linux',
    kernel: '5.10.223',
    arches: ['amd64', 'arm64'],
    kernelBuildByArch: { amd64: 'debian-11-amd64', arm64: 'debian-11-arm64' },
    kernelBuild: 'debian-11-amd64',
    source: SRC.debianApt + '; ' + SRC.kconfigs,
  },
  {
    id: 'debian-12',
    name: 'Debian 12 (bookworm)',
    group: 'Debian',
    os: 'linux',
    kernel: '6.1.176',
    arches: ['amd64', 'arm64'],
    vsyscall: 'none',
    kernelConfig: 'debian-12-amd64.config.gz',
    kernelConfigByArch: { amd64: 'debian-12-amd64.config.gz', arm64: 'debian-12-arm64.config.gz' },
    source: SRC.debianConfig12,
    notes: 'amd64 config has LEGACY_VSYSCALL_NONE=y (vsyscall=none unless booted with vsyscall=emulate).',
  },
  {
    id: 'debian-13',
    name: 'Debian 13 (trixie)',
    group: 'Debian',
    os: 'linux',
    kernel: '6.12.117',
    arches: ['amd64', 'arm64'],
    vsyscall: 'none',
    kernelConfig: 'debian-13-amd64.config.gz',
    kernelConfigByArch: { amd64: 'debian-13-amd64.config.gz', arm64: 'debian-13-arm64.config.gz' },
    source: SRC.debianConfig13,
    notes:
      "Config from the bookworm-security rebuild of the same 6.12.117 source (built with gcc-12, so compiler-dependent symbols may differ from trixie's own build). amd64: LEGACY_VSYSCALL_NONE=y.",
  },

  // ── Appliances and boards ────────────────────────────────────────────────────────────────
  {
    id: 'synology-dsm7',
    name: 'Synology DSM 7.2 (most models: Linux 4.4.302)',
    group: 'Appliances',
    os: 'linux',
    kernel: '4.4.302',
    arches: ['amd64', 'arm64'],
    source: SRC.synologyToolchains,
    notes:
      "Version-only preset (no DSM config is shipped): DSM 7.2 kernels differ per platform; most x86 and ARM platforms run 4.4.302, epyc7002 models 5.10.55. Set your NAS's uname -r for exact checks.",
  },
  {
    id: 'raspberry-pi-os',
    name: 'Raspberry Pi OS (trixie)',
    group: 'Appliances',
    os: 'linux',
    kernel: '6.12',
    arches: ['arm64', 'arm/v7', 'arm/v6'],
    source: SRC.rpiKernel,
    notes:
      'Kernel line of Raspberry Pi OS images from 2025-05-06 on (the trixie images included). raspberrypi/firmware, the rpi-update kernels, reached 6.18.28 on 2026-05-08 (extra/uname_string8_rt @ 30b58887); whether apt has moved Raspberry Pi OS to 6.18 was not verified: check uname -r.',
  },

  // ── Windows ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'windows-server-2019',
    name: 'Windows Server 2019 (LTSC)',
    group: 'Windows',
    os: 'windows',
    windowsBuild: 17763,
    arches: ['amd64'],
    source: SRC.windows,
    notes: 'Process isolation needs the image build to match the host build; Linux images do not run here natively.',
  },
  {
    id: 'windows-server-2022',
    name: 'Windows Server 2022 (LTSC)',
    group: 'Windows',
    os: 'windows',
    windowsBuild: 20348,
    arches: ['amd64'],
    source: SRC.windows,
    notes: 'Process isolation needs the image build to match the host build; Linux images do not run here natively.',
  },
  {
    id: 'windows-server-2025',
    name: 'Windows Server 2025 (LTSC)',
    group: 'Windows',
    os: 'windows',
    windowsBuild: 26100,
    arches: ['amd64'],
    source: SRC.windows,
    notes: 'Process isolation needs the image build to match the host build; Linux images do not run here natively.',
  },
];

/** Spellings people type, mapped to canonical ids (keys are already lowercased and space-collapsed). */
const aliases: Readonly<Record<string, string>> = {
  'rhel-7': 'rhel7',
  'rhel-8': 'rhel8',
  'rhel-9': 'rhel9',
  'rhel-10': 'rhel10',
  centos7: 'rhel7',
  'centos-7': 'rhel7',
  'rocky-8': 'rocky8',
  'rocky-9': 'rocky9',
  rockylinux8: 'rocky8',
  rockylinux9: 'rocky9',
  'alma-8': 'alma8',
  'alma-9': 'alma9',
  'alma-10': 'alma10',
  almalinux8: 'alma8',
  almalinux9: 'alma9',
  almalinux10: 'alma10',
  'centos-7.9': 'rhel-7.9',
  'centos7.9': 'rhel-7.9',
  ol7: 'oracle-linux-7-rhck',
  uek7: 'oracle-linux-8-uek7',
  'ol8-uek7': 'oracle-linux-8-uek7',
  fedora43: 'fedora-43',
  'opensuse-leap-16': 'opensuse-leap-16.0',
  'leap-16.0': 'opensuse-leap-16.0',
  'bottlerocket-ecs-2': 'bottlerocket-aws-ecs-2',
  // rhel8.4 → rhel-8.4 (the id spelling) for every minor release.
  ...Object.fromEntries(RHEL_MINORS.map(([minor]) => [`rhel${minor}`, `rhel-${minor}`])),
  'ubuntu18.04': 'ubuntu-18.04',
  'ubuntu20.04': 'ubuntu-20.04',
  'ubuntu22.04': 'ubuntu-22.04',
  'ubuntu24.04': 'ubuntu-24.04',
  'ubuntu-1804': 'ubuntu-18.04',
  'ubuntu-2004': 'ubuntu-20.04',
  'ubuntu-2204': 'ubuntu-22.04',
  'ubuntu-2404': 'ubuntu-24.04',
  bionic: 'ubuntu-18.04',
  focal: 'ubuntu-20.04',
  jammy: 'ubuntu-22.04',
  noble: 'ubuntu-24.04',
  debian10: 'debian-10',
  debian11: 'debian-11',
  debian12: 'debian-12',
  debian13: 'debian-13',
  buster: 'debian-10',
  bullseye: 'debian-11',
  bookworm: 'debian-12',
  trixie: 'debian-13',
  'docker desktop': 'docker-desktop',
  dockerdesktop: 'docker-desktop',
  'docker-for-mac': 'docker-desktop',
  'docker-for-windows': 'docker-desktop',
  wsl2: 'wsl2-6.18',
  wsl: 'wsl2-6.18',
  'wsl2-5.15.x': 'wsl2-5.15',
  'wsl2-6.6.x': 'wsl2-6.6',
  'wsl2-6.18.x': 'wsl2-6.18',
  al2: 'amazonlinux2-5.10',
  amazonlinux2: 'amazonlinux2-5.10',
  'amazon-linux-2': 'amazonlinux2-5.10',
  al2023: 'amazonlinux2023',
  'amazon-linux-2023': 'amazonlinux2023',
  fcos: 'fedora-coreos',
  'container-linux': 'coreos',
  'flatcar-stable': 'flatcar',
  'container-optimized-os': 'cos',
  'gke-cos': 'cos',
  raspbian: 'raspberry-pi-os',
  rpi: 'raspberry-pi-os',
  synology: 'synology-dsm7',
  dsm7: 'synology-dsm7',
  'windows-2019': 'windows-server-2019',
  'windows-2022': 'windows-server-2022',
  'windows-2025': 'windows-server-2025',
  ltsc2019: 'windows-server-2019',
  ltsc2022: 'windows-server-2022',
  ltsc2025: 'windows-server-2025',
};

const presetById = new Map(hostPresets.map((p) => [p.id, p]));

/** A preset by id or alias, case-insensitive; spaces and underscores count as '-' where that helps. */
export function getPreset(id: string): HostPreset | undefined {
  const key = id.trim().toLowerCase().replace(/\s+/g, ' ');
  const candidates = [key, key.replace(/[ _]/g, '-')];
  for (const c of candidates) {
    const hit = presetById.get(c) ?? (aliases[c] !== undefined ? presetById.get(aliases[c]) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

/** The alias table (for completion lists and docs). */
export const presetAliases: Readonly<Record<string, string>> = aliases;

/**
 * Absolute path of a shipped kernel config, or undefined when it cannot be found.
 * Sources (tsx): this file sits next to configs/. Bundle (dist/server.js, dist/cli.js): the
 * build copies server/src/knowledge/configs/* to dist/configs/.
 */
export function shippedConfigPath(file: string): string | undefined {
  // Only bare file names: a preset never points outside the configs folder.
  if (!file || file !== basename(file) || file.startsWith('.')) return undefined;
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  if (!here) return undefined;
  const candidates = [
    join(here, 'configs', file),
    join(here, '..', 'configs', file),
    join(here, '..', 'server', 'src', 'knowledge', 'configs', file),
  ];
  return candidates.find((c) => existsSync(c));
}

const buildById = new Map(kernelBuilds.map((b) => [b.id, b]));

/** A real kernel build of the matrix by id. */
export function getKernelBuild(id: string): KernelBuild | undefined {
  return buildById.get(id);
}

/** The Kconfig symbols the matrix records for every build. */
export const trackedKernelSymbols: ReadonlySet<string> = new Set(trackedSymbols);

/**
 * The preset's kernel build for the host's arch. With a per-arch table and a known arch that the
 * table lacks, there is none (another arch's config would be a guess); with the arch unknown, the
 * preset's default build.
 */
export function kernelBuildFor(preset: HostPreset, arch: Arch | undefined): KernelBuild | undefined {
  const id = preset.kernelBuildByArch && arch ? preset.kernelBuildByArch[arch] : preset.kernelBuild;
  return id ? buildById.get(id) : undefined;
}

/** `3.10.0-1160.88.1.el7.x86_64`, `4.18.0-553.el8_10`: Red Hat-style release (RHEL and its rebuilds; not UEK). */
const RHEL_RELEASE = /^(\d+\.\d+\.\d+)-(\d+)(?:\.[\w.]*?)?\.el(\d+)(?:_\d+)?(?:\.(?:x86_64|aarch64|noarch))?$/;

/**
 * The RHEL minor-release build whose kernel a Red Hat-style `uname -r` belongs to: within one
 * major release, each minor has its own base build number (4.18.0-305.* is RHEL 8.4), and the
 * rebuilds (AlmaLinux, Rocky, CentOS, Oracle RHCK) keep Red Hat's numbering. Undefined for other
 * kernels (UEK's `el8uek`, upstream versions) and for minors without a build in the matrix.
 */
export function rhelBuildForRelease(release: string, arch: Arch | undefined): KernelBuild | undefined {
  const m = RHEL_RELEASE.exec(release.trim());
  if (!m) return undefined;
  const [, version, base] = m;
  const prefix = `${version}-${base}.`;
  // The release's own arch suffix is the best evidence; then the host's arch; RHEL hosts are mostly amd64.
  const want: Arch = /\.aarch64$/.test(release) ? 'arm64' : /\.x86_64$/.test(release) ? 'amd64' : (arch ?? 'amd64');
  return kernelBuilds.find((b) => b.id.startsWith('rhel-') && b.release.startsWith(prefix) && b.arch === want);
}

/** Ids of the presets judged by this kernel build (so a host matched by its uname -r gets their run-time defaults). */
export function presetsForBuild(buildId: string): readonly string[] {
  // Asked once per feature evaluation (every analysis); the preset table never changes.
  let ids = presetsByBuild.get(buildId);
  if (ids === undefined) {
    ids = hostPresets
      .filter((p) => p.kernelBuild === buildId || Object.values(p.kernelBuildByArch ?? {}).includes(buildId))
      .map((p) => p.id);
    presetsByBuild.set(buildId, ids);
  }
  return ids;
}
const presetsByBuild = new Map<string, readonly string[]>();
