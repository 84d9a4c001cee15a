/**
 * What a newcomer reads agrees with what the project does: CI runs exactly the README's two commands,
 * the Node version README states is one every dependency supports, every setting is documented, every
 * rule page follows one template, CI snippets work without an npm package that is not published, and the
 * kernel-config language claims only names that are kernel configs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// semver comes with npm's own tooling in devDependencies (the same matching npm uses for `engines`)
import * as semver from 'semver';

const root = path.resolve(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const readme = read('README.md');

/** Markdown with fenced code blocks blanked out (a `# comment` in a code block is not a heading). */
function withoutCode(md: string): string {
  return md.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, '');
}

test("CI (.ci/run) runs exactly the README's two commands, and nothing before them", () => {
  const section = /^## Two commands\n([\s\S]*?)^## /m.exec(readme)?.[1];
  assert.ok(section, 'README has a "## Two commands" section');
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the section has a sh code block');
  const readmeCommands = block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  assert.deepEqual(readmeCommands, ['npm ci && npm run check-examples', 'npm test']);
  const ci = read('.ci/run')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && l !== 'set -euo pipefail' && l !== 'cd "$(dirname "$0")/.."');
  assert.deepEqual(ci, readmeCommands, '.ci/run runs other commands than the README');
});

test('the Node version README states is supported by every dependency in the lockfile (no EBADENGINE)', () => {
  const ours = semver.minVersion(pkg.engines.node);
  assert.ok(ours, `package.json engines.node "${pkg.engines.node}"`);
  const stated = /fresh machine with Node (\d+\.\d+\.\d+|\d+) or newer/.exec(readme)?.[1];
  assert.ok(stated, 'README says "a fresh machine with Node <version> or newer"');
  assert.equal(semver.coerce(stated)?.version, ours.version, 'README and package.json engines.node name the same minimum');
  const lock = JSON.parse(read('package-lock.json'));
  const refused: string[] = [];
  for (const [where, entry] of Object.entries<{ engines?: unknown }>(lock.packages)) {
    const range =
      entry.engines && typeof entry.engines === 'object' && !Array.isArray(entry.engines)
        ? (entry.engines as { node?: string }).node
        : undefined;
    if (!range || !where) continue;
    for (const v of [ours.version, '22.12.0', '24.0.0']) {
      if (!semver.satisfies(v, range)) refused.push(`${where.replace(/^.*node_modules\//, '')} needs node ${range} (not ${v})`);
    }
  }
  assert.deepEqual(refused, []);
});

test('every setting in package.json is documented in README.md', () => {
  const settings = Object.keys(pkg.contributes.configuration.properties);
  assert.ok(settings.length >= 8, `${settings.length} settings`);
  const missing = settings.filter((s) => !readme.includes(`\`${s}\``));
  assert.deepEqual(missing, [], 'settings missing from README.md');
});

test('every docs/rules page follows one template: # <id>, then What it reports, Why, Examples, What to do instead, Fixes offered, Suppress', () => {
  const template = ['What it reports', 'Why', 'Examples', 'What to do instead', 'Fixes offered', 'Suppress'];
  const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
  assert.ok(pages.length >= 14, `${pages.length} rule pages`);
  const off: string[] = [];
  for (const page of pages) {
    const text = withoutCode(read(path.join('docs', 'rules', page)));
    const title = /^# (.+)$/m.exec(text)?.[1];
    if (title !== page.replace(/\.md$/, '')) off.push(`${page}: title "${title}" is not the rule id`);
    const h2 = [...text.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]);
    if (JSON.stringify(h2) !== JSON.stringify(template)) off.push(`${page}: sections ${JSON.stringify(h2)}`);
  }
  assert.deepEqual(off, []);
});

test('README and docs give no command that runs an unpublished npm package, and no placeholder owner', () => {
  const bad: string[] = [];
  for (const file of [
    'README.md',
    ...fs
      .readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]) {
    const text = read(file);
    for (const m of text.matchAll(/npx (--yes |-y )?kernel-lens\b|npm (install|i) (-g |--global )kernel-lens\b|<owner>/g)) {
      bad.push(`${file}: "${m[0]}"`);
    }
  }
  assert.deepEqual(bad, [], 'no kernel-lens package is published on npm: whoever registers the name would run code there');
  assert.match(readme, /npm link/, 'README says how to put kernel-lens-server on PATH');
});

// ---- file associations ------------------------------------------------------------------------------
/** VS Code's reading of a `filenamePatterns` glob: matched against the base name (no `/` in the pattern),
 *  case-insensitively; `*` and `?` stop at `/`, `[...]` ranges and `{a,b}` groups. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += glob[i + 1] === '*' ? ((i += 1), '.*') : '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
      i = end;
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((p) => globToRegExp(p).source.slice(1, -1))
        .join('|')})`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

function languageOf(fileName: string): string[] {
  return pkg.contributes.languages
    .filter(
      (l: { filenames?: string[]; filenamePatterns?: string[]; extensions?: string[] }) =>
        (l.filenames ?? []).some((f) => f.toLowerCase() === fileName.toLowerCase()) ||
        (l.filenamePatterns ?? []).some((p) => globToRegExp(p).test(fileName)) ||
        (l.extensions ?? []).some((e) => fileName.toLowerCase().endsWith(e.toLowerCase())),
    )
    .map((l: { id: string }) => l.id);
}

test('the glob reading used below behaves like VS Code on the patterns it meets', () => {
  assert.ok(globToRegExp('Dockerfile.*').test('Dockerfile.dev'));
  assert.ok(!globToRegExp('Dockerfile.*').test('Dockerfile'));
  assert.ok(globToRegExp('config-[0-9]*').test('config-5'));
  assert.ok(!globToRegExp('config-[0-9]*').test('config-x'));
  assert.ok(globToRegExp('*.{a,b}').test('x.b'));
});

test('kernel-config claims kernel configs and nothing that common application files are named', () => {
  for (const name of [
    'config-5.15.0-91-generic',
    'config-6.1.0-18-amd64',
    'config-4.18.0-513.el8.x86_64',
    'config-6.6.87.2-microsoft-standard-WSL2',
    'rhel8.kconfig',
  ]) {
    assert.deepEqual(languageOf(name), ['kernel-config'], name);
  }
  for (const name of [
    'web.config',
    'Web.Config',
    'app.config',
    'App.config',
    'config-overrides.js',
    'config-1.json',
    'config-dev.yaml',
    'config-local.js',
    'nuget.config',
    'packages.config',
    'tsconfig.json',
    'config',
    '.config',
    'git.config',
  ]) {
    assert.ok(!languageOf(name).includes('kernel-config'), `${name} would open as Kernel config`);
  }
  for (const name of ['Dockerfile', 'Containerfile', 'Dockerfile.dev', 'app.Dockerfile', 'build.containerfile']) {
    assert.ok(!languageOf(name).includes('kernel-config'), name);
  }
});

test('README, ARCHITECTURE and docs cite only files that are in the repository', () => {
  const docs = [
    'README.md',
    'ARCHITECTURE.md',
    ...fs
      .readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  docs.push(
    ...fs
      .readdirSync(path.join(root, 'docs', 'rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/rules/${f}`),
  );
  const missing: string[] = [];
  for (const file of docs) {
    const text = read(file);
    // repository paths in backticks (`shared/…` is the team's research folder, outside the repository)
    for (const m of text.matchAll(/`((?:server|client|test|scripts|bench|schemas|syntaxes|examples|docs|media|shared|\.ci)\/[^`\s]*)`/g)) {
      const p = m[1].replace(/[:#].*$/, '');
      if (/[*<>…{}$]/.test(p)) continue; // a pattern or placeholder, not a file
      if (!fs.existsSync(path.join(root, p))) missing.push(`${file}: \`${m[1]}\``);
    }
    // relative Markdown links
    for (const m of text.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)) {
      if (!fs.existsSync(path.join(root, path.dirname(file), m[1].replace(/#.*$/, '')))) missing.push(`${file}: link ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('docs/target.md counts the places it lists', () => {
  const text = read('docs/target.md');
  const m = /^(\w+) places may say something about the target\.[^\n]*\n\n((?:\d+\. [\s\S]*?\n)+)\n/m.exec(text);
  assert.ok(m, 'docs/target.md: "<N> places may say something about the target" and its numbered list');
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
  const items = m[2].split('\n').filter((l) => /^\d+\. /.test(l)).length;
  assert.equal(words.indexOf(m[1].toLowerCase()), items, `"${m[1]} places" but ${items} are listed`);
});
