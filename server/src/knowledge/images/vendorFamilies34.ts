/**
 * Non-official image families of issue #17, thirty-fourth file: texlive/texlive's weekly `latest` tags (FROM the project's
 * base image, FROM debian:testing-slim).
 * Same rules as vendorFamilies2.ts … vendorFamilies33.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- texlive/texlive latest (Island of TeX) -------------------------------------------------------------------------------
// README.md: the CI is "scheduled to rebuild all Docker images weekly", so `latest` is at most a week old, and the
// latest-<scheme>[-doc][-src] tags are the same builds per TeX Live scheme. Dockerfile is FROM …/texlive:base, built from
// Dockerfile.base, FROM debian:testing-slim in every version since 01f6bfb (2019-10-06; debian:sid before). So `latest`
// carries Debian testing as the weekly build pulled it: today the testing suite after Debian 13 (trixie, released
// 2025-08-09), forky, as debian:testing-slim names it now. The dated TL<year>-<date> and historic year tags are not
// resolved here (vendorFamilies27.ts keeps them unknown).
const TEXLIVE =
  'islandoftex/texlive @ ba6770b (2026-06-26, the GitHub mirror of gitlab.com/islandoftex/images/texlive): README.md ("Our continuous integration is scheduled to rebuild all Docker images weekly"; latest-{minimal,basic,small,medium,full,context}[-doc][-src], latest-{,doc,src,doc-src} = latest-full-…), .gitlab-ci.yml (DOCKER_HUB_IMAGE: texlive/texlive; build:baseimage, build:latest), Dockerfile (FROM registry.gitlab.com/islandoftex/images/texlive:base), every version of Dockerfile.base from 01f6bfb (2019-10-06) to 88b2053 (2025-11-22) (FROM debian:testing, debian:testing-slim from b64ce7f, 2023-09-13)';

/** The weekly `latest` tags: latest, latest-<scheme>, each with -doc, -src or -doc-src. */
export const TEXLIVE_LATEST = /^latest(?:-(?:minimal|basic|small|medium|full|context))?(?:-doc)?(?:-src)?$/;

const texliveRules: ImageTagRule[] = [
  {
    id: 'texlive/latest-weekly',
    repositories: ['docker.io/texlive/texlive', 'registry.gitlab.com/islandoftex/images/texlive'],
    tag: TEXLIVE_LATEST,
    base: 'debian:testing-slim',
    moving: {
      means:
        'the newest weekly build of TeX Live, FROM the project’s base image, FROM debian:testing-slim (Dockerfile.base as of the commit read, 2026-06-26): Debian testing, forky since Debian 13 was released on 2025-08-09',
    },
    source: TEXLIVE,
  },
];

export const vendorFamily34Rules: readonly ImageTagRule[] = [...texliveRules];
