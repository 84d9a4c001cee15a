/**
 * Non-official image families of issue #17, thirty-first file: unknowns of base-image samples 19 and 22 (kernel-family
 * Dockerfiles) whose vendors' own build files tie a tag to one base — the NIKSS switch image osinstom/nikss (Ubuntu 20.04
 * runtime stage), lj020326/redhat7-systemd (Red Hat's RHEL 7 images) and mhart/alpine-node's Node.js 6 line, whose last
 * builds (April and July 2019) predate the git-tag builds vendorFamilies9.ts reads.
 * Same rules as vendorFamilies2.ts … vendorFamilies29.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- osinstom/nikss (NIKSS-vSwitch/nikss) -----------------------------------------------------------------------------------
// .github/workflows/docker.yml (both versions, 3e92aed 2022-12-05 and 740e5f8 2023-09-08) builds the repository's Dockerfile
// on every push to master and pushes it as osinstom/nikss:latest (the README's `docker pull osinstom/nikss:latest`). The
// Dockerfile has one version (3e92aed): a builder stage FROM p4lang/third-party:latest and the final stage FROM ubuntu:20.04
// AS runtime. So every build of latest ran on Ubuntu 20.04; the tag moves only with new commits (the newest read 2024-04-29).
const NIKSS =
  'NIKSS-vSwitch/nikss @ b8b1e829 (2024-04-29): Dockerfile (its only version, 3e92aed 2022-12-05: FROM p4lang/third-party:latest as builder; final stage FROM ubuntu:20.04 as runtime), .github/workflows/docker.yml at 3e92aed and 740e5f8 (on push to master: docker build -t nikss:latest .; docker tag nikss:latest osinstom/nikss:latest; docker push osinstom/nikss:latest), README.md (docker pull osinstom/nikss:latest)';

const nikssRules: ImageTagRule[] = [
  {
    id: 'nikss/latest',
    repositories: ['docker.io/osinstom/nikss'],
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    moving: {
      means:
        'the build of the newest commit on master (b8b1e829 as of the commit read, 2024-04-29); every version of the Dockerfile ends FROM ubuntu:20.04',
    },
    source: NIKSS,
  },
];

// --- lj020326/redhat7-systemd (lj020326/systemd-python-dockerfiles) -----------------------------------------------------------
// Every workflow and Jenkins configuration that names the image builds it from systemd/redhat/7.Dockerfile
// (.github/workflows/build-redhat.yml from 2022-07-08: tags lj020326/redhat7-systemd:latest; .jenkins/docker-build-config.yml
// and Jenkinsfile: buildImageLabel/buildImageName redhat7-systemd, dockerFile 7.Dockerfile). That file was FROM
// richxsl/rhel7 (a third-party copy) only in its first version (5cecf53, 2022-07-06); every version from 8a8be6e
// (2022-07-08) is FROM Red Hat's registry.access.redhat.com/rhel7:latest and, from 60f0a40 (2024-04-12), ubi7/ubi-init —
// both RHEL 7 whatever the build date (repositoryDecides). The workflows built it many times after 2022-07-08, so latest
// is RHEL 7. Which RHEL 7 point release is not recorded.
const LJ_REDHAT7 =
  'lj020326/systemd-python-dockerfiles @ 6764eeac (2026-05-07): every version of systemd/redhat/7.Dockerfile (5cecf53 2022-07-06 FROM richxsl/rhel7; 8a8be6e 2022-07-08 … 9222c75 2024-04-12 FROM registry.access.redhat.com/rhel7:latest; 60f0a40 2024-04-12 … 9b5252f 2025-05-29 FROM registry.access.redhat.com/ubi7/ubi-init; removed 9cde788 2026-02-12), .github/workflows/build-redhat.yml (from 263183f 2022-07-08: dockerfile systemd/redhat/7.Dockerfile, tags lj020326/redhat7-systemd:latest), .jenkins/docker-build-config.yml and Jenkinsfile (redhat7-systemd: systemd/redhat, 7.Dockerfile)';

const ljRedhat7Rules: ImageTagRule[] = [
  {
    id: 'lj020326-redhat7-systemd/latest',
    repositories: ['docker.io/lj020326/redhat7-systemd'],
    tag: /^latest$/,
    base: 'registry.access.redhat.com/ubi7/ubi-init',
    moving: {
      means:
        'the last build of systemd/redhat/7.Dockerfile (its last version 9b5252f, 2025-05-29, as of the commit read, 2026-05-07); every version since 2022-07-08 is FROM a Red Hat RHEL 7 image (rhel7, then ubi7/ubi-init)',
    },
    source: LJ_REDHAT7,
  },
];

// --- mhart/alpine-node, the Node.js 6 line (archived repository) ----------------------------------------------------------------
// vendorFamilies9.ts reads the builds whose git tag, build script and Dockerfile agree (December 2019 … July 2021). The
// Node.js 6 line ended earlier: 9c49a32 (2019-04-04, "v6.17.1 full build") makes the Dockerfile's active lines FROM
// alpine:3.6 and ENV VERSION=v6.17.1, and its README lists "`6`, `6.17`, `6.17.1`"; the git tags 6.17 and 6.17.1 point at
// it (the git tag 6 was not moved: it still marks 30a01d4 of 2017, so the README is what ties `6` to this build). No later
// commit builds Node.js 6 (the last, bc7a581 and 804f69d in April 2019, are its base and slim builds; Node.js 6 reached
// its end of life on 2019-04-30). The slim tags: git tags slim-6, slim-6.17 and slim-6.17.1 point at 62259ad
// (2019-07-24, "Slim 6.17.1 build"), whose slim.dockerfile copies from mhart/alpine-node:6 into a final FROM alpine:3.6.
const MHART_6 =
  'mhart/alpine-node @ c8615a3 (2023-01-16, archived): 9c49a32 (2019-04-04, "v6.17.1 full build"; git tags 6.17, 6.17.1): Dockerfile active FROM alpine:3.6 and ENV VERSION=v6.17.1, README.md ("`6`, `6.17`, `6.17.1` – 49 MB (npm 3.10.10)"); 62259ad (2019-07-24, "Slim 6.17.1 build"; git tags slim-6, slim-6.17, slim-6.17.1): slim.dockerfile FROM mhart/alpine-node:6, final FROM alpine:3.6; no later commit has an active ENV VERSION=v6';

const mhart6Rules: ImageTagRule[] = [
  {
    id: 'mhart-alpine-node/6.17.1',
    repositories: ['docker.io/mhart/alpine-node'],
    tag: /^(?:slim-)?6(?:\.17(?:\.1)?)?$/,
    base: 'alpine:3.6',
    frozen: 'last built in 2019 (Node.js 6.17.1, the end of the Node.js 6 line); the project is archived',
    source: MHART_6,
  },
];

export const vendorFamily31Rules: readonly ImageTagRule[] = [...nikssRules, ...ljRedhat7Rules, ...mhart6Rules];
