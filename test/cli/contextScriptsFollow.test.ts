/** `kernel-lens check` follows scripts a start script runs, reads scripts RUN runs, and leaves out what .dockerignore excludes. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, run } from './helpers';

before(() => ensureBuilt());

const DOCKERFILE = 'FROM debian:12\nCOPY . /app\nRUN /app/setup.sh\nENTRYPOINT ["/app/entrypoint.sh"]\n';

interface Report {
  files: { findings: { rule: string; line: number; message: string; related: { file?: string; line?: number }[] }[] }[];
}

function loads(dir: string, dockerfile = 'Dockerfile'): { line: number; message: string; related: { file?: string; line?: number }[] }[] {
  const r = run(['check', '--format', 'json', '--target', '6.8', '--no-config', dockerfile], { cwd: dir });
  return (JSON.parse(r.stdout) as Report).files[0].findings.filter((f) => f.rule === 'kernel-module-load');
}

test('check: a nested start script and a RUN script are read; .dockerignore (or <Dockerfile>.dockerignore) leaves a file out', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-cli-follow-'));
  try {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/bin/sh\nset -e\nexec /app/net.sh "$@"\n');
    fs.writeFileSync(path.join(dir, 'net.sh'), '#!/bin/sh\nmodprobe br_netfilter\nexec "$@"\n');
    fs.writeFileSync(path.join(dir, 'setup.sh'), '#!/bin/sh\nmodprobe nvidia\n');
    const all = loads(dir);
    assert.deepEqual(
      all.map((f) => f.line),
      [3, 4],
    );
    assert.match(all[0].message, /setup\.sh line 2\) runs at build time/);
    assert.match(all[1].message, /net\.sh line 2\) acts on the host's kernel/);
    assert.ok(all[1].related.some((x) => x.file === 'net.sh' && x.line === 2));
    // Excluded from the build context: not in the image, not read.
    fs.writeFileSync(path.join(dir, '.dockerignore'), '# build only\nsetup.sh\n*.md\n');
    assert.deepEqual(
      loads(dir).map((f) => f.line),
      [4],
    );
    // A Dockerfile's own ignore file takes precedence over the context's.
    fs.copyFileSync(path.join(dir, 'Dockerfile'), path.join(dir, 'app.Dockerfile'));
    fs.writeFileSync(path.join(dir, 'app.Dockerfile.dockerignore'), 'net.sh\n');
    assert.deepEqual(
      loads(dir, 'app.Dockerfile').map((f) => f.line),
      [3],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
