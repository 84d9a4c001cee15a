// `npm test`: build, type-check, unit + protocol + CLI + package tests (node:test), then every
// real-editor test this machine can run (Neovim, Emacs/eglot, VS Code through code-server).
// Output: one line per step and per test file (failures and skip reasons in full), then one closing line
// "N passed, N failed". Every file's TAP output is kept in .cache/unit.tap.
// Usage: node test/run-all.mjs [unit|e2e] [file.test.ts …]
//   KERNEL_LENS_TEST_JOBS   test files run at once (default: the CPU count, at most 2; memory-heavy files)
//   KERNEL_LENS_TEST_VERBOSE=1  print every file's full TAP output too
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mode = ['unit', 'e2e'].includes(process.argv[2]) ? process.argv[2] : 'all';
const onlyFiles = process.argv.slice(2).filter((a) => a.endsWith('.test.ts'));
const verbose = process.env.KERNEL_LENS_TEST_VERBOSE === '1';
const cacheDir = path.join(root, '.cache');
fs.mkdirSync(cacheDir, { recursive: true });
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;
const failures = [];

/** Tracked files that differ from HEAD and untracked files git does not ignore, each with a hash of its
 *  content: `npm test` must leave this as it found it (no rewritten screenshots, no stray files). */
function treeState() {
  if (!fs.existsSync(path.join(root, '.git'))) return undefined;
  const r = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const files = r.stdout
    .split('\0')
    .filter(Boolean)
    .map((e) => e.slice(3))
    .sort();
  const hash = (f) => spawnSync('git', ['hash-object', '--', f], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'gone';
  return new Map(files.map((f) => [f, hash(f)]));
}
const treeBefore = treeState();

function fail(what) {
  failed++;
  failures.push(what);
}

/** A step whose output matters only when it fails (build, type-check): one line, or the output in full. */
function quietStep(name, cmd, args) {
  const s = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ok = r.status === 0;
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${secs(Date.now() - s)})${ok && out && out.split('\n').length === 1 ? `: ${out}` : ''}`);
  if (!ok || (verbose && out)) console.log(out.replace(/^/gm, '     '));
  return ok;
}

function findTests(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === 'e2e' || e.name === 'vscode') continue;
      findTests(full, out);
    } else if (e.name.endsWith('.test.ts')) out.push(path.relative(root, full));
  }
  return out.sort();
}

/** The `not ok` blocks of a TAP stream (nested ones included), each to its closing `...`. */
function failureBlocks(tap) {
  const lines = tap.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)not ok \d+ - /.exec(lines[i]);
    if (!m) continue;
    const end = lines.findIndex((l, j) => j > i && l === `${m[1]}  ...`);
    blocks.push(lines.slice(i, end < 0 ? lines.length : end + 1).join('\n'));
  }
  return blocks;
}

/** Runs one test file in its own `node --test` process; resolves with its counts and TAP output. */
function runFile(file) {
  return new Promise((resolve) => {
    const s = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', file], {
      cwd: root,
      env: { ...process.env, KERNEL_LENS_FUZZ_RUNS: process.env.KERNEL_LENS_FUZZ_RUNS ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tap = '';
    let stderr = '';
    child.stdout.on('data', (d) => (tap += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => {
      const count = (key) => Number(new RegExp(`^# ${key} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
      resolve({
        file,
        code,
        signal,
        tap,
        stderr,
        ms: Date.now() - s,
        pass: count('pass'),
        fail: count('fail'),
        skipped: count('skipped'),
        cancelled: count('cancelled'),
      });
    });
  });
}

function report(r) {
  const bad = r.fail + r.cancelled > 0 || r.code !== 0 || r.pass === 0;
  const counts = `${r.pass} passed${r.fail ? `, ${r.fail} failed` : ''}${r.cancelled ? `, ${r.cancelled} cancelled` : ''}${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  console.log(`${bad ? 'FAIL' : 'ok  '} ${secs(r.ms).padStart(7)}  ${counts.padEnd(24)} ${r.file}`);
  // a skip always says why (node:test prints the reason after "# SKIP")
  for (const m of r.tap.matchAll(/^\s*ok \d+ - (.*?) # SKIP ?(.*)$/gm))
    console.log(`       skipped: ${m[1]}${m[2] ? ` — ${m[2].slice(0, 300)}` : ''}`);
  if (bad) {
    const blocks = failureBlocks(r.tap);
    console.log((blocks.length ? blocks.join('\n') : r.tap.trim().split('\n').slice(-40).join('\n')).replace(/^/gm, '     '));
    if (r.stderr.trim()) console.log(`     stderr:\n${r.stderr.trim().split('\n').slice(-40).join('\n').replace(/^/gm, '       ')}`);
    if (r.code !== 0 && !r.fail && !r.cancelled) console.log(`     the test process exited ${r.code ?? r.signal}`);
  } else if (verbose) console.log(r.tap.replace(/^/gm, '     '));
}

if (mode === 'all' || mode === 'unit') {
  console.log(`=== node ${process.version}, ${os.availableParallelism()} cores`);
  if (!quietStep('build', process.execPath, ['scripts/build.mjs'])) fail('build');
  if (quietStep('typecheck (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'])) passed++;
  else fail('typecheck');
  // Formatting and lint (biome.json): a change that is not formatted, or trips a rule, fails here.
  if (quietStep('format and lint (biome check)', process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'check', '.'])) passed++;
  else fail('format and lint (run: npx biome check --write .)');

  const files = onlyFiles.length
    ? onlyFiles
    : [...findTests(path.join(root, 'server')), ...findTests(path.join(root, 'test')), ...findTests(path.join(root, 'bench'))];
  const jobs = Math.max(1, Number(process.env.KERNEL_LENS_TEST_JOBS) || Math.min(2, os.availableParallelism()));
  // Longest files first, so the slowest one does not start last: durations of earlier runs (kept per file
  // across partial runs), else the checked-in seed (a fresh clone), measured on a full run on 2 cores.
  const durationsFile = path.join(cacheDir, 'test-durations.json');
  let last = {};
  try {
    last = JSON.parse(fs.readFileSync(path.join(root, 'test', 'durations.seed.json'), 'utf8'));
  } catch {}
  try {
    last = { ...last, ...JSON.parse(fs.readFileSync(durationsFile, 'utf8')) };
  } catch {}
  const queue = [...files].sort((a, b) => (last[b] ?? 0) - (last[a] ?? 0));
  console.log(`=== unit, protocol, CLI and package tests: ${files.length} files, ${jobs} at a time`);
  const su = Date.now();
  const results = [];
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (queue.length) {
        const r = await runFile(queue.shift());
        results.push(r);
        report(r);
      }
    }),
  );
  fs.writeFileSync(path.join(cacheDir, 'unit.tap'), results.map((r) => `# file: ${r.file} (${r.ms} ms)\n${r.tap}`).join('\n'));
  fs.writeFileSync(durationsFile, JSON.stringify({ ...last, ...Object.fromEntries(results.map((r) => [r.file, r.ms])) }, null, 1));
  let p = 0;
  let f = 0;
  const badFiles = [];
  for (const r of results) {
    p += r.pass;
    f += r.fail + r.cancelled;
    if (r.fail + r.cancelled > 0 || r.code !== 0 || r.pass === 0) badFiles.push(r.file);
  }
  passed += p;
  failed += f;
  const slowest = [...results]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((r) => `${r.file} ${secs(r.ms)}`)
    .join(', ');
  console.log(`=== unit: ${p} passed, ${f} failed in ${secs(Date.now() - su)} (slowest: ${slowest}); TAP in .cache/unit.tap`);
  if (badFiles.length) {
    failures.push(`${f} unit/protocol test(s) in ${badFiles.join(', ')}`);
    // a file that crashed or ran nothing counts once, so the run cannot look green
    failed += badFiles.filter((file) => results.find((r) => r.file === file && r.fail + r.cancelled === 0)).length;
  }
}

if (mode === 'all' || mode === 'e2e') {
  const runner = path.join(root, 'test/e2e/run.mjs');
  console.log('\n=== real editors (Neovim, Emacs/eglot, VS Code via code-server)');
  if (!fs.existsSync(runner)) fail('test/e2e/run.mjs is missing: the real-editor tests cannot run');
  else {
    const se = Date.now();
    // streamed as it comes (a first run installs the editors for several minutes), and kept for the counts
    const r = await new Promise((resolve) => {
      const child = spawn(process.execPath, [runner], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      child.stdout.on('data', (d) => {
        stdout += d;
        process.stdout.write(d);
      });
      child.on('close', (status, signal) => resolve({ status, signal, stdout }));
    });
    const m = /^(\d+) passed, (\d+) failed/m.exec(r.stdout ?? '');
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
      if (Number(m[2])) failures.push(`${m[2]} real-editor test(s)`);
    }
    if (r.status !== 0 && !(m && Number(m[2]))) fail(`real-editor tests (exit ${r.status ?? r.signal})`);
    console.log(`=== real editors: ${r.status === 0 ? 'ok' : 'FAILED'} in ${secs(Date.now() - se)}`);
  }
}

if (treeBefore) {
  const after = treeState() ?? new Map();
  const changed = [...new Set([...treeBefore.keys(), ...after.keys()])].filter((f) => treeBefore.get(f) !== after.get(f));
  if (changed.length) {
    console.log(`\nFAIL the test run changed the working tree: ${changed.join(', ')}`);
    fail(`the run changed ${changed.length} file(s) in the working tree`);
  } else {
    console.log('\nok   the working tree is as the run found it (git status)');
    passed++;
  }
}

console.log(`\n${failures.length ? `FAILED: ${failures.join('; ')}` : 'all green'} (${secs(Date.now() - t0)})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
