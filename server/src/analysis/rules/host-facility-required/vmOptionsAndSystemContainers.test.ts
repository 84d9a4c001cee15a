/**
 * Sample 86 (netfilter, network knobs, containers in containers, VMs in other spellings): QEMU's KVM accelerator asked
 * for in options an ENV keeps for the start script (`QEMU_OPTS="-enable-kvm …"`, `accel=kvm`), and Nestybox's system
 * containers that start dockerd without systemd (supervisord, the patched GitLab runner). Explained, never reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'];

test("QEMU's KVM options in an ENV value (-enable-kvm, --enable-kvm, accel=kvm) explain /dev/kvm; TCG and look-alikes stay quiet", () => {
  const cases: [string, string][] = [
    ['ENV QEMU_OPTS="-enable-kvm -cpu host -machine pc,accel=kvm"', 'QEMU_OPTS'],
    // A quoted value is read word by word: the note sits on the word holding the option.
    ['ENV QEMU_OPTS="-machine pc,accel=kvm:tcg -m 2G"', 'pc,accel'],
    ['ENV EXTRA_ARGS=--enable-kvm', 'EXTRA_ARGS'],
    ['ENV QEMU_FLAGS -enable-kvm -nographic', 'QEMU_FLAGS'],
  ];
  for (const [line, word] of cases) {
    const t = `FROM ubuntu:22.04\n${line}\n`;
    assert.match(notesOnWord(t, 1, word), /KVM \(\/dev\/kvm\)/, line);
    for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${line}`);
  }
  for (const [line, word] of [
    ['ENV QEMU_OPTS="-machine pc,accel=tcg"', 'QEMU_OPTS'],
    ['ENV OPTS="--disable-kvm"', 'OPTS'],
    ['ENV NOTE=enable-kvmtool', 'NOTE'],
    ['ENV KVM="N"', 'KVM'],
  ] as const) {
    assert.equal(notesOnWord(`FROM ubuntu:22.04\n${line}\n`, 1, word), '', line);
  }
});

test('Nestybox images that start dockerd without systemd (alpine-supervisord-docker, gitlab-runner-docker) are Docker-in-Docker', () => {
  for (const image of ['nestybox/alpine-supervisord-docker:latest', 'ghcr.io/nestybox/gitlab-runner-docker']) {
    const t = `FROM ${image}\nCOPY workbench.sh /nexus-bucket\n`;
    assert.match(notesOnWord(t, 0, 'nestybox'), /Docker-in-Docker/, image);
  }
  // A Nestybox image without Docker inside is not one.
  assert.doesNotMatch(notesOnWord('FROM nestybox/alpine-supervisord\nRUN true\n', 0, 'nestybox'), /Docker-in-Docker/);
});
