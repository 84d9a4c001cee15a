import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

test("dkms remove, uninstall and unbuild in a build step are explained as acting on one kernel release's modules; never reported", () => {
  // Sample 72 (find_string 'RUN apt-get install -y wireguard', id 47523886800).
  const t =
    "FROM ubuntu:18.04\nRUN dkms uninstall wireguard/$(dkms status | awk -F ', ' '{ print $2 }')\nRUN dkms remove -m foo -v 1 --all\nRUN dkms unbuild foo/1 -k 6.8.0-40-generic\n";
  for (const line of [1, 2, 3]) {
    const hover = notesOnWord(t, line, 'dkms');
    assert.match(hover, /DKMS \(Dynamic Kernel Module Support\)/, `line ${line}`);
    assert.match(hover, /build machine's kernel/, `line ${line}`);
  }
  assert.deepEqual(findingsOf(t, 'host-facility-required', 'debian-12'), []);
  assert.deepEqual(findingsOf(t, 'host-facility-required', 'rhel8'), []);
  // `dkms status` only lists what DKMS knows; `dkms --version` prints.
  for (const line of ['RUN dkms status', 'RUN dkms --version'])
    assert.equal(notesOnWord(`FROM ubuntu:18.04\n${line}`, 1, 'dkms'), '', line);
});

test('a kernel built in the image from linux-source with make-kpkg is explained as a kernel for a machine that boots it; never reported (sample 85)', () => {
  // find_string 'apt-get install -y linux-source', id 42018261321.
  const t = [
    'FROM debian:buster',
    'RUN apt-get install -y linux-source fakeroot kernel-package',
    'RUN cd /tmp/kernel && fakeroot make-kpkg --append-to-version -vbox --initrd kernel-image',
    'RUN apt-get install -y linux-source-4.19',
    'RUN cd /tmp/kernel && make-kpkg clean',
    '',
  ].join('\n');
  for (const [line, word] of [
    [1, 'linux-source'],
    [1, 'kernel-package'],
    [2, 'make-kpkg'],
    [3, 'linux-source-4.19'],
  ] as const) {
    const hover = notesOnWord(t, line, word);
    assert.match(hover, /Kernel packages and modules built for one kernel release/, `${word}`);
    assert.match(hover, /a container never loads them, it runs on the host kernel/, `${word}`);
  }
  // `make-kpkg clean` builds nothing.
  assert.doesNotMatch(notesOnWord(t, 4, 'make-kpkg'), /Kernel packages and modules built/);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, 'host-facility-required', target), []);
});
