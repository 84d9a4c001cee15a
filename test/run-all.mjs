// `npm test`: build, type-check, unit + protocol + CLI + package tests (node:test), then every
// real-editor test this machine can run (Neovim, Emacs/eglot, VS Code through code-server).
// Prints one closing line "N passed, N failed". Usage: node test/run-all.mjs [unit|e2e]
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mode = process.argv[2] ?? 'all';
const cacheDir = path.join(root, '.cache');
fs.mkdirSync(cacheDir, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, opts = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { ok, stdout: r.stdout ?? '' };
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

if (mode === 'all' || mode === 'unit') {
  const build = step('build', process.execPath, ['scripts/build.mjs']);
  if (!build.ok) fail('build');
  const tc = step('typecheck (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
  if (tc.ok) passed++;
  else fail('typecheck');
  const files = [...findTests(path.join(root, 'server')), ...findTests(path.join(root, 'test')), ...findTests(path.join(root, 'bench'))];
  const tap = path.join(cacheDir, 'unit.tap');
  const unit = step(`unit, protocol, CLI and package tests (${files.length} files)`, process.execPath, [
    '--import', 'tsx',
    '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], { env: { KERNEL_LENS_FUZZ_RUNS: process.env.KERNEL_LENS_FUZZ_RUNS ?? '' } });
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const p = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  passed += p;
  failed += f;
  if (!unit.ok && f === 0) fail('unit test run');
  else if (f) failures.push(`${f} unit/protocol test(s)`);
  if (p === 0) fail('no unit tests ran');
}

if (mode === 'all' || mode === 'e2e') {
  const runner = path.join(root, 'test/e2e/run.mjs');
  if (!fs.existsSync(runner)) fail('test/e2e/run.mjs is missing: the real-editor tests cannot run');
  else {
    const e2e = step('real editors (Neovim, Emacs/eglot, VS Code via code-server)', process.execPath, [runner], { capture: true });
    const m = /^(\d+) passed, (\d+) failed/m.exec(e2e.stdout);
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
      if (Number(m[2])) failures.push(`${m[2]} real-editor test(s)`);
    }
    if (!e2e.ok && !(m && Number(m[2]))) fail('real-editor tests');
  }
}

function fail(what) {
  failed++;
  failures.push(what);
}

console.log(`\n${failures.length ? `FAILED: ${failures.join('; ')}` : 'all green'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
