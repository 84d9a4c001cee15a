/**
 * vendorFamilies22.ts: the minidocks/* images of the eighteenth sample whose build files tie a tag to one minidocks/base
 * version, and the tags that stay with vendorFamilies21.ts' honest catch-all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('minidocks images on minidocks/base:latest (alpine:3.23): curl, openssh, perl, the poppler chain, java, lua', () => {
  const src = /minidocks\/images @ 32d8a992 .*FROM minidocks\/base/;
  checkKnown(
    [
      // Sample 18 (minidocks/images: the collection's own Dockerfiles).
      ['minidocks/curl', 'alpine-3.23', src, true],
      ['minidocks/openssh', 'alpine-3.23', src, true],
      ['minidocks/perl', 'alpine-3.23', src, true],
      ['minidocks/poppler', 'alpine-3.23', src, true],
      ['minidocks/librsvg', 'alpine-3.23', src, true],
      ['minidocks/ghostscript', 'alpine-3.23', src, true],
      ['minidocks/imagemagick', 'alpine-3.23', src, true],
      ['minidocks/java', 'alpine-3.23', src, true],
      ['minidocks/lua', 'alpine-3.23', src, true],
      ['minidocks/lua:5.1-build', 'alpine-3.23', src, true],
    ],
    'inferred',
  );
});

test('minidocks/python 3.12 tags and the images FROM it are Alpine 3.23; php and ruby follow their per-version stages', () => {
  checkKnown(
    [
      ['minidocks/python', 'alpine-3.23', /python\/Dockerfile \(ARG version=3\.12; FROM minidocks\/base:3\.23/, true],
      ['minidocks/python:3-build', 'alpine-3.23', /base_3\.12-build/, true],
      ['minidocks/weasyprint', 'alpine-3.23', /weasyprint\/Dockerfile .*FROM minidocks\/python/, true],
      ['minidocks/img2pdf', 'alpine-3.23', /img2pdf\/Dockerfile FROM minidocks\/python/, true],
      ['minidocks/pyinstaller', 'alpine-3.23', /pyinstaller\/Dockerfile FROM minidocks\/python/, true],
      ['minidocks/php:8.4-nginx', 'alpine-3.23', /FROM minidocks\/base:3\.23 AS v8\.3, v8\.4, v8\.5/, true],
      ['minidocks/php:8.2-intl', 'alpine-3.22', /FROM minidocks\/base:3\.22 AS v8\.2/, true],
      ['minidocks/php', 'alpine-3.23', /"latest;8\.5;85"/, true],
      ['minidocks/ruby', 'alpine-3.23', /FROM minidocks\/base:3\.23 AS v3\.4/, true],
      ['minidocks/ruby:3.3', 'alpine-3.21', /FROM minidocks\/base:3\.21 AS v3\.3/, true],
      ['minidocks/glibc', 'alpine-3.20', /glibc\/build\.sh \("latest;3\.20"\)/, true],
      ['minidocks/glibc:3.18-i18n', 'alpine-3.18', /FROM minidocks\/base:\$version as latest/, false],
    ],
    'inferred',
  );
});

test('minidocks tags the newest build files do not list stay honest unknowns', () => {
  // Older lines (python 3.7, php 7.3) were built from revisions not read (php 7.4, 8.0, 8.1 and python 3.5, 3.6 are
  // vendorFamilies27.ts's); node:latest names a stage (v25) the Dockerfile does not define; puppeteer is FROM minidocks/node.
  for (const ref of ['minidocks/python:3.7', 'minidocks/php:7.3', 'minidocks/node', 'minidocks/puppeteer', 'minidocks/lua:5.0']) {
    checkUnknown(ref, /chosen per tag by the image’s build\.sh/);
  }
});

test('postgis/postgis Debian tags follow the postgres tag their directory names; latest is 17-3.5', () => {
  const src = /postgis\/docker-postgis @ 51b35550 .*LATEST_VERSION=17-3\.5/;
  checkKnown(
    [
      // Sample 16 (FROM postgis/postgis).
      ['postgis/postgis', 'debian-11', src, true],
      ['postgis/postgis:16-3.5', 'debian-11', src, true],
      ['postgis/postgis:18-3.6', 'debian-13', src, true],
    ],
    'inferred',
  );
  // Alpine variants (built from each directory's alpine/Dockerfile, not read) are not answered by these rows.
  const alpine = lookup('postgis/postgis:17-3.5-alpine');
  assert.ok(alpine.kind !== 'known' || !alpine.identity.inferredFrom?.source.includes('51b35550'));
});
