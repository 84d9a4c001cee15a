// `npm run package`: builds dist/ from the sources, then packages the extension as a .vsix (the files
// .vscodeignore lets through: the bundles the extension runs, the rule pages it opens, grammars, schema,
// icon and manifest files). README links to files that are not in the package point at the repository
// (package.json `repository`), so they work on the Marketplace and in the Extensions view.
// Usage: node scripts/package.mjs [out.vsix]   (default: kernel-lens.vsix in the repository root)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'kernel-lens.vsix'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const repo = String(pkg.repository?.url ?? pkg.repository ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');
if (!/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(repo))
  throw new Error(`package.json repository must be an https://github.com/<owner>/<name> URL, got "${repo}"`);

execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vscode/vsce/vsce'),
    'package',
    '--no-dependencies',
    '--baseContentUrl',
    `${repo}/blob/main`,
    '--baseImagesUrl',
    `${repo}/raw/main`,
    '-o',
    out,
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
console.log(`packaged ${path.relative(process.cwd(), out) || out}: ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
