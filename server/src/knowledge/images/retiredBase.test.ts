/**
 * Retired official tags built FROM another official image's version tag (openjdk:8-jre, node:8-slim, rabbitmq:3.8) whose
 * meaning in the month the tag was last built neither the base's library entry (baseTimeline) nor its pinned Dockerfile
 * (baseDuringByFile) records: read through the base as last published only where it cannot have moved since
 * (resolve.ts baseMovedSince). Each case was checked against the base image's own fully versioned tags in the
 * official-images history (generated/officialImageTags.ts), which were built from the same Dockerfile at the time.
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

test('a base rebuilt after the tag was last built, naming no release, is not read as it is now', () => {
  // rabbitmq:3.8.11-management (2021-02) FROM rabbitmq:3.8, which moved to ubuntu:20.04 later (rabbitmq:3.8.11 itself,
  // last published 2021-02, was FROM ubuntu:18.04; 3.8.16 of 2021-06 is the first on 20.04): was read as Ubuntu 20.04.
  checkUnknown('rabbitmq:3.8.11-management', /FROM rabbitmq:3\.8, which was published until 2022-06 .*not recorded/);
  // rabbitmq:3.8.3-management (2020-05): rabbitmq:3.8.3 was FROM ubuntu:18.04; was read as Ubuntu 20.04.
  checkUnknown('rabbitmq:3.8.3-management', /FROM rabbitmq:3\.8,/);
  // ghost:1.25.0 (2018-07) FROM node:8-slim: node:8.11.3-slim, last published 2018-08, was FROM debian:jessie-slim;
  // node:8-slim last named stretch. Was read as Debian 9.
  checkUnknown('ghost:1.25.0', /FROM node:8-slim, which was published until 2020-01/);
  // backdrop:1.6 (2017-06) FROM php:5.6-apache: php:5.6.30-apache (2017-07) was FROM debian:jessie. Was Debian 9.
  checkUnknown('backdrop:1.6', /FROM php:5\.6-apache,/);
  // A base still published: what erlang:24 was built on in 2025-10 is not recorded (it was bullseye, as erlang:24.3.4.17
  // shows, but the history cannot tell that from a move): an honest unknown rather than a guess.
  checkUnknown('elixir:1.12.3', /FROM erlang:24, which is still published/);
});

test('where the history no longer answers, the words of the tag still do: a retired -noble tag is Ubuntu 24.04', () => {
  // maven:3.9.15-eclipse-temurin-17-noble (last published 2026-05) FROM eclipse-temurin:17-jdk, which now names Ubuntu
  // 26.04 (released 2026-04, before that build, so the release-date check let it through): was read as 26.04.
  const found = lookup('maven:3.9.15-eclipse-temurin-17-noble');
  assert.ok(found.kind === 'known', JSON.stringify(found));
  assert.equal(found.identity.release.id, 'ubuntu-24.04');
});
