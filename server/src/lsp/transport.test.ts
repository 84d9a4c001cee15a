import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { OneWriteMessageWriter, transportArgument } from './transport';

const messages: Message[] = [
  { jsonrpc: '2.0', id: 1, result: { capabilities: {} } } as Message,
  // Non-ASCII text: the header counts UTF-8 bytes, not characters.
  {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///ä/Dockerfile', diagnostics: [{ message: 'needs ✓ a kernel module — überall' }] },
  } as Message,
  { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '' } } as Message,
];

test('each message is one write: the Content-Length header (UTF-8 bytes) and the JSON body together', async () => {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const writer = new OneWriteMessageWriter(sink);
  for (const m of messages) await writer.write(m);
  assert.equal(chunks.length, messages.length, 'one write per message');
  chunks.forEach((chunk, i) => {
    const body = Buffer.from(JSON.stringify(messages[i]), 'utf8');
    assert.deepEqual(chunk, Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]));
  });
});

test("the library's reader reads the frames back, in the order written", async () => {
  const pipe = new PassThrough();
  const writer = new OneWriteMessageWriter(pipe);
  const reader = new StreamMessageReader(pipe);
  const read: Message[] = [];
  const all = new Promise<void>((resolve) =>
    reader.listen((m) => {
      read.push(m);
      if (read.length === messages.length) resolve();
    }),
  );
  for (const m of messages) void writer.write(m);
  await all;
  assert.deepEqual(read, messages);
  reader.dispose();
});

test('a failed write rejects and is reported to the connection', async () => {
  const broken = new Writable({
    write(_chunk, _encoding, done) {
      done(new Error('EPIPE'));
    },
  });
  broken.on('error', () => undefined);
  const writer = new OneWriteMessageWriter(broken);
  const reported: unknown[] = [];
  writer.onError((e) => reported.push(e));
  await assert.rejects(writer.write(messages[0]), /EPIPE/);
  assert.ok(reported.length >= 1);
});

test('the transport is the first of the arguments vscode-languageserver reads', () => {
  assert.equal(transportArgument(['--stdio']), '--stdio');
  assert.equal(transportArgument(['--max-old-space-size=100', '--stdio', '--node-ipc']), '--stdio');
  assert.equal(transportArgument(['--node-ipc', '--stdio']), '--node-ipc');
  assert.equal(transportArgument(['--socket=5007']), '--socket=5007');
  assert.equal(transportArgument(['--pipe', 'x', '--stdio']), '--pipe');
  assert.equal(transportArgument(['--clientProcessId=12']), undefined);
});
