import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { HOVER_WARM_UP_DELAY_MS, HOVER_WARM_UP_RETRY_MS, warmUpAnalysis } from './analysis';
import { publishedDiagnostics, toHover } from './toLsp';

// The warm-up swallows its errors (it is an optimisation): this test is what notices when it stops
// running the analysis, e.g. after a change to the analysis API or to the options it passes.
test('the warm-up analyses its Dockerfile to the end, converts the findings and answers its hovers', () => {
  let diagnostics: unknown;
  const hovers: ReturnType<typeof toHover>[] = [];
  const n = warmUpAnalysis({
    diagnostics: (findings) => (diagnostics = publishedDiagnostics(findings, 'file:///warm-up/Dockerfile', '/ext')),
    hover: (h) => hovers.push(toHover(h)),
  });
  assert.ok(n !== undefined && n > 0, `findings: ${n}`);
  assert.ok(Array.isArray(diagnostics));
  assert.equal((diagnostics as unknown[]).length, n);
  // The FROM card and the kernel commands' notes: every hover position is on something with a hover.
  assert.equal(hovers.length, 3);
  for (const h of hovers) assert.ok(h && JSON.stringify(h.contents).length > 20, JSON.stringify(hovers));
});

test('a conversion that throws does not escape the warm-up', () => {
  const boom = () => {
    throw new Error('boom');
  };
  assert.equal(warmUpAnalysis({ diagnostics: boom, hover: boom }), undefined);
});

test("at the server's start the warm-up's hovers come later, off the path to the first diagnostics", () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let converted = 0;
    const hovers: ReturnType<typeof toHover>[] = [];
    const n = warmUpAnalysis({ diagnostics: () => converted++, hover: (h) => hovers.push(toHover(h)) }, 'later');
    assert.ok(n !== undefined && n > 0);
    assert.equal(converted, 1, 'the findings are converted at once');
    assert.equal(hovers.length, 0, 'no hover before the delay');
    mock.timers.tick(HOVER_WARM_UP_DELAY_MS);
    assert.equal(hovers.length, 3);
  } finally {
    mock.timers.reset();
  }
});

test("the warm-up's hovers wait while a document's first diagnostics are pending", () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let busy = true;
    const hovers: ReturnType<typeof toHover>[] = [];
    warmUpAnalysis({ diagnostics: () => undefined, hover: (h) => hovers.push(toHover(h)), busy: () => busy }, 'later');
    mock.timers.tick(HOVER_WARM_UP_DELAY_MS);
    assert.equal(hovers.length, 0, 'not while busy');
    mock.timers.tick(10 * HOVER_WARM_UP_RETRY_MS);
    assert.equal(hovers.length, 0, 'still busy');
    busy = false;
    mock.timers.tick(HOVER_WARM_UP_RETRY_MS);
    assert.equal(hovers.length, 3, 'answered once the first diagnostics are out');
  } finally {
    mock.timers.reset();
  }
});
