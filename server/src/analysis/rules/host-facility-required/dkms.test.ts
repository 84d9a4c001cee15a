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
