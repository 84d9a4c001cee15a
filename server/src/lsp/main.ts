/**
 * Entry point of dist/server.js (IPC from VS Code, or `--stdio` for any LSP client): sets the heap
 * up, then loads the protocol code (dist/server-core.js, serverCore.ts) through the V8 code cache,
 * so a start does not compile it again (runtime/codeCache.ts).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireWithCodeCache } from '../runtime/codeCache';
import { holdOptimizingCompiler } from './optimizingCompiler';
import { holdYoungGeneration } from './youngGeneration';

// A language server lives as long as the editor and allocates a little per keystroke. V8's default
// lets the old generation grow up to 4× its live size between full collections. 2× already cut the
// peak RSS of a 10,000-line file by about a quarter; 1.5× takes another tenth to a fifth off at
// 10,000-50,000 lines (npm run bench: 10k 115 -> 103 MiB, 50k ~210 -> ~171 MiB) with the same keystroke
// and request latency. 1.3× was lower still but made requests wait longer at 50k lines (p95 44 -> 69 ms).
// Read by V8 at each collection, so setting it here, before any document is opened, takes effect.
setFlagsFromString('--heap-growing-percent=50');
// The young generation is kept at its initial size until a big document is opened (youngGeneration.ts):
// peak memory on small files, above all of a plainly started server. The VS Code extension also caps
// it at 2 MiB (client/src/serverProcess.json), which a big document then grows to.
holdYoungGeneration();
// The optimizing compilers likewise wait for a big document (optimizingCompiler.ts): on small ones they
// cost a helper thread's malloc arena and the compiler's resident code, more memory than the time they save.
holdOptimizingCompiler();

if (process.argv.includes('--version')) {
  process.stdout.write('kernel-lens-server 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help')) {
  process.stdout.write(
    'Usage: kernel-lens-server --stdio | --node-ipc | --socket=<port>\nThe Kernel Lens language server for Dockerfiles.\n',
  );
  process.exit(0);
}
const core = join(__dirname, 'server-core.js');
const fromSources = './serverCore'; // a variable: esbuild must not bundle it into this entry
if (basename(__dirname) === 'dist' && existsSync(core)) requireWithCodeCache(core);
else require(fromSources);
