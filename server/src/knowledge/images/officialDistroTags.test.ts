/**
 * Issue #17, the distribution images: every tag the generated official-images history lists for them (current or
 * retired) is looked up, and the tags lookupImage leaves unknown are counted per image, with examples. The count is
 * the measure; its ceiling only falls. An unknown is allowed where the history names no release the tables know
 * (testing/unstable snapshots, images whose distribution has no release rows): those stay honest unknowns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageCard } from '../../analysis/hover';
import { parseImageRef } from '../../analysis/imageRef';
import { decodedTags, isOfficialImage } from './history';
import { lookupImage } from './index';
import { known, lookup } from '../../../../test/support/imageLookup';

/** The Docker Official Images that are distributions themselves (history evidence 'distribution'). */
const DISTRIBUTION_IMAGES = [
  'ubuntu',
  'debian',
  'centos',
  'fedora',
  'alpine',
  'amazonlinux',
  'oraclelinux',
  'rockylinux',
  'almalinux',
  'opensuse',
  'photon',
  'clearlinux',
  'busybox',
  'ubuntu-debootstrap',
  'ubuntu-upstart',
  'sourcemage',
  'crux',
  'mageia',
  'archlinux',
  'cirros',
  'neurodebian',
  'clefos',
  'euleros',
  'alt',
];

/**
 * Measured unknowns over all those tags (6,547 tags): 1,774 before the point-release and dated-suite readings, 1,062
 * after them, 852 after dated builds, with-sources copies and Debian <codename>-backports.
 */
const MAX_UNKNOWN = 852;

test('every tag the official-images history lists for the distribution images: unknowns counted per image', () => {
  let total = 0;
  let tags = 0;
  const lines: string[] = [];
  for (const image of DISTRIBUTION_IMAGES) {
    assert.ok(isOfficialImage(image), `${image} is an official image in the history`);
    const all = decodedTags(image);
    tags += all.length;
    const unknown: string[] = [];
    for (const tag of all) {
      const parsed = parseImageRef(`${image}:${tag}`);
      assert.ok(parsed.ok, `${image}:${tag} parses`);
      const found = lookupImage(parsed.ref);
      if (found.kind === 'unknown') unknown.push(`${tag} (${found.reason.slice(0, 120)})`);
    }
    total += unknown.length;
    if (unknown.length > 0) lines.push(`${image}: ${unknown.length}/${all.length} unknown, e.g. ${unknown.slice(0, 3).join('; ')}`);
  }
  console.log(`distribution images: ${total} of ${tags} tags unknown\n${lines.join('\n')}`);
  assert.ok(total <= MAX_UNKNOWN, `${total} unknown tags, ceiling ${MAX_UNKNOWN}`);
});

const target = { os: 'linux', label: 'test host', origin: { kind: 'default' } } as unknown as Parameters<typeof imageCard>[2];
const today = new Date('2026-09-01T00:00:00Z');

test('ubuntu:14.04.2, a retired point-release tag: Ubuntu 14.04, frozen, with the month it was last published', () => {
  const id = known('ubuntu:14.04.2');
  assert.equal(id.release.id, 'ubuntu-14.04');
  assert.equal(id.publication?.lastPublished, '2015-08');
  assert.match(id.publication?.frozen ?? '', /no longer published since 2015-08/);
  assert.match(id.inferredFrom?.rule ?? '', /Ubuntu 14\.04 point release/);
  const card = imageCard('ubuntu:14.04.2', lookup('ubuntu:14.04.2'), target, today);
  assert.match(card, /Ubuntu 14\.04/);
  assert.match(card, /[Ff]rozen/);
  assert.match(card, /no longer published since 2015-08/);
  for (const tag of ['12.04.5', '14.04.1', '14.04.5']) assert.match(known(`ubuntu:${tag}`).release.id, /^ubuntu-1[24]\.04$/, tag);
});

test('debian:6.0.8, a retired point-release tag: Debian 6, frozen', () => {
  const id = known('debian:6.0.8');
  assert.equal(id.release.id, 'debian-6');
  assert.match(id.publication?.frozen ?? '', /no longer published since 20\d\d-\d\d/);
});

test('centos:7.9.2009 and a superseded current point release stay frozen', () => {
  const centos = known('centos:7.9.2009');
  assert.equal(centos.release.id, 'centos-7');
  assert.ok(centos.publication?.frozen, 'centos:7.9.2009 is frozen');
});

test('debian:<suite>-YYYYMMDD: the release the suite named on that day, frozen', () => {
  const stable = known('debian:stable-20191014-slim');
  assert.equal(stable.release.id, 'debian-10');
  assert.equal(stable.variant, 'slim');
  assert.match(stable.inferredFrom?.rule ?? '', /stable dated 2019-10-14, when stable was Debian 10 \(buster\)/);
  assert.equal(stable.publication?.lastPublished, '2019-11');
  assert.match(stable.publication?.frozen ?? '', /no longer published since 2019-11/);
  // bookworm came out on 2023-06-10: two days later oldoldstable was buster.
  assert.equal(known('debian:oldoldstable-20230612').release.id, 'debian-10');
});

test('dated builds, with-sources copies and <codename>-backports: the release of the tag they name', () => {
  const alma = known('almalinux:8.5-minimal-20220510');
  assert.equal(alma.release.id, 'almalinux-8');
  assert.match(alma.inferredFrom?.rule ?? '', /a build of almalinux:8\.5-minimal/);
  assert.equal(known('amazonlinux:2016.09-with-sources').release.id, 'amazonlinux-2016.09');
  assert.equal(known('amazonlinux:2.0.20230207.0-with-sources').release.id, 'amazonlinux-2');
  const backports = known('debian:jessie-backports');
  assert.equal(backports.release.id, 'debian-8');
  assert.match(backports.publication?.frozen ?? '', /no longer published since 20\d\d-\d\d/);
  // A moving suite's backports names no release by its own words.
  assert.equal(lookup('debian:stable-backports').kind, 'unknown');
  // Photon 2.0 has no release row: its dated builds stay unknown.
  assert.equal(lookup('photon:2.0-20220624').kind, 'unknown');
});

test('tags the history lists but whose release the tables do not know stay unknown, with a reason', () => {
  // testing names a release still in development, whose libc then is not recorded.
  const testing = decodedTags('debian').find((t) => /^testing-\d{8}$/.test(t));
  assert.ok(testing);
  const found = lookup(`debian:${testing}`);
  assert.equal(found.kind, 'unknown');
  // Oracle Linux 5 has no release row: its point release is not guessed from the tag.
  assert.equal(lookup('oraclelinux:5.11').kind, 'unknown');
});
