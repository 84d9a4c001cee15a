/**
 * vendorFamilies33.ts: sample 23's families whose build files tie a tag to one base — dockerfile/java, Glider Labs' Consul
 * images, hortonworks/ambari-base, the retired library/opensuse tags, lsiobase/alpine and lsiobase/nginx release branches,
 * ConSol's headless VNC 1.x images, million12's CentOS images. One tag outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

const NO_VARIANT = /matches no known variant|not an image the knowledge base knows/;

test('dockerfile/java: every tag was FROM dockerfile/ubuntu, Ubuntu 14.04 by the repository’s end (2014)', () => {
  const src = /dockerfile\/java @ 926218e .*FROM dockerfile\/ubuntu in every one of the 30 commits/;
  checkKnown(
    [
      // Sample 23 (dockerfile/elasticsearch) and sample 4.
      ['dockerfile/java:oracle-java8', 'ubuntu-14.04', src, false],
      ['dockerfile/java', 'ubuntu-14.04', src, false],
      ['dockerfile/java:openjdk-6-jre', 'ubuntu-14.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('dockerfile/java:oracle-java8').publication?.frozen ?? '', /2014-10-02/);
  // A tag the README does not list.
  checkUnknown('dockerfile/java:oracle-java9', NO_VARIANT);
});

test('gliderlabs/consul 0.5 and 0.7 (one Alpine release each); 0.6 changed base and stays unknown', () => {
  const src = /progrium\/docker-consul @ 032b3e1 .*0\.5\/consul\/Dockerfile FROM alpine:3\.2/;
  checkKnown(
    [
      // Sample 23 (progrium/docker-consul's own FROM lines).
      ['gliderlabs/consul:0.5', 'alpine-3.2', src, false],
      ['gliderlabs/consul-agent:0.5', 'alpine-3.2', src, false],
      ['gliderlabs/consul:0.7', 'alpine-3.4', src, false],
      ['gliderlabs/consul-agent:0.7', 'alpine-3.4', src, false],
      ['gliderlabs/consul-server:0.7', 'alpine-3.4', src, false],
    ],
    'inferred',
  );
  checkUnknown('gliderlabs/consul:0.6', NO_VARIANT);
  checkUnknown('gliderlabs/consul-agent:0.6', NO_VARIANT);
});

test('hortonworks/ambari-base 7.2 tags: CentOS 7 (sequenceiq/docker-ambari, 2016)', () => {
  const src = /sequenceiq\/docker-ambari @ d297a10 .*FROM centos:7\.2\.1511/;
  checkKnown(
    [
      // Sample 23 (sequenceiq/docker-ambari's agent and server).
      ['hortonworks/ambari-base:7.2-v7', 'centos-7', src, false],
      ['hortonworks/ambari-base:7.2.1511-v1', 'centos-7', src, false],
    ],
    'inferred',
  );
  checkUnknown('hortonworks/ambari-base:7.2-v8', NO_VARIANT);
});

test('library/opensuse (retired): latest, leap and 42.3 were openSUSE Leap 42.3 when last listed', () => {
  checkKnown(
    [
      // Sample 23 (jpetazzo/dind's opensuse/Dockerfile).
      ['opensuse:latest', 'opensuse-leap-42.3', /./, false],
      ['opensuse', 'opensuse-leap-42.3', /./, false],
      ['opensuse:42.2', 'opensuse-leap-42.2', /./, false],
      ['opensuse:tumbleweed', 'opensuse-tumbleweed', /./, false],
    ],
    'either',
  );
  // The generated tag history of the same file supplies the publication (last published 2019-07) over the rule's text.
  assert.equal(known('opensuse:latest').publication?.lastPublished, '2019-07');
  assert.match(known('opensuse:latest').publication?.source ?? '', /docker-library\/official-images .*library\/opensuse/);
  // openSUSE 13.2 is not a Leap release: not claimed.
  checkUnknown('opensuse:13.2', NO_VARIANT);
});

test('lsiobase/alpine and lsiobase/nginx release-branch tags: the Alpine release of the branch', () => {
  const src = /linuxserver\/docker-baseimage-alpine @ 3d5a8b0 .*DOCKERHUB_IMAGE = 'lsiobase\/alpine'/;
  checkKnown(
    [
      // Sample 23 (an arm64v8 lsiobase/nginx base).
      ['lsiobase/nginx:arm64v8-3.10', 'alpine-3.10', src, false],
      ['lsiobase/nginx:3.21', 'alpine-3.21', src, false],
      ['lsiobase/alpine:3.10', 'alpine-3.10', src, false],
      ['lsiobase/alpine:arm32v7-3.12-ls5', 'alpine-3.12', src, false],
    ],
    'inferred',
  );
  // nginx 3.15 was also pushed from Dockerfiles FROM 3.16; latest follows master (REL=edge).
  checkUnknown('lsiobase/nginx:3.15', NO_VARIANT);
  checkUnknown('lsiobase/alpine', NO_VARIANT);
});

test('consol headless VNC 1.x: CentOS 7 and Ubuntu 16.04 at every git tag 1.1.0 … 1.4.0', () => {
  const src = /ConSol\/docker-headless-vnc-container @ b5523f2 .*FROM ubuntu:16\.04/;
  checkKnown(
    [
      // Sample 23 (recall 71: 'yum install -y kernel-headers').
      ['consol/centos-xfce-vnc:1.1.0', 'centos-7', src, false],
      ['consol/ubuntu-icewm-vnc:1.4.0', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('consol/centos-xfce-vnc:1.0.2', NO_VARIANT);
});

test('million12/nginx and million12/centos-supervisor: CentOS 7 in every version', () => {
  const src = /million12\/docker-centos-supervisor @ 4c32c11 .*FROM centos:centos7 in every version/;
  checkKnown(
    [
      // Sample 23 (million12/docker-nginx-php).
      ['million12/nginx:latest', 'centos-7', src, false],
      ['million12/centos-supervisor:4.0.2', 'centos-7', src, false],
    ],
    'inferred',
  );
  checkUnknown('million12/nginx:v0.6.0', NO_VARIANT);
});

test('quay.io/quarkus/ubi-quarkus-mandrel-builder-image: the current Mandrel lines are on UBI 8 minimal', () => {
  const src = /quarkusio\/quarkus-images @ e800dcb .*--ubi-minimal=\$\{ubi8-min\.base\}/;
  checkKnown(
    [
      // Sample 23 (RubenCiveira/quarkus-memory) and sample 5.
      ['quay.io/quarkus/ubi-quarkus-mandrel-builder-image:jdk-21', 'ubi-8', src, true],
      ['quay.io/quarkus/ubi-quarkus-mandrel-builder-image:23.1-java21', 'ubi-8', src, true],
    ],
    'inferred',
  );
  assert.match(known('quay.io/quarkus/ubi-quarkus-mandrel-builder-image:jdk-21').movingTag?.means ?? '', /2025-09-29/);
  // A line removed from mandrel.yaml (last build date not recorded) is not claimed.
  checkUnknown('quay.io/quarkus/ubi-quarkus-mandrel-builder-image:22.3-java17', NO_VARIANT);
});

test('kalilinux/kali-bleeding-edge and kali-experimental: kali-rolling plus an apt source line', () => {
  // A release rule: the release row is cited; the moving tag says what the build scripts make of it.
  checkKnown(
    [
      // Sample 23 (recall 72: 'ENTRYPOINT ["/sbin/init"]').
      ['kalilinux/kali-bleeding-edge', 'kali-rolling', /kali-docker/, true],
      ['kalilinux/kali-experimental:2024.01.01', 'kali-rolling', /kali-docker/, false],
    ],
    'either',
  );
  assert.match(known('kalilinux/kali-bleeding-edge').movingTag?.means ?? '', /kali-rolling image plus one apt source line .*2022-09-13/);
  checkUnknown('kalilinux/kali-bleeding-edge:2024.1', NO_VARIANT);
});

test('richarvey/nginx-php-fpm: release tags take their git tag’s php Alpine base; latest the newest (3.1.6)', () => {
  const src = /richarvey\/nginx-php-fpm @ 15f577b .*8\.2\.7-fpm-alpine3\.18 \(3\.1\.6\)/;
  checkKnown(
    [
      // Sample 23 (arvatoaws/nginx-sample-pipeline).
      ['richarvey/nginx-php-fpm', 'alpine-3.18', src, true],
      ['richarvey/nginx-php-fpm:3.1.4', 'alpine-3.17', src, false],
      ['richarvey/nginx-php-fpm:2.0.5', 'alpine-3.15', src, false],
    ],
    'inferred',
  );
  assert.match(known('richarvey/nginx-php-fpm').movingTag?.means ?? '', /2023-06-10/);
  // Built before the tag workflow (2022-03-26): not claimed.
  checkUnknown('richarvey/nginx-php-fpm:1.9.0', NO_VARIANT);
});

test('jlesage/firefox latest and v26.07.2: baseimage-gui alpine-3.24-v4.12.6, on baseimage v3.11.8, FROM alpine:3.24', () => {
  const src = /jlesage\/docker-firefox @ 6664868 .*jlesage\/docker-baseimage @ 3bf82e8/;
  checkKnown(
    [
      // Sample 23 (mySoul8012/GoogleChromeVNC).
      ['jlesage/firefox', 'alpine-3.24', src, true],
      ['jlesage/firefox:v26.07.2', 'alpine-3.24', src, false],
      ['jlesage/baseimage-gui:debian-12-v4.12.6', 'debian-12', src, false],
      ['jlesage/baseimage:ubuntu-24.04-v3.11.8', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  assert.match(known('jlesage/firefox').movingTag?.means ?? '', /2026-07-13/);
  // A release whose Dockerfile was not read.
  checkUnknown('jlesage/firefox:v25.01.1', NO_VARIANT);
});
