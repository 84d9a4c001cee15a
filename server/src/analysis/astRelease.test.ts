import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { generateDockerfile } from '../../../bench/generate.mjs';
import { analyzeModel } from './analyze';
import { BlockCache, buildModel, releaseAsts, updateModel, type DocumentLines } from './document';
import { resolveTarget } from './host/resolve';

const TODAY = new Date('2026-06-01T00:00:00Z');
const target = resolveTarget({ cli: { target: 'rhel8' } }).target;
const analyse = (model: ReturnType<typeof buildModel>) => analyzeModel(model, { target, today: TODAY, commonFixes: false });

/** Counts dockerfile-ast parses (Block.ast calls DockerfileParser.parse on every build of its object) by keyword. */
function countingParses<T>(run: () => T): { value: T; parses: Map<string, number> } {
  const parse = DockerfileParser.parse;
  const parses = new Map<string, number>();
  DockerfileParser.parse = (content: string) => {
    const keyword = /^(?:#.*\n)?\s*(\S+)/.exec(content)?.[1]?.toUpperCase() ?? '';
    parses.set(keyword, (parses.get(keyword) ?? 0) + 1);
    return parse(content);
  };
  try {
    return { value: run(), parses };
  } finally {
    DockerfileParser.parse = parse;
  }
}

function linesOf(text: string): DocumentLines {
  return { contentLines: () => text.split('\n'), hasCarriageReturns: false, getText: () => text };
}

test('releaseAsts: the same findings and notes after the COPY/ADD/ENV/LABEL parse objects were let go', () => {
  const { text } = generateDockerfile(600, 7);
  const model = buildModel(text, new BlockCache());
  const first = analyse(model);
  const expected = { findings: JSON.stringify(first.findings), notes: JSON.stringify(first.notes) };
  releaseAsts(model);
  const { value: again, parses } = countingParses(() => {
    const r = analyse(model);
    return { findings: JSON.stringify(r.findings), notes: JSON.stringify(r.notes) };
  });
  assert.deepEqual(again, expected);
  // The kinds read by passes that keep nothing per block keep their object (no parse of them again).
  for (const kept of ['FROM', 'ARG', 'CMD', 'ENTRYPOINT', 'EXPOSE']) assert.equal(parses.get(kept) ?? 0, 0, kept);
});

test('releaseAsts: after a release, a keystroke in a RUN line parses no COPY/ADD/ENV/LABEL again (findings and notes)', () => {
  // Invariant: every pass over every COPY/ADD/ENV/LABEL of the file keeps what it reads per parsed block
  // (document.ts RELEASED_AST), so a big document whose parse objects the server released does not parse all of
  // them again per keystroke. A pass that reads `block.parsed.ast` of each such instruction breaks this test.
  const { text, meta } = generateDockerfile(3000, 11);
  const copies = text.split('\n').filter((l) => /^(COPY|ADD|ENV|LABEL)\b/.test(l)).length;
  assert.ok(copies > 50, `the generated file has COPY/ADD/ENV/LABEL instructions (${copies})`);
  const cache = new BlockCache();
  const model = buildModel(text, cache);
  void analyse(model).notes; // hover notes too: the server prepares them after publishing
  releaseAsts(model);
  const chain = meta.runChains[Math.floor(meta.runChains.length / 2)];
  const lines = text.split('\n');
  const at = { line: chain.start + 1, character: lines[chain.start + 1].length - 2 };
  lines[at.line] = lines[at.line].slice(0, at.character) + 'x' + lines[at.line].slice(at.character);
  const edited = updateModel(model, linesOf(lines.join('\n')), [{ range: { start: at, end: at }, text: 'x' }], cache);
  const { parses } = countingParses(() => analyse(edited).notes);
  const again = [...parses].filter(([k]) => /^(COPY|ADD|ENV|LABEL)$/.test(k)).reduce((n, [, v]) => n + v, 0);
  assert.ok(again <= 1, `COPY/ADD/ENV/LABEL parsed again: ${again} of ${copies}`);
});
