import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, textAt } from '../../shell/testSupport';

const ID = 'kernel-module-load';

test('flags modprobe/insmod/rmmod/depmod at build and start, on the command word', () => {
  const t = 'FROM debian:13\nRUN modprobe wireguard && insmod /x/foo.ko && rmmod bar && depmod -a\nCMD ["modprobe", "tun"]\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(f.map((x) => textAt(t, x)), ['modprobe', 'insmod', 'rmmod', 'depmod', '"modprobe"']);
  assert.match(f[0].message, /build machine's kernel/);
  assert.match(f[0].message, /modules-load\.d\/wireguard\.conf/);
  assert.match(f[4].message, /at container start acts on the host's kernel/);
  assert.equal(f[0].related?.[0].range?.start.line, 0, 'related points at FROM');
});

test('does not flag modinfo, lsmod, dry runs, comments or strings', () => {
  const t = 'FROM debian:13\n# RUN modprobe x\nRUN modinfo ext4; lsmod; modprobe -n wireguard; modprobe --show-depends x; echo "modprobe x"\n';
  assert.deepEqual(findingsOf(t, ID), []);
});

test('fix: remove from the middle of a continuation chain and add a host note', () => {
  const t = 'FROM debian:13\nRUN apt-get update && \\\n    modprobe wireguard && \\\n    apt-get install -y wireguard-tools\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.safe, true);
  applyAndCheck(t, fix, 'FROM debian:13\n# host kernel: load module wireguard on the host (e.g. /etc/modules-load.d/wireguard.conf)\nRUN apt-get update && \\\n    apt-get install -y wireguard-tools\n', { instructions: 2, rule: ID });
});

test('fix: the only command removes the instruction, continuation lines included (CRLF)', () => {
  const t = 'FROM debian:13\r\nRUN modprobe \\\r\n      br_netfilter\r\nCMD ["bash"]\r\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  applyAndCheck(t, fix, 'FROM debian:13\r\n# host kernel: load module br_netfilter on the host (e.g. /etc/modules-load.d/br_netfilter.conf)\r\nCMD ["bash"]\r\n', { instructions: 2, rule: ID });
});

test('fix: last command of the file with no trailing newline', () => {
  const t = 'FROM debian:13\nRUN modprobe tun';
  applyAndCheck(t, fixTitled(findingsOf(t, ID)[0], 'Remove'), 'FROM debian:13\n# host kernel: load module tun on the host (e.g. /etc/modules-load.d/tun.conf)', { instructions: 1, rule: ID });
});

test('fix: heredoc RUN and backtick escape', () => {
  const h = 'FROM debian:13\nRUN <<EOF\nset -e\nmodprobe -r floppy\nEOF\n';
  applyAndCheck(h, fixTitled(findingsOf(h, ID)[0], 'Remove'), 'FROM debian:13\n# host kernel: module floppy is managed on the host, not in the image\nRUN <<EOF\nset -e\nEOF\n', { instructions: 2, rule: ID });
  const b = '# escape=`\nFROM debian:13\nRUN apt-get update && `\n    modprobe tun && `\n    apt-get install -y openvpn\n';
  applyAndCheck(b, fixTitled(findingsOf(b, ID)[0], 'Remove'), '# escape=`\nFROM debian:13\n# host kernel: load module tun on the host (e.g. /etc/modules-load.d/tun.conf)\nRUN apt-get update && `\n    apt-get install -y openvpn\n', { instructions: 2, rule: ID });
});

test('no removal fix inside a pipeline or condition; start-phase commands get no removal', () => {
  const t = 'FROM debian:13\nRUN if modprobe x; then echo y; fi\nCMD modprobe tun && exec app\n';
  for (const f of findingsOf(t, ID)) assert.ok(!f.fixes.some((x) => x.title.startsWith('Remove')), f.message);
});

test('hover notes for module commands even without a target', () => {
  const notes = analyze('FROM debian:13\nRUN modprobe tun\n').notes.filter((n) => n.markdown.includes('**modprobe**'));
  assert.equal(notes.length, 1);
});
