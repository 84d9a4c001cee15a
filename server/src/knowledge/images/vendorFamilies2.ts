/**
 * Non-official image families of issue #17 whose base their own build files fix at a pinned commit (second file of
 * vendor families; thirdParty.ts states the rules of the game: a version tag resolves only where every build that
 * pushed it used the same base, moving tags say so and name a pin, the rest stays unknown with the reason).
 * Registered before the families' older catch-all rules (thirdParty.ts `conda/not-current`, popular.ts
 * `deno/versioned`), so a tag these tables do not list still falls through to those honest unknowns.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- Miniconda / Anaconda before the release-tag workflows (ContinuumIO/docker-images) ---------------------------
// Until 2020-10 a Concourse pipeline (ci/build-docker-images.yaml) pushed continuumio/{miniconda,miniconda3,anaconda3}
// from <name>/debian with tag_as_latest and the tag named in ci/<name>-debian. Every version of miniconda3/debian and
// anaconda3/debian/Dockerfile from 2019-06-19 (cac3352, "Slim down debian images") to 2021-09-06 (0ed950e, "Upgrade to
// bullseye") is FROM debian:buster-slim, so every build of the versions they install in that span (Miniconda3 4.7.10 …
// 4.10.3, Anaconda3 2019.07 … 2021.05) is buster, whoever pushed it; earlier files were FROM debian:latest (a moving tag)
// and are not listed. continuumio/miniconda (Python 2) stopped at 4.7.12 (ci/miniconda-debian, 79af053); its file was
// FROM debian:buster-slim from then until it was removed (712cf37, 2021-05-05), so its latest is that build.
const CONDA_OLD =
  'ContinuumIO/docker-images @ dc64b234 (2024-07-02): ci/build-docker-images.yaml @ 79af053 (Concourse: put continuumio/<name> build <name>/debian, tag_file ci/<name>-debian, tag_as_latest); miniconda3/debian/Dockerfile and anaconda3/debian/Dockerfile FROM debian:buster-slim in every version from cac3352 (2019-06-19) to 64514eb (2021-07-21), installing Miniconda3 4.7.10, 4.7.12 (79af053), 4.8.3 (b44e628), 4.9.2 (af92b68 … 37af1cf), 4.10.3 (64514eb) and Anaconda3 2019.07, 2019.10, 2020.02, 2020.07, 2020.11 (edc2451), 2021.04, 2021.05; bullseye from 0ed950e (2021-09-06); miniconda/debian/Dockerfile (Miniconda2) FROM debian:buster-slim from cac3352 to its removal in 712cf37 (2021-05-05), last version 4.7.12';
const condaOldRules: ImageTagRule[] = [
  {
    id: 'conda-old/miniconda3-buster',
    repositories: ['docker.io/continuumio/miniconda3'],
    tag: /^(?:4\.7\.10|4\.7\.12|4\.8\.3|4\.9\.2)$/,
    base: 'debian:buster-slim',
    variant: 'slim',
    source: CONDA_OLD,
  },
  {
    id: 'conda-old/anaconda3-buster',
    repositories: ['docker.io/continuumio/anaconda3'],
    tag: /^(?:2019\.07|2019\.10|2020\.02|2020\.07|2020\.11|2021\.04|2021\.05)$/,
    base: 'debian:buster-slim',
    variant: 'slim',
    source: CONDA_OLD,
  },
  {
    id: 'conda-old/miniconda-py2',
    repositories: ['docker.io/continuumio/miniconda'],
    tag: /^(?:latest|4\.7\.10|4\.7\.12)$/,
    base: 'debian:buster-slim',
    variant: 'slim',
    source: CONDA_OLD,
    frozen:
      'is no longer built: continuumio/miniconda (Python 2) stopped at Miniconda2 4.7.12 and its build file was removed on 2021-05-05, so the tag still pulls that last build',
  },
];

// --- Deno version tags (denoland/deno_docker) --------------------------------------------------------------------
// From 1.10.3 on, .github/workflows/ci.yml runs on the push of a release tag and pushes <kind>-<tag> (and <tag> for
// debian) built from <kind>.dockerfile at that tag. Where the file names a moving tag (debian:stable-slim,
// alpine:latest) the build got what it meant on the tag's commit date: Debian stable and the newest Alpine by their
// release dates (debian.ts, alpine.ts); a tag dated less than 7 days after such a release is left out (the moving tag
// may not have moved yet). frolvlad/alpine-glibc:alpine-3.X is alpine:3.X plus a glibc package (its alpine-3.X
// branches and the master commits that moved it, FROM alpine:3.X). distroless.dockerfile names gcr.io/distroless/cc, whose Debian by date is not recorded, and
// tags before 1.10.3 were not pushed by the workflow: those stay unknown (popular.ts `deno/versioned`).
const DENO_TAGS =
  'denoland/deno_docker @ b7864b72 (2026-07-01), every release tag 1.10.3 … 2.9.1: .github/workflows/ci.yml at the tag (on a tag: push denoland/deno:<kind>-<tag>, and <tag> + latest for debian), last FROM of debian.dockerfile (debian:stable-slim), alpine.dockerfile (frolvlad/alpine-glibc:alpine-3.13 from 1.13.1, alpine-3.17 from 1.29.3, alpine-3.18 1.40.4–1.40.5, alpine:latest from 1.41.0), ubuntu.dockerfile (ubuntu:20.04, ubuntu:22.04 from 1.43.2) at the tag; the tag commit date; Debian and Alpine release dates; Docker-Hub-frolvlad/docker-alpine-glibc @ 33dafb10 (branches alpine-3.13_glibc-2.32/2.33 FROM alpine:3.13, master 1e5a878 alpine:3.13, ce0f46a alpine:3.17, badcfe6 alpine:3.18)';
const DENO_REPOS = ['docker.io/denoland/deno', 'ghcr.io/denoland/deno'];
const DENO_VERSIONS: Readonly<Record<'debian' | 'alpine' | 'ubuntu', Readonly<Record<string, string>>>> = {
  debian: {
    'debian:buster-slim': '1.10.3 1.11.0 1.11.1 1.11.2 1.11.3 1.11.4 1.11.5 1.12.0 1.12.1 1.12.2 1.13.0',
    'debian:bullseye-slim':
      '1.13.2 1.14.0 1.14.1 1.14.2 1.14.3 1.15.0 1.15.1 1.15.2 1.15.3 1.16.0 1.16.1 1.16.2 1.16.3 1.16.4 1.17.0 1.17.1 1.17.2 1.17.3 1.18.0 1.18.1 1.18.2 1.19.0 1.19.1 1.19.2 1.19.3 1.20.1 1.20.2 1.20.3 1.20.4 1.20.5 1.20.6 1.21.0 1.21.1 1.21.2 1.21.3 1.22.0 1.22.1 1.22.2 1.22.3 1.23.0 1.23.1 1.23.2 1.23.3 1.23.4 1.24.0 1.24.1 1.24.2 1.24.3 1.25.0 1.25.1 1.25.2 1.25.3 1.25.4 1.26.0 1.26.1 1.26.2 1.27.0 1.27.1 1.27.2 1.28.0 1.28.1 1.28.2 1.28.3 1.29.0 1.29.1 1.29.2 1.29.3 1.29.4 1.30.0 1.30.1 1.30.2 1.30.3 1.31.0 1.31.1 1.31.2 1.31.3 1.32.0 1.32.1 1.32.2 1.32.3 1.32.4 1.32.5 1.33.0 1.33.1 1.33.2 1.33.3 1.33.4 1.34.0 1.34.1 1.34.2',
    'debian:bookworm-slim':
      '1.35.0 1.35.1 1.35.2 1.35.3 1.36.0 1.36.1 1.36.2 1.36.3 1.36.4 1.37.0 1.37.1 1.37.2 1.38.0 1.38.1 1.38.2 1.38.3 1.38.4 1.38.5 1.39.0 1.39.1 1.39.2 1.39.3 1.39.4 1.40.0 1.40.1 1.40.2 1.40.3 1.40.4 1.40.5 1.41.0 1.41.1 1.41.2 1.41.3 1.42.0 1.42.1 1.42.2 1.42.3 1.42.4 1.43.0 1.43.1 1.43.2 1.43.3 1.43.4 1.43.5 1.43.6 1.44.0 1.44.1 1.44.2 1.44.3 1.44.4 1.45.0 1.45.1 1.45.2 1.45.3 1.45.4 1.45.5 1.46.0 1.46.1 1.46.2 1.46.3 2.0.0 2.0.0-rc.0 2.0.0-rc.1 2.0.0-rc.2 2.0.0-rc.3 2.0.0-rc.5 2.0.0-rc.6 2.0.0-rc.7 2.0.0-rc.8 2.0.0-rc.9 2.0.0-rc.10 2.0.1 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.1.5 2.1.6 2.1.7 2.1.8 2.1.9 2.1.10 2.1.11 2.1.12 2.1.13 2.2.0 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.2.7 2.2.8 2.2.9 2.2.10 2.2.11 2.2.12 2.2.13 2.2.14 2.3.0 2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.3.6 2.3.7 2.4.0 2.4.1 2.4.2 2.4.3',
    'debian:trixie-slim':
      '2.2.15 2.4.5 2.5.0 2.5.1 2.5.2 2.5.3 2.5.4 2.5.5 2.5.6 2.5.7 2.6.0 2.6.1 2.6.2 2.6.3 2.6.4 2.6.5 2.6.6 2.6.7 2.6.8 2.6.9 2.6.10 2.7.0 2.7.1 2.7.2 2.7.3 2.7.4 2.7.5 2.7.6 2.7.7 2.7.8 2.7.9 2.7.10 2.7.11 2.7.12 2.7.13 2.7.14 2.8.0 2.8.1 2.8.2 2.8.3 2.9.0 2.9.1',
  },
  alpine: {
    'alpine:3.13':
      '1.13.1 1.13.2 1.14.0 1.14.1 1.14.2 1.14.3 1.15.0 1.15.1 1.15.2 1.15.3 1.16.0 1.16.1 1.16.2 1.16.3 1.16.4 1.17.0 1.17.1 1.17.2 1.17.3 1.18.0 1.18.1 1.18.2 1.19.0 1.19.1 1.19.2 1.19.3 1.20.1 1.20.2 1.20.3 1.20.4 1.20.5 1.20.6 1.21.0 1.21.1 1.21.2 1.21.3 1.22.0 1.22.1 1.22.2 1.22.3 1.23.0 1.23.1 1.23.2 1.23.3 1.23.4 1.24.0 1.24.1 1.24.2 1.24.3 1.25.0 1.25.1 1.25.2 1.25.3 1.25.4 1.26.0 1.26.1 1.26.2 1.27.0 1.27.1 1.27.2 1.28.0 1.28.1 1.28.2 1.28.3 1.29.0 1.29.1 1.29.2',
    'alpine:3.17':
      '1.29.3 1.29.4 1.30.0 1.30.1 1.30.2 1.30.3 1.31.0 1.31.1 1.31.2 1.31.3 1.32.0 1.32.1 1.32.2 1.32.3 1.32.4 1.32.5 1.33.0 1.33.1 1.33.2 1.33.3 1.33.4 1.34.0 1.34.1 1.34.2 1.34.3 1.35.0 1.35.1 1.35.2 1.35.3 1.36.0 1.36.1 1.36.2 1.36.3 1.36.4 1.37.0 1.37.1 1.37.2 1.38.0 1.38.1 1.38.2 1.38.3 1.38.4 1.38.5 1.39.0 1.39.1 1.39.2 1.39.3 1.39.4 1.40.0 1.40.1 1.40.2 1.40.3',
    'alpine:3.18': '1.40.4 1.40.5',
    'alpine:3.19': '1.41.0 1.41.1 1.41.2 1.41.3 1.42.0 1.42.1 1.42.2 1.42.3 1.42.4 1.43.0 1.43.1 1.43.2 1.43.3 1.43.4 1.43.5',
    'alpine:3.20':
      '1.44.0 1.44.1 1.44.2 1.44.3 1.44.4 1.45.0 1.45.1 1.45.2 1.45.3 1.45.4 1.45.5 1.46.0 1.46.1 1.46.2 1.46.3 2.0.0 2.0.0-rc.0 2.0.0-rc.1 2.0.0-rc.2 2.0.0-rc.3 2.0.0-rc.5 2.0.0-rc.6 2.0.0-rc.7 2.0.0-rc.8 2.0.0-rc.9 2.0.0-rc.10 2.0.1 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.1.0 2.1.1 2.1.2',
    'alpine:3.21':
      '2.1.5 2.1.6 2.1.7 2.1.8 2.1.9 2.1.10 2.1.11 2.1.12 2.1.13 2.2.0 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.2.7 2.2.8 2.2.9 2.2.10 2.2.11 2.2.12 2.2.13 2.3.0 2.3.1 2.3.2 2.3.3',
    'alpine:3.22': '2.2.14 2.2.15 2.3.6 2.3.7 2.4.0 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.5.0 2.5.1 2.5.2 2.5.3 2.5.4 2.5.5 2.5.6',
    'alpine:3.23':
      '2.5.7 2.6.1 2.6.2 2.6.3 2.6.4 2.6.5 2.6.6 2.6.7 2.6.8 2.6.9 2.6.10 2.7.0 2.7.1 2.7.2 2.7.3 2.7.4 2.7.5 2.7.6 2.7.7 2.7.8 2.7.9 2.7.10 2.7.11 2.7.12 2.7.13 2.7.14 2.8.0 2.8.1 2.8.2',
    'alpine:3.24': '2.9.0 2.9.1',
  },
  ubuntu: {
    'ubuntu:20.04':
      '1.10.3 1.11.0 1.11.1 1.11.2 1.11.3 1.11.4 1.11.5 1.12.0 1.12.1 1.12.2 1.13.0 1.13.1 1.13.2 1.14.0 1.14.1 1.14.2 1.14.3 1.15.0 1.15.1 1.15.2 1.15.3 1.16.0 1.16.1 1.16.2 1.16.3 1.16.4 1.17.0 1.17.1 1.17.2 1.17.3 1.18.0 1.18.1 1.18.2 1.19.0 1.19.1 1.19.2 1.19.3 1.20.1 1.20.2 1.20.3 1.20.4 1.20.5 1.20.6 1.21.0 1.21.1 1.21.2 1.21.3 1.22.0 1.22.1 1.22.2 1.22.3 1.23.0 1.23.1 1.23.2 1.23.3 1.23.4 1.24.0 1.24.1 1.24.2 1.24.3 1.25.0 1.25.1 1.25.2 1.25.3 1.25.4 1.26.0 1.26.1 1.26.2 1.27.0 1.27.1 1.27.2 1.28.0 1.28.1 1.28.2 1.28.3 1.29.0 1.29.1 1.29.2 1.29.3 1.29.4 1.30.0 1.30.1 1.30.2 1.30.3 1.31.0 1.31.1 1.31.2 1.31.3 1.32.0 1.32.1 1.32.2 1.32.3 1.32.4 1.32.5 1.33.0 1.33.1 1.33.2 1.33.3 1.33.4 1.34.0 1.34.1 1.34.2 1.34.3 1.35.0 1.35.1 1.35.2 1.35.3 1.36.0 1.36.1 1.36.2 1.36.3 1.36.4 1.37.0 1.37.1 1.37.2 1.38.0 1.38.1 1.38.2 1.38.3 1.38.4 1.38.5 1.39.0 1.39.1 1.39.2 1.39.3 1.39.4 1.40.0 1.40.1 1.40.2 1.40.3 1.40.4 1.40.5 1.41.0 1.41.1 1.41.2 1.41.3 1.42.0 1.42.1 1.42.2 1.42.3 1.42.4 1.43.0 1.43.1',
    'ubuntu:22.04':
      '1.43.2 1.43.3 1.43.4 1.43.5 1.43.6 1.44.0 1.44.1 1.44.2 1.44.3 1.44.4 1.45.0 1.45.1 1.45.2 1.45.3 1.45.4 1.45.5 1.46.0 1.46.1 1.46.2 1.46.3 2.0.0 2.0.0-rc.0 2.0.0-rc.1 2.0.0-rc.2 2.0.0-rc.3 2.0.0-rc.5 2.0.0-rc.6 2.0.0-rc.7 2.0.0-rc.8 2.0.0-rc.9 2.0.0-rc.10 2.0.1 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.1.5 2.1.6 2.1.7 2.1.8 2.1.9 2.1.10 2.1.11 2.1.12 2.1.13 2.2.0 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.2.7 2.2.8 2.2.9 2.2.10 2.2.11 2.2.12 2.2.13 2.2.14 2.2.15 2.3.0 2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.3.6 2.3.7 2.4.0 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.5.0 2.5.1 2.5.2 2.5.3 2.5.4 2.5.5 2.5.6 2.5.7 2.6.0 2.6.1 2.6.2 2.6.3 2.6.4 2.6.5 2.6.6 2.6.7 2.6.8 2.6.9 2.6.10 2.7.0 2.7.1 2.7.2 2.7.3 2.7.4 2.7.5 2.7.6 2.7.7 2.7.8 2.7.9 2.7.10 2.7.11 2.7.12 2.7.13 2.7.14 2.8.0 2.8.1 2.8.2 2.8.3 2.9.0 2.9.1',
  },
};
const denoVersionRules: ImageTagRule[] = (['debian', 'alpine', 'ubuntu'] as const).flatMap((kind) =>
  exactTagRules(
    DENO_VERSIONS[kind],
    (base) => ({
      id: `deno-version/${kind}-${base}`,
      repositories: DENO_REPOS,
      source: DENO_TAGS,
      ...(kind === 'alpine'
        ? {
            note: 'Deno runs on glibc: from frolvlad/alpine-glibc (the alpine-3.X tags, FROM alpine:3.X) or copied from gcr.io/distroless/cc; the rest of the userland is Alpine (musl).',
          }
        : {}),
    }),
    { prefix: kind === 'debian' ? '(?:debian-)?' : `${kind}-` },
  ),
);

// --- .NET Monitor (mcr.microsoft.com/dotnet/monitor, …/monitor/base; dotnet/dotnet-docker) ----------------------
// manifest.json maps each tag to src/monitor{,-base}/<minor>/<os>/<arch>/Dockerfile, whose final stage is FROM
// mcr.microsoft.com/dotnet/aspnet:<patch>-<os>-<arch>; manifest.versions.json names the product version. Read on every
// commit since 8.1.3 and 9.0.5 (2025-11-10) and 10.0.3 (2026-07-13): the OS of each folder never changed. The bare 8.x
// tags are the ubuntu-chiseled image; 9.x and 10.x have only azurelinux-distroless; cbl-mariner-distroless is an
// older name the 8.1 azurelinux folder still carries.
const MONITOR =
  'dotnet/dotnet-docker @ 3ed00b61 (2026-08-21): manifest.json (dotnet/monitor and dotnet/monitor/base: 8.1 ubuntu-chiseled with the bare $(monitor|8.1|…) tags, 8.1 azurelinux-distroless also tagged cbl-mariner-distroless, 9.0 and 10.0 azurelinux-distroless with the bare tags, 10.0 also latest); manifest.versions.json (monitor 8.1.3 and 9.0.5 since 12a6fa7d/6d8146c8 2025-11-10, 10.0.3 since d65ce3c6 2026-07-13); src/monitor{,-base}/*/*/*/Dockerfile on every commit since 2025-11-01: FROM $REPO:<patch>-jammy-chiseled-<arch> (8.1 ubuntu-chiseled) or -azurelinux3.0-distroless-<arch> (all others)';
const MONITOR_REPOS = ['mcr.microsoft.com/dotnet/monitor', 'mcr.microsoft.com/dotnet/monitor/base'];
const ARCH = '(?:-(?:amd64|arm64v8))?';
/** The aspnet base of each monitor line: (id, fixed version, moving tags, aspnet tag). */
const MONITOR_LINES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['8.1-chiseled', '8\\.1\\.3(?:-ubuntu-chiseled)?', '8(?:\\.1)?(?:-ubuntu-chiseled)?', '8.0-jammy-chiseled'],
  [
    '8.1-azurelinux',
    '8\\.1\\.3-(?:azurelinux|cbl-mariner)-distroless',
    '8(?:\\.1)?-(?:azurelinux|cbl-mariner)-distroless',
    '8.0-azurelinux3.0-distroless',
  ],
  ['9.0', '9\\.0\\.5', '9(?:\\.0)?', '9.0-azurelinux3.0-distroless'],
  ['10.0', '10\\.0\\.3', '10(?:\\.0)?|latest', '10.0-azurelinux3.0-distroless'],
];
const monitorRules: ImageTagRule[] = [
  ...MONITOR_LINES.flatMap(([id, fixed, moving, aspnet]): ImageTagRule[] => [
    {
      id: `dotnet-monitor/${id}`,
      repositories: MONITOR_REPOS,
      tag: new RegExp(`^(?:${fixed})${ARCH}$`),
      base: `mcr.microsoft.com/dotnet/aspnet:${aspnet}`,
      source: MONITOR,
    },
    {
      id: `dotnet-monitor/${id}-moving`,
      repositories: MONITOR_REPOS,
      tag: new RegExp(`^(?:${moving})${ARCH}$`),
      base: `mcr.microsoft.com/dotnet/aspnet:${aspnet}`,
      moving: {},
      source: MONITOR,
    },
  ]),
  {
    id: 'dotnet-monitor/other',
    repositories: MONITOR_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a monitor release whose build files were read (8.1.3, 9.0.5 and 10.0.3 and the tags that move with them); older versions were built on older bases',
    source: MONITOR,
  },
];

// --- microsoft/dotnet on Docker Hub, .NET Core 2.1 (dotnet/dotnet-docker) ------------------------------------------
// Until the move to MCR (bf13dbde, 2019-02-26) manifest.json published microsoft/dotnet; from 2.1 RTM (15105979,
// 2018-05-09) its 2.1 Linux tags (2.1-sdk, 2.1.300-sdk, 2.1-runtime, 2.1-aspnetcore-runtime, 2.1-runtime-deps, their
// -stretch/-stretch-slim forms) were the 2.1/<kind>/stretch(-slim) folders, FROM buildpack-deps:stretch-scm (sdk) or a
// runtime-deps image FROM debian:stretch-slim in every version of those files; the MCR images kept 2.1 on stretch to
// its end (manifest.json @ b7eeae80, 2021-07-22). The repository was removed from Docker Hub on 2021-08-21, which the
// rule's frozen text says next to the release: what they were, and that they no longer pull. Bare sdk/latest (moved
// with each release) are vendorFamilies27.ts's; other 1.x tags are not resolved (popular.ts `microsoft/dotnet/removed`).
const DOTNET_HUB_21 =
  'dotnet/dotnet-docker @ 3ed00b61: manifest.json @ bf13dbde~1 (2019-02-26, the last that published microsoft/dotnet; 2.1-sdk, $(2.1-SdkVersion)-sdk → 2.1/sdk/stretch, 2.1-runtime → 2.1/runtime/stretch-slim, 2.1-aspnetcore-runtime → 2.1/aspnetcore-runtime/stretch-slim, 2.1-runtime-deps → 2.1/runtime-deps/stretch-slim) and @ f27656b6~1 (2018-06, 2.1.300-sdk → 2.1/sdk/stretch); those Dockerfiles in every version from 15105979 (2018-05-09) to bf13dbde~1: FROM buildpack-deps:stretch-scm (sdk), debian:stretch-slim (runtime-deps), the 2.1-runtime-deps-stretch-slim image (runtime, aspnetcore-runtime); manifest.json @ b7eeae80 (2021-07-22): 2.1 still stretch(-slim); https://github.com/dotnet/dotnet-docker/issues/3052 (removed from Docker Hub 2021-08-21)';
const DOTNET_HUB_REMOVED =
  'was removed from Docker Hub with the whole microsoft/dotnet repository on 2021-08-21 and no longer pulls; the same .NET Core 2.1 images are mcr.microsoft.com/dotnet/sdk:2.1, …/aspnet:2.1, …/runtime:2.1 (on a Windows host the tag pulled a Nano Server image)';
const dotnetHubRules: ImageTagRule[] = [
  {
    id: 'microsoft-dotnet/2.1-sdk-stretch',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^2\.1(?:\.\d+)?-sdk(?:-stretch)?(?:-arm32v7)?$/,
    base: 'buildpack-deps:stretch-scm',
    source: DOTNET_HUB_21,
    frozen: DOTNET_HUB_REMOVED,
  },
  {
    id: 'microsoft-dotnet/2.1-runtime-stretch-slim',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^2\.1(?:\.\d+)?-(?:runtime|aspnetcore-runtime|runtime-deps)(?:-stretch-slim)?(?:-arm32v7)?$/,
    base: 'debian:stretch-slim',
    variant: 'slim',
    source: DOTNET_HUB_21,
    frozen: DOTNET_HUB_REMOVED,
  },
];

// --- Racket (racket/docker) -------------------------------------------------------------------------------------
// .github/workflows/deploy.yml runs build.sh for each series in its matrix on every push to master, and build.sh
// rebuilds every version of the series FROM base.Dockerfile (debian:stable-slim): a version tag is rebuilt, on
// whatever Debian is stable, as long as its series stays in the matrix. The 8.x and 9.x series are in it today
// (moving tags; 8.0–8.6 -bc are built but not pushed, deploy.sh); 7x left it in caac556 (merged 2025-08-23), so
// 7.x last built on the push of 7c6a437 (2025-05-18, Debian 12 stable); 6x left it in 3baef3c (2023-05-17), so 6.x
// last built on a push before Debian 12 (2023-06-10): Debian 11. jackfirth/racket gets the same images (_common.sh).
const RACKET =
  'racket/docker @ c1e61a77 (2026-06-13): base.Dockerfile FROM debian:stable-slim (since e50b52a, 2021-11-10); build.sh (series 9x: 9.0–9.2 and -full, latest = LATEST_RACKET_VERSION; 8x_1: 8.0–8.9, 8x_2: 8.10–8.18 with -full, -bc, -bc-full except 8.18; 7x: 7.0, 7.1, 7.3 [-full], 7.4–7.9 [-cs][-full]; 6x: 6.5–6.12, 6.10.1 [-full]); deploy.sh (skips racket:8.[0-6]-bc*), _common.sh (also pushes jackfirth/racket); .github/workflows/deploy.yml on push to master, matrix [7x, 8x_1, 8x_2] @ 7c6a437 (2025-05-18), 7x removed in caac556 (merged 69ecf0f, 2025-08-23), 6x removed in 3baef3c (2023-05-17); first-parent history of master';
const RACKET_REPOS = ['docker.io/racket/racket', 'docker.io/jackfirth/racket'];
const racketRules: ImageTagRule[] = [
  {
    id: 'racket/rebuilt',
    repositories: RACKET_REPOS,
    tag: /^(?:latest|9\.[0-2](?:-full)?|8\.(?:[0-9]|1[0-8]|11\.1)(?:-full)?|8\.(?:[7-9]|1[0-7]|11\.1)-bc(?:-full)?)$/,
    base: 'debian:stable-slim',
    variant: 'slim',
    moving: { means: 'rebuilt FROM debian:stable-slim on every push to racket/docker master, so whatever Debian is stable then' },
    source: RACKET,
  },
  {
    id: 'racket/7x-last-build',
    repositories: RACKET_REPOS,
    tag: /^7\.(?:[013](?:-full)?|[4-9](?:-cs)?(?:-full)?)$/,
    base: 'debian:bookworm-slim',
    variant: 'slim',
    frozen:
      'is no longer rebuilt: the 7.x series left the deploy matrix on 2025-08-23, and its last build (2025-05-18) was FROM debian:stable-slim when that was Debian 12',
    source: RACKET,
  },
  {
    id: 'racket/6x-last-build',
    repositories: RACKET_REPOS,
    tag: /^6\.(?:[5-9]|1[0-2]|10\.1)(?:-full)?$/,
    base: 'debian:bullseye-slim',
    variant: 'slim',
    frozen:
      'is no longer rebuilt: the 6.x series left the deploy matrix on 2023-05-17, before Debian 12, so its last build was FROM debian:stable-slim when that was Debian 11',
    source: RACKET,
  },
  {
    id: 'racket/other',
    repositories: RACKET_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a tag the deploy workflow of racket/docker builds (or 8.0–8.6 -bc, which it builds but does not push)',
    source: RACKET,
  },
];

// --- Nim (nim-lang/docker-images) ------------------------------------------------------------------------------
// .github/workflows/latest.yml, on a release tag, builds dockerfiles/<version> and pushes <version>, <major>.<minor>,
// <major> and latest; 20x.yml and 22x.yml rebuild every 2.0.x and 2.2.x version monthly from the same folders. All of
// them are FROM node:lts-trixie since c8df5e7 (2026-05-14; ubuntu:24.04 at the 2.2.8 tag): moving tags. Older
// tags (1.x, the -regular/-slim/-alpine/-ubuntu variants of the earlier generator) are not resolved.
const NIM =
  'nim-lang/docker-images @ bcecafc1 (2026-05-16): dockerfiles/2.0.0 … 2.2.10/Dockerfile FROM node:lts-trixie (since c8df5e7, 2026-05-14); .github/workflows/latest.yml (on a release tag: docker/metadata-action semver {{version}}, {{major}}.{{minor}}, {{major}}, latest=auto; tag 2.2.10 on 2026-05-16), 20x.yml and 22x.yml (monthly rebuild of 2.0.0–2.0.14 and 2.2.0–2.2.10)';
const NIM_REPOS = ['docker.io/nimlang/nim'];
const nimRules: ImageTagRule[] = [
  {
    id: 'nim/latest',
    repositories: NIM_REPOS,
    tag: /^(?:latest|2|2\.2)$/,
    base: 'node:lts-trixie',
    moving: { pin: 'nimlang/nim:2.2.10' },
    source: NIM,
  },
  {
    id: 'nim/maintained',
    repositories: NIM_REPOS,
    tag: /^2\.(?:0\.(?:[02468]|1[024])|2\.(?:[02468]|10))$/,
    base: 'node:lts-trixie',
    moving: { means: 'rebuilt monthly from its dockerfiles/<version> folder, FROM node:lts-trixie since 2026-05-14' },
    source: NIM,
  },
  {
    id: 'nim/other',
    repositories: NIM_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the 2.0.x/2.2.x tags that nim-lang/docker-images rebuilds today; older tags and the variants of the earlier generator were built on bases not recorded here',
    source: NIM,
  },
];

// --- vapor/swift 5.0 and 5.1 (vapor/docker) ----------------------------------------------------------------------
// Built by hand with build_and_tag.sh from swift/<tag>/Dockerfile (earlier <version>/ubuntu/<release>/Dockerfile):
// every version of the files for 5.0 and 5.1 is FROM swift:5.X-bionic (the bare tag too; swift:5.1, itself bionic,
// in the first one) or swift:5.X-xenial. The newer generator (14b7c4b, 2020-03-30) builds only 5.2 and later for
// vapor/swift, and the repository is deprecated in favour of the official swift images (429d5b6, 2020-10-07).
const VAPOR =
  'vapor/docker @ 429d5b60 (2020-10-07, "deprecated in favour of the standard Swift Docker images"): build_and_tag.sh and swift/5.0{,-bionic,-xenial}/Dockerfile, swift/5.1{,-bionic,-xenial}/Dockerfile in every version (FROM swift:5.X-bionic for the bare and -bionic tags, swift:5.X-xenial for -xenial), 5.X/ubuntu/{16.04,18.04}/Dockerfile before 1e5bd68; Sources/BuildAndTagScript/ImageSpecifications.swift @ 429d5b60 (vapor/swift: only 5.2, 5.2.2, latest, master)';
const vaporRules: ImageTagRule[] = [
  ...(['bionic', 'xenial'] as const).map(
    (os): ImageTagRule => ({
      id: `vapor-swift/5.0-5.1-${os}`,
      repositories: ['docker.io/vapor/swift'],
      tag: os === 'bionic' ? /^(?<v>5\.[01])(?:-bionic)?$/ : /^(?<v>5\.[01])-xenial$/,
      base: `swift:{v}-${os}`,
      frozen:
        'is no longer rebuilt: vapor/swift 5.0 and 5.1 were pushed by hand until 2020-03, and the repository is deprecated in favour of the official swift images',
      source: VAPOR,
    }),
  ),
  {
    id: 'vapor-swift/other',
    repositories: ['docker.io/vapor/swift'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the hand-built 5.0/5.1 tags; the generator built the 5.2, latest, -ci and master tags FROM the official swift (or swiftlang/swift nightly) image of the day, which is not recorded',
    source: VAPOR,
  },
];

// --- OCaml (ocaml/opam, built by ocurrent/docker-base-images) ---------------------------------------------------
// The pipeline pushes <distro>-<version>-ocaml-<minor>, and for the newest release of a distribution the alias
// <distro>-ocaml-<minor> (debian, alpine), for the newest OCaml also <distro>-<version>, <distro> and, on the master
// distribution (Debian stable), latest (src/pipeline.ml, src/tag.ml). With ocaml-dockerfile 8.4.0/8.4.1 (the
// opam-repository the Dockerfile pins requires >= 8.4.0) Debian stable is Debian 13 and the newest Alpine 3.23, and
// builds.expected builds the opam stage FROM debian:13 and alpine:3.23, for OCaml 4.11, 4.14, 5.2 … 5.6. All moving
// (rebuilt weekly, and the aliases move with new releases); compilers no longer built (5.0, 5.1) stay unknown.
const OCAML =
  'ocurrent/docker-base-images @ e18903fd (2026-05-23): src/pipeline.ml (gen_tags: aliases, latest on master_distro), src/tag.ml ("debian" for Debian Stable), builds.expected (opam stage FROM debian:13 / alpine:3.23; switches 4.11, 4.14, 5.2 … 5.6), Dockerfile (opam-repository @ 3e30e438), base-images.opam (dockerfile-opam >= 8.4.0); ocurrent/ocaml-dockerfile @ abc127bf: src-opam/distro.ml (resolve_alias: Debian Stable -> V13 since 2be2a61, 2025-08-11; Alpine Latest -> V3_23 from 6708c79, 2025-12-05, to ca6c4da, 2026-08-08, released in v8.4.2), CHANGES.md (v8.4.0 2026-05-20, v8.4.1 2026-06-10, v8.4.2 2026-08-09)';
const OCAML_REPOS = ['docker.io/ocaml/opam'];
const OCAML_SWITCH = '(?:4\\.1[14]|5\\.[2-6])(?:-[a-z0-9-]+)?';
const ocamlRules: ImageTagRule[] = [
  {
    id: 'ocaml-opam/debian',
    repositories: OCAML_REPOS,
    tag: new RegExp(`^(?:latest|debian|debian-ocaml-${OCAML_SWITCH})$`),
    base: 'debian:13',
    moving: {
      means: 'the newest Debian stable the base-images pipeline builds (Debian 13 as of the pipeline read, 2026-05-23), rebuilt weekly',
    },
    source: OCAML,
  },
  {
    id: 'ocaml-opam/alpine',
    repositories: OCAML_REPOS,
    tag: new RegExp(`^(?:alpine|alpine-ocaml-${OCAML_SWITCH})$`),
    base: 'alpine:3.23',
    moving: {
      means:
        'the newest Alpine the base-images pipeline builds (3.23 as of the pipeline read, 2026-05-23; 3.24 from ocaml-dockerfile 8.4.2), rebuilt weekly',
    },
    source: OCAML,
  },
  {
    id: 'ocaml-opam/other',
    repositories: OCAML_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an alias the base-images pipeline read builds today (OCaml 4.11, 4.14, 5.2 … 5.6 on debian and alpine); older compilers kept their last build, whose base is not recorded',
    source: OCAML,
  },
];

export const vendorFamily2Rules: readonly ImageTagRule[] = [
  ...condaOldRules,
  ...denoVersionRules,
  ...monitorRules,
  ...dotnetHubRules,
  ...racketRules,
  ...nimRules,
  ...vaporRules,
  ...ocamlRules,
];
