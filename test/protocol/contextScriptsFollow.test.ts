/** The real server follows a script the start script sources, watches it, and honours .dockerignore. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient';

const DOCKERFILE = 'FROM debian:12\nCOPY entrypoint.sh lib.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\n';

test('a script the entrypoint sources: diagnostic on the ENTRYPOINT word, related location in it, watched; .dockerignore leaves it out', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-follow-'));
  const dir = path.join(root, 'app');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/bin/sh\nset -e\n. /usr/local/bin/lib.sh\nexec "$@"\n');
  fs.writeFileSync(path.join(dir, 'lib.sh'), '# helpers\nload() { modprobe br_netfilter; }\nload\n');
  const uri = pathToFileURL(path.join(dir, 'Dockerfile')).toString();
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  const notify = async (file: string): Promise<void> => {
    const published = client.diagnostics.get(uri)?.count ?? 0;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, file)).toString(), type: 2 }],
    });
    await client.waitForDiagnostics(uri, { predicate: () => (client.diagnostics.get(uri)?.count ?? 0) > published });
  };
  const moduleLoads = () => (client.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'kernel-module-load');
  try {
    await client.open(uri, DOCKERFILE);
    await client.waitForDiagnostics(uri, { version: 1 });
    const loads = moduleLoads();
    assert.equal(loads.length, 1, JSON.stringify(client.diagnostics.get(uri)));
    assert.equal(loads[0].range.start.line, 2);
    assert.match(String(loads[0].message), /lib\.sh line 2/);
    const inLib = loads[0].relatedInformation?.find((r) => r.location.uri.endsWith('/lib.sh'));
    assert.equal(inLib?.location.uri, pathToFileURL(path.join(dir, 'lib.sh')).toString());
    assert.equal(inLib?.location.range.start.line, 1);
    assert.match(inLib?.message ?? '', /run by entrypoint\.sh line 3/);
    const watched = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) =>
        (r.registerOptions as { watchers: { globPattern: { pattern: string } }[] }).watchers.map((w) => w.globPattern.pattern),
      );
    assert.ok(watched.includes('entrypoint.sh') && watched.includes('lib.sh'), JSON.stringify(watched));

    // The sourced script changes on disk: analysed again with its new text.
    fs.writeFileSync(path.join(dir, 'lib.sh'), 'true\n');
    await notify('lib.sh');
    assert.equal(moduleLoads().length, 0);
    fs.writeFileSync(path.join(dir, 'lib.sh'), 'modprobe br_netfilter\n');
    await notify('lib.sh');
    assert.equal(moduleLoads().length, 1);
    // Excluded by .dockerignore: not in the build context, not read (and the ignore file is watched).
    fs.writeFileSync(path.join(dir, '.dockerignore'), 'lib.sh\n');
    await notify('.dockerignore');
    assert.equal(moduleLoads().length, 0);
    assert.ok(
      client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('"pattern":".dockerignore"')),
      'the ignore file is watched',
    );
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
