/**
 * Mechanisms found missing by recall sample 83 (network and hardware services): lldpd started as the command (packet
 * sockets on every interface) and a device path among several words of one exec-form argument (gpsd given
 * "-b -G -n /dev/ttyS4"). gpsd by its name alone stays unexplained: its source may be a network URL held in a variable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuietOn, findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const quietOn = (t: string) => assertQuietOn(t, ID);

test('lldpd started as the command sends and receives LLDP frames through packet sockets; at build it is not explained', () => {
  const t = 'FROM ubuntu:jammy\nRUN apt update && apt install -y dumb-init lldpd\nENTRYPOINT ["dumb-init", "--"]\nCMD ["lldpd", "-d"]\n';
  assert.match(notesOnWord(t, 3, 'lldpd'), /LLDP neighbour discovery[\s\S]*packet sockets[\s\S]*--network host/);
  quietOn(t);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.20\nRUN lldpd -v\n', 1, 'lldpd'), /LLDP/);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.20\nCMD ["lldpcli", "show", "neighbors"]\n', 1, 'lldpcli'), /LLDP neighbour/);
});

test('gpsd fed from a network source is not a host device, whatever its variable holds', () => {
  // The Kuksa GPS feeder of negatives.tsv: GPSD_SOURCE is a udp:// URL, which the rule cannot read through the variable.
  const t = 'FROM python:3.8-alpine\nENV GPSD_SOURCE=udp://0.0.0.0:29998\nCMD gpsd -S 2948 ${GPSD_SOURCE}; ./gpsd_feeder.py\n';
  assert.doesNotMatch(notesOnWord(t, 2, 'gpsd'), /Host device/);
  quietOn(t);
});

test('a device among several words of one exec-form argument is still passed to the program; echo and shells are not read so', () => {
  const t = 'FROM alpine:3.8\nRUN apk add --update gpsd\nEXPOSE 2947\nCMD ["gpsd", "-b -G -n /dev/ttyS4"]\n';
  assert.match(notesOnWord(t, 3, '"-b'), /Host device[\s\S]*\/dev\/ttyS4/);
  quietOn(t);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.8\nCMD ["echo", "plug it into /dev/ttyS4"]\n', 1, '"plug'), /Host device/);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.8\nRUN foo "-n /dev/ttyS4"\n', 1, '"-n'), /Host device/);
  assert.doesNotMatch(notesOnWord('FROM alpine:3.8\nCMD ["app", "--log /var/log/app.log"]\n', 1, '"--log'), /Host device/);
});
