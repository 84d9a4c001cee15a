import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readBounded } from './boundedRead';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-bounded-'));

test('a regular file within the cap is read whole; one byte over is too large; exactly at the cap is fine', () => {
  const f = path.join(dir, 'small');
  fs.writeFileSync(f, 'x'.repeat(100));
  const r = readBounded(f, 100);
  assert.ok(r.ok && r.bytes.length === 100);
  assert.deepEqual(readBounded(f, 99), { ok: false, reason: 'too-large' });
});

test('stat is not trusted: /proc/self/pagemap says size 0 but is refused after reading only the cap', {
  skip: !fs.existsSync('/proc/self/pagemap'),
}, () => {
  assert.equal(fs.statSync('/proc/self/pagemap').size, 0);
  const before = process.memoryUsage().rss;
  const r = readBounded('/proc/self/pagemap', 1024 * 1024);
  assert.equal(r.ok ? 'read' : r.reason, 'too-large');
  assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'memory stays bounded');
});

test('a FIFO, a device and a folder are refused without blocking; a missing file is missing', () => {
  const fifo = path.join(dir, 'fifo');
  try {
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(readBounded(fifo, 1000), { ok: false, reason: 'not-regular' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // no mkfifo: the device case still runs
  }
  if (fs.existsSync('/dev/zero')) assert.deepEqual(readBounded('/dev/zero', 1000), { ok: false, reason: 'not-regular' });
  assert.equal((readBounded(dir, 1000) as { reason: string }).reason, 'directory');
  assert.equal((readBounded(path.join(dir, 'nope'), 1000) as { reason: string }).reason, 'missing');
});

test('a symlink to /proc/self/pagemap is read through the cap, not the stat size', { skip: !fs.existsSync('/proc/self/pagemap') }, () => {
  const link = path.join(dir, 'Dockerfile.link');
  fs.symlinkSync('/proc/self/pagemap', link);
  assert.equal((readBounded(link, 4096) as { reason: string }).reason, 'too-large');
});
