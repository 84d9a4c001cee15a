/**
 * Non-official image families of issue #17, thirty-sixth file (drawn from base-images-sample25.tsv): the JBoss community
 * base images jboss/base and jboss/base-jdk (FROM centos:7); sanicframework/sanic's <python>-latest tags (FROM the
 * project's sanic-build image, FROM python:<python>-alpine, last built in 2023); composer/composer's retired Alpine tags
 * (an honest unknown, saying why); xsidekick/xsk_redmine (FROM centos:centos6.6, built by its repository's scripts in
 * 2015). Same rules as vendorFamilies2.ts … vendorFamilies34.ts: every row names the files read (repository @ commit
 * (date)); a tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- jboss/base, jboss/base-jdk (jboss-dockerfiles/base, jboss-dockerfiles/base-jdk) ---------------------------------------
// jboss/base's Dockerfile is FROM centos:7 in every version since 328f451 (2015-06-30; fedora:20 before), up to the
// repository's last commit d579e24 (2016-10-14). jboss/base-jdk is built from one branch per JDK (README.md: "Both
// images extend the jboss/base:latest image", built on Docker Hub): jdk8's Dockerfile is FROM jboss/base:latest up to its
// last commit b3f8acd (2016-10-14, pushed with base's), jdk11's up to af98525 (2018-12-13); both branches were last
// pushed after the switch to CentOS 7. The jdk7 branch was last changed on 2014-10-14, while jboss/base was still
// Fedora 20: whether Docker Hub rebuilt :7 after the switch is not recorded, so it stays unknown.
const JBOSS_BASE =
  'jboss-dockerfiles/base @ d579e24 (2016-10-14): Dockerfile FROM centos:7 since 328f451 (2015-06-30, "Switch to centos7 base image"), fedora:20 before; jboss-dockerfiles/base-jdk @ b3f8acd (2016-10-14, branch jdk8) and af98525 (2018-12-13, branch jdk11): Dockerfile FROM jboss/base:latest, README.md ("Both images extend the jboss/base:latest image … built on Docker HUB"); branch jdk7 last changed 54f63f6 (2014-10-14)';

const jbossBaseRules: ImageTagRule[] = [
  {
    id: 'jboss-base/latest',
    repositories: ['docker.io/jboss/base'],
    tag: /^latest$/,
    base: 'centos:7',
    moving: {
      means:
        'the last Docker Hub build of jboss-dockerfiles/base, FROM centos:7 in every version since 2015-06-30; the repository is unchanged since its last commit (2016-10-14), as of the commit read',
    },
    source: JBOSS_BASE,
  },
  {
    id: 'jboss-base-jdk/centos7',
    repositories: ['docker.io/jboss/base-jdk'],
    tag: /^(?:8|11)$/,
    base: 'centos:7',
    moving: {
      means:
        'the last Docker Hub build of the jdk{tag} branch, FROM jboss/base:latest (FROM centos:7 since 2015-06-30); the branch is unchanged since its last commit, as of the commit read (2016-10-14 for jdk8, 2018-12-13 for jdk11)',
    },
    source: JBOSS_BASE,
  },
  {
    id: 'jboss-base-jdk/other',
    repositories: ['docker.io/jboss/base-jdk'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not one of the jdk8 and jdk11 branch builds read: the jdk7 branch was last changed on 2014-10-14, when jboss/base was still FROM fedora:20, and whether Docker Hub rebuilt it on the CentOS 7 base is not recorded',
    source: JBOSS_BASE,
  },
];

// --- sanicframework/sanic <python>-latest (sanic-org/sanic's publish-images.yml) ----------------------------------------
// From 1a352dd (2021-04-06) to 4dde457 (2023-08-29), publish-images.yml ran after each completed "Publish Artifacts" run
// (one per Sanic release) for python-version ["3.8", "3.9", "3.10", "3.11"] (since 4a2b82e, 2023-07-09): it built
// sanicframework/sanic-build:<python> from docker/Dockerfile-base (FROM python:${PYTHON_VERSION}-alpine), then
// sanicframework/sanic with docker-image-prefix <python>, which harshanarayana/custom-actions tags
// "<prefix>-<git tag>" and "<prefix>-latest" (tag-image-as-latest defaults to true). 4dde457 replaced it with
// publish-release.yml, which tags <YY.MM>-py<python>, lts-py… and latest-py…, so the <python>-latest tags were last built
// for the last release before it, v23.6.0 (2023-07-25). That day python:3.8-alpine … 3.11-alpine were the alpine3.18
// variants (official-images library/python @ bee47c8, 2023-07-11, unchanged in those tags until Alpine 3.19 on
// 2023-12-08). This rests on the v23.6.0 run having pushed; had it failed, v23.3.0's (2023-03-26) would be on Alpine 3.17.
const SANIC =
  'sanic-org/sanic @ 785d77f (2025-12-31): .github/workflows/publish-images.yml at 4dde457^ (on workflow_run of "Publish Artifacts", completed; matrix python-version ["3.8", "3.9", "3.10", "3.11"] since 4a2b82e, 2023-07-09; harshanarayana/custom-actions@main image-publish with docker-image-prefix <python>; removed by 4dde457, 2023-08-29), docker/Dockerfile-base (FROM python:${PYTHON_VERSION}-alpine), docker/Dockerfile (FROM sanicframework/sanic-build:${BASE_IMAGE_TAG}), git tags v23.3.0 (2023-03-26), v23.6.0 (2023-07-25), v23.12.0 (2023-12-31); harshanarayana/custom-actions @ e3752c8 (2021-03-28): src/image-infra/docker.ts (tags <prefix>-<git tag>, <prefix>-latest), action.yml (tag-image-as-latest default true); docker-library/official-images @ bee47c8 (2023-07-11): library/python (3.8-alpine … 3.11-alpine = the alpine3.18 variants)';

const sanicRules: ImageTagRule[] = [
  {
    id: 'sanic/python-latest',
    repositories: ['docker.io/sanicframework/sanic'],
    tag: /^(?<py>3\.(?:8|9|10|11))-latest$/,
    base: 'python:{py}-alpine3.18',
    frozen:
      'was last built by publish-images.yml for Sanic v23.6.0 (2023-07-25), FROM sanicframework/sanic-build:{py}, FROM python:{py}-alpine (then the alpine3.18 variant); the workflow that pushed <python>-latest tags was replaced on 2023-08-29',
    source: SANIC,
  },
];

// --- composer/composer's Alpine tags of 2016–2017 (RobLoach/docker-composer) -------------------------------------------------
// Before the official composer image, composer/composer was built from RobLoach/docker-composer: README.md lists
// "1.1-alpine, 1-alpine, alpine" (1.1/alpine/Dockerfile, FROM composer/composer:base-alpine, base/alpine/Dockerfile FROM
// php:7-alpine), deprecated on 2017-06-21 in favour of the official image. composer/docker, which builds composer/composer
// now, pushes version tags and latest, not these. When Docker Hub last built them, and so which Alpine release
// php:7-alpine named then, is not recorded: an honest unknown.
const ROBLOACH_COMPOSER =
  'RobLoach/docker-composer @ d7c681d (2017-06-21): README.md ("DEPRECATED … moved to the official composer Docker Container"; tags "1.1-alpine, 1-alpine, alpine", "1.1-php5-alpine, 1-php5-alpine, php5-alpine"), base/alpine/Dockerfile (FROM php:7-alpine, last changed 5a3d193, 2017-02-17); composer/docker @ e1056b5 (2026-07-02): README.md (source of hub.docker.com/r/composer/composer), .github/workflows/latest.yaml (tags: version numbers and latest)';

const composerRules: ImageTagRule[] = [
  {
    id: 'composer-composer/robloach-alpine',
    repositories: ['docker.io/composer/composer'],
    tag: /^(?:1\.[01]-|1-|master-)?(?:php5-)?alpine$/,
    unknown:
      '{image}:{tag} is a retired tag of RobLoach/docker-composer (deprecated 2017-06-21), FROM php:7-alpine (the php5- tags: php:5-alpine) through composer/composer:base-alpine; when Docker Hub last built it, and so which Alpine release that PHP tag named then, is not recorded',
    source: ROBLOACH_COMPOSER,
  },
];

// --- xsidekick/xsk_redmine (wattania/xsk_redmine) ---------------------------------------------------------------------------
// The repository's own build scripts name the tags: docker/base/build_docker_base.sh builds docker.io/xsidekick/
// xsk_redmine:base from docker/base/Dockerfile, FROM centos:centos6.6 in all 4 versions (babc742 … c38de28, 2015-05-11 …
// 2015-05-12); build_docker.sh builds :latest and docker/data/build_docker_data.sh builds :data, both FROM
// docker.io/xsidekick/xsk_redmine:base. The repository has no commit after 2015-05-12.
const XSK_REDMINE =
  'wattania/xsk_redmine @ 0656a34 (2015-05-12): docker/base/build_docker_base.sh (docker build -t docker.io/xsidekick/xsk_redmine:base .), docker/base/Dockerfile FROM centos:centos6.6 in every version (babc742 2015-05-11 … c38de28 2015-05-12), build_docker.sh (…:latest) and Dockerfile, docker/data/build_docker_data.sh (…:data) and docker/data/Dockerfile, both FROM docker.io/xsidekick/xsk_redmine:base';

const xskRedmineRules: ImageTagRule[] = [
  {
    id: 'xsk-redmine/centos6',
    repositories: ['docker.io/xsidekick/xsk_redmine'],
    tag: /^(?:base|latest|data)$/,
    base: 'centos:centos6.6',
    frozen:
      'was built by the repository’s build scripts, FROM centos:centos6.6 (directly, or through :base); the repository has no commit after 2015-05-12',
    source: XSK_REDMINE,
  },
];

export const vendorFamily36Rules: readonly ImageTagRule[] = [...jbossBaseRules, ...sanicRules, ...composerRules, ...xskRedmineRules];
