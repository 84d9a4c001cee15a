import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

/** The module bundled as dist/ is, run by a plain `node` (the command line decides whether it holds). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-opt-'));
const bundled = path.join(dir, 'optimizingCompiler.js');
buildSync({
  entryPoints: [path.join(__dirname, 'optimizingCompiler.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundled,
  logLevel: 'error',
});

/**
 * Whether a hot function ends up optimised (V8's OptimizationStatus bit kOptimized, 1 << 4, through
 * --allow-natives-syntax) after `hold` and, when `release`, after a release and more calls.
 */
function optimised(nodeArgs: string[], release: boolean): { held: boolean; released?: boolean } {
  const script = `
    const oc = require(${JSON.stringify(bundled)});
    oc.holdOptimizingCompiler();
    function hot(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * 31) % 1000003; return s; }
    const run = () => { for (let i = 0; i < 2000; i++) hot(200); };
    const isOptimised = () => (%GetOptimizationStatus(hot) & 16) !== 0;
    const waitOptimised = () => { for (let k = 0; k < 20 && !isOptimised(); k++) run(); return isOptimised(); };
    const out = { held: waitOptimised() };
    if (${release}) {
      oc.releaseOptimizingCompiler();
      out.released = waitOptimised();
    }
    process.stdout.write(JSON.stringify(out));`;
  const file = path.join(dir, `workload-${release}.js`);
  fs.writeFileSync(file, script);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', ...nodeArgs, file], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('held: a hot function stays unoptimised; released: V8 optimises it again', () => {
  assert.deepEqual(optimised([], true), { held: false, released: true });
});

test('tiers chosen on the command line are left alone (nothing held)', () => {
  assert.deepEqual(optimised(['--turbofan'], false), { held: true });
});
