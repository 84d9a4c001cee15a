/**
 * Never spin, never hang (issue #22): a document whose every line carries a finding, at 1, 3, 10 and
 * 30 MB, opened over stdio. Every step must be answered and published: the first diagnostics, a
 * hover on the first and the last line, an edit in the middle (published for its version), and
 * then the server goes idle (its CPU time stops growing). 30 MB is past the size limit: it is
 * analysed in part, with one diagnostic saying so. The caps below are hang guards only; the
 * benchmark measures speed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LspTestClient } from '../support/lspClient';

const MB = 1024 * 1024;
/** Generous: a livelocked server never publishes at all, however long it is given. */
const HANG_GUARD_MS = 600_000;
const LINE = 'RUN apt-get install -y curl && modprobe x && echo ' + 'y'.repeat(40) + '\n';

function allFlagged(bytes: number): string {
  return 'FROM ubuntu:22.04\n' + LINE.repeat(Math.ceil(bytes / LINE.length));
}

/** CPU time (user + system, in clock ticks) the process has used so far. */
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function settlesIdle(pid: number): Promise<void> {
  // Idle: less than 2 ticks (20 ms) of CPU over half a second, seen within the guard.
  for (let tries = 0; tries < 120; tries++) {
    const before = cpuTicks(pid);
    await new Promise((r) => setTimeout(r, 500));
    if (cpuTicks(pid) - before < 2) return;
  }
  assert.fail('the server kept using CPU after its last publish');
}

for (const size of [1, 3, 10]) {
  test(`${size} MB where every line is flagged: publishes, hovers answered, an edit published, then idle`, {
    timeout: HANG_GUARD_MS * 2,
  }, async () => {
    const text = allFlagged(size * MB);
    const lines = text.split('\n').length - 1;
    const uri = `file:///tmp/kl-huge-${size}/Dockerfile`;
    const client = await LspTestClient.start({ settings: { target: 'debian-12' } });
    try {
      await client.open(uri, text, 1);
      const first = client.hover(uri, 1, 31); // `modprobe` on the first RUN line, asked while the first analysis runs
      const opened = await client.waitForDiagnostics(uri, { version: 1, timeoutMs: HANG_GUARD_MS });
      assert.ok(
        opened.some((d) => d.code === 'kernel-module-load'),
        'findings published',
      );
      assert.ok(
        opened.some((d) => /more Kernel Lens findings/.test(String(d.message))),
        'the rest summarised',
      );
      assert.ok((await first)?.contents, 'hover on line 1 answered');
      assert.ok((await client.hover(uri, lines - 1, 31))?.contents, 'hover on the last line answered');
      const middle = Math.floor(lines / 2);
      const version = await client.change(uri, [
        { range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'RUN modprobe sctp\n' },
      ]);
      const edited = await client.waitForDiagnostics(uri, { version, timeoutMs: HANG_GUARD_MS });
      assert.ok(
        edited.some((d) => d.range.start.line === middle && d.code === 'kernel-module-load') || edited.length > 1000,
        'the edit published',
      );
      assert.ok((await client.hover(uri, middle, 5))?.contents, 'hover on the typed line answered');
      await settlesIdle(client.proc.pid!);
    } finally {
      await client.shutdown();
    }
  });
}

test('30 MB where every line is flagged: analysed in part, one diagnostic says where it stopped, hovers answered', {
  timeout: HANG_GUARD_MS * 2,
}, async () => {
  const text = allFlagged(30 * MB);
  const lines = text.split('\n').length - 1;
  const uri = 'file:///tmp/kl-huge-30/Dockerfile';
  const client = await LspTestClient.start({ settings: { target: 'debian-12' } });
  try {
    await client.open(uri, text, 1);
    const opened = await client.waitForDiagnostics(uri, { version: 1, timeoutMs: HANG_GUARD_MS });
    const stopped = opened.filter((d) => /analysis stopped after \d+ of \d+ lines/.test(String(d.message)));
    assert.equal(stopped.length, 1, 'one diagnostic says the analysis was partial');
    assert.ok(
      opened.some((d) => d.code === 'kernel-module-load'),
      'the analysed part has its findings',
    );
    assert.ok((await client.hover(uri, 1, 31))?.contents, 'hover on line 1 answered');
    assert.equal(await client.hover(uri, lines - 1, 31), null, 'the last line (not analysed) answers null');
    await settlesIdle(client.proc.pid!);
  } finally {
    await client.shutdown();
  }
});
