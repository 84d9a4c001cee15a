/**
 * Tags official-images listed in the 2013–2016 format by a git tag after `@` (`5.20: git://github.com/perl/docker-perl@
 * r20160430.0 5.020.003-64bit`), once dropped by scripts/gen-images.mjs: each is published until the month its last
 * library version listed it, and built on what the Dockerfile at the commit that tag names in the image's repository was
 * FROM. Checked by hand: `git show <tag>:<directory>/Dockerfile` in each repository, and the library file's history.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

const oi = /official-images/;

test('each image whose library file named git tags: last published when official-images last listed it, on its real base', () => {
  checkKnown(
    [
      // library/perl listed 5.20 by @r20160430.0 until 2016-05; 5.020.003-64bit/Dockerfile there is FROM buildpack-deps,
      // whose library entry in 2016-05 listed latest with jessie.
      ['perl:5.20', 'debian-8', oi, false],
      // crate/docker-crate tag 0.47.9: FROM java:7-jre, in 2015-06 FROM buildpack-deps:jessie-curl.
      ['crate:0.47', 'debian-8', oi, false],
      // docker/docker-registry tag 0.9.1 (library/registry until 2016-02): FROM ubuntu:14.04.
      ['registry:0.9.1', 'ubuntu-14.04', oi, false],
      // dotcloud/hipache tag 0.3.1 (library/hipache until 2016-10): FROM ubuntu:14.04.
      ['hipache:latest', 'ubuntu-14.04', oi, false],
      // hylang/hy tag 0.11.0 (library/hylang until 2015-12): FROM python:3, then FROM buildpack-deps:jessie.
      ['hylang:0.11.0', 'debian-8', oi, false],
      // docker/docker (now moby/moby) tag v1.6.2 (library/docker-dev until 2015-06): FROM ubuntu:14.04.
      ['docker-dev:1.6', 'ubuntu-14.04', oi, false],
    ],
    'inferred',
  );
  const months: Array<[string, string]> = [
    ['perl:5.20', '2016-05'],
    ['perl:5.18', '2015-06'],
    ['crate:0.47', '2015-06'],
    ['registry:0.9.1', '2016-02'],
    ['hipache:latest', '2016-10'],
    ['hylang:0.11.0', '2015-12'],
    ['docker-dev:1.6', '2015-06'],
  ];
  for (const [ref, month] of months) assert.equal(known(ref).publication?.lastPublished, month, ref);
});

test('a tag-pinned entry whose Dockerfile names a moving tag stays an honest unknown, with the right month', () => {
  // docker/notary-official-images tag v0.4.2, notary-server/Dockerfile: FROM alpine:latest.
  checkUnknown('notary:server-0.4.2', /last published 2018-11\) was built FROM alpine:latest, a moving tag/);
});

test('a tag-pinned entry retired in a month its base changed: read by the base as it was that month or the day it left', () => {
  // crate/docker-crate tags 0.45.2 … 0.45.5: FROM java:7; java:7's entry pinned docker-library/java 4ab314dc (2014-11) and
  // 2408508f (2014-12), openjdk-7-jdk/Dockerfile FROM debian:jessie, then Debian testing. Tag 0.48.5: FROM java:8-jre,
  // removed from library/crate on 2015-05-20; java:8-jre was FROM buildpack-deps:sid-curl (e740b6fa) until 2015-05-28.
  checkKnown(
    [
      ['crate:0.45.2', 'debian-testing-8-2014-11', oi, false],
      ['crate:0.45.5', 'debian-testing-8-2014-12', oi, false],
      ['crate:0.48.5', 'debian-sid', oi, false],
    ],
    'inferred',
  );
  // java:7 named nothing before 2014-10-03 and moved to buildpack-deps:jessie-micro on 2015-01-15: crate:0.44.6 (2014-10)
  // and crate:0.45.6 (removed 2015-01-20) may have been built on either side of the change.
  checkUnknown('crate:0.44.6', /last published 2014-10\) was built FROM java:7/);
  checkUnknown('crate:0.45.6', /last published 2015-01\) was built FROM java:7/);
});
