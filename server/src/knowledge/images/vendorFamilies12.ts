/**
 * Non-official image families of issue #17, twelfth file: the biggest unknown groups of sample 14 (and of samples 7 and
 * 10) whose answer a primary source gives. Same rules as vendorFamilies2.ts … vendorFamilies11.ts: every row names the
 * build files read (repository @ commit (date)); moving tags are described as of the newest build files read. Registered
 * after vendorFamilies11.ts and before communityImages.ts and thirdParty.ts, whose entries for the same repositories stay
 * in force for every tag not listed here.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- Kibana (docker.elastic.co/kibana/kibana; elastic/dockerfiles) -------------------------------------------------------
// elastic/dockerfiles commits kibana/Dockerfile once per release on its release branches; the label
// org.label-schema.version / org.opencontainers.image.version names the release and the final FROM its base. Read on the
// 8.11, 7.17 and 8.19 branches (whose histories cover 7.0.0 … 8.13.4, 7.14.0 … 7.17.29 and 8.19.x): CentOS 7 up to 7.9.3,
// CentOS 8 from 7.10.0 to 7.16.3, Ubuntu 20.04 from 7.17.0 and 8.0.0, Ubuntu 24.04 for 7.17.29 and 8.19.x. Each version
// listed was committed with one base only; 8.14 … 8.18 and 9.x were not read, and pre-releases are left out.
const KIBANA =
  'elastic/dockerfiles @ 3b01a0be (snapshot): kibana/Dockerfile on every commit of branches 8.11 (6ca919c 8.11.0 … ee30c9a 8.11.4, 2024-01-11, and its history back to bb0dda1 7.0.0, 2019-04-10), 7.17 (d44fab6 7.14.0 … 28b876f 7.17.29, 2025-07-31) and 8.19 (e4c2da0 8.19.0 … f15851a 8.19.10, 2026-01-13): org.label-schema.version / org.opencontainers.image.version and the final FROM (centos:7 for 7.0.0 … 7.9.3, centos:8 from a3f88da 7.10.0 to 597c9bb 7.16.3, ubuntu:20.04 from 5d23670 7.17.0 and f9cd9e6 8.0.0, ubuntu:24.04 at 28b876f 7.17.29 and from e4c2da0 8.19.0)';
const KIBANA_VERSIONS: Readonly<Record<string, string>> = {
  'centos:7':
    '7.0.0 7.0.1 7.1.0 7.1.1 7.2.0 7.2.1 7.3.0 7.3.1 7.3.2 7.4.0 7.4.1 7.4.2 7.5.0 7.5.1 7.5.2 7.6.0 7.6.1 7.6.2 7.7.0 7.7.1 7.8.0 7.8.1 7.9.0 7.9.1 7.9.2 7.9.3',
  'centos:8':
    '7.10.0 7.10.1 7.10.2 7.11.0 7.11.1 7.11.2 7.12.0 7.12.1 7.13.0 7.13.1 7.13.2 7.13.3 7.13.4 7.14.0 7.14.1 7.14.2 7.15.0 7.15.1 7.15.2 7.16.0 7.16.1 7.16.2 7.16.3',
  'ubuntu:20.04':
    '7.17.0 7.17.1 7.17.2 7.17.3 7.17.4 7.17.5 7.17.6 7.17.7 7.17.8 7.17.9 7.17.10 7.17.11 7.17.12 7.17.13 7.17.14 7.17.15 7.17.16 7.17.17 7.17.18 7.17.19 7.17.20 7.17.21 7.17.22 7.17.23 7.17.24 7.17.25 7.17.26 7.17.27 7.17.28 8.0.0 8.0.1 8.1.0 8.1.1 8.1.2 8.1.3 8.2.0 8.2.1 8.2.2 8.2.3 8.3.0 8.3.1 8.3.2 8.3.3 8.4.0 8.4.1 8.4.2 8.4.3 8.5.0 8.5.1 8.5.2 8.5.3 8.6.0 8.6.1 8.6.2 8.7.0 8.7.1 8.8.0 8.8.1 8.8.2 8.9.0 8.9.1 8.9.2 8.10.1 8.10.2 8.10.3 8.10.4 8.11.0 8.11.1 8.11.2 8.11.3 8.11.4 8.12.0 8.12.1 8.12.2 8.13.0 8.13.1 8.13.2 8.13.3 8.13.4',
  'ubuntu:24.04': '7.17.29 8.19.0 8.19.1 8.19.2 8.19.3 8.19.4 8.19.5 8.19.6 8.19.7 8.19.8 8.19.9 8.19.10',
};
const kibanaRules: ImageTagRule[] = exactTagRules(KIBANA_VERSIONS, (base) => ({
  id: `kibana/${base.replace(/[:/]/g, '-')}`,
  repositories: ['docker.elastic.co/kibana/kibana'],
  source: KIBANA,
}));

// --- Crystal's Ubuntu images (crystallang/crystal {version} and {version}-build; crystal-lang/distribution-scripts) -----
// communityImages.ts maps each release to the distribution-scripts commit its CI pinned, through the Alpine release that
// commit's docker/alpine.Dockerfile names. The same job builds the Ubuntu images from the same commit with `make all64` in
// docker/ (no base override in the CI file read), where docker/Makefile passes --build-arg base_docker_image=ubuntu:focal on
// every commit from e1704da (2020-08-28) to 5ec78a9 (2023-03-01); 0607a70 (2023-03-16) moved the base into the Dockerfile.
// Every commit whose alpine.Dockerfile names Alpine 3.12, 3.13 or 3.16 lies in that span (3.12 from e1704da, 3.16 until
// 0607a70), so the releases pinned to them (0.36.0 … 1.7.3) have Ubuntu 20.04 images. Older (bionic, or before the pins were
// recorded) and newer releases are not listed.
const CRYSTAL_UBUNTU =
  'crystal-lang/distribution-scripts @ 37f308f9 (2026-07-31): docker/Makefile BUILD_ARGS_UBUNTU64 … --build-arg base_docker_image=ubuntu:focal at e1704da (2020-08-28), 400b6e6, 8f55cac, 59dd735, f3c2318, 98551b9, 8328ae5 (2021-12-08) and 5ec78a9 (2023-03-01), ubuntu:bionic at 069ab25 (2020-01-16); docker/alpine.Dockerfile FROM alpine:3.12 at e1704da … (bdff883 2021-01-27: 3.13) … ccd239c (2021-09-14: 3.12) … e9cafa1 (2022-07-28: 3.16) … 2d85f41, ARG base_docker_image=alpine:3.17 from 0607a70 (2023-03-16); crystal-lang/crystal .circleci/config.yml @ 01018887 (dist_docker: cd docker; make all64 CRYSTAL_DEB=… CRYSTAL_TARGZ=…; publish_docker pushes ${DOCKER_TAG}, ${DOCKER_TAG}-build, -alpine, -alpine-build); the release → pinned-commit → Alpine table of communityImages.ts';
const crystalUbuntuRules: ImageTagRule[] = [
  {
    id: 'crystal/ubuntu-focal',
    repositories: ['docker.io/crystallang/crystal'],
    tag: /^(?:0\.36\.[01]|1\.0\.0|1\.1\.[01]|1\.2\.[0-2]|1\.3\.[0-2]|1\.4\.[01]|1\.5\.[0-1]|1\.6\.[0-2]|1\.7\.[0-3])(?:-build)?$/,
    base: 'ubuntu:focal',
    source: CRYSTAL_UBUNTU,
  },
];

// --- SteamCMD (cm2network/steamcmd; CM2Walki/steamcmd) --------------------------------------------------------------------
// Docker Hub builds each directory with its hooks/build: bookworm/ tags latest, steam, steam-bookworm (target bookworm) and
// root, root-bookworm (target bookworm-root), both stages FROM debian:bookworm-slim; bullseye/ the -bullseye tags on
// debian:bullseye-slim. latest, steam and root are the bookworm build as of the newest commit read.
const STEAMCMD =
  'CM2Walki/steamcmd @ f4a6e7be (2025-10-04, the snapshot HEAD): bookworm/Dockerfile (FROM debian:bookworm-slim as build_stage; bookworm-root and bookworm stages FROM it), bookworm/hooks/build (-t $DOCKER_REPO:latest -t …:steam -t …:steam-bookworm; --target=bookworm-root -t …:root -t …:root-bookworm), bullseye/Dockerfile (FROM debian:bullseye-slim), README.md supported tags';
const steamcmdRules: ImageTagRule[] = [
  {
    id: 'cm2network-steamcmd/bookworm-named',
    repositories: ['docker.io/cm2network/steamcmd'],
    tag: /^(?:steam|root)-bookworm$/,
    base: 'debian:bookworm-slim',
    source: STEAMCMD,
  },
  {
    id: 'cm2network-steamcmd/bullseye-named',
    repositories: ['docker.io/cm2network/steamcmd'],
    tag: /^(?:steam|root)-bullseye$/,
    base: 'debian:bullseye-slim',
    source: STEAMCMD,
  },
  {
    id: 'cm2network-steamcmd/latest',
    repositories: ['docker.io/cm2network/steamcmd'],
    tag: /^(?:latest|steam|root)$/,
    base: 'debian:bookworm-slim',
    moving: {
      pin: 'cm2network/steamcmd:steam-bookworm',
      means: 'the bookworm build as of the newest commit read (CM2Walki/steamcmd f4a6e7be, 2025-10-04)',
    },
    source: STEAMCMD,
  },
];

// --- Zephyr CI images (zephyrprojectrtos/ci, ci-base, zephyr-build; zephyrproject-rtos/docker-image) ---------------------
// From v0.24.7 the workflow builds ci-base from Dockerfile.base, then ci (Dockerfile.ci) and zephyr-build (Dockerfile.devel)
// FROM the ci-base / ci image of the same run (build-args BASE_IMAGE=…:<version>), tagging each with the git tag
// (type=ref,event=tag; workflow read at v0.26.18 and v0.29.2). Dockerfile.base at each tag: ubuntu:22.04 from v0.26.0 to
// v0.27.5, ubuntu:24.04 from v0.27.6. Earlier tags (one Dockerfile, or a workflow not read) and latest are not listed.
const ZEPHYR_CI =
  'zephyrproject-rtos/docker-image @ 1256073 (2026-07-08): Dockerfile.base at every tag (FROM ubuntu:20.04 up to v0.25.1, ubuntu:22.04 from v0.26.0 (2023-03-18) to v0.27.5 (2025-04-11), ubuntu:24.04 from v0.27.6 (2025-05-15) to v0.29.2 (2026-04-21)); Dockerfile.ci and Dockerfile.devel ARG BASE_IMAGE, FROM ${BASE_IMAGE:-zephyrprojectrtos/ci-base:latest}; .github/workflows/ci.yml at v0.26.18 and v0.29.2 (DOCKERHUB_BASE docker.io/zephyrprojectrtos, GHCR_BASE ghcr.io/zephyrproject-rtos, images ci-base, ci, zephyr-build; BASE_IMAGE=…/ci-base:<version> and …/ci:<version>; tags type=ref,event=tag)';
const ZEPHYR_REPOS = ['docker.io/zephyrprojectrtos', 'ghcr.io/zephyrproject-rtos'].flatMap((org) =>
  ['ci', 'ci-base', 'zephyr-build'].map((image) => `${org}/${image}`),
);
const zephyrCiRules: ImageTagRule[] = [
  {
    id: 'zephyr-ci/jammy',
    repositories: ZEPHYR_REPOS,
    tag: /^v0\.(?:26\.(?:[0-9]|1[0-8])|27\.[0-5])$/,
    base: 'ubuntu:22.04',
    source: ZEPHYR_CI,
  },
  {
    id: 'zephyr-ci/noble',
    repositories: ZEPHYR_REPOS,
    tag: /^v0\.(?:27\.6(?:\.1)?|28\.[0-8]|29\.[0-2])$/,
    base: 'ubuntu:24.04',
    source: ZEPHYR_CI,
  },
];

// --- code-server (codercom/code-server, ghcr.io/coder/code-server; coder/code-server) -------------------------------------
// ci/release-image/Dockerfile at each v4 tag: FROM debian:11 up to 4.7.x; from v4.8.0 ARG BASE=debian:11 (debian:12 from
// v4.20.0, debian:13 from v4.113.0) and docker-bake.hcl's code-server-debian-11 / -12 target, which sets no BASE, pushes
// {version}, {version}-debian and {version}-bullseye / -bookworm (and latest). The Ubuntu, Fedora and openSUSE targets,
// latest, and 4.113.0 on (whose bake file was not read) are not listed.
const CODE_SERVER =
  'coder/code-server @ 88c2b743 (2026-08-20): ci/release-image/Dockerfile at every v4 tag (FROM debian:11 at v4.0.0 … v4.7.x; ARG BASE=debian:11 from v4.8.0, BASE=debian:12 from v4.20.0 (2023-12-18), BASE=debian:13 from v4.113.0 (2026-03-31)); ci/release-image/docker-bake.hcl at v4.8.0, v4.19.1 (target code-server-debian-11: gen_tags "", "debian", "bullseye", no BASE) and v4.20.0, v4.96.4, v4.112.0 (code-server-debian-12: "", "debian", "bookworm"; gen_tags: ${registry}:${VERSION}${-tag})';
const CODE_SERVER_REPOS = ['docker.io/codercom/code-server', 'ghcr.io/coder/code-server'];
const codeServerRules: ImageTagRule[] = [
  {
    id: 'code-server/bullseye-plain',
    repositories: CODE_SERVER_REPOS,
    tag: /^4\.[0-7]\.\d+$/,
    base: 'debian:11',
    source: CODE_SERVER,
  },
  {
    id: 'code-server/bullseye',
    repositories: CODE_SERVER_REPOS,
    tag: /^4\.(?:[89]|1\d)\.\d+(?:-debian|-bullseye)?$/,
    base: 'debian:11',
    source: CODE_SERVER,
  },
  {
    id: 'code-server/bookworm',
    repositories: CODE_SERVER_REPOS,
    tag: /^4\.(?:[2-9]\d|10\d|11[0-2])\.\d+(?:-debian|-bookworm)?$/,
    base: 'debian:12',
    source: CODE_SERVER,
  },
];

export const vendorFamily12Rules: readonly ImageTagRule[] = [
  ...kibanaRules,
  ...crystalUbuntuRules,
  ...steamcmdRules,
  ...zephyrCiRules,
  ...codeServerRules,
];
