/**
 * Non-official image families of issue #17, forty-second file (drawn from base-images-sample30.tsv, the FROM lines of recall
 * samples 94–99): Judge0's judge0/compilers and judge0/judge0 release tags (each tag's Dockerfile at its git tag), the
 * rustembedded/cross <target>-0.2.0 / -0.2.1 images (docker/Dockerfile.<target> at the release tag), networkboot/dhcpd:latest
 * and bkahlert/libguestfs (their Dockerfile and the workflow that pushes the tag); the Fedora Atomic desktop images this
 * sample met are answered by vendorFamilies41.ts (the same source, ublue-os/main).
 * Same rules as vendorFamilies2.ts … vendorFamilies40.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- judge0/compilers, judge0/judge0 (judge0/compilers, judge0/judge0) ---------------------------------------------------------
// judge0/compilers: Dockerfile at every git tag v1.0.0 … v1.4.0, and slim/Dockerfile at v1.2.1 … v1.4.0 (added fe3bd4c,
// 2020-05-06), are FROM judge0/buildpack-deps:buster-2019-12-28 (earlier tags: buildpack-deps:jessie or a stretch/jessie
// snapshot; -extra tags FROM judge0/api-base or the -slim image: left out). judge0/judge0: Dockerfile at v1.11.0 and v1.12.0
// FROM judge0/compilers:1.3.0, at v1.13.0 and v1.13.1 FROM judge0/compilers:1.4.0 (earlier tags FROM judge0/api-base: left out).
const JUDGE0_COMPILERS =
  'judge0/compilers @ 90fa29c (v1.4.0, 2021-03-07): Dockerfile at each git tag v1.0.0, v1.1.0, v1.2.0, v1.2.1, v1.3.0, v1.4.0 and slim/Dockerfile at v1.2.1, v1.3.0, v1.4.0: FROM judge0/buildpack-deps:buster-2019-12-28';
const JUDGE0_API =
  'judge0/judge0 @ ffd7a48 (v1.13.1, 2024-04-17): Dockerfile at git tags v1.11.0, v1.12.0 (FROM judge0/compilers:1.3.0 AS production) and v1.13.0, v1.13.1 (FROM judge0/compilers:1.4.0 AS production)';

const judge0Rules: ImageTagRule[] = [
  {
    id: 'judge0-compilers/buster',
    repositories: ['docker.io/judge0/compilers'],
    tag: /^(?:1\.[01]\.0|1\.2\.0|(?:1\.2\.1|1\.3\.0|1\.4\.0)(?:-slim)?)$/,
    base: 'judge0/buildpack-deps:buster-2019-12-28',
    source: JUDGE0_COMPILERS,
  },
  {
    id: 'judge0-judge0/compilers',
    repositories: ['docker.io/judge0/judge0'],
    tag: /^(?<v>1\.1[1-3]\.\d)$/,
    base: {
      group: 'v',
      map: {
        '1.11.0': 'judge0/compilers:1.3.0',
        '1.12.0': 'judge0/compilers:1.3.0',
        '1.13.0': 'judge0/compilers:1.4.0',
        '1.13.1': 'judge0/compilers:1.4.0',
      },
    },
    source: JUDGE0_API,
  },
];

// --- rustembedded/cross <target>-<version> (rust-embedded/cross, now cross-rs/cross) -------------------------------------------
// ci/docker_push.sh pushes rustembedded/cross:${TARGET} and, for a v* git tag, ${TARGET}-${version}; src/docker.rs runs
// rustembedded/cross:{triple}-{version} for a release. docker/Dockerfile.<target> at v0.2.0 (ba1195e) and v0.2.1 (a1ca96d) is
// FROM ubuntu:16.04 or ubuntu:18.04 per target, listed below; other versions (0.1.x had ubuntu:14.04 images) stay unknown.
const CROSS =
  'cross-rs/cross (formerly rust-embedded/cross) @ a1ca96d (v0.2.1, 2020-06-30) and ba1195e (v0.2.0, 2020-02-22): ci/docker_push.sh (image_name="rustembedded/cross:${TARGET}", versioned "${image_name}-${version}"), src/docker.rs (format!("rustembedded/cross:{}-{}", triple, version)), docker/Dockerfile.<target> at each tag: FROM ubuntu:16.04 or ubuntu:18.04';

const CROSS_V0_2_0_XENIAL =
  'aarch64-linux-android aarch64-unknown-linux-gnu arm-linux-androideabi arm-unknown-linux-gnueabi ' +
  'arm-unknown-linux-gnueabihf armv7-linux-androideabi armv7-unknown-linux-gnueabihf ' +
  'asmjs-unknown-emscripten i586-unknown-linux-gnu i686-linux-android i686-unknown-linux-gnu ' +
  'mips-unknown-linux-gnu mips64-unknown-linux-gnuabi64 mips64el-unknown-linux-gnuabi64 ' +
  'mipsel-unknown-linux-gnu powerpc-unknown-linux-gnu powerpc64-unknown-linux-gnu ' +
  'powerpc64le-unknown-linux-gnu s390x-unknown-linux-gnu sparc64-unknown-linux-gnu sparcv9-sun-solaris ' +
  'thumbv6m-none-eabi thumbv7em-none-eabi thumbv7em-none-eabihf thumbv7m-none-eabi ' +
  'wasm32-unknown-emscripten x86_64-linux-android x86_64-sun-solaris x86_64-unknown-dragonfly ' +
  'x86_64-unknown-linux-gnu x86_64-unknown-netbsd';
const CROSS_V0_2_0_BIONIC =
  'aarch64-unknown-linux-musl arm-unknown-linux-musleabi arm-unknown-linux-musleabihf ' +
  'armv5te-unknown-linux-musleabi armv7-unknown-linux-musleabihf i586-unknown-linux-musl ' +
  'i686-unknown-linux-musl mips-unknown-linux-musl mipsel-unknown-linux-musl x86_64-pc-windows-gnu ' +
  'x86_64-unknown-linux-musl';
const CROSS_V0_2_1_XENIAL =
  'aarch64-linux-android aarch64-unknown-linux-gnu arm-linux-androideabi arm-unknown-linux-gnueabi ' +
  'armv7-linux-androideabi armv7-unknown-linux-gnueabihf asmjs-unknown-emscripten ' +
  'i586-unknown-linux-gnu i686-linux-android i686-unknown-linux-gnu mips-unknown-linux-gnu ' +
  'mips64-unknown-linux-gnuabi64 mips64el-unknown-linux-gnuabi64 mipsel-unknown-linux-gnu ' +
  'powerpc-unknown-linux-gnu powerpc64le-unknown-linux-gnu s390x-unknown-linux-gnu sparcv9-sun-solaris ' +
  'thumbv6m-none-eabi thumbv7em-none-eabi thumbv7em-none-eabihf thumbv7m-none-eabi ' +
  'wasm32-unknown-emscripten x86_64-linux-android x86_64-sun-solaris x86_64-unknown-linux-gnu ' +
  'x86_64-unknown-netbsd';
const CROSS_V0_2_1_BIONIC =
  'aarch64-unknown-linux-musl arm-unknown-linux-gnueabihf arm-unknown-linux-musleabi ' +
  'arm-unknown-linux-musleabihf armv5te-unknown-linux-gnueabi armv5te-unknown-linux-musleabi ' +
  'armv7-unknown-linux-musleabihf i586-unknown-linux-musl i686-unknown-linux-musl ' +
  'mips-unknown-linux-musl mipsel-unknown-linux-musl riscv64gc-unknown-linux-gnu x86_64-pc-windows-gnu ' +
  'x86_64-unknown-linux-musl';

/** Each target of one release's space-separated lists mapped to the Ubuntu release its Dockerfile is FROM. */
function crossBases(xenial: string, bionic: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const target of xenial.split(' ')) map[target] = 'ubuntu:16.04';
  for (const target of bionic.split(' ')) map[target] = 'ubuntu:18.04';
  return map;
}

const crossRules: ImageTagRule[] = [
  {
    id: 'rustembedded-cross/0.2.0',
    repositories: ['docker.io/rustembedded/cross'],
    tag: /^(?<t>[a-z0-9_]+(?:-[a-z0-9_]+)+)-0\.2\.0$/,
    base: { group: 't', map: crossBases(CROSS_V0_2_0_XENIAL, CROSS_V0_2_0_BIONIC) },
    source: CROSS,
  },
  {
    id: 'rustembedded-cross/0.2.1',
    repositories: ['docker.io/rustembedded/cross'],
    tag: /^(?<t>[a-z0-9_]+(?:-[a-z0-9_]+)+)-0\.2\.1$/,
    base: { group: 't', map: crossBases(CROSS_V0_2_1_XENIAL, CROSS_V0_2_1_BIONIC) },
    source: CROSS,
  },
];

// --- networkboot/dhcpd (networkboot/docker-dhcpd) ----------------------------------------------------------------------------
// .github/workflows/dockerize-latest.yml (added 2022-07-28) builds Dockerfile and pushes networkboot/dhcpd:latest on every push
// to master; Dockerfile is FROM ubuntu:22.04 since 9f44e7c (2022-06-27). The repository is archived (README, e19b38a).
const NETWORKBOOT_DHCPD =
  'networkboot/docker-dhcpd @ e19b38a (2025-01-05, archived): .github/workflows/dockerize-latest.yml (on push to master: build Dockerfile, tags networkboot/dhcpd:latest), Dockerfile FROM ubuntu:22.04 since 9f44e7c (2022-06-27; ubuntu:20.04 from 3a79de5, 2022-01-24)';

// --- bkahlert/libguestfs (bkahlert/libguestfs) --------------------------------------------------------------------------------
// .github/workflows/build.yml tags with docker/metadata-action: type=edge (each push to master), type=semver {{version}} and
// {{major}}.{{minor}} (v* git tags). Dockerfile at v1.1.0, v1.2.0, v1.2.1 FROM ubuntu:20.04; at v2.0.0-beta.0 and on master
// since c17e3a7 (2023-01-31) FROM ubuntu:23.04; the last push to master is 50b2c79 (2023-04-15).
const LIBGUESTFS =
  'bkahlert/libguestfs @ 50b2c79 (2023-04-15): .github/workflows/build.yml (docker/metadata-action tags type=edge, type=semver {{version}} and {{major}}.{{minor}}), Dockerfile at git tags v1.1.0, v1.2.0, v1.2.1 FROM ubuntu:20.04, at v2.0.0-beta.0 and on master since c17e3a7 (2023-01-31) FROM ubuntu:23.04';

const singleRepoRules: ImageTagRule[] = [
  {
    id: 'networkboot-dhcpd/latest',
    repositories: ['docker.io/networkboot/dhcpd'],
    tag: /^latest$/,
    base: 'ubuntu:22.04',
    moving: {
      means:
        'the build of the last push to master, Dockerfile FROM ubuntu:22.04 since 2022-06-27; the repository was archived after its commit of 2025-01-05 (as of the commit read, 2025-01-05)',
    },
    source: NETWORKBOOT_DHCPD,
  },
  {
    id: 'bkahlert-libguestfs/1.x',
    repositories: ['docker.io/bkahlert/libguestfs'],
    tag: /^(?:1\.1(?:\.0)?|1\.2(?:\.[01])?)$/,
    base: 'ubuntu:20.04',
    source: LIBGUESTFS,
  },
  {
    id: 'bkahlert-libguestfs/2.0.0-beta.0',
    repositories: ['docker.io/bkahlert/libguestfs'],
    tag: /^2\.0\.0-beta\.0$/,
    base: 'ubuntu:23.04',
    source: LIBGUESTFS,
  },
  {
    id: 'bkahlert-libguestfs/edge',
    repositories: ['docker.io/bkahlert/libguestfs'],
    tag: /^edge$/,
    base: 'ubuntu:23.04',
    moving: {
      means: 'the build of the last push to master, Dockerfile FROM ubuntu:23.04 since 2023-01-31 (as of the commit read, 2023-04-15)',
    },
    source: LIBGUESTFS,
  },
];

// --- lightninglabs/bitcoin-core (lightninglabs/docker-bitcoin-core) -----------------------------------------------------------
// .github/workflows/build.yaml builds each matrix directory (27, 28, 29, 29.1, 30, 31 and their alpine/) on every push: on
// master it pushes <directory> and, for the newest directory (LATEST_BITCOIN_MAJOR_VERSION, sort -n of the directories),
// latest; a git tag <version> is built only from the directory of its major (<version>, <version>-alpine). Every version of
// 27/ … 31/Dockerfile (from 4114624, 2024-04-17) is FROM debian:bookworm-slim. alpine tags (FROM an untagged alpine) are left out.
const BITCOIN_CORE =
  'lightninglabs/docker-bitcoin-core @ 52fc673 (2026-04-22): .github/workflows/build.yaml (matrix 27 … 31, 29.1 and */alpine; TAGS "$REPO:${BITCOIN_VERSION}", latest for the newest directory, "$REPO:$TAG" for a git tag built from its major\'s directory), every version of 27/, 28/, 29/, 29.1/, 30/, 31/Dockerfile (since 4114624, 2024-04-17): FROM debian:bookworm-slim';

const bitcoinCoreRules: ImageTagRule[] = [
  {
    id: 'lightninglabs-bitcoin-core/bookworm',
    repositories: ['docker.io/lightninglabs/bitcoin-core'],
    tag: /^(?:2[7-9]|3[01])(?:\.\d+){0,2}$/,
    base: 'debian:bookworm-slim',
    source: BITCOIN_CORE,
  },
  {
    id: 'lightninglabs-bitcoin-core/latest',
    repositories: ['docker.io/lightninglabs/bitcoin-core'],
    tag: /^latest$/,
    base: 'debian:bookworm-slim',
    moving: {
      means:
        "the newest directory's build (31/ as of the commit read, 2026-04-22), every newest directory FROM debian:bookworm-slim since 2024-04-17",
    },
    source: BITCOIN_CORE,
  },
];

// --- ghcr.io/charles25565/rocky-i686-container (charles25565/rocky-i686-container) -----------------------------------------------
// .github/workflows/main.yml (on push and daily) pushes the build as :latest and :<branch> (the only branch is r9). Every version
// of the Containerfile (git log --all, 2025-04-24 … 2025-06-11) fills the image with dnf --releasever=9 --forcearch=i686 from
// Rocky Linux 9's devel i686 repository (i686.repo): a Rocky Linux 9 userland built for i686, whatever the tag or digest.
const ROCKY_I686 =
  'charles25565/rocky-i686-container @ a91be58 (2025-06-11): .github/workflows/main.yml (push latest and $(git rev-parse --abbrev-ref HEAD); only branch r9), every version of Containerfile (git log --all: dnf install --releasever=9 --installroot=/out --forcearch=i686, FROM its own :r9 / :9 / @sha256 builds) and i686.repo (baseurl …/pub/rocky/9/devel/i686/os/)';

// --- islasgeci/base (IslasGECI/docker) ------------------------------------------------------------------------------------------
// .github/workflows/develop.yml pushes islasgeci/base:latest on each push to develop. Every version of the Dockerfile (git log
// --all) is FROM rocker/r-ubuntu:20.04 or rocker/tidyverse:4.0.4, 4.0.5, 4.1.0 (since 3a7594b, 2021-07-08); develop's last
// commit is 400eaf8 (2021-07-09). Only latest: stable was pushed from a master branch the repository no longer has.
const ISLASGECI_BASE =
  'IslasGECI/docker @ 400eaf8 (develop, 2021-07-09): .github/workflows/develop.yml (on push to develop: docker push islasgeci/base:latest), Dockerfile FROM rocker/tidyverse:4.1.0 since 3a7594b (2021-07-08; rocker/tidyverse:4.0.4, 4.0.5 and rocker/r-ubuntu:20.04 before)';

const smallRepoRules: ImageTagRule[] = [
  {
    id: 'rocky-i686-container/rocky9',
    repositories: ['ghcr.io/charles25565/rocky-i686-container'],
    tag: /^(?:latest|r9|9)$/,
    release: 'rockylinux-9',
    repositoryDecides: true,
    source: ROCKY_I686,
    note: 'Rocky Linux ships no i686 release: these packages come from its devel i686 repository',
  },
  {
    id: 'islasgeci-base/latest',
    repositories: ['docker.io/islasgeci/base'],
    tag: /^latest$/,
    base: 'rocker/tidyverse:4.1.0',
    moving: {
      means: 'the build of the last push to develop, FROM rocker/tidyverse:4.1.0 since 2021-07-08 (as of the commit read, 2021-07-09)',
    },
    source: ISLASGECI_BASE,
  },
];

// --- gentoo/stage3 (gentoo/gentoo-docker-images): an honest unknown --------------------------------------------------------------
// stage3.Dockerfile verifies and unpacks the newest stage3 tarball of Gentoo's autobuilds into a FROM scratch image; README's
// inventory lists the stage3 targets (amd64-openrc, amd64-musl, amd64-systemd, arm…), deploy.sh pushes them to docker.io/gentoo.
// Gentoo is rolling and the knowledge base has no Gentoo release row (its glibc or musl and its kernel floor are not tabled).
const GENTOO_STAGE3 =
  'gentoo/gentoo-docker-images @ 1885143 (2026-01-21): README.md (Inventory: stage3 targets amd64-openrc, amd64-musl, amd64-systemd, …; https://hub.docker.com/u/gentoo/), stage3.Dockerfile (the stage3 tarball from …/releases/${ARCH}/autobuilds unpacked into FROM scratch), deploy.sh (docker push --all-tags "${ORG}/${NAME}")';

const gentooRules: ImageTagRule[] = [
  {
    id: 'gentoo-stage3/rolling',
    repositories: ['docker.io/gentoo/stage3'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is Gentoo’s stage3 image, a rolling Gentoo userland unpacked from the newest autobuild; the knowledge base has no Gentoo release row (libc, support dates), so none is shown',
    source: GENTOO_STAGE3,
  },
];

// --- billywonthappen/gcc-cross-x86_64-elf (billyeatcookies/gcc-cross-x86_64-elf) ---------------------------------------------
// .github/workflows/docker-image.yml (docker/build-push-action, tags billywonthappen/gcc-cross-x86_64-elf:latest) runs on each push
// to master; the last push is 54cf31a (2023-08-06), its Dockerfile FROM debian:latest (since f243c13 that day). library/debian
// listed latest on bookworm then (c4720be1, 2023-07-26: "Tags: bookworm, bookworm-20230725, 12.1, 12, latest").
const GCC_CROSS_ELF =
  'billyeatcookies/gcc-cross-x86_64-elf @ 54cf31a (2023-08-06): .github/workflows/docker-image.yml (on push to master: build-push-action tags billywonthappen/gcc-cross-x86_64-elf:latest), Dockerfile FROM debian:latest since f243c13 (2023-08-06); docker-library/official-images library/debian @ c4720be1 (2023-07-26): Tags: bookworm, bookworm-20230725, 12.1, 12, latest';

const gccCrossElfRules: ImageTagRule[] = [
  {
    id: 'gcc-cross-x86_64-elf/latest',
    repositories: ['docker.io/billywonthappen/gcc-cross-x86_64-elf'],
    tag: /^latest$/,
    base: 'debian:bookworm',
    moving: {
      means: 'the build of the last push to master, FROM debian:latest when that was bookworm (as of the commit read, 2023-08-06)',
    },
    source: GCC_CROSS_ELF,
  },
];

export const vendorFamily42Rules: ImageTagRule[] = [
  ...judge0Rules,
  ...crossRules,
  ...singleRepoRules,
  ...bitcoinCoreRules,
  ...smallRepoRules,
  ...gentooRules,
  ...gccCrossElfRules,
];
