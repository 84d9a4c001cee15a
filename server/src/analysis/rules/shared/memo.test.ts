import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../document';
import { perBlock, perCommand } from './memo';

test('perCommand: empty results share one frozen array and one entry per key; other results are kept as computed', () => {
  let calls = 0;
  const found = perCommand((c: { name: string }, _key: number): string[] => {
    calls++;
    return c.name === 'modprobe' ? [c.name] : [];
  });
  const a = { name: 'echo' };
  const b = { name: 'ls' };
  const m = { name: 'modprobe' };
  const none = found(a, 0);
  assert.deepEqual(none, []);
  assert.equal(found(b, 0), none, 'one shared empty array');
  assert.ok(Object.isFrozen(none), 'frozen: a reader that changed it would fail loudly');
  assert.deepEqual(found(m, 0), ['modprobe']);
  assert.equal(found(m, 0), found(m, 0));
  // Still memoised per command and key: no recomputation, and another key computes again.
  const before = calls;
  found(a, 0);
  found(b, 0);
  assert.equal(calls, before);
  assert.deepEqual(found(a, 1), []);
  assert.equal(calls, before + 1);
});

test('perBlock: an empty result is the shared frozen array, a block moved elsewhere is computed again', () => {
  let calls = 0;
  const words = perBlock((block) => {
    calls++;
    return block.parsed.keyword === 'RUN' ? [block.startLine] : [];
  });
  const model = buildModel('FROM alpine\nRUN true\nUSER app\n');
  const [from, run, user] = model.instructions;
  assert.equal(words(from), words(user));
  assert.ok(Object.isFrozen(words(from)));
  assert.deepEqual(words(run), [1]);
  const moved = buildModel('FROM alpine\n\nRUN true\n').instructions[1];
  assert.deepEqual(words(moved), [2]);
  assert.equal(calls, 4);
});
