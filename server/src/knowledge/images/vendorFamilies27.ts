/**
 * Non-official image families of issue #17, twenty-seventh file: unknowns recurring across the samples (counted by
 * repository with scripts/image-unknowns.ts) whose vendors' own build files tie a tag to one base — the bare and
 * 1.0.0-preview2 tags of the old microsoft/dotnet Docker Hub repository, OpenSearch 1.x, the PHP and Python lines
 * minidocks/php and minidocks/python dropped (7.4, 8.0, 8.1; 3.5, 3.6) — and honest reasons, naming the
 * files read, for groups those files do not tie (apache/kafka, ocaml/opam2, Home Assistant, transformers-pytorch, texlive).
 * Same rules as vendorFamilies2.ts … vendorFamilies26.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- microsoft/dotnet on Docker Hub: latest, sdk, runtime and 1.0.0-preview2-sdk (dotnet/dotnet-docker) ----------------
// vendorFamilies2.ts holds the 2.1 tags. manifest.json published microsoft/dotnet until the move to MCR (bf13dbde,
// 2019-02-26): in every version from ad94be65 (2017-08-14, .NET Core 2.0) to 41ac0ca1 (2019-02-12, the last before the
// move) the Linux amd64 platform of latest and sdk was <v>/sdk/stretch (FROM buildpack-deps:stretch-scm) and runtime was
// <v>/runtime/stretch(-slim), FROM the runtime-deps image of the same folder family (2.0: FROM debian:stretch; 2.1/2.2:
// 2.1/runtime-deps/stretch-slim, FROM debian:stretch-slim). So whichever build pushed them last, they were Debian 9; the
// last manifest pushed runtime on stretch-slim. Before 2.0 (b108e6c5, 2017-08-11) they were 1.1 on jessie: not the last
// build. 1.0.0-preview2-sdk: 1.0/README.md lists it for 1.0.0-preview2/debian(/sdk)/Dockerfile from 90fa4968
// (2016-06-23) until d242540d (2016-11-15) dropped it; every version of that file is FROM buildpack-deps:jessie-scm.
const DOTNET_HUB =
  'dotnet/dotnet-docker @ 3ed00b61 (2026-08-21): manifest.json at each of its 62 first-parent versions from ad94be65 (2017-08-14) to 41ac0ca1 (2019-02-12; latest, sdk → 2.2/sdk/stretch/amd64, runtime → 2.2/runtime/stretch-slim/amd64), the last before bf13dbde (2019-02-26, "Migrating microsoft/dotnet to MCR"), and the Dockerfiles those name (sdk: FROM buildpack-deps:stretch-scm in every version; runtime: FROM microsoft/dotnet:2.0-runtime-deps (2.0/runtime-deps/stretch, FROM debian:stretch) or $REPO:2.x-runtime-deps-stretch-slim (2.1/runtime-deps/stretch-slim, FROM debian:stretch-slim)); 1.0/README.md @ 90fa4968 (2016-06-23) … d242540d~1 (1.0.0-preview2-sdk → 1.0.0-preview2/debian/sdk/Dockerfile, dropped in d242540d, 2016-11-15) and every version of 1.0.0-preview2/debian(/sdk)/Dockerfile (e4c5f539, 2016-06-07 … 55291eeb, 2016-10-28: FROM buildpack-deps:jessie-scm); https://github.com/dotnet/dotnet-docker/issues/3052 (repository removed from Docker Hub 2021-08-21)';
const DOTNET_HUB_FROZEN =
  'is no longer built: manifest.json stopped publishing microsoft/dotnet on 2019-02-26 (the move to mcr.microsoft.com), and the whole repository was removed from Docker Hub on 2021-08-21, so the tag no longer pulls';
const DOTNET_WINDOWS_NOTE = 'On a Windows host the same multi-architecture tag pulled a Nano Server image instead.';

const dotnetHubRules: ImageTagRule[] = [
  {
    id: 'microsoft-dotnet/latest-sdk',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^(?:latest|sdk)$/,
    base: 'buildpack-deps:stretch-scm',
    frozen: DOTNET_HUB_FROZEN,
    note: DOTNET_WINDOWS_NOTE,
    source: DOTNET_HUB,
  },
  {
    id: 'microsoft-dotnet/runtime',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^runtime$/,
    base: 'debian:stretch-slim',
    variant: 'slim',
    frozen: DOTNET_HUB_FROZEN,
    note: DOTNET_WINDOWS_NOTE,
    source: DOTNET_HUB,
  },
  {
    id: 'microsoft-dotnet/1.0.0-preview2-sdk',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^1\.0\.0-preview2-sdk$/,
    base: 'buildpack-deps:jessie-scm',
    frozen:
      'is no longer built: 1.0/README.md dropped the tag on 2016-11-15, and the whole repository was removed from Docker Hub on 2021-08-21, so the tag no longer pulls',
    source: DOTNET_HUB,
  },
];

// --- opensearchproject/opensearch(-dashboards) 1.x (opensearch-project/opensearch-build) ---------------------------------
// vendorFamilies4.ts resolves 2.x/3.x. The 1.x images were built from <product>.al2.dockerfile (release/docker/dockerfiles
// at 1.0.0 … 1.1.0, docker/release/dockerfiles from 1.2.0), present at every 1.x release tag; every version of those four
// files in the whole history ends FROM amazonlinux:2 (public.ecr.aws/amazonlinux/amazonlinux:2 from 1.3.13), and they were
// the only release files until the al2023 ones (eff36dcd, 2023-09-06), after which buildDockerImage.groovy keeps al2 for
// 1.x. So whichever commit built or re-released a 1.x tag, it is Amazon Linux 2. 1.3.20 (2024-12-11) is the last 1.x tag.
const OPENSEARCH_1 =
  'opensearch-project/opensearch-build @ 4372bf71 (2026-08-19): release tags 1.0.0 … 1.3.20 (2021-07-12 … 2024-12-11; release/docker/dockerfiles/{opensearch,opensearch-dashboards}.al2.dockerfile at 1.0.0 … 1.1.0, docker/release/dockerfiles/… from 1.2.0) and every version of those four files in the history (173 revisions from e40df383, 2021-05-04: final FROM amazonlinux:2, public.ecr.aws/amazonlinux/amazonlinux:2 from 1.3.13); the al2023 files added in eff36dcd (2023-09-06); opensearch-project/opensearch-build-libraries @ 5fec0e97: vars/buildDockerImage.groovy ("Keep al2 for the 1.x versions")';
const OPENSEARCH_1_REPOS = ['opensearch', 'opensearch-dashboards'].flatMap((n) => [
  `docker.io/opensearchproject/${n}`,
  `public.ecr.aws/opensearchproject/${n}`,
]);

const openSearch1Rules: ImageTagRule[] = [
  {
    id: 'opensearch/1.x',
    repositories: OPENSEARCH_1_REPOS,
    tag: /^1\.(?:0\.[01]|1\.0|2\.[0-4]|3\.(?:\d|1\d|20))$/,
    base: 'amazonlinux:2',
    source: OPENSEARCH_1,
  },
  {
    id: 'opensearch/1',
    repositories: OPENSEARCH_1_REPOS,
    tag: /^1$/,
    base: 'amazonlinux:2',
    moving: {
      means: 'the newest 1.x release, 1.3.20 (2024-12-11) as of the release tags read (2026-08-19); every 1.x is built on Amazon Linux 2',
    },
    source: OPENSEARCH_1,
  },
  {
    id: 'opensearch/1-other',
    repositories: OPENSEARCH_1_REPOS,
    tag: /^1(?:\..*)?$/,
    unknown: '{image}:{tag} is not a 1.x release tag of opensearch-build (1.0.0 … 1.3.20 as of 2026-08-19)',
    source: OPENSEARCH_1,
  },
];

// --- minidocks/php 7.4, 8.0, 8.1 (minidocks/images php/, split to minidocks/php) -------------------------------------------
// php/build.sh lists the tags (<v>, <v>-base, <v>-nginx, <v>-intl); php/Dockerfile builds each from its stage
// "FROM minidocks/base:3.N AS v<v>" (base, latest, nginx, intl all derive from it). The split repository's workflow
// (php/.github/workflows/main.yml) rebuilds every listed tag on each push and, since 96302cc (2021-12-18), daily. So a line
// build.sh dropped holds the build of its last day; its stage named one minidocks/base (= alpine:3.N, vendorFamilies21.ts)
// for months before: 7.4 minidocks/base:3.15 from 5bbbaef (2021-12-18) until b39d8b6 dropped it (2023-10-08); 8.0 3.16
// from cfb238e (2022-06-06) until 9c091e3 (2024-03-24); 8.1 3.19 from 0eaa76c (2023-12-26) until 653bdad (2024-12-14).
const MINIDOCKS_PHP =
  'minidocks/images @ 32d8a992 (2026-05-31): every version of php/Dockerfile (FROM minidocks/base:3.N AS v<version>; FROM v$version AS base; latest FROM base; nginx FROM latest; intl FROM nginx) and php/build.sh (versions <v>, <v>-base, <v>-nginx, <v>-intl; 7.4 dropped in b39d8b6, 2023-10-08, 8.0 in 9c091e3, 2024-03-24, 8.1 in 653bdad, 2024-12-14), php/.github/workflows/main.yml (on push; schedule cron "0 12 * * *" since 96302cc, 2021-12-18); minidocks/base:3.N is alpine:3.N in every revision of base/ (vendorFamilies21.ts)';
// minidocks/python 3.5 and 3.6 (python/): every version of python/Dockerfile from 634f20e (2019-05-03) has the stage
// "FROM minidocks/base:3.5[$suffix] AS base_3.5" and from 385af71 (2019-06-24) "FROM minidocks/base:3.9[…] AS base_3.6"
// (-build: minidocks/base:3.9-build, also Alpine 3.9), until d092651 (2020-01-02) and dacc802 (2021-11-27) dropped them;
// every push changing python/ rebuilt every listed version (Travis, then GitHub Actions from f126fef, 2020-07-02), and
// python/ changed after both dates (7ec86f3, 2019-11-01; 185ad81, 2021-07-01), so the last build of each was on that base.
const MINIDOCKS_PYTHON =
  'minidocks/images @ 32d8a992 (2026-05-31): every version of python/Dockerfile (base_3.5 FROM minidocks/base:3.5$suffix from 634f20e, 2019-05-03; base_3.6 FROM minidocks/base:3.9 (-build: 3.9-build) from 385af71, 2019-06-24; FROM base_$version AS latest) and python/build.sh (3.5 dropped in d092651, 2020-01-02; 3.6, 3.6-uwsgi, 3.6-packaging, 3.6-build dropped in dacc802, 2021-11-27; every listed version built and pushed on each push to the split repository: python/.travis.yml (run travis:build), then python/.github/workflows/main.yml from f126fef, 2020-07-02); commits changing python/ 7ec86f3 (2019-11-01) … 185ad81 (2021-07-01); minidocks/base:3.N is alpine:3.N in every revision of base/ (vendorFamilies21.ts)';
const MINIDOCKS_PHP_LINES: ReadonlyArray<[string, string, string]> = [
  ['7.4', '3.15', '2023-10-08'],
  ['8.0', '3.16', '2024-03-24'],
  ['8.1', '3.19', '2024-12-14'],
];

const minidocksPhpRules: ImageTagRule[] = [
  ...MINIDOCKS_PHP_LINES.map(
    ([line, alpine, dropped]): ImageTagRule => ({
      id: `minidocks-php/${line}`,
      repositories: ['docker.io/minidocks/php'],
      tag: new RegExp(`^${line.replace('.', '\\.')}(?:-(?:base|nginx|intl))?$`),
      base: `alpine:${alpine}`,
      frozen: `is no longer built: php/build.sh dropped the line on ${dropped}, so the tag keeps its last daily build, FROM minidocks/base:${alpine}`,
      source: MINIDOCKS_PHP,
    }),
  ),
  {
    id: 'minidocks-python/3.5',
    repositories: ['docker.io/minidocks/python'],
    tag: /^3\.5$/,
    base: 'alpine:3.5',
    frozen: 'is no longer built: python/build.sh dropped 3.5 on 2020-01-02; every build since 2019-05-03 was FROM minidocks/base:3.5',
    source: MINIDOCKS_PYTHON,
  },
  {
    id: 'minidocks-python/3.6',
    repositories: ['docker.io/minidocks/python'],
    tag: /^3\.6(?:-(?:uwsgi|packaging|build))?$/,
    base: 'alpine:3.9',
    frozen: 'is no longer built: python/build.sh dropped 3.6 on 2021-11-27; every build since 2019-06-24 was FROM minidocks/base:3.9',
    source: MINIDOCKS_PYTHON,
  },
  {
    // The same tags of the collection's other images: vendorFamilies21.ts's catch-all leaves them to this rule.
    id: 'minidocks/dropped-php-tags-other-images',
    repositories: ['docker.io/minidocks/*'],
    tag: /^(?:(?:7\.4|8\.[01])(?:-(?:base|nginx|intl))?|3\.5|3\.6(?:-(?:uwsgi|packaging|build))?)$/,
    unknown:
      '{image}:{tag} is built by minidocks/images FROM the minidocks/base version its build.sh and Dockerfile pick for the tag; those of this image were not read',
    source: MINIDOCKS_PHP,
  },
];

// --- Honest unknowns: images whose build files were read but tie no tag of the samples to one base ---------------------
// apache/kafka: docker/README.md — a release image is the release-candidate image promoted unchanged (docker_promote.yml:
// docker buildx imagetools create), the RC built by docker_release.py from docker/jvm/Dockerfile, whose every version in
// the snapshot is FROM the moving eclipse-temurin:21-jre-alpine; the day each RC image was built is not in the repository.
const KAFKA =
  'apache/kafka @ 1eb76443 (2024-10-25): docker/README.md (RC images pushed by docker_release.py, promoted to apache/kafka:<version>), .github/workflows/docker_promote.yml (docker buildx imagetools create --tag $PROMOTED_DOCKER_IMAGE $RC_DOCKER_IMAGE), docker/docker_release.py, every version of docker/jvm/Dockerfile (eec1530d, 2023-12-06 … e4d34ddd, 2024-04-22: FROM eclipse-temurin:21-jre-alpine)';
// ocaml/opam2: ocurrent/docker-base-images README.md called its images "very similar to the ones currently available as
// ocaml/opam2" (3f322e9, 2019-08-09), "previously available" from 9381113 (2020-11-18; pushed to ocaml/opam since
// ce239f54). The opam2 tags were built by the earlier infrastructure with the avsm/ocaml-dockerfile scripts, not read here.
const OCAML_OPAM2 =
  'ocurrent/docker-base-images @ e18903fd (2026-05-23): README.md @ 3f322e9 (2019-08-09: "very similar to the ones currently available as ocaml/opam2, and use the same scripts from avsm/ocaml-dockerfile") and @ 9381113 (2020-11-18: "previously available as ocaml/opam2"; "Since ce239f54089b6d we push to ocaml/opam"); Dockerfile @ d48e4ce~1 (FROM ocaml/opam2:debian-10-ocaml-4.08)';
const HOME_ASSISTANT =
  'home-assistant/core build.yaml (stored version @ 0c93443c: build_from ghcr.io/home-assistant/{aarch64,armhf,armv7,amd64,i386}-homeassistant-base:2021.09.0; image homeassistant/{arch}-homeassistant, shadow_repository ghcr.io/home-assistant)';
const HF_TRANSFORMERS =
  'huggingface/transformers docker/transformers-pytorch-cpu/Dockerfile (stored version @ 11cb3c6c: FROM ubuntu:18.04, TRANSFORMERS_VERSION=2.5.1; 16 versions stored, not read) and docker/transformers-pytorch-gpu/Dockerfile (stored version @ 032b32ab: FROM nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04, git checkout $REF=main)';

// texlive/texlive (Island of TeX; GitLab, mirrored to GitHub as islandoftex/texlive): .gitlab-ci.yml pushes the images to
// Docker Hub (DOCKER_HUB_IMAGE texlive/texlive); Dockerfile is FROM its texlive:base image, and every version of
// Dockerfile.base since 2019-05-25 is FROM debian:testing(-slim) (debian:sid in two): Debian's development suite.
const TEXLIVE =
  'islandoftex/texlive @ ba6770b (2026-06-26, the GitHub mirror of gitlab.com/islandoftex/images/texlive): .gitlab-ci.yml (DOCKER_HUB_IMAGE: texlive/texlive; scripts/build-latest-image.sh), Dockerfile (FROM registry.gitlab.com/islandoftex/images/texlive:base), every version of Dockerfile.base from 088f86e (2019-05-25) (FROM debian:testing or debian:testing-slim, debian:sid in two), README.md ("base image for all our images is built on Debian testing")';

const honestUnknownRules: ImageTagRule[] = [
  {
    id: 'texlive/unknown',
    repositories: ['docker.io/texlive/texlive'],
    // The weekly latest tags are vendorFamilies34.ts's (FROM debian:testing-slim, as debian:testing-slim names it now).
    tag: /^(?!latest(?:-(?:minimal|basic|small|medium|full|context))?(?:-doc)?(?:-src)?$).*$/,
    unknown:
      '{image}:{tag} is built on the project’s base image, FROM debian:testing-slim (Debian testing, the development suite of the next release, which has no release number or support dates); historic TeX Live year tags were not read',
    source: TEXLIVE,
  },
  {
    id: 'apache-kafka/unknown',
    repositories: ['docker.io/apache/kafka'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built by docker_release.py FROM the moving eclipse-temurin:21-jre-alpine (every docker/jvm/Dockerfile read, to 2024-04-22), a release tag being its release candidate’s image promoted unchanged; the day an image was built is not recorded, so its Alpine release is not known',
    source: KAFKA,
  },
  {
    id: 'ocaml-opam2/unknown',
    repositories: ['docker.io/ocaml/opam2'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is the earlier OCaml image repository, replaced by ocaml/opam (ocurrent/docker-base-images, 2020); its tags were built by the earlier infrastructure from avsm/ocaml-dockerfile scripts not read here, and which distribution release each was last built on is not recorded',
    source: OCAML_OPAM2,
  },
  {
    id: 'home-assistant/unknown',
    repositories: ['docker.io/homeassistant/home-assistant', 'ghcr.io/home-assistant/home-assistant'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built from home-assistant/core’s build files of its release: in the build.yaml read FROM ghcr.io/home-assistant/<arch>-homeassistant-base:2021.09.0, earlier releases from the Dockerfile of their time; neither those base images nor the files of each release (nor of today’s stable and latest) were read',
    source: HOME_ASSISTANT,
  },
  {
    id: 'hf-transformers-pytorch/unknown',
    repositories: ['docker.io/huggingface/transformers-pytorch-cpu', 'docker.io/huggingface/transformers-pytorch-gpu'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built from docker/<image>/Dockerfile of huggingface/transformers at whatever commit built it (FROM ubuntu:18.04 for -cpu and nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04 for -gpu in the versions read); the file’s history and which commit built each tag were not read (the repository is too large to bring here)',
    source: HF_TRANSFORMERS,
  },
];

export const vendorFamily27Rules: ImageTagRule[] = [...dotnetHubRules, ...openSearch1Rules, ...minidocksPhpRules, ...honestUnknownRules];
