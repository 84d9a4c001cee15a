/**
 * Which sysctls a container may set (`docker run --sysctl`, compose `sysctls:`, a RUN `sysctl -w`
 * at build time never works either way). A sysctl is per-container only when a kernel namespace
 * makes it so AND the runtime (runc) lets it through; everything else is host-wide and must be
 * set on the host.
 *
 * Lookup order (classifySysctl): exact keys win over prefixes; a longer prefix wins over a shorter
 * one; anything unmatched falls under the host-only default row (pattern '').
 */
import type { SysctlClass, SysctlRule } from './types';
import { hostOnlyNetSysctls, hostOnlyNetSysctlsSource } from './sysctlsHostOnly.generated';

const RUNC =
  'opencontainers/runc libcontainer/configs/validate/validator.go @ 0274ca25, func sysctl (allow-list kernel.msg*/sem/shm*, fs.mqueue.*, net.*, kernel.domainname; kernel.hostname rejected; everything else "is not in a separate kernel namespace")';
const DOCKER_RUN =
  'docker/cli docs/reference/commandline/container_run.md @ 28f75608, "Configure namespaced kernel parameters (sysctls) at runtime"';
const PODMAN = 'https://docs.podman.io/en/v4.3/markdown/options/sysctl.html';
const NET_CORE =
  'Linux net/core/sysctl_net_core.c: net_core_table is registered for the initial network namespace only; netns_core_table (somaxconn, …) is per namespace';
const NF_CONNTRACK =
  'Linux net/netfilter/nf_conntrack_standalone.c nf_conntrack_standalone_init_sysctl: "Don\'t allow non-init_net ns to alter global sysctls" (nf_conntrack_max, nf_conntrack_expect_max, nf_conntrack_buckets made 0444)';

const ipc = (key: string): SysctlRule => ({
  pattern: key,
  kind: 'exact',
  class: 'namespaced',
  namespace: 'ipc',
  note: 'Per IPC namespace; not allowed with --ipc=host.',
  source: RUNC,
});

/** A net.* key that exists only in the host's initial network namespace. */
const hostNet = (key: string, note: string, source: string): SysctlRule => ({
  pattern: key,
  kind: 'exact',
  class: 'host-only',
  note,
  source,
});

const NET_CORE_GLOBAL_NOTE =
  "Global net.core setting: it exists only in the host's initial network namespace, so a container cannot set it.";
const IPV4_GLOBAL_NOTE =
  "Global net.ipv4 setting: it exists only in the host's initial network namespace, so a container cannot set it (most net.ipv4 keys, e.g. tcp_rmem/tcp_wmem, are per namespace).";

/**
 * Where sysctl settings are read from at boot: /etc/sysctl.conf and the drop-in directories of sysctl.d(5), in its
 * order (systemd-sysctl and procps `sysctl --system` read the same list; /usr/lib/sysctl.d is where packages and
 * bootable images put theirs).
 */
export const sysctlConfigFiles = {
  file: '/etc/sysctl.conf',
  dirs: ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'],
  source:
    'systemd man/sysctl.d.xml (sysctl.d(5) SYNOPSIS: /etc/sysctl.d/*.conf, /run/sysctl.d/*.conf, /usr/local/lib/sysctl.d/*.conf, /usr/lib/sysctl.d/*.conf); procps-ng sysctl(8) --system: the same directories with /lib/sysctl.d and /etc/sysctl.conf',
} as const;

export const sysctlRules: readonly SysctlRule[] = [
  // Default: anything not listed below is host-wide (runc: "is not in a separate kernel namespace").
  {
    pattern: '',
    kind: 'prefix',
    class: 'host-only',
    note: 'Not namespaced: set it on the host (/etc/sysctl.d, cloud-init, a privileged DaemonSet), not in the image.',
    source: RUNC,
  },
  { pattern: 'vm.', kind: 'prefix', class: 'host-only', note: 'Virtual-memory settings are host-wide.', source: RUNC },
  { pattern: 'fs.', kind: 'prefix', class: 'host-only', note: 'Filesystem settings are host-wide (except fs.mqueue.*).', source: RUNC },
  {
    pattern: 'kernel.',
    kind: 'prefix',
    class: 'host-only',
    note: 'Host-wide kernel setting (only the SysV IPC keys and kernel.domainname are namespaced).',
    source: RUNC,
  },

  // IPC namespace.
  ipc('kernel.msgmax'),
  ipc('kernel.msgmnb'),
  ipc('kernel.msgmni'),
  ipc('kernel.sem'),
  ipc('kernel.shmall'),
  ipc('kernel.shmmax'),
  ipc('kernel.shmmni'),
  ipc('kernel.shm_rmid_forced'),
  {
    pattern: 'fs.mqueue.',
    kind: 'prefix',
    class: 'namespaced',
    namespace: 'ipc',
    note: 'POSIX message queue limits are per IPC namespace; not allowed with --ipc=host.',
    source: RUNC,
  },

  // UTS namespace.
  {
    pattern: 'kernel.domainname',
    kind: 'exact',
    class: 'namespaced',
    namespace: 'uts',
    note: 'Per UTS namespace.',
    source: RUNC,
  },
  {
    pattern: 'kernel.hostname',
    kind: 'exact',
    class: 'namespaced',
    namespace: 'uts',
    note: 'Rejected by runc: it conflicts with the OCI hostname field. Use --hostname (compose: hostname:) instead.',
    source: RUNC,
  },

  // Network namespace.
  {
    pattern: 'net.',
    kind: 'prefix',
    class: 'namespaced',
    namespace: 'net',
    note: 'Per network namespace; not allowed with --network=host, and only keys that exist inside a non-initial network namespace can be set.',
    source: DOCKER_RUN,
  },
  {
    pattern: 'net.core.somaxconn',
    kind: 'exact',
    class: 'namespaced',
    namespace: 'net',
    note: 'Per network namespace (netns_core_table); not allowed with --network=host.',
    source: NET_CORE,
  },
  // Keys of net_core_table and ipv4_table, read from the kernel source by scripts/gen-kernel-sysctls.ts.
  ...hostOnlyNetSysctls.map(({ key, table }) =>
    hostNet(key, table === 'ipv4_table' ? IPV4_GLOBAL_NOTE : NET_CORE_GLOBAL_NOTE, hostOnlyNetSysctlsSource),
  ),
  hostNet(
    'net.netfilter.nf_conntrack_max',
    "Read-only inside a container's network namespace on the kernels checked: raise it on the host.",
    NF_CONNTRACK,
  ),
  hostNet('net.netfilter.nf_conntrack_expect_max', "Read-only inside a container's network namespace: set it on the host.", NF_CONNTRACK),
  hostNet('net.netfilter.nf_conntrack_buckets', "Read-only inside a container's network namespace: set it on the host.", NF_CONNTRACK),
  hostNet(
    'net.nf_conntrack_max',
    'Legacy alias of net.netfilter.nf_conntrack_max, registered for the initial network namespace only: set it on the host.',
    NF_CONNTRACK,
  ),
];

/** Also accepted by runc/sysctl(8): `net/ipv4/ip_forward` ≡ `net.ipv4.ip_forward`. */
export function normalizeSysctlKey(key: string): string {
  const k = key.trim();
  const first = k.search(/[./]/);
  // sysctl(8): when the first separator is '/', '/' and '.' swap roles (an interface name may hold a dot).
  if (first === -1 || k[first] === '.') return k;
  return k.replace(/[./]/g, (c) => (c === '/' ? '.' : '/'));
}

const exact = new Map(sysctlRules.filter((r) => r.kind === 'exact').map((r) => [r.pattern, r]));
const prefixes = sysctlRules.filter((r) => r.kind === 'prefix').sort((a, b) => b.pattern.length - a.pattern.length);

export interface SysctlClassification {
  class: SysctlClass;
  namespace?: string;
  note?: string;
  rule: SysctlRule;
}

/** Classify a sysctl key; unknown keys fall under the host-only default rule. */
export function classifySysctl(key: string): SysctlClassification {
  const k = normalizeSysctlKey(key);
  const rule = exact.get(k) ?? prefixes.find((r) => k.startsWith(r.pattern)) ?? prefixes[prefixes.length - 1];
  return { class: rule.class, namespace: rule.namespace, note: rule.note, rule };
}

/** Sources consulted for the table as a whole (for docs and hovers). */
export const sysctlSources: readonly string[] = [
  RUNC,
  DOCKER_RUN,
  PODMAN,
  NET_CORE,
  hostOnlyNetSysctlsSource,
  NF_CONNTRACK,
  sysctlConfigFiles.source,
];
