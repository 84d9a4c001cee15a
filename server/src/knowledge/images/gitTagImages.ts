/**
 * Images published once per git tag of their repository, each built from the Dockerfile at that tag (the ninth
 * base-image sample found them unresolved): a release tag resolves by the FROM at its git tag, read at a pinned
 * snapshot of the repository; tags the snapshot does not hold, and bases it does not fix, stay unknown with the reason.
 */
import type { ImageTagRule } from './ruleTypes';

/** `{ base reference: 'version version …' }` → `{ version: base reference }`. */
function byVersion(table: Readonly<Record<string, string>>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [base, versions] of Object.entries(table)) for (const v of versions.split(' ')) map[v] = base;
  return map;
}

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

export const gitTagImageRules: readonly ImageTagRule[] = [...osixiaRules, ...cargoChefRules, ...rnAndroidRules, ...kuboRules];
