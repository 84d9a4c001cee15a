/**
 * CI, build, general-purpose base and vendor images the held-out samples found unresolved, read from their own build files at
 * a pinned commit (the rules of thirdParty.ts: a release tag resolves where those files fix its base; a moving tag
 * is described as of the commit read; anything else stays unknown with the reason).
 */
import type { ImageTagRule } from './ruleTypes';
import { byVersion } from './tagTables';
import { exactTagPattern as exactTags, exactTagRules } from './vendors';

// --- Phusion baseimage (phusion/baseimage-docker) ------------------------------------------------------------------------
// Until 0.11 `make release` pushed phusion/baseimage:$(VERSION) built from image/Dockerfile (FROM ubuntu:NN.04) and
// moved latest with it (tag_latest); the git tag is rel-<version> (0.9.x) or <version>. From 2020 the release workflow
// pushes phusion/baseimage:<release tag> (bionic-1.0.0, focal-1.2.0, jammy-1.0.4, noble-1.0.2), built from image/Dockerfile
// whose ARG BASE_IMAGE default is ubuntu of the codename the release tag names, at every such tag read.
const PHUSION =
  'phusion/baseimage-docker @ 2403c582 (2025-04-10): image/Dockerfile at every release tag (rel-0.9.0 … rel-0.9.9 FROM ubuntu:12.04, rel-0.9.10 … rel-0.9.18 ubuntu:14.04, rel-0.9.19 … 0.10.2 ubuntu:16.04, 0.11 ubuntu:18.04; bionic-1.0.0/18.04-1.0.0, focal-*, jammy-*, noble-* ARG BASE_IMAGE=ubuntu:18.04/20.04/22.04/24.04); Makefile NAME = phusion/baseimage, tag $(VERSION); .github/workflows/main.yml tags phusion/baseimage:<release tag>, never latest';
const PHUSION_REPOS = ['docker.io/phusion/baseimage', 'ghcr.io/phusion/baseimage'];
const PHUSION_CODENAMES: Readonly<Record<string, string>> = {
  bionic: 'ubuntu:18.04',
  '18.04': 'ubuntu:18.04',
  focal: 'ubuntu:20.04',
  jammy: 'ubuntu:22.04',
  noble: 'ubuntu:24.04',
};
const phusionRules: ImageTagRule[] = [
  {
    id: 'phusion/0.9-12.04',
    repositories: PHUSION_REPOS,
    tag: exactTags('0.9.0 0.9.1 0.9.2 0.9.3 0.9.4 0.9.5 0.9.6 0.9.7 0.9.8 0.9.9'),
    base: 'ubuntu:12.04',
    source: PHUSION,
  },
  {
    id: 'phusion/0.9-14.04',
    repositories: PHUSION_REPOS,
    tag: exactTags('0.9.10 0.9.11 0.9.12 0.9.13 0.9.14 0.9.15 0.9.16 0.9.17 0.9.18'),
    base: 'ubuntu:14.04',
    source: PHUSION,
  },
  {
    id: 'phusion/0.9-16.04',
    repositories: PHUSION_REPOS,
    tag: exactTags('0.9.19 0.9.20 0.9.21 0.9.22 0.10.0 0.10.1 0.10.2'),
    base: 'ubuntu:16.04',
    source: PHUSION,
  },
  { id: 'phusion/0.11', repositories: PHUSION_REPOS, tag: /^0\.11$/, base: 'ubuntu:18.04', source: PHUSION },
  {
    // The release tag names the Ubuntu release: phusion's own naming scheme, and the Dockerfile default at every such tag.
    id: 'phusion/codename',
    repositories: PHUSION_REPOS,
    tag: /^(?<c>bionic|18\.04|focal|jammy|noble)-\d+\.\d+\.\d+$/,
    base: { group: 'c', map: PHUSION_CODENAMES },
    source: PHUSION,
  },
  {
    id: 'phusion/latest',
    repositories: PHUSION_REPOS,
    tag: /^latest$/,
    unknown:
      'phusion/baseimage:latest was moved by `make release` (tag_latest) for the older releases; the release workflow used since 2020 never pushes it, and which release last moved it is not recorded',
    source: PHUSION,
  },
];

// --- Unity editor images (game-ci/docker) ---------------------------------------------------------------------------------
// unityci/editor:[ubuntu-]<editor>-<module>-<repo version> is built FROM unityci/base:<repo version full> (workflow
// build-args baseImage=unityci/base:${repoVersionFull}); the tags carry the full, minor and major repo version. unityci/base
// is images/ubuntu/base/Dockerfile (base/Dockerfile before 0.6) at the repository's release tag, whose FROM is not
// overridden by any workflow: ubuntu:20.04 for 0.1 … 0.5, ubuntu:18.04 for 0.6 … 1.1.2, ubuntu:22.04 from 2.0.0.
const UNITY =
  'game-ci/docker @ 75891f03 (2026-05-02): images/ubuntu/base/Dockerfile (base/Dockerfile before v0.6) at every release tag v0.1 … v3.2.2 (FROM ubuntu:20.04 v0.1–v0.5; ubuntu:18.04 v0.6–v1.1.2; ARG ubuntuImage="ubuntu:22.04" v2.0.0–v3.2.2, no workflow overrides it); .github/workflows/new-ubuntu-post-2019-2-editor-image-requested.yml @ v0.17.2, v1.0.0, v2.0.0: build-args baseImage=unityci/base:${repoVersionFull}, tags unityci/editor:[ubuntu-]<editor>-<platform>-<repoVersionFull|Minor|Major>';
/** Repository release → the Ubuntu of unityci/base at that release. */
const UNITY_RELEASES: Readonly<Record<string, string>> = {
  'ubuntu:20.04': '0.1 0.2 0.3 0.4 0.5',
  'ubuntu:18.04': '0.6 0.7 0.8 0.9 0.10 0.11 0.12 0.13 0.14 0.15 0.16.0 0.16.1 0.17.0 0.17.1 0.17.2 1.0.0 1.0.1 1.1.0 1.1.1 1.1.2',
  'ubuntu:22.04': '2.0.0 3.0.0 3.0.1 3.1.0 3.2.0 3.2.1 3.2.2',
};
/** The minor and major tags that move with later releases of one line, all of whose releases share one Ubuntu. */
const UNITY_LINES: Readonly<Record<string, string>> = {
  'ubuntu:18.04': '0.16 0.17 1 1.0 1.1',
  'ubuntu:22.04': '2 2.0 3 3.0 3.1 3.2',
};
const UNITY_EDITOR_TAG = (v: string) => new RegExp(`^(?:ubuntu-)?\\d{4}\\.\\d+\\.\\d+[abfp]\\d+-[a-z0-9-]+?-${v}$`);
const unityRules: ImageTagRule[] = [
  {
    id: 'unityci/editor',
    repositories: ['docker.io/unityci/editor'],
    tag: UNITY_EDITOR_TAG('(?<v>\\d+\\.\\d+(?:\\.\\d+)?)'),
    base: { group: 'v', map: byVersion(UNITY_RELEASES) },
    source: UNITY,
  },
  {
    id: 'unityci/editor-line',
    repositories: ['docker.io/unityci/editor'],
    tag: UNITY_EDITOR_TAG('(?<v>\\d+(?:\\.\\d+)?)'),
    base: { group: 'v', map: byVersion(UNITY_LINES) },
    moving: {},
    source: UNITY,
  },
  {
    id: 'unityci/base-hub',
    repositories: ['docker.io/unityci/base', 'docker.io/unityci/hub'],
    tag: /^(?:ubuntu-)?(?<v>\d+\.\d+(?:\.\d+)?)$/,
    base: { group: 'v', map: byVersion(UNITY_RELEASES) },
    source: UNITY,
  },
  {
    id: 'unityci/unknown',
    repositories: ['docker.io/unityci/editor', 'docker.io/unityci/base', 'docker.io/unityci/hub'],
    tag: /^.*$/,
    unknown:
      '{image} tags are built FROM unityci/base of the repository release they end in (Ubuntu 20.04 for 0.1–0.5, 18.04 for 0.6–1.1.2, 22.04 from 2.0.0); this tag names no single release of one Ubuntu (the 0 line moved from 20.04 to 18.04) or is a Windows image',
    source: UNITY,
  },
];

// --- SQL Server (mcr.microsoft.com/mssql/server) ----------------------------------------------------------------------------
// Microsoft builds these images from files it does not publish. Tags of one cumulative update name their Ubuntu
// (2019-CU5-ubuntu-18.04, 2022-CU13-ubuntu-22.04): Microsoft's own naming scheme, read as such. The -latest tags and the
// early 2017-CUn-ubuntu tags name no release.
const MSSQL =
  'MicrosoftDocs/sql-docs docs/linux/quickstart-install-connect-docker.md @ 0039c216 (ms.date 10/24/2023): "pull a specific image … add a colon and the tag name, such as mcr.microsoft.com/mssql/server:2019-GA-ubuntu"; the CU tags of mcr.microsoft.com/mssql/server name their Ubuntu release (…-ubuntu-16.04/18.04/20.04/22.04), Microsoft\'s naming scheme';
const MSSQL_REPOS = ['mcr.microsoft.com/mssql/server', 'docker.io/microsoft/mssql-server-linux'];
const mssqlRules: ImageTagRule[] = [
  {
    id: 'mssql/ubuntu-named',
    repositories: MSSQL_REPOS,
    tag: /^20\d\d-(?:[A-Za-z0-9.]+-)*ubuntu-(?<v>1[68]|2[02]|24)\.04$/,
    base: 'ubuntu:{v}.04',
    source: MSSQL,
  },
  {
    id: 'mssql/unknown',
    repositories: MSSQL_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} names no Ubuntu release: SQL Server images are built from files Microsoft does not publish, and only the tags of one cumulative update that end in -ubuntu-NN.04 say which Ubuntu they carry (the -latest tags follow the newest update)',
    source: MSSQL,
  },
];

// --- GitLab Runner (gitlab/gitlab-runner) -----------------------------------------------------------------------------------
// From v1.6.1 to v13.1.3 ci/release_docker_images built dockerfiles/ubuntu and dockerfiles/alpine at the release tag and
// pushed gitlab/gitlab-runner:ubuntu-<tag>, :<tag> (the Ubuntu image) and :alpine-<tag>. Their FROM at each release tag:
// ubuntu:14.04 / 16.04 / 18.04; alpine:3.7 … 3.10 (a bare FROM alpine before v10.7 is a moving tag: not resolved). Later
// releases build FROM the runner base images of another repository (dockerfiles/runner, ARG BASE_IMAGE), not read here.
const RUNNER =
  'gitlabhq/gitlab-runner (GitHub mirror) @ d79f3e7b (2026-08-22): ci/release_docker_images (build "gitlab/gitlab-runner:ubuntu-${ref_tag}" dockerfiles/ubuntu, "…:alpine-${ref_tag}" dockerfiles/alpine, tag ubuntu-${ref_tag} as ${ref_tag}) and dockerfiles/{ubuntu,alpine}/Dockerfile FROM at each of the 138 release tags v1.6.1 … v13.1.3';
const RUNNER_REPOS = ['docker.io/gitlab/gitlab-runner', 'registry.gitlab.com/gitlab-org/gitlab-runner'];
const RUNNER_UBUNTU: Readonly<Record<string, string>> = {
  'ubuntu:14.04':
    '1.6.1 1.7.0 1.7.1 1.8.0 1.8.1 1.9.0 1.9.1 1.8.2 1.7.2 1.9.2 1.7.3 1.8.3 1.9.3 1.7.4 1.8.4 1.9.4 1.7.5 1.8.5 1.9.5 1.10.0 1.10.1 1.8.6 1.9.6 1.10.2 1.10.3 1.10.4 1.8.7 1.9.7 1.10.5 1.8.8 1.9.8 1.10.6 1.11.0 1.9.9 1.10.7 1.11.1 9.0.0 1.9.10 1.10.8 1.11.2 9.0.1 9.0.2 9.0.3 9.1.0 1.11.3 1.11.4 9.0.4 9.1.1 9.2.0 9.1.2 9.2.1 9.3.0 1.11.5 9.1.3 9.2.2 9.4.0 9.4.1 9.4.2 9.5.0 10.0.0 10.0.1 10.0.2 9.4.3 9.5.1 10.1.0 10.2.0 10.3.0 10.1.1 10.2.1 10.3.1 10.4.0 10.5.0 10.6.0 10.6.1',
  'ubuntu:16.04':
    '10.7.0 10.7.1 10.7.2 10.8.0 11.0.0 11.0.1 10.8.1 10.7.3 10.7.4 10.8.2 11.0.2 11.1.0 11.2.0 11.3.0 11.1.1 11.2.1 11.3.1 11.4.0 11.2.2 11.3.2 11.4.1 11.4.2 11.5.0 11.5.1 11.6.0 11.6.1 11.7.0 11.8.0 11.9.0 11.9.1 11.9.2 11.10.0 11.10.1 11.11.0 11.11.1 11.11.2 12.0.0 11.11.3 12.0.1 11.11.4 12.0.2',
  'ubuntu:18.04':
    '12.1.0 12.2.0 12.3.0 12.4.0 12.4.1 12.5.0 12.6.0 12.7.0 12.7.1 12.8.0 12.9.0 12.10.0 12.10.1 12.10.2 13.0.0 13.0.1 12.10.3 12.9.1 13.1.0 13.1.1 13.1.2 13.0.2 13.1.3',
};
const RUNNER_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.7': '10.7.0 10.7.1 10.7.2 10.8.0 11.0.0 11.0.1 10.8.1 10.7.3 10.7.4 10.8.2 11.0.2 11.1.0 11.2.0 11.1.1 11.2.1 11.2.2',
  'alpine:3.8': '11.3.0 11.3.1 11.4.0 11.3.2 11.4.1 11.4.2 11.5.0 11.5.1 11.6.0 11.6.1 11.7.0 11.8.0',
  'alpine:3.9':
    '11.9.0 11.9.1 11.9.2 11.10.0 11.10.1 11.11.0 11.11.1 11.11.2 12.0.0 11.11.3 12.0.1 11.11.4 12.0.2 12.1.0 12.2.0 12.3.0 12.4.0 12.4.1',
  'alpine:3.10':
    '12.5.0 12.6.0 12.7.0 12.7.1 12.8.0 12.9.0 12.10.0 12.10.1 12.10.2 13.0.0 13.0.1 12.10.3 12.9.1 13.1.0 13.1.1 13.1.2 13.0.2 13.1.3',
};
const runnerRules: ImageTagRule[] = [
  ...exactTagRules(RUNNER_UBUNTU, (base) => ({ id: `gitlab-runner/${base}`, repositories: RUNNER_REPOS, source: RUNNER }), {
    prefix: '(?:ubuntu-)?v',
  }),
  ...exactTagRules(RUNNER_ALPINE, (base) => ({ id: `gitlab-runner/${base}`, repositories: RUNNER_REPOS, source: RUNNER }), {
    prefix: 'alpine-v',
  }),
  {
    id: 'gitlab-runner/unknown',
    repositories: RUNNER_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release built from dockerfiles/ubuntu or dockerfiles/alpine with a fixed FROM (v1.6.1 … v13.1.3): later releases are built FROM the runner base images of another repository, and latest/ubuntu/alpine move',
    source: RUNNER,
  },
];

// --- GitLab Omnibus (gitlab/gitlab-ce) --------------------------------------------------------------------------------------
// The image of release X.Y.Z+ce.0 is tagged X.Y.Z-ce.0 (Build::Info::Docker: release_version.tr('+', '-')) and built from
// docker/Dockerfile at that tag: FROM ubuntu:NN.04, from 17.4 ARG BASE_IMAGE=docker.io/ubuntu:NN.04 (CI's UBUNTU_IMAGE, set
// from 18.0, names the same release). Every +ce.0 tag of a minor line names the same Ubuntu.
const GITLAB =
  'gitlabhq/omnibus-gitlab (GitHub mirror) @ 440b1f83 (2026-08-21): docker/Dockerfile FROM (or ARG BASE_IMAGE default) at each of the 1,241 tags X.Y.Z+ce.0 (8.1 … 19.3; gitlab-ci-config/variables.yml UBUNTU_IMAGE from 18.0 names the same release); lib/gitlab/build/info/docker.rb: the image tag is the release version with + replaced by -';
/** Minor line → Ubuntu of every X.Y.Z+ce.0 release of that line. */
const GITLAB_LINES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'ubuntu:14.04': '8.1 8.2 8.3 8.4 8.5 8.6 8.7 8.8',
    'ubuntu:16.04':
      '8.9 8.10 8.11 8.12 8.13 8.14 8.15 8.16 8.17 9.0 9.1 9.2 9.3 9.4 9.5 10.0 10.1 10.2 10.3 10.4 10.5 10.6 10.7 10.8 11.0 11.1 11.2 11.3 11.4 11.5 11.6 11.7 11.8 11.9 11.10 11.11 12.0 12.1 12.2 12.3 12.4 12.5 12.6 12.7 12.8 12.9 12.10 13.0 13.1 13.2 13.3 13.4 13.5 13.6 13.7 13.8',
    'ubuntu:20.04':
      '13.9 13.10 13.11 13.12 14.0 14.1 14.2 14.3 14.4 14.5 14.6 14.7 14.8 14.9 14.10 15.0 15.1 15.2 15.3 15.4 15.5 15.6 15.7 15.8 15.9 15.10 15.11',
    'ubuntu:22.04':
      '16.0 16.1 16.2 16.3 16.4 16.5 16.6 16.7 16.8 16.9 16.10 16.11 17.0 17.1 17.2 17.3 17.4 17.5 17.6 17.7 17.8 17.9 17.10 17.11',
    'ubuntu:24.04': '18.0 18.1 18.2 18.3 18.4 18.5 18.6 18.7 18.8 18.9 18.10 18.11 19.0 19.1 19.2 19.3',
  }).flatMap(([base, lines]) => lines.split(' ').map((l) => [l, base])),
);
const gitlabRules: ImageTagRule[] = [
  {
    id: 'gitlab-ce/release',
    repositories: ['docker.io/gitlab/gitlab-ce'],
    tag: /^(?<line>\d+\.\d+)\.\d+-ce\.0$/,
    base: { group: 'line', map: GITLAB_LINES },
    source: GITLAB,
  },
  {
    id: 'gitlab-ce/unknown',
    repositories: ['docker.io/gitlab/gitlab-ce', 'docker.io/gitlab/gitlab-ee'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a gitlab-ce X.Y.Z-ce.0 release tag whose docker/Dockerfile was read (latest/rc tags move; gitlab-ee and re-release tags were not read)',
    source: GITLAB,
  },
];

export const ciImageRules: readonly ImageTagRule[] = [...phusionRules, ...unityRules, ...mssqlRules, ...runnerRules, ...gitlabRules];
