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
      ['ghcr.io/jrottenberg/ffmpeg:7.1-alpine320', 'alpine-3.20', src, false],
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
    ],
    'inferred',
  );
  assert.match(known('jrottenberg/ffmpeg:4.2-ubuntu').publication?.frozen ?? '', /left the build matrix by 2024-11-08/);
  for (const ref of ['jrottenberg/ffmpeg:8.1-ubuntu', 'jrottenberg/ffmpeg', 'jrottenberg/ffmpeg:4.3-vaapi2004', 'jrottenberg/ffmpeg:4-ubuntu'])
    checkUnknown(ref, /not a variant tag whose directory names one base/);
});
