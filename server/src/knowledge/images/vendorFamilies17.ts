/**
 * Non-official image families of issue #17, seventeenth file: unknowns of the sixteenth sample (drawn from project kinds no
 * earlier sample named) and of the class "vendor/community image on Docker Hub the tables do not describe" whose answer a
 * primary source gives. Same rules as vendorFamilies2.ts … vendorFamilies15.ts: every row names the build files read
 * (repository @ commit (date)); a tag is resolved only when the files that push it tie it to one base, and tags whose files
 * do not get a reason instead of a release. Registered after vendorFamilies15.ts and before communityImages.ts and
 * thirdParty.ts.
 */
import type { ImageTagRule } from './ruleTypes';

// --- moodlehq/moodle-php-apache (Docker Hub and ghcr.io) ---------------------------------------------------------------
// One git branch per image, named <php>-<debian codename>; .github/workflows/test_buildx_and_publish.yml pushes the
// branch name as a tag (metadata-action type=raw,value={{branch}}), and only the branches whose workflow also has
// type=match,pattern=(\d+.\d+) push the bare <php> tag. Every branch's Dockerfile is FROM php:<php>-apache-<codename>, so
// a branch tag names its Debian release itself. A bare tag is resolved only when exactly one branch pushes it today and
// no other branch pushed it later: 8.4 is pushed by both 8.4-bookworm and 8.4-trixie, and 7.3 and older were mapped to
// branches by Docker Hub build settings (Travis era) that the repository does not record.
const MOODLE_PHP_APACHE =
  'moodlehq/moodle-php-apache @ 8ced11e1 (main, 2025-03-28) and its branch tips: every branch <php>-<codename> (5.6-jessie … 8.4-trixie, 26 branches) has Dockerfile FROM php:<php>-apache-<codename>; .github/workflows/test_buildx_and_publish.yml (metadata-action images moodlehq/moodle-php-apache and ghcr.io/moodlehq/moodle-php-apache, tags type=raw,value={{branch}}, plus type=match,pattern=(\\d+.\\d+) only on 7.3-buster, 7.4-bullseye, 8.0-bullseye, 8.1-bookworm, 8.2-bookworm, 8.3-bookworm (189d847, 2023-11-28; removed again from 8.3-bullseye by 3bfdec8 the same day), 8.4-bookworm and 8.4-trixie); README.md tag table ("8.3, 8.3-bookworm", "8.0, 8.0-bullseye", "8.4, 8.4-bookworm"; 7.3 and older built by Travis/Docker Hub)';
const MOODLE_REPOS = ['docker.io/moodlehq/moodle-php-apache', 'ghcr.io/moodlehq/moodle-php-apache'];
const moodlePhpApacheRules: ImageTagRule[] = [
  {
    id: 'moodle-php-apache/branch',
    repositories: MOODLE_REPOS,
    tag: /^(?<php>\d+\.\d+)-(?<codename>jessie|stretch|buster|bullseye|bookworm|trixie)$/,
    base: 'php:{php}-apache-{codename}',
    source: MOODLE_PHP_APACHE,
  },
  {
    id: 'moodle-php-apache/bare-bullseye',
    repositories: MOODLE_REPOS,
    tag: /^(?<php>7\.4|8\.0)$/,
    base: 'php:{php}-apache-bullseye',
    source: MOODLE_PHP_APACHE,
  },
  {
    id: 'moodle-php-apache/bare-bookworm',
    repositories: MOODLE_REPOS,
    tag: /^(?<php>8\.[123])$/,
    base: 'php:{php}-apache-bookworm',
    source: MOODLE_PHP_APACHE,
  },
  {
    id: 'moodle-php-apache/bare-unread',
    repositories: MOODLE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not tied to one branch: 8.4 is pushed by both the 8.4-bookworm and 8.4-trixie workflows, 7.3 and older bare tags were mapped to branches by Docker Hub build settings the repository does not record, and dev or other tags move; a <php>-<codename> tag names its Debian release',
    source: MOODLE_PHP_APACHE,
  },
];

// --- dperson/samba (Docker Hub automated build) -------------------------------------------------------------------------
// The image was built by Docker Hub's automated builds (hooks/pre_build, post_push: the autobuild hook names) from a
// Dockerfile FROM alpine with no tag (arm64v8/alpine, arm32v6/alpine for the other architectures), on every commit from
// 2015 to the last (d407fa1, 2020-07-03). Which Alpine release 'alpine' (latest) was when Docker Hub last built a tag is
// recorded nowhere in the repository, so every tag stays unknown, with this reason.
const DPERSON_SAMBA =
  'dperson/samba @ d407fa1b (2020-07-03, its last commit): Dockerfile FROM alpine (Dockerfile.aarch64 FROM arm64v8/alpine, Dockerfile.armhf FROM arm32v6/alpine), unpinned on every commit since 2015; hooks/pre_build, hooks/post_push (Docker Hub automated-build hooks: the builds ran on Docker Hub, not from a workflow in the repository)';
const dpersonSambaRules: ImageTagRule[] = [
  {
    id: 'dperson-samba/unpinned-alpine',
    repositories: ['docker.io/dperson/samba'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built by Docker Hub automated builds FROM alpine with no tag, so its Alpine release is whichever alpine:latest was at its last build, which the repository does not record (last commit 2020-07-03)',
    source: DPERSON_SAMBA,
  },
];

// --- ghcr.io/gigahawk/freecad-cli (Gigahawk/docker-freecad-cli) ---------------------------------------------------------
// .github/workflows/docker-publish.yml runs macbre/push-to-ghcr on a published release (image tag = the release's git tag,
// a leading 'v' removed) and on a push to master (tag latest), building the root Dockerfile of that checkout. The three
// release tags' Dockerfiles name their Ubuntu release; master has been FROM ubuntu:20.04 since 5a458c6 (2022-05-03) and
// has had no commit since fac7f18 (2022-09-07), so latest was last pushed from ubuntu:20.04.
const GIGAHAWK_FREECAD =
  'Gigahawk/docker-freecad-cli @ fac7f18e (2022-09-07, master and tag 0.20.1): Dockerfile FROM ubuntu:18.04 at tag 0.19.4 (0de76ad), FROM ubuntu:20.04 at 0.19.4_2 (5a458c6, 2022-05-03) and 0.20.1 (fac7f18) and on every master commit since 5a458c6; .github/workflows/docker-publish.yml (on release published and push to master: macbre/push-to-ghcr@v8, image_name gigahawk/freecad-cli); macbre/push-to-ghcr action.yml @ 07a7d9a4 (COMMIT_TAG = the release tag for a release event, latest otherwise; docker build . --tag ghcr.io/<image_name>:<COMMIT_TAG>)';
const gigahawkFreecadRules: ImageTagRule[] = [
  {
    id: 'gigahawk-freecad-cli/focal',
    repositories: ['ghcr.io/gigahawk/freecad-cli'],
    tag: /^(?:0\.19\.4_2|0\.20\.1|latest)$/,
    base: 'ubuntu:20.04',
    frozen: 'no longer built: the repository has had no commit since 2022-09-07',
    source: GIGAHAWK_FREECAD,
  },
  {
    id: 'gigahawk-freecad-cli/bionic',
    repositories: ['ghcr.io/gigahawk/freecad-cli'],
    tag: /^0\.19\.4$/,
    base: 'ubuntu:18.04',
    source: GIGAHAWK_FREECAD,
  },
  {
    id: 'gigahawk-freecad-cli/unread',
    repositories: ['ghcr.io/gigahawk/freecad-cli'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the release tags read (0.19.4, 0.19.4_2, 0.20.1) or latest; earlier master pushes were FROM ubuntu:16.04 or 18.04',
    source: GIGAHAWK_FREECAD,
  },
];

// --- flaviostutz/ceph-base (Docker Hub) and tclavier/nginx ---------------------------------------------------------------
// flaviostutz/ceph-base: every version of the repository's only Dockerfile, on every branch and tag over its whole history
// (9 versions, 2018-07-17 … 2019-05-20), is FROM ubuntu:18.04, so any tag built from it is Ubuntu 18.04 whichever commit
// built it. tclavier/nginx: FROM debian:testing since b52fa94 (2017-04-20), a tag whose Debian release changes with each
// Debian release cycle, and the repository does not record when the image was last built, so it stays unknown.
const FLAVIOSTUTZ_CEPH_BASE =
  'flaviostutz/ceph-base @ 432da2af (2019-05-20, its last commit): Dockerfile FROM ubuntu:18.04 in all 9 versions of the file on every branch and tag (git log --all, 2018-07-17 … 2019-05-20; tags 13.2.5, 13.2.5.2, ubuntu-luminous-12.2.4.0, ubuntu-mimic-13.2.0.0 … 13.2.0.3); the sibling images flaviostutz/ceph-client, ceph-monitor, ceph-osd and ceph-manager build FROM it';
const TCLAVIER_NGINX =
  'tclavier/docker-nginx @ 0f5f012c (2017-07-17, its last commit): Dockerfile from debian:testing since b52fa94 (2017-04-20; debian:stretch 2016-05 … 2017-02, debian and deliverous/wheezy before); no build workflow in the repository';
const flaviostutzTclavierRules: ImageTagRule[] = [
  {
    id: 'flaviostutz-ceph-base/bionic',
    repositories: ['docker.io/flaviostutz/ceph-base'],
    tag: /^.*$/,
    base: 'ubuntu:18.04',
    frozen: 'no longer built: the repository has had no commit since 2019-05-20',
    source: FLAVIOSTUTZ_CEPH_BASE,
  },
  {
    id: 'tclavier-nginx/debian-testing',
    repositories: ['docker.io/tclavier/nginx'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built FROM debian:testing (since 2017-04-20; debian:stretch before), whose Debian release changes with each release cycle, and the repository does not record when the image was last built',
    source: TCLAVIER_NGINX,
  },
];

// --- quay.io/mpuels/docker-py-kaldi-asr and docker-kaldi-asr ------------------------------------------------------------
// Every version of docker-kaldi-asr's Dockerfile (one, 2018-06-21, tag 2018-06-21) is FROM debian:8, and every version of
// docker-py-kaldi-asr's (8, 2018-06-19 … 2018-07-30, tags 0.3.0, 0.3.1, 0.4.1) is FROM debian:8 or FROM
// (quay.io/)mpuels/docker-kaldi-asr:2018-06-21, so whichever commit built a tag, its userland is Debian 8.
const MPUELS_KALDI =
  'mpuels/docker-py-kaldi-asr @ 424368b (2018-07-30, its last commit): Dockerfile FROM debian:8 (2018-06-19 … 2018-06-20, tag 0.3.0), then FROM mpuels/docker-kaldi-asr:2018-06-21 or quay.io/mpuels/docker-kaldi-asr:2018-06-21 (tags 0.3.1, 0.4.1), every version on every branch (git log --all); mpuels/docker-kaldi-asr @ 0e68b96e (2018-06-25, its last commit): its only Dockerfile version b2f043f (2018-06-21, tag 2018-06-21) FROM debian:8';
const mpuelsKaldiRules: ImageTagRule[] = [
  {
    id: 'mpuels-kaldi-asr/jessie',
    repositories: ['quay.io/mpuels/docker-py-kaldi-asr', 'quay.io/mpuels/docker-kaldi-asr', 'docker.io/mpuels/docker-kaldi-asr'],
    tag: /^.*$/,
    base: 'debian:8',
    frozen: 'no longer built: neither repository has had a commit since 2018-07-30',
    source: MPUELS_KALDI,
  },
];

// --- kernsuite/base (kernsuite-docker/base) ----------------------------------------------------------------------------
// One branch per KERN release (0 … 7, dev), pushed by hand: the Makefile's 'upload' target pushes DOCKER_REPO
// (kernsuite/base:<branch>). Over every commit of every branch, each DOCKER_REPO value goes with one FROM, except dev
// (ubuntu:16.04, then 18.04 from 2018-03-12); the repository stops at KERN 7 (2021-04-12), and later KERN releases' dev
// pushes, if any, were made from elsewhere, so dev stays unknown.
const KERNSUITE_BASE =
  'kernsuite-docker/base @ 585a367b (2021-04-12, branch 7; branches 0 … 7 and dev): over all commits (git log --all) the Makefile DOCKER_REPO and Dockerfile FROM pairs are kernsuite/base:0 with ubuntu:14.04; :1, :2, :3 with ubuntu:16.04; :4, :5, :6 with ubuntu:18.04; :7 with ubuntu:20.04 (README: "Based on Ubuntu 20.04", "KERN version 7"); :dev with ubuntu:16.04 (until 2017-11-07) and ubuntu:18.04 (2018-03-12 … 2019-07-08); Makefile upload: docker push ${DOCKER_REPO}';
const KERN_BASES: Readonly<Record<string, string>> = {
  '0': 'ubuntu:14.04',
  '1': 'ubuntu:16.04',
  '2': 'ubuntu:16.04',
  '3': 'ubuntu:16.04',
  '4': 'ubuntu:18.04',
  '5': 'ubuntu:18.04',
  '6': 'ubuntu:18.04',
  '7': 'ubuntu:20.04',
};
const kernsuiteBaseRules: ImageTagRule[] = [
  {
    id: 'kernsuite-base/release',
    repositories: ['docker.io/kernsuite/base'],
    tag: /^(?<kern>[0-7])$/,
    base: { group: 'kern', map: KERN_BASES },
    source: KERNSUITE_BASE,
  },
  {
    id: 'kernsuite-base/unread',
    repositories: ['docker.io/kernsuite/base'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the KERN release tags 0 … 7 its repository pushes: dev was pushed from Ubuntu 16.04 and then 18.04 commits, and the repository stops at KERN 7 (2021), so later dev or release pushes were made from files not read',
    source: KERNSUITE_BASE,
  },
];

// --- nfcore/base (nf-core/tools) ------------------------------------------------------------------------------------------
// From 1.14 (2021-05-11) to 2.1 (2021-07-27) .github/workflows/push_dockerhub_release.yml built base.Dockerfile on each
// published release and pushed nfcore/base:latest; base.Dockerfile was FROM continuumio/miniconda3:4.9.2 at all three
// releases, and from 2.2 on neither the file nor the base image job exists (dev pushes went to nfcore/base:dev only), so
// latest was last pushed at 2.1. The same step then tagged nf-core/base:<release> but pushed nfcore/base:<release>, a name
// it never tagged, so the release tags were not pushed by it and where they came from is not recorded.
const NFCORE_BASE =
  'nf-core/tools @ b48bce26 (tag 2.1, 2021-07-27): base.Dockerfile FROM continuumio/miniconda3:4.9.2 at tags 1.14, 2.0 and 2.1 (absent before 1.14 and from 2.2 on; miniconda3:4.10.3 only on dev, 2021-12-09); .github/workflows/push_dockerhub_release.yml (on release published: docker build -t nfcore/base:latest -f base.Dockerfile; docker push nfcore/base:latest; docker tag … nf-core/base:<tag_name>; docker push nfcore/base:<tag_name>); push_dockerhub_dev.yml pushes nfcore/base:dev';
const nfcoreBaseRules: ImageTagRule[] = [
  {
    id: 'nfcore-base/latest',
    repositories: ['docker.io/nfcore/base'],
    tag: /^latest$/,
    base: 'continuumio/miniconda3:4.9.2',
    frozen: 'last pushed by the nf-core/tools 2.1 release (2021-07-27); later releases have no base image',
    source: NFCORE_BASE,
  },
  {
    id: 'nfcore-base/unread',
    repositories: ['docker.io/nfcore/base'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was not pushed by the release workflow read: it tagged nf-core/base:<release> but pushed nfcore/base:<release>, and older tags and dev came from builds the repository does not tie to one file',
    source: NFCORE_BASE,
  },
];

// --- ghdl/vunit (ghdl/docker) -----------------------------------------------------------------------------------------------
// run.sh 'extended vunit' builds vunit.dockerfile FROM ghdl/ghdl:<fulltag> for fulltag bookworm-mcode, bookworm-llvm-14 and
// bookworm-gcc-12.3.0 and pushes ghdl/vunit:<mcode|llvm|gcc> (stable target) and <…>-master, since 2f11fa9 (2023-06-26;
// older Debian suites before). The workflows rebuild these tags (vunit.yml on pushes to run.sh and when ghdl/ghdl triggers
// it), so they move; they stay on Debian 12 while run.sh names the bookworm images (unchanged since 2023-07-17 in the newest
// commit read, 2024-11-20).
const GHDL_VUNIT =
  'ghdl/docker @ 6f9c182 (2024-11-20, the newest commit read): run.sh extended() vunit: for fulltag in bookworm-mcode bookworm-llvm-14 bookworm-gcc-12.3.0, DREPO=vunit DTAG=<mcode|llvm|gcc>[-master] DFILE=vunit build_img --build-arg TAG=<fulltag> (since 2f11fa9, 2023-06-26; run.sh last changed 0a8fce4, 2023-07-17); vunit.dockerfile FROM ghdl/ghdl:$TAG; .github/workflows/vunit.yml (push on run.sh, ./run.sh vunit)';
const ghdlVunitRules: ImageTagRule[] = [
  {
    id: 'ghdl-vunit/bookworm',
    repositories: ['docker.io/ghdl/vunit'],
    tag: /^(?<backend>mcode|llvm|gcc)(?:-master)?$/,
    base: {
      group: 'backend',
      map: { mcode: 'ghdl/ghdl:bookworm-mcode', llvm: 'ghdl/ghdl:bookworm-llvm-14', gcc: 'ghdl/ghdl:bookworm-gcc-12.3.0' },
    },
    moving: {
      means:
        'rebuilt by ghdl/docker run.sh from the bookworm GHDL images: Debian 12 since 2023-06-26, as of the newest commit read (2024-11-20)',
    },
    source: GHDL_VUNIT,
  },
];

// --- hwdsl2/ipsec-vpn-server (Docker Hub and quay.io) --------------------------------------------------------------------
// buildx.yml, called by cron-alpine.yml and cron-debian.yml twice a week and on pushes, builds Dockerfile as :latest and
// Dockerfile.debian as :debian, so both tags move; each names its base's release as of the newest commit read.
const HWDSL2_IPSEC =
  'hwdsl2/docker-ipsec-vpn-server @ 05de3fb5 (2026-08-08, the newest commit read): Dockerfile FROM alpine:3.23 (since e21cb20, 2026-03-14), Dockerfile.debian FROM debian:bookworm-slim (since 7082359, 2023-08-15); .github/workflows/buildx.yml (os_type alpine: -t <user>/ipsec-vpn-server:latest and quay.io/<user>/ipsec-vpn-server:latest; os_type debian: -f Dockerfile.debian -t …:debian), cron-alpine.yml (cron 40 3 * * 1,4) and cron-debian.yml (cron 25 3 * * 1,4) call it';
const HWDSL2_REPOS = ['docker.io/hwdsl2/ipsec-vpn-server', 'quay.io/hwdsl2/ipsec-vpn-server'];
const hwdsl2IpsecRules: ImageTagRule[] = [
  {
    id: 'hwdsl2-ipsec/latest',
    repositories: HWDSL2_REPOS,
    tag: /^latest$/,
    base: 'alpine:3.23',
    moving: {
      means:
        'rebuilt twice a week from the Dockerfile of the default branch: Alpine 3.23 since 2026-03-14, as of the newest commit read (2026-08-08)',
    },
    source: HWDSL2_IPSEC,
  },
  {
    id: 'hwdsl2-ipsec/debian',
    repositories: HWDSL2_REPOS,
    tag: /^debian$/,
    base: 'debian:bookworm-slim',
    moving: {
      means:
        'rebuilt twice a week from Dockerfile.debian of the default branch: Debian 12 since 2023-08-15, as of the newest commit read (2026-08-08)',
    },
    source: HWDSL2_IPSEC,
  },
];

export const vendorFamily17Rules: readonly ImageTagRule[] = [
  ...moodlePhpApacheRules,
  ...dpersonSambaRules,
  ...gigahawkFreecadRules,
  ...flaviostutzTclavierRules,
  ...mpuelsKaldiRules,
  ...kernsuiteBaseRules,
  ...nfcoreBaseRules,
  ...ghdlVunitRules,
  ...hwdsl2IpsecRules,
];
