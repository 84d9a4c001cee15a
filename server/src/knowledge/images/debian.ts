/** Debian releases (Docker Hub `library/debian`) and the tag rules of that image. */
import type { DistroRelease } from '../types';
import { codenamesFromEndoflife, DEBIAN_EGLIBC } from './fromEndoflife';
import type { ImageTagRule } from './ruleTypes';

const EOL = 'endoflife-date/endoflife.date products/debian.md @ a70eca33 (2026-08-22)';
const OI = 'docker-library/official-images library/debian @ 37079fb3 (2026-08-21)';
const GLIBC_CL = 'Debian glibc_2.36-9+deb12u14 debian/changelog and debian/sysdeps/linux.mk (MIN_KERNEL_SUPPORTED)';
const APT = 'deb.debian.org via apt-cache madison (2026-08 mirror): libc6, systemd, linux-image-amd64; file libc.so.6 ABI note';
const RI = 'docker-library/repo-info repos/debian (libc6 source package versions)';
/** wheezy's libc6 came from eglibc 2.13-38 and its security updates (+deb7uN). */
const EGLIBC_WHEEZY = 'Debian eglibc debian/changelog: "eglibc (2.13-38+deb7u7) wheezy-security; urgency=medium" (the CVE-2015-0235 fix)';

const base = { distro: 'debian', distroName: 'Debian', os: 'linux', family: 'debian', packageManager: 'apt' } as const;

export const debianReleases: DistroRelease[] = [
  {
    // Hand-written (it replaces the generated endoflife row, which knows only the libc kind) so that
    // vsyscall-required can compare the eglibc version with the 2.13 ceiling moby's check-config names.
    // minKernel is not given: the wheezy build's --enable-kernel was not read.
    ...base,
    id: 'debian-7',
    version: '7',
    label: 'Debian 7 (wheezy)',
    codename: 'wheezy',
    released: '2013-05-04',
    supportEnds: '2016-04-25',
    extendedSupportEnds: '2018-05-31',
    libc: { kind: 'eglibc', version: '2.13' },
    successors: ['debian:13'],
    source: EOL,
    sources: [
      EGLIBC_WHEEZY,
      DEBIAN_EGLIBC,
      'docker-library/official-images library/debian @ 6b9d43a7 (2019-03-26, "removes the EOL wheezy"; last tags wheezy-20190228, 7.11)',
    ],
  },
  {
    ...base,
    id: 'debian-8',
    version: '8',
    label: 'Debian 8 (jessie)',
    codename: 'jessie',
    released: '2015-04-25',
    supportEnds: '2018-06-17',
    extendedSupportEnds: '2020-06-30',
    libc: { kind: 'glibc', version: '2.19', minKernel: '2.6.32' },
    successors: ['debian:13'],
    source: EOL,
    sources: [RI, `${GLIBC_CL} (eglibc 2.16-0exp0: minimum 2.6.32)`, `${OI} history: last tag jessie-20210326`],
  },
  {
    ...base,
    id: 'debian-9',
    version: '9',
    label: 'Debian 9 (stretch)',
    codename: 'stretch',
    released: '2017-06-17',
    supportEnds: '2020-07-18',
    extendedSupportEnds: '2022-07-01',
    libc: { kind: 'glibc', version: '2.24', minKernel: '2.6.32' },
    successors: ['debian:13'],
    source: EOL,
    sources: [`${GLIBC_CL} (2.21-4: x86 kept at 2.6.32 for RHEL6 kernels)`, `${OI} history: last tag stretch-20220622`],
    notes: 'The 2.6.32 minimum applies to amd64/i386; other architectures need 3.2.',
  },
  {
    ...base,
    id: 'debian-10',
    version: '10',
    label: 'Debian 10 (buster)',
    codename: 'buster',
    released: '2019-07-06',
    supportEnds: '2022-09-10',
    extendedSupportEnds: '2024-06-30',
    libc: { kind: 'glibc', version: '2.28', minKernel: '3.2' },
    successors: ['debian:13'],
    source: EOL,
    sources: [RI, `${GLIBC_CL} (2.26-0experimental0: x86 raised to 3.2)`, `${OI} history: last tag buster-20240612`],
  },
  {
    ...base,
    id: 'debian-11',
    version: '11',
    label: 'Debian 11 (bullseye)',
    codename: 'bullseye',
    released: '2021-08-14',
    supportEnds: '2024-08-14',
    extendedSupportEnds: '2026-08-31',
    libc: { kind: 'glibc', version: '2.31', minKernel: '3.2' },
    distroKernel: '5.10',
    init: { kind: 'systemd', version: '247.3' },
    successors: ['debian:13'],
    source: EOL,
    sources: [APT, GLIBC_CL, OI],
  },
  {
    ...base,
    id: 'debian-12',
    version: '12',
    label: 'Debian 12 (bookworm)',
    codename: 'bookworm',
    released: '2023-06-10',
    supportEnds: '2026-07-11',
    extendedSupportEnds: '2028-06-30',
    libc: { kind: 'glibc', version: '2.36', minKernel: '3.2' },
    distroKernel: '6.1',
    init: { kind: 'systemd', version: '252' },
    successors: ['debian:13'],
    source: EOL,
    sources: [APT, GLIBC_CL, OI],
  },
  {
    ...base,
    id: 'debian-13',
    version: '13',
    label: 'Debian 13 (trixie)',
    codename: 'trixie',
    released: '2025-08-09',
    supportEnds: '2028-08-09',
    extendedSupportEnds: '2030-06-30',
    libc: { kind: 'glibc', version: '2.41', minKernel: '3.2' },
    distroKernel: '6.12',
    init: { kind: 'systemd', version: '257' },
    source: EOL,
    sources: [APT, OI],
  },
  {
    ...base,
    id: 'debian-14',
    version: '14',
    label: 'Debian 14 (forky, testing)',
    codename: 'forky',
    rolling: true,
    libc: { kind: 'glibc' },
    source: OI,
    notes: 'Testing distribution: packages change continuously until release.',
  },
  {
    ...base,
    id: 'debian-sid',
    version: 'sid',
    label: 'Debian unstable (sid)',
    codename: 'sid',
    rolling: true,
    libc: { kind: 'glibc', version: '2.43', minKernel: '3.2' },
    distroKernel: '7.2',
    init: { kind: 'systemd', version: '262.1' },
    source: APT,
    sources: [OI],
    notes: 'Versions as of the 2026-08 mirror; sid changes daily.',
  },
];

/** Suite codenames → release (codename tags, dated tags 'bookworm-20260810', '-slim'). */
const DEBIAN_SUITES: Record<string, string> = {
  ...codenamesFromEndoflife('debian'),
  jessie: 'debian-8',
  stretch: 'debian-9',
  buster: 'debian-10',
  bullseye: 'debian-11',
  bookworm: 'debian-12',
  trixie: 'debian-13',
  forky: 'debian-14',
  sid: 'debian-sid',
};

const REPO = ['docker.io/library/debian'];
const ALIAS_SRC = `${OI} (suite aliases: stable = trixie, oldstable = bookworm, oldoldstable = bullseye, testing = forky)`;

export const debianRules: ImageTagRule[] = [
  {
    id: 'debian/version',
    repositories: REPO,
    tag: /^(?<v>\d{1,2})(?:\.\d+)?(?:-(?<slim>slim))?$/,
    release: 'debian-{v}',
    variant: '{slim}',
    source: OI,
  },
  {
    id: 'debian/codename',
    repositories: REPO,
    tag: /^(?<c>[a-z]+)(?:-\d{8})?(?:-(?<slim>slim))?$/,
    release: { group: 'c', map: DEBIAN_SUITES },
    variant: '{slim}',
    source: OI,
  },
  {
    id: 'debian/latest',
    repositories: REPO,
    tag: /^(?:latest|stable)(?:-(?<slim>slim))?$/,
    release: 'debian-13',
    variant: '{slim}',
    moving: { pin: 'debian:trixie{-slim}' },
    source: ALIAS_SRC,
  },
  {
    id: 'debian/oldstable',
    repositories: REPO,
    tag: /^oldstable(?:-(?<slim>slim))?$/,
    release: 'debian-12',
    variant: '{slim}',
    moving: { pin: 'debian:bookworm{-slim}' },
    source: ALIAS_SRC,
  },
  {
    id: 'debian/oldoldstable',
    repositories: REPO,
    tag: /^oldoldstable(?:-(?<slim>slim))?$/,
    release: 'debian-11',
    variant: '{slim}',
    moving: { pin: 'debian:bullseye{-slim}' },
    source: ALIAS_SRC,
  },
  {
    id: 'debian/testing',
    repositories: REPO,
    tag: /^testing(?:-(?<slim>slim))?$/,
    release: 'debian-14',
    variant: '{slim}',
    moving: { pin: 'debian:forky{-slim}' },
    source: ALIAS_SRC,
  },
  {
    id: 'debian/unstable',
    repositories: REPO,
    tag: /^(?:unstable|rc-buggy|experimental)(?:-(?<slim>slim))?$/,
    release: 'debian-sid',
    variant: '{slim}',
    source: OI,
    note: 'rc-buggy and experimental are sid with extra repositories enabled.',
  },
];
