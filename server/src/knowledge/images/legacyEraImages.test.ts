/**
 * legacyEraImages.ts: tianon/centos N.M tags are CentOS N (mkimage-rinse.sh tags the import with etc/redhat-release's
 * version), sequenceiq/pam and sequenceiq/hadoop-docker resolve through the FROM lines of their own Dockerfiles down to
 * that CentOS 6 userland. Tags the files do not tie to one base stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup, releaseOf } from '../../../../test/support/imageLookup';

test('tianon/centos: an N.M tag is the CentOS N release read from etc/redhat-release', () => {
  for (const [ref, release] of [
    ['tianon/centos:6.5', 'centos-6'],
    ['tianon/centos:5.10', 'centos-5'],
  ]) {
    const identity = known(ref, true);
    assert.equal(identity.release.id, release, ref);
    // The tag no longer moves, and says why, citing the script that named it.
    assert.match(identity.publication?.frozen ?? '', /rinse-built CentOS/, ref);
    assert.match(String(identity.publication?.source ?? ''), /mkimage-rinse\.sh/, ref);
  }
  checkUnknown('tianon/centos:latest', /not an N\.M tag/);
  checkUnknown('tianon/centos', /not an N\.M tag/);
});

test('sequenceiq/pam and sequenceiq/hadoop-docker: the FROM of their own Dockerfiles', () => {
  checkKnown(
    [
      ['sequenceiq/pam:centos-6.5', 'centos-6', /sequenceiq\/docker-pam @ 43d3396c/, false],
      ['sequenceiq/pam:ubuntu-14.04', 'ubuntu-14.04', /sequenceiq\/docker-pam @ 43d3396c/, false],
      ['sequenceiq/hadoop-docker:2.6.0', 'centos-6', /sequenceiq\/hadoop-docker @ 37b97d18/, false],
      ['sequenceiq/hadoop-docker:2.4.0', 'centos-6', /sequenceiq\/hadoop-docker @ 37b97d18/, false],
      ['sequenceiq/hadoop-docker:2.7.1', 'centos-6', /sequenceiq\/hadoop-docker @ 37b97d18/, false],
    ],
    'inferred',
  );
  // No version branch or Dockerfile ties these to a base.
  assert.equal(releaseOf('sequenceiq/hadoop-docker:2.3.1'), undefined);
  assert.equal(releaseOf('sequenceiq/pam:centos-7'), undefined);
});

test('a tag or image name spelling CentOS with a separator (centos-6.5, centos-7) is a labelled guess of that major release', () => {
  for (const [text, release] of [
    ['example/hadoop:centos-6.5', 'centos-6'],
    ['example/app:2.1-centos-7', 'centos-7'],
    ['saltstack/centos-6-minimal', 'centos-6'],
  ]) {
    const identity = known(text);
    assert.equal(identity.release.id, release, text);
    assert.match(identity.guessedFrom ?? '', /names centos-\d/, `${text} is labelled a guess`);
  }
  // No CentOS Linux 9 was ever released (CentOS Stream 9 is another line): nothing to guess.
  assert.equal(lookup('example/app:centos-9').kind, 'unknown');
});
