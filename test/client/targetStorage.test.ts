/** The target picker's storage choice and its edit of .kernel-lens.json (client/src/targetStorage.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedConfigText, savedMessage, storageChoices } from '../../client/src/targetStorage';

test('workspace settings are the default; .kernel-lens.json is offered, never chosen silently', () => {
  const choices = storageChoices(undefined);
  assert.deepEqual(
    choices.map((c) => c.storage),
    ['workspace', 'file', 'user'],
  );
  assert.equal(choices[0].detail, undefined);
  assert.match(choices[1].description, /commit/);
});

test('when .kernel-lens.json already sets the key, the items say settings would have no effect', () => {
  const choices = storageChoices('rhel8');
  assert.match(choices[0].detail ?? '', /No effect while \.kernel-lens\.json sets it/);
  assert.match(choices[1].detail ?? '', /It sets this now: rhel8\./);
});

test('the file edit: sets or removes the key, drops an explicit kernel for a new target, refuses what it cannot keep', () => {
  assert.equal(editedConfigText(undefined, 'target', 'rhel8'), '{\n  "target": "rhel8"\n}\n');
  assert.equal(editedConfigText(undefined, 'target', undefined), undefined, 'no file to remove from: nothing written');
  assert.equal(
    editedConfigText('{"target":"rhel7","kernel":"3.10.0","rules":{"x":"off"}}', 'target', 'rhel8'),
    '{\n  "target": "rhel8",\n  "rules": {\n    "x": "off"\n  }\n}\n',
  );
  assert.equal(editedConfigText('{"target":"rhel7"}', 'target', undefined), '{}\n');
  assert.throws(() => editedConfigText('// team target\n{"target":"rhel7"}', 'target', 'rhel8'));
  assert.throws(() => editedConfigText('[1]', 'target', 'rhel8'));
});

test('notifications are one short sentence', () => {
  for (const where of ['workspace', 'user', 'file'] as const) {
    const m = savedMessage("this machine's kernel", where);
    assert.ok(m.length <= 90, m);
    assert.match(m, /\.$/);
  }
});
