/**
 * Enterprise Linux family (CentOS, CentOS Stream, Rocky, AlmaLinux, Oracle Linux, Red Hat UBI),
 * Amazon Linux, Fedora and Azure Linux: releases and the tag rules of their images.
 *
 * Dates: `supportEnds` is the end of free maintenance updates (endoflife.date "EOL"), not the
 * earlier end of "full/active" support; `extendedSupportEnds` is paid extended support (ELS, OL
 * extended support) or the same date when none exists.
 */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

const EOL = (p: string) => `endoflife-date/endoflife.date products/${p}.md @ a70eca33 (2026-08-22)`;
const OI = (p: string) => `docker-library/official-images library/${p} @ 37079fb3 (2026-08-21)`;
const EL7_SPEC = 'lambci/yumda amazon-linux-1/build/specs/amzn1/glibc.spec (%define enablekernel 2.6.32; RHEL7-family glibc 2.17)';
const EL8_SPEC = 'openela-main/glibc SPECS/glibc.spec branch el8 (glibc 2.28, %define enablekernel 3.2)';
const EL9_SPEC = 'openela-main/glibc SPECS/glibc.spec branch el9 (glibc 2.34, %define enablekernel 3.2)';
const EL_KERNELS =
  'uname -r reports in public repositories: 3.10.0-1160.el7 (CentOS 7), 4.18.0-553.el8_10 (RHEL/Rocky 8.10), 5.14.0-570.el9_6 (Rocky 9.6)';
// endoflife.date corrected AlmaLinux 8 upstream in 200b267f (#10170, 2026-05-27): eoas 2024-05-31,
// eol 2029-05-31 (RHEL 8's date); older snapshots said 2029-03-01.
const ALMA8_EOL =
  'endoflife-date/endoflife.date products/almalinux.md @ a70eca33 (releaseCycle 8: releaseDate 2021-03-30, eoas 2024-05-31, eol 2029-05-31; corrected from 2029-03-01 in 200b267f, #10170)';
const AL2_KERNEL =
  'https://docs.aws.amazon.com/linux/al2/ug/aml2-kernel.html ("AL2 AMIs are available with kernel versions 4.14 and 5.10, with version 5.10 as the default")';
const CENTOS7_SYSTEMD = 'https://github.com/lxc/lxc/issues/4072 ; https://github.com/containers/crun/issues/696 (systemd 219 boot banner)';

const EL7_LIBC = { kind: 'glibc', version: '2.17', minKernel: '2.6.32' } as const;
const EL8_LIBC = { kind: 'glibc', version: '2.28', minKernel: '3.2' } as const;
const EL9_LIBC = { kind: 'glibc', version: '2.34', minKernel: '3.2' } as const;
const EL10_LIBC = { kind: 'glibc' } as const; // glibc version and ABI note for EL10 not verified
const EL_SUCCESSORS = ['rockylinux/rockylinux:9', 'almalinux:9'];

const rhel = { os: 'linux', family: 'rhel' } as const;
const AZL_EOL =
  'endoflife-date/endoflife.date products/azure-linux.md @ b923d030 (1.0: 2020-09-16 – 2023-08-31; 2.0: 2022-05-25 – 2025-07-31; 3.0: 2024-08-01 – 2027-08-31)';
const MARINER2_NOTES =
  'https://github.com/microsoft/azurelinux/releases/tag/2.0.20220426-2.0 ("Initial CBL-Mariner 2.0 Release": Glibc 2.35, Systemd 250.3, Kernel 5.15)';

export const enterpriseReleases: DistroRelease[] = [
  // CentOS Linux (Docker Hub library/centos, all tags removed 2024-07-01)
  {
    ...rhel,
    id: 'centos-6',
    distro: 'centos',
    distroName: 'CentOS Linux',
    version: '6',
    label: 'CentOS Linux 6',
    packageManager: 'yum',
    released: '2011-07-10',
    supportEnds: '2020-11-30',
    extendedSupportEnds: '2020-11-30',
    libc: { kind: 'glibc', version: '2.12' },
    successors: EL_SUCCESSORS,
    source: EOL('centos'),
    sources: [`${OI('centos')} history: tags 6, centos6, centos6.10 removed 2022-02-08`],
    notes: 'Its glibc relies on the vsyscall page: hosts booted with vsyscall=none crash its binaries (exit 139).',
  },
  {
    ...rhel,
    id: 'centos-7',
    distro: 'centos',
    distroName: 'CentOS Linux',
    version: '7',
    label: 'CentOS Linux 7',
    packageManager: 'yum',
    released: '2014-07-07',
    supportEnds: '2024-06-30',
    extendedSupportEnds: '2024-06-30',
    libc: EL7_LIBC,
    distroKernel: '3.10',
    init: { kind: 'systemd', version: '219' },
    successors: EL_SUCCESSORS,
    source: EOL('centos'),
    sources: [EL7_SPEC, EL_KERNELS, CENTOS7_SYSTEMD, `${OI('centos')} history: removed 2024-07-01 "now fully EOL"`],
    notes: 'systemd 219 predates cgroup v2 support (systemd 230+).',
  },
  {
    ...rhel,
    id: 'centos-8',
    distro: 'centos',
    distroName: 'CentOS Linux',
    version: '8',
    label: 'CentOS Linux 8',
    packageManager: 'dnf',
    released: '2019-09-24',
    supportEnds: '2021-12-31',
    extendedSupportEnds: '2021-12-31',
    libc: EL8_LIBC,
    distroKernel: '4.18',
    successors: EL_SUCCESSORS,
    source: EOL('centos'),
    sources: [EL8_SPEC, EL_KERNELS, `${OI('centos')} history (last tag 8.4.2105)`],
  },
  // CentOS Stream (quay.io/centos/centos:streamN)
  {
    ...rhel,
    id: 'centos-stream-8',
    distro: 'centos-stream',
    distroName: 'CentOS Stream',
    version: '8',
    label: 'CentOS Stream 8',
    packageManager: 'dnf',
    released: '2019-09-24',
    supportEnds: '2024-05-31',
    extendedSupportEnds: '2024-05-31',
    libc: EL8_LIBC,
    distroKernel: '4.18',
    successors: ['quay.io/centos/centos:stream10', 'rockylinux/rockylinux:9'],
    source: EOL('centos-stream'),
    sources: [EL8_SPEC, EL_KERNELS],
  },
  {
    ...rhel,
    id: 'centos-stream-9',
    distro: 'centos-stream',
    distroName: 'CentOS Stream',
    version: '9',
    label: 'CentOS Stream 9',
    packageManager: 'dnf',
    released: '2021-09-15',
    supportEnds: '2027-05-31',
    extendedSupportEnds: '2027-05-31',
    libc: EL9_LIBC,
    distroKernel: '5.14',
    successors: ['quay.io/centos/centos:stream10'],
    source: EOL('centos-stream'),
    sources: [EL9_SPEC, EL_KERNELS],
  },
  {
    ...rhel,
    id: 'centos-stream-10',
    distro: 'centos-stream',
    distroName: 'CentOS Stream',
    version: '10',
    label: 'CentOS Stream 10',
    packageManager: 'dnf',
    released: '2024-12-12',
    supportEnds: '2030-05-31',
    extendedSupportEnds: '2030-05-31',
    libc: EL10_LIBC,
    source: EOL('centos-stream'),
  },
  // Rocky Linux (library/rockylinux is frozen at 9.3/8.9; rockylinux/rockylinux is maintained)
  {
    ...rhel,
    id: 'rockylinux-8',
    distro: 'rockylinux',
    distroName: 'Rocky Linux',
    version: '8',
    label: 'Rocky Linux 8',
    packageManager: 'dnf',
    released: '2021-05-01',
    supportEnds: '2029-05-31',
    extendedSupportEnds: '2029-05-31',
    libc: EL8_LIBC,
    distroKernel: '4.18',
    source: EOL('rocky-linux'),
    sources: [EL8_SPEC, EL_KERNELS],
  },
  {
    ...rhel,
    id: 'rockylinux-9',
    distro: 'rockylinux',
    distroName: 'Rocky Linux',
    version: '9',
    label: 'Rocky Linux 9',
    packageManager: 'dnf',
    released: '2022-07-14',
    supportEnds: '2032-05-31',
    extendedSupportEnds: '2032-05-31',
    libc: EL9_LIBC,
    distroKernel: '5.14',
    source: EOL('rocky-linux'),
    sources: [EL9_SPEC, EL_KERNELS],
  },
  {
    ...rhel,
    id: 'rockylinux-10',
    distro: 'rockylinux',
    distroName: 'Rocky Linux',
    version: '10',
    label: 'Rocky Linux 10',
    packageManager: 'dnf',
    released: '2025-06-11',
    supportEnds: '2035-05-31',
    extendedSupportEnds: '2035-05-31',
    libc: EL10_LIBC,
    source: EOL('rocky-linux'),
  },
  // AlmaLinux
  {
    ...rhel,
    id: 'almalinux-8',
    distro: 'almalinux',
    distroName: 'AlmaLinux',
    version: '8',
    label: 'AlmaLinux 8',
    packageManager: 'dnf',
    released: '2021-03-30',
    supportEnds: '2029-05-31',
    extendedSupportEnds: '2029-05-31',
    libc: EL8_LIBC,
    distroKernel: '4.18',
    source: ALMA8_EOL,
    sources: [EL8_SPEC, EL_KERNELS, `${OI('almalinux')} (8.10-20260602)`],
    notes: 'AlmaLinux 8 security support ends 2029-05-31, with RHEL 8 maintenance.',
  },
  {
    ...rhel,
    id: 'almalinux-9',
    distro: 'almalinux',
    distroName: 'AlmaLinux',
    version: '9',
    label: 'AlmaLinux 9',
    packageManager: 'dnf',
    released: '2022-05-26',
    supportEnds: '2032-05-31',
    extendedSupportEnds: '2032-05-31',
    libc: EL9_LIBC,
    distroKernel: '5.14',
    source: EOL('almalinux'),
    sources: [EL9_SPEC, EL_KERNELS, OI('almalinux')],
  },
  {
    ...rhel,
    id: 'almalinux-10',
    distro: 'almalinux',
    distroName: 'AlmaLinux',
    version: '10',
    label: 'AlmaLinux 10',
    packageManager: 'dnf',
    released: '2025-05-27',
    supportEnds: '2035-05-31',
    extendedSupportEnds: '2035-05-31',
    libc: EL10_LIBC,
    source: EOL('almalinux'),
    sources: [OI('almalinux')],
  },
  // Oracle Linux (library/oraclelinux). distroKernel absent: OL hosts boot UEK or RHCK, which differ.
  {
    ...rhel,
    id: 'oraclelinux-7',
    distro: 'oraclelinux',
    distroName: 'Oracle Linux',
    version: '7',
    label: 'Oracle Linux 7',
    packageManager: 'yum',
    released: '2014-07-23',
    supportEnds: '2024-12-31',
    extendedSupportEnds: '2028-06-30',
    libc: { kind: 'glibc', version: '2.17' },
    successors: ['oraclelinux:9'],
    source: EOL('oracle-linux'),
    sources: [OI('oraclelinux')],
  },
  {
    ...rhel,
    id: 'oraclelinux-8',
    distro: 'oraclelinux',
    distroName: 'Oracle Linux',
    version: '8',
    label: 'Oracle Linux 8',
    packageManager: 'dnf',
    released: '2019-07-19',
    supportEnds: '2029-07-31',
    extendedSupportEnds: '2032-07-31',
    libc: EL8_LIBC,
    source: EOL('oracle-linux'),
    sources: [EL8_SPEC, OI('oraclelinux')],
  },
  {
    ...rhel,
    id: 'oraclelinux-9',
    distro: 'oraclelinux',
    distroName: 'Oracle Linux',
    version: '9',
    label: 'Oracle Linux 9',
    packageManager: 'dnf',
    released: '2022-07-06',
    supportEnds: '2032-06-30',
    extendedSupportEnds: '2035-06-30',
    libc: EL9_LIBC,
    source: EOL('oracle-linux'),
    sources: [EL9_SPEC, OI('oraclelinux')],
  },
  {
    ...rhel,
    id: 'oraclelinux-10',
    distro: 'oraclelinux',
    distroName: 'Oracle Linux',
    version: '10',
    label: 'Oracle Linux 10',
    packageManager: 'dnf',
    released: '2025-06-26',
    libc: EL10_LIBC,
    source: EOL('oracle-linux'),
    sources: [OI('oraclelinux')],
    notes: 'End of support not announced as of the knowledge date.',
  },
  // Red Hat Universal Base Image
  {
    ...rhel,
    id: 'ubi-8',
    distro: 'ubi',
    distroName: 'Red Hat Universal Base Image',
    version: '8',
    label: 'Red Hat UBI 8 (RHEL 8 userland)',
    packageManager: 'dnf',
    released: '2019-05-07',
    supportEnds: '2029-05-31',
    extendedSupportEnds: '2033-05-31',
    libc: EL8_LIBC,
    distroKernel: '4.18',
    successors: ['registry.access.redhat.com/ubi9'],
    source: EOL('rhel'),
    sources: [EL8_SPEC, EL_KERNELS],
    notes: 'ubi-minimal uses microdnf; ubi-micro has no package manager.',
  },
  {
    ...rhel,
    id: 'ubi-9',
    distro: 'ubi',
    distroName: 'Red Hat Universal Base Image',
    version: '9',
    label: 'Red Hat UBI 9 (RHEL 9 userland)',
    packageManager: 'dnf',
    released: '2022-05-18',
    supportEnds: '2032-05-31',
    extendedSupportEnds: '2036-05-31',
    libc: EL9_LIBC,
    distroKernel: '5.14',
    source: EOL('rhel'),
    sources: [EL9_SPEC, EL_KERNELS],
    notes: 'ubi-minimal uses microdnf; ubi-micro has no package manager.',
  },
  {
    ...rhel,
    id: 'ubi-10',
    distro: 'ubi',
    distroName: 'Red Hat Universal Base Image',
    version: '10',
    label: 'Red Hat UBI 10 (RHEL 10 userland)',
    packageManager: 'dnf',
    released: '2025-05-20',
    supportEnds: '2035-05-31',
    extendedSupportEnds: '2039-05-31',
    libc: EL10_LIBC,
    source: EOL('rhel'),
    notes: 'ubi-minimal uses microdnf; ubi-micro has no package manager.',
  },
  // Amazon Linux
  {
    ...rhel,
    id: 'amazonlinux-2018.03',
    distro: 'amazonlinux',
    distroName: 'Amazon Linux',
    version: '2018.03',
    label: 'Amazon Linux AMI 2018.03 (Amazon Linux 1)',
    packageManager: 'yum',
    released: '2018-04-25',
    supportEnds: '2023-12-31',
    extendedSupportEnds: '2023-12-31',
    libc: EL7_LIBC,
    distroKernel: '4.14',
    successors: ['amazonlinux:2023'],
    source: EOL('amazon-linux'),
    sources: ['lambci/yumda amazon-linux-1/build/specs/amzn1/{glibc,kernel}.spec (enablekernel 2.6.32; kernel 4.14.193)'],
  },
  {
    ...rhel,
    id: 'amazonlinux-2',
    distro: 'amazonlinux',
    distroName: 'Amazon Linux',
    version: '2',
    label: 'Amazon Linux 2',
    packageManager: 'yum',
    released: '2018-06-26',
    supportEnds: '2026-06-30',
    extendedSupportEnds: '2026-06-30',
    libc: { kind: 'glibc', version: '2.26', minKernel: '3.2' },
    distroKernel: '5.10',
    init: { kind: 'systemd', version: '219' },
    successors: ['amazonlinux:2023'],
    source: EOL('amazon-linux'),
    sources: [
      'lambci/yumda amazon-linux-2/build/specs/amzn2/{glibc,systemd}.spec (enablekernel 3.2; systemd 219)',
      AL2_KERNEL,
      `${OI('amazonlinux')} (2.0.20260817.0)`,
    ],
    notes: 'AL2 AMIs boot kernel 5.10 by default; 4.14 AMIs also exist (the original AL2 kernel).',
  },
  {
    ...rhel,
    id: 'amazonlinux-2023',
    distro: 'amazonlinux',
    distroName: 'Amazon Linux',
    version: '2023',
    label: 'Amazon Linux 2023',
    packageManager: 'dnf',
    released: '2023-03-01',
    supportEnds: '2029-06-30',
    extendedSupportEnds: '2029-06-30',
    libc: { kind: 'glibc' },
    source: EOL('amazon-linux'),
    sources: [`${OI('amazonlinux')} (2023.12.20260817.0)`],
    notes: 'Standard support ends 2027-06-30; maintenance support to 2029-06-30.',
  },
  // CBL-Mariner / Azure Linux (mcr.microsoft.com/cbl-mariner/*, mcr.microsoft.com/azurelinux/*, .NET -azurelinux3.0 tags).
  // Dates: endoflife.date products/azure-linux.md. Azure Linux 4.0 is a preview it does not list: its row has no dates.
  {
    ...rhel,
    id: 'mariner-1.0',
    distro: 'azurelinux',
    distroName: 'CBL-Mariner',
    version: '1.0',
    label: 'CBL-Mariner 1.0',
    packageManager: 'tdnf',
    released: '2020-09-16',
    supportEnds: '2023-08-31',
    extendedSupportEnds: '2023-08-31',
    libc: { kind: 'glibc' },
    successors: ['mcr.microsoft.com/azurelinux/base/core:3.0'],
    source: AZL_EOL,
  },
  {
    ...rhel,
    id: 'mariner-2.0',
    distro: 'azurelinux',
    distroName: 'CBL-Mariner',
    version: '2.0',
    label: 'CBL-Mariner 2.0 (Azure Linux 2.0)',
    packageManager: 'tdnf',
    released: '2022-05-25',
    supportEnds: '2025-07-31',
    extendedSupportEnds: '2025-07-31',
    libc: { kind: 'glibc', version: '2.35' },
    distroKernel: '5.15',
    init: { kind: 'systemd', version: '250' },
    successors: ['mcr.microsoft.com/azurelinux/base/core:3.0'],
    source: AZL_EOL,
    sources: [MARINER2_NOTES],
  },
  {
    ...rhel,
    id: 'azurelinux-3.0',
    distro: 'azurelinux',
    distroName: 'Azure Linux',
    version: '3.0',
    label: 'Azure Linux 3.0',
    packageManager: 'tdnf',
    released: '2024-08-01',
    supportEnds: '2027-08-31',
    extendedSupportEnds: '2027-08-31',
    libc: { kind: 'glibc', version: '2.38' },
    source:
      'https://github.com/microsoft/azurelinux/issues/17585 (mcr.microsoft.com/azurelinux/distroless/base:3.0 ships glibc 2.38-19.azl3)',
    sources: [AZL_EOL, 'https://github.com/microsoft/msquic/issues/4450 (tdnf on Azure Linux 3.0)'],
  },
  {
    // A public preview: no release or support dates are published (endoflife.date leaves it out for that reason).
    ...rhel,
    id: 'azurelinux-4.0',
    distro: 'azurelinux',
    distroName: 'Azure Linux',
    version: '4.0',
    label: 'Azure Linux 4.0 (public preview, based on Fedora 44)',
    packageManager: 'dnf',
    libc: { kind: 'glibc' },
    source:
      'https://github.com/microsoft/azurelinux/issues/13850 (2026-06-05: "Azure Linux 4.0 is now in public preview for VM/VMSS and Containers")',
    sources: [
      'https://github.com/dotnet/dotnet-buildtools-prereqs-docker/pull/1645 ("Azure Linux 4.0 is based on Fedora 44")',
      'https://github.com/containerd/overlaybd/issues/411 (beta image mcr.microsoft.com/azurelinux-beta/base/core:4.0)',
      `${AZL_EOL.replace(/ \(.*$/, '')} ("Azure Linux 4.0, based on Fedora Linux, is currently in preview … so it is not listed")`,
    ],
    notes: 'A preview: Microsoft does not recommend it for production yet; packages are managed with dnf (dnf5).',
  },
];

// Fedora: glibc versions of 38–44 are not verified; the releases carry dates only.
const fedora = (version: string, released: string, supportEnds: string, extra: Partial<DistroRelease> = {}): DistroRelease => ({
  ...rhel,
  id: `fedora-${version}`,
  distro: 'fedora',
  distroName: 'Fedora Linux',
  version,
  label: `Fedora ${version}`,
  packageManager: 'dnf',
  released,
  supportEnds,
  libc: { kind: 'glibc' },
  source: EOL('fedora'),
  sources: [OI('fedora')],
  ...extra,
});
const TO_FEDORA_44 = { successors: ['fedora:44'] };
enterpriseReleases.push(
  fedora('38', '2023-04-18', '2024-05-21', TO_FEDORA_44),
  fedora('39', '2023-11-07', '2024-11-26', TO_FEDORA_44),
  fedora('40', '2024-04-23', '2025-05-13', TO_FEDORA_44),
  fedora('41', '2024-10-29', '2025-12-15', TO_FEDORA_44),
  fedora('42', '2025-04-15', '2026-05-27', TO_FEDORA_44),
  fedora('43', '2025-10-28', '2026-12-09'),
  fedora('44', '2026-04-28', '2027-06-02'),
  {
    ...rhel,
    id: 'fedora-rawhide',
    distro: 'fedora',
    distroName: 'Fedora Linux',
    version: '45',
    label: 'Fedora Rawhide (45, in development)',
    packageManager: 'dnf',
    rolling: true,
    libc: { kind: 'glibc' },
    source: OI('fedora'),
  },
);

const CENTOS = ['docker.io/library/centos'];
const STREAM = ['quay.io/centos/centos'];
const ROCKY_LIB = ['docker.io/library/rockylinux'];
const ROCKY = ['docker.io/rockylinux/rockylinux', 'quay.io/rockylinux/rockylinux'];
const ALMA = ['docker.io/library/almalinux', 'quay.io/almalinuxorg/almalinux', 'docker.io/almalinux/almalinux'];
const ORACLE = ['docker.io/library/oraclelinux', 'container-registry.oracle.com/os/oraclelinux'];
const AMAZON = ['docker.io/library/amazonlinux', 'public.ecr.aws/amazonlinux/amazonlinux'];
const FEDORA = ['docker.io/library/fedora', 'registry.fedoraproject.org/fedora', 'quay.io/fedora/fedora'];
const AZURE = [
  'mcr.microsoft.com/azurelinux/base/core',
  'mcr.microsoft.com/azurelinux/distroless/base',
  'mcr.microsoft.com/azurelinux/distroless/minimal',
];

/** UBI repositories: every registry and spelling (ubi9, ubi9/ubi, ubi9-minimal, ubi9/ubi-minimal, redhat/ubi9-minimal …). */
function ubiRepositories(major: string, variant: '' | 'minimal' | 'micro' | 'init'): string[] {
  const flat = variant ? `ubi${major}-${variant}` : `ubi${major}`;
  const nested = `ubi${major}/ubi${variant ? `-${variant}` : ''}`;
  return [
    ...['registry.access.redhat.com', 'registry.redhat.io'].flatMap((r) => [`${r}/${flat}`, `${r}/${nested}`]),
    `docker.io/redhat/${flat}`,
  ];
}
const UBI_SRC = 'https://catalog.redhat.com (registry.access.redhat.com/ubiN[/ubi|-minimal|-micro|-init]); Docker Hub redhat/ubiN mirrors';
const ubiRules: ImageTagRule[] = ['7', '8', '9', '10'].flatMap((major) =>
  (['', 'minimal', 'micro', 'init'] as const).map((variant) => ({
    id: `ubi/${major}${variant ? `-${variant}` : ''}`,
    repositories: ubiRepositories(major, variant),
    // Tags: latest, 9.4, 9.4-1194, 9.4-1194.1716471858: all the same major release.
    tag: new RegExp(`^(?:latest|${major}(?:\\.\\d+)*(?:-[\\d.]+)?)$`),
    release: `ubi-${major}`,
    ...(variant ? { variant } : {}),
    // Every tag of ubi9, ubi9-minimal, … is a UBI 9 build, so a reference by digest alone is UBI 9 too.
    repositoryDecides: true,
    source: UBI_SRC,
  })),
);

/**
 * UBI application images (ubi8/nodejs-18, ubi9/python-39, ubi8/openjdk-17, ubi9/go-toolset, …): every image in a
 * ubiN/ namespace of Red Hat's registries is built on UBI N, so its userland is UBI N whatever the tag.
 */
const ubiApplicationRules: ImageTagRule[] = ['7', '8', '9', '10'].map((major) => ({
  id: `ubi/${major}-application`,
  repositories: ['registry.access.redhat.com', 'registry.redhat.io'].map((r) => `${r}/ubi${major}/*`),
  tag: /^.+$/,
  release: `ubi-${major}`,
  variant: 'application image',
  repositoryDecides: true,
  source:
    'https://catalog.redhat.com/software/containers/search (ubiN/<language>-<version>: application images built on UBI N, e.g. ubi8/nodejs-18, ubi9/python-39)',
}));

/**
 * RHEL application images (registry.redhat.io/rhel9/nodejs-16, rhel8/nginx-114, …): the rhelN/ namespace holds the
 * images Red Hat builds for RHEL N, on the RHEL N userland (sclorg builds them FROM ubiN/s2i-core, the UBI N base).
 */
const rhelApplicationRules: ImageTagRule[] = [
  // The bootable container of image mode for RHEL: the RHEL N userland plus what boots it (kernel, initrd, boot
  // loader, firmware), not an application image.
  ...['9', '10'].map(
    (major): ImageTagRule => ({
      id: `rhel/${major}-bootc`,
      repositories: ['registry.redhat.io', 'registry.access.redhat.com'].map((r) => `${r}/rhel${major}/rhel-bootc`),
      tag: /^.+$/,
      release: `ubi-${major}`,
      variant: 'RHEL bootable container (image mode)',
      repositoryDecides: true,
      source: `https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/${major}/html/using_image_mode_for_rhel_to_build_deploy_and_manage_operating_systems/ ("Image mode for RHEL is available by using the registry.redhat.io/rhel${major}/rhel-bootc bootc image. The RHEL bootc images differ from the existing application Universal Base Images (UBI) in that they contain additional components necessary to boot that were traditionally excluded, such as, kernel, initrd, boot loader, firmware")`,
    }),
  ),
  ...['7', '8', '9', '10'].map(
    (major): ImageTagRule => ({
      id: `rhel/${major}-application`,
      repositories: ['registry.access.redhat.com', 'registry.redhat.io'].map((r) => `${r}/rhel${major}/*`),
      tag: /^.+$/,
      release: `ubi-${major}`,
      variant: 'RHEL application image',
      repositoryDecides: true,
      source:
        'sclorg/nginx-container @ 799a7656: 1.14/Dockerfile.rhel8 (FROM ubi8/s2i-core:1, LABEL name="rhel8/nginx-114"); sclorg/s2i-nodejs-container @ e937ad44: 16/Dockerfile.rhel9 (FROM ubi9/s2i-core:1); https://catalog.redhat.com/software/containers/search (rhelN/<image>)',
    }),
  ),
];

/** CBL-Mariner base images: the tag names the release (1.0, 2.0, dated builds such as 2.0.20251206). */
const MARINER = [
  'mcr.microsoft.com/cbl-mariner/base/core',
  'mcr.microsoft.com/cbl-mariner/distroless/base',
  'mcr.microsoft.com/cbl-mariner/distroless/minimal',
];
const MARINER_SRC = `${AZL_EOL}; microsoft/go-images @ 8173f2a1: src/microsoft/1.25/cbl-mariner2.0/Dockerfile (FROM mcr.microsoft.com/cbl-mariner/base/core:2.0)`;

export const enterpriseRules: ImageTagRule[] = [
  {
    id: 'centos/version',
    repositories: CENTOS,
    tag: /^(?:centos)?(?<v>[5678])(?:\.\d+(?:\.\d+)?)?$/,
    release: 'centos-{v}',
    source: `${OI('centos')} history (tags 7, centos7, 7.9.2009, centos7.9.2009; removed 2024-07-01)`,
  },
  {
    id: 'centos/latest',
    repositories: CENTOS,
    tag: /^latest$/,
    unknown:
      'centos:latest is no longer published (CentOS Linux reached end of life; every tag was removed from Docker Hub on 2024-07-01); name a release such as centos:7 or move to rockylinux/rockylinux:9',
    source: `${OI('centos')} history`,
  },
  {
    id: 'centos-stream/version',
    repositories: STREAM,
    tag: /^stream(?<v>8|9|10)(?:-[a-z0-9.-]+)?$/,
    release: 'centos-stream-{v}',
    source: 'https://quay.io/repository/centos/centos?tab=tags',
  },
  {
    id: 'rockylinux/library',
    repositories: ROCKY_LIB,
    tag: /^(?<v>8|9)(?:\.\d+(?:\.\d{8})?)?(?:-(?<variant>minimal))?$/,
    release: 'rockylinux-{v}',
    variant: '{variant}',
    source: `${OI('rockylinux')} (frozen at 9.3.20231119 / 8.9.20231119 since 2023-11-30)`,
    note: 'library/rockylinux is no longer updated; Rocky publishes rockylinux/rockylinux.',
  },
  {
    id: 'rockylinux/org',
    repositories: ROCKY,
    tag: /^(?<v>8|9|10)(?:\.\d+(?:\.\d{8})?)?(?:-(?<variant>minimal|ubi|ubi-init|ubi-micro))?$/,
    release: 'rockylinux-{v}',
    variant: '{variant}',
    source: 'docker-library/docs rockylinux/deprecated.md (use rockylinux/rockylinux); Docker Hub rockylinux/rockylinux tags',
  },
  {
    id: 'almalinux/version',
    repositories: ALMA,
    tag: /^(?<v>8|9|10)(?:\.\d+(?:-\d{8})?)?(?:-(?<variant>minimal|micro|init|base))?$/,
    release: 'almalinux-{v}',
    variant: '{variant}',
    source: OI('almalinux'),
  },
  {
    id: 'almalinux/latest',
    repositories: ALMA,
    tag: /^(?:latest|(?<variant>minimal))$/,
    release: 'almalinux-10',
    variant: '{variant}',
    moving: { pin: 'almalinux:10{-variant}' },
    source: `${OI('almalinux')} (latest = 10)`,
  },
  ...['8', '9', '10'].flatMap((v) =>
    (['base', 'minimal', 'micro', 'init'] as const).map((x) => ({
      id: `almalinux/quay-${v}-${x}`,
      repositories: [`quay.io/almalinuxorg/${v}-${x}`],
      tag: /^(?:latest|\d+(?:\.\d+)*(?:-\d{8})?)$/,
      release: `almalinux-${v}`,
      ...(x === 'base' ? {} : { variant: x }),
      source: 'https://quay.io/organization/almalinuxorg (8-base, 9-minimal, 10-micro, …)',
    })),
  ),
  {
    id: 'oraclelinux/version',
    repositories: ORACLE,
    tag: /^(?<v>5|6|7|8|9|10)(?:\.\d+)?(?:-(?<variant>slim)(?:-fips)?)?$/,
    release: 'oraclelinux-{v}',
    variant: '{variant}',
    source: `${OI('oraclelinux')} (7, 7.9, 7-slim, 8.10, 9-slim-fips, 10-slim)`,
  },
  ...ubiRules,
  ...ubiApplicationRules,
  ...rhelApplicationRules,
  {
    id: 'amazonlinux/version',
    repositories: AMAZON,
    tag: /^(?<v>2023|20[12]\d\.\d\d|2)(?:\.\d+)*(?:-[a-z0-9.]+)?$/,
    release: 'amazonlinux-{v}',
    source: OI('amazonlinux'),
  },
  {
    id: 'amazonlinux/1',
    repositories: AMAZON,
    tag: /^1$/,
    release: 'amazonlinux-2018.03',
    source: `${OI('amazonlinux')} history (1 = 2018.03)`,
  },
  {
    id: 'amazonlinux/latest',
    repositories: AMAZON,
    tag: /^latest$/,
    release: 'amazonlinux-2023',
    moving: { pin: 'amazonlinux:2023' },
    source: `${OI('amazonlinux')} (latest = 2023)`,
  },
  { id: 'fedora/version', repositories: FEDORA, tag: /^(?<v>\d{1,2})$/, release: 'fedora-{v}', source: OI('fedora') },
  {
    id: 'fedora/rawhide',
    repositories: FEDORA,
    tag: /^(?:rawhide|45)$/,
    release: 'fedora-rawhide',
    source: `${OI('fedora')} (rawhide = 45)`,
  },
  {
    id: 'fedora/latest',
    repositories: FEDORA,
    tag: /^latest$/,
    release: 'fedora-44',
    moving: { pin: 'fedora:44' },
    source: `${OI('fedora')} (latest = 44)`,
  },
  {
    id: 'azurelinux/3.0',
    repositories: AZURE,
    tag: /^3\.0(?:[.-][0-9a-z.-]+)?$/,
    release: 'azurelinux-3.0',
    source: 'https://github.com/microsoft/azurelinux/issues/17585',
  },
  {
    id: 'azurelinux/4.0',
    repositories: [...AZURE, ...AZURE.map((r) => r.replace('/azurelinux/', '/azurelinux-beta/'))],
    tag: /^4\.0(?:[.-][0-9a-z.-]+)?$/,
    release: 'azurelinux-4.0',
    source:
      'https://github.com/containerd/overlaybd/issues/411 (mcr.microsoft.com/azurelinux-beta/base/core:4.0: "AZL4 is only published under -beta until GA")',
  },
  {
    id: 'cbl-mariner/version',
    repositories: MARINER,
    tag: /^(?<v>[12]\.0)(?:[.-][0-9a-z.-]+)?$/,
    release: 'mariner-{v}',
    source: MARINER_SRC,
  },
];
