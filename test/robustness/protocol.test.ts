/**
 * Protocol robustness of the bundled server (dist/server.js --stdio): unknown documents, request
 * cancellation during long analyses, shutdown/exit semantics, exit when the parent process dies,
 * and a burst of edits absorbed into few analyses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, serverPath } from '../support/lspClient';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function exitOf(client: LspTestClient): Promise<number | null> {
  return new Promise((resolve) => {
    if (client.proc.exitCode !== null) resolve(client.proc.exitCode);
    else client.proc.once('exit', (code) => resolve(code));
  });
}

async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('requests for documents never opened answer null / [] (not an error)', async () => {
  const client = await LspTestClient.start();
  try {
    const uri = 'file:///never/opened/Dockerfile';
    assert.equal(await client.hover(uri, 0, 0), null);
    assert.deepEqual(await client.codeActions(uri, ZERO, []), []);
    assert.deepEqual(await client.codeActions(uri, ZERO, [], ['source.fixAll']), []);
    const fake = {
      range: ZERO,
      message: 'x',
      source: 'kernel-lens',
      code: 'kernel-module-load',
      data: { ruleId: 'kernel-module-load', fixes: [] },
    };
    assert.ok(Array.isArray(await client.codeActions(uri, ZERO, [fake])));
    const info = (await client.conn.sendRequest('kernelLens/targetInfo', { uri })) as { label: string };
    assert.equal(typeof info.label, 'string');
    // closed documents too
    await client.open('file:///closed/Dockerfile', 'FROM ubuntu:22.04\n');
    await client.close('file:///closed/Dockerfile');
    assert.equal(await client.hover('file:///closed/Dockerfile', 0, 1), null);
    // malformed params do not kill it
    await client.conn
      .sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: -1 } })
      .catch(() => undefined);
    await client.conn.sendRequest('textDocument/hover', {}).catch(() => undefined);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.ok(Array.isArray(await client.conn.sendRequest('kernelLens/rules')));
    assert.equal(client.proc.exitCode, null);
  } finally {
    await client.shutdown();
  }
});

test('$/cancelRequest on a hover over a huge document: RequestCancelled or a result, and the server stays responsive', {
  timeout: 120_000,
}, async (t) => {
  const client = await LspTestClient.start({ settings: { target: 'debian-12' } });
  try {
    const big = 'FROM ubuntu:22.04\n' + 'RUN apt-get install -y curl && echo "one two three"\n'.repeat(150_000);
    const uri = 'file:///cancel/Dockerfile';
    await client.open(uri, big);
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      // a new version each time, so the hover has work to do
      await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `RUN echo ${i}\n` }]);
      const source = new CancellationTokenSource();
      const t0 = Date.now();
      const pending = client.conn.sendRequest(
        'textDocument/hover',
        { textDocument: { uri }, position: { line: 0, character: 1 } },
        source.token,
      );
      source.cancel();
      try {
        const r = await within(pending, 60_000, 'cancelled hover');
        outcomes.push(`result (${r ? 'hover' : 'null'}) in ${Date.now() - t0} ms`);
      } catch (e) {
        const code = (e as { code?: number }).code;
        assert.equal(code, -32800, `expected RequestCancelled, got ${String(e)}`);
        outcomes.push(`RequestCancelled in ${Date.now() - t0} ms`);
      }
      const t1 = Date.now();
      assert.ok(Array.isArray(await within(client.conn.sendRequest('kernelLens/rules'), 30_000, 'kernelLens/rules after cancel')));
      outcomes.push(`responsive after ${Date.now() - t1} ms`);
    }
    t.diagnostic(outcomes.join('; '));
    const small = 'file:///cancel/small/Dockerfile';
    await client.open(small, 'FROM ubuntu:22.04\n');
    const h = await within(client.hover(small, 0, 7), 30_000, 'hover on a small document');
    assert.match(h!.contents.value, /Ubuntu 22\.04/);
  } finally {
    await client.shutdown();
  }
});

test('shutdown then exit: exit code 0; requests after shutdown fail with InvalidRequest', async () => {
  const client = await LspTestClient.start();
  const exited = exitOf(client);
  await client.open('file:///s/Dockerfile', 'FROM ubuntu:22.04\n');
  assert.equal(await client.conn.sendRequest('shutdown'), null);
  for (const [method, params] of [
    ['textDocument/hover', { textDocument: { uri: 'file:///s/Dockerfile' }, position: { line: 0, character: 1 } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///s/Dockerfile' }, range: ZERO, context: { diagnostics: [] } }],
    ['kernelLens/rules', undefined],
    ['kernelLens/presets', undefined],
    ['kernelLens/targetInfo', {}],
  ] as const) {
    await assert.rejects(client.conn.sendRequest(method, params), (e: { code?: number }) => e.code === -32600, `${method} after shutdown`);
  }
  await client.conn.sendNotification('exit');
  assert.equal(await within(exited, 10_000, 'exit'), 0);
  client.conn.dispose();
});

test('exit without shutdown: exit code 1', async () => {
  const client = await LspTestClient.start();
  const exited = exitOf(client);
  await client.conn.sendNotification('exit');
  assert.equal(await within(exited, 10_000, 'exit'), 1);
  client.conn.dispose();
});

test('the server exits when its parent process dies (processId from initialize)', { timeout: 60_000 }, async (t) => {
  // The parent starts the server with the test's own pipes, so the server's stdin stays open when the
  // parent dies: only the parent-process watch can end it.
  const parentScript = `
    const { spawn } = require('child_process');
    const child = spawn(process.execPath, [${JSON.stringify(serverPath)}, '--stdio'], { stdio: 'inherit' });
    process.stderr.write('SERVER_PID ' + child.pid + '\\n');
    setInterval(() => {}, 1000);
  `;
  const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  const serverPid = await new Promise<number>((resolve, reject) => {
    parent.stderr.on('data', (d) => {
      stderr += String(d);
      const m = /SERVER_PID (\d+)/.exec(stderr);
      if (m) resolve(Number(m[1]));
    });
    parent.once('exit', () => reject(new Error(`parent exited early: ${stderr}`)));
  });
  const conn = createProtocolConnection(new StreamMessageReader(parent.stdout), new StreamMessageWriter(parent.stdin));
  conn.listen();
  try {
    await conn.sendRequest('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification('initialized', {});
    assert.ok(isAlive(serverPid));
    parent.kill('SIGKILL');
    const t0 = Date.now();
    while (isAlive(serverPid) && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 100));
    t.diagnostic(`server gone ${Date.now() - t0} ms after its parent was killed`);
    assert.ok(!isAlive(serverPid), `server ${serverPid} still running 30 s after its parent died`);
  } finally {
    conn.dispose();
    if (isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
    parent.stdin.destroy();
  }
});

test('a burst of 1,000 didChange notifications is absorbed: few analyses, the last one for the last version', {
  timeout: 60_000,
}, async (t) => {
  const client = await LspTestClient.start({ settings: { target: 'debian-12' } });
  try {
    const uri = 'file:///burst/Dockerfile';
    await client.open(uri, 'FROM ubuntu:22.04\nRUN echo\n');
    await client.waitForDiagnostics(uri, { version: 1 });
    const before = client.diagnostics.get(uri)!.count;
    let last = 1;
    const sends: Promise<number>[] = [];
    for (let i = 0; i < 1000; i++) {
      const text = i === 999 ? ' && modprobe br_netfilter' : ' x';
      sends.push(
        client.change(uri, [{ range: { start: { line: 1, character: 8 + 2 * i }, end: { line: 1, character: 8 + 2 * i } }, text }]),
      );
    }
    last = Math.max(...(await Promise.all(sends)));
    assert.equal(last, 1001);
    const diags = await client.waitForDiagnostics(uri, { version: last, timeoutMs: 30_000 });
    // let any straggler publish arrive, then count
    await client.hover(uri, 0, 0);
    const published = client.diagnostics.get(uri)!.count - before;
    t.diagnostic(`${published} publishDiagnostics for 1,000 changes`);
    assert.ok(published < 100, `${published} analyses published for 1,000 changes`);
    assert.equal(client.diagnostics.get(uri)!.version, last);
    assert.ok(
      diags.some((d) => d.code === 'kernel-module-load'),
      'the last version (with modprobe) was analysed',
    );
  } finally {
    await client.shutdown();
  }
});
