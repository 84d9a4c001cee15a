import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, target } from '../testKit';

const amd64 = target({ arch: 'amd64' });

/** The foreign-root hover notes, as `<line>:<character>: <markdown>`. */
const rootNotes = (text: string, t = amd64) =>
  analyze(text, t)
    .notes.filter((n) => /programs: (the root|its name)/.test(n.markdown))
    .map((n) => `${n.range.start.line}:${n.range.start.character}: ${n.markdown}`);

test('chroot into a root a package manager filled for another architecture explains emulation, on the chroot word', () => {
  // A Rocky i686 root built with dnf --forcearch, then its programs run through chroot (recall sample 96).
  const text =
    'FROM rockylinux:9 AS installer\nRUN dnf install -y --installroot=/out --forcearch=i686 bash\nRUN chroot /out /sbin/ldconfig\n';
  const [n, ...rest] = rootNotes(text);
  assert.deepEqual(rest, []);
  assert.match(n, /^2:4: `chroot \/out` at build time runs i686 programs: the root was built for i686 by dnf --forcearch=i686\./);
  assert.match(n, /IA-32 emulation \(CONFIG_IA32_EMULATION\)/);
  // debootstrap --arch and mmdebstrap --architectures name the architecture of the root they fill.
  const deb =
    'FROM debian:12\nRUN debootstrap --foreign --arch=arm64 bookworm /rootfs http://deb.debian.org/debian\nRUN chroot /rootfs/ /debootstrap/debootstrap --second-stage\n';
  assert.match(
    rootNotes(deb).join('\n'),
    /^2:4: `chroot \/rootfs\/` at build time runs arm64 programs: the root was built for arm64 by debootstrap --arch=arm64\./,
  );
  const mm = 'FROM debian:12\nRUN mmdebstrap --architectures=riscv64 sid /srv/rv\nRUN chroot /srv/rv apt-get update\n';
  assert.match(rootNotes(mm).join('\n'), /runs riscv64 programs/);
  // The target is read past every option that takes a separate value, not only --arch (debootstrap(8): --variant, --include).
  const variant =
    'FROM debian:12\nRUN debootstrap --arch=arm64 --variant minbase --include ca-certificates bookworm /rootfs\nRUN chroot /rootfs true\n';
  assert.match(rootNotes(variant).join('\n'), /^2:4: `chroot \/rootfs` at build time runs arm64 programs: the root was built for arm64/);
  assert.deepEqual(findingsOf(text, 'platform-mismatch', amd64), [], 'explained, never reported');
});

test('a root named for an architecture is judged from its name, and says so', () => {
  const text = 'FROM mipsel-chroot\nRUN chroot /mnt/mipsel-root apt update\n';
  assert.match(rootNotes(text).join('\n'), /mipsel programs: its name \(\/mnt\/mipsel-root\) says mipsel, judged from the name only/);
  assert.match(rootNotes('FROM debian:12\nRUN chroot /srv/bookworm-armhf dpkg --configure -a\n').join('\n'), /armhf programs/);
});

test('native roots and plain chroots stay silent', () => {
  for (const text of [
    'FROM ubuntu:24.04\nRUN debootstrap --variant=minbase stable /srv/chroot https://deb.debian.org/debian\nRUN chroot /srv/chroot apt-get update\n',
    'FROM ubuntu:24.04\nRUN debootstrap --arch=amd64 noble /chroot\nRUN chroot /chroot apt-get update\n',
    'FROM rockylinux:8\nRUN dnf -y --installroot=/chroot/ --releasever=/ install basesystem\nRUN chroot /chroot/ update-crypto-policies --set LEGACY\n',
    // An architecture word among the chrooted command's arguments is not the root's.
    'FROM debian:12\nRUN chroot /target dpkg --add-architecture i386\n',
  ])
    assert.deepEqual(rootNotes(text), [], text);
  // On an arm64 target an arm64 root is native.
  const arm = 'FROM debian:12\nRUN debootstrap --arch=arm64 bookworm /rootfs\nRUN chroot /rootfs true\n';
  assert.deepEqual(rootNotes(arm, target({ arch: 'arm64' })), []);
});

test('a scratch stage made of a foreign root runs its programs at start', () => {
  const text =
    'FROM rockylinux:9 AS installer\nRUN dnf install -y --installroot=/out --forcearch=i686 bash\nFROM scratch AS target\nCOPY --from=installer /out /\nCMD ["/bin/bash"]\n';
  assert.match(rootNotes(text).join('\n'), /^4:0: This CMD \(the stage is a root copied from an earlier stage\) runs i686 programs/m);
  // A scratch stage made of a native root, or of something else, says nothing.
  const native = text.replace('--forcearch=i686 ', '');
  assert.deepEqual(rootNotes(native), []);
});
