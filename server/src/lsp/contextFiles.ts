/**
 * The build-context files the analysis asks for (start scripts the Dockerfile COPYs and CMD/ENTRYPOINT
 * runs, `contextPathsOf`), read beside a `file:` Dockerfile: its directory is the build context, as
 * with `docker build .`. Only regular files whose real path is inside that directory (no `..`, no
 * symlink out), through the bounded reader, at most MAX_CONTEXT_SCRIPT_CHARS bytes each; anything
 * else is unknown, never an error. In an untrusted workspace only a context inside a workspace folder
 * is read.
 *
 * Each analysis (every keystroke in the Dockerfile) stats the few paths; a file is read again only
 * when its size, mtime or inode changed, and the same map object is handed back while no text
 * changed, so the analysis' per-document memos stay valid.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContextFiles } from '../analysis/index';
import { analysis } from './analysis';

interface Cached {
  size: number;
  mtimeMs: number;
  ino: number;
  text: string | undefined;
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

export class ContextFileReader {
  private readonly byFile = new Map<string, Cached>();
  private readonly lastByUri = new Map<string, ContextFiles>();

  /** `mayRead(dir)`: whether the workspace lets this context directory be read (trust). */
  constructor(private readonly mayRead: (dir: string) => boolean) {}

  /** The texts of `paths` (context-relative) beside the Dockerfile at `uri`; undefined when none can be read. */
  filesFor(uri: string, paths: readonly string[]): ContextFiles | undefined {
    if (paths.length === 0 || !uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = fs.realpathSync(path.dirname(fileURLToPath(uri)));
    } catch {
      return undefined;
    }
    if (!this.mayRead(dir)) return undefined;
    const files = new Map<string, string>();
    for (const rel of paths.slice(0, analysis().MAX_CONTEXT_SCRIPTS * 4)) {
      const text = this.read(dir, rel);
      if (text !== undefined) files.set(rel, text);
    }
    const last = this.lastByUri.get(uri);
    if (last && last.size === files.size && [...files].every(([k, v]) => last.get(k) === v)) return last;
    // Bounded by what open documents name; a closed document's entry goes with the next clear.
    if (this.lastByUri.size > 256) this.lastByUri.clear();
    this.lastByUri.set(uri, files);
    return files;
  }

  private read(dir: string, rel: string): string | undefined {
    const file = path.resolve(dir, rel);
    if (!isInside(file, dir) || file === dir) return undefined;
    let st: fs.Stats;
    let real: string;
    try {
      real = fs.realpathSync(file);
      st = fs.statSync(real);
    } catch {
      this.byFile.delete(file);
      return undefined;
    }
    if (!isInside(real, dir) || !st.isFile()) return undefined;
    const hit = this.byFile.get(file);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs && hit.ino === st.ino) return hit.text;
    const limit = analysis().MAX_CONTEXT_SCRIPT_CHARS;
    const got = st.size > limit ? undefined : analysis().readBounded(real, limit);
    const text = got?.ok && !got.bytes.includes(0) ? got.bytes.toString('utf8') : undefined;
    if (this.byFile.size > 256) this.byFile.clear();
    this.byFile.set(file, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, text });
    return text;
  }
}
