import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PackageFamily } from './types';
import { featuresForPackage } from './packages';

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
