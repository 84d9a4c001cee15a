/**
 * Non-official image families of issue #17, twenty-eighth file: recurring unknowns across the samples whose vendors' own
 * build files tie a tag to one base — jrottenberg/ffmpeg's variant tags (`4.2-ubuntu2004`, `7.1-alpine320`) and the
 * short `X.Y-ubuntu` / `X.Y-alpine` / `X.Y-centos` aliases of the lines its build matrix dropped.
 * Same rules as vendorFamilies2.ts … vendorFamilies26.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- jrottenberg/ffmpeg (and ghcr.io/jrottenberg/ffmpeg) ----------------------------------------------------------------
// Each variant is a directory docker-images/<X.Y>/<variant>/ whose base stage is the image (FROM base AS release, or FROM
// <distro> AS release/runtime): the directory name decides the base, and every version of every such Dockerfile in the
// history agrees — except that the ubuntu2204 directories (from f7089aa9, 2024-02-12, "ubuntu 22.04 base") are FROM
// ubuntu:20.04 in all 65 versions, and vaapi2004 was FROM ubuntu:16.04 until 75958a82 (2020-12-29): those are read as
// the files say, vaapi2004 not at all. azure-steps.yml pushes <X.Y>-<variant> and <X.Y.Z>-<variant> on every master
// build, and re-tags the ISPARENT variant of each PARENT as <X.Y>-<PARENT> (and <major>-<PARENT>, pushed by every line of
// that major: not resolved); from 2146757c (2022-04-17) the aliases also went to ghcr.io/jrottenberg/ffmpeg:<X.Y>-<PARENT>, but
// the variant builds to ghcr.io/jrottenberg/ffmpeg/<X.Y>-<variant> (a repository per variant), so the variant rule is Docker
// Hub's only. The short aliases are resolved only for lines the matrix dropped (3.2 … 6.0, last in
// it 2023-04-04 … 2024-08-30), whose PARENT variant kept one base over the last years of builds: `ubuntu` was ubuntu2004
// (from 82bac4d4, 2020-11-09) then ubuntu2204 (f7089aa9) — ubuntu:20.04 either way; `alpine` alpine313 from 6d23d775
// (2021-10-31; 5.0 from 413d30c5, 5.1 from 9cbb99c7, 6.0 from a4dcfcdb); `centos` centos8 (3.2: centos7) from 2020.
const FFMPEG =
  'jrottenberg/ffmpeg @ 2e0c6270 (2026-07-06): azure-steps.yml (push <X.Y>-<VARIANT>, <LONG_VERSION>-<VARIANT>; ISPARENT → <X.Y>-<PARENT>) and the build matrix (azure-pipelines.yml, then docker-images/azure-jobs.yml) at each of its versions 6190a32e (2020-05-25) … 1e5a7639 (2024-11-08, lines 2.8 … 6.0 dropped), README.md (ffmpeg:<version>-alpine / -ubuntu name the default variant); from 2146757c (2022-04-17) also ${GHCR}:<X.Y>-<PARENT> but ${GHCR}/<X.Y>-<VARIANT>; the FROM lines of every version of docker-images/*/<variant>/Dockerfile: ubuntu1604 16.04 (76), ubuntu1804 18.04 (243), ubuntu2004 20.04 (224), ubuntu2204 ubuntu:20.04 (all 65), ubuntu2404 24.04 (23), vaapi1804 18.04 (113), vaapi2204 22.04 (65), vaapi2404 24.04 (25), alpine311 … alpine320 alpine:3.11 … 3.20, centos7/centos8 centos:7/8';
const FFMPEG_REPOS = ['docker.io/jrottenberg/ffmpeg', 'ghcr.io/jrottenberg/ffmpeg'];
/** Variant directory → the base its every Dockerfile version names. */
const FFMPEG_VARIANTS: Readonly<Record<string, string>> = {
  ubuntu1604: 'ubuntu:16.04',
  ubuntu1804: 'ubuntu:18.04',
  ubuntu2004: 'ubuntu:20.04',
  ubuntu2204: 'ubuntu:20.04',
  ubuntu2404: 'ubuntu:24.04',
  vaapi1804: 'ubuntu:18.04',
  vaapi2204: 'ubuntu:22.04',
  vaapi2404: 'ubuntu:24.04',
  alpine311: 'alpine:3.11',
  alpine312: 'alpine:3.12',
  alpine313: 'alpine:3.13',
  alpine320: 'alpine:3.20',
  centos7: 'centos:7',
  centos8: 'centos:8',
};
/** `<X.Y>-<PARENT>` of a dropped line → the base of its PARENT variant through its last builds. */
const FFMPEG_ALIASES: Readonly<Record<string, string>> = {
  'ubuntu:20.04':
    '3.2-ubuntu 3.3-ubuntu 3.4-ubuntu 4.0-ubuntu 4.1-ubuntu 4.2-ubuntu 4.3-ubuntu 4.4-ubuntu 5.0-ubuntu 5.1-ubuntu 6.0-ubuntu',
  'alpine:3.13': '3.2-alpine 3.3-alpine 3.4-alpine 4.0-alpine 4.1-alpine 4.2-alpine 4.3-alpine 4.4-alpine 5.0-alpine 5.1-alpine 6.0-alpine',
  'centos:7': '3.2-centos',
  'centos:8': '3.3-centos 3.4-centos 4.0-centos 4.1-centos 4.2-centos 4.3-centos 4.4-centos 5.0-centos 5.1-centos',
};

const ffmpegRules: ImageTagRule[] = [
  {
    id: 'jrottenberg-ffmpeg/variant',
    repositories: ['docker.io/jrottenberg/ffmpeg'],
    tag: new RegExp(`^\\d+\\.\\d+(?:\\.\\d+)?-(?<variant>${Object.keys(FFMPEG_VARIANTS).join('|')})$`),
    base: { group: 'variant', map: FFMPEG_VARIANTS },
    source: FFMPEG,
    note: 'the variant directory docker-images/<X.Y>/<variant>/ names the base in every version of its Dockerfile',
  },
  {
    id: 'jrottenberg-ffmpeg/dropped-line-alias',
    repositories: FFMPEG_REPOS,
    tag: /^(?<alias>\d+\.\d+-(?:ubuntu|alpine|centos))$/,
    base: { group: 'alias', map: byVersion(FFMPEG_ALIASES) },
    frozen:
      '{image}:{tag} is no longer built: its line left the build matrix by 2024-11-08, and its default variant kept this base through its last years of builds',
    source: FFMPEG,
  },
  {
    id: 'jrottenberg-ffmpeg/other',
    repositories: FFMPEG_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a variant tag whose directory names one base (ubuntu2004, alpine313, …) nor the ubuntu/alpine/centos alias of a line the build matrix dropped (3.2 … 6.0); the aliases of current lines, latest and <major>-<variant> move with each build, and vaapi2004 was built on Ubuntu 16.04 before 2020-12-29',
    source: FFMPEG,
  },
];

// --- icr.io/appcafe/open-liberty (OpenLiberty/ci.docker) ------------------------------------------------------------------
// docs/icr-images.md says, in every revision from 5890b754 (2024-01-30) to 0903fafc (2026-07-14), that the Liberty images
// whose tag ends in `-ubi` (Java 8, 11, 17; openj9 = IBM Semeru JDK, ibmjava = IBM Java 8 JRE) are "based on UBI 8
// standard" (the newest: "Liberty images based on UBI 8 Standard end with `-ubi`"), and that the latest release and the
// last three quarterly releases are rebuilt every 1-2 weeks. Their Dockerfiles (releases/<version>/{full,kernel-slim}/
// Dockerfile.ubi.*) are FROM icr.io/appcafe/ibm-semeru-runtimes:open-<n>-jdk-ubi or ibmjava:8-ubi, whose own build is
// IBM's (not read): the UBI is the one the docs name. Tags of 23.0.0.10 were built FROM …-ubi9 for two weeks (d0ba9e29,
// 2023-09-25 … b9088274, 2023-10-06) and the docs named no UBI before 2024: releases before 24.0.0.2 stay unknown. The
// Docker Hub openliberty/open-liberty repository holds the Ubuntu set (README.md), its old -ubi tags are not read here.
// The -ubi-minimal tags: UBI 10 minimal from 26.0.0.7 on, UBI 9 minimal before (the same docs, 0903fafc): only the moving
// tags (and latest, their full-java25 alias) are resolved; versioned -ubi-minimal tags are not (which UBI 8/9 before 2026
// was not read).
const OPEN_LIBERTY =
  'OpenLiberty/ci.docker @ 07e8b0af (2026-07-14): docs/icr-images.md at every revision from 5890b754 (2024-01-30, "based on UBI 8 standard") to 0903fafc (2026-07-14, "Liberty images based on UBI 8 Standard end with `-ubi` and include Java 17, 11 or 8"; "The final Liberty release that will publish container images built on UBI Standard will be 26.0.0.12"); the final FROM of releases/*/{full,kernel-slim}/Dockerfile.ubi.* at every commit (icr.io/appcafe/ibm-semeru-runtimes:open-{8,11,17}-jdk-ubi, ibmjava:8-ubi; -ubi9 only for 23.0.0.10 between d0ba9e29 and b9088274, 2023-09/10)';
const OPEN_LIBERTY_MINIMAL =
  'OpenLiberty/ci.docker @ 07e8b0af (2026-07-14): docs/icr-images.md @ 0903fafc ("The version of UBI Minimal for 26.0.0.7+ is UBI 10 Minimal. The version of UBI Minimal for 26.0.0.6 and prior releases is UBI 9 Minimal"; latest "is an alias for the full-java25-openj9-ubi-minimal tag"); releases/latest/kernel-slim/Dockerfile.ubi10-minimal.openjdk{8,11,17,21,25} FROM icr.io/appcafe/ibm-semeru-runtimes:open-<n>-jre-ubi10-minimal, full/ FROM the kernel-slim image';
const OPEN_LIBERTY_TAG = '(?:full|kernel-slim)-java(?:8|11|17)-(?:openj9|ibmjava)-ubi';
/** Releases built and refreshed while the docs named UBI 8 standard for the -ubi tags: 24.0.0.2 … 26.0.0.7. */
const OPEN_LIBERTY_VERSIONS = '24\\.0\\.0\\.(?:[2-9]|1[0-2])|25\\.0\\.0\\.(?:[1-9]|1[0-2])|26\\.0\\.0\\.[1-7]';

const openLibertyRules: ImageTagRule[] = [
  {
    id: 'open-liberty/ubi-moving',
    repositories: ['icr.io/appcafe/open-liberty'],
    tag: new RegExp(`^${OPEN_LIBERTY_TAG}$`),
    base: 'registry.access.redhat.com/ubi8/ubi',
    moving: {
      pin: '{image}:26.0.0.7-{tag}',
      means:
        'the newest Open Liberty release (26.0.0.7 as of the commit read, 2026-07-14) on UBI 8 standard, rebuilt every 1-2 weeks; the -ubi tags end with 26.0.0.12',
    },
    source: OPEN_LIBERTY,
  },
  {
    id: 'open-liberty/ubi-minimal-moving',
    repositories: ['icr.io/appcafe/open-liberty'],
    tag: /^(?:(?:full|kernel-slim)-java(?:8|11|17|21|25)-openj9-ubi-minimal|latest)$/,
    base: 'registry.access.redhat.com/ubi10/ubi-minimal',
    moving: {
      means:
        'the newest Open Liberty release (26.0.0.7 as of the commit read, 2026-07-14) on UBI 10 minimal; releases up to 26.0.0.6 were built on UBI 9 minimal',
    },
    source: OPEN_LIBERTY_MINIMAL,
  },
  {
    id: 'open-liberty/ubi-version',
    repositories: ['icr.io/appcafe/open-liberty'],
    tag: new RegExp(`^(?:${OPEN_LIBERTY_VERSIONS})-${OPEN_LIBERTY_TAG}$`),
    base: 'registry.access.redhat.com/ubi8/ubi',
    source: OPEN_LIBERTY,
  },
  {
    id: 'open-liberty/ubi-older',
    repositories: ['icr.io/appcafe/open-liberty'],
    tag: new RegExp(`^\\d+\\.\\d+\\.\\d+\\.\\d+-${OPEN_LIBERTY_TAG}$`),
    unknown:
      '{image}:{tag} is a release the docs read do not tie to one UBI: the docs name UBI 8 standard for the -ubi tags from 2024-01-30 on (24.0.0.2 … 26.0.0.7 as of 2026-07-14), and 23.0.0.10 was built FROM …-ubi9 images for two weeks in 2023',
    source: OPEN_LIBERTY,
  },
  {
    id: 'open-liberty/other',
    repositories: ['icr.io/appcafe/open-liberty'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the docs read tie to one UBI: the unversioned -ubi tags (UBI 8 standard) and -openj9-ubi-minimal tags (UBI 10 minimal as of 2026-07-14), or a 24.0.0.2 … 26.0.0.7 -ubi tag',
    source: OPEN_LIBERTY,
  },
];

// --- rocker/shiny and rocker/shiny-verse 3.x (rocker-org/shiny) ---------------------------------------------------------
// Before rocker-versioned2 (R 4.0.0 on), the Shiny images were Docker Hub automated builds of rocker-org/shiny:
// hooks/post_push (from 70d1808, 2018-12-20) tags the build as <repo>:<VERSION>, VERSION read from the first line of the
// Dockerfile, and that line is FROM rocker/r-ver:<VERSION> in every version naming a version (FROM r-base:latest, :latest
// and :devel otherwise); shiny-verse/Dockerfile is FROM rocker/shiny:<VERSION> the same way. So rocker/shiny:<v> is
// FROM rocker/r-ver:<v>, whose Debian release vendorFamilies10.ts reads from rocker-org/rocker-versioned.
const ROCKER_SHINY =
  'rocker-org/shiny @ 44b8cca (2020-06-25, the newest commit): hooks/post_push and shiny-verse/hooks/post_push (VERSION from the first line of the Dockerfile; docker tag $IMAGE_NAME $DOCKER_REPO:$VERSION; docker push), every version of Dockerfile on every branch (FROM rocker/r-ver:3.3.1 … 3.6.3, one version each, at git tags 3.3.1 … 3.6.3; otherwise r-base:latest, rocker/r-ver:latest or :devel) and of shiny-verse/Dockerfile (FROM rocker/shiny:<version>)';
const ROCKER_SHINY_VERSIONS = '3\\.3\\.[123]|3\\.4\\.[0-4]|3\\.5\\.[0-3]|3\\.6\\.[0-3]';

const rockerShinyRules: ImageTagRule[] = [
  {
    id: 'rocker-shiny/3.x',
    repositories: ['docker.io/rocker/shiny'],
    tag: new RegExp(`^(?<v>${ROCKER_SHINY_VERSIONS})$`),
    base: 'rocker/r-ver:{v}',
    source: ROCKER_SHINY,
  },
  {
    id: 'rocker-shiny-verse/3.x',
    repositories: ['docker.io/rocker/shiny-verse'],
    tag: new RegExp(`^(?<v>${ROCKER_SHINY_VERSIONS})$`),
    base: 'rocker/shiny:{v}',
    source: ROCKER_SHINY,
  },
];

// --- dtzar/helm-kubectl ----------------------------------------------------------------------------------------------------
// Until cbb76c0 (2021-09-22) Travis built every master commit and pushed $DOCKER_IMAGE:$DOCKER_TAG (DOCKER_TAG set in
// .travis.yml) and latest; the Docker Hub automated build of the git tags built the same Dockerfile. Since then
// .github/workflows/image-build-push.yaml builds on a published (or edited) release with docker/metadata-action
// type=semver tags: <version> is the git tag's Dockerfile. Each DOCKER_TAG / git tag below has one final FROM in every
// commit that could push it; tags on the moving alpine / alpine:3, and the ${BUILDPLATFORM}alpine:3.19/3.20 spelling of
// 3.14.0 … 3.16.2 (what that expands to was not checked), are left out, as are <major> and <major>.<minor>.
const HELM_KUBECTL =
  'dtzar/helm-kubectl @ 5bf843e (2026-06-23): .travis.yml (DOCKER_TAG, docker push $DOCKER_IMAGE:$DOCKER_TAG) and Dockerfile at every first-parent commit until cbb76c0 (2021-09-22, "Switch to GitHub Actions"); .github/workflows/image-build-push.yaml (on release published/edited; type=semver {{version}}, {{major}}, {{major}}.{{minor}}); the final FROM of Dockerfile at every git tag 2.3.1 … 4.2.2';
const HELM_KUBECTL_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.9': '2.13.0 2.13.1 2.14.0 2.14.1',
  'alpine:3.10': '2.14.2 2.14.3 2.15.0 2.15.1 2.15.2 2.16.0 2.16.1 3.0.0 3.0.1 3.0.2',
  'alpine:3.11': '3.0.3 3.1.0 3.1.1 3.1.2 3.2.0 3.2.1 3.2.3 3.2.4 3.3.0 3.3.1',
  'alpine:3.12': '3.3.4',
  'alpine:3.20': '3.16.4 3.17.0',
  'alpine:3.21': '3.17.2 3.17.3 3.18.0 3.18.1',
  'alpine:3.22': '3.18.3 3.18.4 3.18.6 3.19.0 3.19.1 4.0.0 4.0.1',
  'alpine:3.23': '4.0.4 4.1.1 4.1.3 4.1.4 4.2.0 4.2.1 4.2.2',
};

const helmKubectlRules: ImageTagRule[] = [
  {
    id: 'helm-kubectl/version',
    repositories: ['docker.io/dtzar/helm-kubectl'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(HELM_KUBECTL_VERSIONS) },
    source: HELM_KUBECTL,
  },
  {
    id: 'helm-kubectl/other',
    repositories: ['docker.io/dtzar/helm-kubectl'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose build files name one pinned Alpine release (2.13.0 … 3.3.4 and 3.16.4 … 4.2.2 as of 2026-06-23): older and 3.4.0 … 3.13.3 versions were built FROM the moving alpine or alpine:3, and latest, <major> and <major>.<minor> move with each build',
    source: HELM_KUBECTL,
  },
];

// --- microsoft/aspnetcore and microsoft/aspnetcore-build 2.0 (aspnet/aspnet-docker) -------------------------------------
// manifest.json published the Linux images of both repositories: in every version from 03260d7 (2017-08-22, 2.0.0) to
// ba3afeb (2018-07-10, 2.0.9) the shared tags 2.0.<n>, 2.0, 2 and latest (and the -stretch forms) were the
// 2.0/stretch/runtime and 2.0/stretch/sdk folders, whose every version is FROM a microsoft/dotnet 2.0 -stretch image
// (runtime-stretch, sdk-…-stretch): Debian 9, the release those tags name. e37f389 (2018-10-04) removed 2.0 and with it
// the last latest/2 entry; the repository was archived in 2019 (df4b915, "Deprecate this repo"): these tags were no
// longer built after 2018-10-04. The -jessie and 1.x tags are not resolved here.
const ASPNET_DOCKER =
  'aspnet/aspnet-docker @ df4b915 (2019-05-30, "Deprecate this repo in favor of dotnet/dotnet-docker"): manifest.json at every version from 03260d7 (2017-08-22) to ba3afeb (2018-07-10; sharedTags 2.0.9, 2.0, 2, latest → 2.0/stretch/runtime, 2.0.9-sdk-2.1.202, 2.0, 2, latest → 2.0/stretch/sdk), README.aspnetcore-build.md @ ba3afeb; every version of 2.0/stretch/runtime/Dockerfile (FROM microsoft/dotnet:2.0.<n>-runtime-stretch) and 2.0/stretch/sdk/Dockerfile (FROM microsoft/dotnet:2.0.<n>-sdk-2.1.<m>-stretch); e37f389 (2018-10-04, "Remove 2.0 artifacts")';

const aspnetDockerRules: ImageTagRule[] = [
  {
    id: 'aspnetcore/2.0-stretch',
    repositories: ['docker.io/microsoft/aspnetcore', 'docker.io/microsoft/aspnetcore-build'],
    tag: /^(?:latest|2|2\.0(?:-stretch)?|2\.0\.\d+(?:-sdk-2\.\d+\.\d+)?(?:-stretch)?)$/,
    base: 'debian:stretch',
    frozen:
      'is no longer built: aspnet/aspnet-docker removed 2.0 (and with it latest and 2) on 2018-10-04 and was archived in 2019; whether Docker Hub still serves the tag was not read',
    source: ASPNET_DOCKER,
  },
];

export const vendorFamily28Rules: ImageTagRule[] = [
  ...ffmpegRules,
  ...openLibertyRules,
  ...rockerShinyRules,
  ...helmKubectlRules,
  ...aspnetDockerRules,
];
