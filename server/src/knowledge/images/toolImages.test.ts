/**
 * Images the seventh base-image sample found unresolved (toolImages.ts): each resolves to the release its build files
 * or image changelog name and cites them; tags those files do not determine stay unknown with a reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('klakegg/hugo: release tags by image.df at each tag, flavor by the config aliases; aliases = the 0.111.3 push', () => {
  const src = /klakegg\/docker-hugo @ b5dfd681/;
  checkKnown([
    ['klakegg/hugo:0.95.0-ubuntu-onbuild', 'ubuntu-18.04', src, false],
    ['klakegg/hugo:0.104.3-onbuild', 'busybox-glibc', src, false],
    ['klakegg/hugo:0.90.1-alpine-onbuild', 'alpine-3.14', src, false],
    ['klakegg/hugo:0.106.0-alpine-onbuild', 'alpine-3.16', src, false],
    ['klakegg/hugo:0.101.0-ext-onbuild', 'debian-11', src, false], // -ext is the Debian extended image
    ['klakegg/hugo:0.80.0-ext-debian', 'debian-10', src, false],
    ['klakegg/hugo:ext-ubuntu', 'ubuntu-23.04', src, true],
    ['klakegg/hugo', 'busybox-glibc', src, true],
  ]);
  checkUnknown('klakegg/hugo:0.65.3-onbuild', /before 0\.76\.0/);
  checkUnknown('klakegg/hugo:0.112.0', /matches no known variant/); // listed in doc/tags.md but never tagged in git
});

test('apache/airflow: the Debian release of each line by the reference images’ changelog', () => {
  const src = /apache\/airflow @ 0690d759: docker-stack-docs\/changelog\.rst/;
  checkKnown([
    ['apache/airflow:2.2.5-python3.8', 'debian-10', src, false],
    ['apache/airflow:2.6.3', 'debian-11', src, false],
    ['apache/airflow:slim-2.7.3-python3.11', 'debian-11', src, false],
    ['apache/airflow:2.8.0', 'debian-12', src, false],
    ['apache/airflow:3.0.4', 'debian-12', src, false],
    ['apache/airflow', 'debian-12', src, true],
  ]);
  checkUnknown('apache/airflow:1.10.12', /predate the reference-image changelog/);
});

test('Bioconductor: each release branch by the rocker/rstudio tag it builds on; -R- tags by that R version', () => {
  const src = /Bioconductor\/bioconductor_docker @ 0ff9d0d/;
  checkKnown([
    ['bioconductor/bioconductor_docker:RELEASE_3_17', 'ubuntu-22.04', src, false],
    ['bioconductor/bioconductor_docker:3.14', 'ubuntu-20.04', src, false],
    ['bioconductor/bioconductor_docker:3.17-R-4.3.0', 'ubuntu-22.04', src, false],
    ['bioconductor/bioconductor_docker:devel', 'ubuntu-22.04', src, true],
  ]);
  // RELEASE_3_10 is FROM rocker/rstudio:3.6.3, which rocker-versioned builds on Debian 10 (vendorFamilies10.ts).
  checkKnown([['bioconductor/bioconductor_docker:RELEASE_3_10', 'debian-10', src, false]]);
  // From RELEASE_3_16 the same images are also pushed without "_docker".
  checkKnown([
    ['ghcr.io/bioconductor/bioconductor:RELEASE_3_16', 'ubuntu-22.04', /without _docker/, false],
    ['bioconductor/bioconductor:3.18-R-4.3.2', 'ubuntu-22.04', /without _docker/, false],
  ]);
  assert.equal(lookup('bioconductor/bioconductor:RELEASE_3_15').kind, 'unknown', 'no alias before RELEASE_3_16');
});

test('Flutter: last build of each version tag and the Ubuntu of the android-sdk image it was built on', () => {
  const src = /cirruslabs\/docker-images-flutter @ 932eabe/;
  checkKnown([
    ['cirrusci/flutter:stable', 'ubuntu-22.04', src, false],
    ['cirrusci/flutter:3.7.7', 'ubuntu-22.04', src, false],
    ['ghcr.io/cirruslabs/flutter:3.13.9', 'ubuntu-22.04', src, false],
    ['ghcr.io/cirruslabs/flutter:3.22.2', 'ubuntu-24.04', src, false],
  ]);
  checkUnknown('cirrusci/flutter:3.13.9', /android-sdk:29\/30/);
  checkUnknown('ghcr.io/cirruslabs/flutter:stable', /android-sdk:35 or :36/);
});

test('apache/spark: every tag of versions.json by the eclipse-temurin image its directory builds on', () => {
  const src = /apache\/spark-docker @ 7f2e1f0a/;
  checkKnown([
    ['apache/spark:3.5.0', 'ubuntu-20.04', src, false], // eclipse-temurin:11-jre-focal
    ['apache/spark:3.5.0-scala2.12-java17-python3-ubuntu', 'ubuntu-22.04', src, false], // FROM spark:…-java17-ubuntu
    ['apache/spark:4.1.2-java17', 'ubuntu-22.04', src, false],
    ['apache/spark:latest', 'ubuntu-22.04', src, true],
  ]);
  checkUnknown('apache/spark:3.4.0', /matches no known variant/); // no longer in versions.json
});

test('GNU Octave: latest and 11.3 by the only build image they could use; other versions built by hand stay unknown', () => {
  const src = /gnu-octave\/docker @ 395f2ec/;
  checkKnown([
    ['gnuoctave/octave:latest', 'ubuntu-26.04', src, true],
    ['gnuoctave/octave:11.3.0', 'ubuntu-26.04', src, false],
  ]);
  checkUnknown('gnuoctave/octave:6.2.0', /built by hand/);
});

test('Home Assistant add-on base and Strimzi: each release tag by the base its build files name at that tag', () => {
  checkKnown([
    ['ghcr.io/hassio-addons/base:14.3.2', 'alpine-3.18', /hassio-addons\/addon-base @ fe20232/, false],
    ['quay.io/strimzi/kafka:0.25.0-kafka-2.8.0', 'ubi-8', /strimzi\/strimzi-kafka-operator @ 8541da1e/, false],
    ['quay.io/strimzi/kafka:0.45.0-kafka-3.9.0', 'ubi-9', /strimzi\/strimzi-kafka-operator @ 8541da1e/, false],
    ['quay.io/strimzi/operator:0.20.0', 'centos-7', /strimzi\/strimzi-kafka-operator @ 8541da1e/, false],
  ]);
  checkUnknown('quay.io/strimzi/kafka:0.5.0', /matches no known variant/); // before docker-images/base existed
});

test('vendors whose build files do not fix a tag’s base say so instead of “not an image the knowledge base knows”', () => {
  checkUnknown('oven/bun:1.1.38-alpine', /which commit built a tag is not recorded/);
  checkUnknown('nvcr.io/nvidia/pytorch:24.01-py3', /only in that container’s release notes/);
  checkUnknown('nvcr.io/nvidia/tritonserver:23.08-py3', /Frameworks Support Matrix/);
  checkUnknown('pytorch/pytorch:2.1.1-cuda12.1-cudnn8-runtime', /docker\.Makefile/); // 2.1.0 resolves (vendorFamilies13.ts)
  checkUnknown('quay.io/debezium/connect:2.0', /unversioned debezium\/base/);
  checkUnknown('grafana/grafana:10.1.5', /could not be read here/);
  checkUnknown('prefecthq/prefect:2.10.14-python3.11', /python:<version>-slim, a moving tag/); // tagged 2 days after bookworm; 2.10.12 resolves (vendorFamilies38.ts)
  checkUnknown('sagemath/sagemath:10.1', /built by hand/);
  checkUnknown('metabase/metabase:v0.47.0', /moving Alpine-based tag/);
  checkUnknown('clickhouse/clickhouse-server:23.8', /only the 25\.4\.4\.25 version/);
  checkKnown([
    [
      'clickhouse/clickhouse-server:25.4.4.25',
      'ubuntu-22.04',
      /ClickHouse\/ClickHouse docker\/server\/Dockerfile\.ubuntu @ 001409ce/,
      false,
    ],
  ]);
  checkKnown([['pytorch/torchserve:0.6.1-cpu', 'ubuntu-18.04', /pytorch\/serve @ 62c4d6a1/, false]]);
  checkKnown([['pytorch/torchserve:latest-cpu', 'ubuntu-20.04', /pytorch\/serve @ 62c4d6a1/, true]]);
  checkKnown([['jangrewe/gitlab-ci-android', 'ubuntu-20.04', /jangrewe\/gitlab-ci-android @ b8f0447/, true]]);
  // NVIDIA's CUDA images name their Ubuntu in the tag: still a labelled guess, not blocked by the NGC rule
  const cuda = lookup('nvcr.io/nvidia/cuda:12.2.0-devel-ubuntu22.04');
  assert.equal(cuda.kind, 'known');
});
