import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterTurns } from './turns';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

test('afterTurns runs its callback after the given number of event-loop turns, not before', async () => {
  let ran = 0;
  let handle = afterTurns(
    3,
    () => ran++,
    (h) => (handle = h),
  );
  await turn();
  await turn();
  assert.equal(ran, 0, 'not after two turns');
  await turn();
  await turn();
  assert.equal(ran, 1, 'once after three');
  assert.ok(handle);
});

test('the tracked handle cancels the wait at any turn (a new edit re-arms it)', async () => {
  let ran = 0;
  let handle = afterTurns(
    2,
    () => ran++,
    (h) => (handle = h),
  );
  await turn(); // the wait is now on its second turn: the tracked handle is the new one
  clearImmediate(handle);
  for (let i = 0; i < 4; i++) await turn();
  assert.equal(ran, 0);
});
