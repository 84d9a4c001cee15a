/**
 * More images outside Docker Official Images whose base their own build files fix, read at a pinned commit
 * (see thirdParty.ts for the rules of the game: a version tag resolves only where every build that pushed it
 * used the same base; other tags stay unknown or fall to the labelled tag-name guess).
 */
import type { ImageTagRule } from './ruleTypes';

// --- micromamba (mamba-org/micromamba-docker) ------------------------------------------------------------
// .github/workflows/push_latest.yml builds on every push to main and every v* tag, for a matrix of base images;
// the build on DEFAULT_BASE_IMAGE also gets latest, {version}, {major}.{minor} and {major}, where {version} is the
// Dockerfile's ARG VERSION. So a version tag holds the build of the last commit on main with that ARG VERSION:
// read on every first-parent commit, each version from 0.25.0 on was only ever built with one default base.
const MICROMAMBA =
  "mamba-org/micromamba-docker @ a815800c (2026-05-13): .github/workflows/push_latest.yml DEFAULT_BASE_IMAGE 'debian:13-slim' gets latest, {version}, {major}.{minor}, {major} ({version} = ARG VERSION of the Dockerfile, 2.6.1); DEFAULT_BASE_IMAGE and ARG VERSION read on every first-parent commit of main: 0.25.0 … 1.4.9 only with debian:bullseye-slim, 1.5.0 … 1.5.10 with debian:bookworm-slim and 2.0.2 … 2.3.1 with debian:12-slim, 2.3.2 … 2.6.1 with debian:13-slim";
const MICROMAMBA_REPOS = ['docker.io/mambaorg/micromamba', 'ghcr.io/mamba-org/micromamba'];
const MICROMAMBA_VERSIONS: Readonly<Record<string, string>> = {
  'debian:bullseye-slim':
    '0.25.0 0.25.1 0.26.0 0.27.0 1.0.0 1.1.0 1.2.0 1.3.0 1.3.1 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.4.6 1.4.7 1.4.8 1.4.9 0.25 0.26 0.27 1.0 1.1 1.2 1.3 1.4 0',
  'debian:bookworm-slim':
    '1.5.0 1.5.1 1.5.3 1.5.5 1.5.6 1.5.7 1.5.8 1.5.9 1.5.10 2.0.2 2.0.3 2.0.4 2.0.5 2.0.6 2.0.7 2.0.8 2.1.0 2.1.1 2.2.0 2.3.0 2.3.1 1.5 2.0 2.1 2.2 1',
  'debian:trixie-slim': '2.3.2 2.3.3 2.4.0 2.5.0 2.6.0 2.6.1 2.3 2.4 2.5',
};
const escapeDots = (list: string) =>
  list
    .split(' ')
    .map((v) => v.replace(/\./g, '\\.'))
    .join('|');

const micromambaRules: ImageTagRule[] = [
  {
    id: 'micromamba/latest',
    repositories: MICROMAMBA_REPOS,
    tag: /^(?:latest|2|2\.6)$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: { pin: 'mambaorg/micromamba:2.6.1' },
    source: MICROMAMBA,
  },
  ...Object.entries(MICROMAMBA_VERSIONS).map(
    ([base, versions]): ImageTagRule => ({
      id: `micromamba/${base.slice('debian:'.length)}`,
      repositories: MICROMAMBA_REPOS,
      tag: new RegExp(`^(?:${escapeDots(versions)})$`),
      base,
      variant: 'slim',
      source: MICROMAMBA,
    }),
  ),
  {
    id: 'micromamba/other-version',
    repositories: MICROMAMBA_REPOS,
    tag: /^\d+(?:\.\d+){0,2}$/,
    unknown:
      '{image}:{tag} names a version whose builds the files read do not tie to one base (0.24.0 was built on two defaults; earlier versions were not built by this workflow)',
    source: MICROMAMBA,
  },
];

export const vendorRules: readonly ImageTagRule[] = [...micromambaRules];
