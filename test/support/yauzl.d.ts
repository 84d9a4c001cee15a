// yauzl (zip reader) arrives with @vscode/vsce; only the calls the package test makes are typed here.
declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';
  export interface ZipFile extends EventEmitter {
    readEntry(): void;
    openReadStream(entry: unknown, cb: (err: Error | null, stream?: Readable) => void): void;
  }
  export function open(file: string, opts: { lazyEntries: boolean }, cb: (err: Error | null, zip?: ZipFile) => void): void;
}
