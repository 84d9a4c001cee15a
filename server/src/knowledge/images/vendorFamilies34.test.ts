/**
 * vendorFamilies34.ts: texlive/texlive's weekly latest tags (FROM the project's base image, FROM debian:testing-slim).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('texlive/texlive latest and latest-<scheme>: the weekly build, on Debian testing as debian:testing-slim names it now', () => {
  const src = /islandoftex\/texlive @ ba6770b .*rebuild all Docker images weekly.*debian:testing-slim from b64ce7f/;
  checkKnown(
    [
      // Samples 4, 11 and 18.
      ['texlive/texlive', 'debian-14', src, true],
      ['texlive/texlive:latest', 'debian-14', src, true],
      ['texlive/texlive:latest-small-doc', 'debian-14', src, true],
      ['texlive/texlive:latest-full-doc-src', 'debian-14', src, true],
      ['registry.gitlab.com/islandoftex/images/texlive:latest-context', 'debian-14', src, true],
    ],
    'inferred',
  );
  const latest = known('texlive/texlive:latest');
  assert.equal(latest.release.rolling, true, 'Debian testing: no support dates');
  assert.equal(latest.release.libc.version, undefined, 'testing’s glibc is not fixed');
  assert.match(latest.movingTag?.means ?? '', /weekly build.*as of the commit read, 2026-06-26/);
  // The dated weekly tags, the historic year tags and a scheme the README does not list stay unknown (vendorFamilies27.ts).
  checkUnknown('texlive/texlive:TL2024-2024-06-02', /historic TeX Live year tags were not read/);
  checkUnknown('texlive/texlive:TL2019-historic', /historic TeX Live year tags were not read/);
  checkUnknown('texlive/texlive:latest-huge', /historic TeX Live year tags were not read/);
});

test('instrumentisto/flutter on Android SDK 35/36: Ubuntu 24.04 through ghcr.io/cirruslabs/android-sdk:tools', () => {
  const src = /instrumentisto\/flutter-docker-image @ 4cee28c .*sdk\/tools\/Dockerfile FROM ubuntu:24\.04 from 9e83bc2/;
  checkKnown(
    [
      // Samples 5 and 21.
      ['instrumentisto/flutter', 'ubuntu-24.04', src, true],
      ['instrumentisto/flutter:latest', 'ubuntu-24.04', src, true],
      ['instrumentisto/flutter:3.35.6', 'ubuntu-24.04', src, true],
      ['instrumentisto/flutter:3.35.6-androidsdk35-r0', 'ubuntu-24.04', src, false],
      ['ghcr.io/instrumentisto/flutter:3.29.0-androidsdk35-r0', 'ubuntu-24.04', src, false],
      ['quay.io/instrumentisto/flutter:3.38.10', 'ubuntu-24.04', src, true],
      ['instrumentisto/flutter:3.32', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('instrumentisto/flutter:latest').movingTag?.means ?? '', /3\.41\.6 .*2026-03-27/);
  // Just outside: the last Android SDK 34 release, a later revision, a version after the snapshot.
  for (const ref of [
    'instrumentisto/flutter:3.27.4-androidsdk34-r0',
    'instrumentisto/flutter:3.27.4',
    'instrumentisto/flutter:3.35.6-androidsdk35-r1',
    'instrumentisto/flutter:3.41.7',
  ])
    checkUnknown(ref, /not a Flutter release built on Android SDK 35 or 36/);
});

test('tonistiigi/xx: FROM scratch with the xx-* scripts, an honest unknown saying so', () => {
  for (const ref of ['tonistiigi/xx:1.5.0', 'tonistiigi/xx:1.9.0', 'tonistiigi/xx'])
    checkUnknown(ref, /built FROM scratch with only the xx-\* helper shell scripts/);
  // Another namespace's xx image is not this one.
  checkUnknown('example/xx:1.5.0', /not an image the knowledge base knows/);
});
