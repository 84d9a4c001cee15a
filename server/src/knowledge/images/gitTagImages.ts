/**
 * Images published once per git tag of their repository, each built from the Dockerfile at that tag (the ninth
 * base-image sample found them unresolved): a release tag resolves by the FROM at its git tag, read at a pinned
 * snapshot of the repository; tags the snapshot does not hold, and bases it does not fix, stay unknown with the reason.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- osixia OpenLDAP (osixia/light-baseimage → osixia/openldap → osixia/openldap-backup) -------------------------------
const LIGHT_BASEIMAGE =
  'osixia/docker-light-baseimage @ 3a6f083b (2021-01-24, v1.3.1): image/Dockerfile FROM at each release tag v0.1.0 … v1.3.1';
const OPENLDAP =
  'osixia/docker-openldap @ 635034a7 (2021-02-19, v1.5.0): image/Dockerfile FROM osixia/light-baseimage:<v> at each release tag v1.0.1 … v1.5.0';
const OPENLDAP_BACKUP =
  'osixia/docker-openldap-backup @ bf51083 (2021-02-19, v1.5.0): image/Dockerfile FROM osixia/openldap:<v> at each release tag v0.1.0 … v1.5.0';
const LIGHT_BASEIMAGE_BASES: Readonly<Record<string, string>> = {
  'debian:buster-slim': '1.2.0 1.3.0 1.3.1',
  'debian:jessie': '0.1.0 0.1.1 0.1.2 0.1.3 0.1.4 0.1.5 0.2.0 0.2.1 0.2.2 0.2.3 0.2.4 0.2.5 0.2.6 1.0.0',
  'debian:stretch-slim': '1.1.0 1.1.1 1.1.2',
};
/** The light-baseimage each OpenLDAP release is built FROM (1.3.0: a -dev image; 1.5.0: light-baseimage 1.3.2, newer than the snapshot read). */
const OPENLDAP_BASES: Readonly<Record<string, string>> = {
  'osixia/light-baseimage:0.1.0': '1.0.0',
  'osixia/light-baseimage:0.1.1': '1.0.1 1.0.2',
  'osixia/light-baseimage:0.1.2': '1.0.3',
  'osixia/light-baseimage:0.1.3': '1.0.4',
  'osixia/light-baseimage:0.1.4': '1.0.5',
  'osixia/light-baseimage:0.1.5': '1.0.6 1.0.7 1.0.8',
  'osixia/light-baseimage:0.2.0': '1.0.9',
  'osixia/light-baseimage:0.2.1': '1.1.0',
  'osixia/light-baseimage:0.2.2': '1.1.1 1.1.2',
  'osixia/light-baseimage:0.2.4': '1.1.3 1.1.4 1.1.5',
  'osixia/light-baseimage:0.2.5': '1.1.6',
  'osixia/light-baseimage:0.2.6': '1.1.7 1.1.8',
  'osixia/light-baseimage:1.1.0': '1.1.9',
  'osixia/light-baseimage:1.1.1': '1.1.10 1.1.11 1.2.0 1.2.1 1.2.2',
  'osixia/light-baseimage:1.1.2': '1.2.3 1.2.4 1.2.5',
  'osixia/light-baseimage:1.2.0': '1.4.0',
};
const OPENLDAP_BACKUP_BASES: Readonly<Record<string, string>> = {
  'osixia/openldap:1.0.0': '0.1.0',
  'osixia/openldap:1.1.8': '1.1.8',
  'osixia/openldap:1.2.5': '1.2.5',
  'osixia/openldap:1.5.0': '1.5.0',
  'osixia/openldap:1.0.3': '0.1.2',
  'osixia/openldap:1.2.0': '1.2.0',
  'osixia/openldap:1.4.0': '1.4.0',
  'osixia/openldap:1.0.4': '0.1.3',
  'osixia/openldap:1.1.4': '0.1.9',
  'osixia/openldap:1.1.11': '1.1.11',
  'osixia/openldap:1.0.7': '0.1.6',
  'osixia/openldap:1.1.9': '1.1.9',
  'osixia/openldap:1.2.4': '1.2.4',
  'osixia/openldap:1.1.0': '0.1.7',
  'osixia/openldap:1.2.3': '1.2.3',
  'osixia/openldap:1.1.5': '0.1.10',
  'osixia/openldap:1.3.0': '1.3.0',
  'osixia/openldap:1.1.10': '1.1.10',
  'osixia/openldap:1.0.6': '0.1.5',
  'osixia/openldap:1.1.6': '0.1.11 1.1.6',
  'osixia/openldap:1.1.1': '0.1.8',
  'osixia/openldap:1.0.1': '0.1.1',
  'osixia/openldap:1.2.2': '1.2.2',
  'osixia/openldap:1.2.1': '1.2.1',
  'osixia/openldap:1.0.5': '0.1.4',
  'osixia/openldap:1.1.7': '1.1.7',
};
const osixiaRules: ImageTagRule[] = [
  {
    id: 'osixia-light-baseimage/release',
    repositories: ['docker.io/osixia/light-baseimage'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(LIGHT_BASEIMAGE_BASES) },
    source: LIGHT_BASEIMAGE,
  },
  {
    id: 'osixia-openldap/release',
    repositories: ['docker.io/osixia/openldap'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(OPENLDAP_BASES) },
    source: OPENLDAP,
  },
  {
    id: 'osixia-openldap-backup/release',
    repositories: ['docker.io/osixia/openldap-backup'],
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(OPENLDAP_BACKUP_BASES) },
    source: OPENLDAP_BACKUP,
  },
  {
    id: 'osixia-openldap/unresolved',
    repositories: ['docker.io/osixia/openldap', 'docker.io/osixia/openldap-backup'],
    tag: /^(?:latest|stable|1\.5\.0|1\.3\.0)$/,
    unknown:
      'latest and 1.5.0 are built FROM osixia/light-baseimage:1.3.2, which the snapshot of docker-light-baseimage read here (v1.3.1, 2021-01-24, Debian 10 buster-slim) predates; 1.3.0 FROM a -dev light-baseimage',
    source: OPENLDAP,
  },
];

// --- cargo-chef (lukemathwalker/cargo-chef) ---------------------------------------------------------------------------
// .github/workflows/docker.yml (since 4645f8f, 2021-06-24) runs every day and on release tags: for every tag then listed
// in official-images library/rust it builds docker/Dockerfile FROM rust:<tag> and pushes <chef version>-rust-<tag> and
// latest-rust-<tag> (latest = latest-rust-latest). latest-rust-<tag> is therefore rust:<tag> as last listed (a day's lag),
// frozen when official-images stopped listing the tag; <chef version>-rust-<tag> is what rust:<tag> was during the weeks
// that cargo-chef version was current, which is not recorded.
const CARGO_CHEF =
  'LukeMathWalker/cargo-chef @ 52669eb4 (2026-03-03): docker/Dockerfile (FROM $BASE_IMAGE = rust:<tag>) and .github/workflows/docker.yml (daily: every tag of official-images library/rust) since 4645f8f (2021-06-24)';
const cargoChefRules: ImageTagRule[] = [
  {
    id: 'cargo-chef/latest-rust-version',
    repositories: ['docker.io/lukemathwalker/cargo-chef'],
    tag: /^latest-rust-(?<r>\d+\.\d+\.\d+(?:-[\w.-]+)?)$/,
    base: 'rust:{r}',
    source: CARGO_CHEF,
    note: 'rebuilt every day FROM rust:<tag> while official-images lists that tag',
  },
  {
    id: 'cargo-chef/latest-rust-moving',
    repositories: ['docker.io/lukemathwalker/cargo-chef'],
    tag: /^latest-rust-(?<r>[\w][\w.-]*)$/,
    base: 'rust:{r}',
    moving: {
      means: 'follows rust:{r}: rebuilt every day FROM it while official-images lists that tag, frozen once it no longer does',
    },
    source: CARGO_CHEF,
  },
  {
    id: 'cargo-chef/latest',
    repositories: ['docker.io/lukemathwalker/cargo-chef'],
    tag: /^latest$/,
    base: 'rust:latest',
    moving: { means: 'latest-rust-latest: rust:latest, rebuilt every day' },
    source: CARGO_CHEF,
  },
  {
    id: 'cargo-chef/versioned',
    repositories: ['docker.io/lukemathwalker/cargo-chef'],
    tag: /^\d+\.\d+\.\d+-rust-.+$/,
    unknown:
      'a <cargo-chef version>-rust-<tag> image is what rust:<tag> was while that cargo-chef version was current (rebuilt daily); which build the tag kept is not recorded. latest-rust-<tag> follows rust:<tag>',
    source: CARGO_CHEF,
  },
];

// --- React Native Android (reactnativecommunity/react-native-android) -------------------------------------------------
const RN_ANDROID =
  'react-native-community/docker-android @ d806ca5f (2026-06-18, v21.0): Dockerfile final FROM at each of the 42 release tags v1.0.3 … v21.0; .github/workflows/publish.yml (tag as written, latest=auto on each release tag)';
const RN_ANDROID_BASES: Readonly<Record<string, string>> = {
  'ubuntu:20.04':
    '1.0.3 1.0.4 1.0.5 1.0.6 1.0.7 2.0 2.1 2.2 3.0 3.1 3.2 4.0 4.1 4.2 5.0 5.1 5.2 5.3 5.4 6.0 6.1 6.2 7.0 8.0 9.0 10.0 11.0 12.0',
  'ubuntu:22.04': '13.0 13.1 13.2 13.2.1 14.0 15.0 16.0 17.0 18.0 20.0 20.1 21.0',
  'ubuntu:24.04': '19.0 19.1',
};
const rnAndroidRules: ImageTagRule[] = [
  {
    id: 'react-native-android/release',
    repositories: ['docker.io/reactnativecommunity/react-native-android'],
    tag: /^v(?<v>\d+\.\d+(?:\.\d+)?)$/,
    base: { group: 'v', map: byVersion(RN_ANDROID_BASES) },
    source: RN_ANDROID,
  },
  {
    id: 'react-native-android/latest',
    repositories: ['docker.io/reactnativecommunity/react-native-android'],
    tag: /^latest$/,
    base: 'ubuntu:22.04',
    moving: { pin: 'reactnativecommunity/react-native-android:v21.0' },
    source: RN_ANDROID,
    note: 'latest = the newest release tag pushed, v21.0 at the commit read',
  },
];

// --- Kubo / go-ipfs (ipfs/kubo, ipfs/go-ipfs) ---------------------------------------------------------------------------
// The final stage of the Dockerfile at every release since v0.4.11 is a BusyBox glibc image (busybox:1-glibc,
// 1.31.1-glibc, then stable-glibc from v0.23.0), with the ipfs binary and a few glibc libraries copied in from the
// Debian-based Go builder stage.
const KUBO =
  'ipfs/kubo @ 867cdc5d (2026-07-24): Dockerfile final FROM at each release tag v0.4.11 … v0.42.0 (earlier releases: alpine or golang images, not read)';
const KUBO_BASES: Readonly<Record<string, string>> = {
  'busybox:1-glibc': '0.4.11 0.4.12 0.4.13 0.4.14 0.4.15 0.4.16 0.4.17 0.4.18 0.4.19 0.4.20 0.4.21 0.4.22 0.4.23',
  'busybox:1.31.1-glibc':
    '0.5.0 0.5.1 0.6.0 0.7.0 0.8.0 0.9.0 0.9.1 0.10.0 0.11.0 0.11.1 0.12.0 0.12.1 0.12.2 0.13.0 0.13.1 0.14.0 0.15.0 0.16.0 0.17.0 0.18.0 0.18.1 0.19.0 0.19.1 0.19.2 0.20.0 0.21.0 0.21.1 0.22.0',
  'busybox:stable-glibc':
    '0.23.0 0.24.0 0.25.0 0.26.0 0.27.0 0.28.0 0.29.0 0.30.0 0.31.0 0.32.0 0.32.1 0.33.0 0.33.1 0.33.2 0.34.0 0.34.1 0.35.0 0.36.0 0.37.0 0.38.0 0.38.1 0.38.2 0.39.0 0.40.0 0.40.1 0.41.0 0.42.0',
};
const kuboRules: ImageTagRule[] = [
  {
    id: 'kubo/release',
    repositories: ['docker.io/ipfs/kubo', 'docker.io/ipfs/go-ipfs'],
    tag: /^v(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(KUBO_BASES) },
    source: KUBO,
    note: 'BusyBox (glibc) with the ipfs binary and glibc libraries copied from the Debian Go builder stage',
  },
  {
    id: 'kubo/latest',
    repositories: ['docker.io/ipfs/kubo'],
    tag: /^(?:latest|release)$/,
    base: 'busybox:stable-glibc',
    moving: { pin: 'ipfs/kubo:v0.42.0' },
    source: KUBO,
    note: 'BusyBox (glibc) with the ipfs binary and glibc libraries copied from the Debian Go builder stage',
  },
];

// --- Paperless-ngx (ghcr.io/paperless-ngx/paperless-ngx, paperlessngx/paperless-ngx) -----------------------------------
// The main-app stage of the Dockerfile at each release tag: docker.io/python:<v>-slim-<suite> (1.7.1 … 2.14.7), then
// ghcr.io/astral-sh/uv:<uv>-python3.12-<suite>-slim (2.15.0 …), whose tag names its Debian suite (uv's own naming
// scheme: the python:3.12-slim-<suite> image with uv added).
const PAPERLESS =
  'paperless-ngx/paperless-ngx @ b0e0e8a3 (2026-08-08): Dockerfile main-app stage FROM at each release tag v1.7.1 … v2.20.15';
const PAPERLESS_BASES: Readonly<Record<string, string>> = {
  'python:3.9-slim-bookworm': '1.16.0 1.16.1 1.16.2 1.16.3 1.16.4 1.16.5 1.17.0 1.17.1 1.17.2 1.17.3 1.17.4',
  'debian:bookworm-slim':
    '2.15.0 2.15.1 2.15.2 2.15.3 2.16.0 2.16.1 2.16.2 2.16.3 2.17.0 2.17.1 2.18.0 2.18.1 2.18.2 2.18.3 2.18.4 2.19.0 2.19.1 2.19.2 2.19.3 2.19.4 2.19.5 2.19.6',
  'python:3.11-slim-bookworm':
    '2.0.0 2.0.1 2.1.0 2.1.1 2.1.2 2.1.3 2.2.0 2.2.1 2.3.0 2.3.1 2.3.2 2.3.3 2.4.0 2.4.1 2.4.2 2.4.3 2.5.0 2.5.1 2.5.2 2.5.3 2.5.4 2.6.0 2.6.1 2.6.2 2.6.3 2.7.0 2.7.1 2.7.2 2.8.0 2.8.1 2.8.2 2.8.3 2.8.4 2.8.5 2.8.6 2.9.0 2.10.0 2.10.1 2.10.2 2.11.0 2.11.1 2.11.2 2.11.3 2.11.4 2.11.5 2.11.6 2.12.0 2.12.1',
  'python:3.12-slim-bookworm': '2.13.0 2.13.1 2.13.2 2.13.3 2.13.4 2.13.5 2.14.0 2.14.1 2.14.2 2.14.3 2.14.4 2.14.5 2.14.6 2.14.7',
  'debian:trixie-slim':
    '2.20.0 2.20.1 2.20.2 2.20.3 2.20.4 2.20.5 2.20.6 2.20.7 2.20.8 2.20.9 2.20.10 2.20.11 2.20.12 2.20.13 2.20.14 2.20.15',
  'python:3.9-slim-bullseye':
    '1.7.1 1.7.2 1.8.0 1.9.0 1.9.1 1.9.2 1.10.0 1.10.1 1.10.2 1.11.0 1.11.1 1.11.2 1.11.3 1.12.0 1.12.1 1.12.2 1.13.0 1.14.0 1.14.1 1.14.2 1.14.3 1.14.4 1.14.5 1.15.0 1.15.1',
};
const paperlessRules: ImageTagRule[] = [
  {
    id: 'paperless-ngx/release',
    repositories: ['ghcr.io/paperless-ngx/paperless-ngx', 'docker.io/paperlessngx/paperless-ngx'],
    tag: /^v?(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: byVersion(PAPERLESS_BASES) },
    source: PAPERLESS,
  },
];

// --- coturn (coturn/coturn) ---------------------------------------------------------------------------------------------
// docker/coturn/{debian,alpine}/Dockerfile (ARG debian_ver → FROM debian:<ver>-slim; ARG alpine_ver → FROM alpine:<ver>)
// at each git tag docker/<version>-r<N>, which .github/workflows/docker.yml publishes as <version>-r<N>[-debian] and
// <version>-r<N>-alpine; latest, debian, trixie and alpine are the newest revision (4.17.0-r0 at the commit read), edge-*
// the master branch.
const COTURN =
  'coturn/coturn @ 8024aa63 (2026-08-07): docker/coturn/{debian,alpine}/Dockerfile ARG debian_ver / alpine_ver at each of the 57 git tags docker/4.5.2-r0 … docker/4.17.0-r0; docker/coturn/README.md (tags)';
const COTURN_REPOS = ['docker.io/coturn/coturn', 'ghcr.io/coturn/coturn'];
const COTURN_DEBIAN: Readonly<Record<string, string>> = {
  'debian:bookworm-slim':
    '4.6.2-r2 4.6.2-r3 4.6.2-r4 4.6.2-r5 4.6.2-r6 4.6.2-r7 4.6.2-r8 4.6.2-r9 4.6.2-r10 4.6.2-r11 4.6.2-r12 4.6.2-r13 4.6.3-r0 4.6.3-r1 4.6.3-r2 4.6.3-r3 4.7.0-r0 4.7.0-r1',
  'debian:buster-slim': '4.5.2-r0 4.5.2-r1 4.5.2-r2 4.5.2-r3 4.5.2-r4',
  'debian:bullseye-slim':
    '4.5.2-r5 4.5.2-r6 4.5.2-r7 4.5.2-r8 4.5.2-r9 4.5.2-r10 4.5.2-r11 4.5.2-r12 4.5.2-r13 4.5.2-r14 4.6.0-r0 4.6.0-r1 4.6.1-r0 4.6.1-r1 4.6.1-r2 4.6.1-r3 4.6.2-r0 4.6.2-r1',
  'debian:trixie-slim':
    '4.7.0-r2 4.7.0-r3 4.7.0-r4 4.8.0-r0 4.8.0-r1 4.9.0-r0 4.10.0-r0 4.10.0-r1 4.11.0-r0 4.12.0-r0 4.13.0-r0 4.13.1-r0 4.14.0-r0 4.15.0-r0 4.16.0-r0 4.17.0-r0',
};
const COTURN_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.21': '4.6.2-r13 4.6.3-r0 4.6.3-r1 4.6.3-r2 4.6.3-r3',
  'alpine:3.18': '4.6.2-r1 4.6.2-r2',
  'alpine:3.18.2': '4.6.2-r3 4.6.2-r4',
  'alpine:3.16': '4.5.2-r12 4.5.2-r13 4.5.2-r14 4.6.0-r0 4.6.0-r1 4.6.1-r0 4.6.1-r1 4.6.1-r2 4.6.1-r3',
  'alpine:3.18.5': '4.6.2-r6',
  'alpine:3.13': '4.5.2-r0 4.5.2-r1',
  'alpine:3.20': '4.6.2-r9 4.6.2-r10 4.6.2-r11 4.6.2-r12',
  'alpine:3.19': '4.6.2-r7 4.6.2-r8',
  'alpine:3.17': '4.6.2-r0',
  'alpine:3.14.1': '4.5.2-r3',
  'alpine:3.24': '4.13.0-r0 4.13.1-r0 4.14.0-r0 4.15.0-r0 4.16.0-r0 4.17.0-r0',
  'alpine:3.14.2': '4.5.2-r4 4.5.2-r5',
  'alpine:3.14': '4.5.2-r2',
  'alpine:3.23': '4.7.0-r3 4.7.0-r4 4.8.0-r0 4.8.0-r1 4.9.0-r0 4.10.0-r0 4.10.0-r1 4.11.0-r0 4.12.0-r0',
  'alpine:3.15': '4.5.2-r7 4.5.2-r8 4.5.2-r9 4.5.2-r10 4.5.2-r11',
  'alpine:3.14.3': '4.5.2-r6',
  'alpine:3.22': '4.7.0-r0 4.7.0-r1 4.7.0-r2',
  'alpine:3.18.4': '4.6.2-r5',
};
const coturnRules: ImageTagRule[] = [
  {
    id: 'coturn/revision-debian',
    repositories: COTURN_REPOS,
    tag: /^(?<r>\d+(?:\.\d+){2,3}-r\d+)(?:-debian)?(?:-(?:amd64|arm64v8|arm32v7|arm32v6|i386|ppc64le|s390x))?$/,
    base: { group: 'r', map: byVersion(COTURN_DEBIAN) },
    source: COTURN,
  },
  {
    id: 'coturn/revision-alpine',
    repositories: COTURN_REPOS,
    tag: /^(?<r>\d+(?:\.\d+){2,3}-r\d+)-alpine(?:-(?:amd64|arm64v8|arm32v7|arm32v6|i386|ppc64le|s390x))?$/,
    base: { group: 'r', map: byVersion(COTURN_ALPINE) },
    source: COTURN,
  },
  {
    id: 'coturn/latest-debian',
    repositories: COTURN_REPOS,
    tag: /^(?:latest|debian|trixie|edge-debian(?:-[\w]+)?)$/,
    base: 'debian:trixie-slim',
    moving: { pin: 'coturn/coturn:4.17.0-r0' },
    source: COTURN,
  },
  {
    id: 'coturn/latest-alpine',
    repositories: COTURN_REPOS,
    tag: /^(?:alpine|alpine3\.24|edge-alpine(?:-[\w]+)?)$/,
    base: 'alpine:3.24',
    moving: { pin: 'coturn/coturn:4.17.0-r0-alpine' },
    source: COTURN,
  },
];

// --- GraalVM container images ------------------------------------------------------------------------------------------
// Tags follow `$version[-muslib][-$platform][-$buildnumber]` where the platform names the Oracle Linux release (ol7,
// ol8, ol9, ol10; the graalvm-ce images of 2020-2021 put it first: ol7-java11-20.3.1.2): the tag names the release, in
// GraalVM's own naming scheme. The Community images of ghcr.io/graalvm/{native-image,jdk,graalvm}-community are in
// popular.ts (read from their Dockerfiles); here the other repositories using the same convention: Oracle GraalVM on
// container-registry.oracle.com/graalvm/* (17-ol8, 24-ol9) and the retired ghcr.io/graalvm/graalvm-ce. Tags without a
// platform stay unknown (the default OS of an older unsuffixed tag is not recorded).
const GRAALVM =
  'graalvm/container @ 6a7c4954 (2026-06-30): README.md (tag convention $version[-muslib][-$platform][-$buildnumber]; unsuffixed tags: "the latest OS which is now Oracle Linux 9"), Dockerfile.ol8/ol9/ol10 per image';
const GRAALVM_REPOS = ['ghcr.io/graalvm/graalvm-ce', 'ghcr.io/graalvm/native-image', 'container-registry.oracle.com/graalvm/*'];
const graalvmRules: ImageTagRule[] = [
  {
    id: 'graalvm/ol-named',
    repositories: GRAALVM_REPOS,
    tag: /^(?:[\w.]+-)*?(?:muslib-)?ol(?<n>7|8|9|10)(?:-slim)?(?:-[\w.]+)*$/,
    base: 'oraclelinux:{n}',
    source: GRAALVM,
    note: 'the tag names its Oracle Linux release (GraalVM tag convention)',
  },
];

// --- Prometheus build and base images (quay.io/prometheus/golang-builder, quay.io/prometheus/busybox) ------------------
// golang-builder: <v>/base/Dockerfile FROM debian:<suite> (the newest version of each directory), <v>/main FROM <v>-base;
// the Makefile tags the current VERSION's main image latest/main/arm/powerpc/mips/s390x and its base image base.
// busybox: glibc/Dockerfile copies Debian's glibc libraries into FROM busybox:glibc; uclibc/Dockerfile FROM busybox:uclibc.
const GOLANG_BUILDER =
  'prometheus/golang-builder @ 80bb1f0d (2026-08-21): <v>/base/Dockerfile final FROM (newest version of each directory 1.5 … 1.27), <v>/main/Dockerfile FROM <v>-base, Makefile VERSION ?= 1.27 and tag target';
const PROM_BUSYBOX =
  'prometheus/busybox @ 869afd42 (2026-06-23): glibc/Dockerfile (FROM busybox:glibc, Debian glibc libraries copied in), uclibc/Dockerfile, Makefile';
const GOLANG_BUILDER_REPOS = ['quay.io/prometheus/golang-builder', 'docker.io/prom/golang-builder'];
const GOLANG_BUILDER_BASES: Readonly<Record<string, string>> = {
  'debian:buster': '1.15',
  'debian:bullseye': '1.16 1.17 1.18 1.19',
  'debian:bookworm': '1.20 1.21 1.22 1.23 1.24 1.25 1.26 1.27',
};
const prometheusRules: ImageTagRule[] = [
  {
    id: 'prometheus-golang-builder/version',
    repositories: GOLANG_BUILDER_REPOS,
    tag: /^(?<v>1\.\d+)-(?:base|main)$/,
    base: { group: 'v', map: byVersion(GOLANG_BUILDER_BASES) },
    source: GOLANG_BUILDER,
  },
  {
    id: 'prometheus-golang-builder/current',
    repositories: GOLANG_BUILDER_REPOS,
    tag: /^(?:latest|main|base|arm|powerpc|mips|s390x)$/,
    base: 'debian:bookworm',
    moving: { pin: 'quay.io/prometheus/golang-builder:1.27-main' },
    source: GOLANG_BUILDER,
  },
  {
    id: 'prometheus-golang-builder/unresolved',
    repositories: GOLANG_BUILDER_REPOS,
    tag: /^1\.\d+-(?:base|main)$/,
    unknown: '1.5 … 1.14 were built FROM debian:sid or debian:stable, moving tags whose meaning at build time is not recorded',
    source: GOLANG_BUILDER,
  },
  {
    id: 'prometheus-busybox/libc',
    repositories: ['quay.io/prometheus/busybox', 'docker.io/prom/busybox'],
    tag: /^(?<libc>glibc|uclibc)$/,
    base: 'busybox:{libc}',
    moving: {},
    source: PROM_BUSYBOX,
  },
];

export const gitTagImageRules: readonly ImageTagRule[] = [
  ...osixiaRules,
  ...cargoChefRules,
  ...rnAndroidRules,
  ...kuboRules,
  ...paperlessRules,
  ...coturnRules,
  ...graalvmRules,
  ...prometheusRules,
];
