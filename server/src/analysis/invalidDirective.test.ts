/** invalid-directive findings sit on the bad token and do not repeat the line (docs/rules/invalid-directive.md). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';

const text = '# kernel-lens: targt=rhel8\n# kernel-lens-ignore kernel-modul-load\n# kernellens: target=rhel8\nFROM scratch\n';

test('invalid-directive: on the exact token, message without "Line N:"', () => {
  const findings = analyzeDocument(text, { today: new Date('2026-11-26T00:00:00Z') }).findings.filter(
    (f) => f.ruleId === 'invalid-directive',
  );
  const at = (line: number) => findings.find((f) => f.range.start.line === line)!;
  const lines = text.split('\n');
  assert.equal(lines[0].slice(at(0).range.start.character, at(0).range.end.character), 'targt'); // the unknown key itself
  assert.match(at(0).message, /^Unknown key 'targt' — did you mean target\?/);
  assert.equal(lines[1].slice(at(1).range.start.character, at(1).range.end.character), 'kernel-modul-load');
  assert.match(at(1).message, /^Unknown rule 'kernel-modul-load' — did you mean kernel-module-load\?/);
  // A near miss has no single wrong token: the whole comment is marked.
  assert.equal(lines[2].slice(at(2).range.start.character, at(2).range.end.character), lines[2]);
  for (const f of findings) assert.doesNotMatch(f.message, /^Line \d+:/);
});

test('invalid-directive offers only the file-wide ignore, the one it honours', async () => {
  const { commonFixes } = await import('./analyze');
  const result = analyzeDocument(text, { today: new Date('2026-11-26T00:00:00Z') });
  const f = result.findings.find((x) => x.ruleId === 'invalid-directive')!;
  const titles = commonFixes(result.model, f).map((x) => x.title);
  assert.deepEqual(titles, ['Ignore invalid-directive in this file']);
});

test('invalid-directive follows the severity settings like every rule (it is a rule module)', () => {
  const of = (rules: Record<string, 'off' | 'error'>) =>
    analyzeDocument(text, { today: new Date('2026-11-26T00:00:00Z'), layers: { settings: { rules } } }).findings.filter(
      (f) => f.ruleId === 'invalid-directive',
    );
  assert.equal(of({ 'invalid-directive': 'off' }).length, 0, 'off silences it');
  const raised = of({ 'invalid-directive': 'error' });
  assert.equal(raised.length, 3);
  for (const f of raised) assert.equal(f.severity, 'error');
});
