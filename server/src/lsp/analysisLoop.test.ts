/**
 * The analysis loop's publishing invariant: once the loop is idle, the latest committed result of an
 * open document has been published — whoever computed it. A hover asked during the first analysis of
 * a big document, with the settings arriving meanwhile, used to start an analysis under the old
 * settings that committed after the runs had checked their own result, so nothing was published at
 * all (the 1 MB case of hugeFiles.test.ts hung that way now and then under load).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver/node';
import { CancellationToken } from 'vscode-languageserver/node';
import { AnalysisLoop } from './analysisLoop';
import { SIZES } from './limits';
import { LinesDocument } from './linesDocument';
import { DocumentSession } from './session';
import type { WorkspaceTarget } from './workspaceTarget';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Published {
  version?: number;
  count: number;
}

function harness(lines: number) {
  const published: Published[] = [];
  const connection = {
    sendDiagnostics: (p: { version?: number; diagnostics: unknown[] }) => {
      published.push({ version: p.version, count: p.diagnostics.length });
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
    console: { error: (m: string) => assert.fail(m) },
  } as unknown as Connection;
  const workspace = { analyzeOptions: () => ({ today: new Date('2026-12-01T00:00:00Z') }), reportProblems: () => undefined };
  const sessions: DocumentSession[] = [];
  const loop = new AnalysisLoop(
    connection,
    workspace as unknown as WorkspaceTarget,
    () => sessions,
    () => '/ext',
  );
  const text = `FROM ubuntu:22.04\n${'RUN apt-get install -y curl && modprobe x\n'.repeat(lines)}`;
  const doc = LinesDocument.create('file:///tmp/loop/Dockerfile', 'dockerfile', 1, text);
  const session = new DocumentSession(doc.uri, doc, () => loop.generation);
  sessions.push(session);
  return { loop, session, published };
}

/** Turns of the event loop until the loop has nothing pending (bounded by work, not time). */
async function idle(s: DocumentSession): Promise<void> {
  for (let i = 0; i < 200_000; i++) {
    await turn();
    if (!s.timer && !s.inflight && !s.building && s.result && s.publishedResult === s.result) return;
  }
  assert.fail(`not idle: result ${!!s.result}, published ${s.publishedResult === s.result}, inflight ${!!s.inflight}`);
}

for (const settingsAfterTurns of [0, 1, 3, 10, 40]) {
  test(`a hover during the first analysis of a big document, settings ${settingsAfterTurns} turns later: its result is published`, async () => {
    const { loop, session, published } = harness(2_500);
    assert.ok(session.big, 'the document is analysed in slices');
    loop.schedule(session); // didOpen: the run waits for the settings
    const hover = loop.analyzedFor(session, CancellationToken.None); // a hover while it waits
    for (let i = 0; i < settingsAfterTurns; i++) await turn();
    loop.settingsReady();
    loop.analyzeAll(); // the settings arrived: a new generation
    assert.ok(await hover, 'the hover is answered');
    await idle(session);
    assert.ok(published.length >= 1, 'diagnostics published');
    assert.equal(published.at(-1)?.version, 1);
    assert.ok((published.at(-1)?.count ?? 0) > 0, 'with the findings');
    loop.dispose();
  });
}

test('a small document: one publish per result, the hover joins the run', async () => {
  const { loop, session, published } = harness(20);
  loop.settingsReady();
  loop.schedule(session);
  const hover = loop.analyzedFor(session, CancellationToken.None);
  assert.ok(await hover);
  await idle(session);
  assert.equal(published.length, 1);
  loop.dispose();
});

test('an analysis started under older settings never commits, even when it ends after the change', async () => {
  // The root of the race above: its ticket took the generation current when its model was ready,
  // so a hover's analysis begun before the settings arrived committed as if made with them.
  const { loop, session } = harness(2_500);
  loop.settingsReady();
  const started = loop.analyzeCurrent(session); // generation 0, in slices
  await turn();
  loop.generation++; // the settings changed meanwhile (analyzeAll without its runs)
  assert.equal(await started, undefined, 'dropped');
  assert.equal(session.result, undefined, 'nothing committed');
  const again = await loop.analyzeCurrent(session);
  assert.ok(
    again && session.result === again && session.resultGeneration === loop.generation,
    'a new analysis commits under the new generation',
  );
  loop.dispose();
});

test('a published result lets go of its findings and notes once an edit supersedes it; the next edit is published in full', async () => {
  const { loop, session, published } = harness(20);
  loop.settingsReady();
  loop.schedule(session);
  await idle(session);
  const first = session.result!;
  const count = first.findings.length;
  assert.ok(count > 0 && published.at(-1)?.count === count);
  assert.ok(first.notes.length > 0, 'a hover read its notes');
  // An edit (as the documents handler applies one): the published result of revision 1 is superseded.
  const edit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# x\n' };
  session.recordChanges([edit]);
  session.document.update([edit], 2);
  assert.equal(first.findings.length, 0, 'superseded and published: nothing reads its findings again');
  assert.equal(first.notes.length, 0, 'nor its notes');
  assert.equal(first.model.lines.length, 0, "nor its model (the previous revision's text and lines)");
  assert.equal(first.model.instructions.length, 0);
  assert.equal(first.stages.length, 0, 'nor its stages');
  assert.ok(session.isReleased(first), 'so no request is answered from it');
  assert.ok((session.model?.lines.length ?? 0) > 20, 'the session keeps its own model, to derive the next one from');
  assert.equal(session.resultIsLatest, false, 'so no request is answered from it');
  loop.schedule(session);
  await idle(session);
  assert.notEqual(session.result, first);
  assert.equal(session.result?.findings.length, count, 'the new revision has all its findings');
  assert.equal(session.result?.model, session.model, 'and its model');
  assert.ok((session.result?.stages.length ?? 0) > 0, 'and its stages');
  assert.equal(session.isReleased(session.result!), false);
  assert.ok((session.result?.notes.length ?? 0) > 0, 'and its notes');
  assert.equal(published.at(-1)?.version, 2);
  assert.equal(published.at(-1)?.count, count);
  loop.dispose();
});

test('an unpublished result keeps its findings when superseded (overdue diagnostics may still publish it)', () => {
  const { session } = harness(20);
  const result = { findings: [{}] } as unknown as NonNullable<DocumentSession['result']>;
  session.result = result;
  session.resultRevision = session.revision;
  session.recordChanges([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#' }]);
  assert.equal(result.findings.length, 1);
  assert.equal(session.isReleased(result), false);
  session.publishedResult = result;
  session.releaseSuperseded();
  assert.equal(result.findings.length, 0);
  assert.ok(session.isReleased(result));
});

test('a request never gets a released result: an older revision published meanwhile is skipped for the current one', async () => {
  const { loop, session } = harness(20);
  loop.settingsReady();
  loop.schedule(session);
  await idle(session);
  const first = session.result!;
  const edit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# x\n' };
  session.recordChanges([edit]);
  session.document.update([edit], 2);
  assert.ok(session.isReleased(first));
  // As when overdue diagnostics of revision 1 were published (and so released) while a hover waited on
  // the analysis in progress: that analysis resolves with the released result.
  const entry = { revision: session.revision, generation: loop.generation, promise: Promise.resolve<typeof first | undefined>(undefined) };
  entry.promise = (async () => {
    for (let i = 0; i < 5; i++) await turn(); // still in progress when the request joins it
    return first;
  })().then((r) => {
    if (session.inflight === entry) session.inflight = undefined;
    return r;
  });
  session.inflight = entry;
  const answer = await loop.analyzedFor(session, CancellationToken.None);
  assert.ok(answer && answer !== first, 'answered from the current revision');
  assert.equal(session.isReleased(answer), false);
  assert.ok(answer.findings.length > 0 && answer.model.lines.length > 20);
  assert.equal(session.resultRevision, session.revision);
  loop.dispose();
});

test('a huge document just opened is analysed at the next turn; edits to it keep the debounce', () => {
  const { loop, session } = harness(SIZES.hugeMinLines + 1);
  // A Timeout (setTimeout) has refresh(), an Immediate (setImmediate) has not.
  loop.schedule(session);
  assert.ok(session.timer && !('refresh' in session.timer), 'the first analysis starts at the next turn, without the debounce');
  session.clearTimer();
  // An edit within the burst window (the last change "now or later", so no clock reading decides it).
  session.lastChangeAt = Date.now() + 60_000;
  loop.schedule(session);
  assert.ok(session.timer && 'refresh' in session.timer, 'an edit of a huge document waits for the debounce');
  loop.dispose();
});
