/**
 * The bundled CLI (dist/cli.js check) on hostile files: it must finish, never print a stack trace,
 * and exit 0 or 1 (findings), never crash. Invalid UTF-8 is read as text with replacement characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/lspClient';
import { hostileCases } from './hostileCases';

const CLI = path.join(repoRoot, 'dist', 'cli.js');
// A hang guard, not a speed check: generous enough for a loaded 2-core machine (the bench judges speed).
const LIMIT_MS = 180_000;

function runCli(file: string) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--target', 'debian-12'], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { ...r, ms: Date.now() - t0 };
}

/** Finished; exit 0/1 (findings), or 2 with a one-line reason naming the file (the CLI refuses binary and >10 MiB files); never a stack trace. */
function assertSane(r: ReturnType<typeof runCli>, what: string, file?: string): void {
  assert.notEqual(r.signal, 'SIGTERM', `${what}: did not finish within ${LIMIT_MS} ms`);
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, `${what}: exit ${r.status} ${r.signal ?? ''}\n${r.stderr.slice(-2000)}`);
  if (r.status === 2) {
    assert.ok(file && r.stderr.includes(file), `${what}: exit 2 without naming the file: ${r.stderr.slice(-500)}`);
    assert.ok(r.stderr.trim().split('\n').length <= 3, `${what}: exit 2 with a long stderr: ${r.stderr.slice(-1000)}`);
  }
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?\n/, `${what}: stack trace on stderr\n${r.stderr.slice(-2000)}`);
}

test('CLI: invalid UTF-8, binary, NUL bytes, BOM, CR-only, empty files', { timeout: 300_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli-'));
  try {
    const files: [string, Buffer][] = [
      [
        'invalid-utf8.Dockerfile',
        Buffer.concat([
          Buffer.from('FROM ubuntu:22.04\nRUN echo '),
          Buffer.from([0xc3, 0xa0, 0xa1, 0xe2, 0x82, 0xf0, 0x90, 0x80, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
          Buffer.from(' && modprobe br_netfilter\n'),
        ]),
      ],
      ['utf16.Dockerfile', Buffer.from('\ufeffFROM ubuntu:22.04\nRUN modprobe x\n', 'utf16le')],
      ['binary.Dockerfile', Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) & 0xff))],
      ['nul.Dockerfile', Buffer.from('FROM ubuntu:22.04\0\nRUN modprobe\0x\n')],
      ['bom.Dockerfile', Buffer.from('\ufeffFROM ubuntu:22.04\nRUN modprobe x\n')],
      ['cr.Dockerfile', Buffer.from('FROM ubuntu:22.04\rRUN modprobe x\r')],
      ['empty.Dockerfile', Buffer.alloc(0)],
    ];
    for (const [name, content] of files) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const r = runCli(file);
      t.diagnostic(`${name}: exit ${r.status} in ${r.ms} ms${r.status === 2 ? `: ${r.stderr.trim()}` : ''}`);
      assertSane(r, name, file);
    }
    // the modprobe after the invalid bytes is still found, on line 2
    const r = runCli(path.join(dir, 'invalid-utf8.Dockerfile'));
    assert.match(r.stdout, /:2:\d+: \w+ \[kernel-module-load\]/);
    const cr = runCli(path.join(dir, 'cr.Dockerfile'));
    assert.match(cr.stdout, /:2:5: \w+ \[kernel-module-load\]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: the hostile inputs', { timeout: 900_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli-h-'));
  try {
    for (const c of hostileCases) {
      if (c.name.startsWith('10 MB') && !c.server) continue; // the slow 10 MB cases run at the analysis level
      await t.test(c.name, () => {
        const file = path.join(dir, 'Dockerfile');
        fs.writeFileSync(file, c.text());
        const r = runCli(file);
        t.diagnostic(`${c.name}: exit ${r.status} in ${r.ms} ms${r.status === 2 ? `: ${r.stderr.trim()}` : ''}`);
        assertSane(r, c.name, file);
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
