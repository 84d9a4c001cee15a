/**
 * `npm run package` (scripts/package.mjs): builds first, and the .vsix holds what the extension runs and
 * nothing else — the bundles it loads, the rule pages it opens, grammars, schema, icon, manifest files.
 * No sources, tests, node_modules, source maps, screenshots, or the CLI bundle (the extension never runs it).
 * The packaged README's relative links point at the repository from package.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// yauzl comes with @vscode/vsce (it reads .vsix files the same way)
import * as yauzl from 'yauzl';

const root = path.resolve(__dirname, '..', '..');

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (e: { fileName: string }) => {
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(e.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('npm run package builds dist/ and the .vsix holds only what the extension uses, with icon and repository links', async (t) => {
  // Package a copy of the sources: scripts/package.mjs rebuilds dist/, and the repository's own dist/ is in
  // use by other test files running at the same time.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-package-'));
  t.after(() => fs.rmSync(copy, { recursive: true, force: true }));
  for (const item of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    '.vscodeignore',
    'tsconfig.json',
    'client',
    'server',
    'scripts',
    'docs',
    'syntaxes',
    'schemas',
    'media',
  ]) {
    if (fs.existsSync(path.join(root, item))) fs.cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // a stale file in dist/ must be gone afterwards: packaging rebuilds dist/ from the sources
  const stale = path.join(copy, 'dist', 'stale-marker.js');
  fs.mkdirSync(path.dirname(stale), { recursive: true });
  fs.writeFileSync(stale, '// scripts/package.mjs must rebuild dist/ and drop this\n');
  const out = path.join(copy, 'out', 'kernel-lens.vsix');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, [path.join(copy, 'scripts/package.mjs'), out], { cwd: copy, stdio: 'pipe' });
  assert.ok(!fs.existsSync(stale), 'scripts/package.mjs did not rebuild dist/ before packaging');
  assert.ok(fs.existsSync(path.join(copy, 'dist', 'extension.js')), 'dist/extension.js built');

  const entries = await readZip(out);
  const names = [...entries.keys()].sort();
  const size = fs.statSync(out).size;
  t.diagnostic(`.vsix ${(size / 1024).toFixed(0)} KiB, ${names.length} files: ${names.join(' ')}`);

  for (const required of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/dist/analysis.js',
    'extension/dist/official-image-tags.txt',
    'extension/readme.md',
    'extension/LICENSE.txt',
    'extension/changelog.md',
    'extension/media/icon.png',
    'extension/syntaxes/kernel-config.tmLanguage.json',
    'extension/syntaxes/kernel-lens-directive.injection.json',
    'extension/schemas/kernel-lens.schema.json',
  ]) {
    assert.ok(names.includes(required), `missing ${required} in ${names.join(', ')}`);
  }
  // everything the build puts in dist/ ships, except the CLI bundle and source maps (.vscodeignore is an
  // allowlist: a new runtime file must be added there, and this says which)
  const listDist = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? listDist(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const built = listDist(path.join(copy, 'dist')).map((f) => path.relative(copy, f).split(path.sep).join('/'));
  const unshipped = built.filter((f) => f !== 'dist/cli.js' && !f.endsWith('.map') && !names.includes(`extension/${f}`));
  assert.deepEqual(unshipped, [], 'files the build made that the .vsix leaves out (add them to .vscodeignore)');
  // every rule page the extension opens (kernelLens.openRuleDocs → docs/rules/<id>.md)
  for (const page of fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'))) {
    assert.ok(names.includes(`extension/docs/rules/${page}`), `rule page docs/rules/${page} is not shipped`);
  }
  const forbidden = names.filter(
    (n) =>
      /\.(ts|map|vsix)$/.test(n) ||
      n.includes('node_modules/') ||
      /^extension\/(test|server|client|bench|scripts|examples|\.ci|\.cache|docs\/images)\//.test(n) ||
      n === 'extension/dist/cli.js' ||
      (/\.(png|jpe?g|gif)$/i.test(n) && n !== 'extension/media/icon.png'),
  );
  assert.deepEqual(forbidden, [], 'sources, tests, node_modules, maps, screenshots or the CLI bundle inside the .vsix');

  // the icon is a 128×128 PNG
  const icon = entries.get('extension/media/icon.png')!;
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'icon is 128×128');

  // manifest metadata the Marketplace and the Extensions view show
  const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
  const repo = 'https://github.com/kernel-lens/kernel-lens';
  assert.equal(manifest.icon, 'media/icon.png');
  assert.match(String(manifest.repository?.url), new RegExp(`^${repo}(\\.git)?$`));
  assert.equal(manifest.bugs?.url, `${repo}/issues`);
  assert.match(String(manifest.homepage), new RegExp(`^${repo}`));

  // README: no relative links left (the files are not in the package), images from the repository
  const readme = entries.get('extension/readme.md')!.toString('utf8');
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(links.length > 10, 'README links found');
  const relative = links.filter((l) => !/^(https?:|mailto:|#)/.test(l));
  assert.deepEqual(relative, [], 'relative links in the packaged README');
  assert.ok(links.includes(`${repo}/blob/main/ARCHITECTURE.md`), 'ARCHITECTURE.md link points at the repository');
  assert.ok(
    links.some((l) => l.startsWith(`${repo}/raw/main/docs/images/`)),
    'README images come from the repository',
  );

  // the size README.md states is the size of this package, to the nearest 10 KiB or so
  const stated = /`\.vsix` is about (\d+) KiB/.exec(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
  assert.ok(stated, 'README.md states the .vsix size ("`.vsix` is about N KiB")');
  assert.ok(Math.abs(Number(stated[1]) - size / 1024) < 100, `README says ${stated[1]} KiB, the .vsix is ${(size / 1024).toFixed(0)} KiB`);
  assert.ok(size < 2 * 1024 * 1024, `.vsix is ${size} bytes`);
});
