/**
 * Non-official image families of issue #17, thirty-ninth file (drawn from base-images-sample28.tsv): BuildKit's release images
 * (moby/buildkit v0.14–v0.32 and -rootless, the Alpine of the Dockerfile at each git tag), crazymax/alpine-s6 (<X.Y>[-<s6
 * overlay version>] = Alpine X.Y), Qdrant's release images (the Dockerfile at each git tag), Universal Blue's Bazzite
 * (stable-N = Fedora N; stable moving), AlmaLinux's Atomic Desktop images (AlmaLinux 10), parkervcp/pelican-eggs steamcmd:debian
 * (Debian 12, weekly), solita/ubuntu-systemd (README's tag list), stackbrew/ubuntu and stackbrew/debian (the 2013–2015
 * namespace the library was built under); and, as honest unknowns naming their build files, crazymax/yasu (FROM scratch),
 * nestybox/alpine-docker and alpine-supervisord-docker (FROM alpine:latest), qemux/qemu-docker (renamed qemux/qemu).
 * Same rules as vendorFamilies2.ts … vendorFamilies37.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- moby/buildkit (moby/buildkit) ------------------------------------------------------------------------------------------------
// .github/workflows/buildkit.yml runs hack/images for target-stage '' and rootless on each release tag: the tag is the git tag,
// `-rootless` appended for the rootless stage. At every git tag from v0.14.0 the image stage (buildkit-linux FROM
// buildkit-export FROM buildkit-export-alpine, EXPORT_BASE=alpine where that ARG exists) and the rootless stage are both
// FROM alpine:${ALPINE_VERSION} (the ARG default listed). Left out, unknown: v0.11–v0.13 (their riscv64 image was FROM
// alpine:edge), v0.8–v0.10 (FROM tonistiigi/alpine), older tags, rc tags and the moving latest/rootless.
const BUILDKIT =
  "moby/buildkit @ 73ed682 (2026-08-21): Dockerfile at each of the 62 git tags v0.14.0 (2024-06-11) … v0.32.2 (ARG ALPINE_VERSION default; FROM alpine:${ALPINE_VERSION} AS buildkit-export-alpine / AS rootless), .github/workflows/buildkit.yml (matrix target-stage ['', rootless]), hack/images (tag <git tag>[-<target>])";

const BUILDKIT_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.20': '0.14.0 0.14.1 0.15.0 0.15.1 0.15.2 0.16.0 0.17.0 0.17.1 0.17.2 0.17.3 0.18.0 0.18.1 0.18.2',
  'alpine:3.21': '0.19.0 0.20.0 0.20.1 0.20.2 0.21.0 0.21.1 0.22.0 0.23.0 0.23.1 0.23.2',
  'alpine:3.22': '0.24.0 0.25.0 0.25.1 0.25.2 0.26.0 0.26.1 0.26.2 0.26.3',
  'alpine:3.23': '0.27.0 0.27.1 0.28.0 0.28.1 0.29.0 0.30.0 0.31.0 0.31.1 0.31.2 0.32.0 0.32.1 0.32.2',
};

const buildkitRules: ImageTagRule[] = [
  {
    id: 'moby-buildkit/release',
    repositories: ['docker.io/moby/buildkit'],
    tag: /^v(?<v>\d+\.\d+\.\d+)(?:-rootless)?$/,
    base: { group: 'v', map: byVersion(BUILDKIT_ALPINE) },
    source: BUILDKIT,
  },
];

// --- crazymax/alpine-s6 (crazy-max/docker-alpine-s6) ----------------------------------------------------------------------------------
// build.yml builds one image per matrix Alpine version (3.19 … 3.24 and edge) with --build-arg ALPINE_VERSION and tags it
// <X.Y>-<s6-overlay version> (<X.Y>-edge from the default branch) and <X.Y>; the Dockerfile's final stage is FROM
// alpine:${ALPINE_VERSION} in all 43 versions (2020-08-07 …). latest is ALPINE_LATEST ('3.24' at the commit read).
const ALPINE_S6 =
  "crazy-max/docker-alpine-s6 @ 3d88753 (2026-07-14): Dockerfile (final FROM alpine:${ALPINE_VERSION} in all 43 versions since 2020-08-07), .github/workflows/build.yml (DOCKERHUB_SLUG crazymax/alpine-s6, GHCR_SLUG ghcr.io/crazy-max/alpine-s6; matrix alpine_version 3.19 … 3.24, edge; IMAGE_TAGS ${ALPINE_VERSION}-${VERSION} and ${ALPINE_VERSION}, latest when ALPINE_LATEST: '3.24')";

const ALPINE_S6_IMAGES = ['docker.io/crazymax/alpine-s6', 'ghcr.io/crazy-max/alpine-s6'];

const alpineS6Rules: ImageTagRule[] = [
  {
    id: 'crazymax-alpine-s6/alpine-version',
    repositories: ALPINE_S6_IMAGES,
    tag: /^(?<v>3\.\d+)(?:-(?:\d+\.\d+\.\d+\.\d+|edge))?$/,
    base: 'alpine:{v}',
    source: ALPINE_S6,
  },
  {
    id: 'crazymax-alpine-s6/latest',
    repositories: ALPINE_S6_IMAGES,
    tag: /^latest$/,
    base: 'alpine:3.24',
    moving: { pin: '{image}:3.24', means: 'the build of ALPINE_LATEST, 3.24 at the commit read (2026-07-14)' },
    source: ALPINE_S6,
  },
];

// --- crazymax/yasu (crazy-max/yasu) -------------------------------------------------------------------------------------------------
// The Dockerfile's last stage, the one the image target builds, is FROM scratch with only /usr/local/bin/yasu (a static Go
// binary): no distribution userland; it is meant to be copied into another stage (COPY --from=yasu / /), whose base decides.
const YASU =
  'crazy-max/yasu @ 8e5f770 (2026-03-28): Dockerfile (final stage FROM scratch; COPY --from=build /usr/bin/yasu /usr/local/bin/yasu), docker-bake.hcl (target "image"), .github/workflows/build.yml (DOCKERHUB_SLUG crazymax/yasu, GHCR_SLUG ghcr.io/crazy-max/yasu)';

const yasuRules: ImageTagRule[] = [
  {
    id: 'crazymax-yasu/scratch',
    repositories: ['docker.io/crazymax/yasu', 'ghcr.io/crazy-max/yasu'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM scratch with only the static yasu binary in /usr/local/bin: no distribution userland and no libc of its own; it is meant to be copied into another stage (COPY --from=yasu / /), whose base decides',
    source: YASU,
  },
];

// --- qdrant/qdrant (qdrant/qdrant) --------------------------------------------------------------------------------------------------
// docker-image.yml builds qdrant/qdrant:<git tag> (and <git tag>-unprivileged since 2023-09-12, the same Dockerfile with
// another USER_ID) from the Dockerfile at the tag: final FROM debian:11-slim up to v1.2.2, debian:12-slim from v1.3.0; from
// v1.12.5 the final stage is FROM qdrant-${GPU:+gpu-}${GPU:-cpu}, qdrant-cpu (GPU unset: the plain tags) FROM debian:12-slim to
// v1.15.3 and debian:13-slim from v1.15.4. Left out: v0.2–v0.6 (no image workflow at those tags), the -gpu-* tags and the
// moving latest, <major> and <major.minor> tags.
const QDRANT =
  'qdrant/qdrant @ 74f3e85 (2026-08-04): Dockerfile at each git tag v0.7.0 … v1.19.0 (final FROM, or the qdrant-cpu stage where the final stage is FROM qdrant-${GPU:+gpu-}${GPU:-cpu}), .github/workflows/docker-image.yml (DOCKERHUB_TAG qdrant/qdrant:${{ github.ref_name }}, -unprivileged; at v0.7.0 qdrant/qdrant:$RELEASE_VERSION)';

const QDRANT_FROM: Readonly<Record<string, string>> = {
  'debian:11-slim':
    '1.0.0 1.0.1 1.0.2 1.0.3 1.1.0 1.1.1 1.1.2 1.1.3 1.2.0 1.2.1 1.2.2 0.7.0 0.8.0 0.8.1 0.8.2 0.8.3 0.8.4 0.8.5 0.8.6 0.9.0 0.9.1 0.10.0 0.10.1 0.10.2 0.10.3 0.10.4 0.10.5 0.11.0 0.11.1 0.11.2 0.11.3 0.11.4 0.11.5 0.11.6 0.11.7',
  'debian:12-slim':
    '1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.5.0 1.5.1 1.6.0 1.6.1 1.7.0 1.7.1 1.7.2 1.7.3 1.7.4 1.8.0 1.8.1 1.8.2 1.8.3 1.8.4 1.9.0 1.9.1 1.9.2 1.9.3 1.9.4 1.9.5 1.9.6 1.9.7 1.10.0 1.10.1 1.11.0 1.11.1 1.11.2 1.11.3 1.11.4 1.11.5 1.12.0 1.12.1 1.12.2 1.12.3 1.12.4 1.12.5 1.12.6 1.13.0 1.13.1 1.13.2 1.13.3 1.13.4 1.13.5 1.13.6 1.14.0 1.14.1 1.15.0 1.15.1 1.15.2 1.15.3',
  'debian:13-slim': '1.15.4 1.15.5 1.16.0 1.16.1 1.16.2 1.16.3 1.17.0 1.17.1 1.18.0 1.18.1 1.18.2 1.18.3 1.19.0',
};

const qdrantRules: ImageTagRule[] = [
  {
    id: 'qdrant/release',
    repositories: ['docker.io/qdrant/qdrant'],
    tag: /^v(?<v>\d+\.\d+\.\d+)(?:-unprivileged)?$/,
    base: { group: 'v', map: byVersion(QDRANT_FROM) },
    source: QDRANT,
  },
];

// --- Bazzite (ublue-os/bazzite) -------------------------------------------------------------------------------------------------
// build.yml builds every image of its matrix FROM ghcr.io/ublue-os/<base>-main:<fedora_version> (Universal Blue's Fedora Atomic
// images, Fedora N for tag N; <base> silverblue for the *gnome* images, kinoite for the others) and tags the default branch's weekly build stable-<N>.<date>, latest, stable and stable-<N>; the
// testing and unstable branches tag testing[-<N>] and unstable[-<N>]. fedora_version is 44 since 7e91959 (2026-04-25, "bump
// Fedora to 44"), 43 from 69ebfa0 (2025-10-19).
const BAZZITE =
  'ublue-os/bazzite @ 18a2205 (2026-08-21): Containerfile (ARG BASE_IMAGE ghcr.io/ublue-os/${BASE_IMAGE_NAME}-main:${FEDORA_VERSION}; FROM ${BASE_IMAGE} AS bazzite), .github/workflows/build.yml (BASE_IMAGE_NAME silverblue if the image is *gnome*, else kinoite; cron "40 4 * * 1"; matrix image bazzite, bazzite-gnome, bazzite-deck[-gnome], bazzite[-deck]-nvidia[-gnome], bazzite-nvidia-open, bazzite-gnome-nvidia-open; fedora_version: 44 since 7e91959, 2026-04-25; BUILD_TAGS stable-${VERSION_TAG} latest stable stable-${fedora_version}, testing-${fedora_version}, unstable-${fedora_version})';

const BAZZITE_IMAGES = [
  'bazzite',
  'bazzite-gnome',
  'bazzite-deck',
  'bazzite-deck-gnome',
  'bazzite-deck-nvidia',
  'bazzite-deck-nvidia-gnome',
  'bazzite-nvidia',
  'bazzite-gnome-nvidia',
  'bazzite-nvidia-open',
  'bazzite-gnome-nvidia-open',
].map((name) => `ghcr.io/ublue-os/${name}`);

/** The rules of one set of images on one base (build.yml's "Define base variables": *gnome* images on silverblue, others kinoite). */
function bazziteRulesOn(base: 'silverblue' | 'kinoite'): ImageTagRule[] {
  const repositories = BAZZITE_IMAGES.filter((name) => name.includes('gnome') === (base === 'silverblue'));
  return [
    {
      id: `bazzite/${base}-fedora-version`,
      repositories,
      tag: /^(?:stable|testing|unstable)-(?<v>[34]\d)(?:\.\d{8})?$/,
      base: `ghcr.io/ublue-os/${base}-main:{v}`,
      source: BAZZITE,
    },
    {
      id: `bazzite/${base}-stable`,
      repositories,
      tag: /^(?:stable|latest)$/,
      base: `ghcr.io/ublue-os/${base}-main:44`,
      moving: {
        pin: '{image}:stable-44',
        means: 'the weekly build of the default branch, fedora_version 44 since 2026-04-25, as of the commit read (2026-08-21)',
      },
      source: BAZZITE,
    },
  ];
}

const bazziteRules: ImageTagRule[] = [...bazziteRulesOn('kinoite'), ...bazziteRulesOn('silverblue')];

// --- AlmaLinux Atomic Desktops (AlmaLinux/atomic-desktop) --------------------------------------------------------------------------
// build.yml builds quay.io/almalinuxorg/atomic-desktop-<variant> (gnome, kde, cosmic) every Saturday and tags it latest, the
// built image's major version, its VERSION_ID and a dated version; the Dockerfile is FROM
// quay.io/almalinuxorg/almalinux-bootc:10 (digest-pinned) in every version since b718240 (2025-06-01: 10.0, then 10); its first
// four versions (2025-05-21 … 05-27) were FROM almalinux-bootc:10-kitten, AlmaLinux Kitten, so `10` names AlmaLinux 10 only
// for builds since then: moving.
const ALMA_ATOMIC =
  "AlmaLinux/atomic-desktop @ 70ff4f6 (2026-07-21): Dockerfile (FROM quay.io/almalinuxorg/almalinux-bootc:10[@sha256:…] in all 108 versions since b718240, 2025-06-01; 10-kitten in the 4 before), .github/workflows/build.yml (cron '0 10 * * 6'; image_name atomic-desktop-${{ matrix.variant }}), .github/actions/config/action.yml (VARIANTS gnome,kde,cosmic; IMAGE_REF quay.io/almalinuxorg/atomic-desktop), .github/workflows/reusable-build.yml (tags latest, major-version, redhat-version-id, version)";

const almaAtomicRules: ImageTagRule[] = [
  {
    id: 'almalinux-atomic-desktop/10',
    repositories: ['gnome', 'kde', 'cosmic'].map((variant) => `quay.io/almalinuxorg/atomic-desktop-${variant}`),
    tag: /^(?:10|latest)$/,
    base: 'almalinux:10',
    moving: {
      means: 'the last weekly build, FROM quay.io/almalinuxorg/almalinux-bootc:10 since 2025-06-01, as of the commit read (2026-07-21)',
    },
    source: ALMA_ATOMIC,
  },
];

// --- Pterodactyl/Pelican steamcmd yolk (pelican-eggs/yolks, formerly parkervcp/yolks) -----------------------------------------------
// steamcmd.yml builds steamcmd/<distro>/Dockerfile weekly (cron "0 0 * * 1") and pushes ghcr.io/pelican-eggs/steamcmd:<distro>
// and, from the pelican-eggs owner, ghcr.io/parkervcp/steamcmd:<distro>. steamcmd/debian/Dockerfile is FROM debian:bookworm-slim
// in every version since b3f8b08 (2024-04-02; debian:bullseye-slim before). Moving.
const STEAMCMD =
  'pelican-eggs/yolks @ fac6937 (2026-01-24): steamcmd/debian/Dockerfile (FROM --platform=$TARGETOS/$TARGETARCH debian:bookworm-slim in all 10 versions since b3f8b08, 2024-04-02; debian:bullseye-slim in the 8 before, 2022-12-23 …), .github/workflows/steamcmd.yml (cron "0 0 * * 1"; tags ghcr.io/${{ steps.lower-repo.outputs.repository }}/steamcmd:${{ matrix.distro }} and format(\'ghcr.io/parkervcp/steamcmd:{0}\', matrix.distro))';

const steamcmdRules: ImageTagRule[] = [
  {
    id: 'yolks-steamcmd/debian',
    repositories: ['ghcr.io/parkervcp/steamcmd', 'ghcr.io/pelican-eggs/steamcmd'],
    tag: /^debian$/,
    base: 'debian:bookworm-slim',
    moving: {
      means:
        'the weekly build of steamcmd/debian/Dockerfile, FROM debian:bookworm-slim since 2024-04-02, as of the commit read (2026-01-24)',
    },
    source: STEAMCMD,
  },
];

// --- solita/ubuntu-systemd (solita/docker-systemd) ---------------------------------------------------------------------------------
// README.md lists the tags: `18.04`, `bionic` (the bionic branch, FROM ubuntu:18.04) and `16.04`, `xenial`, `latest` (master,
// FROM ubuntu:16.04 in all 8 versions but one, FROM ubuntu:xenial-20160818). The repository's last commit is of 2018-08-06.
const SOLITA_SYSTEMD =
  'solita/docker-systemd @ 81be36b (2018-08-06, the last commit): README.md ("Supported tags": `18.04`, `bionic`; `16.04`, `xenial`, `latest`), Dockerfile on master (FROM ubuntu:16.04, all 8 versions 2016-04-21 … 2018-02-26, one FROM ubuntu:xenial-20160818) and on branch bionic @ aec5ae4 (FROM ubuntu:18.04)';

const solitaRules: ImageTagRule[] = [
  {
    id: 'solita-ubuntu-systemd/xenial',
    repositories: ['docker.io/solita/ubuntu-systemd'],
    tag: /^(?:16\.04|xenial|latest)$/,
    base: 'ubuntu:16.04',
    source: SOLITA_SYSTEMD,
  },
  {
    id: 'solita-ubuntu-systemd/bionic',
    repositories: ['docker.io/solita/ubuntu-systemd'],
    tag: /^(?:18\.04|bionic)$/,
    base: 'ubuntu:18.04',
    source: SOLITA_SYSTEMD,
  },
];

// --- stackbrew/<image> (docker-library/official-images, 2013–2015) ----------------------------------------------------------------
// The library's first build service, stackbrew (stackbrew/app.py), built every library file with namespace='stackbrew' and
// brew.py pushed each line as <namespace>/<file>:<tag>, so stackbrew/ubuntu:saucy is library/ubuntu's `saucy` line. Only
// tags naming a release that had come out by 2013 are listed (a codename still in development then, as trusty or jessie, meant
// something else than the release it became; latest moved).
const STACKBREW =
  "docker-library/official-images @ 7240ebe (2013-10-18): stackbrew/app.py (build_library(config['library_repo'], namespace='stackbrew', …)), stackbrew/brew/brew.py (docker_repo = '{0}/{1}'.format(namespace or 'library', docker_repo)), library/ubuntu (saucy git://github.com/tianon/docker-brew-ubuntu C:c8ba2f1f…); stackbrew/ removed by 69a17a3 (2015-09-10, \"Remove deprecated stackbrew files\")";

const stackbrewRules: ImageTagRule[] = [
  {
    id: 'stackbrew/ubuntu',
    repositories: ['docker.io/stackbrew/ubuntu'],
    tag: /^(?<t>lucid|precise|quantal|raring|saucy|10\.04|12\.04|12\.10|13\.04|13\.10)$/,
    base: 'ubuntu:{t}',
    source: STACKBREW,
  },
  {
    id: 'stackbrew/debian',
    repositories: ['docker.io/stackbrew/debian'],
    tag: /^(?<t>squeeze|wheezy)$/,
    base: 'debian:{t}',
    source: STACKBREW,
  },
];

// --- honest unknowns: nestybox Alpine system containers, qemux/qemu-docker ----------------------------------------------------------
const NESTYBOX =
  'nestybox/dockerfiles @ c05538c (2026-01-19): alpine-docker/Dockerfile and alpine-supervisord-docker/Dockerfile (FROM alpine:latest)';
const QEMUX =
  'qemus/qemu @ 5eb8878 (2026-08-21): readme.md (image: qemux/qemu-docker from ddc27ea, 2023-07-05, to 8464863, 2025-02-26, then qemux/qemu), .github/workflows/build.yml (qemux/qemu-docker pushed explicitly from d1db204, 2025-02-26, to 7020754, 2025-03-11; otherwise ${{ secrets.DOCKERHUB_REPO }}), Dockerfile (FROM debian:bookworm-slim from 2023-04 to 2024-08, debian:trixie-slim since 2024-08-18)';

const unknownRules: ImageTagRule[] = [
  {
    id: 'nestybox/alpine-latest',
    repositories: ['docker.io/nestybox/alpine-docker', 'docker.io/nestybox/alpine-supervisord-docker'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM alpine:latest: which Alpine release it carries depends on the day it was pushed, not recorded in its build files',
    source: NESTYBOX,
  },
  {
    id: 'qemux/qemu-docker',
    repositories: ['docker.io/qemux/qemu-docker'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is the old name of qemux/qemu (renamed 2025-02-26); its last push is not recorded, and the builds of that time were FROM debian:trixie-slim while trixie was still Debian testing (released 2025-08-09), whose contents then are not recorded',
    source: QEMUX,
  },
];

export const vendorFamily39Rules: readonly ImageTagRule[] = [
  ...buildkitRules,
  ...alpineS6Rules,
  ...yasuRules,
  ...qdrantRules,
  ...bazziteRules,
  ...almaAtomicRules,
  ...steamcmdRules,
  ...solitaRules,
  ...stackbrewRules,
  ...unknownRules,
];
