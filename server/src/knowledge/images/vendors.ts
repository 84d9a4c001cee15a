/**
 * More images outside Docker Official Images whose base their own build files fix, read at a pinned commit
 * (see thirdParty.ts for the rules of the game: a version tag resolves only where every build that pushed it
 * used the same base; other tags stay unknown or fall to the labelled tag-name guess).
 */
import type { ImageTagRule } from './ruleTypes';
import { withLazyTag } from './lazyTag';

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
// Two replaces over the whole list (the same text as splitting at spaces, escaping each tag and joining
// with '|'): tables of several hundred tags are turned into patterns while the bundle loads, and the
// split/map/join took about as long as the rest of this file's load.
const escapeDots = (list: string) => list.replace(/\./g, '\\.').replace(/ /g, '|');

/**
 * An anchored pattern matching exactly the space-separated tags given, between an optional prefix and
 * suffix (regular-expression sources: `v` before Synapse's versions, `-alpine(?:-fat)?` after OpenResty's).
 */
export function exactTagPattern(tags: string, affix: { prefix?: string; suffix?: string } = {}): RegExp {
  return new RegExp(`^${affix.prefix ?? ''}(?:${escapeDots(tags)})${affix.suffix ?? ''}$`);
}

/** One rule per base image of a table "base → the exact tags (space-separated) built on it"; its pattern is built on first read (lazyTag.ts). */
export function exactTagRules(
  versionsByBase: Readonly<Record<string, string>>,
  rule: (base: string) => Omit<ImageTagRule, 'tag' | 'base'>,
  affix: { prefix?: string; suffix?: string } = {},
): ImageTagRule[] {
  return Object.entries(versionsByBase).map(([base, versions]) => {
    const built = withLazyTag({ ...rule(base) }, () => exactTagPattern(versions, affix)) as ImageTagRule;
    built.base = base;
    return built;
  });
}

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
  ...exactTagRules(MICROMAMBA_VERSIONS, (base) => ({
    id: `micromamba/${base.slice('debian:'.length)}`,
    repositories: MICROMAMBA_REPOS,
    variant: 'slim',
    source: MICROMAMBA,
  })),
  {
    id: 'micromamba/other-version',
    repositories: MICROMAMBA_REPOS,
    tag: /^\d+(?:\.\d+){0,2}$/,
    unknown:
      '{image}:{tag} names a version whose builds the files read do not tie to one base (0.24.0 was built on two defaults; earlier versions were not built by this workflow)',
    source: MICROMAMBA,
  },
];

// --- Jenkins agents (jenkinsci/docker-agent builds jenkins/agent and jenkins/inbound-agent) ---------------------
// docker-bake.hcl names the tags (linux_tags): the default JDK's build also gets latest, <distribution>, latest-…;
// every JDK gets <distribution>-jdkN, latest-<distribution>-jdkN and, for Debian, jdkN / latest-jdkN. The Jenkinsfile
// publishes only from release tags (<remoting>-<build>), so a tag holds the build of the last release that made it.
const JENKINS_AGENT =
  'jenkinsci/docker-agent @ b066c0a9 (2026-01-14): docker-bake.hcl agent_types_to_build ["agent", "inbound-agent"], jdks_to_build [17, 21, 25], default_jdk 17, distribution_name("debian") = "trixie", function linux_tags; Jenkinsfile "Deploy to DockerHub" only for a TAG_NAME <remoting>-<build>; newest release tag 3355.v388858a_47b_33-5 (2025-12-30): DEBIAN_RELEASE "trixie-20251229", ALPINE_FULL_TAG "3.23.2"';
const JENKINS_AGENT_JDK11 =
  'jenkinsci/docker-agent release tag 3261.v9c670a_4748a_9-8 (426ef6c9, 2024-09-24), the last whose docker-bake.hcl builds jdk11 (jdks_to_build [11, 17, 21]; later releases [17, 21] then [17, 21, 25]): DEBIAN_RELEASE "bookworm-20240904", ALPINE_FULL_TAG "3.20.3", tags jdk11, latest-jdk11, bookworm-jdk11, alpine-jdk11, alpine3.20-jdk11';
const JENKINS_AGENT_REPOS = ['docker.io/jenkins/agent', 'docker.io/jenkins/inbound-agent'];
const JDK = '(?:-jdk(?:17|21|25))?';

/**
 * Every release tag of jenkinsci/docker-agent whose docker-bake.hcl sets DEBIAN_RELEASE and ALPINE_FULL_TAG (121 tags,
 * 3148.v532a_7e715ee3-6 of 2023-09-14 … 3355.v388858a_47b_33-5 of 2025-12-30), by the base each names: debian/Dockerfile
 * FROM debian:"${DEBIAN_RELEASE}"-slim, alpine/Dockerfile FROM alpine:"${ALPINE_TAG}" (= ALPINE_FULL_TAG). The release's
 * own tags are <release>[-jdkN[-preview]] (Debian) and <release>-alpine[X.Y][-jdkN] (Alpine).
 */
const JENKINS_AGENT_RELEASES =
  'jenkinsci/docker-agent @ b066c0a9 (2026-01-14): docker-bake.hcl variable DEBIAN_RELEASE / ALPINE_FULL_TAG default and the debian_jdkN / alpine_jdkN targets (tags ${REMOTING_VERSION}-${BUILD_NUMBER}[-jdkN], …-alpine[${ALPINE_SHORT_TAG}][-jdkN]) at each of the 121 release tags 3148.v532a_7e715ee3-6 (2023-09-14) … 3355.v388858a_47b_33-5 (2025-12-30); debian/Dockerfile FROM debian:"${DEBIAN_RELEASE}"-slim, alpine/Dockerfile FROM alpine:"${ALPINE_TAG}"';
const AGENT_DEBIAN: Readonly<Record<string, string>> = {
  'debian:bookworm-20230904-slim':
    '3148.v532a_7e715ee3-6 3148.v532a_7e715ee3-7 3148.v532a_7e715ee3-8 3148.v532a_7e715ee3-9 3148.v532a_7e715ee3-10 3148.v532a_7e715ee3-11 3148.v532a_7e715ee3-12 3148.v532a_7e715ee3-13 3159.vb_8c0ef2b_55a_f-1 3160.vd76b_9ddd10cc-1 3160.vd76b_9ddd10cc-2 3160.vd76b_9ddd10cc-3 3176.v207ec082a_8c0-1 3174.v2c9e67f8f9df-1 3180.v3dd999d24861-1 3180.v3dd999d24861-2 3181.v78543a_987053-1 3186.vc3b_7249b_87eb_-1 3190.va_7870fc137d9-1 3192.v713e3b_039fb_e-1 3192.v713e3b_039fb_e-2 3192.v713e3b_039fb_e-3 3192.v713e3b_039fb_e-4 3192.v713e3b_039fb_e-5 3192.v713e3b_039fb_e-6 3198.v03a_401881f3e-1 3203.v94ce994fdb_31-1 3203.v94ce994fdb_31-2 3206.vb_15dcf73f6a_9-1 3206.vb_15dcf73f6a_9-2 3206.vb_15dcf73f6a_9-3',
  'debian:bookworm-20240110-slim': '3206.vb_15dcf73f6a_9-4',
  'debian:bookworm-20240211-slim': '3206.vb_15dcf73f6a_9-5',
  'debian:bookworm-20240311-slim': '3206.vb_15dcf73f6a_9-6 3206.vb_15dcf73f6a_9-7 3206.vb_15dcf73f6a_9-8 3206.vb_15dcf73f6a_9-9',
  'debian:bookworm-20240408-slim': '3206.vb_15dcf73f6a_9-10',
  'debian:bookworm-20240423-slim': '3206.vb_15dcf73f6a_9-11',
  'debian:bookworm-20240513-slim':
    '3206.vb_15dcf73f6a_9-12 3248.v65ecb_254c298-1 3248.v65ecb_254c298-2 3248.v65ecb_254c298-3 3248.v65ecb_254c298-4 3248.v65ecb_254c298-5',
  'debian:bookworm-20240612-slim': '3248.v65ecb_254c298-6 3256.v88a_f6e922152-1 3256.v88a_f6e922152-2',
  'debian:bookworm-20240701-slim': '3256.v88a_f6e922152-3 3256.v88a_f6e922152-4',
  'debian:bookworm-20240722-slim':
    '3256.v88a_f6e922152-5 3256.v88a_f6e922152-6 3256.3258.v858f3c9a_f69d-1 3248.3250.v3277a_8e88c9b_-1 3206.3208.v409508a_675ff-1 3261.v9c670a_4748a_9-1',
  'debian:bookworm-20240812-slim': '3261.v9c670a_4748a_9-2 next 3261.v9c670a_4748a_9-3',
  'debian:bookworm-20240904-slim':
    '3261.v9c670a_4748a_9-4 3261.v9c670a_4748a_9-5 3261.v9c670a_4748a_9-6 3261.v9c670a_4748a_9-7 3261.v9c670a_4748a_9-8',
  'debian:bookworm-20241016-slim': '3273.v4cfe589b_fd83-1 3273.v4cfe589b_fd83-2 3283.v92c105e0f819-1',
  'debian:bookworm-20241111-slim': '3283.v92c105e0f819-2',
  'debian:bookworm-20241202-slim': '3283.v92c105e0f819-3 3283.v92c105e0f819-4',
  'debian:bookworm-20241223-slim': '3283.v92c105e0f819-5 3283.v92c105e0f819-6',
  'debian:bookworm-20250113-slim': '3283.v92c105e0f819-7 3283.v92c105e0f819-8',
  'debian:bookworm-20250203-slim': '3283.v92c105e0f819-9',
  'debian:bookworm-20250224-slim': '3291.vb_131b_dc231fa_-1 3299.v0d0d06908537-1',
  'debian:bookworm-20250317-slim': '3301.v4363ddcca_4e7-1 3299.v0d0d06908537-2 3301.v4363ddcca_4e7-2 3301.v4363ddcca_4e7-3',
  'debian:bookworm-20250407-slim': '3307.v632ed11b_3a_c7-1 3307.v632ed11b_3a_c7-2',
  'debian:bookworm-20250428-slim': '3309.v27b_9314fd1a_4-1 3309.v27b_9314fd1a_4-2',
  'debian:bookworm-20250520-slim': '3309.v27b_9314fd1a_4-3 3309.v27b_9314fd1a_4-4',
  'debian:bookworm-20250610-slim': '3309.v27b_9314fd1a_4-5 3309.v27b_9314fd1a_4-6',
  'debian:bookworm-20250630-slim':
    '3309.v27b_9314fd1a_4-7 3309.v27b_9314fd1a_4-8 3324.vea_eda_e98cd69-1 3324.vea_eda_e98cd69-2 3327.v868139a_d00e0-1',
  'debian:bookworm-20250721-slim': '3327.v868139a_d00e0-2 3327.v868139a_d00e0-3 3327.v868139a_d00e0-4 3327.v868139a_d00e0-5',
  'debian:bookworm-20250811-slim': '3327.v868139a_d00e0-6 3327.v868139a_d00e0-7',
  'debian:bookworm-20250908-slim': '3327.v868139a_d00e0-8 3341.v0766d82b_dec0-1',
  'debian:trixie-20250929-slim':
    '3341.v0766d82b_dec0-2 3341.v0766d82b_dec0-3 3341.v0766d82b_dec0-4 3345.v03dee9b_f88fc-1 3345.v03dee9b_f88fc-2',
  'debian:trixie-20251020-slim': '3345.v03dee9b_f88fc-3 3345.v03dee9b_f88fc-4 3345.v03dee9b_f88fc-5',
  'debian:trixie-20251103-slim': '3345.v03dee9b_f88fc-6 3345.v03dee9b_f88fc-7 3345.v03dee9b_f88fc-8',
  'debian:trixie-20251117-slim':
    '3352.v17a_fb_4b_2773f-1 3352.v17a_fb_4b_2773f-2 3352.v17a_fb_4b_2773f-3 3355.v388858a_47b_33-1 3355.v388858a_47b_33-2 3355.v388858a_47b_33-3',
  'debian:trixie-20251208-slim': '3355.v388858a_47b_33-4',
  'debian:trixie-20251229-slim': '3355.v388858a_47b_33-5',
};
const AGENT_ALPINE: Readonly<Record<string, string>> = {
  'alpine:3.18.3': '3148.v532a_7e715ee3-6 3148.v532a_7e715ee3-7 3148.v532a_7e715ee3-8 3148.v532a_7e715ee3-9',
  'alpine:3.18.4':
    '3148.v532a_7e715ee3-10 3148.v532a_7e715ee3-11 3148.v532a_7e715ee3-12 3148.v532a_7e715ee3-13 3159.vb_8c0ef2b_55a_f-1 3160.vd76b_9ddd10cc-1 3160.vd76b_9ddd10cc-2 3160.vd76b_9ddd10cc-3 3176.v207ec082a_8c0-1 3174.v2c9e67f8f9df-1 3180.v3dd999d24861-1 3180.v3dd999d24861-2 3181.v78543a_987053-1 3186.vc3b_7249b_87eb_-1 3190.va_7870fc137d9-1 3192.v713e3b_039fb_e-1 3192.v713e3b_039fb_e-2 3192.v713e3b_039fb_e-3 3192.v713e3b_039fb_e-4',
  'alpine:3.18.5': '3192.v713e3b_039fb_e-5',
  'alpine:3.19.0':
    '3192.v713e3b_039fb_e-6 3198.v03a_401881f3e-1 3203.v94ce994fdb_31-1 3203.v94ce994fdb_31-2 3206.vb_15dcf73f6a_9-1 3206.vb_15dcf73f6a_9-2 3206.vb_15dcf73f6a_9-3',
  'alpine:3.19.1':
    '3206.vb_15dcf73f6a_9-4 3206.vb_15dcf73f6a_9-5 3206.vb_15dcf73f6a_9-6 3206.vb_15dcf73f6a_9-7 3206.vb_15dcf73f6a_9-8 3206.vb_15dcf73f6a_9-9 3206.vb_15dcf73f6a_9-10 3206.vb_15dcf73f6a_9-11 3206.vb_15dcf73f6a_9-12 3248.v65ecb_254c298-1 3248.v65ecb_254c298-2',
  'alpine:3.20.0': '3248.v65ecb_254c298-3 3248.v65ecb_254c298-4 3248.v65ecb_254c298-5 3248.v65ecb_254c298-6',
  'alpine:3.20.1': '3256.v88a_f6e922152-1 3256.v88a_f6e922152-2 3256.v88a_f6e922152-3 3256.v88a_f6e922152-4',
  'alpine:3.20.2':
    '3256.v88a_f6e922152-5 3256.v88a_f6e922152-6 3256.3258.v858f3c9a_f69d-1 3248.3250.v3277a_8e88c9b_-1 3206.3208.v409508a_675ff-1 3261.v9c670a_4748a_9-1 3261.v9c670a_4748a_9-2 next 3261.v9c670a_4748a_9-3',
  'alpine:3.20.3':
    '3261.v9c670a_4748a_9-4 3261.v9c670a_4748a_9-5 3261.v9c670a_4748a_9-6 3261.v9c670a_4748a_9-7 3261.v9c670a_4748a_9-8 3273.v4cfe589b_fd83-1 3273.v4cfe589b_fd83-2 3283.v92c105e0f819-1 3283.v92c105e0f819-2',
  'alpine:3.21.0': '3283.v92c105e0f819-3 3283.v92c105e0f819-4 3283.v92c105e0f819-5',
  'alpine:3.21.2': '3283.v92c105e0f819-6 3283.v92c105e0f819-7 3283.v92c105e0f819-8',
  'alpine:3.21.3':
    '3283.v92c105e0f819-9 3291.vb_131b_dc231fa_-1 3299.v0d0d06908537-1 3301.v4363ddcca_4e7-1 3299.v0d0d06908537-2 3301.v4363ddcca_4e7-2 3301.v4363ddcca_4e7-3 3307.v632ed11b_3a_c7-1 3307.v632ed11b_3a_c7-2 3309.v27b_9314fd1a_4-1 3309.v27b_9314fd1a_4-2 3309.v27b_9314fd1a_4-3',
  'alpine:3.22.0':
    '3309.v27b_9314fd1a_4-4 3309.v27b_9314fd1a_4-5 3309.v27b_9314fd1a_4-6 3309.v27b_9314fd1a_4-7 3309.v27b_9314fd1a_4-8 3324.vea_eda_e98cd69-1',
  'alpine:3.22.1':
    '3324.vea_eda_e98cd69-2 3327.v868139a_d00e0-1 3327.v868139a_d00e0-2 3327.v868139a_d00e0-3 3327.v868139a_d00e0-4 3327.v868139a_d00e0-5 3327.v868139a_d00e0-6 3327.v868139a_d00e0-7 3327.v868139a_d00e0-8 3341.v0766d82b_dec0-1 3341.v0766d82b_dec0-2 3341.v0766d82b_dec0-3 3341.v0766d82b_dec0-4',
  'alpine:3.22.2':
    '3345.v03dee9b_f88fc-1 3345.v03dee9b_f88fc-2 3345.v03dee9b_f88fc-3 3345.v03dee9b_f88fc-4 3345.v03dee9b_f88fc-5 3345.v03dee9b_f88fc-6 3345.v03dee9b_f88fc-7 3345.v03dee9b_f88fc-8 3352.v17a_fb_4b_2773f-1 3352.v17a_fb_4b_2773f-2 3352.v17a_fb_4b_2773f-3 3355.v388858a_47b_33-1',
  'alpine:3.23.0': '3355.v388858a_47b_33-2 3355.v388858a_47b_33-3',
  'alpine:3.23.2': '3355.v388858a_47b_33-4 3355.v388858a_47b_33-5',
};
const jenkinsAgentRules: ImageTagRule[] = [
  {
    id: 'jenkins-agent/jdk11',
    repositories: JENKINS_AGENT_REPOS,
    tag: /^(?:latest-)?(?:bookworm-)?jdk11$/,
    base: 'debian:bookworm',
    source: JENKINS_AGENT_JDK11,
    note: 'JDK 11 agents are no longer built: this tag holds the last build, from release 3261.v9c670a_4748a_9-8 (2024-09-24).',
  },
  {
    id: 'jenkins-agent/alpine-jdk11',
    repositories: JENKINS_AGENT_REPOS,
    tag: /^(?:latest-)?alpine(?:3\.20)?-jdk11$/,
    base: 'alpine:3.20',
    source: JENKINS_AGENT_JDK11,
    note: 'JDK 11 agents are no longer built: this tag holds the last build, from release 3261.v9c670a_4748a_9-8 (2024-09-24).',
  },
  {
    id: 'jenkins-agent/debian',
    repositories: JENKINS_AGENT_REPOS,
    tag: new RegExp(`^(?:latest|(?:latest-)?trixie${JDK}|(?:latest-)?jdk(?:17|21|25))$`),
    base: 'debian:trixie',
    moving: {},
    source: JENKINS_AGENT,
  },
  {
    id: 'jenkins-agent/alpine',
    repositories: JENKINS_AGENT_REPOS,
    tag: new RegExp(`^(?:latest-)?alpine${JDK}$`),
    base: 'alpine:3.23',
    moving: {},
    source: JENKINS_AGENT,
  },
  {
    id: 'jenkins-agent/alpine-named',
    repositories: JENKINS_AGENT_REPOS,
    tag: /^(?:latest-)?alpine(?<v>3\.\d+)(?:-jdk\d+)?$/,
    base: 'alpine:{v}',
    source: `${JENKINS_AGENT} (tags alpine\${ALPINE_SHORT_TAG}-jdkN name the Alpine release they were built on)`,
  },
  {
    id: 'jenkins-agent/debian-named',
    repositories: JENKINS_AGENT_REPOS,
    tag: /^(?:latest-)?(?<suite>bookworm|bullseye|buster|trixie)(?:-jdk\d+)?$/,
    base: 'debian:{suite}',
    source: `${JENKINS_AGENT} (tags <codename>-jdkN name the Debian release they were built on)`,
  },
  ...exactTagRules(
    AGENT_DEBIAN,
    (base) => ({ id: `jenkins-agent/release-${base}`, repositories: JENKINS_AGENT_REPOS, source: JENKINS_AGENT_RELEASES }),
    { suffix: '(?:-jdk\\d+(?:-preview)?)?' },
  ),
  ...exactTagRules(
    AGENT_ALPINE,
    (base) => ({ id: `jenkins-agent/release-${base}`, repositories: JENKINS_AGENT_REPOS, source: JENKINS_AGENT_RELEASES }),
    { suffix: '-alpine(?:3\\.\\d+)?(?:-jdk\\d+)?' },
  ),
  {
    id: 'jenkins-agent/versioned',
    repositories: JENKINS_AGENT_REPOS,
    tag: /^\d.*$/,
    unknown:
      '{image}:{tag} names a release whose docker-bake.hcl was not read for its base (releases from 3148.v532a_7e715ee3-6, 2023-09, are; earlier ones predate its DEBIAN_RELEASE and ALPINE_FULL_TAG settings, and jenkins/inbound-agent 4.x came from the separate docker-inbound-agent repository)',
    source: JENKINS_AGENT,
  },
];

// --- Retired official-image tags the generated history leaves unknown ---------------------------------------------
// The generator had no clone of these images' repositories at the commits official-images pinned. Read here the same
// way: the last first-parent version of library/<image> (official-images @ 37079fb3) that lists the tag gives the
// GitCommit and Directory, whose Dockerfile gives the FROM. The history still adds "last published" (frozen).
const HASKELL =
  'haskell/docker-haskell <Directory>/Dockerfile at the GitCommit of the last official-images library/haskell version listing each tag (first-parent history @ 37079fb3): 8.0, 8.0.2 (5f1ae82b, listed until 2017-02-24) and 8.2.1 (ea501abb, 2017-09-18) FROM debian:jessie; 8.2, 8.2.2, 8.4.3 (af83447f, 2018-06-05), 8.6.2 (53628987, 2018-11-29), 8.6.3 (03467e1a, 2019-01-07), 8.4, 8.4.4 (03467e1a, 2019-05-20), 8.8.1 (aa517c24, 2019-11-05), 8.8.2 (1eaf476b, 2020-03-06), 8.6, 8.6.5 (c7675920, 2020-04-09) FROM debian:stretch; 8.0.1 and older (freebroccolo/docker-haskell) not read';
const RAILS =
  'official-images library/rails @ 7829b9d0 (2016-12-22, the last version listing them): 5.0.1, 5.0, 5, latest = docker-library/rails e16e955a Dockerfile FROM ruby:2.3, onbuild = 9df9b5e6 onbuild/Dockerfile FROM ruby:2.3; library/ruby in the same version: 2.3 = docker-library/ruby c9208def 2.3/Dockerfile FROM buildpack-deps:jessie';

const SOLR =
  'docker-solr/docker-solr <Directory>/Dockerfile at the GitCommit of the last official-images library/solr version listing each tag (first-parent history @ 37079fb3): 7.5.0, 7.5 (394ead2f, listed until 2020-01-21) FROM openjdk:11-stretch; 6.6.2 (afe43e97, 2018-01-18) FROM openjdk:8-jre, which the same library/openjdk version lists with 8-jre-stretch; 5.5.2-alpine (47c11e69, 2016-08-30) FROM java:openjdk-8-jre-alpine, which the same library/java version builds from docker-library/openjdk 54c64cf4 8-jre/alpine/Dockerfile FROM alpine:3.4; 5.3.1 (d722c55d) FROM java:openjdk-8-jre, not read further';
const VAULT =
  'hashicorp/docker-vault 0.X/Dockerfile at the GitCommit of the last official-images library/vault version listing each tag (first-parent history @ 37079fb3): 0.10.1 (0f75544f, listed until 2018-04-27) FROM alpine:3.7; 1.3.2 (df3e3b2f, 2020-02-21) FROM alpine:3.10';
const MONO =
  'mono/docker at the GitCommit of the last official-images library/mono version listing each tag (first-parent history @ 37079fb3): 4.0.0 (0d355699, listed until 2015-04-30) 4.0.0/Dockerfile FROM debian:wheezy; 5.18.1.3 (43bc8989, 2019-04-12) 5.18.1.3/Dockerfile FROM mono:5.18.1.3-slim, and 5.18.1.3-slim (bbd13690) 5.18.1.3/slim/Dockerfile FROM debian:stretch-slim';

const retiredOfficialRules: ImageTagRule[] = [
  {
    id: 'haskell/last-listed-jessie',
    repositories: ['docker.io/library/haskell'],
    tag: /^(?:8\.0|8\.0\.2|8\.2\.1)$/,
    base: 'debian:jessie',
    source: HASKELL,
  },
  {
    id: 'haskell/last-listed-stretch',
    repositories: ['docker.io/library/haskell'],
    tag: /^(?:8\.2|8\.2\.2|8\.4|8\.4\.3|8\.4\.4|8\.6|8\.6\.2|8\.6\.3|8\.6\.5|8\.8\.1|8\.8\.2)$/,
    base: 'debian:stretch',
    source: HASKELL,
  },
  {
    id: 'rails/last-listed',
    repositories: ['docker.io/library/rails'],
    tag: /^(?:latest|5|5\.0|5\.0\.1|onbuild)$/,
    base: 'buildpack-deps:jessie',
    source: RAILS,
    note: 'The rails image is deprecated (last published 2017): it was built FROM ruby:2.3, then on buildpack-deps:jessie.',
  },
  {
    id: 'solr/last-listed-stretch',
    repositories: ['docker.io/library/solr'],
    tag: /^(?:7\.5|7\.5\.0|6\.6\.2)$/,
    base: 'debian:stretch',
    source: SOLR,
  },
  {
    id: 'solr/last-listed-alpine',
    repositories: ['docker.io/library/solr'],
    tag: /^5\.5\.2-alpine$/,
    base: 'alpine:3.4',
    source: SOLR,
  },
  {
    id: 'vault/last-listed-alpine3.7',
    repositories: ['docker.io/library/vault'],
    tag: /^0\.10\.1$/,
    base: 'alpine:3.7',
    source: VAULT,
  },
  {
    id: 'vault/last-listed-alpine3.10',
    repositories: ['docker.io/library/vault'],
    tag: /^1\.3\.2$/,
    base: 'alpine:3.10',
    source: VAULT,
  },
  {
    id: 'mono/last-listed-wheezy',
    repositories: ['docker.io/library/mono'],
    tag: /^4\.0\.0$/,
    base: 'debian:wheezy',
    source: MONO,
  },
  {
    id: 'mono/last-listed-stretch',
    repositories: ['docker.io/library/mono'],
    tag: /^5\.18\.1\.3(?:-slim)?$/,
    base: 'debian:stretch-slim',
    source: MONO,
  },
];

// --- Confluent Platform images (confluentinc/kafka-images on confluentinc/common-docker) -----------------------
// Every image chains to one base of common-docker: cp-kafka-connect FROM cp-kafka-connect-base FROM cp-kafka,
// cp-server-connect FROM cp-server-connect-base FROM cp-server, cp-kafka / cp-server / cp-zookeeper FROM cp-base-new
// (cp-base-java from 8.2.0). Read at every release tag vX.Y.Z of both repositories.
const CONFLUENT =
  'confluentinc/kafka-images @ f8e3015a (2026-04-15) and confluentinc/common-docker @ 28af5cf9 (2026-08-20), every release tag vX.Y.Z: kafka-connect/Dockerfile.ubi8 FROM cp-kafka-connect-base, kafka-connect-base FROM cp-kafka, kafka/server/zookeeper FROM cp-base-new, server-connect FROM cp-server-connect-base FROM cp-server; common-docker base/ holds only Dockerfile.ubi8 (FROM registry.access.redhat.com/ubi8/ubi-minimal) at v6.0.0 … v7.9.7 (e.g. v6.0.0 e2f6118a, v7.7.0 e90f5a87) and only Dockerfile.ubi9 (FROM ubi9/ubi-minimal; base-java/Dockerfile.ubi9 FROM ubi9-minimal) at v8.0.0 (4028ae2a) … v8.3.1; v5.4.x and v5.5.x build Debian (base/Dockerfile.deb8 FROM debian:jessie, deb9 FROM azul/zulu-openjdk-debian:8) and UBI 8 images side by side';
const CONFLUENT_REPOS = [
  'cp-kafka-connect',
  'cp-kafka-connect-base',
  'cp-server-connect',
  'cp-server-connect-base',
  'cp-kafka',
  'cp-server',
  'cp-zookeeper',
  'cp-base-new',
].map((name) => `docker.io/confluentinc/${name}`);

const confluentRules: ImageTagRule[] = [
  {
    id: 'confluent/ubi8',
    repositories: CONFLUENT_REPOS,
    tag: /^[67]\.\d+\.\d+(?:-\d+-ubi8)?$/,
    base: 'registry.access.redhat.com/ubi8/ubi-minimal',
    variant: 'minimal',
    source: CONFLUENT,
  },
  {
    id: 'confluent/ubi9',
    repositories: CONFLUENT_REPOS,
    tag: /^8\.\d+\.\d+(?:-\d+-ubi9)?$/,
    base: 'registry.access.redhat.com/ubi9/ubi-minimal',
    variant: 'minimal',
    source: CONFLUENT,
  },
  {
    id: 'confluent/latest',
    repositories: CONFLUENT_REPOS,
    tag: /^latest$/,
    unknown: '{image}:latest: the build files read do not say which release latest was last pushed from (7.x is UBI 8, 8.x UBI 9)',
    source: CONFLUENT,
  },
  {
    id: 'confluent/5.x',
    repositories: CONFLUENT_REPOS,
    tag: /^5\./,
    unknown:
      '{image}:{tag}: 5.4 and 5.5 were built on Debian and on UBI 8 side by side, and earlier 5.x on azul/zulu-openjdk-debian:8 (a moving tag); the files read do not tie this tag to one release',
    source: CONFLUENT,
  },
];

// --- Hugging Face text-generation-inference (ghcr.io/huggingface/text-generation-inference) ----------------------
// .github/workflows/build.yaml builds the CUDA image from Dockerfile (label extension "") on release tags and tags it
// {version} and {major}.{minor} (docker/metadata-action type=semver); the final stage is FROM base, a named stage
// FROM an nvidia/cuda tag (0.6.0: debian:bullseye-slim). Read at every release tag v0.2.0 … v3.3.7.
const TGI =
  'huggingface/text-generation-inference @ db931fcf (2026-01-08): .github/workflows/build.yaml (cuda: dockerfile "Dockerfile", label_extension ""; tags type=semver {{version}}, {{major}}.{{minor}}); Dockerfile at each release tag v0.2.0 … v3.3.7, final stage FROM base, base FROM the nvidia/cuda tag listed';
const TGI_VERSIONS: Readonly<Record<string, string>> = {
  'nvidia/cuda:11.8.0-devel-ubuntu22.04': '0.2.0 0.2.1 0.3.0 0.3.1 0.3.2 0.4.0 0.4.1 0.4.2 0.4.3 0.5.0',
  'debian:bullseye-slim': '0.6.0',
  'nvidia/cuda:11.8.0-base-ubuntu20.04': '0.7.0 0.8.0 0.8.1 0.8.2 0.9.0 0.9.1 0.9.2 0.9.3 0.9.4 1.0.0 1.0.1 1.0.2 1.0.3 1.1.0 1.1.1',
  'nvidia/cuda:12.1.0-base-ubuntu20.04': '1.2.0 1.3.0 1.3.1 1.3.2 1.3.3 1.3.4 1.4.0',
  'nvidia/cuda:12.1.0-base-ubuntu22.04':
    '1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 2.0.0 2.0.1 2.0.2 2.0.3 2.0.4 2.1.0 2.1.1 2.2.0 2.3.0 2.3.1 2.4.0 2.4.1 3.0.0 3.0.1 3.0.2 3.1.0',
  'nvidia/cuda:12.4.0-base-ubuntu22.04': '3.1.1 3.2.0 3.2.1 3.2.2 3.2.3 3.3.0 3.3.1 3.3.2 3.3.3 3.3.4 3.3.5 3.3.6 3.3.7',
};

const tgiRules = exactTagRules(TGI_VERSIONS, (base) => ({
  id: `text-generation-inference/${base.replace(/[/:]/g, '-')}`,
  repositories: ['ghcr.io/huggingface/text-generation-inference'],
  source: TGI,
}));

// --- WildFly (jboss/wildfly on Docker Hub, quay.io/wildfly/wildfly; jboss-dockerfiles/wildfly, now wildfly/wildfly-container) --
// The Dockerfile at every release tag: 8.2.1.Final … 26.1.1.Final FROM jboss/base-jdk:8 or :11 (FROM jboss/base:latest,
// FROM centos:7 since 2015-06-30, before 8.2.1's tag of 2015-07-24); 26.1.2.Final-2 … 28.0.0.Final FROM
// eclipse-temurin:${jdk}-centos7 for every JDK built (-jdk11, -jdk17, -jdk19 tags). Later tags take the distribution as a
// build argument (centos7, then ubi9-minimal) and latest moves: those stay unknown.
const WILDFLY =
  'jboss-dockerfiles/wildfly (wildfly/wildfly-container) @ 25c932ec (2025-02-18): Dockerfile at each release tag 8.1.0.Final … 35.0.1.Final; .github/workflows/publish-release.yml @ 27.0.1.Final (jdk-version [11, 17, 19], tags <tag>-jdkN, build-args jdk); jboss-dockerfiles/base-jdk @ b3f8acda (branches jdk8, jdk11: FROM jboss/base:latest); jboss-dockerfiles/base @ d579e24f: FROM centos:7 since 328f451 (2015-06-30), fedora:20 before';
const WILDFLY_REPOS = ['docker.io/jboss/wildfly', 'quay.io/wildfly/wildfly'];

const wildflyRules: ImageTagRule[] = [
  {
    id: 'wildfly/centos7',
    repositories: WILDFLY_REPOS,
    tag: /^(?:8\.2\.1|9\.\d+\.\d+|1\d\.\d+\.\d+|2[0-7]\.\d+\.\d+)\.Final(?:-\d+)?(?:-jdk\d+)?$|^28\.0\.0\.Final(?:-jdk\d+)?$/,
    base: 'centos:7',
    source: WILDFLY,
  },
  {
    id: 'wildfly/other',
    repositories: WILDFLY_REPOS,
    tag: /^(?:latest(?:-jdk\d+)?|2[89]\..*|[3-9]\d\..*)$/,
    unknown:
      '{image}:{tag}: from 28.0.0.Final-1 on the distribution is a build argument (centos7, later ubi9-minimal) the files read do not tie to this tag, and latest moves',
    source: WILDFLY,
  },
];

// --- Elasticsearch images of docker.elastic.co (elastic/dockerfiles) -------------------------------------------
// elastic/dockerfiles keeps, on one branch per minor version (6.6 … 9.x), the Dockerfile generated from the product's
// own repository for each release; each commit that touched elasticsearch/Dockerfile names the version in its labels.
// A version is listed only where every such commit names one base (some 7.x were re-committed with amd64/centos:7).
const ELASTICSEARCH =
  'elastic/dockerfiles @ 3b01a0be (2026-01-13), README ("Dockerfiles which can be used to build Docker images for each product released in the stack … generated from the products\' own repositories"; release branch per minor version): elasticsearch/Dockerfile on every commit of branches 6.6 … 9.x, org.label-schema.version / org.opencontainers.image.version and the final FROM';
const ELASTICSEARCH_VERSIONS: Readonly<Record<string, string>> = {
  'centos:7':
    '6.6.0 6.6.1 6.6.2 6.7.0 6.7.1 6.7.2 6.8.0 6.8.1 6.8.2 6.8.3 6.8.4 6.8.5 6.8.6 6.8.7 6.8.8 6.8.9 6.8.10 6.8.11 6.8.12 6.8.13 6.8.14 6.8.15 6.8.16 6.8.17 6.8.18 6.8.19 6.8.20 6.8.21 6.8.22 6.8.23 7.0.0 7.0.1 7.1.0 7.1.1 7.2.0 7.2.1 7.3.0 7.8.0 7.8.1 7.9.0 7.9.1 7.9.2 7.9.3',
  'centos:8': '7.10.0 7.10.1 7.10.2 7.11.0 7.11.1 7.11.2 7.12.0 7.12.1 7.13.0 7.13.1 7.13.2 7.13.3 7.13.4 7.14.0 7.14.1 7.14.2',
  'ubuntu:20.04':
    '7.16.0 7.16.1 7.16.2 7.16.3 7.17.0 7.17.1 7.17.2 7.17.3 7.17.4 7.17.5 7.17.6 7.17.7 7.17.8 7.17.9 7.17.10 7.17.11 7.17.12 7.17.13 7.17.14 7.17.15 7.17.16 7.17.17 7.17.18 7.17.19 7.17.20 7.17.21 7.17.22 7.17.23 7.17.24 7.17.25 7.17.26 7.17.27 7.17.28 7.17.29 8.0.0 8.0.1 8.1.0 8.1.1 8.1.2 8.1.3 8.2.0 8.2.1 8.2.2 8.2.3 8.3.0 8.3.1 8.3.2 8.3.3 8.4.0 8.4.1 8.4.2 8.4.3 8.5.0 8.5.1 8.5.2 8.5.3 8.6.0 8.6.1 8.6.2 8.7.0 8.7.1 8.8.0 8.8.1 8.8.2 8.9.0 8.9.1 8.9.2 8.10.1 8.10.2 8.10.3 8.10.4 8.11.0 8.11.1 8.11.2 8.11.3 8.11.4 8.12.0 8.12.1 8.12.2 8.13.0 8.13.1 8.13.2 8.13.3 8.13.4 8.14.0 8.14.1 8.14.2 8.14.3 8.15.0 8.15.1 8.15.2 8.15.3 8.15.4 8.15.5 8.16.0 8.16.1 8.16.2 8.16.3 8.16.4 8.16.5 8.16.6 8.17.0 8.17.1 8.17.2 8.17.3 8.17.4 8.17.5 8.17.6 8.17.7 8.18.0 8.18.1 8.18.2',
  'ubuntu:24.04':
    '8.17.9 8.17.10 8.18.3 8.18.4 8.18.5 8.18.6 8.18.7 8.18.8 8.19.0 8.19.1 8.19.2 8.19.3 8.19.4 8.19.5 8.19.6 8.19.7 8.19.8 8.19.9 8.19.10',
};

const elasticsearchRules = exactTagRules(ELASTICSEARCH_VERSIONS, (base) => ({
  id: `elasticsearch/${base.replace(':', '-')}`,
  repositories: ['docker.elastic.co/elasticsearch/elasticsearch'],
  source: ELASTICSEARCH,
}));

// --- Logstash images of docker.elastic.co (the same elastic/dockerfiles branches) ---------------------------------------
// logstash/Dockerfile on every commit of the release branches, read the same way as Elasticsearch's: the version label
// and the final FROM. 9.0.0 names docker.elastic.co/ubi9/ubi-minimal (Elastic's copy of UBI 9 minimal), 9.0.1 on
// redhat/ubi9-minimal:latest (a moving tag of the UBI 9 line: the line is what is stated). Versions re-committed with a
// second base (8.17.8, 8.18.3) and pre-releases are left out.
const LOGSTASH =
  'elastic/dockerfiles @ 3b01a0be: logstash/Dockerfile on every commit of branches 6.6 … 9.2 (2026-01-13 snapshot), org.label-schema.version / org.opencontainers.image.version and the final FROM (centos:7, ubuntu:20.04, ubuntu:24.04, docker.elastic.co/ubi9/ubi-minimal, redhat/ubi9-minimal:latest)';
const LOGSTASH_VERSIONS: Readonly<Record<string, string>> = {
  'centos:7':
    '6.8.1 6.8.2 6.8.3 6.8.4 6.8.5 6.8.6 6.8.7 6.8.8 6.8.9 6.8.10 6.8.11 6.8.12 6.8.13 6.8.14 6.8.15 6.8.16 6.8.17 6.8.18 6.8.19 6.8.20 6.8.21 6.8.22 6.8.23 7.2.0 7.2.1 7.3.0 7.3.1 7.3.2 7.4.0 7.4.1 7.4.2 7.5.0 7.5.1 7.5.2 7.6.0 7.6.1 7.6.2 7.7.0 7.7.1 7.8.0 7.8.1 7.9.0 7.9.1 7.9.2 7.9.3 7.10.0 7.10.1 7.10.2 7.11.0 7.11.1 7.11.2 7.12.0 7.12.1 7.13.0 7.13.1 7.13.2 7.13.3 7.13.4 7.14.0 7.14.1 7.14.2 7.15.0 7.15.1 7.15.2 7.16.0 7.16.1 7.16.2 7.16.3',
  'ubuntu:20.04':
    '7.17.0 7.17.1 7.17.2 7.17.3 7.17.4 7.17.5 7.17.6 7.17.7 7.17.8 7.17.9 7.17.10 7.17.11 7.17.12 7.17.13 7.17.14 7.17.15 7.17.16 7.17.17 7.17.18 7.17.19 7.17.20 7.17.21 7.17.22 7.17.23 7.17.24 7.17.25 7.17.26 7.17.27 7.17.28 7.17.29 8.0.0 8.0.1 8.1.0 8.1.1 8.1.2 8.1.3 8.2.0 8.2.1 8.2.2 8.2.3 8.3.0 8.3.1 8.3.2 8.3.3 8.4.0 8.4.1 8.4.2 8.4.3 8.5.0 8.5.1 8.5.2 8.5.3 8.6.0 8.6.1 8.6.2 8.7.0 8.7.1 8.8.0 8.8.1 8.8.2 8.9.0 8.9.1 8.9.2 8.10.1 8.10.2 8.10.3 8.10.4 8.11.0 8.11.1 8.11.2 8.11.3 8.11.4 8.12.0 8.12.1 8.12.2 8.13.0 8.13.1 8.13.2 8.13.3 8.13.4 8.14.0 8.14.1 8.14.2 8.14.3 8.15.0 8.15.1 8.15.2 8.15.3 8.15.4 8.15.5 8.16.0 8.16.1 8.16.2 8.16.3 8.16.4 8.16.5 8.16.6 8.17.0 8.17.1 8.17.2 8.17.3 8.17.4 8.17.5 8.17.6 8.17.7 8.18.0 8.18.1 8.18.2',
  'ubuntu:24.04':
    '8.17.9 8.17.10 8.18.4 8.18.5 8.18.6 8.18.7 8.18.8 8.19.0 8.19.1 8.19.2 8.19.3 8.19.4 8.19.5 8.19.6 8.19.7 8.19.8 8.19.9 8.19.10',
  'redhat/ubi9-minimal':
    '9.0.0 9.0.1 9.0.2 9.0.3 9.0.4 9.0.5 9.0.6 9.0.7 9.0.8 9.1.0 9.1.1 9.1.2 9.1.3 9.1.4 9.1.5 9.1.6 9.1.7 9.1.8 9.1.9 9.1.10 9.2.0 9.2.1 9.2.2 9.2.3 9.2.4',
};

const logstashRules = exactTagRules(LOGSTASH_VERSIONS, (base) => ({
  id: `logstash/${base.replace(/[:/]/g, '-')}`,
  repositories: ['docker.elastic.co/logstash/logstash', 'docker.elastic.co/logstash/logstash-oss'],
  source: LOGSTASH,
}));

export const vendorRules: readonly ImageTagRule[] = [
  ...micromambaRules,
  ...jenkinsAgentRules,
  ...retiredOfficialRules,
  ...confluentRules,
  ...tgiRules,
  ...wildflyRules,
  ...elasticsearchRules,
  ...logstashRules,
];
