/** `explain`, `targets`, `rules`, and --help/--version on every command, on the built CLI. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/analysis/rules';
import { hostPresets } from '../../server/src/knowledge/hosts';
import { knowledgeDate } from '../../server/src/knowledge/meta';
import { ensureBuilt, packageVersion, run } from './helpers';

before(() => ensureBuilt());

describe('help and version', () => {
  const commands = ['check', 'explain', 'targets', 'rules'];

  test('kernel-lens --help lists the commands and exit codes', () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      assert.equal(r.status, 0);
      for (const c of commands) assert.match(r.stdout, new RegExp(`kernel-lens ${c}\\b`));
      assert.match(r.stdout, /Exit codes: 0 .* 1 .* 2 /);
      assert.equal(r.stderr, '');
    }
  });

  test('every command has its own --help', () => {
    for (const c of commands) {
      const r = run([c, '--help']);
      assert.equal(r.status, 0, c);
      assert.match(r.stdout, new RegExp(`^Usage: kernel-lens ${c}\\b`), c);
      assert.match(r.stdout, /--version/);
      assert.equal(r.stderr, '');
    }
    const check = run(['check', '-h']).stdout;
    for (const opt of [
      '--target',
      '--kernel-config',
      '--arch',
      '--runtime',
      '--config',
      '--format',
      '--fail-on',
      '--rule',
      '--no-color',
      '--quiet',
      '--explain',
      '--stdin-filename',
    ]) {
      assert.ok(check.includes(opt), `check --help mentions ${opt}`);
    }
  });

  test('--version everywhere prints the package version', () => {
    const v = packageVersion();
    for (const args of [['--version'], ['-V'], ...commands.map((c) => [c, '--version']), ['check', 'clean', '-V']]) {
      const r = run(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.equal(r.stdout, `${v}\n`, args.join(' '));
    }
  });
});

describe('explain', () => {
  test('centos:7 is CentOS Linux 7 with glibc 2.17, against the target', () => {
    const r = run(['explain', 'centos:7', '--target', '5.15', '--no-config']);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'target: Linux 5.15 host, kernel 5.15 (from --target)');
    assert.match(r.stdout, /^CentOS Linux 7 — a userland, no kernel$/m);
    assert.match(r.stdout, /^- libc: glibc 2\.17; oldest kernel it accepts: 2\.6\.32$/m);
    assert.match(r.stdout, /^- Support: end of life since 2024-06-30$/m);
    assert.match(r.stdout, /target 5\.15 ✓/);
    assert.doesNotMatch(r.stdout, /\*\*|###|`/);
  });

  test('against a host too old for the libc the card says so, and the exit code is 1', () => {
    const r = run(['explain', 'ubuntu:24.04', '--target', '2.6.32', '--no-config']);
    assert.match(r.stdout, /needs kernel ≥ [\d.]+ — target 2\.6\.32 is too old ✗/);
    assert.equal(r.status, 1);
    const json = run(['explain', 'ubuntu:24.04', '--target', '2.6.32', '--no-config', '--format', 'json']);
    assert.equal(json.status, 1);
    assert.equal(JSON.parse(json.stdout).cannotRunOnTarget, true);
  });

  test('images without systemd show no init line; no internal tag-rule ids', () => {
    for (const image of ['python:3.12-slim', 'nginx']) {
      const r = run(['explain', image, '--target', '5.15', '--no-config']);
      assert.equal(r.status, 0, image);
      assert.doesNotMatch(r.stdout, /Init|systemd/, image);
      assert.doesNotMatch(r.stdout, /python\/default-slim|nginx\/latest/, image);
      assert.match(r.stdout, /identity inferred from its tag/, image);
    }
  });

  test('musl: no fixed oldest kernel instead of "not in the knowledge base"', () => {
    const r = run(['explain', 'alpine:3.20', '--target', '5.15', '--no-config']);
    assert.match(r.stdout, /^- libc: musl 1\.2\.5; oldest kernel it accepts: no fixed minimum \(musl does not check the kernel version\)/m);
    assert.doesNotMatch(r.stdout, /not in the knowledge base/);
  });

  test('a Windows image on a Linux target: Windows terms, no host-kernel sentence, exit code 1', () => {
    const r = run(['explain', 'mcr.microsoft.com/windows/servercore:ltsc2022', '--target', '5.15', '--no-config']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^- On the target: a Windows image cannot run on a Linux host .* ✗$/m);
    assert.doesNotMatch(r.stdout, /runs on the host kernel|LTS\/ESM\/ELS|a userland, no kernel/);
    assert.match(r.stdout, /mainstream support/);
    const onWindows = run(['explain', 'mcr.microsoft.com/windows/servercore:ltsc2022', '--target', 'windows-server-2022', '--no-config']);
    assert.equal(onWindows.status, 0, onWindows.stdout + onWindows.stderr);
    assert.match(onWindows.stdout, /image build 20348, host build 20348 ✓/);
    // Same facts as windows-image-on-linux: an image newer than the host does not run there.
    const newer = run(['explain', 'mcr.microsoft.com/windows/nanoserver:ltsc2025', '--target', 'windows-server-2022', '--no-config']);
    assert.equal(newer.status, 1);
    assert.match(newer.stdout, /image build 26100, host build 20348 — newer than the host: it does not run there ✗/);
    const older = run(['explain', 'mcr.microsoft.com/windows/servercore:ltsc2019', '--target', 'windows-server-2022', '--no-config']);
    assert.equal(older.status, 0);
    assert.match(older.stdout, /older than the host: runs only with Hyper-V isolation \(--isolation=hyperv\)/);
  });

  test('--format json carries the identity', () => {
    const r = run(['explain', 'centos:7', '--target', 'rhel8', '--no-config', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.version, packageVersion());
    assert.equal(doc.knowledgeDate, knowledgeDate);
    assert.equal(doc.kind, 'known');
    assert.equal(doc.identity.label, 'CentOS Linux 7');
    assert.deepEqual(doc.identity.libc, { kind: 'glibc', version: '2.17', minKernel: '2.6.32' });
    assert.equal(doc.reference.path, 'library/centos');
    assert.equal(doc.target.presetId, 'rhel8');
    assert.equal(doc.summary, 'CentOS Linux 7 · glibc 2.17 (kernel ≥ 2.6.32) · end of life since 2024-06-30');
  });

  test('an image the knowledge base does not know is said to be unknown, not guessed', () => {
    const r = run(['explain', 'example.com/acme/thing:1.0', '--target', '5.15', '--no-config']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /not in the knowledge base/);
    assert.match(r.stdout, /host kernel/);
  });

  test('scratch', () => {
    const r = run(['explain', 'scratch', '--target', '5.15', '--no-config']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /scratch — an empty filesystem/);
  });
});

describe('targets', () => {
  test('every preset is listed under its group with its kernel', () => {
    const r = run(['targets']);
    assert.equal(r.status, 0);
    for (const p of hostPresets) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`  ${p.id} `));
      assert.ok(line, `preset ${p.id} listed`);
      if (p.kernel) assert.ok(line.includes(`kernel ${p.kernel}`), `${p.id}: ${line}`);
      if (p.windowsBuild) assert.ok(line.includes(`build ${p.windowsBuild}`), `${p.id}: ${line}`);
    }
    for (const g of new Set(hostPresets.map((p) => p.group))) assert.match(r.stdout, new RegExp(`^${g}$`, 'm'));
    // Grouped: the presets of a group follow its heading.
    const rhel8 = hostPresets.find((p) => p.id === 'rhel8');
    if (rhel8) {
      const out = r.stdout;
      const heading = out.indexOf(`\n${rhel8.group}\n`);
      assert.ok(heading >= 0 && heading < out.indexOf('  rhel8 '));
    }
  });

  test('--format json lists the presets', () => {
    const doc = JSON.parse(run(['targets', '--format', 'json']).stdout);
    assert.deepEqual(
      doc.presets.map((p: { id: string }) => p.id),
      hostPresets.map((p) => p.id),
    );
    const rhel8 = doc.presets.find((p: { id: string }) => p.id === 'rhel8');
    assert.equal(rhel8.kernel, hostPresets.find((p) => p.id === 'rhel8')?.kernel);
  });
});

describe('rules', () => {
  test('every rule with its id, default severity and summary', () => {
    const r = run(['rules']);
    assert.equal(r.status, 0);
    for (const rule of allRules()) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${rule.id} `));
      assert.ok(line, `rule ${rule.id} listed`);
      assert.match(line, new RegExp(`^${rule.id}\\s+${rule.defaultSeverity}\\s+`));
      assert.ok(line.endsWith(rule.summary), line);
    }
  });

  test('--format json', () => {
    const doc = JSON.parse(run(['rules', '-f', 'json']).stdout);
    for (const rule of allRules()) {
      const d = doc.rules.find((x: { id: string }) => x.id === rule.id);
      assert.deepEqual([d.defaultSeverity, d.summary], [rule.defaultSeverity, rule.summary]);
      assert.match(d.docs, new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`));
      assert.match(d.page, new RegExp(`^https://github\\.com/.+/blob/main/docs/rules/${rule.id}\\.md$`));
    }
  });
});
