/** Reads the files to check (and standard input), refusing what is not a Dockerfile's text. */
import * as fs from 'fs';
import { UsageError } from './args';
import type { InputFile } from './discover';

/** Dockerfiles are kilobytes; anything this large is something else. */
export const MAX_DOCKERFILE_BYTES = 10 * 1024 * 1024;

function decode(buf: Buffer, shown: string): string {
  if (buf.length > MAX_DOCKERFILE_BYTES) throw new UsageError(`${shown} is larger than 10 MiB: not a Dockerfile`);
  if (buf.includes(0)) throw new UsageError(`${shown} holds binary data, not a Dockerfile`);
  return buf.toString('utf8');
}

export function readInputFile(file: InputFile): string {
  let buf: Buffer;
  try {
    const st = fs.statSync(file.absolute as string);
    if (!st.isFile()) throw new UsageError(`${file.display} is not a regular file`);
    if (st.size > MAX_DOCKERFILE_BYTES) throw new UsageError(`${file.display} is larger than 10 MiB: not a Dockerfile`);
    buf = fs.readFileSync(file.absolute as string);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file.display}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? (e as Error).message}`);
  }
  return decode(buf, file.display);
}

export async function readStdin(shown: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > MAX_DOCKERFILE_BYTES) throw new UsageError(`${shown} is larger than 10 MiB: not a Dockerfile`);
    chunks.push(b);
  }
  return decode(Buffer.concat(chunks), shown);
}
