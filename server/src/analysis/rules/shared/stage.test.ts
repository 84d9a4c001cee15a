import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandPatternSubstitutions } from './stage';
import { MAX_SUBSTITUTED_LENGTH } from '../../stages';

test('bash pattern substitution in a RUN word: first match, every match, unknown values; a result past the bound is unknown', () => {
  const values = new Map<string, string | undefined>([
    ['CUDA_VERSION', '11.2.1'],
    ['DECLARED', undefined],
  ]);
  assert.equal(expandPatternSubstitutions('cuda-compat-${CUDA_VERSION/./-}', values), 'cuda-compat-11-2.1');
  assert.equal(expandPatternSubstitutions('cuda-${CUDA_VERSION//./-}', values), 'cuda-11-2-1');
  assert.equal(expandPatternSubstitutions('x-${UNSET/./-}', values), undefined);
  assert.equal(expandPatternSubstitutions('x-${DECLARED//./-}', values), undefined);
  // Hostile: 60,000 matches each replaced by 4 characters would make a 240,000-character word.
  const long = new Map([['A', 'a'.repeat(60_000)]]);
  assert.equal(expandPatternSubstitutions('${A//a/bbbb}', long), undefined);
  // At the bound it is still expanded.
  const fits = new Map([['A', 'a'.repeat(MAX_SUBSTITUTED_LENGTH / 2)]]);
  assert.equal(expandPatternSubstitutions('${A//a/bb}', fits)?.length, MAX_SUBSTITUTED_LENGTH);
});
