/**
 * Official-image tags whose base the generator reads from a Dockerfile its first snapshots lacked (issue 17):
 * a pinned GitCommit read elsewhere at exactly that commit (scripts/pinned-froms.tsv), a renamed repository's newer
 * snapshot (eclipse/jetty.docker → jetty/jetty.docker), or the same Dockerfile path naming one base in every version
 * the snapshot has ('path-history'). The chain to the distribution image is followed by resolve.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup, type Row } from '../../../../test/support/imageLookup';

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

test('what the snapshots do not fix stays unknown, saying why', () => {
  // elixir 1.20 (latest) was added after the erlef/docker-elixir snapshot; sonarqube's newest FROM moved.
  checkUnknown('elixir:latest', /do not name/);
  checkUnknown('sonarqube:latest', /do not name/);
  // FROM debian:testing: a moving pre-release; the release it was developing that month is said, not a libc.
  checkUnknown('r-base:4.0.2', /debian:testing, a moving tag.*development of Debian 11 \(bullseye\), released 2021-08-14/);
});
