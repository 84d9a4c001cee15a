/**
 * Non-official image families of issue #17, twenty-ninth file: the unknowns of base-image sample 22 (kernel-reliant
 * Dockerfiles of recall samples 66 and 67) whose vendors' own build files tie a tag to one base — the containers tools
 * images (quay.io/buildah/stable, podman, skopeo) on the latest Fedora, the CentOS project's centos/systemd, code-server's
 * Debian 13 tags, and FrankenPHP's release tags on the official php ZTS images.
 * Same rules as vendorFamilies2.ts … vendorFamilies28.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- quay.io/{buildah,podman,skopeo}/{stable,testing,upstream}, quay.io/containers/{buildah,podman,skopeo} -----------------
// containers/image_build builds them (README.md: "The container images are built using the latest Fedora"; "Built daily
// using the same Containerfile"); every version of buildah/, podman/ and skopeo/Containerfile is FROM
// registry.fedoraproject.org/fedora:latest. So `latest` is what that Fedora tag names now (moving). The version tags
// (vX, vX.Y, vX.Y.Z) are rebuilt daily only while they are the newest version of the tool in Fedora; an older one kept
// the Fedora of its last build, which depends on when the next version reached Fedora (not recorded here): unknown. The
// aio image (FROM fedora-minimal:latest) is not listed.
const CONTAINERS_TOOLS =
  'containers/image_build @ 24ca4c19 (2025-04-25): README.md ("The container images are built using the latest Fedora"; quay.io/containers/*:<version> and quay.io/*/stable:<version> "are built daily … For the most recent <version> tags (vX, vX.Y, and vX.Y.Z) the image contents will be updated daily"; :latest "Built daily using the same Containerfile"; quay.io/*/testing:latest, quay.io/*/upstream:latest likewise), ci/tag_version.sh; every version of buildah/Containerfile (3), podman/Containerfile (3) and skopeo/Containerfile (2): FROM registry.fedoraproject.org/fedora:latest';
const CONTAINERS_TOOL_REPOS = ['buildah', 'podman', 'skopeo'].flatMap((tool) => [
  `quay.io/${tool}/stable`,
  `quay.io/${tool}/testing`,
  `quay.io/${tool}/upstream`,
  `quay.io/containers/${tool}`,
]);

const containersToolRules: ImageTagRule[] = [
  {
    id: 'containers-tools/latest',
    repositories: CONTAINERS_TOOL_REPOS,
    tag: /^latest$/,
    base: 'registry.fedoraproject.org/fedora:latest',
    moving: {},
    source: CONTAINERS_TOOLS,
    note: 'rebuilt daily on registry.fedoraproject.org/fedora:latest (README.md of containers/image_build, 2025-04-25): read as what that Fedora tag names today',
  },
  {
    id: 'containers-tools/other',
    repositories: CONTAINERS_TOOL_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built on registry.fedoraproject.org/fedora:latest, rebuilt daily only while its version was the newest in Fedora; the Fedora of its last build depends on when the next version reached Fedora, which is not recorded here',
    source: CONTAINERS_TOOLS,
  },
];

// --- centos/systemd (CentOS/CentOS-Dockerfiles systemd/centos7) --------------------------------------------------------------
// The CentOS project's systemd image: systemd/centos7/README.md ("Official CentOS systemd docker container", its example
// is FROM centos/systemd); both versions of systemd/centos7/Dockerfile are FROM centos:7; the repository's last commit is
// 2019-04-26, so the tag no longer moves.
const CENTOS_SYSTEMD =
  'CentOS/CentOS-Dockerfiles @ 13e6933 (2019-04-26, the last commit): systemd/centos7/README.md ("Official CentOS systemd docker container"; example FROM centos/systemd), systemd/centos7/cccp.yml (job-id: systemd), both versions of systemd/centos7/Dockerfile (d387e37 2016-05-19, 181824c 2016-06-29): FROM centos:7';

const centosSystemdRules: ImageTagRule[] = [
  {
    id: 'centos-systemd/latest',
    repositories: ['docker.io/centos/systemd'],
    tag: /^latest$/,
    base: 'centos:7',
    frozen: '{image}:{tag} is no longer rebuilt: the CentOS-Dockerfiles repository that builds it was last changed on 2019-04-26',
    source: CENTOS_SYSTEMD,
  },
];

// --- code-server from v4.113.0 (codercom/code-server, ghcr.io/coder/code-server) ---------------------------------------------
// vendorFamilies12.ts reads v4.0 … v4.112; from v4.113.0 (2026-03-31) ci/release-image/Dockerfile has ARG BASE=debian:13 and
// docker-bake.hcl's target code-server-debian-13 (no BASE) pushes gen_tags "" (latest and {VERSION}), "debian" and
// "trixie" — the same at v4.113.0, every later tag to v4.118.0 and HEAD. The other targets (bookworm, focal, noble,
// ubuntu, resolute, fedora, 39, opensuse) are not listed.
const CODE_SERVER_TRIXIE =
  'coder/code-server @ 88c2b743 (2026-08-20): ci/release-image/Dockerfile (ARG BASE=debian:13, FROM $BASE) and ci/release-image/docker-bake.hcl (target code-server-debian-13, no BASE arg: gen_tags_for_docker_and_ghcr(""), ("debian"), ("trixie"); gen_tags: "" → ${registry}:latest and ${registry}:${VERSION}) at v4.113.0 (2026-03-31), v4.113.1, v4.114.0, v4.114.1, v4.115.0, v4.116.0, v4.117.0, v4.118.0 (2026-05-06) and HEAD';
const CODE_SERVER_REPOS = ['docker.io/codercom/code-server', 'ghcr.io/coder/code-server'];

const codeServerTrixieRules: ImageTagRule[] = [
  {
    id: 'code-server/trixie-moving',
    repositories: CODE_SERVER_REPOS,
    tag: /^(?:latest|debian|trixie)$/,
    base: 'debian:13',
    moving: {
      pin: '{image}:4.118.0',
      means: 'the newest code-server release (4.118.0 as of the commit read, 2026-08-20) on Debian 13 (trixie)',
    },
    source: CODE_SERVER_TRIXIE,
  },
  {
    id: 'code-server/trixie',
    repositories: CODE_SERVER_REPOS,
    tag: /^4\.11[3-8]\.\d+(?:-debian|-trixie)?$/,
    base: 'debian:13',
    source: CODE_SERVER_TRIXIE,
  },
];

// --- dunglas/frankenphp release tags from v1.9.1 (php/frankenphp) -------------------------------------------------------------
// docker-bake.hcl (the same `tag` function at every release v1.9.1 … v1.12.7): the matrix os = trixie, bookworm, alpine ×
// PHP_VERSION × builder/runner, php-base = php:${php-version}-zts-${os}; Dockerfile: FROM php-base AS common, builder and
// runner FROM common. Tags per release version v (semver: major, major.minor, full) and PHP pv: v-php<pv>-<os>; v (bare)
// only for DEFAULT_PHP_VERSION on trixie; v-<os> for the default PHP; v-php<pv> only for trixie. So a tag without an os
// word is trixie. v1.9.1 (2025-08-28, trixie added by c14d771f on 2025-08-27) builds PHP 8.2–8.4, default 8.4; v1.10.0
// (2025-11-21) … v1.12.7 (2026-08-06) PHP 8.2–8.5, default 8.5. Alpine tags (php:<pv>-zts-alpine moved between Alpine
// releases) and releases before v1.9.1 (bookworm default) are not listed; 1, 1.12 and the `latest-` forms move.
const FRANKENPHP =
  'php/frankenphp @ fb62c307 (2026-08-21): docker-bake.hcl at every tag v1.9.1 … v1.12.7 (function "tag": ${version}-php${php-version}-${os}; bare ${version} when php-version == DEFAULT_PHP_VERSION && os == "trixie"; ${version}-${os} for the default PHP; ${version}-php${php-version} when os == "trixie"; trimprefix "latest-"; semver → major, major.minor, full; matrix os = ["trixie", "bookworm", "alpine"], php-base = "docker-image://php:${php-version}-zts-${os}"; PHP_VERSION 8.2,8.3,8.4 default 8.4 at v1.9.1, 8.2,8.3,8.4,8.5 default 8.5 from v1.10.0), Dockerfile (FROM php-base AS common; FROM common AS builder; FROM common AS runner), .github/workflows/docker.yaml (rebuilds the latest release when the php images update)';
const FRANKENPHP_REPOS = ['docker.io/dunglas/frankenphp'];
const FRANKEN_1_10_TO_1_12 = '1\\.1[0-2]\\.\\d+';
const FRANKEN_MOVING =
  'the newest FrankenPHP release (1.12.7 as of the commit read, 2026-08-21) on the official php ZTS image for Debian {os}';

/**
 * The tags of a set of release versions (`versions`, a regex alternative; '' for the `latest-` forms, whose prefix the
 * tag function trims) building PHP lines `php` (a regex) with `php0` the default: -php<pv>-<os>, -php<pv> (trixie),
 * -<os> and the bare version (the default PHP).
 */
function frankenphpRules(id: string, versions: string, php: string, php0: string, moving: boolean): ImageTagRule[] {
  const v = versions ? `(?:${versions})(?:-builder)?-` : '(?:builder-)?';
  const bare = versions ? `(?:${versions})(?:-builder)?` : '(?:latest|builder)';
  const rule = (suffix: string, tag: string, base: string, os?: string): ImageTagRule => ({
    id: `frankenphp/${id}-${suffix}`,
    repositories: FRANKENPHP_REPOS,
    tag: new RegExp(`^${tag}$`),
    base,
    ...(moving ? { moving: { means: os ? FRANKEN_MOVING.replace('{os}', os) : FRANKEN_MOVING } } : {}),
    source: FRANKENPHP,
  });
  return [
    rule('php-os', `${v}php(?<php>${php})(?:\\.\\d+)?-(?<os>trixie|bookworm)`, 'php:{php}-zts-{os}'),
    rule('php', `${v}php(?<php>${php})(?:\\.\\d+)?`, 'php:{php}-zts-trixie', 'trixie'),
    rule('default-os', `${v}(?<os>trixie|bookworm)`, `php:${php0}-zts-{os}`, undefined),
    rule('default', bare, `php:${php0}-zts-trixie`, 'trixie'),
  ];
}

const frankenphpRulesAll: ImageTagRule[] = [
  ...frankenphpRules('1.9.1', '1\\.9\\.1', '8\\.[2-4]', '8.4', false),
  ...frankenphpRules('1.10-1.12', FRANKEN_1_10_TO_1_12, '8\\.[2-5]', '8.5', false),
  ...frankenphpRules('moving', '1|1\\.12', '8\\.[2-5]', '8.5', true),
  ...frankenphpRules('latest', '', '8\\.[2-5]', '8.5', true),
];

export const vendorFamily29Rules: readonly ImageTagRule[] = [
  ...containersToolRules,
  ...centosSystemdRules,
  ...codeServerTrixieRules,
  ...frankenphpRulesAll,
];
