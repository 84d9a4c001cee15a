/**
 * Non-official image families of issue #17, fifth file: small third-party images of the fifth to seventh samples.
 * The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts … vendorFamilies4.ts: a tag resolves only where
 * the build files read fix its base for every build that pushed it, and the rest of each repository stays unknown
 * with the reason. Registered right after vendorFamilies4.ts.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagPattern } from './vendors';

// --- Zola (ghcr.io/getzola/zola) ------------------------------------------------------------------------------------
// Images are pushed only by a workflow run on a v*.*.* tag push (cd-workflow.yml from 720658ce, 2021-12-06, then
// release.yml), building the repository's Dockerfile at that tag, with latest disabled (3e8eb184, flavor latest=false).
// Its final stage is FROM gcr.io/distroless/cc (moving) up to v0.18.0 and FROM gcr.io/distroless/cc-debian12 from
// v0.19.0. The moving name meant cc-debian11 from b6b0a09e (2021-09-27) to a5c51d41 (2024-04-19), which covers every
// tag date from v0.15.1 (2021-12-08) to v0.18.0 (2023-12-18). v0.15.0 predates the workflow, so it is left out.
const ZOLA =
  'getzola/zola @ b2242262 (2026-06-30): Dockerfile at every tag v0.15.0 … v0.22.1 (final stage FROM gcr.io/distroless/cc up to v0.18.0, gcr.io/distroless/cc-debian12 from v0.19.0), .github/workflows/cd-workflow.yml (added 720658ce, 2021-12-06; on push tags v*.*.*, ghcr.io, flavor latest=false since 3e8eb184) and release.yml (from 69b6bf6a, 2025-02-14, same trigger and flavor), the tag commit dates; GoogleContainerTools/distroless @ cd080764: BUILD (cc → cc_*_debian11 from b6b0a09e, 2021-09-27, "Update defaults to debian11", until a5c51d41, 2024-04-19, "Make debian12 the default image")';
const ZOLA_REPOS = ['ghcr.io/getzola/zola'];
const zolaRules: ImageTagRule[] = [
  {
    id: 'zola/distroless-debian11',
    repositories: ZOLA_REPOS,
    tag: exactTagPattern('v0.15.1 v0.15.2 v0.15.3 v0.16.0 v0.16.1 v0.17.0 v0.17.1 v0.17.2 v0.18.0'),
    base: 'gcr.io/distroless/cc-debian11',
    source: ZOLA,
  },
  {
    id: 'zola/distroless-debian12',
    repositories: ZOLA_REPOS,
    tag: exactTagPattern('v0.19.0 v0.19.1 v0.19.2 v0.20.0 v0.21.0 v0.22.0 v0.22.1'),
    base: 'gcr.io/distroless/cc-debian12',
    source: ZOLA,
  },
  {
    id: 'zola/other',
    repositories: ZOLA_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag v0.15.1 … v0.22.1 pushed by the release workflow (no latest tag is pushed; v0.15.0 predates the workflow)',
    source: ZOLA,
  },
];

// --- Godot by Rivet (ghcr.io/rivet-gg/godot-docker/godot, rivetgg/godot) ---------------------------------------------
// One Dockerfile, FROM ubuntu:22.04 at every commit of the repository; the workflow pushes <Godot version> tags of its
// matrix (4.2, 4.2.1, 4.2.2) to GHCR from 902d875 (2024-01-26) and to Docker Hub from c206660 (2024-07-21).
const GODOT =
  'rivet-gg/godot-docker @ ffaca44e (2024-07-21): Dockerfile at every commit (FROM ubuntu:22.04 since fa59d0c, 2023-05-08), .github/workflows/docker.yml at every commit (matrix godot_version 4.2, 4.2.1, 4.2.2; tags ghcr.io/${REPO}/godot:<version> from 902d875, rivetgg/godot:<version> from c206660)';
const godotRules: ImageTagRule[] = [
  {
    id: 'rivet-godot/version',
    repositories: ['ghcr.io/rivet-gg/godot-docker/godot', 'docker.io/rivetgg/godot'],
    tag: exactTagPattern('4.2 4.2.1 4.2.2'),
    base: 'ubuntu:22.04',
    source: GODOT,
  },
  {
    id: 'rivet-godot/other',
    repositories: ['ghcr.io/rivet-gg/godot-docker/godot', 'docker.io/rivetgg/godot'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not one of the Godot versions (4.2, 4.2.1, 4.2.2) the workflow pushed',
    source: GODOT,
  },
];

// --- Autopilot Pattern Consul (autopilotpattern/consul) -------------------------------------------------------------
// `make ship TAG=…` pushes the image built from the Dockerfile at hand; releases are tagged <Consul version>[-]r<release>
// (git tags 0.7-r0.7, 0.7.3r0.9, 1.0.0r43 …), the release number rising with each. The Dockerfile's FROM was the same
// at every commit that set a given Consul version, so each release tag (with or without its dash) fixes the base:
// 0.6.4 alpine:3.3, 0.7.0 alpine:3.4, 0.7.2 and 0.7.3 alpine:3.5, 1.0.0 alpine:3.6. Only those tags resolve: Consul
// 0.6.0 was built on alpine:3.2, so a bare "0.6" would be ambiguous, and latest was re-pushed by every ship.
const CONSUL =
  'autopilotpattern/consul @ af9a5ae5 (2019-01-31): Dockerfile at every commit of every ref (FROM alpine:3.2 with consul_0.6.0, alpine:3.3 with CONSUL_VERSION=0.6.4, alpine:3.4 with 0.7.0, alpine:3.5 with 0.7.2 and 0.7.3, alpine:3.6 with 1.0.0), makefile (build -t autopilotpattern/consul:${TAG}; ship pushes ${TAG} and latest), git tags 0.6-r0.6 (0.6.4), 0.7-r0.7 (0.7.0), 0.7.2-r0.7.2, 0.7.2-r0.8, 0.7.3r0.9, 0.7.3r39, 1.0.0r43';
const CONSUL_TAGS: Readonly<Record<string, string>> = {
  'alpine:3.4': '0.7-r0.7 0.7r0.7',
  'alpine:3.5': '0.7.2-r0.7.2 0.7.2r0.7.2 0.7.2-r0.8 0.7.2r0.8 0.7.3r0.9 0.7.3-r0.9 0.7.3r39 0.7.3-r39',
  'alpine:3.6': '1.0.0r43 1.0.0-r43',
};
const consulRules: ImageTagRule[] = [
  ...Object.entries(CONSUL_TAGS).map(
    ([base, tags]): ImageTagRule => ({
      id: `autopilot-consul/${base.replace(':', '-')}`,
      repositories: ['docker.io/autopilotpattern/consul'],
      tag: exactTagPattern(tags),
      base,
      source: CONSUL,
    }),
  ),
  {
    id: 'autopilot-consul/other',
    repositories: ['docker.io/autopilotpattern/consul'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release tag (0.7-r0.7 … 1.0.0r43) of a Consul version whose commits all name one base (latest was re-pushed by every release)',
    source: CONSUL,
  },
];

// --- gjchen/alpine (gjchentw/dockerfile-alpine) ---------------------------------------------------------------------
// A flavoured Alpine (s6, crond, syslogd) with one file per Alpine branch: Dockerfile-<3.x> (before 2017-06-09,
// v<3.x>/Dockerfile) names FROM alpine:<3.x> in every version of it, and no other file names a 3.x branch (Dockerfile and
// Dockerfile-edge are FROM alpine:edge or alpine:latest), so a 3.x tag can only come from its own file. latest and edge
// move with Alpine and are not resolved.
const GJCHEN_ALPINE =
  'gjchentw/dockerfile-alpine @ 116298e6 (2021-06-07): every version of Dockerfile-3.4 … Dockerfile-3.13 and v3.4, v3.5, v3.6/Dockerfile (FROM alpine:<the same 3.x>); Dockerfile (FROM alpine:edge, alpine:latest from 3e4a125, 2019-10-25) and Dockerfile-edge; README.md (gjchen/alpine@Dockerhub)';
const gjchenAlpineRules: ImageTagRule[] = [
  {
    id: 'gjchen-alpine/branch',
    repositories: ['docker.io/gjchen/alpine'],
    tag: /^(?<branch>3\.(?:[4-9]|1[0-3]))$/,
    base: 'alpine:{branch}',
    source: GJCHEN_ALPINE,
  },
  {
    id: 'gjchen-alpine/other',
    repositories: ['docker.io/gjchen/alpine'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not one of the Alpine 3.4 … 3.13 tags with a file of their own (latest and edge move)',
    source: GJCHEN_ALPINE,
  },
];

// --- Quarkus micro base image (quay.io/quarkus/quarkus-micro-image, ubi9-quarkus-micro-image) ------------------------
// A runtime base for native Quarkus executables, re-pushed every week from main (push-images.yml). Every build file that
// produced quarkus-micro-image:2.0 (quarkus-micro-image.yaml 2021-10-28 … 2022-09-27, then quarkus-micro-base-image/pom.xml)
// took UBI 8 micro as the image's root; the UBI 9 line is ubi9-quarkus-micro-image:2.0 (since a6860ed, 2025-02-04).
// So 2.0 moves within UBI 8 minor releases only. Other tags (1.0, the short-lived 3.0 on UBI 9) were not read.
const QUARKUS_MICRO =
  'quarkusio/quarkus-images @ e800dcb1 (2025-09-29): README.md ("quarkus-micro-image:2.0 (UBI 8), ubi9-quarkus-micro-image:2.0 (UBI 9)"; every Sunday a deployment happens automatically), quarkus-micro-base-image/pom.xml at every commit (--ubi-micro=registry.access.redhat.com/ubi8-micro:8.6 … 8.10 for --out=quay.io/quarkus/quarkus-micro-image:2.0; ubi9-micro for ubi9-quarkus-micro-image:2.0 from a6860ed, 2025-02-04), quarkus-micro-image.yaml at every commit (from registry.access.redhat.com/ubi8/ubi-micro)';
const quarkusMicroRules: ImageTagRule[] = [
  {
    id: 'quarkus-micro/ubi8',
    repositories: ['quay.io/quarkus/quarkus-micro-image'],
    tag: /^2\.0$/,
    base: 'registry.access.redhat.com/ubi8/ubi-micro',
    moving: { means: 'the newest weekly build of the Quarkus micro base image, always on UBI 8 micro' },
    source: QUARKUS_MICRO,
  },
  {
    id: 'quarkus-micro/ubi9',
    repositories: ['quay.io/quarkus/ubi9-quarkus-micro-image'],
    tag: /^2\.0$/,
    base: 'registry.access.redhat.com/ubi9/ubi-micro',
    moving: { means: 'the newest weekly build of the Quarkus micro base image, always on UBI 9 micro' },
    source: QUARKUS_MICRO,
  },
  {
    id: 'quarkus-micro/other',
    repositories: ['quay.io/quarkus/quarkus-micro-image', 'quay.io/quarkus/ubi9-quarkus-micro-image'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not the 2.0 tag whose build files were read (other tags were pushed by other files)',
    source: QUARKUS_MICRO,
  },
];

// --- GraalVM CE on Docker Hub (oracle/graalvm-ce) ---------------------------------------------------------------------
// Built from CE/19/Dockerfile, later CE/Dockerfile, of Oracle's image repository (its history is kept in graalvm/container):
// every version of those files, 19.0.0 … 20.1.0, is FROM oraclelinux:7-slim, the Java 8 and 11 images differing only in
// a build argument. Later versions moved to other files and registries, and latest moved with them; not resolved.
const GRAALVM_CE =
  'graalvm/container @ 6a7c4954 (2026-06-30): every version of CE/19/Dockerfile and CE/Dockerfile (FROM oraclelinux:7-slim; ARG GRAAL_VERSION / GRAALVM_VERSION 19.0.0 … 20.1.0, ARG JAVA_VERSION=java8 from 7f85b1a, 2019-11-21), CE/19/README.md ("FROM oracle/graalvm-ce:latest or a version tag")';
const graalvmCeRules: ImageTagRule[] = [
  {
    id: 'graalvm-ce/ol7',
    repositories: ['docker.io/oracle/graalvm-ce'],
    tag: exactTagPattern('19.0.0 19.0.2 19.1.1 19.2.0 19.2.0.1 19.3.0 19.3.0.2 19.3.1 19.3.2 20.0.0 20.1.0', {
      suffix: '(?:-java(?:8|11))?',
    }),
    base: 'oraclelinux:7-slim',
    variant: 'slim',
    source: GRAALVM_CE,
  },
  {
    id: 'graalvm-ce/other',
    repositories: ['docker.io/oracle/graalvm-ce'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a 19.0.0 … 20.1.0 tag, whose Dockerfile was read (later versions and latest were built from other files)',
    source: GRAALVM_CE,
  },
];

// --- Vapor's Ubuntu runtime image (vapor/ubuntu) -------------------------------------------------------------------
// vapor/swift is in vendorFamilies2.ts. vapor/ubuntu:<16.04|xenial|18.04|bionic> is FROM ubuntu:<the same> in every
// file that built it: ubuntu/18.04/Dockerfile (build_and_tag.sh, from 1e5bd68, 2019-12-09), then ubuntu.Dockerfile with
// the build tool's UBUNTU_OS_IMAGE_VERSION (from 14b7c4b, 2020-03-30). The repository is deprecated (429d5b6, 2020-10-07).
const VAPOR_UBUNTU =
  'vapor/docker @ 429d5b60 (2020-10-07): ubuntu/18.04/Dockerfile at 1e5bd68 … a876e4e (FROM ubuntu:18.04; build_and_tag.sh), ubuntu.Dockerfile (FROM ubuntu:${UBUNTU_OS_IMAGE_VERSION}) and Sources/BuildAndTagScript/ImageSpecifications.swift from 14b7c4b (vapor/ubuntu:${UBUNTU_OS_IMAGE_VERSION} for 16.04, xenial, 18.04, bionic)';
const vaporUbuntuRules: ImageTagRule[] = [
  {
    id: 'vapor-ubuntu/version',
    repositories: ['docker.io/vapor/ubuntu'],
    tag: /^(?:16\.04|xenial|18\.04|bionic)$/,
    base: 'ubuntu:{tag}',
    source: VAPOR_UBUNTU,
  },
  {
    id: 'vapor-ubuntu/other',
    repositories: ['docker.io/vapor/ubuntu'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not one of the tags the build files name (16.04, xenial, 18.04, bionic)',
    source: VAPOR_UBUNTU,
  },
];

export const vendorFamily5Rules: readonly ImageTagRule[] = [
  ...zolaRules,
  ...godotRules,
  ...consulRules,
  ...gjchenAlpineRules,
  ...quarkusMicroRules,
  ...graalvmCeRules,
  ...vaporUbuntuRules,
];
