/**
 * Non-official image families of issue #17, third file (the rules of the game are thirdParty.ts's, as in
 * vendorFamilies2.ts: a tag resolves only where the build files read fix its base, moving tags say so, the rest stays
 * unknown with the reason). Registered before the older catch-all rules of the same repositories.
 */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

// --- Kali Linux (kalilinux/kali-rolling, kalilinux/kali-linux-docker) ----------------------------------------------
// A distribution of its own: Kali rolling is built from Debian testing plus Kali's packages (Kali Linux Revealed
// 1.2.1). Its images are not built FROM another image: build-rootfs.sh debootstraps the kali-rolling suite from
// http.kali.org (--variant=minbase) and the Dockerfile is FROM scratch + that tarball; CI pushes <YYYY.MM.DD> (the
// build date) and latest weekly, so latest moves and a dated tag is Kali rolling of that day. Before e8482a0
// (2019-10-11) build.sh debootstrapped kali-rolling (since d944779, 2016-01-27) into kalilinux/kali-linux-docker;
// the revamp stopped pushing that name, so its latest is the last such build.
const KALI_BUILD =
  'elboulangero/kali-docker @ b2a5a263 (2022-09-14; the GitHub copy, by Kali developer Arnaud Rebillout, of gitlab.com/kalilinux/build-scripts/kali-docker): build-rootfs.sh (debootstrap --variant=minbase kali-rolling from http.kali.org/kali, kali-last-release from kali-last-snapshot), Dockerfile (FROM scratch, ADD $TARBALL), docker-build.sh (VERSION = build date %Y.%m.%d for kali-rolling, TAG = $VERSION-$ARCHITECTURE), docker-publish.sh (push $VERSION and latest), README.md ("Docker images are updated weekly"); e8482a0 (2019-10-11, "Revamp the way to build docker images": kalilinux/kali-rolling replaces kalilinux/kali-linux-docker), build.sh @ e8482a0~1 (debootstrap kali-rolling, docker import kalilinux/kali-linux-docker; kali-rolling since d944779, 2016-01-27)';

export const vendorFamily3Releases: readonly DistroRelease[] = [
  {
    id: 'kali-rolling',
    distro: 'kali',
    distroName: 'Kali Linux',
    version: 'rolling',
    label: 'Kali Linux (rolling)',
    os: 'linux',
    family: 'debian',
    packageManager: 'apt',
    rolling: true,
    libc: { kind: 'glibc' },
    source: KALI_BUILD,
    sources: [
      'Kali Linux Revealed, 1.2.1 "The Flow of Packages" (Debian Testing is the base; kali-rolling is built out of kali-dev, which is Debian Testing plus Kali packages)',
    ],
    notes: 'A Debian-testing-based rolling distribution: its glibc and packages follow Debian testing, not a numbered Debian release.',
  },
];

const kaliRules: ImageTagRule[] = [
  {
    id: 'kali/rolling-latest',
    repositories: ['docker.io/kalilinux/kali-rolling'],
    tag: /^latest$/,
    release: 'kali-rolling',
    moving: { means: 'the newest weekly debootstrap of the kali-rolling suite' },
    source: KALI_BUILD,
  },
  {
    id: 'kali/rolling-dated',
    repositories: ['docker.io/kalilinux/kali-rolling'],
    tag: /^\d{4}\.\d{2}\.\d{2}(?:-(?:amd64|arm64|armhf))?$/,
    release: 'kali-rolling',
    source: KALI_BUILD,
  },
  {
    id: 'kali/linux-docker',
    repositories: ['docker.io/kalilinux/kali-linux-docker'],
    tag: /^latest$/,
    release: 'kali-rolling',
    frozen:
      'is no longer built: the build scripts stopped pushing kalilinux/kali-linux-docker on 2019-10-11 in favour of kalilinux/kali-rolling, so the tag still pulls Kali rolling as of its last build',
    source: KALI_BUILD,
  },
];

// --- AWS Lambda Python base images on Amazon Linux 1 (public.ecr.aws/lambda/python 2.7, 3.6, 3.7) --------------------
// The base images carry the operating system of the Lambda execution environment of their runtime (the repository's
// README); AWS's runtime table names "Amazon Linux" for python2.7, python3.6 and python3.7 and describes that
// environment as the amzn-ami-hvm-2018.03 image. popular.ts covers 3.8 and later (Amazon Linux 2 and 2023).
const LAMBDA_AL1 =
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html as stored in 2020–2022 (Python runtimes table: "Python 3.7 | python3.7 | … | Amazon Linux", likewise Python 3.6 and Python 2.7, Python 3.8 and 3.9 "Amazon Linux 2"; "Amazon Linux – Image – amzn-ami-hvm-2018.03.0.20181129-x86_64-gp2"); aws/aws-lambda-base-images @ 14f18f5d README.md ("These base images contain the Amazon Linux Base operating system … similar to the AWS Lambda execution environment"), branches python3.7 @ 02b5d96e, python3.6 @ ed78525e, python2.7 @ 8c90843 (2024-10-10: FROM scratch plus rootfs tarballs)';
const lambdaAl1Rules: ImageTagRule[] = [
  {
    id: 'lambda/python-al1',
    repositories: ['public.ecr.aws/lambda/python'],
    tag: /^(?:2\.7|3\.[67])(?:\.\d{4}\.\d{2}\.\d{2}\.\d{2})?(?:-x86_64)?$/,
    base: 'amazonlinux:2018.03',
    source: LAMBDA_AL1,
  },
];

// --- GitLab Runner latest (gitlab/gitlab-runner) ------------------------------------------------------------------
// Since v13.2 the runner image is FROM $BASE_IMAGE, a runner base image of gitlab-org/ci-cd/runner-tools/base-images
// (not read), so release tags stay unknown (ciImages.ts). The project's support policy names the Ubuntu those images
// are built on: 24.04 since b5873356 (2025-09-24, "We're on 24.04 now"; 20.04 before, and when the switch reached a
// release is not recorded), still so on the newest commit read; latest is the Ubuntu image of the newest release.
const RUNNER_LATEST =
  'gitlabhq/gitlab-runner (GitHub mirror) @ d79f3e7b (2026-08-22, after v19.3.0): docs/install/support-policy.md (container images: Ubuntu 24.04; "Ubuntu 24.04, as an LTS release, will be supported to its EOL date, at which point we will move to the most recent LTS release"; b5873356, 2025-09-24, "Update the ubuntu version used as a base image … We\'re on 24.04 now"), docs/install/docker.md ("gitlab/gitlab-runner:latest based on Ubuntu"), dockerfiles/runner/docker-bake.hcl (target ubuntu: BASE_IMAGE ${RUNNER_IMAGES_REGISTRY}/runner:${RUNNER_IMAGES_VERSION}-ubuntu, whose build file was not read)';
const runnerLatestRules: ImageTagRule[] = [
  {
    id: 'gitlab-runner/latest',
    repositories: ['docker.io/gitlab/gitlab-runner', 'registry.gitlab.com/gitlab-org/gitlab-runner'],
    tag: /^latest$/,
    base: 'ubuntu:24.04',
    moving: {
      means:
        'the Ubuntu image of the newest GitLab Runner release, on Ubuntu 24.04 per the support policy since 2025-09 (moves to the next LTS when 24.04 ends)',
    },
    source: RUNNER_LATEST,
  },
];

export const vendorFamily3Rules: readonly ImageTagRule[] = [...kaliRules, ...lambdaAl1Rules, ...runnerLatestRules];
