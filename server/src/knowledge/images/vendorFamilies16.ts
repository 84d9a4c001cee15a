/**
 * Non-official image families of issue #17, sixteenth file: references whose repository the tables already know but
 * whose tag was not in their table (unknownReasons.test.ts, "repository the tables know, tag not in its table"), answered
 * from the image's own build repository at a pinned commit. Same rules as vendorFamilies2.ts … vendorFamilies15.ts: every
 * row names the build files read (repository @ commit (date)); a version is resolved only when every commit of its
 * release branch that named it named one base. Registered after vendorFamilies15.ts, before vendors.ts (whose Logstash
 * table starts at 6.6, where elastic/dockerfiles begins).
 */
import type { ImageTagRule } from './ruleTypes';
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

export const vendorFamily16Rules: readonly ImageTagRule[] = [...logstashDockerRules];
