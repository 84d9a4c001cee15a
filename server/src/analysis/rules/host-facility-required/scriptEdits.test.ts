import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';
import { isScriptFile, sedWrittenLines } from '../shared/scriptEdits';

/** The notes whose range holds the first occurrence of `word` on `line`, joined. */
const notesAt = (t: string, line: number, word: string) => notesOnWord(t, line, word);

test("sed's inserted, appended and replacement text is read with its escapes undone", () => {
  assert.deepEqual(sedWrittenLines('/^exec "$@"/i /lib/systemd/systemd-udevd --daemon && udevadm trigger'), [
    '/lib/systemd/systemd-udevd --daemon && udevadm trigger',
  ]);
  assert.deepEqual(sedWrittenLines('$a modprobe nbd'), ['modprobe nbd']);
  assert.deepEqual(sedWrittenLines(String.raw`s/\#!\/bin\/bash/\#!\/bin\/bash\nrm \/var\/run\/docker.pid\ndockerd \&\nsleep 3/`), [
    '#!/bin/bash',
    'rm /var/run/docker.pid',
    'dockerd &',
    'sleep 3',
  ]);
  assert.deepEqual(sedWrittenLines('s|x|y|g'), ['y']);
  assert.deepEqual(sedWrittenLines('/^#/d'), []);
});

test('only scripts and shell start-up files are edited scripts; configuration files are not', () => {
  for (const f of [
    '/ros_entrypoint.sh',
    'entrypoint',
    '/root/.bashrc',
    '/.profile',
    '/etc/rc.local',
    '/usr/local/bin/start-vm',
    'Launch.sh',
  ])
    assert.ok(isScriptFile(f), f);
  for (const f of ['/etc/motd', '/root/.asoundrc', '/etc/ssh/sshd_config', '/etc/apt/sources.list', '/etc/fstab'])
    assert.ok(!isScriptFile(f), f);
});

test('commands written into a script by sed, echo >> or tee <<< are explained on the text, hover only', () => {
  const t = [
    'FROM ros:humble',
    String.raw`RUN sed --in-place '/^exec "\$@"/i /lib/systemd/systemd-udevd --daemon && udevadm trigger' /ros_entrypoint.sh`,
    String.raw`RUN sed -i 's/\#!\/bin\/bash/\#!\/bin\/bash\ndockerd > \/var\/log\/dockerd.log 2>\&1 \&/' entrypoint`,
    'RUN echo "update-binfmts --enable wine" >> $HOME/.bashrc',
    "RUN tee -a Launch.sh <<< 'qemu-system-x86_64 -enable-kvm -m 4G'",
    '',
  ].join('\n');
  assert.match(notesAt(t, 1, 'systemd-udevd'), /Written into `\/ros_entrypoint\.sh`[\s\S]*udev/i);
  assert.match(notesAt(t, 2, 'dockerd'), /Written into `entrypoint`[\s\S]*Docker-in-Docker/);
  assert.match(notesAt(t, 3, 'update-binfmts'), /Written into `\/\.bashrc`[\s\S]*binfmt/i);
  assert.match(notesAt(t, 4, 'qemu-system'), /Written into `Launch\.sh`[\s\S]*KVM/);
  assert.deepEqual(
    findingsOf(t, 'host-facility-required').filter((f) => f.range.start.line >= 1),
    [],
    'hover only: whether the edited script runs is not in this file',
  );
});

test('text written into a configuration file, sed without -i, and an assignment are no commands', () => {
  const t = [
    'FROM debian:12',
    "RUN echo 'modprobe nbd' >> /etc/motd",
    "RUN sed 's/x/modprobe nbd/' /entrypoint.sh",
    `RUN sed -i 's/DRIVER=.*/DRIVER="bpf"/g' /usr/bin/falco-driver-loader`,
    "RUN echo 'pcm.!default { type null }' >> /root/.asoundrc",
    '',
  ].join('\n');
  assert.doesNotMatch(
    notesAt(t, 1, 'modprobe') + notesAt(t, 2, 'modprobe') + notesAt(t, 3, 'DRIVER') + notesAt(t, 4, 'pcm'),
    /Written into/,
  );
});

test('a replacement that opens an if (…; then) or closes one is read inside a frame that balances it', () => {
  // kicbase images patch their entrypoint's iptables detection this way: the replacement alone does not parse.
  const t = [
    'FROM gcr.io/k8s-minikube/kicbase:v0.0.50',
    String.raw`RUN sed -i 's|if \[ "\${a}" -ge "\${b}" \]; then|if iptables-legacy -L >/dev/null 2>\&1 \&\& [ "\${a}" -ge "\${b}" ]; then|' /usr/local/bin/entrypoint`,
    String.raw`RUN sed -i 's|^fi$|  dockerd \&\nfi|' /start.sh`,
    String.raw`RUN sed -i 's|^while true; do|while iptables -t nat -L -n; do|' /start.sh`,
    'RUN sed -i \'s|^if true; then|if [ -n "$X" ]; then|\' /start.sh',
    '',
  ].join('\n');
  assert.match(notesAt(t, 1, 'iptables-legacy'), /Written into `\/usr\/local\/bin\/entrypoint`[\s\S]*netfilter/i);
  assert.match(notesAt(t, 2, 'dockerd'), /Written into `\/start\.sh`[\s\S]*Docker-in-Docker/);
  assert.match(notesAt(t, 3, 'iptables'), /Written into `\/start\.sh`[\s\S]*netfilter/i);
  assert.equal(notesAt(t, 4, '[ -n'), '', 'a test of a variable uses nothing');
  assert.deepEqual(
    findingsOf(t, 'host-facility-required').filter((f) => f.range.start.line >= 1),
    [],
  );
});
