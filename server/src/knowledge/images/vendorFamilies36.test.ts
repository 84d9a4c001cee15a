/**
 * vendorFamilies36.ts: jboss/base and jboss/base-jdk on CentOS 7, sanicframework/sanic's <python>-latest tags on Alpine
 * 3.18, composer/composer's retired Alpine tags an honest unknown, xsidekick/xsk_redmine on CentOS 6. One tag just outside
 * each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('jboss/base-jdk 8 and 11, jboss/base latest: FROM jboss/base:latest, FROM centos:7 since 2015-06-30', () => {
  const src = /jboss-dockerfiles\/base @ d579e24 .*FROM centos:7 since 328f451 \(2015-06-30/;
  checkKnown(
    [
      // Sample 25 (MishraPiyush/samplefuse).
      ['jboss/base-jdk:8', 'centos-7', src, true],
      ['jboss/base-jdk:11', 'centos-7', src, true],
      ['jboss/base', 'centos-7', src, true],
      ['docker.io/jboss/base:latest', 'centos-7', src, true],
    ],
    'inferred',
  );
  assert.match(known('jboss/base-jdk:11').movingTag?.means ?? '', /jdk11 branch.*2018-12-13 for jdk11/);
  // Just outside: the jdk7 branch, last changed while jboss/base was Fedora 20; a tag no branch builds.
  checkUnknown('jboss/base-jdk:7', /jdk7 branch was last changed on 2014-10-14.*fedora:20/);
  checkUnknown('jboss/base-jdk:latest', /not one of the jdk8 and jdk11 branch builds/);
});

test('sanicframework/sanic <python>-latest: last built for v23.6.0 on python:<python>-alpine3.18', () => {
  const src = /sanic-org\/sanic @ 785d77f .*publish-images\.yml.*official-images @ bee47c8/;
  checkKnown(
    [
      // Sample 25 (tccav/student-service).
      ['sanicframework/sanic:3.9-latest', 'alpine-3.18', src, false],
      ['sanicframework/sanic:3.8-latest', 'alpine-3.18', src, false],
      ['sanicframework/sanic:3.11-latest', 'alpine-3.18', src, false],
    ],
    'inferred',
  );
  assert.match(known('sanicframework/sanic:3.10-latest').publication?.frozen ?? '', /Sanic v23\.6\.0 \(2023-07-25\)/);
  // Just outside: 3.7 left the matrix before v23.6.0, 3.12 was never in it; the newer latest-py<python> tags move.
  for (const ref of ['sanicframework/sanic:3.7-latest', 'sanicframework/sanic:3.12-latest', 'sanicframework/sanic:latest-py3.11']) {
    assert.equal(lookup(ref).kind, 'unknown', ref);
  }
});

test('composer/composer alpine tags of RobLoach/docker-composer stay unknown, saying why', () => {
  // Sample 25 (korchasa/Voyeur).
  checkUnknown('composer/composer:alpine', /retired tag of RobLoach\/docker-composer.*php:7-alpine.*not recorded/);
  checkUnknown('composer/composer:1-php5-alpine', /retired tag of RobLoach\/docker-composer/);
});

test('xsidekick/xsk_redmine base, latest, data: FROM centos:centos6.6 by the repository’s build scripts', () => {
  const src = /wattania\/xsk_redmine @ 0656a34 .*FROM centos:centos6\.6 in every version/;
  checkKnown(
    [
      // Sample 25 (wattania/xsk_redmine).
      ['docker.io/xsidekick/xsk_redmine:base', 'centos-6', src, false],
      ['xsidekick/xsk_redmine:latest', 'centos-6', src, false],
      ['xsidekick/xsk_redmine:data', 'centos-6', src, false],
    ],
    'inferred',
  );
  // Just outside: a tag no script of the repository builds.
  assert.equal(lookup('xsidekick/xsk_redmine:dev').kind, 'unknown');
});
