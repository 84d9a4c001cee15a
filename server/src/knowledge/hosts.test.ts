import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { getPreset, hostPresets, presetAliases, shippedConfigPath } from './hosts';

test('getPreset is case-insensitive and accepts aliases', () => {
  assert.equal(getPreset('RHEL8')?.id, 'rhel8');
  assert.equal(getPreset('rhel-8')?.id, 'rhel8');
  assert.equal(getPreset('ubuntu22.04')?.id, 'ubuntu-22.04');
  assert.equal(getPreset('Docker Desktop')?.id, 'docker-desktop');
  assert.equal(getPreset('docker_desktop')?.id, 'docker-desktop');
  assert.equal(getPreset(' Debian-12 ')?.id, 'debian-12');
  assert.equal(getPreset('bookworm')?.id, 'debian-12');
  assert.equal(getPreset('ubuntu-22.04-HWE')?.kernel, '6.8');
});

test('RHEL minor releases are presets, spelled rhel-8.4 or rhel8.4; the major preset is the latest minor', () => {
  assert.equal(getPreset('rhel8.4')?.id, 'rhel-8.4');
  assert.equal(getPreset('RHEL-8.4')?.id, 'rhel-8.4');
  assert.equal(getPreset('rhel9.2')?.id, 'rhel-9.2');
  assert.equal(getPreset('rhel10.0')?.id, 'rhel-10.0');
  for (const [major, latest] of [
    ['rhel7', 'rhel-7.9'],
    ['rhel8', 'rhel-8.10'],
    ['rhel9', 'rhel-9.8'],
    ['rhel10', 'rhel-10.2'],
  ]) {
    assert.equal(getPreset(major)?.kernelBuild, getPreset(latest)?.kernelBuild, major);
  }
  assert.equal(getPreset('wsl2')?.id, 'wsl2-6.18');
  assert.equal(getPreset('ubuntu-24.04-hwe')?.kernel, '7.0');
  assert.equal(getPreset('ubuntu-24.04')?.cgroup, 2);
});

test('getPreset returns undefined for unknown ids', () => {
  assert.equal(getPreset('solaris-11'), undefined);
  assert.equal(getPreset(''), undefined);
});

test('every alias points at an existing preset and shadows no preset id', () => {
  const ids = new Set(hostPresets.map((p) => p.id));
  for (const [alias, target] of Object.entries(presetAliases)) {
    assert.ok(ids.has(target), `${alias} → ${target}`);
    assert.ok(!ids.has(alias), `alias ${alias} equals a preset id`);
  }
});

test('Windows presets carry their build numbers', () => {
  assert.equal(getPreset('windows-server-2019')?.windowsBuild, 17763);
  assert.equal(getPreset('windows-server-2022')?.windowsBuild, 20348);
  assert.equal(getPreset('windows-server-2025')?.windowsBuild, 26100);
  assert.equal(getPreset('windows-server-2022')?.os, 'windows');
});

test('shippedConfigPath finds shipped files from sources and refuses paths', () => {
  const p = shippedConfigPath('debian-12-amd64.config.gz');
  assert.ok(p && path.isAbsolute(p));
  assert.equal(path.basename(path.dirname(p!)), 'configs');
  assert.equal(shippedConfigPath('nope.config.gz'), undefined);
  assert.equal(shippedConfigPath('../hosts.ts'), undefined);
  assert.equal(shippedConfigPath('configs/debian-12-amd64.config.gz'), undefined);
  assert.equal(shippedConfigPath(''), undefined);
});

test('appliance and container-host presets carry kernels from primary sources (2026-12 source audit)', () => {
  // Synology: the DSM 7.2 toolchains Synology publishes name the kernel per platform.
  const dsm = getPreset('synology-dsm7');
  assert.equal(dsm?.kernel, '4.4.302');
  assert.match(dsm?.source ?? '', /spksrc: toolchain\/syno-geminilake-7\.2\/Makefile @ a5914d92/);
  assert.match(dsm?.notes ?? '', /epyc7002 models 5\.10\.55/);
  // Raspberry Pi OS: Raspberry Pi's own documentation and release notes, not a blog.
  const rpi = getPreset('raspberry-pi-os');
  assert.equal(rpi?.kernel, '6.12');
  assert.match(rpi?.source ?? '', /raspberrypi\/documentation .* @ 0438d0b2/);
  assert.doesNotMatch(rpi?.source ?? '', /raspithek/);
  // COS kernels come from Google's release notes, per milestone; COS 113 is past its end of support.
  assert.match(getPreset('cos-113')?.notes ?? '', /End of support March 2026/);
  for (const [id, kernel, image] of [
    ['cos-113', '6.1', 'cos-113-18244-521-11 "COS-6.1.155"'],
    ['cos-121', '6.6', 'cos-121-18867-294-12 "COS-6.6.113"'],
    ['cos-125', '6.12', 'cos-125-19216-104-5 "COS-6.12.55"'],
    ['cos', '6.12', 'cos-125-19216-104-3 "This is an LTS refresh release"'],
  ]) {
    const p = getPreset(id);
    assert.equal(p?.kernel, kernel, id);
    assert.ok(p?.source.includes(image), `${id} cites ${image}`);
  }
  // Fedora CoreOS says why it has no kernel.
  const fcos = getPreset('fedora-coreos');
  assert.equal(fcos?.kernel, undefined);
  assert.match(fcos?.kernelUnknownReason ?? '', /^not set \(checked \d{4}-\d{2}-\d{2}\): /);
  assert.match(getPreset('fedora-coreos')?.source ?? '', /fedora-coreos-config manifest-lock\.x86_64\.json/);
  // RHEL 8's cgroup v1 default comes from Red Hat's RHEL 8 documentation.
  assert.match(getPreset('rhel8')?.notes ?? '', /docs\.redhat\.com\/en\/documentation\/red_hat_enterprise_linux\/8\/.*cgroup-v1/);
});

test('Docker Desktop io_uring history is as its release notes say (4.43 removed the eBPF block in a Mac entry)', () => {
  const notes = getPreset('docker-desktop')?.notes ?? '';
  assert.match(notes, /4\.42 blocked io_uring in containers; 4\.43 removed that eBPF block \(a Mac release note\)/);
  assert.match(notes, /release-notes\.md @ 0032634a/);
  assert.doesNotMatch(notes, /not re-opened/);
});
