import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { builtKey, cacheKey, codeCacheDir } from './codeCache';

const codeCacheModule = path.join(__dirname, 'codeCache.ts');

/** Loads `file` through the code cache in a fresh process (the cache is read only by a new process), writes the cache, prints what the module exported. */
function loadInChild(file: string, cacheDir: string): { status: number | null; out: string; err: string } {
  const script = `
    const { requireWithCodeCache, writeCodeCache } = require(${JSON.stringify(codeCacheModule)});
    const m = requireWithCodeCache(${JSON.stringify(file)});
    writeCodeCache();
    process.stdout.write(JSON.stringify(m));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, KERNEL_LENS_CACHE_DIR: cacheDir },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function bundle(dir: string, body: string): string {
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, body);
  return file;
}

const BODY = `#!/usr/bin/env node
const path = require('path');
module.exports = { dirname: path.basename(__dirname), file: path.basename(__filename), sum: [1, 2, 3].reduce((a, b) => a + b, 0) };`;

test('a bundle loads through the code cache with its own require, __dirname and __filename; the cache is written and reused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cc-'));
  const cacheDir = path.join(dir, 'cache');
  const file = bundle(dir, BODY);
  const expected = { dirname: path.basename(dir), file: 'bundle.js', sum: 6 };
  const first = loadInChild(file, cacheDir);
  assert.equal(first.status, 0, first.err);
  assert.deepEqual(JSON.parse(first.out), expected);
  const caches = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
  assert.equal(caches.length, 1, 'one cache file for the bundle');
  if (process.platform !== 'win32') assert.equal(fs.statSync(cacheDir).mode & 0o077, 0, 'the cache directory is private');
  const written = fs.statSync(path.join(cacheDir, caches[0])).mtimeMs;
  const second = loadInChild(file, cacheDir);
  assert.equal(second.status, 0, second.err);
  assert.deepEqual(JSON.parse(second.out), expected);
  assert.deepEqual(
    fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')),
    caches,
  );
  assert.equal(fs.statSync(path.join(cacheDir, caches[0])).mtimeMs, written, 'an accepted cache is not written again');
});

test('a changed bundle gets a new key; a corrupt cache file is ignored, never fatal', () => {
  assert.notEqual(cacheKey(BODY), cacheKey(BODY.replace('[1, 2, 3]', '[1, 2, 4]')));
  assert.equal(cacheKey(BODY), cacheKey(BODY));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cc-'));
  const cacheDir = path.join(dir, 'cache');
  const file = bundle(dir, BODY);
  assert.equal(loadInChild(file, cacheDir).status, 0);
  for (const f of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, f), Buffer.from('not a V8 code cache'));
  const r = loadInChild(file, cacheDir);
  assert.equal(r.status, 0, r.err);
  assert.equal(JSON.parse(r.out).sum, 6);
  // A different text of the same length (V8 itself checks only the length): a new key, the right answer.
  fs.writeFileSync(file, BODY.replace('[1, 2, 3]', '[1, 2, 4]'));
  const changed = loadInChild(file, cacheDir);
  assert.equal(changed.status, 0, changed.err);
  assert.equal(JSON.parse(changed.out).sum, 7);
});

test('a cache directory others can write to is neither read nor written; `off` disables the cache', {
  skip: process.platform === 'win32',
}, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cc-'));
  const shared = path.join(dir, 'shared');
  fs.mkdirSync(shared);
  fs.chmodSync(shared, 0o777);
  const file = bundle(dir, BODY);
  const r = loadInChild(file, shared);
  assert.equal(r.status, 0, r.err);
  assert.equal(JSON.parse(r.out).sum, 6);
  assert.deepEqual(fs.readdirSync(shared), [], 'nothing written to a world-writable directory');
  assert.equal(codeCacheDir({ KERNEL_LENS_CACHE_DIR: 'off' }), undefined);
  assert.equal(codeCacheDir({ KERNEL_LENS_CACHE_DIR: '' }), undefined);
  assert.equal(codeCacheDir({ KERNEL_LENS_CACHE_DIR: dir }), dir);
  assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' }), path.join('/x/cache', 'kernel-lens', 'v8-code-cache'));
  const offDir = path.join(dir, 'off-run');
  const off = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `const { requireWithCodeCache, writeCodeCache } = require(${JSON.stringify(codeCacheModule)}); requireWithCodeCache(${JSON.stringify(file)}); writeCodeCache();`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, KERNEL_LENS_CACHE_DIR: 'off', XDG_CACHE_HOME: offDir },
    },
  );
  assert.equal(off.status, 0, off.stderr);
  assert.equal(fs.existsSync(offDir), false, 'no cache written anywhere when off');
});

test('writeCodeCachesNow before a V8 flag change: the next start (same flags at load) accepts the cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cc-'));
  const cacheDir = path.join(dir, 'cache');
  const file = bundle(dir, BODY);
  // As the server: a flag held at load, released later (on exit the pending caches are written anyway).
  const run = (flush: boolean) => {
    const script = `
      require('node:v8').setFlagsFromString('--no-turbofan');
      const cc = require(${JSON.stringify(codeCacheModule)});
      cc.requireWithCodeCache(${JSON.stringify(file)});
      if (${flush}) cc.writeCodeCachesNow();
      require('node:v8').setFlagsFromString('--turbofan');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, KERNEL_LENS_CACHE_DIR: cacheDir },
    });
    assert.equal(r.status, 0, r.stderr);
    const [cache] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
    return fs.statSync(path.join(cacheDir, cache)).mtimeMs;
  };
  // Control: written after the change (on exit), the cache is rejected and written again by the next start.
  const late = run(false);
  assert.notEqual(run(false), late, 'a cache written under other flags is rejected');
  fs.rmSync(cacheDir, { recursive: true });
  const early = run(true);
  assert.equal(run(true), early, 'written before the flag change, the cache is accepted and not written again');
});

test('a bundle that ends with its build hash is keyed by it, its size and its modification time, without hashing it again', () => {
  const withHash = (body: string, hash = createHash('sha256').update(body).digest('hex')) =>
    Buffer.from(`${body}\n//# kernelLensHash=${hash}\n`);
  const built = withHash(BODY);
  const key = builtKey(built, 1000);
  assert.match(key ?? '', /^[0-9a-f]{24}$/);
  assert.equal(builtKey(built, 1000), key);
  assert.notEqual(builtKey(built, 2000), key, 'edited after the build (a new modification time): another key');
  assert.notEqual(builtKey(withHash(BODY.replace('[1, 2, 3]', '[1, 2, 4]')), 1000), key, 'another build: another key');
  assert.notEqual(builtKey(withHash(`${BODY} `, createHash('sha256').update(BODY).digest('hex')), 1000), key, 'another size: another key');
  assert.equal(builtKey(Buffer.from(BODY), 1000), undefined, 'no hash line: the loader hashes the text (cacheKey)');
  assert.equal(builtKey(withHash(BODY, 'not-a-hash'), 1000), undefined);
  // Loaded through the cache: the cache file is named by that key, written once and then reused.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cc-'));
  const cacheDir = path.join(dir, 'cache');
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, built);
  const first = loadInChild(file, cacheDir);
  assert.equal(first.status, 0, first.err);
  assert.equal(JSON.parse(first.out).sum, 6);
  const [cache] = fs.readdirSync(cacheDir);
  // The child's Node flags (--import tsx) are in the key: only the build hash's part is the same here.
  assert.match(cache, new RegExp(`^bundle-${createHash('sha256').update(BODY).digest('hex').slice(0, 12)}[0-9a-f]{12}\\.v8cache$`));
  const written = fs.statSync(path.join(cacheDir, cache)).mtimeMs;
  assert.equal(loadInChild(file, cacheDir).status, 0);
  assert.equal(fs.statSync(path.join(cacheDir, cache)).mtimeMs, written, 'an accepted cache is not written again');
});
