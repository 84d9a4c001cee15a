import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PackageFamily } from './types';
import { classifyKernelPackage, headersPackageFor, isBootableImagePath } from './kernelPackages';
import type { KernelPackageKind } from './kernelPackages';

const positive: [PackageFamily | undefined, string, KernelPackageKind][] = [
  ['debian', 'linux-image-6.1.0-18-amd64', 'image'],
  ['debian', 'linux-image-amd64', 'meta'],
  ['debian', 'linux-image-generic', 'meta'],
  ['debian', 'linux-image-generic-hwe-22.04', 'meta'],
  ['debian', 'linux-generic', 'meta'],
  ['debian', 'linux-virtual', 'meta'],
  ['debian', 'linux-headers-generic', 'headers'],
  ['debian', 'linux-headers-5.15.0-91-generic', 'headers'],
  ['debian', 'linux-modules-extra-5.15.0-91-generic', 'modules'],
  ['debian', 'dkms', 'dkms'],
  ['debian', 'zfs-dkms', 'dkms'],
  ['rhel', 'kernel', 'image'],
  ['rhel', 'kernel-core', 'image'],
  ['rhel', 'kernel-modules-extra', 'modules'],
  ['rhel', 'kernel-devel', 'headers'],
  ['rhel', 'kernel-devel-5.14.0-427.el9.x86_64', 'headers'],
  ['rhel', 'kernel-headers', 'userspace-headers'],
  ['rhel', 'kernel-uek', 'image'],
  ['rhel', 'kernel-uek-devel', 'headers'],
  ['rhel', 'kmod-wireguard', 'modules'],
  ['alpine', 'linux-lts', 'image'],
  ['alpine', 'linux-virt', 'image'],
  ['alpine', 'linux-headers', 'userspace-headers'],
  ['alpine', 'linux-lts-dev', 'headers'],
  ['suse', 'kernel-default', 'image'],
  ['suse', 'kernel-default-devel', 'headers'],
  ['arch', 'linux', 'image'],
  ['arch', 'linux-lts', 'image'],
  ['arch', 'linux-headers', 'headers'],
  ['arch', 'linux-api-headers', 'userspace-headers'],
  // CachyOS kernels: Arch packages from CachyOS/linux-cachyos, Fedora COPR bieszczaders/kernel-cachyos.
  ['arch', 'linux-cachyos', 'image'],
  ['arch', 'linux-cachyos-headers', 'headers'],
  // Its flavours (sample 89: a Bazzite image copying the modules of linux-cachyos-deckify from a CachyOS stage).
  ['arch', 'linux-cachyos-deckify', 'image'],
  ['arch', 'linux-cachyos-deckify-headers', 'headers'],
  [undefined, 'linux-cachyos-rt-bore', 'image'],
  ['rhel', 'kernel-cachyos-lts', 'image'],
  ['rhel', 'kernel-cachyos-lts-devel-matched', 'headers'],
  ['rhel', 'kernel-cachyos-headers', 'userspace-headers'],
  [undefined, 'linux-image-6.1.0-18-amd64', 'image'],
  [undefined, 'wireguard-dkms', 'dkms'],
];
for (const [family, name, kind] of positive) {
  test(`classifyKernelPackage(${family}, ${name}) → ${kind}`, () => {
    const m = classifyKernelPackage(family, name);
    assert.ok(m, 'no match');
    assert.equal(m.kind, kind);
    assert.ok(m.row.source.length > 0);
  });
}

test('RHEL kernel-headers is explained as userspace headers, not a kernel', () => {
  assert.match(classifyKernelPackage('rhel', 'kernel-headers')?.row.note ?? '', /userspace/i);
});

const negative: [PackageFamily | undefined, string][] = [
  ['debian', 'util-linux'],
  ['debian', 'linux-libc-dev'],
  ['debian', 'linux-base'],
  ['debian', 'linux-firmware'],
  ['rhel', 'libselinux'],
  ['rhel', 'kernel-tools'],
  ['rhel', 'linux-firmware'],
  ['alpine', 'linux-firmware-none'],
  ['alpine', 'util-linux'],
  ['arch', 'util-linux'],
  [undefined, 'util-linux'],
  [undefined, 'curl'],
  ['debian', 'linux'],
  // Ambiguous without a family: Arch's are kernel headers, Alpine's are userspace headers.
  [undefined, 'linux-headers'],
];
for (const [family, name] of negative) {
  test(`classifyKernelPackage(${family}, ${name}) → nothing`, () => {
    assert.equal(classifyKernelPackage(family, name), undefined);
  });
}

test('headersPackageFor builds the family naming rule from uname -r', () => {
  assert.equal(headersPackageFor('debian', '6.1.0-18-amd64'), 'linux-headers-6.1.0-18-amd64');
  assert.equal(headersPackageFor('rhel', '5.14.0-427.el9.x86_64'), 'kernel-devel-5.14.0-427.el9.x86_64');
  assert.equal(headersPackageFor('alpine', '6.6.30-0-lts'), undefined);
  assert.equal(headersPackageFor(undefined, '6.1.0'), undefined);
  assert.equal(headersPackageFor('debian', '$(uname -r)'), undefined);
  assert.equal(headersPackageFor('debian', ''), undefined);
});

test('bootable-container base images: listed paths and the -bootc naming convention; ordinary images are not', () => {
  for (const p of [
    'quay.io/fedora/fedora-bootc',
    'quay.io/centos-bootc/centos-bootc',
    'registry.redhat.io/rhel9/rhel-bootc',
    'quay.io/almalinuxorg/almalinux-bootc',
    'quay.io/centos-bootc/centos-bootc-dev',
    'quay.io/fedora-ostree-desktops/silverblue',
    'quay.io/fedora/fedora-coreos',
    'quay.io/fedora/fedora-silverblue',
    'quay.io/fedora/fedora-kinoite',
    'quay.io/almalinuxorg/atomic-desktop-kde',
    'quay.io/almalinuxorg/atomic-desktop-gnome',
  ]) {
    assert.ok(isBootableImagePath(p), p);
  }
  for (const p of [
    'docker.io/library/fedora',
    'quay.io/fedora/fedora',
    'docker.io/library/centos',
    'ghcr.io/example/bootc-tools',
    'docker.io/example/bootcamp',
    'quay.io/almalinuxorg/almalinux',
    'quay.io/almalinuxorg/atomic-desktop-kde-builder',
  ]) {
    assert.ok(!isBootableImagePath(p), p);
  }
});

test("the kmod tools' own libraries and headers are not kernel modules, whatever the family (kmod-* is ELRepo's module naming)", () => {
  for (const family of ['rhel', 'alpine', undefined] as const) {
    for (const name of ['kmod-libs', 'kmod-devel', 'kmod-dev'])
      assert.equal(classifyKernelPackage(family, name), undefined, `${family}/${name}`);
  }
  assert.equal(classifyKernelPackage('rhel', 'kmod-nvidia')?.kind, 'modules');
});
