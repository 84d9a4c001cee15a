import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PackageFamily } from './types';
import { featuresForPackage, packageFeatureRows } from './packages';

const positive: [PackageFamily | undefined, string, string[]][] = [
  ['debian', 'wireguard-tools', ['wireguard']],
  ['debian', 'liburing2', ['io_uring']],
  ['debian', 'liburing-dev', ['io_uring']],
  ['debian', 'bpfcc-tools', ['bpf']],
  ['debian', 'fuse3', ['fuse']],
  ['debian', 'nfs-kernel-server', ['nfsd']],
  ['debian', 'zfsutils-linux', ['zfs']],
  ['debian', 'open-iscsi', ['iscsi_initiator']],
  ['debian', 'iptables', ['iptables_nft']],
  ['debian', 'qemu-user-static', ['binfmt_misc']],
  ['debian', 'qemu-system-ppc', ['kvm']],
  ['debian', 'docker.io', ['overlayfs']],
  ['debian', 'conntrack', ['conntrack']],
  ['rhel', 'bcc-tools', ['bpf']],
  ['rhel', 'iscsi-initiator-utils', ['iscsi_initiator']],
  ['rhel', 'nfs-utils', ['nfs_client']],
  ['rhel', 'moby-engine', ['overlayfs']],
  ['rhel', 'conntrack-tools', ['conntrack']],
  ['rhel', 'iptables-nft', ['iptables_nft']],
  ['rhel', 'qemu-kvm', ['kvm']],
  ['alpine', 'liburing', ['io_uring']],
  ['alpine', 's3fs-fuse', ['fuse']],
  ['suse', 'btrfsprogs', ['btrfs']],
  ['arch', 'fuse2', ['fuse']],
  ['arch', 'WireGuard-Tools', ['wireguard']],
  [undefined, 'ipvsadm', ['ipvs']],
  [undefined, 'drbd-utils', ['drbd']],
  ['alpine', 'criu', ['checkpoint_restore']],
  ['debian', 'lksctp-tools', ['sctp']],
];

for (const [family, name, features] of positive) {
  test(`featuresForPackage(${family}, ${name}) → ${features.join('+')}`, () => {
    const m = featuresForPackage(family, name);
    assert.ok(m, 'no match');
    assert.deepEqual(m.features, features);
    assert.ok(m.row.source.length > 0);
  });
}

test('rclone and docker-in-docker rows carry their caveats', () => {
  assert.match(featuresForPackage('debian', 'rclone')?.row.note ?? '', /rclone mount/);
  assert.match(featuresForPackage('debian', 'docker-ce')?.row.note ?? '', /privileged/);
  assert.match(featuresForPackage('debian', 'iptables')?.row.note ?? '', /legacy/);
});

const negative: [PackageFamily | undefined, string][] = [
  ['debian', 'util-linux'],
  ['debian', 'linux-libc-dev'],
  ['rhel', 'libselinux'],
  ['alpine', 'curl'],
  [undefined, 'curl'],
  [undefined, 'util-linux'],
  ['debian', 'qemu-utils'],
  ['debian', ''],
  ['rhel', 'fuse-libs-extra-nope'],
];
for (const [family, name] of negative) {
  test(`featuresForPackage(${family}, ${JSON.stringify(name)}) → nothing`, () => {
    assert.equal(featuresForPackage(family, name), undefined);
  });
}

test('a family-specific name does not leak into another family except through "any" rows', () => {
  assert.equal(featuresForPackage('debian', 'btrfsprogs'), undefined);
  assert.deepEqual(featuresForPackage('suse', 'btrfsprogs')?.features, ['btrfs']);
  assert.deepEqual(featuresForPackage('alpine', 'wireguard-tools')?.features, ['wireguard']);
});

test('the indexed lookup finds the row a scan of the whole table finds (exact before prefix, longest prefix, table order)', () => {
  // The scan the index replaced: a family's rows then 'any'; without a family, 'any' then every other family.
  const matches = (p: string, n: string) => (p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : p === n);
  const scan = (family: PackageFamily | undefined, name: string) => {
    const groups =
      family !== undefined
        ? [packageFeatureRows.filter((r) => r.family === family), packageFeatureRows.filter((r) => r.family === 'any')]
        : [packageFeatureRows.filter((r) => r.family === 'any'), packageFeatureRows.filter((r) => r.family !== 'any')];
    for (const rows of groups) {
      const hits = rows.filter((r) => matches(r.package, name));
      const row = hits.find((r) => !r.package.endsWith('*')) ?? hits.sort((a, b) => b.package.length - a.package.length)[0];
      if (row) return row;
    }
    return undefined;
  };
  const names = new Set<string>(['', 'unrelated-package', 'lib']);
  for (const r of packageFeatureRows) {
    const stem = r.package.replace(/\*$/, '');
    for (const n of [stem, `${stem}-dev`, `${stem}2`, stem.slice(0, -1)]) names.add(n);
  }
  const families = [...new Set(packageFeatureRows.map((r) => r.family)), undefined] as (PackageFamily | undefined)[];
  let found = 0;
  for (const family of families) {
    for (const name of names) {
      const expected = name ? scan(family, name) : undefined;
      const got = featuresForPackage(family, name)?.row;
      assert.equal(got, expected, `${family ?? 'no family'} ${name}`);
      if (got) found++;
    }
  }
  assert.ok(found > packageFeatureRows.length, `${found} lookups found a row`);
});
