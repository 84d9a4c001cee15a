/** Target host over the protocol: settings changes, .kernel-lens.json, directives and bad settings re-check open documents at once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient, fileUri } from '../support/lspClient';

const TEXT = 'FROM ubuntu:22.04\nRUN echo hello\n';

function tooOld(d: { code?: string | number }[]): boolean {
  return d.some((x) => x.code === 'libc-kernel-too-old');
}

test('changing kernelLens.target re-checks open documents and changes the hover', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-target-'));
  const file = path.join(dir, 'Dockerfile');
  fs.writeFileSync(file, TEXT);
  const uri = fileUri(file);
  const client = await LspTestClient.start({ rootPath: dir, settings: { target: '3.1' } });
  try {
    await client.open(uri, TEXT);
    const before = await client.waitForDiagnostics(uri, { predicate: tooOld });
    assert.ok(tooOld(before));
    let hover = await client.hover(uri, 0, 1);
    assert.match(hover!.contents.value, /needs kernel ≥ 3\.2 — target 3\.1 is too old ✗/);

    await client.changeConfiguration({ target: '6.1.0-18-amd64' });
    await client.waitForDiagnostics(uri, { predicate: (d) => !tooOld(d) });
    hover = await client.hover(uri, 0, 1);
    assert.match(hover!.contents.value, /target 6\.1\.0-18-amd64 ✓/);

    // .kernel-lens.json outranks settings; the server re-reads it when told the file changed.
    fs.writeFileSync(path.join(dir, '.kernel-lens.json'), JSON.stringify({ target: '3.1' }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path.join(dir, '.kernel-lens.json')), type: 1 }],
    });
    await client.waitForDiagnostics(uri, { predicate: tooOld });

    // An in-file directive outranks both.
    const v = await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# kernel-lens: kernel=6.6\n' },
    ]);
    const d = await client.waitForDiagnostics(uri, { version: v });
    assert.ok(!tooOld(d), JSON.stringify(d));
    hover = await client.hover(uri, 1, 1);
    assert.match(hover!.contents.value, /target .*6\.6/);
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad setting is reported once, in words, and the server keeps serving', async () => {
  const client = await LspTestClient.start({ settings: { target: 'banana', kernelConfigPath: '/nonexistent/config' } });
  const uri = 'file:///tmp/kl-bad-settings/Dockerfile';
  try {
    await client.open(uri, TEXT);
    await client.waitForDiagnostics(uri);
    const hover = await client.hover(uri, 0, 1);
    assert.match(hover!.contents.value, /Ubuntu 22\.04/);
    // re-sending the same bad settings does not repeat the message
    await client.changeConfiguration({ target: 'banana', kernelConfigPath: '/nonexistent/config' });
    await client.hover(uri, 0, 1);
    const banana = client.shownMessages.filter((m) => /banana/.test(m.message));
    assert.equal(banana.length, 1, JSON.stringify(client.shownMessages));
    assert.match(banana[0].message, /kernelLens\.target/);
    const missing = client.shownMessages.filter((m) => /nonexistent/.test(m.message));
    assert.equal(missing.length, 1, JSON.stringify(client.shownMessages));
  } finally {
    await client.shutdown();
  }
});

test('editing the configured kernel config file on disk re-checks open documents without any notification', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-config-'));
  const config = path.join(dir, 'host.config');
  fs.writeFileSync(config, '# CONFIG_WIREGUARD is not set\nCONFIG_NET=y\n');
  const uri = fileUri(path.join(dir, 'Dockerfile'));
  const text = 'FROM debian:13\nRUN apt-get update && apt-get install -y wireguard-tools\n';
  const client = await LspTestClient.start({ rootPath: dir, settings: { target: '6.12', kernelConfigPath: config } });
  const wireguard = (d: { code?: string | number }[]) => d.some((x) => x.code === 'kernel-feature-missing');
  try {
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, { predicate: wireguard });
    fs.writeFileSync(config, 'CONFIG_WIREGUARD=y\nCONFIG_NET=y\n');
    await client.waitForDiagnostics(uri, { predicate: (d) => !wireguard(d), timeoutMs: 10000 });
    fs.writeFileSync(config, '# CONFIG_WIREGUARD is not set\nCONFIG_NET=y\n');
    await client.waitForDiagnostics(uri, { predicate: wireguard, timeoutMs: 10000 });
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
