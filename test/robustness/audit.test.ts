/**
 * Dependency audit. The .vsix ships no node_modules: everything it runs is bundled by esbuild from
 * devDependencies, so `npm audit --omit=dev` alone proves little. The shipped packages are read
 * from the bundles' source maps (every node_modules path esbuild put in dist/*.js), and the full
 * `npm audit` report is filtered to them. Fails on high/critical advisories for shipped packages.
 * When the registry's audit endpoint cannot be reached, the test is skipped with that reason, never
 * passed silently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/lspClient';

const BUNDLES = ['server.js', 'server-core.js', 'cli.js', 'extension.js'];

/** Packages whose code is inside the shipped bundles. */
function shippedPackages(): string[] {
  const names = new Set<string>();
  for (const b of BUNDLES) {
    const map = path.join(repoRoot, 'dist', `${b}.map`);
    assert.ok(fs.existsSync(map), `${map} is missing: build first (node scripts/build.mjs)`);
    const sources = (JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] }).sources;
    for (const s of sources) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
      if (m) names.add(m[1]);
    }
  }
  return [...names].sort();
}

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; effects?: string[] }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { summary?: string; detail?: string };
  message?: string;
}

function npmAudit(args: string[]): { report?: AuditReport; unreachable?: string } {
  const r = spawnSync('npm', ['audit', ...args, '--json'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (r.error) return { unreachable: `npm could not run: ${r.error.message}` };
  let report: AuditReport | undefined;
  try {
    report = JSON.parse(r.stdout) as AuditReport;
  } catch {
    return { unreachable: `npm audit printed no JSON (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-2).join(' ')}` };
  }
  // npm exits 1 when it found vulnerabilities (a report) and also when the endpoint failed (an error object).
  // One short reason (e.g. "405 Method Not Allowed" from a registry mirror without the bulk audit endpoint);
  // npm's own error lines and log path stay out of the test output.
  if (report.error || (report.message && !report.vulnerabilities)) {
    const what = String(report.message ?? report.error?.summary ?? 'no report')
      .split('\n')[0]
      .replace(/ - (POST|GET) \S+/, '')
      .trim();
    return { unreachable: `the registry did not answer the audit request (${what})` };
  }
  return { report };
}

function highOrCritical(report: AuditReport, only?: ReadonlySet<string>): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([name, v]) => (v.severity === 'high' || v.severity === 'critical') && (!only || only.has(name)))
    .map(([name, v]) => `${name} (${v.severity})`);
}

test('the shipped bundles contain exactly the expected third-party packages', () => {
  const shipped = shippedPackages();
  // A new runtime dependency must be a decision: add it here (and to the audit) on purpose.
  const expected = [
    'balanced-match',
    'brace-expansion',
    'dockerfile-ast',
    'jsonc-parser',
    'minimatch',
    'semver',
    'vscode-jsonrpc',
    'vscode-languageclient',
    'vscode-languageserver',
    'vscode-languageserver-protocol',
    'vscode-languageserver-textdocument',
    'vscode-languageserver-types',
  ];
  assert.deepEqual(shipped, expected);
});

test('npm audit --omit=dev: no high or critical advisories', (t) => {
  const { report, unreachable } = npmAudit(['--omit=dev']);
  if (!report) {
    t.skip(`not audited: ${unreachable}`);
    return;
  }
  t.diagnostic(
    `npm audit --omit=dev: ${JSON.stringify(report.metadata?.vulnerabilities ?? {})} (the package has no runtime dependencies: the .vsix bundles them, see the next test)`,
  );
  assert.deepEqual(highOrCritical(report), []);
});

test('npm audit of the bundled packages: no high or critical advisories', (t) => {
  const shipped = new Set(shippedPackages());
  const { report, unreachable } = npmAudit([]);
  if (!report) {
    t.skip(`not audited: ${unreachable}`);
    return;
  }
  const found = Object.keys(report.vulnerabilities ?? {}).filter((n) => shipped.has(n));
  t.diagnostic(
    `advisories for shipped packages: ${found.length ? found.join(', ') : 'none'}; all packages: ${JSON.stringify(report.metadata?.vulnerabilities ?? {})}`,
  );
  assert.deepEqual(highOrCritical(report, shipped), []);
});
