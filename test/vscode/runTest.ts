/**
 * `npm run test:vscode`: the real-editor scenarios as an @vscode/test-electron suite (mocha inside the
 * extension host of a downloaded VS Code). Builds dist/, compiles test/vscode/suite/*.ts to
 * .cache/vscode-test/out/suite, opens a scratch copy of test/e2e/fixtures/workspace with the repository
 * as the extension under development.
 * Exit codes: 0 all passed · 1 a test failed · 3 VS Code could not be downloaded here (nothing was tested).
 * Env: KERNEL_LENS_VSCODE_VERSION (default 'stable').
 */
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EXIT_NO_VSCODE = 3;
const repoRoot = path.resolve(__dirname, '..', '..');
const cache = path.join(repoRoot, '.cache', 'vscode-test');

const quietReporter = { report(): void {}, error(): void {} };

async function main(): Promise<number> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });

  const suiteSrc = path.join(repoRoot, 'test', 'vscode', 'suite');
  const suiteOut = path.join(cache, 'out', 'suite');
  fs.rmSync(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: fs
      .readdirSync(suiteSrc)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(suiteSrc, f)),
    outdir: suiteOut,
    bundle: false, // each file stays a module: mocha loads the *.suite.js files one by one
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });

  const run = path.join(cache, `run-${new Date().toISOString().replace(/[-:.]/g, '')}`);
  const ws = path.join(run, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
  const resultFile = path.join(run, 'result.json');

  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version: process.env.KERNEL_LENS_VSCODE_VERSION ?? 'stable',
      cachePath: path.join(cache, 'vscode'),
      reporter: quietReporter, // the one line below says what happened
    });
  } catch (e) {
    console.log(
      `VS Code could not be downloaded here (${(e as Error).message.split('\n')[0]}): the @vscode/test-electron suite did NOT run (exit ${EXIT_NO_VSCODE}); the same scenarios run in code-server via node test/e2e/run.mjs`,
    );
    return EXIT_NO_VSCODE;
  }
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(suiteOut, 'index.js'),
      extensionTestsEnv: { KERNEL_LENS_VSCODE_RESULT: resultFile },
      launchArgs: [
        ws,
        '--disable-extensions',
        '--user-data-dir',
        path.join(run, 'user-data'),
        '--extensions-dir',
        path.join(run, 'extensions'),
      ],
    });
  } catch (e) {
    console.error(`VS Code tests failed: ${(e as Error).message}`);
  }
  if (!fs.existsSync(resultFile)) {
    console.log('0 passed, 1 failed');
    console.error('the suite wrote no result: it did not run to the end');
    return 1;
  }
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as {
    passed: number;
    failed: number;
    failures: { title: string; error: string }[];
  };
  for (const f of r.failures) console.error(`FAIL ${f.title}\n${f.error}`);
  console.log(`${r.passed} passed, ${r.failed} failed`);
  return r.failed === 0 && r.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
