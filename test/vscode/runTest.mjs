// Launcher for `npm run test:vscode` (package.json points here): runs runTest.ts through tsx, under
// xvfb-run when Linux has no display (VS Code's Electron window needs one). Exit code is runTest.ts's:
// 0 passed · 1 failed · 3 VS Code could not be downloaded (nothing tested).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const cmd = [process.execPath, '--import', 'tsx', path.join(here, 'runTest.ts')];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('which', ['xvfb-run']).status === 0;
const r = needsDisplay
  ? spawnSync('xvfb-run', ['-a', ...cmd], { stdio: 'inherit' })
  : spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
process.exit(r.status ?? 1);
