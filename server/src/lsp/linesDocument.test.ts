import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LinesDocument } from './linesDocument';

// The reference: vscode-languageserver-textdocument, which every LSP server built on
// vscode-languageserver uses. LinesDocument must apply changes exactly as it does.
const piece = fc.constantFrom('a', 'bc', ' ', '\\', '\n', '\r', '\r\n', 'é', '😀', 'RUN x', '\n\n', '\r\r\n');
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 6 }), character: fc.integer({ min: -1, max: 8 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

test('LinesDocument applies changes exactly as vscode-languageserver-textdocument does', () => {
  fc.assert(
    fc.property(
      text,
      fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
      fc.array(position, { maxLength: 4 }),
      (initial, updates, probes) => {
        const ours = LinesDocument.create('file:///x', 'dockerfile', 1, initial);
        let ref = TextDocument.create('file:///x', 'dockerfile', 1, initial);
        let version = 1;
        for (const changes of updates) {
          version++;
          ours.update(changes, version);
          // One change at a time, each on a fresh reference: the reference's own incremental line
          // offsets go wrong for ranges past the end (inserting "\r\n" at line 5 of an empty
          // document leaves it 7 lines), and every later change would inherit that.
          for (const c of changes)
            ref = TextDocument.create('file:///x', 'dockerfile', version, TextDocument.update(ref, [c], version).getText());
          assert.equal(ours.getText(), ref.getText());
          assert.equal(ours.version, ref.version);
          assert.equal(ours.lineCount, ref.lineCount);
          assert.equal(ours.length, ref.getText().length, 'the kept length follows every change');
          // What the analysis model reads: the lines as buildModel splits them, and whether any '\r' is left.
          assert.deepEqual(ours.contentLines(), ref.getText().split(/\r\n|\r|\n/));
          assert.equal(ours.hasCarriageReturns, ref.getText().includes('\r'));
        }
        for (const p of probes) {
          assert.equal(ours.offsetAt(p), ref.offsetAt(p), `offsetAt ${JSON.stringify(p)}`);
          assert.deepEqual(ours.positionAt(ref.offsetAt(p)), ref.positionAt(ref.offsetAt(p)));
          assert.equal(
            ours.getText({ start: { line: 0, character: 0 }, end: p }),
            ref.getText({ start: { line: 0, character: 0 }, end: p }),
          );
        }
      },
    ),
    { numRuns: 2000 },
  );
});

test('CR and LF joined across an edit boundary become one CRLF line break', () => {
  const doc = LinesDocument.create('file:///x', 'dockerfile', 1, 'a\rX\nb');
  assert.equal(doc.lineCount, 3);
  doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
  assert.equal(doc.getText(), 'a\r\nb');
  assert.equal(doc.lineCount, 2);
  doc.update([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'c\r' }], 3);
  assert.equal(doc.getText(), 'ac\r\r\nb');
  assert.equal(doc.lineCount, 3);
});

test('a change replaces only the lines it touches: untouched lines keep their strings', () => {
  const initial = Array.from({ length: 1000 }, (_, i) => `RUN echo line ${i} padded to be long enough`).join('\n');
  const doc = LinesDocument.create('file:///x', 'dockerfile', 1, initial);
  const before = doc.contentLines().slice();
  doc.update([{ range: { start: { line: 500, character: 4 }, end: { line: 500, character: 8 } }, text: 'printf' }], 2);
  const after = doc.contentLines();
  assert.equal(after.length, 1000);
  for (let i = 0; i < 1000; i++) if (i !== 500) assert.ok(after[i] === before[i], `line ${i} was rebuilt`);
  assert.equal(after[500], 'RUN printf line 500 padded to be long enough');
  assert.equal(doc.getText(), initial.replace('RUN echo line 500 ', 'RUN printf line 500 '));
});

test('lines are split at every terminator, and the text comes back exactly', () => {
  for (const [text, lines] of [
    ['', ['']],
    ['a\nb\r\nc\rd', ['a', 'b', 'c', 'd']],
    ['a\n', ['a', '']],
    ['\r\r\n', ['', '', '']],
  ] as const) {
    const doc = LinesDocument.create('file:///x', 'dockerfile', 1, text);
    assert.deepEqual(doc.contentLines(), lines);
    assert.equal(doc.lineCount, lines.length);
    assert.equal(doc.hasCarriageReturns, text.includes('\r'));
    // Joined again after a change that touches nothing (no cached copy of the original text).
    doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }], 2);
    assert.equal(doc.getText(), text);
  }
});
