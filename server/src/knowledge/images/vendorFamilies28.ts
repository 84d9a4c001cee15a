/**
 * Non-official image families of issue #17, twenty-eighth file: recurring unknowns across the samples whose vendors' own
 * build files tie a tag to one base — jrottenberg/ffmpeg's variant tags (`4.2-ubuntu2004`, `7.1-alpine320`) and the
 * short `X.Y-ubuntu` / `X.Y-alpine` / `X.Y-centos` aliases of the lines its build matrix dropped.
 * Same rules as vendorFamilies2.ts … vendorFamilies26.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';

// --- jrottenberg/ffmpeg (and ghcr.io/jrottenberg/ffmpeg) ----------------------------------------------------------------
// Each variant is a directory docker-images/<X.Y>/<variant>/ whose base stage is the image (FROM base AS release, or FROM
// <distro> AS release/runtime): the directory name decides the base, and every version of every such Dockerfile in the
// history agrees — except that the ubuntu2204 directories (from f7089aa9, 2024-02-12, "ubuntu 22.04 base") are FROM
// ubuntu:20.04 in all 65 versions, and vaapi2004 was FROM ubuntu:16.04 until 75958a82 (2020-12-29): those are read as
// the files say, vaapi2004 not at all. azure-steps.yml pushes <X.Y>-<variant> and <X.Y.Z>-<variant> on every master
// build, and re-tags the ISPARENT variant of each PARENT as <X.Y>-<PARENT> (and <major>-<PARENT>, pushed by every line of
// that major: not resolved). The short aliases are resolved only for the lines the matrix dropped (2.8 … 6.0, last in
// it 2023-04-04 … 2024-08-30), whose PARENT variant kept one base over the last years of builds: `ubuntu` was ubuntu2004
// (from 82bac4d4, 2020-11-09) then ubuntu2204 (f7089aa9) — ubuntu:20.04 either way; `alpine` alpine313 from 6d23d775
// (2021-10-31; 5.0 from 413d30c5, 5.1 from 9cbb99c7, 6.0 from a4dcfcdb); `centos` centos8 (3.2: centos7) from 2020.
const FFMPEG =
  'jrottenberg/ffmpeg @ 2e0c6270 (2026-07-06): azure-steps.yml (push <X.Y>-<VARIANT>, <LONG_VERSION>-<VARIANT>; ISPARENT → <X.Y>-<PARENT>) and the build matrix (azure-pipelines.yml, then docker-images/azure-jobs.yml) at each of its versions 6190a32e (2020-05-25) … 1e5a7639 (2024-11-08, lines 2.8 … 6.0 dropped), README.md (ffmpeg:<version>-alpine / -ubuntu name the default variant); the FROM lines of every version of docker-images/*/<variant>/Dockerfile: ubuntu1604 16.04 (76), ubuntu1804 18.04 (243), ubuntu2004 20.04 (224), ubuntu2204 ubuntu:20.04 (all 65), ubuntu2404 24.04 (23), vaapi1804 18.04 (113), vaapi2204 22.04 (65), vaapi2404 24.04 (25), alpine311 … alpine320 alpine:3.11 … 3.20, centos7/centos8 centos:7/8';
const FFMPEG_REPOS = ['docker.io/jrottenberg/ffmpeg', 'ghcr.io/jrottenberg/ffmpeg'];
/** Variant directory → the base its every Dockerfile version names. */
const FFMPEG_VARIANTS: Readonly<Record<string, string>> = {
  ubuntu1604: 'ubuntu:16.04',
  ubuntu1804: 'ubuntu:18.04',
  ubuntu2004: 'ubuntu:20.04',
  ubuntu2204: 'ubuntu:20.04',
  ubuntu2404: 'ubuntu:24.04',
  vaapi1804: 'ubuntu:18.04',
  vaapi2204: 'ubuntu:22.04',
  vaapi2404: 'ubuntu:24.04',
  alpine311: 'alpine:3.11',
  alpine312: 'alpine:3.12',
  alpine313: 'alpine:3.13',
  alpine320: 'alpine:3.20',
  centos7: 'centos:7',
  centos8: 'centos:8',
};
/** `<X.Y>-<PARENT>` of a dropped line → the base of its PARENT variant through its last builds. */
const FFMPEG_ALIASES: Readonly<Record<string, string>> = {
  'ubuntu:20.04':
    '3.2-ubuntu 3.3-ubuntu 3.4-ubuntu 4.0-ubuntu 4.1-ubuntu 4.2-ubuntu 4.3-ubuntu 4.4-ubuntu 5.0-ubuntu 5.1-ubuntu 6.0-ubuntu',
  'alpine:3.13':
    '3.2-alpine 3.3-alpine 3.4-alpine 4.0-alpine 4.1-alpine 4.2-alpine 4.3-alpine 4.4-alpine 5.0-alpine 5.1-alpine 6.0-alpine',
  'centos:7': '3.2-centos',
  'centos:8': '3.3-centos 3.4-centos 4.0-centos 4.1-centos 4.2-centos 4.3-centos 4.4-centos 5.0-centos 5.1-centos',
};

const ffmpegRules: ImageTagRule[] = [
  {
    id: 'jrottenberg-ffmpeg/variant',
    repositories: FFMPEG_REPOS,
    tag: new RegExp(`^\\d+\\.\\d+(?:\\.\\d+)?-(?<variant>${Object.keys(FFMPEG_VARIANTS).join('|')})$`),
    base: { group: 'variant', map: FFMPEG_VARIANTS },
    source: FFMPEG,
    note: 'the variant directory docker-images/<X.Y>/<variant>/ names the base in every version of its Dockerfile',
  },
  {
    id: 'jrottenberg-ffmpeg/dropped-line-alias',
    repositories: FFMPEG_REPOS,
    tag: /^(?<alias>\d+\.\d+-(?:ubuntu|alpine|centos))$/,
    base: { group: 'alias', map: byVersion(FFMPEG_ALIASES) },
    frozen:
      '{image}:{tag} is no longer built: its line left the build matrix by 2024-11-08, and its default variant kept this base through its last years of builds',
    source: FFMPEG,
  },
  {
    id: 'jrottenberg-ffmpeg/other',
    repositories: FFMPEG_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a variant tag whose directory names one base (ubuntu2004, alpine313, …) nor the ubuntu/alpine/centos alias of a line the build matrix dropped (3.2 … 6.0); the aliases of current lines, latest and <major>-<variant> move with each build, and vaapi2004 was built on Ubuntu 16.04 before 2020-12-29',
    source: FFMPEG,
  },
];

export const vendorFamily28Rules: ImageTagRule[] = [...ffmpegRules];
