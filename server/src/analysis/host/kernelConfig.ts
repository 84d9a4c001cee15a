/**
 * Kernel `.config` files (what `/proc/config.gz` or `/boot/config-$(uname -r)` hold): parsing, and
 * the one explicit file reader the callers (CLI, LSP) invoke. The reader never throws: every
 * failure comes back as one sentence that names the file.
 */
import fs from 'node:fs';
import type { KernelBuild } from '../../knowledge/types';
import type { ConfigState, KernelConfig, TargetHost } from './types';
import { readBounded } from './boundedRead';

/** `CONFIG_X=value`: value is y, m, n, a quoted string or a number (decimal or hex). */
const SET_LINE = /^CONFIG_([A-Za-z0-9_]+)=(.*)$/;
/** `# CONFIG_X is not set`: Kconfig's way of writing an off bool/tristate. */
const NOT_SET_LINE = /^#\s*CONFIG_([A-Za-z0-9_]+) is not set\s*$/;

/** Accepts 'IO_URING' and 'CONFIG_IO_URING' alike: tables store symbols without the prefix. */
function bareSymbol(symbol: string): string {
  return symbol.startsWith('CONFIG_') ? symbol.slice('CONFIG_'.length) : symbol;
}

function stateOfValue(value: string | undefined): ConfigState {
  if (value === undefined || value === 'n') return 'off';
  if (value === 'm') return 'module';
  // 'y', and string/int/hex symbols that have a value: the option is present in the kernel.
  return 'builtin';
}

/**
 * Parses config text. Lines of any other shape (comments, blanks, garbage) are ignored; CRLF and a
 * BOM are tolerated. An explicit `# CONFIG_X is not set` and an absent symbol both mean 'off'.
 */
export function parseKernelConfig(text: string, origin: string): KernelConfig {
  const values = new Map<string, string | undefined>();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    const set = SET_LINE.exec(line);
    if (set) {
      values.set(set[1], set[2].trim());
      continue;
    }
    const notSet = NOT_SET_LINE.exec(line);
    if (notSet) values.set(notSet[1], undefined);
  }
  return {
    origin,
    size: values.size,
    state: (symbol) => stateOfValue(values.get(bareSymbol(symbol))),
    value: (symbol) => values.get(bareSymbol(symbol)),
  };
}

/** The same config under another origin (e.g. "shipped with preset debian-12"). Works for any KernelConfig implementation. */
export function withOrigin(config: KernelConfig, origin: string): KernelConfig {
  return { origin, size: config.size, build: config.build, state: (s) => config.state(s), value: (s) => config.value(s) };
}

/**
 * A shipped kernel build (a row of the generated kernel matrix) as a KernelConfig. Only the tracked
 * symbols are known: a tracked symbol the build does not set is 'off', any other symbol 'unknown'
 * (the matrix never claims more than it recorded).
 */
export function kernelBuildConfig(build: KernelBuild, tracked: ReadonlySet<string>, origin: string): KernelConfig {
  return {
    origin,
    size: tracked.size,
    build,
    state: (symbol) => {
      const bare = bareSymbol(symbol);
      return tracked.has(bare) ? stateOfValue(build.symbols[bare]) : 'unknown';
    },
    value: (symbol) => build.symbols[bareSymbol(symbol)],
  };
}

/** State of a symbol on the target: 'unknown' when the target's kernel config is not known. */
export function configState(target: Pick<TargetHost, 'config'>, symbol: string): ConfigState {
  return target.config ? target.config.state(symbol) : 'unknown';
}

/** 16 MiB: real configs are ~300 KiB; anything far bigger is not a config (or is a gzip bomb). */
const DEFAULT_MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** The few fs calls the reader makes, so tests can simulate failures root cannot (EACCES). */
export interface ConfigFileSystem {
  statSync(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  readFileSync(path: string): Buffer;
}

export interface ReadConfigOptions {
  /** Largest uncompressed size accepted, in bytes. Default 16 MiB. */
  maxBytes?: number;
  /** For tests. Default: node:fs. */
  fs?: ConfigFileSystem;
}

/** Magic bytes of compressions a user may point us at by mistake (e.g. Debian's *.config.xz). */
const OTHER_COMPRESSIONS: { magic: number[]; name: string; tool: string }[] = [
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz', tool: 'xz -dk' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd', tool: 'zstd -d' },
  { magic: [0x42, 0x5a, 0x68], name: 'bzip2', tool: 'bunzip2 -k' },
];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function fsFailure(path: string, err: unknown): string {
  const code = errorCode(err);
  switch (code) {
    case 'ENOENT':
      return `Kernel config file '${path}' does not exist.`;
    case 'ENOTDIR':
      return `Kernel config file '${path}' does not exist (a part of the path is not a folder).`;
    case 'EACCES':
    case 'EPERM':
      return `Kernel config file '${path}' cannot be read: permission denied.`;
    case 'EISDIR':
      return `Kernel config file '${path}' is a folder, not a file.`;
    default:
      return `Kernel config file '${path}' cannot be read (${code ?? (err instanceof Error ? err.message : String(err))}).`;
  }
}

/**
 * Reads the file as text, decompressing gzip (detected by its magic bytes, not its name) with an
 * output limit so a gzip bomb stops at `maxBytes`. Does not check that the text is a config.
 */
export function readKernelConfigText(path: string, opts: ReadConfigOptions = {}): { text?: string; problem?: string } {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_CONFIG_BYTES;
  const fsys: ConfigFileSystem = opts.fs ?? fs;
  const tooLarge = `Kernel config file '${path}' is larger than ${formatBytes(maxBytes)} uncompressed: that is not a kernel config (real ones are well under 1 MiB).`;
  let buf: Buffer;
  if (opts.fs) {
    try {
      const st = fsys.statSync(path);
      if (st.isDirectory()) return { problem: `Kernel config file '${path}' is a folder, not a file.` };
      if (!st.isFile()) return { problem: `Kernel config file '${path}' is not a regular file.` };
      if (st.size > maxBytes) return { problem: tooLarge };
      buf = fsys.readFileSync(path);
    } catch (err) {
      return { problem: fsFailure(path, err) };
    }
  } else {
    // The bytes actually read are capped (stat sizes lie: /proc files say 0), regular files only.
    const read = readBounded(path, maxBytes);
    if (!read.ok) {
      if (read.reason === 'too-large') return { problem: tooLarge };
      if (read.reason === 'directory') return { problem: `Kernel config file '${path}' is a folder, not a file.` };
      if (read.reason === 'not-regular') return { problem: `Kernel config file '${path}' is not a regular file.` };
      return { problem: fsFailure(path, read.error) };
    }
    buf = read.bytes;
  }
  if (buf.length > maxBytes) return { problem: tooLarge };
  if (startsWith(buf, [0x1f, 0x8b])) {
    try {
      // Loaded here, not with the module: only a gzip-compressed config (/proc/config.gz) needs zlib, and
      // loading it cost every start of the server about a millisecond.
      const { gunzipSync } = require('node:zlib') as typeof import('node:zlib');
      buf = gunzipSync(buf, { maxOutputLength: maxBytes });
    } catch (err) {
      if (errorCode(err) === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return { problem: tooLarge };
      return { problem: `Kernel config file '${path}' looks gzip-compressed but cannot be decompressed (corrupt or truncated).` };
    }
  } else {
    const other = OTHER_COMPRESSIONS.find((c) => startsWith(buf, c.magic));
    if (other) {
      return {
        problem: `Kernel config file '${path}' is ${other.name}-compressed; only plain and gzip configs are read (decompress it first, e.g. '${other.tool} ${path}').`,
      };
    }
  }
  if (buf.includes(0)) {
    return { problem: `Kernel config file '${path}' is not a kernel config: it holds binary data (expected text lines like CONFIG_X=y).` };
  }
  return { text: buf.toString('utf8') };
}

/** Reads and parses a kernel config file (plain or gzip). Never throws. */
export function readKernelConfigFile(path: string, opts: ReadConfigOptions = {}): { config?: KernelConfig; problem?: string } {
  const { text, problem } = readKernelConfigText(path, opts);
  if (text === undefined) return { problem };
  const config = parseKernelConfig(text, path);
  if (config.size === 0) {
    const what = text.trim() === '' ? 'it is empty' : 'it has no CONFIG_ lines';
    return { problem: `Kernel config file '${path}' is not a kernel config: ${what}.` };
  }
  return { config };
}
