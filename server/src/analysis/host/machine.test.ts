import assert from 'node:assert/strict';
import fs from 'node:fs';
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
  it('detectMachine reads the kernel config only when asked for it (a preset target never needs it), once', (t) => {
    if (process.platform !== 'linux') return t.skip('Linux only');
    const opened: string[] = [];
    const openSync = fs.openSync;
    t.after(() => {
      fs.openSync = openSync;
    });
    fs.openSync = ((file: fs.PathLike, ...rest: never[]) => {
      opened.push(String(file));
      return (openSync as (...a: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync;
    const m = detectMachine();
    const { target } = resolveTarget({ machine: m, settings: { target: 'rhel8' } });
    assert.equal(target.presetId, 'rhel8');
    const candidates = machineConfigCandidates(m.release);
    assert.deepEqual(
      opened.filter((f) => candidates.includes(f)),
      [],
    );
    const text = m.configText;
    assert.ok(opened.includes(candidates[0]), `opened: ${opened.join(', ')}`);
    const count = opened.length;
    assert.equal(m.configText, text);
    assert.equal(m.configOrigin === undefined, text === undefined);
    assert.equal(opened.length, count);
  });
});
