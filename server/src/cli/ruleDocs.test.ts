import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../analysis/rules';
import { repositoryWebUrl, ruleWebUri } from './pkg';
import { rulePageForViewers, rulePageMarkdown } from './ruleDocs';

const root = path.resolve(__dirname, '..', '..', '..');

test('the repository address comes from package.json, as a web address', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const url: string = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url;
  assert.equal(repositoryWebUrl(), url.replace(/^git\+/, '').replace(/\.git$/, ''));
  assert.equal(ruleWebUri('moving-base-tag'), `${repositoryWebUrl()}/blob/main/docs/rules/moving-base-tag.md`);
});

test('every rule page is found from sources, and relative links become repository links', () => {
  for (const r of allRules()) {
    const page = rulePageMarkdown(r.id);
    assert.ok(page?.startsWith(`# ${r.id}`), r.id);
    const shown = rulePageForViewers(r.id)!;
    assert.doesNotMatch(shown, /\]\((?!https?:|mailto:|#)/, `${r.id}: a relative link left`);
  }
  assert.match(rulePageForViewers('invalid-directive')!, new RegExp(`\\]\\(${repositoryWebUrl()}/blob/main/docs/target\\.md\\)`));
  assert.equal(rulePageMarkdown('../../package'), undefined, 'only rule ids are read');
  assert.equal(rulePageMarkdown('no-such-rule'), undefined);
});
