/**
 * Where a session's peak memory comes from: one language server (a dist/ directory, as the extension
 * starts it or plainly) on a generated file, driven through the bench's workload (open, 50 keystrokes,
 * 50 hovers, 50 paced keystrokes with a code-action request each, a burst of 1,000 changes), with the
 * server's VmHWM and VmRSS read after the open, after each of the first ten keystrokes and after every
 * phase. With --probe the server also loads bench/peakProbe.cjs (NODE_OPTIONS=--require), which samples
 * its V8 heap every 5 ms and lists, on SIGUSR2 (sent at the end), the samples that raised the RSS and
 * every major collection with the heap it left; that sampling costs the server CPU, so the numbers of
 * a probed run are for reading, not for comparing builds. --trace-gc cannot be used here: V8 prints it
 * on stdout, which is the LSP channel.
 *
 *   node --import tsx bench/peakPhases.ts [--lines=50000] [--plain] [--short] [--probe] [--node-flags='--a --b'] [distDir]
 *
 * --short: open and keystrokes only. Prints one line per reading, then one JSON line with the final VmHWM.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../test/support/lspClient';
import { editSite, generateDockerfile } from './generate.mjs';
import { readStatusKiB } from './lspSession';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const lines = Number(opt('lines') ?? 50000);
const plain = argv.includes('--plain');
const short = argv.includes('--short');
const probe = argv.includes('--probe');
const nodeFlags = (opt('node-flags') ?? '').split(' ').filter(Boolean);
const dist = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', 'dist'));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const serverProcess = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'client', 'src', 'serverProcess.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-peak-'));
const file = path.join(work, `bench-${lines}.Dockerfile`);
const { text, meta } = generateDockerfile(lines);
const site = editSite(meta, text.split('\n'));
fs.writeFileSync(file, text);

async function start(): Promise<LspTestClient> {
  // A code cache of its own per build and way of starting, kept between runs (warm starts, as the bench measures).
  const cache = path.join(os.tmpdir(), `kl-peak-cache-${Buffer.from(dist).toString('hex').slice(-24)}-${plain ? 'plain' : 'ext'}`);
  const env: Record<string, string> = { ...(plain ? {} : serverProcess.env), KERNEL_LENS_CACHE_DIR: cache };
  if (probe) env.NODE_OPTIONS = `--require ${path.join(__dirname, 'peakProbe.cjs')}`;
  return LspTestClient.start({
    command: process.execPath,
    args: [...(plain ? [] : serverProcess.flags), ...nodeFlags, path.join(dist, 'server.js'), '--stdio'],
    env,
    settings: { target: 'rhel8' },
  });
}

/** Resolves when diagnostics of `version` or later arrive (the connection's own handler, no polling). */
function versionWatch(client: LspTestClient, uri: string): (version: number) => Promise<void> {
  let latest = 0;
  let waiters: { version: number; resolve: () => void }[] = [];
  client.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri !== uri) return;
    latest = Math.max(latest, p.version ?? 0);
    waiters = waiters.filter((w) => (latest >= w.version ? (w.resolve(), false) : true));
  });
  return (version) => (latest >= version ? Promise.resolve() : new Promise((resolve) => waiters.push({ version, resolve })));
}

async function main(): Promise<void> {
  const client = await start();
  const pid = client.proc.pid!;
  const uri = fileUri(file);
  const published = versionWatch(client, uri);
  const mark = (what: string) => {
    const hwm = (readStatusKiB(pid, 'VmHWM') ?? Number.NaN) / 1024;
    const rss = (readStatusKiB(pid, 'VmRSS') ?? Number.NaN) / 1024;
    console.log(`${what.padEnd(8)} VmHWM ${hwm.toFixed(1)} MiB  VmRSS ${rss.toFixed(1)} MiB`);
  };
  mark('started');
  let version = 1;
  await client.open(uri, text, version);
  await published(version);
  mark('open');
  let column = site.character;
  const type = async (ch: string) => {
    const at = { line: site.line, character: column++ };
    version = await client.change(uri, [{ range: { start: at, end: at }, text: ch }]);
    return version;
  };
  for (let i = 0; i < 50; i++) {
    await published(await type(LETTERS[i % 26]));
    if (i < 10 || i % 10 === 9) mark(`key ${i + 1}`);
  }
  if (!short) await otherPhases(client, uri, type, published, mark);
  const hwm = (readStatusKiB(pid, 'VmHWM') ?? Number.NaN) / 1024;
  if (probe) {
    client.proc.kill('SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.stdout.write(client.stderr);
  }
  await client.shutdown();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify({ dist, lines, plain, peakRssMiB: Number(hwm.toFixed(1)) }));
}

/** The bench's hovers, paced typing with a request per keystroke, and burst (bench/lspSession.ts). */
async function otherPhases(
  client: LspTestClient,
  uri: string,
  type: (ch: string) => Promise<number>,
  published: (version: number) => Promise<void>,
  mark: (what: string) => void,
): Promise<void> {
  for (const line of meta.fromLines.slice(0, 50)) await client.hover(uri, line, 1);
  mark('hovers');
  const t0 = Date.now();
  const pending: Promise<unknown>[] = [];
  const here = { start: { line: site.line, character: 0 }, end: { line: site.line, character: 0 } };
  for (let i = 0; i < 50; i++) {
    const wait = t0 + i * 50 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(published(await type(LETTERS[(i + 7) % 26])));
    pending.push(client.codeActions(uri, here, [], ['quickfix']));
  }
  await Promise.all(pending);
  mark('paced');
  let last = 0;
  const burst: Promise<number>[] = [];
  for (let i = 0; i < 1000; i++) burst.push(type(LETTERS[i % 26]).then((v) => (last = Math.max(last, v))));
  await Promise.all(burst);
  await published(last);
  mark('burst');
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
