/**
 * ROS images: the Docker Official Image `ros` and Open Robotics' `osrf/ros` (desktop images), both generated from
 * osrf/docker_images. Every Dockerfile there names its Ubuntu or Debian release in the folder and in the tag: the
 * ros-core image of `ros/<distro>/<os>/<codename>/` is FROM `<os>:<codename>`, and every other image of that folder
 * is FROM `ros:` / `osrf/ros:<distro>-<variant>-<codename>` of the same codename. A tag without the codename is an
 * alias of one codename's tag: for `ros`, the official-images entry lists it with that tag (tags no longer published
 * resolve through that entry in the generated history; today's are below); for `osrf/ros`, the folder's Makefile
 * retags `<distro>-<variant>-<codename>` as `<distro>-<variant>` for Ubuntu folders only.
 */
import type { ImageTagRule } from './ruleTypes';

const DOCKER_IMAGES =
  'osrf/docker_images @ 368c7cde (2026-07-17): ros/<distro>/<os>/<codename>/ros-core/Dockerfile FROM <os>:<codename> (ubuntu:jammy for humble, ubuntu:noble for jazzy/kilted, debian:buster for noetic/buster, …); every other Dockerfile of the folder FROM ros:/osrf/ros:<distro>-<variant>-<codename>';
const OFFICIAL_ROS = `${DOCKER_IMAGES}; docker-library/official-images @ 37079fb3 (2026-08-21) library/ros: humble, humble-ros-core, humble-ros-base, humble-perception listed with their -jammy tags, jazzy* and kilted* with -noble, lyrical*, rolling* and latest (= lyrical-ros-base-resolute) with -resolute`;
const OSRF_ALIASES = `${DOCKER_IMAGES}; ros/<distro>/ubuntu/<codename>/Makefile: osrf/ros:<distro>-<variant>-<codename> retagged as osrf/ros:<distro>-<variant> when the folder's os is ubuntu (one Ubuntu folder each for melodic bionic, noetic/foxy/galactic focal, humble/iron jammy, jazzy/kilted noble, lyrical resolute; rolling has three, so its alias is not fixed)`;

const UBUNTU_CODENAMES = 'lucid|precise|trusty|xenial|zesty|bionic|focal|jammy|noble|resolute';
const DEBIAN_CODENAMES = 'jessie|stretch|buster';
const ROS = ['docker.io/library/ros'];
const OSRF = ['docker.io/osrf/ros'];

/** The Ubuntu release of today's `ros` tags without a codename (official-images @ 37079fb3). */
const CURRENT_ROS: Readonly<Record<string, string>> = {
  humble: 'jammy',
  jazzy: 'noble',
  kilted: 'noble',
  lyrical: 'resolute',
  rolling: 'resolute',
};

/** The one Ubuntu folder of each ROS distribution whose Makefile makes the osrf/ros alias tags. */
const OSRF_ALIAS_CODENAME: Readonly<Record<string, string>> = {
  melodic: 'bionic',
  noetic: 'focal',
  foxy: 'focal',
  galactic: 'focal',
  humble: 'jammy',
  iron: 'jammy',
  jazzy: 'noble',
  kilted: 'noble',
  lyrical: 'resolute',
};

function codenameRules(prefix: string, repositories: readonly string[], source: string): ImageTagRule[] {
  return [
    {
      id: `${prefix}/ubuntu-codename`,
      repositories,
      tag: new RegExp(`^[a-z]+(?:-[a-z-]+)?-(?<codename>${UBUNTU_CODENAMES})$`),
      base: 'ubuntu:{codename}',
      moving: {},
      source,
    },
    {
      id: `${prefix}/debian-codename`,
      repositories,
      tag: new RegExp(`^[a-z]+(?:-[a-z-]+)?-(?<codename>${DEBIAN_CODENAMES})$`),
      base: 'debian:{codename}',
      moving: {},
      source,
    },
  ];
}

export const rosRules: readonly ImageTagRule[] = [
  ...codenameRules('ros', ROS, DOCKER_IMAGES),
  ...Object.entries(CURRENT_ROS).map(
    ([distro, codename]): ImageTagRule => ({
      id: `ros/${distro}`,
      repositories: ROS,
      tag: new RegExp(`^${distro}(?<variant>-ros-core|-ros-base|-perception)?$`),
      base: `ubuntu:${codename}`,
      moving: {},
      source: OFFICIAL_ROS,
    }),
  ),
  { id: 'ros/latest', repositories: ROS, tag: /^latest$/, base: 'ubuntu:resolute', moving: {}, source: OFFICIAL_ROS },
  ...codenameRules('osrf-ros', OSRF, DOCKER_IMAGES),
  ...Object.entries(OSRF_ALIAS_CODENAME).map(
    ([distro, codename]): ImageTagRule => ({
      id: `osrf-ros/${distro}`,
      repositories: OSRF,
      tag: new RegExp(`^${distro}-(?:desktop|desktop-full|simulation)$`),
      base: `ubuntu:${codename}`,
      moving: {},
      source: OSRF_ALIASES,
    }),
  ),
  {
    id: 'osrf-ros/rolling',
    repositories: OSRF,
    tag: /^rolling-(?:desktop|desktop-full|simulation)$/,
    unknown:
      '{image}:{tag} is made by the Makefiles of three Ubuntu folders (jammy, noble, resolute), each retagging its own build; which one it names depends on which ran last (write rolling-desktop-noble or the like)',
    source: OSRF_ALIASES,
  },
];
