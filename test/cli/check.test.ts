/** End-to-end tests of `kernel-lens check` (text output, inputs, targets, exit codes), on the built CLI. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { checkJson, ensureBuilt, expectedExit, fixtures, run } from './helpers';
import { getKernelBuild } from '../../server/src/knowledge/hosts';

const FINDING_LINE = /^\S+:\d+:\d+: (error|warning|info|hint) \[[a-z0-9-]+\] .+$/;
const MODULE_LOAD_LINE = /^Dockerfile:3:5: warning \[kernel-module-load\] `modprobe wireguard` runs at build time/m;

before(() => ensureBuilt());

describe('check: text format', () => {
  test('prints the target once, the FROM explanation, the finding and the summary', () => {
    const r = run(['check', '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'module-load') });
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'target: Linux 5.15 host, kernel 5.15 (from --target)');
    assert.equal(lines.filter((l) => l.startsWith('target: ')).length, 1);
    assert.match(r.stdout, /^Dockerfile$/m);
    assert.match(r.stdout, /^ {2}line 1: FROM ubuntu:22\.04 → Ubuntu 22\.04 LTS · glibc 2\.35 \(kernel ≥ 3\.2\)/m);
    assert.match(r.stdout, MODULE_LOAD_LINE);
    assert.match(r.stdout, /^1 file checked: .*\b1 warning\b/m);
    assert.equal(r.stderr, '');
    assert.equal(
      r.status,
      expectedExit(checkJson(['--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'module-load') }).report, 'error'),
    );
  });

  test('the compact FROM line of centos:7 names the release, its glibc and its end of life', () => {
    const r = run(['check', '-', '--target', '5.15', '--no-config'], { input: 'FROM centos:7\n' });
    assert.match(r.stdout, /line 1: FROM centos:7 → CentOS Linux 7 · glibc 2\.17 \(kernel ≥ 2\.6\.32\) · end of life since 2024-06-30/);
  });

  test('a stage built on another stage shows the chain down to the image', () => {
    const r = run(['check', '-', '--target', '5.15', '--no-config'], { input: 'FROM alpine:3.20 AS base\nFROM base\n' });
    assert.match(r.stdout, /line 2: FROM base → stage base \(line 1\) → Alpine Linux 3\.20/);
  });

  test('--quiet prints findings only', () => {
    const r = run(['check', '--quiet', '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'module-load') });
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    assert.ok(lines.length >= 1);
    for (const l of lines) assert.match(l, FINDING_LINE);
    assert.match(r.stdout, MODULE_LOAD_LINE);
    assert.doesNotMatch(r.stdout, /target:|file checked|line 1: FROM/);
  });

  test('--quiet on a clean file prints nothing', () => {
    const r = run(['check', '-q', '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'clean') });
    assert.equal(r.stdout, '');
    assert.equal(r.status, 0);
  });

  test('--explain prints the full identity card of each FROM line', () => {
    const r = run(['check', '--explain', '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'module-load') });
    assert.match(r.stdout, /^ {2}line 1: FROM ubuntu:22\.04$/m);
    assert.match(r.stdout, /^ {4}- libc: glibc 2\.35; oldest kernel it accepts: 3\.2$/m);
    assert.doesNotMatch(r.stdout, /\*\*|`ubuntu/); // Markdown stripped from the card
    assert.match(r.stdout, MODULE_LOAD_LINE);
  });

  test('the clean fixture has no findings, whatever --fail-on says', () => {
    for (const level of ['error', 'warning', 'info', 'hint']) {
      const r = run(['check', '--fail-on', level, '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'clean') });
      assert.equal(r.status, 0, `--fail-on ${level}`);
      assert.match(r.stdout, /^1 file checked: no findings$/m);
    }
    for (const target of ['rhel8', 'docker-desktop', '3.10']) {
      const { report } = checkJson(['--target', target, '--no-config', 'clean']);
      assert.deepEqual(report.files[0].findings, [], `clean on ${target}`);
    }
  });

  test('a directive target is shown under the file when it differs from the run target', () => {
    const r = run(['check', '--target', '5.15', '--no-config'], { cwd: path.join(fixtures, 'directive') });
    assert.match(r.stdout, /^Dockerfile\n {2}target: rhel8 — .*kernel 4\.18.*\(from the kernel-lens directive on line 1\)$/m);
  });

  test('colours only when asked: FORCE_COLOR yes, --no-color and NO_COLOR win, pipes plain', () => {
    const cwd = path.join(fixtures, 'module-load');
    const args = ['check', '--target', '5.15', '--no-config'];
    assert.doesNotMatch(run(args, { cwd }).stdout, /\x1b\[/);
    const forced = run(args, { cwd, env: { FORCE_COLOR: '1' } }).stdout;
    assert.match(forced, /\x1b\[33mwarning\x1b\[39m/);
    assert.doesNotMatch(run([...args, '--no-color'], { cwd, env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
    assert.doesNotMatch(run(args, { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\x1b\[/);
  });
});

describe('check: inputs', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-cli-'));
    const files = [
      'Dockerfile',
      'Dockerfile.prod',
      'api.Dockerfile',
      'web.dockerfile',
      'Containerfile',
      'Containerfile.dev',
      'worker.containerfile',
      'svc/a/Dockerfile',
      'svc/b/Dockerfile.test',
      'svc/b/README.md',
      'node_modules/pkg/Dockerfile',
      '.git/Dockerfile',
      'notes/Dockerfile.md.txt',
      'Dockerfile.md',
      'Dockerfile.j2',
      'Dockerfile.dockerignore',
      'Dockerfile.orig',
      '.cache/e2e/Dockerfile',
    ];
    for (const f of files) {
      fs.mkdirSync(path.join(tmp, path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(tmp, f), 'FROM scratch\n');
    }
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a folder is searched recursively for Dockerfile names, skipping node_modules, hidden folders, templates, docs and backups', () => {
    const { r, report } = checkJson(['.', '--target', '5.15', '--no-config'], { cwd: tmp });
    assert.equal(r.status, 0);
    const paths = report.files.map((f) => f.path).sort();
    assert.deepEqual(
      paths,
      [
        'Containerfile',
        'Containerfile.dev',
        'Dockerfile',
        'Dockerfile.prod',
        'api.Dockerfile',
        path.join('svc', 'a', 'Dockerfile'),
        path.join('svc', 'b', 'Dockerfile.test'),
        'web.dockerfile',
        'worker.containerfile',
      ].sort(),
    );
  });

  test('no paths means the current folder', () => {
    const { report } = checkJson(['--target', '5.15', '--no-config'], { cwd: tmp });
    assert.equal(report.summary.files, 9);
  });

  test('globs are expanded by the CLI itself', () => {
    const { r, report } = checkJson(['svc/**/Dockerfile*', '--target', '5.15', '--no-config'], { cwd: tmp });
    assert.equal(r.status, 0);
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['svc/a/Dockerfile', 'svc/b/Dockerfile.test'],
    );
    const top = checkJson(['*.{Dockerfile,dockerfile}', '--target', '5.15', '--no-config'], { cwd: tmp }).report;
    assert.deepEqual(
      top.files.map((f) => f.path),
      ['api.Dockerfile', 'web.dockerfile'],
    );
  });

  test('an explicit file is checked whatever its name, and a file given twice is checked once', () => {
    const { report } = checkJson(['svc/b/README.md', './svc/b/README.md', '--target', '5.15', '--no-config'], { cwd: tmp });
    assert.equal(report.files.length, 1);
  });

  test("'-' reads standard input; --stdin-filename names it in messages", () => {
    const input = fs.readFileSync(path.join(fixtures, 'module-load', 'Dockerfile'));
    const named = run(['check', '-', '--stdin-filename', 'docker/Dockerfile', '--target', '5.15', '--no-config'], { input });
    assert.match(named.stdout, /^docker\/Dockerfile:3:5: warning \[kernel-module-load\] /m);
    const unnamed = run(['check', '-', '--target', '5.15', '--no-config'], { input });
    assert.match(unnamed.stdout, /^<stdin>:3:5: warning \[kernel-module-load\] /m);
  });

  test('a gzipped kernel config is read like a plain one', () => {
    const gz = path.join(tmp, 'config.gz');
    fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(path.join(fixtures, 'kernel.config'))));
    for (const file of [gz, path.join(fixtures, 'kernel.config')]) {
      const { r, report } = checkJson(['clean', '--target', '5.15', '--kernel-config', file, '--no-config']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(report.target.kernelConfig, file);
      assert.match(report.target.description, /kernel config: /);
    }
  });
});

describe('check: where the target comes from', () => {
  test('.kernel-lens.json in the current folder sets the target', () => {
    const cwd = path.join(fixtures, 'config-target');
    const r = run(['check'], { cwd });
    assert.match(r.stdout.split('\n')[0], /^target: rhel8 — .*kernel 4\.18.*\(from \.kernel-lens\.json\)$/);
    assert.match(r.stdout, /^Dockerfile:2:5: warning \[kernel-module-load\] /m);
    // The analysis itself ran against that target, not only the header.
    const { report } = checkJson([], { cwd });
    assert.equal(report.files[0].target.presetId, 'rhel8');
    assert.equal((report.files[0].target.origin as { kind: string }).kind, 'workspace-file');
  });

  test('--target beats .kernel-lens.json; --config names a settings file explicitly', () => {
    const r = run(['check', '--target', '6.8'], { cwd: path.join(fixtures, 'config-target') });
    assert.match(r.stdout.split('\n')[0], /^target: Linux 6\.8 host, .*\(from --target\)$/);
    const viaConfig = run(['check', '--config', path.join(fixtures, 'config-target', '.kernel-lens.json'), 'clean']);
    assert.match(viaConfig.stdout.split('\n')[0], /^target: rhel8 — /);
  });

  test('the nearest .kernel-lens.json up from the current folder applies, but not beyond the repository root', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-config-'));
    try {
      const deep = path.join(tmp, 'project', 'docker', 'app');
      fs.mkdirSync(deep, { recursive: true });
      fs.writeFileSync(path.join(tmp, 'project', '.kernel-lens.json'), '{ "target": "debian-12" }\n');
      fs.writeFileSync(path.join(deep, 'Dockerfile'), 'FROM scratch\n');
      assert.match(run(['check'], { cwd: deep }).stdout.split('\n')[0], /^target: debian-12 — .*\(from \.kernel-lens\.json\)$/);
      // A repository (a folder with .git) inside the project: its own root ends the search.
      const repo = path.join(tmp, 'project', 'repo');
      fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
      fs.mkdirSync(path.join(repo, 'sub'));
      fs.writeFileSync(path.join(repo, 'sub', 'Dockerfile'), 'FROM scratch\n');
      assert.doesNotMatch(
        run(['check', '--target', '5.15'], { cwd: path.join(repo, 'sub') }).stdout.split('\n')[0],
        /debian-12|\.kernel-lens\.json/,
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('--no-config ignores the settings file', () => {
    const r = run(['check', '--no-config', '--target', '5.15'], { cwd: path.join(fixtures, 'config-target') });
    assert.doesNotMatch(r.stdout, /rhel8/);
  });

  test('--arch and --runtime refine the target', () => {
    const { report } = checkJson(['clean', '--target', 'rhel8', '--arch', 'aarch64', '--runtime', 'podman@4.9.4', '--no-config']);
    assert.equal(report.target.arch, 'arm64');
    assert.deepEqual(report.target.runtime, { kind: 'podman', version: '4.9.4' });
    assert.equal(report.target.presetId, 'rhel8');
  });
});

describe('check: exit codes by --fail-on and --rule', () => {
  test('an error finding fails at every level but never', () => {
    const args = ['windows', '--target', '5.15', '--no-config'];
    const { report } = checkJson(args);
    assert.ok(report.files[0].findings.some((f) => f.rule === 'windows-image-on-linux' && f.severity === 'error' && f.line === 1));
    for (const level of ['error', 'warning', 'info'] as const) assert.equal(run(['check', ...args, '--fail-on', level]).status, 1, level);
    assert.equal(run(['check', ...args, '--fail-on', 'never']).status, 0);
    assert.equal(run(['check', ...args]).status, 1, 'default is --fail-on error');
  });

  test('a warning fails from --fail-on warning down', () => {
    const args = ['module-load', '--target', '5.15', '--no-config'];
    const { report } = checkJson(args);
    assert.ok(report.files[0].findings.some((f) => f.rule === 'kernel-module-load' && f.severity === 'warning'));
    assert.equal(run(['check', ...args, '--fail-on', 'warning']).status, 1);
    assert.equal(run(['check', ...args, '--fail-on', 'info']).status, 1);
    assert.equal(run(['check', ...args, '--fail-on', 'error']).status, expectedExit(report, 'error'));
  });

  test('an info finding fails only with --fail-on info', () => {
    const args = ['moving-tag', '--target', '5.15', '--no-config'];
    const { report } = checkJson(args);
    assert.ok(report.files[0].findings.some((f) => f.rule === 'moving-base-tag' && f.severity === 'info' && f.line === 1));
    assert.equal(run(['check', ...args, '--fail-on', 'info']).status, 1);
    assert.equal(run(['check', ...args, '--fail-on', 'warning']).status, expectedExit(report, 'warning'));
    assert.equal(run(['check', ...args, '--fail-on', 'never']).status, 0);
  });

  test('a rule set to hint fails only with --fail-on hint', () => {
    const args = ['moving-tag', '--target', '5.15', '--no-config', '--rule', 'moving-base-tag=hint'];
    const { report } = checkJson(args);
    assert.ok(report.files[0].findings.some((f) => f.rule === 'moving-base-tag' && f.severity === 'hint'));
    assert.ok(
      report.files[0].findings.every((f) => f.severity === 'hint'),
      'only hints in this fixture',
    );
    assert.equal(run(['check', ...args, '--fail-on', 'hint']).status, 1);
    assert.equal(run(['check', ...args, '--fail-on', 'info']).status, 0);
  });

  test('--rule id=off silences a rule; --rule id=<severity> changes its severity', () => {
    const args = ['windows', '--target', '5.15', '--no-config'];
    const off = checkJson([...args, '--rule', 'windows-image-on-linux=off']);
    assert.ok(!off.report.files[0].findings.some((f) => f.rule === 'windows-image-on-linux'));
    assert.equal(off.r.status, expectedExit(off.report, 'error'));
    const info = checkJson([...args, '--rule', 'windows-image-on-linux=info']).report;
    assert.equal(info.files[0].findings.find((f) => f.rule === 'windows-image-on-linux')?.severity, 'info');
    const raised = run([
      'check',
      'module-load',
      '--target',
      '5.15',
      '--no-config',
      '--rule',
      'kernel-module-load=error',
      '--rule',
      'image-end-of-life=off',
    ]);
    assert.match(raised.stdout, /^module-load\/Dockerfile:3:5: error \[kernel-module-load\] /m);
    assert.equal(raised.status, 1);
  });
});

describe('check: a real kernel config decides over the version', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-rhel-config-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:13\nCMD ["nft", "list", "ruleset"]\nHEALTHCHECK CMD bpftool prog list\n');
    // RHEL 7.9's config as shipped in the kernel matrix, written as a .config file.
    const build = getKernelBuild('rhel-7.9-amd64')!;
    const text =
      `# ${build.configHeader}\n` +
      Object.entries(build.symbols)
        .map(([s, v]) => `CONFIG_${s}=${v}`)
        .join('\n') +
      '\n';
    fs.writeFileSync(path.join(dir, 'rhel-7.9.config'), text);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--kernel-config with RHEL 7.9's config on kernel 3.10.0: nftables (=m) and eBPF (=y) are present", () => {
    const withConfig = run(['check', 'Dockerfile', '--target', '3.10.0', '--kernel-config', 'rhel-7.9.config', '--no-config'], {
      cwd: dir,
    });
    assert.doesNotMatch(withConfig.stdout, /kernel-feature-missing/, withConfig.stdout);
    const versionOnly = run(['check', 'Dockerfile', '--target', '3.10.0', '--no-config'], { cwd: dir });
    assert.match(versionOnly.stdout, /^Dockerfile:2:\d+: warning \[kernel-feature-missing\] `nft` will fail on .*version-based estimate/m);
  });

  test("--target rhel-7.5 judges by RHEL 7.5's build; the user's RHEL 7.9 config replaces it", () => {
    const preset = run(['check', 'Dockerfile', '--target', 'rhel-7.5', '--no-config'], { cwd: dir });
    assert.match(
      preset.stdout,
      /\[kernel-feature-missing\] `bpftool` will fail on RHEL 7\.5: .*judged by the RHEL 7\.5 kernel 3\.10\.0-862/,
    );
    const user = run(['check', 'Dockerfile', '--target', 'rhel-7.5', '--kernel-config', 'rhel-7.9.config', '--no-config'], { cwd: dir });
    assert.doesNotMatch(user.stdout, /kernel-feature-missing/, user.stdout);
  });
});
