/**
 * Device and architecture base images of balena (balenalib/*, formerly resin/*), read from balena-io-library/base-images:
 * every image is generated from balena-base-images/<arch>/<distro>/<release>/{run,build}/Dockerfile (architecture
 * images) and balena-base-images/device-base/<device>/<distro>/<release>/… (device images, FROM the architecture image),
 * and the language stacks on top of them; the image's tag names the release: `balenalib/raspberrypi3-debian:buster`,
 * `…-run`, `…-build`, `…-buster-20230101`, `balenalib/amd64-ubuntu-python:3.8-focal`. That tag is the image's own naming
 * scheme stating its release (the directory it was built from), not a guess from a word. A tag without a release (`latest`,
 * `3.7`, `build`) follows balena's default release of the day and stays unknown; so do Alpine and Fedora tags (`3.12`,
 * `33`): the rule engine cannot tell a distribution image's release number from a stack image's version by the tag alone.
 */
import type { ImageTagRule } from './ruleTypes';

const BALENA =
  'balena-io-library/base-images @ 16e2f240: balena-base-images/<arch>/<distro>/<release>/{run,build}/Dockerfile (e.g. armv7hf/debian/buster/run: FROM arm32v7/debian:buster-slim, "OS: Debian Buster") and device-base/<device>/<distro>/<release>/ (e.g. raspberrypi3/debian/buster/run: FROM balenalib/armv7hf-debian:buster-run); releases in the tree include debian jessie…bookworm and sid, ubuntu trusty…noble';
const BALENA_REPOS = ['docker.io/balenalib/*', 'docker.io/resin/*'];
const DEBIAN_SUITES = 'jessie|stretch|buster|bullseye|bookworm|trixie|sid';
const UBUNTU_SUITES = 'trusty|xenial|artful|bionic|cosmic|disco|eoan|focal|groovy|hirsute|impish|jammy|kinetic|lunar|mantic|noble';
/** `-run` / `-build` variant and a dated build (`-20230101`), in either order balena used. */
const TAIL = '(?:-(?:run|build))?(?:-\\d{8})?(?:-(?:run|build))?';
/** An optional stack version before the release (`3.8-focal`, `14.21.3-bullseye-run`). */
const STACK = '(?:\\d+(?:\\.\\d+)*-)?';

export const deviceImageRules: readonly ImageTagRule[] = [
  {
    // Raspbian is Raspberry Pi's own rebuild of Debian, not Debian: its suite is not asserted as a Debian release here (the
    // resolver still offers its labelled guess from the suite word).
    id: 'balena/raspbian',
    repositories: ['docker.io/resin/rpi-raspbian', 'docker.io/balenalib/rpi-raspbian'],
    tag: /^.*$/,
    unknown: '{image} is Raspbian, a rebuild of Debian for the Raspberry Pi, not a Debian image; no Raspbian release table is read',
    source: BALENA,
  },
  {
    id: 'balena/debian-suite',
    repositories: BALENA_REPOS,
    tag: new RegExp(`^${STACK}(?<suite>${DEBIAN_SUITES})${TAIL}$`),
    base: 'debian:{suite}',
    source: BALENA,
    note: 'the tag names the Debian release of the directory the image was built from (its own naming scheme)',
  },
  {
    id: 'balena/ubuntu-suite',
    repositories: BALENA_REPOS,
    tag: new RegExp(`^${STACK}(?<suite>${UBUNTU_SUITES})${TAIL}$`),
    base: 'ubuntu:{suite}',
    source: BALENA,
    note: 'the tag names the Ubuntu release of the directory the image was built from (its own naming scheme)',
  },
];
