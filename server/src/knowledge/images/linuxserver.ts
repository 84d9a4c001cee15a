/**
 * LinuxServer.io base images (the base of every linuxserver/* application image). Each branch of
 * their baseimage repositories builds one distribution release, named by the branch and the tag:
 * the Dockerfile assembles a root filesystem of that release (`ENV REL=…`) in an Alpine build stage
 * and copies it `FROM scratch`. Tags: `<branch>`, `<branch>-<version>-ls<N>`, `<branch>-version-<…>`,
 * each also with an architecture prefix (`amd64-`, `arm64v8-`). Only branches the repositories hold
 * are described; `latest` is not (which branch it follows is not stated in the build files).
 *
 * Branches newer than the baseimage snapshots (alpine 3.23, ubuntu resolute) are read from the application repositories
 * that build on them: LinuxServer.io's own changelog there names the release the base tag carries ("Rebase to Alpine
 * 3.23.", "Rebase to Ubuntu Resolute."), which is the same organisation stating what its base tag is. The base branch's
 * Dockerfile itself was not read, so those rows cite the application repository, never the baseimage one.
 */
import type { ImageTagRule } from './ruleTypes';

const registries = (name: string) => [`ghcr.io/linuxserver/${name}`, `lscr.io/linuxserver/${name}`, `docker.io/linuxserver/${name}`];
const ARCH = '(?:(?:amd64|arm64v8|arm32v7)-)?';
const BUILD = '(?:-.+)?';

const ALPINE =
  'linuxserver/docker-baseimage-alpine, branches 3.17 @ c98728e (2024-06-19) … 3.22 @ 3d5a8b0 (2025-10-04): Dockerfile ENV REL=v<branch>, apk --root … --initdb from $MIRROR/$REL/main; Jenkinsfile META_TAG = "<branch>-" + EXT_RELEASE + "-ls" + N';
const UBUNTU =
  'linuxserver/docker-baseimage-ubuntu, branches focal @ 015c4ac (2024-03-19), jammy @ 93b4c6b (2024-10-01), noble @ 0a9f48b (2024-10-22): Dockerfile ENV REL=<branch>, rootfs from partner-images.canonical.com/core/${REL}; Jenkinsfile RELEASE_TAG="<branch>"';
const ALPINE_323 =
  'linuxserver/docker-wireguard @ 684a0dd (2026-04-23, master): readme-vars.yml changelog "04.01.26: Rebase to Alpine 3.23.", Dockerfile FROM ghcr.io/linuxserver/baseimage-alpine:3.23 (Dockerfile.aarch64 :arm64v8-3.23); linuxserver/docker-openssh-server @ 93fb9ee (2026-06-28, master): "28.12.25: Rebase to Alpine 3.23.", same FROM. The 3.23 branch of linuxserver/docker-baseimage-alpine is newer than the snapshot read (branches 3.17 … 3.22, 2025-10-04)';
const UBUNTU_RESOLUTE =
  'linuxserver/docker-jellyfin @ aff1ac57 (2026-08-04, master): readme-vars.yml changelog "14.07.26: Rebase to Ubuntu Resolute.", Dockerfile FROM ghcr.io/linuxserver/baseimage-ubuntu:resolute since 2403528 (2026-07-14). The resolute branch of linuxserver/docker-baseimage-ubuntu is newer than the snapshot read (focal, jammy, noble, 2024-10-22)';
const DEBIAN =
  'linuxserver/docker-baseimage-debian, branches bullseye @ 67ac275 (2025-11-15), bookworm @ fe9298e (2026-04-10), master @ 397cfe0 (2026-04-10, ENV REL=trixie): rootfs from debuerreotype/docker-debian-artifacts dist-${ARCH}/${REL}/slim';

const KASMVNC =
  'linuxserver/docker-baseimage-kasmvnc, branches alpine318 @ a69b9338, alpine319 @ 868abbbe, alpine320 @ 10c9de26, master @ 0d37447d (alpine321), debianbullseye @ 21eadfdc, debianbookworm @ 0b648f0f, ubuntujammy @ d666f54c, ubuntunoble @ f92d0116, fedora39 @ 23585449, fedora40 @ b9af23e2, fedora41 @ 7266b955, arch @ 8bc9cabf (2024-11 … 2025-07): Dockerfile FROM ghcr.io/linuxserver/baseimage-<distro>:<release>; Jenkinsfile META_TAG = "<branch>-" + EXT_RELEASE + "-ls" + N, DOCKERHUB_IMAGE = \'lsiobase/kasmvnc\' on every branch (the retired alpine318, alpine319, debianbullseye and fedora39 up to their "Disabling future builds" commits), pushed with the same tags as the ghcr.io image (for PUSHIMAGE in "${IMAGE}" … "${GITHUBIMAGE}")';
const SELKIES =
  'linuxserver/docker-baseimage-selkies, branches alpine323 @ 92a33807, alpine324 @ 83d227c7, master @ 69f4fc9c (debiantrixie), ubuntunoble @ ca3dbb07, ubunturesolute @ de5a7d89, fedora42 @ c100d309, fedora43 @ 3b5a9745, fedora44 @ 2fcf8c57, arch @ b7f9bd09 (2026-04 … 2026-08): Dockerfile final FROM ghcr.io/linuxserver/baseimage-<distro>:<release>; Jenkinsfile META_TAG = "<branch>-" + EXT_RELEASE + "-ls" + N';
const ALPINE_NGINX =
  'linuxserver/docker-baseimage-alpine-nginx, branches 3.17 @ 0e16b258 … 3.22 @ 097e2159 (2025-01 … 2025-07): Dockerfile FROM ghcr.io/linuxserver/baseimage-alpine:<branch>; Jenkinsfile META_TAG = "<branch>-" + EXT_RELEASE + "-ls" + N';
const FEDORA =
  'linuxserver/docker-baseimage-fedora, branches 40 @ f1b94f4b, 41 @ 760875be, 42 @ a278c584, 43 @ 9a386437 (2025-11 … 2025-12): rootfs from fedora-cloud/docker-brew-fedora branch ${FEDORA_VERSION}';
const ARCH_BASE = 'linuxserver/docker-baseimage-arch @ 0fd7804 (2026-08-21): pacstrap from archlinux:base (rolling Arch Linux)';

/**
 * Desktop base images: one branch per distribution release, the branch name (`ubuntujammy`, `debianbookworm`,
 * `alpine320`, `fedora41`, `arch`) leads every tag. Branches not listed (kali, el9, dev) stay unknown.
 */
const desktopRules = (
  name: string,
  source: string,
  alpine: string,
  debian: string,
  ubuntu: string,
  fedora: string,
  dockerHub: readonly string[] = [],
): ImageTagRule[] => [
  {
    id: `linuxserver/${name}-alpine`,
    repositories: [...registries(name), ...dockerHub],
    tag: new RegExp(`^${ARCH}alpine3(?<minor>${alpine})${BUILD}$`),
    base: 'alpine:3.{minor}',
    source,
  },
  {
    id: `linuxserver/${name}-debian`,
    repositories: [...registries(name), ...dockerHub],
    tag: new RegExp(`^${ARCH}debian(?<rel>${debian})${BUILD}$`),
    base: 'debian:{rel}-slim',
    variant: 'slim',
    source: `${source}; ${DEBIAN}`,
  },
  {
    id: `linuxserver/${name}-ubuntu`,
    repositories: [...registries(name), ...dockerHub],
    tag: new RegExp(`^${ARCH}ubuntu(?<rel>${ubuntu})${BUILD}$`),
    base: 'ubuntu:{rel}',
    source,
  },
  {
    id: `linuxserver/${name}-fedora`,
    repositories: [...registries(name), ...dockerHub],
    tag: new RegExp(`^${ARCH}fedora(?<v>${fedora})${BUILD}$`),
    base: 'fedora:{v}',
    source,
  },
  {
    id: `linuxserver/${name}-arch`,
    repositories: [...registries(name), ...dockerHub],
    tag: new RegExp(`^${ARCH}arch${BUILD}$`),
    base: 'archlinux:base',
    source: `${source}; ${ARCH_BASE}`,
  },
];

const baseImageRules: ImageTagRule[] = [
  ...desktopRules('baseimage-kasmvnc', KASMVNC, '18|19|20|21', 'bullseye|bookworm', 'jammy|noble', '39|40|41', [
    'docker.io/lsiobase/kasmvnc',
  ]),
  ...desktopRules('baseimage-selkies', SELKIES, '23|24', 'trixie', 'noble|resolute', '42|43|44'),
  {
    id: 'linuxserver/baseimage-alpine-nginx',
    repositories: registries('baseimage-alpine-nginx'),
    tag: new RegExp(`^${ARCH}(?<ver>3\\.(?:1[7-9]|2[0-2]))${BUILD}$`),
    base: 'alpine:{ver}',
    source: ALPINE_NGINX,
  },
  {
    id: 'linuxserver/baseimage-fedora',
    repositories: registries('baseimage-fedora'),
    tag: new RegExp(`^${ARCH}(?<v>4[0-3])${BUILD}$`),
    base: 'fedora:{v}',
    source: FEDORA,
  },
  {
    id: 'linuxserver/baseimage-alpine',
    repositories: registries('baseimage-alpine'),
    tag: new RegExp(`^${ARCH}(?<ver>3\\.(?:1[7-9]|2[0-2]))${BUILD}$`),
    base: 'alpine:{ver}',
    source: ALPINE,
  },
  {
    id: 'linuxserver/baseimage-alpine-3.23',
    repositories: registries('baseimage-alpine'),
    tag: new RegExp(`^${ARCH}(?<ver>3\\.23)${BUILD}$`),
    base: 'alpine:{ver}',
    source: ALPINE_323,
  },
  {
    id: 'linuxserver/baseimage-ubuntu-resolute',
    repositories: registries('baseimage-ubuntu'),
    tag: new RegExp(`^${ARCH}(?<rel>resolute)${BUILD}$`),
    base: 'ubuntu:{rel}',
    source: UBUNTU_RESOLUTE,
  },
  {
    id: 'linuxserver/baseimage-ubuntu',
    repositories: registries('baseimage-ubuntu'),
    tag: new RegExp(`^${ARCH}(?<rel>focal|jammy|noble)${BUILD}$`),
    base: 'ubuntu:{rel}',
    source: UBUNTU,
  },
  {
    id: 'linuxserver/baseimage-debian',
    repositories: registries('baseimage-debian'),
    tag: new RegExp(`^${ARCH}(?<rel>bullseye|bookworm|trixie)${BUILD}$`),
    base: 'debian:{rel}-slim',
    variant: 'slim',
    source: DEBIAN,
  },
];

// --- LinuxServer.io application images on baseimage-alpine:3.23 -------------------------------------------------------------
// Each Jenkinsfile's live build runs on branch master and pushes ${META_TAG} (<version>-ls<N>), ${EXT_RELEASE_TAG}
// (version-<version>) and latest (also amd64-/arm64v8-latest). latest is therefore the newest master build, read as of the
// newest master commit; the other tags are not mapped to commits, and the master FROM changed between 3.2x lines over time,
// so they stay unknown.
const lsioApp = (name: string, source: string, history: string): ImageTagRule[] => {
  const repositories = [`docker.io/linuxserver/${name}`, `ghcr.io/linuxserver/${name}`, `lscr.io/linuxserver/${name}`];
  const date = /\((\d{4}-\d\d-\d\d), master\)/.exec(source)?.[1];
  return [
    {
      id: `lsio-${name}/latest`,
      repositories,
      tag: /^(?:(?:amd64|arm64v8)-)?latest$/,
      base: 'ghcr.io/linuxserver/baseimage-alpine:3.23',
      moving: {
        means: `the newest build of branch master, FROM ghcr.io/linuxserver/baseimage-alpine:3.23 as of the newest commit read (${date})`,
      },
      source,
    },
    {
      id: `lsio-${name}/other`,
      repositories,
      tag: /^.*$/,
      unknown: `{image}:{tag} is not latest: its build’s base (${history}) depends on the master commit that built it, which the tag does not record`,
      source,
    },
  ];
};

const appRules: ImageTagRule[] = [
  ...lsioApp(
    'wireguard',
    'linuxserver/docker-wireguard @ 684a0dd (2026-04-23, master): Dockerfile FROM ghcr.io/linuxserver/baseimage-alpine:3.23 since ad12460 (2026-01-23; 3.23 from 860e6cb 2026-01-04, back to 3.22 by 0d44683 2026-01-22); Jenkinsfile stage "Set ENV live build" (branch master) pushes ${META_TAG}, latest, ${EXT_RELEASE_TAG}, amd64-latest, arm64v8-latest',
    'Alpine 3.23 from 2026-01-23, 3.22 and earlier lines before',
  ),
  ...lsioApp(
    'openssh-server',
    'linuxserver/docker-openssh-server @ 93fb9ee (2026-06-28, master): Dockerfile FROM ghcr.io/linuxserver/baseimage-alpine:3.23 since db65571 (2025-12-28; 3.22 since ce0b88b 2025-07-05); Jenkinsfile stage "Set ENV live build" (branch master) pushes ${META_TAG}, latest, ${EXT_RELEASE_TAG}, amd64-latest, arm64v8-latest',
    'Alpine 3.23 from 2025-12-28, 3.22 and earlier lines before',
  ),
];

export const linuxserverRules: ImageTagRule[] = [...baseImageRules, ...appRules];
