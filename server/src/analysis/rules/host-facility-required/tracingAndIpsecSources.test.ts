import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, TODAY } from '../testKit';
import { hoverAt } from '../../hover';

const ID = 'host-facility-required';

/** What hovering the first occurrence of `word` on `line` shows (empty when nothing). */
function hoverOn(text: string, line: number, word: string): string {
  const character = text.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return hoverAt(analyze(text), { line, character }, TODAY)?.markdown ?? '';
}

test('IKE ports are explained after Libreswan or strongSwan is built from its release tarball, not in an ordinary image', () => {
  for (const url of [
    'https://download.libreswan.org/libreswan-${SWAN_VER}.tar.gz',
    'https://github.com/libreswan/libreswan/archive/v${SWAN_VER}.tar.gz',
    'https://download.strongswan.org/strongswan-5.9.14.tar.bz2',
  ]) {
    const t = `FROM debian:12\nRUN wget -O swan.tar.gz "${url}" && tar xzf swan.tar.gz && make -s programs && make -s install\nEXPOSE 500/udp 4500/udp\n`;
    assert.match(hoverOn(t, 2, '500'), /XFRM/, url);
    assert.match(hoverOn(t, 1, 'https'), /XFRM/, url);
    for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], `${url} on ${target}`);
  }
  // The ports alone, or another project's tarball, say nothing about IPsec.
  assert.equal(hoverOn('FROM debian:12\nRUN wget https://example.org/app-1.0.tar.gz\nEXPOSE 500/udp 4500/udp\n', 2, '500'), '');
});

test("Mininet-WiFi's installer under any directory is explained as Open vSwitch; another project's util/install.sh is not", () => {
  const t = 'FROM ubuntu:24.04\nRUN ./Framework/mininet-wifi/util/install.sh -Wlnfv\nRUN ./tools/util/install.sh -a\n';
  assert.match(hoverOn(t, 1, 'mininet-wifi'), /Open vSwitch/);
  assert.equal(hoverOn(t, 2, 'tools/util'), '');
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test("Falco's no-driver image is explained as the host's Falco driver; its other images are not all drivers", () => {
  assert.match(hoverOn('FROM falcosecurity/falco-no-driver:0.32.2\nCOPY . /srv\n', 0, 'falcosecurity'), /Falco kernel driver/);
  assert.doesNotMatch(hoverOn('FROM falcosecurity/falcosidekick:2.27.0\nCOPY . /srv\n', 0, 'falcosecurity'), /Falco kernel driver/);
});

test("sysdig's old probe loader and SysFlow's sysporter are explained as the Sysdig driver; in RUN the loader targets the build machine", () => {
  const t = [
    'FROM sysdig/sysdig:0.24.2',
    'RUN set -eux; /usr/bin/sysdig-probe-loader',
    'CMD /usr/local/sysflow/bin/sysporter -G $INTERVAL -w $DIR -e $NODE_NAME',
    '',
  ].join('\n');
  assert.match(hoverOn(t, 1, 'sysdig-probe-loader'), /Sysdig kernel driver[\s\S]*build machine's kernel release/);
  assert.match(hoverOn(t, 2, 'sysporter'), /Sysdig kernel driver/);
  assert.doesNotMatch(hoverOn(t, 2, 'sysporter'), /build machine/);
  // The names in an echo are words, not commands.
  assert.equal(hoverOn('FROM debian:12\nRUN echo sysporter sysdig-probe-loader\n', 1, 'sysporter'), '');
});

test("Falco's and Sysdig's source archives (whose build makes the kernel module) are explained, never reported", () => {
  const t = [
    'FROM alpine:3.19 AS modulesrc',
    'RUN wget https://github.com/falcosecurity/falco/archive/$FALCOVER.tar.gz && tar zxf $FALCOVER.tar.gz',
    'RUN wget https://github.com/draios/sysdig/archive/$SYSDIGVER.tar.gz && tar zxf $SYSDIGVER.tar.gz',
    'RUN wget https://github.com/falcosecurity/falcosidekick/archive/2.27.0.tar.gz',
    '',
  ].join('\n');
  assert.match(hoverOn(t, 1, 'https'), /Falco kernel driver/);
  assert.match(hoverOn(t, 2, 'https'), /Sysdig kernel driver/);
  assert.equal(hoverOn(t, 3, 'https'), '');
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});
