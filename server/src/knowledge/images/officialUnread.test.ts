/**
 * Official tags whose base the generator had not read (issue #17, images35): `--report-unread` listed them by the GitRepo
 * their library entry names. Three fixes, each checked against primary data:
 * - repositories GitHub renamed (gen-images.mjs RENAMED): the old name's pinned GitCommits are commits of the new name's
 *   snapshot (jenkinsci/jenkins-ci.org-docker → jenkinsci/docker, c0b/docker-elixir → erlef/docker-elixir, …);
 * - repositories not read before (apple/swift-docker, docker-library/redmine, …) and, for docker-library/gcc, whose
 *   snapshot is too large to fetch, the Dockerfiles stored at exactly the pinned commit (scripts/pinned-froms.tsv);
 * - a base that moved later in the month the tag was removed from its library file: the day it was removed
 *   (generated retiredOn) — it was built only while listed.
 * Each release below was checked by hand in the files named.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

const oi = /official-images/;

test('gcc tags read from the Dockerfile stored at the commit official-images pinned (pinned-froms.tsv)', () => {
  // docker-library/gcc aab71cae 7/Dockerfile and 36c1ff6d 10/Dockerfile: FROM buildpack-deps:buster, which its entry
  // named debian:buster in 2020-05 and 2021-04. 4b70286a 4.8/Dockerfile: FROM buildpack-deps:wheezy.
  checkKnown(
    [
      ['gcc:7', 'debian-10', oi, false],
      ['gcc:10.2.0', 'debian-10', oi, false],
      ['gcc:7.2', 'debian-9', oi, false],
    ],
    'inferred',
  );
  assert.match(
    known('gcc:7', true).inferredFrom?.rule ?? '',
    /FROM buildpack-deps:buster in its Dockerfile at the commit official-images pinned/,
  );
});

test('tags pinned in renamed repositories are read in the new name: jenkins, elixir', () => {
  // library/jenkins 2016-08 pins jenkinsci/jenkins-ci.org-docker 195787dc (in jenkinsci/docker): FROM java:8-jdk, then
  // FROM buildpack-deps:jessie-scm. library/elixir 2019-11 pins c0b/docker-elixir 3f67ae91 1.9/alpine (in
  // erlef/docker-elixir): FROM erlang:22-alpine, whose pinned Dockerfile was FROM alpine:3.10.
  checkKnown(
    [
      ['jenkins:2.7.1', 'debian-8', oi, false],
      ['elixir:1.9.2-alpine', 'alpine-3.10', oi, false],
    ],
    'inferred',
  );
});

test('repositories read for the first time: swift', () => {
  // apple/swift-docker 34aa283f 4.0/Dockerfile: FROM ubuntu:16.04.
  checkKnown([['swift:4.0.3', 'ubuntu-16.04', oi, false]], 'inferred');
});

test('a base that moved later in the month the tag was removed: read up to the day it was removed', () => {
  // library/maven dropped 3.8.1-jdk-8-slim on 2021-08-16 (8b15d041); openjdk:8-jdk-slim's entry named bullseye-slim from
  // 2021-08-25, buster-slim before. library/gradle dropped 6.6-jdk11 on 2020-10-15; adoptopenjdk:11-jdk-hotspot named
  // focal from 2020-10-28, bionic before.
  checkKnown(
    [
      ['maven:3.8.1-jdk-8-slim', 'debian-10', oi, false],
      ['gradle:6.6-jdk11', 'ubuntu-18.04', oi, false],
    ],
    'inferred',
  );
  assert.match(
    known('maven:3.8.1-jdk-8-slim', true).inferredFrom?.rule ?? '',
    /until 2021-08-16, when it was removed from its library file \(openjdk:8-jdk-slim changed later in 2021-08\), openjdk:8-jdk-slim named debian:buster-slim/,
  );
});

test('what stays unknown keeps an honest reason', () => {
  // gcc 4.9 at 1539ed62: that commit's 4.9/Dockerfile is neither in a snapshot nor stored.
  checkUnknown('gcc:4.9', /base its tag, its directory and the stored Dockerfiles do not name/);
  // buildpack-deps:jessie named debian:jessie in 2014-09, seven months before Debian 8 was released: not a release yet,
  // but Debian testing of that month (testingSuite.test.ts), never Debian 8 itself.
  assert.equal(known('ruby:2.1.2').release.id, 'debian-testing-8-2014-09');
  // sonarqube:latest's pinned commit 886f9480 is in no snapshot and not stored; r-base:4.1.0 was last built FROM the
  // moving debian:testing in the month Debian 11 was released, when testing was two suites.
  checkUnknown('sonarqube:latest', /do not name/);
  checkUnknown('r-base:4.1.0', /FROM debian:testing, a moving tag/);
});
