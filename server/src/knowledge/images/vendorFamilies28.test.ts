/**
 * vendorFamilies28.ts: jrottenberg/ffmpeg's variant tags resolve by the base their directory's Dockerfile names (the
 * ubuntu2204 directories by what they say, ubuntu:20.04), and the ubuntu/alpine/centos aliases of the lines the build
 * matrix dropped by the base their default variant kept through its last builds. Current lines' aliases, latest and
 * vaapi2004 (Ubuntu 16.04 before 2020-12-29) stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('jrottenberg/ffmpeg: a variant tag is the base its docker-images/<X.Y>/<variant>/Dockerfile names', () => {
  const src = /jrottenberg\/ffmpeg @ 2e0c6270 .*ubuntu2204 ubuntu:20\.04 \(all 65\)/;
  checkKnown(
    [
      ['jrottenberg/ffmpeg:4.4-ubuntu2004', 'ubuntu-20.04', src, false],
      ['jrottenberg/ffmpeg:4.3.1-ubuntu1804', 'ubuntu-18.04', src, false],
      ['jrottenberg/ffmpeg:7.1-alpine320', 'alpine-3.20', src, false],
      ['jrottenberg/ffmpeg:6.0-vaapi2204', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  // The ubuntu2204 directories are FROM ubuntu:20.04 in every version: the name is not the base.
  assert.equal(known('jrottenberg/ffmpeg:4.4-ubuntu2204', true).release.id, 'ubuntu-20.04');
});

test('jrottenberg/ffmpeg: the aliases of dropped lines are the base of their default variant, frozen', () => {
  const src = /jrottenberg\/ffmpeg @ 2e0c6270 .*ISPARENT/;
  checkKnown(
    [
      // Samples 4 and 18.
      ['jrottenberg/ffmpeg:4.2-ubuntu', 'ubuntu-20.04', src, false],
      ['jrottenberg/ffmpeg:4.1-alpine', 'alpine-3.13', src, false],
      ['jrottenberg/ffmpeg:3.2-centos', 'centos-7', src, false],
      ['ghcr.io/jrottenberg/ffmpeg:4.4-alpine', 'alpine-3.13', src, false],
    ],
    'inferred',
  );
  assert.match(known('jrottenberg/ffmpeg:4.2-ubuntu').publication?.frozen ?? '', /left the build matrix by 2024-11-08/);
  for (const ref of [
    'jrottenberg/ffmpeg:8.1-ubuntu',
    'jrottenberg/ffmpeg',
    'jrottenberg/ffmpeg:4.3-vaapi2004',
    'jrottenberg/ffmpeg:4-ubuntu',
  ])
    checkUnknown(ref, /not a variant tag whose directory names one base/);
});

test('icr.io/appcafe/open-liberty: -ubi tags are UBI 8 standard, -openj9-ubi-minimal UBI 10 minimal, as the docs say', () => {
  const src = /OpenLiberty\/ci\.docker @ 07e8b0af .*based on UBI 8 Standard end with `-ubi`/;
  checkKnown(
    [
      // Samples 7 and 8.
      ['icr.io/appcafe/open-liberty:full-java11-openj9-ubi', 'ubi-8', src, true],
      ['icr.io/appcafe/open-liberty:kernel-slim-java11-openj9-ubi', 'ubi-8', src, true],
      ['icr.io/appcafe/open-liberty:24.0.0.12-full-java8-ibmjava-ubi', 'ubi-8', src, false],
      ['icr.io/appcafe/open-liberty:26.0.0.7-kernel-slim-java17-openj9-ubi', 'ubi-8', src, false],
    ],
    'either',
  );
  const minimal = /OpenLiberty\/ci\.docker @ 07e8b0af .*UBI Minimal for 26\.0\.0\.7\+ is UBI 10 Minimal/;
  checkKnown(
    [
      ['icr.io/appcafe/open-liberty:full-java21-openj9-ubi-minimal', 'ubi-10', minimal, true],
      ['icr.io/appcafe/open-liberty', 'ubi-10', minimal, true],
    ],
    'either',
  );
  assert.match(known('icr.io/appcafe/open-liberty:full-java17-openj9-ubi').movingTag?.means ?? '', /2026-07-14/);
  for (const ref of [
    'icr.io/appcafe/open-liberty:24.0.0.1-full-java11-openj9-ubi',
    'icr.io/appcafe/open-liberty:23.0.0.10-full-java17-openj9-ubi',
    'icr.io/appcafe/open-liberty:26.0.0.8-full-java11-openj9-ubi',
  ])
    checkUnknown(ref, /a release the docs read do not tie to one UBI/);
  checkUnknown('icr.io/appcafe/open-liberty:26.0.0.6-full-java17-openj9-ubi-minimal', /not a tag the docs read tie to one UBI/);
});

test('rocker/shiny and shiny-verse 3.x: FROM rocker/r-ver:<v>, the version the post_push hook tags', () => {
  const src = /rocker-org\/shiny @ 44b8cca .*VERSION from the first line of the Dockerfile/;
  checkKnown(
    [
      // Samples 4 and 9.
      ['rocker/shiny:3.6.3', 'debian-10', src, false],
      ['rocker/shiny:3.6.1', 'debian-9', src, false],
      ['rocker/shiny:3.3.2', 'debian-8', src, false],
      ['rocker/shiny-verse:3.5.0', 'debian-9', src, false],
    ],
    'inferred',
  );
  // R 4 tags stay with rocker-versioned2's rules; 3.2.x had no Shiny image.
  assert.equal(known('rocker/shiny:4.0.0').release.id, 'ubuntu-20.04');
  assert.doesNotMatch(known('rocker/shiny:4.0.0').inferredFrom?.source ?? '', src);
  checkUnknown('rocker/shiny:3.2.0', /matches no known variant/);
});

test('dtzar/helm-kubectl: a version is the pinned Alpine of the Dockerfile every build of it read', () => {
  const src = /dtzar\/helm-kubectl @ 5bf843e .*DOCKER_TAG/;
  checkKnown(
    [
      // Sample 10.
      ['dtzar/helm-kubectl:3.2.0', 'alpine-3.11', src, false],
      ['dtzar/helm-kubectl:2.13.0', 'alpine-3.9', src, false],
      ['dtzar/helm-kubectl:4.2.2', 'alpine-3.23', src, false],
    ],
    'inferred',
  );
  for (const ref of ['dtzar/helm-kubectl:3.5.0', 'dtzar/helm-kubectl:3.15.0', 'dtzar/helm-kubectl', 'dtzar/helm-kubectl:3'])
    checkUnknown(ref, /not a version whose build files name one pinned Alpine release/);
});

test('microsoft/aspnetcore(-build) 2.0, 2 and latest: the 2.0/stretch folders of aspnet/aspnet-docker, no longer built', () => {
  const src = /aspnet\/aspnet-docker @ df4b915 .*2\.0\/stretch\/sdk/;
  checkKnown(
    [
      // Samples 4 and 13.
      ['microsoft/aspnetcore-build:2.0', 'debian-9', src, false],
      ['microsoft/aspnetcore-build', 'debian-9', src, false],
      ['microsoft/aspnetcore:2.0', 'debian-9', src, false],
      ['microsoft/aspnetcore-build:2.0.9-sdk-2.1.202-stretch', 'debian-9', src, false],
    ],
    'inferred',
  );
  assert.match(known('microsoft/aspnetcore:2.0').publication?.frozen ?? '', /removed 2\.0 .* on 2018-10-04/);
  // The -jessie and 1.x tags are not read here.
  assert.equal(known('microsoft/aspnetcore:2.0-jessie').guessedFrom !== undefined, true);
  checkUnknown('microsoft/aspnetcore:1.1', /matches no known variant/);
});
