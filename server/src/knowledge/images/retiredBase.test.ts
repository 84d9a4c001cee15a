/**
 * Retired official tags built FROM another official image's version tag (openjdk:8-jre, node:8-slim, rabbitmq:3.8): read
 * through what the base's library entry named (baseTimeline) or, where it named nothing, what the Dockerfile at the
 * GitCommit it pinned was FROM (generated 'F' rows) throughout the month the tag was last built; otherwise through the base
 * as last published only where it cannot have moved since (resolve.ts baseMovedSince). Each case was checked against the
 * base image's own fully versioned tags in the official-images history or its Dockerfile at the pinned commit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

const oi = /official-images/;

test('a base last published in or before the month the tag was last built is read as it was last published', () => {
  checkKnown(
    [
      // FROM openjdk:8-jre (last published 2022-08, FROM buildpack-deps:bullseye-curl); flink:1.11 last built 2022-09.
      ['flink:1.11-java8', 'debian-11', oi, false],
      // Same month: gradle:5.4-jre-alpine (2019-05) FROM openjdk:8-jre-alpine (last published 2019-05, FROM alpine:3.9),
      // which was on alpine:3.9 from 8u191-jre-alpine's last build (2019-03) on.
      ['gradle:5.4-jre-alpine', 'alpine-3.9', oi, false],
    ],
    'inferred',
  );
});

test('a base whose own tag names its release is that release whenever it was published', () => {
  // FROM openjdk:11-jre-bullseye / eclipse-temurin:24-jdk-noble: the tag names the release.
  checkKnown(
    [
      ['tomcat:10-jre11-openjdk-bullseye', 'debian-11', oi, false],
      ['clojure:temurin-24-lein-noble', 'ubuntu-24.04', oi, false],
    ],
    'inferred',
  );
});

test('a base whose entry names no release: what its Dockerfile at the pinned GitCommit was FROM in the month the tag was last built', () => {
  // Each checked by hand: the library/<base> versions in effect from the first of that month to its end, the entry listing
  // the base tag, and `git show <GitCommit>:<Directory>/Dockerfile` in the base's repository (one per big base group).
  const pinned = /the \S+ Dockerfile at each GitCommit library\/\S+ pinned/;
  checkKnown(
    [
      // rabbitmq:3.8 in 2021-02 (library versions f1082e89 … e67e5b5d) and 2020-05: 3.8/ubuntu/Dockerfile FROM ubuntu:18.04.
      // Both were read as Ubuntu 20.04 (rabbitmq:3.8 as last published) before baseMovedSince, then unknown.
      ['rabbitmq:3.8.11-management', 'ubuntu-18.04', pinned, false],
      ['rabbitmq:3.8.3-management', 'ubuntu-18.04', pinned, false],
      // rabbitmq:3.13-rc in 2023-11: 3.13-rc/ubuntu/Dockerfile, final stage FROM ubuntu:22.04.
      ['rabbitmq:3.13.0-rc.1-management', 'ubuntu-22.04', pinned, false],
      // node:8-slim in 2018-07: docker-node e3ec2111 8/slim/Dockerfile FROM debian:jessie-slim (was read as Debian 9).
      ['ghost:1.25.0', 'debian-8', pinned, false],
      // php:5.6-apache in 2017-06: docker-library/php c48c6295, eadc27f1 5.6/apache/Dockerfile FROM debian:jessie.
      ['backdrop:1.6', 'debian-8', pinned, false],
      ['nextcloud:9.0.58', 'debian-8', pinned, false],
      // erlang:24 in 2025-10 (c7e3d582 24/Dockerfile) FROM buildpack-deps:bullseye; erlang:26 in 2026-06 (42dc30d5 26/Dockerfile)
      // FROM buildpack-deps:bookworm. elixir:1.12.3 was an honest unknown; 24.3.4.17 shows bullseye.
      ['elixir:1.12.3', 'debian-11', pinned, false],
      ['elixir:1.15.8', 'debian-12', pinned, false],
      // java:openjdk-8-jdk-alpine in 2016-10: docker-library/openjdk 54c64cf4 8-jdk/alpine/Dockerfile FROM alpine:3.4;
      // java:8-jre in 2016-10: baaaf771, bbb7c099 8-jre/Dockerfile FROM buildpack-deps:jessie-curl.
      ['orientdb:2.2.11', 'alpine-3.4', pinned, false],
      // java:8 in 2015-09: library/java pinned git://github.com/docker-library/java@6f340724 (the repository GitHub renamed
      // docker-library/openjdk, which holds that commit): openjdk-8-jdk/Dockerfile FROM buildpack-deps:jessie-scm.
      ['clojure:lein-2.5.1', 'debian-8', /docker-library\/openjdk @ \w+ \(the java Dockerfile/, false],
      ['crate:0.52.4', 'debian-8', pinned, false],
      // openjdk:7-jre in 2017-04: e3386b5a, 882461ad 7-jre/Dockerfile FROM buildpack-deps:jessie-curl.
      ['gradle:3.4-jre7', 'debian-8', pinned, false],
      // docker:1.12-rc in 2016-07: 99287145 … c35f7c0d 1.12-rc/Dockerfile FROM alpine:3.4.
      ['docker:1.12.0-rc2-git', 'alpine-3.4', pinned, false],
      // eclipse-temurin:17-jre-alpine in 2022-12: adoptium/containers 3bab8658 17/jre/alpine/Dockerfile.releases.full FROM alpine:3.17.
      ['jetty:10.0.12-jre17-alpine', 'alpine-3.17', pinned, false],
      // sapmachine:25 in 2025-12: eecb8129 dockerfiles/25/ubuntu/24_04/jdk/Dockerfile FROM ubuntu:24.04.
      ['maven:3.9.11-sapmachine-25', 'ubuntu-24.04', pinned, false],
      // mono:4.8.0.524 in 2017-05: mono/docker 13dbbc26, 0d987d93 4.8.0.524/Dockerfile FROM debian:wheezy.
      ['mono:onbuild', 'debian-7', pinned, false],
    ],
    'inferred',
  );
});

test('through an official base that names no release either: its own timeline on the same dates', () => {
  // websphere-liberty:kernel in 2019-11 (WASdev/ci.docker 0e11b18c ga/latest/kernel/Dockerfile.ubuntu.ibmjava8) was FROM
  // ibmjava:8-jre, whose entry pinned ibmruntimes/ci.docker 21a1acf3 then 8c39daac (2019-11-28): both FROM ubuntu:18.04.
  // tomcat:8-jdk11-adoptopenjdk-hotspot in 2021-01 (docker-library/tomcat 5b0a7b89) was FROM adoptopenjdk:11-jdk-hotspot,
  // whose entry listed it with 11-jdk-hotspot-focal.
  checkKnown(
    [
      ['websphere-liberty:webProfile7', 'ubuntu-18.04', /ibmruntimes\/ci\.docker @ \w+ \(the ibmjava Dockerfile/, false],
      ['xwiki:12.10.2-mysql-tomcat', 'ubuntu-20.04', /adoptopenjdk\/openjdk-docker @ \w+/, false],
    ],
    'inferred',
  );
  const found = lookup('xwiki:12.10.2-mysql-tomcat');
  assert.ok(found.kind === 'known');
  assert.match(
    found.identity.inferredFrom?.rule ?? '',
    /tomcat:8-jdk11-adoptopenjdk-hotspot was built FROM adoptopenjdk:11-jdk-hotspot \(its Dockerfile at the commit its library entry pinned\), which was then built on ubuntu:focal/,
  );
});

test('a base rebuilt on another release during the month the tag was last built stays unknown', () => {
  // node:6-slim moved from 6/slim (FROM debian:jessie-slim) to 6/stretch-slim (FROM debian:stretch-slim) on 2018-12-03.
  checkUnknown('ghost:0.11', /FROM node:6-slim, which was published until 2019-05 .*not recorded/);
  // php:8.3-apache named trixie from 2025-08-12 (still published). (maven:3.8.1-jdk-8-slim and gradle:6.6-jdk11, whose
  // bases moved later in the month they were removed, are answered by the day they were removed: officialUnread.test.ts.)
  checkUnknown('joomla:5.3.2', /FROM php:8\.3-apache, which is still published/);
  // websphere-liberty:kernel's pin went from FROM ubuntu:16.04 to FROM ibmjava:8-jre on 2016-08-11: a different record in
  // that month, though both were Ubuntu 16.04; not told apart.
  checkUnknown('websphere-liberty:common', /FROM websphere-liberty:kernel, which has moved since/);
});

test('where the history no longer answers, the words of the tag still do: a retired -noble tag is Ubuntu 24.04', () => {
  // maven:3.9.15-eclipse-temurin-17-noble (last published 2026-05) FROM eclipse-temurin:17-jdk, which now names Ubuntu
  // 26.04 (released 2026-04, before that build, so the release-date check let it through): was read as 26.04.
  const found = lookup('maven:3.9.15-eclipse-temurin-17-noble');
  assert.ok(found.kind === 'known', JSON.stringify(found));
  assert.equal(found.identity.release.id, 'ubuntu-24.04');
});
