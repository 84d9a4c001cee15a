/**
 * Non-official image families of issue #17, seventh file: vendor images of the fifth to ninth and second samples whose
 * build files are public. The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts … vendorFamilies5.ts: a
 * tag resolves only where every version of the build files that could have pushed it names one base, and the rest of
 * each repository stays unknown with the reason. Registered after vendorFamilies6.ts (after vendorFamilies5.ts where
 * that file does not exist).
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagPattern, exactTagRules } from './vendors';

// --- Elasticsearch 5.6 and 6.0 … 6.5 of docker.elastic.co (elastic/elasticsearch-docker) ------------------------------
// Before 6.6 the images were built by `make release-manager-release` from templates/Dockerfile.j2 of the release branch
// of elastic/elasticsearch-docker (vendors.ts reads elastic/dockerfiles from 6.6 on). version.json on the branch names
// the version being built (bumped when the previous one is released). The template's final FROM was centos:7 on every
// commit of branches 6.1 … 6.5, and on 6.0 and 5.6 from 2017-11-08 (cae085d, f8191e8); before that it was Elastic's own
// centos-base:7.3-jvm141, whose build files were not read, so 6.0.0 and 5.6.4 (built around the switch) and older
// versions are left out. The Makefile builds the flavours (oss, basic/full, platinum) from the same template, pushing
// elasticsearch-<flavour>:<version> and the default flavour as elasticsearch:<version>.
const ES_DOCKER =
  'elastic/elasticsearch-docker @ 1b23b928 (2019-06-25; README: "To build the Elasticsearch docker image for versions before 6.6.0, checkout the corresponding release branch"): templates/Dockerfile.j2 and version.json at every commit of branches 5.6 (@ b3a43d0), 6.0, 6.1, 6.2, 6.3, 6.4 and 6.5 (@ c43609f): FROM centos:7 AS prep_es_files / FROM centos:7 from cae085d and f8191e8 (2017-11-08), docker.elastic.co/elasticsearch/centos-base:7.3-jvm141 from 2017-09-22 until then; Makefile (IMAGE_FLAVORS oss basic platinum, later oss full; docker build -t $(IMAGE_TAG)-$(FLAVOR):$(VERSION_TAG), default flavour also tagged $(IMAGE_TAG):$(VERSION_TAG))';
const ES6_VERSIONS =
  '6.0.1 6.1.0 6.1.1 6.1.2 6.1.3 6.1.4 6.2.0 6.2.1 6.2.2 6.2.3 6.2.4 6.3.0 6.3.1 6.3.2 6.4.0 6.4.1 6.4.2 6.4.3 6.5.0 6.5.1 6.5.2 6.5.3 6.5.4';
const elasticsearchDockerRules: ImageTagRule[] = [
  {
    id: 'elasticsearch-docker/6-centos7',
    repositories: [
      'docker.elastic.co/elasticsearch/elasticsearch',
      'docker.elastic.co/elasticsearch/elasticsearch-oss',
      'docker.elastic.co/elasticsearch/elasticsearch-basic',
      'docker.elastic.co/elasticsearch/elasticsearch-full',
      'docker.elastic.co/elasticsearch/elasticsearch-platinum',
    ],
    tag: exactTagPattern(ES6_VERSIONS),
    base: 'centos:7',
    source: ES_DOCKER,
  },
  {
    id: 'elasticsearch-docker/5.6-centos7',
    repositories: ['docker.elastic.co/elasticsearch/elasticsearch'],
    tag: exactTagPattern('5.6.5 5.6.6 5.6.7 5.6.8 5.6.9 5.6.10 5.6.11 5.6.12 5.6.13 5.6.14 5.6.15 5.6.16'),
    base: 'centos:7',
    source: ES_DOCKER,
  },
];

// --- MySQL Server by Oracle (mysql/mysql-server) ----------------------------------------------------------------------
// Oracle's own MySQL images (not the Docker Official Image `mysql`), one Dockerfile per series in mysql/mysql-docker
// (<series>/Dockerfile, mysql-server/<series>/Dockerfile from 2021-02-09), tagged <series>, <version> and
// <version>-<image release> (README: 5.7, 5.7.24, 5.7.24-1.1.8). From 2017-02-16 (2966db7) every version of the 5.5, 5.6
// and 5.7 files names oraclelinux:7-slim (container-registry.oracle.com/os/oraclelinux:7-slim from 2023-02-02), except one
// commit of 2019-11-20 (9854975, oraclelinux:8-slim for 5.5.x/5.6.46/5.7.28/8.0.18, reverted six days later): those
// versions are left out, and so are versions no file version names (5.7.41, 5.7.42, 8.0.32 and 8.0.33 were built while
// the package was unpinned, 2023-01 … 2023-07). The 5.5, 5.6 and 5.7 files were removed at the end of each series (5.7 on 2023-12-01, "EOL"),
// so those series tags no longer move. 8.0 moved from Oracle Linux 7 (up to 8.0.22) to 8 (8.0.24 … 8.0.36) to 9 (8.0.37
// on); 8.0.23 was built from both; 8.0 and latest are not resolved (whether Docker Hub still gets them was not read).
const MYSQL_SERVER =
  'mysql/mysql-docker @ 405ba27e (2026-06-17): every version of 5.5/Dockerfile, 5.6/Dockerfile, 5.7/Dockerfile, 8.0/Dockerfile (then mysql-server/<series>/Dockerfile from afdafbb, 2021-02-09) on main: FROM oraclelinux:7-slim from 2966db7 (2017-02-16), oraclelinux:8-slim only in 9854975 (2019-11-20, reverted by 7a7d6a5); 8.0: oraclelinux:8-slim from 059108a (8.0.24), container-registry.oracle.com/os/oraclelinux:9-slim from a87dea0 (8.0.37); MYSQL_SERVER_PACKAGE versions; 5.7 removed by 7befd20 (2023-12-01, "Remove 5.7 references - EOL"); mysql-server branch README.md (tags 5.7, 5.7.24, 5.7.24-1.1.8)';
const MYSQL_SERVER_FROZEN =
  'is no longer built: the {series} Dockerfile was removed from mysql/mysql-docker when the series ended, so the tag still pulls its last build';
const MYSQL_VERSIONS: Readonly<Record<string, string>> = {
  'oraclelinux:7-slim': [
    '5.5.55 5.5.57 5.5.58 5.5.59 5.5.60 5.5.61 5.5.62',
    '5.6.36 5.6.37 5.6.38 5.6.39 5.6.40 5.6.41 5.6.42 5.6.43 5.6.44 5.6.45 5.6.47 5.6.48 5.6.49 5.6.50 5.6.51',
    '5.7.18 5.7.19 5.7.20 5.7.21 5.7.22 5.7.23 5.7.24 5.7.25 5.7.26 5.7.27 5.7.29 5.7.30 5.7.31 5.7.32 5.7.33 5.7.34 5.7.35 5.7.36 5.7.37 5.7.38 5.7.39 5.7.40 5.7.43 5.7.44',
    '8.0.1 8.0.2 8.0.3 8.0.4 8.0.11 8.0.12 8.0.13 8.0.14 8.0.15 8.0.16 8.0.17 8.0.19 8.0.20 8.0.21 8.0.22',
  ].join(' '),
  'oraclelinux:8-slim': '8.0.24 8.0.25 8.0.26 8.0.27 8.0.28 8.0.29 8.0.30 8.0.31 8.0.34 8.0.35 8.0.36',
  'oraclelinux:9-slim': '8.0.37 8.0.38 8.0.39 8.0.40 8.0.41 8.0.42 8.0.43 8.0.44 8.0.45 8.0.46',
};
const MYSQL_REPOS = ['docker.io/mysql/mysql-server'];
const mysqlServerRules: ImageTagRule[] = [
  {
    id: 'mysql-server/series-ol7',
    repositories: MYSQL_REPOS,
    tag: /^(?<series>5\.[567])$/,
    base: 'oraclelinux:7-slim',
    variant: 'slim',
    frozen: MYSQL_SERVER_FROZEN,
    source: MYSQL_SERVER,
  },
  ...exactTagRules(
    MYSQL_VERSIONS,
    (base) => ({ id: `mysql-server/${base.replace(':', '-')}`, repositories: MYSQL_REPOS, variant: 'slim', source: MYSQL_SERVER }),
    { suffix: '(?:-1\\.\\d+\\.\\d+)?' },
  ),
  {
    id: 'mysql-server/other',
    repositories: MYSQL_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a series tag 5.5/5.6/5.7 or a version whose Dockerfile versions all name one base (8.0 and latest moved from Oracle Linux 7 to 8 to 9; 5.6.46, 5.7.28, 8.0.18 and 8.0.23 were built on two)',
    source: MYSQL_SERVER,
  },
];

// --- Percona Server for MySQL (percona/percona-server) ----------------------------------------------------------------
// percona-server-<series>/Dockerfile of percona/percona-docker (README-build.md: built and pushed as
// percona/percona-server:<series>); ENV PS_VERSION names the version (8.0.33-25.1). From 8.0.31 an arm64 file
// (Dockerfile.aarch64) is built beside it and from 2024-12 a Dockerfile-dockerhub: a version is listed only where every
// file that names it names one release (8.0.31: Oracle Linux 8 for amd64, 9 for arm64 — left out; 8.0.26-16.1 and 8.0.39
// were built on two). 5.7 from 5.7.35 on is left out: Dockerfile (UBI 8 minimal) and Dockerfile-dockerhub (CentOS 8,
// Oracle Linux 8) disagree. Every version of every 8.4 file names UBI 9 minimal, so the moving 8.4 tag resolves too.
const PERCONA =
  'percona/percona-docker @ 5c654083 (2026-08-20): every version of percona-server-5.7/{Dockerfile,Dockerfile-dockerhub}, percona-server-8.0/{Dockerfile,Dockerfile.aarch64,Dockerfile-dockerhub} and percona-server-8.4/{Dockerfile,Dockerfile.aarch64,Dockerfile-dockerhub}: the final FROM (centos:8, oraclelinux:8, oraclelinux:9 / arm64v8/oraclelinux:9, redhat/ubi9-minimal) and ENV PS_VERSION; README-build.md (docker push percona/percona-server:<series>)';
const PERCONA_REPOS = ['docker.io/percona/percona-server'];
const PERCONA_VERSIONS: Readonly<Record<string, string>> = {
  'centos:8': '5.7.31-34 5.7.32-35 5.7.33-36 5.7.34-37 8.0.20-11 8.0.21-12 8.0.22-13 8.0.23-14 8.0.25-15 8.0.26-17',
  'oraclelinux:8': '8.0.27-18 8.0.28-19 8.0.28-20 8.0.29-21 8.0.30-22',
  'oraclelinux:9': '8.0.32-24 8.0.33-25 8.0.34-26 8.0.35-27 8.0.36-28 8.0.37-29',
  'redhat/ubi9-minimal': '8.0.40-31 8.0.41-32 8.0.42-33 8.0.43-34 8.0.44-35 8.0.45-36 8.0.46-37',
};
const perconaRules: ImageTagRule[] = [
  ...exactTagRules(
    PERCONA_VERSIONS,
    (base) => ({
      id: `percona-server/${base.replace(/[:/]/g, '-')}`,
      repositories: PERCONA_REPOS,
      ...(base.endsWith('-minimal') ? { variant: 'minimal' } : {}),
      source: PERCONA,
    }),
    { suffix: '(?:\\.\\d+)?' },
  ),
  {
    id: 'percona-server/8.4',
    repositories: PERCONA_REPOS,
    tag: /^8\.4\.\d+-\d+(?:\.\d+)?$/,
    base: 'redhat/ubi9-minimal',
    variant: 'minimal',
    source: PERCONA,
  },
  {
    id: 'percona-server/8.4-moving',
    repositories: PERCONA_REPOS,
    tag: /^8\.4$/,
    base: 'redhat/ubi9-minimal',
    variant: 'minimal',
    moving: { means: 'the newest Percona Server 8.4 build, always on UBI 9 minimal' },
    source: PERCONA,
  },
  {
    id: 'percona-server/other',
    repositories: PERCONA_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose build files all name one base (5.7, 8.0 and latest moved from CentOS 8 to Oracle Linux 8 and 9 to UBI 9; some versions were built from files naming two)',
    source: PERCONA,
  },
];

// --- .NET Core 3.0 in the "core" repositories (mcr.microsoft.com/dotnet/core/*) -----------------------------------------
// popular.ts sends 2.1/3.1 to the current repositories and reads 2.2; 3.0 (end of support 2020-03-03) was only published
// here. In every manifest.json version from the one after 48eb4f6f (3.0-preview4, 2019-04-18, the last with stretch) to
// 74c92451 (2020-02-18, the last listing 3.0) the Linux platforms of the 3.0 shared tags are 3.0/sdk/buster and
// 3.0/{runtime-deps,runtime,aspnet}/buster-slim (FROM buildpack-deps:buster-scm, debian:buster-slim and the images above
// it); the release version tags (3.0.0 …, 3.0.100 …) all come after that, the preview tags (…-preview4-…) are left out.
const DOTNET_CORE_30 =
  'dotnet/dotnet-docker @ 3ed00b61 (2026-08-21): manifest.json at every commit from 2019-02 to 74c92451 (2020-02-18, the last listing 3.0; 4759558a of 2020-03-03 removes it): dotnet/core/{sdk,runtime,aspnet,runtime-deps} sharedTags "3.0" / "$(3.0-RuntimeVersion)" / "$(3.0-SdkVersion)" on Linux = 3.0/sdk/buster and 3.0/<image>/buster-slim after 48eb4f6f (2019-04-18, stretch), Windows = nanoserver-1809/1903/1909; 3.0/sdk/buster/amd64/Dockerfile FROM buildpack-deps:buster-scm, 3.0/runtime-deps/buster-slim/amd64/Dockerfile FROM debian:buster-slim';
const dotnetCore30Rules: ImageTagRule[] = ['sdk', 'aspnet', 'runtime', 'runtime-deps'].map(
  (name): ImageTagRule => ({
    id: `dotnet-core-3.0/${name}`,
    repositories: [`mcr.microsoft.com/dotnet/core/${name}`],
    tag: /^3\.0(?:\.\d+)*(?:-buster(?:-slim)?)?(?:-(?:arm32v7|arm64v8))?$/,
    base: name === 'sdk' ? 'buildpack-deps:buster-scm' : 'debian:buster-slim',
    ...(name === 'sdk' ? {} : { variant: 'slim' }),
    frozen:
      'is no longer built: .NET Core 3.0 reached end of support on 2020-03-03, when its tags left the manifest, so the tag still pulls its last build',
    source: DOTNET_CORE_30,
    note: 'On a Windows host the same 3.0 tags pull the Nano Server 1809/1903/1909 image instead.',
  }),
);

// --- Apache CouchDB (apache/couchdb) --------------------------------------------------------------------------------
// The release manager runs `./build.sh buildx <version> [as <tag>]`, which builds the <version> directory of
// apache/couchdb-docker and pushes apache/couchdb:<tag> (the version itself unless `as` names 3.3, 3, latest …). A
// version tag therefore comes from its own directory's Dockerfile: listed where every version of that file names one
// Debian release. 2.3.1, 3.2.1, 3.3.3 and 3.4.1 moved between releases (rebuilt on a newer Debian), and the series tags
// (3.3, 3, latest) were re-pushed from whichever version was newest then: both stay unknown.
const COUCHDB =
  'apache/couchdb-docker @ 4c82ee09 (2025-11-11): README.md ("./build.sh buildx 3.3.1 as 3.3" … "as latest"), build.sh (docker buildx build --tag apache/couchdb:$tag_as --push $1), every version of <version>/Dockerfile: 2.3.0 FROM debian:stretch-slim; 3.0.0, 3.0.1, 3.1.0 … 3.1.2, 3.2.0 debian:buster-slim; 3.2.2, 3.2.3, 3.3.0 … 3.3.2 debian:bullseye-slim; 3.4.2, 3.4.3, 3.5.0, 3.5.1 debian:bookworm-slim; 2.3.1 (stretch, then buster), 3.2.1 (buster, then bullseye), 3.3.3 (bullseye, then bookworm), 3.4.1 (bullseye, then bookworm)';
const COUCHDB_VERSIONS: Readonly<Record<string, string>> = {
  'debian:stretch-slim': '2.3.0',
  'debian:buster-slim': '3.0.0 3.0.1 3.1.0 3.1.1 3.1.2 3.2.0',
  'debian:bullseye-slim': '3.2.2 3.2.3 3.3.0 3.3.1 3.3.2',
  'debian:bookworm-slim': '3.4.2 3.4.3 3.5.0 3.5.1',
};
const couchdbRules: ImageTagRule[] = [
  ...exactTagRules(COUCHDB_VERSIONS, (base) => ({
    id: `apache-couchdb/${base.slice('debian:'.length)}`,
    repositories: ['docker.io/apache/couchdb'],
    variant: 'slim',
    source: COUCHDB,
  })),
  {
    id: 'apache-couchdb/other',
    repositories: ['docker.io/apache/couchdb'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a version whose Dockerfile named one Debian release in every version (series tags such as 3.3, 3 and latest were re-pushed from the newest version of the time; 2.3.1, 3.2.1, 3.3.3 and 3.4.1 were rebuilt on a newer Debian)',
    source: COUCHDB,
  },
];

// --- Official base tags whose library entry names no release, month by month (for retired tags built FROM them) -------
// The generated base timeline reads what a base tag's library entry names (its tags, siblings, Directory); where it names
// nothing, a retired tag built FROM that base was read as the base is now: websphere-liberty:19.0.0.3-kernel (2019-09)
// FROM ibmjava:8-jre as Ubuntu 22.04, where ibmjava moved to it only on 2023-03-31 (wrong for every such tag last built
// before), and clojure:lein-2.7.1 (2017-10) FROM openjdk:8 as unknown. Here: the final FROM of the Dockerfile at the
// GitCommit / Directory each first-parent version of the base's library entry pinned, with the date of that version.
// A month in which it moved answers nothing, as in baseTimeline.ts; so do months before the first and after the last row.
const OI_LIB = (lib: string) =>
  `docker-library/official-images @ 37079fb3 (2026-08-21): every first-parent version of library/${lib}, the GitCommit and Directory of the entry listing the tag`;
interface FileTimeline {
  /** [date the version pinning it was committed, the final FROM of the pinned Dockerfile], in date order. */
  changes: ReadonlyArray<readonly [string, string]>;
  /** Date from which the tag is no longer listed (or the snapshot ends). */
  until: string;
  source: string;
}
const IBMJAVA_8: FileTimeline = {
  changes: [
    ['2017-09-07', 'ubuntu:16.04'], // 09153691
    ['2019-10-18', 'ubuntu:18.04'], // 21a1acf3
    ['2023-03-31', 'ubuntu:22.04'], // 17c4cdb1
  ],
  until: '2026-08-21',
  source: `${OI_LIB('ibmjava')} (8-jre, 8-sdk and their aliases: 09153691 on 2017-09-07, 21a1acf3 on 2019-10-18, 17c4cdb1 on 2023-03-31); ibmruntimes/ci.docker @ 8b9f074 (2026-08-14): ibmjava/8/jre/ubuntu/Dockerfile and ibmjava/8/sdk/ubuntu/Dockerfile at those commits (FROM ubuntu:16.04, ubuntu:18.04, ubuntu:22.04)`,
};
const OPENJDK_8 = (variant: 'scm' | 'curl'): FileTimeline => ({
  changes: [
    ['2016-08-11', `buildpack-deps:jessie-${variant}`], // baaaf771
    ['2017-07-06', `buildpack-deps:stretch-${variant}`], // ae4562dc
    ['2020-02-06', `buildpack-deps:buster-${variant}`], // 75b0f85e
    ['2021-08-25', `buildpack-deps:bullseye-${variant}`], // ac338f31
  ],
  until: '2022-08-19',
  source: `${OI_LIB('openjdk')} (8 / 8-jdk / 8-jre: baaaf771 on 2016-08-11, ae4562dc 2017-07-06, 75b0f85e 2020-02-06, ac338f31 2021-08-25; not listed from 2022-08-19); docker-library/openjdk @ da2d75fd (2026-08-19): 8/jdk and 8/jre Dockerfiles at those commits (FROM buildpack-deps:<suite>-scm / -curl)`,
});
const FILE_TIMELINES: Readonly<Record<string, FileTimeline>> = {
  'ibmjava:8-jre': IBMJAVA_8,
  'ibmjava:8': IBMJAVA_8,
  'ibmjava:jre': IBMJAVA_8,
  'ibmjava:latest': IBMJAVA_8,
  'ibmjava:8-sdk': IBMJAVA_8,
  'ibmjava:sdk': IBMJAVA_8,
  'openjdk:8': OPENJDK_8('scm'),
  'openjdk:8-jdk': OPENJDK_8('scm'),
  'openjdk:8-jre': OPENJDK_8('curl'),
  'openjdk:8-jre-alpine': {
    changes: [
      ['2016-08-11', 'alpine:3.4'], // 54c64cf4
      ['2017-01-04', 'alpine:3.5'], // a2b245fc
      ['2017-01-05', 'alpine:3.4'], // 0476812e
      ['2017-03-06', 'alpine:3.5'], // 4e396849
      ['2017-06-01', 'alpine:3.6'], // 43e145f3
      ['2017-12-04', 'alpine:3.7'], // 2598f712
      ['2018-07-10', 'alpine:3.8'], // 1778c73b
      ['2019-02-05', 'alpine:3.9'], // d93be18f
    ],
    until: '2019-05-24',
    source: `${OI_LIB('openjdk')} (8-jre-alpine: 54c64cf4 on 2016-08-11 … d93be18f on 2019-02-05; not listed from 2019-05-24); docker-library/openjdk @ da2d75fd (2026-08-19): 8/jre/alpine/Dockerfile at those commits (FROM alpine:3.4 … alpine:3.9)`,
  },
  'eclipse-temurin:21-jdk-alpine': {
    changes: [
      ['2023-10-11', 'alpine:3.18'], // 73602858
      ['2024-01-24', 'alpine:3.19'], // 5ef32561
      ['2024-07-22', 'alpine:3.20'], // 6e6c1cc0
      ['2025-01-22', 'alpine:3.21'], // a48d4a51
      ['2025-08-04', 'alpine:3.22'], // fc54f278
      ['2026-02-05', 'alpine:3.23'], // a475d695
    ],
    until: '2026-08-21',
    source: `${OI_LIB('eclipse-temurin')} (21-jdk-alpine: 73602858 on 2023-10-11 … a475d695 on 2026-02-05; the version of 2026-08-21 pins a commit newer than the snapshot); adoptium/containers @ d8d18d67 (2026-08-05): 21/jdk/alpine Dockerfile at those commits (FROM alpine:3.18 … alpine:3.23)`,
  },
  'php:7.0-apache': {
    changes: [
      ['2015-07-08', 'debian:jessie'], // 0e983d18
      ['2018-05-23', 'debian:stretch-slim'], // 78125d0d
    ],
    until: '2019-01-07',
    source: `${OI_LIB('php')} (7.0-apache: 0e983d18 on 2015-07-08, 78125d0d 2018-05-23; not listed from 2019-01-07); docker-library/php @ 445bf414 (2026-07-30): 7.0/apache (7.0/jessie/apache, 7.0/stretch/apache) Dockerfile at those commits`,
  },
  'rabbitmq:3.8-alpine': {
    changes: [
      ['2019-10-02', 'alpine:3.10'], // af5f6ff9
      ['2019-12-23', 'alpine:3.11'], // 4a6c2586
      ['2020-06-25', 'alpine:3.12'], // 4f8112ff
      ['2021-02-01', 'alpine:3.13'], // 6d24429a
      ['2021-06-28', 'alpine:3.14'], // 54146664
      ['2021-11-29', 'alpine:3.15'], // 4b78ecfa
      ['2022-05-25', 'alpine:3.16'], // 650d6809
    ],
    until: '2022-06-16',
    source: `${OI_LIB('rabbitmq')} (3.8-alpine: af5f6ff9 on 2019-10-02 … 650d6809 on 2022-05-25; not listed from 2022-06-16); docker-library/rabbitmq @ 9193c1d (2026-06-15): 3.8/alpine/Dockerfile at those commits (FROM alpine:3.10 … alpine:3.16)`,
  },
  'rabbitmq:latest': {
    changes: [
      ['2015-07-02', 'debian:wheezy'], // 97e1f490
      ['2015-09-25', 'debian:jessie'], // 30315af9
      ['2017-06-19', 'debian:stretch-slim'], // 192f4c20
      ['2019-01-29', 'ubuntu:18.04'], // a51c5ad7
      ['2021-05-27', 'ubuntu:20.04'], // e6c8ca46
      ['2023-06-21', 'ubuntu:22.04'], // 0192a912
      ['2024-09-18', 'ubuntu:24.04'], // 266d9cdc
    ],
    until: '2026-07-06',
    source: `${OI_LIB('rabbitmq')} (latest: 97e1f490 on 2015-07-02 … 266d9cdc on 2024-09-18; the Dockerfile of the version of 2026-07-06 is not in the snapshot); docker-library/rabbitmq @ 9193c1d (2026-06-15): the latest entry's Dockerfile at those commits`,
  },
};

/** What an official base tag's pinned Dockerfile was FROM throughout a month ('YYYY-MM'), where the table has it. */
export function baseDuringByFile(ref: string, month: string): { base: string; source: string } | undefined {
  let key = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  if (!key.includes(':')) key += ':latest';
  const t = Object.hasOwn(FILE_TIMELINES, key) ? FILE_TIMELINES[key] : undefined;
  if (!t || month >= t.until.slice(0, 7)) return undefined;
  const start = `${month}-01`;
  let atStart: string | undefined;
  for (const [date, base] of t.changes) {
    if (date.slice(0, 7) === month) return undefined; // the pin moved during the month
    if (date < start) atStart = base;
  }
  return atStart ? { base: atStart, source: t.source } : undefined;
}

export const vendorFamily7Rules: readonly ImageTagRule[] = [
  ...elasticsearchDockerRules,
  ...mysqlServerRules,
  ...perconaRules,
  ...dotnetCore30Rules,
  ...couchdbRules,
];
