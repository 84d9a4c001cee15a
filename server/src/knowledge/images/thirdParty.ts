/**
 * Widely used images outside Docker Official Images whose base their own build files name. Only the
 * moving tags are described (what they mean as of the build file read); version-pinned tags of these
 * images may be older builds on older bases, so they are left unknown rather than guessed.
 */
import type { ImageTagRule } from './ruleTypes';

const JENKINS =
  'jenkinsci/docker @ ab3f5e0a (2026-08-18): docker-bake.hcl DEBIAN_RELEASE_LINE = "trixie"; alpine/hotspot/Dockerfile ARG ALPINE_TAG=3.24.1';
const CLOUD_SDK =
  'GoogleCloudPlatform/cloud-sdk-docker @ 47328f7 (2026-07-22): Dockerfile, debian_slim/, emulators/ FROM debian:trixie-slim; alpine/ FROM python:3.14.6-alpine3.23';

const JENKINS_REPOS = ['docker.io/jenkins/jenkins'];
const CLOUD_SDK_REPOS = [
  'docker.io/google/cloud-sdk',
  'gcr.io/google.com/cloudsdktool/cloud-sdk',
  'gcr.io/google.com/cloudsdktool/google-cloud-cli',
  'us-docker.pkg.dev/google.com/cloudsdktool/google-cloud-cli',
];
const UNVERSIONED_REASON =
  '{image}:{tag} names a version: older versions were built on older bases, which the knowledge base does not record';

export const thirdPartyRules: ImageTagRule[] = [
  {
    id: 'jenkins/alpine',
    repositories: JENKINS_REPOS,
    tag: /^(?:(?:lts|latest|weekly)-)?alpine(?:-jdk\d+)?$/,
    base: 'alpine:3.24',
    moving: {},
    source: JENKINS,
  },
  {
    id: 'jenkins/debian-slim',
    repositories: JENKINS_REPOS,
    tag: /^(?:(?:lts|latest|weekly)-)?slim(?:-jdk\d+)?$|^(?:lts|latest|weekly)-slim(?:-jdk\d+)?$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: {},
    source: JENKINS,
  },
  {
    id: 'jenkins/debian',
    repositories: JENKINS_REPOS,
    tag: /^(?:lts|latest|weekly|jdk\d+)(?:-jdk\d+)?$/,
    base: 'debian:trixie',
    moving: {},
    source: JENKINS,
  },
  { id: 'jenkins/versioned', repositories: JENKINS_REPOS, tag: /^\d.*$/, unknown: UNVERSIONED_REASON, source: JENKINS },
  { id: 'cloud-sdk/alpine', repositories: CLOUD_SDK_REPOS, tag: /^alpine$/, base: 'alpine:3.23', moving: {}, source: CLOUD_SDK },
  {
    id: 'cloud-sdk/debian',
    repositories: CLOUD_SDK_REPOS,
    tag: /^(?:latest|slim|emulators|stable|debian_component_based)$/,
    base: 'debian:trixie-slim',
    moving: {},
    source: CLOUD_SDK,
  },
  { id: 'cloud-sdk/versioned', repositories: CLOUD_SDK_REPOS, tag: /^\d.*$/, unknown: UNVERSIONED_REASON, source: CLOUD_SDK },
];
