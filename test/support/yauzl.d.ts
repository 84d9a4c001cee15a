// yauzl (zip reader) arrives with @vscode/vsce; only the calls the package test makes are typed here.
declare module 'yauzl' {
  import type { EventEmitter } from 'events';
  export function open(file: string, opts: { lazyEntries: boolean }, cb: (err: Error | null, zip?: EventEmitter & { readEntry(): void }) => void): void;
}
