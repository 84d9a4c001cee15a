/**
 * Official-image tags whose base the generator reads from a Dockerfile its first snapshots lacked (issue 17):
 * a pinned GitCommit read elsewhere at exactly that commit (scripts/pinned-froms.tsv), a renamed repository's newer
 * snapshot (eclipse/jetty.docker → jetty/jetty.docker), or the same Dockerfile path naming one base in every version
 * the snapshot has ('path-history'). The chain to the distribution image is followed by resolve.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup, type Row } from '../../../../test/support/imageLookup';
import { tagHistory } from './history';

test('tags built FROM another official image resolve through it', () => {
  const rows: Row[] = [
    ['matomo:latest', 'debian-13', /library\/matomo/, false],
    ['jetty:9-jre8-openjdk', 'debian-11', /library\/jetty/, false],
    ['elixir:1.18-alpine', 'alpine-3.24', /library\/elixir/, false],
  ];
  checkKnown(rows, 'inferred');
  // Caddy's builder tags: the hand-written later pin (laterPins.ts, the caddy-docker snapshot read before the
  // Alpine 3.24 cut-off) answers first and says the tag moves; the generated pinned FROM agrees on the release.
  checkKnown(
    [
      ['caddy:builder', 'alpine-3.23', /caddy-docker/, true],
      ['websphere-liberty:kernel', 'ubuntu-22.04', /WASdev\/ci\.docker/, true],
    ],
    'either',
  );
  const pinned = lookup('caddy:2.11.4-builder');
  assert.ok(pinned.kind === 'known' && pinned.identity.release.id === 'alpine-3.23');
});

test("a path naming one base in every version of the snapshot says it is not the pinned commit's file", () => {
  checkKnown(
    [
      ['jetty', 'ubuntu-26.04', /library\/jetty/, false],
      ['elixir:1.19', 'debian-13', /library\/elixir/, false],
    ],
    'inferred',
  );
  const elixir = lookup('elixir:1.19');
  assert.ok(elixir.kind === 'known');
  assert.match(
    elixir.identity.inferredFrom?.rule ?? '',
    /FROM erlang:28 in every version of its Dockerfile's path the repository snapshot read has \(\d+ versions, newest 6113c3ed of 2025-11-15\); the later commit official-images pinned is not in that snapshot/,
  );
});

test('azul-zulu, sonarqube, nim and nextcloud current tags: the FROM of the Dockerfile at the pinned GitCommit, checked by hand', () => {
  // Each expected release was read by hand from the Dockerfile at exactly the GitCommit official-images @ 37079fb3 pins
  // (AzulSystems/azul-zulu-images @ 2549042b: <v>/<jdk|jre>[-headless]/debian = FROM debian:13-slim, …/almalinux = FROM
  // almalinux:10; nextcloud/docker @ 40916c0c: 34/apache = FROM php:8.5-apache-trixie, 33/fpm-alpine = FROM
  // php:8.4-fpm-alpine3.24, 32/fpm = FROM php:8.3-fpm-trixie, 34/fpm-alpine = FROM php:8.5-fpm-alpine3.24). Before
  // scripts/pinned-froms.tsv listed them these tags had no known base: the snapshots predate the pinned commits.
  checkKnown(
    [
      ['azul-zulu:21', 'debian-13', /library\/azul-zulu/, false],
      ['azul-zulu:11-jre-headless', 'debian-13', /library\/azul-zulu/, false],
      ['azul-zulu:17-headless-debian13', 'debian-13', /library\/azul-zulu/, false],
      ['azul-zulu:8-jre-almalinux', 'almalinux-10', /library\/azul-zulu/, false],
      ['azul-zulu:25-jdk-almalinux10', 'almalinux-10', /library\/azul-zulu/, false],
      ['azul-zulu:26-jre-almalinux', 'almalinux-10', /library\/azul-zulu/, false],
    ],
    'inferred',
  );
  // sonarqube commercial editions (SonarSource/docker-sonarqube @ 3e22fdcc: commercial-editions/developer and datacenter/app =
  // FROM eclipse-temurin:21-jre-noble; @ a2bebd86: enterprise = FROM eclipse-temurin:25-jdk-noble), Ubuntu 24.04 through the tag.
  checkKnown(
    [
      ['sonarqube:2025.4.8-developer', 'ubuntu-24.04', /library\/sonarqube/, false],
      ['sonarqube:2025.4-lta-datacenter-app', 'ubuntu-24.04', /library\/sonarqube/, false],
      ['sonarqube:2026.4.1-enterprise', 'ubuntu-24.04', /library\/sonarqube/, false],
    ],
    'inferred',
  );
  // nim (nim-lang/docker-images @ 9b7d4588: dockerfiles/2.2.10 and 2.0.0 = FROM debian:bookworm-slim).
  checkKnown(
    [
      ['nim:latest', 'debian-12', /library\/nim/, false],
      ['nim:2.0.0', 'debian-12', /library\/nim/, false],
    ],
    'inferred',
  );
  // nextcloud: the generated history now holds the pinned FROM; the hand-written later pin (laterPins.ts, newest
  // snapshot commit) answers first and agrees on the release.
  const nextcloud: [string, string, string][] = [
    ['34-apache', 'php:8.5-apache-trixie', 'debian-13'],
    ['33-fpm-alpine', 'php:8.4-fpm-alpine3.24', 'alpine-3.24'],
    ['32-fpm', 'php:8.3-fpm-trixie', 'debian-13'],
    ['34-fpm-alpine', 'php:8.5-fpm-alpine3.24', 'alpine-3.24'],
  ];
  for (const [tag, from, release] of nextcloud) {
    const h = tagHistory('nextcloud', tag);
    assert.ok(h?.current, `nextcloud:${tag} is current`);
    assert.equal(h?.evidence, 'dockerfile', `nextcloud:${tag}: read from the Dockerfile`);
    assert.equal(h?.base, from, `nextcloud:${tag}`);
    checkKnown([[`nextcloud:${tag}`, release, /nextcloud/, true]], 'either');
  }
  const zulu = lookup('azul-zulu:21');
  assert.ok(zulu.kind === 'known');
  assert.match(zulu.identity.inferredFrom?.rule ?? '', /debian:13-slim/);
});

test('what the snapshots do not fix stays unknown, saying why', () => {
  // couchdb's current directory is not in a stored snapshot (elixir 1.20, likewise, is read from its library file's otp
  // aliases in vendorFamilies9.ts); sonarqube's newest FROM moved.
  checkUnknown('couchdb:latest', /do not name/);
  checkUnknown('sonarqube:latest', /do not name/);
  // FROM debian:testing in 2023-06, the month Debian 12 was released: testing was two suites that month (a month
  // between two releases is Debian testing of that month: testingSuite.test.ts).
  checkUnknown('r-base:4.3.0', /debian:testing, a moving tag whose meaning at that time is not recorded/);
});
