/** Reads the files to check (and standard input), refusing what is not a Dockerfile's text. */
import { basename, dirname } from 'node:path';
import { BlockCache, buildModel, contextPathsOf, readBounded, readContextFiles, type ContextFiles } from '../analysis/index';
import { UsageError } from './args';
import type { InputFile } from './discover';

/** Dockerfiles are kilobytes; anything this large is something else. */
const MAX_DOCKERFILE_BYTES = 10 * 1024 * 1024;

function decode(buf: Buffer, shown: string): string {
  if (buf.length > MAX_DOCKERFILE_BYTES) throw new UsageError(`${shown} is larger than 10 MiB: not a Dockerfile`);
  if (buf.includes(0)) throw new UsageError(`${shown} holds binary data, not a Dockerfile`);
  return buf.toString('utf8');
}

export function readInputFile(file: InputFile): string {
  // The bytes actually read are capped (stat sizes lie: /proc files say 0); regular files only.
  const read = readBounded(file.absolute as string, MAX_DOCKERFILE_BYTES);
  if (read.ok) return decode(read.bytes, file.display);
  if (read.reason === 'too-large') throw new UsageError(`${file.display} is larger than 10 MiB: not a Dockerfile`);
  if (read.reason === 'directory' || read.reason === 'not-regular') throw new UsageError(`${file.display} is not a regular file`);
  const code = read.code;
  throw new UsageError(
    `cannot read ${file.display}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String((read.error as Error)?.message ?? read.error))}`,
  );
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

/**
 * The start scripts a Dockerfile read from disk COPYs from its build context, the Dockerfile's
 * directory (`docker build .`), and the block cache that parsed it (pass both to the analysis: the
 * model is not parsed twice). A Dockerfile from standard input has no context.
 */
export function contextOf(text: string, dockerfile: string | undefined): { cache: BlockCache; contextFiles?: ContextFiles } {
  const cache = new BlockCache();
  if (dockerfile === undefined) return { cache };
  const model = buildModel(text, cache);
  if (contextPathsOf(model).length === 0) return { cache };
  const files = readContextFiles(dirname(dockerfile), (read) => contextPathsOf(model, read), basename(dockerfile));
  return { cache, contextFiles: files };
}
