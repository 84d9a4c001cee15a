import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from './document';
import { globalArgs, resolveStages, stageForLine, substitute } from './stages';

test('substitution: $A, ${A}, defaults and alternatives, unknown values', () => {
  const values = new Map<string, string | undefined>([
    ['A', 'x'],
    ['E', ''],
    ['N', undefined],
  ]);
  assert.deepEqual(substitute('$A-${A}', values), { text: 'x-x', fromDefaults: ['A', 'A'], unresolved: [] });
  assert.equal(substitute('${E:-d}', values).text, 'd');
  assert.equal(substitute('${E-d}', values).text, '');
  assert.equal(substitute('${Z:-d}', values).text, 'd');
  assert.equal(substitute('${A:+alt}', values).text, 'alt');
  assert.deepEqual(substitute('img:${N}', values), { text: undefined, fromDefaults: [], unresolved: ['N'] });
  assert.deepEqual(substitute('$Z', values).unresolved, ['Z']);
  // Double quotes are removed as a shell word's are (jenkins/agent's Windows Dockerfiles); single quotes are kept.
  assert.equal(substitute('jenkins/agent:"${A}"-jdk17-nanoserver-"${A}"', values).text, 'jenkins/agent:x-jdk17-nanoserver-x');
  assert.equal(substitute("img:'${A}'", values).text, "img:'x'");
  assert.equal(substitute('img:"x', values).text, 'img:"x');
});

test('global ARGs before the first FROM, chained defaults, several per line, quotes', () => {
  const m = buildModel('ARG V=22.04\nARG BASE="ubuntu:${V}" OTHER\nFROM $BASE\nARG LATE=1\n');
  assert.deepEqual(
    globalArgs(m).map((a) => [a.name, a.value]),
    [
      ['V', '22.04'],
      ['BASE', 'ubuntu:22.04'],
      ['OTHER', undefined],
    ],
  );
});

test('ARG self-reference and cycles resolve to unknown, never loop', () => {
  const m = buildModel('ARG A=$B\nARG B=$A\nFROM ${A}\n');
  const [s] = resolveStages(m);
  assert.equal(s.root.kind, 'unresolved');
  if (s.root.kind === 'unresolved') assert.match(s.root.reason, /\$A/);
});

test('stages: names, --platform, chains to the root image, scratch, unresolved and invalid', () => {
  const text = [
    'ARG BASE=ubuntu:22.04', // 0
    'FROM --platform=linux/arm64 ${BASE} AS Build', // 1
    'RUN true', // 2
    'FROM build AS test', // 3
    'FROM test', // 4
    'FROM scratch', // 5
    'FROM ${MISSING}', // 6
    'FROM Not_Valid', // 7
    'FROM', // 8
  ].join('\n');
  const st = resolveStages(buildModel(text));
  assert.equal(st.length, 7, 'every FROM line is a stage, even one without an image');
  assert.equal(st[6].root.kind, 'invalid');
  const [build, tst, last, scratch, missing, invalid] = st;
  assert.equal(build.name, 'build', 'stage names are case-insensitive');
  assert.equal(build.platform?.text, 'linux/arm64');
  assert.equal(build.root.kind, 'image');
  if (build.root.kind === 'image') {
    assert.equal(build.root.ref.path, 'library/ubuntu');
    assert.equal(build.root.lookup.kind, 'known');
  }
  assert.deepEqual(build.substitution.fromDefaults, ['BASE']);
  assert.equal(tst.base.kind, 'stage');
  assert.deepEqual(last.chain, [1, 0]);
  assert.equal(last.root.kind, 'image');
  assert.equal(scratch.root.kind, 'scratch');
  assert.equal(missing.root.kind, 'unresolved');
  assert.equal(invalid.root.kind, 'invalid');
  assert.deepEqual(build.imageRange, { start: { line: 1, character: 28 }, end: { line: 1, character: 35 } });
  assert.equal(stageForLine(st, 2)?.index, 0);
  assert.equal(stageForLine(st, 0), undefined);
});
