/**
 * A tag no longer published was last built on what its base tag named then (generated/baseTimeline.ts), and never on a
 * release that did not exist yet: before this, 14,104 of the 175,974 retired official tags resolved through their base's
 * current meaning to a release published after their last build (sonarqube:10.5.0-community, 2024-04 → Ubuntu 26.04).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDuring, baseDuringByPinnedFile } from './baseTimeline';
import { baseDuringByFile } from './vendorFamilies7';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('baseDuring: the release a base tag’s entry named throughout a month; a month it changed in is not answered', () => {
  assert.equal(baseDuring('php:8.1-apache', '2023-05'), 'debian:bullseye');
  assert.equal(baseDuring('php:8.1-apache', '2023-06'), undefined, 'moved to bookworm on 2023-06-13');
  assert.equal(baseDuring('php:8.1-apache', '2023-07'), 'debian:bookworm');
  assert.equal(baseDuring('docker.io/library/eclipse-temurin:17-jre', '2024-04'), 'ubuntu:jammy');
  assert.equal(baseDuring('openjdk:8-jre', '2017-06'), undefined, 'its entry named no release then');
  assert.equal(baseDuring('not-an-image:1', '2020-01'), undefined);
});

test('baseDuringByPinnedFile: where the entry named nothing, the FROM of the Dockerfile it pinned, throughout a month', () => {
  // openjdk:8-jre: 8-jre/Dockerfile FROM buildpack-deps:jessie-curl at baaaf771 (2016-08-11), stretch-curl at ae4562dc
  // (2017-07-06); its entry named stretch from 2018-01-03 (baseDuring answers from then).
  assert.equal(baseDuringByPinnedFile('openjdk:8-jre', '2017-06')?.base, 'buildpack-deps:jessie-curl');
  assert.equal(baseDuringByPinnedFile('openjdk:8-jre', '2017-07'), undefined, 'moved to stretch-curl on 2017-07-06');
  assert.equal(baseDuringByPinnedFile('openjdk:8-jre', '2017-08')?.base, 'buildpack-deps:stretch-curl');
  assert.equal(baseDuringByPinnedFile('openjdk:8-jre', '2018-02'), undefined, 'its entry named debian:stretch');
  assert.equal(baseDuring('openjdk:8-jre', '2018-02'), 'debian:stretch');
  assert.match(
    baseDuringByPinnedFile('openjdk:8-jre', '2017-06')?.source ?? '',
    /docker-library\/openjdk @ [0-9a-f]{8} \(the openjdk Dockerfile/,
  );
  // Through an official base naming no release: tomcat's pin was FROM adoptopenjdk:11-jdk-hotspot, then focal.
  const chain = baseDuringByPinnedFile('tomcat:8-jdk11-adoptopenjdk-hotspot', '2021-01');
  assert.deepEqual([chain?.via, chain?.base], [['adoptopenjdk:11-jdk-hotspot'], 'ubuntu:focal']);
  assert.match(chain?.source ?? '', /library\/tomcat, library\/adoptopenjdk/);
});

test('the generated pinned-Dockerfile rows agree with the hand-checked ones of vendorFamilies7.ts wherever both answer', () => {
  let both = 0;
  for (const ref of [
    'ibmjava:8-jre',
    'ibmjava:8-sdk',
    'openjdk:8',
    'openjdk:8-jre',
    'openjdk:8-jre-alpine',
    'php:7.0-apache',
    'rabbitmq:3.8-alpine',
  ])
    for (let year = 2014; year <= 2026; year++)
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const hand = baseDuringByFile(ref, month);
        const generated = baseDuringByPinnedFile(ref, month);
        if (!hand || !generated) continue;
        both++;
        assert.equal(generated.base, hand.base, `${ref} in ${month}`);
      }
  assert.ok(both >= 300, `${both} months answered by both`);
});

test('retired official tags: built on what their base named then, or unknown, never a later release', () => {
  checkKnown([
    ['sonarqube:10.5.0-community', 'ubuntu-22.04', /every version of the base image's library file/, false],
    ['maven:3.6.3-jdk-11', 'debian-10', /official-images/, false],
  ]);
  const found = lookup('sonarqube:10.5.0-community');
  assert.ok(found.kind === 'known' && /eclipse-temurin:17-jre named ubuntu:jammy/.test(found.identity.inferredFrom?.rule ?? ''));
  // drupal:8.1-apache (2016-10, FROM php:7.0-apache) was the example here; vendorFamilies7.ts now reads php:7.0-apache's
  // pinned Dockerfile for that month (Debian 8). websphere-liberty:webProfile7 (2019-11) was the next: now read from
  // websphere-liberty:kernel's pinned Dockerfile (retiredBase.test.ts). websphere-liberty:common (2016-08): its pin changed.
  checkUnknown('websphere-liberty:common', /has moved since: it now names Ubuntu [\d.]+ LTS, released [\d-]+, after that build/);
  // gradle:8.7.0-jdk21-alpine (FROM eclipse-temurin:21-jdk-alpine) was a second example: now read from that base's pinned
  // Dockerfile (vendorFamilies7.test.ts).
});
