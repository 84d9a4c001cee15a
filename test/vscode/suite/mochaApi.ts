/**
 * Mocha's TDD functions, read from the globals mocha installs while it loads each suite file.
 * Going through this module keeps the suite free of @types/mocha (the project type-checks with
 * `types: ["node"]` only); the calls are made at load time, when mocha has set the globals.
 */
type Done = (err?: unknown) => void;
type Body = (this: { timeout(ms: number): void }, done?: Done) => unknown;
interface MochaTdd {
  suite(title: string, fn: () => void): void;
  test(title: string, fn: Body): void;
  suiteSetup(fn: Body): void;
  suiteTeardown(fn: Body): void;
}
const g = globalThis as unknown as MochaTdd;
export const suite = (title: string, fn: () => void): void => g.suite(title, fn);
export const test = (title: string, fn: Body): void => g.test(title, fn);
export const suiteSetup = (fn: Body): void => g.suiteSetup(fn);
export const suiteTeardown = (fn: Body): void => g.suiteTeardown(fn);
