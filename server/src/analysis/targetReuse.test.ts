import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, type AnalyzeOptions } from './analyze';

const TEXT = 'FROM debian:12\nRUN modprobe wireguard\n';
const WITH_DIRECTIVE = `# kernel-lens: target=5.4\n${TEXT}`;

// The language server passes one layers object per folder and settings load (layersFixed): the target
// resolved from it is reused, so memos keyed by the target (feature verdicts) outlive a keystroke.
test('a fixed layers object resolves its target once while the directive settings stay the same', () => {
  const options: AnalyzeOptions = { layers: { settings: { target: 'rhel8' } }, layersFixed: true, commonFixes: false };
  const first = analyzeDocument(TEXT, options);
  const second = analyzeDocument(`${TEXT}RUN true\n`, options);
  assert.equal(second.target, first.target, 'same layers, same directives: the same target object');
  assert.equal(first.target.label, analyzeDocument(TEXT, { ...options, layersFixed: false }).target.label);

  // A directive in the file decides the target: resolved again, and again when it is gone.
  const directed = analyzeDocument(WITH_DIRECTIVE, options);
  assert.notEqual(directed.target, first.target);
  assert.equal(directed.target.kernel?.major, 5);
  assert.equal(directed.target.kernel?.minor, 4);
  const back = analyzeDocument(TEXT, options);
  assert.notEqual(back.target, directed.target);
  assert.equal(back.target.label, first.target.label);

  // Another layers object (a settings load) is resolved anew.
  const reloaded = analyzeDocument(TEXT, { ...options, layers: { settings: { target: '6.1' } } });
  assert.notEqual(reloaded.target, back.target);
  assert.equal(reloaded.target.kernel?.major, 6);
});

test('without layersFixed every analysis resolves its target', () => {
  const options: AnalyzeOptions = { layers: { settings: { target: 'rhel8' } }, commonFixes: false };
  assert.notEqual(analyzeDocument(TEXT, options).target, analyzeDocument(TEXT, options).target);
});
