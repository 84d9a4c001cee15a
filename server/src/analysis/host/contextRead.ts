/**
 * Reads one build-context file for the analysis (a start script the Dockerfile COPYs, see
 * rules/shared/contextScripts.ts): the caller (CLI, language server) invokes it, the analysis never
 * does. Only a regular file whose real path is inside the context directory (no `..`, no symlink
 * out), through the bounded reader, at most 256 KiB, no NUL bytes; anything
 * else is unknown (undefined text), never an error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBounded } from './boundedRead';

/** Bytes read of one context file at most (the analysis reads at most as many characters of a script). */
const MAX_CONTEXT_FILE_BYTES = 256 * 1024;

export interface ContextRead {
  size: number;
  mtimeMs: number;
  ino: number;
  /** The text, or undefined when it may not or cannot be read. */
  text: string | undefined;
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * `rel` (context-relative, `/`-separated) inside `realDir` (the context directory, symlinks already
 * resolved). `previous` is returned as is when size, mtime and inode are unchanged (no read).
 */
export function readContextFile(realDir: string, rel: string, previous?: ContextRead): ContextRead | undefined {
  const file = path.resolve(realDir, ...rel.split('/'));
  if (!isInside(file, realDir)) return undefined;
  let real: string;
  let st: fs.Stats;
  try {
    // A file right in the folder that is no symlink is inside it: one lstat (this runs per keystroke).
    const own = rel.includes('/') ? undefined : fs.lstatSync(file);
    real = own && !own.isSymbolicLink() ? file : fs.realpathSync.native(file);
    st = real === file && own ? own : fs.statSync(real);
  } catch {
    return undefined;
  }
  if (!isInside(real, realDir) || !st.isFile()) return undefined;
  if (previous && previous.size === st.size && previous.mtimeMs === st.mtimeMs && previous.ino === st.ino) return previous;
  const got = st.size > MAX_CONTEXT_FILE_BYTES ? undefined : readBounded(real, MAX_CONTEXT_FILE_BYTES);
  const text = got?.ok && !got.bytes.includes(0) ? got.bytes.toString('utf8') : undefined;
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, text };
}

/** The texts of `paths` in the context directory `dir` (the Dockerfile's, for `docker build .`); undefined when none. */
export function readContextFiles(dir: string, paths: readonly string[]): Map<string, string> | undefined {
  let realDir: string;
  try {
    realDir = fs.realpathSync.native(dir);
  } catch {
    return undefined;
  }
  const files = new Map<string, string>();
  for (const rel of paths) {
    const text = readContextFile(realDir, rel)?.text;
    if (text !== undefined) files.set(rel, text);
  }
  return files.size > 0 ? files : undefined;
}
