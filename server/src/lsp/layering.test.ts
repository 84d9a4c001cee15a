import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { knowledgeDate } from '../knowledge/meta';

const root = path.resolve(__dirname, '..', '..', '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
/** Import statements that bring values (not `import type`) from a module matching `from`. */
function valueImports(file: string, from: RegExp): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]).filter((m) => from.test(m));
}

test('the LSP layer reaches the analysis only through analysis() (type imports elsewhere), so the server bundle does not contain it', () => {
  const lspDir = path.join(root, 'server', 'src', 'lsp');
  for (const file of sources(lspDir)) {
    if (path.basename(file) === 'analysisApi.ts') continue;
    // Resolved, so that handlers/ importing the loader '../analysis' is told apart from the layer itself.
    const layers = [path.join(root, 'server', 'src', 'analysis'), path.join(root, 'server', 'src', 'knowledge')];
    const intoLayers = valueImports(file, /^\./).filter((m) => {
      const target = path.resolve(path.dirname(file), m);
      return layers.some((l) => target === l || target.startsWith(l + path.sep));
    });
    assert.deepEqual(intoLayers, [], `${path.relative(root, file)} imports the analysis at run time`);
  }
  const server = ['server.js', 'server-core.js'].map((f) => fs.readFileSync(path.join(root, 'dist', f), 'utf8')).join('\n');
  const analysis = fs.readFileSync(path.join(root, 'dist', 'analysis.js'), 'utf8');
  assert.ok(analysis.includes(knowledgeDate), 'dist/analysis.js holds the knowledge tables');
  assert.ok(
    !server.includes(knowledgeDate),
    'dist/server.js and dist/server-core.js must not bundle the knowledge tables (they load lazily from dist/analysis.js)',
  );
});

test('the analysis and knowledge layers never import the LSP libraries or the LSP layer', () => {
  for (const dir of ['analysis', 'knowledge']) {
    for (const file of sources(path.join(root, 'server', 'src', dir))) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!/from\s+'vscode-languageserver/.test(text), `${path.relative(root, file)} imports vscode-languageserver`);
      assert.ok(!/from\s+'(\.\.\/)+lsp\//.test(text), `${path.relative(root, file)} imports the LSP layer`);
    }
  }
});

/** Every relative import or re-export of a file (types included), resolved to an absolute path without extension. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)]
    .map((m) => m[1])
    .filter((m) => m.startsWith('.'))
    .map((m) => path.resolve(path.dirname(file), m));
}

/** Imports of `file` that land inside `dir` (or are `dir` itself), as paths relative to the repository. */
function importsInto(file: string, dir: string): string[] {
  return importsOf(file)
    .filter((t) => t === dir || t.startsWith(dir + path.sep))
    .map((t) => path.relative(root, t));
}

for (const front of ['lsp', 'cli']) {
  test(`the ${front} front end reads the analysis and knowledge only through the public API (analysis/index.ts), types included`, () => {
    const analysisDir = path.join(root, 'server', 'src', 'analysis');
    const knowledgeDir = path.join(root, 'server', 'src', 'knowledge');
    const api = path.join(analysisDir, 'index');
    for (const file of sources(path.join(root, 'server', 'src', front))) {
      const deep = [...importsInto(file, analysisDir), ...importsInto(file, knowledgeDir)].filter((t) => t !== path.relative(root, api));
      assert.deepEqual(deep, [], `${path.relative(root, file)} imports modules behind the public API`);
    }
  });
}

test('the knowledge layer imports nothing from the analysis layer, types included', () => {
  const analysisDir = path.join(root, 'server', 'src', 'analysis');
  for (const file of sources(path.join(root, 'server', 'src', 'knowledge'))) {
    assert.deepEqual(importsInto(file, analysisDir), [], `${path.relative(root, file)} imports the analysis layer`);
  }
});

test('the building blocks under the rules (shell, packages, host, document, stages, image references) never import rules/', () => {
  const analysisDir = path.join(root, 'server', 'src', 'analysis');
  const rulesDir = path.join(analysisDir, 'rules');
  const blocks = [
    ...['shell', 'packages', 'host'].flatMap((d) => sources(path.join(analysisDir, d))),
    ...['document.ts', 'stages.ts', 'imageRef.ts', 'card.ts', 'support.ts'].map((f) => path.join(analysisDir, f)),
  ];
  for (const file of blocks) {
    assert.deepEqual(importsInto(file, rulesDir), [], `${path.relative(root, file)} imports the rules`);
  }
});

/** Every .ts file under `dir`, tests included (a test reaching into another rule ties the folders just the same). */
const allSources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return allSources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });

/**
 * Which of the rules layer's modules an import lands in: 'shared' (rules/shared/), 'kit' (types.ts,
 * testKit.ts), 'registry' (rules/index), a rule folder's id, or undefined outside rules/.
 */
function rulesPart(rulesDir: string, target: string): string | undefined {
  if (target !== rulesDir && !target.startsWith(rulesDir + path.sep)) return undefined;
  const first = path.relative(rulesDir, target).split(path.sep)[0];
  if (first === 'shared') return 'shared';
  if (first === 'types' || first === 'testKit') return 'kit';
  if (first === '' || first === 'index') return 'registry';
  return first;
}

test('a rule folder imports no other rule folder (only rules/shared, rules/types, rules/testKit), so each can be added or removed alone', () => {
  const rulesDir = path.join(root, 'server', 'src', 'analysis', 'rules');
  const folders = fs.readdirSync(rulesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  assert.ok(folders.length > 10, 'the rule folders are found');
  for (const folder of folders) {
    const own = folder.name;
    for (const file of allSources(path.join(rulesDir, own))) {
      const wrong = importsOf(file)
        .filter((t) => {
          const part = rulesPart(rulesDir, t);
          if (part === undefined || part === 'shared' || part === 'kit') return false;
          // rules/shared/ is used by many rules, so it may use no rule folder nor the registry itself.
          return own === 'shared' || part !== own;
        })
        .map((t) => path.relative(root, t));
      assert.deepEqual(wrong, [], `${path.relative(root, file)} imports another rule folder (or the registry)`);
    }
  }
});

test('outside rules/, the analysis reaches a rule only through the registry (rules/index), the rule types and rules/shared', () => {
  const analysisDir = path.join(root, 'server', 'src', 'analysis');
  const rulesDir = path.join(analysisDir, 'rules');
  const files = allSources(analysisDir).filter((f) => !f.startsWith(rulesDir + path.sep));
  for (const file of files) {
    const deep = importsOf(file)
      .filter((t) => {
        const part = rulesPart(rulesDir, t);
        return part !== undefined && part !== 'shared' && part !== 'kit' && part !== 'registry';
      })
      .map((t) => path.relative(root, t));
    assert.deepEqual(deep, [], `${path.relative(root, file)} imports a rule folder's internals: move what it needs to rules/shared/`);
  }
  // The registry imports each folder's rule.ts and nothing else from it.
  for (const t of importsOf(path.join(rulesDir, 'index.ts'))) {
    const part = rulesPart(rulesDir, t);
    if (part === undefined || part === 'kit') continue;
    assert.equal(path.relative(rulesDir, t), path.join(part, 'rule'), `rules/index.ts imports ${path.relative(root, t)}`);
  }
});
