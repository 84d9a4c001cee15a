/**
 * Non-official image families of issue #17, twenty-sixth file: unknowns of the nineteenth and twentieth samples whose
 * vendors' own build files tie a tag to one base — FRRouting's release images on quay.io (a `docker/X.Y.Z` git tag marks
 * the commit each was built from), cybozu's Ceph images from 18.2.1.1 on, blacktop/volatility's workflow tags, GraalVM's
 * unsuffixed tags, OSG software-base, puckel/docker-airflow, prefix-dev/pixi — and an honest reason for kindest/node.
 * Same rules as vendorFamilies2.ts … vendorFamilies25.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- quay.io/frrouting/frr (FRRouting/frr docker/alpine/) -----------------------------------------------------------
// doc/developer/frr-release-procedure.rst (since 5c6b543b, 2023-03-20): the release image is built with
// `git checkout frr-$TAG; docker buildx build -f docker/alpine/Dockerfile -t quay.io/frrouting/frr:$TAG --push .`, then
// `git tag docker/$TAG` marks "the exact codebase that was used to build the docker image". So the final FROM of
// docker/alpine/Dockerfile at docker/X.Y.Z is the base of quay.io/frrouting/frr:X.Y.Z. The `master` tag is rebuilt daily
// (docker-daily-master.yml) and tags without a docker/ git tag (older releases, X.Y) were not tied to a commit.
const FRR =
  'FRRouting/frr @ fbfc8222 (2026-08-21): doc/developer/frr-release-procedure.rst (Build Docker images: checkout frr-$TAG, docker buildx build -f docker/alpine/Dockerfile -t quay.io/frrouting/frr:$TAG --push, then git tag docker/$TAG on the exact commit built) and the final FROM of docker/alpine/Dockerfile at each of the 64 git tags docker/7.5.0 (82a1b6b3, 2023-01-19) … docker/10.7.0 (87fe21fd, 2026-07-15)';
/** Final FROM of docker/alpine/Dockerfile → the X.Y.Z whose docker/X.Y.Z git tag names it. */
const FRR_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.13': '8.1.0 8.2.0 8.2.1 8.2.2',
  'alpine:3.14': '7.5.0 7.5.1',
  'alpine:3.15': '8.3.0 8.3.1 8.4.0 8.4.1 8.4.2 8.4.5 8.4.6 8.4.7',
  'alpine:3.17': '8.5.1 8.5.2 8.5.3 8.5.4 8.5.5 8.5.6 8.5.7',
  'alpine:3.18': '9.0.0 9.0.1 9.0.2 9.0.3 9.0.4 9.0.5 9.1.0 9.1.1 9.1.2 9.1.3',
  'alpine:3.19': '10.0.0 10.0.1 10.0.2 10.0.3 10.0.4 10.1.0 10.1.1 10.1.2 10.1.3 10.1.4',
  'alpine:3.20': '10.2.0 10.2.1 10.2.2 10.2.3 10.2.4 10.2.5 10.3.0 10.3.1 10.3.2 10.3.3 10.4.0 10.4.1 10.4.2 10.5.1',
  'alpine:3.22': '10.2.6 10.3.4 10.4.3 10.4.4 10.5.2 10.5.3 10.5.4 10.6.0 10.6.1 10.7.0',
};

/** Inverts a "base → space-separated tags" table into "tag → base". */
function tagsToBases(table: Readonly<Record<string, string>>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [base, tags] of Object.entries(table)) for (const tag of tags.split(' ')) map[tag] = base;
  return map;
}

const frrRules: ImageTagRule[] = [
  {
    id: 'frr/release-tag',
    repositories: ['quay.io/frrouting/frr'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: tagsToBases(FRR_TAGS) },
    source: FRR,
  },
  {
    id: 'frr/other',
    repositories: ['quay.io/frrouting/frr'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an X.Y.Z release whose docker/X.Y.Z git tag (7.5.0 … 10.7.0 as of the snapshot read, 2026-08-21) marks the commit it was built from; master is rebuilt daily from the main branch',
    source: FRR,
  },
];

// --- ghcr.io/cybozu/ceph (and quay.io before 2024-02-01), 18.2.1.1 on (cybozu/neco-containers ceph/) ------------------
// ceph/Dockerfile builds Ceph in "FROM ghcr.io/cybozu/ubuntu:22.04 AS build" (quay.io/cybozu/ubuntu:22.04 at 18.2.1.1)
// and ends "FROM scratch" + "COPY --from=build / /": the image is that Ubuntu userland. ceph/TAG names the tag the
// build_ceph action pushes; fa9a42f5 (2024-02-01) moved the push to ghcr.io. vendorFamilies24.ts holds 14.2.6.1 …
// 17.2.6.1 (quay.io) and leaves these tags to this rule.
const CYBOZU_CEPH_22 =
  'cybozu/neco-containers @ 394c4600 (2026-08-21): ceph/TAG and ceph/Dockerfile at every commit changing them from d973a573 (2024-01-10, 18.2.1.1, FROM quay.io/cybozu/ubuntu:22.04 AS build) and fa9a42f5 (2024-02-01, "Migrate ceph to ghcr.io", 18.2.1.2) … 0ba03e2d (2026-04-22, 20.2.1.1), all FROM ghcr.io/cybozu/ubuntu:22.04 AS build, then FROM scratch with COPY --from=build / /; .github/actions/build_ceph/action.yaml (TAG must be X.Y.Z.N)';
const CYBOZU_CEPH_22_TAGS = '18.2.1.2 18.2.4.1 18.2.4.2 19.2.1.1 19.2.1.2 19.2.2.1 19.2.3.1 20.2.1.1';

const cybozuCephRules: ImageTagRule[] = [
  {
    id: 'cybozu/ceph-22.04-quay',
    repositories: ['quay.io/cybozu/ceph'],
    tag: /^18\.2\.1\.1$/,
    base: 'quay.io/cybozu/ubuntu:22.04',
    source: CYBOZU_CEPH_22,
  },
  {
    id: 'cybozu/ceph-22.04',
    repositories: ['ghcr.io/cybozu/ceph'],
    tag: /^(?<v>(?:18|19|20)\.\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: Object.fromEntries(CYBOZU_CEPH_22_TAGS.split(' ').map((t) => [t, 'ghcr.io/cybozu/ubuntu:22.04'])) },
    source: CYBOZU_CEPH_22,
  },
  {
    id: 'cybozu/ceph-22.04-other',
    repositories: ['quay.io/cybozu/ceph', 'ghcr.io/cybozu/ceph'],
    tag: /^(?:18|19|20)\.\d+\.\d+\.\d+$/,
    unknown:
      '{image}:{tag} is not a ceph/TAG value of 18.2.1.1 … 20.2.1.1 read (pushed to quay.io for 18.2.1.1, to ghcr.io from 18.2.1.2 on, 2024-02-01)',
    source: CYBOZU_CEPH_22,
  },
];

// --- blacktop/volatility (blacktop/docker-volatility) -----------------------------------------------------------------
// .github/workflows/docker-image.yml (added 2022-10-03) builds ./2.6 on every push and tags it blacktop/volatility:2,
// :2.6, :2.6.1 and :latest (and the same on ghcr.io/blacktop/volatility); 2.6/Dockerfile is FROM blacktop/yara:4.2 in
// that commit and the newest one (991288e, the last push). blacktop/yara:4.2 is Alpine 3.16 in every revision of its
// directory (vendorFamilies25.ts). Older directory tags (2.4, 2.5) were Docker Hub builds whose last run is not recorded.
const BLACKTOP_VOLATILITY =
  'blacktop/docker-volatility @ 991288e (2022-10-03, the newest commit): .github/workflows/docker-image.yml (on every push: context ./2.6, tags blacktop/volatility:2, 2.6, 2.6.1, latest and ghcr.io/blacktop/volatility:…), 2.6/Dockerfile (FROM blacktop/yara:4.2, also at 3e60983, 2022-10-03, which added the workflow)';
const BLACKTOP_VOLATILITY_REPOS = ['docker.io/blacktop/volatility', 'ghcr.io/blacktop/volatility'];

const blacktopVolatilityRules: ImageTagRule[] = [
  {
    id: 'blacktop-volatility/2.6.1',
    repositories: BLACKTOP_VOLATILITY_REPOS,
    tag: /^2\.6\.1$/,
    base: 'blacktop/yara:4.2',
    source: BLACKTOP_VOLATILITY,
  },
  {
    id: 'blacktop-volatility/moving',
    repositories: BLACKTOP_VOLATILITY_REPOS,
    tag: /^(?:latest|2|2\.6)$/,
    base: 'blacktop/yara:4.2',
    moving: {
      means: 'the Volatility 2.6.1 build FROM blacktop/yara:4.2, as of the newest commit read (2022-10-03); the next push rebuilds it',
    },
    source: BLACKTOP_VOLATILITY,
  },
  {
    id: 'blacktop-volatility/other',
    repositories: BLACKTOP_VOLATILITY_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the workflow pushes from ./2.6 (2, 2.6, 2.6.1, latest); the 2.4 and 2.5 directories (FROM blacktop/yara:3.4, then 3.5) were built by Docker Hub, and which revision built a tag last is not recorded',
    source: BLACKTOP_VOLATILITY,
  },
];

// --- kindest/node (kubernetes-sigs/kind) --------------------------------------------------------------------------------
// A node image is built by `kind build node-image` FROM the release's DefaultBaseImage (pkg/build/nodeimage/defaults.go:
// kindest/base on ubuntu:20.10 in v0.11.0, 21.10 in v0.12–v0.14, 22.04 in v0.15–v0.18, debian:bullseye-slim in
// v0.19.0/v0.20.0, bookworm-slim in v0.21.0 … v0.29.0), and each kind release re-pushes the node tags its release notes list:
// the same tag can be pushed by two releases (v1.33.1 is the default image of both v0.28.0 and v0.29.0). Which release
// pushed a tag last is in the release notes, which were not read here.
const KIND =
  'kubernetes-sigs/kind @ fed26882 (2026-08-21): pkg/apis/config/defaults/image.go and pkg/build/nodeimage/defaults.go at every release tag v0.11.0 … v0.31.0, images/base/Dockerfile (ARG BASE_IMAGE) at the DefaultBaseImage commit of v0.11.0 … v0.29.0';

const kindRules: ImageTagRule[] = [
  {
    id: 'kindest/node-unknown',
    repositories: ['docker.io/kindest/node'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is re-pushed by each kind release whose notes list it, each on its own kindest/base (Ubuntu 20.10 in kind v0.11.0, 21.10 in v0.12–v0.14, 22.04 in v0.15–v0.18, Debian 11 in v0.19–v0.20, Debian 12 in v0.21–v0.29; v1.33.1 was pushed by both v0.28.0 and v0.29.0); which release pushed this tag last is in the GitHub release notes, not read here',
    source: KIND,
  },
];

// --- ghcr.io/graalvm/{graalvm,jdk,native-image}-community: unsuffixed tags of JDK 17 … 24 (graalvm/container) -----------
// popular.ts resolves -ol<N> tags and the unsuffixed 25 line. README.md says of the unsuffixed tags, in every revision
// from 15f2c2d (2023-06-15, when the -community images began) to 9fac737 (2026-01-19), that they are "the latest OS
// which is (for) now Oracle Linux 9"; its tag list (b9ec450) shows 17.0.8-ol9, 17.0.8, 17-ol9, 17 as one build. Every
// revision of the Dockerfile.ol9* files of these images is FROM oraclelinux:9-slim or an -ol9 image built on it.
const GRAALVM_UNSUFFIXED =
  'graalvm/container @ 6a7c4954 (2026-06-30): README.md at each of its 12 revisions 15f2c2d (2023-06-15) … 9fac737 (2026-01-19) (unsuffixed tags: "the latest OS which is (for) now Oracle Linux 9"; b9ec450 lists 17.0.8-ol9-20230725, 17.0.8-ol9, 17.0.8, 17-ol9, 17), every revision of graalvm-community/ and rpm-compact/{jdk,native-image}-community/Dockerfile.ol9* (ARG BASE_IMAGE=container-registry.oracle.com/os/oraclelinux:9-slim, or native-image-community:<N>-ol9)';

const graalvmUnsuffixedRules: ImageTagRule[] = [
  {
    id: 'graalvm/unsuffixed-17-24',
    repositories: ['native-image-community', 'jdk-community', 'graalvm-community'].map((n) => `ghcr.io/graalvm/${n}`),
    tag: /^(?:17|2[0-4])(?:\.\d+){0,2}(?:-muslib)?$/,
    base: 'oraclelinux:9-slim',
    variant: 'slim',
    moving: {
      means:
        'the newest build of that JDK line on Oracle Linux 9 slim, "the latest OS" for unsuffixed tags in every README revision 2023-06-15 … 2026-01-19',
    },
    source: GRAALVM_UNSUFFIXED,
  },
];

// --- opensciencegrid/software-base (opensciencegrid/docker-software-base) -----------------------------------------------
// .github/workflows/build-container.yml builds on every push and dispatch a matrix of base × repo × series and tags
// <registry>/<org>/software-base:<series>-<el>-<repo> (and -<timestamp>), on hub.opensciencegrid.org (opensciencegrid,
// osg-htc) and docker.io/opensciencegrid. Since 18f08bf (2022-12-22) el9 is AlmaLinux 9 (quay.io/almalinux/almalinux:9,
// docker.io/library/almalinux:9 from ae20b9d) — before it, CentOS Stream 9; since 8ac2cba (2024-06-05) el8 is AlmaLinux 8.
// Series 24 (f1a6496, 2024-10-15) and 25 (777c8ae, 2025-10-21) were only ever built after both changes.
const OSG_SOFTWARE_BASE =
  'opensciencegrid/docker-software-base @ 60f750b (2026-07-23): .github/workflows/build-container.yml at every revision (tags $SERIES-$BASE_STR-$REPO{,-$TIMESTAMP}; el9 = quay.io/almalinux/almalinux:9 from 18f08bf (2022-12-22), docker.io/library/almalinux:9 from ae20b9d (2026-01-14), CentOS Stream 9 before; el8 = docker.io/library/almalinux:8 from 8ac2cba (2024-06-05), CentOS Stream 8 before; series 24 added f1a6496 (2024-10-15), 25 added 777c8ae (2025-10-21)), Dockerfile (FROM $IMAGE_BASE)';
const OSG_REPOS = [
  'hub.opensciencegrid.org/opensciencegrid/software-base',
  'hub.opensciencegrid.org/osg-htc/software-base',
  'docker.io/opensciencegrid/software-base',
];

const osgRules: ImageTagRule[] = [
  {
    id: 'osg-software-base/dated',
    repositories: OSG_REPOS,
    tag: /^2[45]-el(?<el>8|9)-(?:development|testing|release)-\d{8}-\d{4}$/,
    base: 'almalinux:{el}',
    source: OSG_SOFTWARE_BASE,
  },
  {
    id: 'osg-software-base/moving',
    repositories: OSG_REPOS,
    tag: /^2[45]-el(?<el>8|9)-(?:development|testing|release)$/,
    base: 'almalinux:{el}',
    moving: {
      means:
        'the newest build of that OSG series and repository on the AlmaLinux release its elN names, as of the workflow read (2026-07-23); rebuilt on every push',
    },
    source: OSG_SOFTWARE_BASE,
  },
  {
    id: 'osg-software-base/other',
    repositories: OSG_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an OSG 24/25 el8/el9 tag: older series were built on CentOS Stream before AlmaLinux (el9 until 2022-12-22, el8 until 2024-06-05) and which build a moving tag kept is not recorded; el10 is built on OSG’s own alma10-base image, not read here',
    source: OSG_SOFTWARE_BASE,
  },
];

// --- puckel/docker-airflow (Docker Hub automated build of the repository's one Dockerfile) ------------------------------
// The repository's last commit, bed7779 (2020-02-11, git tag 1.10.9), is FROM python:3.7-slim-buster: every build since
// then — latest included — is of that Dockerfile. Every revision from 7336340 (2019-08-07, git tag 1.10.4) to 0d9b032
// (2020-02-07, 1.10.8) is FROM python:3.7-slim-stretch, so tags 1.10.4 … 1.10.8 are Debian 9 whichever of those commits
// built them. 1.10.9 was also in 9469553 (stretch) the same day, so which commit built that tag is not known.
const PUCKEL_AIRFLOW =
  'puckel/docker-airflow @ bed7779 (2020-02-11, the last commit, git tag 1.10.9): Dockerfile at every revision since 7336340 (2019-08-07, 1.10.4) — python:3.7-slim-stretch through 0d9b032 (2020-02-07, 1.10.8) and 9469553 (2020-02-11), python:3.7-slim-buster at bed7779; README.md (Docker Hub automated build)';

const puckelAirflowRules: ImageTagRule[] = [
  {
    id: 'puckel-airflow/latest',
    repositories: ['docker.io/puckel/docker-airflow'],
    tag: /^latest$/,
    base: 'python:3.7-slim-buster',
    moving: { means: 'the build of the repository’s last commit (bed7779, 2020-02-11, Airflow 1.10.9); no commit since' },
    source: PUCKEL_AIRFLOW,
  },
  {
    id: 'puckel-airflow/stretch',
    repositories: ['docker.io/puckel/docker-airflow'],
    tag: /^1\.10\.[4678]$/,
    base: 'python:3.7-slim-stretch',
    source: PUCKEL_AIRFLOW,
  },
  {
    id: 'puckel-airflow/other',
    repositories: ['docker.io/puckel/docker-airflow'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not latest or 1.10.4 … 1.10.8: 1.10.9 was in a stretch and a buster revision on the same day, and older tags were FROM the moving python:3.6-slim, whose Debian release at their build is not recorded',
    source: PUCKEL_AIRFLOW,
  },
];

// --- ghcr.io/prefix-dev/pixi (prefix-dev/pixi-docker) --------------------------------------------------------------------
// .github/workflows/build.yml pushes only when a push to main changes ARG PIXI_VERSION in the Dockerfile (every revision
// gates on version-changed), building FROM $BASE_IMAGE for each matrix base and tagging <base tag> and <version>-<base tag>
// (debian:bookworm-slim → bookworm-slim), plus latest and <version> for DEFAULT_BASE_IMAGE: ubuntu:jammy from 9c6ce38
// (2024-02-24), ubuntu:noble from e487a6b (2025-01-14, between the 0.40.0 and 0.40.1 bumps). So <version> is the default
// of the commit that set that version. CUDA flavours (<codename>-cuda-<v>, FROM nvidia/cuda) are not read here.
const PIXI =
  'prefix-dev/pixi-docker @ 4441f4c (2026-08-04): .github/workflows/build.yml at each of its 42 revisions (push only when ARG PIXI_VERSION changed; tags latest and {{version}} for DEFAULT_BASE_IMAGE, <base tag> and {{version}}-<base tag> for every matrix base; DEFAULT_BASE_IMAGE ubuntu:jammy from 9c6ce38 (2024-02-24), ubuntu:noble from e487a6b (2025-01-14)) and ARG PIXI_VERSION of the Dockerfile at every first-parent commit (0.15.1 at c51fa99 … 0.40.0 at 29b5e3a on jammy, 0.40.1 at 48ffa15 … 0.76.1 at 4441f4c on noble)';
/** DEFAULT_BASE_IMAGE → the versions whose bump commit built latest/<version> on it. */
const PIXI_DEFAULT: Readonly<Record<string, string>> = {
  'ubuntu:jammy':
    '0.15.1 0.15.2 0.16.0 0.16.1 0.17.0 0.17.1 0.18.0 0.19.0 0.19.1 0.20.0 0.20.1 0.21.0 0.21.1 0.22.0 0.23.0 0.24.1 0.24.2 0.25.0 0.26.1 0.27.0 0.27.1 0.28.0 0.28.1 0.28.2 0.29.0 0.30.0 0.31.0 0.32.1 0.33.0 0.34.0 0.35.0 0.36.0 0.37.0 0.38.0 0.39.0 0.39.2 0.39.3 0.39.4 0.39.5 0.40.0',
  'ubuntu:noble':
    '0.40.1 0.40.2 0.40.3 0.41.1 0.41.3 0.41.4 0.42.1 0.43.0 0.43.1 0.43.3 0.44.0 0.45.0 0.46.0 0.47.0 0.48.0 0.48.1 0.48.2 0.49.0 0.50.1 0.50.2 0.51.0 0.52.0 0.53.0 0.54.0 0.54.1 0.54.2 0.55.0 0.56.0 0.57.0 0.58.0 0.59.0 0.60.0 0.61.0 0.62.0 0.62.1 0.62.2 0.63.0 0.63.1 0.63.2 0.64.0 0.65.0 0.66.0 0.67.0 0.67.1 0.67.2 0.68.0 0.68.1 0.69.0 0.70.0 0.70.1 0.70.2 0.71.0 0.71.1 0.71.2 0.71.3 0.72.0 0.72.1 0.72.2 0.73.0 0.74.0 0.75.0 0.76.0 0.76.1',
};
const PIXI_DEBIAN = '(?<c>bullseye|bookworm|trixie)';
const PIXI_UBUNTU = '(?<c>focal|jammy|mantic|noble|oracular|plucky)';

const pixiRules: ImageTagRule[] = [
  {
    id: 'pixi/latest',
    repositories: ['ghcr.io/prefix-dev/pixi'],
    tag: /^latest$/,
    base: 'ubuntu:noble',
    moving: {
      means:
        'pixi 0.76.1 on ubuntu:noble, the default base as of the newest commit read (4441f4c, 2026-08-04); the next version bump rebuilds it',
    },
    source: PIXI,
  },
  {
    id: 'pixi/version',
    repositories: ['ghcr.io/prefix-dev/pixi'],
    tag: /^(?<v>0\.\d+\.\d+)$/,
    base: { group: 'v', map: tagsToBases(PIXI_DEFAULT) },
    source: PIXI,
  },
  ...(['', '-slim'] as const).map(
    (slim): ImageTagRule => ({
      id: `pixi/debian${slim}`,
      repositories: ['ghcr.io/prefix-dev/pixi'],
      tag: new RegExp(`^(?:0\\.\\d+\\.\\d+-)?${PIXI_DEBIAN}${slim}$`),
      base: `debian:{c}${slim}`,
      source: PIXI,
    }),
  ),
  {
    id: 'pixi/ubuntu',
    repositories: ['ghcr.io/prefix-dev/pixi'],
    tag: new RegExp(`^(?:0\\.\\d+\\.\\d+-)?${PIXI_UBUNTU}$`),
    base: 'ubuntu:{c}',
    source: PIXI,
  },
  {
    id: 'pixi/other',
    repositories: ['ghcr.io/prefix-dev/pixi'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the build workflow read ties to one base: a pixi version it pushed (0.15.1 … 0.76.1), latest, or a Debian/Ubuntu base tag; CUDA flavours build FROM nvidia/cuda images not read here',
    source: PIXI,
  },
];

export const vendorFamily26Rules: ImageTagRule[] = [
  ...frrRules,
  ...cybozuCephRules,
  ...blacktopVolatilityRules,
  ...kindRules,
  ...graalvmUnsuffixedRules,
  ...osgRules,
  ...puckelAirflowRules,
  ...pixiRules,
];
