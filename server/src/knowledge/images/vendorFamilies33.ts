/**
 * Non-official image families of issue #17, thirty-third file: unknowns of base-image sample 23 (the Dockerfiles recall
 * samples 68–75 read) whose own build files tie a tag to one base — the 2014 dockerfile/java automated builds, Glider Labs'
 * Consul images (progrium/docker-consul), Hortonworks' ambari-base (sequenceiq/docker-ambari), the retired official
 * library/opensuse tags (docker-library/official-images history), LinuxServer.io's lsiobase/alpine and lsiobase/nginx
 * release-branch tags, ConSol's headless VNC images 1.x, million12's CentOS images, Quarkus' UBI 8 Mandrel builder image and
 * Kali's bleeding-edge and experimental images, richarvey/nginx-php-fpm's release tags and jlesage/firefox on its base images.
 * Same rules as vendorFamilies2.ts … vendorFamilies32.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- dockerfile/java (Docker Hub automated build, 2014) ---------------------------------------------------------------------
// README.md lists the tags (latest = openjdk-7-jre, and one directory per tag); every Dockerfile of every directory, in all
// 30 commits (2014-01-11 … 2014-10-02), is FROM dockerfile/ubuntu, itself FROM ubuntu:14.04 from 2014-04-25 to its end
// (vendorFamilies21.ts). The repository stopped on 2014-10-02, after dockerfile/ubuntu had moved to 14.04.
const DOCKERFILE_JAVA =
  'dockerfile/java @ 926218e (2014-10-02): README.md ("Docker Tags": latest (alias to openjdk-7-jre), openjdk-6-jdk, openjdk-6-jre, openjdk-7-jdk, openjdk-7-jre, oracle-java6, oracle-java7, oracle-java8; automated build on the public Docker Hub Registry), <tag>/Dockerfile FROM dockerfile/ubuntu in every one of the 30 commits (Dockerfile, a link to openjdk-7-jre/Dockerfile at the end); dockerfile/ubuntu @ 8a24cd8 (2014-12-01): FROM ubuntu:14.04 since c07fc04 (2014-04-25)';

const dockerfileJavaRules: ImageTagRule[] = [
  {
    id: 'dockerfile-project/java',
    repositories: ['docker.io/dockerfile/java'],
    tag: /^(?:latest|openjdk-[67]-j(?:dk|re)|oracle-java[678])$/,
    base: 'ubuntu:14.04',
    frozen: 'no longer built: the repository’s last commit is of 2014-10-02 (FROM dockerfile/ubuntu, then FROM ubuntu:14.04)',
    source: DOCKERFILE_JAVA,
  },
];

// --- gliderlabs/consul, consul-agent, consul-server (progrium/docker-consul) -----------------------------------------------
// One directory per Consul line (0.5, 0.6, 0.7), each with consul/, consul-agent/ and consul-server/; their Makefiles build
// gliderlabs/consul, gliderlabs/consul-agent, gliderlabs/consul-server (tagged $(VERSION) from 0.6 on; the top Makefile's
// VERSION names the line), and the agent is FROM gliderlabs/consul:<line>, the server FROM gliderlabs/consul-agent:<line>.
// 0.5/consul/Dockerfile was FROM alpine:3.2 in both its versions, 0.7/consul/Dockerfile FROM alpine:3.4 in its one version,
// so those lines hold one base whenever they were built. 0.6/consul moved from alpine:3.2 to 3.4 on 2016-06-16 and its
// agent was briefly FROM quay.io/thecontrolgroup/consul:0.6: which build the 0.6 tags hold is not recorded, so 0.6 stays
// unknown.
const GLIDERLABS_CONSUL =
  'progrium/docker-consul @ 032b3e1 (2017-01-25): 0.5/consul/Dockerfile FROM alpine:3.2 (666d576 2015-06-30, 4658ad2 2015-08-26), 0.7/consul/Dockerfile FROM alpine:3.4 (d787f76 2016-11-02, its only version), 0.6/consul/Dockerfile FROM alpine:3.2 until ad01c72 (2016-03-17), alpine:3.4 from 361a6f6 (2016-06-16); <line>/consul-agent/Dockerfile FROM gliderlabs/consul:<line>, <line>/consul-server/Dockerfile FROM gliderlabs/consul-agent:<line>; <line>/*/Makefile docker build -t gliderlabs/consul[-agent|-server][:$(VERSION)]; Makefile VERSION=0.5 (79d6015 2015-08-07), 0.6 (2657fe7 2015-12-16), 0.7 (d787f76)';

const CONSUL_FROZEN = 'a Consul {line} line of progrium/docker-consul, whose last commit is of 2017-01-25';

const gliderlabsConsulRules: ImageTagRule[] = [
  {
    id: 'gliderlabs-consul/line',
    repositories: ['docker.io/gliderlabs/consul'],
    tag: /^(?<line>0\.[57])$/,
    base: { group: 'line', map: { '0.5': 'alpine:3.2', '0.7': 'alpine:3.4' } },
    frozen: CONSUL_FROZEN,
    source: GLIDERLABS_CONSUL,
  },
  {
    id: 'gliderlabs-consul/agent',
    repositories: ['docker.io/gliderlabs/consul-agent'],
    tag: /^(?<line>0\.[57])$/,
    base: 'gliderlabs/consul:{line}',
    frozen: CONSUL_FROZEN,
    source: GLIDERLABS_CONSUL,
  },
  {
    id: 'gliderlabs-consul/server',
    repositories: ['docker.io/gliderlabs/consul-server'],
    tag: /^(?<line>0\.[57])$/,
    base: 'gliderlabs/consul-agent:{line}',
    frozen: CONSUL_FROZEN,
    source: GLIDERLABS_CONSUL,
  },
];

// --- hortonworks/ambari-base (sequenceiq/docker-ambari) ---------------------------------------------------------------------
// ambari-base/Dockerfile (MAINTAINER Hortonworks) was re-added on 2016-01-05 ("switch to centos-7") and is FROM
// centos:7.2.1511 or centos:7 in every version after that; ambari-agent and ambari-server are FROM
// hortonworks/ambari-base:<tag>, the tags 7.2.1511-v1 … v3 and 7.2-v4 … v7, all named from 2016-01-05 on. Every one is
// CentOS 7. (Before 2014-04-10 the directory built seq/ambari-base, another image.)
const AMBARI_BASE =
  'sequenceiq/docker-ambari @ d297a10 (2016-07-06): ambari-base/Dockerfile FROM centos:7.2.1511 (e8c3ceb 2016-01-05 … 40d9ab9 2016-02-20, b58ccb7 2016-04-05) or centos:7 (a7a71ac 2016-04-05, 0be99a3 2016-04-06 … 0a7fd0b 2016-05-17); ambari-agent/Dockerfile and ambari-server/Dockerfile FROM hortonworks/ambari-base:7.2.1511-v1 (e8c3ceb) … 7.2.1511-v3, 7.2-v4 (351337c 2016-04-05) … 7.2-v7 (0082a8e 2016-05-17 "use latest 7.2 v7")';

const ambariBaseRules: ImageTagRule[] = [
  {
    id: 'hortonworks/ambari-base',
    repositories: ['docker.io/hortonworks/ambari-base'],
    tag: /^7\.2(?:\.1511-v[1-3]|-v[4-7])$/,
    base: 'centos:7',
    frozen: 'a 2016 build of sequenceiq/docker-ambari’s ambari-base (the repository’s last commit is of 2016-07-06)',
    source: AMBARI_BASE,
  },
];

// --- library/opensuse (retired official image) ------------------------------------------------------------------------------
// docker-library/official-images' library/opensuse: latest and leap moved with 42.1 (2016-05-25), 42.2 (2016-11-18) and
// 42.3 (2017-07-28); the last version (632a6171cc, 2019-05-29) lists "Tags: 42.3,latest,leap" only, and 12edf617e2
// (2019-07-03) removed the remaining tags. 42.2 left the file on 2018-04-19, 42.1 on 2017-11-28, tumbleweed on 2019-02-26.
// (13.x and the codename tags name openSUSE releases the release table does not hold: not claimed.)
const OPENSUSE_LIBRARY =
  'docker-library/official-images @ 37079fb336 (2026-08-22): library/opensuse history (66 commits): "Tags: 42.3,latest,leap" at 632a6171cc (2019-05-29, the last version), 42.3 with leap, latest from 00c1fc65e6 (2017-07-28), 42.2 listed until 9ffd85df43 (2018-04-19) dropped it, 42.1 until b27e12f34d (2017-11-28), tumbleweed until 679be73538 (2019-02-26); removed by 12edf617e2 (2019-07-03, "Remove remaining opensuse tags")';

const opensuseLibraryRules: ImageTagRule[] = [
  {
    id: 'opensuse-library/leap',
    repositories: ['docker.io/library/opensuse'],
    tag: /^(?:latest|leap|42\.3)$/,
    release: 'opensuse-leap-42.3',
    frozen: 'a retired official tag: last listed as openSUSE Leap 42.3 on 2019-05-29, removed from the official images on 2019-07-03',
    source: OPENSUSE_LIBRARY,
  },
  {
    id: 'opensuse-library/42',
    repositories: ['docker.io/library/opensuse'],
    tag: /^(?<v>42\.[12])$/,
    release: 'opensuse-leap-{v}',
    frozen: 'a retired official tag, dropped from the library file in 2017 (42.1) or 2018 (42.2)',
    source: OPENSUSE_LIBRARY,
  },
  {
    id: 'opensuse-library/tumbleweed',
    repositories: ['docker.io/library/opensuse'],
    tag: /^tumbleweed$/,
    release: 'opensuse-tumbleweed',
    frozen: 'a retired official tag, dropped from the library file on 2019-02-26: Tumbleweed as of its last build',
    source: OPENSUSE_LIBRARY,
  },
];

// --- lsiobase/alpine and lsiobase/nginx (LinuxServer.io, Docker Hub) ---------------------------------------------------------
// In every commit of linuxserver/docker-baseimage-alpine whose Jenkinsfile pushes a release-branch tag, DOCKERHUB_IMAGE is
// 'lsiobase/alpine', the tag pushed is <N> (with amd64-/arm64v8-/arm32v7- and <version>-ls<build> forms) and the Dockerfile's
// REL is v<N> (3.8 … 3.22): the root filesystem comes from Alpine's v<N> repositories. docker-baseimage-alpine-nginx's
// Jenkinsfile has DOCKERHUB_IMAGE 'lsiobase/nginx' throughout; the tag it pushes equals the lsiobase/alpine (later
// ghcr.io/linuxserver/baseimage-alpine) branch its Dockerfile is FROM in every commit for 3.8 … 3.13 and 3.17 … 3.22; for
// 3.14, 3.15 and 3.16 some commits pushed the tag from a Dockerfile already FROM the next branch, so those stay unknown.
// lsiobase/alpine:latest (REL=edge on master) is not claimed.
const LSIOBASE =
  "linuxserver/docker-baseimage-alpine @ 3d5a8b0 (2025-10-04), every commit on every ref: Jenkinsfile DOCKERHUB_IMAGE = 'lsiobase/alpine', docker push ${PUSHIMAGE}:<N> with REL=v<N> in the Dockerfile (3.8 … 3.22, no exception); linuxserver/docker-baseimage-alpine-nginx @ 097e215 (2025-07-18), every commit: DOCKERHUB_IMAGE = 'lsiobase/nginx', ${PUSHIMAGE}:<N> (and arm64v8-<N>, arm32v7-<N>, <N>-<version>-ls<build>) pushed from a Dockerfile FROM lsiobase/alpine:<N> or ghcr.io/linuxserver/baseimage-alpine:<N> (3.8 … 3.13, 3.17 … 3.22; 3.14, 3.15, 3.16 also from Dockerfiles FROM the next branch)";

const LSIO_ARCH = '(?:(?:amd64|arm64v8|arm32v7)-)?';
const LSIO_BUILD = '(?:-.+)?';

const lsiobaseRules: ImageTagRule[] = [
  {
    id: 'lsiobase/alpine',
    repositories: ['docker.io/lsiobase/alpine'],
    tag: new RegExp(`^${LSIO_ARCH}(?<ver>3\\.(?:[89]|1\\d|2[0-2]))${LSIO_BUILD}$`),
    base: 'alpine:{ver}',
    source: LSIOBASE,
  },
  {
    id: 'lsiobase/nginx',
    repositories: ['docker.io/lsiobase/nginx'],
    tag: new RegExp(`^${LSIO_ARCH}(?<ver>3\\.(?:[89]|1[0-3]|1[7-9]|2[0-2]))${LSIO_BUILD}$`),
    base: 'alpine:{ver}',
    source: LSIOBASE,
  },
];

// --- consol/{centos,ubuntu}-{xfce,icewm}-vnc 1.x (ConSol/docker-headless-vnc-container) --------------------------------------
// The git tags 1.1.0 … 1.4.0 hold Dockerfile.<os>.<ui>.vnc, FROM centos:7 (centos) and ubuntu:16.04 (ubuntu) at every one;
// .build/trigger_dockerhub.sh (from 2017-02-20) triggers the Docker Hub build of the git tag as the Docker tag, and from
// 2018 how-to-release.md retags the tested dev images as 1.x.x. Earlier tags (1.0 … 1.0.2) had another layout, and the 2.x
// images carry other names (debian-, rocky-): not claimed.
const CONSOL_VNC =
  'ConSol/docker-headless-vnc-container @ b5523f2 (2026-03-06): Dockerfile.centos.xfce.vnc, Dockerfile.centos.icewm.vnc (FROM centos:7) and Dockerfile.ubuntu.xfce.vnc, Dockerfile.ubuntu.icewm.vnc (FROM ubuntu:16.04) at the git tags 1.1.0 (e30a4f6, 2017-03-18), 1.2.0, 1.2.1, 1.2.2, 1.2.3, 1.3.0, 1.4.0 (095d9bb, 2018-10-29); .build/trigger_dockerhub.sh (DOCKER_TAG = the git tag; Docker Hub build with source_type Tag), how-to-release.md at 1.4.0 (.build/tag_image.sh dev 1.x.x)';

const CONSOL_TAG = /^1\.(?:1\.0|2\.[0-3]|3\.0|4\.0)$/;

const consolVncRules: ImageTagRule[] = [
  {
    id: 'consol-vnc/centos',
    repositories: ['docker.io/consol/centos-xfce-vnc', 'docker.io/consol/centos-icewm-vnc'],
    tag: CONSOL_TAG,
    base: 'centos:7',
    frozen: 'a 1.x release of the headless VNC images (2017–2018)',
    source: CONSOL_VNC,
  },
  {
    id: 'consol-vnc/ubuntu',
    repositories: ['docker.io/consol/ubuntu-xfce-vnc', 'docker.io/consol/ubuntu-icewm-vnc'],
    tag: CONSOL_TAG,
    base: 'ubuntu:16.04',
    frozen: 'a 1.x release of the headless VNC images (2017–2018)',
    source: CONSOL_VNC,
  },
];

// --- million12/centos-supervisor and million12/nginx --------------------------------------------------------------------------
// Every version of million12/docker-centos-supervisor's Dockerfile (2014-12-20 … 2017-02-09) and centos/Dockerfile
// (2018-02-14 … 2019-05-11, the git tag 4.0.2) is FROM centos:centos7; every version of million12/docker-nginx's Dockerfile
// (2014-09-12 … 2019-05-11, all its git tags) is FROM million12/centos-supervisor:latest or :4.0.2. Whenever built, CentOS 7.
const MILLION12 =
  'million12/docker-centos-supervisor @ 4c32c11 (2019-05-11): Dockerfile FROM centos:centos7 in every version (5a09eeb 2014-12-20 … 77e13cc 2017-02-09), centos/Dockerfile FROM centos:centos7 in every version (4bc28f0 2018-02-14 … 0a47b04 2019-05-11; git tag 4.0.2 @ 5ae8462); million12/docker-nginx @ 4d86bbb (2019-05-11): Dockerfile FROM million12/centos-supervisor:latest (e529a6b 2014-09-12 … c26c84b 2016-03-09; git tags v0.1.0 … v0.5.0), FROM million12/centos-supervisor:4.0.2 (468a3cf 2019-05-11; git tag 1.15.12-1)';

const million12Rules: ImageTagRule[] = [
  {
    id: 'million12/centos-supervisor',
    repositories: ['docker.io/million12/centos-supervisor'],
    tag: /^(?:latest|4\.0\.2)$/,
    base: 'centos:7',
    frozen: 'the repository’s last commit is of 2019-05-11; every version of its Dockerfiles is FROM centos:centos7',
    source: MILLION12,
  },
  {
    id: 'million12/nginx',
    repositories: ['docker.io/million12/nginx'],
    tag: /^(?:latest|1\.15\.12-1|v0\.(?:[1-4]\.0|3\.1|5\.0))$/,
    base: 'million12/centos-supervisor:latest',
    frozen: 'the repository’s last commit is of 2019-05-11; every version of its Dockerfile is FROM million12/centos-supervisor',
    source: MILLION12,
  },
];

// --- quay.io/quarkus/ubi-quarkus-mandrel-builder-image (quarkusio/quarkus-images) -------------------------------------------
// quarkus-mandrel-builder-image/pom.xml generates the Dockerfile (QuarkusMandrelBuilder: Dockerfile.from(--ubi-minimal))
// for --out=quay.io/quarkus/ubi-quarkus-mandrel-builder-image with --ubi-minimal set to Red Hat's UBI 8 minimal image in
// every version from 1de2409 (2022-09-15) to the newest read (2025-09-29), save one day (d5b42b8, 2025-01-30, reverted by
// 6139723 the next day); since 3167ea2 (2025-02-03) the UBI 9 build is a separate image, ubi9-quarkus-mandrel-builder-image.
// The tags of mandrel.yaml's current lines move with each Mandrel update (push-images.yml): as of the newest commit read,
// UBI 8. Tags of lines since removed from mandrel.yaml are not claimed (their last build date is not recorded).
const QUARKUS_MANDREL =
  'quarkusio/quarkus-images @ e800dcb (2025-09-29): quarkus-mandrel-builder-image/mandrel.yaml (tags: 23.1-java21, 23.1-jdk-21, jdk-21, jdk-21.0.8; 24.2-java24, 24.2-jdk-24, jdk-24, jdk-24.0.2; 25.0-java25, 25.0-jdk-25, jdk-25, jdk-25.0.0), quarkus-mandrel-builder-image/pom.xml (execution ubi8: --ubi-minimal=${ubi8-min.base} --out=quay.io/quarkus/ubi-quarkus-mandrel-builder-image; ubi9: --out=quay.io/quarkus/ubi9-quarkus-mandrel-builder-image) and every earlier version from 1de2409 (2022-09-15; --ubi-minimal=${ubi-min.base}); pom.xml ubi8-min.base / ubi-min.base = registry.access.redhat.com/ubi8/ubi-minimal:8.6 … 8.10 except at d5b42b8 (2025-01-30, ubi9/ubi-minimal:9.5, reverted by 6139723 2025-01-31); QuarkusMandrelBuilder.java (Dockerfile.from(base), microdnf); .github/workflows/push-images.yml';

const quarkusMandrelRules: ImageTagRule[] = [
  {
    id: 'quarkus/mandrel-builder-ubi8',
    repositories: ['quay.io/quarkus/ubi-quarkus-mandrel-builder-image'],
    tag: /^(?:23\.1-(?:java21|jdk-21)|jdk-21(?:\.0\.8)?|24\.2-(?:java24|jdk-24)|jdk-24(?:\.0\.2)?|25\.0-(?:java25|jdk-25)|jdk-25(?:\.0\.0)?)$/,
    base: 'registry.access.redhat.com/ubi8/ubi-minimal:8.10',
    moving: {
      means:
        'the newest build of its Mandrel line; every build file from 2022-09-15 to the newest read (2025-09-29) puts this image on UBI 8 minimal (8.10 as of then)',
    },
    source: QUARKUS_MANDREL,
  },
];

// --- kalilinux/kali-bleeding-edge and kali-experimental (Kali's kali-docker build scripts) ----------------------------------
// build.sh builds the extra images after the base ones; extra/kali-bleeding-edge and extra/kali-experimental are
// FROM $REGISTRY_IMAGE/kali-rolling:$TAG (the same week's kali-rolling build) plus one apt source line, pushed under the
// same tags as kali-rolling (docker-build-extra.sh, docker-publish.sh). Their userland is Kali rolling (vendorFamilies3.ts).
const KALI_EXTRA =
  'elboulangero/kali-docker @ b2a5a26 (2022-09-13; the GitHub copy of gitlab.com/kalilinux/build-scripts/kali-docker): extra/kali-bleeding-edge and extra/kali-experimental (FROM $REGISTRY_IMAGE/kali-rolling:$TAG; RUN echo "deb http://http.kali.org/kali kali-bleeding-edge main contrib non-free" > /etc/apt/sources.list.d/…; since 6249141, 2019-10-21), build.sh (EXTRA_IMAGES="kali-experimental kali-bleeding-edge", built after the base images), docker-build-extra.sh (--build-arg TAG="$TAG", --tag "$REGISTRY_IMAGE/$IMAGE:$TAG"), docker-publish.sh (the versioned manifest and latest)';

const kaliExtraRules: ImageTagRule[] = [
  {
    id: 'kali/extra-latest',
    repositories: ['docker.io/kalilinux/kali-bleeding-edge', 'docker.io/kalilinux/kali-experimental'],
    tag: /^latest$/,
    release: 'kali-rolling',
    moving: {
      means: 'the newest weekly build: that week’s kali-rolling image plus one apt source line (build scripts as of 2022-09-13)',
    },
    source: KALI_EXTRA,
  },
  {
    id: 'kali/extra-dated',
    repositories: ['docker.io/kalilinux/kali-bleeding-edge', 'docker.io/kalilinux/kali-experimental'],
    tag: /^\d{4}\.\d{2}\.\d{2}(?:-(?:amd64|arm64|armhf))?$/,
    release: 'kali-rolling',
    source: KALI_EXTRA,
  },
];

// --- richarvey/nginx-php-fpm (richarvey/nginx-php-fpm) -----------------------------------------------------------------------
// .github/workflows/build_images.yml (from 72d21d0, 2022-03-26) builds on a pushed git tag N.N.N and pushes <N.N.N> (the
// tag's last five characters), the commit's short hash and latest. The Dockerfile at each git tag is FROM one pinned
// php:<version>-fpm-alpine<release> tag; the newest git tag (3.1.6, 2023-06-10, also the newest commit's day) is FROM
// php:8.2.7-fpm-alpine3.18, so latest rests on it until a newer release. Tags built before the workflow are not claimed.
const NGINX_PHP_FPM =
  'richarvey/nginx-php-fpm @ 15f577b (2023-06-10): .github/workflows/build_images.yml (on push of tags [0-9]+.[0-9]+.[0-9]+; VERSION=${SEM_TAG:(-5)}, TAGS=<image>:<VERSION>,<image>:<short sha>, and latest for a version number; since 72d21d0, 2022-03-26), Dockerfile FROM at the git tags 2.0.5 (2022-03-29) … 3.1.6 (2023-06-10): php:8.1.4-fpm-alpine3.15 (2.0.5), 8.1.5-fpm-alpine3.15 (2.0.6 … 2.1.1), 8.1.6-fpm-alpine3.15 (2.1.2), 8.1.9-fpm-alpine3.16 (2.1.4), 8.1.12-fpm-alpine3.16 (2.2.0), 8.2.3-fpm-alpine3.17 (3.0.0 … 3.1.0), 8.2.4-fpm-alpine3.17 (3.1.1 … 3.1.3), 8.2.5-fpm-alpine3.17 (3.1.4), 8.2.6-fpm-alpine3.18 (3.1.5), 8.2.7-fpm-alpine3.18 (3.1.6); README.md (docker pull richarvey/nginx-php-fpm:latest)';

const NGINX_PHP_FPM_TAGS: Readonly<Record<string, string>> = {
  '2.0.5': 'php:8.1.4-fpm-alpine3.15',
  '2.0.6': 'php:8.1.5-fpm-alpine3.15',
  '2.0.7': 'php:8.1.5-fpm-alpine3.15',
  '2.1.0': 'php:8.1.5-fpm-alpine3.15',
  '2.1.1': 'php:8.1.5-fpm-alpine3.15',
  '2.1.2': 'php:8.1.6-fpm-alpine3.15',
  '2.1.4': 'php:8.1.9-fpm-alpine3.16',
  '2.2.0': 'php:8.1.12-fpm-alpine3.16',
  '3.0.0': 'php:8.2.3-fpm-alpine3.17',
  '3.0.1': 'php:8.2.3-fpm-alpine3.17',
  '3.0.2': 'php:8.2.3-fpm-alpine3.17',
  '3.1.0': 'php:8.2.3-fpm-alpine3.17',
  '3.1.1': 'php:8.2.4-fpm-alpine3.17',
  '3.1.2': 'php:8.2.4-fpm-alpine3.17',
  '3.1.3': 'php:8.2.4-fpm-alpine3.17',
  '3.1.4': 'php:8.2.5-fpm-alpine3.17',
  '3.1.5': 'php:8.2.6-fpm-alpine3.18',
  '3.1.6': 'php:8.2.7-fpm-alpine3.18',
};

const nginxPhpFpmRules: ImageTagRule[] = [
  {
    id: 'nginx-php-fpm/release',
    repositories: ['docker.io/richarvey/nginx-php-fpm'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: NGINX_PHP_FPM_TAGS },
    frozen: 'a release tag, built once from its git tag',
    source: NGINX_PHP_FPM,
  },
  {
    id: 'nginx-php-fpm/latest',
    repositories: ['docker.io/richarvey/nginx-php-fpm'],
    tag: /^latest$/,
    base: 'php:8.2.7-fpm-alpine3.18',
    moving: {
      means: 'the build of the newest release tag, 3.1.6 (2023-06-10, the newest commit read)',
    },
    source: NGINX_PHP_FPM,
  },
];

// --- jlesage/firefox, jlesage/baseimage-gui, jlesage/baseimage (jlesage/docker-*) ---------------------------------------------
// Each repository's build workflow pushes a git tag's build. jlesage/docker-baseimage's matrix at v3.11.8 builds
// <prefix>-v3.11.8 with BASEIMAGE=<distribution image> (the final stage copies that stage's root filesystem FROM scratch);
// docker-baseimage-gui's matrix at v4.12.6 builds <prefix>-v4.12.6 FROM jlesage/baseimage:<prefix>-v3.11.8; docker-firefox
// pushes <git tag> and latest on a git tag, and v26.07.2 (2026-07-13, the newest tag and commit read) is FROM
// jlesage/baseimage-gui:alpine-3.24-v4.12.6. Other versions of the base images are not read, so not claimed.
const JLESAGE =
  'jlesage/docker-firefox @ 6664868 (2026-07-13, git tag v26.07.2): Dockerfile FROM jlesage/baseimage-gui:alpine-3.24-v4.12.6, .github/workflows/build-image.yml (DOCKER_IMAGE_NAME jlesage/firefox; on a git tag: TAGS <image>:<tag>,<image>:latest); jlesage/docker-baseimage-gui @ e14b0bb (2026-07-12, git tag v4.12.6): .github/workflows/build-baseimage.yml matrix { tag_prefix <prefix>, baseimage jlesage/baseimage:<prefix>-v3.11.8 }, TAGS jlesage/baseimage-gui:<prefix>-<version>; jlesage/docker-baseimage @ 3bf82e8 (2026-07-11, git tag v3.11.8): the matrix (alpine-3.18 … alpine-3.24: alpine:3.18 … alpine:3.24; debian-11, 12, 13: debian:<n>-slim; ubuntu-18.04 … 26.04: ubuntu:<n>), Dockerfile FROM ${BASEIMAGE} AS baseimage, FROM scratch, COPY --from=baseimage / /';

const JLESAGE_PREFIX = '(?<p>alpine-3\\.(?:1[89]|2[0-4])|debian-1[123]|ubuntu-(?:18|20|22|24|26)\\.04)';

/** jlesage/docker-baseimage v3.11.8's matrix: tag prefix → BASEIMAGE. */
function jlesageBases(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const minor of ['18', '19', '20', '21', '22', '23', '24']) map[`alpine-3.${minor}`] = `alpine:3.${minor}`;
  for (const major of ['11', '12', '13']) map[`debian-${major}`] = `debian:${major}-slim`;
  for (const year of ['18', '20', '22', '24', '26']) map[`ubuntu-${year}.04`] = `ubuntu:${year}.04`;
  return map;
}

const jlesageRules: ImageTagRule[] = [
  {
    id: 'jlesage/baseimage-v3.11.8',
    repositories: ['docker.io/jlesage/baseimage'],
    tag: new RegExp(`^${JLESAGE_PREFIX}-v3\\.11\\.8$`),
    base: { group: 'p', map: jlesageBases() },
    source: JLESAGE,
  },
  {
    id: 'jlesage/baseimage-gui-v4.12.6',
    repositories: ['docker.io/jlesage/baseimage-gui'],
    tag: new RegExp(`^${JLESAGE_PREFIX}-v4\\.12\\.6$`),
    base: 'jlesage/baseimage:{p}-v3.11.8',
    source: JLESAGE,
  },
  {
    id: 'jlesage/firefox-v26.07.2',
    repositories: ['docker.io/jlesage/firefox'],
    tag: /^v26\.07\.2$/,
    base: 'jlesage/baseimage-gui:alpine-3.24-v4.12.6',
    source: JLESAGE,
  },
  {
    id: 'jlesage/firefox-latest',
    repositories: ['docker.io/jlesage/firefox'],
    tag: /^latest$/,
    base: 'jlesage/baseimage-gui:alpine-3.24-v4.12.6',
    moving: { means: 'the build of the newest release tag, v26.07.2 (2026-07-13, the newest commit read)' },
    source: JLESAGE,
  },
];

export const vendorFamily33Rules: readonly ImageTagRule[] = [
  ...dockerfileJavaRules,
  ...gliderlabsConsulRules,
  ...ambariBaseRules,
  ...opensuseLibraryRules,
  ...lsiobaseRules,
  ...consolVncRules,
  ...million12Rules,
  ...quarkusMandrelRules,
  ...kaliExtraRules,
  ...nginxPhpFpmRules,
  ...jlesageRules,
];
