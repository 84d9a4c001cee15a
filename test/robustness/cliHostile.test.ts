/**
 * The CLI's share of issue #22, each defect as its reproduction: reads capped on the bytes actually
 * read (a `Dockerfile.*` symlink to /proc/self/pagemap), linear work on files of 100,000 distinct
 * instructions, 200,000 directive lines and 20,000 chained stages, control characters escaped in
 * text output (file names and quoted content), an invalid glob class as a usage error. The caps are
 * hang guards only (a generous timeout and output size), never speed assertions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/lspClient';
import { escapeControls } from '../../server/src/cli/terminalText';

const CLI = path.join(repoRoot, 'dist', 'cli.js');
const HANG_GUARD_MS = 300_000;

function cli(args: string[], cwd = os.tmpdir()) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 1024 * 1024 * 1024 });
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli22-'));
}

test('a Dockerfile.* symlink to /proc/self/pagemap (stat size 0): refused after reading at most the cap', {
  timeout: HANG_GUARD_MS,
  skip: !fs.existsSync('/proc/self/pagemap'),
}, () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\n');
    fs.symlinkSync('/proc/self/pagemap', path.join(dir, 'Dockerfile.evil'));
    const r = cli(['check', path.join(dir, 'Dockerfile.evil'), '--target', 'debian-12', '--no-color']);
    assert.equal(r.signal, null, 'finished');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /larger than 10 MiB/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('100,000 distinct RUN lines, 200,000 directive lines, 20,000 chained stages: each finishes, output linear in the input', {
  timeout: HANG_GUARD_MS * 3,
}, () => {
  const dir = tempDir();
  try {
    const runs = path.join(dir, 'Dockerfile.runs');
    fs.writeFileSync(runs, 'FROM ubuntu:22.04\n' + Array.from({ length: 100_000 }, (_, i) => `RUN echo ${i}`).join('\n') + '\n');
    let r = cli(['check', runs, '--target', 'debian-12', '--no-color']);
    assert.equal(r.signal, null, 'distinct RUN lines: finished');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);

    const directives = path.join(dir, 'Dockerfile.directives');
    fs.writeFileSync(directives, Array.from({ length: 200_000 }, (_, i) => `# d${i}=x`).join('\n') + '\nFROM ubuntu:22.04\n');
    r = cli(['check', directives, '--target', 'debian-12', '--no-color']);
    assert.equal(r.signal, null, 'directive lines: finished');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);

    const n = 20_000;
    const stages = path.join(dir, 'Dockerfile.stages');
    fs.writeFileSync(
      stages,
      'FROM ubuntu:22.04 AS s0\n' + Array.from({ length: n - 1 }, (_, i) => `FROM s${i} AS s${i + 1}`).join('\n') + '\n',
    );
    for (const format of ['text', 'json']) {
      r = cli(['check', stages, '--target', 'debian-12', '--no-color', '--format', format]);
      assert.equal(r.signal, null, `${format}: finished`);
      assert.ok(r.status === 0 || r.status === 1, `${format}: ${r.stderr.slice(-500)}`);
      // Spelling every chain in full printed ~n²/2 stage names (gigabytes); a summary line per stage is linear.
      assert.ok(r.stdout.length < n * 2_000, `${format}: ${r.stdout.length} characters for ${n} stages`);
      assert.match(r.stdout, /\d+ more stages/);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('control characters from file names and content are escaped in text output: no terminal escapes, no injected lines', {
  timeout: HANG_GUARD_MS,
}, () => {
  const dir = tempDir();
  try {
    const evilDir = path.join(dir, 'x\nDockerfile:9:9: error [fake-rule] injected');
    fs.mkdirSync(evilDir);
    const file = path.join(evilDir, 'Dockerfile');
    fs.writeFileSync(file, 'FROM ubuntu:22.04 AS \u001b]0;pwned\u0007title\nRUN modprobe \u001b[2J\u001b[8mhidden\u202e\n');
    for (const extra of [['--no-color'], [], ['--explain']]) {
      const r = cli(['check', file, '--target', 'debian-12', ...extra], dir);
      assert.ok(r.status === 0 || r.status === 1 || r.status === 2, r.stderr);
      const all = r.stdout + r.stderr;
      assert.ok(
        !/\u001b\]|\u001b\[2J|\u001b\[8m|\u0007|\u202e/.test(all),
        `raw control characters in output: ${JSON.stringify(all.slice(0, 600))}`,
      );
      assert.ok(!all.split('\n').some((l) => l.startsWith('Dockerfile:9:9: error')), 'no injected line');
    }
    const invalid = cli(['check', path.join(dir, 'a\u001b[2Jb', '[z-a]*')], dir);
    assert.equal(invalid.status, 2);
    assert.ok(!invalid.stderr.includes('\u001b'), JSON.stringify(invalid.stderr));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an invalid glob class is a usage error that names the pattern, not an internal error', { timeout: HANG_GUARD_MS }, () => {
  const r = cli(['check', '[z-a]*']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /invalid pattern '\[z-a\]\*'/);
  assert.doesNotMatch(r.stderr, /internal error/);
});

test('escapeControls: C0, DEL, C1 and bidi controls escaped; ordinary text untouched', () => {
  assert.equal(escapeControls('plain text — ü ✓'), 'plain text — ü ✓');
  assert.equal(escapeControls('a\nb\rc\td\u001b[2Je\u007f\u009b\u202e'), 'a\\nb\\rc\\td\\x1b[2Je\\x7f\\x9b\\u202e');
});
