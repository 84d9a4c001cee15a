/**
 * Loads a CommonJS bundle (dist/server-core.js, dist/analysis.js) with a V8 code cache, so a new
 * process does not compile the same JavaScript again. Works in any Node ≥ 20 and in VS Code's own runtime
 * (Script `cachedData`), unlike `module.enableCompileCache` (Node ≥ 22.1).
 *
 * The cache file is keyed by a hash of the bundle's text, the V8 version and the process's V8
 * flags (V8 rejects data made under other flags, and checks the source only by its length). Every
 * failure falls back silently to a plain compile: a cache is an optimisation, never a requirement.
 * scripts/build.mjs ends each bundle it loads this way with the SHA-256 of the text before it (a
 * `//# kernelLensHash=` line): the server then neither hashes the bundle at every start nor loads
 * node:crypto (and its fifteen internal modules) for it; a bundle without that line is hashed here.
 *
 * Where: $KERNEL_LENS_CACHE_DIR (the VS Code client may point it at the extension's global
 * storage; `off` disables the cache), else the platform's per-user cache directory
 * ($XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%) under kernel-lens/, else a
 * per-user directory in tmpdir(). Cached data is code: a directory that is not ours or that
 * others can write to is never read.
 */
import { isAscii } from 'node:buffer';
import type * as Crypto from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname as pathDirname, isAbsolute, join, resolve } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

interface Pending {
  script: Script;
  cacheFile: string;
  prefix: string;
}

/** Scripts compiled without usable cached data: their cache is written once the process has run a while (see scheduleWrite). */
const pending: Pending[] = [];
let dirMemo: string | null | undefined;
/** The cache is written this long after a bundle loads: by then the first analysis has run and compiled the functions it needs, so they are in the cache too. */
const WRITE_DELAY_MS = 2_000;
let writeTimer: NodeJS.Timeout | undefined;

/** The cache directory to use, or undefined when there is none (disabled, or not safely ours). */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (dirMemo !== undefined && env === process.env) return dirMemo ?? undefined;
  const dir = chooseDir(env);
  if (env === process.env) dirMemo = dir ?? null;
  return dir;
}

/** Under the per-user kernel-lens cache directory, which other tools of the project share. */
const SUBDIR = 'v8-code-cache';

function chooseDir(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env.KERNEL_LENS_CACHE_DIR;
  if (explicit !== undefined) return explicit === '' || explicit === 'off' ? undefined : resolve(explicit);
  const home = safe(() => homedir());
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'kernel-lens', SUBDIR);
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'kernel-lens', 'Cache', SUBDIR);
  if (process.platform === 'darwin' && home) return join(home, 'Library', 'Caches', 'kernel-lens', SUBDIR);
  if (home && home !== '/') return join(home, '.cache', 'kernel-lens', SUBDIR); // a missing home: the mkdir fails, no cache
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join(tmpdir(), `kernel-lens-${uid}`, SUBDIR);
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Only a directory owned by this user and not writable by others may hold code we load (POSIX; elsewhere the per-user location is trusted). */
function trustworthy(dir: string): boolean {
  const st = safe(() => statSync(dir));
  if (!st?.isDirectory()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** What, besides the bundle's text, a cache depends on: the V8 version and the process's V8 flags. */
function runtimeKey(): string {
  return `${process.versions.v8}\0${process.execArgv.join(' ')}\0${cachedDataVersionTag()}`;
}

/** One key per bundle text, V8 version and V8 flags: a cache made by another build, runtime or flag set is never offered. */
export function cacheKey(source: string | Buffer): string {
  // Required here only: node:crypto is not needed when the bundle carries its hash (builtKey).
  const { createHash } = require('node:crypto') as typeof Crypto;
  return createHash('sha256')
    .update(source) // the file's bytes (a decoded string would be re-encoded first)
    .update('\0')
    .update(runtimeKey())
    .digest('hex')
    .slice(0, 24);
}

/** The last line scripts/build.mjs writes into a bundle: the SHA-256 (hex) of every byte before that line. */
const BUILT_HASH_LINE = /\n\/\/# kernelLensHash=([0-9a-f]{64})\n$/;

/**
 * The key of a bundle that carries its build hash, or undefined. The hash is the build's; the
 * file's size and modification time are in the key too, so that a bundle edited after the build
 * (its hash line left as it was) does not get the cache of the text it had.
 */
export function builtKey(bytes: Buffer, mtimeMs: number): string | undefined {
  const hash = BUILT_HASH_LINE.exec(bytes.toString('latin1', Math.max(0, bytes.length - 90)))?.[1];
  if (!hash) return undefined;
  const rest = `${bytes.length}\0${mtimeMs}\0${runtimeKey()}`;
  return hash.slice(0, 12) + mix(rest, 0x9e3779b9).toString(16).padStart(6, '0') + mix(rest, 0x85ebca6b).toString(16).padStart(6, '0');
}

/** A 24-bit string hash (FNV-1a with a seed, folded): enough to tell runtimes and file versions apart in a name. */
function mix(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (h ^ (h >>> 24)) & 0xffffff;
}

function cacheFileFor(file: string, bytes: Buffer, dir: string): string {
  const built = builtKey(bytes, safe(() => statSync(file).mtimeMs) ?? 0);
  return join(dir, `${basename(file, '.js')}-${built ?? cacheKey(bytes)}.v8cache`);
}

/**
 * `require(file)` through a V8 code cache. The module is registered in require.cache, so a later
 * `require(file)` returns the same exports.
 */
export function requireWithCodeCache(file: string): unknown {
  const resolved = resolve(file);
  const already = require.cache[resolved];
  if (already?.loaded) return already.exports;
  const dir = codeCacheDir();
  if (!dir) return require(resolved);
  const compiled = compile(resolved, dir);
  if (!compiled) return require(resolved);
  const { script, cacheFile, hadCache } = compiled;
  const mod = new Module(resolved, module);
  mod.filename = resolved;
  mod.paths = safe(() => (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(pathDirname(resolved))) ?? [];
  require.cache[resolved] = mod;
  try {
    const wrapper = script.runInThisContext() as (
      exports: unknown,
      require: NodeJS.Require,
      module: Module,
      filename: string,
      dirname: string,
    ) => void;
    wrapper.call(mod.exports, mod.exports, Module.createRequire(resolved), mod, resolved, pathDirname(resolved));
    mod.loaded = true;
  } catch (e) {
    delete require.cache[resolved];
    throw e;
  }
  if (!hadCache || script.cachedDataRejected) {
    pending.push({ script, cacheFile, prefix: `${basename(resolved, '.js')}-` });
    scheduleWrite();
  }
  return mod.exports;
}

/**
 * The bundle compiled with its cached data. A function of its own so that the file's bytes and the
 * cached data (several MiB for dist/analysis.js) are garbage as soon as it returns, not held while
 * the module runs: they would add to the peak resident memory.
 */
function compile(resolved: string, dir: string): { script: Script; cacheFile: string; hadCache: boolean } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolved);
  } catch {
    return undefined;
  }
  const cacheFile = cacheFileFor(resolved, bytes, dir);
  const cachedData = trustworthy(dir) ? safe(() => readFileSync(cacheFile)) : undefined;
  try {
    return {
      script: new Script(wrappedSource(bytes), { filename: resolved, cachedData }),
      cacheFile,
      hadCache: cachedData !== undefined,
    };
  } catch {
    return undefined;
  }
}

const [WRAP_HEAD, WRAP_TAIL] = Module.wrap('\0').split('\0');

/**
 * The module wrapper around the bundle's text (Module.wrap), as one flat string. The bundles are ASCII
 * (esbuild escapes other characters): their bytes are copied once, wrapper and all, into a Latin-1
 * string, where UTF-8 decoding and then Module.wrap's concatenation (which V8 flattens, copying the
 * text again, before it compiles) took two to three times as long for dist/analysis.js (1.4 MiB).
 * Other text is decoded as UTF-8 (the same string either way).
 */
function wrappedSource(bytes: Buffer): string {
  // As Node's loader does: a `#!` line is not JavaScript (commented out, so positions stay the same).
  const head = bytes[0] === 0x23 && bytes[1] === 0x21 ? `${WRAP_HEAD}//` : WRAP_HEAD;
  if (!isAscii(bytes)) return head + bytes.toString('utf8') + WRAP_TAIL;
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes, Buffer.from(WRAP_TAIL, 'latin1')]).toString('latin1');
}

function scheduleWrite(): void {
  if (writeTimer) return;
  writeTimer = setTimeout(writeCodeCache, WRITE_DELAY_MS);
  writeTimer.unref();
  // A short-lived process (a CLI run) writes on its way out.
  process.once('exit', writeCodeCache);
}

/**
 * V8 rejects cached data made under V8 flags other than those the loading process has (it compares a
 * hash of their current values). The server changes flags at run time when it opens a big document
 * (lsp/youngGeneration.ts, lsp/optimizingCompiler.ts), often within WRITE_DELAY_MS of its start: a
 * cache written after that would be rejected by every later start. It writes the pending caches first,
 * through this process-wide list: each bundle has its own copy of this module and its own pending list.
 */
const WRITERS = Symbol.for('kernel-lens.codeCacheWriters');
const writers: Set<() => void> = ((globalThis as { [WRITERS]?: Set<() => void> })[WRITERS] ??= new Set());
writers.add(writeCodeCache);

/** Writes every bundle's pending cache now (see WRITERS); before V8 flags are changed. */
export function writeCodeCachesNow(): void {
  for (const write of writers) write();
}

/** Writes the cache of every bundle loaded without one (atomically: temporary file, then rename), and removes its stale caches. */
export function writeCodeCache(): void {
  if (writeTimer) clearTimeout(writeTimer), (writeTimer = undefined);
  process.removeListener('exit', writeCodeCache);
  const dir = codeCacheDir();
  const todo = pending.splice(0);
  if (!dir || todo.length === 0) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return;
  }
  if (!trustworthy(dir)) return;
  for (const { script, cacheFile: target, prefix } of todo) {
    try {
      const data = script.createCachedData();
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, data, { mode: 0o600 });
      renameSync(tmp, target);
      pruneOldCaches(dir, prefix);
    } catch {
      /* no cache this time */
    }
  }
}

/** Caches kept per bundle: one per build × runtime × flag set in use (e.g. the VS Code extension and a plainly started server), newest first. */
const KEPT_PER_BUNDLE = 4;

function pruneOldCaches(dir: string, prefix: string): void {
  const ours = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && /^[0-9a-f]{24}\.v8cache$/.test(name.slice(prefix.length)))
    .map((name) => ({ file: join(dir, name), mtime: safe(() => statSync(join(dir, name)).mtimeMs) ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of ours.slice(KEPT_PER_BUNDLE)) safe(() => rmSync(old.file, { force: true }));
}
