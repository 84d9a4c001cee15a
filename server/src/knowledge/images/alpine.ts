/** Alpine Linux releases (Docker Hub `library/alpine`; musl libc, apk) and the tag rules of that image. */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

const EOL = 'endoflife-date/endoflife.date products/alpine-linux.md @ a70eca33 (2026-08-22)';
const OI = 'docker-library/official-images library/alpine @ 37079fb3 (2026-08-21)';
/** Package file names on Alpine's CDN, as pinned in public build scripts (audit 2026-08). */
const CDN = (branch: string, pkg: string) => `https://dl-cdn.alpinelinux.org/alpine/v${branch}/main/x86_64/${pkg}.apk`;
const RI = (tag: string, pkg: string) => `docker-library/repo-info repos/alpine/local/${tag}.md (${pkg})`;

const base = {
  distro: 'alpine',
  distroName: 'Alpine Linux',
  os: 'linux',
  family: 'alpine',
  packageManager: 'apk',
  init: { kind: 'openrc' },
} as const;

/** musl does not check the kernel version: no minKernel. Releases without a verified musl version leave it absent. */
function alpine(
  version: string,
  released: string,
  supportEnds: string,
  musl: string | undefined,
  source: string,
  extra: Partial<DistroRelease> = {},
): DistroRelease {
  return {
    ...base,
    id: `alpine-${version}`,
    version,
    label: `Alpine Linux ${version}`,
    released,
    supportEnds,
    libc: musl ? { kind: 'musl', version: musl } : { kind: 'musl' },
    source: EOL,
    sources: [source],
    ...extra,
  };
}

const TO_CURRENT = { successors: ['alpine:3.24'] };

export const alpineReleases: DistroRelease[] = [
  alpine('3.12', '2020-05-29', '2022-05-01', undefined, `${OI} history (last touched 2022-05-23)`, {
    ...TO_CURRENT,
    notes: 'Last release series on musl 1.1.',
  }),
  alpine(
    '3.13',
    '2021-01-14',
    '2022-11-01',
    undefined,
    'https://wiki.alpinelinux.org/w/index.php?title=Release_Notes_for_Alpine_3.13.0&oldid=18593',
    {
      ...TO_CURRENT,
      notes: 'musl 1.2 (64-bit time_t on 32-bit arches): needs Docker >= 19.03.9 and libseccomp >= 2.4.2 on the host.',
    },
  ),
  alpine('3.14', '2021-06-15', '2023-05-01', '1.2.2', RI('3.14.8', 'musl-utils-1.2.2-r3'), {
    ...TO_CURRENT,
    notes: 'musl uses faccessat2: needs Docker >= 20.10.0 and libseccomp >= 2.4.4 on the host.',
  }),
  alpine('3.15', '2021-11-24', '2023-11-01', '1.2.2', RI('3.15', 'musl-1.2.2-r7'), TO_CURRENT),
  alpine('3.16', '2022-05-23', '2024-05-23', '1.2.3', RI('3.16', 'musl-utils-1.2.3-r1'), TO_CURRENT),
  alpine('3.17', '2022-11-22', '2024-11-22', '1.2.3', RI('3.17.1', 'musl-1.2.3-r4'), TO_CURRENT),
  alpine('3.18', '2023-05-09', '2025-05-09', '1.2.4', `${CDN('3.18', 'musl-1.2.4-r2')}; ${OI} history`, TO_CURRENT),
  alpine('3.19', '2023-12-07', '2025-11-01', undefined, `${CDN('3.19', 'musl-1.2.4_git20230717-r4')}; ${OI} history`, {
    ...TO_CURRENT,
    notes: 'musl package 1.2.4_git20230717: a snapshot between musl 1.2.4 and 1.2.5.',
  }),
  alpine('3.20', '2024-05-22', '2026-04-01', '1.2.5', `${CDN('3.20', 'musl-1.2.5-r3')}; ${OI} history`, TO_CURRENT),
  alpine('3.21', '2024-12-05', '2026-11-01', '1.2.5', RI('3.21.8', 'musl-1.2.5-r11')),
  alpine('3.22', '2025-05-30', '2027-05-01', '1.2.5', RI('3.22', 'musl-1.2.5-r12')),
  alpine('3.23', '2025-12-04', '2027-11-01', '1.2.5', RI('3.23.6', 'musl-1.2.5-r23'), {
    distroKernel: '6.18',
    sources: [
      RI('3.23.6', 'musl-1.2.5-r23'),
      'https://en.linuxadictos.com/alpine-linux-3-23-debuts-linux-kernel-6-18-lts-gcc-15-llvm-21-and-updates-desktops.html',
    ],
  }),
  alpine('3.24', '2026-06-09', '2028-06-01', '1.2.6', RI('3.24.2', 'musl-1.2.6-r2')),
  {
    ...base,
    id: 'alpine-edge',
    version: 'edge',
    label: 'Alpine Linux edge',
    rolling: true,
    libc: { kind: 'musl' },
    source: OI,
    notes: 'Development branch: packages change continuously.',
  },
];

const REPO = ['docker.io/library/alpine'];

export const alpineRules: ImageTagRule[] = [
  { id: 'alpine/version', repositories: REPO, tag: /^(?<v>3\.\d+)(?:\.\d+)?$/, release: 'alpine-{v}', source: OI },
  {
    id: 'alpine/latest',
    repositories: REPO,
    tag: /^(?:latest|3)$/,
    release: 'alpine-3.24',
    moving: { pin: 'alpine:3.24' },
    source: `${OI} (3, latest = 3.24.1)`,
  },
  {
    id: 'alpine/edge',
    repositories: REPO,
    tag: /^(?:edge|\d{8})$/,
    release: 'alpine-edge',
    source: `${OI} (edge, dated edge snapshots such as 20260805)`,
  },
];
