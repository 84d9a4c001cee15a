/**
 * Official images whose current tags the generated history cannot read: official-images @ 37079fb3 (2026-08-21)
 * pins a GitCommit newer than the newest snapshot of the image's repository available here, so the generator found
 * no Dockerfile at that commit ("as published now … a base … the stored Dockerfiles do not name").
 *
 * Here the Dockerfile of the entry's Directory was read at every commit of the snapshot that touched it. A line is
 * resolved only where that evidence fixes its distribution release for the weeks the snapshot misses: every version of
 * the file names the same release, or the newest names the newest release there was at the knowledge date (Alpine
 * 3.24: official-images library/alpine @ 37079fb3 lists latest = 3.24.1). Lines whose base moved between releases and
 * whose newest FROM could still have moved again (erlang 24/25 -alpine on 3.22) stay unknown through the history.
 * Each rule says which commit was read and which later commit official-images pins.
 */
import type { ImageTagRule } from './ruleTypes';

interface LaterPin {
  image: string;
  /** The entry's tags in library/<image> @ 37079fb3. */
  tags: string;
  /** The FROM read (the final stage's base where the Dockerfile has stages). */
  base: string;
  /** Evidence: the Directory, the FROM lines of every commit that touched it, the newest commit read. */
  read: string;
  /** Every tag of the line moves (no tag names one build: websphere-liberty's kernel, full). */
  allMoving?: true;
}

const ODOO =
  'odoo/docker @ f7f67653 (2026-07-23), the newest commit available; official-images library/odoo @ 37079fb3 (entry of 2026-08-17) pins 5930f757, which that snapshot lacks';
const NEXTCLOUD =
  'nextcloud/docker @ 4de1eed6 (2026-07-23), the newest commit available; official-images library/nextcloud @ 37079fb3 (entry of 2026-08-14) pins 40916c0c, which that snapshot lacks';
const ERLANG =
  'erlang/docker-erlang-otp @ 023b069b (2026-07-28), the newest commit available; official-images library/erlang @ 37079fb3 (entry of 2026-08-19) pins 097d328c, which that snapshot lacks';
const COMPOSER =
  'composer/docker @ e1056b5b (2026-07-02), the newest commit available; official-images library/composer @ 37079fb3 (entry of 2026-07-06) pins 318e1686, which that snapshot lacks';

const MEDIAWIKI =
  'wikimedia/mediawiki-docker @ 618c79d (2026-07-01), the newest commit available; official-images library/mediawiki @ 37079fb3 (entry of 2026-08-03) pins 9001094c, which that snapshot lacks';
const RABBITMQ =
  'docker-library/rabbitmq @ 9193c1d (2026-06-15), the newest commit available; official-images library/rabbitmq @ 37079fb3 (entry of 2026-08-21) pins f02157ee (4.3), fe08e885 (4.3 management), 64098758 (4.1) and 3e83591a (4.1 management), which that snapshot lacks';

const CADDY =
  'caddyserver/caddy-docker @ 03d78cdc (2026-03-05), the newest commit available; official-images library/caddy @ 37079fb3 (entry of 2026-06-03) pins fba28535, which that snapshot lacks; Alpine 3.24 first appears in official-images library/alpine on 2026-06-15 (6998e7c6), after that pin, so the pinned files could name no newer Alpine';
const WEBSPHERE_LIBERTY =
  'WASdev/ci.docker @ 71fe9864 (2026-07-14), the newest commit available; official-images library/websphere-liberty @ 37079fb3 (entry of 2026-08-17) pins a later commit, which that snapshot lacks';

const pins: Record<string, { source: string; lines: LaterPin[] }> = {
  caddy: {
    source: CADDY,
    lines: [
      {
        image: 'caddy',
        tags: '2.11.4-alpine 2.11-alpine 2-alpine alpine',
        base: 'alpine:3.23',
        read: '2.11/alpine/Dockerfile: FROM alpine:3.23 in all 6 versions since 33c593c (2025-12-04)',
      },
      {
        // Shared with the Windows images; on Linux these are the Alpine image above.
        image: 'caddy',
        tags: '2.11.4 2.11 2 latest',
        base: 'alpine:3.23',
        read: '2.11/alpine/Dockerfile: FROM alpine:3.23 in all 6 versions since 33c593c (2025-12-04) (SharedTags of the 2.11/alpine entry)',
      },
      {
        image: 'caddy',
        tags: '2.11.4-builder-alpine 2.11-builder-alpine 2-builder-alpine builder-alpine',
        base: 'alpine:3.23',
        read: '2.11/builder/Dockerfile: FROM golang:1.25-alpine3.23 (3 versions), golang:1.26-alpine3.23 (3, the newest) since 33c593c (2025-12-04)',
      },
      {
        image: 'caddy',
        tags: '2.11.4-builder 2.11-builder 2-builder builder',
        base: 'alpine:3.23',
        read: '2.11/builder/Dockerfile: FROM golang:1.25-alpine3.23 (3 versions), golang:1.26-alpine3.23 (3, the newest) since 33c593c (2025-12-04) (SharedTags of the 2.11/builder entry)',
      },
    ],
  },
  'websphere-liberty': {
    source: WEBSPHERE_LIBERTY,
    lines: [
      // ibmjava:8-jre is itself an official tag: it is read as the generated history describes it now.
      {
        image: 'websphere-liberty',
        tags: 'kernel kernel-java8-ibmjava',
        base: 'ibmjava:8-jre',
        read: 'ga/latest/kernel/Dockerfile.ubuntu.ibmjava8: FROM ibmjava:8-jre in all 150 versions since a5287b6 (2019-11-04)',
        allMoving: true,
      },
      {
        image: 'websphere-liberty',
        tags: 'full latest full-java8-ibmjava',
        base: 'websphere-liberty:kernel',
        read: 'ga/latest/full/Dockerfile.ubuntu.ibmjava8: FROM websphere-liberty:kernel (or kernel-java8-ibmjava, or ARG PARENT_IMAGE=websphere-liberty … :kernel) in all 17 versions since 2019-11-04',
        allMoving: true,
      },
    ],
  },
  odoo: {
    source: ODOO,
    lines: [
      {
        image: 'odoo',
        tags: '19.0-20260817 19.0 19 latest',
        base: 'ubuntu:noble',
        read: '19.0/Dockerfile: FROM ubuntu:noble in all 25 versions since 94045927 (2025-09-18)',
      },
      {
        image: 'odoo',
        tags: '18.0-20260817 18.0 18',
        base: 'ubuntu:noble',
        read: '18.0/Dockerfile: FROM ubuntu:noble in all 52 versions since 282f5a37 (2024-10-07)',
      },
      {
        image: 'odoo',
        tags: '17.0-20260817 17.0 17',
        base: 'ubuntu:jammy',
        read: '17.0/Dockerfile: FROM ubuntu:jammy in all 82 versions since 37a68eed (2023-11-13)',
      },
    ],
  },
  nextcloud: {
    source: NEXTCLOUD,
    lines: [
      {
        image: 'nextcloud',
        tags: '34.0.3-apache 34.0-apache 34-apache apache stable-apache production-apache 34.0.3 34.0 34 latest stable production',
        base: 'php:8.5-apache-trixie',
        read: '34/apache/Dockerfile: FROM php:8.4-apache-trixie (1 version), php:8.5-apache-trixie (3, newest) since 1ef15fb3 (2026-06-08)',
      },
      {
        image: 'nextcloud',
        tags: '34.0.3-fpm 34.0-fpm 34-fpm fpm stable-fpm production-fpm',
        base: 'php:8.5-fpm-trixie',
        read: '34/fpm/Dockerfile: FROM php:8.4-fpm-trixie (1), php:8.5-fpm-trixie (3, newest)',
      },
      {
        image: 'nextcloud',
        tags: '34.0.3-fpm-alpine 34.0-fpm-alpine 34-fpm-alpine fpm-alpine stable-fpm-alpine production-fpm-alpine',
        base: 'php:8.5-fpm-alpine3.24',
        read: '34/fpm-alpine/Dockerfile: FROM php:8.4-fpm-alpine3.23 (1), php:8.4-fpm-alpine3.24 (1), php:8.5-fpm-alpine3.24 (3, newest)',
      },
      {
        image: 'nextcloud',
        tags: '33.0.8-apache 33.0-apache 33-apache 33.0.8 33.0 33',
        base: 'php:8.4-apache-trixie',
        read: '33/apache/Dockerfile: FROM php:8.3-apache-trixie (1), php:8.4-apache-trixie (9, newest)',
      },
      {
        image: 'nextcloud',
        tags: '33.0.8-fpm 33.0-fpm 33-fpm',
        base: 'php:8.4-fpm-trixie',
        read: '33/fpm/Dockerfile: FROM php:8.3-fpm-trixie (1), php:8.4-fpm-trixie (9, newest)',
      },
      {
        image: 'nextcloud',
        tags: '33.0.8-fpm-alpine 33.0-fpm-alpine 33-fpm-alpine',
        base: 'php:8.4-fpm-alpine3.24',
        read: '33/fpm-alpine/Dockerfile: newest FROM php:8.4-fpm-alpine3.24',
      },
      {
        image: 'nextcloud',
        tags: '32.0.14-apache 32.0-apache 32-apache 32.0.14 32.0 32',
        base: 'php:8.3-apache-trixie',
        read: '32/apache/Dockerfile: FROM php:8.3-apache-trixie in all 21 versions',
      },
      {
        image: 'nextcloud',
        tags: '32.0.14-fpm 32.0-fpm 32-fpm',
        base: 'php:8.3-fpm-trixie',
        read: '32/fpm/Dockerfile: FROM php:8.3-fpm-trixie in all 21 versions',
      },
      {
        image: 'nextcloud',
        tags: '32.0.14-fpm-alpine 32.0-fpm-alpine 32-fpm-alpine',
        base: 'php:8.3-fpm-alpine3.24',
        read: '32/fpm-alpine/Dockerfile: newest FROM php:8.3-fpm-alpine3.24',
      },
    ],
  },
  erlang: {
    source: ERLANG,
    lines: [
      {
        image: 'erlang',
        tags: '29.0.5.0 29.0.5 29.0 29 latest',
        base: 'buildpack-deps:trixie',
        read: '29/Dockerfile: FROM buildpack-deps:trixie in all 10 versions since 5acda88 (2026-02-20)',
      },
      {
        image: 'erlang',
        tags: '29.0.5.0-slim 29.0.5-slim 29.0-slim 29-slim slim',
        base: 'debian:trixie',
        read: '29/slim/Dockerfile: FROM debian:trixie in all 11 versions',
      },
      {
        image: 'erlang',
        tags: '29.0.5.0-alpine 29.0.5-alpine 29.0-alpine 29-alpine alpine',
        base: 'alpine:3.24',
        read: '29/alpine/Dockerfile: FROM alpine:3.23 (8), alpine:3.24 (4, newest)',
      },
      {
        image: 'erlang',
        tags: '28.5.0.5 28.5.0 28.5 28',
        base: 'buildpack-deps:trixie',
        read: '28/Dockerfile: FROM buildpack-deps:bookworm (8), buildpack-deps:trixie (12, newest)',
      },
      {
        image: 'erlang',
        tags: '28.5.0.5-slim 28.5.0-slim 28.5-slim 28-slim',
        base: 'debian:trixie',
        read: '28/slim/Dockerfile: FROM debian:bookworm (8), debian:trixie (13, newest)',
      },
      {
        image: 'erlang',
        tags: '28.5.0.5-alpine 28.5.0-alpine 28.5-alpine 28-alpine',
        base: 'alpine:3.24',
        read: '28/alpine/Dockerfile: newest FROM alpine:3.24',
      },
      {
        image: 'erlang',
        tags: '27.3.4.16 27.3.4 27.3 27',
        base: 'buildpack-deps:bookworm',
        read: '27/Dockerfile: FROM buildpack-deps:bookworm in all 31 versions since 535a0dc (2024-02-21)',
      },
      {
        image: 'erlang',
        tags: '27.3.4.16-slim 27.3.4-slim 27.3-slim 27-slim',
        base: 'debian:bookworm',
        read: '27/slim/Dockerfile: FROM debian:bookworm in all 31 versions',
      },
      {
        image: 'erlang',
        tags: '27.3.4.16-alpine 27.3.4-alpine 27.3-alpine 27-alpine',
        base: 'alpine:3.24',
        read: '27/alpine/Dockerfile: newest FROM alpine:3.24',
      },
      {
        image: 'erlang',
        tags: '26.2.5.21-alpine 26.2.5-alpine 26.2-alpine 26-alpine',
        base: 'alpine:3.24',
        read: '26/alpine/Dockerfile: newest FROM alpine:3.24',
      },
    ],
  },
  mediawiki: {
    source: MEDIAWIKI,
    lines: [
      // php:8.3-apache is itself a moving tag: it is read as the generated history describes it now.
      {
        image: 'mediawiki',
        tags: '1.46.0 1.46 latest stable',
        base: 'php:8.3-apache',
        read: '1.46/apache/Dockerfile: FROM php:8.3-apache in both versions since 138744a (2026-06-30)',
      },
      {
        image: 'mediawiki',
        tags: '1.43.9 1.43 lts',
        base: 'php:8.3-apache',
        read: '1.43/apache/Dockerfile: FROM php:8.1-apache (10 versions), php:8.3-apache (7, the newest, since 7356f02 2025-12-16)',
      },
    ],
  },
  rabbitmq: {
    source: RABBITMQ,
    lines: [
      {
        image: 'rabbitmq',
        tags: '4.3.5 4.3 4 latest',
        base: 'ubuntu:24.04',
        read: '4.3/ubuntu/Dockerfile: final FROM ubuntu:24.04 in all 6 versions since 4f94524 (2026-04-22)',
      },
      {
        image: 'rabbitmq',
        tags: '4.3.5-management 4.3-management 4-management management',
        base: 'rabbitmq:4.3',
        read: '4.3/ubuntu/management/Dockerfile: FROM rabbitmq:4.3 in all 4 versions',
      },
      {
        image: 'rabbitmq',
        tags: '4.1.8 4.1',
        base: 'ubuntu:24.04',
        read: '4.1/ubuntu/Dockerfile: final FROM ubuntu:24.04 in all 38 versions since 01055a3 (2025-04-15)',
      },
      {
        image: 'rabbitmq',
        tags: '4.1.8-management 4.1-management',
        base: 'rabbitmq:4.1',
        read: '4.1/ubuntu/management/Dockerfile: FROM rabbitmq:4.1 in all 21 versions',
      },
    ],
  },
  composer: {
    source: COMPOSER,
    lines: [
      // php:8-alpine is itself a moving tag: it is read as the generated history describes it now (Alpine 3.24).
      {
        image: 'composer',
        tags: '2.10.2 2.10 2 latest',
        base: 'php:8-alpine',
        read: 'latest/Dockerfile: FROM php:8-alpine in all 30 versions since 2c5c50a (2024-06-20)',
      },
      {
        image: 'composer',
        tags: '2.2.29 2.2',
        base: 'php:8-alpine',
        read: '2.2/Dockerfile: FROM php:8-alpine in all 32 versions since 61fbaa2 (2021-12-09)',
      },
    ],
  },
};

const tagPattern = (tags: readonly string[]) => new RegExp(`^(?:${tags.map((t) => t.replace(/\./g, '\\.')).join('|')})$`);

function lineRules(source: string, l: LaterPin): ImageTagRule[] {
  const [exact, ...moving] = l.tags.split(' ');
  const rule = (id: string, tags: string[]): ImageTagRule => ({
    id: `${l.image}/later-pin/${id}`,
    repositories: [`docker.io/library/${l.image}`],
    tag: tagPattern(tags),
    base: l.base,
    source: `${source}: ${l.read}`,
    note: `{image} as published now pins a commit later than the newest one read here; its Dockerfile was read at that newest commit (see the source).`,
  });
  if (l.allMoving) return [{ ...rule(exact, [exact, ...moving]), moving: {} }];
  // The most specific tag names one release of the image; the others move with the line.
  return [rule(exact, [exact]), { ...rule(`${exact}/moving`, moving), moving: { pin: `${l.image}:${exact}` } }];
}

/** Rules for the lines above, before the derived-image rules (whose unrecorded-line rules would answer first). */
export const laterPinRules: ImageTagRule[] = Object.values(pins).flatMap(({ source, lines }) => lines.flatMap((l) => lineRules(source, l)));
