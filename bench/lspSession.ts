/**
 * One benchmark session: one language server, one generated Dockerfile, driven over stdio by the
 * same LSP client the protocol tests use. Run as its own process so neither the client's heap nor
 * an earlier session disturbs the numbers:
 *
 *   node --import tsx bench/lspSession.ts <SessionConfig.json>
 *
 * Prints one JSON line (SessionResult) on stdout. Every wait is event-driven (resolved from the
 * publishDiagnostics handler, timestamped on arrival), never a poll or a fixed sleep.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspTestClient, fileUri } from '../test/support/lspClient';
import { summarize, type Summary } from './stats.mjs';

export interface SessionConfig {
  /** Label used in the results. */
  server: string;
  command: string;
  args: string[];
  /** Extra environment for the server process (as the VS Code extension sets it). */
  env?: Record<string, string>;
  /** 'version': the server publishes diagnostics with the document version (wait for that version).
   *  'count': it publishes once per change without a version (wait for the n-th publish). */
  diagnosticsMode: 'version' | 'count';
  settings?: unknown;
  file: string;
  /** Generator meta (bench/generate.mjs): fromLines, kernelCommands, edit site. */
  meta: { lines: number; fromLines: number[]; kernelCommands: { line: number; character: number }[] };
  site: { line: number; character: number };
  keystrokes: number;
  hovers: number;
  paced: { keystrokes: number; intervalMs: number };
  burst: { edits: number; timeoutMs: number };
  /** Only start, open and wait for the first diagnostics (for cold-open measurements), then shut down. */
  openOnly?: boolean;
  /** Edits for the memory-growth phase (0: skip). */
  memoryEdits: number;
  timeoutMs: number;
}

export interface SessionResult {
  server: string;
  lines: number;
  pid: number;
  startupMs: number;
  openMs: number;
  /** Spawn → first diagnostics of the document (initialize, initialized and didOpen sent as soon as possible): what a user sees on opening a file in a fresh editor. */
  coldOpenMs: number;
  /** CPU time of the server's main thread from spawn to the first diagnostics (Linux: /proc schedstat; read when they arrive). Less disturbed by a busy machine than the wall-clock time. */
  coldOpenCpuMs?: number;
  diagnosticsAtOpen: number;
  keystrokeMs: Summary;
  hoverFromMs: Summary & { answered: number };
  hoverCommandMs: Summary & { answered: number };
  /** Typing at a fixed pace with a cheap request (quick-fix code actions) after every keystroke. */
  paced: { intervalMs: number; requestMs: Summary; diagnosticsMs: Summary };
  burst: { sent: number; timeMs?: number; published: number; timedOut: boolean };
  /** VmHWM after the common workload (open, typing, hovers, burst). */
  peakRssKiB?: number;
  /**
   * RSS sampled every 10% of the edits. One before/after pair mostly measures where the garbage
   * collector happens to be; the growth is the median of the last three samples minus the median
   * of the first three (a leak shows as a trend, GC headroom as noise around a level).
   */
  memory?: { edits: number; rssBeforeKiB?: number; rssAfterKiB?: number; growthKiB?: number; rssSamplesKiB: number[]; peakRssKiB?: number };
  errors: string[];
}

interface Publish {
  t: number;
  version?: number;
  count: number;
  diagnostics: number;
}

/** Watches publishDiagnostics for one URI; resolves waiters the moment a matching publish arrives. */
class DiagnosticsWatch {
  count = 0;
  log: Publish[] = [];
  private waiters: { match: (p: Publish) => boolean; resolve: (p: Publish) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(
    client: LspTestClient,
    private readonly uri: string,
  ) {
    // Replaces the client's own handler (one handler per method), so keep its bookkeeping too.
    client.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const t = performance.now();
      const prev = client.diagnostics.get(p.uri);
      client.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics, count: (prev?.count ?? 0) + 1 });
      if (p.uri !== this.uri) return;
      const pub: Publish = { t, version: p.version, count: ++this.count, diagnostics: p.diagnostics.length };
      this.log.push(pub);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(pub)) return true;
        w.resolve(pub);
        return false;
      });
    });
    // A server that dies fails every wait at once, with its last words.
    client.proc.once('exit', (code, signal) => {
      this.failure = new Error(`server exited (code ${code}, signal ${signal}); stderr: ${client.stderr.slice(-1500)}`);
      for (const w of this.waiters) w.reject(this.failure);
      this.waiters = [];
    });
  }

  /** The first publish (already received or future) that matches. */
  waitFor(match: (p: Publish) => boolean, timeoutMs: number, what: string): Promise<Publish> {
    const seen = this.log.find(match);
    if (seen) return Promise.resolve(seen);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(
          new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last publish: ${JSON.stringify(this.log[this.log.length - 1])})`),
        );
      }, timeoutMs);
      const done = (p: Publish) => {
        clearTimeout(timer);
        resolve(p);
      };
      this.waiters.push({
        match,
        resolve: done,
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }
}

export function readStatusKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time the process's main thread has used so far (ms), from /proc/<pid>/task/<pid>/schedstat; undefined where there is none. */
export function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const ns = Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** Evenly spaced sample of at most n items. */
/**
 * n positions spread over the items; fewer items than n are taken in turn until there are n (a 100-line file has two FROM
 * lines: two samples of a sub-millisecond hover would make its p50 and p95 noise).
 */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length === 0) return [];
  if (items.length <= n) return Array.from({ length: n }, (_, i) => items[i % items.length]);
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export async function runSession(cfg: SessionConfig): Promise<SessionResult> {
  const text = fs.readFileSync(cfg.file, 'utf8');
  const uri = fileUri(cfg.file);
  const errors: string[] = [];

  const t0 = performance.now();
  const client = await LspTestClient.start({ command: cfg.command, args: cfg.args, env: cfg.env, settings: cfg.settings });
  const startupMs = performance.now() - t0;
  const pid = client.proc.pid!;
  const watch = new DiagnosticsWatch(client, uri);

  // Waits for the diagnostics answering edit number `n` (1-based count of changes incl. didOpen) at `version`.
  const publishFor = (version: number, nth: number, timeoutMs = cfg.timeoutMs) =>
    cfg.diagnosticsMode === 'version'
      ? // a server that drops superseded versions answers an edit with the first publish at or after it
        watch.waitFor((p) => (p.version ?? 0) >= version, timeoutMs, `diagnostics of version ${version} or later`)
      : watch.waitFor((p) => p.count >= nth, timeoutMs, `publish #${nth}`);

  let version = 1;
  let changes = 1; // didOpen counts as the first change for 'count' mode
  const tOpen = performance.now();
  await client.open(uri, text, version);
  const opened = await publishFor(version, changes);
  const openMs = opened.t - tOpen;
  const coldOpenMs = opened.t - t0;
  const coldOpenCpuMs = mainThreadCpuMs(pid);
  if (cfg.openOnly) {
    // The peak so far (read before the server exits): the start and the first analysis, a cold open's memory.
    const openPeakRssKiB = readStatusKiB(pid, 'VmHWM');
    await client.shutdown();
    return {
      server: cfg.server,
      lines: cfg.meta.lines,
      pid,
      startupMs,
      openMs,
      coldOpenMs,
      coldOpenCpuMs,
      diagnosticsAtOpen: opened.diagnostics,
      peakRssKiB: openPeakRssKiB,
    } as SessionResult;
  }

  // Typing: single characters inserted before the trailing backslash of a package line in the middle of a RUN chain.
  let column = cfg.site.character;
  const typeOne = async (ch: string) => {
    const tSend = performance.now();
    version = await client.change(uri, [
      { range: { start: { line: cfg.site.line, character: column }, end: { line: cfg.site.line, character: column } }, text: ch },
    ]);
    column++;
    changes++;
    return { tSend, version, nth: changes };
  };
  const keystrokes: number[] = [];
  for (let i = 0; i < cfg.keystrokes; i++) {
    const k = await typeOne(LETTERS[i % LETTERS.length]);
    const p = await publishFor(k.version, k.nth);
    keystrokes.push(p.t - k.tSend);
  }

  // Hovers on FROM lines and on the kernel-relevant command words (the document is settled).
  const hoverAt = async (positions: { line: number; character: number }[]) => {
    const times: number[] = [];
    let answered = 0;
    for (const pos of positions) {
      const t = performance.now();
      const h = await client.hover(uri, pos.line, pos.character);
      times.push(performance.now() - t);
      if (h) answered++;
    }
    return { ...summarize(times), answered };
  };
  const fromPositions = spread(cfg.meta.fromLines, cfg.hovers).map((line) => ({ line, character: 1 }));
  const commandPositions = spread(cfg.meta.kernelCommands, cfg.hovers).map((c) => ({ line: c.line, character: c.character }));
  // One untimed round first so neither server pays for lazy initialisation inside the sample.
  await client.hover(uri, fromPositions[0]?.line ?? 0, 1);
  const hoverFromMs = await hoverAt(fromPositions);
  const hoverCommandMs = await hoverAt(commandPositions);

  // Paced typing: a keystroke every intervalMs, each followed at once by a quick-fix code-action
  // request (what an editor sends as the cursor moves). The request's latency shows whether the
  // server's event loop is free while it analyses, i.e. whether typing ever waits on it.
  const requestMs: number[] = [];
  const pacedDiagnostics: Promise<number>[] = [];
  const requests: Promise<void>[] = [];
  const pacedStart = performance.now();
  for (let i = 0; i < cfg.paced.keystrokes; i++) {
    const due = pacedStart + i * cfg.paced.intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const k = await typeOne(LETTERS[(i + 7) % LETTERS.length]);
    pacedDiagnostics.push(publishFor(k.version, k.nth).then((p) => p.t - k.tSend));
    const tReq = performance.now();
    const range = { start: { line: cfg.site.line, character: 0 }, end: { line: cfg.site.line, character: 0 } };
    requests.push(client.codeActions(uri, range, [], ['quickfix']).then(() => void requestMs.push(performance.now() - tReq)));
  }
  await Promise.all(requests);
  const pacedDiagMs = await Promise.all(pacedDiagnostics);

  // Burst: many changes back to back; only the newest version needs analysing.
  const burst = { sent: cfg.burst.edits, timeMs: undefined as number | undefined, published: 0, timedOut: false };
  const before = watch.count;
  const tBurst = performance.now();
  let last = { version, nth: changes };
  for (let i = 0; i < cfg.burst.edits; i++) {
    const ch = LETTERS[i % LETTERS.length];
    const range = { start: { line: cfg.site.line, character: column }, end: { line: cfg.site.line, character: column } };
    column++;
    changes++;
    // Not awaited: the notifications go out back to back.
    void client.change(uri, [{ range, text: ch }]);
    version++;
    last = { version, nth: changes };
  }
  try {
    const p = await publishFor(last.version, last.nth, cfg.burst.timeoutMs);
    burst.timeMs = p.t - tBurst;
    burst.published = watch.log.filter((x) => x.count > before && x.count <= p.count).length;
  } catch (e) {
    burst.timedOut = true;
    burst.published = watch.count - before;
    errors.push(`burst: ${(e as Error).message}`);
  }
  const peakRssKiB = readStatusKiB(pid, 'VmHWM');

  // Memory growth across many edits of the same document (insert, then delete, the same character).
  if (client.proc.exitCode !== null) throw new Error(`server exited during the session: ${client.stderr.slice(-1500)}`);
  let memory: SessionResult['memory'];
  if (cfg.memoryEdits > 0 && !burst.timedOut) {
    const edit = async (i: number) => {
      const insert = i % 2 === 0;
      const range = insert
        ? { start: { line: cfg.site.line, character: column }, end: { line: cfg.site.line, character: column } }
        : { start: { line: cfg.site.line, character: column }, end: { line: cfg.site.line, character: column + 1 } };
      const tSend = performance.now();
      version = await client.change(uri, [{ range, text: insert ? 'x' : '' }]);
      changes++;
      await publishFor(version, changes);
      return performance.now() - tSend;
    };
    for (let i = 0; i < 100; i++) await edit(i); // warm-up: caches, JIT, allocator settle
    const samples: number[] = [];
    const sample = () => {
      const v = readStatusKiB(pid, 'VmRSS');
      if (v !== undefined) samples.push(v);
    };
    const every = Math.max(1, Math.floor(cfg.memoryEdits / 10));
    sample();
    for (let i = 0; i < cfg.memoryEdits; i++) {
      await edit(i);
      if ((i + 1) % every === 0) sample();
    }
    const mid3 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const rssBeforeKiB = samples.length ? mid3(samples.slice(0, 3)) : undefined;
    const rssAfterKiB = samples.length ? mid3(samples.slice(-3)) : undefined;
    memory = {
      edits: cfg.memoryEdits,
      rssBeforeKiB,
      rssAfterKiB,
      growthKiB: rssBeforeKiB !== undefined && rssAfterKiB !== undefined ? rssAfterKiB - rssBeforeKiB : undefined,
      rssSamplesKiB: samples,
      peakRssKiB: readStatusKiB(pid, 'VmHWM'),
    };
  }

  if (burst.timedOut) client.proc.kill('SIGKILL');
  await client.shutdown();
  return {
    server: cfg.server,
    lines: cfg.meta.lines,
    pid,
    startupMs,
    openMs,
    coldOpenMs,
    coldOpenCpuMs,
    diagnosticsAtOpen: opened.diagnostics,
    keystrokeMs: summarize(keystrokes),
    hoverFromMs,
    hoverCommandMs,
    paced: { intervalMs: cfg.paced.intervalMs, requestMs: summarize(requestMs), diagnosticsMs: summarize(pacedDiagMs) },
    burst,
    peakRssKiB,
    memory,
    errors,
  };
}

if (require.main === module) {
  // The config is a JSON file (too big for a command line: it lists every hover position).
  const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as SessionConfig;
  runSession(cfg).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
      process.exit(1);
    },
  );
}
