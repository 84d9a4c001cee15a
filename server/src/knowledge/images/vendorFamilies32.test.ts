/**
 * vendorFamilies32.ts: google/cloud-sdk's release tags of the releases with a git tag (159.0.0 … 427.0.0) take the FROM
 * line of their directory at that git tag (alpine/, debian_slim/, the top-level Dockerfile).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('google/cloud-sdk release tags: the base named at the release’s git tag', () => {
  const src = /GoogleCloudPlatform\/cloud-sdk-docker @ 47328f7 .*3\.7 from 187\.0\.0/;
  checkKnown(
    [
      // The first list.
      ['google/cloud-sdk:206.0.0-alpine', 'alpine-3.7', src, false],
      ['gcr.io/google.com/cloudsdktool/cloud-sdk:162.0.1-alpine', 'alpine-3.5', src, false],
      ['google/cloud-sdk:427.0.0-alpine', 'alpine-3.17', src, false],
      ['google/cloud-sdk:214.0.0-slim', 'debian-8', src, false],
      ['google/cloud-sdk:306.0.0-slim', 'debian-10', src, false],
      ['google/cloud-sdk:405.0.0', 'debian-11', src, false],
      ['google/cloud-sdk:300.0.0', 'debian-10', src, false],
    ],
    'inferred',
  );
  assert.match(known('google/cloud-sdk:206.0.0-alpine').publication?.frozen ?? '', /built from the repository at its git tag/);
  // A release without a git tag (204.0.0 lies in a gap; 428.0.0 and later have none) keeps the versioned unknown.
  checkUnknown('google/cloud-sdk:204.0.0-alpine', /names a version/);
  checkUnknown('google/cloud-sdk:575.0.0-alpine', /names a version/);
  checkUnknown('google/cloud-sdk:428.0.0', /names a version/);
  // The moving tags are unchanged (thirdParty.ts).
  assert.equal(known('google/cloud-sdk:alpine').release.id, 'alpine-3.23');
});

test('google/dart: latest is Debian 10 (the template’s FROM from 2020-01-06 to the discontinuation)', () => {
  const src = /dart-archive\/dart_docker @ a10cbde .*FROM gcr\.io\/google-appengine\/debian10 since 274631c/;
  // The first list. The rule names the release (Google's Debian 10 image is not read), so the release row is cited
  // there and the dart_docker files as the tag's publication.
  checkKnown(
    [
      ['google/dart', 'debian-10', /./, false],
      ['google/dart:latest', 'debian-10', /./, false],
    ],
    'either',
  );
  assert.match(known('google/dart').publication?.source ?? '', src);
  assert.match(known('google/dart').publication?.frozen ?? '', /discontinued on 2022-01-03/);
  // Version tags were pushed at their own releases, some before the template moved to Debian 10: not claimed.
  checkUnknown('google/dart:2.7.0', /matches no known variant|not an image the knowledge base knows/);
});

test('prom/prometheus v1.x release tags: BusyBox uClibc (quay.io/prometheus/busybox:latest was its uclibc image then)', () => {
  const src = /prometheus\/prometheus @ d15adb9a .*v1\.8\.2 \(2017-11-04\).*FROM busybox:uclibc/;
  checkKnown(
    [
      // The first list.
      ['prom/prometheus:v1.5.2', 'busybox-uclibc', src, false],
      ['quay.io/prometheus/prometheus:v1.8.2', 'busybox-uclibc', src, false],
      ['prom/prometheus:v1.0.0-rc.0', 'busybox-uclibc', src, false],
    ],
    'inferred',
  );
  assert.match(known('prom/prometheus:v1.5.2').publication?.frozen ?? '', /Prometheus 1\.x release tag/);
  // A v1 tag that was never a git tag, and the v2 line, keep thirdParty.ts's versioned unknown.
  checkUnknown('prom/prometheus:v1.9.0', /names a version/);
  checkUnknown('prom/prometheus:v2.0.0', /names a version/);
  // The other Prometheus images are not claimed.
  checkUnknown('prom/alertmanager:v0.5.1', /names a version/);
});
