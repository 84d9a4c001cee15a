/** The .vsix holds only what the extension needs at run time: no sources, tests or node_modules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
// yauzl comes with @vscode/vsce (it reads .vsix files the same way)
import * as yauzl from 'yauzl';

const root = path.resolve(__dirname, '..', '..');

function listZip(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: { fileName: string }) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the .vsix contains dist, docs, syntaxes, schemas and the manifest files only', async () => {
  const out = path.join(root, '.cache', 'package-test.vsix');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, [path.join(root, 'scripts/package.mjs'), out], { cwd: root, stdio: 'pipe' });
  const names = await listZip(out);
  for (const required of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/dist/cli.js',
    'extension/readme.md',
    'extension/LICENSE.txt',
    'extension/changelog.md',
    'extension/syntaxes/kernel-config.tmLanguage.json',
    'extension/syntaxes/kernel-lens-directive.injection.json',
    'extension/schemas/kernel-lens.schema.json',
  ]) {
    assert.ok(names.includes(required), `missing ${required} in ${names.join(', ')}`);
  }
  assert.ok(names.some((n) => /^extension\/docs\/rules\/[a-z-]+\.md$/.test(n)), 'rule docs are shipped');
  const forbidden = names.filter(
    (n) => /\.ts$/.test(n) || n.includes('node_modules/') || /^extension\/(test|server|client|bench|scripts|\.ci|\.cache)\//.test(n) || n.endsWith('.map') || n.endsWith('.vsix'),
  );
  assert.deepEqual(forbidden, [], 'sources, tests, node_modules or maps inside the .vsix');
  const size = fs.statSync(out).size;
  assert.ok(size < 5 * 1024 * 1024, `.vsix is ${size} bytes`);
});
