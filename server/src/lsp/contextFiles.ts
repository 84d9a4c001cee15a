/**
 * The build-context files the analysis asks for (start scripts the Dockerfile COPYs and CMD/ENTRYPOINT
 * runs, `contextPathsOf`), read beside a `file:` Dockerfile: its directory is the build context, as
 * with `docker build .`. The reading rules (regular files inside the context, size cap) are
 * analysis/host/contextRead.ts's, shared with the CLI. In an untrusted workspace only a context
 * inside a workspace folder is read.
 *
 * Each analysis (every keystroke in the Dockerfile) stats the few paths; a file is read again only
 * when its size, mtime or inode changed, and the same map object is handed back while no text
 * changed, so the analysis' per-document memos stay valid.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContextFiles, ContextRead } from '../analysis/index';
import { analysis } from './analysis';

/** Files and documents remembered at most: past it the memory starts over (one read each again). */
const MAX_REMEMBERED = 256;

export class ContextFileReader {
  private readonly byFile = new Map<string, ContextRead>();
  private readonly lastByUri = new Map<string, ContextFiles>();
  /** The real path of each document's folder (resolved once: a moved folder is another URI). */
  private readonly dirByUri = new Map<string, string>();

  /** Files read so far (each reported once to `firstRead`). */
  private readonly seen = new Set<string>();

  /**
   * `mayRead(dir)`: whether the workspace lets this context directory be read (trust); `firstRead`:
   * told once per file read (the loop watches it).
   */
  constructor(
    private readonly mayRead: (dir: string) => boolean,
    private readonly firstRead: (dir: string, rel: string) => void = () => undefined,
  ) {}

  /** The texts of `paths` (context-relative) beside the Dockerfile at `uri`; undefined when it has no directory on disk. */
  filesFor(uri: string, paths: readonly string[]): ContextFiles | undefined {
    if (paths.length === 0 || !uri.startsWith('file:')) return undefined;
    let dir = this.dirByUri.get(uri);
    try {
      dir ??= fs.realpathSync.native(path.dirname(fileURLToPath(uri)));
    } catch {
      return undefined;
    }
    if (this.dirByUri.size > MAX_REMEMBERED) this.dirByUri.clear();
    this.dirByUri.set(uri, dir);
    if (!this.mayRead(dir)) return undefined;
    const files = new Map<string, string>();
    for (const rel of paths.slice(0, analysis().MAX_CONTEXT_SCRIPTS * 4)) {
      const key = `${dir}\0${rel}`;
      const read = analysis().readContextFile(dir, rel, this.byFile.get(key));
      if (this.byFile.size > MAX_REMEMBERED) this.byFile.clear();
      if (read) this.byFile.set(key, read);
      else this.byFile.delete(key);
      if (read?.text === undefined) continue;
      files.set(rel, read.text);
      if (!this.seen.has(key) && this.seen.size < MAX_REMEMBERED) {
        this.seen.add(key);
        this.firstRead(dir, rel);
      }
    }
    const last = this.lastByUri.get(uri);
    if (last && last.size === files.size && [...files].every(([k, v]) => last.get(k) === v)) return last;
    if (this.lastByUri.size > MAX_REMEMBERED) this.lastByUri.clear();
    this.lastByUri.set(uri, files);
    return files;
  }
}
