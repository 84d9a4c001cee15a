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

test("a process supervisor as the start lists what the services in the image's service folders use, by their folders' names", () => {
  // Sample 88 (find_string 'ENV DOCKER_HOST=unix', id 19172185143): s6-overlay's /init starts an s6-rc service named dockerd.
  const s6 =
    'FROM debian:13\nRUN apt-get install -y docker-ce\nCOPY s6-overlay/ /etc/s6-overlay/\n' +
    'RUN chmod +x /etc/s6-overlay/s6-rc.d/code-server/run /etc/s6-overlay/s6-rc.d/dockerd/run\nENTRYPOINT ["/init"]\n';
  const hover = notesOnWord(s6, 4, 'init');
  assert.match(hover, /\*\*\/init\*\* \(a process supervisor\) starts the services/);
  assert.match(hover, /`dockerd`: Docker-in-Docker/);
  assert.doesNotMatch(hover, /code-server/);
  assert.deepEqual(findingsOf(s6, 'host-facility-required', 'debian-12'), []);
  // s6-rc's user bundle names the service (linuxserver's svc- prefix), and runit's /etc/service folders under runsvdir.
  const bundle = 'FROM alpine:3.20\nRUN touch /etc/s6-overlay/s6-rc.d/user/contents.d/svc-dockerd\nENTRYPOINT ["/init"]\n';
  assert.match(notesOnWord(bundle, 2, 'init'), /`svc-dockerd`: Docker-in-Docker/);
  const runit = 'FROM ubuntu:22.04\nCOPY dockerd.sh /etc/service/dockerd/run\nCMD ["runsvdir", "-P", "/etc/service"]\n';
  assert.match(notesOnWord(runit, 2, 'runsvdir'), /`dockerd`: Docker-in-Docker/);
});

test('service folders are not listed when no supervisor starts them, or when their names say nothing about the kernel', () => {
  const quiet = [
    // The application is the start, not the supervisor.
    ['FROM debian:13\nRUN chmod +x /etc/s6-overlay/s6-rc.d/dockerd/run\nCMD ["node", "server.js"]\n', 2, 'node'],
    // Services whose names are userland daemons.
    ['FROM alpine:3.20\nCOPY nginx/ /etc/services.d/nginx/\nRUN chmod +x /etc/services.d/php-fpm/run\nENTRYPOINT ["/init"]\n', 3, 'init'],
    // A path outside the service folders.
    ['FROM alpine:3.20\nRUN mkdir -p /etc/dockerd/run\nENTRYPOINT ["/init"]\n', 2, 'init'],
  ] as const;
  for (const [t, line, word] of quiet) assert.doesNotMatch(notesOnWord(t, line, word), /starts the services this image holds/, t);
});
