/**
 * vendorFamilies26.ts: FRRouting's quay.io release images resolve by the docker/X.Y.Z git tag of their build, cybozu's
 * Ceph 18–20 images by their Ubuntu 22.04 build stage, blacktop/volatility through blacktop/yara:4.2, GraalVM's
 * unsuffixed JDK 17–24 tags, OSG software-base 24/25 el8/el9 tags, puckel/docker-airflow and prefix-dev/pixi by their own
 * build files.
 * Tags those files do not tie to one base (FRR master, OSG 23, airflow 1.10.9, kindest/node) stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('quay.io/frrouting/frr: X.Y.Z is the final FROM of docker/alpine/Dockerfile at git tag docker/X.Y.Z', () => {
  const src = /FRRouting\/frr @ fbfc8222 .*docker\/\$TAG/;
  checkKnown(
    [
      // Sample 19.
      ['quay.io/frrouting/frr:10.7.0@sha256:65e5967b922572c0565d968388fb06af69d7e9b3b3eea40ad7e3810687667f68', 'alpine-3.22', src, false],
      ['quay.io/frrouting/frr:10.2.5', 'alpine-3.20', src, false],
      ['quay.io/frrouting/frr:10.2.6', 'alpine-3.22', src, false],
      ['quay.io/frrouting/frr:8.4.7', 'alpine-3.15', src, false],
      ['quay.io/frrouting/frr:7.5.1', 'alpine-3.14', src, false],
    ],
    'inferred',
  );
  for (const ref of ['quay.io/frrouting/frr:master', 'quay.io/frrouting/frr:7.5', 'quay.io/frrouting/frr:8.4.3']) {
    checkUnknown(ref, /not an X\.Y\.Z release whose docker\/X\.Y\.Z git tag/);
  }
});

test('cybozu/ceph 18.2.1.1 … 20.2.1.1: the cybozu/ubuntu:22.04 build stage copied whole, on quay.io then ghcr.io', () => {
  const src = /cybozu\/neco-containers @ 394c4600 .*d973a573 \(2024-01-10, 18\.2\.1\.1/;
  checkKnown(
    [
      // Sample 20 (cybozu/neco-containers ceph-extra-exporter).
      ['ghcr.io/cybozu/ceph:20.2.1.1', 'ubuntu-22.04', src, false],
      ['ghcr.io/cybozu/ceph:18.2.4.2', 'ubuntu-22.04', src, false],
      ['quay.io/cybozu/ceph:18.2.1.1', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  for (const ref of ['quay.io/cybozu/ceph:19.2.1.1', 'ghcr.io/cybozu/ceph:18.2.1.1', 'ghcr.io/cybozu/ceph:20.2.2.1']) {
    checkUnknown(ref, /not a ceph\/TAG value of 18\.2\.1\.1 … 20\.2\.1\.1 read/);
  }
});

test('blacktop/volatility: the workflow tags of ./2.6 are blacktop/yara:4.2 (Alpine 3.16); 2.4 and 2.5 stay unknown', () => {
  const src = /blacktop\/docker-volatility @ 991288e .*context \.\/2\.6/;
  checkKnown(
    [
      // Sample 19.
      ['blacktop/volatility:2.6', 'alpine-3.16', src, true],
      ['ghcr.io/blacktop/volatility', 'alpine-3.16', src, true],
      ['blacktop/volatility:2.6.1', 'alpine-3.16', src, false],
    ],
    'inferred',
  );
  assert.match(known('blacktop/volatility:latest').movingTag?.means ?? '', /2022-10-03/);
  for (const ref of ['blacktop/volatility:2.5', 'blacktop/volatility:plugins'])
    checkUnknown(ref, /not a tag the workflow pushes from \.\/2\.6/);
});

test('GraalVM community: unsuffixed JDK 17 … 24 tags are Oracle Linux 9 slim, as every README revision says', () => {
  const src = /graalvm\/container @ 6a7c4954 .*the latest OS which is \(for\) now Oracle Linux 9/;
  checkKnown(
    [
      // Sample 20 (apache/kafka docker/native).
      ['ghcr.io/graalvm/graalvm-community:21', 'oraclelinux-9', src, true],
      ['ghcr.io/graalvm/native-image-community:17.0.8', 'oraclelinux-9', src, true],
      ['ghcr.io/graalvm/jdk-community:23-muslib', 'oraclelinux-9', src, true],
    ],
    'inferred',
  );
  assert.equal(known('ghcr.io/graalvm/graalvm-community:21-ol8').release.id, 'oraclelinux-8');
});

test('OSG software-base: 24/25 el8/el9 tags are AlmaLinux; older series and el10 stay unknown', () => {
  const src = /opensciencegrid\/docker-software-base @ 60f750b .*\$SERIES-\$BASE_STR-\$REPO/;
  checkKnown(
    [
      // Sample 20 (opensciencegrid/osgvo-docker-pilot).
      ['hub.opensciencegrid.org/opensciencegrid/software-base:24-el9-testing', 'almalinux-9', src, true],
      ['opensciencegrid/software-base:25-el8-release', 'almalinux-8', src, true],
      ['hub.opensciencegrid.org/osg-htc/software-base:24-el9-release-20250101-0312', 'almalinux-9', src, false],
    ],
    'inferred',
  );
  for (const ref of [
    'hub.opensciencegrid.org/opensciencegrid/software-base:23-el9-testing',
    'hub.opensciencegrid.org/opensciencegrid/software-base:25-el10-release',
  ]) {
    checkUnknown(ref, /not an OSG 24\/25 el8\/el9 tag/);
  }
});

test('puckel/docker-airflow: latest is the last commit’s buster build, 1.10.4 … 1.10.8 stretch; 1.10.9 stays unknown', () => {
  const src = /puckel\/docker-airflow @ bed7779/;
  checkKnown(
    [
      // Sample 20 (shaq31415926/waia-academy).
      ['puckel/docker-airflow', 'debian-10', src, true],
      ['puckel/docker-airflow:1.10.8', 'debian-9', src, false],
      ['puckel/docker-airflow:1.10.4', 'debian-9', src, false],
    ],
    'inferred',
  );
  for (const ref of ['puckel/docker-airflow:1.10.9', 'puckel/docker-airflow:1.10.3', 'puckel/docker-airflow:1.10.5']) {
    checkUnknown(ref, /not latest or 1\.10\.4 … 1\.10\.8/);
  }
});

test('kindest/node stays unknown: each kind release re-pushes the node tags its notes list, on its own base', () => {
  for (const ref of ['kindest/node:v1.27.1', 'kindest/node:v1.18.2', 'kindest/node']) {
    checkUnknown(ref, /re-pushed by each kind release whose notes list it/);
  }
});

test('ghcr.io/prefix-dev/pixi: latest and <version> are the default base of the bump commit, base tags name theirs', () => {
  const src = /prefix-dev\/pixi-docker @ 4441f4c .*DEFAULT_BASE_IMAGE ubuntu:jammy from 9c6ce38/;
  checkKnown(
    [
      // Sample 20 (ESMValGroup/ESMValTool).
      ['ghcr.io/prefix-dev/pixi:latest', 'ubuntu-24.04', src, true],
      ['ghcr.io/prefix-dev/pixi:0.40.0', 'ubuntu-22.04', src, false],
      ['ghcr.io/prefix-dev/pixi:0.40.1', 'ubuntu-24.04', src, false],
      ['ghcr.io/prefix-dev/pixi:0.76.1-bookworm-slim', 'debian-12', src, false],
      ['ghcr.io/prefix-dev/pixi:focal', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  for (const ref of ['ghcr.io/prefix-dev/pixi:0.14.0', 'ghcr.io/prefix-dev/pixi:0.77.0', 'ghcr.io/prefix-dev/pixi:cuda']) {
    checkUnknown(ref, /not a tag the build workflow read ties to one base/);
  }
});
