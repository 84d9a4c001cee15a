/** Host requirements over the protocol: the custom request behind "Kernel Lens: Show Host Requirements", and the final FROM hover's summary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///tmp/kernel-lens-protocol/requirements/Dockerfile';
const TEXT = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'alpine-vpn', 'Dockerfile'), 'utf8');

test('kernelLens/requirements returns the Markdown report and the final FROM hover sums it up', async () => {
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, { version: 1 });
    const report = (await client.conn.sendRequest('kernelLens/requirements', { uri: URI })) as {
      markdown: string;
      requirements: { stages: { final: boolean; requirements: { name: string }[] }[] };
    };
    assert.ok(report, 'a report for an open document');
    assert.match(report.markdown, /^# Host requirements: Dockerfile/);
    assert.match(report.markdown, /WireGuard \(CONFIG_WIREGUARD\)/);
    assert.match(report.markdown, /docker run --cap-add NET_ADMIN --sysctl net\.ipv4\.ip_forward=1 <image>/);
    assert.equal(report.requirements.stages[0].final, true);
    const fromLine = TEXT.split('\n').findIndex((l) => l.startsWith('FROM '));
    const hover = await client.hover(URI, fromLine, 6);
    assert.ok(hover);
    assert.match(hover.contents.value, /\*\*Needs from the host:\*\* Linux ≥ 5\.6 · WireGuard \(CONFIG\\?_WIREGUARD\)/);
    assert.match(hover.contents.value, /--cap-add NET\\?_ADMIN/);
    assert.equal(
      await client.conn.sendRequest('kernelLens/requirements', { uri: 'file:///not/open/Dockerfile' }),
      null,
      'null for a document that is not open',
    );
    await assert.rejects(client.conn.sendRequest('kernelLens/requirements', { uri: 42 }), /uri must be a string/);
  } finally {
    await client.shutdown();
  }
});

test('kernelLens.targets: one publish with per-target verdicts, a per-target hover table, the set in targetInfo', async () => {
  const client = await LspTestClient.start({ settings: { targets: ['rhel8', 'ubuntu-24.04'] } });
  try {
    const uri = 'file:///tmp/kernel-lens-protocol/fleet/Dockerfile';
    await client.open(uri, TEXT);
    const diags = await client.waitForDiagnostics(uri, { version: 1 });
    const text = (m: unknown): string => (typeof m === 'string' ? m : (m as { value: string }).value);
    const wg = diags.find((d) => d.code === 'kernel-feature-missing' && /wg-quick/.test(text(d.message)));
    assert.ok(wg, diags.map((d) => text(d.message)).join('\n'));
    assert.match(text(wg.message), /fails on rhel8 \(4\.18\); fine on ubuntu-24\.04 \(6\.8\)/);
    const hover = await client.hover(uri, wg.range.start.line, wg.range.start.character + 1);
    assert.ok(hover);
    assert.match((hover.contents as { value: string }).value, /\| rhel8 \(4\.18\) \| ✗ warning \|/);
    assert.match((hover.contents as { value: string }).value, /\| ubuntu-24\.04 \(6\.8\) \| ✓ fine \|/);
    const info = (await client.conn.sendRequest('kernelLens/targetInfo', { uri })) as { label: string; targets?: string[] };
    assert.equal(info.label, '2 targets: rhel8, ubuntu-24.04');
    assert.deepEqual(info.targets, ['rhel8', 'ubuntu-24.04']);
  } finally {
    await client.shutdown();
  }
});
