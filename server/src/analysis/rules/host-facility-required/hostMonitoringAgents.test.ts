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

/** Explained only: no target reports these. */
function assertQuiet(text: string): void {
  for (const target of ['rhel8', 'debian-12', 'ubuntu-22.04']) assert.deepEqual(findingsOf(text, ID, target), [], `${text} on ${target}`);
}

test('sample 100: monitoring agents by command explain what they read of the host', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM debian:13-slim\nENTRYPOINT ["/usr/bin/nvidia_gpu_exporter"]\n', 1, 'nvidia_gpu_exporter', /GPU/],
    ['FROM scratch\nENTRYPOINT ["/ebpf_exporter"]\n', 1, 'ebpf_exporter', /BPF/],
    ['FROM ubuntu:20.04\nENTRYPOINT ["/bin/smartctl_exporter"]\n', 1, 'smartctl_exporter', /Host device/],
    ['FROM nicolargo/glances:latest\nENTRYPOINT ["glances", "-w"]\n', 1, 'glances', /Host monitoring agent/],
    ['FROM nicolargo/glances:latest\nCMD python -m glances -C /etc/glances.conf $GLANCES_OPT\n', 1, 'glances', /Host monitoring agent/],
  ];
  for (const [t, line, word, card] of cases) {
    assert.match(hoverOn(t, line, word), card, t);
    assertQuiet(t);
  }
});

test('sample 100: a glances client, a smartctl_exporter on saved JSON and version queries are not uses', () => {
  const quiet: [string, string][] = [
    ['FROM python:3.12\nCMD ["glances", "-c", "server.example"]\n', 'glances'],
    ['FROM ubuntu:24.04\nCMD ["smartctl_exporter", "--smartctl.fake-data"]\n', 'smartctl_exporter'],
    ['FROM scratch\nCMD ["/ebpf_exporter", "--version"]\n', 'ebpf_exporter'],
  ];
  for (const [t, word] of quiet) assert.doesNotMatch(hoverOn(t, 1, word), /Host monitoring agent|Host device|BPF/, t);
});

test('sample 100: the agent images that start the agent are explained on their FROM line', () => {
  for (const image of ['netdata/netdata:stable', 'datadog/agent:7', 'gcr.io/datadoghq/agent:latest', 'nicolargo/glances:3.2.4-full']) {
    const t = `FROM ${image}\nCOPY agent.conf /etc/agent.conf\n`;
    assert.match(hoverOn(t, 0, image.split(':')[0]), /Host monitoring agent/, image);
    assertQuiet(t);
  }
  // Another image of the same vendors is not the agent.
  assert.doesNotMatch(hoverOn('FROM datadog/squid:latest\n', 0, 'datadog'), /Host monitoring agent/);
});

test("sample 100: gopsutil's HOST_PROC/HOST_SYS and settings pointed at /host/proc are explained, other paths are not", () => {
  const cases: [string, string][] = [
    ['FROM golang:1-buster\nENV HOST_PROC /hostproc\n', 'HOST_PROC'],
    ['FROM scratch\nENV HOST_SYS=/hostsys\n', 'HOST_SYS'],
    ['FROM alpine:3.19\nENV HOST_PROC_PATH=/host/proc\n', 'HOST_PROC_PATH'],
    ['FROM alpine:3.19\nENV AGENT_SYSFS "/host/sys/fs/cgroup"\n', 'AGENT_SYSFS'],
  ];
  for (const [t, word] of cases) {
    assert.match(hoverOn(t, 1, word), /Host monitoring agent/, t);
    assertQuiet(t);
  }
  const quiet: [string, string][] = [
    ["FROM alpine:3.19\nENV DBUS_SYSTEM_BUS_ADDRESS 'unix:path=/host/run/dbus/system_bus_socket'\n", 'DBUS_SYSTEM_BUS_ADDRESS'],
    ['FROM alpine:3.19\nENV DATA_DIR=/host/processed\n', 'DATA_DIR'],
    ['FROM alpine:3.19\nENV HOST_PROCESSOR=x86_64\n', 'HOST_PROCESSOR'],
  ];
  for (const [t, word] of quiet) assert.doesNotMatch(hoverOn(t, 1, word), /Host monitoring agent/, t);
});

test("sample 100: the host driver's tools on the search path at /usr/local/nvidia, and NVIDIA_DISABLE_REQUIRE, are GPU", () => {
  const cases: [string, string][] = [
    ['FROM netdata/netdata\nENV PATH="/usr/local/nvidia/bin:${PATH}"\n', 'PATH'],
    ['FROM alpine:3\nENV LD_LIBRARY_PATH="/usr/local/nvidia/lib/:${LD_LIBRARY_PATH}"\n', 'LD_LIBRARY_PATH'],
    ['FROM nvidia/cuda:12.9.0-devel-ubuntu22.04\nENV NVIDIA_DISABLE_REQUIRE=1\n', 'NVIDIA_DISABLE_REQUIRE'],
  ];
  for (const [t, word] of cases) {
    assert.match(hoverOn(t, 1, word), /GPU/, t);
    assertQuiet(t);
  }
  assert.doesNotMatch(hoverOn('FROM alpine:3\nENV PATH="/usr/local/nvidiatools/bin:${PATH}"\n', 1, 'PATH'), /GPU/);
});
