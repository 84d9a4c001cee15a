/** Foundation protocol test: the bundled server over stdio answers FROM hovers, follows incremental edits, shuts down cleanly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///tmp/kernel-lens-protocol/Dockerfile';
const TEXT = [
  'ARG BASE=ubuntu:22.04', // 0
  'FROM centos:7 AS old', // 1
  'FROM ${BASE} AS build', // 2
  'RUN echo hi', // 3
  'FROM build', // 4
  'FROM scratch', // 5
  'FROM mycompany/internal-app:1.0', // 6
  '',
].join('\n');

test('hovers on FROM lines over stdio, incremental edits, clean shutdown', async () => {
  const client = await LspTestClient.start({ settings: { target: '6.1.0-18-amd64' } });
  try {
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, { version: 1 });

    const centos = await client.hover(URI, 1, 1);
    assert.ok(centos, 'hover on FROM centos:7');
    const c = centos.contents.value;
    assert.match(c, /CentOS Linux 7/);
    assert.match(c, /glibc 2\.17/);
    assert.match(c, /2\.6\.32/);
    assert.match(c, /3\.10/);
    assert.match(c, /does \*\*not\*\* use it/);
    assert.match(c, /end of life since 2024-06-30/);
    assert.match(c, /host kernel/);

    const ubuntu = await client.hover(URI, 2, 8);
    assert.ok(ubuntu);
    const u = ubuntu.contents.value;
    assert.match(u, /Ubuntu 22\.04 LTS/);
    assert.match(u, /Jammy Jellyfish/);
    assert.match(u, /glibc 2\.35/);
    assert.match(u, /5\.15/);
    assert.match(u, /default of ARG `BASE`/);
    assert.match(u, /target 6\.1\.0-18-amd64 ✓/);

    const chain = await client.hover(URI, 4, 2);
    assert.ok(chain);
    assert.match(chain.contents.value, /stage `build`, line 3/);
    assert.match(chain.contents.value, /Ubuntu 22\.04/);

    const scratch = await client.hover(URI, 5, 1);
    assert.ok(scratch);
    assert.match(scratch.contents.value, /empty filesystem/);
    assert.match(scratch.contents.value, /No userland/);

    const unknown = await client.hover(URI, 6, 10);
    assert.ok(unknown);
    assert.match(unknown.contents.value, /not in the knowledge base/);
    assert.match(unknown.contents.value, /host kernel/);
    assert.doesNotMatch(unknown.contents.value, /glibc|musl/);

    // Incremental edit: turn line 1 into ubuntu:22.04 by replacing only the image reference.
    const v2 = await client.change(URI, [
      { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 13 } }, text: 'alpine:3.20' },
    ]);
    await client.waitForDiagnostics(URI, { version: v2 });
    const alpine = await client.hover(URI, 1, 1);
    assert.ok(alpine);
    assert.match(alpine.contents.value, /Alpine/);
    assert.match(alpine.contents.value, /musl/);
    // Lines after the edit still answer.
    const scratch2 = await client.hover(URI, 5, 1);
    assert.match(scratch2!.contents.value, /empty filesystem/);

    // Not a FROM line, no finding: no hover.
    assert.equal(await client.hover(URI, 3, 5), null);
  } finally {
    const code = await client.shutdown();
    assert.equal(code, 0, `server exit code after shutdown/exit (stderr: ${client.stderr.slice(-300)})`);
  }
});
