import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archFromNode, detectMachine, machineConfigCandidates, vsyscallFromCmdline } from './machine';
import { resolveTarget } from './resolve';

describe('machine facts', () => {
  it('maps Node architectures to platform architectures', () => {
    assert.equal(archFromNode('x64'), 'amd64');
    assert.equal(archFromNode('arm64'), 'arm64');
    assert.equal(archFromNode('arm'), 'arm/v7');
    assert.equal(archFromNode('arm', 'LE', '6'), 'arm/v6');
    assert.equal(archFromNode('ia32'), '386');
    assert.equal(archFromNode('ppc64', 'LE'), 'ppc64le');
    assert.equal(archFromNode('ppc64', 'BE'), undefined);
    assert.equal(archFromNode('loong64'), undefined);
  });
  it('reads vsyscall= from a kernel command line', () => {
    assert.equal(vsyscallFromCmdline('BOOT_IMAGE=/vmlinuz root=/dev/sda1 vsyscall=emulate quiet'), 'emulate');
    assert.equal(vsyscallFromCmdline('vsyscall=none'), 'none');
    assert.equal(vsyscallFromCmdline('root=/dev/sda1 novsyscall=emulate'), undefined);
    assert.equal(vsyscallFromCmdline('vsyscall=bogus'), undefined);
  });
  it('looks for /proc/config.gz first, then /boot/config-<release>', () => {
    assert.deepEqual(machineConfigCandidates('6.1.0-18-amd64'), ['/proc/config.gz', '/boot/config-6.1.0-18-amd64']);
  });
  it('detectMachine describes the real machine without throwing, and resolves to a usable host', () => {
    const m = detectMachine();
    assert.equal(m.platform, process.platform);
    assert.ok(m.release.length > 0);
    if (m.configText !== undefined) assert.ok(m.configOrigin);
    const { target } = resolveTarget({ machine: m });
    assert.ok(target.label.length > 0);
    if (process.platform === 'linux') {
      assert.equal(target.origin.kind, 'machine');
      assert.equal(target.label, `this machine (${m.release})`);
    }
  });
});
