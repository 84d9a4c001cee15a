/**
 * The committed kernel matrix is what scripts/gen-kernel-matrix.ts makes of the reference configs.
 * The reference set lives outside the repository (../shared/reference/kernel-configs, or
 * KERNEL_CONFIGS_DIR); where it is absent this check is skipped, the structural tests in
 * consistency-kernel.test.ts still run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_REFERENCE_DIR, MATRIX_FILE, renderKernelMatrix } from '../../../scripts/gen-kernel-matrix';

const dir = process.env.KERNEL_CONFIGS_DIR ?? DEFAULT_REFERENCE_DIR;

test('kernelMatrix.generated.ts is up to date with the reference configs and the feature table', {
  skip: !fs.existsSync(dir) && `no reference configs at ${dir}`,
}, () => {
  const { text } = renderKernelMatrix(dir);
  assert.ok(text === fs.readFileSync(MATRIX_FILE, 'utf8'), 'stale: run npx tsx scripts/gen-kernel-matrix.ts');
});

// Runs everywhere, also where the reference set is absent (a fresh clone in CI).
test('the committed matrix tracks exactly the symbols the knowledge reads, and every build names its source', async () => {
  const { trackedSymbols, kernelBuilds } = await import('./kernelMatrix.generated');
  const { symbolsOf } = await import('../../../scripts/gen-kernel-matrix');
  assert.deepEqual([...trackedSymbols], symbolsOf(), 'stale: run npx tsx scripts/gen-kernel-matrix.ts');
  assert.ok(kernelBuilds.length >= 40, `${kernelBuilds.length} builds`);
  for (const b of kernelBuilds) {
    assert.ok(b.file && b.release && b.configHeader && b.origin && b.source, `${b.id}: provenance`);
    for (const s of Object.keys(b.symbols)) assert.ok(trackedSymbols.includes(s), `${b.id}: ${s} is tracked`);
  }
});
