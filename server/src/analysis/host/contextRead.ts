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
import { dockerignoreFilter, type ContextFilter } from './dockerignore';

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
/** Entries of a listed context folder at most (a supervisor's service folder: a few dozen in the largest images). */
const MAX_FOLDER_ENTRIES = 64;

/**
 * A folder's entry names, one a line, sorted, folders ending in `/` (a symlink is listed by its name; reading
 * it later resolves it and keeps it inside the context). Only the service folders the analysis names ask for this.
 */
function listFolder(dir: string): string | undefined {
  try {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    if (entries.length > MAX_FOLDER_ENTRIES * 4) return undefined;
    return entries
      .filter((e) => !/[\n\r/\\]/.test(e.name) && (e.isFile() || e.isDirectory() || e.isSymbolicLink()))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort()
      .slice(0, MAX_FOLDER_ENTRIES)
      .join('\n');
  } catch {
    return undefined;
  }
}

/**
 * A context path ending in `/` is a folder: its text is its listing (listFolder), asked for only by the service
 * folders a supervisor reads (rules/shared/serviceScripts.ts).
 */
export function readContextFile(realDir: string, rel: string, previous?: ContextRead): ContextRead | undefined {
  const file = path.resolve(realDir, ...rel.split('/'));
  if (!isInside(file, realDir)) return undefined;
  let real: string;
  let st: fs.Stats;
  try {
    // A file right in the folder that is no symlink is inside it: one lstat (this runs per keystroke).
    // A missing file (the usual .dockerignore) answers without an exception: this runs per keystroke.
    const own = rel.includes('/') ? undefined : fs.lstatSync(file, { throwIfNoEntry: false });
    if (!rel.includes('/') && own === undefined) return undefined;
    real = own && !own.isSymbolicLink() ? file : fs.realpathSync.native(file);
    st = real === file && own ? own : fs.statSync(real);
  } catch {
    return undefined;
  }
  if (!isInside(real, realDir) || st.isFile() === rel.endsWith('/')) return undefined;
  if (previous && previous.size === st.size && previous.mtimeMs === st.mtimeMs && previous.ino === st.ino) return previous;
  if (rel.endsWith('/') && !st.isDirectory()) return undefined;
  if (st.isDirectory()) return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, text: listFolder(real) };
  const got = st.size > MAX_CONTEXT_FILE_BYTES ? undefined : readBounded(real, MAX_CONTEXT_FILE_BYTES);
  const text = got?.ok && !got.bytes.includes(0) ? got.bytes.toString('utf8') : undefined;
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, text };
}

/** Rounds of asking: the Dockerfile's scripts, then two levels of scripts they run (contextPathsOf). */
const MAX_ROUNDS = 3;
/** Paths read for one Dockerfile at most, whatever the rounds ask for. */
const MAX_PATHS = 48;

/**
 * The context files a Dockerfile's analysis asks for: `pathsOf(files)` (contextPathsOf) names them
 * from the texts read so far; each new path is read with `read` unless `excluded` (.dockerignore);
 * rounds stop when no new path comes. `pathsOf` gets a copy each round, never the map returned.
 */
export function gatherContextFiles(
  pathsOf: (files: ReadonlyMap<string, string> | undefined) => readonly string[],
  read: (rel: string) => string | undefined,
  excluded: (rel: string) => boolean = () => false,
): Map<string, string> {
  const files = new Map<string, string>();
  const asked = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // A copy each round: the analysis memoises per texts object, and this one keeps growing.
    const fresh = pathsOf(files.size > 0 ? new Map(files) : undefined).filter((p) => !asked.has(p));
    if (fresh.length === 0) break;
    let grew = false;
    for (const rel of fresh) {
      if (asked.size >= MAX_PATHS) break;
      asked.add(rel);
      if (excluded(rel.replace(/\/$/, ''))) continue;
      const text = read(rel);
      if (text === undefined) continue;
      files.set(rel, text);
      grew = true;
    }
    if (!grew) break;
  }
  return files;
}

/**
 * The filter of the ignore file that applies to a Dockerfile named `dockerfileName` with this context:
 * `<name>.dockerignore` beside it when present (BuildKit), else the context's `.dockerignore`.
 */
export function contextIgnoreFile(dockerfileName: string, read: (rel: string) => string | undefined): ContextFilter {
  const own = dockerfileName.includes('/') ? undefined : read(`${dockerfileName}.dockerignore`);
  const text = own ?? read('.dockerignore');
  return text === undefined ? () => false : dockerignoreFilter(text);
}

/**
 * The texts of the context files the analysis asks for (`pathsOf`, see gatherContextFiles) in the
 * context directory `dir` (the Dockerfile's, for `docker build .`), leaving out what its
 * .dockerignore excludes; undefined when none.
 */
export function readContextFiles(
  dir: string,
  pathsOf: (files: ReadonlyMap<string, string> | undefined) => readonly string[],
  dockerfileName = 'Dockerfile',
): Map<string, string> | undefined {
  let realDir: string;
  try {
    realDir = fs.realpathSync.native(dir);
  } catch {
    return undefined;
  }
  const read = (rel: string) => readContextFile(realDir, rel)?.text;
  const files = gatherContextFiles(pathsOf, read, contextIgnoreFile(dockerfileName, read));
  return files.size > 0 ? files : undefined;
}
