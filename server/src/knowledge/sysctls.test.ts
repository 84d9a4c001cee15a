import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySysctl, normalizeSysctlKey } from './sysctls';

const cases: [key: string, cls: 'namespaced' | 'host-only', ns?: string][] = [
  ['net.core.somaxconn', 'namespaced', 'net'],
  ['net/ipv4/ip_forward', 'namespaced', 'net'],
  ['net.ipv4.ip_forward', 'namespaced', 'net'],
  ['net.ipv4.ip_unprivileged_port_start', 'namespaced', 'net'],
  ['net.ipv4.tcp_congestion_control', 'namespaced', 'net'],
  ['kernel.shmmax', 'namespaced', 'ipc'],
  ['kernel.sem', 'namespaced', 'ipc'],
  ['kernel.shm_rmid_forced', 'namespaced', 'ipc'],
  ['fs.mqueue.msg_max', 'namespaced', 'ipc'],
  ['fs/mqueue/queues_max', 'namespaced', 'ipc'],
  ['kernel.domainname', 'namespaced', 'uts'],
  ['vm.max_map_count', 'host-only'],
  ['vm.overcommit_memory', 'host-only'],
  ['fs.file-max', 'host-only'],
  ['fs.inotify.max_user_watches', 'host-only'],
  ['kernel.pid_max', 'host-only'],
  ['kernel.perf_event_paranoid', 'host-only'],
  ['kernel.keys.root_maxkeys', 'host-only'],
  ['net.core.rmem_max', 'host-only'],
  ['net.netfilter.nf_conntrack_max', 'host-only'],
  ['net.ipv4.tcp_mem', 'host-only'],
  ['net.ipv4.udp_mem', 'host-only'],
  ['net.ipv4.tcp_max_orphans', 'host-only'],
  ['net.ipv4.tcp_rmem', 'namespaced', 'net'],
  ['net.ipv4.ip_local_port_range', 'namespaced', 'net'],
  ['net.core.wmem_max', 'host-only'],
  ['user.max_user_namespaces', 'host-only'],
  ['something.unknown', 'host-only'],
];

for (const [key, cls, ns] of cases) {
  test(`classifySysctl(${key}) → ${cls}${ns ? ' ' + ns : ''}`, () => {
    const c = classifySysctl(key);
    assert.equal(c.class, cls);
    assert.equal(c.namespace, ns);
    assert.ok(c.rule.source.length > 0);
  });
}

test('kernel.hostname is namespaced (uts) but rejected by runc: the note says to use --hostname', () => {
  const c = classifySysctl('kernel.hostname');
  assert.equal(c.namespace, 'uts');
  assert.match(c.note ?? '', /--hostname/);
  assert.match(c.note ?? '', /runc/);
});

test('unknown keys fall under the default host-only row, which has a source', () => {
  const c = classifySysctl('totally.made.up');
  assert.equal(c.rule.pattern, '');
  assert.equal(c.class, 'host-only');
});

test('longer prefix wins: net.core.somaxconn exact beats net. prefix; kernel.msgmax exact beats kernel.', () => {
  assert.equal(classifySysctl('net.core.somaxconn').rule.kind, 'exact');
  assert.equal(classifySysctl('kernel.msgmax').rule.pattern, 'kernel.msgmax');
  assert.equal(classifySysctl('kernel.msgmax_extra').class, 'host-only');
});

test('slash keys are normalised the sysctl(8) way (a dot inside an interface name survives)', () => {
  assert.equal(normalizeSysctlKey('net/core/somaxconn'), 'net.core.somaxconn');
  assert.equal(normalizeSysctlKey('net/ipv4/conf/eno2.100/rp_filter'), 'net.ipv4.conf.eno2/100.rp_filter');
  assert.equal(normalizeSysctlKey('  vm.swappiness '), 'vm.swappiness');
});

test("net.core/net.ipv4 keys of the kernel's init_net-only tables are host-only (generated from the kernel source)", () => {
  for (const key of [
    'net.core.default_qdisc',
    'net.core.busy_poll',
    'net.core.busy_read',
    'net.core.rmem_max',
    'net.ipv4.tcp_mem',
    'net.ipv4.udp_mem',
    'net.ipv4.tcp_max_orphans',
  ]) {
    assert.equal(classifySysctl(key).class, 'host-only', key);
  }
  for (const key of [
    'net.core.somaxconn',
    'net.ipv4.tcp_rmem',
    'net.ipv4.ip_forward',
    'net.ipv4.tcp_congestion_control',
    'net.ipv4.ip_local_port_range',
  ]) {
    assert.equal(classifySysctl(key).class, 'namespaced', key);
  }
  assert.match(classifySysctl('net.core.default_qdisc').rule.source, /net\/core\/sysctl_net_core\.c net_core_table/);
});
