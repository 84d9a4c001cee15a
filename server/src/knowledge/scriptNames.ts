/**
 * Words in a script's file name that name a kernel facility (`setup-iptables.sh`, `build-kernel-modules.sh`,
 * `prepare-cgroup-v2.sh`, `m3dbnode_sysctl.sh`). Where the script's text is not in the Dockerfile (nor passed as a
 * build-context file), its name is the only evidence of what it does: the hover says so plainly and explains the
 * facility on condition, never a diagnostic.
 *
 * A name is split into tokens on `-`, `_` and `.` after its `.sh`/`.bash` extension is dropped; a row matches when one
 * of its `tokens` is one of them (whole tokens only: `tune.sh` is not `tun`), and, where `with` is given, one of those
 * too (`modules` alone is `install_node_modules.sh`, and `load_modules.sh` is, in HPC images, the script that runs
Lmod's `module load gcc openmpi`: environment modules, not kernel ones). Rows with a `facility` take their facts and sources from that
 * host facility (hostFacilities.ts); the others carry their own note and source.
 *
 * Left out on purpose, because the name says too little: `ovs` (create_ovs_db.sh only creates the database file), `nft` (mint-nft.sh: tokens), `tap` (the Test Anything
 * Protocol), `perf`/`tracing` (performance tests, OpenTelemetry tracing),
 * `seccomp` (scripts named so build libseccomp: tracee's build-seccomp.sh), `audit` (npm-audit.sh), `loop`, `can`,
 * `bridge`, `vpn`, `swap`, `kernel` alone; `mount` together with `secret(s)` (mount-secrets.sh copies or links files
 * as often as it mounts). `dpdk` is already read from any path naming it (sourceTriggers).
 */
export interface ScriptNameTopic {
  tokens: readonly string[];
  /** Also required: one of these tokens. */
  with?: readonly string[];
  /** Excluded: a name with one of these tokens. */
  without?: readonly string[];
  /** What the name says, in words for the hover ("iptables", "kernel modules"). */
  topic: string;
  /** The host facility (hostFacilities.ts id) the name points to. */
  facility?: string;
  /** Without a facility: what the host kernel must provide, and the source of that. */
  note?: string;
  source?: string;
}

const MODULES_NOTE =
  'Kernel modules are loaded into the host kernel, never into the image: `modprobe`/`insmod` need CAP_SYS_MODULE ' +
  "(`--privileged` or `--cap-add SYS_MODULE`) and modules built for the host kernel release, under the host's " +
  '`/lib/modules/$(uname -r)` (bind-mount it read-only).';
const MODULES_SOURCE =
  'Linux man-pages 6.03 capabilities(7) (CAP_SYS_MODULE: "Load and unload kernel modules"); kmod modprobe(8) ("looks in the module directory /lib/modules/`uname -r`")';

export const scriptNameTopics: readonly ScriptNameTopic[] = [
  { tokens: ['iptables', 'ip6tables', 'nftables', 'netfilter', 'firewall'], topic: 'iptables/nftables', facility: 'netfilter' },
  { tokens: ['ipvs', 'ipvsadm'], topic: 'IPVS', facility: 'ipvs' },
  { tokens: ['modprobe', 'insmod', 'depmod', 'kmod'], topic: 'kernel modules', note: MODULES_NOTE, source: MODULES_SOURCE },
  {
    tokens: ['modules', 'module'],
    with: ['kernel'],
    topic: 'kernel modules',
    note: MODULES_NOTE,
    source: MODULES_SOURCE,
  },
  { tokens: ['sysctl', 'sysctls'], topic: 'sysctl', facility: 'kernel-tunables' },
  {
    tokens: ['cgroup', 'cgroups', 'cgroupv2', 'cgroup2', 'cgroupfs'],
    topic: 'cgroups',
    note:
      "Control groups are the host kernel's: a script that creates groups, moves processes or enables controllers writes " +
      'under `/sys/fs/cgroup`, which Docker mounts read-only unless the container is privileged, and finds the cgroup ' +
      'version (v1 or v2) the host booted with.',
    source:
      'moby/moby oci/defaults.go (the cgroup mount at /sys/fs/cgroup with "ro") and daemon/oci_linux.go (the read-only flag cleared for a privileged container); torvalds/linux Documentation/admin-guide/cgroup-v2.rst',
  },
  { tokens: ['tun', 'tuntap', 'openvpn'], topic: 'TUN/TAP', facility: 'tun' },
  { tokens: ['wireguard', 'wg', 'vxlan', 'geneve', 'macvlan', 'ipvlan', 'veth'], topic: 'virtual network links', facility: 'netlink-link' },
  { tokens: ['gtp5g'], topic: 'gtp5g', facility: 'gtp5g' },
  { tokens: ['gtp'], topic: 'GTP', facility: 'gtp' },
  { tokens: ['sctp'], topic: 'SCTP', facility: 'sctp' },
  { tokens: ['hugepages', 'hugepage', 'hugetlb', 'hugetlbfs', 'thp'], topic: 'huge pages', facility: 'huge-pages' },
  // A script named after XMRig starts the miner, whose RandomX start loads the msr driver and maps huge pages.
  { tokens: ['xmrig', 'randomx'], topic: 'the MSR driver and huge pages (XMRig)', facility: 'xmrig-randomx' },
  { tokens: ['binfmt', 'binfmts'], topic: 'binfmt_misc', facility: 'binfmt' },
  { tokens: ['nfsd', 'exportfs'], topic: 'the NFS server', facility: 'nfs-server' },
  { tokens: ['nfs', 'nfsv4'], with: ['server', 'export', 'exports'], topic: 'the NFS server', facility: 'nfs-server' },
  { tokens: ['nfs', 'nfsv4'], without: ['server', 'export', 'exports'], topic: 'NFS', facility: 'mount' },
  { tokens: ['mount', 'mounts', 'fstab', 'remount'], without: ['secret', 'secrets'], topic: 'mounts', facility: 'mount' },
  { tokens: ['iscsi', 'iscsid'], topic: 'iSCSI', facility: 'iscsi' },
  { tokens: ['fuse', 'gcsfuse', 's3fs', 'sshfs', 'goofys', 'geesefs'], topic: 'FUSE', facility: 'fuse' },
  { tokens: ['dind', 'dockerd'], topic: 'Docker-in-Docker', facility: 'dind' },
  // A script named for starting Docker (TeamCity's agent image copies run-docker.sh, which runs `service docker start`;
  // start-docker.sh, launch-docker.sh): `docker` alone is every docker-entrypoint.sh, so it counts only beside a verb,
  // and not in run-in-docker.sh (a program run in a container) or a script named for the client or Compose.
  {
    tokens: ['docker'],
    with: ['start', 'run', 'launch'],
    without: ['in', 'client', 'cli', 'compose', 'entrypoint'],
    topic: 'starting the Docker daemon',
    facility: 'dind',
  },
  { tokens: ['kvm'], topic: 'KVM', facility: 'kvm' },
  // A script named for starting an Android virtual device or an emulator (`launch_avd.sh`, `start_emulator.sh`): the
  // Android Emulator and QEMU run their guests with KVM. `emulator` alone is also a test double (Firebase's, named in the
  // plural `emulators`, a whole token apart), so it counts only beside a verb.
  {
    tokens: ['avd', 'emulator'],
    with: ['start', 'launch', 'run', 'boot'],
    topic: 'starting an emulator (Android Emulator, QEMU)',
    facility: 'kvm',
  },
  { tokens: ['libvirt', 'libvirtd'], topic: 'libvirt', facility: 'libvirt' },
  { tokens: ['loopdev', 'losetup'], topic: 'loop devices', facility: 'loop' },
  { tokens: ['zfs', 'zpool'], topic: 'ZFS', facility: 'zfs' },
  // LVM tools and exporters (hansmi/prometheus-lvm-exporter @ 60176552 README.md: reports every physical volume, volume
  // group and logical volume, read through the lvm command): the volumes are device-mapper devices of the host kernel.
  { tokens: ['lvm', 'lvm2'], topic: 'LVM', facility: 'device-mapper' },
  // A CSI driver's node plugin (`irods-csi-driver`, `csi-node-plugin`); not the sidecars, which only talk to the
  // kubelet or the API server, nor a controller plugin, which "generally does not need direct access to the host".
  {
    tokens: ['csi'],
    with: ['driver', 'plugin', 'node', 'nodeplugin'],
    without: ['registrar', 'provisioner', 'attacher', 'resizer', 'snapshotter', 'livenessprobe', 'controller'],
    topic: 'a CSI storage driver',
    note:
      "A CSI driver's node plugin attaches and mounts volumes for the kubelet: the mounts (NFS, FUSE, block devices and " +
      'their filesystems) are made in the host kernel, so it runs privileged, with the kubelet directory mounted with ' +
      'Bidirectional mount propagation, and the filesystems it mounts must be in the host kernel.',
    source:
      'kubernetes-csi.github.io docs/deploying.html (a CSI driver is deployed as a controller component and a per-node component; the controller "generally does not need direct access to the host") and docs/csi-windows.html ("Node plugin containers need to run with elevated privileges to perform storage related operations"); Linux man-pages 6.03 mount(2) (CAP_SYS_ADMIN)',
  },
  { tokens: ['btrfs'], topic: 'Btrfs', facility: 'btrfs' },
  { tokens: ['selinux', 'apparmor'], topic: 'SELinux/AppArmor', facility: 'lsm-policy' },
  { tokens: ['bpf', 'ebpf', 'bpftool', 'bpftrace'], topic: 'BPF', facility: 'bpf-tracing' },
  { tokens: ['rdma', 'rxe', 'infiniband'], topic: 'RDMA', facility: 'rdma' },
  { tokens: ['idxd'], topic: 'Intel DSA/IAA (idxd)', facility: 'idxd' },
  { tokens: ['ipsec', 'strongswan', 'xfrm'], topic: 'IPsec', facility: 'ipsec' },
  { tokens: ['ppp', 'pppd', 'pppoe'], topic: 'PPP', facility: 'ppp' },
  { tokens: ['openvswitch'], topic: 'Open vSwitch', facility: 'openvswitch' },
  // nsjail-pwn.sh (DownUnderCTF's challenge base): a script named for nsjail runs it.
  { tokens: ['nsjail'], topic: 'nsjail', facility: 'sandbox' },
  { tokens: ['auditd'], topic: 'the audit daemon', facility: 'audit' },
  // Programs and wrappers named for the browser they start (SeleniumHQ/docker-selenium wrap_chrome_binary,
  // wrap_chromium_binary, wrap_edge_binary): the browser runs with or without its sandbox. `edge` alone is edge
  // computing (install-edge.sh), so it counts only beside `wrap` or `browser`.
  { tokens: ['chrome', 'chromium', 'msedge'], topic: 'Chrome/Chromium', facility: 'browser-sandbox' },
  { tokens: ['edge'], with: ['wrap', 'browser'], topic: 'Microsoft Edge', facility: 'browser-sandbox' },
  { tokens: ['kmsg'], topic: 'the kernel log', facility: 'kernel-log' },
  // A capture script started beside the capture tool (`nohup /app/tcpdump.sh &`): packet sockets of the host kernel.
  { tokens: ['tcpdump', 'tshark', 'dumpcap'], topic: 'packet capture', facility: 'packet-capture' },
  // lm-sensors front ends (`lm-sensors-api`, `lmsensors_exporter`): `sensors` alone is any sensor data, so only beside `lm`.
  { tokens: ['lmsensors'], topic: 'hardware sensors (lm-sensors)', facility: 'hwmon' },
  { tokens: ['sensors'], with: ['lm'], topic: 'hardware sensors (lm-sensors)', facility: 'hwmon' },
  // robbertkl/docker-ipv6nat (README.md: "extends Docker with IPv6 NAT, similar to IPv4", it manages ip6tables rules for
  // the containers of the host's Docker daemon): `docker-ipv6nat`, `docker-ipv6nat-compat`.
  { tokens: ['ipv6nat'], topic: 'IPv6 NAT (ip6tables)', facility: 'netfilter' },
  { tokens: ['timesync', 'timesyncd'], topic: 'setting the clock', facility: 'system-clock' },
  { tokens: ['xdp'], topic: 'XDP (BPF)', facility: 'bpf-tracing' },
  { tokens: ['userns'], topic: 'user namespaces', facility: 'rootless-containers' },
  { tokens: ['sriovdp'], topic: 'the SR-IOV device plugin', facility: 'device-plugin' },
  { tokens: ['iscsiadm'], topic: 'iSCSI', facility: 'iscsi' },
  // Mininet and Containernet topologies (`containernet_example.py`, `mininet-topo.sh`): hostFacilities network-emulator.
  { tokens: ['mininet', 'containernet'], topic: 'Mininet/Containernet', facility: 'network-emulator' },
  // `io-uring-static-server`, `io_uring_bench`: names split at '-' and '_', so `uring` is the token.
  { tokens: ['uring', 'iouring', 'liburing'], topic: 'io_uring', facility: 'io_uring' },
  // jlesage's Firefox images copy in a check for this system call (Dockerfile: `COPY --from=membarrier /tmp/membarrier_check`).
  {
    tokens: ['membarrier'],
    topic: 'the membarrier system call',
    note: "membarrier(2) is a system call of the host kernel (Linux ≥ 4.3). Firefox needs it: where the container's seccomp profile refuses it, every tab crashes — run with a profile that allows it (older Docker releases' default profile did not).",
    source:
      'Linux man-pages 6.03 membarrier(2) ("The membarrier() system call was added in Linux 4.3"); jlesage/docker-firefox issue #64 "Firefox requires the membarrier system call" (fixed with a seccomp profile allowing it; "not a problem with recent versions of Docker")',
  },
];

/**
 * Extensions of files whose name is no evidence of what they do when copied in: documents, sources, data and
 * archives (`iptables.md`, `xdp_prog.c`, `zfs-2.2.0.tar.gz`; a package file is explained by the install that uses it).
 * A folder keeps its name (`kernel-modules/`, `bpf/`): what it holds is what it is named for.
 */
const NOT_A_PROGRAM =
  /\.(md|txt|rst|html?|png|jpe?g|svg|c|h|cc|cpp|go|rs|py|js|ts|java|json|ya?ml|toml|patch|diff|tar|gz|tgz|xz|bz2|zip|deb|rpm|apk|whl|pem|crt|key|pub|x509|log|lock)$/i;

/**
 * Documentation folders (FHS 3.0 §4.11: /usr/share/man, /usr/share/doc, /usr/share/info): a file there is read, not run
 * (jessfraz/dockerfiles wireguard/tools copies `wg`'s manual page, /usr/share/man/man8/wg.8).
 */
const DOCUMENTATION_DIR = /(^|\/)share\/(man|doc|info)\//;

/** The topic a file copied into the image (COPY/ADD source or destination) names, unless its extension or folder says it is no program. */
export function copiedNameTopic(path: string): ScriptNameTopic | undefined {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '' || NOT_A_PROGRAM.test(trimmed) || DOCUMENTATION_DIR.test(trimmed)) return undefined;
  if (/[*?$]/.test(trimmed.slice(trimmed.lastIndexOf('/') + 1))) return undefined;
  return scriptNameTopic(trimmed);
}

/** The topic a script's file name names (`/usr/local/bin/setup-iptables.sh` → iptables), if any. */
export function scriptNameTopic(path: string): ScriptNameTopic | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(sh|bash)$/i, '');
  const tokens = new Set(base.toLowerCase().split(/[-_.]+/));
  const has = (list: readonly string[] | undefined) => !!list?.some((t) => tokens.has(t));
  return scriptNameTopics.find((t) => has(t.tokens) && (!t.with || has(t.with)) && !has(t.without));
}
