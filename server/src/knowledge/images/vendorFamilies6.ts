/**
 * Non-official image families of issue #17, sixth file: tool and language images of the eleventh sample (linters, Swift,
 * Common Lisp, Miniconda). The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts … vendorFamilies5.ts: a tag
 * resolves only where the build files read fix its base for every build that pushed it, and the rest of each repository
 * stays unknown with the reason. Registered right after vendorFamilies5.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagPattern } from './vendors';

// --- Hadolint (hadolint/hadolint, ghcr.io/hadolint/hadolint) ------------------------------------------------------------
// Images are pushed only by the release workflow: on a v* tag push up to v2.14.0 (release.yml), from v2.15.0 on a master
// push that creates the tag (autotag). Each run builds docker/Dockerfile at that commit with three targets: scratch (the
// static binary alone, tags <version> and latest), debian and alpine. v2.10.0 … v2.13.1-beta tagged them without the v
// ("${GITHUB_REF/refs\/tags\/v/}-alpine": 2.12.0-alpine), v2.13.1 on with it (v2.14.0-alpine). Up to v2.9.3 the alpine
// stage was FROM the moving alpine:3, so those tags are left out; their debian stage was FROM debian:stretch-slim at
// every tag, pushed by docker.yml as <version>-debian from v2.0.0 and also as v<version>-debian from v2.2.0. The scratch
// tags carry no distribution at all.
// v2.13.1 and v2.14.0 could also be pushed by a manual run of the workflow (release_version input); none is recorded,
// and a manual run names the version it rebuilds, so the tag push is taken as the build.
const HADOLINT =
  'hadolint/hadolint @ 8f936c5e (2026-08-07): docker/Dockerfile at every tag v2.10.0 … v2.15.1 (alpine stage FROM alpine:3.15 to v2.13.1-beta, alpine:3.22 in v2.13.1/v2.14.0, alpine:3.24 from v2.15.0; debian stage debian:bullseye-slim, bookworm-slim, trixie-slim; FROM alpine:3 and debian:stretch-slim at v2.0.0 … v2.9.3, whose .github/workflows/docker.yml pushed <version>-debian and, from v2.2.0, v<version>-debian), .github/workflows/release.yml at those tags (tags <version>-alpine/-debian without the v to v2.13.1-beta, v<version>-alpine/-debian from v2.13.1, latest-alpine/latest-debian on every release; the plain tags are the FROM scratch target)';
const HADOLINT_REPOS = ['docker.io/hadolint/hadolint', 'ghcr.io/hadolint/hadolint'];
const HADOLINT_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.15': '2.10.0 2.11.0 2.12.0 2.12.1-beta 2.13.0-beta 2.13.1-beta',
  'alpine:3.22': 'v2.13.1 v2.14.0',
  'alpine:3.24': 'v2.15.0 v2.15.1',
};
const HADOLINT_DEBIAN: Readonly<Record<string, string>> = {
  'debian:stretch-slim':
    '2.0.0 2.1.0 2.2.0 2.3.0 2.4.0 2.4.1 2.5.0 2.6.0 2.6.1 2.7.0 2.8.0 2.9.0 2.9.1 2.9.2 2.9.3 v2.2.0 v2.3.0 v2.4.0 v2.4.1 v2.5.0 v2.6.0 v2.6.1 v2.7.0 v2.8.0 v2.9.0 v2.9.1 v2.9.2 v2.9.3',
  'debian:bullseye-slim': '2.10.0 2.11.0 2.12.0 2.12.1-beta 2.13.0-beta 2.13.1-beta',
  'debian:bookworm-slim': 'v2.13.1 v2.14.0',
  'debian:trixie-slim': 'v2.15.0 v2.15.1',
};
const hadolintRules: ImageTagRule[] = [
  ...Object.entries(HADOLINT_ALPINE).map(
    ([base, tags]): ImageTagRule => ({
      id: `hadolint/${base.replace(':', '-')}`,
      repositories: HADOLINT_REPOS,
      tag: exactTagPattern(tags, { suffix: '-alpine' }),
      base,
      source: HADOLINT,
    }),
  ),
  ...Object.entries(HADOLINT_DEBIAN).map(
    ([base, tags]): ImageTagRule => ({
      id: `hadolint/${base.replace(':', '-')}`,
      repositories: HADOLINT_REPOS,
      tag: exactTagPattern(tags, { suffix: '-debian' }),
      base,
      variant: 'slim',
      source: HADOLINT,
    }),
  ),
  {
    id: 'hadolint/latest-alpine',
    repositories: HADOLINT_REPOS,
    tag: /^latest-alpine$/,
    base: 'alpine:3.24',
    moving: { means: 'the newest Hadolint release, re-tagged by every release (v2.15.1 at the commit read, 2026-08-07: Alpine 3.24)' },
    source: HADOLINT,
  },
  {
    id: 'hadolint/latest-debian',
    repositories: HADOLINT_REPOS,
    tag: /^latest-debian$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: { means: 'the newest Hadolint release, re-tagged by every release (v2.15.1 at the commit read, 2026-08-07: Debian 13)' },
    source: HADOLINT,
  },
  {
    id: 'hadolint/other',
    repositories: HADOLINT_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an -alpine tag of release 2.10.0 … v2.15.1 or a -debian tag of 2.0.0 … v2.15.1: the plain tags are the FROM scratch image (a static binary, no distribution), and the alpine stage of v2.9.3 and earlier was FROM the moving alpine:3',
    source: HADOLINT,
  },
];

// --- IBM Swift images (ibmcom/swift-ubuntu, ibmcom/swift-ubuntu-runtime) ---------------------------------------------------
// The Travis build pushed version tags (DEVELOPMENT_VERSION / RUNTIME_VERSION in ci/execute_script.sh, 4.0.3 … 5.0.2, and
// the earlier $DEVELOPMENT_VERSION pushes) only from swift-development/ and swift-runtime/ (later their swift-ubuntu-trusty/
// folders), FROM ibmcom/ubuntu:14.04 in every version; ibmcom/ubuntu:14.04 is built in the same run from ubuntu/ or
// ubuntu-14.04/, FROM ubuntu:14.04 in every version. latest was pushed with them (before 2017 it was also built from a
// root Dockerfile once FROM ubuntu:15.10); the repository's last commit (0870d11e, 2019-07-16) pushed it with 5.0.2,
// and no later commit exists. The xenial images are left out: their s390x half was at times FROM the moving s390x/ubuntu.
const IBM_SWIFT =
  'IBM-Swift/swift-ubuntu-docker @ 0870d11e (2019-07-16): ci/execute_script.sh and .travis.yml at every commit (version tags pushed from swift-development[/swift-ubuntu-trusty] and swift-runtime[/swift-ubuntu-trusty]), those Dockerfiles at every commit (FROM ibmcom/ubuntu:14.04), ubuntu/Dockerfile and ubuntu-14.04/Dockerfile at every commit (FROM ubuntu:14.04), README.md ("the Linux Ubuntu (v14.04) operating system")';
const ibmSwiftRules: ImageTagRule[] = [
  {
    id: 'ibm-swift/trusty',
    repositories: ['docker.io/ibmcom/swift-ubuntu', 'docker.io/ibmcom/swift-ubuntu-runtime'],
    tag: /^\d+\.\d+(?:\.\d+)?$/,
    base: 'ubuntu:14.04',
    source: IBM_SWIFT,
  },
  {
    id: 'ibm-swift/latest',
    repositories: ['docker.io/ibmcom/swift-ubuntu', 'docker.io/ibmcom/swift-ubuntu-runtime'],
    tag: /^latest$/,
    base: 'ubuntu:14.04',
    frozen:
      'was last pushed by the repository’s last commit (0870d11e, 2019-07-16) with Swift 5.0.2; no later build is recorded, so the tag still pulls that build',
    source: IBM_SWIFT,
  },
  {
    id: 'ibm-swift/other',
    repositories: ['docker.io/ibmcom/swift-ubuntu', 'docker.io/ibmcom/swift-ubuntu-runtime'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a Swift version tag the build pushed (4.0.3 … 5.0.2 style) or latest',
    source: IBM_SWIFT,
  },
];

// --- continuumio/miniconda3:4.8.2 (ContinuumIO/docker-images) ----------------------------------------------------------------
// vendorFamilies2.ts lists the Concourse-era tags by the Miniconda version each Dockerfile installed. From 5541d56
// (2020-03-12) to 3d85172 (2020-07-27) the tag file ci/miniconda-debian said 4.8.2 while miniconda3/debian/Dockerfile
// installed Miniconda3-latest, FROM debian:buster-slim at every commit in between: the pipeline pushed that build as
// 4.8.2 (and latest), so 4.8.2 is Debian 10 too.
const MINICONDA_482 =
  'ContinuumIO/docker-images @ dc64b234 (2024-07-02): ci/miniconda-debian (4.8.2 from 5541d56, 2020-03-12, to 3d85172, 2020-07-27), ci/build-docker-images.yaml @ 5541d56 (put docker-image-miniconda3, build miniconda3/debian, tag_file ci/miniconda-debian, tag_as_latest), miniconda3/debian/Dockerfile at 5541d56 and a7bb4e4 (FROM debian:buster-slim)';
const miniconda482Rules: ImageTagRule[] = [
  {
    id: 'miniconda3/4.8.2-buster',
    repositories: ['docker.io/continuumio/miniconda3'],
    tag: /^4\.8\.2$/,
    base: 'debian:buster-slim',
    variant: 'slim',
    source: MINICONDA_482,
  },
];

// --- Common Lisp Foundation SBCL (clfoundation/sbcl) ------------------------------------------------------------------------
// Built the official-images way: generate-stackbrew-library.sh tags each <version>/<suite>[/slim] and
// <version>/alpine3.X directory as <version>[-slim]-<suite> and <version>-alpine3.X, and the default Debian suite's as
// plain <version>[-slim]. Each version directory lives only while it is current; defaultDebianSuite was buster for every
// commit that held 2.1.0 … 2.1.7, bullseye for every commit that held 2.1.8 … 2.2.4. The Debian directories are FROM
// buildpack-deps:<suite> (full) or debian:<suite> (slim), the Alpine ones FROM alpine:3.X, in every version. 2.3.1 and
// latest were still current at the last commit of this mirror (the project is mirrored from GitLab), so later builds
// may differ: they stay unknown.
const SBCL =
  'cl-docker-images/sbcl @ 85038620 (2023-02-01; mirrored from gitlab.common-lisp.net): generate-stackbrew-library.sh at every commit of master (defaultDebianSuite buster with 2.1.0 … 2.1.7, bullseye with 2.1.8 … 2.3.1; tags <version>[-slim] for the default suite, <version>[-slim]-<suite>, <version>-alpine3.X), <version>/*/Dockerfile at every commit (FROM buildpack-deps:<suite>, debian:<suite>, alpine:3.X)';
const SBCL_REPOS = ['docker.io/clfoundation/sbcl'];
const sbclRules: ImageTagRule[] = [
  {
    id: 'sbcl/suite',
    repositories: SBCL_REPOS,
    tag: /^2\.\d+\.\d+(?:rc)?(?:-slim)?-(?<suite>stretch|buster|bullseye)$/,
    base: 'debian:{suite}',
    source: SBCL,
  },
  {
    id: 'sbcl/alpine',
    repositories: SBCL_REPOS,
    tag: /^2\.\d+\.\d+(?:rc)?-alpine(?<alpine>3\.\d+)$/,
    base: 'alpine:{alpine}',
    source: SBCL,
  },
  {
    id: 'sbcl/default-buster',
    repositories: SBCL_REPOS,
    tag: /^2\.1\.(?:[0-7]|5rc)(?:-slim)?$/,
    base: 'debian:buster',
    source: SBCL,
  },
  {
    id: 'sbcl/default-bullseye',
    repositories: SBCL_REPOS,
    tag: /^(?:2\.1\.(?:8|9|10|11)|2\.2\.[0-4])(?:-slim)?$/,
    base: 'debian:bullseye',
    source: SBCL,
  },
  {
    id: 'sbcl/other',
    repositories: SBCL_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag whose Debian suite or Alpine release the build files fix (plain 2.1.0 … 2.2.4 and tags naming their suite); 2.3.1 and latest were still current when the mirror read stopped',
    source: SBCL,
  },
];

// --- ShellCheck's Alpine image (koalaman/shellcheck-alpine) -------------------------------------------------------------------
// From v0.7.2 .github/workflows/build.yml runs on every push; when the commit is exactly a tag it pushes <tag> and stable
// (and always latest), building Dockerfile.multi-arch --target alpine, whose stage is FROM the moving alpine:latest. A
// release tag therefore got the newest Alpine on the day its commit was pushed, read here by the tag commit date and the
// Alpine release dates (alpine.ts, endoflife.date), each at least 7 days from the next Alpine release: v0.7.2 (2021-04-19)
// 3.13, v0.8.0 (2021-11-06) 3.14, v0.9.0 (2022-12-12) 3.17, v0.10.0 (2024-03-07) 3.19, v0.11.0 (2025-08-03) 3.22. stable is
// re-pushed by each release (v0.11.0 is the newest at the commit read); latest by every master push, so it is not resolved.
const SHELLCHECK =
  'koalaman/shellcheck @ 764802b7 (2026-05-15): Dockerfile.multi-arch at tags v0.7.2 … v0.11.0 (alpine stage FROM alpine:latest), .github/workflows/build.yml and .multi_arch_docker at those tags (on push; tags latest, and stable + the tag when git describe --exact-match finds one; -alpine images built with --target alpine), the tag commit dates; Alpine release dates (alpine.ts: 3.13 2021-01-14, 3.14 2021-06-15, 3.15 2021-11-24, 3.17 2022-11-22, 3.18 2023-05-09, 3.19 2023-12-07, 3.20 2024-05-22, 3.22 2025-05-30, 3.23 2025-12-04)';
const SHELLCHECK_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.13': 'v0.7.2',
  'alpine:3.14': 'v0.8.0',
  'alpine:3.17': 'v0.9.0',
  'alpine:3.19': 'v0.10.0',
  'alpine:3.22': 'v0.11.0',
};
const shellcheckRules: ImageTagRule[] = [
  ...Object.entries(SHELLCHECK_TAGS).map(
    ([base, tags]): ImageTagRule => ({
      id: `shellcheck-alpine/${base.replace(':', '-')}`,
      repositories: ['docker.io/koalaman/shellcheck-alpine'],
      tag: exactTagPattern(tags),
      base,
      source: SHELLCHECK,
    }),
  ),
  {
    id: 'shellcheck-alpine/stable',
    repositories: ['docker.io/koalaman/shellcheck-alpine'],
    tag: /^stable$/,
    base: 'alpine:3.22',
    moving: {
      means: 'the newest ShellCheck release, re-pushed by every release (v0.11.0 at the commit read, 2026-05-15, built on Alpine 3.22)',
    },
    source: SHELLCHECK,
  },
  {
    id: 'shellcheck-alpine/other',
    repositories: ['docker.io/koalaman/shellcheck-alpine'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release v0.7.2 … v0.11.0 or stable: latest is rebuilt on every master push FROM the moving alpine:latest, and older releases were pushed by another build',
    source: SHELLCHECK,
  },
];

// --- Glider Labs Alpine (gliderlabs/alpine) ---------------------------------------------------------------------------------
// The image the official alpine image grew out of: each version directory is FROM scratch plus a rootfs that
// mkimage-alpine builds from one Alpine branch (options: RELEASE="v3.X", TAGS=(gliderlabs/alpine:3.X); before the
// options files, versions/v3.X/tags). So a 3.X tag is Alpine 3.X itself (its userland is the one alpine:3.X carries, which
// the rules name as its base so the source is cited), edge is edge. CircleCI pushes only from the
// release branch, whose last commit (d8827f2, 2019-02-23) tags 3.9 as latest; no later push is recorded.
const GLIDERLABS =
  'gliderlabs/docker-alpine @ 25d285ff (2020-02-27): versions/gliderlabs-3.1 … 3.9 and gliderlabs-edge (Dockerfile FROM scratch, ADD rootfs.tar.xz; options RELEASE="v3.X", TAGS=(gliderlabs/alpine:3.X), 3.9 with latest on the release branch @ d8827f2, 2019-02-23) and versions/v3.1/tags at every commit of every branch; build and .circleci/config.yml (push on the release branch)';
const GLIDERLABS_REPOS = ['docker.io/gliderlabs/alpine'];
const gliderlabsRules: ImageTagRule[] = [
  {
    id: 'gliderlabs-alpine/branch',
    repositories: GLIDERLABS_REPOS,
    tag: /^(?<v>3\.[1-9])$/,
    base: 'alpine:{v}',
    source: GLIDERLABS,
  },
  {
    id: 'gliderlabs-alpine/latest',
    repositories: GLIDERLABS_REPOS,
    tag: /^latest$/,
    base: 'alpine:3.9',
    frozen:
      'was last pushed by the release branch’s last commit (d8827f2, 2019-02-23) as Alpine 3.9; no later push is recorded, so the tag still pulls that build',
    source: GLIDERLABS,
  },
  {
    id: 'gliderlabs-alpine/other',
    repositories: GLIDERLABS_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not one of the branch tags 3.1 … 3.9 or latest (edge and the Alpine 2.x tags are left out)',
    source: GLIDERLABS,
  },
];

export const vendorFamily6Rules: readonly ImageTagRule[] = [
  ...hadolintRules,
  ...ibmSwiftRules,
  ...miniconda482Rules,
  ...sbclRules,
  ...shellcheckRules,
  ...gliderlabsRules,
];
