/**
 * .dockerignore semantics, from the examples of Docker's documentation
 * (docs.docker.com/build/concepts/context/#dockerignore-files) and moby/patternmatcher
 * (@5a6d8429a19bb6948a372ff19e86fe83599a04b7), which BuildKit uses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dockerignoreFilter } from './dockerignore';
import { gatherContextFiles } from './contextRead';

const excluded = (text: string, rel: string): boolean => dockerignoreFilter(text)(rel);

test('the documentation example: comment, */temp*, */*/temp*, temp?', () => {
  const text = '# comment\n*/temp*\n*/*/temp*\ntemp?\n';
  assert.ok(excluded(text, 'somedir/temporary.txt'));
  assert.ok(excluded(text, 'somedir/temp'));
  assert.ok(excluded(text, 'somedir/subdir/temporary.txt'));
  assert.ok(excluded(text, 'tempa'));
  assert.ok(excluded(text, 'tempb'));
  assert.ok(!excluded(text, 'temporary.txt'), '*/temp* is one level down only');
  assert.ok(!excluded(text, 'a/b/c/temp'), 'nor three levels');
  assert.ok(!excluded(text, 'tempab'));
  assert.ok(!excluded(text, '# comment'));
});

test('** matches any number of directories, zero included; a leading / and ./ are dropped', () => {
  assert.ok(excluded('**/*.go', 'main.go'));
  assert.ok(excluded('**/*.go', 'cmd/x/main.go'));
  assert.ok(!excluded('**/*.go', 'main.gox'));
  assert.ok(excluded('/foo/bar', 'foo/bar'));
  assert.ok(excluded('foo/bar', 'foo/bar'));
  assert.ok(!excluded('foo/bar', 'x/foo/bar'), 'relative to the context root only');
  assert.ok(excluded('./scripts/../dev.sh', 'dev.sh'), 'cleaned like filepath.Clean');
  assert.ok(excluded('scripts/**', 'scripts/a/b.sh'));
  assert.ok(excluded('a/**/b.sh', 'a/b.sh'));
  assert.ok(excluded('a/**/b.sh', 'a/x/y/b.sh'));
});

test('a pattern that matches a directory excludes what is under it', () => {
  assert.ok(excluded('scripts', 'scripts/entrypoint.sh'));
  assert.ok(excluded('scripts/', 'scripts/dev/run.sh'));
  assert.ok(excluded('*/dev', 'docker/dev/run.sh'));
  assert.ok(!excluded('scripts', 'scripts2/entrypoint.sh'));
});

test('exceptions: the last matching line decides (the documentation README examples)', () => {
  assert.ok(excluded('*.md\n!README.md\n', 'CHANGES.md'));
  assert.ok(!excluded('*.md\n!README.md\n', 'README.md'));
  const a = '*.md\n!README*.md\nREADME-secret.md\n';
  assert.ok(excluded(a, 'README-secret.md'));
  assert.ok(!excluded(a, 'README-public.md'));
  const b = '*.md\nREADME-secret.md\n!README*.md\n';
  assert.ok(!excluded(b, 'README-secret.md'), 'the exception comes last');
  // Only what is listed: `*` then exceptions.
  const only = '*\n!docker-entrypoint.sh\n!bin\n';
  assert.ok(!excluded(only, 'docker-entrypoint.sh'));
  assert.ok(!excluded(only, 'bin/run.sh'));
  assert.ok(excluded(only, 'secret.sh'));
});

test('character classes, escapes, a BOM, blank lines and spaces', () => {
  assert.ok(excluded('[ab].sh', 'a.sh'));
  assert.ok(!excluded('[ab].sh', 'c.sh'));
  assert.ok(excluded('[^ab].sh', 'c.sh'));
  assert.ok(excluded('x\\*.sh', 'x*.sh'));
  assert.ok(!excluded('x\\*.sh', 'xy.sh'));
  assert.ok(excluded('\uFEFFstart.sh\n\n   \n', 'start.sh'));
  assert.ok(excluded('  start.sh  ', 'start.sh'));
  assert.ok(excluded('  #x\n', '#x'), 'only a # in the first column starts a comment');
  assert.ok(!excluded('', 'start.sh'));
  assert.ok(!excluded('[', 'start.sh'), 'a malformed pattern matches nothing');
});

test('gatherContextFiles: asks again with what was read, skips excluded paths, stops when nothing new comes', () => {
  const disk = new Map([
    ['entrypoint.sh', '. ./lib.sh\n'],
    ['lib.sh', '. ./more.sh\n'],
    ['more.sh', 'modprobe x\n'],
    ['dev.sh', 'modprobe y\n'],
  ]);
  const asked: string[] = [];
  const rounds: number[] = [];
  const files = gatherContextFiles(
    (got) => {
      rounds.push(got?.size ?? 0);
      return ['entrypoint.sh', 'dev.sh', ...(got?.has('entrypoint.sh') ? ['lib.sh'] : []), ...(got?.has('lib.sh') ? ['more.sh'] : [])];
    },
    (rel) => {
      asked.push(rel);
      return disk.get(rel);
    },
    (rel) => rel === 'dev.sh',
  );
  assert.deepEqual([...files.keys()], ['entrypoint.sh', 'lib.sh', 'more.sh']);
  assert.deepEqual(asked, ['entrypoint.sh', 'lib.sh', 'more.sh'], 'each file read once, the excluded one never');
  assert.deepEqual(rounds, [0, 1, 2], 'three rounds at most');
});
