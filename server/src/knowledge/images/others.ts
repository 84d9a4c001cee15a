/**
 * Other distribution images: openSUSE, Arch Linux, Photon OS, Clear Linux, Mageia, BusyBox,
 * Wolfi / Chainguard and Google distroless. Releases and the tag rules of their images.
 */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

const EOL = (p: string) => `endoflife-date/endoflife.date products/${p}.md @ a70eca33 (2026-08-22)`;
const OI = (p: string) => `docker-library/official-images library/${p} @ 37079fb3 (2026-08-21)`;
const DEBIAN_EOL = EOL('debian');

export const otherReleases: DistroRelease[] = [
  // openSUSE (Docker Hub opensuse/leap and opensuse/tumbleweed; library/opensuse removed 2021-10-08)
  {
    id: 'opensuse-leap-15.5', distro: 'opensuse-leap', distroName: 'openSUSE Leap', version: '15.5', label: 'openSUSE Leap 15.5',
    os: 'linux', family: 'suse', packageManager: 'zypper', supportEnds: '2024-12-31', libc: { kind: 'glibc' },
    init: { kind: 'systemd' }, successors: ['opensuse/leap:16.0'], source: EOL('opensuse'),
  },
  {
    id: 'opensuse-leap-15.6', distro: 'opensuse-leap', distroName: 'openSUSE Leap', version: '15.6', label: 'openSUSE Leap 15.6',
    os: 'linux', family: 'suse', packageManager: 'zypper', released: '2024-06-12', supportEnds: '2026-04-30', libc: { kind: 'glibc' },
    init: { kind: 'systemd' }, successors: ['opensuse/leap:16.0'], source: EOL('opensuse'),
  },
  {
    id: 'opensuse-leap-16.0', distro: 'opensuse-leap', distroName: 'openSUSE Leap', version: '16.0', label: 'openSUSE Leap 16.0',
    os: 'linux', family: 'suse', packageManager: 'zypper', released: '2025-10-01', supportEnds: '2027-10-31', libc: { kind: 'glibc' },
    init: { kind: 'systemd' }, source: EOL('opensuse'),
  },
  {
    id: 'opensuse-tumbleweed', distro: 'opensuse-tumbleweed', distroName: 'openSUSE Tumbleweed', version: 'rolling', label: 'openSUSE Tumbleweed',
    os: 'linux', family: 'suse', packageManager: 'zypper', rolling: true, libc: { kind: 'glibc' },
    source: 'https://hub.docker.com/r/opensuse/tumbleweed', sources: [`${OI('opensuse')} history (removed 2021-10-08, commit cf963b3)`],
  },
  // Arch Linux (library/archlinux; rolling)
  {
    id: 'archlinux', distro: 'archlinux', distroName: 'Arch Linux', version: 'rolling', label: 'Arch Linux (rolling)',
    os: 'linux', family: 'arch', packageManager: 'pacman', rolling: true, libc: { kind: 'glibc' }, init: { kind: 'systemd' },
    source: OI('archlinux'), sources: ['archlinux/svntogit-packages glibc/trunk/PKGBUILD @ 0c45c491 (glibc 2.37 built --enable-kernel=4.4)'],
    notes: 'Arch built glibc 2.37 with --enable-kernel=4.4 (minimum kernel 4.4); the current build flag is not verified.',
  },
  // Photon OS (library/photon)
  {
    id: 'photon-3.0', distro: 'photon', distroName: 'VMware Photon OS', version: '3.0', label: 'Photon OS 3.0',
    os: 'linux', family: 'photon', packageManager: 'tdnf', libc: { kind: 'glibc', version: '2.28' },
    distroKernel: '4.19', init: { kind: 'systemd', version: '239' },
    source: 'https://blogs.vmware.com/opensource/2019/02/27/project-photon-os-update/ (Linux 4.19 LTS, glibc 2.28, systemd 239)',
    sources: [OI('photon')],
  },
  {
    id: 'photon-4.0', distro: 'photon', distroName: 'VMware Photon OS', version: '4.0', label: 'Photon OS 4.0',
    os: 'linux', family: 'photon', packageManager: 'tdnf', libc: { kind: 'glibc' }, init: { kind: 'systemd' },
    source: 'https://vmware.github.io/photon/docs-v4/whats-new/', sources: [OI('photon')],
  },
  {
    id: 'photon-5.0', distro: 'photon', distroName: 'VMware Photon OS', version: '5.0', label: 'Photon OS 5.0',
    os: 'linux', family: 'photon', packageManager: 'tdnf', libc: { kind: 'glibc' }, init: { kind: 'systemd' },
    source: 'https://prohoster.info/en/blog/novosti-interneta/kompaniya-vmware-opublikovala-linux-distributiv-photon-os-5-0', sources: [OI('photon')],
  },
  // Clear Linux (library/clearlinux): discontinued by Intel on 2025-07-18/19
  {
    id: 'clearlinux', distro: 'clearlinux', distroName: 'Clear Linux OS', version: '43790', label: 'Clear Linux OS (discontinued)',
    os: 'linux', family: 'clear', packageManager: 'swupd', released: '2015-02-06', supportEnds: '2025-07-19', extendedSupportEnds: '2025-07-19',
    libc: { kind: 'glibc' }, successors: ['debian:13'],
    source: 'https://github.com/endoflife-date/endoflife.date/pull/7898 (products/clearlinux.md: 2015-02-06 – 2025-07-19, last build 43790)',
    sources: ['https://github.com/docker-library/docs/pull/2602 (Clear Linux OS deprecation notice)'],
    notes: 'Intel stopped all updates, including security fixes, in July 2025.',
  },
  // Mageia (library/mageia)
  {
    id: 'mageia-8', distro: 'mageia', distroName: 'Mageia', version: '8', label: 'Mageia 8', os: 'linux', family: 'mageia',
    packageManager: 'urpmi', released: '2021-02-26', supportEnds: '2023-11-30', libc: { kind: 'glibc' }, successors: ['fedora:44'],
    source: 'endoflife-date/endoflife.date products/mageia.md @ 02ce42c2', sources: [OI('mageia')],
  },
  {
    id: 'mageia-9', distro: 'mageia', distroName: 'Mageia', version: '9', label: 'Mageia 9', os: 'linux', family: 'mageia',
    packageManager: 'urpmi', released: '2023-08-27', supportEnds: '2025-03-31', libc: { kind: 'glibc' }, successors: ['fedora:44'],
    source: 'endoflife-date/endoflife.date products/mageia.md @ 02ce42c2', sources: [OI('mageia')],
    notes: 'End of support as recorded in that snapshot; Mageia supports a release until 3 months after the next one.',
  },
  // BusyBox (library/busybox): the libc is per variant; applets are static, no package manager.
  ...(['glibc', 'musl', 'uclibc'] as const).map((libc): DistroRelease => ({
    id: `busybox-${libc}`, distro: 'busybox', distroName: 'BusyBox', version: libc, label: `BusyBox (${libc} variant)`,
    os: 'linux', family: 'busybox', packageManager: 'none', rolling: true,
    libc: { kind: libc === 'musl' ? 'musl' : libc === 'glibc' ? 'glibc' : 'none' },
    source: OI('busybox'),
    notes: libc === 'uclibc'
      ? 'Statically linked against uClibc-ng: the libc kind is not one the knowledge base models.'
      : `Built from ${libc === 'glibc' ? 'a Debian' : 'an Alpine'} builder stage; the builder release is not verified.`,
  })),
  // Wolfi / Chainguard: glibc, rolling, apk (wolfi-base; most Chainguard images ship no package manager)
  {
    id: 'wolfi', distro: 'wolfi', distroName: 'Wolfi', version: 'rolling', label: 'Wolfi (Chainguard, rolling)',
    os: 'linux', family: 'wolfi', packageManager: 'apk', rolling: true, libc: { kind: 'glibc' },
    source: 'https://github.com/wolfi-dev (Wolfi: "Designed to support glibc", no kernel of its own)',
    sources: ['https://edu.chainguard.dev/chainguard/containers/about/images-compiled-programs/compiled-programs/ (wolfi-base: busybox + apk-tools, glibc)'],
    notes: 'Non -dev Chainguard images carry no shell and no package manager.',
  },
  {
    id: 'wolfi-static', distro: 'wolfi', distroName: 'Wolfi', version: 'static', label: 'Chainguard static (no libc)',
    os: 'linux', family: 'wolfi', packageManager: 'none', rolling: true, libc: { kind: 'none' },
    source: 'https://chainguard.dev/unchained/how-to-use-dockerfiles-with-wolfi-base-images (static: equivalent to Google distroless static)',
    notes: 'For statically linked binaries only.',
  },
  // Google distroless: Debian userland without shell or package manager
  ...(['10', '11', '12', '13'] as const).flatMap((deb): DistroRelease[] => {
    const DATES: Record<string, { released: string; supportEnds: string; extendedSupportEnds: string; successors?: string[] }> = {
      // Same dates as the Debian releases (debian.ts): distroless follows Debian's support.
      '10': { released: '2019-07-06', supportEnds: '2022-09-10', extendedSupportEnds: '2024-06-30', successors: ['gcr.io/distroless/base-debian13'] },
      '11': { released: '2021-08-14', supportEnds: '2024-08-14', extendedSupportEnds: '2026-08-31', successors: ['gcr.io/distroless/base-debian13'] },
      '12': { released: '2023-06-10', supportEnds: '2026-07-11', extendedSupportEnds: '2028-06-30', successors: ['gcr.io/distroless/base-debian13'] },
      '13': { released: '2025-08-09', supportEnds: '2028-08-09', extendedSupportEnds: '2030-06-30' },
    };
    const dates = DATES[deb];
    const glibc = { '10': '2.28', '11': '2.31', '12': '2.36', '13': '2.41' }[deb];
    const src = 'https://github.com/GoogleContainerTools/distroless (README: Debian 12 and Debian 13 image names)';
    const srcs = [DEBIAN_EOL, 'https://github.com/score-spec/score-compose/pull/388 (static-debian13 published)'];
    return [
      {
        id: `distroless-debian${deb}`, distro: 'distroless', distroName: 'Google distroless', version: deb,
        label: `distroless (Debian ${deb} userland)`, os: 'linux', family: 'distroless', packageManager: 'none',
        libc: { kind: 'glibc', version: glibc, minKernel: '3.2' }, ...dates, source: src, sources: srcs,
        notes: `Follows Debian ${deb}'s support; no shell (except :debug) and no package manager.`,
      },
      {
        id: `distroless-static-debian${deb}`, distro: 'distroless', distroName: 'Google distroless', version: deb,
        label: `distroless static (Debian ${deb}, no libc)`, os: 'linux', family: 'distroless', packageManager: 'none',
        libc: { kind: 'none' }, ...(deb !== '13' ? { ...dates, successors: ['gcr.io/distroless/static-debian13'] } : dates),
        source: src, sources: srcs, notes: 'For statically linked binaries only.',
      },
    ];
  }),
];

const DISTROLESS_GLIBC_IMAGES = [
  'base', 'base-nossl', 'cc', 'python3', 'java-base', 'java11', 'java17', 'java21', 'java25',
  'nodejs14', 'nodejs16', 'nodejs18', 'nodejs20', 'nodejs22', 'nodejs24', 'nodejs26',
];
const DISTROLESS_DEFAULT_SRC = 'GoogleContainerTools/distroless README.md @ cd080764 (2026-08-21): "Specifying an image without the distribution will currently select -debian13 images, but that will change in the future"';
const DISTROLESS_TAG = /^(?:latest|nonroot|(?<debug>debug)(?:-nonroot)?)(?:-(?:amd64|arm64|arm|s390x|ppc64le))?$/;
const DISTROLESS_SRC = 'https://github.com/GoogleContainerTools/distroless (image names <image>-debian12 / -debian13; tags latest, nonroot, debug, debug-nonroot)';

export const otherRules: ImageTagRule[] = [
  {
    id: 'opensuse/leap', repositories: ['docker.io/opensuse/leap', 'registry.opensuse.org/opensuse/leap'],
    tag: /^(?<v>15\.[56]|16\.0)(?:\.\d+)*$/, release: 'opensuse-leap-{v}', source: 'https://hub.docker.com/r/opensuse/leap (15.x, 16.0)',
  },
  {
    id: 'opensuse/tumbleweed', repositories: ['docker.io/opensuse/tumbleweed', 'registry.opensuse.org/opensuse/tumbleweed'],
    tag: /^(?:latest|\d{8}(?:\.\d+)?)$/, release: 'opensuse-tumbleweed', source: 'https://hub.docker.com/r/opensuse/tumbleweed',
  },
  {
    id: 'archlinux/any', repositories: ['docker.io/library/archlinux', 'docker.io/archlinux/archlinux'],
    tag: /^(?:latest|(?<variant>base|base-devel|multilib-devel)(?:-\d{8}\.\d+\.\d+)?)$/, release: 'archlinux', variant: '{variant}',
    source: `${OI('archlinux')} (latest, base, base-devel, multilib-devel, dated base-20260816.0.574111)`,
  },
  { id: 'photon/version', repositories: ['docker.io/library/photon'], tag: /^(?<v>[345]\.0)(?:-\d{8})?$/, release: 'photon-{v}', source: OI('photon') },
  { id: 'clearlinux/any', repositories: ['docker.io/library/clearlinux'], tag: /^(?:latest|base|\d+)$/, release: 'clearlinux', source: OI('clearlinux') },
  { id: 'mageia/version', repositories: ['docker.io/library/mageia'], tag: /^(?<v>8|9)$/, release: 'mageia-{v}', source: OI('mageia') },
  {
    id: 'busybox/variant', repositories: ['docker.io/library/busybox'],
    tag: /^(?:(?:\d+(?:\.\d+){0,2}|stable|unstable)-)?(?<libc>glibc|musl|uclibc)$/, release: 'busybox-{libc}', source: OI('busybox'),
  },
  {
    id: 'busybox/latest', repositories: ['docker.io/library/busybox'], tag: /^latest$/,
    release: 'busybox-glibc', moving: { pin: 'busybox:glibc', means: 'the glibc variant (the default on most architectures)' },
    source: `${OI('busybox')} (latest = glibc variant on most architectures)`,
  },
  {
    id: 'busybox/default', repositories: ['docker.io/library/busybox'], tag: /^(?:stable|unstable|\d+(?:\.\d+){0,2})$/,
    release: 'busybox-glibc', moving: { pin: 'busybox:{tag}-glibc', means: 'the glibc variant (the default on most architectures)' },
    source: `${OI('busybox')} (version tags without a libc suffix = glibc variant on most architectures)`,
  },
  { id: 'chainguard/static', repositories: ['cgr.dev/chainguard/static', 'docker.io/chainguard/static'], tag: /^.+$/, release: 'wolfi-static', source: 'https://edu.chainguard.dev/chainguard/containers/' },
  {
    id: 'chainguard/dev', repositories: ['cgr.dev/chainguard/*', 'docker.io/chainguard/*'], tag: /^(?:.*-)?dev$/, release: 'wolfi', variant: 'dev',
    source: 'https://edu.chainguard.dev/chainguard/containers/ (-dev tags add a shell and apk)',
  },
  { id: 'chainguard/any', repositories: ['cgr.dev/chainguard/*', 'docker.io/chainguard/*'], tag: /^.+$/, release: 'wolfi', source: 'https://github.com/wolfi-dev' },
  // Names without a Debian suffix (gcr.io/distroless/static, …/base, …/cc, …/python3): a moving alias of -debian13.
  {
    id: 'distroless/static-default', repositories: ['gcr.io/distroless/static'], tag: DISTROLESS_TAG,
    release: 'distroless-static-debian13', variant: '{debug}', moving: { pin: '{image}-debian13:{tag}' }, source: DISTROLESS_DEFAULT_SRC,
  },
  {
    id: 'distroless/glibc-default', repositories: ['base', 'base-nossl', 'cc', 'python3', 'java-base'].map((i) => `gcr.io/distroless/${i}`), tag: DISTROLESS_TAG,
    release: 'distroless-debian13', variant: '{debug}', moving: { pin: '{image}-debian13:{tag}' }, source: DISTROLESS_DEFAULT_SRC,
  },
  ...(['10', '11', '12', '13'] as const).flatMap((deb): ImageTagRule[] => [
    {
      id: `distroless/static-debian${deb}`, repositories: [`gcr.io/distroless/static-debian${deb}`], tag: DISTROLESS_TAG,
      release: `distroless-static-debian${deb}`, variant: '{debug}', source: DISTROLESS_SRC,
    },
    {
      id: `distroless/glibc-debian${deb}`, repositories: DISTROLESS_GLIBC_IMAGES.map((i) => `gcr.io/distroless/${i}-debian${deb}`),
      tag: DISTROLESS_TAG, release: `distroless-debian${deb}`, variant: '{debug}', source: DISTROLESS_SRC,
    },
  ]),
];
