/**
 * vendorFamilies7.ts: vendor images of the fifth to ninth and second samples, each pinned with real tags of the coverage
 * samples (test/data/base-images*.tsv) to what its own build files name, and tags that must stay unknown.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';
import { baseDuringByFile } from './vendorFamilies7';

test('docker.elastic.co Elasticsearch 6.0.1 … 6.5.4 (and 5.6.5 …): CentOS 7 in every template version of the release branch', () => {
  const src = /elastic\/elasticsearch-docker @ 1b23b928/;
  checkKnown(
    [
      ['docker.elastic.co/elasticsearch/elasticsearch:6.5.4', 'centos-7', src, false],
      ['docker.elastic.co/elasticsearch/elasticsearch:6.3.1', 'centos-7', src, false],
      ['docker.elastic.co/elasticsearch/elasticsearch-oss:6.2.4', 'centos-7', src, false],
      ['docker.elastic.co/elasticsearch/elasticsearch:5.6.16', 'centos-7', src, false],
    ],
    'inferred',
  );
  // 6.0.0 was built around the switch from Elastic's own centos-base image; 6.6+ are vendors.ts' (elastic/dockerfiles).
  checkUnknown('docker.elastic.co/elasticsearch/elasticsearch:6.0.0', /matches no known variant/);
  checkKnown([['docker.elastic.co/elasticsearch/elasticsearch:6.6.2', 'centos-7', /elastic\/dockerfiles @ 3b01a0be/, false]], 'inferred');
});

test('mysql/mysql-server: Oracle Linux 7 slim for the 5.x series and 8.0.11 … 8.0.22, 8 slim to 8.0.36, 9 slim after', () => {
  const src = /mysql\/mysql-docker @ 405ba27e/;
  checkKnown(
    [
      ['mysql/mysql-server:5.7', 'oraclelinux-7', src, false],
      ['mysql/mysql-server:5.7.24-1.1.8', 'oraclelinux-7', src, false],
      ['mysql/mysql-server:8.0.22', 'oraclelinux-7', src, false],
      ['mysql/mysql-server:8.0.30', 'oraclelinux-8', src, false],
      ['mysql/mysql-server:8.0.40', 'oraclelinux-9', src, false],
    ],
    'inferred',
  );
  // 8.0.23 was built from files naming Oracle Linux 7 and 8; 8.0 and latest moved across three releases.
  checkUnknown('mysql/mysql-server:8.0.23', /built on two/);
  checkUnknown('mysql/mysql-server:8.0', /moved from Oracle Linux 7 to 8 to 9/);
  checkUnknown('mysql/mysql-server', /not a series tag/);
});

test('mysql/mysql-server series tags whose file was removed are frozen', () => {
  const found = lookup('mysql/mysql-server:5.7');
  assert.equal(found.kind, 'known');
  if (found.kind === 'known') assert.match(found.identity.publication?.frozen ?? '', /5\.7 Dockerfile was removed/);
});

test('percona/percona-server: the release every build file of the version names', () => {
  const src = /percona\/percona-docker @ 5c654083/;
  checkKnown(
    [
      ['percona/percona-server:8.0.33-25', 'oraclelinux-9', src, false],
      ['percona/percona-server:8.0.28-20.1', 'oraclelinux-8', src, false],
      ['percona/percona-server:8.0.22-13', 'centos-8', src, false],
      ['percona/percona-server:8.0.42-33', 'ubi-9', src, false],
      ['percona/percona-server:8.4', 'ubi-9', src, true],
    ],
    'inferred',
  );
  // 8.0.31: Oracle Linux 8 for amd64, 9 for arm64; 5.7.36+: the two 5.7 files disagree; 8.0 moved.
  checkUnknown('percona/percona-server:8.0.31-23', /not a version whose build files all name one base/);
  checkUnknown('percona/percona-server:5.7.40-43', /not a version whose build files all name one base/);
  checkUnknown('percona/percona-server:8.0', /not a version whose build files all name one base/);
});

test('retired official tags FROM ibmjava:8-jre: what its pinned Dockerfile named in the month they were last built', () => {
  const ibm = /ibmruntimes\/ci\.docker @ 8b9f074/;
  checkKnown(
    [
      // Last built 2019-09 (Ubuntu 16.04) and 2023-02 (18.04: ibmjava moved to 22.04 only on 2023-03-31; read as
      // ibmjava:8-jre is now, this tag was Ubuntu 22.04 before).
      ['websphere-liberty:19.0.0.3-kernel', 'ubuntu-16.04', ibm, false],
      ['websphere-liberty:22.0.0.13-kernel-java8-ibmjava', 'ubuntu-18.04', ibm, false],
    ],
    'inferred',
  );
  // The sample's tags, FROM those kernel tags.
  checkKnown(
    [
      ['websphere-liberty:19.0.0.3-webProfile7', 'ubuntu-16.04', /library\/websphere-liberty/, false],
      ['websphere-liberty:19.0.0.9-webProfile8', 'ubuntu-18.04', /library\/websphere-liberty/, false],
      ['websphere-liberty:21.0.0.2-full-java8-ibmjava', 'ubuntu-18.04', /library\/websphere-liberty/, false],
    ],
    'inferred',
  );
  // FROM websphere-liberty:kernel, whose own entry names nothing: read through kernel's pinned Dockerfile (FROM ibmjava:8-jre)
  // and then this table, in 2019-11 (generated baseTimeline 'F' rows); in 2016-08 kernel's pin changed: stays unknown.
  checkKnown([['websphere-liberty:webProfile7', 'ubuntu-18.04', /library\/websphere-liberty/, false]], 'inferred');
  checkUnknown('websphere-liberty:common', /which has moved since/);
  // Other bases whose entry names no release: openjdk:8 (clojure, 2017-10), php:7.0-apache (drupal, 2016-10),
  // rabbitmq:3.8-alpine (2021-01) and rabbitmq (2016-08).
  checkKnown(
    [
      ['clojure:lein-2.7.1', 'debian-9', /docker-library\/openjdk @ da2d75fd/, false],
      ['drupal:8.1-apache', 'debian-8', /docker-library\/php @ 445bf414/, false],
      ['rabbitmq:3.8.9-management-alpine', 'alpine-3.12', /docker-library\/rabbitmq @ 9193c1d/, false],
      ['rabbitmq:3.6.4-management', 'debian-8', /docker-library\/rabbitmq @ 9193c1d/, false],
      ['zookeeper:3.4.9', 'alpine-3.5', /docker-library\/openjdk @ da2d75fd/, false],
      ['gradle:8.7.0-jdk21-alpine', 'alpine-3.19', /adoptium\/containers @ d8d18d67/, false],
    ],
    'inferred',
  );
  // A month in which the pin moved answers nothing; other tags of ibmjava are not read.
  assert.equal(baseDuringByFile('ibmjava:8-jre', '2019-10'), undefined);
  assert.equal(baseDuringByFile('ibmjava:8-sdk', '2019-11')?.base, 'ubuntu:18.04');
  assert.equal(baseDuringByFile('ibmjava:11-jre', '2019-11'), undefined);
  assert.equal(baseDuringByFile('ibmjava:8-jre', '2017-08'), undefined);
  assert.equal(baseDuringByFile('rabbitmq', '2016-08')?.base, 'debian:jessie');
  assert.equal(baseDuringByFile('openjdk:8', '2022-09'), undefined, 'no longer listed');
  assert.equal(baseDuringByFile('openjdk:8-jre-alpine', '2017-01'), undefined, 'moved twice that month');
});

test('a retired official tag FROM a tag pinned by digest is read by that tag, not as a moving tag', () => {
  // elasticsearch:6.6.2 (last published 2019-03) FROM docker.elastic.co/elasticsearch/elasticsearch:6.6.2@sha256:…
  const found = lookup('elasticsearch:6.6.2');
  assert.equal(found.kind, 'known', JSON.stringify(found));
  if (found.kind !== 'known') return;
  assert.equal(found.identity.release.id, 'centos-7');
  assert.match(found.identity.inferredFrom?.rule ?? '', /pinned by digest: one build/);
  // The same history with a base the tables do not know stays unknown, naming it.
  checkUnknown('kibana:6.5.4', /docker\.elastic\.co\/kibana\/kibana:6\.5\.4@sha256:.*which is unknown/);
});

test('guess from a tag or name: CentOS Stream streamN and Red Hat …-rhelN, labelled; look-alikes stay unknown', () => {
  const guesses: Array<[string, string, RegExp]> = [
    ['quay.io/centos-bootc/centos-bootc:stream9', 'centos-stream-9', /the tag 'stream9' names stream9/],
    ['registry.redhat.io/openshift3/jenkins-2-rhel7:v3.11', 'ubi-7', /the image name 'jenkins-2-rhel7' names rhel7/],
    ['registry.redhat.io/rhscl/nodejs-14-rhel7', 'ubi-7', /names rhel7/],
    ['registry.access.redhat.com/rhel7.4', 'ubi-7', /names rhel7\.4/],
  ];
  for (const [text, release, guessed] of guesses) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.match(found.identity.guessedFrom ?? '', guessed, text);
  }
  // Not a release word (upstream9, a bare stream or rhel, a three-part number), or two releases named: no guess.
  for (const text of [
    'example/app:upstream9',
    'example/app:stream',
    'example/app:rhel',
    'example/app:rhel7.4.1',
    'example/app:1.0-rhel8-stream9',
  ])
    checkUnknown(text, /not an image the knowledge base knows/);
});

test('mcr.microsoft.com/dotnet/core/*:3.0: Debian 10 (buster) from preview 5 on, frozen since its end of support', () => {
  const src = /dotnet\/dotnet-docker @ 3ed00b61/;
  checkKnown(
    [
      ['mcr.microsoft.com/dotnet/core/sdk:3.0', 'debian-10', src, false],
      ['mcr.microsoft.com/dotnet/core/aspnet:3.0-buster-slim', 'debian-10', src, false],
      ['mcr.microsoft.com/dotnet/core/runtime:3.0.3', 'debian-10', src, false],
    ],
    'inferred',
  );
  // Preview tags (stretch before 2019-04-18) are not these rules': at most a labelled guess from the tag.
  const preview = lookup('mcr.microsoft.com/dotnet/core/sdk:3.0.100-preview3-stretch');
  assert.ok(preview.kind === 'known' && preview.identity.guessedFrom, JSON.stringify(preview));
  const frozen = lookup('mcr.microsoft.com/dotnet/core/sdk:3.0');
  assert.ok(frozen.kind === 'known' && /end of support on 2020-03-03/.test(frozen.identity.publication?.frozen ?? ''));
});

test('apache/couchdb: a version tag from its own directory, where every version of that Dockerfile names one Debian', () => {
  const src = /apache\/couchdb-docker @ 4c82ee09/;
  checkKnown(
    [
      ['apache/couchdb:3.1.1', 'debian-10', src, false],
      ['apache/couchdb:3.3.2', 'debian-11', src, false],
      ['apache/couchdb:3.5.1', 'debian-12', src, false],
    ],
    'inferred',
  );
  // The sample's 3.3: re-pushed from 3.3.x releases, and 3.3.3 was rebuilt from bullseye to bookworm.
  checkUnknown('apache/couchdb:3.3', /series tags such as 3\.3/);
  checkUnknown('apache/couchdb:3.3.3', /rebuilt on a newer Debian/);
});
