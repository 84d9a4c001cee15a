/** Entry point of dist/server.js (IPC from VS Code, or `--stdio` for any LSP client). */
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('kernel-lens-server 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help')) {
  process.stdout.write('Usage: kernel-lens-server --stdio | --node-ipc | --socket=<port>\nThe Kernel Lens language server for Dockerfiles.\n');
  process.exit(0);
}
startServer();
