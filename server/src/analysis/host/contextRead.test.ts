import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { readContextFile, readContextFiles } from './contextRead';

test('context files: regular files inside the folder only (no .., no symlink out, no folder, no FIFO, size cap, no binary)', () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-ctxread-')));
  try {
    const ctx = path.join(root, 'ctx');
    fs.mkdirSync(path.join(ctx, 'scripts'), { recursive: true });
    fs.writeFileSync(path.join(root, 'secret.sh'), 'modprobe x\n');
    fs.writeFileSync(path.join(ctx, 'start.sh'), 'modprobe y\n');
    fs.writeFileSync(path.join(ctx, 'scripts', 'run.sh'), 'modprobe z\n');
    fs.symlinkSync(path.join(root, 'secret.sh'), path.join(ctx, 'out.sh'));
    fs.symlinkSync(root, path.join(ctx, 'up'));
    fs.symlinkSync(path.join(ctx, 'start.sh'), path.join(ctx, 'in.sh'));
    fs.writeFileSync(path.join(ctx, 'big.sh'), 'x'.repeat(256 * 1024 + 1));
    fs.writeFileSync(path.join(ctx, 'bin.sh'), Buffer.from([0x23, 0x21, 0, 1]));
    assert.equal(readContextFile(ctx, 'start.sh')?.text, 'modprobe y\n');
    assert.equal(readContextFile(ctx, 'scripts/run.sh')?.text, 'modprobe z\n');
    assert.equal(readContextFile(ctx, 'in.sh')?.text, 'modprobe y\n', 'a link that stays inside is read');
    for (const rel of ['../secret.sh', 'out.sh', 'up/secret.sh', 'scripts', 'missing.sh', ''])
      assert.equal(readContextFile(ctx, rel)?.text, undefined, rel);
    assert.equal(readContextFile(ctx, 'big.sh')?.text, undefined);
    assert.equal(readContextFile(ctx, 'bin.sh')?.text, undefined);
    // Unchanged size, mtime and inode: the previous read is handed back, not read again.
    const first = readContextFile(ctx, 'start.sh');
    assert.equal(readContextFile(ctx, 'start.sh', first), first);
    fs.writeFileSync(path.join(ctx, 'start.sh'), 'modprobe yy\n');
    assert.equal(readContextFile(ctx, 'start.sh', first)?.text, 'modprobe yy\n');
    assert.deepEqual(
      readContextFiles(ctx, () => ['out.sh', 'scripts/run.sh']),
      new Map([['scripts/run.sh', 'modprobe z\n']]),
    );
    assert.equal(
      readContextFiles(ctx, () => ['out.sh']),
      undefined,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
