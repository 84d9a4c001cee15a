/**
 * testingSuite.ts: a retired official tag last built on Debian testing — FROM debian:testing, or FROM a Debian codename
 * before that release came out — in a month between two Debian releases resolves to "Debian testing as of <month>", the
 * development suite of the next release: a rolling row with glibc but no glibc version, never the release it became.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUnknown, known } from '../../../../test/support/imageLookup';
import { debianReleaseDevelopedIn, debianTestingAsOf } from './testingSuite';
import { allReleases } from './index';

test('FROM debian:testing, last built between two releases: Debian testing of that month, no glibc version', () => {
  for (const [ref, id, label] of [
    [
      'r-base:3.5.1',
      'debian-testing-10-2018-12',
      /^Debian testing as of 2018-12 \(the development of Debian 10 “buster”, released 2019-07-06\)$/,
    ],
    [
      'r-base:4.0.2',
      'debian-testing-11-2020-10',
      /^Debian testing as of 2020-10 \(the development of Debian 11 “bullseye”, released 2021-08-14\)$/,
    ],
    ['r-base:4.2.3', 'debian-testing-12-2023-04', /development of Debian 12 “bookworm”, released 2023-06-10/],
  ] as const) {
    const id0 = known(ref, true);
    assert.equal(id0.release.id, id, ref);
    assert.match(id0.release.label, label, ref);
    assert.equal(id0.release.rolling, true, `${ref}: no support dates apply to testing`);
    assert.deepEqual(id0.release.libc, { kind: 'glibc' }, `${ref}: testing's glibc of that month is not recorded`);
    for (const k of ['released', 'supportEnds', 'extendedSupportEnds', 'distroKernel', 'init', 'successors'] as const)
      assert.equal(id0.release[k], undefined, `${ref}: no ${k} of the release it became`);
    assert.match(id0.release.source, /release-handbook\/testing/, `${ref}: cites what testing is`);
    assert.match(id0.inferredFrom?.rule ?? '', /FROM debian:testing .*first Debian release after that month/, ref);
    assert.match(id0.publication?.frozen ?? '', /no longer published/, `${ref}: the last build, frozen`);
  }
});

test('FROM a Debian codename before its release: that codename was testing then', () => {
  const ruby = known('ruby:2.1.2', true);
  assert.equal(ruby.release.id, 'debian-testing-8-2014-09');
  assert.match(ruby.release.label, /development of Debian 8 “jessie”, released 2015-04-25/);
  assert.match(ruby.inferredFrom?.rule ?? '', /buildpack-deps:jessie named jessie, which was Debian testing/);
  assert.equal(known('ruby:2.2.0').release.id, 'debian-testing-8-2015-03');
  // r-base 3.1.2 was FROM debian:jessie itself (2015-03); 3.2.0, last built after jessie's release, is Debian 8.
  assert.equal(known('r-base:3.1.2').release.id, 'debian-testing-8-2015-03');
  assert.equal(known('r-base:3.2.0').release.id, 'debian-8');
});

test('a release in that month or the month before: testing was two suites, so it stays unknown', () => {
  // Debian 10 2019-07-06, 11 2021-08-14, 12 2023-06-10; Debian 9 2017-06-17 (r-base:3.4.0 last listed 2017-07).
  for (const ref of ['r-base:3.6.0', 'r-base:4.1.0', 'r-base:4.3.0', 'r-base:3.4.0'])
    checkUnknown(ref, /FROM debian:testing, a moving tag whose meaning at that time is not recorded/);
  const releases = allReleases();
  assert.equal(debianReleaseDevelopedIn(releases, '2019-07'), undefined);
  assert.equal(debianReleaseDevelopedIn(releases, '2019-08'), undefined);
  assert.equal(debianReleaseDevelopedIn(releases, '2019-09')?.id, 'debian-11');
  assert.equal(debianReleaseDevelopedIn(releases, '2019-06')?.id, 'debian-10');
  // January: the month before is December of the year before (Debian 4.0 etch came out on 2007-04-08).
  assert.equal(debianReleaseDevelopedIn(releases, '2007-01')?.id, 'debian-4');
  // After the newest release with a date, no release is named (forky has none): unknown, not a guess.
  assert.equal(debianReleaseDevelopedIn(releases, '2025-11'), undefined);
});

test('the testing row names the suite, not the release it became', () => {
  const buster = allReleases().find((r) => r.id === 'debian-10');
  assert.ok(buster);
  const row = debianTestingAsOf(buster, '2018-12');
  assert.equal(row.version, '10');
  assert.equal(row.codename, 'buster');
  assert.notEqual(row.id, buster.id);
  assert.equal(row.libc.version, undefined);
  assert.equal(row.libc.minKernel, undefined);
});
