/**
 * vendorFamilies18.ts: images of the seventeenth sample (ordinary projects) that no earlier sample had — wyveo/nginx-php-fpm
 * branch tags, geerlingguy/php-apache line tags, zcube/bitnami-compat-mongodb major tags — and the honest unknowns of
 * images pushed by hand or built from files that are not public.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('wyveo/nginx-php-fpm: each branch tag by the Dockerfile at the tip of the branch whose workflow pushes it', () => {
  const src = /wyveo\/nginx-php-fpm @ 8c9de384 .*php74 8f3b0b2.*FROM debian:buster/;
  checkKnown(
    [
      // Sample 17 (wyveo/nginx-php-fpm:php74, dangtinh97/base-laravel-google-cloud-run).
      ['wyveo/nginx-php-fpm:php74', 'debian-10', src, false],
      ['wyveo/nginx-php-fpm:php70', 'debian-10', src, false],
      ['wyveo/nginx-php-fpm:php81', 'debian-11', src, false],
      ['wyveo/nginx-php-fpm', 'debian-11', src, false],
    ],
    'inferred',
  );
  // The branches stopped: the tag no longer moves.
  assert.match(lookupFrozen('wyveo/nginx-php-fpm:php74'), /2022-03-02/);
  checkUnknown('wyveo/nginx-php-fpm:php56', /not one of the branch tags its workflows push/);
  checkUnknown('wyveo/nginx-php-fpm:1.11.10', /Docker Hub automated builds/);
});

test('geerlingguy/php-apache: 8.x line tags and latest move with the weekly bookworm rebuild; 7.x were last built on buster', () => {
  const src = /geerlingguy\/php-apache-container @ 81649b4a .*base_image debian:bookworm since 297a744/;
  checkKnown(
    [
      // Sample 17 (geerlingguy/php-apache:latest, Maherniculas/docker-heroku-php).
      ['geerlingguy/php-apache:latest', 'debian-12', src, true],
      ['geerlingguy/php-apache', 'debian-12', src, true],
      ['geerlingguy/php-apache:8.2.x', 'debian-12', src, true],
      ['geerlingguy/php-apache:8.1', 'debian-12', src, true],
      ['geerlingguy/php-apache:7.4', 'debian-10', src, false],
      ['geerlingguy/php-apache:7.1.x', 'debian-10', src, false],
    ],
    'inferred',
  );
  const latest = lookup('geerlingguy/php-apache:latest');
  assert.ok(latest.kind === 'known' && /PHP 8\.3 build .*newest commit read \(2024-07-24\)/.test(latest.identity.movingTag?.means ?? ''));
  // A patch tag was pushed once, from whichever base the playbook named then.
  checkUnknown('geerlingguy/php-apache:8.1.13', /pushed once, from Debian stretch, buster or bookworm/);
  checkUnknown('geerlingguy/php-apache:5.6', /not a line tag/);
});

test('zcube/bitnami-compat-mongodb: 5.0, 6.0 and latest were built from Bitnami debian-11 files in every recorded build', () => {
  const src = /ZCube\/bitnami-compat @ c3daa36c .*os_flavour debian-11 for both majors in all 26 versions/;
  checkKnown(
    [
      // Sample 17 (docker.io/zcube/bitnami-compat-mongodb:5.0, uncelry/docker_up_and_running).
      ['docker.io/zcube/bitnami-compat-mongodb:5.0', 'debian-11', src, false],
      ['zcube/bitnami-compat-mongodb:6.0', 'debian-11', src, false],
      ['zcube/bitnami-compat-mongodb-sharded:latest', 'debian-11', src, false],
    ],
    'inferred',
  );
  checkUnknown('zcube/bitnami-compat-mongodb:4.4', /not one of the major tags/);
});

test('images pushed by hand or built from files that are not public stay unknown, and say why', () => {
  // Sample 17 (rsyslog/syslog_appliance_alpine:latest, GTorrandella/PDI-TweetMaster).
  checkUnknown('rsyslog/syslog_appliance_alpine:latest', /pushed by hand .*alpine:3\.7 on master and alpine:3\.8 or 3\.15/);
  // Sample 17 (ghcr.io/mlieberman85/rust:latest, mlieberman85/rust-hello-world-demo).
  checkUnknown('ghcr.io/mlieberman85/rust:latest', /pushed by hand by a script that builds "\$NAME\.Dockerfile"/);
  // Sample 17 (devopsedu/webapp:latest, leandatascience/configcredential).
  for (const ref of ['devopsedu/webapp:latest', 'leandatascience/configcredential']) checkUnknown(ref, /build files are not public/);
});

function lookupFrozen(text: string): string {
  const found = lookup(text);
  assert.equal(found.kind, 'known', text);
  return found.kind === 'known' ? (found.identity.publication?.frozen ?? '') : '';
}
