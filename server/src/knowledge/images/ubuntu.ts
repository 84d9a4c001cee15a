/** Ubuntu releases (Docker Hub `library/ubuntu`, built by Canonical) and the tag rules of that image. */
import type { DistroRelease } from '../types';
import { codenamesFromEndoflife } from './fromEndoflife';
import type { ImageTagRule } from './ruleTypes';

const EOL = 'endoflife-date/endoflife.date products/ubuntu.md @ a70eca33 (2026-08-22)';
const OI = 'docker-library/official-images library/ubuntu @ 37079fb3 (2026-08-21)';
const RI = 'docker-library/repo-info repos/ubuntu (libc6 source package versions)';
const KTEAM_2017 = 'https://ubuntu.com/blog/kernel-team-summary-october-25-2017 (trusty 3.13.0, xenial 4.4.0, bionic planned 4.15)';
const KTEAM_HWE = 'https://canonical-kteam-docs.readthedocs-hosted.com/en/public/reference/hwe-kernels.html (noble 6.8)';
const KTEAM_HWE_TABLE = 'canonical/kernel-docs docs/reference/hwe-kernels.rst @ 3da40eac (GA kernels: 16.04 4.4, 18.04 4.15, 20.04 5.4, 22.04 5.15, 24.04 6.8, 26.04 7.0; 24.04 ESM March 2034)';
const JAMMY_KERNEL = 'https://kledgeb.blogspot.com/2022/01/ubuntu-2204-18-linux-kernel-515.html (22.04 on Linux 5.15 LTS)';
const GLIBC_NEWS = 'bminor/glibc NEWS @ 04e750e7 (2.26: minimum kernel 3.2 on all architectures)';

const base = { distro: 'ubuntu', distroName: 'Ubuntu', os: 'linux', family: 'debian', packageManager: 'apt' } as const;

export const ubuntuReleases: DistroRelease[] = [
  {
    ...base, id: 'ubuntu-14.04', version: '14.04', label: 'Ubuntu 14.04 LTS', codename: 'Trusty Tahr',
    released: '2014-04-17', supportEnds: '2019-04-02', extendedSupportEnds: '2024-04-02',
    libc: { kind: 'eglibc', version: '2.19' }, distroKernel: '3.13',
    successors: ['ubuntu:24.04'],
    source: EOL, sources: [RI, KTEAM_2017, `${OI} history: last tag trusty-20191217, removed 2023-01-27`],
  },
  {
    ...base, id: 'ubuntu-16.04', version: '16.04', label: 'Ubuntu 16.04 LTS', codename: 'Xenial Xerus',
    released: '2016-04-21', supportEnds: '2021-04-02', extendedSupportEnds: '2026-04-02',
    libc: { kind: 'glibc', version: '2.23' }, distroKernel: '4.4',
    successors: ['ubuntu:24.04'],
    source: EOL, sources: [RI, KTEAM_2017, `${OI} history: last tag xenial-20210804, removed 2023-01-27`],
  },
  {
    ...base, id: 'ubuntu-18.04', version: '18.04', label: 'Ubuntu 18.04 LTS', codename: 'Bionic Beaver',
    released: '2018-04-26', supportEnds: '2023-05-31', extendedSupportEnds: '2028-04-01',
    libc: { kind: 'glibc', version: '2.27', minKernel: '3.2' }, distroKernel: '4.15',
    successors: ['ubuntu:24.04'],
    source: EOL, sources: [RI, GLIBC_NEWS, KTEAM_2017, `${OI} history: last tag bionic-20230530, removed 2023-06-15`],
  },
  {
    ...base, id: 'ubuntu-20.04', version: '20.04', label: 'Ubuntu 20.04 LTS', codename: 'Focal Fossa',
    released: '2020-04-23', supportEnds: '2025-05-31', extendedSupportEnds: '2030-04-02',
    libc: { kind: 'glibc', version: '2.31', minKernel: '3.2' }, distroKernel: '5.4',
    successors: ['ubuntu:24.04'],
    source: EOL, sources: [RI, GLIBC_NEWS, KTEAM_HWE_TABLE, `${OI} history: last tag focal-20250404, removed 2025-06-01`],
  },
  {
    ...base, id: 'ubuntu-22.04', version: '22.04', label: 'Ubuntu 22.04 LTS', codename: 'Jammy Jellyfish',
    released: '2022-04-21', supportEnds: '2027-04-01', extendedSupportEnds: '2032-04-09',
    libc: { kind: 'glibc', version: '2.35', minKernel: '3.2' }, distroKernel: '5.15',
    successors: ['ubuntu:24.04'],
    source: EOL, sources: [RI, GLIBC_NEWS, JAMMY_KERNEL, OI],
  },
  {
    ...base, id: 'ubuntu-24.04', version: '24.04', label: 'Ubuntu 24.04 LTS', codename: 'Noble Numbat',
    released: '2024-04-25', supportEnds: '2029-05-31', extendedSupportEnds: '2036-05-31',
    libc: { kind: 'glibc', version: '2.39', minKernel: '3.2' }, distroKernel: '6.8',
    source: EOL, sources: [RI, GLIBC_NEWS, KTEAM_HWE, OI],
  },
  {
    ...base, id: 'ubuntu-24.10', version: '24.10', label: 'Ubuntu 24.10', codename: 'Oracular Oriole',
    released: '2024-10-10', supportEnds: '2025-07-10',
    libc: { kind: 'glibc', minKernel: '3.2' },
    successors: ['ubuntu:26.04'],
    source: EOL, sources: [GLIBC_NEWS, `${OI} history: last tag oracular-20250619, removed 2025-07-15`],
  },
  {
    ...base, id: 'ubuntu-25.04', version: '25.04', label: 'Ubuntu 25.04', codename: 'Plucky Puffin',
    released: '2025-04-17', supportEnds: '2026-01-17',
    libc: { kind: 'glibc', minKernel: '3.2' },
    successors: ['ubuntu:26.04'],
    source: EOL, sources: [GLIBC_NEWS, `${OI} history: last tag plucky-20251001, removed 2026-02-17`],
  },
  {
    ...base, id: 'ubuntu-25.10', version: '25.10', label: 'Ubuntu 25.10', codename: 'Questing Quokka',
    released: '2025-10-09', supportEnds: '2026-07-01',
    libc: { kind: 'glibc', version: '2.42', minKernel: '3.2' },
    successors: ['ubuntu:26.04'],
    source: EOL, sources: [`${RI} (glibc 2.42-2ubuntu2)`, GLIBC_NEWS, `${OI} history: last tag questing-20260610, removed 2026-07-15`],
  },
  {
    ...base, id: 'ubuntu-26.04', version: '26.04', label: 'Ubuntu 26.04 LTS', codename: 'Resolute Raccoon',
    released: '2026-04-23', supportEnds: '2031-04-30', extendedSupportEnds: '2036-04-30',
    libc: { kind: 'glibc', version: '2.43', minKernel: '3.2' }, distroKernel: '7.0',
    source: EOL, sources: [`${RI} (glibc 2.43-2ubuntu2.3)`, GLIBC_NEWS, KTEAM_HWE_TABLE, `${OI}: resolute-20260811.1`],
  },
  {
    ...base, id: 'ubuntu-26.10', version: '26.10', label: 'Ubuntu 26.10 (in development)', rolling: true,
    libc: { kind: 'glibc' },
    source: `${OI}: devel = stonking-20260705`,
    notes: 'Pre-release series: packages change daily until release.',
  },
];

/** Codename tags (also with a build date, e.g. 'jammy-20260810') → release. */
const UBUNTU_CODENAMES: Record<string, string> = {
  ...codenamesFromEndoflife('ubuntu'),
  trusty: 'ubuntu-14.04', xenial: 'ubuntu-16.04', bionic: 'ubuntu-18.04', focal: 'ubuntu-20.04',
  jammy: 'ubuntu-22.04', noble: 'ubuntu-24.04', oracular: 'ubuntu-24.10', plucky: 'ubuntu-25.04',
  questing: 'ubuntu-25.10', resolute: 'ubuntu-26.04', stonking: 'ubuntu-26.10',
};

const REPO = ['docker.io/library/ubuntu'];

export const ubuntuRules: ImageTagRule[] = [
  { id: 'ubuntu/version', repositories: REPO, tag: /^(?<v>\d\d\.\d\d)$/, release: 'ubuntu-{v}', source: OI },
  {
    id: 'ubuntu/codename', repositories: REPO, tag: /^(?<c>[a-z]+)(?:-\d{8}(?:\.\d+)?)?$/,
    release: { group: 'c', map: UBUNTU_CODENAMES }, source: OI,
  },
  {
    id: 'ubuntu/latest', repositories: REPO, tag: /^latest$/, release: 'ubuntu-26.04',
    moving: { pin: 'ubuntu:26.04' },
    source: `${OI} (latest = newest LTS; moved from 24.04 to 26.04 between 2026-03-01 and 2026-08-21)`,
  },
  {
    id: 'ubuntu/rolling', repositories: REPO, tag: /^rolling$/, release: 'ubuntu-26.04',
    moving: { pin: 'ubuntu:26.04' }, source: `${OI} (rolling = newest release, interim included)`,
  },
  {
    id: 'ubuntu/devel', repositories: REPO, tag: /^devel$/, release: 'ubuntu-26.10',
    moving: { pin: 'ubuntu:26.10' }, source: `${OI} (devel = the series in development)`,
  },
];
