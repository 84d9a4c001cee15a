/**
 * Windows container base images (mcr.microsoft.com/windows/{servercore,nanoserver,server} and
 * mcr.microsoft.com/windows). The kernel is always the Windows host's: process isolation needs
 * the host build to match the image build.
 */
import type { DistroRelease } from '../types';
import type { ImageTagRule } from './ruleTypes';

const EOL = 'endoflife-date/endoflife.date products/windows-server-core.md @ 250c88c9 (release date, end of mainstream support, end of extended support, build)';
const UPGRADE = 'https://github.com/MicrosoftDocs/Virtualization-Documentation/blob/main/virtualization/windowscontainers/deploy-containers/upgrade-windows-containers.md';
const BUILD_2025 = 'https://github.com/actions/runner-images/releases/tag/win25%2F20260809.223 (Windows Server 2025 = 10.0.26100)';

const base = { distro: 'windows-server', distroName: 'Windows Server', os: 'windows', family: 'windows', packageManager: 'none', libc: { kind: 'windows' } } as const;

export const windowsReleases: DistroRelease[] = [
  {
    ...base, id: 'windows-ltsc2019', version: '2019', label: 'Windows Server 2019 LTSC (10.0.17763)', windowsBuild: 17763,
    released: '2018-11-13', supportEnds: '2024-01-09', extendedSupportEnds: '2029-01-09',
    successors: ['mcr.microsoft.com/windows/servercore:ltsc2025'], source: EOL, sources: [UPGRADE],
  },
  {
    ...base, id: 'windows-ltsc2022', version: '2022', label: 'Windows Server 2022 LTSC (10.0.20348)', windowsBuild: 20348,
    released: '2021-08-18', supportEnds: '2026-10-13', extendedSupportEnds: '2031-10-14', source: EOL, sources: [UPGRADE],
  },
  {
    ...base, id: 'windows-ltsc2025', version: '2025', label: 'Windows Server 2025 LTSC (10.0.26100)', windowsBuild: 26100,
    released: '2024-11-01', supportEnds: '2029-10-09', extendedSupportEnds: '2034-10-10', source: EOL, sources: [BUILD_2025],
  },
];

/** Tag names of the Windows base images → release. 1809 is the Semi-Annual name of the 2019 build. */
export const WINDOWS_TAGS: Record<string, string> = {
  ltsc2019: 'windows-ltsc2019', '1809': 'windows-ltsc2019', ltsc2022: 'windows-ltsc2022', ltsc2025: 'windows-ltsc2025',
  '17763': 'windows-ltsc2019', '20348': 'windows-ltsc2022', '26100': 'windows-ltsc2025',
};

const IMAGES: Array<[string, string | undefined]> = [
  ['mcr.microsoft.com/windows/servercore', 'servercore'],
  ['mcr.microsoft.com/windows/nanoserver', 'nanoserver'],
  ['mcr.microsoft.com/windows/server', 'server'],
  ['mcr.microsoft.com/windows', undefined],
];

export const windowsRules: ImageTagRule[] = IMAGES.flatMap(([repo, variant]): ImageTagRule[] => {
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  const common = { repositories: [repo], source: EOL, ...(variant ? { variant } : {}) };
  return [
    { ...common, id: `windows/${name}-name`, tag: /^(?<w>ltsc20\d\d|1809)(?:-(?:amd64|KB\d+))*$/, release: { group: 'w', map: WINDOWS_TAGS } },
    { ...common, id: `windows/${name}-build`, tag: /^10\.0\.(?<b>\d{5})(?:\.\d+)?(?:-amd64)?$/, release: { group: 'b', map: WINDOWS_TAGS } },
  ];
});
