/**
 * Cold-open CPU of Kernel Lens's server, split at the initialize answer: main-thread CPU time
 * (/proc schedstat, Linux) from spawn to the initialize answer and from there to the first
 * diagnostics of a generated bench file, over several starts. CPU time, not wall-clock: on a shared
 * machine it is what a change to the start path moves. Two builds can be compared by alternating
 * starts (A B A B …), each given as a dist/ directory (a copy of another checkout's dist/ works if
 * the copy is still named `dist`: dist/server.js loads its bundles from beside itself only then).
 * Also printed: the main-thread CPU from the initialize answer to the first diagnostics (what
 * didOpen → first diagnostics costs the server, initialized included) and that span's wall-clock time.
 *
 *   node --import tsx bench/coldOpenCpu.ts [--rounds=8] [--lines=100] [--plain] [--no-cache] [--cpu-prof=dir] distA [distB]
 *
 * --plain: `node dist/server.js --stdio` with no flags (else as the extension starts it,
 * client/src/serverProcess.json). --no-cache: an empty code-cache directory every start (a user's
 * very first start); else one warmed cache directory per dist. --cpu-prof: each start also writes a
 * V8 CPU profile there (read it with bench/profile-summary.mjs). --node-flags='--a --b': extra Node flags.
 * --other: also start the other server (docker-langserver, as bench/run.mjs starts it) in turn with the
 * dist/ directories, measured the same way (its CPU is the target of the cold-open goal).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../test/support/lspClient';
import { generateDockerfile } from './generate.mjs';
import { mainThreadCpuMs, readStatusKiB } from './lspSession';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(opt('rounds') ?? 8);
const lines = Number(opt('lines') ?? 100);
const plain = argv.includes('--plain');
const noCache = argv.includes('--no-cache');
const profDir = opt('cpu-prof');
/** Extra Node flags for every start (space-separated), e.g. to try a V8 flag. */
const nodeFlags = (opt('node-flags') ?? '').split(' ').filter(Boolean);
const dists = argv.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
if (dists.length === 0) dists.push(path.resolve(__dirname, '..', 'dist'));
/** Stands for the other server in `dists` (--other). */
const OTHER = 'docker-langserver';
if (argv.includes('--other')) dists.push(OTHER);
const otherBin = path.join(__dirname, '..', 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver');

const serverProcess = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'client', 'src', 'serverProcess.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-coldopen-'));
const file = path.join(work, `bench-${lines}.Dockerfile`);
const text = generateDockerfile(lines).text;
fs.writeFileSync(file, text);

/** Total CPU (user + system, all threads) of the process so far, ms. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function start(dist: string, cacheDir: string) {
  const other = dist === OTHER;
  const flags = [...(plain || other ? [] : serverProcess.flags), ...nodeFlags];
  // The same flags every start (the code cache is keyed by them): profiles get V8's own names, in start order.
  const prof = profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : [];
  const env = { ...(plain || other ? {} : serverProcess.env), KERNEL_LENS_CACHE_DIR: cacheDir };
  const client = await LspTestClient.start({
    command: process.execPath,
    args: [...flags, ...prof, other ? otherBin : path.join(dist, 'server.js'), '--stdio'],
    env,
    settings: { target: 'rhel8' },
  });
  const pid = client.proc.pid!;
  const init = mainThreadCpuMs(pid) ?? Number.NaN;
  const uri = fileUri(file);
  const t0 = performance.now();
  await client.open(uri, text, 1);
  // The other server publishes without a version: its first publish answers didOpen.
  await client.waitForDiagnostics(uri, { version: other ? undefined : 1, timeoutMs: 60000 });
  const wall = performance.now() - t0;
  const open = mainThreadCpuMs(pid) ?? Number.NaN;
  const all = processCpuMs(pid) ?? Number.NaN;
  const hwm = (readStatusKiB(pid, 'VmHWM') ?? Number.NaN) / 1024;
  await client.shutdown();
  return { init, open, all, hwm, wall };
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const results = dists.map(() => ({
    init: [] as number[],
    open: [] as number[],
    all: [] as number[],
    hwm: [] as number[],
    didOpen: [] as number[],
    wall: [] as number[],
  }));
  const caches = dists.map((_, i) => path.join(work, `cache-${i}`));
  if (!noCache) for (let i = 0; i < dists.length; i++) await start(dists[i], caches[i]); // untimed: writes the cache
  // The cache is written 2 s after the bundle loads or at exit: the warming start above exited, so it is there.
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < dists.length; i++) {
      const cacheDir = noCache ? path.join(work, `empty-${r}-${i}`) : caches[i];
      const m = await start(dists[i], cacheDir);
      results[i].init.push(m.init);
      results[i].open.push(m.open);
      results[i].all.push(m.all);
      results[i].hwm.push(m.hwm);
      results[i].didOpen.push(m.open - m.init);
      results[i].wall.push(m.wall);
    }
  }
  for (let i = 0; i < dists.length; i++) {
    const r = results[i];
    const f = (v: number[]) => v.map((x) => x.toFixed(0)).join(' ');
    console.log(
      `${dists[i]}: main-thread CPU spawn→initialize ${median(r.init).toFixed(0)} ms [${f(r.init)}], spawn→first diagnostics ${median(r.open).toFixed(0)} ms [${f(r.open)}], all threads ${median(r.all).toFixed(0)} ms, VmHWM ${median(r.hwm).toFixed(1)} MiB [${r.hwm.map((x) => x.toFixed(1)).join(' ')}]; initialize answer→first diagnostics: main-thread CPU ${median(r.didOpen).toFixed(0)} ms [${f(r.didOpen)}], wall (didOpen sent→diagnostics) ${median(r.wall).toFixed(0)} ms [${f(r.wall)}]`,
    );
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
