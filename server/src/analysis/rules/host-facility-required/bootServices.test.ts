import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

test('OpenRC entering its runlevel as the start command lists what the services registered for boot use; never reported', () => {
  // Sample 72 (find_string "RUN echo 'net.", id 4333885336): WireGuard brought up by OpenRC's wg-quick service.
  const t =
    'FROM alpine:3.22\nRUN apk add --no-cache wireguard-tools wireguard-tools-openrc openrc\nRUN rc-update add wg-quick default\nCMD ["/sbin/openrc", "--nocolor", "default"]\n';
  const hover = notesOnWord(t, 3, 'openrc');
  assert.match(hover, /\*\*openrc\*\* starts the services this image registered/);
  assert.match(hover, /`wg-quick`: Virtual network interfaces/);
  assert.deepEqual(findingsOf(t, 'host-facility-required', 'debian-12'), []);
  // A registration a command trigger knows (rc-update add docker), under systemd as PID 1 too.
  const d = 'FROM alpine:3.20\nRUN rc-update add docker boot\nENTRYPOINT ["/sbin/init"]\n';
  assert.match(notesOnWord(d, 2, 'init'), /`docker`: Docker-in-Docker/);
  const s = 'FROM centos:7\nRUN systemctl enable setup-iptables.service\nCMD ["/usr/sbin/init"]\n';
  assert.match(notesOnWord(s, 2, 'init'), /`setup-iptables\.service`/);
});

test('boot services are not listed where nothing starts them, nor services whose use is unknown', () => {
  const quiet = [
    // Registered, but the start command is the application, not an init.
    ['FROM alpine:3.22\nRUN rc-update add wg-quick default\nCMD ["transmission-daemon", "-f"]\n', 2, 'transmission-daemon'],
    // OpenRC starts the runlevel, but only services whose registration or name says nothing about the kernel.
    ['FROM alpine:3.22\nRUN rc-update add sshd default && rc-update add crond default\nCMD ["openrc", "default"]\n', 2, 'openrc'],
    // An earlier CMD replaced by a later one is not the start.
    ['FROM alpine:3.22\nRUN rc-update add wg-quick default\nCMD ["openrc", "default"]\nCMD ["sh"]\n', 2, 'openrc'],
  ] as const;
  for (const [t, line, word] of quiet) assert.doesNotMatch(notesOnWord(t, line, word), /registered to start at boot, and with them/, t);
});
