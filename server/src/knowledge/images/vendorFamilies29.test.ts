/**
 * vendorFamilies29.ts: the containers tools images' latest is the latest Fedora (their version tags stay unknown),
 * centos/systemd is CentOS 7 and no longer moves, code-server from 4.113.0 (and latest, debian, trixie) is Debian 13, and
 * FrankenPHP's release tags are the official php ZTS image their os word (trixie when none) names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('quay.io/buildah/stable and its siblings: latest is built on the latest Fedora; version tags stay unknown', () => {
  const src = /containers\/image_build @ 24ca4c19 .*FROM registry\.fedoraproject\.org\/fedora:latest/;
  const fedoraLatest = known('registry.fedoraproject.org/fedora:latest').release.id;
  checkKnown(
    [
      // Sample 22.
      ['quay.io/buildah/stable', fedoraLatest, src, true],
      ['quay.io/buildah/stable:latest', fedoraLatest, src, true],
      ['quay.io/podman/stable', fedoraLatest, src, true],
      ['quay.io/containers/skopeo:latest', fedoraLatest, src, true],
      ['quay.io/buildah/upstream', fedoraLatest, src, true],
    ],
    'inferred',
  );
  for (const ref of ['quay.io/buildah/stable:v1.37.1', 'quay.io/buildah/stable:v1.42', 'quay.io/containers/podman:v5'])
    checkUnknown(ref, /the Fedora of its last build depends on when the next version reached Fedora/);
});

test('centos/systemd: FROM centos:7 in every version, frozen since the repository stopped', () => {
  const src = /CentOS\/CentOS-Dockerfiles @ 13e6933 .*FROM centos:7/;
  checkKnown([['centos/systemd', 'centos-7', src, false]], 'inferred');
  assert.match(known('centos/systemd:latest').publication?.frozen ?? '', /last changed on 2019-04-26/);
});

test('code-server from 4.113.0, latest, debian and trixie: the debian-13 bake target, Debian 13', () => {
  const src = /coder\/code-server @ 88c2b743 .*target code-server-debian-13/;
  checkKnown(
    [
      // Sample 22.
      ['codercom/code-server', 'debian-13', src, true],
      ['ghcr.io/coder/code-server:trixie', 'debian-13', src, true],
      ['codercom/code-server:4.115.0', 'debian-13', src, false],
      ['codercom/code-server:4.118.0-debian', 'debian-13', src, false],
    ],
    'inferred',
  );
  assert.match(known('codercom/code-server:latest').movingTag?.means ?? '', /4\.118\.0 as of the commit read, 2026-08-20/);
  // 4.112 is still vendorFamilies12.ts's Debian 12; a release past the ones read is not claimed.
  assert.equal(known('codercom/code-server:4.112.0').release.id, 'debian-12');
  checkUnknown('codercom/code-server:4.119.0', /matches no known variant/);
});

test('dunglas/frankenphp from 1.9.1: php:<pv>-zts-<os>, trixie where the tag names no os', () => {
  const src = /php\/frankenphp @ fb62c307 .*php-base = "docker-image:\/\/php:\$\{php-version\}-zts-\$\{os\}"/;
  checkKnown(
    [
      // Sample 22.
      ['dunglas/frankenphp:1-php8.5', 'debian-13', src, true],
      ['dunglas/frankenphp', 'debian-13', src, true],
      ['dunglas/frankenphp:php8.4-bookworm', 'debian-12', src, true],
      ['dunglas/frankenphp:1.12-bookworm', 'debian-12', src, true],
      ['dunglas/frankenphp:1.12.7', 'debian-13', src, false],
      ['dunglas/frankenphp:1.9.1', 'debian-13', src, false],
      ['dunglas/frankenphp:1.11.2-builder-php8.3-bookworm', 'debian-12', src, false],
      ['dunglas/frankenphp:1.10.0-php8.4.15', 'debian-13', src, false],
    ],
    'inferred',
  );
  // The base named is the php image of that PHP line, not only its Debian release.
  assert.match(known('dunglas/frankenphp:1.12.7-php8.3').inferredFrom?.source ?? '', /frankenphp/);
  assert.match(known('dunglas/frankenphp:1-php8.5').movingTag?.means ?? '', /1\.12\.7 as of the commit read, 2026-08-21/);
  // PHP 8.5 came with 1.10.0; alpine tags and releases before 1.9.1 (bookworm default) are not claimed.
  for (const ref of ['dunglas/frankenphp:1.9.1-php8.5', 'dunglas/frankenphp:1-alpine', 'dunglas/frankenphp:1.4.0-php8.3'])
    checkUnknown(ref, /matches no known variant/);
});
