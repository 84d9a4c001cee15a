/**
 * Debian testing at a date: the userland of a tag last built FROM debian:testing (or FROM a Debian codename before that
 * release came out) in a month between two Debian releases. Between release N-1 and release N, Debian's testing suite
 * is the development of release N (Debian's release notes; official-images library/debian lists testing beside the
 * codename with the same serial), so the suite is known, but not its contents: glibc changes in testing without notice,
 * so no libc version, kernel, init or support dates are claimed — the row says "glibc" and that it was a pre-release.
 */
import type { DistroRelease } from '../types';

const TESTING =
  'Debian release team, release handbook "The testing suite" (release-team.pages.debian.net/release-handbook/testing/testing.html: testing starts each release cycle as a copy of sid, the next release is assembled in it, and at the release testing becomes the new stable suite)';

/**
 * The first Debian release after `month` (YYYY-MM), when `month` lies strictly between two releases: in a month with a
 * release testing was one suite before the day and the next after it, so no single suite is named (undefined). The month
 * before counts too: a tag's last month listed is not always the month of its last build (official-images rebuilds a
 * tag when its base changes, and testing's images come about monthly), so a build of the weeks before a release is not
 * read as the suite after it.
 */
export function debianReleaseDevelopedIn(releases: readonly DistroRelease[], month: string): DistroRelease | undefined {
  const debian = releases.filter((r) => r.distro === 'debian' && r.released);
  const before = previousMonth(month);
  if (debian.some((r) => r.released?.slice(0, 7) === month || r.released?.slice(0, 7) === before)) return undefined;
  // ISO dates compare as strings (no localeCompare: its ICU collation data is ~3 MiB RSS); the earliest is kept on a tie.
  let next: DistroRelease | undefined;
  for (const r of debian) if ((r.released ?? '').slice(0, 7) > month && (!next || (r.released ?? '') < (next.released ?? ''))) next = r;
  return next;
}

/** YYYY-MM of the month before. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The testing suite that developed `next`, as it was in `month`: a rolling row (no support dates apply to testing)
 * whose libc is glibc without a version. Its id is not in the release table: it names a suite at a date, not a release.
 */
export function debianTestingAsOf(next: DistroRelease, month: string): DistroRelease {
  const codename = next.codename ? ` “${next.codename}”` : '';
  return {
    id: `debian-testing-${next.version}-${month}`,
    distro: 'debian',
    distroName: next.distroName,
    version: next.version,
    label: `Debian testing as of ${month} (the development of Debian ${next.version}${codename}, released ${next.released})`,
    ...(next.codename ? { codename: next.codename } : {}),
    os: 'linux',
    family: next.family,
    packageManager: next.packageManager,
    rolling: true,
    libc: { kind: 'glibc' },
    // The release date's source; the other sources of `next` are its libc and kernel facts, which are not testing's.
    source: `${next.source} (release date); ${TESTING}`,
    notes: `A pre-release: Debian testing changes daily until the release, so the glibc version of ${month} is not recorded.`,
  };
}
