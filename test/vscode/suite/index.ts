/**
 * Entry point @vscode/test-electron loads inside the extension host (extensionTestsPath): runs every
 * compiled `*.suite.js` beside this file with mocha (TDD interface) and rejects when a test failed.
 * With KERNEL_LENS_VSCODE_RESULT set, also writes {passed, failed, failures} there as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface MochaRunner {
  on(event: 'pass' | 'fail', fn: (test: { fullTitle(): string }, err?: Error) => void): void;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaCtor = new (opts: { ui: string; color: boolean; timeout: number; reporter?: string }) => MochaInstance;

export function run(): Promise<void> {
  // mocha is a devDependency of the project; required at run time, in the extension host
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as MochaCtor;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs
    .readdirSync(__dirname)
    .filter((n) => n.endsWith('.suite.js'))
    .sort())
    mocha.addFile(path.join(__dirname, f));
  const passed: string[] = [];
  const failed: { title: string; error: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.KERNEL_LENS_VSCODE_RESULT;
      if (out)
        fs.writeFileSync(
          out,
          JSON.stringify({ passed: passed.length, failed: failed.length, passedTitles: passed, failures: failed }, null, 2),
        );
      if (failures > 0 || passed.length === 0)
        reject(new Error(`${failures} of ${passed.length + failures} Kernel Lens VS Code tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
}
