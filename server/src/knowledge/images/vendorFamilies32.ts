/**
 * Non-official image families of issue #17, thirty-second file: google/cloud-sdk's release tags (VERSION,
 * VERSION-slim, VERSION-alpine) of the releases that have a git tag in GoogleCloudPlatform/cloud-sdk-docker
 * (159.0.0 … 427.0.0). Each was built from the repository at its git tag, so the FROM lines there name its base. And
 * google/dart:latest, discontinued in 2022, whose template was FROM Google's Debian 10 image from 2020-01-06 on; and
 * prom/prometheus v1.x release tags, built FROM quay.io/prometheus/busybox:latest while that was BusyBox's uClibc image.
 * Same rules as vendorFamilies2.ts … vendorFamilies31.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- google/cloud-sdk release tags (GoogleCloudPlatform/cloud-sdk-docker) ---------------------------------------------------
// Every release commit ("Update SDK to N") sets ENV CLOUD_SDK_VERSION in Dockerfile, debian_slim/Dockerfile and
// alpine/Dockerfile and is tagged N (retag.sh). The README lists ":VERSION", ":VERSION-slim", ":VERSION-alpine"; until
// 229.0.0 Docker Hub's automated build built the git tags, from 230.0.0 cloudbuild.yaml does (on a tag push: $TAG_NAME
// from ., $TAG_NAME-slim from debian_slim/, $TAG_NAME-alpine from alpine/). So a release tag's base is the last FROM of
// that directory's Dockerfile at the git tag. The tables below list the release at which each FROM line first appears
// (read at every one of the 255 git tags); the git tags stop at 427.0.0 (2023-04-18): later releases are not tied to a
// commit here and stay unknown, as does a version without a git tag (cloud-sdk/versioned in thirdParty.ts).
const CLOUD_SDK_TAGS =
  'GoogleCloudPlatform/cloud-sdk-docker @ 47328f7 (2026-07-22): the 255 release git tags 159.0.0 (2017-06-20) … 427.0.0 (2023-04-18), at each the last FROM of alpine/Dockerfile, debian_slim/Dockerfile and Dockerfile (alpine:3.5 from 159.0.0, 3.7 from 187.0.0, 3.8 from 214.0.0, 3.9 from 235.0.0, 3.10 from 265.0.0, 3.11 from 277.0.0, 3.12 from 321.0.0, 3.13 from 328.0.0, 3.15 from 379.0.0, 3.17 from 425.0.0; debian:jessie from 159.0.0, stretch from 215.0.0, buster from 265.0.0, slim: buster-slim from 306.0.0, bullseye(-slim) from 405.0.0); README.md at 206.0.0 (":alpine, :VERSION-alpine", Docker automated build); cloudbuild.yaml from 230.0.0 ($TAG_NAME-alpine from alpine/, $TAG_NAME-slim from debian_slim/, $TAG_NAME from .); retag.sh (commit "Update SDK to $VERSION", git tag $VERSION)';

/** The releases with a git tag (each the version of its release commit). */
const TAGGED =
  '159.0.0 160.0.0 161.0.0 162.0.0 162.0.1 163.0.0 164.0.0 165.0.0 166.0.0 167.0.0 168.0.0 169.0.0 170.0.1 171.0.0 174.0.0 176.0.0 177.0.0 178.0.0 181.0.0 182.0.0 183.0.0 187.0.0 189.0.0 190.0.1 193.0.0 195.0.0 196.0.0 198.0.0 203.0.0 206.0.0 212.0.0 213.0.0 214.0.0 215.0.0 216.0.0 217.0.0 218.0.0 219.0.1 220.0.0 221.0.0 222.0.0 223.0.0 224.0.0 225.0.0 226.0.0 227.0.0 228.0.0 229.0.0 230.0.0 231.0.0 232.0.0 233.0.0 234.0.0 235.0.0 236.0.0 237.0.0 238.0.0 239.0.0 240.0.0 241.0.0 242.0.0 243.0.0 244.0.0 245.0.0 246.0.0 247.0.0 248.0.0 249.0.0 250.0.0 251.0.0 252.0.0 253.0.0 254.0.0 255.0.0 256.0.0 257.0.0 258.0.0 259.0.0 260.0.0 261.0.0 262.0.0 263.0.0 264.0.0 265.0.0 266.0.0 267.0.0 268.0.0 269.0.0 270.0.0 271.0.0 272.0.0 273.0.0 274.0.0 274.0.1 275.0.0 276.0.0 277.0.0 278.0.0 279.0.0 280.0.0 281.0.0 282.0.0 283.0.0 284.0.0 285.0.0 285.0.1 286.0.0 287.0.0 288.0.0 289.0.0 290.0.0 290.0.1 291.0.0 292.0.0 293.0.0 294.0.0 295.0.0 296.0.0 296.0.1 297.0.1 298.0.0 299.0.0 300.0.0 302.0.0 303.0.0 304.0.0 305.0.0 306.0.0 307.0.0 308.0.0 309.0.0 310.0.0 311.0.0 312.0.0 313.0.0 313.0.1 314.0.0 315.0.0 316.0.0 317.0.0 318.0.0 319.0.0 320.0.0 321.0.0 322.0.0 323.0.0 324.0.0 325.0.0 326.0.0 327.0.0 328.0.0 329.0.0 330.0.0 331.0.0 332.0.0 333.0.0 334.0.0 335.0.0 336.0.0 337.0.0 338.0.0 339.0.0 340.0.0 341.0.0 342.0.0 343.0.0 344.0.0 345.0.0 346.0.0 347.0.0 348.0.0 349.0.0 350.0.0 351.0.0 352.0.0 353.0.0 354.0.0 355.0.0 356.0.0 357.0.0 358.0.0 359.0.0 360.0.0 361.0.0 362.0.0 363.0.0 364.0.0 365.0.0 365.0.1 366.0.0 367.0.0 368.0.0 369.0.0 370.0.0 371.0.0 372.0.0 373.0.0 374.0.0 375.0.0 376.0.0 377.0.0 378.0.0 379.0.0 380.0.0 381.0.0 382.0.0 383.0.1 384.0.0 384.0.1 385.0.0 386.0.0 387.0.0 388.0.0 389.0.0 390.0.0 391.0.0 392.0.0 393.0.0 394.0.0 395.0.0 396.0.0 397.0.0 398.0.0 399.0.0 400.0.0 401.0.0 402.0.0 403.0.0 404.0.0 405.0.0 405.0.1 406.0.0 407.0.0 408.0.0 408.0.1 409.0.0 410.0.0 411.0.0 412.0.0 413.0.0 414.0.0 415.0.0 416.0.0 417.0.0 417.0.1 418.0.0 419.0.0 420.0.0 421.0.0 422.0.0 423.0.0 424.0.0 425.0.0 426.0.0 427.0.0';

/** Per directory: [first release (major number) with this final FROM line, that line's image]. */
const FROM_SINCE: Readonly<Record<'alpine' | 'slim' | 'default', ReadonlyArray<readonly [number, string]>>> = {
  alpine: [
    [159, 'alpine:3.5'],
    [187, 'alpine:3.7'],
    [214, 'alpine:3.8'],
    [235, 'alpine:3.9'],
    [265, 'alpine:3.10'],
    [277, 'alpine:3.11'],
    [321, 'alpine:3.12'],
    [328, 'alpine:3.13'],
    [379, 'alpine:3.15'],
    [425, 'alpine:3.17'],
  ],
  slim: [
    [159, 'debian:jessie'],
    [215, 'debian:stretch'],
    [265, 'debian:buster'],
    [306, 'debian:buster-slim'],
    [405, 'debian:bullseye-slim'],
  ],
  default: [
    [159, 'debian:jessie'],
    [215, 'debian:stretch'],
    [265, 'debian:buster'],
    [405, 'debian:bullseye'],
  ],
};

/** git-tagged version → that directory's base; built once, when the family is first used. */
function basesOf(directory: keyof typeof FROM_SINCE): Record<string, string> {
  const map: Record<string, string> = {};
  for (const version of TAGGED.split(' ')) {
    const major = Number(version.split('.')[0]);
    const line = FROM_SINCE[directory].filter(([since]) => since <= major).pop();
    if (line) map[version] = line[1];
  }
  return map;
}

const CLOUD_SDK_RELEASE_REPOS = ['docker.io/google/cloud-sdk', 'gcr.io/google.com/cloudsdktool/cloud-sdk'];
const RELEASE_FROZEN = 'a Cloud SDK release tag, built from the repository at its git tag';

const cloudSdkReleaseRules: ImageTagRule[] = [
  {
    id: 'cloud-sdk/release-alpine',
    repositories: CLOUD_SDK_RELEASE_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)-alpine$/,
    base: { group: 'v', map: basesOf('alpine') },
    frozen: RELEASE_FROZEN,
    source: CLOUD_SDK_TAGS,
  },
  {
    id: 'cloud-sdk/release-slim',
    repositories: CLOUD_SDK_RELEASE_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)-slim$/,
    base: { group: 'v', map: basesOf('slim') },
    frozen: RELEASE_FROZEN,
    source: CLOUD_SDK_TAGS,
  },
  {
    id: 'cloud-sdk/release',
    repositories: CLOUD_SDK_RELEASE_REPOS,
    tag: /^(?<v>\d+\.\d+\.\d+)$/,
    base: { group: 'v', map: basesOf('default') },
    frozen: RELEASE_FROZEN,
    source: CLOUD_SDK_TAGS,
  },
];

// --- google/dart (dart-archive/dart_docker, discontinued) -------------------------------------------------------------------
// build_push.sh builds base/Dockerfile.template (FROM line unchanged from the template) with the requested Dart version
// and pushes google/dart:<version> and, for a stable version, google/dart:latest. The template is FROM
// gcr.io/google-appengine/debian10 from 274631c (2020-01-06, "Bump to debian 10") to the last commit (2022-01-10; the
// README says the images are discontinued, 3974991, 2022-01-03). So every latest pushed from 2020-01-06 on is Debian 10.
// That latest was pushed after 2020-01-06 at all is an inference, not a push log: the maintainers kept extending
// build_push.sh (beta channel, April 2020) and announced the discontinuation (2021-06-02) for after 2021-12-31.
// Version tags are left unknown: which were pushed, and when, is not in the repository.
const GOOGLE_DART =
  'dart-archive/dart_docker @ a10cbde (2022-01-10): base/Dockerfile.template (FROM gcr.io/google-appengine/debian10 since 274631c, 2020-01-06; debian9 from 42e6434, 2019-03-27; debian8 from 08e22e1, 2017-06-30), build_push.sh (builds the templates for <channel> <version>; tags <version> and latest for stable), f8f68bc … 740a7ec (2020-04-02 … 2020-04-16: beta channel support in build_push.sh), README.md (e53771b, 2021-06-02: discontinuing after 31st December 2021; 3974991, 2022-01-03: discontinued)';

const googleDartRules: ImageTagRule[] = [
  {
    id: 'google-dart/latest',
    repositories: ['docker.io/google/dart'],
    tag: /^latest$/,
    // Google's App Engine Debian 10 image is not itself read here (only its name says Debian 10), so the release is named
    // directly from the template's FROM line rather than resolved through that image.
    release: 'debian-10',
    frozen:
      'discontinued on 2022-01-03; every latest pushed from 2020-01-06 on was FROM Google’s Debian 10 image (that the last push came after that day is inferred from the maintainers’ 2020–2021 work on the build script)',
    source: GOOGLE_DART,
  },
];

// --- prom/prometheus v1.x (prometheus/prometheus, prometheus/busybox) --------------------------------------------------------
// At each git tag v1.0.0-rc.0 … v1.8.2 (2016-07-14 … 2017-11-04) the Dockerfile is FROM quay.io/prometheus/busybox:latest
// and circle.yml builds it on the tag (make docker DOCKER_IMAGE_TAG=$CIRCLE_TAG) for prom/prometheus and
// quay.io/prometheus/prometheus. quay.io/prometheus/busybox:latest was pushed by that repository's master builds, whose
// Makefile tag target is `docker tag …:uclibc …:latest` in every version from 599a0f1 (2016-04-22, "Built via CircleCI")
// until d41b0d2 (2018-05-05); uclibc/Dockerfile is FROM busybox:uclibc. So every v1.x image ran on BusyBox's uClibc image.
// Later tags (v2.x, FROM busybox-${OS}-${ARCH}) keep thirdParty.ts's answer.
const PROMETHEUS_V1 =
  'prometheus/prometheus @ d15adb9a (2026-08-21): Dockerfile at each of the 31 git tags v1.0.0-rc.0 (2016-07-14) … v1.8.2 (2017-11-04) (FROM quay.io/prometheus/busybox:latest), circle.yml at v1.5.2 and v1.8.2 (on $CIRCLE_TAG: make docker DOCKER_IMAGE_NAME=$DOCKER_IMAGE_NAME / $QUAY_IMAGE_NAME DOCKER_IMAGE_TAG=$CIRCLE_TAG); prometheus/busybox @ 869afd42: Makefile at 599a0f1 (2016-04-22) … 4533265 (2016-08-30), unchanged to 2018-05-05 (tag: docker tag "$(REPOSITORY)/$(NAME):uclibc" "$(REPOSITORY)/$(NAME):latest"), circle.yml at 7fca034 (2017-01-10: master builds run make tag, make push; no commit between 2017-02-16 and 2018-05-05), uclibc/Dockerfile at 7fca034 (FROM busybox:uclibc)';

const PROMETHEUS_V1_TAGS =
  'v1.0.0 v1.0.0-rc.0 v1.0.1 v1.0.2 v1.1.0 v1.1.1 v1.1.2 v1.1.3 v1.2.0 v1.2.1 v1.2.2 v1.2.3 v1.3.0 v1.3.0-beta.0 v1.3.1 v1.4.0 v1.4.1 v1.5.0 v1.5.1 v1.5.2 v1.5.3 v1.6.0 v1.6.1 v1.6.2 v1.6.3 v1.7.0 v1.7.1 v1.7.2 v1.8.0 v1.8.1 v1.8.2';

const prometheusV1Rules: ImageTagRule[] = [
  {
    id: 'prometheus/v1-busybox-uclibc',
    repositories: ['docker.io/prom/prometheus', 'quay.io/prometheus/prometheus'],
    tag: /^(?<v>v1\.\d+\.\d+(?:-[a-z]+\.\d+)?)$/,
    base: {
      group: 'v',
      map: Object.fromEntries(PROMETHEUS_V1_TAGS.split(' ').map((tag) => [tag, 'busybox:uclibc'])),
    },
    frozen: 'a Prometheus 1.x release tag, built on its git tag in 2016–2017',
    source: PROMETHEUS_V1,
  },
];

export const vendorFamily32Rules: readonly ImageTagRule[] = [...cloudSdkReleaseRules, ...googleDartRules, ...prometheusV1Rules];
