/**
 * What one keystroke costs the server in a small file: main-thread CPU time (/proc schedstat, Linux)
 * per edit and the wall-clock time from sending a one-character didChange to receiving the
 * diagnostics of that version, over many keystrokes typed one after another (each sent when the
 * previous one's diagnostics arrived, as the bench types). Several builds are compared by alternating
 * sessions (A B A B …), each given as a dist/ directory, as bench/coldOpenCpu.ts takes them. CPU time
 * per edit is the steady measure on a shared machine; the wall-clock p50 is printed beside it, and the
 * session's peak and final resident memory (VmHWM, VmRSS).
 *
 *   node --import tsx bench/keystrokeCpu.ts [--rounds=4] [--lines=100] [--keys=1000] [--plain] [--cpu-prof=dir] distA [distB]
 *
 * --plain: `node dist/server.js --stdio` with no flags (else as the extension starts it,
 * client/src/serverProcess.json). --cpu-prof: each session also writes a V8 CPU profile there.
 * --node-flags='--a --b': extra Node flags for every start; `distA::--a --b`: flags for that build's starts only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../test/support/lspClient';
import { editSite, generateDockerfile } from './generate.mjs';
import { mainThreadCpuMs, readStatusKiB } from './lspSession';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(opt('rounds') ?? 4);
const lines = Number(opt('lines') ?? 100);
const keys = Number(opt('keys') ?? 1000);
const plain = argv.includes('--plain');
const profDir = opt('cpu-prof');
const nodeFlags = (opt('node-flags') ?? '').split(' ').filter(Boolean);
/** `dir` or `dir::--flag --flag`: a build, with Node flags of its own (to A/B a V8 flag on one build). */
const dists = argv.filter((a) => !a.startsWith('--'));
if (dists.length === 0) dists.push(path.resolve(__dirname, '..', 'dist'));

const serverProcess = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'client', 'src', 'serverProcess.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-keystroke-'));
const file = path.join(work, `bench-${lines}.Dockerfile`);
const { text, meta } = generateDockerfile(lines);
const site = editSite(meta, text.split('\n'));
fs.writeFileSync(file, text);

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function session(spec: string, cacheDir: string) {
  const [dir, own = ''] = spec.split('::');
  const dist = path.resolve(dir);
  const prof = profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : [];
  const client = await LspTestClient.start({
    command: process.execPath,
    args: [
      ...(plain ? [] : serverProcess.flags),
      ...nodeFlags,
      ...own.split(' ').filter(Boolean),
      ...prof,
      path.join(dist, 'server.js'),
      '--stdio',
    ],
    env: { ...(plain ? {} : serverProcess.env), KERNEL_LENS_CACHE_DIR: cacheDir },
    settings: { target: 'rhel8' },
  });
  const pid = client.proc.pid!;
  const uri = fileUri(file);
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, { version: 1, timeoutMs: 60000 });
  let version = 1;
  let column = site.character;
  // Resolved by the connection's own publishDiagnostics handler (no polling).
  let waiting: { version: number; resolve: () => void } | undefined;
  client.conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (waiting && (p.version ?? 0) >= waiting.version) waiting.resolve();
  });
  const type = async () => {
    const t = performance.now();
    const done = new Promise<void>((resolve) => (waiting = { version: version + 1, resolve }));
    const range = { start: { line: site.line, character: column }, end: { line: site.line, character: column } };
    column++;
    version = await client.change(uri, [{ range, text: 'abcdefghijklmnopqrstuvwxyz'[version % 26] }]);
    await done;
    return performance.now() - t;
  };
  for (let i = 0; i < 100; i++) await type(); // warm-up: caches, tiers, allocator
  const cpu0 = mainThreadCpuMs(pid) ?? Number.NaN;
  const walls: number[] = [];
  for (let i = 0; i < keys; i++) walls.push(await type());
  const cpu = ((mainThreadCpuMs(pid) ?? Number.NaN) - cpu0) / keys;
  const hwm = (readStatusKiB(pid, 'VmHWM') ?? Number.NaN) / 1024;
  const rss = (readStatusKiB(pid, 'VmRSS') ?? Number.NaN) / 1024;
  await client.shutdown();
  return { cpu, p50: median(walls), hwm, rss };
}

async function main() {
  const results = dists.map(() => ({ cpu: [] as number[], p50: [] as number[], hwm: [] as number[], rss: [] as number[] }));
  const caches = dists.map((_, i) => path.join(work, `cache-${i}`));
  for (let i = 0; i < dists.length; i++) await session(dists[i], caches[i]); // untimed: writes the code cache
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < dists.length; i++) {
      const m = await session(dists[i], caches[i]);
      results[i].cpu.push(m.cpu);
      results[i].p50.push(m.p50);
      results[i].hwm.push(m.hwm);
      results[i].rss.push(m.rss);
    }
  }
  for (let i = 0; i < dists.length; i++) {
    const r = results[i];
    const f = (v: number[]) => v.map((x) => x.toFixed(3)).join(' ');
    console.log(
      `${dists[i]}: main-thread CPU per keystroke ${median(r.cpu).toFixed(3)} ms [${f(r.cpu)}]; wall p50 ${median(r.p50).toFixed(3)} ms [${f(r.p50)}]; VmHWM ${median(r.hwm).toFixed(1)} MiB, VmRSS at the end ${median(r.rss).toFixed(1)} MiB`,
    );
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
