/**
 * Kernel features a Dockerfile may rely on. A container never brings its own kernel: each row says
 * what the host kernel must provide (Kconfig symbols, modules, syscalls) for the feature to work.
 *
 * `since` is set only where a source confirms the mainline release; otherwise it is absent.
 * Kconfig symbol names were checked against Debian's 6.1 and 6.12 kernel configs shipped in
 * ./configs (see consistency-kernel.test.ts), so a typo fails the tests.
 */
import type { KernelFeature } from './types';
import { facilityFeatures } from './hostFacilities';

/** Named sources, so a row can say where its facts come from without repeating long strings. */
const S = {
  man: (page: string) => `Linux man-pages 6.03 (Debian bookworm manpages-dev 6.03-2), ${page}`,
  debianConfig:
    'Debian linux-config-6.1 6.1.176-1 and linux-config-6.12 6.12.117-1~deb12u1, config.amd64_none_amd64 (shipped in server/src/knowledge/configs/)',
  checkConfig: 'moby/moby contrib/check-config.sh @ 00148c88',
  // Release versions: kernelnewbies LinuxChanges (the kernel's own per-release change log); what the
  // symbol builds: the Kconfig entry and Documentation of Linux 6.1.192 (Debian linux-source-6.1 6.1.192-3).
  lwnIoUring: 'https://kernelnewbies.org/Linux_5.1 (io_uring); Linux 6.1.192 init/Kconfig (config IO_URING)',
  mobyIoUring: 'https://github.com/moby/moby/pull/46762 (Docker ≥ 25 default seccomp profile blocks io_uring)',
  wireguard: 'https://kernelnewbies.org/Linux_5.6 (WireGuard merged); Linux 6.1.192 drivers/net/Kconfig (config WIREGUARD)',
  nftables: 'https://kernelnewbies.org/Linux_3.13 (nftables, the successor of iptables); Linux 6.1.192 net/netfilter/Kconfig (config NF_TABLES)',
  overlayfs: 'https://kernelnewbies.org/Linux_3.18 (overlayfs merged); Linux 6.1.192 fs/overlayfs/Kconfig, Documentation/filesystems/overlayfs.rst',
  btrfs: 'https://kernelnewbies.org/Linux_2_6_29 (Btrfs and SquashFS merged); Linux 6.1.192 fs/btrfs/Kconfig, fs/squashfs/Kconfig',
  drbd: 'https://kernelnewbies.org/Linux_2_6_33 (DRBD merged); Linux 6.1.192 drivers/block/drbd/Kconfig',
  apparmor: 'https://kernelnewbies.org/Linux_2_6_36 (AppArmor merged); Linux 6.1.192 security/apparmor/Kconfig',
  bbr: 'https://kernelnewbies.org/Linux_4.9 (TCP BBR congestion control); Linux 6.1.192 net/ipv4/Kconfig (config TCP_CONG_BBR)',
  psi: 'https://kernelnewbies.org/Linux_4.20 (PSI, pressure stall information); Linux 6.1.192 init/Kconfig (config PSI), Documentation/accounting/psi.rst',
  xdp: 'https://kernelnewbies.org/Linux_4.8 (XDP, eXpress Data Path); Linux 6.1.192 kernel/bpf/Kconfig (config BPF_SYSCALL)',
  ktls: 'https://kernelnewbies.org/Linux_4.13 (kernel TLS); Linux 6.1.192 net/tls/Kconfig (config TLS), Documentation/networking/tls.rst',
  mptcp: 'https://kernelnewbies.org/Linux_5.6 (Multipath TCP, first part merged); Linux 6.1.192 net/mptcp/Kconfig (config MPTCP)',
  futexWaitv: 'https://kernelnewbies.org/Linux_5.16 (futex_waitv() system call); kernel commit bf69bad38cf6 "futex: Implement sys_futex_waitv()"',
} as const;

export const kernelFeatures: readonly KernelFeature[] = [
  // ── Asynchronous I/O and modern syscalls ──────────────────────────────────────────────────
  {
    id: 'io_uring', name: 'io_uring',
    summary: 'Asynchronous I/O through shared submission/completion rings (liburing, libuv, tokio-uring, QEMU, fio).',
    since: '5.1', kconfig: ['IO_URING'], modular: false,
    syscalls: ['io_uring_setup', 'io_uring_enter', 'io_uring_register'], commands: ['fio'],
    source: S.lwnIoUring, sources: [S.mobyIoUring, S.debianConfig],
  },
  {
    id: 'memfd_create', name: 'memfd_create(2)',
    summary: 'Anonymous memory-backed file descriptors (systemd, Wayland, Chromium, runc binary cloning).',
    // No Kconfig requirement: CONFIG_MEMFD_CREATE is a derived `def_bool TMPFS || HUGETLBFS` that
    // only appeared when memfd was split out of shmem (4.18), so 3.17–4.17 configs lack the symbol
    // although memfd_create works there.
    since: '3.17', kconfig: [], modular: false, syscalls: ['memfd_create'],
    source: S.man('memfd_create(2) VERSIONS: "first appeared in Linux 3.17"'),
  },
  {
    id: 'getrandom', name: 'getrandom(2)',
    summary: 'Random bytes without opening /dev/urandom (OpenSSL 3, Python, Go, Rust std).',
    since: '3.17', kconfig: [], modular: false, syscalls: ['getrandom'],
    source: S.man('getrandom(2) VERSIONS: "introduced in Linux 3.17"'),
  },
  {
    id: 'renameat2', name: 'renameat2(2)',
    summary: 'Rename with flags (RENAME_NOREPLACE, RENAME_EXCHANGE), used by coreutils and systemd.',
    since: '3.15', kconfig: [], modular: false, syscalls: ['renameat2'],
    source: S.man('rename(2) VERSIONS: renameat2() "was added in Linux 3.15"'),
  },
  {
    id: 'statx', name: 'statx(2)',
    summary: 'Extended file status (birth time, mount id), used by coreutils, Rust std and Qt.',
    since: '4.11', kconfig: [], modular: false, syscalls: ['statx'],
    source: S.man('statx(2) VERSIONS: "added in Linux 4.11"'),
  },
  {
    id: 'copy_file_range', name: 'copy_file_range(2)',
    summary: 'In-kernel file copy (coreutils cp, Go io.Copy, Rust std); glibc emulates it when absent.',
    since: '4.5', kconfig: [], modular: false, syscalls: ['copy_file_range'],
    source: S.man('copy_file_range(2) VERSIONS: "first appeared in Linux 4.5"'),
  },
  {
    id: 'execveat', name: 'execveat(2)',
    summary: 'Execute a program referred to by a file descriptor (fexecve in glibc ≥ 2.34, runc).',
    since: '3.19', kconfig: [], modular: false, syscalls: ['execveat'],
    source: S.man('execveat(2) VERSIONS: "added in Linux 3.19"'),
  },
  {
    id: 'pidfd_send_signal', name: 'pidfd_send_signal(2)',
    summary: 'Send a signal through a process file descriptor, free of PID reuse races.',
    since: '5.1', kconfig: [], modular: false, syscalls: ['pidfd_send_signal'],
    source: S.man('pidfd_send_signal(2) VERSIONS: "first appeared in Linux 5.1"'),
  },
  {
    id: 'pidfd_open', name: 'pidfd_open(2)',
    summary: 'Obtain a file descriptor that refers to a process (systemd, Python os.pidfd_open).',
    since: '5.3', kconfig: [], modular: false, syscalls: ['pidfd_open'],
    source: S.man('pidfd_open(2) VERSIONS: "first appeared in Linux 5.3"'),
  },
  {
    id: 'pidfd_getfd', name: 'pidfd_getfd(2)',
    summary: 'Duplicate a file descriptor of another process through its pidfd.',
    since: '5.6', kconfig: [], modular: false, syscalls: ['pidfd_getfd'],
    source: S.man('pidfd_getfd(2) VERSIONS: "first appeared in Linux 5.6"'),
  },
  {
    id: 'clone3', name: 'clone3(2)',
    summary: 'Extensible process/thread creation; glibc ≥ 2.34 tries it first and falls back only on ENOSYS.',
    since: '5.3', kconfig: [], modular: false, syscalls: ['clone3'],
    source: S.man('clone(2) VERSIONS: clone3() "first appeared in Linux 5.3"'),
    sources: ['https://github.com/moby/moby/issues/42680', 'https://github.com/moby/moby/pull/42681'],
  },
  {
    id: 'openat2', name: 'openat2(2)',
    summary: 'Open with path-resolution restrictions (RESOLVE_*), used by runc/crun and systemd.',
    since: '5.6', kconfig: [], modular: false, syscalls: ['openat2'],
    source: S.man('openat2(2) VERSIONS: "first appeared in Linux 5.6"'),
  },
  {
    id: 'faccessat2', name: 'faccessat2(2)',
    summary: 'access() with flags; musl (Alpine ≥ 3.14) and newer glibc call it for access checks.',
    since: '5.8', kconfig: [], modular: false, syscalls: ['faccessat2'],
    source: S.man('access(2) VERSIONS: faccessat2() "was added in Linux 5.8"'),
    sources: ['https://github.com/alpinelinux/docker-alpine/issues/182'],
  },
  {
    id: 'close_range', name: 'close_range(2)',
    summary: 'Close a range of file descriptors at once (systemd, OpenSSH, glibc closefrom).',
    since: '5.9', kconfig: [], modular: false, syscalls: ['close_range'],
    source: S.man('close_range(2) VERSIONS: "first appeared in Linux 5.9"'),
  },
  {
    id: 'epoll_pwait2', name: 'epoll_pwait2(2)',
    summary: 'epoll wait with a nanosecond timeout (libuv, newer glibc wrappers).',
    since: '5.11', kconfig: [], modular: false, syscalls: ['epoll_pwait2'],
    source: S.man('epoll_wait(2) VERSIONS: epoll_pwait2() "was added in Linux 5.11"'),
  },
  {
    id: 'mount_setattr', name: 'mount_setattr(2) and idmapped mounts',
    summary: 'Change mount properties, including ID-mapped mounts used by runc/crun and systemd-nspawn.',
    since: '5.12', kconfig: [], modular: false, syscalls: ['mount_setattr'],
    source: S.man('mount_setattr(2) VERSIONS: "first appeared in Linux 5.12"'),
  },
  {
    id: 'memfd_secret', name: 'memfd_secret(2)',
    summary: 'Memory areas hidden from the kernel direct map, for secret keys.',
    since: '5.14', kconfig: ['SECRETMEM'], modular: false, syscalls: ['memfd_secret'],
    source: S.man('memfd_secret(2) VERSIONS: "first appeared in Linux 5.14"'),
  },
  {
    id: 'futex_waitv', name: 'futex_waitv(2)',
    summary: 'Wait on several futexes at once (Wine/Proton fsync).',
    since: '5.16', kconfig: ['FUTEX'], modular: false, syscalls: ['futex_waitv'],
    source: S.futexWaitv,
  },
  {
    id: 'process_madvise', name: 'process_madvise(2)',
    summary: 'Give memory advice about another process (memory managers like lmkd).',
    since: '5.10', kconfig: ['ADVISE_SYSCALLS'], modular: false, syscalls: ['process_madvise'],
    source: S.man('process_madvise(2) VERSIONS: "first appeared in Linux 5.10"'),
  },
  {
    id: 'userfaultfd', name: 'userfaultfd(2)',
    summary: 'Handle page faults in user space (CRIU lazy pages, QEMU post-copy migration, Firecracker).',
    since: '4.3', kconfig: ['USERFAULTFD'], modular: false, syscalls: ['userfaultfd'],
    source: S.man('userfaultfd(2) VERSIONS: "first appeared in Linux 4.3"'),
  },
  {
    id: 'inotify', name: 'inotify',
    summary: 'File change notification (webpack, watchman, tail -F); limits are host-only fs.inotify.* sysctls.',
    since: '2.6.13', kconfig: ['INOTIFY_USER'], modular: false,
    syscalls: ['inotify_init1', 'inotify_add_watch'], commands: ['inotifywait', 'inotifywatch'],
    source: S.man('inotify(7): "Inotify was merged into Linux 2.6.13"'),
  },
  {
    id: 'fanotify', name: 'fanotify',
    summary: 'Filesystem-wide notification and permission events (antivirus scanners, auditing tools).',
    since: '2.6.37', kconfig: ['FANOTIFY'], modular: false, syscalls: ['fanotify_init', 'fanotify_mark'],
    // 2.6.36 merged the code but left it disabled; 2.6.37 is the first kernel where it can be used.
    source: S.man('fanotify(7): "The fanotify API was introduced in Linux 2.6.36 and enabled in Linux 2.6.37"'),
  },

  // ── Namespaces, cgroups, isolation ────────────────────────────────────────────────────────
  {
    id: 'user_namespaces', name: 'User namespaces',
    summary: 'Unprivileged UID/GID mapping: rootless Docker/Podman, userns-remap, unshare -U.',
    since: '3.8', kconfig: ['USER_NS'], modular: false, syscalls: ['unshare', 'clone'],
    commands: ['unshare', 'newuidmap', 'newgidmap', 'rootlesskit'],
    source: S.man('namespaces(7): /proc/pid/ns/user "(since Linux 3.8)"; user_namespaces(7)'),
    sources: [S.checkConfig],
  },
  {
    id: 'time_namespaces', name: 'Time namespaces',
    summary: 'Per-namespace offsets for CLOCK_MONOTONIC/BOOTTIME (unshare --time, CRIU, runc timeOffsets).',
    since: '5.6', kconfig: ['TIME_NS'], modular: false, commands: ['unshare'],
    source: S.man('namespaces(7): /proc/pid/ns/time "(since Linux 5.6)"'),
    sources: ['opencontainers/runc libcontainer/configs/validate/validator.go @ 0274ca25 (checks /proc/self/timens_offsets)'],
  },
  {
    id: 'cgroup_v2', name: 'cgroup v2 (unified hierarchy)',
    summary: 'Single cgroup hierarchy; systemd ≥ 230 is needed inside a container that runs systemd on a v2 host.',
    since: '4.5', kconfig: ['CGROUPS'], modular: false,
    source: S.man('cgroups(7): cgroups v2 "was eventually made official with the release of Linux 4.5"'),
    sources: ['https://github.com/containers/podman/pull/6195'],
  },
  {
    id: 'cgroup_cpu', name: 'cgroup v2 cpu controller',
    summary: 'CPU weight and bandwidth limits (docker run --cpus / --cpu-shares) on cgroup v2.',
    since: '4.15', kconfig: ['CGROUP_SCHED', 'FAIR_GROUP_SCHED', 'CFS_BANDWIDTH'], modular: false,
    source: S.man('cgroups(7): v2 controller cpu "(since Linux 4.15)"'), sources: [S.checkConfig],
  },
  {
    id: 'cgroup_memory', name: 'cgroup v2 memory controller',
    summary: 'Memory limits and accounting (docker run --memory) on cgroup v2.',
    since: '4.5', kconfig: ['MEMCG'], modular: false,
    source: S.man('cgroups(7): v2 controller memory "(since Linux 4.5)"'),
  },
  {
    id: 'cgroup_io', name: 'cgroup v2 io controller',
    summary: 'Block I/O weight and throttling (docker run --blkio-weight, --device-read-bps) on cgroup v2.',
    since: '4.5', kconfig: ['BLK_CGROUP'], modular: false,
    source: S.man('cgroups(7): v2 controller io "(since Linux 4.5)"'),
  },
  {
    id: 'cgroup_pids', name: 'cgroup v2 pids controller',
    summary: 'Process-count limits (docker run --pids-limit) on cgroup v2.',
    since: '4.5', kconfig: ['CGROUP_PIDS'], modular: false,
    source: S.man('cgroups(7): v2 controller pids "(since Linux 4.5)"; v1 pids since 4.3'),
  },
  {
    id: 'cgroup_cpuset', name: 'cgroup v2 cpuset controller',
    summary: 'CPU and memory-node pinning (docker run --cpuset-cpus) on cgroup v2.',
    since: '5.0', kconfig: ['CPUSETS'], modular: false,
    source: S.man('cgroups(7): v2 controller cpuset "(since Linux 5.0)"'),
  },
  {
    id: 'cgroup_freezer', name: 'cgroup v2 freezer',
    summary: 'Freeze a cgroup (docker pause on cgroup v2 hosts); part of the v2 core, no separate Kconfig symbol.',
    since: '5.2', kconfig: [], modular: false,
    source: S.man('cgroups(7): v2 freezer "(since Linux 5.2)"'),
  },
  {
    id: 'cgroup_hugetlb', name: 'cgroup v2 hugetlb controller',
    summary: 'Huge page limits per cgroup on cgroup v2.',
    since: '5.6', kconfig: ['CGROUP_HUGETLB'], modular: false,
    source: S.man('cgroups(7): v2 controller hugetlb "(since Linux 5.6)"'),
  },
  {
    id: 'psi', name: 'Pressure stall information (PSI)',
    summary: '/proc/pressure and cgroup *.pressure files (systemd-oomd, oomd, Kubernetes/cAdvisor pressure metrics).',
    since: '4.20', kconfig: ['PSI'], modular: false, commands: ['systemd-oomd'],
    source: S.psi, sources: [S.debianConfig],
  },
  {
    id: 'seccomp_filter', name: 'seccomp BPF filters',
    summary: 'Syscall filtering used by the Docker/Podman default profile and libseccomp sandboxes.',
    kconfig: ['SECCOMP', 'SECCOMP_FILTER'], modular: false, syscalls: ['seccomp', 'prctl'],
    source: S.man('seccomp(2) VERSIONS: the seccomp() system call "first appeared in Linux 3.17"'),
    sources: [S.checkConfig],
  },
  {
    id: 'landlock', name: 'Landlock LSM',
    summary: 'Unprivileged sandboxing of file and network access by the process itself.',
    since: '5.13', kconfig: ['SECURITY_LANDLOCK'], modular: false,
    syscalls: ['landlock_create_ruleset', 'landlock_add_rule', 'landlock_restrict_self'],
    source: S.man('landlock(7): "Landlock was added in Linux 5.13"'),
  },
  {
    id: 'selinux', name: 'SELinux',
    summary: 'Label-based mandatory access control (container-selinux, :z/:Z volume labels, RHEL/Fedora hosts).',
    kconfig: ['SECURITY_SELINUX'], modular: false,
    commands: ['semanage', 'restorecon', 'chcon', 'setenforce', 'getenforce'],
    source: S.checkConfig,
  },
  {
    id: 'apparmor', name: 'AppArmor',
    summary: 'Path-based mandatory access control (docker-default profile on Debian/Ubuntu hosts).',
    since: '2.6.36', kconfig: ['SECURITY_APPARMOR'], modular: false,
    commands: ['apparmor_parser', 'aa-status', 'aa-enforce', 'aa-complain'],
    source: S.apparmor, sources: [S.checkConfig],
  },
  {
    id: 'keyrings', name: 'Kernel key retention service',
    summary: 'Kernel keyrings (keyctl, Kerberos/NFS/ecryptfs key caches); limits are host-only kernel.keys.* sysctls.',
    since: '2.6.10', kconfig: ['KEYS'], modular: false,
    syscalls: ['keyctl', 'add_key', 'request_key'], commands: ['keyctl'],
    source: S.man('keyctl(2) VERSIONS: "This system call first appeared in Linux 2.6.10"'), sources: [S.checkConfig],
  },
  {
    id: 'checkpoint_restore', name: 'Checkpoint/restore (CRIU)',
    summary: 'Kernel interfaces CRIU needs to dump and restore processes (docker checkpoint, podman container checkpoint).',
    kconfig: ['CHECKPOINT_RESTORE'], modular: false, syscalls: ['kcmp'], commands: ['criu'],
    source: S.man('kcmp(2) VERSIONS: "first appeared in Linux 3.5"; before 5.12 kcmp needed CONFIG_CHECKPOINT_RESTORE'),
  },

  // ── BPF and tracing ──────────────────────────────────────────────────────────────────────
  {
    id: 'bpf', name: 'eBPF (bpf syscall)',
    summary: 'Load and attach eBPF programs (bpftool, bcc, bpftrace, Cilium, Falco); needs CAP_BPF/CAP_SYS_ADMIN.',
    since: '3.18', kconfig: ['BPF_SYSCALL'], modular: false, syscalls: ['bpf'],
    commands: ['bpftool', 'bpftrace'],
    source: S.man('bpf(2) VERSIONS: "first appeared in Linux 3.18"'),
  },
  {
    id: 'btf', name: 'BTF kernel type information',
    summary: '/sys/kernel/btf/vmlinux for CO-RE BPF tools (libbpf-tools, bpftrace, Tetragon, modern Falco probe).',
    // No commands: bpftrace, bcc and bpftool run without BTF (only CO-RE programs need it), so a use of them is no evidence.
    kconfig: ['DEBUG_INFO_BTF'], modular: false,
    source: S.debianConfig,
  },
  {
    id: 'xdp', name: 'XDP (eXpress Data Path)',
    summary: 'eBPF programs at the network driver receive hook (Cilium, Katran, xdp-tools).',
    since: '4.8', kconfig: ['BPF_SYSCALL'], modular: false, commands: ['xdp-loader', 'ip'],
    source: S.xdp,
  },
  {
    id: 'af_xdp', name: 'AF_XDP sockets',
    summary: 'Zero-copy packet sockets fed by XDP programs (DPDK AF_XDP driver, xdpsock).',
    kconfig: ['XDP_SOCKETS'], modular: false,
    source: S.debianConfig,
  },
  {
    id: 'perf_events', name: 'perf events',
    summary: 'Hardware/software performance counters and tracing (perf, bpftrace); gated by host-only kernel.perf_event_paranoid.',
    since: '2.6.31', kconfig: ['PERF_EVENTS'], modular: false, syscalls: ['perf_event_open'], commands: ['perf'],
    source: S.man('perf_event_open(2): "introduced in Linux 2.6.31 but was called perf_counter_open()"'),
  },

  // ── Netfilter and packet filtering ───────────────────────────────────────────────────────
  {
    id: 'nf_tables', name: 'nftables',
    summary: 'The nftables packet-classification framework behind nft (and iptables-nft).',
    since: '3.13', kconfig: ['NF_TABLES', 'NF_TABLES_INET'], modular: true,
    modules: ['nf_tables'], commands: ['nft'],
    source: S.nftables, sources: [S.debianConfig],
  },
  {
    id: 'iptables_legacy', name: 'iptables (legacy x_tables backend)',
    summary: 'The classic ip_tables/x_tables kernel tables used by iptables-legacy (and by Docker\'s required list).',
    kconfig: ['IP_NF_IPTABLES', 'IP_NF_FILTER', 'IP_NF_NAT'], modular: true,
    modules: ['ip_tables', 'iptable_filter', 'iptable_nat'],
    commands: ['iptables-legacy', 'ip6tables-legacy', 'iptables-legacy-save', 'iptables-legacy-restore'],
    source: S.checkConfig, sources: [S.debianConfig],
  },
  {
    id: 'iptables_nft', name: 'iptables (nf_tables backend)',
    summary: 'iptables ≥ 1.8 "nft" variant: iptables syntax translated to nf_tables rules, with xt matches via nft_compat.',
    kconfig: ['NF_TABLES', 'NFT_COMPAT'], modular: true,
    modules: ['nf_tables', 'nft_compat'], commands: ['iptables-nft', 'ip6tables-nft', 'iptables-nft-save', 'iptables-nft-restore'],
    source: S.debianConfig,
  },
  {
    id: 'ipset', name: 'IP sets',
    summary: 'Kernel-side address/port sets matched by iptables (ipset, fail2ban, kube-proxy, Calico).',
    kconfig: ['IP_SET'], modular: true, modules: ['ip_set'], commands: ['ipset'],
    source: S.debianConfig,
  },
  {
    id: 'ipvs', name: 'IPVS (IP Virtual Server)',
    summary: 'In-kernel L4 load balancing (ipvsadm, kube-proxy ipvs mode, Docker swarm routing mesh).',
    kconfig: ['IP_VS', 'IP_VS_NFCT', 'IP_VS_PROTO_TCP', 'IP_VS_PROTO_UDP', 'IP_VS_RR'], modular: true,
    modules: ['ip_vs', 'ip_vs_rr'], commands: ['ipvsadm'],
    source: S.checkConfig, sources: [S.debianConfig],
  },
  {
    id: 'conntrack', name: 'Connection tracking',
    summary: 'Netfilter connection tracking (NAT, stateful rules, conntrack tool).',
    kconfig: ['NF_CONNTRACK', 'NETFILTER_XT_MATCH_CONNTRACK'], modular: true,
    modules: ['nf_conntrack'], commands: ['conntrack'],
    source: S.checkConfig, sources: [S.debianConfig],
  },
  {
    id: 'tproxy', name: 'Transparent proxying (TPROXY)',
    summary: 'Redirect traffic to a local socket without NAT (Istio TPROXY mode, Squid, mitmproxy, xray).',
    kconfig: ['NETFILTER_XT_TARGET_TPROXY', 'NF_TPROXY_IPV4'], modular: true,
    modules: ['xt_TPROXY', 'nf_tproxy_ipv4'],
    source: S.debianConfig,
  },
  {
    id: 'ebtables', name: 'ebtables (bridge filtering)',
    summary: 'Ethernet bridge frame filtering with the legacy ebtables tool.',
    kconfig: ['BRIDGE_NF_EBTABLES'], modular: true, modules: ['ebtables'], commands: ['ebtables', 'ebtables-legacy'],
    source: S.debianConfig,
  },
  {
    id: 'br_netfilter', name: 'Bridge netfilter (br_netfilter)',
    summary: 'Passes bridged traffic through iptables; provides net.bridge.bridge-nf-call-iptables (Docker, Kubernetes).',
    kconfig: ['BRIDGE_NETFILTER'], modular: true, modules: ['br_netfilter'],
    source: S.checkConfig, sources: [S.debianConfig],
  },
  {
    id: 'xfrm_ipsec', name: 'IPsec (XFRM, ESP)',
    summary: 'Kernel IPsec used by strongSwan/Libreswan and Docker encrypted overlay networks.',
    kconfig: ['XFRM_USER', 'INET_ESP'], modular: true, modules: ['xfrm_user', 'esp4'],
    commands: ['ipsec', 'charon', 'pluto', 'swanctl'],
    source: S.checkConfig, sources: [S.debianConfig],
  },

  // ── Network devices and protocols ────────────────────────────────────────────────────────
  {
    id: 'wireguard', name: 'WireGuard',
    summary: 'In-kernel WireGuard VPN interface (wg, wg-quick); the module must exist on the host.',
    since: '5.6', kconfig: ['WIREGUARD'], modular: true, modules: ['wireguard'], commands: ['wg', 'wg-quick'],
    source: S.wireguard, sources: [S.debianConfig],
  },
  {
    id: 'tun', name: 'TUN/TAP devices',
    summary: '/dev/net/tun virtual interfaces (OpenVPN, wireguard-go, tailscaled, slirp4netns); needs --device /dev/net/tun and NET_ADMIN.',
    kconfig: ['TUN'], modular: true, modules: ['tun'],
    commands: ['openvpn', 'tailscaled', 'wireguard-go', 'openconnect', 'slirp4netns'],
    source: S.debianConfig, sources: ['boot2docker/boot2docker files/kernel-config.d/networking (TUN=y)'],
  },
  {
    id: 'bridge', name: 'Linux bridge',
    summary: 'Software Ethernet bridge (Docker default bridge network, brctl, ip link type bridge).',
    kconfig: ['BRIDGE'], modular: true, modules: ['bridge'], commands: ['brctl', 'bridge'],
    source: S.checkConfig,
  },
  {
    id: 'veth', name: 'veth pairs',
    summary: 'Virtual Ethernet pairs linking container network namespaces to the host.',
    kconfig: ['VETH'], modular: true, modules: ['veth'],
    source: S.checkConfig,
  },
  {
    id: 'macvlan', name: 'macvlan',
    summary: 'Sub-interfaces with their own MAC addresses (Docker macvlan network driver).',
    kconfig: ['MACVLAN'], modular: true, modules: ['macvlan'],
    source: S.checkConfig,
  },
  {
    id: 'ipvlan', name: 'ipvlan',
    summary: 'Sub-interfaces sharing the parent MAC (Docker ipvlan network driver).',
    kconfig: ['IPVLAN'], modular: true, modules: ['ipvlan'],
    source: S.checkConfig,
  },
  {
    id: 'vxlan', name: 'VXLAN',
    summary: 'VXLAN tunnel interfaces (Docker overlay networks, flannel vxlan backend).',
    kconfig: ['VXLAN'], modular: true, modules: ['vxlan'],
    source: S.checkConfig,
  },
  {
    id: 'geneve', name: 'GENEVE',
    summary: 'GENEVE tunnel interfaces (OVN/Open vSwitch, Cilium).',
    kconfig: ['GENEVE'], modular: true, modules: ['geneve'],
    source: S.debianConfig,
  },
  {
    id: 'sctp', name: 'SCTP',
    summary: 'Stream Control Transmission Protocol sockets (lksctp-tools, Diameter/telecom stacks, EXPOSE …/sctp).',
    kconfig: ['IP_SCTP'], modular: true, modules: ['sctp'], commands: ['sctp_test', 'sctp_darn'],
    source: S.debianConfig,
  },
  {
    id: 'mptcp', name: 'Multipath TCP',
    summary: 'MPTCP sockets (IPPROTO_MPTCP, mptcpize, mptcpd).',
    since: '5.6', kconfig: ['MPTCP'], modular: false, commands: ['mptcpize', 'mptcpd'],
    source: S.mptcp, sources: [S.debianConfig],
  },
  {
    id: 'ktls', name: 'Kernel TLS (kTLS)',
    summary: 'TLS record layer in the kernel (OpenSSL enable-ktls, nginx ssl_conf_command Options KTLS).',
    since: '4.13', kconfig: ['TLS'], modular: true, modules: ['tls'],
    source: S.ktls, sources: [S.debianConfig],
  },
  {
    id: 'tcp_bbr', name: 'TCP BBR congestion control',
    summary: 'BBR congestion control (net.ipv4.tcp_congestion_control=bbr); the tcp_bbr module must be loaded on the host.',
    since: '4.9', kconfig: ['TCP_CONG_BBR'], modular: true, modules: ['tcp_bbr'],
    source: S.bbr, sources: [S.debianConfig],
  },
  {
    id: 'netem', name: 'netem qdisc',
    summary: 'Network emulation (delay, loss) via tc qdisc … netem (pumba, chaos testing).',
    kconfig: ['NET_SCH_NETEM'], modular: true, modules: ['sch_netem'], commands: ['tc'],
    source: S.debianConfig, sources: ['boot2docker/boot2docker files/kernel-config.d/networking (NET_SCH_NETEM=m)'],
  },
  {
    id: 'vsock', name: 'vsock (VM sockets)',
    summary: 'Host/guest sockets (socat VSOCK, Kata, Firecracker, WSL2/Docker Desktop plumbing).',
    since: '3.9', kconfig: ['VSOCKETS'], modular: true, modules: ['vsock', 'vhost_vsock'],
    source: S.man('vsock(7) VERSIONS: VMware (VMCI) "since Linux 3.9", virtio 4.8, Hyper-V 4.14'),
  },

  // ── Filesystems and block devices ────────────────────────────────────────────────────────
  {
    id: 'overlayfs', name: 'OverlayFS',
    summary: 'Union filesystem behind Docker overlay2 and containerd overlayfs; needed on the host and for Docker-in-Docker.',
    since: '3.18', kconfig: ['OVERLAY_FS'], modular: true, modules: ['overlay'],
    commands: ['dockerd', 'containerd', 'podman', 'buildah'],
    usableSince: {
      version: '4.0',
      why: "Docker's overlay2 storage driver needs Linux ≥ 4.0, or RHEL/CentOS 3.10.0-514 and later",
      rhelBackport: { line: '3.10.0', build: 514 },
      source: 'docker/docs content/manuals/engine/storage/drivers/overlayfs-driver.md (prerequisites: "Version 4.0 or higher of the Linux kernel, or RHEL or CentOS using version 3.10.0-514 of the kernel or higher")',
    },
    source: S.overlayfs, sources: [S.checkConfig],
  },
  {
    id: 'fuse', name: 'FUSE',
    summary: 'Filesystems in user space (sshfs, s3fs, rclone mount, fuse-overlayfs); needs --device /dev/fuse and SYS_ADMIN or a user namespace.',
    kconfig: ['FUSE_FS'], modular: true, modules: ['fuse'],
    commands: ['sshfs', 's3fs', 'fuse-overlayfs', 'gocryptfs', 'fusermount', 'fusermount3', 'goofys', 'mount-s3'],
    source: S.debianConfig,
  },
  {
    id: 'btrfs', name: 'Btrfs',
    summary: 'Btrfs filesystem (mkfs.btrfs, btrfs subvolumes, Docker btrfs storage driver).',
    since: '2.6.29', kconfig: ['BTRFS_FS'], modular: true, modules: ['btrfs'], commands: ['btrfs', 'mkfs.btrfs'],
    source: S.btrfs, sources: [S.checkConfig],
  },
  {
    id: 'zfs', name: 'OpenZFS',
    summary: 'ZFS pools and datasets; an out-of-tree (CDDL) module that must be installed on the host, never in an image.',
    kconfig: [], modular: true, outOfTree: true, modules: ['zfs'], commands: ['zfs', 'zpool'],
    source: S.checkConfig, sources: ['https://openzfs.github.io/openzfs-docs/'],
  },
  {
    id: 'squashfs', name: 'SquashFS',
    summary: 'Compressed read-only filesystem images mounted by the kernel (snaps, AppImages, live images).',
    since: '2.6.29', kconfig: ['SQUASHFS'], modular: true, modules: ['squashfs'],
    source: S.btrfs,
  },
  {
    id: 'nfs_client', name: 'NFS client',
    summary: 'Mounting NFS shares (mount -t nfs); needs SYS_ADMIN and LSM allowances inside a container.',
    kconfig: ['NFS_FS', 'NFS_V4'], modular: true, modules: ['nfs', 'nfsv4'], commands: ['mount.nfs', 'mount.nfs4'],
    source: S.debianConfig,
  },
  {
    id: 'nfsd', name: 'NFS server (knfsd)',
    summary: 'The in-kernel NFS server: exports are served by the host kernel, so a containerised nfs-kernel-server is effectively host-level.',
    kconfig: ['NFSD', 'NFSD_V4'], modular: true, modules: ['nfsd'], commands: ['rpc.nfsd', 'exportfs', 'rpc.mountd'],
    source: S.debianConfig,
  },
  {
    id: 'iscsi_initiator', name: 'iSCSI initiator',
    summary: 'Attach iSCSI LUNs (iscsiadm/iscsid); the session lives in the host kernel.',
    kconfig: ['ISCSI_TCP', 'SCSI_ISCSI_ATTRS'], modular: true, modules: ['iscsi_tcp'], commands: ['iscsiadm', 'iscsid'],
    source: S.debianConfig,
  },
  {
    id: 'iscsi_target', name: 'iSCSI target (LIO)',
    summary: 'Serve iSCSI LUNs from the kernel LIO target (targetcli).',
    kconfig: ['TARGET_CORE', 'ISCSI_TARGET'], modular: true, modules: ['target_core_mod', 'iscsi_target_mod'],
    commands: ['targetcli'],
    source: S.debianConfig,
  },
  {
    id: 'drbd', name: 'DRBD',
    summary: 'Replicated block devices over the network (drbdadm); the kernel module must match the host.',
    since: '2.6.33', kconfig: ['BLK_DEV_DRBD'], modular: true, modules: ['drbd'], commands: ['drbdadm', 'drbdsetup'],
    source: S.drbd,
  },
  {
    id: 'dm_crypt', name: 'dm-crypt',
    summary: 'Encrypted block devices (cryptsetup/LUKS); needs device-mapper on the host and a privileged container.',
    kconfig: ['DM_CRYPT'], modular: true, modules: ['dm_crypt'], commands: ['cryptsetup'],
    source: S.debianConfig,
  },
  {
    id: 'loop', name: 'Loop devices',
    summary: 'Files as block devices (losetup, mount -o loop); loop devices are host-global.',
    kconfig: ['BLK_DEV_LOOP'], modular: true, modules: ['loop'], commands: ['losetup'],
    source: S.debianConfig,
  },
  {
    id: 'nbd', name: 'Network block device',
    summary: 'Block devices backed by a userspace server (nbd-client, qemu-nbd).',
    kconfig: ['BLK_DEV_NBD'], modular: true, modules: ['nbd'], commands: ['nbd-client', 'qemu-nbd'],
    source: S.debianConfig,
  },
  {
    id: 'hugetlbfs', name: 'hugetlbfs',
    summary: 'Explicit huge pages (DPDK, PostgreSQL huge_pages, JVM large pages); pool size is the host-only vm.nr_hugepages.',
    kconfig: ['HUGETLBFS'], modular: false,
    source: S.debianConfig,
  },
  {
    id: 'posix_mqueue', name: 'POSIX message queues',
    summary: 'mq_open() queues under /dev/mqueue; fs.mqueue.* sysctls are per IPC namespace.',
    since: '2.6.6', kconfig: ['POSIX_MQUEUE'], modular: false, syscalls: ['mq_open', 'mq_send', 'mq_receive'],
    source: S.man('mq_overview(7): "POSIX message queues have been supported since Linux 2.6.6"'),
    sources: [S.checkConfig],
  },
  {
    id: 'sysv_ipc', name: 'System V IPC',
    summary: 'SysV shared memory, semaphores and message queues (PostgreSQL, Oracle); kernel.shm*/msg*/sem are per IPC namespace.',
    kconfig: ['SYSVIPC'], modular: false, syscalls: ['shmget', 'semget', 'msgget'], commands: ['ipcs', 'ipcmk'],
    source: S.debianConfig,
  },

  // ── Virtualisation and emulation ─────────────────────────────────────────────────────────
  {
    id: 'kvm', name: 'KVM',
    summary: 'Hardware virtualisation through /dev/kvm (qemu-system, Firecracker, Kata); needs --device /dev/kvm.',
    kconfig: ['KVM'], modular: true, modules: ['kvm', 'kvm_intel', 'kvm_amd'],
    commands: ['qemu-system-x86_64', 'qemu-system-aarch64', 'qemu-kvm', 'kvm', 'firecracker'],
    source: S.debianConfig,
  },
  {
    id: 'binfmt_misc', name: 'binfmt_misc',
    summary: 'Register interpreters for foreign binaries (qemu-user-static, buildx multi-arch); registration is host-global.',
    kconfig: ['BINFMT_MISC'], modular: true, modules: ['binfmt_misc'], commands: ['update-binfmts'],
    source: S.debianConfig,
  },
  // Features of devices and facilities (CAN, CIFS, device mapper, tunnels, qdiscs, tracing): knowledge/hostFacilities.ts
  ...facilityFeatures,
];

const byId = new Map(kernelFeatures.map((f) => [f.id, f]));

/** The feature with this id, or undefined. */
export function getFeature(id: string): KernelFeature | undefined {
  return byId.get(id);
}
