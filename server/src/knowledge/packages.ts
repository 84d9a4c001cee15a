/**
 * Installed package → kernel features it needs on the host. A package in the image only brings
 * the userland half; these rows say which host-kernel feature the other half is.
 *
 * Names are per package family because distributions name the same software differently
 * (btrfs-progs vs btrfsprogs, conntrack vs conntrack-tools). Rows with family 'any' hold names
 * that are identical everywhere. `package` is an exact name or a prefix ending in '*'.
 */
import { FamilyMemo } from './familyMemo';
import type { PackageFamily, PackageFeatureRow } from './types';

const SRC = {
  debian: 'deb.debian.org bookworm (apt-cache policy, 2026-08 mirror)',
  debianIptables: 'Debian iptables 1.8.9-2 postinst: update-alternatives iptables-nft priority 20 over iptables-legacy 10',
  fedora: 'Fedora/RHEL/EPEL package names (https://packages.fedoraproject.org)',
  alpine: 'Alpine Linux aports package names (https://pkgs.alpinelinux.org)',
  suse: 'openSUSE package names (https://software.opensuse.org)',
  arch: 'Arch Linux package names (https://archlinux.org/packages)',
  features: 'server/src/knowledge/features.ts (the feature rows say what the host must provide)',
} as const;

type Fam = PackageFamily | 'any';
const row = (family: Fam, pkg: string, features: string[], source: string, note?: string): PackageFeatureRow =>
  note === undefined ? { family, package: pkg, features, source } : { family, package: pkg, features, source, note };

/** The same mapping for several names in one family. */
const many = (family: Fam, pkgs: string[], features: string[], source: string, note?: string) =>
  pkgs.map((p) => row(family, p, features, source, note));

// BTF only helps (CO-RE tools such as libbpf-tools need it; bpftrace, bcc and bpftool work without it).
const BPF = ['bpf'];
const FUSE_NOTE = 'Needs /dev/fuse in the container (--device /dev/fuse) plus CAP_SYS_ADMIN or a user namespace.';
const RCLONE_NOTE = 'Only `rclone mount` needs FUSE; copy/sync work without any kernel feature.';
const DIND_NOTE = 'Running dockerd inside a container needs --privileged and an overlayfs-capable host kernel.';
const NFS_UTILS_NOTE = 'Also ships the NFS server tools (rpc.nfsd, exportfs): serving exports needs nfsd in the host kernel.';
const ZFS_NOTE = 'Out-of-tree module: the host kernel must have ZFS loaded; the image only carries the tools.';
const IPT_LEGACY_NOTE = 'This package selects the legacy x_tables backend.';
const IPT_NFT_NOTE = 'This package selects the nf_tables backend (iptables-nft).';

export const packageFeatureRows: readonly PackageFeatureRow[] = [
  // ── Debian / Ubuntu ──────────────────────────────────────────────────────────────────────
  ...many('debian', ['wireguard', 'wireguard-tools'], ['wireguard'], SRC.debian),
  ...many('debian', ['liburing2', 'liburing-dev'], ['io_uring'], SRC.debian),
  ...many('debian', ['bpftrace', 'bpfcc-tools', 'bpftool', 'libbpf-tools'], BPF, SRC.debian),
  ...many('debian', ['fuse', 'fuse3', 's3fs', 'sshfs', 'fuse-overlayfs', 'gocryptfs'], ['fuse'], SRC.debian, FUSE_NOTE),
  row('debian', 'rclone', ['fuse'], SRC.debian, RCLONE_NOTE),
  row('debian', 'inotify-tools', ['inotify'], SRC.debian),
  row('debian', 'nfs-kernel-server', ['nfsd'], SRC.debian),
  row('debian', 'nfs-common', ['nfs_client'], SRC.debian),
  row('debian', 'zfsutils-linux', ['zfs'], 'Debian contrib package zfsutils-linux (https://packages.debian.org/zfsutils-linux)', ZFS_NOTE),
  row('debian', 'open-iscsi', ['iscsi_initiator'], SRC.debian),
  row('debian', 'targetcli-fb', ['iscsi_target'], SRC.debian),
  row('debian', 'ipvsadm', ['ipvs'], SRC.debian),
  row('debian', 'nftables', ['nf_tables'], SRC.debian),
  row(
    'debian',
    'iptables',
    ['iptables_nft'],
    SRC.debianIptables,
    'Debian ≥ 10 and Ubuntu select iptables-nft by default; `update-alternatives --set iptables /usr/sbin/iptables-legacy` switches to x_tables.',
  ),
  row('debian', 'arptables', ['iptables_nft'], SRC.debianIptables, 'Installs the nft-based arptables alternative.'),
  row('debian', 'ebtables', ['ebtables'], SRC.debian),
  row('debian', 'openvpn', ['tun'], SRC.debian),
  row('debian', 'wireguard-go', ['tun'], SRC.debian, 'Userspace WireGuard: needs only /dev/net/tun, not the wireguard module.'),
  ...many(
    'debian',
    ['qemu-user-static', 'qemu-user-binfmt', 'binfmt-support'],
    ['binfmt_misc'],
    SRC.debian,
    'Registering interpreters writes to the host-global /proc/sys/fs/binfmt_misc (privileged).',
  ),
  ...many(
    'debian',
    ['qemu-system-x86', 'qemu-system-arm', 'qemu-system-*'],
    ['kvm'],
    SRC.debian,
    'Hardware acceleration needs --device /dev/kvm; without it QEMU falls back to slow TCG emulation.',
  ),
  ...many('debian', ['docker.io', 'docker-ce'], ['overlayfs'], SRC.debian, DIND_NOTE),
  row(
    'debian',
    'podman',
    ['overlayfs', 'user_namespaces'],
    SRC.debian,
    'Nested containers need user namespaces (or privileges) and an overlay-capable host.',
  ),
  row('debian', 'criu', ['checkpoint_restore'], SRC.debian),
  row('debian', 'ipset', ['ipset'], SRC.debian),
  row('debian', 'conntrack', ['conntrack'], SRC.debian),
  row('debian', 'drbd-utils', ['drbd'], SRC.debian),
  ...many('debian', ['cryptsetup', 'cryptsetup-bin'], ['dm_crypt'], SRC.debian),
  row('debian', 'btrfs-progs', ['btrfs'], SRC.debian),
  row(
    'debian',
    'btrfs-tools',
    ['btrfs'],
    'wiki.debian.org/Btrfs ("Which package contains the tools? btrfs-tools (in DebianSqueeze and above)"); the older name of btrfs-progs',
  ),
  ...many('debian', ['strongswan', 'libreswan'], ['xfrm_ipsec'], SRC.debian),
  row('debian', 'lksctp-tools', ['sctp'], SRC.debian),
  row('debian', 'linux-perf', ['perf_events'], SRC.debian, 'perf_event_open is also gated by the host-only kernel.perf_event_paranoid.'),
  row('debian', 'uidmap', ['user_namespaces'], SRC.debian),
  row('debian', 'apparmor', ['apparmor'], SRC.debian),
  ...many('debian', ['selinux-utils', 'policycoreutils'], ['selinux'], SRC.debian),
  row('debian', 'nbd-client', ['nbd'], SRC.debian),
  // Ceph's rbd-nbd maps RBD images to /dev/nbdN (ceph/ceph @ 983713dd doc/man/8/rbd-nbd.rst: "map a rbd image to a nbd (Network Block Device) device").
  row('debian', 'rbd-nbd', ['nbd'], SRC.debian),
  row('debian', 'xdp-tools', ['xdp'], SRC.debian),
  row('debian', 'mptcpd', ['mptcp'], SRC.debian),

  // ── RHEL / Fedora / CentOS / Rocky / Alma / Oracle / Amazon ──────────────────────────────
  row('rhel', 'wireguard-tools', ['wireguard'], SRC.fedora),
  ...many('rhel', ['liburing', 'liburing-devel'], ['io_uring'], SRC.fedora),
  ...many('rhel', ['bpftrace', 'bcc-tools', 'bcc', 'bpftool', 'libbpf-tools'], BPF, SRC.fedora),
  ...many('rhel', ['fuse', 'fuse3', 's3fs-fuse', 'fuse-sshfs', 'sshfs', 'fuse-overlayfs'], ['fuse'], SRC.fedora, FUSE_NOTE),
  row('rhel', 'rclone', ['fuse'], SRC.fedora, RCLONE_NOTE),
  row('rhel', 'nfs-utils', ['nfs_client'], SRC.fedora, NFS_UTILS_NOTE),
  row(
    'rhel',
    'zfs',
    ['zfs'],
    'OpenZFS RHEL repository (https://openzfs.github.io/openzfs-docs/Getting%20Started/RHEL-based%20distro/)',
    ZFS_NOTE,
  ),
  row('rhel', 'iscsi-initiator-utils', ['iscsi_initiator'], SRC.fedora),
  row('rhel', 'targetcli', ['iscsi_target'], SRC.fedora),
  row('rhel', 'ipvsadm', ['ipvs'], SRC.fedora),
  row('rhel', 'nftables', ['nf_tables'], SRC.fedora),
  row('rhel', 'iptables-nft', ['iptables_nft'], SRC.fedora, IPT_NFT_NOTE),
  ...many('rhel', ['iptables-legacy', 'iptables-services'], ['iptables_legacy'], SRC.fedora, IPT_LEGACY_NOTE),
  row(
    'rhel',
    'iptables',
    ['iptables_legacy'],
    SRC.fedora,
    'On EL7 `iptables` is the legacy x_tables build; EL8+ and Fedora ship iptables-nft (the nf_tables backend) instead.',
  ),
  row('rhel', 'ebtables', ['ebtables'], SRC.fedora),
  row('rhel', 'openvpn', ['tun'], SRC.fedora),
  row(
    'rhel',
    'qemu-user-static',
    ['binfmt_misc'],
    SRC.fedora,
    'Registering interpreters writes to the host-global binfmt_misc (privileged).',
  ),
  ...many('rhel', ['qemu-kvm', 'qemu-system-x86', 'qemu-system-*'], ['kvm'], SRC.fedora, 'Needs --device /dev/kvm for acceleration.'),
  ...many('rhel', ['docker-ce', 'moby-engine', 'docker'], ['overlayfs'], SRC.fedora, DIND_NOTE),
  row(
    'rhel',
    'podman',
    ['overlayfs', 'user_namespaces'],
    SRC.fedora,
    'Nested containers need user namespaces (or privileges) and an overlay-capable host.',
  ),
  row('rhel', 'criu', ['checkpoint_restore'], SRC.fedora),
  row('rhel', 'ipset', ['ipset'], SRC.fedora),
  row('rhel', 'conntrack-tools', ['conntrack'], SRC.fedora),
  ...many('rhel', ['drbd-utils', 'drbd9x-utils', 'drbd90-utils'], ['drbd'], SRC.fedora),
  row('rhel', 'cryptsetup', ['dm_crypt'], SRC.fedora),
  row('rhel', 'btrfs-progs', ['btrfs'], SRC.fedora, 'RHEL 8+ kernels do not ship Btrfs; Fedora kernels do.'),
  ...many('rhel', ['strongswan', 'libreswan'], ['xfrm_ipsec'], SRC.fedora),
  row('rhel', 'lksctp-tools', ['sctp'], SRC.fedora),
  row('rhel', 'perf', ['perf_events'], SRC.fedora, 'perf_event_open is also gated by the host-only kernel.perf_event_paranoid.'),
  ...many('rhel', ['policycoreutils', 'container-selinux'], ['selinux'], SRC.fedora),
  row('rhel', 'nbd', ['nbd'], SRC.fedora),
  row('rhel', 'rbd-nbd', ['nbd'], SRC.fedora),
  row('rhel', 'xdp-tools', ['xdp'], SRC.fedora),
  row('rhel', 'mptcpd', ['mptcp'], SRC.fedora),

  // ── Alpine ───────────────────────────────────────────────────────────────────────────────
  row('alpine', 'wireguard-tools', ['wireguard'], SRC.alpine),
  ...many('alpine', ['liburing', 'liburing-dev'], ['io_uring'], SRC.alpine),
  ...many('alpine', ['bpftrace', 'bcc-tools', 'bpftool'], BPF, SRC.alpine),
  ...many('alpine', ['fuse', 'fuse3', 's3fs-fuse', 'sshfs', 'fuse-overlayfs'], ['fuse'], SRC.alpine, FUSE_NOTE),
  row('alpine', 'rclone', ['fuse'], SRC.alpine, RCLONE_NOTE),
  row('alpine', 'inotify-tools', ['inotify'], SRC.alpine),
  row('alpine', 'nfs-utils', ['nfs_client'], SRC.alpine, NFS_UTILS_NOTE),
  row('alpine', 'zfs', ['zfs'], SRC.alpine, ZFS_NOTE),
  row('alpine', 'open-iscsi', ['iscsi_initiator'], SRC.alpine),
  row('alpine', 'ipvsadm', ['ipvs'], SRC.alpine),
  row('alpine', 'nftables', ['nf_tables'], SRC.alpine),
  row(
    'alpine',
    'iptables',
    ['iptables_legacy'],
    SRC.alpine,
    'Backend depends on the Alpine release and which iptables-* variant is selected; check `iptables -V` ("nf_tables" or "legacy").',
  ),
  row('alpine', 'ebtables', ['ebtables'], SRC.alpine),
  row('alpine', 'openvpn', ['tun'], SRC.alpine),
  row(
    'alpine',
    'qemu-openrc',
    ['binfmt_misc'],
    SRC.alpine,
    'Its qemu-binfmt service registers interpreters in the host-global binfmt_misc.',
  ),
  ...many(
    'alpine',
    ['qemu-system-x86_64', 'qemu-system-aarch64', 'qemu-system-*'],
    ['kvm'],
    SRC.alpine,
    'Needs --device /dev/kvm for acceleration.',
  ),
  ...many('alpine', ['docker', 'docker-engine'], ['overlayfs'], SRC.alpine, DIND_NOTE),
  row(
    'alpine',
    'podman',
    ['overlayfs', 'user_namespaces'],
    SRC.alpine,
    'Nested containers need user namespaces (or privileges) and an overlay-capable host.',
  ),
  row('alpine', 'criu', ['checkpoint_restore'], SRC.alpine),
  row('alpine', 'ipset', ['ipset'], SRC.alpine),
  row('alpine', 'conntrack-tools', ['conntrack'], SRC.alpine),
  row('alpine', 'drbd-utils', ['drbd'], SRC.alpine),
  row('alpine', 'cryptsetup', ['dm_crypt'], SRC.alpine),
  row('alpine', 'btrfs-progs', ['btrfs'], SRC.alpine),
  ...many('alpine', ['strongswan', 'libreswan'], ['xfrm_ipsec'], SRC.alpine),
  row('alpine', 'lksctp-tools', ['sctp'], SRC.alpine),
  row('alpine', 'perf', ['perf_events'], SRC.alpine, 'perf_event_open is also gated by the host-only kernel.perf_event_paranoid.'),

  // ── SUSE ─────────────────────────────────────────────────────────────────────────────────
  row('suse', 'wireguard-tools', ['wireguard'], SRC.suse),
  ...many('suse', ['liburing2', 'liburing-devel'], ['io_uring'], SRC.suse),
  ...many('suse', ['bpftrace', 'bcc-tools', 'bpftool'], BPF, SRC.suse),
  ...many('suse', ['fuse', 'fuse3', 's3fs', 'sshfs', 'fuse-overlayfs'], ['fuse'], SRC.suse, FUSE_NOTE),
  row('suse', 'rclone', ['fuse'], SRC.suse, RCLONE_NOTE),
  row('suse', 'nfs-kernel-server', ['nfsd'], SRC.suse),
  row('suse', 'nfs-client', ['nfs_client'], SRC.suse),
  row('suse', 'open-iscsi', ['iscsi_initiator'], SRC.suse),
  row('suse', 'targetcli-fb', ['iscsi_target'], SRC.suse),
  row('suse', 'ipvsadm', ['ipvs'], SRC.suse),
  row('suse', 'nftables', ['nf_tables'], SRC.suse),
  row('suse', 'iptables', ['iptables_legacy'], SRC.suse, 'Backend depends on the release; check `iptables -V` ("nf_tables" or "legacy").'),
  row('suse', 'ebtables', ['ebtables'], SRC.suse),
  row('suse', 'openvpn', ['tun'], SRC.suse),
  row('suse', 'qemu-linux-user', ['binfmt_misc'], SRC.suse, 'Registering interpreters writes to the host-global binfmt_misc (privileged).'),
  ...many('suse', ['qemu-kvm', 'qemu-x86', 'qemu-arm'], ['kvm'], SRC.suse, 'Needs --device /dev/kvm for acceleration.'),
  row('suse', 'docker', ['overlayfs'], SRC.suse, DIND_NOTE),
  row(
    'suse',
    'podman',
    ['overlayfs', 'user_namespaces'],
    SRC.suse,
    'Nested containers need user namespaces (or privileges) and an overlay-capable host.',
  ),
  row('suse', 'criu', ['checkpoint_restore'], SRC.suse),
  row('suse', 'ipset', ['ipset'], SRC.suse),
  row('suse', 'conntrack-tools', ['conntrack'], SRC.suse),
  row('suse', 'drbd-utils', ['drbd'], SRC.suse),
  row('suse', 'cryptsetup', ['dm_crypt'], SRC.suse),
  row('suse', 'btrfsprogs', ['btrfs'], SRC.suse),
  ...many('suse', ['strongswan', 'libreswan'], ['xfrm_ipsec'], SRC.suse),
  row('suse', 'lksctp-tools', ['sctp'], SRC.suse),
  row('suse', 'perf', ['perf_events'], SRC.suse, 'perf_event_open is also gated by the host-only kernel.perf_event_paranoid.'),

  // ── Arch ─────────────────────────────────────────────────────────────────────────────────
  row('arch', 'wireguard-tools', ['wireguard'], SRC.arch),
  row('arch', 'liburing', ['io_uring'], SRC.arch),
  ...many('arch', ['bpftrace', 'bcc-tools', 'bpf'], BPF, SRC.arch),
  ...many('arch', ['fuse2', 'fuse3', 's3fs-fuse', 'sshfs', 'fuse-overlayfs', 'gocryptfs'], ['fuse'], SRC.arch, FUSE_NOTE),
  row('arch', 'rclone', ['fuse'], SRC.arch, RCLONE_NOTE),
  row('arch', 'nfs-utils', ['nfs_client'], SRC.arch, NFS_UTILS_NOTE),
  row('arch', 'open-iscsi', ['iscsi_initiator'], SRC.arch),
  row('arch', 'ipvsadm', ['ipvs'], SRC.arch),
  row('arch', 'nftables', ['nf_tables'], SRC.arch),
  row('arch', 'iptables-nft', ['iptables_nft'], SRC.arch, IPT_NFT_NOTE),
  row('arch', 'iptables', ['iptables_legacy'], SRC.arch, IPT_LEGACY_NOTE),
  row('arch', 'ebtables', ['ebtables'], SRC.arch),
  row('arch', 'openvpn', ['tun'], SRC.arch),
  ...many(
    'arch',
    ['qemu-user-static', 'qemu-user-static-binfmt'],
    ['binfmt_misc'],
    SRC.arch,
    'Registering interpreters writes to the host-global binfmt_misc (privileged).',
  ),
  ...many(
    'arch',
    ['qemu-system-x86', 'qemu-full', 'qemu-base', 'qemu-desktop'],
    ['kvm'],
    SRC.arch,
    'Needs --device /dev/kvm for acceleration.',
  ),
  row('arch', 'docker', ['overlayfs'], SRC.arch, DIND_NOTE),
  row(
    'arch',
    'podman',
    ['overlayfs', 'user_namespaces'],
    SRC.arch,
    'Nested containers need user namespaces (or privileges) and an overlay-capable host.',
  ),
  row('arch', 'criu', ['checkpoint_restore'], SRC.arch),
  row('arch', 'ipset', ['ipset'], SRC.arch),
  row('arch', 'conntrack-tools', ['conntrack'], SRC.arch),
  row('arch', 'cryptsetup', ['dm_crypt'], SRC.arch),
  row('arch', 'btrfs-progs', ['btrfs'], SRC.arch),
  ...many('arch', ['strongswan', 'libreswan'], ['xfrm_ipsec'], SRC.arch),
  row('arch', 'lksctp-tools', ['sctp'], SRC.arch),
  row('arch', 'perf', ['perf_events'], SRC.arch, 'perf_event_open is also gated by the host-only kernel.perf_event_paranoid.'),

  // ── Names that mean the same everywhere (fallback when the family is unknown) ────────────
  row('any', 'wireguard-tools', ['wireguard'], SRC.features),
  row('any', 'nftables', ['nf_tables'], SRC.features),
  row('any', 'ipset', ['ipset'], SRC.features),
  row('any', 'ipvsadm', ['ipvs'], SRC.features),
  row('any', 'openvpn', ['tun'], SRC.features),
  row('any', 'criu', ['checkpoint_restore'], SRC.features),
  row('any', 'cryptsetup', ['dm_crypt'], SRC.features),
  row('any', 'lksctp-tools', ['sctp'], SRC.features),
  row('any', 'bpftrace', BPF, SRC.features),
  row('any', 'bpftool', BPF, SRC.features),
  row('any', 'fuse3', ['fuse'], SRC.features, FUSE_NOTE),
  row('any', 'fuse-overlayfs', ['fuse'], SRC.features, FUSE_NOTE),
  row('any', 'sshfs', ['fuse'], SRC.features, FUSE_NOTE),
  row('any', 'rclone', ['fuse'], SRC.features, RCLONE_NOTE),
  row('any', 'open-iscsi', ['iscsi_initiator'], SRC.features),
  row('any', 'strongswan', ['xfrm_ipsec'], SRC.features),
  row('any', 'libreswan', ['xfrm_ipsec'], SRC.features),

  // ── Devices and facilities (features in knowledge/hostFacilities.ts) ─────────────────────
  row('debian', 'can-utils', ['can'], SRC.debian),
  row('any', 'can-utils', ['can'], SRC.features),
  row('debian', 'cifs-utils', ['cifs'], SRC.debian, 'Only mount.cifs needs the kernel client; smbclient does not.'),
  row('rhel', 'cifs-utils', ['cifs'], SRC.fedora, 'Only mount.cifs needs the kernel client; smbclient does not.'),
  row('alpine', 'cifs-utils', ['cifs'], SRC.alpine, 'Only mount.cifs needs the kernel client; smbclient does not.'),
  row('suse', 'cifs-utils', ['cifs'], SRC.suse, 'Only mount.cifs needs the kernel client; smbclient does not.'),
  ...many('debian', ['dmsetup', 'lvm2', 'kpartx', 'multipath-tools'], ['device_mapper'], SRC.debian),
  ...many('rhel', ['device-mapper', 'lvm2', 'kpartx', 'device-mapper-multipath'], ['device_mapper'], SRC.fedora),
  ...many('alpine', ['device-mapper', 'lvm2', 'multipath-tools'], ['device_mapper'], SRC.alpine),
  row('debian', 'trace-cmd', ['ftrace'], SRC.debian),
  row('rhel', 'trace-cmd', ['ftrace'], SRC.fedora),
  ...many(
    'debian',
    ['libsctp1', 'libsctp-dev'],
    ['sctp'],
    SRC.debian,
    "The library only wraps SCTP sockets; the protocol is the host kernel's sctp module.",
  ),
  row(
    'rhel',
    'lksctp-tools-devel',
    ['sctp'],
    SRC.fedora,
    "The library only wraps SCTP sockets; the protocol is the host kernel's sctp module.",
  ),
  row(
    'alpine',
    'lksctp-tools-dev',
    ['sctp'],
    SRC.alpine,
    "The library only wraps SCTP sockets; the protocol is the host kernel's sctp module.",
  ),
  row('alpine', 'iptables-legacy', ['iptables_legacy'], SRC.alpine, IPT_LEGACY_NOTE),
  row(
    'alpine',
    'ip6tables',
    ['iptables_legacy'],
    SRC.alpine,
    'Backend depends on the Alpine release and which iptables-* variant is selected; check `ip6tables -V` ("nf_tables" or "legacy").',
  ),
  ...many(
    'debian',
    ['libvirt-daemon-system', 'libvirt-daemon-driver-qemu'],
    ['kvm'],
    SRC.debian,
    'libvirt starts QEMU guests with /dev/kvm: run with --device /dev/kvm (usually --privileged).',
  ),
  ...many(
    'rhel',
    ['libvirt-daemon-kvm', 'libvirt-daemon-driver-qemu'],
    ['kvm'],
    SRC.fedora,
    'libvirt starts QEMU guests with /dev/kvm: run with --device /dev/kvm (usually --privileged).',
  ),
];

export interface PackageFeatureMatch {
  readonly features: readonly string[];
  readonly row: PackageFeatureRow;
}

/** Rows of one lookup group, indexed: exact names in a map (the first row of a name wins), prefix rows longest first. */
interface RowIndex {
  exact: Map<string, PackageFeatureRow>;
  prefixes: PackageFeatureRow[];
}

function indexRows(rows: readonly PackageFeatureRow[]): RowIndex {
  const exact = new Map<string, PackageFeatureRow>();
  const prefixes: PackageFeatureRow[] = [];
  for (const r of rows) {
    if (r.package.endsWith('*')) prefixes.push(r);
    else if (!exact.has(r.package)) exact.set(r.package, r);
  }
  // Stable: among prefixes of one length, table order.
  prefixes.sort((a, b) => b.package.length - a.package.length);
  return { exact, prefixes };
}

/** Exact rows win over prefix rows; among prefixes, the longest wins. */
function best(index: RowIndex, name: string): PackageFeatureRow | undefined {
  return index.exact.get(name) ?? index.prefixes.find((r) => name.startsWith(r.package.slice(0, -1)));
}

/** The lookup groups, built at the first lookup: each family's rows, 'any', and every family but 'any'. */
let rowIndexes: { byFamily: Map<string, RowIndex>; any: RowIndex; notAny: RowIndex } | undefined;
function indexes(): NonNullable<typeof rowIndexes> {
  if (rowIndexes) return rowIndexes;
  const families = new Map<string, PackageFeatureRow[]>();
  for (const r of packageFeatureRows) {
    const list = families.get(r.family);
    if (list) list.push(r);
    else families.set(r.family, [r]);
  }
  const byFamily = new Map([...families].map(([family, rows]) => [family, indexRows(rows)]));
  rowIndexes = {
    byFamily,
    any: byFamily.get('any') ?? indexRows([]),
    notAny: indexRows(packageFeatureRows.filter((r) => r.family !== 'any')),
  };
  return rowIndexes;
}

/**
 * Kernel features an installed package relies on. `name` is already stripped of version pins
 * (`pkg=1.2`, `pkg-1.2`, `pkg>=1`). Lookup: the family's rows, then 'any'; with no family, 'any'
 * first and then every family.
 */
/** Lookups are pure functions of the static table: memoised, since every install line asks again on every analysis. */
const featureMemo = new FamilyMemo<PackageFeatureMatch>();

/** The match is shared between calls: treat it as read-only. */
export function featuresForPackage(family: PackageFamily | undefined, name: string): PackageFeatureMatch | undefined {
  return featureMemo.get(family, name, featuresForPackageUncached);
}

function featuresForPackageUncached(family: PackageFamily | undefined, name: string): PackageFeatureMatch | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  const { byFamily, any, notAny } = indexes();
  const order = family !== undefined ? [byFamily.get(family), any] : [any, notAny];
  for (const index of order) {
    const r = index && best(index, n);
    if (r) return { features: [...r.features], row: r };
  }
  return undefined;
}
