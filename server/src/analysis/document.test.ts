import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import {
  BlockCache,
  ModelBuild,
  buildModel,
  updateModel,
  blockAtLine,
  astRangeToAbsolute,
  type DockerfileModel,
  type DocumentLines,
  type TextChange,
} from './document';

const SAMPLE = [
  '# syntax=docker/dockerfile:1', // 0 directive
  'ARG BASE=ubuntu:22.04', // 1
  '# a comment', // 2
  'FROM ${BASE} AS build', // 3
  'RUN apt-get update && \\', // 4
  '    # comment inside a continuation', // 5
  '    apt-get install -y curl', // 6
  '', // 7
  'RUN <<EOF', // 8
  'modprobe x', // 9
  'EOF', // 10
  'COPY <<-EOT /etc/x', // 11
  '\thello', // 12
  '\tEOT', // 13
  'CMD ["sh"]', // 14
].join('\n');

function summary(m: DockerfileModel) {
  return m.instructions.map((b) => ({ start: b.startLine, count: b.lineCount, kw: b.parsed.keyword, text: b.parsed.text }));
}

test('blocks: instructions, continuations with comments, heredocs', () => {
  const m = buildModel(SAMPLE);
  assert.deepEqual(
    m.instructions.map((b) => [b.startLine, b.lineCount, b.parsed.keyword]),
    [
      [1, 1, 'ARG'],
      [3, 1, 'FROM'],
      [4, 3, 'RUN'],
      [8, 3, 'RUN'],
      [11, 3, 'COPY'],
      [14, 1, 'CMD'],
    ],
  );
  assert.deepEqual(m.directives, [{ name: 'syntax', value: 'docker/dockerfile:1', line: 0 }]);
  assert.equal(m.escapeChar, '\\');
  assert.equal(blockAtLine(m, 5)?.startLine, 4);
  assert.equal(blockAtLine(m, 7), undefined);
  assert.equal(blockAtLine(m, 12)?.parsed.keyword, 'COPY');
});

test('backtick escape directive: continuation by backtick, backslash is literal', () => {
  const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ `\n    && echo done\nRUN echo a\\\n';
  const m = buildModel(text);
  assert.equal(m.escapeChar, '`');
  assert.deepEqual(
    m.instructions.map((b) => [b.startLine, b.lineCount]),
    [
      [1, 1],
      [2, 2],
      [4, 1],
    ],
  );
  // positions reported by dockerfile-ast are mapped back to absolute lines despite the synthetic directive
  const run = m.instructions[1];
  const abs = astRangeToAbsolute(run, run.parsed.ast!.getInstructionRange());
  assert.equal(abs.start.line, 2);
});

test('block boundaries agree with dockerfile-ast parsing the whole file', () => {
  const whole = DockerfileParser.parse(SAMPLE)
    .getInstructions()
    .map((i) => i.getRange().start.line);
  assert.deepEqual(
    buildModel(SAMPLE).instructions.map((b) => b.startLine),
    whole,
  );
});

test('CRLF and CR-only line endings give the same blocks as LF', () => {
  const lf = summary(buildModel(SAMPLE));
  assert.deepEqual(summary(buildModel(SAMPLE.replace(/\n/g, '\r\n'))), lf);
  assert.deepEqual(summary(buildModel(SAMPLE.replace(/\n/g, '\r'))), lf);
});

test('incremental: a cached model equals a fresh one after random edits, and unchanged blocks are reused', () => {
  const pieces = [
    'FROM alpine:3.20\n',
    'RUN a && \\\n  b\n',
    '# c\n',
    'RUN <<EOF\nx\nEOF\n',
    'ENV A=1\n',
    '\n',
    'RUN echo "q\n',
    'COPY . /\n',
    '\\\n',
    'USER x\n',
  ];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom('', 'x', '\n', '\\\n', 'RUN y\n', '<<EOF\n', 'EOF\n')), { maxLength: 15 }),
      (parts, edits) => {
        const cache = new BlockCache();
        let text = parts.join('');
        buildModel(text, cache);
        for (const [at, del, ins] of edits) {
          const start = text.length ? at % (text.length + 1) : 0;
          text = text.slice(0, start) + ins + text.slice(Math.min(text.length, start + del));
          const incremental = buildModel(text, cache);
          const fresh = buildModel(text);
          assert.deepEqual(summary(incremental), summary(fresh));
        }
      },
    ),
    { numRuns: Number(process.env.KERNEL_LENS_FUZZ_RUNS) || 200 },
  );
});

test('an edit inside one instruction re-parses only that instruction', () => {
  const lines: string[] = ['FROM ubuntu:22.04'];
  for (let i = 0; i < 500; i++) lines.push(`RUN echo ${i} && \\`, `    true ${i}`);
  const text = lines.join('\n');
  const cache = new BlockCache();
  buildModel(text, cache);
  const missesBefore = cache.misses;
  const edited = text.replace('echo 250 ', 'echo 250x ');
  const m = buildModel(edited, cache);
  assert.equal(cache.misses - missesBefore, 1, 'exactly one block parsed again');
  assert.equal(m.instructions.length, 501);
});

test('property: block starts equal dockerfile-ast whole-file instruction starts', () => {
  const pieces = [
    'FROM alpine:3.20\n',
    'RUN a && \\\n  b\n',
    '# c\n',
    'RUN <<EOF\nx\nEOF\n',
    'ENV A=1\n',
    '\n',
    'RUN echo "q\n',
    'COPY . /\n',
    'USER x\n',
    'RUN a \\\n\n  b\n',
    'RUN a \\\n# c\n  b\n',
    '  RUN indented\n',
    'COPY <<A <<B /x\na\nA\nb\nB\n',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
      const text = parts.join('');
      const whole = DockerfileParser.parse(text)
        .getInstructions()
        .map((i) => i.getRange().start.line);
      assert.deepEqual(
        buildModel(text).instructions.map((b) => b.startLine),
        whole,
        JSON.stringify(text),
      );
    }),
    { numRuns: Number(process.env.KERNEL_LENS_FUZZ_RUNS) || 300 },
  );
});

/** Everything a model says, for comparing an updated model with a fresh one. */
function whole(m: DockerfileModel) {
  return {
    text: m.text,
    lines: m.lines,
    escapeChar: m.escapeChar,
    eol: m.eol,
    directives: m.directives,
    comments: m.comments,
    blocks: summary(m),
  };
}

/** The new version as the server's document store hands it to updateModel (LinesDocument). */
function linesOf(text: string): DocumentLines {
  return { contentLines: () => text.split(/\r\n|\r|\n/), hasCarriageReturns: text.includes('\r'), getText: () => text };
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

test('updateModel: equal to a fresh build after random LSP edits (one or several changes per version)', () => {
  const pieces = [
    'FROM alpine:3.20\n',
    'RUN a && \\\n  b\n',
    '# c\n',
    'RUN <<EOF\nx\nEOF\n',
    'ENV A=1\n',
    '\n',
    'RUN echo "q\n',
    'COPY . /\n',
    '\\\n',
    'USER x\n',
    'RUN a \\\n# c\n  b\n',
    'COPY <<A <<B /x\na\nA\nb\nB\n',
    '# kernel-lens: target=rhel8\n',
  ];
  const heads = ['', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '\ufeffFROM x\n'];
  const inserts = ['', 'x', '\n', '\\\n', '`\n', 'RUN y\n', '<<EOF\n', 'EOF\n', '# escape=`\n', '#', 'a\nb\nc', '\r\n'];
  fc.assert(
    fc.property(
      fc.constantFrom(...heads),
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
      fc.array(fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...inserts)), { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
      (head, parts, versions) => {
        const cache = new BlockCache();
        let text = head + parts.join('');
        let model = buildModel(text, cache);
        for (const edits of versions) {
          const changes: TextChange[] = [];
          for (const [at, del, ins] of edits) {
            const start = text.length ? at % (text.length + 1) : 0;
            const end = Math.min(text.length, start + del);
            changes.push({ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: ins });
            text = text.slice(0, start) + ins + text.slice(end);
          }
          model = updateModel(model, linesOf(text), changes, cache);
          assert.deepEqual(whole(model), whole(buildModel(text)), JSON.stringify({ text, changes }));
        }
      },
    ),
    { numRuns: Number(process.env.KERNEL_LENS_FUZZ_RUNS) || 400 },
  );
});

test('updateModel: a keystroke in a big file reuses every other block object and parses one', () => {
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'FROM ubuntu:22.04'];
  for (let i = 0; i < 2000; i++) lines.push(`RUN echo ${i} && \\`, `    true ${i}`, i % 7 === 0 ? '# note' : '');
  const text = lines.join('\n');
  const cache = new BlockCache();
  const before = buildModel(text, cache);
  const line = 2 + 3 * 1000;
  const at = { line, character: 9 };
  const edited = lines.map((l, i) => (i === line ? l.slice(0, 9) + 'x' + l.slice(9) : l)).join('\n');
  const missesBefore = cache.misses;
  const after = updateModel(before, linesOf(edited), [{ range: { start: at, end: at }, text: 'x' }], cache);
  assert.equal(cache.misses - missesBefore, 1, 'exactly one block parsed again');
  const changed = after.instructions.filter((b, i) => b !== before.instructions[i]);
  assert.equal(changed.length, 1, 'same line count: every other block object is reused as is');
  assert.deepEqual(whole(after), whole(buildModel(edited)));
  // A new line shifts the blocks below it but still parses only the edited one.
  const split = updateModel(
    after,
    linesOf(edited.replace('echo 1500 ', 'echo 1500\n')),
    [{ range: { start: { line: 2 + 3 * 1500, character: 9 }, end: { line: 2 + 3 * 1500, character: 10 } }, text: '\n' }],
    cache,
  );
  assert.deepEqual(whole(split), whole(buildModel(edited.replace('echo 1500 ', 'echo 1500\n'))));
});

test('block-cache eviction stays linear when one file holds more distinct instructions than the limit (issue #22)', () => {
  const n = 100_000;
  const text = Array.from({ length: n }, (_, i) => `RUN echo ${i}`).join('\n');
  const cache = new BlockCache(); // limit 50,000
  const model = buildModel(text, cache);
  assert.equal(model.instructions.length, n);
  // A scan of every entry per miss past the limit looked at ~1.25e9 entries here.
  assert.ok(cache.evictionScans <= 4 * n, `eviction looked at ${cache.evictionScans} entries for ${n} blocks`);
  // A second build of the same text hits the cache for the blocks kept, and the cache stays bounded.
  buildModel(text, cache);
  assert.ok(cache.evictionScans <= 12 * n, `after a rebuild: ${cache.evictionScans}`);
  assert.ok(cache.size <= 2 * n);
});

test('parser directives: 200,000 directive-like lines at the top are read in one pass (issue #22)', () => {
  const n = 200_000;
  const text = Array.from({ length: n }, (_, i) => `# d${i}=x`).join('\n') + '\nFROM alpine\n';
  const model = buildModel(text);
  assert.equal(model.directives.length, n);
  assert.equal(model.instructions.length, 1);
  // A repeated name ends the directives (it is a plain comment), as before.
  const repeated = buildModel('# escape=`\n# escape=\\\nFROM alpine\n');
  assert.deepEqual(
    repeated.directives.map((d) => d.value),
    ['`'],
  );
  assert.equal(repeated.escapeChar, '`');
});

test('ModelBuild: stopped at every possible point and resumed, it gives exactly the model buildModel gives', () => {
  const text = [
    '# escape=\\',
    'FROM alpine AS a',
    'RUN a \\',
    '  # inside',
    '  && b',
    '',
    'COPY <<EOF /x',
    'body',
    'EOF',
    '# c',
    ...Array.from({ length: 300 }, (_, i) => `RUN echo ${i}`),
  ].join('\n');
  const whole = buildModel(text);
  const build = new ModelBuild(text, new BlockCache());
  let passes = 0;
  let model: DockerfileModel | undefined;
  // A deadline in the past: each pass scans until its first clock check (64 lines), then stops.
  while (!(model = build.advance(-1))) passes++;
  assert.ok(passes > 1, 'the build was resumed');
  assert.deepEqual(
    model.instructions.map((b) => [b.startLine, b.lineCount, b.parsed.text]),
    whole.instructions.map((b) => [b.startLine, b.lineCount, b.parsed.text]),
  );
  assert.deepEqual(model.comments, whole.comments);
  assert.deepEqual(model.directives, whole.directives);
  assert.equal(build.advance(-1), model, 'a finished build keeps its model');
});
