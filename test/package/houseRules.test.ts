/**
 * House rules that a reviewer would otherwise check by hand (issue #21): no exported value that
 * nothing imports (dead API surface that invites a second way of doing a thing), and no function
 * longer than a screen. Both are read from the TypeScript syntax tree, not from regexes.
 *
 * Exported types are not checked: an interface named in an exported signature is part of it even
 * when no other module names it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const SCANNED = ['server/src', 'client/src', 'test', 'bench', 'scripts'];
/** Modules whose exports are checked: the shipped code. */
const CHECKED = ['server/src/', 'client/src/'];
/** Entry points called by their host, not by an import. */
const ENTRY_EXPORTS = new Set([
  'client/src/extension.ts#activate',
  'client/src/extension.ts#deactivate',
  // Required by codeCache.test.ts inside a child process (a module path built at run time).
  'server/src/runtime/codeCache.ts#writeCodeCache',
]);
/** Provenance kept next to the value it describes, read by people. */
const DOCUMENTING_EXPORTS = new Set(['server/src/knowledge/meta.ts#knowledgeDateSource']);
const MAX_FUNCTION_LINES = 80;
/**
 * Functions still longer than MAX_FUNCTION_LINES, each to be split; the test fails when one of them
 * grows or when a new one appears, and tells when one can leave this list.
 */
const LONG_FUNCTIONS_LEFT: Record<string, number> = {};

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sourceFiles(rel);
    return /\.(ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.endsWith('.d.mts') ? [rel] : [];
  });
}

const files = SCANNED.flatMap(sourceFiles);
const parsed = new Map(
  files.map((f) => [f, ts.createSourceFile(f, fs.readFileSync(path.join(root, f), 'utf8'), ts.ScriptTarget.Latest, true)]),
);

/** The scanned file a relative module specifier names, if any. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const stem = base.replace(/\.(m?js)$/, '');
  return [base, `${stem}.ts`, `${stem}.mts`, `${stem}.mjs`, `${base}/index.ts`].find((c) => parsed.has(c));
}

/** Exported value names of a module: functions, classes, enums, variables (not types). */
function exportedValues(src: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const st of src.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name) out.push(st.name.text);
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.push(d.name.text);
  }
  return out;
}

/** For each module, the names other modules import from it ('*' for a namespace or dynamic import). */
function importedNames(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const mark = (file: string | undefined, name: string) => {
    if (!file) return;
    if (!used.has(file)) used.set(file, new Set());
    used.get(file)!.add(name);
  };
  for (const [file, src] of parsed) {
    for (const st of src.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
        const target = resolveImport(file, st.moduleSpecifier.text);
        const clause = st.importClause;
        if (clause?.name) mark(target, 'default');
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) mark(target, '*');
        else if (bindings) for (const e of bindings.elements) mark(target, (e.propertyName ?? e.name).text);
      } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const target = resolveImport(file, st.moduleSpecifier.text);
        if (!st.exportClause) mark(target, '*');
        else if (ts.isNamedExports(st.exportClause))
          for (const e of st.exportClause.elements) mark(target, (e.propertyName ?? e.name).text);
      }
    }
    // import('./x') and require('./x') take the whole module.
    for (const m of src.text.matchAll(/\b(?:import|require)\(\s*['"](\.[^'"]+)['"]/g)) mark(resolveImport(file, m[1]), '*');
  }
  return used;
}

/** Every function-like node with a body and its length in lines, named where it has a name. */
function functionLengths(src: ts.SourceFile): { where: string; lines: number }[] {
  const out: { where: string; lines: number }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const first = src.getLineAndCharacterOfPosition(n.getStart(src)).line;
      const last = src.getLineAndCharacterOfPosition(n.getEnd()).line;
      const named = (n as ts.FunctionLikeDeclaration).name ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name : undefined);
      const name = named && ts.isIdentifier(named) ? named.text : `<anonymous at ${first + 1}>`;
      out.push({ where: `${src.fileName}#${name}`, lines: last - first + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

test('every exported value of the shipped code is imported somewhere (else it should not be exported)', () => {
  const used = importedNames();
  const unused: string[] = [];
  for (const [file, src] of parsed) {
    if (!CHECKED.some((d) => file.startsWith(d)) || file.endsWith('.test.ts')) continue;
    const names = used.get(file) ?? new Set<string>();
    if (names.has('*')) continue;
    for (const name of exportedValues(src)) {
      const key = `${file}#${name}`;
      if (!names.has(name) && !ENTRY_EXPORTS.has(key) && !DOCUMENTING_EXPORTS.has(key)) unused.push(key);
    }
  }
  assert.deepEqual(unused, [], 'exported but imported nowhere: drop the export, or the code if it is unused in its file too');
});

test(`no function of the shipped code is longer than ${MAX_FUNCTION_LINES} lines`, () => {
  const long: string[] = [];
  const seen = new Set<string>();
  for (const [file, src] of parsed) {
    if (!CHECKED.some((d) => file.startsWith(d)) || file.endsWith('.test.ts') || file.includes('.generated.')) continue;
    for (const f of functionLengths(src)) {
      if (f.lines <= MAX_FUNCTION_LINES) continue;
      const allowed = LONG_FUNCTIONS_LEFT[f.where];
      seen.add(f.where);
      if (allowed === undefined || f.lines > allowed) long.push(`${f.where}: ${f.lines} lines`);
    }
  }
  const fixed = Object.keys(LONG_FUNCTIONS_LEFT).filter((w) => !seen.has(w));
  assert.deepEqual(long, [], 'split these into named functions');
  assert.deepEqual(fixed, [], 'these are short now: remove them from LONG_FUNCTIONS_LEFT');
});

test('the scan sees the code it checks (a planted unused export and a long function are found)', () => {
  const planted = ts.createSourceFile(
    'planted.ts',
    `export function lonely() {\n${'  noop();\n'.repeat(85)}}\n`,
    ts.ScriptTarget.Latest,
    true,
  );
  assert.deepEqual(exportedValues(planted), ['lonely']);
  assert.deepEqual(
    functionLengths(planted).map((f) => f.lines),
    [87],
  );
  assert.ok(files.length > 200 && files.includes('server/src/analysis/analyze.ts'), `scanned ${files.length} files`);
  assert.ok(importedNames().get('server/src/analysis/analyze.ts')?.has('analyzeDocument'));
});
