/**
 * The one way Kernel Lens reads a file it was pointed at (a Dockerfile, `.kernel-lens.json`, a kernel
 * config): a hard cap on the bytes actually read, never the size stat reports (`/proc/self/pagemap`
 * says 0 and reads hundreds of GiB), and only regular files, judged on the opened descriptor (a FIFO
 * or device is refused without blocking on it). The CLI and the language server both use it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type BoundedReadFailure = 'missing' | 'directory' | 'not-regular' | 'too-large' | 'unreadable';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  | {
      ok: false;
      reason: BoundedReadFailure;
      /** The errno code for 'missing' and 'unreadable' (ENOENT, EACCES, …). */
      code?: string;
      error?: unknown;
    };

const CHUNK = 64 * 1024;

/** Reads at most `maxBytes` bytes of a regular file; more than that is 'too-large'. Never throws. */
export function readBounded(file: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EISDIR') return { ok: false, reason: 'directory', code, error };
    return { ok: false, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code, error };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'directory' };
    if (!st.isFile()) return { ok: false, reason: 'not-regular' };
    const chunks: Buffer[] = [];
    let total = 0;
    // Whole chunks (some kernel files accept only aligned reads), until past the cap: reading
    // beyond it tells "exactly at the cap" from "larger", and at most one chunk more is read.
    while (total <= maxBytes) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
    }
    if (total > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return { ok: false, reason: code === 'EISDIR' ? 'directory' : 'unreadable', code, error };
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* nothing to do */
    }
  }
}
