/**
 * vendorFamilies24.ts: Ceph's images (ceph/ceph, rook/ceph, quay.io/cybozu/ceph) and Envoy's v1.16 line resolve from
 * their vendors' build files and documentation; tags outside the ranges read, and Parrot OS images, stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('ceph/ceph: luminous, mimic and nautilus builds are CentOS 7; octopus/pacific builds dated before 2022-01-31 are CentOS 8', () => {
  const src = /ceph\/ceph-container @ 139b31d0 .*nautilus,centos,7/;
  checkKnown(
    [
      // Sample 16 (a Ceph deployment repository).
      ['ceph/ceph:v14.2.21', 'centos-7', src, false],
      ['ceph/ceph:v14.2.1', 'centos-7', src, false],
      ['ceph/ceph-amd64:v14.2.1-20190430', 'centos-7', src, false],
      ['ceph/ceph:v13', 'centos-7', src, false],
      ['ceph/ceph:v15.2.8-20201217', 'centos-8', /octopus,centos,8.*a1b87761 \(2022-01-31\)/, false],
      ['quay.io/ceph/ceph:v16.2.6-20210918', 'centos-8', /pacific,centos,8/, false],
    ],
    'inferred',
  );
  // The undated version tags moved (rebuilt on base updates) until their release left the build list.
  assert.match(known('ceph/ceph:v14.2.21', true).publication?.frozen ?? '', /nautilus on 2021-07-30/);
});

test('ceph/ceph tags rebuilt on CentOS Stream, undated octopus and later tags, and latest stay unknown', () => {
  for (const ref of [
    'ceph/ceph:v16.2.7-20220216',
    'ceph/ceph:v15',
    'ceph/ceph:v17.2.6',
    'ceph/ceph:latest',
    'ceph/ceph:v14.2.1-20180801',
  ]) {
    checkUnknown(ref, /not a build the files read tie to one base/);
  }
});

test('rook/ceph releases v0.9.0 … v1.6.11 resolve through the ceph/ceph tag their Makefile names', () => {
  const src = /rook\/rook @ d0c3b9ce .*images\/ceph\/Makefile/;
  checkKnown(
    [
      // Sample 16.
      ['rook/ceph:v1.0.4', 'centos-7', src, false],
      ['rook/ceph:v1.0.3', 'centos-7', src, false],
      ['rook/ceph:v0.9.0', 'centos-7', src, false],
      ['rook/ceph:v1.4.8', 'centos-8', src, false],
      ['rook/ceph:v1.6.11', 'centos-8', src, false],
    ],
    'inferred',
  );
  for (const ref of ['rook/ceph:v1.7.0', 'rook/ceph:master', 'rook/ceph:v0.8.3']) checkUnknown(ref, /not a release the files read tie/);
});

test('quay.io/cybozu/ceph: the Ubuntu of the build stage its image copies whole, by ceph/TAG', () => {
  const src = /cybozu\/neco-containers @ 394c4600 .*COPY --from=build \/ \//;
  checkKnown(
    [
      // Sample 16.
      ['quay.io/cybozu/ceph:15.2.8.1', 'ubuntu-20.04', src, false],
      ['quay.io/cybozu/ceph:14.2.8.4', 'ubuntu-18.04', src, false],
      ['quay.io/cybozu/ceph:17.2.6.1', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // 18.2.1.1 … 20.2.1.1 (FROM cybozu/ubuntu:22.04) are resolved by vendorFamilies26.ts.
  for (const ref of ['ghcr.io/cybozu/ceph:17.2.6.1', 'quay.io/cybozu/ceph:15.2.5.1']) {
    checkUnknown(ref, /not one of the ceph\/TAG values/);
  }
});

test('envoyproxy/envoy v1.16 is Ubuntu 18.04 by its documentation; other lines, latest and -dev stay unknown', () => {
  checkKnown(
    [
      // Sample 10.
      ['envoyproxy/envoy:v1.16.3', 'ubuntu-18.04', /dockerhub-images\.csv .*v1\.16-latest.*Ubuntu Bionic/, false],
      ['envoyproxy/envoy-debug:v1.16.0', 'ubuntu-18.04', /Ubuntu Bionic/, false],
    ],
    'inferred',
  );
  for (const ref of ['envoyproxy/envoy:latest', 'envoyproxy/envoy:v1.17.0', 'envoyproxy/envoy:v1.39.0', 'envoyproxy/envoy-dev']) {
    checkUnknown(ref, /only the v1\.16 line was tied to its base/);
  }
});

test('parrotsec images are Parrot OS itself, which has no release rows: unknown with that reason', () => {
  for (const ref of ['parrotsec/core:latest', 'parrotsec/security:rolling', 'parrotsec/parrot-core']) {
    checkUnknown(ref, /Parrot OS itself .* no rows for/);
  }
});

test('CBL-Mariner and Azure Linux language images: the release that shipped the package version the tag names', () => {
  checkKnown(
    [
      // Sample 3.
      ['mcr.microsoft.com/cbl-mariner/base/python:3.9', 'mariner-2.0', /branch 2\.0 @ a313d25a .*Version 3\.9\.19/, false],
      ['mcr.microsoft.com/cbl-mariner/base/nodejs:16', 'mariner-2.0', /Version 16\.20\.2 until 87bd8ada/, false],
      ['mcr.microsoft.com/cbl-mariner/base/nodejs:18.20', 'mariner-2.0', /nodejs18\.spec/, false],
      ['mcr.microsoft.com/azurelinux/base/python:3.12', 'azurelinux-3.0', /branch 3\.0 @ 2172d5cf .*Version 3\.12\.9/, true],
      ['mcr.microsoft.com/azurelinux/base/nodejs:20', 'azurelinux-3.0', /SPECS\/nodejs\/nodejs\.spec \(Version 20\.14\.0\)/, true],
      ['mcr.microsoft.com/azurelinux/distroless/python:3.12.9', 'azurelinux-3.0', /BuildGoldenContainer\.sh/, true],
    ],
    'inferred',
  );
  // A major tag both Mariner 1.0 (Python 3.7) and 2.0 (Python 3.9) could have carried, and versions no release read ships.
  checkUnknown('mcr.microsoft.com/cbl-mariner/base/python:3', /1\.0 shipped Python 3\.7/);
  checkUnknown('mcr.microsoft.com/cbl-mariner/base/nodejs:20', /do not tie to one CBL-Mariner release/);
  checkUnknown('mcr.microsoft.com/azurelinux/base/nodejs:22', /not a Python 3\.12 or Node\.js 20\/24 tag/);
});
