/**
 * Release rows built from the generated endoflife.date tables (generated/endoflifeReleases.ts), for
 * every release the hand-written tables do not describe (old Ubuntu and Debian, Alpine 3.0–3.11,
 * CentOS 5, Fedora, older Amazon Linux, Oracle Linux 5–6, UBI 7, …). The hand-written rows win: they
 * carry verified libc versions and kernels; these rows carry the dates and the libc kind only
 * (`libc.version` absent = not verified), so the hover never states a version it was not given.
 */
import type { DistroRelease, LibcInfo, PackageFamily, PackageManager } from '../types';
import { endoflifeReleases, endoflifeSource } from './generated/endoflifeReleases';

type Row = readonly [string, string, string, string, string, number, string];

const EOL_SRC = (product: string) =>
  `endoflife-date/endoflife.date products/${product}.md @ ${endoflifeSource.commit.slice(0, 8)} (${endoflifeSource.date})`;
/** Ubuntu's libc6 came from the eglibc source package from 9.10 to 14.10, from glibc again since 15.04. */
const UBUNTU_EGLIBC =
  'https://launchpad.net/ubuntu/+source/eglibc (published in Ubuntu 9.10 karmic … 14.10 utopic; libc6 from glibc again since 15.04)';
/** Debian shipped libc6 from eglibc in squeeze (6) and wheezy (7), from glibc again since jessie (8). */
const DEBIAN_EGLIBC = 'https://tracker.debian.org/pkg/eglibc (libc6 source in squeeze and wheezy; glibc again from jessie)';
/** Wheezy's libc6 stayed on eglibc 2.13 through its last LTS update (the version vsyscall-required reads). */
const WHEEZY_EGLIBC =
  'debian-lts-changes, Source: eglibc, Version: 2.13-38+deb7u12, Distribution: wheezy-security, 2017-06-17 (https://www.mail-archive.com/debian-lts-changes@lists.debian.org/msg01103.html); earlier wheezy-security uploads 2.13-38+deb7u3, +deb7u4 (debian-changes, 2014)';

/**
 * CentOS 5 rebuilt RHEL 5, whose libc stayed glibc 2.5 for the whole release (the last errata are
 * 2.5-123.el5_11.*); old enough to call the vsyscall page (vsyscall-required reads the version).
 */
const CENTOS5_GLIBC =
  'https://rhn.redhat.com/errata/RHSA-2015-0090.html (RHSA-2015:0090, the RHEL 5 glibc erratum: glibc-2.5-123.el5_11.1); CentOS 5 packages: http://mirror.centos.org/centos/5/os/x86_64/CentOS/glibc-common-2.5-123.x86_64.rpm (5.11 release tree), http://mirror.centos.org/centos/5/updates/i386/RPMS/glibc-2.5-123.el5_11.1.i386.rpm';

interface ProductShape {
  product: string;
  id: (cycle: string) => string;
  distro: string;
  distroName: string;
  family: PackageFamily;
  packageManager: (cycle: string) => PackageManager;
  label: (cycle: string, codename: string, lts: boolean) => string;
  codename?: (codename: string) => string | undefined;
  libc: (cycle: string) => { libc: LibcInfo; source?: string } | undefined;
  init?: DistroRelease['init'];
  /** Where to move when the release is past support (references the hand-written tables resolve). */
  successors: string[];
  /** Only cycles this predicate accepts become rows (e.g. Alpine before 3.0 used uClibc). */
  keep?: (cycle: string) => boolean;
  notes?: string;
}

function versionAtLeast(v: string, min: string): boolean {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const SHAPES: ProductShape[] = [
  {
    product: 'ubuntu',
    successors: ['ubuntu:24.04'],
    id: (c) => `ubuntu-${c}`,
    distro: 'ubuntu',
    distroName: 'Ubuntu',
    family: 'debian',
    packageManager: () => 'apt',
    label: (c, _n, lts) => `Ubuntu ${c}${lts ? ' LTS' : ''}`,
    codename: (n) => n || undefined,
    libc: (c) =>
      versionAtLeast(c, '9.10') && !versionAtLeast(c, '15.04')
        ? { libc: { kind: 'eglibc' }, source: UBUNTU_EGLIBC }
        : { libc: { kind: 'glibc' } },
  },
  {
    product: 'debian',
    successors: ['debian:trixie'],
    id: (c) => `debian-${c}`,
    distro: 'debian',
    distroName: 'Debian',
    family: 'debian',
    packageManager: () => 'apt',
    label: (c, n) => `Debian ${c}${n ? ` (${n.toLowerCase()})` : ''}`,
    codename: (n) => (n ? n.toLowerCase() : undefined),
    libc: (c) => {
      if (c === '7') return { libc: { kind: 'eglibc', version: '2.13' }, source: `${DEBIAN_EGLIBC}; ${WHEEZY_EGLIBC}` };
      return c === '6' ? { libc: { kind: 'eglibc' }, source: DEBIAN_EGLIBC } : { libc: { kind: 'glibc' } };
    },
  },
  {
    product: 'alpine-linux',
    successors: ['alpine:3.24'],
    id: (c) => `alpine-${c}`,
    distro: 'alpine',
    distroName: 'Alpine Linux',
    family: 'alpine',
    packageManager: () => 'apk',
    label: (c) => `Alpine Linux ${c}`,
    libc: () => ({ libc: { kind: 'musl' } }),
    init: { kind: 'openrc' },
    keep: (c) => versionAtLeast(c, '3.0'),
  },
  {
    product: 'centos',
    successors: ['rockylinux/rockylinux:9', 'almalinux:9'],
    id: (c) => `centos-${c}`,
    distro: 'centos',
    distroName: 'CentOS Linux',
    family: 'rhel',
    packageManager: (c) => (Number(c) >= 8 ? 'dnf' : 'yum'),
    label: (c) => `CentOS Linux ${c}`,
    libc: (c) => (c === '5' ? { libc: { kind: 'glibc', version: '2.5' }, source: CENTOS5_GLIBC } : { libc: { kind: 'glibc' } }),
  },
  {
    product: 'fedora',
    successors: ['fedora:44'],
    id: (c) => `fedora-${c}`,
    distro: 'fedora',
    distroName: 'Fedora Linux',
    family: 'rhel',
    // Fedora 22 replaced yum with dnf as the default package manager.
    packageManager: (c) => (Number(c) >= 22 ? 'dnf' : 'yum'),
    label: (c) => `Fedora ${c}`,
    codename: (n) => n || undefined,
    libc: () => ({ libc: { kind: 'glibc' } }),
  },
  {
    product: 'amazon-linux',
    successors: ['amazonlinux:2023'],
    id: (c) => `amazonlinux-${c}`,
    distro: 'amazonlinux',
    distroName: 'Amazon Linux',
    family: 'rhel',
    packageManager: (c) => (c === '2023' ? 'dnf' : 'yum'),
    label: (c) => (/^\d{4}\.\d\d$/.test(c) ? `Amazon Linux AMI ${c}` : `Amazon Linux ${c}`),
    libc: () => ({ libc: { kind: 'glibc' } }),
  },
  {
    product: 'oracle-linux',
    successors: ['oraclelinux:9'],
    id: (c) => `oraclelinux-${c}`,
    distro: 'oraclelinux',
    distroName: 'Oracle Linux',
    family: 'rhel',
    packageManager: (c) => (Number(c) >= 8 ? 'dnf' : 'yum'),
    label: (c) => `Oracle Linux ${c}`,
    libc: () => ({ libc: { kind: 'glibc' } }),
  },
  {
    // UBI is the redistributable RHEL userland: a UBI N image follows RHEL N's life cycle. UBI began with RHEL 7.
    product: 'rhel',
    successors: ['registry.access.redhat.com/ubi9'],
    id: (c) => `ubi-${c}`,
    distro: 'ubi',
    distroName: 'Red Hat Universal Base Image',
    family: 'rhel',
    packageManager: (c) => (Number(c) >= 8 ? 'dnf' : 'yum'),
    label: (c) => `Red Hat UBI ${c} (RHEL ${c} userland)`,
    libc: () => ({ libc: { kind: 'glibc' } }),
    keep: (c) => Number(c) >= 7,
  },
  {
    product: 'opensuse',
    successors: ['opensuse/leap:16.0'],
    id: (c) => `opensuse-leap-${c}`,
    distro: 'opensuse-leap',
    distroName: 'openSUSE Leap',
    family: 'suse',
    packageManager: () => 'zypper',
    label: (c) => `openSUSE Leap ${c}`,
    libc: () => ({ libc: { kind: 'glibc' } }),
  },
  {
    product: 'vmware-photon',
    successors: ['photon:5.0'],
    id: (c) => `photon-${c}`,
    distro: 'photon',
    distroName: 'VMware Photon OS',
    family: 'photon',
    packageManager: () => 'tdnf',
    label: (c) => `Photon OS ${c}`,
    libc: () => ({ libc: { kind: 'glibc' } }),
  },
];

/** Latest point release per release id, e.g. 'ubi-8' → '8.10' (endoflife.date `latest`). */
export const latestPointRelease = new Map<string, string>();

/** Rows for every release of the products above whose id is not in `existing`. */
export function releasesFromEndoflife(existing: ReadonlySet<string>): DistroRelease[] {
  const out: DistroRelease[] = [];
  for (const shape of SHAPES) {
    const rows = (endoflifeReleases[shape.product] ?? []) as readonly Row[];
    for (const [cycle, codename, released, eol, extended, lts, latest] of rows) {
      const id = shape.id(cycle);
      if (latest) latestPointRelease.set(id, latest);
      if (existing.has(id) || (shape.keep && !shape.keep(cycle))) continue;
      const libc = shape.libc(cycle);
      if (!libc) continue;
      const release: DistroRelease = {
        id,
        distro: shape.distro,
        distroName: shape.distroName,
        version: cycle,
        label: shape.label(cycle, codename, lts === 1),
        os: 'linux',
        family: shape.family,
        packageManager: shape.packageManager(cycle),
        libc: libc.libc,
        source: EOL_SRC(shape.product),
      };
      const cn = shape.codename?.(codename);
      if (cn) release.codename = cn;
      if (released) release.released = released;
      if (eol && eol !== 'no') release.supportEnds = eol;
      if (extended) release.extendedSupportEnds = extended;
      if (shape.init) release.init = shape.init;
      if (release.supportEnds || release.extendedSupportEnds) release.successors = shape.successors;
      if (libc.source) release.sources = [libc.source];
      out.push(release);
    }
  }
  return out;
}

/** Codename words → release id from endoflife.date (Debian 'squeeze' → 'debian-6', Ubuntu 'lucid' → 'ubuntu-10.04'). */
export function codenamesFromEndoflife(product: 'debian' | 'ubuntu'): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [cycle, codename] of (endoflifeReleases[product] ?? []) as readonly Row[]) {
    const word = codename.split(' ')[0]?.toLowerCase();
    if (word) map[word] = `${product}-${cycle}`;
  }
  return map;
}
