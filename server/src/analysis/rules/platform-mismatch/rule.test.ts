import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, checkFix, findingsOf, ruleFixes, target, type TestTarget } from '../testKit';
import { parsePlatform } from '../shared/platform';
import { parseKernelConfig } from '../../host/kernelConfig';
import { resolveTarget } from '../../host/resolve';
import type { TargetHost } from '../../host/types';

const ID = 'platform-mismatch';
const amd64 = target({ arch: 'amd64' });

/** The binfmt_misc (foreign-architecture) hover notes on the FROM line (line 0). */
const binfmtNotesOnFrom = (text: string, t: TestTarget) =>
  analyze(text, t)
    .notes.filter((n) => n.range.start.line === 0 && /binfmt_misc/.test(n.markdown))
    .map((n) => n.markdown);

/** Every binfmt_misc hover note, as `<line>: <markdown>`. */
const binfmtNotes = (text: string, t: TestTarget) =>
  analyze(text, t)
    .notes.filter((n) => /binfmt_misc/.test(n.markdown))
    .map((n) => `${n.range.start.line}: ${n.markdown}`);

test('--platform for another architecture → warning on the flag value, two fixes, none preferred', () => {
  const text = 'FROM --platform=linux/arm64 ubuntu:24.04 AS app\nRUN true\n';
  const [f] = findingsOf(text, ID, amd64);
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 27 } });
  assert.match(f.message, /arm64/);
  assert.match(f.message, /QEMU/);
  assert.match(f.message, /exec format error/);
  const fixes = ruleFixes(f);
  assert.deepEqual(
    fixes.map((x) => x.title),
    ['Set --platform=linux/amd64', 'Remove --platform (use the host architecture)'],
  );
  assert.ok(fixes.every((x) => !x.isPreferred));
  checkFix(text, amd64, ID, 1, 'Set --platform=linux/amd64', 'FROM --platform=linux/amd64 ubuntu:24.04 AS app\nRUN true\n');
  checkFix(text, amd64, ID, 1, 'Remove --platform (use the host architecture)', 'FROM ubuntu:24.04 AS app\nRUN true\n');
});

test('per-architecture repositories (arm64v8/…, amd64/…) → warning on the image, fix to the multi-arch image', () => {
  const text = 'FROM arm64v8/ubuntu:22.04\n';
  const [f] = findingsOf(text, ID, amd64);
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 25 } });
  checkFix(text, amd64, ID, 1, 'Use ubuntu:22.04 (multi-architecture)', 'FROM ubuntu:22.04\n');
  const arm = target({ arch: 'arm64' });
  checkFix('FROM amd64/alpine:3.22\r\n', arm, ID, 1, 'Use alpine:3.22 (multi-architecture)', 'FROM alpine:3.22\r\n');
});

test('CRLF and backtick-escape files', () => {
  checkFix(
    'FROM --platform=linux/arm64 debian:12\r\n',
    amd64,
    ID,
    1,
    'Set --platform=linux/amd64',
    'FROM --platform=linux/amd64 debian:12\r\n',
  );
  checkFix(
    '# escape=`\nFROM --platform=linux/arm/v7 alpine:3.22 AS a\nRUN echo `\n  hi\n',
    amd64,
    ID,
    2,
    'Remove --platform (use the host architecture)',
    '# escape=`\nFROM alpine:3.22 AS a\nRUN echo `\n  hi\n',
  );
});

test('negative: matching arch (aliases, v8 variant), build platform variables, unknown target arch, no flag', () => {
  const arm = target({ arch: 'arm64' });
  for (const text of [
    'FROM --platform=linux/arm64 ubuntu\n',
    'FROM --platform=linux/aarch64 ubuntu\n',
    'FROM --platform=linux/arm64/v8 ubuntu\n',
    'FROM arm64v8/ubuntu\n',
  ]) {
    assert.deepEqual(findingsOf(text, ID, arm), [], text);
  }
  for (const text of [
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n',
    'FROM --platform=${TARGETPLATFORM} alpine\n',
    'FROM --platform=$UNKNOWN alpine\n',
    'FROM ubuntu\n',
  ]) {
    assert.deepEqual(findingsOf(text, ID, amd64), [], text);
  }
  assert.deepEqual(findingsOf('FROM --platform=linux/arm64 ubuntu\n', ID, target({ arch: undefined })), []);
});

test('an ARG default for --platform is resolved', () => {
  const [f] = findingsOf('ARG P=linux/arm64\nFROM --platform=$P ubuntu:24.04\n', ID, amd64);
  assert.ok(f);
  assert.equal(f.range.start.line, 1);
});

test('parsePlatform normalises architecture spellings', () => {
  assert.deepEqual(parsePlatform('linux/x86_64'), { os: 'linux', arch: 'amd64' });
  assert.deepEqual(parsePlatform('linux/arm/v6'), { os: 'linux', arch: 'arm/v6' });
  assert.deepEqual(parsePlatform('linux/arm'), { os: 'linux', arch: 'arm/v7' });
  assert.equal(parsePlatform('linux'), undefined);
  // A lone architecture takes the daemon's OS (containerd/platforms Parse); a lone unknown word is no platform.
  assert.deepEqual(parsePlatform('arm64'), { os: 'linux', arch: 'arm64' });
  assert.deepEqual(parsePlatform('armhf'), { os: 'linux', arch: 'arm/v7' });
  assert.equal(parsePlatform('banana'), undefined);
  assert.equal(parsePlatform('linux/banana'), undefined);
});

test('hover note on an arch-fixed FROM whose stage runs something, whatever the target; none on a stage only copied from', () => {
  assert.match(
    binfmtNotesOnFrom('FROM ppc64le/alpine:3.23\nRUN apk add curl\n', null).join(''),
    /ppc64le.*the target's architecture is unknown/s,
  );
  assert.match(binfmtNotesOnFrom('FROM --platform=linux/arm64 alpine:3.23 AS b\nRUN true\n', amd64).join(''), /✗ the target is amd64/);
  assert.match(binfmtNotesOnFrom('FROM arm64v8/alpine:3.23\nRUN true\n', target({ arch: 'arm64' })).join(''), /✓ the target is arm64/);
  // The image itself: the last stage, unnamed or with its own command.
  assert.equal(binfmtNotesOnFrom('FROM arm32v7/busybox\n', null).length, 1);
  assert.equal(binfmtNotesOnFrom('FROM arm32v7/busybox AS app\nCMD ["sh"]\n', null).length, 1);
  // Named stages only copied from run nothing; build platform variables follow the build.
  assert.deepEqual(binfmtNotesOnFrom('FROM --platform=linux/arm arm32v7/fedora:36 AS build\n', null), []);
  assert.deepEqual(binfmtNotesOnFrom('FROM arm64v8/alpine AS files\nFROM alpine\nCOPY --from=files /etc/os-release /\n', null), []);
  assert.deepEqual(binfmtNotesOnFrom('FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go build\n', null), []);
});

test("the multiarch project's images name the build in the tag (multiarch/ubuntu-debootstrap:arm64-bionic): hover only", () => {
  const text = 'FROM multiarch/ubuntu-debootstrap:arm64-bionic\nRUN apt-get update\n';
  assert.match(
    binfmtNotesOnFrom(text, amd64).join(''),
    /fixes the CPU architecture to arm64.*✗ the target is amd64.*multiarch\/ubuntu-debootstrap @/s,
  );
  assert.match(binfmtNotesOnFrom('FROM multiarch/alpine:armhf-v3.12\nRUN true\n', amd64).join(''), /arm\/v7/);
  assert.match(binfmtNotesOnFrom('FROM multiarch/debian-debootstrap:amd64-buster\nRUN true\n', amd64).join(''), /✓ the target is amd64/);
  // A tag that names no architecture, or another namespace with such a tag, fixes nothing; none is reported.
  assert.deepEqual(binfmtNotesOnFrom('FROM multiarch/ubuntu-debootstrap:bionic\nRUN true\n', amd64), []);
  assert.deepEqual(binfmtNotesOnFrom('FROM someone/ubuntu:arm64-bionic\nRUN true\n', amd64), []);
  assert.deepEqual(findingsOf(text, ID, amd64), []);
});

test("linuxserver.io's per-architecture tags name the build (lsiobase/nginx:arm64v8-3.10): hover on the FROM and the RUN steps", () => {
  const text = 'FROM lsiobase/nginx:arm64v8-3.10\nCOPY qemu-aarch64-static /usr/bin/\nRUN apk add --no-cache curl\n';
  const notes = binfmtNotes(text, amd64).join('\n');
  assert.match(
    notes,
    /^0: `lsiobase\/nginx:arm64v8-3.10` \(the arm64 build\) fixes the CPU architecture to arm64.*linuxserver\/docker-bazarr @/ms,
  );
  assert.match(notes, /^2: This RUN step executes arm64 programs at build time/m);
  assert.match(binfmtNotes('FROM linuxserver/code-server:arm32v7-latest\nRUN true\n', amd64).join(''), /arm\/v7/);
  assert.match(binfmtNotes('FROM lsiobase/alpine:amd64-3.12\nRUN true\n', amd64).join(''), /✓ the target is amd64/);
  // Their ordinary tags, and another namespace with such a tag, fix nothing.
  assert.deepEqual(binfmtNotes('FROM linuxserver/nginx:1.26.2-r0-ls290\nRUN true\n', amd64), []);
  assert.deepEqual(binfmtNotes('FROM someone/nginx:arm64v8-3.10\nRUN true\n', amd64), []);
  assert.deepEqual(findingsOf(text, ID, amd64), []);
});

test("Jupyter Docker Stacks' per-architecture tags name the build on Quay.io and Docker Hub (quay.io/jupyter/base-notebook:aarch64-latest)", () => {
  const text = 'FROM quay.io/jupyter/base-notebook:aarch64-latest\nUSER root\nRUN apt-get install --yes rtl-sdr\n';
  const notes = binfmtNotes(text, amd64).join('\n');
  assert.match(
    notes,
    /^0: `quay.io\/jupyter\/base-notebook:aarch64-latest` \(the arm64 build\) fixes the CPU architecture to arm64.*jupyter\/docker-stacks/ms,
  );
  assert.match(notes, /^2: This RUN step executes arm64 programs at build time/m);
  assert.match(binfmtNotes('FROM jupyter/scipy-notebook:aarch64-2023-04-27\nRUN true\n', amd64).join(''), /arm64/);
  assert.match(binfmtNotes('FROM quay.io/jupyter/base-notebook:x86_64-2024-03-31\nRUN true\n', amd64).join(''), /✓ the target is amd64/);
  // Their merged tags, and another registry's jupyter namespace, fix nothing.
  assert.deepEqual(binfmtNotes('FROM quay.io/jupyter/base-notebook:2025-03-14\nRUN true\n', amd64), []);
  assert.deepEqual(binfmtNotes('FROM ghcr.io/jupyter/base-notebook:aarch64-latest\nRUN true\n', amd64), []);
  assert.deepEqual(findingsOf(text, ID, amd64), []);
});

test('hover note on each RUN step of a foreign-architecture stage; not where the target builds natively, nor an amd64 pin on an unknown target', () => {
  const runNotes = (text: string, t: TestTarget) =>
    analyze(text, t)
      .notes.filter((n) => n.range.start.line > 0 && /at build time/.test(n.markdown))
      .map((n) => ({ line: n.range.start.line, character: n.range.start.character, markdown: n.markdown }));
  const two = 'FROM --platform=arm64 debian:13 AS build\nRUN make\n  RUN make install\nFROM alpine\nRUN true\n';
  const notes = runNotes(two, null);
  assert.deepEqual(
    notes.map((n) => [n.line, n.character]),
    [
      [1, 0],
      [2, 2],
    ],
  );
  assert.match(notes[0].markdown, /arm64 programs.*binfmt_misc/s);
  assert.doesNotMatch(notes[0].markdown, /IA32_EMULATION/);
  assert.equal(runNotes(two, amd64).length, 2);
  assert.deepEqual(runNotes(two, target({ arch: 'arm64' })), []);
  assert.deepEqual(runNotes('FROM --platform=linux/amd64 debian:13\nRUN make\n', null), []);
  // 32-bit pins run natively on a 64-bit kernel of their family with its compat support.
  assert.match(runNotes('FROM --platform=i386 debian:13\nRUN make\n', null)[0].markdown, /CONFIG_IA32_EMULATION/);
  assert.match(runNotes('FROM --platform=linux/arm/v7 debian:13\nRUN make\n', null)[0].markdown, /CONFIG_COMPAT/);
});

test('i386 on an x86-64 target is judged by the kernel config: native with IA-32 emulation, warned without it or when off by default', () => {
  const text = 'FROM --platform=linux/386 debian:12\nRUN make\n';
  // Presets name no architecture: the x86-64 host of each preset, with the preset's kernel config.
  const amd64Of = (preset: string): TargetHost => ({ ...resolveTarget({ cli: { target: preset } }).target, arch: 'amd64' });
  const rhel8 = amd64Of('rhel8');
  // RHEL 8's config has CONFIG_IA32_EMULATION=y: the kernel runs i386 programs itself, no warning, a ✓ on hover.
  assert.deepEqual(findingsOf(text, ID, rhel8), []);
  assert.deepEqual(findingsOf('FROM i386/debian:12\nRUN make\n', ID, rhel8), []);
  const fromNote = analyze(text, rhel8).notes.find((n) => n.range.start.line === 0 && /fixes the CPU architecture/.test(n.markdown));
  assert.match(fromNote?.markdown ?? '', /✓ the target is amd64 and its kernel runs i386 programs natively \(CONFIG_IA32_EMULATION=y/);
  // The RUN step is native there, yet it still rests on IA-32 emulation: its note says so with the ✓, not binfmt_misc's slowness.
  const runNotes = analyze(text, rhel8).notes.filter((n) => n.range.start.line > 0 && /at build time/.test(n.markdown));
  assert.equal(runNotes.length, 1);
  assert.match(runNotes[0].markdown, /✓ the target is amd64 and its kernel runs i386 programs natively/);
  assert.doesNotMatch(runNotes[0].markdown, /much slower/);
  // A target known by version only: the config is unknown, so no warning (say less), and the hover says what it depends on.
  assert.deepEqual(findingsOf(text, ID, amd64), []);
  // openSUSE Leap 16.0 builds it in but off by default (CONFIG_IA32_EMULATION_DEFAULT_DISABLED=y): a warning naming the boot switch.
  const [leap] = findingsOf(text, ID, amd64Of('opensuse-leap-16.0'));
  assert.ok(leap, 'a warning on openSUSE Leap 16.0');
  assert.match(leap.message, /ia32_emulation=true/);
  assert.ok(leap.message.indexOf('.') <= 110, 'first sentence at a glance');
  // A config without IA-32 emulation: the warning says so.
  const config = parseKernelConfig('CONFIG_64BIT=y\n# CONFIG_IA32_EMULATION is not set\n', 'test config');
  const [absent] = findingsOf(text, ID, target({ arch: 'amd64', config }));
  assert.match(absent.message, /IA-32 emulation, which the target kernel's config leaves out/);
  const withIa32 = parseKernelConfig('CONFIG_64BIT=y\nCONFIG_IA32_EMULATION=y\n', 'test config');
  assert.deepEqual(findingsOf(text, ID, target({ arch: 'amd64', config: withIa32 })), []);
  // Other pairs are unchanged: arm/v7 on amd64 still warns.
  assert.equal(findingsOf('FROM --platform=linux/arm/v7 debian:12\n', ID, rhel8).length, 1);
});

test("Hypriot's Raspberry Pi images (hypriot/rpi-*) are ARMv6 builds: hover on the FROM and the RUN steps, never reported", () => {
  const text = 'FROM hypriot/rpi-alpine-scratch\nRUN apk add --update strongswan\n';
  const notes = binfmtNotes(text, amd64).join('\n');
  assert.match(
    notes,
    /^0: `hypriot\/rpi-alpine-scratch` \(an arm\/v6 image\) fixes the CPU architecture to arm\/v6.*hypriot\/rpi-alpine-scratch @/ms,
  );
  assert.match(notes, /^1: This RUN step executes arm\/v6 programs at build time/m);
  assert.deepEqual(findingsOf(text, ID, amd64), []);
  // Other Hypriot repositories and other namespaces' rpi- names fix nothing.
  assert.deepEqual(binfmtNotes('FROM hypriot/hypriot-cluster-lab\nRUN true\n', amd64), []);
  assert.deepEqual(binfmtNotes('FROM someone/rpi-tools\nRUN true\n', amd64), []);
});

test("balena's base images (balenalib/*, resin/*) fix the architecture their name begins with", () => {
  for (const [from, arch] of [
    ['resin/raspberrypi2-python:latest', 'arm/v7'],
    ['balenalib/armv7hf-debian:buster-run', 'arm/v7'],
    ['balenalib/raspberrypi4-64-debian:run', 'arm64'],
    ['resin/raspberry-pi-python:2.7', 'arm/v6'],
    ['balenalib/rpi-raspbian:buster', 'arm/v6'],
  ]) {
    const text = `FROM ${from}\nRUN pip install flask\n`;
    const [f] = findingsOf(text, ID, amd64);
    assert.match(f?.message ?? '', new RegExp(arch.replace('/', '\\/')), from);
    const note = analyze(text, null).notes.find((n) => n.range.start.line === 0);
    assert.match(note?.markdown ?? '', /binfmt_misc|CPU architecture/, from);
  }
  // balena's amd64 images on an amd64 host, and names with no architecture prefix: nothing.
  for (const quiet of ['balenalib/amd64-ubuntu:jammy', 'balenalib/intel-nuc-debian:buster', 'resin/docker-dind'])
    assert.deepEqual(findingsOf(`FROM ${quiet}\nRUN echo\n`, ID, amd64), [], quiet);
});

test("Docker Hub's old arch namespaces (armhf/, aarch64/, armel/) and arm32v5/ fix the architecture: hover on FROM and RUN, warning on amd64", () => {
  for (const [image, arch] of [
    ['armhf/debian', 'arm/v7'],
    ['aarch64/ubuntu:trusty', 'arm64'],
    ['arm32v5/debian:stretch-slim', 'arm/v5'],
    ['armel/debian', 'arm/v5'],
  ] as const) {
    const text = `FROM ${image}\nRUN apt-get update\n`;
    const notes = binfmtNotes(text, null);
    assert.ok(
      notes.some((n) => n.startsWith('0: ') && n.includes(`to ${arch}`)),
      `${image}: ${notes.join(' | ')}`,
    );
    assert.ok(
      notes.some((n) => n.startsWith('1: ') && n.includes(`executes ${arch} programs`)),
      image,
    );
    const [f] = findingsOf(text, ID, amd64);
    assert.match(f.message, new RegExp(arch.replace('/', '\\/')), image);
  }
  // The old namespaces name their source; the amd64 namespace on an amd64 target stays silent.
  assert.match(binfmtNotesOnFrom('FROM armhf/alpine\nRUN true\n', null)[0], /pull request #2949/);
  assert.deepEqual(findingsOf('FROM amd64/ubuntu:22.04\nRUN true\n', ID, amd64), []);
});

test('a stage FROM an earlier foreign-architecture stage runs that architecture: its RUN steps get the note', () => {
  const text = [
    'FROM --platform=linux/s390x ubuntu:24.04 AS base',
    'RUN apt-get update',
    'FROM base AS build',
    'RUN go build .',
    'FROM base AS other',
    'FROM other',
    'RUN make',
  ].join('\n');
  const notes = binfmtNotes(text, null);
  assert.ok(
    notes.some((n) => n.startsWith('3: ') && /executes s390x programs/.test(n) && /stage `base`/.test(n)),
    notes.join(' | '),
  );
  assert.ok(
    notes.some((n) => n.startsWith('6: ') && /executes s390x programs/.test(n)),
    'through two stages',
  );
  // A stage FROM a native stage gets nothing.
  assert.deepEqual(binfmtNotes('FROM ubuntu:24.04 AS base\nFROM base\nRUN make\n', null), []);
  // Findings still come from the FROM line that fixes the architecture, once.
  assert.equal(findingsOf(text, ID, amd64).length, 1);
});
