import assert from 'node:assert/strict';
import { test } from 'node:test';
import { warmUpAnalysis } from './analysis';
import { publishedDiagnostics } from './toLsp';

// The warm-up swallows its errors (it is an optimisation): this test is what notices when it stops
// running the analysis, e.g. after a change to the analysis API or to the options it passes.
test('the warm-up analyses its Dockerfile to the end and converts the findings as a publish does', () => {
  let converted: unknown;
  const n = warmUpAnalysis((findings) => (converted = publishedDiagnostics(findings, 'file:///warm-up/Dockerfile', '/ext')));
  assert.ok(n !== undefined && n > 0, `findings: ${n}`);
  assert.ok(Array.isArray(converted));
  assert.equal((converted as unknown[]).length, n);
});

test('a conversion that throws does not escape the warm-up', () => {
  assert.equal(
    warmUpAnalysis(() => {
      throw new Error('boom');
    }),
    undefined,
  );
});
