/** Cross-table consistency of the kernel knowledge: sources, ids, versions, configs, references. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { kernelFeatures } from './features';
import { sysctlRules } from './sysctls';
import { getKernelBuild, hostPresets, shippedConfigPath } from './hosts';
import { kernelBuilds, trackedSymbols } from './kernelMatrix.generated';
import { runtimeSwitches, runtimeSwitchFor } from './runtimeFacts';
import { resolveTarget } from '../analysis/host/resolve';
import { packageFeatureRows } from './packages';
import { kernelPackageRows } from './kernelPackages';

const VERSION = /^\d+\.\d+(\.\d+)?$/;

function configText(file: string): string {
  const p = shippedConfigPath(file);
  assert.ok(p, `shipped config ${file} not found`);
  return zlib.gunzipSync(fs.readFileSync(p)).toString('utf8');
}

test('every row of every kernel table has a non-empty source', () => {
  const tables: [string, readonly { source: string }[]][] = [
    ['features', kernelFeatures],
    ['sysctls', sysctlRules],
    ['hosts', hostPresets],
    ['packages', packageFeatureRows],
    ['kernelPackages', kernelPackageRows],
  ];
  for (const [name, rows] of tables) {
    assert.ok(rows.length > 0, `${name} is empty`);
    for (const row of rows) assert.ok(row.source.trim().length > 0, `${name}: row without source: ${JSON.stringify(row)}`);
  }
});

test('feature ids are unique, there are at least 55, and since versions parse', () => {
  const ids = kernelFeatures.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate feature id');
  assert.ok(kernelFeatures.length >= 55, `only ${kernelFeatures.length} features`);
  for (const f of kernelFeatures) {
    if (f.since !== undefined) assert.match(f.since, VERSION, `${f.id}: since ${f.since}`);
    assert.ok(f.summary.length > 10, `${f.id}: summary`);
    for (const s of f.kconfig) assert.doesNotMatch(s, /^CONFIG_/, `${f.id}: drop the CONFIG_ prefix of ${s}`);
    if (f.outOfTree) assert.equal(f.since, undefined, `${f.id}: out-of-tree features have no mainline version`);
  }
});

test('the features the brief requires are all present', () => {
  const required = [
    'io_uring',
    'wireguard',
    'nf_tables',
    'iptables_legacy',
    'iptables_nft',
    'ipset',
    'ipvs',
    'sctp',
    'overlayfs',
    'fuse',
    'btrfs',
    'zfs',
    'nfsd',
    'nfs_client',
    'iscsi_initiator',
    'iscsi_target',
    'drbd',
    'cgroup_v2',
    'cgroup_cpu',
    'cgroup_memory',
    'cgroup_io',
    'cgroup_pids',
    'cgroup_cpuset',
    'bpf',
    'btf',
    'perf_events',
    'user_namespaces',
    'seccomp_filter',
    'landlock',
    'memfd_create',
    'getrandom',
    'renameat2',
    'statx',
    'pidfd_open',
    'clone3',
    'openat2',
    'faccessat2',
    'close_range',
    'epoll_pwait2',
    'memfd_secret',
    'futex_waitv',
    'tcp_bbr',
    'binfmt_misc',
    'kvm',
    'vsock',
    'tun',
    'macvlan',
    'ipvlan',
    'vxlan',
    'bridge',
    'br_netfilter',
    'conntrack',
    'tproxy',
    'xdp',
    'hugetlbfs',
    'posix_mqueue',
    'selinux',
    'apparmor',
    'keyrings',
    'checkpoint_restore',
    'time_namespaces',
    'psi',
    'dm_crypt',
    'loop',
    'squashfs',
    'ktls',
    'mptcp',
    'userfaultfd',
  ];
  const ids = new Set(kernelFeatures.map((f) => f.id));
  for (const id of required) assert.ok(ids.has(id), `missing feature ${id}`);
});

test('every Kconfig symbol of an in-tree feature exists in the shipped Debian 6.12 amd64 config', () => {
  const text = configText('debian-13-amd64.config.gz');
  const known = new Set<string>();
  for (const m of text.matchAll(/^(?:# )?CONFIG_([A-Z0-9_]+)[= ]/gm)) known.add(m[1]);
  for (const f of kernelFeatures) {
    for (const s of f.kconfig) assert.ok(known.has(s), `${f.id}: CONFIG_${s} is not a symbol of Debian 6.12`);
  }
});

test('modular flag agrees with Debian: a feature built as =m there is marked modular', () => {
  const text = configText('debian-13-amd64.config.gz');
  for (const f of kernelFeatures) {
    const anyModule = f.kconfig.some((s) => new RegExp(`^CONFIG_${s}=m$`, 'm').test(text));
    if (anyModule) assert.equal(f.modular, true, `${f.id} is =m in Debian 6.12 but modular is false`);
  }
});

test('preset ids are unique, lowercase, and kernel versions parse', () => {
  const ids = hostPresets.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate preset id');
  for (const p of hostPresets) {
    assert.match(p.id, /^[a-z0-9][a-z0-9.-]*$/, `preset id ${p.id}`);
    assert.ok(p.arches.length > 0, `${p.id}: arches`);
    if (p.kernel !== undefined) assert.match(p.kernel, VERSION, `${p.id}: kernel ${p.kernel}`);
    if (p.os === 'windows') {
      assert.equal(p.kernel, undefined, `${p.id}: Windows hosts have no Linux kernel`);
      assert.ok(typeof p.windowsBuild === 'number', `${p.id}: windowsBuild`);
    }
    if (p.kernel === undefined && p.os === 'linux') assert.match(p.notes ?? '', /version-only/i, `${p.id}: say why the kernel is absent`);
  }
});

test('the presets the brief requires are all present', () => {
  const required = [
    'boot2docker',
    'coreos',
    'fedora-coreos',
    'flatcar',
    'docker-desktop',
    'wsl2-5.15',
    'wsl2-6.6',
    'rhel7',
    'rhel8',
    'rhel9',
    'rhel10',
    'rocky8',
    'rocky9',
    'alma8',
    'alma9',
    'ubuntu-18.04',
    'ubuntu-18.04-hwe',
    'ubuntu-20.04',
    'ubuntu-20.04-hwe',
    'ubuntu-22.04',
    'ubuntu-22.04-hwe',
    'ubuntu-24.04',
    'ubuntu-24.04-hwe',
    'debian-10',
    'debian-11',
    'debian-12',
    'debian-13',
    'amazonlinux2-4.14',
    'amazonlinux2-5.10',
    'amazonlinux2023',
    'bottlerocket',
    'cos',
    'synology-dsm7',
    'raspberry-pi-os',
    'windows-server-2019',
    'windows-server-2022',
    'windows-server-2025',
  ];
  const ids = new Set(hostPresets.map((p) => p.id));
  for (const id of required) assert.ok(ids.has(id), `missing preset ${id}`);
});

test('each shipped kernel config exists, is gzip, and holds CONFIG_ lines of the preset kernel', () => {
  let checked = 0;
  for (const p of hostPresets) {
    const files = new Set([p.kernelConfig, ...Object.values(p.kernelConfigByArch ?? {})].filter((f): f is string => !!f));
    for (const file of files) {
      const text = configText(file);
      assert.match(text, /^CONFIG_[A-Z0-9_]+=/m, `${file}: no CONFIG_ lines`);
      assert.ok(p.kernel, `${p.id}: a preset with a config must say its kernel`);
      assert.ok(
        text.includes(`Linux/`) && text.includes(` ${p.kernel} Kernel Configuration`),
        `${file}: header does not name kernel ${p.kernel}`,
      );
      checked++;
    }
  }
  assert.ok(checked >= 2, 'expected at least the Debian configs');
});

test('the vsyscall value of Debian presets matches their shipped amd64 config', () => {
  for (const id of ['debian-12', 'debian-13']) {
    const p = hostPresets.find((x) => x.id === id)!;
    assert.equal(p.vsyscall, 'none');
    assert.match(configText(p.kernelConfig!), /^CONFIG_LEGACY_VSYSCALL_NONE=y$/m);
  }
});

test('every feature referenced by a package row exists', () => {
  const ids = new Set(kernelFeatures.map((f) => f.id));
  for (const row of packageFeatureRows) {
    assert.ok(row.features.length > 0, `${row.family}/${row.package}: no features`);
    for (const f of row.features) assert.ok(ids.has(f), `${row.family}/${row.package} → unknown feature ${f}`);
  }
});

test('package and kernel-package rows are unique per family', () => {
  for (const rows of [packageFeatureRows, kernelPackageRows] as const) {
    const keys = rows.map((r) => `${r.family}/${r.package}`);
    const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
    assert.deepEqual(dup, []);
  }
});

test('sysctl patterns are unique and prefixes end with a dot', () => {
  const keys = sysctlRules.map((r) => `${r.kind}:${r.pattern}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const r of sysctlRules) {
    if (r.kind === 'prefix' && r.pattern !== '') assert.ok(r.pattern.endsWith('.'), r.pattern);
    if (r.class === 'namespaced') assert.ok(r.namespace, `${r.pattern}: namespaced without namespace`);
  }
});

test('the kernel matrix covers every Kconfig symbol of the feature table (re-run scripts/gen-kernel-matrix.ts after adding one)', () => {
  const tracked = new Set(trackedSymbols);
  for (const f of kernelFeatures)
    for (const s of f.kconfig) assert.ok(tracked.has(s), `${f.id}: CONFIG_${s} is not in kernelMatrix.generated.ts`);
});

test('every kernel build carries its provenance: file, kernel release, config header, source', () => {
  assert.ok(kernelBuilds.length >= 45, `only ${kernelBuilds.length} builds`);
  const ids = kernelBuilds.map((b) => b.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate build id');
  for (const b of kernelBuilds) {
    assert.match(b.file, /\.config\.gz$/, b.id);
    assert.match(b.release, /^\d+\.\d+\.\d+/, `${b.id}: release ${b.release}`);
    assert.match(b.configHeader, /^Linux\/\S+ \S+ Kernel Configuration$/, b.id);
    assert.match(b.source, /(oracle\/kconfigs|lustre\/lustre-release) @ [0-9a-f]{8}/, `${b.id}: source names the pinned repository`);
    assert.ok(Object.keys(b.symbols).length > 20, `${b.id}: suspiciously few symbols`);
  }
});

test("every preset that names a kernel build has it, for the arch it is filed under, on the preset's kernel line", () => {
  let checked = 0;
  for (const p of hostPresets) {
    const byArch = Object.entries(p.kernelBuildByArch ?? {});
    if (p.kernelBuild) byArch.push(['(default)', p.kernelBuild]);
    for (const [arch, id] of byArch) {
      const b = getKernelBuild(id!);
      assert.ok(b, `${p.id}: kernel build ${id} is not in the matrix`);
      if (arch !== '(default)') assert.equal(b.arch, arch, `${p.id}: ${id} filed under ${arch}`);
      assert.ok(p.kernel, `${p.id}: a preset with a config must say its kernel`);
      assert.ok(
        b.release.startsWith(p.kernel.split('.').slice(0, 2).join('.') + '.'),
        `${p.id}: ${b.release} is not on the ${p.kernel} line`,
      );
      checked++;
    }
  }
  assert.ok(checked >= 60, `only ${checked} preset configs`);
});

test('presets whose host has a real config in the reference set resolve to a config (a preset that claims one fails without)', () => {
  const claimConfig = [
    'rhel7',
    'rhel8',
    'rhel9',
    'rhel10',
    'rocky8',
    'rocky9',
    'alma8',
    'alma9',
    'alma10',
    'oracle-linux-7-rhck',
    'oracle-linux-8-uek7',
    'ubuntu-20.04',
    'ubuntu-22.04',
    'ubuntu-24.04',
    'debian-11',
    'debian-12',
    'debian-13',
    'fedora-43',
    'opensuse-leap-16.0',
    ...[
      '7.5',
      '7.6',
      '7.7',
      '7.8',
      '7.9',
      '8.0',
      '8.1',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.6',
      '8.7',
      '8.8',
      '8.9',
      '8.10',
      '9.1',
      '9.2',
      '9.3',
      '9.4',
      '9.5',
      '9.6',
      '9.7',
      '9.8',
      '10.0',
      '10.1',
      '10.2',
    ].map((m) => `rhel-${m}`),
  ];
  for (const id of claimConfig) {
    const { target, problems } = resolveTarget({ cli: { target: id } });
    assert.deepEqual(problems, [], id);
    assert.ok(target.config, `${id}: no kernel config`);
    assert.equal(target.config.state('USER_NS'), 'builtin', `${id}: USER_NS`);
  }
});

test('a Linux preset without a kernel gives a dated reason', () => {
  for (const p of hostPresets) {
    if (p.os !== 'linux' || p.kernel !== undefined) continue;
    assert.match(
      p.kernelUnknownReason ?? '',
      /checked \d{4}-\d{2}-\d{2}/,
      `${p.id}: say why the kernel is not set, and when that was checked`,
    );
  }
});

test('run-time switches name existing features and presets, with sources', () => {
  const features = new Set(kernelFeatures.map((f) => f.id));
  const presets = new Set(hostPresets.map((p) => p.id));
  for (const r of runtimeSwitches) {
    assert.ok(features.has(r.feature), r.feature);
    for (const id of r.presets) assert.ok(presets.has(id), `${r.setting}: unknown preset ${id}`);
    assert.ok(r.source.length > 20, r.setting);
  }
  assert.equal(runtimeSwitchFor('io_uring', 'rhel-9.2'), undefined);
  assert.equal(runtimeSwitchFor('io_uring', 'rhel-9.4')?.setting, 'kernel.io_uring_disabled');
  assert.equal(runtimeSwitchFor('user_namespaces', 'rhel7')?.setting, 'user.max_user_namespaces');
});
