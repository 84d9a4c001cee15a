import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeImageRuleIndex, imageTagRules } from './index';

// scripts/build.mjs writes this index into the bundles as JSON, and the bundles load a family's rules only when
// the index points a lookup at one of them: it must cover every rule of every family, at its position.
test('the image rule index covers every rule at its position and survives JSON', () => {
  const index = computeImageRuleIndex();
  const rules = imageTagRules();
  assert.equal(
    index.familySizes.reduce((a, b) => a + b, 0),
    rules.length,
  );
  assert.deepEqual(JSON.parse(JSON.stringify(index)), index);
  rules.forEach((rule, order) => {
    for (const repo of rule.repositories) {
      if (repo.endsWith('*'))
        assert.ok(
          index.prefixed.some((p) => p.order === order && p.prefix === repo.slice(0, -1)),
          repo,
        );
      else assert.ok(index.exact[repo]?.includes(order), `${rule.id}: ${repo}`);
    }
  });
  for (const list of Object.values(index.exact))
    assert.deepEqual(
      list,
      [...list].sort((a, b) => a - b),
    );
});
