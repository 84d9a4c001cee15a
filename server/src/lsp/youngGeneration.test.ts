import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

/** The module bundled as dist/ is, so the child is a plain `node` (tsx itself would grow the young generation first). */
function bundledModule(): string {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kl-yg-')), 'youngGeneration.js');
  buildSync({
    entryPoints: [path.join(__dirname, 'youngGeneration.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
const youngGenerationModule = bundledModule();
const MiB = 1024 * 1024;

/**
 * In a plainly started Node (no V8 flags, as Neovim or Helix start the server): the young generation's
 * largest size while held, and after release under a workload that keeps a third of what it allocates,
 * in slices with a turn of the event loop between them (the analysis loop's nextTurn checks the cap).
 * `control`: the same workload with V8's default growth, to show the workload would grow it past the cap.
 */
function youngGenerationSizes(control: boolean): { held: number; released: number } {
  const script = `
    const v8 = require('node:v8');
    const yg = require(${JSON.stringify(youngGenerationModule)});
    const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    let keep = [];
    let max = 0;
    const slice = () => {
      for (let i = 0; i < 20000; i++) {
        const o = { a: i, b: 'x' + i, c: [i, i + 1] };
        if (i % 3 === 0) keep.push(o);
        if (keep.length > 200000) keep = [];
        if (i % 2000 === 0) max = Math.max(max, newSpace());
      }
    };
    const work = async (slices) => {
      for (let k = 0; k < slices; k++) {
        slice();
        yg.capYoungGeneration();
        await new Promise((r) => setImmediate(r));
      }
    };
    (async () => {
      yg.holdYoungGeneration();
      await work(40);
      const held = max;
      max = 0;
      if (${control}) v8.setFlagsFromString('--semi-space-growth-factor=2');
      else yg.releaseYoungGeneration();
      await work(120);
      process.stdout.write(JSON.stringify({ held, released: max }));
    })();`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  // A file, not -e: the script's text would be in process.execArgv.
  const file = path.join(path.dirname(youngGenerationModule), `workload-${control}.js`);
  fs.writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('plainly started: the young generation is held, then released only up to 2 MiB per semi-space', () => {
  const uncapped = youngGenerationSizes(true);
  // The workload grows V8's young generation well past the cap when nothing caps it (32 MiB on Node 20).
  assert.ok(uncapped.released >= 16 * MiB, `uncapped: ${uncapped.released / MiB} MiB`);
  const capped = youngGenerationSizes(false);
  assert.ok(capped.held <= 2 * MiB + MiB / 2, `held: ${capped.held / MiB} MiB`);
  // Released: it grows (a huge file's first analysis needs room) but stays near the extension's cap,
  // two semi-spaces of 2 MiB (V8 13 counts a few pinned pages on top).
  assert.ok(capped.released > capped.held, `released ${capped.released / MiB} MiB, held ${capped.held / MiB} MiB`);
  assert.ok(capped.released <= 8 * MiB, `released: ${capped.released / MiB} MiB`);
});
