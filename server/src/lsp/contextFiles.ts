/**
 * The build-context files the analysis asks for (scripts the Dockerfile COPYs and CMD/ENTRYPOINT or
 * RUN runs, and the scripts those run, `contextPathsOf`), read beside a `file:` Dockerfile: its directory is the build context, as
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

  /**
   * The texts of the context files the analysis asks for, beside the Dockerfile at `uri` (`pathsOf`:
   * contextPathsOf, asked again with what was read for the scripts those run), leaving out what the
   * context's .dockerignore (or `<Dockerfile>.dockerignore`) excludes; undefined when it has no
   * directory on disk.
   */
  filesFor(uri: string, pathsOf: (files: ReadonlyMap<string, string> | undefined) => readonly string[]): ContextFiles | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir = this.dirByUri.get(uri);
    try {
      dir ??= fs.realpathSync.native(path.dirname(fileURLToPath(uri)));
    } catch {
      return undefined;
    }
    if (this.dirByUri.size > MAX_REMEMBERED) this.dirByUri.clear();
    this.dirByUri.set(uri, dir);
    if (!this.mayRead(dir)) return undefined;
    const contextDir = dir;
    const read = (rel: string): string | undefined => this.read(contextDir, rel);
    const name = path.basename(fileURLToPath(uri));
    const files = analysis().gatherContextFiles(pathsOf, read, analysis().contextIgnoreFile(name, read));
    const last = this.lastByUri.get(uri);
    if (last && last.size === files.size && [...files].every(([k, v]) => last.get(k) === v)) return last;
    if (this.lastByUri.size > MAX_REMEMBERED) this.lastByUri.clear();
    this.lastByUri.set(uri, files);
    return files;
  }

  /** One context file: read again only when its size, mtime or inode changed; watched once read. */
  private read(dir: string, rel: string): string | undefined {
    const key = `${dir}\0${rel}`;
    const read = analysis().readContextFile(dir, rel, this.byFile.get(key));
    if (this.byFile.size > MAX_REMEMBERED) this.byFile.clear();
    if (read) this.byFile.set(key, read);
    else this.byFile.delete(key);
    if (read?.text === undefined) return undefined;
    if (!this.seen.has(key) && this.seen.size < MAX_REMEMBERED) {
      this.seen.add(key);
      this.firstRead(dir, rel);
    }
    return read.text;
  }
}
