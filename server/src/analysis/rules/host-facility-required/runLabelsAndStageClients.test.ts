/**
 * Mechanisms found missing by recall sample 56 (keyword-drawn Dockerfiles): devices a LABEL's documented `docker run`
 * passes in, a browser driven by a Puppeteer client configured through ENV, programs named for LVM or a CSI node plugin,
 * bootc-base-imagectl's nested build, Debian's nfs-server package beside EXPOSE 2049, branch-pinned cuda-drivers-N, and
 * reads of a process's LSM label (/proc/self/attr/current).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf } from '../testKit';
import { scriptNameTopic } from '../../../knowledge/scriptNames';

const ID = 'host-facility-required';

/** The notes whose range holds the first occurrence of `word` on `line`, joined. */
const notesAt = (t: string, line: number, word: string, target: string | null = null) => {
  const character = t.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return analyze(t, target)
    .notes.filter(
      (n) =>
        n.range.start.line <= line &&
        line <= n.range.end.line &&
        (n.range.start.line < line || n.range.start.character <= character) &&
        (n.range.end.line > line || character < n.range.end.character),
    )
    .map((n) => n.markdown)
    .join('\n');
};

test("a LABEL's docker run command: each --device it passes in is explained as a host device", () => {
  const t = 'FROM centos:7\nLABEL RUN="docker run -d --device=/dev/onload --device /dev/net/tun --name NAME IMAGE"\n';
  assert.match(notesAt(t, 1, '--device=/dev/onload'), /Host device[\s\S]*\/dev\/onload/);
  // A known device path keeps its own facility (TUN/TAP), on the flag word.
  assert.match(notesAt(t, 1, '--device /dev/net/tun'), /\/dev\/net\/tun/);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
});

test('look-alikes stay silent: --device in a label with no run command, a description naming a device', () => {
  const t = 'FROM centos:7\nLABEL usage="--device=/dev/onload" description="talks to /dev/onload"\n';
  assert.equal(notesAt(t, 1, '--device'), '');
});

test('a Chromium package with ENV PUPPETEER_EXECUTABLE_PATH in the stage (even after it) is a driven browser', () => {
  const t =
    'FROM node:20-slim\nRUN apt-get update && apt-get install -y chromium --no-install-recommends\n' +
    'ENV PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=true PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium\n';
  assert.match(notesAt(t, 1, 'chromium'), /sandbox/i);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
  // The same install with no client anywhere, or the ENV in another stage: installing a browser is no kernel use.
  const alone = 'FROM node:20-slim\nRUN apt-get update && apt-get install -y chromium\nENV NODE_ENV=production\n';
  assert.equal(notesAt(alone, 1, 'chromium'), '');
  const other =
    'FROM node:20-slim AS pdf\nENV PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium\nFROM node:20-slim\nRUN apt-get install -y chromium\n';
  assert.equal(notesAt(other, 3, 'chromium'), '');
});

test('programs named for LVM and for a CSI node plugin are explained from the name, saying so', () => {
  assert.equal(scriptNameTopic('/usr/local/bin/prometheus-lvm-exporter')?.facility, 'device-mapper');
  assert.equal(scriptNameTopic('./lvm-exporter')?.facility, 'device-mapper');
  assert.equal(scriptNameTopic('/usr/bin/irods-csi-driver')?.topic, 'a CSI storage driver');
  // Sidecars and controllers do not mount; LLVM is not LVM.
  for (const name of ['csi-node-driver-registrar', 'csi-provisioner', 'csi-driver-controller', 'llvm-config', 'csi']) {
    assert.equal(scriptNameTopic(name), undefined, name);
  }
  const t = 'FROM golang:1.23-bullseye\nRUN apt-get install -y lvm2\nCMD ["prometheus-lvm-exporter", "--command=/sbin/lvm"]\n';
  assert.match(notesAt(t, 2, 'prometheus-lvm-exporter'), /named for LVM[\s\S]*its name only[\s\S]*device-mapper/i);
  const csi = 'FROM ubuntu:22.04\nENTRYPOINT ["/usr/bin/dumb-init", "--", "/usr/bin/irods-csi-driver"]\n';
  assert.match(notesAt(csi, 1, 'irods-csi-driver'), /CSI storage driver[\s\S]*Bidirectional/);
  assert.deepEqual(findingsOf(csi, ID, 'rhel8'), []);
});

test('bootc-base-imagectl build-rootfs: the nested build is explained; other subcommands are not', () => {
  const t =
    'FROM quay.io/fedora/fedora-bootc:42 AS builder\nRUN /usr/libexec/bootc-base-imagectl build-rootfs --manifest=minimal /target-rootfs\n';
  assert.match(notesAt(t, 1, 'bootc-base-imagectl'), /--cap-add=all[\s\S]*\/dev\/fuse/);
  const rechunk = 'FROM quay.io/fedora/fedora-bootc:42\nRUN bootc-base-imagectl rechunk localhost/a localhost/b\n';
  assert.equal(notesAt(rechunk, 1, 'bootc-base-imagectl'), '');
});

test("Debian's nfs-server package is the kernel NFS server: its install and the EXPOSEd NFS ports are explained", () => {
  const t = 'FROM debian:wheezy\nRUN apt-get install -y nfs-server nfs-common\nEXPOSE 111/udp 2049/tcp\n';
  assert.match(notesAt(t, 1, 'nfs-server'), /nfsd/i);
  assert.match(notesAt(t, 2, '2049'), /NFS/);
  // The port alone, with no NFS server in the stage, is an ordinary port.
  assert.equal(notesAt('FROM debian:12\nEXPOSE 2049/tcp\n', 1, '2049'), '');
});

test('branch-pinned cuda-drivers-N is the NVIDIA driver, like cuda-drivers; cuda-toolkit is not', () => {
  const t = 'FROM ubuntu:22.04\nRUN apt-get install -y cuda-drivers-555\nRUN apt-get install -y cuda-toolkit\n';
  assert.match(notesAt(t, 1, 'cuda-drivers-555'), /GPU|NVIDIA/);
  assert.equal(notesAt(t, 2, 'cuda-toolkit'), '');
});

test("reading /proc/self/attr/current reads the host security module's label: explained, never reported", () => {
  const t = 'FROM registry.redhat.io/rhel9/rhel-bootc:9.4\nRUN cat /proc/self/attr/current\nRUN cat /proc/self/attrs.txt\n';
  assert.match(notesAt(t, 1, '/proc/self/attr/current', 'rhel8'), /security label[\s\S]*SELinux/);
  assert.equal(notesAt(t, 2, '/proc/self/attrs.txt'), '');
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
  assert.deepEqual(
    analyze(t, 'ubuntu-22.04').findings.filter((f) => f.ruleId === 'kernel-feature-missing'),
    [],
  );
});
