// Packages the extension as a .vsix (only dist/, docs, syntaxes, schemas and the manifest files).
import { execFileSync } from 'child_process';
import * as path from 'path';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] ?? path.join(root, 'kernel-lens.vsix');
execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out], { cwd: root, stdio: 'inherit' });
console.log(`packaged ${out}`);
