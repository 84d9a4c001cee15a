import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const notesOn = (t: string, line: number, word: string) => notesOnWord(t, line, word);

test('packages named through a shell variable the same RUN assigned are explained like listed ones, never reported', () => {
  const t =
    'FROM debian:12\nRUN needed="kmod iptables" && apt-get update && apt-get install -y $needed\n' +
    "RUN export PKGS='wireguard-tools'; apt-get install -y ${PKGS}\nRUN apt-get install -y $needed\n";
  assert.match(notesOn(t, 1, '$needed'), /Netfilter.*package `iptables` \(from `\$needed`\)/);
  assert.match(notesOn(t, 2, '${PKGS}'), /package `wireguard-tools`/);
  // Another RUN step is another shell: the variable is unset there.
  assert.doesNotMatch(notesOn(t, 3, '$needed'), /iptables/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});
