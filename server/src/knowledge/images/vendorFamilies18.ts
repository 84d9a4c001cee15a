/**
 * Non-official image families of issue #17, eighteenth file: unknowns of the seventeenth sample (ordinary projects, whole
 * repositories read) that no earlier sample had, in the class "vendor/community image the tables do not describe". Same
 * rules as vendorFamilies2.ts … vendorFamilies17.ts: every row names the build files read (repository @ commit (date)); a
 * tag is resolved only when the files that push it tie it to one base, and images whose build files could not be found
 * or do not tie a tag to one base get a reason instead of a release. Registered after vendorFamilies17.ts and before
 * communityImages.ts and thirdParty.ts.
 */
import type { ImageTagRule } from './ruleTypes';

// --- wyveo/nginx-php-fpm (Docker Hub) -----------------------------------------------------------------------------------
// One git branch per PHP line (php70 … php82) plus master; each branch's .github/workflows/<branch>.yaml (on: push)
// publishes the branch's Dockerfile as wyveo/nginx-php-fpm:<branch>, and master's latest.yaml as :latest. Every tip is
// FROM a Debian codename, so the tag's last build is that release: php70 … php80 FROM debian:buster (tips of 2022-03-02,
// the commit that added the workflows), php81 and php82 and master FROM debian:bullseye-slim. Older tags (version numbers,
// php56 and the like) came from Docker Hub automated builds of branches and tags the files do not tie to a tag.
const WYVEO =
  'wyveo/nginx-php-fpm @ 8c9de384 (master, 2023-09-25) and its branch tips: php70 9c543dc, php71 4319ce7, php72 3e0a08b, php73 81501be, php74 8f3b0b2, php80 cde71a8 (all 2022-03-02) Dockerfile FROM debian:buster; php81 ab85ad6 (2022-03-11), php82 491bc90 (2023-09-26) and master Dockerfile FROM debian:bullseye-slim; each branch\'s .github/workflows/<branch>.yaml (on push, elgohr/Publish-Docker-Github-Action, name wyveo/nginx-php-fpm, tags "<branch>") and master\'s latest.yaml (tags "latest"); README.md tag table (php74 … php70: Debian buster; latest, php82, php81: bullseye)';
const WYVEO_REPOS = ['docker.io/wyveo/nginx-php-fpm'];
const wyveoRules: ImageTagRule[] = [
  {
    id: 'wyveo-nginx-php-fpm/buster',
    repositories: WYVEO_REPOS,
    tag: /^php(?:70|71|72|73|74|80)$/,
    base: 'debian:buster',
    frozen: "no longer built: the branch's last commit is of 2022-03-02",
    source: WYVEO,
  },
  {
    id: 'wyveo-nginx-php-fpm/bullseye',
    repositories: WYVEO_REPOS,
    tag: /^(?:php81|php82|latest)$/,
    base: 'debian:bullseye-slim',
    frozen: 'no longer built: the last commit of its branch is of 2022-03-11 (php81) or 2023-09 (php82, master)',
    source: WYVEO,
  },
  {
    id: 'wyveo-nginx-php-fpm/unread',
    repositories: WYVEO_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the branch tags its workflows push (php70 … php82, latest); older tags came from Docker Hub automated builds the repository does not tie to one Dockerfile',
    source: WYVEO,
  },
];

// --- geerlingguy/php-apache (Docker Hub) ---------------------------------------------------------------------------------
// Built without a Dockerfile: main.yml (an Ansible playbook) starts a container from base_image, installs Apache and PHP
// into it and commits it as geerlingguy/php-apache:<php_version>. .github/workflows/build.yml (push to master and weekly)
// pushes <v>, <v>.x, <v>.<PHP_RELEASE_VERSION> and, for the newest line, latest. base_image was debian:stretch until
// 2019-06, debian:buster from 821289b (2019-07-10) and debian:bookworm from 297a744 (2024-07-24), which also dropped PHP
// 7.x: the 7.x tags were last pushed from buster, the 8.x line tags move with the weekly rebuild (bookworm as of the newest
// commit read). A <v>.<patch> tag is pushed once per PHP patch release and may predate the switch, so it is not resolved.
const GEERLINGGUY_PHP_APACHE =
  'geerlingguy/php-apache-container @ 81649b4a (master, 2024-07-24): main.yml (base_image debian:bookworm since 297a744 of 2024-07-24; debian:buster from 821289b of 2019-07-10 to 8446303 of 2022-11-26; debian:stretch before), docker commit of the container as geerlingguy/php-apache:<php_version>; .github/workflows/build.yml (push to master and cron weekly; matrix 8.3, 8.2, 8.1, previously 8.1, 7.4, 7.3, 7.2, 7.1 at 8446303; pushes <v>, <v>.x, <v>.<PHP_RELEASE_VERSION>, and latest for 8.3)';
const GEERLINGGUY_REPOS = ['docker.io/geerlingguy/php-apache'];
const GEERLINGGUY_MOVING = 'as of the newest commit read (2024-07-24); rebuilt weekly from master';
const geerlingguyPhpApacheRules: ImageTagRule[] = [
  {
    id: 'geerlingguy-php-apache/bookworm',
    repositories: GEERLINGGUY_REPOS,
    tag: /^(?<v>8\.[123])(?:\.x)?$/,
    base: 'debian:bookworm',
    moving: { means: `PHP {v} on Debian 12 (bookworm), ${GEERLINGGUY_MOVING}` },
    source: GEERLINGGUY_PHP_APACHE,
  },
  {
    id: 'geerlingguy-php-apache/latest',
    repositories: GEERLINGGUY_REPOS,
    tag: /^latest$/,
    base: 'debian:bookworm',
    moving: { means: `the PHP 8.3 build on Debian 12 (bookworm), ${GEERLINGGUY_MOVING}` },
    source: GEERLINGGUY_PHP_APACHE,
  },
  {
    id: 'geerlingguy-php-apache/buster',
    repositories: GEERLINGGUY_REPOS,
    tag: /^7\.[1-4](?:\.x)?$/,
    base: 'debian:buster',
    frozen: 'no longer built: PHP 7.x was dropped from the build matrix on 2024-07-24',
    source: GEERLINGGUY_PHP_APACHE,
  },
  {
    id: 'geerlingguy-php-apache/unread',
    repositories: GEERLINGGUY_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a line tag the build files tie to one base: a <version>.<patch> tag was pushed once, from Debian stretch, buster or bookworm depending on when, and older lines were built from stretch',
    source: GEERLINGGUY_PHP_APACHE,
  },
];

// --- zcube/bitnami-compat-mongodb (Docker Hub; ZCube/bitnami-compat) -------------------------------------------------
// Rebuilds of Bitnami's containers without the StackSmith binaries: .github/workflows/build-on-push.yml builds each app's
// Dockerfile from the bitnami/containers submodule and `main.go push` copies it to docker.io/zcube/bitnami-compat-<app> as
// <major>, <major>-<os_flavour>, <semver>… and latest (the last version built). versioninfo.yaml records the os_flavour
// of every build: for mongodb and mongodb-sharded 5.0 and 6.0 it is debian-11 in all 26 versions of the file
// (2022-12-10 … 2023-05-01, the repository's last commit), and Bitnami's mongodb/<major>/debian-11/Dockerfile is
// FROM docker.io/bitnami/minideb:bullseye. Other majors (4.2, 4.4) are not in any version of versioninfo.yaml read.
const ZCUBE_MONGODB =
  'ZCube/bitnami-compat @ c3daa36c (2023-05-01, its last commit): versioninfo.yaml (mongodb and mongodb-sharded 5.0 → 5.0.17-debian-11-r64, 6.0 → 6.0.5-debian-11-r64; os_flavour debian-11 for both majors in all 26 versions of the file, 2022-12-10 … 2023-05-01); cmd/push.go (tags <major>, <major>-<os_flavour>, <semver>, <semver>-<os_flavour>, …-r<revision> and latest under docker.io/zcube/bitnami-compat-<app>); .github/workflows/build-on-push.yml; bitnami/containers bitnami/mongodb/5.0/debian-11/Dockerfile @ 00505def (FROM docker.io/bitnami/minideb:bullseye)';
const ZCUBE_REPOS = ['docker.io/zcube/bitnami-compat-mongodb', 'docker.io/zcube/bitnami-compat-mongodb-sharded'];
const zcubeMongodbRules: ImageTagRule[] = [
  {
    id: 'zcube-bitnami-compat-mongodb/bullseye',
    repositories: ZCUBE_REPOS,
    tag: /^(?:5\.0|6\.0|latest)$/,
    base: 'bitnami/minideb:bullseye',
    frozen: 'no longer built: the repository has had no commit since 2023-05-01',
    source: ZCUBE_MONGODB,
  },
  {
    id: 'zcube-bitnami-compat-mongodb/unread',
    repositories: ZCUBE_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the major tags (5.0, 6.0, latest) whose builds versioninfo.yaml records; a tag ending -debian-NN-r<n> names its Debian release',
    source: ZCUBE_MONGODB,
  },
];

// --- Honest unknowns: images pushed by hand, or whose build files were not found ------------------------------------------
// rsyslog/syslog_appliance_alpine: appliance/alpine/build.sh only tags :latest locally (docker build -t …:latest), no
// workflow pushes it, and the Dockerfile's FROM differs between the commits that could have built the pushed image.
// ghcr.io/mlieberman85/rust: pushed by a script that takes the Dockerfile's name as its argument. devopsedu/webapp (a
// course image) and leandatascience/configcredential: every public file naming them only builds FROM them.
const RSYSLOG_APPLIANCE =
  'rsyslog/rsyslog-docker @ af48ef66 (master, 2025-08-22): appliance/alpine/build.sh (docker build -t rsyslog/syslog_appliance_alpine:latest, no push); appliance/alpine/Dockerfile FROM alpine:3.7 on master (12 versions, 2018-01-10 … 2018-02-26), FROM alpine:3.8 at b1044b3 (2019-03-27) and alpine:3.15 at caf426b and 7bac81b (2022) on commits outside master; .github/workflows/build-user-containers.yml builds other images (rsyslog/ minimal, standard, collector, dockerlogs) and pushes none';
const NO_BUILD_FILES =
  'looked up 2026-12-07 in the public code index (exact strings devopsedu/webapp, leandatascience/configcredential: 10 and 4 files, every one a Dockerfile FROM the image, none building it) and among the GitHub repositories of those names (no devopsedu/* or leandatascience repository holds a build file for it)';
const MLIEBERMAN85_RUST =
  'public code index, file id 7847399105 (its repository not named), looked up 2026-12-07 by the exact string ghcr.io/mlieberman85/rust (the only file holding it besides users): NAME=$1; IMAGE=ghcr.io/mlieberman85/rust:latest; docker build . -f "$NAME.Dockerfile" -t $IMAGE; docker push $IMAGE; mlieberman85/rust-hello-world-demo @ b7cd4765 (2021-09-13) only uses it (Dockerfile FROM ghcr.io/mlieberman85/rust:latest)';
const handPushedRules: ImageTagRule[] = [
  {
    id: 'rsyslog-syslog-appliance-alpine/hand-pushed',
    repositories: ['docker.io/rsyslog/syslog_appliance_alpine'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built and pushed by hand (appliance/alpine/build.sh, no push workflow) from a Dockerfile FROM alpine:3.7 on master and alpine:3.8 or 3.15 on other commits; which commit built the pushed image is not recorded',
    source: RSYSLOG_APPLIANCE,
  },
  {
    id: 'mlieberman85-rust/hand-pushed',
    repositories: ['ghcr.io/mlieberman85/rust'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was pushed by hand by a script that builds "$NAME.Dockerfile", a file named on its command line, so which Dockerfile (and base) built the pushed image is not recorded',
    source: MLIEBERMAN85_RUST,
  },
  {
    id: 'no-build-files/course-images',
    repositories: ['docker.io/devopsedu/webapp', 'docker.io/leandatascience/configcredential'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is a course image whose build files are not public (every public file naming it builds FROM it), so its distribution cannot be read',
    source: NO_BUILD_FILES,
  },
];

export const vendorFamily18Rules: readonly ImageTagRule[] = [
  ...wyveoRules,
  ...geerlingguyPhpApacheRules,
  ...zcubeMongodbRules,
  ...handPushedRules,
];
