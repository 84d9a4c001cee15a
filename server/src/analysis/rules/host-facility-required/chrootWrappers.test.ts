import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord, textAt } from '../testKit';

const ID = 'host-facility-required';

test('sample 81: a schroot session mounts its profile, so in RUN it fails for want of CAP_SYS_ADMIN', () => {
  const t = [
    'FROM ubuntu:14.04',
    'RUN apt-get install -y debootstrap schroot',
    'RUN sudo schroot -v -c trusty_x86_64 -u root -b',
    'RUN schroot -l && schroot --info -c trusty',
    'CMD ["schroot", "-c", "trusty", "--", "make"]',
    '',
  ].join('\n');
  const f = findingsOf(t, ID).filter((x) => x.severity === 'warning');
  assert.deepEqual(
    f.map((x) => [x.range.start.line, textAt(t, x)]),
    [[2, 'schroot']],
    'only the session in RUN; listing chroots mounts nothing, and at start the runtime decides',
  );
  assert.match(f[0].message, /^`schroot` fails at build time: a docker build step has no CAP_SYS_ADMIN\./);
  assert.match(notesOnWord(t, 4, 'schroot'), /Mounting filesystems/);
  assert.equal(notesOnWord(t, 3, 'schroot'), '');
});

test('arch-chroot and pacstrap mount the API filesystems: a build-time failure, unless the step is insecure', () => {
  const t = 'FROM archlinux\nRUN arch-chroot /mnt pacman -Syu\nRUN pacstrap /mnt base\nRUN --security=insecure arch-chroot /mnt true\n';
  const f = findingsOf(t, ID).filter((x) => x.severity === 'warning');
  assert.deepEqual(
    f.map((x) => [x.range.start.line, textAt(t, x)]),
    [
      [1, 'arch-chroot'],
      [2, 'pacstrap'],
    ],
  );
  assert.match(f[1].message, /CAP_SYS_ADMIN/);
});
