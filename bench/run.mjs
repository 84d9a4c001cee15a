// `npm run bench`: Kernel Lens (dist/server.js) against docker-langserver over stdio, the in-process
// floor (dockerfile-ast parse, Kernel Lens analysis cold and warm), and the CLI's throughput.
// Prints one table, writes bench/results.json and regenerates the README's performance section.
//
//   node bench/run.mjs [--smoke | --quick] [--no-readme] [--no-build] [--sizes=100,1000] [--rounds=3] [--cold-starts=5] [--out=path]
//
// --smoke: smallest size, one repeat, a handful of edits, no README update; writes
// bench/generated/results-smoke.json unless --out is given. --quick: fewer samples per session (for
// iterating on a change, e.g. `--quick --sizes 100,1000 --rounds 5`), no README update, writes
// bench/generated/results-quick.json. --rounds=N: every server session N times per size, the servers
// alternating, each number the median over the rounds (the machine is shared: pair and repeat); --cold-starts=N: the startup,
// cold-open and didOpen numbers from N open-only starts per server (5; smoke 1), see measureColdOpens. No wall-clock assertion anywhere:
// the numbers are reported, and the goals are judged in the printed checklist only.
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { editSite, generateDockerfile, generateTypical } from './generate.mjs';
import { computeRatios, evaluateGoals, KL, KL_PLAIN, OTHER, renderGoals, renderMachine, renderTable } from './report.mjs';
import { median, medianOfRounds } from './stats.mjs';
import { updateReadme } from './update-readme.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const generatedDir = path.join(benchDir, 'generated');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
/** `--name=value` or `--name value`. */
const option = (name) => {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined;
};
const smoke = flag('smoke');
const quick = !smoke && flag('quick');

const config = smoke
  ? {
      sizes: [100],
      keystrokes: 5,
      hovers: 3,
      pacedKeystrokes: 5,
      pacedIntervalMs: 20,
      burstEdits: 50,
      burstTimeoutMs: 20000,
      memoryEdits: 20,
      memorySize: 100,
      floorRepeats: 1,
      floorEdits: 3,
      cliFiles: 20,
      cliRuns: 1,
      coldStarts: 1,
    }
  : quick
    ? {
        sizes: [100, 1000],
        keystrokes: 30,
        hovers: 20,
        pacedKeystrokes: 20,
        pacedIntervalMs: 50,
        burstEdits: 200,
        burstTimeoutMs: 60000,
        memoryEdits: 0,
        memorySize: 0,
        floorRepeats: 5,
        floorEdits: 10,
        cliFiles: 100,
        cliRuns: 1,
        coldStarts: 5,
      }
    : {
        sizes: [100, 1000, 10000, 50000],
        keystrokes: 50,
        hovers: 50,
        pacedKeystrokes: 50,
        pacedIntervalMs: 50,
        burstEdits: 1000,
        burstTimeoutMs: 60000,
        memoryEdits: 1000,
        memorySize: 10000,
        floorRepeats: null,
        floorEdits: 50,
        cliFiles: 1000,
        cliRuns: 3,
        coldStarts: 5,
      };
if (option('sizes')) config.sizes = option('sizes').split(',').map(Number);
config.rounds = Math.max(1, Number(option('rounds') ?? 1) || 1);
if (option('cold-starts')) config.coldStarts = Math.max(1, Number(option('cold-starts')) || 1);
config.pacedRate = `at ${Math.round(1000 / config.pacedIntervalMs)} keystrokes/s`;
/** Whole-file repeats: more for small files, where a single run is short and noisy. */
const floorRepeats = (lines) => config.floorRepeats ?? (lines <= 100 ? 50 : lines <= 1000 ? 30 : lines <= 10000 ? 10 : 5);
/** The target the servers analyse for: a fixed preset, so results do not depend on this machine's kernel. */
const settings = { target: 'rhel8' };

/** Node flags and environment the extension starts the server with: the bench measures the server as users run it. */
const serverProcess = JSON.parse(fs.readFileSync(path.join(root, 'client', 'src', 'serverProcess.json'), 'utf8'));

const outFile = option('out')
  ? path.resolve(option('out'))
  : smoke || quick
    ? path.join(generatedDir, `results-${smoke ? 'smoke' : 'quick'}.json`)
    : path.join(benchDir, 'results.json');

/**
 * Kernel Lens's V8 code cache (server/src/runtime/codeCache.ts) for this run only, warmed before the
 * first size: a run does not read what an earlier run (or another checkout's) left in the user's cache.
 * One directory per way of starting, so neither start reads, rewrites or prunes the other's cache.
 */
const codeCacheRoot = path.join(generatedDir, `code-cache-${process.pid}`);
const codeCacheDir = (name) => path.join(codeCacheRoot, name);

const servers = {
  // Started the way the VS Code extension starts it (client/src/serverProcess.json), over stdio.
  [KL]: {
    command: process.execPath,
    args: [...serverProcess.flags, path.join(root, 'dist', 'server.js'), '--stdio'],
    env: { ...serverProcess.env, KERNEL_LENS_CACHE_DIR: codeCacheDir('extension') },
    diagnosticsMode: 'version',
    settings,
  },
  [OTHER]: {
    command: process.execPath,
    args: [path.join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
    diagnosticsMode: 'count',
  },
  // Started plainly, as Neovim, Helix or Emacs users start it: no Node flags, no environment (but the run's own code cache).
  [KL_PLAIN]: {
    command: process.execPath,
    args: [path.join(root, 'dist', 'server.js'), '--stdio'],
    env: { KERNEL_LENS_CACHE_DIR: codeCacheDir('plain') },
    diagnosticsMode: 'version',
    settings,
  },
};

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

/** Run a TypeScript part in its own process (config in a JSON file); it prints one JSON line. */
let childCount = 0;
function runChild(script, cfg) {
  const cfgFile = path.join(generatedDir, `config-${process.pid}-${childCount++}.json`);
  fs.writeFileSync(cfgFile, JSON.stringify(cfg));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, script), cfgFile], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      fs.rmSync(cfgFile, { force: true });
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) {
        try {
          return resolve(JSON.parse(last));
        } catch {
          /* fall through */
        }
      }
      reject(new Error(`${script} exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

/** The servers under test are the built bundles: build them (a full run always does, so the numbers match the source; smoke mode only when missing — `npm test` has just built). */
function ensureBuilt() {
  const present = fs.existsSync(path.join(root, 'dist', 'server.js')) && fs.existsSync(path.join(root, 'dist', 'cli.js'));
  if (flag('no-build') || (smoke && present)) return;
  log('building dist/');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function writeGenerated(lines) {
  fs.mkdirSync(generatedDir, { recursive: true });
  const { text, meta } = generateDockerfile(lines);
  const file = path.join(generatedDir, `bench-${lines}.Dockerfile`);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  const site = editSite(meta, text.split('\n'));
  return { file, meta, site };
}

function machineInfo() {
  const cpus = os.cpus();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const other = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'package.json'), 'utf8'));
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    kernelLensVersion: pkg.version,
    kernelLensNodeFlags: serverProcess.flags,
    kernelLensEnv: serverProcess.env,
    otherVersion: other.version,
  };
}

/**
 * Kernel Lens keeps a V8 code cache of its bundles (server/src/runtime/codeCache.ts): a user's very
 * first start compiles them, every later start reads the cache. The sessions measure later starts
 * (the cache is warmed once per way of starting, untimed, before any size); the first start is
 * measured on its own, with an empty cache directory each time.
 */
const firstStartCacheRoot = path.join(generatedDir, `first-start-cache-${process.pid}`);

function sessionConfig(name, server, _lines, file, meta, site, extra = {}) {
  return {
    server: name,
    ...server,
    file,
    meta: { lines: meta.lines, fromLines: meta.fromLines, kernelCommands: meta.kernelCommands },
    site,
    keystrokes: config.keystrokes,
    hovers: config.hovers,
    paced: { keystrokes: config.pacedKeystrokes, intervalMs: config.pacedIntervalMs },
    burst: { edits: config.burstEdits, timeoutMs: config.burstTimeoutMs },
    memoryEdits: 0,
    timeoutMs: 120000,
    ...extra,
  };
}

async function warmCodeCaches() {
  const { file, meta, site } = writeGenerated(config.sizes[0]);
  for (const name of [KL, KL_PLAIN]) {
    log(`warming ${name}'s code cache (untimed)`);
    await runChild('lspSession.ts', sessionConfig(name, servers[name], config.sizes[0], file, meta, site, { openOnly: true }));
  }
}

/** Cold open with no code cache (a fresh, empty cache directory per start): Kernel Lens as the extension starts it. */
async function measureFirstStart(lines, file, meta, site) {
  const times = { coldOpenMs: [], openMs: [], startupMs: [] };
  for (let round = 0; round < Math.max(config.rounds, config.coldStarts); round++) {
    const cacheDir = path.join(firstStartCacheRoot, `${lines}-${round}`);
    const server = servers[KL];
    const r = await runChild(
      'lspSession.ts',
      sessionConfig(`${KL}-first-start`, { ...server, env: { ...server.env, KERNEL_LENS_CACHE_DIR: cacheDir } }, lines, file, meta, site, {
        openOnly: true,
      }),
    );
    for (const k of Object.keys(times)) times[k].push(r[k]);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** What a cold open measures: each is the median over config.coldStarts starts (measureColdOpens). */
const COLD_OPEN_FIELDS = ['startupMs', 'coldOpenMs', 'coldOpenCpuMs', 'openMs'];

/**
 * The cold-open numbers (spawn → initialize → first diagnostics) from open-only starts, the servers
 * alternating, the median per server replacing the full session's single start. One start per
 * server made these rows: a start is a few hundred milliseconds on a shared machine, and the
 * first measured start of a run (the 100-line session) read 30-40 ms more main-thread CPU than the
 * same start did at the other sizes, which later starts did not reproduce.
 */
async function measureColdOpens(lines, file, meta, site, sessions) {
  const starts = {};
  for (let round = 0; round < config.coldStarts; round++) {
    for (const [name, server] of Object.entries(servers)) {
      log(`${lines} lines: ${name} cold open (start ${round + 1} of ${config.coldStarts})`);
      const r = await runChild('lspSession.ts', sessionConfig(name, server, lines, file, meta, site, { openOnly: true }));
      for (const k of COLD_OPEN_FIELDS) if (typeof r[k] === 'number') ((starts[name] ??= {})[k] ??= []).push(r[k]);
    }
  }
  for (const [name, fields] of Object.entries(starts)) {
    if (!sessions[name]) continue;
    for (const [k, values] of Object.entries(fields)) sessions[name][k] = median(values);
    sessions[name].coldOpenStarts = fields;
  }
}

async function measureSize(lines) {
  const { file, meta, site } = writeGenerated(lines);
  log(`${lines} lines: floor (in-process)`);
  const floor = await runChild('floor.ts', { file, site, repeats: floorRepeats(lines), edits: config.floorEdits, settings });
  const rounds = {};
  for (let round = 0; round < config.rounds; round++) {
    for (const [name, server] of Object.entries(servers)) {
      log(`${lines} lines: ${name} over stdio${config.rounds > 1 ? ` (round ${round + 1} of ${config.rounds})` : ''}`);
      const session = await runChild(
        'lspSession.ts',
        sessionConfig(name, server, lines, file, meta, site, {
          // The memory-growth phase once, in the first round.
          memoryEdits: name === KL && lines === config.memorySize && round === 0 ? config.memoryEdits : 0,
        }),
      );
      for (const e of session.errors) log(`  ${name}: ${e}`);
      (rounds[name] ??= []).push(session);
    }
  }
  const sessions = Object.fromEntries(Object.entries(rounds).map(([name, list]) => [name, medianOfRounds(list)]));
  await measureColdOpens(lines, file, meta, site, sessions);
  log(`${lines} lines: ${KL}, first start (no code cache)`);
  const firstStart = await measureFirstStart(lines, file, meta, site);
  if (sessions[KL]) sessions[KL].firstStart = firstStart;
  return { lines, file: path.relative(root, file), stages: meta.stages, site, floor, sessions };
}

/** Files per second of `kernel-lens check <dir>` over many typical Dockerfiles. */
function measureCli() {
  const dir = path.join(generatedDir, `cli-${config.cliFiles}`);
  fs.mkdirSync(dir, { recursive: true });
  let minLines = Infinity;
  let maxLines = 0;
  for (let i = 0; i < config.cliFiles; i++) {
    const { text, meta } = generateTypical(i);
    minLines = Math.min(minLines, meta.lines);
    maxLines = Math.max(maxLines, meta.lines);
    const f = path.join(dir, `svc-${String(i).padStart(4, '0')}.Dockerfile`);
    if (!fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== text) fs.writeFileSync(f, text);
  }
  const cli = path.join(root, 'dist', 'cli.js');
  // `--format json` when the CLI supports it (it prints parseable JSON and does not exit with usage error 2).
  const probe = spawnSync(process.execPath, [cli, 'check', '--format', 'json', path.join(dir, 'svc-0000.Dockerfile')], {
    encoding: 'utf8',
  });
  let format;
  try {
    if (probe.status !== 2) JSON.parse(probe.stdout), (format = 'json');
  } catch {
    format = undefined;
  }
  const args = [cli, 'check', ...(format ? ['--format', format] : []), dir];
  const times = [];
  let status;
  let outputBytes = 0;
  for (let i = 0; i < config.cliRuns; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    times.push(performance.now() - t);
    status = r.status;
    outputBytes = r.stdout?.length ?? 0;
    if (r.status !== 0 && r.status !== 1) log(`cli exited with ${r.status}: ${r.stderr?.slice(-500)}`);
  }
  const medianMs = median(times);
  return {
    files: config.cliFiles,
    minLines,
    maxLines,
    format,
    runs: config.cliRuns,
    timesMs: times,
    medianMs,
    filesPerSecond: (config.cliFiles / medianMs) * 1000,
    exitStatus: status,
    outputBytes,
  };
}

async function main() {
  const t0 = performance.now();
  ensureBuilt();
  const sizes = [];
  await warmCodeCaches();
  try {
    for (const lines of config.sizes) sizes.push(await measureSize(lines));
  } finally {
    fs.rmSync(firstStartCacheRoot, { recursive: true, force: true });
    fs.rmSync(codeCacheRoot, { recursive: true, force: true });
  }
  log(`CLI over ${config.cliFiles} files`);
  const cli = measureCli();
  const results = {
    schema: 1,
    mode: smoke ? 'smoke' : quick ? 'quick' : 'full',
    machine: machineInfo(),
    config: { ...config, settings },
    sizes,
    cli,
  };
  results.ratios = computeRatios(results);
  results.goals = evaluateGoals(results);
  results.durationS = Math.round((performance.now() - t0) / 100) / 10;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');

  process.stdout.write(
    `\n${renderMachine(results)}\n\n${renderTable(results)}\n\nGoals:\n${renderGoals(results.goals)}\n\nwrote ${path.relative(process.cwd(), outFile)} in ${results.durationS} s\n`,
  );
  if (!smoke && !quick && !flag('no-readme')) updateReadme(results, path.join(root, 'README.md'));
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
