/**
 * The server's own share of a keystroke, without processes or pipes: the server from sources
 * (startServer) on in-memory streams in this process, a client of a few lines writing didChange
 * frames into its input and reading its output, timing each one-character edit from the write of
 * its frame to the publishDiagnostics frame of that version (process.hrtime), and the process's CPU
 * time over all edits. V8 is set up as dist/server.js sets it up (young generation and TurboFan
 * held); run it with the extension's flag so the heap matches too. With --cpu-prof the profile has
 * the sources' names (what the minified bundles hide).
 *
 *   node --max-semi-space-size=2 --import tsx bench/keystrokeInProcess.ts [lines=100] [keystrokes=3000]
 */
import { PassThrough } from 'node:stream';
import { holdOptimizingCompiler } from '../server/src/lsp/optimizingCompiler';
import { createConnection, ProposedFeatures } from '../server/src/lsp/protocol';
import { startServer } from '../server/src/lsp/server';
import { OneWriteMessageWriter } from '../server/src/lsp/transport';
import { holdYoungGeneration } from '../server/src/lsp/youngGeneration';
import { editSite, generateDockerfile } from './generate.mjs';

holdYoungGeneration();
holdOptimizingCompiler();

const [linesArg = '100', keysArg = '3000'] = process.argv.slice(2);
const keystrokes = Number(keysArg);
const { text, meta } = generateDockerfile(Number(linesArg));
const site = editSite(meta, text.split('\n'));
const uri = 'file:///bench/Dockerfile';

const input = new PassThrough();
const output = new PassThrough();
const connection = createConnection(ProposedFeatures.all, input, new OneWriteMessageWriter(output) as unknown as NodeJS.WritableStream);
startServer(connection);

const frame = (msg: object) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};
const send = (msg: object) => input.write(frame(msg));

/** Called with each message the server writes. */
let onMessage: (m: { id?: number; method?: string; params?: { version?: number } }) => void = () => undefined;
let pending: Buffer = Buffer.alloc(0);
output.on('data', (chunk: Buffer) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  for (;;) {
    const end = pending.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/.exec(pending.subarray(0, end).toString('ascii'))![1]);
    if (pending.length < end + 4 + length) return;
    const message = JSON.parse(pending.subarray(end + 4, end + 4 + length).toString('utf8'));
    pending = pending.subarray(end + 4 + length);
    // Requests from the server (configuration, registrations) are answered at once.
    if (message.method && message.id !== undefined)
      send({
        id: message.id,
        result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({ target: 'rhel8' })) : null,
      });
    onMessage(message);
  }
});

const until = (match: (m: Parameters<typeof onMessage>[0]) => boolean) =>
  new Promise<void>((resolve) => {
    onMessage = (m) => {
      if (match(m)) resolve();
    };
  });

async function main() {
  const initialized = until((m) => m.id === 1);
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } } });
  await initialized;
  send({ method: 'initialized', params: {} });
  let version = 1;
  const opened = until((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.version === 1);
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'dockerfile', version, text } } });
  await opened;
  let column = site.character;
  const type = async () => {
    version++;
    const v = version;
    const published = until((m) => m.method === 'textDocument/publishDiagnostics' && (m.params?.version ?? 0) >= v);
    const range = { start: { line: site.line, character: column }, end: { line: site.line, character: column } };
    column++;
    const t = process.hrtime.bigint();
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [{ range, text: 'x' }] } });
    await published;
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  for (let i = 0; i < 200; i++) await type(); // warm-up
  const cpu0 = process.cpuUsage();
  const times: number[] = [];
  for (let i = 0; i < keystrokes; i++) times.push(await type());
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
  console.log(
    `${linesArg} lines, ${keystrokes} keystrokes: didChange → publishDiagnostics p50 ${q(0.5)} ms, p95 ${q(0.95)} ms; CPU per keystroke ${((cpu.user + cpu.system) / 1000 / keystrokes).toFixed(3)} ms`,
  );
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
