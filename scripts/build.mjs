// Bundles client, server and CLI into dist/ with esbuild (minified, with source maps), and copies
// the data files the bundles read at run time (shipped kernel configs).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !process.env.KERNEL_LENS_NO_MINIFY,
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  alias: {
    // jsonc-parser's "main" is a UMD build with dynamic requires esbuild cannot follow; its ES build bundles.
    'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
    // vscode-languageserver-types' ES build (its "module" condition) is required from CommonJS by dockerfile-ast 14
    // times, and each require() copied all its exports into a new object of getter closures; its UMD "main" is one module.
    'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js',
  },
};
/**
 * vscode-jsonrpc and vscode-languageserver require node:crypto (random pipe names and UUIDs) and
 * node:child_process (resolving global npm/yarn modules) when they load, and use them only in
 * functions the server never calls at start: loading the two (about twenty internal modules of Node)
 * was a few ms of every start. In dist/server-core.js they get a stand-in that requires the module on
 * first use of any of its members.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};
// The rule pages, carried by dist/cli.js for SARIF `help` (server/src/cli/ruleDocs.ts).
function ruleDocs() {
  const dir = path.join(root, 'docs', 'rules');
  const pages = {};
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort())
    pages[f.slice(0, -3)] = fs.readFileSync(path.join(dir, f), 'utf8');
  return JSON.stringify(pages);
}
/**
 * Evaluates a module of the sources at build time (bundled from `contents`, run in this process): what it
 * assigns to module.exports.
 */
async function evaluateAtBuild(contents) {
  const out = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', out.outputFiles[0].text)(
    mod,
    mod.exports,
    createRequire(import.meta.url),
    root,
  );
  return mod.exports;
}
const t0 = Date.now();
// Which image tag rules apply to which repository (server/src/knowledge/images/index.ts): written into the
// bundles, so that a start loads only the rule families a lookup needs instead of building every table.
const imageRuleIndex = await evaluateAtBuild(
  "import { computeImageRuleIndex } from './server/src/knowledge/images/index';\n" +
    'module.exports = JSON.stringify(computeImageRuleIndex());\n',
);
const analysisDefines = { KERNEL_LENS_IMAGE_RULE_INDEX: JSON.stringify(imageRuleIndex) };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // dist/server.js only sets the heap up and loads dist/server-core.js (the protocol code) through the V8 code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/serverCore.ts'], outfile: 'dist/server-core.js', plugins: [lazyBuiltins] }),
  // The analysis the server loads on first use (server/src/lsp/analysis.ts), so starting it compiles only the protocol code.
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/analysisApi.ts'], outfile: 'dist/analysis.js', define: analysisDefines }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { KERNEL_LENS_RULE_DOCS: ruleDocs(), ...analysisDefines },
  }),
]);
// The bundles the server loads through the V8 code cache end with the SHA-256 of their text, which keys
// the cache (server/src/runtime/codeCache.ts builtKey): the server neither hashes them nor loads node:crypto to.
for (const bundle of ['server-core.js', 'analysis.js']) {
  const file = path.join(dist, bundle);
  const text = fs.readFileSync(file);
  fs.appendFileSync(file, `\n//# kernelLensHash=${createHash('sha256').update(text).digest('hex')}\n`);
}
// The official images' tag history (2.9 MB of text) is not a string literal in the bundles: they read
// it from dist/official-image-tags.txt one image at a time (server/src/knowledge/images/officialTags.ts).
fs.writeFileSync(
  path.join(dist, 'official-image-tags.txt'),
  await evaluateAtBuild(
    "import { encodeTagTable } from './server/src/knowledge/images/officialTags';\n" +
      "import { officialImagesSource, officialImageTags } from './server/src/knowledge/images/generated/officialImageTags';\n" +
      'module.exports = encodeTagTable(officialImagesSource, officialImageTags);\n',
  ),
);
const configs = path.join(root, 'server/src/knowledge/configs');
if (fs.existsSync(configs)) fs.cpSync(configs, path.join(dist, 'configs'), { recursive: true });
// Shell-parser WASM or other runtime assets, when a dependency needs them next to the bundle.
for (const asset of ['wasm']) {
  const dir = path.join(root, 'server/src/assets', asset);
  if (fs.existsSync(dir)) fs.cpSync(dir, path.join(dist, asset), { recursive: true });
}
fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
fs.chmodSync(path.join(dist, 'server.js'), 0o755);
const sizes = ['extension.js', 'server.js', 'server-core.js', 'analysis.js', 'cli.js'].map(
  (f) => `${f} ${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(0)} KiB`,
);
console.log(`built dist/ in ${Date.now() - t0} ms: ${sizes.join(', ')}`);
