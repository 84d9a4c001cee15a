/**
 * Incremental analysis through the real protocol on a document big enough for every fast path of the
 * server (sliced first parse, models derived from the previous version with the LSP changes, shell
 * commands shifted rather than parsed again, stage resolution reused): after each kind of edit the
 * published diagnostics must equal a full analysis of the same text from scratch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { generateDockerfile } from '../../bench/generate.mjs';
import { LspTestClient } from '../support/lspClient';

const SETTINGS = { target: 'rhel8' };
const URI = 'file:///tmp/kl-incremental/Dockerfile';

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, text: string): Change => ({
  range: { start: at(line, character), end: at(line, character) },
  text,
});

function fresh(text: string) {
  return analyzeDocument(text, { layers: { settings: SETTINGS } }).findings.map((f) => [f.ruleId, f.range, f.message]);
}

test('big document over stdio: every kind of incremental edit publishes what a fresh analysis finds', { timeout: 180_000 }, async () => {
  const { text: start } = generateDockerfile(3000);
  const lines = start.split('\n');
  // A line inside a RUN continuation chain in the middle of the file, and the first FROM after it.
  const mid = lines.findIndex((l, i) => i > 1500 && /^\s+&& /.test(l) && l.endsWith('\\'));
  const laterFrom = lines.findIndex((l, i) => i > mid && l.startsWith('FROM '));
  assert.ok(mid > 0 && laterFrom > mid, 'the generated file has a RUN chain and a later FROM');
  const edits: { what: string; changes: (doc: TextDocument) => Change[] }[] = [
    { what: 'a character typed in a RUN chain', changes: () => [insert(mid, 6, 'x')] },
    {
      what: 'a new line with a kernel command in the chain (blocks below shift)',
      changes: () => [insert(mid, 0, '    && modprobe wireguard \\\n')],
    },
    {
      what: 'the continuation backslash removed (the chain splits)',
      changes: (d) => [
        {
          range: {
            start: at(mid, d.getText({ start: at(mid, 0), end: at(mid + 1, 0) }).length - 2),
            end: at(mid, d.getText({ start: at(mid, 0), end: at(mid + 1, 0) }).length - 1),
          },
          text: '',
        },
      ],
    },
    { what: 'a heredoc opened that swallows following lines', changes: () => [insert(mid + 1, 0, 'RUN <<EOF\nmodprobe sctp\n')] },
    { what: 'the heredoc closed again', changes: () => [insert(mid + 3, 0, 'EOF\n')] },
    {
      what: 'a later FROM changed (stages re-resolved)',
      changes: (d) => {
        const line = d
          .getText()
          .split('\n')
          .findIndex((l, i) => i > mid && l.startsWith('FROM '));
        const len = d.getText().split('\n')[line].length;
        return [{ range: { start: at(line, 0), end: at(line, len) }, text: 'FROM centos:7 AS changed' }];
      },
    },
    {
      what: 'two changes in one notification, bottom one first',
      changes: (d) => [insert(d.lineCount - 1, 0, 'RUN sysctl -w net.ipv4.ip_forward=1\n'), insert(10, 0, '# a comment\n')],
    },
    {
      what: 'a block of lines deleted across instructions',
      changes: () => [{ range: { start: at(mid - 20, 0), end: at(mid + 15, 0) }, text: '' }],
    },
    { what: 'an edit in the parser-directive lines (full rebuild)', changes: () => [insert(0, 0, '# escape=`\n')] },
  ];
  const client = await LspTestClient.start({ settings: SETTINGS });
  try {
    let doc = TextDocument.create(URI, 'dockerfile', 1, start);
    await client.open(URI, start, 1);
    const opened = await client.waitForDiagnostics(URI, { version: 1, timeoutMs: 60_000 });
    assert.deepEqual(
      opened.map((d) => [d.code, d.range, d.message]),
      fresh(start),
      'at open',
    );
    assert.ok(opened.length > 20, `the generated file has findings to compare (${opened.length})`);
    for (const edit of edits) {
      const changes = edit.changes(doc);
      doc = TextDocument.update(doc, changes, doc.version + 1);
      const version = await client.change(URI, changes);
      assert.equal(version, doc.version);
      const published = await client.waitForDiagnostics(URI, { version, timeoutMs: 60_000 });
      assert.deepEqual(
        published.map((d) => [d.code, d.range, d.message]),
        fresh(doc.getText()),
        `after ${edit.what}`,
      );
    }
  } finally {
    await client.shutdown();
  }
});

test('typing without pause in a big document: diagnostics still follow (no starvation), and the last version is published', {
  timeout: 180_000,
}, async () => {
  const { text: start } = generateDockerfile(50_000);
  const lines = start.split('\n');
  const line = lines.findIndex((l, i) => i > 25_000 && /^\s+&& /.test(l));
  const client = await LspTestClient.start({ settings: SETTINGS });
  try {
    let doc = TextDocument.create(URI, 'dockerfile', 1, start);
    await client.open(URI, start, 1);
    await client.waitForDiagnostics(URI, { version: 1, timeoutMs: 60_000 });
    const versionsSeen = new Set<number>();
    // Edits every few milliseconds (faster than any analysis of this file): each one supersedes the
    // analysis in progress, so without a cap on the diagnostics' age none would finish. Typing goes on for
    // at least 3 s and until a version published meanwhile is seen, for at most 30 s: a loaded machine
    // only makes the wait longer, while a starving server never publishes and fails at the cap.
    const started = Date.now();
    const typing = () => {
      const elapsed = Date.now() - started;
      const seen = [...versionsSeen].some((v) => v > 1);
      return elapsed < 3000 || (!seen && elapsed < 30_000);
    };
    for (let i = 0; typing(); i++) {
      const change = insert(line, 6 + i, 'x');
      doc = TextDocument.update(doc, [change], doc.version + 1);
      await client.change(URI, [change]);
      await new Promise((r) => setTimeout(r, 2));
      const published = client.diagnostics.get(URI)?.version;
      if (published !== undefined) versionsSeen.add(published);
    }
    const typedUntil = doc.version;
    const seenWhileTyping = [...versionsSeen].filter((v) => v > 1 && v < typedUntil);
    const last = await client.waitForDiagnostics(URI, { version: typedUntil, timeoutMs: 60_000 });
    assert.ok(seenWhileTyping.length > 0, `diagnostics were published while typing (versions ${[...versionsSeen].join(', ')})`);
    // A file this size has more findings than the server publishes (at most 1,000 plus a summary line).
    const expected = fresh(doc.getText());
    const shown = last.filter((d) => d.code !== undefined);
    assert.deepEqual(
      shown.map((d) => [d.code, d.range, d.message]),
      expected.slice(0, shown.length),
      'the last version',
    );
    assert.equal(shown.length, Math.min(expected.length, 1000));
  } finally {
    await client.shutdown();
  }
});
