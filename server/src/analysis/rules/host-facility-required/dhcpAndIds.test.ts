/**
 * Mechanisms found missing by recall sample 95 (routing, VPN, DHCP and IDS daemons): ISC dhcpd and Kea's kea-dhcp4
 * started as the command (packet sockets for clients without an address), their server packages when a start script
 * runs, Suricata on a capture interface or inline on NFQUEUE, and an image's own `init` handed the daemon to start.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuietOn, findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const quietOn = (t: string) => assertQuietOn(t, ID);

test('dhcpd and kea-dhcp4 started as the command answer clients through packet sockets; config checks and DHCPv6 do not', () => {
  const d =
    'FROM alpine:3.12\nRUN apk add --no-cache dhcp\nCMD ["/usr/sbin/dhcpd", "-4", "-f", "-d", "--no-pid", "-cf", "/etc/dhcp/dhcpd.conf"]\n';
  assert.match(notesOnWord(d, 2, '"/usr/sbin/dhcpd"'), /DHCPv4 server[\s\S]*packet sockets[\s\S]*CAP_NET_RAW/);
  quietOn(d);
  const k = 'FROM debian:bookworm-slim\nENTRYPOINT ["/usr/sbin/kea-dhcp4"]\nCMD ["-c", "/etc/kea/kea-dhcp4.conf"]\n';
  assert.match(notesOnWord(k, 1, '"/usr/sbin/kea-dhcp4"'), /DHCPv4 server/);
  quietOn(k);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.12\nCMD ["dhcpd", "-t", "-cf", "/etc/dhcp/dhcpd.conf"]\n', 1, '"dhcpd"'), /DHCPv4 server/);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.12\nCMD ["dhcpd", "-6", "-f"]\n', 1, '"dhcpd"'), /DHCPv4 server/);
  assert.doesNotMatch(
    notesOnWord('FROM debian:12\nCMD ["kea-dhcp4", "-t", "/etc/kea/kea-dhcp4.conf"]\n', 1, '"kea-dhcp4"'),
    /DHCPv4 server/,
  );
  assert.doesNotMatch(notesOnWord('FROM alpine:3.12\nRUN dhcpd -4 -f\n', 1, 'dhcpd'), /DHCPv4 server/);
});

test('a start script in an image that installs a DHCPv4 server package is explained on the word that runs it', () => {
  const t = 'FROM ubuntu:focal\nRUN apt-get -qqqy install kea-dhcp4-server kea-ctrl-agent\nCMD ["./wrapper.sh"]\n';
  assert.match(notesOnWord(t, 2, '"./wrapper.sh"'), /DHCPv4 server/);
  quietOn(t);
  assert.doesNotMatch(notesOnWord('FROM ubuntu:focal\nRUN apt-get install -y curl\nCMD ["./wrapper.sh"]\n', 2, '"./wrapper.sh"'), /DHCPv4/);
});

test('suricata on a capture interface reads packet sockets; inline with -q it reads NFQUEUE; printing opens neither', () => {
  const i = 'FROM ubuntu:22.04\nCMD ["suricata", "-c", "/etc/suricata/suricata.yaml", "-i", "eth0"]\n';
  assert.match(notesOnWord(i, 1, '"suricata"'), /Packet capture/);
  const q = 'FROM scratch\nCMD ["suricata", "-q", "0", "--runmode", "workers"]\n';
  assert.match(notesOnWord(q, 1, '"suricata"'), /Netfilter/);
  for (const args of ['"--build-info"', '"-r", "/pcaps/a.pcap"', '"-T", "-i", "eth0"'])
    assert.doesNotMatch(notesOnWord(`FROM ubuntu:22.04\nCMD ["suricata", ${args}]\n`, 1, '"suricata"'), /Packet capture|Netfilter/, args);
});

test("an image's own init handed the daemon runs it (s6-overlay's /init, a static init); the system's /sbin/init does not", () => {
  const t = 'FROM scratch\nENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/init"]\nCMD ["suricata", "-q", "0"]\n';
  assert.match(notesOnWord(t, 2, '"suricata"'), /Netfilter/);
  const s6 = 'FROM alpine:3.20\nENTRYPOINT ["/init"]\nCMD ["dhcpd", "-f"]\n';
  assert.match(notesOnWord(s6, 2, '"dhcpd"'), /DHCPv4 server/);
  const sys = 'FROM debian:12\nENTRYPOINT ["/sbin/init"]\nCMD ["dhcpd", "-f"]\n';
  assert.doesNotMatch(notesOnWord(sys, 2, '"dhcpd"'), /DHCPv4 server/);
});
