/**
 * vendorFamilies10.ts: unknown groups of the thirteenth coverage sample (test/data/base-images-sample13.tsv) resolved from
 * the images' own build repositories; the tags those files do not decide stay unknown with their reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('adoptopenjdk/openjdk*: the moving alpine tags last built FROM alpine:3.14, frozen; version tags unknown', () => {
  const src = /AdoptOpenJDK\/openjdk-docker @ e499808a .*828f553e \(2021-06-29.*no further updates after 2021-08-25/;
  checkKnown(
    [
      // Sample 13.
      ['adoptopenjdk/openjdk11:alpine-jre', 'alpine-3.14', src, false],
      ['adoptopenjdk/openjdk11:alpine-slim', 'alpine-3.14', src, false],
      ['adoptopenjdk/openjdk8-openj9:alpine', 'alpine-3.14', src, false],
      ['adoptopenjdk/openjdk16:alpine-jre', 'alpine-3.14', src, false],
    ],
    'inferred',
  );
  assert.match(known('adoptopenjdk/openjdk11:alpine-jre').publication?.frozen ?? '', /deprecated and no longer built/);
  // Version tags stopped when superseded (some on Alpine 3.13); nightlies and other versions were not read.
  checkUnknown('adoptopenjdk/openjdk11:jdk-11.0.11_9-alpine', /version tags stopped being pushed when superseded/);
  checkUnknown('adoptopenjdk/openjdk11:alpine-nightly', /not one of the moving alpine tags/);
  checkUnknown('adoptopenjdk/openjdk12:alpine', /not an image the knowledge base knows/);
});

test('rocker/* 3.x (rocker-versioned): the Debian release its r-ver file names, for every image of the version', () => {
  const src = /rocker-org\/rocker-versioned @ 1920e7c .*r-ver\/<v>\.Dockerfile FROM debian:wheezy/;
  checkKnown(
    [
      // Sample 13 (tidyverse:3.6.1).
      ['rocker/tidyverse:3.6.1', 'debian-9', src, false],
      ['rocker/r-ver:3.6.1', 'debian-9', src, false],
      ['rocker/rstudio:3.6.2', 'debian-10', src, false],
      ['rocker/verse:3.6.3', 'debian-10', src, false],
      ['rocker/r-ver:3.3.3', 'debian-8', src, false],
      ['rocker/r-ver:3.1.2', 'debian-7', src, false],
    ],
    'inferred',
  );
  // R 4.x stays with rocker-versioned2 (popular.ts); 3.1.1 had no Dockerfile, and 3.6 no tag of its own.
  checkKnown([['rocker/tidyverse:4.0.0', 'ubuntu-20.04', /rocker-versioned2/, false]], 'inferred');
  checkUnknown('rocker/r-ver:3.1.1', /matches no known variant/);
  checkUnknown('rocker/r-ver:3.6', /matches no known variant/);
});

test('mozilla/sbt: latest and 11.0.13_1.6.2 FROM openjdk:11.0.13 (Debian 11) as the README recipe pushes them', () => {
  const src = /mozilla\/docker-sbt @ d77cc86f .*--tag mozilla\/sbt:latest/;
  checkKnown(
    [
      // Samples 4 and 13.
      ['mozilla/sbt:latest', 'debian-11', src, true],
      ['mozilla/sbt', 'debian-11', src, true],
      ['mozilla/sbt:11.0.13_1.6.2', 'debian-11', src, false],
    ],
    'inferred',
  );
  assert.equal(known('mozilla/sbt').pinnedReference, 'mozilla/sbt:11.0.13_1.6.2');
  checkUnknown('mozilla/sbt:8u232_1.3.8', /pushed by hand/);
});

test('condaforge/miniforge3:latest: Ubuntu 24.04 as of the newest commit read, moving; version tags by the builds of their span', () => {
  const src = /conda-forge\/miniforge-images @ 841e405 \(2026-07-01, the newest commit read\).*condaforge\/miniforge3:latest/;
  checkKnown(
    [
      // Sample 13 (bare name).
      ['condaforge/miniforge3', 'ubuntu-24.04', src, true],
      ['quay.io/condaforge/miniforge3:latest', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('condaforge/miniforge3').movingTag?.means ?? '', /as of the newest commit read \(2026-07-01\)/);
  // A version tag: the one Ubuntu of every main build while it was the pipeline's version.
  checkKnown(
    [
      ['condaforge/miniforge3:24.1.2-0', 'ubuntu-20.04', src, false],
      ['condaforge/miniforge3:4.9.2-5', 'ubuntu-20.04', src, false],
      ['quay.io/condaforge/miniforge3:24.11.3-0', 'ubuntu-20.04', src, false],
      ['condaforge/miniforge3:25.3.0-1', 'ubuntu-24.04', src, false],
      ['condaforge/miniforge3:26.3.2-3', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  // Just outside: built from both focal and noble, older than the history read, newer than the snapshot.
  for (const ref of ['condaforge/miniforge3:24.11.3-2', 'condaforge/miniforge3:4.9.2-4', 'condaforge/miniforge3:26.3.2-4']) {
    checkUnknown(ref, /not a version tag whose every build/);
  }
});

test('gorialis/discord.py: tags of the versions the newest workflow builds, from python:<version>-<distro>', () => {
  const src = /Gorialis\/discord\.py-docker @ 4090604 .*3_9 3\.9\.18/;
  checkKnown(
    [
      // Samples 4 and 13.
      ['gorialis/discord.py:3.9-alpine-extras', 'alpine-3.19', src, false],
      ['gorialis/discord.py:alpine', 'alpine-3.19', src, false],
      ['gorialis/discord.py', 'debian-11', src, false],
      ['gorialis/discord.py:3.9-extras', 'debian-11', src, false],
      ['gorialis/discord.py:3.10.13-slim-master-minimal', 'debian-11', src, false],
      ['gorialis/discord.py:3.12-bullseye-pypi', 'debian-11', src, false],
    ],
    'inferred',
  );
  assert.equal(known('gorialis/discord.py:slim').variant, 'slim');
  // Older patch versions and dropped minors stopped when superseded.
  checkUnknown('gorialis/discord.py:3.9.7-alpine', /not a tag of the Python versions the newest workflow builds/);
  checkUnknown('gorialis/discord.py:3.7-alpine-extras', /not a tag of the Python versions the newest workflow builds/);
});

test('markhobson/maven-chrome: jdk-8 frozen on its last maven tag, the other JDK tags moving through maven', () => {
  const src = /markhobson\/docker-maven-chrome @ ba780e7 .*d34a8fc \(2024-10-20\)/;
  checkKnown(
    [
      // Sample 13.
      ['markhobson/maven-chrome:jdk-8', 'ubuntu-22.04', src, false],
      ['markhobson/maven-chrome:latest', 'ubuntu-24.04', src, true],
      ['markhobson/maven-chrome:jdk-11', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('markhobson/maven-chrome:jdk-8').publication?.frozen ?? '', /removed on 2024-10-20/);
  // jdk-17's maven tag is FROM a still-published moving tag the history cannot pin: unknown through it.
  checkUnknown('markhobson/maven-chrome:jdk-17', /maven:3\.9\.15-eclipse-temurin-17/);
  checkUnknown('markhobson/maven-chrome:jdk-7', /not a tag the workflows read push/);
});

test('bioconductor/release_*2 latest: FROM rocker/rstudio:3.6.2 (Debian 10), frozen since the deprecation', () => {
  const src = /Bioconductor\/bioc_docker @ b278c7d .*FROM rocker\/rstudio:3\.6\.2/;
  // Sample 7.
  checkKnown(
    [
      ['bioconductor/release_core2', 'debian-10', src, false],
      ['bioconductor/release_proteomics2:latest', 'debian-10', src, false],
    ],
    'inferred',
  );
  assert.match(known('bioconductor/release_core2').publication?.frozen ?? '', /deprecated on 2020-01-16/);
  checkUnknown('bioconductor/release_core2:R3.6.1_Bioc3.9', /versioned tag of the deprecated bioc_docker images/);
});

test('litestream/litestream: release tags by the last FROM of the Dockerfile at the tag; latest and older ones unknown', () => {
  const src = /benbjohnson\/litestream @ 63225f1 .*alpine:3\.17\.2 at v0\.3\.10/;
  checkKnown(
    [
      // Sample 10.
      ['litestream/litestream:0.3.13', 'alpine-3.17', src, false],
      ['litestream/litestream:0.3', 'alpine-3.17', src, true],
      ['litestream/litestream:0.5.3', 'alpine-3.20', src, false],
      ['litestream/litestream:0.5.12', 'debian-12', src, false],
      ['litestream/litestream:0.5', 'debian-12', src, true],
    ],
    'inferred',
  );
  checkUnknown('litestream/litestream:latest', /latest follows whichever release was published last/);
  checkUnknown('litestream/litestream:0.3.8', /earlier releases were FROM the moving alpine tag/);
  checkUnknown('litestream/litestream:0.5.12-scratch', /not a release tag whose Dockerfile names its base/);
});

test('justb4/jmeter latest and 5.5: Alpine 3.12, the base of every build the workflow pushed', () => {
  const src = /justb4\/docker-jmeter @ 08b0ab2 .*FROM alpine:3\.12 in every version since 2020-09-08/;
  // Sample 10.
  checkKnown(
    [
      ['justb4/jmeter:latest', 'alpine-3.12', src, true],
      ['justb4/jmeter:5.5', 'alpine-3.12', src, true],
    ],
    'inferred',
  );
  checkUnknown('justb4/jmeter:5.4', /not a tag the workflow pushes/);
});

test('sameersbn/ubuntu: git tags <ubuntu version>.<date> by the Dockerfile at each tag; latest as of the newest commit', () => {
  const src = /sameersbn\/docker-ubuntu @ c95f18b .*67 git tags/;
  checkKnown(
    [
      // Sample 10.
      ['quay.io/sameersbn/ubuntu:latest', 'ubuntu-16.04', src, true],
      ['sameersbn/ubuntu:14.04.20170123', 'ubuntu-14.04', src, false],
      ['sameersbn/ubuntu:12.04.20140418', 'ubuntu-12.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('sameersbn/ubuntu:18.04', /not one of the git tags/);
});
