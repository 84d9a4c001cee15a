/** A start script the Dockerfile COPYs from its build context, read by the real server beside the Dockerfile. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient';

const DOCKERFILE = 'FROM debian:12\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\n';

test('ENTRYPOINT runs a COPYed entrypoint.sh that loads a module: diagnostic on the ENTRYPOINT line, related location in the script', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-context-'));
  const dir = path.join(root, 'app');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/bin/sh\nset -e\n# modprobe here is a comment\nmodprobe br_netfilter\nexec "$@"\n');
  const uri = pathToFileURL(path.join(dir, 'Dockerfile')).toString();
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(uri, DOCKERFILE);
    const diags = await client.waitForDiagnostics(uri, { version: 1 });
    const loads = diags.filter((d) => d.code === 'kernel-module-load');
    assert.equal(loads.length, 1, JSON.stringify(diags.map((d) => d.message)));
    assert.equal(loads[0].range.start.line, 2);
    assert.match(String(loads[0].message), /entrypoint\.sh line 4/);
    const inScript = loads[0].relatedInformation?.find((r) => r.location.uri.endsWith('/entrypoint.sh'));
    assert.ok(inScript, JSON.stringify(loads[0].relatedInformation));
    assert.equal(inScript.location.uri, pathToFileURL(path.join(dir, 'entrypoint.sh')).toString());
    assert.equal(inScript.location.range.start.line, 3);
    const actions = await client.codeActions(uri, loads[0].range, [loads[0]]);
    for (const a of actions)
      for (const u of Object.keys(a.edit?.changes ?? {})) assert.equal(u, uri, `${a.title} edits only the Dockerfile`);
    const hover = await client.hover(uri, 2, 14);
    assert.match(hover?.contents.value ?? '', /entrypoint\.sh line 4/);

    // The script is watched: when it changes on disk, the Dockerfile is analysed again with its new text.
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watch?.registerOptions, {
      watchers: [{ globPattern: { baseUri: pathToFileURL(fs.realpathSync(dir)).toString(), pattern: 'entrypoint.sh' } }],
    });
    fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/bin/sh\nexec "$@"\n');
    const published = client.diagnostics.get(uri)?.count ?? 0;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, 'entrypoint.sh')).toString(), type: 2 }],
    });
    const after = await client.waitForDiagnostics(uri, { predicate: () => (client.diagnostics.get(uri)?.count ?? 0) > published });
    assert.equal(after.filter((d) => d.code === 'kernel-module-load').length, 0);
    // An edit of the Dockerfile reads it again too (size/mtime/inode changed).
    fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/bin/sh\nmodprobe br_netfilter\n');
    const version = await client.change(uri, [{ text: `${DOCKERFILE}# edited\n` }]);
    const edited = await client.waitForDiagnostics(uri, { version });
    assert.equal(edited.filter((d) => d.code === 'kernel-module-load').length, 1);
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a context script that is a symlink out of the context is not read', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-context-'));
  const dir = path.join(root, 'app');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(root, 'outside.sh'), 'modprobe br_netfilter\n');
  fs.symlinkSync(path.join(root, 'outside.sh'), path.join(dir, 'start.sh'));
  const text = 'FROM debian:12\nCOPY start.sh /\nCMD ["/start.sh"]\n';
  fs.writeFileSync(path.join(dir, 'Dockerfile'), text);
  const uri = pathToFileURL(path.join(dir, 'Dockerfile')).toString();
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, { version: 1 });
    assert.equal(diags.filter((d) => d.code === 'kernel-module-load').length, 0);
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('untrusted workspace: a Dockerfile outside the workspace folders has its start scripts left unread; inside, they are read', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-context-'));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  const text = 'FROM debian:12\nCOPY start.sh /\nCMD ["/start.sh"]\n';
  for (const dir of [ws, outside]) {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), text);
    fs.writeFileSync(path.join(dir, 'start.sh'), 'modprobe br_netfilter\n');
  }
  const client = await LspTestClient.start({
    settings: { target: 'ubuntu-24.04' },
    workspaceFolders: [ws],
    initializationOptions: { settings: { target: 'ubuntu-24.04' }, trusted: false },
  });
  try {
    const inside = pathToFileURL(path.join(ws, 'Dockerfile')).toString();
    const away = pathToFileURL(path.join(outside, 'Dockerfile')).toString();
    await client.open(inside, text);
    await client.open(away, text);
    const a = await client.waitForDiagnostics(inside, { version: 1 });
    const b = await client.waitForDiagnostics(away, { version: 1 });
    assert.equal(a.filter((d) => d.code === 'kernel-module-load').length, 1);
    assert.equal(b.filter((d) => d.code === 'kernel-module-load').length, 0);
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
