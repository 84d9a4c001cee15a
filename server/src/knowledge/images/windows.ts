/**
 * Windows container base images (mcr.microsoft.com/windows/{servercore,nanoserver,server} and
 * mcr.microsoft.com/windows). The kernel is always the Windows host's: process isolation needs
 * the host build to match the image build.
 */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

const EOL =
  'endoflife-date/endoflife.date products/windows-server-core.md @ 250c88c9 (release date, end of mainstream support, end of extended support, build)';
const UPGRADE =
  'https://github.com/MicrosoftDocs/Virtualization-Documentation/blob/main/virtualization/windowscontainers/deploy-containers/upgrade-windows-containers.md';
const BUILD_2025 = 'https://github.com/actions/runner-images/releases/tag/win25%2F20260809.223 (Windows Server 2025 = 10.0.26100)';

const base = {
  distro: 'windows-server',
  distroName: 'Windows Server',
  os: 'windows',
  family: 'windows',
  packageManager: 'none',
  libc: { kind: 'windows' },
} as const;

export const windowsReleases: DistroRelease[] = [
  {
    ...base,
    id: 'windows-ltsc2019',
    version: '2019',
    label: 'Windows Server 2019 LTSC (10.0.17763)',
    windowsBuild: 17763,
    released: '2018-11-13',
    supportEnds: '2024-01-09',
    extendedSupportEnds: '2029-01-09',
    successors: ['mcr.microsoft.com/windows/servercore:ltsc2025'],
    source: EOL,
    sources: [UPGRADE],
  },
  {
    ...base,
    id: 'windows-ltsc2022',
    version: '2022',
    label: 'Windows Server 2022 LTSC (10.0.20348)',
    windowsBuild: 20348,
    released: '2021-08-18',
    supportEnds: '2026-10-13',
    extendedSupportEnds: '2031-10-14',
    source: EOL,
    sources: [UPGRADE],
  },
  {
    ...base,
    id: 'windows-ltsc2025',
    version: '2025',
    label: 'Windows Server 2025 LTSC (10.0.26100)',
    windowsBuild: 26100,
    released: '2024-11-01',
    supportEnds: '2029-10-09',
    extendedSupportEnds: '2034-10-10',
    source: EOL,
    sources: [BUILD_2025],
  },
  {
    // Any other Windows tag (1803, 20H2, a build this table lacks): still Windows, build not known from the tag.
    ...base,
    id: 'windows-unknown',
    version: 'unknown',
    label: 'Windows (build not known from the tag)',
    source:
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-base-images (mcr.microsoft.com/windows/* and microsoft/* base images are Windows images)',
    notes: 'A Windows image: it runs only on a Windows host (or in Hyper-V isolation); which build is not known from this tag.',
  },
];

/** Tag names of the Windows base images → release. 1809 is the Semi-Annual name of the 2019 build. */
const WINDOWS_TAGS: Record<string, string> = {
  ltsc2019: 'windows-ltsc2019',
  '1809': 'windows-ltsc2019',
  ltsc2022: 'windows-ltsc2022',
  ltsc2025: 'windows-ltsc2025',
  '17763': 'windows-ltsc2019',
  '20348': 'windows-ltsc2022',
  '26100': 'windows-ltsc2025',
};

const IMAGES: Array<[string, string | undefined]> = [
  ['mcr.microsoft.com/windows/servercore', 'servercore'],
  ['mcr.microsoft.com/windows/nanoserver', 'nanoserver'],
  // Docker Hub names used before the move to MCR (2018).
  ['docker.io/microsoft/windowsservercore', 'servercore'],
  ['docker.io/microsoft/nanoserver', 'nanoserver'],
  ['mcr.microsoft.com/windows/server', 'server'],
  ['mcr.microsoft.com/windows', undefined],
];

const windowsImageRules: ImageTagRule[] = IMAGES.flatMap(([repo, variant]): ImageTagRule[] => {
  const name = repo.startsWith('docker.io/') ? repo.slice('docker.io/'.length).replace('/', '-') : repo.slice(repo.lastIndexOf('/') + 1);
  const common = { repositories: [repo], source: EOL, ...(variant ? { variant } : {}) };
  return [
    {
      ...common,
      id: `windows/${name}-name`,
      tag: /^(?<w>ltsc20\d\d|1809)(?:-(?:amd64|KB\d+))*$/,
      release: { group: 'w', map: WINDOWS_TAGS },
    },
    {
      ...common,
      id: `windows/${name}-build`,
      tag: /^10\.0\.(?<b>\d{5})(?:\.\d+)?(?:-amd64)?$/,
      release: { group: 'b', map: WINDOWS_TAGS },
    },
  ];
});

export const windowsRules: ImageTagRule[] = [
  ...windowsImageRules,
  {
    // Images whose tag names the Windows base (mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022, …).
    id: 'windows/named-in-tag',
    repositories: ['mcr.microsoft.com/powershell', 'mcr.microsoft.com/dotnet/framework/*', 'mcr.microsoft.com/powershell/*'],
    tag: /^(?:.*-)?(?:nanoserver|windowsservercore|servercore)-(?<w>ltsc20\d\d|1809)(?:-.*)?$/,
    release: { group: 'w', map: WINDOWS_TAGS },
    source:
      'https://hub.docker.com/r/microsoft/powershell (tags name their Windows base: -nanoserver-ltsc2022, -windowsservercore-ltsc2022)',
  },
  {
    id: 'windows/any-tag',
    repositories: [...IMAGES.map(([repo]) => repo), 'mcr.microsoft.com/windows/*', 'mcr.microsoft.com/dotnet/framework/*'],
    tag: /^.+$/,
    release: 'windows-unknown',
    repositoryDecides: true,
    source:
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-base-images (Windows base images; .NET Framework images are Windows Server Core)',
  },
  {
    id: 'windows/named-windows',
    repositories: ['mcr.microsoft.com/powershell'],
    tag: /^(?:.*-)?(?:nanoserver|windowsservercore)(?:-.*)?$/,
    release: 'windows-unknown',
    source: 'https://hub.docker.com/r/microsoft/powershell (-nanoserver-*, -windowsservercore-* tags are Windows images)',
  },
];
