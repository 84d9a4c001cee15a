/**
 * The defects a hostile tester found through the protocol (issue #22), each as its reproduction:
 * malformed changes, versions going backwards, requests before initialize, bad params, an
 * untrusted `.kernel-lens.json` linking outside the workspace or holding 40,000 unknown keys, a
 * kernel config that never ends (/proc/self/pagemap), and a multi-megabyte single line. Caps are
 * hang guards only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { LspTestClient, fileUri, serverPath } from '../support/lspClient';

const GUARD_MS = 60_000;
const FLAGGED = 'FROM ubuntu:22.04\nRUN modprobe br_netfilter\n';
const at = (line: number, character: number) => ({ line, character });
const modprobeFound = (d: { code?: unknown }[]) => d.some((x) => x.code === 'kernel-module-load');

async function withClient(fn: (c: LspTestClient) => Promise<void>, opts: Parameters<typeof LspTestClient.start>[0] = {}): Promise<void> {
  const client = await LspTestClient.start({ settings: { target: 'debian-12' }, ...opts });
  try {
    await fn(client);
  } finally {
    await client.shutdown();
  }
}

test('a malformed didChange (range without end, null start) is rejected whole: later analyses, hovers and code actions still work', {
  timeout: GUARD_MS * 2,
}, async () => {
  await withClient(async (c) => {
    const uri = 'file:///tmp/kl-malformed/Dockerfile';
    await c.open(uri, FLAGGED, 1);
    await c.waitForDiagnostics(uri, { version: 1, predicate: modprobeFound, timeoutMs: GUARD_MS });
    const send = (version: number, contentChanges: unknown[]) =>
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    await send(2, [{ range: { start: at(1, 0) }, text: 'X' }]);
    await send(3, [{ range: { start: null, end: null }, text: 'Y' }]);
    await send(4, [{ range: { start: at(1.5, 0), end: at(1, 0) }, text: 'Z' }]);
    // A valid change after them: the text is the one the valid changes make, analysed and published.
    await send(5, [{ range: { start: at(1, 4), end: at(1, 4) }, text: 'true && ' }]);
    const d = await c.waitForDiagnostics(uri, { version: 5, timeoutMs: GUARD_MS });
    assert.ok(modprobeFound(d), JSON.stringify(d));
    assert.equal(
      d.find((x) => x.code === 'kernel-module-load')!.range.start.character,
      'RUN true && '.length,
      'the malformed changes were not applied',
    );
    assert.ok((await c.hover(uri, 1, 'RUN true && '.length + 2))?.contents, 'hover answered');
    const actions = await c.codeActions(uri, d[0].range, d);
    assert.ok(actions.length > 0, 'code actions answered');
    assert.ok(!/analysis failed/.test(c.stderr), c.stderr.slice(-500));
    const warned = c.notifications.filter(
      (n) => n.method === 'window/logMessage' && /didChange .* was ignored/.test(JSON.stringify(n.params)),
    );
    assert.equal(warned.length, 1, 'logged once');
  });
});

test('versions going backwards (10 → 3 → 4) are new texts: each is analysed and published, hovers answer', {
  timeout: GUARD_MS * 2,
}, async () => {
  await withClient(async (c) => {
    const uri = 'file:///tmp/kl-backwards/Dockerfile';
    await c.open(uri, FLAGGED, 10);
    await c.waitForDiagnostics(uri, { version: 10, predicate: modprobeFound, timeoutMs: GUARD_MS });
    const send = (version: number, text: string) =>
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await send(3, 'FROM ubuntu:22.04\nRUN echo fine\n');
    const three = await c.waitForDiagnostics(uri, { version: 3, timeoutMs: GUARD_MS });
    assert.ok(!modprobeFound(three));
    await send(4, 'FROM ubuntu:22.04\nRUN insmod x.ko\n');
    const four = await c.waitForDiagnostics(uri, { version: 4, timeoutMs: GUARD_MS });
    assert.ok(modprobeFound(four));
    assert.ok((await c.hover(uri, 1, 5))?.contents, 'hover on insmod answered');
  });
});

test('requests before initialize are answered -32002 (ServerNotInitialized); bad params -32602', { timeout: GUARD_MS }, async () => {
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.listen();
  try {
    const early = await conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x' }, position: at(0, 0) }).then(
      () => undefined,
      (e: { code: number }) => e.code,
    );
    assert.equal(early, -32002);
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification('initialized', {});
    for (const params of [{ textDocument: { uri: 'file:///x' }, position: null }, { textDocument: {}, position: at(0, 0) }, null]) {
      const code = await conn.sendRequest('textDocument/hover', params).then(
        () => undefined,
        (e: { code: number }) => e.code,
      );
      assert.equal(code, -32602, JSON.stringify(params));
    }
    const badAction = await conn
      .sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///x' }, range: null, context: {} })
      .then(
        () => undefined,
        (e: { code: number }) => e.code,
      );
    assert.equal(badAction, -32602);
    await conn.sendRequest('shutdown');
  } finally {
    conn.dispose();
    proc.kill();
  }
});

function workspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kl-ws-'));
}

test('untrusted workspace: a .kernel-lens.json that links outside the workspace is not read, and its content is not echoed', {
  timeout: GUARD_MS,
}, async () => {
  const ws = workspace();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.json'), JSON.stringify({ target: 'SECRET-VALUE-123', secretKey: 1 }));
  fs.symlinkSync(path.join(outside, 'secret.json'), path.join(ws, '.kernel-lens.json'));
  try {
    await withClient(
      async (c) => {
        const uri = fileUri(path.join(ws, 'Dockerfile'));
        await c.open(uri, FLAGGED, 1);
        await c.waitForDiagnostics(uri, { version: 1, timeoutMs: GUARD_MS });
        const said = JSON.stringify([c.notifications, c.shownMessages]);
        assert.ok(!said.includes('SECRET-VALUE-123') && !said.includes('secretKey'), said.slice(0, 800));
        assert.ok(
          c.shownMessages.some((m) => /links to a file outside this untrusted workspace/.test(m.message)),
          JSON.stringify(c.shownMessages),
        );
      },
      { rootPath: ws, initializationOptions: { trusted: false, settings: {} } },
    );
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('a .kernel-lens.json with 40,000 unknown keys: a few messages and one summary, not 40,000; diagnostics published', {
  timeout: GUARD_MS * 2,
}, async () => {
  const ws = workspace();
  const keys: Record<string, number> = {};
  for (let i = 0; i < 40_000; i++) keys[`unknownKey${i}`] = i;
  fs.writeFileSync(path.join(ws, '.kernel-lens.json'), JSON.stringify(keys));
  try {
    await withClient(
      async (c) => {
        const uri = fileUri(path.join(ws, 'Dockerfile'));
        await c.open(uri, FLAGGED, 1);
        await c.waitForDiagnostics(uri, { version: 1, predicate: modprobeFound, timeoutMs: GUARD_MS });
        assert.ok(c.shownMessages.length <= 11, `${c.shownMessages.length} messages`);
        assert.ok(
          c.shownMessages.some((m) => /more settings problems are not shown one by one/.test(m.message)),
          JSON.stringify(c.shownMessages.slice(-2)),
        );
        // Later publishes (an edit) show none of them again.
        const shown = c.shownMessages.length;
        const v = await c.change(uri, [{ range: { start: at(1, 0), end: at(1, 0) }, text: '# edited\n' }]);
        await c.waitForDiagnostics(uri, { version: v, timeoutMs: GUARD_MS });
        assert.equal(c.shownMessages.length, shown, JSON.stringify(c.shownMessages.slice(shown, shown + 2)));
      },
      { rootPath: ws, initializationOptions: { trusted: false, settings: {} } },
    );
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
});

test('a kernel config that never ends (/proc/self/pagemap, stat size 0): refused as too large, the server keeps answering', {
  timeout: GUARD_MS,
  skip: !fs.existsSync('/proc/self/pagemap'),
}, async () => {
  await withClient(
    async (c) => {
      const uri = 'file:///tmp/kl-pagemap/Dockerfile';
      await c.open(uri, FLAGGED, 1);
      await c.waitForDiagnostics(uri, { version: 1, predicate: modprobeFound, timeoutMs: GUARD_MS });
      assert.ok(
        c.shownMessages.some((m) => /pagemap.*larger than/.test(m.message)),
        JSON.stringify(c.shownMessages),
      );
      assert.ok((await c.hover(uri, 1, 5))?.contents);
      const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${c.proc.pid}/status`, 'utf8'))?.[1]) * 1024;
      assert.ok(rss < 1024 * 1024 * 1024, `peak memory ${rss} bytes`);
    },
    { settings: { target: 'debian-12', kernelConfigPath: '/proc/self/pagemap' } },
  );
});

test('a 4 MB single line: the rest of the file is analysed, one diagnostic says the instruction was not checked, hovers answered', {
  timeout: GUARD_MS * 2,
}, async () => {
  await withClient(async (c) => {
    const uri = 'file:///tmp/kl-longline/Dockerfile';
    const text = `FROM ubuntu:22.04\nRUN echo ${'a'.repeat(4 * 1024 * 1024)} && modprobe x\nRUN modprobe br_netfilter\n`;
    await c.open(uri, text, 1);
    const d = await c.waitForDiagnostics(uri, { version: 1, timeoutMs: GUARD_MS });
    assert.ok(
      d.some((x) => x.code === 'kernel-module-load' && x.range.start.line === 2),
      'the next instruction is checked',
    );
    assert.equal(d.filter((x) => /did not check this instruction/.test(String(x.message))).length, 1);
    assert.ok((await c.hover(uri, 0, 1))?.contents, 'hover on FROM answered');
    const v = await c.change(uri, [{ range: { start: at(2, 0), end: at(2, 0) }, text: 'RUN insmod y.ko\n' }]);
    await c.waitForDiagnostics(uri, { version: v, timeoutMs: GUARD_MS });
  });
});
