import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupThousands, publishedDiagnostics } from './toLsp';

test('groupThousands writes integers as toLocaleString("en-US") does', () => {
  for (const n of [0, 7, 999, 1000, 4096, 65536, 262144, 999999, 1000000, 12345678, 2 ** 31]) {
    assert.equal(groupThousands(n), n.toLocaleString('en-US'), String(n));
  }
});

test('the note on an instruction too long to parse names the limit with thousands separators', () => {
  const [note] = publishedDiagnostics([], 'file:///tmp/Dockerfile', '/ext', { oversized: { lines: [4, 9], limitChars: 262144 } });
  assert.equal(note.range.start.line, 4);
  assert.match(String(note.message), /this instruction \(and 1 more\): it is longer than 262,144 characters\.$/);
});
