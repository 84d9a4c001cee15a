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
