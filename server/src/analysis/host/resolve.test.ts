import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPreset, shippedConfigPath } from '../../knowledge/hosts';
import { parseKernelConfig } from './kernelConfig';
import type { MachineFacts } from './machine';
import { describeTarget, resolveTarget, type ConfigReader } from './resolve';
import type { TargetInput } from './settings';

const linuxBox: MachineFacts = {
  release: '6.1.0-18-amd64',
  platform: 'linux',
  arch: 'amd64',
  cgroup: 2,
  configText: 'CONFIG_IO_URING=y\nCONFIG_WIREGUARD=m\n',
  configOrigin: '/boot/config-6.1.0-18-amd64',
};
const mac: MachineFacts = { release: '23.4.0', platform: 'darwin', arch: 'arm64' };

/** A reader that records what it was asked and serves made-up configs. */
function fakeReader(files: Record<string, string>): ConfigReader & { asked: string[] } {
  const asked: string[] = [];
  const reader = ((path: string) => {
    asked.push(path);
    return path in files ? { config: parseKernelConfig(files[path], path) } : { problem: `Kernel config file '${path}' does not exist.` };
  }) as ConfigReader & { asked: string[] };
  reader.asked = asked;
  return reader;
}
const noFiles = fakeReader({});
const ws = (input: TargetInput) => ({ input, path: '/repo/.kernel-lens.json' });

describe('resolveTarget: defaults', () => {
  it('Linux: this machine, with its kernel, arch, cgroup and config', () => {
    const { target, problems } = resolveTarget({ machine: linuxBox }, noFiles);
    assert.deepEqual(problems, []);
    assert.equal(target.label, 'this machine (6.1.0-18-amd64)');
    assert.deepEqual(target.origin, { kind: 'machine', detail: 'this machine' });
    assert.equal(target.kernel?.raw, '6.1.0-18-amd64');
    assert.equal(target.os, 'linux');
    assert.equal(target.arch, 'amd64');
    assert.equal(target.cgroup, 2);
    assert.equal(target.config?.state('WIREGUARD'), 'module');
    assert.equal(target.config?.origin, '/boot/config-6.1.0-18-amd64');
    assert.equal(target.presetId, undefined);
  });
  it('Linux machine without a readable config: config unknown, no problem', () => {
    const { target, problems } = resolveTarget({ machine: { release: '5.15.0-91-generic', platform: 'linux' } }, noFiles);
    assert.equal(target.config, undefined);
    assert.deepEqual(problems, []);
  });
  for (const [platform, name] of [
    ['darwin', 'macOS'],
    ['win32', 'Windows'],
  ] as const) {
    it(`${name}: the docker-desktop preset, with the computer's arch`, () => {
      const dd = getPreset('docker-desktop')!;
      const { target } = resolveTarget({ machine: { ...mac, platform } }, noFiles);
      assert.equal(target.presetId, 'docker-desktop');
      assert.deepEqual(target.origin, { kind: 'default', detail: `default on ${name}` });
      assert.equal(target.kernel?.raw, dd.kernel);
      assert.equal(target.arch, 'arm64');
      assert.equal(target.os, 'linux');
    });
  }
  it('defaultPlatform overrides the machine platform', () => {
    assert.equal(resolveTarget({ machine: linuxBox, defaultPlatform: 'darwin' }, noFiles).target.presetId, 'docker-desktop');
  });
  it('no facts at all: an unknown host, never a throw', () => {
    const { target } = resolveTarget({}, noFiles);
    assert.equal(target.label, 'unknown host');
    assert.equal(target.kernel, undefined);
    assert.equal(target.config, undefined);
  });
});

describe('resolveTarget: precedence', () => {
  const all = {
    directive: { target: 'rhel8' },
    cli: { target: 'rhel9' },
    workspaceFile: ws({ target: 'ubuntu-22.04' }),
    settings: { target: 'debian-11' },
    machine: linuxBox,
  };
  it('directive > cli > .kernel-lens.json > settings > default', () => {
    assert.equal(resolveTarget(all, noFiles).target.presetId, 'rhel8');
    assert.equal(resolveTarget({ ...all, directive: undefined }, noFiles).target.presetId, 'rhel9');
    assert.equal(resolveTarget({ ...all, directive: undefined, cli: undefined }, noFiles).target.presetId, 'ubuntu-22.04');
    assert.equal(
      resolveTarget({ ...all, directive: undefined, cli: undefined, workspaceFile: undefined }, noFiles).target.presetId,
      'debian-11',
    );
    assert.equal(resolveTarget({ machine: linuxBox }, noFiles).target.origin.kind, 'machine');
  });
  it('origin words name the deciding layer', () => {
    assert.deepEqual(resolveTarget({ ...all, directiveLine: 2 }, noFiles).target.origin, {
      kind: 'directive',
      detail: 'from the kernel-lens directive on line 3',
    });
    assert.deepEqual(resolveTarget({ ...all, directive: undefined }, noFiles).target.origin, {
      kind: 'cli',
      detail: 'from the command line',
    });
    assert.deepEqual(resolveTarget({ ...all, directive: undefined, cli: undefined }, noFiles).target.origin, {
      kind: 'workspace-file',
      detail: 'from .kernel-lens.json',
    });
    assert.deepEqual(resolveTarget({ settings: { kernel: '5.10' } }, noFiles).target.origin, { kind: 'settings', detail: 'from settings' });
  });
  it('per whole host: finer fields of a lower layer do not leak into a host named higher up', () => {
    const reader = fakeReader({ '/boot/config-6.1': 'CONFIG_IO_URING=y\n' });
    const { target } = resolveTarget(
      { directive: { target: 'rhel8' }, settings: { kernelConfigPath: '/boot/config-6.1', arch: 'arm64', cgroup: 2 }, machine: linuxBox },
      reader,
    );
    assert.equal(target.presetId, 'rhel8');
    // The preset's own shipped config, never the lower layer's file (it describes another host).
    assert.match(target.config?.origin ?? '', /^RHEL 8\.10 kernel /);
    assert.equal(target.config?.state('IO_URING'), 'off');
    assert.deepEqual(reader.asked, []);
    assert.equal(target.arch, undefined); // rhel8 has two arches; settings' arm64 described another host
    assert.equal(target.cgroup, getPreset('rhel8')!.cgroup);
  });
  it('finer fields from the deciding layer or a higher one apply (higher wins)', () => {
    const reader = fakeReader({ '/hosts/prod.config': 'CONFIG_IO_URING=y\n' });
    const { target, problems } = resolveTarget(
      {
        directive: { arch: 'arm64', vsyscall: 'emulate' },
        cli: { cgroup: 2 },
        workspaceFile: ws({ target: 'rhel8', kernelConfigPath: '/hosts/prod.config', arch: 'amd64' }),
        machine: linuxBox,
      },
      reader,
    );
    assert.deepEqual(problems, []);
    assert.equal(target.presetId, 'rhel8');
    assert.equal(target.arch, 'arm64');
    assert.equal(target.vsyscall, 'emulate');
    assert.equal(target.cgroup, 2);
    assert.equal(target.config?.state('IO_URING'), 'builtin');
    assert.deepEqual(target.origin, { kind: 'workspace-file', detail: 'from .kernel-lens.json' });
  });
  it('when no layer names a host, finer fields of every layer refine the default', () => {
    const reader = fakeReader({ '/cfg': 'CONFIG_NF_TABLES=m\n' });
    const { target } = resolveTarget(
      { settings: { arch: 'arm64', kernelConfigPath: '/cfg', runtime: 'podman@5.0.2' }, machine: linuxBox },
      reader,
    );
    assert.equal(target.origin.kind, 'machine');
    assert.equal(target.kernel?.raw, '6.1.0-18-amd64');
    assert.equal(target.arch, 'arm64');
    assert.equal(target.config?.state('NF_TABLES'), 'module'); // explicit file beats the machine's own config
    assert.equal(target.config?.state('IO_URING'), 'off');
    assert.deepEqual(target.runtime, { kind: 'podman', version: '5.0.2' });
  });
  it("target=auto in a higher layer picks the default over a lower layer's preset", () => {
    const { target } = resolveTarget({ cli: { target: 'auto' }, settings: { target: 'rhel8' }, machine: linuxBox }, noFiles);
    assert.equal(target.origin.kind, 'machine');
    assert.equal(target.presetId, undefined);
  });
  it('rule severities merge per rule, higher layer winning', () => {
    const { rules } = resolveTarget(
      {
        directive: { rules: { a: 'off' } },
        workspaceFile: ws({ rules: { a: 'error', b: 'info' } }),
        settings: { rules: { b: 'warning', c: 'hint' } },
      },
      noFiles,
    );
    assert.deepEqual(rules, { a: 'off', b: 'info', c: 'hint' });
  });
});

describe('resolveTarget: presets and overrides', () => {
  it('a preset fills kernel, arch (when single), cgroup, runtime, os', () => {
    const b2d = getPreset('boot2docker')!;
    const { target } = resolveTarget({ settings: { target: 'boot2docker' } }, noFiles);
    assert.equal(target.kernel?.raw, b2d.kernel);
    assert.equal(target.arch, b2d.arches[0]);
    assert.equal(target.cgroup, b2d.cgroup);
    assert.deepEqual(target.runtime, b2d.runtime);
    assert.equal(target.os, 'linux');
  });
  it('a preset with a shipped config reads it, per arch', () => {
    const deb = getPreset('debian-12')!;
    const amd = shippedConfigPath(deb.kernelConfigByArch?.amd64 ?? deb.kernelConfig!)!;
    const arm = shippedConfigPath(deb.kernelConfigByArch!.arm64!)!;
    const reader = fakeReader({ [amd]: 'CONFIG_A=y\n', [arm]: 'CONFIG_A=m\n' });
    assert.equal(resolveTarget({ cli: { target: 'debian-12', arch: 'amd64' } }, reader).target.config?.state('A'), 'builtin');
    assert.equal(resolveTarget({ cli: { target: 'debian-12', arch: 'arm64' } }, reader).target.config?.state('A'), 'module');
    const c = resolveTarget({ cli: { target: 'debian-12', arch: 'arm64' } }, reader).target.config!;
    assert.match(c.origin, /^shipped with preset debian-12 \(/);
  });
  it('the real shipped config is read by the default reader', (t) => {
    const deb = getPreset('debian-12');
    if (!deb?.kernelConfig || !shippedConfigPath(deb.kernelConfig)) return t.skip('no shipped debian-12 config');
    const { target, problems } = resolveTarget({ settings: { target: 'debian-12' } });
    assert.deepEqual(problems, []);
    assert.ok((target.config?.size ?? 0) > 5000);
  });
  it("a kernel override keeps a same-line shipped config, drops another line's", () => {
    const deb = getPreset('debian-12')!;
    const path = shippedConfigPath(deb.kernelConfig!)!;
    const reader = fakeReader({ [path]: 'CONFIG_A=y\n' });
    const sameLine = resolveTarget(
      { cli: { target: 'debian-12', kernel: `${deb.kernel!.split('.').slice(0, 2).join('.')}.0-18-amd64` } },
      reader,
    ).target;
    assert.ok(sameLine.config);
    assert.match(sameLine.label, /\.0-18-amd64$/);
    const otherLine = resolveTarget({ cli: { target: 'debian-12', kernel: '4.19.0-27-amd64' } }, reader).target;
    assert.equal(otherLine.kernel?.raw, '4.19.0-27-amd64');
    assert.equal(otherLine.config, undefined);
  });
  it('a bare kernel version names a generic Linux host', () => {
    const { target } = resolveTarget({ settings: { target: '5.10.210-201.852.amzn2.x86_64' } }, noFiles);
    assert.equal(target.label, 'Linux 5.10.210-201.852.amzn2.x86_64 host');
    assert.equal(target.os, 'linux');
    assert.equal(target.kernel?.patch, 210);
    assert.equal(target.presetId, undefined);
  });
  it('an arch the preset does not have: kept, with a problem', () => {
    const { target, problems } = resolveTarget({ cli: { target: 'boot2docker', arch: 'arm64' } }, noFiles);
    assert.equal(target.arch, 'arm64');
    assert.match(problems[0].message, /arch arm64 is not one of the architectures of the boot2docker preset/);
  });
  it('Windows hosts: build from the preset, no kernel; a Linux kernel given with os=windows is dropped with a problem', () => {
    const w = getPreset('windows-server-2022')!;
    const a = resolveTarget({ settings: { target: 'windows-server-2022' } }, noFiles).target;
    assert.equal(a.os, 'windows');
    assert.equal(a.windowsBuild, w.windowsBuild);
    assert.equal(a.kernel, undefined);
    const b = resolveTarget({ settings: { os: 'windows', kernel: '5.15', windowsBuild: 20348 } }, noFiles);
    assert.equal(b.target.kernel, undefined);
    assert.equal(b.target.windowsBuild, 20348);
    assert.equal(b.target.label, 'Windows host · build 20348');
    assert.match(b.problems[0].message, /Linux kernel version was given for a Windows host/);
  });
  it('os=linux alone: a Linux host with an unknown kernel (say less, never guess)', () => {
    const { target } = resolveTarget({ settings: { os: 'linux' }, machine: linuxBox }, noFiles);
    assert.equal(target.kernel, undefined);
    assert.equal(target.label, 'Linux host (kernel unknown)');
  });
  it('seccomp: applies to the runtime; without a runtime it is a problem', () => {
    assert.deepEqual(resolveTarget({ cli: { kernel: '6.1', runtime: 'docker@25.0.1', seccomp: false } }, noFiles).target.runtime, {
      kind: 'docker',
      version: '25.0.1',
      seccompDefault: false,
    });
    assert.deepEqual(resolveTarget({ cli: { kernel: '6.1', runtime: 'docker@25.0.3+unconfined' } }, noFiles).target.runtime, {
      kind: 'docker',
      version: '25.0.3',
      seccompDefault: false,
    });
    // an explicit seccomp field wins over the suffix
    assert.equal(
      resolveTarget({ cli: { kernel: '6.1', runtime: 'docker+unconfined', seccomp: true } }, noFiles).target.runtime?.seccompDefault,
      true,
    );
    const r = resolveTarget({ cli: { kernel: '6.1', seccomp: false } }, noFiles);
    assert.equal(r.target.runtime, undefined);
    assert.match(r.problems[0].message, /seccomp is set but the container runtime is unknown/);
  });
});

describe('resolveTarget: bad input never breaks the host', () => {
  it('an unreadable kernelConfigPath: a problem naming the file, config unknown, rest intact', () => {
    const { target, problems } = resolveTarget({ workspaceFile: ws({ target: 'rhel8', kernelConfigPath: '/nope' }) }, noFiles);
    assert.equal(target.presetId, 'rhel8');
    assert.equal(target.config, undefined);
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0].message,
      ".kernel-lens.json: Kernel config file '/nope' does not exist. Kernel features of the target are treated as unknown.",
    );
  });
  it('hand-built, unvalidated input is validated: bad fields become problems and fall to the next layer', () => {
    const { target, problems } = resolveTarget(
      { cli: { target: 'banana', arch: 'x86_64' as never }, settings: { target: 'rhel9' } },
      noFiles,
    );
    assert.equal(target.presetId, 'rhel9');
    assert.equal(target.arch, 'amd64'); // normalised; the cli layer sits above the deciding one, so its arch applies
    assert.match(problems[0].message, /command line\.target: 'banana' is neither a known preset nor a kernel version/);
  });
});

describe('describeTarget', () => {
  it('a preset from the workspace file', () => {
    const p = getPreset('rhel8')!;
    const { target } = resolveTarget({ workspaceFile: ws({ target: 'rhel8', arch: 'amd64' }) }, noFiles);
    assert.equal(
      describeTarget(target),
      `target: rhel8 — ${p.name}, kernel ${p.kernel}, amd64, cgroup v${p.cgroup}, kernel config: ${target.config?.origin} (from .kernel-lens.json)`,
    );
    assert.match(target.config?.origin ?? '', /^RHEL 8\.10 kernel 4\.18\.0-553/);
    assert.equal(target.label, `${p.name} · ${p.kernel!.split('.').slice(0, 2).join('.')}`);
  });
  it('this machine', () => {
    const { target } = resolveTarget({ machine: linuxBox }, noFiles);
    assert.equal(
      describeTarget(target),
      'target: this machine (6.1.0-18-amd64), kernel 6.1.0-18-amd64, amd64, cgroup v2, kernel config: /boot/config-6.1.0-18-amd64 (this machine)',
    );
  });
  it('unknowns are said, not guessed', () => {
    assert.equal(
      describeTarget(resolveTarget({ settings: { os: 'linux' } }, noFiles).target),
      'target: Linux host (kernel unknown), kernel unknown (from settings)',
    );
  });
});

describe('resolveTarget with parsed directives', () => {
  it('a Dockerfile directive decides and its line is named', async () => {
    const { parseDirectives } = await import('./directives');
    const d = parseDirectives(['# syntax=docker/dockerfile:1', '# kernel-lens: target=rhel8 arch=amd64', 'FROM centos:7']);
    const { target, problems } = resolveTarget(
      { directive: d.settings, directiveLine: d.settingsLine, settings: { target: 'ubuntu-24.04' }, machine: linuxBox },
      noFiles,
    );
    assert.deepEqual(problems, []);
    assert.equal(target.presetId, 'rhel8');
    assert.equal(target.arch, 'amd64');
    assert.deepEqual(target.origin, { kind: 'directive', detail: 'from the kernel-lens directive on line 2' });
  });
});
