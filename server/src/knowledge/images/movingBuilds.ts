/**
 * Images a release workflow builds FROM a moving official tag (`erlang:alpine`, `eclipse-temurin:17-jre-alpine`) on
 * the day of the release, and never rebuilds: what the moving tag named that day is the image's base. Read from
 * docker-library/official-images @ 37079fb3: the version of library/<image> in effect on the release day, the entry
 * listing the moving tag, and either the FROM of its Dockerfile at that entry's GitCommit (read from the image's own
 * repository) or the entry's most specific tag when official-images last listed that tag with the same GitCommit (the
 * generated history then holds the base it was built on). `scripts/moving-tag-at.mjs` prints both.
 *
 * Inferred, and labelled so: a release's images are built when the release is published, which can be a little later
 * than the tagged commit. A release is resolved only when the moving tag named the same distribution release on the
 * tagged commit's day and 14 days later; releases around a base change stay unknown, saying why.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- Gleam (ghcr.io/gleam-lang/gleam) ---------------------------------------------------------------------------------
// .github/workflows/release-containers.yaml builds containers/<variant>.dockerfile for each published release and tags
// it v<version>-<variant>; every release since v0.14.0 (2021-02-18) builds erlang*, elixir* FROM erlang:latest,
// erlang:slim, erlang:alpine, elixir:latest/slim/alpine, and since v0.16.0 node* FROM node:latest/slim/alpine.
const GLEAM =
  'gleam-lang/gleam @ 952c3012 (2026-08-21): containers/<variant>.dockerfile (FROM erlang:latest, erlang:slim, erlang:alpine, node:latest, node:slim, node:alpine) and .github/workflows/release-containers.yaml at each of the 84 release tags v0.14.0 … v1.18.1; official-images library/erlang and library/node @ 37079fb3 on each tag day and 14 days later; the FROM of each entry at its GitCommit in erlang/docker-erlang-otp @ 023b069b and nodejs/docker-node @ f27d936f';
const GLEAM_REPOS = ['ghcr.io/gleam-lang/gleam'];
/** Base of each release's image, per variant (the FROM of the moving tag's Dockerfile on the release day). */
const GLEAM_BASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'erlang-alpine': {
    'alpine:3.13': '0.14.0 0.14.1 0.14.2 0.14.3 0.14.4 0.15.0 0.15.1',
    'alpine:3.14': '0.17.0',
    'alpine:3.15': '0.19.0 0.20.0 0.20.1 0.21.0',
    'alpine:3.16': '0.22.0 0.22.1 0.23.0 0.24.0 0.25.0 0.25.1 0.25.2 0.25.3 0.26.0 0.26.1 0.26.2',
    'alpine:3.17': '0.27.0 0.28.0 0.28.1 0.28.2 0.28.3',
    'alpine:3.18': '0.29.0 0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.33.0 0.34.0 0.34.1',
    'alpine:3.19': '1.0.0 1.1.0 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1',
    'alpine:3.20': '1.6.0 1.6.1 1.6.2 1.6.3 1.7.0',
    'alpine:3.21': '1.8.0 1.8.1 1.9.0 1.9.1 1.10.0 1.11.0 1.11.1',
    'alpine:3.22': '1.12.0 1.13.0',
    'alpine:3.23': '1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4 1.16.0 1.17.0',
    'alpine:3.24': '1.18.0 1.18.1',
  },
  erlang: {
    'buildpack-deps:buster': '0.14.0 0.14.1 0.14.2 0.14.3 0.14.4 0.15.0 0.15.1 0.16.0 0.16.1 0.17.0',
    'buildpack-deps:bullseye':
      '0.19.0 0.20.0 0.20.1 0.21.0 0.22.0 0.22.1 0.23.0 0.24.0 0.25.0 0.25.1 0.25.2 0.25.3 0.26.0 0.26.1 0.26.2 0.27.0 0.28.0 0.28.1 0.28.2 0.28.3 0.29.0 0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.33.0 0.34.0 0.34.1',
    'buildpack-deps:bookworm':
      '1.0.0 1.1.0 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.6.2 1.6.3 1.7.0 1.8.0 1.8.1 1.9.0 1.9.1 1.10.0 1.11.0 1.11.1 1.12.0 1.13.0',
    'buildpack-deps:trixie': '1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4 1.16.0 1.17.0 1.18.0 1.18.1',
  },
  'erlang-slim': {
    'debian:buster': '0.14.0 0.14.1 0.14.2 0.14.3 0.14.4 0.15.0 0.15.1 0.16.0 0.16.1 0.17.0',
    'debian:bullseye':
      '0.19.0 0.20.0 0.20.1 0.21.0 0.22.0 0.22.1 0.23.0 0.24.0 0.25.0 0.25.1 0.25.2 0.25.3 0.26.0 0.26.1 0.26.2 0.27.0 0.28.0 0.28.1 0.28.2 0.28.3 0.29.0 0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.33.0 0.34.0 0.34.1',
    'debian:bookworm':
      '1.0.0 1.1.0 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.6.2 1.6.3 1.7.0 1.8.0 1.8.1 1.9.0 1.9.1 1.10.0 1.11.0 1.11.1 1.12.0 1.13.0',
    'debian:trixie': '1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4 1.16.0 1.17.0 1.18.0 1.18.1',
  },
  node: {
    'buildpack-deps:buster': '0.16.0 0.16.1 0.17.0',
    'buildpack-deps:bullseye':
      '0.18.0 0.18.1 0.18.2 0.19.0 0.20.0 0.20.1 0.21.0 0.22.0 0.22.1 0.23.0 0.24.0 0.25.0 0.25.1 0.25.2 0.25.3 0.26.0 0.26.1 0.26.2 0.27.0 0.28.0 0.28.1 0.28.2 0.28.3 0.29.0',
    'buildpack-deps:bookworm':
      '0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.33.0 0.34.0 0.34.1 1.0.0 1.1.0 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.6.2 1.6.3 1.7.0 1.8.0 1.8.1 1.9.0 1.9.1 1.10.0 1.11.0 1.11.1 1.12.0 1.13.0 1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4',
    'buildpack-deps:trixie': '1.17.0 1.18.0 1.18.1',
  },
  'node-slim': {
    'debian:buster-slim': '0.16.0 0.16.1 0.17.0',
    'debian:bullseye-slim':
      '0.18.0 0.18.1 0.18.2 0.19.0 0.20.0 0.20.1 0.21.0 0.22.0 0.22.1 0.23.0 0.24.0 0.25.0 0.25.1 0.25.2 0.25.3 0.26.0 0.26.1 0.26.2 0.27.0 0.28.0 0.28.1 0.28.2 0.28.3 0.29.0',
    'debian:bookworm-slim':
      '0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4 0.33.0 0.34.0 0.34.1 1.0.0 1.1.0 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.6.2 1.6.3 1.7.0 1.8.0 1.8.1 1.9.0 1.9.1 1.10.0 1.11.0 1.11.1 1.12.0 1.13.0 1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4',
    'debian:trixie-slim': '1.17.0 1.18.0 1.18.1',
  },
  'node-alpine': {
    'alpine:3.13': '0.16.0 0.16.1 0.17.0',
    'alpine:3.14': '0.18.0 0.18.1 0.18.2',
    'alpine:3.15': '0.19.0 0.20.0 0.20.1 0.21.0',
    'alpine:3.16': '0.22.0 0.22.1 0.23.0 0.24.0 0.25.0',
    'alpine:3.17': '0.25.2 0.25.3 0.26.0 0.26.1 0.26.2 0.27.0 0.28.0 0.28.1 0.28.2 0.28.3',
    'alpine:3.18': '0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.30.5 0.31.0 0.32.0 0.32.1 0.32.2 0.32.3 0.32.4',
    'alpine:3.19': '0.33.0 0.34.0 0.34.1 1.0.0 1.1.0',
    'alpine:3.20': '1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.6.2',
    'alpine:3.21': '1.7.0 1.8.0 1.8.1 1.9.0 1.9.1 1.10.0',
    'alpine:3.22': '1.11.0 1.11.1 1.12.0 1.13.0',
    'alpine:3.23': '1.14.0 1.15.0 1.15.1 1.15.2 1.15.3 1.15.4 1.16.0',
    'alpine:3.24': '1.18.0 1.18.1',
  },
};
const GLEAM_FROM: Readonly<Record<string, string>> = {
  'erlang-alpine': 'erlang:alpine',
  erlang: 'erlang:latest',
  'erlang-slim': 'erlang:slim',
  node: 'node:latest',
  'node-slim': 'node:slim',
  'node-alpine': 'node:alpine',
};
const gleamRules: ImageTagRule[] = [
  ...Object.entries(GLEAM_BASES).map(
    ([variant, table]): ImageTagRule => ({
      id: `gleam/${variant}`,
      repositories: GLEAM_REPOS,
      tag: new RegExp(`^v(?<v>\\d+\\.\\d+\\.\\d+)-${variant}$`),
      base: { group: 'v', map: byVersion(table) },
      source: GLEAM,
      note: `built FROM ${GLEAM_FROM[variant]} when the release was published: the base is what that moving tag named on the release day`,
    }),
  ),
  {
    id: 'gleam/scratch',
    repositories: GLEAM_REPOS,
    tag: /^v\d+\.\d+\.\d+(?:-rc\d+)?-scratch$/,
    unknown: 'the -scratch images are FROM scratch: the gleam binary alone, with no distribution userland',
    source: GLEAM,
  },
  {
    id: 'gleam/unresolved',
    repositories: GLEAM_REPOS,
    tag: /^(?:v\d+\.\d+\.\d+(?:-rc\d+)?-)?(?:erlang|elixir|node)(?:-slim|-alpine)?$|^nightly-/,
    unknown:
      'built FROM a moving tag (erlang:alpine, elixir:slim, node:latest, …) when the release was published; for this tag what that moving tag named then is not recorded here (elixir images, whose base is itself a moving erlang tag; releases within two weeks of a base change; release candidates and nightlies, rebuilt at other times)',
    source: GLEAM,
  },
];

// --- Flyway (flyway/flyway, -alpine) ----------------------------------------------------------------------------------
// The Makefile (later scripts/build_images.py) builds alpine/Dockerfile with --pull and pushes <version>-alpine,
// <major.minor>-alpine, <major>-alpine and latest-alpine, then tags the repository v<version>. Its FROM: openjdk:8-jre-
// alpine (6.0.0 …), openjdk:12-alpine (6.5.6 …), openjdk:16-alpine, adoptopenjdk/openjdk11:alpine-jre (not an
// official image: not read), eclipse-temurin:11-alpine, 11-jre-alpine, 17-jre-alpine (9.12.0 …) and pinned
// eclipse-temurin:17.0.9_9-jre-alpine (10.6.0 … 10.15.0). openjdk:8-jre-alpine and openjdk:12-alpine were no longer
// listed by official-images when Flyway built on them: Docker Hub kept their last build, which the history describes.
// Releases after 10.15.0 (2024-06-11) are not tagged in the repository (11.x: unknown).
const FLYWAY =
  'flyway/flyway-docker @ 4b9657b2 (2024-12-17): alpine/Dockerfile and Makefile at each of the 188 release tags v6.0.0 … v10.15.0; official-images library/openjdk and library/eclipse-temurin @ 37079fb3 on each tag day and 14 days later';
const FLYWAY_REPOS = ['docker.io/flyway/flyway', 'docker.io/redgate/flyway'];
const FLYWAY_ALPINE: Readonly<Record<string, string>> = {
  'openjdk:8-jre-alpine':
    '6.0.0 6.0.1 6.0.2 6.0.3 6.0.4 6.0.6 6.0.7 6.0.8 6.1.0 6.1.1 6.1.2 6.1.3 6.1.4 6.2.0 6.2.1 6.2.2 6.2.3 6.2.4 6.3.0 6.3.1 6.3.2 6.3.3 6.4.0 6.4.1 6.4.2 6.4.3 6.4.4 6.5.0 6.5.1 6.5.2 6.5.3 6.5.4 6.5.5 7.0.0-beta1',
  'openjdk:12-alpine': '6.5.6 6.5.7 7.0.0 7.0.1 7.0.2 7.0.3 7.0.4 7.1.0 7.1.1 7.2.0 7.2.1 7.3.0 7.3.1 7.3.2 7.4.0 7.5.0',
  'eclipse-temurin:11.0.13_8-jdk-alpine': '8.4.2 8.4.3',
  'eclipse-temurin:11.0.14_9-jdk-alpine': '8.4.4',
  'eclipse-temurin:11.0.14_9-jre-alpine': '8.5.0 8.5.1 8.5.2',
  'eclipse-temurin:11.0.14.1_1-jre-alpine': '8.5.3 8.5.4 8.5.5 8.5.6 8.5.7',
  'eclipse-temurin:11.0.15_10-jre-alpine': '9.0.0 9.0.1 9.0.2',
  'eclipse-temurin:11.0.16_8-jre-alpine': '9.1.4 9.1.5 9.1.6',
  'eclipse-temurin:11.0.16.1_1-jre-alpine': '9.2.0 9.2.1 9.2.2 9.2.3 9.3.0 9.3.1 9.4.0 9.5.0 9.5.1',
  'eclipse-temurin:11.0.17_8-jre-alpine': '9.9.0 9.10.0 9.10.1 9.10.2 9.11.0',
  'eclipse-temurin:17.0.5_8-jre-alpine': '9.12.0',
  'eclipse-temurin:17.0.6_10-jre-alpine': '9.14.0 9.14.1 9.15.0 9.15.1 9.15.2 9.16.0 9.16.1',
  'eclipse-temurin:17.0.7_7-jre-alpine': '9.19.1 9.19.2 9.19.3 9.19.4 9.20.0 9.20.1 9.21.0',
  'eclipse-temurin:17.0.8_7-jre-alpine': '9.21.2 9.22.0',
  'eclipse-temurin:17.0.8.1_1-jre-alpine': '9.22.1 9.22.2 9.22.3',
  'eclipse-temurin:17.0.9_9-jre-alpine':
    '10.0.0 10.0.1 10.1.0 10.2.0 10.3.0 10.4.0 10.4.1 10.6.0 10.7.1 10.7.2 10.8.0 10.8.1 10.9.0 10.9.1 10.10.0 10.11.0 10.11.1 10.12.0 10.13.0 10.15.0',
};
const flywayAlpine = byVersion(FLYWAY_ALPINE);
/** Every release tag of the repository with an alpine/Dockerfile (resolved or not). */
const FLYWAY_RELEASES =
  '6.0.0 6.0.1 6.0.2 6.0.3 6.0.4 6.0.6 6.0.7 6.0.8 6.1.0 6.1.1 6.1.2 6.1.3 6.1.4 6.2.0 6.2.1 6.2.2 6.2.3 6.2.4 6.3.0 6.3.1 6.3.2 6.3.3 6.4.0 6.4.1 6.4.2 6.4.3 6.4.4 6.5.0 6.5.1 6.5.2 6.5.3 6.5.4 6.5.5 7.0.0-beta1 6.5.6 6.5.7 7.0.0 7.0.1 7.0.2 7.0.3 7.0.4 7.1.0 7.1.1 7.2.0 7.2.1 7.3.0 7.3.1 7.3.2 7.4.0 7.5.0 7.5.1 7.5.2 7.5.3 7.5.4 7.6.0 7.7.0 7.7.1 7.7.2 7.7.3 7.8.0 7.8.1 7.8.2 7.9.0 7.9.1 7.9.2 7.10.0 7.11.0 7.11.1 7.11.2 7.11.3 7.11.4 7.12.0 7.12.1 7.13.0 7.14.0 7.14.1 7.15.0 8.0.0-beta1 8.0.0-beta2 8.0.0-beta3 8.0.0 8.0.1 8.0.2 8.0.3 8.0.4 8.0.5 8.1.0 8.2.0 8.2.1 8.2.2 8.2.3 8.3.0 8.4.0 8.4.1 8.4.2 8.4.3 8.4.4 8.5.0 8.5.1 8.5.2 8.5.3 8.5.4 8.5.5 8.5.6 8.5.7 8.5.8 8.5.9 8.5.10 9.0.0-beta2 9.0.0-beta3 8.5.11 9.0.0-beta4 8.5.12 9.0.0-beta5 8.5.13 9.0.0 9.0.1 9.0.2 9.0.3 9.0.4 9.1.2 9.1.3 9.1.4 9.1.5 9.1.6 9.2.0 9.2.1 9.2.2 9.2.3 9.3.0 9.3.1 9.4.0 9.5.0 9.5.1 9.6.0 9.7.0 9.8.1 9.8.2 9.8.3 9.9.0 9.10.0 9.10.1 9.10.2 9.11.0 9.12.0 9.14.0 9.14.1 9.15.0 9.15.1 9.15.2 9.16.0 9.16.1 9.17.0 9.18.0 9.19.0 9.19.1 9.19.2 9.19.3 9.19.4 9.20.0 9.20.1 9.21.0 9.21.1 9.21.2 9.22.0 9.22.1 9.22.2 9.22.3 10.0.0 10.0.1 10.1.0 10.2.0 10.3.0 10.4.0 10.4.1 10.5.0 10.6.0 10.7.1 10.7.2 10.8.0 10.8.1 10.9.0 10.9.1 10.10.0 10.11.0 10.11.1 10.12.0 10.13.0 10.15.0';
/**
 * `<major.minor>-alpine` was last pushed by the line's last release, when a later line was released while the repository
 * still tagged releases (lines up to 10.14; 10.15 may have had untagged patch releases).
 */
function flywayMinorLines(): Record<string, string> {
  const last = new Map<string, string>();
  const released = FLYWAY_RELEASES.split(' ').filter((v) => !v.includes('-'));
  for (const v of released) {
    const line = v.split('.').slice(0, 2).join('.');
    const prev = last.get(line);
    if (!prev || Number(v.split('.')[2]) > Number(prev.split('.')[2])) last.set(line, v);
  }
  const map: Record<string, string> = {};
  for (const [line, v] of last) if (line !== '10.15' && flywayAlpine[v]) map[line] = flywayAlpine[v];
  return map;
}
const flywayRules: ImageTagRule[] = [
  {
    id: 'flyway/alpine-release',
    repositories: FLYWAY_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+(?:-beta\d+)?)-alpine$/,
    base: { group: 'v', map: flywayAlpine },
    source: FLYWAY,
    note: 'built --pull FROM a moving openjdk/eclipse-temurin alpine tag (pinned from 10.6.0) on the release day',
  },
  {
    id: 'flyway/alpine-line',
    repositories: FLYWAY_REPOS,
    tag: /^(?<line>\d+\.\d+)-alpine$/,
    base: { group: 'line', map: flywayMinorLines() },
    source: FLYWAY,
    note: "the line's last release pushed this tag; no later release of the line followed",
  },
  {
    id: 'flyway/unresolved',
    repositories: FLYWAY_REPOS,
    tag: /^(?:\d+(?:\.\d+){0,2}(?:-beta\d+)?-|latest-)?(?:alpine|azure|mongo)|^(?:\d+(?:\.\d+){0,2}(?:-beta\d+)?|latest)$/,
    unknown:
      'Flyway images are built FROM a moving Java image tag when each release is published; for this tag that base is not recorded here (the Debian/Ubuntu and azure images, releases after 10.15.0, moving major and latest tags, releases around a base change)',
    source: FLYWAY,
  },
];

// --- Node-RED (nodered/node-red) ---------------------------------------------------------------------------------------
// .github/workflows/main.yml runs when a release is published: for each Node.js major of its matrix it builds
// .docker/Dockerfile.alpine (FROM node:${NODE_VERSION}-${OS}; OS=alpine, or alpine3.12 for 2.1.4-1 … 2.2.3) and pushes
// <version>-<node>, <version>-<node>-minimal, and for the LATEST_NODE major also <version>, <version>-minimal, latest and
// latest-minimal. node:<n>-alpine tags official-images no longer listed (node 14, 16, 18, 20 after their end of life)
// kept their last build, which the history describes.
const NODE_RED =
  'node-red/node-red-docker @ 100a7256 (2026-07-30): .docker/Dockerfile.alpine and .github/workflows/main.yml (LATEST_NODE, node matrix, tags) at each of the 68 release tags v2.0.0 … v5.0.4; official-images library/node @ 37079fb3 on each tag day and 14 days later; the FROM of each node:<n>-alpine entry at its GitCommit in nodejs/docker-node @ f27d936f';
const NODE_RED_REPOS = ['docker.io/nodered/node-red', 'ghcr.io/node-red/node-red'];
/** `<version>-<node major>` → base. */
const NODE_RED_BASES: Readonly<Record<string, string>> = {
  'alpine:3.11':
    '2.0.0-12 2.0.0-14 2.0.1-12 2.0.1-14 2.0.2-12 2.0.2-14 2.0.3-12 2.0.3-14 2.0.4-12 2.0.4-14 2.0.5-12 2.0.5-14 2.0.6-12 2.0.6-14 2.1.0-12 2.1.0-14',
  'alpine:3.14': '2.1.4-12 2.1.4-14 2.1.4-16',
  'node:12-alpine3.12': '2.1.4-1-12 2.1.5-12 2.1.6-12 2.2.0-12 2.2.1-12 2.2.2-12 2.2.3-12',
  'node:14-alpine3.12': '2.1.4-1-14 2.1.5-14 2.1.6-14 2.2.0-14 2.2.1-14 2.2.2-14 2.2.3-14',
  'node:16-alpine3.12': '2.1.4-1-16 2.1.5-16 2.1.6-16 2.2.0-16 2.2.1-16 2.2.2-16 2.2.3-16',
  'alpine:3.16': '3.0.0-14 3.0.0-16 3.0.0-18 3.0.1-14 3.0.1-16 3.0.1-18 3.0.1-1-14 3.0.1-1-16 3.0.1-1-18 3.0.2-14 3.0.2-16 3.0.2-18',
  'node:14-alpine':
    '3.1.0-14 3.1.1-14 3.1.2-14 3.1.3-14 3.1.4-14 3.1.5-14 3.1.6-14 3.1.7-14 3.1.8-14 3.1.9-14 3.1.10-14 3.1.11-14 3.1.12-14 3.1.13-14 3.1.14-14 3.1.15-14',
  'alpine:3.18': '3.1.0-18',
  'node:16-alpine':
    '3.1.1-16 3.1.2-16 3.1.3-16 3.1.4-16 3.1.5-16 3.1.6-16 3.1.7-16 3.1.8-16 3.1.9-16 3.1.10-16 3.1.11-16 3.1.12-16 3.1.13-16 3.1.14-16 3.1.15-16',
  'alpine:3.19': '3.1.4-18 3.1.5-18 3.1.6-18 3.1.7-18 3.1.8-18 3.1.9-18',
  'alpine:3.20':
    '3.1.10-18 3.1.11-18 3.1.12-18 3.1.13-18 3.1.14-18 4.0.0-18 4.0.0-20 4.0.0-22 4.0.1-18 4.0.1-20 4.0.1-22 4.0.2-18 4.0.2-20 4.0.2-22 4.0.3-18 4.0.3-20 4.0.3-22 4.0.4-18 4.0.4-20 4.0.4-22 4.0.5-18 4.0.5-20 4.0.5-22',
  'alpine:3.21': '3.1.15-18 4.0.6-18 4.0.6-20 4.0.6-22 4.0.7-18 4.0.7-20 4.0.7-22 4.0.8-18 4.0.8-20 4.0.8-22 4.0.9-18 4.0.9-20 4.0.9-22',
  'node:18-alpine':
    '4.1.0-18 4.1.1-18 4.1.2-18 4.1.3-18 4.1.4-18 4.1.5-18 4.1.6-18 4.1.7-18 4.1.8-18 4.1.9-18 4.1.10-18 4.1.11-18 4.1.12-18 4.1.13-18',
  'alpine:3.22': '4.1.0-20 4.1.0-22 4.1.1-20 4.1.1-22',
  'alpine:3.23':
    '4.1.3-20 4.1.3-22 4.1.4-20 4.1.4-22 4.1.5-20 4.1.5-22 4.1.6-20 4.1.6-22 4.1.7-20 4.1.7-22 4.1.8-20 4.1.8-22 4.1.9-22 4.1.10-22',
  'node:20-alpine': '4.1.9-20 4.1.10-20 4.1.11-20 4.1.12-20 4.1.13-20',
  'alpine:3.24': '4.1.12-22 4.1.13-22 5.0.1-24 5.0.2-24 5.0.3-24 5.0.4-24',
};
/** `<version>` (the LATEST_NODE build of that release) → base. */
const NODE_RED_LATEST_NODE: Readonly<Record<string, string>> = {
  'alpine:3.11': '2.0.0 2.0.1 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.1.0',
  'alpine:3.14': '2.1.4',
  'node:14-alpine3.12': '2.1.4-1 2.1.5 2.1.6 2.2.0 2.2.1 2.2.2 2.2.3',
  'alpine:3.16': '3.0.0 3.0.1 3.0.1-1 3.0.2',
  'node:16-alpine': '3.1.1 3.1.2 3.1.3 3.1.4 3.1.5 3.1.6 3.1.7 3.1.8 3.1.9 3.1.10 3.1.11 3.1.12 3.1.13 3.1.14 3.1.15',
  'alpine:3.20': '4.0.0 4.0.1 4.0.2 4.0.3 4.0.4 4.0.5',
  'alpine:3.21': '4.0.6 4.0.7 4.0.8 4.0.9',
  'alpine:3.22': '4.1.0 4.1.1',
  'alpine:3.23': '4.1.3 4.1.4 4.1.5 4.1.6 4.1.7 4.1.8',
  'node:20-alpine': '4.1.9 4.1.10 4.1.11 4.1.12 4.1.13',
  'alpine:3.24': '5.0.1 5.0.2 5.0.3 5.0.4',
};
const nodeRedRules: ImageTagRule[] = [
  {
    id: 'node-red/version-node',
    repositories: NODE_RED_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+(?:-\d+)?-\d+)(?:-minimal)?$/,
    base: { group: 'v', map: byVersion(NODE_RED_BASES) },
    source: NODE_RED,
    note: 'built FROM node:<major>-alpine when the release was published: the base is what that tag named then',
  },
  {
    id: 'node-red/version',
    repositories: NODE_RED_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+(?:-\d+)?)(?:-minimal)?$/,
    base: { group: 'v', map: byVersion(NODE_RED_LATEST_NODE) },
    source: NODE_RED,
    note: 'the release built on its LATEST_NODE major, FROM node:<major>-alpine when the release was published',
  },
  {
    id: 'node-red/latest',
    repositories: NODE_RED_REPOS,
    tag: /^latest(?:-minimal)?$/,
    base: 'alpine:3.24',
    moving: { pin: 'nodered/node-red:5.0.4-24' },
    source: NODE_RED,
    note: 'latest = the newest release (5.0.4 at the commit read) on node:24-alpine',
  },
  {
    id: 'node-red/unresolved',
    repositories: NODE_RED_REPOS,
    tag: /^(?:latest-\d+|\d+(?:\.\d+)?|[\d.-]+-debian|latest-debian)(?:-minimal)?$|^\d+\.\d+\.\d+/,
    unknown:
      'built FROM node:<major>-alpine (or node:<major>-bookworm-slim for -debian) when a release is published; for this tag what that moving tag named then is not recorded here (latest-<node>, major and minor aliases, -debian images, releases within two weeks of a base change, betas)',
    source: NODE_RED,
  },
];

export const movingBuildRules: readonly ImageTagRule[] = [...gleamRules, ...flywayRules, ...nodeRedRules];
