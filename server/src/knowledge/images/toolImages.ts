/**
 * Images of data, ML and site-building tools the seventh base-image sample found unresolved, resolved from their own
 * build files or image changelogs read at a pinned commit (the rules of thirdParty.ts: a version tag resolves where
 * those files fix its base; a moving tag is described as of the commit read; anything else stays unknown).
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagPattern as exactTags } from './vendors';

// --- Hugo (klakegg/docker-hugo) ------------------------------------------------------------------------------------------
// From 0.76.0 every release tag builds src/docker/Dockerfile, whose src/docker/_base/image.df names one base per
// distribution; src/config/<distro>[-ext].yaml lists the tags (aliases) of each image. The repository's newest commit
// (2023-06-05) is the 0.111.3 release: the unversioned aliases are what that release pushed.
const HUGO =
  'klakegg/docker-hugo @ b5dfd681 (2023-06-05): src/docker/_base/image.df (FROM alpine:X AS alpine, busybox:X AS busybox, debian:X AS debian, ubuntu:X AS ubuntu) and src/config/{busybox,alpine,alpine-ext,debian,debian-ext,ubuntu,ubuntu-ext}.yaml aliases at each of the 81 release tags 0.76.0 … 0.111.3';
const HUGO_REPOS = ['docker.io/klakegg/hugo'];
/** Release tags with one image.df, and the four bases it names. */
const HUGO_ERAS: readonly [string, Readonly<Record<'busybox' | 'alpine' | 'debian' | 'ubuntu', string>>][] = [
  [
    '0.76.0 0.76.1 0.76.2 0.76.3 0.76.4 0.76.5 0.77.0 0.78.0 0.78.1 0.78.2 0.79.0 0.79.1 0.80.0 0.81.0',
    { busybox: 'busybox:1.32', alpine: 'alpine:3.12', debian: 'debian:10.4-slim', ubuntu: 'ubuntu:18.04' },
  ],
  [
    '0.82.0 0.82.1 0.83.0 0.83.1 0.84.0 0.84.1 0.84.2 0.84.3 0.84.4 0.85.0 0.86.0 0.86.1 0.87.0',
    { busybox: 'busybox:1.33', alpine: 'alpine:3.13', debian: 'debian:10.8-slim', ubuntu: 'ubuntu:18.04' },
  ],
  [
    '0.88.0 0.88.1 0.89.0 0.89.1 0.89.2 0.89.3 0.89.4 0.90.0 0.90.1 0.91.0 0.91.1 0.91.2 0.92.0 0.92.1 0.92.2 0.93.0 0.93.1 0.93.2 0.93.3 0.94.0 0.94.1 0.94.2 0.95.0',
    { busybox: 'busybox:1.33', alpine: 'alpine:3.14', debian: 'debian:11.0-slim', ubuntu: 'ubuntu:18.04' },
  ],
  [
    '0.96.0 0.97.1 0.97.2 0.97.3 0.98.0 0.99.0 0.99.1 0.100.0 0.100.1 0.100.2 0.101.0 0.102.0 0.102.1 0.102.2 0.102.3 0.103.0 0.103.1 0.104.0 0.104.1 0.104.2 0.104.3 0.105.0 0.106.0 0.107.0',
    { busybox: 'busybox:1.35', alpine: 'alpine:3.16', debian: 'debian:11.3-slim', ubuntu: 'ubuntu:22.04' },
  ],
  [
    '0.108.0 0.109.0 0.110.0 0.111.0 0.111.1 0.111.2 0.111.3',
    { busybox: 'busybox:1.36', alpine: 'alpine:3.18', debian: 'debian:11.7-slim', ubuntu: 'ubuntu:23.04' },
  ],
];
function hugoBases(distro: 'busybox' | 'alpine' | 'debian' | 'ubuntu'): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [versions, bases] of HUGO_ERAS) for (const v of versions.split(' ')) map[v] = bases[distro];
  return map;
}
/** Tag suffixes (after the version) of each distribution's images; `-ext` alone is the Debian extended image. */
const HUGO_FLAVORS: readonly [distro: 'busybox' | 'alpine' | 'debian' | 'ubuntu', suffix: string][] = [
  ['busybox', '(?:-busybox)?'],
  ['alpine', '-(?:ext-)?(?:alpine|asciidoctor|pandoc)'],
  ['debian', '-(?:ext-debian|debian|ext)'],
  ['ubuntu', '-(?:ext-)?ubuntu'],
];
const hugoRules: ImageTagRule[] = [
  ...HUGO_FLAVORS.map(
    ([distro, suffix]): ImageTagRule => ({
      id: `klakegg-hugo/${distro}`,
      repositories: HUGO_REPOS,
      tag: new RegExp(`^(?<v>0\\.\\d+\\.\\d+)${suffix}(?:-ci|-onbuild)?$`),
      base: { group: 'v', map: hugoBases(distro) },
      source: HUGO,
    }),
  ),
  ...HUGO_FLAVORS.map(
    ([distro, suffix]): ImageTagRule => ({
      id: `klakegg-hugo/${distro}-alias`,
      repositories: HUGO_REPOS,
      tag:
        distro === 'busybox'
          ? /^(?:latest|ci|onbuild|busybox(?:-ci|-onbuild)?)$/
          : distro === 'debian'
            ? /^(?:latest-ext|ext(?:-ci|-onbuild)?|(?:ext-)?debian(?:-ci|-onbuild)?)$/
            : new RegExp(`^${suffix.slice(1)}(?:-ci|-onbuild)?$`),
      base: hugoBases(distro)['0.111.3'],
      moving: { pin: distro === 'busybox' ? 'klakegg/hugo:0.111.3' : `klakegg/hugo:0.111.3-${distro}` },
      source: HUGO,
    }),
  ),
  {
    id: 'klakegg-hugo/before-0.76',
    repositories: HUGO_REPOS,
    tag: /^0\.(?:[1-6]?\d|7[0-5])\.\d+(?:-.+)?$/,
    unknown:
      'klakegg/hugo tags before 0.76.0 were built from the dist/ and lib/ Dockerfiles of the 2019–2020 layout, which this knowledge base did not read per release',
    source: HUGO,
  },
];

// --- Apache Airflow (apache/airflow) -------------------------------------------------------------------------------------
// The reference images' changelog names the Debian release of each line: 2.0.0 "based on Debian Buster", 2.3.0 "Switch
// to Debian Bullseye based images", 2.8.0 "all reference images of Airflow 2.8.0 are built on Debian Bookworm", 2.10
// "based on Debian-Bookworm (12)", 3.1.0 "the base image is always debian:bookworm-slim", 3.4.0 the Docker Hardened
// Python image "…-debian12-dev". 2.1/2.2 images were rebuilt on 18 Feb 2022 with the 2.2.4 Dockerfile (still Buster:
// the switch came with 2.3.0); 3.0 lists no base change after 2.10.
const AIRFLOW =
  'apache/airflow @ 0690d759: docker-stack-docs/changelog.rst (2.0.0 Debian Buster; 2.3.0 switch to Debian Bullseye; 2.8.0 Debian Bookworm; 2.10 Bookworm only; 3.1.0 debian:bookworm-slim; 3.4.0 dhi.io python …-debian12-dev)';
/** Line → the Debian image its reference images are built on (python:3.x-slim-<suite> until 3.0, debian:bookworm-slim since 3.1). */
const AIRFLOW_LINES: Readonly<Record<string, string>> = {
  '2.0': 'debian:buster-slim',
  '2.1': 'debian:buster-slim',
  '2.2': 'debian:buster-slim',
  '2.3': 'debian:bullseye-slim',
  '2.4': 'debian:bullseye-slim',
  '2.5': 'debian:bullseye-slim',
  '2.6': 'debian:bullseye-slim',
  '2.7': 'debian:bullseye-slim',
  '2.8': 'debian:bookworm-slim',
  '2.9': 'debian:bookworm-slim',
  '2.10': 'debian:bookworm-slim',
  '2.11': 'debian:bookworm-slim',
  '3.0': 'debian:bookworm-slim',
  '3.1': 'debian:bookworm-slim',
  '3.2': 'debian:bookworm-slim',
  '3.3': 'debian:bookworm-slim',
  '3.4': 'debian:bookworm-slim',
};
const AIRFLOW_REPOS = ['docker.io/apache/airflow'];
const airflowRules: ImageTagRule[] = [
  {
    id: 'airflow/version',
    repositories: AIRFLOW_REPOS,
    tag: /^(?:slim-)?(?<line>[23]\.\d+)\.\d+(?:-python3\.\d+)?$/,
    base: { group: 'line', map: AIRFLOW_LINES },
    source: AIRFLOW,
  },
  {
    id: 'airflow/latest',
    repositories: AIRFLOW_REPOS,
    tag: /^(?:slim-)?latest(?:-python3\.\d+)?$/,
    base: 'debian:bookworm-slim',
    moving: { pin: 'apache/airflow:3.3.0' },
    source: AIRFLOW,
  },
  {
    id: 'airflow/1.10',
    repositories: AIRFLOW_REPOS,
    tag: /^1\.10\.\d+.*$/,
    unknown: 'apache/airflow 1.10 images predate the reference-image changelog, which starts at 2.0.0; their base is not read',
    source: AIRFLOW,
  },
];

// --- Bioconductor (Bioconductor/bioconductor_docker) ---------------------------------------------------------------------
// Each RELEASE_3_xx branch (and devel) builds its Dockerfile on every push; .github/workflows/build_containers.yaml
// pushes docker.io and ghcr.io bioconductor/bioconductor_docker:{branch}, 3.xx for RELEASE_3_xx, and each of those with
// -R-{R_VERSION of the rocker base}. The branch tips name the rocker/rstudio tag (FROM, or the workflow's amdtag from 3.16).
const BIOC =
  'Bioconductor/bioconductor_docker @ 0ff9d0d (2024-10-18): Dockerfile at the tip of RELEASE_3_10 … RELEASE_3_15 (FROM rocker/rstudio:3.6.3, 4.0.0-ubuntu18.04, 4.0.3, 4.1.1, 4.1.3, 4.2.1) and .github/workflows/build_containers.yaml amdtag of rocker/rstudio at RELEASE_3_16 … RELEASE_3_19 and devel (4.2.3, 4.3.2, 4.3.3, 4.4.1, 4.4.1); tags {branch}, 3.xx and …-R-{R version}';
const BIOC_REPOS = ['docker.io/bioconductor/bioconductor_docker', 'ghcr.io/bioconductor/bioconductor_docker'];
const BIOC_ALIAS_REPOS = ['docker.io/bioconductor/bioconductor', 'ghcr.io/bioconductor/bioconductor'];
const BIOC_ALIAS = `${BIOC}; .github/workflows/build_containers.yaml at RELEASE_3_16 … RELEASE_3_19 and devel (@ 0ff9d0d): "Also add alternative without _docker when in name" (REPOLIST … sed 's/_docker//g'), absent at RELEASE_3_15`;
const BIOC_RELEASES: Readonly<Record<string, string>> = {
  '10': 'rocker/rstudio:3.6.3',
  '11': 'rocker/rstudio:4.0.0-ubuntu18.04',
  '12': 'rocker/rstudio:4.0.3',
  '13': 'rocker/rstudio:4.1.1',
  '14': 'rocker/rstudio:4.1.3',
  '15': 'rocker/rstudio:4.2.1',
  '16': 'rocker/rstudio:4.2.3',
  '17': 'rocker/rstudio:4.3.2',
  '18': 'rocker/rstudio:4.3.3',
  '19': 'rocker/rstudio:4.4.1',
};
const biocRules: ImageTagRule[] = [
  {
    id: 'bioconductor/r-version',
    repositories: BIOC_REPOS,
    tag: /^(?:RELEASE_3_\d+|3\.\d+|devel)-R-(?<r>4\.\d+\.\d+)$/,
    base: 'rocker/rstudio:{r}',
    source: BIOC,
  },
  {
    id: 'bioconductor/release',
    repositories: BIOC_REPOS,
    tag: /^(?:RELEASE_3_|3\.)(?<rel>\d+)$/,
    base: { group: 'rel', map: BIOC_RELEASES },
    source: BIOC,
  },
  {
    id: 'bioconductor/devel',
    repositories: BIOC_REPOS,
    tag: /^devel$/,
    base: 'rocker/rstudio:4.4.1',
    moving: { pin: 'bioconductor/bioconductor_docker:RELEASE_3_19' },
    source: BIOC,
  },
  // From RELEASE_3_16 the workflow also pushes every name without "_docker" (bioconductor/bioconductor:RELEASE_3_16).
  {
    id: 'bioconductor/alias-r-version',
    repositories: BIOC_ALIAS_REPOS,
    tag: /^(?:RELEASE_3_1[6-9]|3\.1[6-9]|devel)-R-(?<r>4\.\d+\.\d+)$/,
    base: 'rocker/rstudio:{r}',
    source: BIOC_ALIAS,
  },
  {
    id: 'bioconductor/alias-release',
    repositories: BIOC_ALIAS_REPOS,
    tag: /^(?:RELEASE_3_|3\.)(?<rel>1[6-9])$/,
    base: { group: 'rel', map: BIOC_RELEASES },
    source: BIOC_ALIAS,
  },
  {
    id: 'bioconductor/alias-devel',
    repositories: BIOC_ALIAS_REPOS,
    tag: /^devel$/,
    base: 'rocker/rstudio:4.4.1',
    moving: { pin: 'bioconductor/bioconductor:RELEASE_3_19' },
    source: BIOC_ALIAS,
  },
];

// --- Flutter (cirruslabs/docker-images-flutter, cirruslabs/docker-images-android) -----------------------------------------
// Each commit builds sdk/Dockerfile for the FLUTTER_VERSION values of .cirrus.yml and pushes {version} and latest/stable/
// beta: to docker.io/cirrusci/flutter until 2023-03-10, to ghcr.io/cirruslabs/flutter since 2023-03-16 (ci.sh). A tag
// holds the build of the last commit listing its version. sdk/Dockerfile is FROM (cirrusci|ghcr.io/cirruslabs)/android-sdk:33
// or :34, whose sdk/tools/Dockerfile was FROM ubuntu:22.04 from 2022-06-17 and ubuntu:24.04 from 2024-05-08 (9e83bc2) to
// the newest commit read (2024-09-05); builds on android-sdk:29/30 or :35/:36 are not dated to one Ubuntu.
const FLUTTER =
  'cirruslabs/docker-images-flutter @ 932eabe (2026-04-30): .cirrus.yml FLUTTER_VERSION, ci.sh registry and sdk/Dockerfile FROM at every first-parent commit (last build of each version tag); cirruslabs/docker-images-android @ 6225a2d (2024-09-05): sdk/tools/Dockerfile FROM ubuntu:22.04 (cd2a41e 2022-06-17) … ubuntu:24.04 (9e83bc2 2024-05-08), sdk/33 added 7978d0f 2023-01-11';
const flutterRules: ImageTagRule[] = [
  {
    id: 'cirrusci-flutter/android-sdk-33',
    repositories: ['docker.io/cirrusci/flutter'],
    tag: /^(?:latest|stable|beta|3\.7\.5|3\.7\.6|3\.7\.7|3\.8\.0-10\.1\.pre)$/,
    base: 'ubuntu:22.04',
    source: FLUTTER,
    note: 'Last pushed 2023-02-23 … 2023-03-10 FROM cirrusci/android-sdk:33 (Ubuntu 22.04); the image moved to ghcr.io/cirruslabs/flutter',
  },
  {
    id: 'cirrusci-flutter/older',
    repositories: ['docker.io/cirrusci/flutter'],
    tag: /^.*$/,
    unknown:
      'cirrusci/flutter tags other than the last pushes (2023-02/03) were built FROM cirrusci/android-sdk:29/30 or cirrusci/flutter:base, whose Ubuntu (focal until 2022-06-17, 22.04 after) depends on when that image was last rebuilt, which is not recorded; later versions are on ghcr.io/cirruslabs/flutter only',
    source: FLUTTER,
  },
  {
    id: 'cirruslabs-flutter/ubuntu-22.04',
    repositories: ['ghcr.io/cirruslabs/flutter'],
    tag: exactTags(
      '3.7.7 3.8.0-10.1.pre 3.7.8 3.9.0-0.1.pre 3.7.9 3.9.0-0.2.pre 3.7.10 3.9.0-21.0.pre 3.10.0-1.1.pre 3.7.11 3.10.0-1.3.pre 3.7.12 3.10.0 3.11.0-0.0.pre 3.10.1 3.11.0-9.0.pre 3.10.2 3.11.0-12.0.pre 3.10.3 3.10.4 3.11.0-17.0.pre 3.12.0 3.10.5 3.12.0-1.1.pre 3.10.6 3.13.0-0.1.pre 3.13.0 3.13.0-0.4.pre 3.13.1 3.13.2 3.14.0-0.1.pre 3.13.3 3.13.4 3.13.5 3.14.0-0.2.pre 3.13.6 3.13.7 3.13.8 3.15.0-15.2.pre 3.13.9 3.16.0-0.3.pre 3.16.0 3.16.1 3.16.2 3.16.3 3.16.4 3.17.0-0.0.pre 3.16.5 3.16.6 3.18.0-0.2.pre 3.16.7 3.19.0-0.1.pre 3.16.8 3.19.0-0.2.pre 3.19.0-0.3.pre 3.16.9 3.19.0-0.4.pre 3.19.0 3.20.0-1.1.pre 3.19.1 3.19.2 3.20.0-1.2.pre 3.19.3 3.19.4 3.21.0-0.0.pre 3.19.5 3.19.6 3.22.0-0.1.pre',
    ),
    base: 'ubuntu:22.04',
    source: FLUTTER,
  },
  {
    id: 'cirruslabs-flutter/ubuntu-24.04',
    repositories: ['ghcr.io/cirruslabs/flutter'],
    tag: exactTags('3.22.0 3.22.1 3.22.2 3.22.0-0.3.pre 3.23.0-0.1.pre 3.22.3 3.24.0-0.1.pre 3.24.0 3.24.0-0.2.pre 3.24.1 3.25.0-0.1.pre'),
    base: 'ubuntu:24.04',
    source: FLUTTER,
  },
  {
    id: 'cirruslabs-flutter/later',
    repositories: ['ghcr.io/cirruslabs/flutter'],
    tag: /^.*$/,
    unknown:
      'ghcr.io/cirruslabs/flutter tags built after 2024-09 (latest, stable and beta among them) are FROM ghcr.io/cirruslabs/android-sdk:35 or :36, whose build files were not read (the docker-images-android snapshot ends 2024-09-05)',
    source: FLUTTER,
  },
];

// --- Apache Spark (apache/spark-docker) ------------------------------------------------------------------------------------
// versions.json lists each image directory and its tags; publish.yml pushes them to docker.io/apache/spark (and
// ghcr.io/apache/spark-docker/spark). A python3/r directory is FROM spark:<its scala directory's tag>, which is FROM eclipse-temurin.
const SPARK =
  'apache/spark-docker @ 7f2e1f0a (2026-06-25): versions.json (path → tags) and the final FROM of each <version>/<flavor>/Dockerfile, followed through FROM spark:<tag> to eclipse-temurin:{11-jre-focal,11-jammy,17-jammy,21-jammy}';
const SPARK_REPOS = ['docker.io/apache/spark', 'ghcr.io/apache/spark-docker/spark'];
/** eclipse-temurin base → the exact apache/spark tags built on it (every versioned tag of versions.json). */
const SPARK_TAGS: Readonly<Record<string, string>> = {
  'eclipse-temurin:21-jammy':
    '4.2.0-preview5-scala2.13-java21-python3-ubuntu 4.2.0-preview5-java21-python3 4.2.0-preview5-python3 4.2.0-preview5 4.2.0-preview5-scala2.13-java21-r-ubuntu 4.2.0-preview5-java21-r 4.2.0-preview5-r 4.2.0-preview5-scala2.13-java21-ubuntu 4.2.0-preview5-java21-scala 4.2.0-preview5-scala 4.2.0-preview5-scala2.13-java21-python3-r-ubuntu 4.1.2-scala2.13-java21-python3-ubuntu 4.1.2-java21-python3 4.1.2-python3 4.1.2 4.1.2-scala2.13-java21-r-ubuntu 4.1.2-java21-r 4.1.2-r 4.1.2-scala2.13-java21-ubuntu 4.1.2-java21-scala 4.1.2-scala 4.1.2-scala2.13-java21-python3-r-ubuntu 4.1.1-scala2.13-java21-python3-ubuntu 4.1.1-java21-python3 4.1.1-python3 4.1.1 4.1.1-scala2.13-java21-r-ubuntu 4.1.1-java21-r 4.1.1-r 4.1.1-scala2.13-java21-ubuntu 4.1.1-java21-scala 4.1.1-scala 4.1.1-scala2.13-java21-python3-r-ubuntu 4.1.0-scala2.13-java21-python3-ubuntu 4.1.0-java21-python3 4.1.0-python3 4.1.0 4.1.0-scala2.13-java21-r-ubuntu 4.1.0-java21-r 4.1.0-r 4.1.0-scala2.13-java21-ubuntu 4.1.0-java21-scala 4.1.0-scala 4.1.0-scala2.13-java21-python3-r-ubuntu 4.0.3-scala2.13-java21-python3-ubuntu 4.0.3-java21-python3 4.0.3-java21 4.0.3-scala2.13-java21-r-ubuntu 4.0.3-java21-r 4.0.3-scala2.13-java21-ubuntu 4.0.3-java21-scala 4.0.3-scala2.13-java21-python3-r-ubuntu 4.0.2-scala2.13-java21-python3-ubuntu 4.0.2-java21-python3 4.0.2-java21 4.0.2-scala2.13-java21-r-ubuntu 4.0.2-java21-r 4.0.2-scala2.13-java21-ubuntu 4.0.2-java21-scala 4.0.2-scala2.13-java21-python3-r-ubuntu 4.0.1-scala2.13-java21-python3-ubuntu 4.0.1-java21-python3 4.0.1-java21 4.0.1-scala2.13-java21-r-ubuntu 4.0.1-java21-r 4.0.1-scala2.13-java21-ubuntu 4.0.1-java21-scala 4.0.1-scala2.13-java21-python3-r-ubuntu 4.0.0-scala2.13-java21-python3-ubuntu 4.0.0-java21-python3 4.0.0-java21 4.0.0-scala2.13-java21-r-ubuntu 4.0.0-java21-r 4.0.0-scala2.13-java21-ubuntu 4.0.0-java21-scala 4.0.0-scala2.13-java21-python3-r-ubuntu',
  'eclipse-temurin:17-jammy':
    '4.2.0-preview5-scala2.13-java17-python3-ubuntu 4.2.0-preview5-java17 4.2.0-preview5-scala2.13-java17-r-ubuntu 4.2.0-preview5-java17-r 4.2.0-preview5-scala2.13-java17-ubuntu 4.2.0-preview5-scala-java17 4.1.2-scala2.13-java17-python3-ubuntu 4.1.2-java17 4.1.2-scala2.13-java17-r-ubuntu 4.1.2-java17-r 4.1.2-scala2.13-java17-ubuntu 4.1.2-scala-java17 4.1.2-scala2.13-java17-python3-r-ubuntu 4.1.1-scala2.13-java17-python3-ubuntu 4.1.1-java17 4.1.1-scala2.13-java17-r-ubuntu 4.1.1-java17-r 4.1.1-scala2.13-java17-ubuntu 4.1.1-scala-java17 4.1.0-scala2.13-java17-python3-ubuntu 4.1.0-java17 4.1.0-scala2.13-java17-r-ubuntu 4.1.0-java17-r 4.1.0-scala2.13-java17-ubuntu 4.1.0-scala-java17 4.0.3-scala2.13-java17-python3-ubuntu 4.0.3-python3 4.0.3 4.0.3-scala2.13-java17-r-ubuntu 4.0.3-r 4.0.3-scala2.13-java17-ubuntu 4.0.3-scala 4.0.3-scala2.13-java17-python3-r-ubuntu 4.0.2-scala2.13-java17-python3-ubuntu 4.0.2-python3 4.0.2 4.0.2-scala2.13-java17-r-ubuntu 4.0.2-r 4.0.2-scala2.13-java17-ubuntu 4.0.2-scala 4.0.2-scala2.13-java17-python3-r-ubuntu 4.0.1-scala2.13-java17-python3-ubuntu 4.0.1-python3 4.0.1 4.0.1-scala2.13-java17-r-ubuntu 4.0.1-r 4.0.1-scala2.13-java17-ubuntu 4.0.1-scala 4.0.1-scala2.13-java17-python3-r-ubuntu 4.0.0-scala2.13-java17-python3-ubuntu 4.0.0-python3 4.0.0 4.0.0-scala2.13-java17-r-ubuntu 4.0.0-r 4.0.0-scala2.13-java17-ubuntu 4.0.0-scala 4.0.0-scala2.13-java17-python3-r-ubuntu 3.5.8-scala2.12-java17-python3-ubuntu 3.5.8-java17-python3 3.5.8-java17 3.5.8-scala2.12-java17-r-ubuntu 3.5.8-java17-r 3.5.8-scala2.12-java17-ubuntu 3.5.8-java17-scala 3.5.8-scala2.12-java17-python3-r-ubuntu 3.5.7-scala2.12-java17-python3-ubuntu 3.5.7-java17-python3 3.5.7-java17 3.5.7-scala2.12-java17-r-ubuntu 3.5.7-java17-r 3.5.7-scala2.12-java17-ubuntu 3.5.7-java17-scala 3.5.7-scala2.12-java17-python3-r-ubuntu 3.5.6-scala2.12-java17-python3-ubuntu 3.5.6-java17-python3 3.5.6-java17 3.5.6-scala2.12-java17-r-ubuntu 3.5.6-java17-r 3.5.6-scala2.12-java17-ubuntu 3.5.6-java17-scala 3.5.6-scala2.12-java17-python3-r-ubuntu 3.5.5-scala2.12-java17-python3-ubuntu 3.5.5-java17-python3 3.5.5-java17 3.5.5-scala2.12-java17-r-ubuntu 3.5.5-java17-r 3.5.5-scala2.12-java17-ubuntu 3.5.5-java17-scala 3.5.5-scala2.12-java17-python3-r-ubuntu 3.5.4-scala2.12-java17-python3-ubuntu 3.5.4-java17-python3 3.5.4-java17 3.5.4-scala2.12-java17-r-ubuntu 3.5.4-java17-r 3.5.4-scala2.12-java17-ubuntu 3.5.4-java17-scala 3.5.4-scala2.12-java17-python3-r-ubuntu 3.5.3-scala2.12-java17-python3-ubuntu 3.5.3-java17-python3 3.5.3-java17 3.5.3-scala2.12-java17-r-ubuntu 3.5.3-java17-r 3.5.3-scala2.12-java17-ubuntu 3.5.3-java17-scala 3.5.3-scala2.12-java17-python3-r-ubuntu 3.5.2-scala2.12-java17-python3-ubuntu 3.5.2-java17-python3 3.5.2-java17 3.5.2-scala2.12-java17-r-ubuntu 3.5.2-java17-r 3.5.2-scala2.12-java17-ubuntu 3.5.2-java17-scala 3.5.2-scala2.12-java17-python3-r-ubuntu 3.5.1-scala2.12-java17-python3-ubuntu 3.5.1-java17-python3 3.5.1-java17 3.5.1-scala2.12-java17-r-ubuntu 3.5.1-java17-r 3.5.1-scala2.12-java17-ubuntu 3.5.1-java17-scala 3.5.1-scala2.12-java17-python3-r-ubuntu 3.5.0-scala2.12-java17-python3-ubuntu 3.5.0-java17-python3 3.5.0-java17 3.5.0-scala2.12-java17-r-ubuntu 3.5.0-java17-r 3.5.0-scala2.12-java17-ubuntu 3.5.0-java17-scala 3.5.0-scala2.12-java17-python3-r-ubuntu',
  'eclipse-temurin:11-jammy':
    '3.5.8-scala2.12-java11-python3-ubuntu 3.5.8-python3 3.5.8 3.5.8-scala2.12-java11-r-ubuntu 3.5.8-r 3.5.8-scala2.12-java11-ubuntu 3.5.8-scala 3.5.8-scala2.12-java11-python3-r-ubuntu 3.5.7-scala2.12-java11-python3-ubuntu 3.5.7-python3 3.5.7 3.5.7-scala2.12-java11-r-ubuntu 3.5.7-r 3.5.7-scala2.12-java11-ubuntu 3.5.7-scala 3.5.7-scala2.12-java11-python3-r-ubuntu',
  'eclipse-temurin:11-jre-focal':
    '3.5.6-scala2.12-java11-python3-ubuntu 3.5.6-python3 3.5.6 3.5.6-scala2.12-java11-r-ubuntu 3.5.6-r 3.5.6-scala2.12-java11-ubuntu 3.5.6-scala 3.5.6-scala2.12-java11-python3-r-ubuntu 3.5.5-scala2.12-java11-python3-ubuntu 3.5.5-python3 3.5.5 3.5.5-scala2.12-java11-r-ubuntu 3.5.5-r 3.5.5-scala2.12-java11-ubuntu 3.5.5-scala 3.5.5-scala2.12-java11-python3-r-ubuntu 3.5.4-scala2.12-java11-python3-ubuntu 3.5.4-python3 3.5.4 3.5.4-scala2.12-java11-r-ubuntu 3.5.4-r 3.5.4-scala2.12-java11-ubuntu 3.5.4-scala 3.5.4-scala2.12-java11-python3-r-ubuntu 3.5.3-scala2.12-java11-python3-ubuntu 3.5.3-python3 3.5.3 3.5.3-scala2.12-java11-r-ubuntu 3.5.3-r 3.5.3-scala2.12-java11-ubuntu 3.5.3-scala 3.5.3-scala2.12-java11-python3-r-ubuntu 3.5.2-scala2.12-java11-python3-ubuntu 3.5.2-python3 3.5.2 3.5.2-scala2.12-java11-r-ubuntu 3.5.2-r 3.5.2-scala2.12-java11-ubuntu 3.5.2-scala 3.5.2-scala2.12-java11-python3-r-ubuntu 3.5.1-scala2.12-java11-python3-ubuntu 3.5.1-python3 3.5.1 3.5.1-scala2.12-java11-r-ubuntu 3.5.1-r 3.5.1-scala2.12-java11-ubuntu 3.5.1-scala 3.5.1-scala2.12-java11-python3-r-ubuntu 3.5.0-scala2.12-java11-python3-ubuntu 3.5.0-python3 3.5.0 3.5.0-scala2.12-java11-r-ubuntu 3.5.0-r 3.5.0-scala2.12-java11-ubuntu 3.5.0-scala 3.5.0-scala2.12-java11-python3-r-ubuntu',
};
const sparkRules: ImageTagRule[] = [
  ...Object.entries(SPARK_TAGS).map(
    ([base, tags]): ImageTagRule => ({
      id: `apache-spark/${base.slice('eclipse-temurin:'.length)}`,
      repositories: SPARK_REPOS,
      tag: exactTags(tags),
      base,
      source: SPARK,
    }),
  ),
  {
    id: 'apache-spark/latest',
    repositories: SPARK_REPOS,
    tag: /^latest$/,
    base: 'eclipse-temurin:21-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java21-python3-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/python3',
    repositories: SPARK_REPOS,
    tag: /^python3$/,
    base: 'eclipse-temurin:21-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java21-python3-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/python3-java17',
    repositories: SPARK_REPOS,
    tag: /^python3-java17$/,
    base: 'eclipse-temurin:17-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java17-python3-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/r',
    repositories: SPARK_REPOS,
    tag: /^r$/,
    base: 'eclipse-temurin:21-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java21-r-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/r-java17',
    repositories: SPARK_REPOS,
    tag: /^r-java17$/,
    base: 'eclipse-temurin:17-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java17-r-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/scala',
    repositories: SPARK_REPOS,
    tag: /^scala$/,
    base: 'eclipse-temurin:21-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java21-ubuntu' },
    source: SPARK,
  },
  {
    id: 'apache-spark/scala-java17',
    repositories: SPARK_REPOS,
    tag: /^scala-java17$/,
    base: 'eclipse-temurin:17-jammy',
    moving: { pin: 'apache/spark:4.1.2-scala2.13-java17-ubuntu' },
    source: SPARK,
  },
];

// --- GNU Octave (gnu-octave/docker) ---------------------------------------------------------------------------------------
// octave.docker is FROM gnuoctave/octave-build:${OCTAVE_VERSION_MAJOR}; .github/workflows/octave.yml (run by hand for one
// version) picks that build image from the version (4.4 → 5, 7.x → 6, 10.x → 9, otherwise the major) and tags latest when
// the version is OCTAVE_LATEST. build-octave-N.docker names the Ubuntu: 4 16.04, 5 18.04, 6 18.04 until 2021-03-07 and 20.04
// after, 8 22.04, 9 24.04, 11 26.04 (since 2026-04-26). A version's base depends on when it was last built by hand, except
// where one build image with one Ubuntu is all it could have used.
const OCTAVE =
  'gnu-octave/docker @ 395f2ec (2026-06-21): octave.docker, .github/workflows/octave.yml (OCTAVE_LATEST: 11.3.0 since 2026-06-06; version → build image mapping at every commit since 2023-11-19) and build-octave-{4,5,6,8,9,11}.docker FROM at every commit';
const OCTAVE_REPOS = ['docker.io/gnuoctave/octave', 'ghcr.io/gnu-octave/octave'];
const octaveRules: ImageTagRule[] = [
  {
    id: 'octave/latest',
    repositories: OCTAVE_REPOS,
    tag: /^latest$/,
    base: 'ubuntu:26.04',
    moving: { pin: 'gnuoctave/octave:11.3.0' },
    source: OCTAVE,
  },
  {
    id: 'octave/11.3',
    repositories: OCTAVE_REPOS,
    tag: /^11\.3\.\d+$/,
    base: 'ubuntu:26.04',
    source: OCTAVE,
  },
  {
    id: 'octave/by-hand',
    repositories: OCTAVE_REPOS,
    tag: /^\d+\.\d+\.\d+$/,
    unknown:
      'gnuoctave/octave version tags are built by hand on gnuoctave/octave-build:<N>; which N a version used and that image’s Ubuntu changed over time (build-octave-6 moved from 18.04 to 20.04 on 2021-03-07; 9.x used build 8, 22.04, in 2024-04…06 and build 9, 24.04, after) and when each version was last built is not recorded',
    source: OCTAVE,
  },
];

// --- Home Assistant community add-on base (hassio-addons/addon-base) ------------------------------------------------------
// Each release tag vX.Y.Z builds base/Dockerfile (ARG BUILD_FROM) with the per-architecture image of base/build.yaml
// (build.json before); the shared hassio-addons/workflows base-deploy.yaml pushes ghcr.io/hassio-addons/base:X.Y.Z.
const HASSIO_BASE =
  'hassio-addons/addon-base @ fe20232 (2025-12-29): base/build.yaml (build.json) build_from amd64 at each of the 175 release tags v0.0.2 … v19.0.0 (alpine:3.6 … amd64/alpine:3.22.2)';
const HASSIO_BASE_VERSIONS: Readonly<Record<string, string>> = {
  'alpine:3.6': '0.0.2 1.0.0 1.0.1 1.1.0',
  'alpine:3.7': '1.2.0 1.3.0 1.3.1 1.3.2 1.3.3 1.4.0 1.4.1 1.4.2',
  'alpine:3.8': '2.0.0 2.0.1 2.1.0 2.1.1 2.1.2 2.2.0 2.3.0 2.3.1 2.3.2',
  'alpine:3.9': '3.0.0 3.0.1 3.1.0 3.1.1 3.1.2',
  'alpine:3.10': '4.0.0 4.0.1 4.0.2 4.0.3 4.1.0 4.1.1 5.0.0 5.0.1 5.0.2 5.0.3',
  'alpine:3.11': '6.0.0 6.0.1 7.0.0 7.0.1 7.0.2 7.0.3 7.0.4 7.0.5 7.1.0 7.1.1 7.2.0',
  'alpine:3.12': '8.0.0 8.0.1 8.0.2 8.0.3 8.0.4 8.0.5 8.0.6',
  'alpine:3.13': '9.0.0 9.0.1 9.1.0 9.1.1 9.1.2 9.1.3 9.1.4 9.1.5 9.1.6 9.1.7 9.1.8 9.2.0 9.2.1 9.2.2',
  'alpine:3.14': '10.0.0 10.0.1 10.0.2 10.1.0 10.1.1 10.2.0 10.2.1 10.2.2 10.2.3',
  'alpine:3.15': '11.0.0 11.0.1 11.1.0 11.1.1 11.1.2',
  'alpine:3.16': '12.0.0 12.1.0 12.2.0 12.2.1 12.2.2 12.2.3 12.2.4 12.2.5 12.2.6 12.2.7',
  'alpine:3.17': '13.0.0 13.0.1 13.1.0 13.1.1 13.1.2 13.1.3 13.1.4 13.1.5 13.2.0 13.2.1 13.2.2',
  'alpine:3.18':
    '14.0.0 14.0.1 14.0.2 14.0.3 14.0.4 14.0.5 14.0.6 14.0.7 14.0.8 14.1.0 14.1.1 14.1.2 14.1.3 14.2.0 14.2.1 14.2.2 14.3.0 14.3.1 14.3.2 14.3.3',
  'alpine:3.19': '15.0.0 15.0.1 15.0.2 15.0.3 15.0.4 15.0.5 15.0.6 15.0.7 15.0.8 15.0.9',
  'alpine:3.20': '16.0.0 16.0.1 16.1.0 16.1.1 16.1.2 16.1.3 16.2.0 16.2.1 16.3.0 16.3.1 16.3.2 16.3.3 16.3.4 16.3.5 16.3.6',
  'alpine:3.21': '17.0.0 17.0.1 17.0.2 17.1.0 17.1.1 17.1.2 17.1.3 17.1.4 17.1.5 17.2.0 17.2.1 17.2.2 17.2.3 17.2.4 17.2.5',
  'alpine:3.22': '18.0.0 18.0.1 18.0.2 18.0.3 18.1.0 18.1.1 18.1.2 18.1.3 18.1.4 18.2.0 18.2.1 19.0.0',
};

// --- Strimzi (strimzi/strimzi-kafka-operator) -----------------------------------------------------------------------------
// The operator, Kafka and other images of a release are FROM strimzi/base, built from docker-images/base/Dockerfile at
// that release tag; quay.io/strimzi/kafka tags are <release>-kafka-<Kafka version>.
const STRIMZI =
  'strimzi/strimzi-kafka-operator @ 8541da1e (2026-08-22): docker-images/base/Dockerfile FROM at each release tag (centos:7 0.14.0 … 0.23.0, registry.access.redhat.com/ubi8/ubi-minimal:latest 0.24.0 … 0.41.0, ubi9/ubi-minimal:latest 0.42.0 … 1.2.0); docker-images/kafka-based/kafka/Dockerfile FROM strimzi/base:latest';
const STRIMZI_REPOS = ['quay.io/strimzi/kafka', 'quay.io/strimzi/operator', 'docker.io/strimzi/kafka', 'docker.io/strimzi/operator'];
const STRIMZI_VERSIONS: Readonly<Record<string, string>> = {
  'centos:7': '0.14.0 0.15.0 0.16.0 0.16.1 0.16.2 0.17.0 0.18.0 0.19.0 0.20.0 0.20.1 0.21.0 0.21.1 0.22.0 0.22.1 0.23.0',
  'registry.access.redhat.com/ubi8/ubi-minimal':
    '0.24.0 0.25.0 0.26.0 0.26.1 0.27.0 0.27.1 0.28.0 0.29.0 0.30.0 0.31.0 0.31.1 0.32.0 0.33.0 0.33.1 0.33.2 0.34.0 0.35.0 0.35.1 0.36.0 0.36.1 0.37.0 0.38.0 0.39.0 0.40.0 0.41.0',
  'registry.access.redhat.com/ubi9/ubi-minimal':
    '0.42.0 0.43.0 0.44.0 0.45.0 0.45.1 0.45.2 0.46.0 0.46.1 0.47.0 0.48.0 0.49.0 0.49.1 0.50.0 0.50.1 0.51.0 1.0.0 1.0.1 1.1.0 1.2.0',
};
function strimziBases(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [base, versions] of Object.entries(STRIMZI_VERSIONS)) for (const v of versions.split(' ')) map[v] = base;
  return map;
}
const platformRules: ImageTagRule[] = [
  ...Object.entries(HASSIO_BASE_VERSIONS).map(
    ([base, versions]): ImageTagRule => ({
      id: `hassio-addons-base/${base}`,
      repositories: ['ghcr.io/hassio-addons/base'],
      tag: exactTags(versions),
      base,
      source: HASSIO_BASE,
    }),
  ),
  {
    id: 'strimzi/release',
    repositories: STRIMZI_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)(?:-kafka-\d+\.\d+\.\d+)?$/,
    base: { group: 'v', map: strimziBases() },
    source: STRIMZI,
  },
];

// --- Small build images and moving bases ----------------------------------------------------------------------------------
const GITLAB_CI_ANDROID =
  'jangrewe/gitlab-ci-android @ b8f0447 (2022-08-24, the newest commit): Dockerfile FROM ubuntu:20.04 (since 2020-10-04; ubuntu:18.04 before)';
const DEBEZIUM =
  'debezium/container-images @ 07fabf0 (2026-07-01): connect/<v>/Dockerfile FROM connect-base:<v> FROM kafka:<v> FROM $DEBEZIUM_DOCKER_REGISTRY_PRIMARY_NAME/base (no version); base/latest/Dockerfile FROM registry.fedoraproject.org/fedora-minimal:34 (2021-09) … 37 (2022-11), 38 (2024-05), 40 (2024-09), 41 (2025-05)';
const TORCHSERVE =
  'pytorch/serve @ 62c4d6a1 (2025-03-17, the newest commit): docker/build_image.sh BASE_IMAGE="ubuntu:18.04" at release tags v0.2.0 … v0.6.1 and "ubuntu:20.04" at v0.7.0 … v0.12.0 and at the newest commit (docker/Dockerfile FROM ${BASE_IMAGE}); build_upload_release.py tags latest, latest-cpu and {version}-cpu, docker_nightly.py retags latest-cpu from nightly builds';
const smallBuildRules: ImageTagRule[] = [
  {
    id: 'torchserve/cpu-18.04',
    repositories: ['docker.io/pytorch/torchserve'],
    tag: exactTags(
      '0.2.0-cpu 0.3.0-cpu 0.3.1-cpu 0.4.0-cpu 0.4.1-cpu 0.4.2-cpu 0.5.0-cpu 0.5.1-cpu 0.5.2-cpu 0.5.3-cpu 0.6.0-cpu 0.6.1-cpu',
    ),
    base: 'ubuntu:18.04',
    source: TORCHSERVE,
  },
  {
    id: 'torchserve/cpu-20.04',
    repositories: ['docker.io/pytorch/torchserve'],
    tag: exactTags('0.7.0-cpu 0.7.1-cpu 0.8.0-cpu 0.8.1-cpu 0.8.2-cpu 0.9.0-cpu 0.10.0-cpu 0.11.0-cpu 0.11.1-cpu 0.12.0-cpu'),
    base: 'ubuntu:20.04',
    source: TORCHSERVE,
  },
  {
    id: 'torchserve/latest-cpu',
    repositories: ['docker.io/pytorch/torchserve'],
    tag: /^latest(?:-cpu)?$/,
    base: 'ubuntu:20.04',
    moving: { pin: 'pytorch/torchserve:0.12.0-cpu' },
    source: TORCHSERVE,
  },
  {
    id: 'gitlab-ci-android/latest',
    repositories: ['docker.io/jangrewe/gitlab-ci-android'],
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    moving: {},
    source: GITLAB_CI_ANDROID,
  },
  {
    id: 'debezium/unknown',
    repositories: ['docker.io/debezium/*', 'quay.io/debezium/*'],
    tag: /^.*$/,
    unknown:
      'Debezium images of every version are built FROM the unversioned debezium/base, whose Fedora minimal release moved (34 in 2021 … 41 in 2025); when a version tag was last rebuilt is not recorded',
    source: DEBEZIUM,
  },
];

// --- Vendors whose build files do not fix a version tag's base (Part 1 of the seventh sample's look-ups) ----------------
// Said so, with what was read, instead of falling through to "not an image the knowledge base knows".
const BUN =
  'oven-sh/bun dockerhub/{debian,debian-slim,alpine,distroless}/Dockerfile, stored versions @ 0c532eac, 10babb5c, 06ec0aa4, 00fc007c (FROM debian:bullseye, debian:trixie-slim, alpine:3.20, gcr.io/distroless/base-nossl-debian11; BUN_VERSION is a build argument)';
const NGC =
  'NVIDIA release notes docs.nvidia.com/deeplearning/frameworks/pytorch-release-notes/rel_20-02.html ("Ubuntu 18.04 with January 2020 updates") and triton-inference-server/release-notes/rel-23-08.html ("The following table shows what versions of Ubuntu … are supported in each of the NVIDIA containers"), read only in excerpts';
const CLICKHOUSE =
  'ClickHouse/ClickHouse docker/server/Dockerfile.ubuntu @ 001409ce (FROM ubuntu:22.04, ARG VERSION="25.4.4.25"): the one stored version of the release Dockerfile; its history (559 versions of docker/server/Dockerfile, 304 of Dockerfile.ubuntu) is in a repository too large to bring here';
const GRAFANA =
  'grafana/grafana Dockerfile: the one stored version (@ 0014fb64) is a modified copy (FROM debian:stretch-slim with a mirrors.ustc.edu.cn sources edit), not a release build file; the repository is too large to bring here';
const PREFECT =
  'PrefectHQ/prefect Dockerfile @ 0235a561: ARG BASE_IMAGE=python:${PYTHON_VERSION}-slim, FROM ${BASE_IMAGE} AS final (the -conda flavor FROM continuumio/miniconda3); python:<v>-slim is a moving tag whose Debian release changed (bullseye, bookworm, trixie)';
const SAGEMATH =
  'sagemath/sage docker/Dockerfile @ 09cb58df (FROM ubuntu:jammy AS run-time-dependencies; "HOWTO use this file to manually create new images for Docker Hub": checkout the release tag, build, push sagemath/sagemath:$DOCKER_TAG and latest); the file has 20 stored versions whose dates and tags were not read';
const METABASE =
  'metabase/metabase Dockerfile @ 0024b891 (runner FROM adoptopenjdk/openjdk11:alpine-jre, a moving tag); the file has other versions whose per-release history was not read';
const vendorUnknownRules: ImageTagRule[] = [
  {
    id: 'sagemath/unknown',
    repositories: ['docker.io/sagemath/sagemath', 'docker.io/sagemath/sagemath-dev'],
    tag: /^.*$/,
    unknown:
      'sagemath/sagemath tags are built by hand from docker/Dockerfile at the release tag (FROM ubuntu:jammy in the one version read); which Ubuntu each release’s file named was not read',
    source: SAGEMATH,
  },
  {
    id: 'metabase/unknown',
    repositories: ['docker.io/metabase/metabase', 'docker.io/metabase/metabase-enterprise'],
    tag: /^.*$/,
    unknown:
      'metabase/metabase tags run on the runner stage of the Dockerfile at each release (adoptopenjdk/openjdk11:alpine-jre, a moving Alpine-based tag, in the version read); the Alpine release of each build is not recorded',
    source: METABASE,
  },
  {
    id: 'prefect/unknown',
    repositories: ['docker.io/prefecthq/prefect'],
    tag: /^.*$/,
    unknown:
      'prefecthq/prefect tags are built FROM python:<version>-slim, a moving tag whose Debian release at each build is not recorded (the tag names the Python version, not the Debian release); only <version>-python<py> tags released away from a switch of its Debian release are read from their release day',
    source: PREFECT,
  },
  {
    id: 'clickhouse/25.4.4.25',
    repositories: ['docker.io/clickhouse/clickhouse-server'],
    tag: /^25\.4\.4\.25$/,
    base: 'ubuntu:22.04',
    source: CLICKHOUSE,
  },
  {
    id: 'clickhouse/unknown',
    repositories: ['docker.io/clickhouse/clickhouse-server', 'docker.io/yandex/clickhouse-server'],
    tag: /^.*$/,
    unknown:
      'clickhouse-server tags are built from docker/server/Dockerfile(.ubuntu/.alpine) at the release commit; only the 25.4.4.25 version of that file (FROM ubuntu:22.04) could be read, so other tags stay unknown',
    source: CLICKHOUSE,
  },
  {
    id: 'grafana/unknown',
    repositories: ['docker.io/grafana/grafana', 'docker.io/grafana/grafana-oss', 'docker.io/grafana/grafana-enterprise'],
    tag: /^.*$/,
    unknown:
      'grafana/grafana tags (Alpine by default, -ubuntu variants) are built from the Dockerfile at each release, whose history could not be read here (the repository is too large to bring, and the one stored Dockerfile is a modified copy)',
    source: GRAFANA,
  },
  {
    id: 'bun/unknown',
    repositories: ['docker.io/oven/bun'],
    tag: /^.*$/,
    unknown:
      'oven/bun tags are built from dockerhub/*/Dockerfile at whatever commit the release workflow ran; those files changed base over time (debian:bullseye, debian:trixie-slim, alpine:3.20, distroless base-nossl-debian11 in the versions read) and which commit built a tag is not recorded here',
    source: BUN,
  },
  {
    id: 'ngc/unknown',
    repositories: ['nvcr.io/nvidia/*'],
    tag: /^\d\d\.\d\d(?:-.+)?$/,
    unknown:
      'NVIDIA names the Ubuntu release of each YY.MM NGC container only in that container’s release notes (docs.nvidia.com …/rel-YY-MM.html); the notes read (mlImages.ts: Triton 19.04 … 21.05, PyTorch 19.03 … 19.11 and, in vendorFamilies13.ts, 20.02, TensorFlow 20.06 … 21.06, MXNet 18.06 … 24.05) do not include this one, and later notes moved the list to the Frameworks Support Matrix, which was not read; no release is given rather than guessed',
    source: NGC,
  },
];

export const toolImageRules: readonly ImageTagRule[] = [
  ...hugoRules,
  ...airflowRules,
  ...biocRules,
  ...flutterRules,
  ...sparkRules,
  ...octaveRules,
  ...platformRules,
  ...smallBuildRules,
  ...vendorUnknownRules,
];
