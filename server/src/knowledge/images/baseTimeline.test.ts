/**
 * A tag no longer published was last built on what its base tag named then (generated/baseTimeline.ts), and never on a
 * release that did not exist yet: before this, 14,104 of the 175,974 retired official tags resolved through their base's
 * current meaning to a release published after their last build (sonarqube:10.5.0-community, 2024-04 → Ubuntu 26.04).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDuring } from './baseTimeline';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('baseDuring: the release a base tag’s entry named throughout a month; a month it changed in is not answered', () => {
  assert.equal(baseDuring('php:8.1-apache', '2023-05'), 'debian:bullseye');
  assert.equal(baseDuring('php:8.1-apache', '2023-06'), undefined, 'moved to bookworm on 2023-06-13');
  assert.equal(baseDuring('php:8.1-apache', '2023-07'), 'debian:bookworm');
  assert.equal(baseDuring('docker.io/library/eclipse-temurin:17-jre', '2024-04'), 'ubuntu:jammy');
  assert.equal(baseDuring('openjdk:8-jre', '2017-06'), undefined, 'its entry named no release then');
  assert.equal(baseDuring('not-an-image:1', '2020-01'), undefined);
});

test('retired official tags: built on what their base named then, or unknown, never a later release', () => {
  checkKnown([
    ['sonarqube:10.5.0-community', 'ubuntu-22.04', /every version of the base image's library file/, false],
    ['maven:3.6.3-jdk-11', 'debian-10', /official-images/, false],
  ]);
  const found = lookup('sonarqube:10.5.0-community');
  assert.ok(found.kind === 'known' && /eclipse-temurin:17-jre named ubuntu:jammy/.test(found.identity.inferredFrom?.rule ?? ''));
  // drupal:8.1-apache (2016-10, FROM php:7.0-apache) was the example here; vendorFamilies7.ts now reads php:7.0-apache's
  // pinned Dockerfile for that month (Debian 8). websphere-liberty:kernel has no such row.
  checkUnknown('websphere-liberty:webProfile7', /has moved since: it now names Ubuntu [\d.]+ LTS, released [\d-]+, after that build/);
  // gradle:8.7.0-jdk21-alpine (FROM eclipse-temurin:21-jdk-alpine) was a second example: now read from that base's pinned
  // Dockerfile (vendorFamilies7.test.ts).
});
