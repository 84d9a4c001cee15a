/**
 * The hostile inputs marked `server: true` (hostileCases.ts) sent through the real server over
 * stdio, one server for all of them: each must be analysed and published within the limit, match
 * the local analysis (small ones) and leave the server answering hovers. Times are logged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { readKernelConfigFile } from '../../server/src/analysis/host/kernelConfig';
import { detectMachine } from '../../server/src/analysis/host/machine';
import { LspTestClient } from '../support/lspClient';
import { hostileCases } from './hostileCases';

/** A hang guard, not a speed limit (the bench measures speed). */
const LIMIT_MS = 600_000;
const SETTINGS = { target: 'debian-12' };
const machine = detectMachine();

test(`hostile inputs through the server over stdio (hang guard ${LIMIT_MS / 1000} s each)`, { timeout: 1_800_000 }, async (t) => {
  const client = await LspTestClient.start({ settings: SETTINGS });
  try {
    let n = 0;
    for (const c of hostileCases.filter((x) => x.server)) {
      await t.test(c.name, async (st) => {
        const uri = `file:///hostile/${n++}/Dockerfile`;
        const text = c.text();
        const t0 = Date.now();
        await client.open(uri, text);
        const diags = await client.waitForDiagnostics(uri, { version: 1, timeoutMs: LIMIT_MS });
        const hover = await client.hover(uri, 0, 1);
        const lines = text.split(/\r\n|\r|\n/);
        st.diagnostic(`${c.name}: published ${diags.length} diagnostics in ${Date.now() - t0} ms (${text.length} chars)`);
        for (const d of diags) {
          for (const p of [d.range.start, d.range.end])
            assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `diagnostic outside: ${JSON.stringify(d.range)}`);
        }
        if (text.length < 1_000_000) {
          const local = analyzeDocument(text, {
            layers: { settings: SETTINGS, machine, defaultPlatform: process.platform },
            readConfig: (p) => readKernelConfigFile(p),
          });
          // The server publishes at most 1,000 per file plus one summary line (server.ts MAX_DIAGNOSTICS).
          const expected = local.findings.slice(0, 1000).map((f) => [f.ruleId, f.range]);
          if (local.findings.length > 1000) {
            const summary = diags[diags.length - 1];
            assert.match(String(summary.message), new RegExp(`^${local.findings.length - 1000} more Kernel Lens findings`));
            assert.deepEqual(
              diags.slice(0, -1).map((d) => [d.code, d.range]),
              expected,
            );
          } else {
            assert.deepEqual(
              diags.map((d) => [d.code, d.range]),
              expected,
            );
          }
        }
        assert.ok(hover === null || typeof hover.contents.value === 'string');
        await client.close(uri);
      });
    }
    const uri = 'file:///hostile/after/Dockerfile';
    await client.open(uri, 'FROM ubuntu:22.04\n');
    const h = await client.hover(uri, 0, 7);
    assert.match(h!.contents.value, /Ubuntu 22\.04/);
    assert.equal(client.proc.exitCode, null, client.stderr.slice(-2000));
  } finally {
    await client.shutdown();
  }
});
