import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from './index';
import { DIRECTIVE_RULE_ID } from '../analyze';

const docs = join(__dirname, '..', '..', '..', '..', 'docs', 'rules');

test('every rule has a unique kebab-case id, a valid default severity, a summary and a docs page', () => {
  const ids = allRules().map((r) => r.id);
  assert.ok(ids.includes(DIRECTIVE_RULE_ID), 'invalid-directive is a rule module like the others');
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  for (const r of allRules()) {
    assert.match(r.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, r.id);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(r.defaultSeverity), `${r.id} severity`);
    assert.ok(r.summary.length > 20 && r.summary !== 'TODO', `${r.id} summary`);
  }
  for (const id of ids) {
    const page = join(docs, `${id}.md`);
    assert.ok(existsSync(page), `docs/rules/${id}.md is missing`);
    assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${id}\\b`), `docs/rules/${id}.md starts with its id`);
  }
});
