/**
 * Non-official image families of issue #17, twenty-fourth file: the recurring unknowns across the coverage samples that
 * their vendors' own build files or documentation resolve — Ceph's images (ceph/ceph from ceph/ceph-container, rook/ceph
 * from rook/rook, quay.io/cybozu/ceph from cybozu/neco-containers), Envoy's v1.16 line — and honest reasons for Parrot
 * OS images and the Envoy lines whose base was not read. Same rules as vendorFamilies2.ts … vendorFamilies22.ts: every
 * row names the files read (repository @ commit (date)); a tag is resolved only where those files tie it to one base.
 * NVIDIA NGC containers (nvcr.io/nvidia/*) stay with toolImages.ts `ngc/unknown`: see the CHANGELOG entry for why.
 */
import type { ImageTagRule } from './ruleTypes';

// --- ceph/ceph, ceph/ceph-amd64, ceph/ceph-arm64 (ceph/ceph-container contrib/) -------------------------------------
// contrib/build-ceph-base.sh builds, for every Ceph version of a release on download.ceph.com, ceph-<arch>:v<version>-
// <YYYYMMDD> FROM the base get_base_image_full_tag names for the release's flavor, and rebuilds a version whenever that
// base changed (so an undated version tag points at its newest build). The flavors in every version of
// contrib/ceph-build-config.sh: luminous, mimic, nautilus always "…,centos,7"; octopus and pacific "…,centos,8", which
// get_base_image_full_tag turned into centos:8 until a1b87761 (2022-01-31) made it centos:stream8 (not resolved here).
const CEPH_CONTAINER =
  'ceph/ceph-container @ 139b31d0 (2024-12-12, archived): contrib/ceph-build-config.sh in every version from feda57cd (2018-08-28) — luminous and mimic "…,centos,7" until 904c3212 (2020-06-23) dropped them, nautilus "nautilus,centos,7" from 2b8ee947 (2019-02-25) until 0b3dfd09 "contrib: drop nautilus release" (2021-07-30), octopus "octopus,centos,8" from e5a52f26 (2020-03-17), pacific "pacific,centos,8" from c71dffb5 (2021-03-22); get_base_image_full_tag echoes centos:<release> (docker.io/centos:7 for 7) until a1b87761 (2022-01-31) made it centos:stream<release>; contrib/build-ceph-base.sh (for each Ceph version on the download server: build FROM that base, tag ceph-<arch>:<version>-<YYYYMMDD>, rebuild when the base image changed); contrib/ceph-versioned-image-descriptions.md ("Images are built from the ceph/ceph-container project"; ceph/ceph are manifests of ceph/ceph-amd64 and ceph/ceph-arm64)';
const CEPH_REPOS = [
  'docker.io/ceph/ceph',
  'docker.io/ceph/ceph-amd64',
  'docker.io/ceph/ceph-arm64',
  'quay.io/ceph/ceph',
  'quay.io/ceph/ceph-amd64',
  'quay.io/ceph/ceph-arm64',
];

const cephRules: ImageTagRule[] = [
  {
    // A dated tag is one build: luminous (v12), mimic (v13) and nautilus (v14) builds from September 2018 (after the
    // config's first version) to July 2021 (nautilus dropped) were all FROM centos:7.
    id: 'ceph/v12-v14-dated',
    repositories: CEPH_REPOS,
    tag: /^v1[234]\.\d+\.\d+-(?:2018(?:09|1[0-2])\d\d|2019\d{4}|2020\d{4}|2021(?:0[1-7])\d\d)$/,
    base: 'centos:7',
    source: CEPH_CONTAINER,
  },
  {
    id: 'ceph/v12-v14-version',
    repositories: CEPH_REPOS,
    tag: /^v1[234](?:\.\d+){0,2}$/,
    base: 'centos:7',
    frozen:
      'is no longer rebuilt: contrib/ceph-build-config.sh stopped building luminous and mimic on 2020-06-23 and nautilus on 2021-07-30, and every build of those releases was FROM centos:7',
    source: CEPH_CONTAINER,
  },
  {
    // Octopus (v15) from its first listing (2020-03-17) and pacific (v16) from its first (2021-03-22), up to the day
    // before a1b87761 (2022-01-31): FROM centos:8. Later builds are on CentOS Stream 8 and stay unknown.
    id: 'ceph/v15-v16-dated-centos8',
    repositories: CEPH_REPOS,
    tag: /^(?:v15\.\d+\.\d+-(?:2020(?:0[4-9]|1[0-2])\d\d|2021\d{4}|202201[0-2]\d|2022013[01])|v16\.\d+\.\d+-(?:2021(?:0[4-9]|1[0-2])\d\d|202201[0-2]\d|2022013[01]))$/,
    base: 'centos:8',
    source: CEPH_CONTAINER,
  },
  {
    id: 'ceph/other',
    repositories: CEPH_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a build the files read tie to one base: octopus and later version tags without a build date were rebuilt after 2022-01-31 on CentOS Stream (and later releases on CentOS Stream 9), and latest and other tags move',
    source: CEPH_CONTAINER,
  },
];

// --- rook/ceph (rook/rook images/ceph) ---------------------------------------------------------------------------------
// images/ceph/Dockerfile is "FROM BASEIMAGE", which the Makefile replaces with ceph/ceph-$(GOARCH):$(CEPH_VERSION) at each
// release tag from v0.9.1 to v1.6.11 (v1.7 moved to $(REGISTRY_NAME)/ceph/ceph-…, not read here); v0.9.0's Dockerfile names
// ceph/ceph:v13 itself. The ceph/ceph rules above resolve those bases.
const ROOK =
  'rook/rook @ d0c3b9ce (2026-08-21): images/ceph/Makefile at each release tag v0.9.1 … v1.6.11 (CEPH_VERSION = v13.2.2-20181023 … v16.2.2-20210505; BASEIMAGE = ceph/ceph-$(GOARCH):$(CEPH_VERSION)) and images/ceph/Dockerfile (FROM BASEIMAGE; v0.9.0: FROM ceph/ceph:v13)';
const ROOK_CEPH_VERSIONS: Readonly<Record<string, string>> = {
  'v13.2.2-20181023': '0.9.1 0.9.2 0.9.3',
  'v14.2.0-20190319': '1.0.0 1.0.1',
  'v14.2.1-20190430': '1.0.2 1.0.3 1.0.4 1.0.5 1.0.6',
  'v14.2.3-20190904': '1.1.0',
  'v14.2.4-20190917': '1.1.1 1.1.2 1.1.3 1.1.4 1.1.5 1.1.6 1.1.7 1.1.8 1.1.9',
  'v14.2.5-20191210': '1.2.0 1.2.1',
  'v14.2.6-20200115': '1.2.2 1.2.3 1.2.4',
  'v14.2.7-20200201': '1.2.5',
  'v14.2.8-20200303': '1.2.6 1.2.7 1.3.0 1.3.1 1.3.2',
  'v14.2.9-20200506': '1.3.3 1.3.4 1.3.5 1.3.6 1.3.7',
  'v14.2.10-20200626': '1.3.8 1.3.9 1.3.10 1.3.11',
  'v15.2.4-20200630': '1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.4.6 1.4.7',
  'v15.2.5-20200916': '1.5.0 1.5.1',
  'v15.2.7-20201201': '1.4.8 1.5.2 1.5.3',
  'v15.2.8-20201217': '1.4.9 1.5.4 1.5.5 1.5.6 1.5.7',
  'v15.2.9-20210224': '1.5.8 1.5.9 1.5.10',
  'v15.2.11-20210419': '1.5.11 1.5.12',
  'v16.2.0-20210401': '1.6.0',
  'v16.2.1-20210419': '1.6.1',
  'v16.2.2-20210505': '1.6.2 1.6.3 1.6.4 1.6.5 1.6.6 1.6.7 1.6.8 1.6.9 1.6.10 1.6.11',
};

/** rook release (without its "v") → the ceph/ceph-amd64 tag its Makefile names (the arm64 image names ceph-arm64). */
function rookBases(): Record<string, string> {
  const map: Record<string, string> = { '0.9.0': 'ceph/ceph:v13' };
  for (const [ceph, rooks] of Object.entries(ROOK_CEPH_VERSIONS)) {
    for (const rook of rooks.split(' ')) map[rook] = `ceph/ceph-amd64:${ceph}`;
  }
  return map;
}

const rookRules: ImageTagRule[] = [
  {
    id: 'rook/ceph-release',
    repositories: ['docker.io/rook/ceph'],
    tag: /^v(?<v>0\.9\.\d+|1\.[0-6]\.\d+)$/,
    base: { group: 'v', map: rookBases() },
    source: ROOK,
  },
  {
    id: 'rook/ceph-other',
    repositories: ['docker.io/rook/ceph'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release the files read tie to one base: from v1.7 the Makefile names $(REGISTRY_NAME)/ceph/ceph-<arch> on quay.io, whose builds were not read here (later ones are on CentOS Stream), and master and latest move',
    source: ROOK,
  },
];

// --- quay.io/cybozu/ceph (cybozu/neco-containers ceph/) ---------------------------------------------------------------
// ceph/Dockerfile builds Ceph in a "FROM quay.io/cybozu/ubuntu:<NN.04> AS build" stage and ends "FROM scratch" + "COPY
// --from=build / /": the image is that Ubuntu userland. ceph/TAG names the tag pushed. cybozu/ubuntu-base builds
// quay.io/cybozu/ubuntu:18.04 and :20.04 FROM its ubuntu-minimal:bionic-… and :focal-… images.
const CYBOZU_CEPH =
  'cybozu/neco-containers @ 394c4600 (2026-08-21): ceph/TAG and ceph/Dockerfile at every commit changing them — 14.2.6.1 (e68ea9e9, 2020-01-27) … 15.2.7.1 (10931df6, 2020-12-04) FROM quay.io/cybozu/ubuntu:18.04, 15.2.8.1 (04fcbd5d, 2021-02-08) … 17.2.6.1 (813384a3, 2023-04-26) FROM quay.io/cybozu/ubuntu:20.04 AS build, then FROM scratch with COPY --from=build / /; cybozu/ubuntu-base 18.04/ubuntu/Dockerfile @ 02cdbc17 (FROM quay.io/cybozu/ubuntu-minimal:bionic-20210222) and 20.04/ubuntu/Dockerfile @ 1b87ec80 (FROM quay.io/cybozu/ubuntu-minimal:focal-20210119)';
const CYBOZU_CEPH_TAGS: Readonly<Record<string, string>> = {
  'ubuntu:18.04': '14.2.6.1 14.2.6.2 14.2.6.3 14.2.8.1 14.2.8.2 14.2.8.3 14.2.8.4 15.1.0.1 15.1.0.2 15.2.1.1 15.2.3.1 15.2.4.1 15.2.7.1',
  'ubuntu:20.04':
    '15.2.8.1 16.2.4.1 16.2.4.2 16.2.6.0 16.2.7.0 16.2.7.1 16.2.7.2 16.2.7.3 16.2.7.4 16.2.10.1 17.2.1.1 17.2.1.2 17.2.5.1 17.2.6.1',
};

function cybozuCephBases(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [base, tags] of Object.entries(CYBOZU_CEPH_TAGS)) for (const tag of tags.split(' ')) map[tag] = base;
  return map;
}

const cybozuCephRules: ImageTagRule[] = [
  {
    id: 'cybozu/ceph-tag',
    repositories: ['quay.io/cybozu/ceph'],
    tag: /^(?<v>1[4-7](?:\.\d+){3})$/,
    base: { group: 'v', map: cybozuCephBases() },
    source: CYBOZU_CEPH,
  },
  {
    id: 'cybozu/ceph-other',
    repositories: ['quay.io/cybozu/ceph', 'ghcr.io/cybozu/ceph'],
    // 18.2.1.1 … 20.2.1.1 are left to vendorFamilies26.ts (FROM cybozu/ubuntu:22.04, read there).
    tag: /^(?!(?:18|19|20)\.\d+\.\d+\.\d+$).*$/,
    unknown:
      '{image}:{tag} is not one of the ceph/TAG values whose Dockerfile was read (14.2.6.1 … 20.2.1.1; on ghcr.io only from 18.2.1.2, 2024-02-01)',
    source: CYBOZU_CEPH,
  },
];

// --- Envoy (envoyproxy/envoy) -----------------------------------------------------------------------------------------
// The documentation's table of images at 0866022b lists the stable line as v1.16-latest and describes envoyproxy/envoy
// and envoyproxy/envoy-debug as "Release binary … on top of an Ubuntu Bionic base". Other lines' bases were not read at
// their release branches (the repository, 1.7 GB, is too large to bring here; ci/Dockerfile-envoy and
// distribution/docker/Dockerfile-envoy name ARG BUILD_TAG per version), so they stay unknown.
const ENVOY_116 =
  'envoyproxy/envoy @ 0866022b: docs/root/start/_include/dockerhub-images.csv (stable column v1.16-latest; "envoyproxy/envoy … Release binary with symbols stripped on top of an Ubuntu Bionic base", envoyproxy/envoy-debug "… debug symbols on top of an Ubuntu Bionic base")';
const ENVOY_OTHER =
  'envoyproxy/envoy: ci/Dockerfile-envoy @ 019f458b (FROM ${BUILD_OS}:${BUILD_TAG}, ARG BUILD_TAG=20.04) and distribution/docker/Dockerfile-envoy @ 0252c88f (ARG BUILD_TAG=22.04): the base changes by release line; docs/root/start/_include/dockerhub-images.csv @ 0866022b (v1.16: Ubuntu Bionic)';

const envoyRules: ImageTagRule[] = [
  {
    id: 'envoy/v1.16',
    repositories: ['docker.io/envoyproxy/envoy', 'docker.io/envoyproxy/envoy-debug'],
    tag: /^v1\.16(?:\.\d+|-latest)$/,
    base: 'ubuntu:18.04',
    source: ENVOY_116,
  },
  {
    id: 'envoy/other',
    repositories: ['docker.io/envoyproxy/envoy', 'docker.io/envoyproxy/envoy-debug', 'docker.io/envoyproxy/envoy-dev'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is built FROM the Ubuntu release its release line’s Dockerfile-envoy names (Ubuntu Bionic for v1.16 by its documentation; ARG BUILD_TAG=20.04 and =22.04 in later versions read); only the v1.16 line was tied to its base by the files read, and latest and the -dev images move',
    source: ENVOY_OTHER,
  },
];

// --- Parrot OS (parrotsec/*) ---------------------------------------------------------------------------------------------
// docker-base/build.sh debootstraps Parrot's own archive (lts, rolling) and imports it as parrotsec/core:base-…; the other
// images build FROM those. Parrot releases have no rows in the knowledge base, and the GitHub copy read ends in 2022.
const PARROT =
  'ParrotSec/docker-images @ 8ab383c9 (2022-01-14, "update docker containers for parrot 5.0"): docker-base/build.sh (debootstrap --arch=… lts|rolling from https://deb.parrot.sh/mirrors/parrot/, docker import as parrotsec/core:base-<edition>-<arch>), core/lts-amd64/Dockerfile (FROM parrotsec/core:base-lts-amd64), security/lts/Dockerfile (FROM parrotsec/core:lts), Makefile (pushes core:lts, latest, 5, 5.0, rolling; security:latest, 5)';

const parrotRules: ImageTagRule[] = [
  {
    id: 'parrot/unknown',
    repositories: ['docker.io/parrotsec/*'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is Parrot OS itself (a debootstrap of Parrot’s own archive, not a Debian image), a distribution whose releases the knowledge base has no rows for; its tags move with Parrot’s releases (the build files read end at Parrot 5.0, 2022-01-14)',
    source: PARROT,
  },
];

// --- CBL-Mariner / Azure Linux language images (microsoft/azurelinux .pipelines/containerSourceData) --------------------
// A "golden" image installs one package set FROM the release's base/core image (BuildGoldenContainer.sh); PublishContainers.sh tags it
// <version>-<release>-cm2.0.<date> (2.0) or …-azl3.0.<date> (3.0) and adds the package's major and major.minor as
// multi-arch tags, never moving a tag back from a newer release. The cbl-mariner namespace is 1.0 and 2.0 (2.0's script:
// OS_VERSION_PREFIX "cbl-mariner-"), azurelinux is 3.0 (OS_VERSION_PREFIX "azurelinux-"; 4.0 is published under
// azurelinux-beta until GA, see enterprise.ts). A tag resolves only where one release ever shipped that package version:
// Python 3.9 and Node.js 16 and 18 were Mariner 2.0's (1.0 shipped 3.7 and 14), Python 3.12 and Node.js 20 and 24 are Azure Linux 3.0's.
// Only bare package-version tags are read here: a full tag that names its release (3.9.14-3-cm2.0, …-azl3.0.<date>) is
// left to the name-pattern guess (referenceClasses.test.ts).
const MARINER_LANG =
  'microsoft/azurelinux branch 2.0 @ a313d25a (2026-03-30): .pipelines/containerSourceData/scripts/BuildGoldenContainer.sh (base image "e.g. mcr.microsoft.com/cbl-mariner/base/core:2.0", --build-arg BASE_IMAGE), python/Dockerfile-Python (FROM $BASE_IMAGE), python/python.pkg (python3, python3-libs, python3-pip …), SPECS/python3/python3.spec (Version 3.9.19), SPECS/nodejs/nodejs.spec (Version 16.20.2 until 87bd8ada, 2024-04-10, then SPECS/nodejs/nodejs18.spec; python/python.name "python", nodejs/nodejs.name "nodejs18"), .pipelines/containerSourceData/scripts/PublishContainers.sh (OS_VERSION_PREFIX "cbl-mariner-"; golden tags <version>-<release>-cm2.0.<date>, <major>, <major.minor>: "e.g. …/base/nodejs:16.14.0-1-cm2.0.20220412", "…/base/nodejs:16"; a tag already on a newer release is not updated); branch 1.0 @ 2b194234 (2023-08-10): SPECS/python3/python3.spec Version 3.7.16, SPECS/nodejs/nodejs.spec Version 14.21.3';
const AZL3_LANG =
  'microsoft/azurelinux branch 3.0 @ 2172d5cf (2026-04-28): .pipelines/containerSourceData/scripts/BuildGoldenContainer.sh (base image "e.g. mcr.microsoft.com/azurelinux/base/core:3.0", --build-arg BASE_IMAGE), python/Dockerfile-Python (FROM $BASE_IMAGE), python/python.pkg (python3 …), SPECS/python3/python3.spec (Version 3.12.9), SPECS/nodejs/nodejs.spec (Version 20.14.0) and SPECS/nodejs24 (the golden nodejs image installs nodejs24 since 36f452e7, 2026-03-31), .pipelines/containerSourceData/scripts/PublishContainers.sh (OS_VERSION_PREFIX "azurelinux-", DISTRO_IDENTIFIER "azl"; tags <version>-<release>-azl3.0.<date>, <major>, <major.minor>; a published tag moves only to a newer Azure Linux release)';
const AZL3_MOVING =
  'Azure Linux 3.0 as of the 3.0 branch read (2026-04-28): PublishContainers.sh would move the tag to a newer Azure Linux release that publishes the same package version (4.0 is published under azurelinux-beta until GA)';

const azureLinuxLanguageRules: ImageTagRule[] = [
  {
    id: 'cbl-mariner/python-3.9',
    repositories: ['mcr.microsoft.com/cbl-mariner/base/python', 'mcr.microsoft.com/cbl-mariner/distroless/python'],
    tag: /^3\.9(?:\.\d+)?$/,
    base: 'mcr.microsoft.com/cbl-mariner/base/core:2.0',
    source: MARINER_LANG,
  },
  {
    id: 'cbl-mariner/nodejs-16-18',
    repositories: ['mcr.microsoft.com/cbl-mariner/base/nodejs', 'mcr.microsoft.com/cbl-mariner/distroless/nodejs'],
    tag: /^1[68](?:\.\d+){0,2}$/,
    base: 'mcr.microsoft.com/cbl-mariner/base/core:2.0',
    source: MARINER_LANG,
  },
  {
    id: 'cbl-mariner/language-other',
    repositories: [
      'mcr.microsoft.com/cbl-mariner/base/python',
      'mcr.microsoft.com/cbl-mariner/distroless/python',
      'mcr.microsoft.com/cbl-mariner/base/nodejs',
      'mcr.microsoft.com/cbl-mariner/distroless/nodejs',
    ],
    tag: /^\d+(?:\.\d+){0,2}$/,
    unknown:
      '{image}:{tag} names a package version (or a major one, such as 3) that the files read do not tie to one CBL-Mariner release: 1.0 shipped Python 3.7 and Node.js 14, 2.0 Python 3.9 and Node.js 16 and 18, and the 1.0 branch holds no container publishing files',
    source: MARINER_LANG,
  },
  {
    id: 'azurelinux/python-3.12',
    repositories: ['mcr.microsoft.com/azurelinux/base/python', 'mcr.microsoft.com/azurelinux/distroless/python'],
    tag: /^3(?:\.12(?:\.\d+)?)?$/,
    base: 'mcr.microsoft.com/azurelinux/base/core:3.0',
    moving: { means: AZL3_MOVING },
    source: AZL3_LANG,
  },
  {
    id: 'azurelinux/nodejs-20-24',
    repositories: ['mcr.microsoft.com/azurelinux/base/nodejs', 'mcr.microsoft.com/azurelinux/distroless/nodejs'],
    tag: /^2[04](?:\.\d+){0,2}$/,
    base: 'mcr.microsoft.com/azurelinux/base/core:3.0',
    moving: { means: AZL3_MOVING },
    source: AZL3_LANG,
  },
  {
    id: 'azurelinux/language-other',
    repositories: [
      'mcr.microsoft.com/azurelinux/base/python',
      'mcr.microsoft.com/azurelinux/distroless/python',
      'mcr.microsoft.com/azurelinux/base/nodejs',
      'mcr.microsoft.com/azurelinux/distroless/nodejs',
    ],
    tag: /^\d+(?:\.\d+){0,2}$/,
    unknown:
      '{image}:{tag} is not a Python 3.12 or Node.js 20/24 tag of the Azure Linux 3.0 golden images read, so no release is tied to it',
    source: AZL3_LANG,
  },
];

export const vendorFamily24Rules: ImageTagRule[] = [
  ...cephRules,
  ...rookRules,
  ...cybozuCephRules,
  ...envoyRules,
  ...parrotRules,
  ...azureLinuxLanguageRules,
];
