/**
 * LinuxServer.io base images (the base of every linuxserver/* application image). Each branch of
 * their baseimage repositories builds one distribution release, named by the branch and the tag:
 * the Dockerfile assembles a root filesystem of that release (`ENV REL=…`) in an Alpine build stage
 * and copies it `FROM scratch`. Tags: `<branch>`, `<branch>-<version>-ls<N>`, `<branch>-version-<…>`,
 * each also with an architecture prefix (`amd64-`, `arm64v8-`). Only branches the repositories hold
 * are described; `latest` is not (which branch it follows is not stated in the build files).
 */
import type { ImageTagRule } from './ruleTypes';

const registries = (name: string) => [`ghcr.io/linuxserver/${name}`, `lscr.io/linuxserver/${name}`, `docker.io/linuxserver/${name}`];
const ARCH = '(?:(?:amd64|arm64v8|arm32v7)-)?';
const BUILD = '(?:-.+)?';

const ALPINE =
  'linuxserver/docker-baseimage-alpine, branches 3.17 @ c98728e (2024-06-19) … 3.22 @ 3d5a8b0 (2025-10-04): Dockerfile ENV REL=v<branch>, apk --root … --initdb from $MIRROR/$REL/main; Jenkinsfile META_TAG = "<branch>-" + EXT_RELEASE + "-ls" + N';
const UBUNTU =
  'linuxserver/docker-baseimage-ubuntu, branches focal @ 015c4ac (2024-03-19), jammy @ 93b4c6b (2024-10-01), noble @ 0a9f48b (2024-10-22): Dockerfile ENV REL=<branch>, rootfs from partner-images.canonical.com/core/${REL}; Jenkinsfile RELEASE_TAG="<branch>"';
const DEBIAN =
  'linuxserver/docker-baseimage-debian, branches bullseye @ 67ac275 (2025-11-15), bookworm @ fe9298e (2026-04-10), master @ 397cfe0 (2026-04-10, ENV REL=trixie): rootfs from debuerreotype/docker-debian-artifacts dist-${ARCH}/${REL}/slim';

export const linuxserverRules: ImageTagRule[] = [
  {
    id: 'linuxserver/baseimage-alpine',
    repositories: registries('baseimage-alpine'),
    tag: new RegExp(`^${ARCH}(?<ver>3\\.(?:1[7-9]|2[0-2]))${BUILD}$`),
    base: 'alpine:{ver}',
    source: ALPINE,
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
