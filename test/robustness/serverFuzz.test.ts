/**
 * The real server over stdio, driven by random documents and random incremental edits: what it
 * publishes for a version must equal the analysis of the text rebuilt locally from the same edits
 * (so its document text equals the full-sync text), hovers must match the local hover, and every
 * code action it offers must apply inside the document and leave text dockerfile-ast parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { applyEdits } from '../../server/src/analysis/edits';
import { hoverAt } from '../../server/src/analysis/hover';
import { readKernelConfigFile } from '../../server/src/analysis/host/kernelConfig';
import { detectMachine } from '../../server/src/analysis/host/machine';
import type { TextEdit } from '../../server/src/analysis/types';
import { LspTestClient } from '../support/lspClient';
import { concreteChange, dockerfileText, fcParams, fuzzRuns, lspLines, relativeEdit } from './arbitraries';

const RUNS = Math.max(10, Math.floor(fuzzRuns() / 2));
/** A preset target, so the server's and the local analysis agree whatever machine runs the test. */
const SETTINGS = { target: 'debian-12' };
const machine = detectMachine();

function localAnalysis(text: string) {
  return analyzeDocument(text, {
    layers: { settings: SETTINGS, machine, defaultPlatform: process.platform },
    readConfig: (p) => readKernelConfigFile(p),
  });
}

test(`random documents and incremental edits over stdio: server diagnostics, hovers and code actions match the full-sync text (${RUNS} runs)`, {
  timeout: 600_000,
}, async () => {
  const client = await LspTestClient.start({ settings: SETTINGS });
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(
        dockerfileText,
        fc.array(fc.tuple(relativeEdit, fc.boolean()), { maxLength: 8 }),
        fc.nat(),
        async (start, edits, hoverSeed) => {
          const uri = `file:///fuzz/${n++}/Dockerfile`;
          let doc = TextDocument.create(uri, 'dockerfile', 1, start);
          await client.open(uri, start, 1);
          try {
            for (const [edit, wait] of edits) {
              const change = concreteChange(doc.getText(), edit);
              doc = TextDocument.update(doc, [change], doc.version + 1);
              const v = await client.change(uri, [change]);
              assert.equal(v, doc.version);
              if (wait) await client.waitForDiagnostics(uri, { version: v });
            }
            const text = doc.getText();
            const published = await client.waitForDiagnostics(uri, { version: doc.version });
            const local = localAnalysis(text);
            assert.deepEqual(
              published.map((d) => [d.code, d.range, d.message]),
              local.findings.map((f) => [f.ruleId, f.range, f.message]),
              `server and full-sync text disagree; text ${JSON.stringify(text)}`,
            );
            // Hovers at a few positions equal the local hover.
            const lines = lspLines(text);
            for (let k = 0; k < 3; k++) {
              const line = (hoverSeed + k * 7) % lines.length;
              const character = (hoverSeed >> 3) % (lines[line].length + 1);
              const remote = await client.hover(uri, line, character);
              const mine = hoverAt(local, { line, character });
              assert.equal(remote?.contents.value ?? null, mine?.markdown ?? null, `hover ${line}:${character}`);
            }
            // Every code action the server offers applies inside the document and keeps it parseable.
            for (const d of published) {
              const actions = await client.codeActions(uri, d.range, [d]);
              for (const a of actions) {
                const edits = (a.edit?.changes?.[uri] ?? []) as TextEdit[];
                for (const e of edits) {
                  for (const p of [e.range.start, e.range.end]) {
                    assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `edit outside document: ${JSON.stringify(e)}`);
                  }
                }
                if (edits.length) assert.doesNotThrow(() => DockerfileParser.parse(applyEdits(text, edits)));
              }
            }
            const fixAll = await client.codeActions(
              uri,
              { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              [],
              ['source.fixAll'],
            );
            for (const a of fixAll) assert.doesNotThrow(() => applyEdits(text, a.edit?.changes?.[uri] ?? []));
          } finally {
            await client.close(uri);
          }
        },
      ),
      fcParams('server incremental', RUNS),
    );
    // The server is still alive and answering after all of it.
    assert.ok(Array.isArray(await client.conn.sendRequest('kernelLens/rules')));
    assert.equal(client.proc.exitCode, null, client.stderr.slice(-2000));
  } finally {
    await client.shutdown();
  }
});
