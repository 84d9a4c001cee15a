import { test } from 'node:test';
import assert from 'node:assert/strict';
import { braceAlternatives } from './braceExpansion';

test('brace expansion: comma lists, several groups, limits and what stays as written', () => {
  assert.deepEqual(braceAlternatives('modules{,_install}'), ['modules', 'modules_install']);
  assert.deepEqual(braceAlternatives('kernel{,-modules}{,-extra}'), ['kernel', 'kernel-extra', 'kernel-modules', 'kernel-modules-extra']);
  assert.deepEqual(braceAlternatives('{a,b,c}', 2), ['a', 'b']);
  // Not expansions: no comma, a sequence, a parameter expansion, a quoted word.
  assert.deepEqual(braceAlternatives('{}'), ['{}']);
  assert.deepEqual(braceAlternatives('{1..3}'), ['{1..3}']);
  assert.deepEqual(braceAlternatives('${KERNEL}'), ['${KERNEL}']);
  assert.deepEqual(braceAlternatives('"{a,b}"'), ['"{a,b}"']);
});
