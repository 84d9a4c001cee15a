/**
 * Non-official image families of issue #17, sixteenth file: references whose repository the tables already know but
 * whose tag was not in their table (unknownReasons.test.ts, "repository the tables know, tag not in its table"), answered
 * from the image's own build repository at a pinned commit. Same rules as vendorFamilies2.ts … vendorFamilies15.ts: every
 * row names the build files read (repository @ commit (date)); a version is resolved only when every commit of its
 * release branch that named it named one base. Registered after vendorFamilies15.ts, before vendors.ts (whose Logstash
 * table starts at 6.6, where elastic/dockerfiles begins).
 */
import type { ImageTagRule } from './ruleTypes';
import { deviceImageRules } from './deviceImages';
import { exactTagRules } from './vendors';

// --- Logstash 5.x / 6.x of docker.elastic.co (elastic/logstash-docker, before elastic/dockerfiles) ---------------------
// Before 6.6 the Logstash images were built by elastic/logstash-docker, one release branch per minor version: its
// Makefile tags $(ELASTIC_REGISTRY)/logstash/logstash-<flavour>:<version> and the default flavour also
// docker.elastic.co/logstash/logstash:<version>. On branch 5.3 every commit of build/logstash/Dockerfile (2016-10-19 …
// 2017-06-01; version.txt 5.3.0 … 5.3.3) is FROM ubuntu:16.04; on branch 6.4 every commit of templates/Dockerfile.j2
// (2017-05-01 … 2018-11-06; version.json 6.4.0 … 6.4.3) is FROM centos:7, and so is the file at the 6.4.0 git tag. The
// official logstash:6.4.0 was built FROM docker.elastic.co/logstash/logstash:6.4.0 and so resolves through these rows.
// Other branches were not read per version and stay unknown.
const LOGSTASH_DOCKER =
  'elastic/logstash-docker @ 1974d752 (2019-06-26 snapshot; README: "the official Logstash Docker image from Elastic"; Makefile: IMAGE_TAG := $(ELASTIC_REGISTRY)/logstash/logstash, docker build -t $(IMAGE_TAG)-$(FLAVOR):$(VERSION_TAG), the default flavour also tagged $(IMAGE_TAG):$(VERSION_TAG)): branch 5.3 @ 07cff82f (2017-06-01), build/logstash/Dockerfile FROM ubuntu:16.04 on every commit with version.txt 5.3.0 … 5.3.3; branch 6.4 @ 002bba7d (2018-11-06), templates/Dockerfile.j2 FROM centos:7 on every commit with version.json 6.4.0 … 6.4.3 (and at tag 6.4.0, 5b08513c)';
const LOGSTASH_DOCKER_VERSIONS: Readonly<Record<string, string>> = {
  'ubuntu:16.04': '5.3.0 5.3.1 5.3.2 5.3.3',
  'centos:7': '6.4.0 6.4.1 6.4.2 6.4.3',
};
const logstashDockerRules: ImageTagRule[] = exactTagRules(LOGSTASH_DOCKER_VERSIONS, (base) => ({
  id: `logstash-docker/${base.replace(':', '-')}`,
  repositories: ['docker.elastic.co/logstash/logstash', 'docker.elastic.co/logstash/logstash-oss'],
  frozen: 'no longer built: elastic/logstash-docker release branches stopped changing (5.3 on 2017-06-01, 6.4 on 2018-11-06)',
  source: LOGSTASH_DOCKER,
}));

// --- amazonlinux:2022 (the Amazon Linux 2022 preview) ------------------------------------------------------------------
// official-images library/amazonlinux listed 2022 (with devel and 2022.0.<date> tags) for the preview builds until
// b1271941 (2023-02-16, 2022.0.20230118.3); 343d8abc (2023-02-28) replaced them by 2023. AWS renamed the preview Amazon
// Linux 2023 before it reached general availability on 2023-03-15 (amazonlinux/amazon-linux-2023 README, formerly
// amazon-linux-2022). A preview has no support dates and its builds are not the released AL2023, so no release is given.
const AL2022 =
  'docker-library/official-images library/amazonlinux @ b1271941 (2023-02-16: Tags: 2022.0.20230118.3, 2022, devel) and @ 343d8abc (2023-02-28: Tags: 2023, devel, 2023.0.20230222.1; no 2022); amazonlinux/amazon-linux-2023 README (formerly amazon-linux-2022: "Amazon Linux 2023 was released to general availability in all AWS regions on March 15, 2023"; release notes for "the AL2023 Preview AMIs")';
const amazonLinux2022Rules: ImageTagRule[] = [
  {
    id: 'amazonlinux/2022-preview',
    repositories: ['docker.io/library/amazonlinux'],
    tag: /^(?:2022|2022\.0\.\d{8}\.\d+)(?:-with-sources)?$/,
    unknown:
      '{image}:{tag} is the Amazon Linux 2022 preview (removed from the official image on 2023-02-28), renamed Amazon Linux 2023 before its release on 2023-03-15; a preview has no support dates, so no release is given (amazonlinux:2023 is the release)',
    source: AL2022,
  },
];

// --- balenalib/* and resin/* tags that name no release ---------------------------------------------------------------
// deviceImages.ts resolves the tags that name a Debian or Ubuntu suite (balena's naming scheme states the release). The
// others (latest, build, run, a bare version) follow balena's default release of the day, and a bare number may be an
// Alpine or Fedora release or the language stack's version; they get that reason instead of "no known variant". Only
// tags without a letter other than the variant words match, so no suite-naming tag reaches this rule first.
const BALENA_NO_RELEASE =
  'balena-io-library/base-images @ 16e2f240 (read for deviceImages.ts): images are built per <arch>/<distro>/<release>/{run,build} directory, and only tags naming the suite (buster, focal, …) say which release a push carried; resin/* is the earlier name of the same images';
const balenaNoReleaseRules: ImageTagRule[] = [
  // rpi-raspbian keeps its own reason (deviceImages.ts), which would otherwise come after this catch-all.
  ...deviceImageRules.filter((r) => r.id === 'balena/raspbian').map((r) => ({ ...r, id: 'balena/raspbian-first' })),
  {
    id: 'balena/no-release-in-tag',
    repositories: ['docker.io/balenalib/*', 'docker.io/resin/*'],
    tag: /^(?:latest|build|run|\d+(?:\.\d+)*(?:-(?:build|run))?)$/,
    unknown:
      '{image}:{tag} names no release: balena tags without a suite (latest, build, run, a version) follow the default release of the day, and a bare number may be a distribution or a language version; which release its last push carried is not recorded (tags such as bookworm-run or 3.11-bookworm name it)',
    source: BALENA_NO_RELEASE,
  },
];

export const vendorFamily16Rules: readonly ImageTagRule[] = [...logstashDockerRules, ...amazonLinux2022Rules, ...balenaNoReleaseRules];
