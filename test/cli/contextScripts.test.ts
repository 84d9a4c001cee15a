/** `kernel-lens check` and `requirements` read the start scripts a Dockerfile COPYs from its folder (its build context). */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, run } from './helpers';

before(() => ensureBuilt());

const DOCKERFILE = 'FROM debian:12\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n';
const SCRIPT = '#!/bin/bash\nset -e\necho "modprobe is not called here"\nmodprobe br_netfilter\ndockerd &\nexec "$@"\n';

function contextDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-cli-context-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  fs.writeFileSync(path.join(dir, 'docker-entrypoint.sh'), SCRIPT);
  return dir;
}

test('check: a module load in the COPYed entrypoint is reported on the ENTRYPOINT line, the script line related', () => {
  const dir = contextDir();
  try {
    const r = run(['check', '--format', 'json', '--target', '6.8', '--no-config', 'Dockerfile'], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      files: {
        findings: { rule: string; line: number; message: string; fixes: string[]; related: { file?: string; line?: number }[] }[];
      }[];
    };
    const loads = report.files[0].findings.filter((f) => f.rule === 'kernel-module-load');
    assert.equal(loads.length, 1, r.stdout);
    assert.equal(loads[0].line, 3);
    assert.match(loads[0].message, /docker-entrypoint\.sh line 4/);
    assert.ok(loads[0].related.some((x) => x.file === 'docker-entrypoint.sh' && x.line === 4));
    assert.ok(!loads[0].fixes.some((t) => t.startsWith('Remove')), 'no fix edits the script');
    // The same text on standard input has no build context: nothing is said about the script.
    const stdin = run(['check', '-', '--format', 'json', '--target', '6.8', '--no-config'], { input: DOCKERFILE, cwd: dir });
    assert.doesNotMatch(stdin.stdout, /kernel-module-load/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('requirements: dockerd in the COPYed entrypoint asks for a privileged container', () => {
  const dir = contextDir();
  try {
    const r = run(['requirements', 'Dockerfile'], { cwd: dir });
    assert.match(r.stdout, /privileged .*`dockerd` \(docker-entrypoint\.sh line 5\)/);
    assert.match(r.stdout, /docker run .*--privileged/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
