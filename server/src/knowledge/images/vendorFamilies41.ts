/**
 * Non-official image families of issue #17, forty-first file (the unknowns that recur across base-image samples 1–28):
 * Mastodon's tootsuite/mastodon release images v1.6.0 … v3.4.1 (the final FROM of the Dockerfile at each git tag),
 * condaforge/mambaforge, mambaforge-pypy3 and miniforge-pypy3 (Ubuntu 20.04 for every tag pushed, 2021–2025), and,
 * as honest unknowns naming their build files, tootsuite/mastodon tags after the snapshot read, and
 * jjanzic/docker-python3-opencv (FROM the moving python:3.6 / 3.7 / 3.9 tags).
 * Same rules as vendorFamilies2.ts … vendorFamilies39.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';
import { exactTagPattern } from './vendors';

// --- tootsuite/mastodon (mastodon/mastodon, formerly tootsuite/mastodon) -------------------------------------------------------
// The image of a release is tagged with its git tag (chart/values.yaml: tag v3.3.0 for appVersion 3.3.0; README links the
// Docker Hub repository tootsuite/mastodon). Each tag is read as built from the Dockerfile at that git tag; its final FROM:
// ruby:<v>-alpine<X.Y> (the tag names its Alpine) for v1.6.0 … v2.7.4, ubuntu:18.04 for v2.8.0 … v3.1.5 (CHANGELOG 2.8.0:
// "Change Docker image to use Ubuntu with jemalloc"), ubuntu:20.04 for v3.2.0 … v3.4.1. Left out: v0.x–v1.5.1 (FROM ruby:2.x
// or ruby:2.4.1-alpine, tags that name no Debian or Alpine release), the moving latest/edge, and tags after the snapshot.
const MASTODON =
  'tootsuite/mastodon @ e9659ae0 (2021-07-23): final FROM of Dockerfile at each of the 126 git tags v1.6.0 … v3.4.1 (ruby:2.4.1-alpine3.6 … ruby:2.6-alpine3.8 to v2.7.4, ubuntu:18.04 v2.8.0rc1 … v3.1.5, ubuntu:20.04 v3.2.0rc1 … v3.4.1); chart/values.yaml (image tootsuite/mastodon, tag v3.3.0 for chart appVersion 3.3.0; latest = latest release, edge = most recent commit); CHANGELOG.md 2.8.0 ("Change Docker image to use Ubuntu with jemalloc")';

const MASTODON_BASES: Readonly<Record<string, string>> = {
  'ruby:2.4.1-alpine3.6': '1.6.0rc1 1.6.0rc2 1.6.0rc3 1.6.0rc4 1.6.0rc5 1.6.0 1.6.1',
  'ruby:2.4.2-alpine3.6':
    '2.0.0rc1 2.0.0rc2 2.0.0rc3 2.0.0rc4 2.0.0 2.1.0rc1 2.1.0rc2 2.1.0rc3 2.1.0rc4 2.1.0rc5 2.1.0rc6 2.1.0 2.1.1 2.1.2 2.1.3',
  'ruby:2.5.0-alpine3.7':
    '2.2.0rc1 2.2.0rc2 2.2.0 2.3.0rc1 2.3.0rc2 2.3.0rc3 2.3.0 2.3.1rc1 2.3.1rc2 2.3.1rc3 2.3.1',
  'ruby:2.4.3-alpine3.6': '2.3.2rc1 2.3.2rc2 2.3.2rc3 2.3.2rc4 2.3.2rc5 2.3.2 2.3.3',
  'ruby:2.4.4-alpine3.6':
    '2.4.0rc1 2.4.0rc2 2.4.0rc3 2.4.0rc4 2.4.0rc5 2.4.0 2.4.1rc1 2.4.1rc2 2.4.1rc3 2.4.1rc4 2.4.1 2.4.2rc1 2.4.2rc2 2.4.2rc3 2.4.2 2.4.3rc1 2.4.3rc2 2.4.3rc3 2.4.3 2.4.4 2.4.5 2.5.0rc1 2.5.0rc2 2.5.0 2.5.1 2.5.2',
  'ruby:2.4.4-alpine3.7': '2.6.0rc1',
  'ruby:2.4.5-alpine3.8': '2.6.0rc2 2.6.0rc3 2.6.0rc4 2.6.0 2.6.1 2.6.2 2.6.3 2.6.4 2.6.5 2.7.0rc1',
  'ruby:2.6-alpine3.8': '2.7.0rc2 2.7.0rc3 2.7.0 2.7.1 2.7.2 2.7.3 2.7.4',
  'ubuntu:18.04':
    '2.8.0rc1 2.8.0rc2 2.8.0rc3 2.8.0 2.8.1 2.8.2 2.8.3 2.8.4 2.9.0rc1 2.9.0rc2 2.9.0 2.9.1 2.9.2 2.9.3 2.9.4 3.0.0rc1 3.0.0rc2 3.0.0rc3 3.0.0 3.0.1 3.0.2 3.1.0rc1 3.1.0rc2 3.1.0 3.1.1 3.1.2 3.1.3 3.1.4 3.1.5',
  'ubuntu:20.04': '3.2.0rc1 3.2.0rc2 3.2.0 3.2.1 3.2.2 3.3.0rc1 3.3.0rc2 3.3.0rc3 3.3.0 3.4.0rc1 3.4.0rc2 3.4.0 3.4.1',
};

const mastodonRules: ImageTagRule[] = [
  {
    id: 'mastodon/release',
    repositories: ['docker.io/tootsuite/mastodon'],
    tag: /^v(?<v>\d+\.\d+\.\d+(?:rc\d+)?)$/,
    base: { group: 'v', map: byVersion(MASTODON_BASES) },
    source: MASTODON,
  },
  {
    id: 'mastodon/unread',
    repositories: ['docker.io/tootsuite/mastodon'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag whose Dockerfile was read: the snapshot read ends at v3.4.1 (2021-07-23) and later releases’ Dockerfiles were not read, latest and edge move, and v0.x–v1.5.1 were FROM ruby tags that name no distribution release',
    source: MASTODON,
  },
];

// --- condaforge/mambaforge, mambaforge-pypy3, miniforge-pypy3 (conda-forge/miniforge-images) ------------------------------------
// The same pipeline as condaforge/miniforge3 (vendorFamilies10.ts) pushed these three images, :latest and :<MINIFORGE_VERSION>,
// from ubuntu/Dockerfile with the matrix's name, from .github/workflows/ci.yml (2021-02-07) and azure-pipelines.yml (from
// 2021-02-13) until 18d23d3 (2025-01-24, "Drop mambaforge and pypy images"). ubuntu/Dockerfile is FROM ubuntu:focal-<date> on
// every commit of that span, so every tag they pushed is Ubuntu 20.04; latest no longer moves.
const MAMBAFORGE =
  'conda-forge/miniforge-images @ 841e405 (2026-07-01): .github/workflows/ci.yml @ e59fac2 (2021-02-07) and azure-pipelines.yml @ 11422dd … 18d23d3^ (matrix Mambaforge, Mambaforge-pypy3, Miniforge-pypy3; on master: docker buildx build -f ubuntu/Dockerfile -t ${registry}condaforge/${MINIFORGE_NAME/M/m}:latest and :${MINIFORGE_VERSION} --push, registry "" and quay.io/); 18d23d3 (2025-01-24) "Drop mambaforge and pypy images"; ubuntu/Dockerfile FROM ubuntu:focal-20210119 … focal-20241011 on every commit from e59fac2 to 18d23d3';
const MAMBAFORGE_REPOS = ['mambaforge', 'mambaforge-pypy3', 'miniforge-pypy3'].flatMap((name) => [
  `docker.io/condaforge/${name}`,
  `quay.io/condaforge/${name}`,
]);
/** Every MINIFORGE_VERSION the matrix gave these images, 2021-02-07 … 2025-01-24. */
const MAMBAFORGE_VERSIONS =
  '4.9.2-5 4.9.2-7 4.10.0-0 4.10.1-0 4.10.2-0 4.10.3-1 4.10.3-2 4.10.3-3 4.10.3-4 4.10.3-5 4.10.3-6 4.10.3-7 4.10.3-9 4.10.3-10 4.11.0-0 4.11.0-2 4.11.0-4 4.12.0-0 4.12.0-2 4.13.0-1 4.14.0-0 22.9.0-0 22.9.0-1 22.9.0-2 22.9.0-3 22.11.1-4 23.1.0-1 23.1.0-2 23.1.0-3 23.1.0-4 23.3.1-0 23.3.1-1 23.11.0-0 24.1.2-0 24.3.0-0 24.7.1-0 24.7.1-2 24.9.0-0 24.9.2-0';

const mambaforgeRules: ImageTagRule[] = [
  {
    id: 'mambaforge/version',
    repositories: MAMBAFORGE_REPOS,
    tag: exactTagPattern(MAMBAFORGE_VERSIONS),
    base: 'ubuntu:20.04',
    source: MAMBAFORGE,
  },
  {
    id: 'mambaforge/latest',
    repositories: MAMBAFORGE_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    frozen: 'last pushed by the master build before 18d23d3 (2025-01-24) dropped the image (Miniforge 24.9.2-0 FROM ubuntu:focal-20241011)',
    source: MAMBAFORGE,
  },
  {
    id: 'mambaforge/other',
    repositories: MAMBAFORGE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version the miniforge-images pipeline pushed between 2021-02-07 and the image’s end (2025-01-24); earlier tags came from builds not in the history read',
    source: MAMBAFORGE,
  },
];

// --- jjanzic/docker-python3-opencv (janza/docker-python3-opencv) -----------------------------------------------------------------
// Built by Docker Hub from the repository's git tags (README: opencv-<version> tags, the latest branch); every Dockerfile is FROM
// a moving python:<major.minor> tag, whose Debian release depends on the day of the build, which nothing read records.
const JANZA =
  'janza/docker-python3-opencv @ e9deac7 (2021-02-19): Dockerfile at every git tag opencv-3.2.0 … opencv-4.1.0 and contrib-opencv-* (FROM python:3.6 to 2018-03, python:3.7 from 2018-08), master FROM python:3.9; README (tags opencv-<version>, contrib-opencv-<version>, latest from the latest branch)';

const unknownRules: ImageTagRule[] = [
  {
    id: 'jjanzic-opencv/moving-python',
    repositories: ['docker.io/jjanzic/docker-python3-opencv'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM a moving python:3.x tag (python:3.6, 3.7, later 3.9) on the day Docker Hub built it; which Debian release that tag named then is not recorded',
    source: JANZA,
  },
];

export const vendorFamily41Rules: readonly ImageTagRule[] = [...mastodonRules, ...mambaforgeRules, ...unknownRules];
