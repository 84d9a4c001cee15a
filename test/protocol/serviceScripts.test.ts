/** The real server reads the s6-overlay services a COPY brings (a listed service folder), and watches that folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient';

const DOCKERFILE = 'FROM ghcr.io/linuxserver/baseimage-alpine:3.23\nRUN apk add --no-cache kmod\nCOPY root/ /\n';
const RUN = '#!/usr/bin/with-contenv bash\n# modprobe in a comment\nmodprobe br_netfilter\nexec sleep infinity\n';

test('a module load in an s6 service run script: diagnostic on the COPY source, related location in the run file; a new service re-analyses', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-services-'));
  const services = path.join(dir, 'root/etc/s6-overlay/s6-rc.d');
  fs.mkdirSync(path.join(services, 'svc-a'), { recursive: true });
  fs.mkdirSync(path.join(services, 'user/contents.d'), { recursive: true });
  fs.writeFileSync(path.join(services, 'svc-a/run'), RUN);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  const uri = pathToFileURL(path.join(dir, 'Dockerfile')).toString();
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(uri, DOCKERFILE);
    const loads = (await client.waitForDiagnostics(uri, { version: 1 })).filter((d) => d.code === 'kernel-module-load');
    assert.equal(loads.length, 1, JSON.stringify(loads.map((d) => d.message)));
    assert.equal(loads[0].range.start.line, 2);
    assert.match(String(loads[0].message), /svc-a\/run line 3/);
    const inRun = loads[0].relatedInformation?.find((r) => r.location.uri.endsWith('/svc-a/run'));
    assert.equal(inRun?.location.range.start.line, 2);
    // The service folder is watched by its entries: a service added on disk is read at the next analysis.
    const patterns = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) =>
        (r.registerOptions as { watchers: { globPattern: { pattern: string } }[] }).watchers.map((w) => w.globPattern.pattern),
      );
    assert.ok(patterns.includes('root/etc/s6-overlay/s6-rc.d/*'), JSON.stringify(patterns));
    fs.mkdirSync(path.join(services, 'svc-b'));
    fs.writeFileSync(path.join(services, 'svc-b/run'), '#!/bin/sh\nmodprobe wireguard\n');
    const published = client.diagnostics.get(uri)?.count ?? 0;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(services, 'svc-b')).toString(), type: 1 }],
    });
    const after = await client.waitForDiagnostics(uri, { predicate: () => (client.diagnostics.get(uri)?.count ?? 0) > published });
    const merged = after.filter((d) => d.code === 'kernel-module-load');
    assert.equal(merged.length, 1, 'loads on one word are one finding');
    assert.match(String(merged[0].message), /svc-a\/run line 3, .*svc-b\/run line 2/);
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
