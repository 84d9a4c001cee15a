import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';
import { analyzeDocument } from '../../analyze';
import { resolveTarget } from '../../host/resolve';

const ID = 'host-facility-required';

const notesAt = (t: string, line: number, word: string) => notesOnWord(t, line, word);

test('Asterisk started with -p (alone or in a cluster) asks for real-time priority; consoles, versions and plain starts do not', () => {
  const starts = [
    'FROM debian:trixie\nUSER asterisk\nCMD ["/usr/sbin/asterisk", "-vvvdddf", "-T", "-W", "-U", "asterisk", "-p"]\n',
    'FROM alpine:3.24\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nCMD ["/usr/sbin/asterisk", "-vvvdddf", "-T", "-U", "asterisk", "-p"]\n',
    'FROM alpine:3.24\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD\t["asterisk", "-fp"]\n',
  ];
  for (const t of starts) {
    assert.match(notesAt(t, 2, 'asterisk'), /Real-time scheduling[\s\S]*CAP_SYS_NICE/, t);
    for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained, never reported`);
  }
  const quiet = [
    'FROM alpine:3.24\nCMD ["asterisk", "-f"]\n',
    'FROM alpine:3.24\nCMD ["asterisk", "-rx", "core show channels"]\n',
    'FROM alpine:3.24\nCMD ["asterisk", "-rvvvp"]\n',
    'FROM alpine:3.24\nRUN asterisk -V -p\n',
    'FROM alpine:3.24\nCMD ["asterisk", "-U", "p"]\n',
  ];
  for (const t of quiet) assert.doesNotMatch(notesAt(t, 1, 'asterisk'), /Real-time scheduling/, t);
});

test('rtpengine as the command forwards in the kernel (nft_rtpengine) unless its table is negative', () => {
  const t = 'FROM debian:trixie-slim\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["rtpengine"]\n';
  const n = notesAt(t, 2, 'rtpengine');
  assert.match(n, /nft_rtpengine[\s\S]*host kernel/);
  assert.match(n, /--cap-add NET_ADMIN/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained, never reported`);
  assert.match(notesAt('FROM debian:trixie-slim\nCMD ["rtpengine", "--config-file", "rtpengine.conf"]\n', 1, 'rtpengine'), /nft_rtpengine/);
  for (const quiet of [
    'FROM debian:trixie-slim\nCMD ["rtpengine", "--table=-1"]\n',
    'FROM debian:trixie-slim\nCMD ["rtpengine", "-t", "-1", "--interface=eth0"]\n',
    'FROM debian:trixie-slim\nRUN rtpengine --version\n',
  ])
    assert.doesNotMatch(notesAt(quiet, 1, 'rtpengine'), /nft_rtpengine/, quiet);
});

test("runit's runsvdir and s6-svscan as the command start the services the image set up: what the stage prepares is said there", () => {
  const t = 'FROM alpine:3.24\nRUN apk --no-cache add runit bash nftables jq\nCMD runsvdir -P /etc/service\n';
  assert.match(notesAt(t, 2, 'runsvdir'), /\*\*runsvdir\*\* starts the programs[\s\S]*package `nftables`/);
  assert.match(notesAt('FROM alpine:3.24\nRUN apk add s6 iptables\nCMD ["s6-svscan", "/etc/s6"]\n', 2, 's6-svscan'), /iptables/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  assert.equal(notesAt('FROM alpine:3.24\nRUN apk add runit nginx\nCMD runsvdir -P /etc/service\n', 2, 'runsvdir'), '');
});

test('FreeSWITCH asks for real-time priority at every start unless told -np or -lp; also where its start script runs it', () => {
  const t = 'FROM debian:bookworm\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["freeswitch"]\n';
  assert.match(notesAt(t, 3, 'freeswitch'), /Real-time scheduling/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained, never reported`);
  for (const quiet of [
    'FROM debian:bookworm\nCMD ["freeswitch", "-nonat", "-np"]\n',
    'FROM debian:bookworm\nCMD ["freeswitch", "-lp"]\n',
    'FROM debian:bookworm\nRUN freeswitch -version\n',
    'FROM debian:bookworm\nRUN freeswitch -nonat -c\n',
  ])
    assert.doesNotMatch(notesAt(quiet, 1, 'freeswitch'), /Real-time scheduling/, quiet);
  // FreeSWITCH's base_image: the entrypoint starts it; with the script's text the ENTRYPOINT word explains it.
  const base = 'FROM scratch\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]\n';
  const r = analyzeDocument(base, {
    target: resolveTarget({ cli: { target: 'debian-12' } }).target,
    today: new Date('2026-11-26T00:00:00Z'),
    contextFiles: new Map([['docker-entrypoint.sh', '#!/bin/bash\n/usr/bin/freeswitch -nc -nf -nonat &\nwait $!\n']]),
  });
  assert.ok(r.notes.some((n) => n.range.start.line === 2 && /Real-time scheduling/.test(n.markdown)));
});
