/**
 * vendorFamilies6.ts: tool and language images of the eleventh sample, each pinned with real tags of the coverage
 * samples (test/data/base-images-sample11.tsv) to what its own build files name, and tags that must stay unknown.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('hadolint: -alpine/-debian tags by the Dockerfile at the release tag; the plain tags are FROM scratch', () => {
  const src = /hadolint\/hadolint @ 8f936c5e/;
  checkKnown(
    [
      ['hadolint/hadolint:2.12.0-alpine', 'alpine-3.15', src, false],
      ['hadolint/hadolint:v2.14.0-alpine', 'alpine-3.22', src, false],
      ['ghcr.io/hadolint/hadolint:v2.15.1-debian', 'debian-13', src, false],
      ['hadolint/hadolint:2.10.0-debian', 'debian-11', src, false],
      ['hadolint/hadolint:v2.9.3-debian', 'debian-9', src, false],
      ['hadolint/hadolint:latest-alpine', 'alpine-3.24', src, true],
    ],
    'inferred',
  );
  // v2.9.3 and earlier: alpine stage FROM the moving alpine:3; plain version tags: the scratch target.
  checkUnknown('hadolint/hadolint:2.9.3-alpine', /moving alpine:3/);
  checkUnknown('hadolint/hadolint:2.12.0', /FROM scratch/);
  checkUnknown('hadolint/hadolint:latest', /FROM scratch/);
});

test('ibmcom/swift-ubuntu: every version tag and the last latest on Ubuntu 14.04 (FROM ibmcom/ubuntu:14.04)', () => {
  const src = /IBM-Swift\/swift-ubuntu-docker @ 0870d11e/;
  checkKnown(
    [
      ['ibmcom/swift-ubuntu:5.0.2', 'ubuntu-14.04', src, false],
      ['ibmcom/swift-ubuntu:latest', 'ubuntu-14.04', src, false],
      ['ibmcom/swift-ubuntu-runtime:4.1.3', 'ubuntu-14.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('ibmcom/swift-ubuntu:nightly', /not a Swift version tag/);
});

test('continuumio/miniconda3:4.8.2: the tag file of the Concourse build, FROM debian:buster-slim', () => {
  checkKnown([['continuumio/miniconda3:4.8.2', 'debian-10', /ci\/miniconda-debian \(4\.8\.2 from 5541d56/, false]], 'inferred');
});

test('clfoundation/sbcl: the default Debian suite of the commits that held the version, or the suite the tag names', () => {
  const src = /cl-docker-images\/sbcl @ 85038620/;
  checkKnown(
    [
      ['clfoundation/sbcl:2.1.7', 'debian-10', src, false],
      ['clfoundation/sbcl:2.2.4', 'debian-11', src, false],
      ['clfoundation/sbcl:2.2.4-slim', 'debian-11', src, false],
      ['clfoundation/sbcl:2.0.10-slim-buster', 'debian-10', src, false],
      ['clfoundation/sbcl:2.2.4-alpine3.15', 'alpine-3.15', src, false],
    ],
    'inferred',
  );
  // Still current when the mirror read stopped: later builds may be on another suite.
  checkUnknown('clfoundation/sbcl:2.3.1', /still current/);
  checkUnknown('clfoundation/sbcl:latest', /still current/);
});

test('koalaman/shellcheck-alpine: alpine:latest on the commit date of the release tag; stable moves with releases', () => {
  const src = /koalaman\/shellcheck @ 764802b7/;
  checkKnown(
    [
      ['koalaman/shellcheck-alpine:v0.10.0', 'alpine-3.19', src, false],
      ['koalaman/shellcheck-alpine:v0.8.0', 'alpine-3.14', src, false],
      ['koalaman/shellcheck-alpine:stable', 'alpine-3.22', src, true],
    ],
    'inferred',
  );
  // latest is rebuilt on every master push FROM alpine:latest.
  checkUnknown('koalaman/shellcheck-alpine:latest', /rebuilt on every master push/);
});

test('gliderlabs/alpine: each 3.x tag is that Alpine branch (FROM scratch + its rootfs); latest frozen at 3.9', () => {
  const src = /gliderlabs\/docker-alpine @ 25d285ff/;
  checkKnown(
    [
      ['gliderlabs/alpine:3.3', 'alpine-3.3', src, false],
      ['gliderlabs/alpine:latest', 'alpine-3.9', src, false],
    ],
    'inferred',
  );
  checkUnknown('gliderlabs/alpine:edge', /not one of the branch tags/);
});
