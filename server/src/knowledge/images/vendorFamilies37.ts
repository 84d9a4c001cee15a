/**
 * Non-official image families of issue #17, thirty-seventh file (drawn from base-images-sample26.tsv): minikube's kicbase
 * node image (each kicbase version's Dockerfile at the commit that made it the version minikube runs), multiarch/alpine
 * (<arch>-v<X.Y>: a root filesystem of Alpine X.Y from its own package repository) and Gitpod's workspace images' latest
 * tags (Ubuntu 22.04 through buildpack-deps:jammy), tiryoh/ros-melodic-desktop (Ubuntu 18.04), PX4's focal development image chain,
 * Universal Blue's Fedora Atomic images (tag N = Fedora N, the build argument), postgis/postgis tags of removed directories
 * (their last Dockerfile's FROM), Falco's release images (the Dockerfile at each git tag), browserless v2 latest (Ubuntu 24.04).
 * Same rules as vendorFamilies2.ts … vendorFamilies36.ts: every row names
 * the files read (repository @ commit (date)); a tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- gcr.io/k8s-minikube/kicbase (kubernetes/minikube) ----------------------------------------------------------------------
// pkg/drivers/kic/types.go names the kicbase version minikube runs (`Version = "v0.0.22"`; builds between releases are
// `v0.0.<n>-<unix time>-<PR>`), pushed by the Makefile's push-kic-base-image to gcr.io/k8s-minikube/kicbase and
// docker.io/kicbase/stable (releases) or kicbase-builds / kicbase/build (the timestamped builds). Read: every first-parent
// commit changing types.go (332, 2020-03 … 2026-08-22) and deploy/kicbase/Dockerfile at it (ARG defaults substituted; the
// base is the FROM that is not scratch nor the auto-pause golang build stage). Each version maps to the FROM of the
// Dockerfile at the first commit naming it; every version listed had the same release in every commit naming it. Versions
// v0.0.8 … v0.0.12-snapshot3 were FROM kindest/base (kind's own base, not described here) and are left out: unknown.
const KICBASE =
  'kubernetes/minikube @ eb25dbc (2026-08-23): pkg/drivers/kic/types.go (const Version, gcrRepo, dockerhubRepo) and deploy/kicbase/Dockerfile at each of the 332 first-parent commits changing types.go (v0.0.13-snapshot1 @ 5815ef8, 2020-09-30 … v0.0.50-1787134061-23516, 2026-08-22; FROM ubuntu:focal-<date> to v0.0.39-1683246328-16426, ubuntu:jammy-<date> from v0.0.39-1683580114-16069 (2023-05-17) to v0.0.48, debian:bookworm-<date>-slim from v0.0.48-1759382731-21643 (2025-10-02)), Makefile (KICBASE_IMAGE_GCR = $(REGISTRY)/kicbase, KICBASE_IMAGE_HUB = kicbase/stable)';

/** `{ FROM at the first commit naming the version: 'versions without their v0.0. prefix' }`. */
const KICBASE_FROM: Readonly<Record<string, string>> = {
  'ubuntu:focal-20200423': '13-snapshot1 13',
  'ubuntu:focal-20200925': '14-snapshot 14-snapshot2 14 15-snapshot 15-snapshot2',
  'ubuntu:focal-20201106': '15-snapshot3 15-snapshot4 16-snapshot1 17 17-1613701030-10408',
  'ubuntu:focal-20210119':
    '17-1613704090-10418 17-1613785984-10528 17-1613804889-10426 17-1613846643-10477 17-1613934488-10548 17-1614202509-10427 18 19 19-1617905290-11019 20',
  'ubuntu:focal-20210401':
    '20-1618262794-11055 20-1619543236-11212 21 22 22-1620785771-11384 23 24 24-1625086337-11824 24-1625170572-11834 25 25-1628619379-12032 25-1630631232-12398 26 26-1631295795-12425 27 27-1633027942-12081 28 28-1638824847-13104 28-1639515145-13124 28-1640212998-13227 29 29-1643823806-13302 29-1644071658-13563 29-1644344181-13531 30',
  'ubuntu:focal-20220316':
    '30-1647797120-13815 30-1652251400-14138 30-1652309540-13791 31 31-1653596720-14230 31-1653677545-13807 31-1654032859-14252 31-1655167405-14337 31-1655326339-14197 32 32-1656350719-14420',
  'ubuntu:focal-20220531': '32-1656700284-14481 32-1659115536-14579 33',
  'ubuntu:focal-20220801': '33-1659486857-14721 33-1661795577-14482',
  'ubuntu:focal-20220826': '33-1662137001-14904 34 34-1664832860-15066 35',
  'ubuntu:focal-20220922': '35-1665422179-15075 35-1665430468-15094',
  'ubuntu:focal-20221019':
    '35-1666722858-15219 36 36-1668608737-15235 36-1668787669-15272 36-1673540226-15630 36-1674164627-15541 36-1674600772-15703 37 37-1675094849-15728 37-1675280603-15763 37-1675980448-15752',
  'ubuntu:focal-20230126': '37-1676506612-15768 37-1677262057-15923 37-1678210470-15973',
  'ubuntu:focal-20230301': '37-1678473806-15991',
  'ubuntu:focal-20230308':
    '37-1678988071-16068 37-1679075007-16079 37-1680126204-16191 38 38-1680381266-16207 39 39-1680813808-16252 39-1683022590-16417 39-1683246328-16426',
  'ubuntu:jammy-20230425':
    '39-1683580114-16069 39-1684427128-16506 39-1684523789-16533 39-1684536746-16501 39-1684885407-16572 39-1685034446-16582 39-1685477270-16600 39-1685614080-16612 39-1685959646-16634',
  'ubuntu:jammy-20230522': '39-1686006988-16632 39-1687367788-16703',
  'ubuntu:jammy-20230605': '39-1687538068-16731',
  'ubuntu:jammy-20230624': '39-1688681246-16834 39-1689032083-15452 39-1689243385-16875 40-1690799191-16971 40',
  'ubuntu:jammy-20230804': '40-1692613578-17086 40-1692872184-17120 40-1693218425-17145',
  'ubuntu:jammy-20230816': '40-1693938323-17174 40-1694457807-17194 40-1694625416-17243 40-1694798187-17250 40-1696241247-17339',
  'ubuntu:jammy-20230916': '40-1696360059-17345 40-1697451950-17434',
  'ubuntu:jammy-20231004':
    '40-1698055645-17423 40-1698167243-17466 41 41-1698660445-17527 41-1698773672-17486 41-1698881667-17516 42 42-1699485386-17565 42-1700142204-17634 42-1701387262-17703 42-1701685682-17711',
  'ubuntu:jammy-20231128':
    '42-1701974066-17719 42-1701996201-17738 42-1702334074-17764 42-1702394725-17761 42-1702585004-17765 42-1702660877-17806',
  'ubuntu:jammy-20231211.1': '42-1702920864-17822 42-1703498848-17857 42-1704751654-17830 42-1704759386-17866 42-1708008208-17936',
  'ubuntu:jammy-20240212': '42-1708944392-18244 42-1710261797-18367',
  'ubuntu:jammy-20240227':
    '42-1710284843-18375 43-beta.0 43-1711559786-18485 43-1712138838-18566 43-1712593525-18585 43-1712743643-18610 43-1712854342-18621 43-1713176859-18634 43-1713215244-18647 43-1713236840-18649 43',
  'ubuntu:jammy-20240405': '43-1713569670-18702 43-1713736339-18706',
  'ubuntu:jammy-20240416': '43-1714386659-18769',
  'ubuntu:jammy-20240427':
    '43-1714992375-18804 44 44-1715596048-18869 44-1715707529-18887 44-1716228441-18934 44-1717064182-18993 44-1717518322-19024 44-1717668449-19038 44-1718016726-19044',
  'ubuntu:jammy-20240530':
    '44-1718296336-19068 44-1718615249-19082 44-1718705787-19104 44-1718753665-19106 44-1718923403-19112 44-1719002606-19116 44-1719245474-19128 44-1719413016-19142 44-1719600828-19153 44-1719929245-19175',
  'ubuntu:jammy-20240627.1':
    '44-1719972989-19184 44-1720012048-19186 44-1720534588-19199 44-1720578864-19219 44-1721064868-19249 44-1721146479-19264 44-1721234491-19282 44-1721324606-19298 44-1721687125-19319 44-1721902582-19326 44-1723026928-19389 44-1723567951-19429 44-1723650208-19443 44-1723740748-19452',
  'ubuntu:jammy-20240808':
    '44-1724062045-19478 44-1724667927-19511 44-1724775115-19521 44-1724862063-19530 45 45-1725963390-19606 45-1726156396-19616 45-1726193793-19634 45-1726243947-19640 45-1726281268-19643 45-1726358845-19644 45-1726481311-19649',
  'ubuntu:jammy-20240911.1':
    '45-1726589491-19662 45-1726784731-19672 45-1727108449-19696 45-1727731891-master 45-1728063813-19756 45-1728382586-19774 45-1729002334-19806 45-1729876044-19868 45-1730110049-19872 45-1730282848-19883 45-1730888964-19917 45-1733735246-20065 45-1733912881-20083 45-1734029593-20090 45-1736763277-20236 46',
  'ubuntu:jammy-20250126':
    '46-1739182054-20387 46-1739873784-20433 46-1740046583-20436 46-1741597657-20510 46-1741860993-20523 46-1743675393-20591 46-1744107393-20604',
  'ubuntu:jammy-20250415.1':
    '46-1746731792-20718 46-1747166185-20747 46-1747264594-20764 46-1747341282-20771 47 47-1752142599-21053 47-1753871403-21198',
  'ubuntu:jammy-20250714': '47-1754302052-21233 47-1754427148-21248 47-1755081124-21330 47-1755508051-21348',
  'ubuntu:jammy-20250730': '47-1756116447-21413 47-1756980985-21488',
  'ubuntu:jammy-20250819': '47-1757349805-21505 47-1757354847-21517 48',
  'debian:bookworm-20250908-slim': '48-1759382731-21643 48-1759745255-21703 48-1760363564-21724 48-1760609789-21757 48-1760939008-21773',
  'debian:bookworm-20251020-slim': '48-1761985721-21837 48-1763507788-21924 48-1763789673-21948',
  'debian:bookworm-20251117-slim':
    '48-1764404984-22005 48-1764169655-21974 48-1764843390-22032 48-1765184860-22066 48-1765275396-22083 48-1765575274-22117 48-1765661130-22141 48-1765966054-22186',
  'debian:bookworm-20251208-slim':
    '48-1766219634-22260 48-1766394456-22288 48-1766570851-22316 48-1766884053-22351 48-1766979815-22353 48-1767060456-22354 48-1767429414-22376 48-1767944074-22401',
  'debian:bookworm-20251229-slim': '48-1768032998-22402 48-1768689815-22498 49 49-1770155024-22621',
  'debian:bookworm-20260202-slim': '49-1771368762-22671 50',
  'debian:bookworm-20260223-slim':
    '50-1772266598-22719 50-1776894769-22878 50-1777107858-22893 50-1777373560-22909 50-1777458882-22911 50-1777590459-22922 50-1778102742-22943',
  'debian:bookworm-20260505-slim': '50-1778316219-22956 50-1778539959-22974 50-1778921557-22988',
  'debian:bookworm-20260518-slim':
    '50-1779526361-23032 50-1780132428-23081 50-1781273264-23119 50-1781948676-23192 50-1782083799-23198 50-1782213404-23211 50-1782905412-23266 50-1783334091-23308 50-1783761739-23337 50-1784025822-23362 50-1784111680-23365',
  'debian:bookworm-20260713-slim': '50-1784364224-23379 50-1785575261-23408 50-1786354489-23475 50-1786781261-23491 50-1787134061-23516',
};

const kicbaseRules: ImageTagRule[] = [
  {
    id: 'minikube/kicbase',
    repositories: [
      'gcr.io/k8s-minikube/kicbase',
      'gcr.io/k8s-minikube/kicbase-builds',
      'docker.io/kicbase/stable',
      'docker.io/kicbase/build',
    ],
    tag: /^v0\.0\.(?<v>\d+(?:-.+)?)$/,
    base: { group: 'v', map: byVersion(KICBASE_FROM) },
    source: KICBASE,
  },
];

// --- multiarch/alpine (multiarch/alpine) --------------------------------------------------------------------------------------
// update.sh builds ${DOCKER_REPO}:${TAG_ARCH}-${VERSION} FROM scratch with a root filesystem that apk.static installs
// (alpine-base) from $MIRROR/$VERSION/main, VERSION = v<X.Y> or edge; the repository's first layout (2016) held one
// directory per tag (x86-v3.3, armhf-v3.2, …) built the same way. So <arch>-v<X.Y> is Alpine X.Y. <arch>-edge (Alpine's
// development branch) and <arch>-latest-stable (LATEST_VERSION, v3.14 at the commit read) are moving: left unknown.
const MULTIARCH_ALPINE =
  'multiarch/alpine @ 1571843 (2023-01-17): update.sh (REPO=$MIRROR/$VERSION/main; apk.static --root $ROOTFS --initdb add alpine-base; docker build -t ${DOCKER_REPO}:${TAG_ARCH}-${VERSION}), .github/workflows/actions.yml (VERSION v3.11 … v3.14, edge; TAG_ARCH x86, x86_64, i386, amd64, armhf, aarch64, arm64, armv7, ppc64le, s390x); the 2016 tree (36b0738 …: directories <arch>-v2.3 … <arch>-v3.5)';

const multiarchAlpineRules: ImageTagRule[] = [
  {
    id: 'multiarch/alpine',
    repositories: ['docker.io/multiarch/alpine'],
    tag: /^(?:x86|x86_64|i386|amd64|armhf|aarch64|arm64|armv7|ppc64le|s390x)-v(?<v>\d+\.\d+)$/,
    base: 'alpine:{v}',
    source: MULTIARCH_ALPINE,
  },
];

// --- gitpod/workspace-* latest (gitpod-io/workspace-images) -------------------------------------------------------------------
// dazzle.yaml builds every image as a combination on base/Dockerfile, FROM buildpack-deps:jammy (a pinned digest) in every
// version since 6463940 (2023-03-06, "Change base image to Ubuntu Jammy"; buildpack-deps:focal before). The Docker Hub
// `latest` of each image in .github/promote-images.yml is copied from the project's registry by dockerhub-release.yml: weekly
// (cron "0 10 * * MON") until 87e8136 (2024-11-28), on demand since. Every copy after 2023-03-06 is Ubuntu 22.04; this rests
// on the weekly job having run after that day (it was scheduled for 20 more months). Moving, as of the commit read.
const GITPOD_WORKSPACE =
  'gitpod-io/workspace-images @ 244a381 (2026-02-12): dazzle.yaml (combinations on base), base/Dockerfile (FROM buildpack-deps:jammy@sha256:… in every version since 6463940, 2023-03-06; buildpack-deps:focal before), .github/promote-images.yml (the images), .github/workflows/dockerhub-release.yml (skopeo copy …/$IMAGE:latest to docker.io/gitpod/$IMAGE:latest; schedule cron "0 10 * * MON" until 87e8136, 2024-11-28, workflow_dispatch since)';

const GITPOD_IMAGES =
  'workspace-base workspace-c workspace-clojure workspace-elixir workspace-full workspace-full-vnc workspace-go workspace-nix workspace-node workspace-node-lts workspace-node-18 workspace-node-20 workspace-node-22 workspace-node-23 workspace-node-24 workspace-node-25 workspace-python workspace-python-3.10 workspace-python-3.11 workspace-python-3.12 workspace-python-3.13 workspace-ruby-3 workspace-ruby-3.1 workspace-ruby-3.2 workspace-ruby-3.3 workspace-rust workspace-dotnet workspace-dotnet-6 workspace-dotnet-8 workspace-postgres workspace-mysql workspace-mongodb workspace-java-11 workspace-java-17';

const gitpodRules: ImageTagRule[] = [
  {
    id: 'gitpod/workspace-latest',
    repositories: GITPOD_IMAGES.split(' ').map((name) => `docker.io/gitpod/${name}`),
    tag: /^latest$/,
    base: 'buildpack-deps:jammy',
    moving: {
      means:
        'the last copy of the image to Docker Hub, built on base/Dockerfile FROM buildpack-deps:jammy (Ubuntu 22.04) since 2023-03-06 and still at the commit read (2026-02-12)',
    },
    source: GITPOD_WORKSPACE,
  },
];

// --- tiryoh/ros-melodic-desktop (Tiryoh/docker-ros-melodic-desktop) -------------------------------------------------------------
// deploy.yml builds two targets, base (base/Dockerfile, FROM ubuntu:bionic or a dated ubuntu:bionic-<date> in every version)
// and devel (devel/Dockerfile, FROM ubuntu:bionic or tiryoh/ros-melodic-desktop:base), each pushed as <target>,
// <target>-<YYYYMMDDTHHmm> and latest (flavor latest=true), weekly by cron. Only the repository's first root Dockerfile
// (2018-02-25 … 2018-04, before ROS Melodic was released) was FROM ubuntu:xenial; every build since is Ubuntu 18.04.
const TIRYOH_MELODIC =
  'Tiryoh/docker-ros-melodic-desktop @ 60a79c4 (2023-02-12): .github/workflows/deploy.yml (matrix target [base, devel]; tags type=raw <target> and <target>-{{date \'YYYYMMDDTHHmm\'}}; flavor latest=true; cron "0 2 * * 0"), base/Dockerfile (FROM ubuntu:bionic[-<date>] in all 13 versions), devel/Dockerfile (FROM ubuntu:bionic or tiryoh/ros-melodic-desktop:base in all 3); the root Dockerfile FROM ubuntu:xenial only in its first 3 versions (2018-02-25 …), FROM ubuntu:bionic in the next 3';

const tiryohRules: ImageTagRule[] = [
  {
    id: 'tiryoh/ros-melodic-desktop',
    repositories: ['docker.io/tiryoh/ros-melodic-desktop'],
    tag: /^(?:base|devel)-\d{8}T\d{4}$/,
    base: 'ubuntu:18.04',
    source: TIRYOH_MELODIC,
  },
  {
    id: 'tiryoh/ros-melodic-desktop-latest',
    repositories: ['docker.io/tiryoh/ros-melodic-desktop'],
    tag: /^(?:latest|base|devel)$/,
    base: 'ubuntu:18.04',
    moving: {
      means:
        'the last weekly build of the target (base and devel both push latest), FROM ubuntu:bionic in every build file since 2018-04, as of the commit read (2023-02-12)',
    },
    source: TIRYOH_MELODIC,
  },
];

// --- PX4's Ubuntu 20.04 development images (PX4/PX4-containers) --------------------------------------------------------------
// docker_builds.yml tags each image with the build date. px4-dev-ros2-foxy's Dockerfile is FROM px4io/px4-dev-ros-noetic:<date>
// in all 20 versions (2020-06-27 … 2024-05-18), ros-noetic FROM px4io/px4-dev-simulation-focal:<date> in all 29,
// simulation-focal FROM px4io/px4-dev-base-focal:<date> in all 34, base-focal FROM ubuntu:20.04 in all 16: every date tag of
// the four images is Ubuntu 20.04.
const PX4_FOCAL =
  'PX4/PX4-containers @ 5483ce7 (2024-06-12): docker/Dockerfile_ros2-foxy (FROM px4io/px4-dev-ros-noetic:<date> in all 20 versions), Dockerfile_ros-noetic (FROM px4io/px4-dev-simulation-focal:<date>, all 29), Dockerfile_simulation-focal (FROM px4io/px4-dev-base-focal:<date>, all 34), Dockerfile_base-focal (FROM ubuntu:20.04, all 16), .github/workflows/docker_builds.yml';

const px4Rules: ImageTagRule[] = [
  {
    id: 'px4io/focal-chain',
    repositories: ['ros2-foxy', 'ros-noetic', 'simulation-focal', 'base-focal'].map((name) => `docker.io/px4io/px4-dev-${name}`),
    tag: /^20(?:2[0-4])-\d{2}-\d{2}$/,
    base: 'ubuntu:20.04',
    source: PX4_FOCAL,
  },
];

// --- Universal Blue's Fedora Atomic images (ublue-os/main) -------------------------------------------------------------------
// The Justfile builds <image>-<variant> (base-main, silverblue-main, kinoite-main, and -nvidia) for a Fedora major version N
// with --build-arg FEDORA_MAJOR_VERSION=N, FROM quay.io/fedora-ostree-desktops/<source>:N (signature checked against Fedora's
// ostree key), and gen-tags pushes N and N-<YYYYMMDD>[.<point>]; gts (43) and latest (44) are the Justfile's moving aliases.
const UBLUE_MAIN =
  'ublue-os/main @ cab01d7 (2026-08-22): Containerfile (FROM ${BASE_IMAGE}:${FEDORA_MAJOR_VERSION}, BASE_IMAGE quay.io/${SOURCE_ORG}/${SOURCE_IMAGE}, SOURCE_ORG fedora-ostree-desktops; every version since 9c3c8dc, 2023-03-01), Justfile (images base → base-atomic, silverblue, kinoite; variants main, nvidia; gts := "43", latest := "44"; build-container --build-arg FEDORA_MAJOR_VERSION=$fedora_version; gen-tags BUILD_TAGS $fedora_version and $fedora_version-$TIMESTAMP)';

const UBLUE_IMAGES = ['base', 'silverblue', 'kinoite'].flatMap((image) =>
  ['main', 'nvidia'].map((variant) => `ghcr.io/ublue-os/${image}-${variant}`),
);

const ublueRules: ImageTagRule[] = [
  {
    id: 'ublue-os/main-fedora',
    repositories: UBLUE_IMAGES,
    tag: /^(?<v>[34]\d)(?:-\d{8}(?:\.\d+)?)?$/,
    release: 'fedora-{v}',
    source: UBLUE_MAIN,
  },
  {
    id: 'ublue-os/main-latest',
    repositories: UBLUE_IMAGES,
    tag: /^latest$/,
    release: 'fedora-44',
    moving: { pin: '{image}:44', means: 'the Justfile’s latest := "44", as of the commit read (2026-08-22)' },
    source: UBLUE_MAIN,
  },
];

// --- postgis/postgis retired directory tags (postgis/docker-postgis) -------------------------------------------------------------
// The Makefile pushes postgis/postgis:<directory> and <directory>-alpine from <directory>/Dockerfile and <directory>/alpine/
// Dockerfile; main.yml rebuilds every directory of its matrix weekly (cron '15 5 * * 1') and on each push. A directory removed
// (or renamed: 11-3.1 → 11-3.2 on 2021-12-28) is no longer built, so its tag keeps the build of the last Dockerfile before the
// removal. Listed: the tags whose last Dockerfile's FROM names its release (postgres:<v>-bullseye, -stretch, -alpine3.16, …);
// directories last FROM a bare postgres:<v> or an ARG are left out. This rests on the weekly build having run between the last
// change of each Dockerfile and its removal (every one of them stood for at least a week).
const POSTGIS_RETIRED =
  "postgis/docker-postgis @ 51b3555 (2026-04-18): every Dockerfile deleted or renamed away on the main line (git log --diff-filter=DR) and its final FROM in the commit before (e.g. 11-3.1/Dockerfile FROM postgres:11-bullseye since 1cf6764, 2021-09-27, renamed to 11-3.2 by 6e3a0a2, 2021-12-28), Makefile (push $(REPO_NAME)/$(IMAGE_NAME):$(version) and $(version)-alpine), .github/workflows/main.yml (cron '15 5 * * 1')";

/** { the last FROM of the removed directory's Dockerfile: 'the tags it was pushed as' } */
const POSTGIS_LAST_FROM: Readonly<Record<string, string>> = {
  'postgres:10-alpine3.14': '10-3.1-alpine',
  'postgres:10-alpine3.16': '10-2.5-alpine 10-3.2-alpine',
  'postgres:10-bullseye': '10-3.1 10-3.2',
  'postgres:10-stretch': '10-2.5',
  'postgres:11-alpine3.14': '11-3.1-alpine',
  'postgres:11-alpine3.16': '11-2.5-alpine 11-3.2-alpine',
  'postgres:11-bullseye': '11-3.1 11-3.2 11-3.3',
  'postgres:11-stretch': '11-2.5',
  'postgres:12-alpine3.14': '12-3.1-alpine',
  'postgres:12-alpine3.16': '12-3.2-alpine',
  'postgres:12-bullseye': '12-3.1 12-3.2 12-3.3 12-3.4 12-3.5',
  'postgres:13-alpine3.14': '13-3.1-alpine',
  'postgres:13-alpine3.16': '13-3.2-alpine',
  'postgres:13-bullseye': '13-3.1 13-3.2 13-3.3 13-3.4 13-3.5 13-master',
  'postgres:14-alpine3.14': '14-3.1-alpine',
  'postgres:14-alpine3.16':
    '14-3.2-alpine 14-3.3.0alpha1-alpine 14-3.3.0beta1-alpine 14-3.3.0beta2-alpine 14-3.3.0rc1-alpine 14-3.3.0rc2-alpine',
  'postgres:14-bullseye': '14-3.1 14-3.2 14-3.3 14-3.4 14-master',
  'postgres:14rc1-bullseye': '14rc1-3.1 14rc1-master',
  'postgres:15-bullseye': '15-3.3 15-3.4 15-master',
  'postgres:15beta1-alpine3.16': '15beta1-3.3.0alpha1-alpine',
  'postgres:15beta1-bullseye': '15beta1-master',
  'postgres:15beta2-alpine3.16':
    '15beta2-3.2-alpine 15beta2-3.3.0alpha1-alpine 15beta2-3.3.0beta1-alpine 15beta2-3.3.0beta2-alpine 15beta2-3.3.0rc1-alpine',
  'postgres:15beta2-bullseye': '15beta2-3.2 15beta2-master',
  'postgres:15beta3-alpine3.16': '15beta3-3.2-alpine 15beta3-3.3.0rc2-alpine',
  'postgres:15beta3-bullseye': '15beta3-3.2 15beta3-master',
  'postgres:15beta4-alpine3.16': '15beta4-3.3-alpine',
  'postgres:15beta4-bullseye': '15beta4-3.3 15beta4-master',
  'postgres:15rc1-alpine3.16': '15rc1-3.3-alpine',
  'postgres:15rc1-bullseye': '15rc1-3.3 15rc1-master',
  'postgres:15rc2-alpine3.16': '15rc2-3.3-alpine',
  'postgres:15rc2-bullseye': '15rc2-3.3 15rc2-master',
  'postgres:16-bullseye': '16-master',
  'postgres:16beta1-bullseye': '16beta1-master',
  'postgres:16beta2-bullseye': '16beta2-3.3 16beta2-master',
  'postgres:16beta3-bullseye': '16beta3-3.3 16beta3-3.4 16beta3-master',
  'postgres:16rc1-bullseye': '16rc1-3.4 16rc1-master',
  'postgres:17beta2-bullseye': '17beta2-master',
  'postgres:17beta3-bullseye': '17beta3-master',
  'postgres:17rc1-bullseye': '17rc1-master',
  'postgres:18rc1-trixie': '18rc1-3.6',
  'postgres:9.6-alpine3.14': '9.6-3.1-alpine',
  'postgres:9.6-alpine3.15': '9.6-2.5-alpine 9.6-3.2-alpine',
  'postgres:9.6-bullseye': '9.6-3.1 9.6-3.2',
  'postgres:9.6-stretch': '9.6-2.5',
};

const postgisRules: ImageTagRule[] = [
  {
    id: 'postgis/retired-directory',
    repositories: ['docker.io/postgis/postgis'],
    tag: /^(?<t>[\w.-]+)$/,
    base: { group: 't', map: byVersion(POSTGIS_LAST_FROM) },
    frozen: 'its directory was removed from postgis/docker-postgis, so the tag keeps the last weekly build of that Dockerfile',
    source: POSTGIS_RETIRED,
  },
];

// --- Falco images (falcosecurity/falco) ---------------------------------------------------------------------------------------------
// Each release tag's image is built from the repository at that git tag: docker/no-driver/Dockerfile (falcosecurity/
// falco-no-driver) was FROM scratch up to 0.30.0, debian:11-slim from 0.31.0 to 0.35.1, debian:12-slim from 0.36.0 to 0.39.2
// (the directory is gone from 0.40.0); docker/falco/Dockerfile (falcosecurity/falco) FROM debian:stable up to 0.29.1 (a suite
// whose meaning at the build is not recorded), debian:buster from 0.30.0 to 0.35.1, debian:bookworm from 0.36.0 to 0.39.2, and
// cgr.dev/chainguard/wolfi-base since 0.40.0. The 0.12 … 0.22 images (docker/stable, also pushed as sysdig/falco) were FROM
// debian:unstable: unknown, saying why.
const FALCO =
  'falcosecurity/falco @ 1307474 (2026-07-31): docker/no-driver/Dockerfile and docker/falco/Dockerfile at each of the 190 git tags (final FROM), docker/stable/Dockerfile at 0.12.1, 0.13.0, 0.20.0 (FROM debian:unstable) and 0.22.1 (FROM debian:stable)';

const FALCO_NO_DRIVER: Readonly<Record<string, string>> = {
  'debian:11-slim': '0.31.0 0.31.1 0.32.0 0.32.1 0.32.2 0.33.0 0.33.1 0.34.0 0.34.1 0.35.0 0.35.1',
  'debian:12-slim': '0.36.0 0.36.1 0.36.2 0.37.0 0.37.1 0.38.0 0.38.1 0.38.2 0.39.0 0.39.1 0.39.2',
};
const FALCO_FULL: Readonly<Record<string, string>> = {
  'debian:buster': '0.30.0 0.31.0 0.31.1 0.32.0 0.32.1 0.32.2 0.33.0 0.33.1 0.34.0 0.34.1 0.35.0 0.35.1',
  'debian:bookworm': '0.36.0 0.36.1 0.36.2 0.37.0 0.37.1 0.38.0 0.38.1 0.38.2 0.39.0 0.39.1 0.39.2',
};

const falcoRules: ImageTagRule[] = [
  {
    id: 'falco/no-driver',
    repositories: ['docker.io/falcosecurity/falco-no-driver'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(FALCO_NO_DRIVER) },
    source: FALCO,
  },
  {
    id: 'falco/full',
    repositories: ['docker.io/falcosecurity/falco'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(FALCO_FULL) },
    source: FALCO,
  },
  {
    id: 'falco/sysdig-unstable',
    repositories: ['docker.io/sysdig/falco'],
    tag: /^0\.(?:[0-9]|1\d|2[0-2])\.\d+$/,
    unknown: '{image}:{tag} was built from docker/stable/Dockerfile FROM debian:unstable, whose contents on the build day are not recorded',
    source: FALCO,
  },
];

// --- browserless v2 images (browserless/browserless) ------------------------------------------------------------------------------
// docker-publish-latest.yml runs docker-publish.yml with tag latest on every push to main: it builds ghcr.io/browserless/base
// from docker/base/Dockerfile (FROM ubuntu:24.04 in every version since 1ec962d2, 2025-09-19, "switch to ubuntu 24.04";
// ubuntu:20.04 before) and each browser image from docker/<name>/Dockerfile, FROM ghcr.io/browserless/base:$VERSION. Moving.
const BROWSERLESS =
  'browserless/browserless @ 0e2f33e (2026-08-21): .github/workflows/docker-publish-latest.yml (on push to main: docker-publish.yml with tag latest), docker-publish.yml (base-build from ./docker/base/Dockerfile, then the browser images), docker/base/Dockerfile (FROM ubuntu:24.04 in all 30 versions since 1ec962d2, 2025-09-19; ubuntu:20.04 in the 9 before), docker/{chromium,chrome,firefox,webkit,edge,multi}/Dockerfile (FROM ghcr.io/browserless/base:$VERSION)';

const browserlessRules: ImageTagRule[] = [
  {
    id: 'browserless/latest',
    repositories: ['base', 'chromium', 'chrome', 'firefox', 'webkit', 'edge', 'multi'].map((name) => `ghcr.io/browserless/${name}`),
    tag: /^latest$/,
    base: 'ubuntu:24.04',
    moving: {
      means:
        'the build of the last push to main, on ghcr.io/browserless/base FROM ubuntu:24.04 since 2025-09-19, as of the commit read (2026-08-21)',
    },
    source: BROWSERLESS,
  },
];

export const vendorFamily37Rules: readonly ImageTagRule[] = [
  ...kicbaseRules,
  ...multiarchAlpineRules,
  ...gitpodRules,
  ...tiryohRules,
  ...px4Rules,
  ...ublueRules,
  ...postgisRules,
  ...falcoRules,
  ...browserlessRules,
];
