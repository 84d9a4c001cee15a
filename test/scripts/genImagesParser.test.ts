/**
 * scripts/gen-images.mjs reads every version of official-images' library files. The 2013–2016 format pinned an entry by
 * `@<commit>` or by `@<git tag>`, and the first files (September–October 2013) by `<TAB>C:<commit>`, `B:<branch>` or
 * nothing: every such line is a tag published in that version (perl:5.20 was listed until 2016-05 by `@r20160430.0`
 * lines, which the parser once dropped, so its history said 2014-08). Lines below are copied from library/perl,
 * library/crate, library/registry, library/ubuntu and library/swarm at official-images 37079fb3's history.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

interface Entry {
  tags: string[];
  repo: string;
  commit: string;
  ref?: string;
  dir: string;
  file: string;
  archs: string[];
}
interface Generator {
  parseLibrary(text: string): Entry[];
  entryCommit(entry: Entry, gitDir?: string): string | undefined;
}
// A computed specifier: the generator is plain JavaScript without type declarations.
const generator = import(pathToFileURL(path.join(__dirname, '../../scripts/gen-images.mjs')).href) as Promise<Generator>;

test('an entry naming a git tag after @ is published, with the tag kept for resolution and no commit', async () => {
  const { parseLibrary } = await generator;
  const entries = parseLibrary(
    [
      '# maintainer: Peter Martini <PeterCMartini@GMail.com> (@PeterMartini)',
      '5.20.3: git://github.com/perl/docker-perl@r20160430.0 5.020.003-64bit',
      '5.20: git://github.com/perl/docker-perl@r20160430.0 5.020.003-64bit',
      '5.20.3-threaded: git://github.com/perl/docker-perl@r20160430.0 5.020.003-64bit-threaded',
      '0.44.8: git://github.com/crate/docker-crate@0.44.8',
      '0.52: git://github.com/crate/docker-crate@cce8f796ba8936250eb380235cde47be494d1e95',
    ].join('\n'),
  );
  assert.deepEqual(
    entries.map((e) => [e.tags.join(','), e.repo, e.commit, e.ref, e.dir]),
    [
      ['5.20.3,5.20', 'git://github.com/perl/docker-perl', '', 'r20160430.0', '5.020.003-64bit'],
      ['5.20.3-threaded', 'git://github.com/perl/docker-perl', '', 'r20160430.0', '5.020.003-64bit-threaded'],
      ['0.44.8', 'git://github.com/crate/docker-crate', '', '0.44.8', '.'],
      ['0.52', 'git://github.com/crate/docker-crate', 'cce8f796ba8936250eb380235cde47be494d1e95', undefined, '.'],
    ],
  );
  // The old format states no architectures: left empty (not stated), the file is the directory's Dockerfile.
  assert.deepEqual(entries[0].archs, []);
  assert.equal(entries[0].file, 'Dockerfile');
});

test('the first 2013 format (tab-separated, C:<commit>, B:<branch> or no ref) is read; only C: pins a commit', async () => {
  const { parseLibrary } = await generator;
  const entries = parseLibrary(
    [
      '0.6.0\tgit://github.com/dotcloud/docker-registry\tC:ab2a346ae246b65eecc4e68bb91a2ec25ea7756e',
      '12.04\tgit://github.com/shin-/ubuntu\t\t\t\tB:precise',
      'quantal\tgit://github.com/dotcloud/ubuntu-quantal',
      '0.2.4\tgit://github.com/dotcloud/hipache C:7362ff5b812f93eceafbdbf5e5959f676f731f80',
    ].join('\n'),
  );
  assert.deepEqual(
    entries.map((e) => [e.tags.join(','), e.repo, e.commit, e.ref]),
    [
      ['0.6.0', 'git://github.com/dotcloud/docker-registry', 'ab2a346ae246b65eecc4e68bb91a2ec25ea7756e', undefined],
      ['12.04', 'git://github.com/shin-/ubuntu', '', undefined],
      ['quantal', 'git://github.com/dotcloud/ubuntu-quantal', '', undefined],
      ['0.2.4', 'git://github.com/dotcloud/hipache', '7362ff5b812f93eceafbdbf5e5959f676f731f80', undefined],
    ],
  );
});

test('header lines of a file without Tags: (a deprecated image) are never read as tags', async () => {
  const { parseLibrary } = await generator;
  // library/swarm and library/notary once held only their header.
  assert.deepEqual(
    parseLibrary('Maintainers: Docker <info@docker.com> (@docker)\nGitRepo: https://github.com/docker-archive/swarm-library-image.git\n'),
    [],
  );
  assert.deepEqual(parseLibrary('Maintainers: TBD (@docker)\nGitCommit: 77b9b7833f8dd6be07104b214193788795a320ff\n'), []);
});

test('the new format is unchanged: Tags/SharedTags/GitCommit/Directory blocks', async () => {
  const { parseLibrary } = await generator;
  const [e] = parseLibrary(
    'Maintainers: x (@x)\nGitRepo: https://github.com/perl/docker-perl.git\n\nTags: 5.42.0, 5.42, 5, latest\nArchitectures: amd64, arm64v8\nGitCommit: 1f8a8dbde5b0a5ab16d24dfe9b3da79d6b4ec1c7\nDirectory: 5.042.000-main-trixie\n',
  );
  assert.deepEqual(
    [e.tags, e.repo, e.commit, e.ref, e.dir, e.archs],
    [
      ['5.42.0', '5.42', '5', 'latest'],
      'https://github.com/perl/docker-perl.git',
      '1f8a8dbde5b0a5ab16d24dfe9b3da79d6b4ec1c7',
      undefined,
      '5.042.000-main-trixie',
      ['amd64', 'arm64v8'],
    ],
  );
});

test("a tag ref resolves to the tagged commit in the image repository's clone; a branch, a missing tag or no clone pins none", async () => {
  const { parseLibrary, entryCommit } = await generator;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-images-refs-'));
  try {
    const git = (...a: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...a], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM buildpack-deps\n');
    git('add', 'Dockerfile');
    git('commit', '-q', '-m', 'one');
    git('tag', '-a', 'r20160430.0', '-m', 'annotated: the commit, not the tag object, is pinned');
    const tagged = git('rev-parse', 'HEAD');
    git('branch', 'precise');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    const gd = path.join(dir, '.git');
    const [perl] = parseLibrary('5.20: git://github.com/perl/docker-perl@r20160430.0 5.020.003-64bit');
    assert.equal(entryCommit(perl, gd), tagged);
    assert.equal(entryCommit(perl, undefined), undefined, 'no clone: no commit, so no FROM is read');
    const [branch] = parseLibrary('12.04: git://github.com/shin-/ubuntu@precise');
    assert.equal(entryCommit(branch, gd), undefined, 'a branch has moved since: not resolved');
    const [missing] = parseLibrary('0.44.8: git://github.com/crate/docker-crate@0.44.8');
    assert.equal(entryCommit(missing, gd), undefined);
    const [pinned] = parseLibrary('0.52: git://github.com/crate/docker-crate@cce8f796ba8936250eb380235cde47be494d1e95');
    assert.equal(entryCommit(pinned, undefined), 'cce8f796ba8936250eb380235cde47be494d1e95');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
