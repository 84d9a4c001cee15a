/**
 * Multi-root workspaces (issue #21): settings are pulled per workspace folder (`scopeUri`) and each
 * folder's `.kernel-lens.json` applies to the documents inside it, with relative kernel-config paths
 * resolved against that folder. A document outside every folder gets the window's settings alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient, fileUri } from '../support/lspClient';

interface TargetInfo {
  label: string;
  origin: string;
  description: string;
}

const DOCKERFILE = 'FROM ubuntu:22.04\nRUN modprobe wireguard\n';

test('each workspace folder gets its own settings and its own .kernel-lens.json', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-multiroot-'));
  const [a, b, c, outside] = ['a', 'b', 'c', 'outside'].map((n) => path.join(root, n));
  for (const d of [a, b, c, outside]) fs.mkdirSync(d);
  // b: its own file, naming a kernel config by a path relative to b (the file is only in b).
  fs.writeFileSync(path.join(b, 'host.config'), 'CONFIG_MODULES=y\nCONFIG_OVERLAY_FS=m\n');
  fs.writeFileSync(path.join(b, '.kernel-lens.json'), '{ "kernel": "5.14.0", "kernelConfigPath": "host.config" }\n');
  for (const d of [a, b, c, outside]) fs.writeFileSync(path.join(d, 'Dockerfile'), DOCKERFILE);
  const client = await LspTestClient.start({
    workspaceFolders: [a, b, c],
    settings: { target: 'debian-12' },
    folderSettings: { [fileUri(a)]: { target: 'rhel8' } },
  });
  try {
    const info = async (dir: string): Promise<TargetInfo> => {
      const uri = fileUri(path.join(dir, 'Dockerfile'));
      await client.open(uri, DOCKERFILE, 1);
      await client.waitForDiagnostics(uri, { version: 1 });
      return client.conn.sendRequest('kernelLens/targetInfo', { uri });
    };
    const inA = await info(a);
    assert.match(inA.label, /RHEL 8|rhel8/i, `folder a's own setting: ${JSON.stringify(inA)}`);
    const inB = await info(b);
    assert.match(inB.label, /5\.14/, `folder b's .kernel-lens.json: ${JSON.stringify(inB)}`);
    assert.match(inB.description, /host\.config/, `b's relative kernel config read from b: ${JSON.stringify(inB)}`);
    assert.doesNotMatch(JSON.stringify(inB), /could not|not read|missing/i, 'the config was found');
    const inC = await info(c);
    assert.match(inC.label, /Debian 12|debian-12/i, `folder c has neither: the window's setting: ${JSON.stringify(inC)}`);
    const out = await info(outside);
    assert.match(out.label, /Debian 12|debian-12/i, `outside every folder: the window's setting: ${JSON.stringify(out)}`);
    assert.deepEqual(
      client.shownMessages.filter((m) => /Kernel Lens/.test(m.message)),
      [],
      'no settings problem reported',
    );
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
