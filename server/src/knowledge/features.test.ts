import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getFeature, kernelFeatures } from './features';

test('getFeature finds rows by id and returns undefined otherwise', () => {
  assert.equal(getFeature('io_uring')?.since, '5.1');
  assert.deepEqual(getFeature('wireguard')?.kconfig, ['WIREGUARD']);
  assert.equal(getFeature('nope'), undefined);
});

test('verified since versions of syscalls (man-pages) are as recorded', () => {
  const expected: Record<string, string> = {
    memfd_create: '3.17',
    getrandom: '3.17',
    renameat2: '3.15',
    statx: '4.11',
    pidfd_open: '5.3',
    clone3: '5.3',
    openat2: '5.6',
    faccessat2: '5.8',
    close_range: '5.9',
    epoll_pwait2: '5.11',
    memfd_secret: '5.14',
    landlock: '5.13',
    time_namespaces: '5.6',
    user_namespaces: '3.8',
    cgroup_v2: '4.5',
    cgroup_cpu: '4.15',
    cgroup_cpuset: '5.0',
  };
  for (const [id, since] of Object.entries(expected)) assert.equal(getFeature(id)?.since, since, id);
});

test('ZFS is out of tree: no Kconfig symbols, no mainline version', () => {
  const zfs = getFeature('zfs')!;
  assert.equal(zfs.outOfTree, true);
  assert.deepEqual(zfs.kconfig, []);
  assert.equal(zfs.since, undefined);
});

test('syscall features list their syscall', () => {
  for (const id of ['clone3', 'openat2', 'faccessat2', 'statx', 'io_uring']) {
    assert.ok((getFeature(id)?.syscalls ?? []).length > 0, id);
  }
  assert.ok(kernelFeatures.every((f) => f.modular === false || f.kconfig.length > 0 || f.outOfTree));
});
