/**
 * Precision on whole real files: the Dockerfiles of ordinary application images (Docker Official
 * Images: language runtimes, databases, web servers), each with the entrypoint scripts beside it,
 * unmodified (fixtures/applications/SOURCES.tsv names repository, commit and folder). Checked through the
 * built CLI with the three targets the recall measure uses, they must draw no kernel warning or error:
 * a user reads a warning on `postgres` or `nginx` as noise and stops trusting the rest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, fixtures, run, type JsonReport } from './helpers';
import { NOT_KERNEL_RULES } from '../support/kernelRules';

ensureBuilt();
const dir = path.join(fixtures, 'applications');
const TARGETS = 'rhel8,ubuntu-22.04,debian-12';

function kernelAlarms(report: JsonReport): string[] {
  return report.files.flatMap((f) =>
    f.findings
      .filter((x) => !NOT_KERNEL_RULES.has(x.rule) && (x.severity === 'error' || x.severity === 'warning'))
      .map((x) => `${f.path}:${x.line} ${x.rule} ${x.severity}: ${x.message.slice(0, 160)}`),
  );
}

function check(folder: string): JsonReport {
  const r = run(['check', path.basename(folder), '--target', TARGETS, '-f', 'json', '--fail-on', 'never'], { cwd: path.dirname(folder) });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

test('official application images: every listed folder is checked and none draws a kernel warning or error', () => {
  const folders = fs
    .readFileSync(path.join(dir, 'SOURCES.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  assert.ok(folders.length >= 20, `${folders.length} folders`);
  const report = check(dir);
  for (const [repo, , folder] of folders) {
    const prefix = `applications/${repo.replace('/', '+')}/${folder}/`;
    assert.ok(
      report.files.some((f) => f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes('/')),
      `no Dockerfile checked in ${prefix}`,
    );
  }
  const alarms = kernelAlarms(report);
  assert.deepEqual(alarms, [], `kernel alarms on ordinary application images:\n${alarms.join('\n')}`);
});

test('the same check reports a kernel warning once a folder starts loading a module (the test can fail)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-apps-'));
  const src = path.join(dir, 'docker-library+postgres', '18', 'bookworm');
  const copy = path.join(tmp, 'postgres');
  fs.cpSync(src, copy, { recursive: true });
  // the image's own entrypoint script, with one line added before it starts the server
  const entry = path.join(copy, 'docker-entrypoint.sh');
  fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/^#!\/usr\/bin\/env bash\n/, '$&modprobe nf_tables\n'));
  assert.match(fs.readFileSync(entry, 'utf8'), /^#!\/usr\/bin\/env bash\nmodprobe nf_tables\n/);
  const alarms = kernelAlarms(check(copy));
  assert.ok(
    alarms.some((a) => a.includes('kernel-module-load')),
    `expected a kernel-module-load warning from docker-entrypoint.sh, got: ${alarms.join('\n') || 'none'}`,
  );
});
