/** Runs the BUILT command-line checker (dist/cli.js) as a child process, the way CI runs it. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const cli = path.join(root, 'dist', 'cli.js');
export const fixtures = path.join(__dirname, 'fixtures');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm test` builds first; a bare `node --test test/cli/…` builds once when dist/cli.js is missing. */
export function ensureBuilt(): void {
  if (fs.existsSync(cli)) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export function run(
  args: readonly string[],
  opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Colour decisions must come from the test, not from the terminal running it.
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? fixtures,
    input: opts.input ?? '',
    env,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Usage and configuration errors: exit 2, exactly one line on stderr, nothing on stdout, no stack trace. */
export function assertUsageError(r: RunResult, pattern: RegExp): void {
  const problems: string[] = [];
  if (r.status !== 2) problems.push(`exit ${r.status}, expected 2`);
  if (r.stdout !== '') problems.push(`stdout not empty: ${r.stdout.slice(0, 200)}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1) problems.push(`expected one stderr line, got ${lines.length}: ${r.stderr}`);
  if (!/^kernel-lens: /.test(r.stderr)) problems.push(`stderr does not start with 'kernel-lens: ': ${r.stderr}`);
  if (/\n\s+at /.test(r.stderr)) problems.push('stack trace on stderr');
  if (!pattern.test(r.stderr)) problems.push(`stderr does not match ${pattern}: ${r.stderr}`);
  if (problems.length) throw new Error(problems.join('; '));
}

export interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: string[];
  related: { message: string; line?: number; column?: number }[];
}

export interface JsonReport {
  version: string;
  knowledgeDate: string;
  target: Record<string, unknown> & { description: string; label: string; origin: { kind: string; detail: string } };
  files: {
    path: string;
    target: Record<string, unknown>;
    problems: string[];
    stages: Record<string, unknown>[];
    findings: JsonFinding[];
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

export function checkJson(args: readonly string[], opts: Parameters<typeof run>[1] = {}): { r: RunResult; report: JsonReport } {
  const r = run(['check', '--format', 'json', ...args], opts);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 300)} ${r.stderr}`);
  }
  return { r, report };
}

const RANK = { hint: 0, info: 1, warning: 2, error: 3 } as const;

/** The exit code --fail-on <level> must give for these findings (computed, so new rules do not break tests). */
export function expectedExit(report: JsonReport, failOn: 'error' | 'warning' | 'info' | 'never'): number {
  if (failOn === 'never') return 0;
  const threshold = RANK[failOn];
  return report.files.some((f) => f.findings.some((x) => RANK[x.severity] >= threshold)) ? 1 : 0;
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
