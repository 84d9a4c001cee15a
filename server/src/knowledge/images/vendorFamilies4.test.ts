/**
 * vendorFamilies4.ts: third-party application images of the tenth sample, each pinned with real tags of the coverage
 * samples (test/data/base-images*.tsv) to what its own build files name, and tags that must stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('OpenSearch and Dashboards: Amazon Linux 2 up to 2.9.0, Amazon Linux 2023 from 2.10.0; latest moves', () => {
  const src = /opensearch-project\/opensearch-build @ 4372bf71.*buildDockerImage\.groovy/;
  checkKnown(
    [
      ['opensearchproject/opensearch-dashboards:2.5.0', 'amazonlinux-2', src, false],
      ['opensearchproject/opensearch-dashboards:2.8.0', 'amazonlinux-2', src, false],
      ['opensearchproject/opensearch:2.11.1', 'amazonlinux-2023', src, false],
      ['opensearchproject/opensearch:2.12.0', 'amazonlinux-2023', src, false],
      ['opensearchproject/opensearch:2.13.0', 'amazonlinux-2023', src, false],
      ['opensearchproject/opensearch-dashboards:3.0.0', 'amazonlinux-2023', src, false],
      [
        'public.ecr.aws/opensearchproject/opensearch:3.7.0@sha256:123e6591a47b1d54686890551bdb35739c85193ecded381219fc9e059e18128f',
        'amazonlinux-2023',
        src,
        false,
      ],
      ['opensearchproject/opensearch', 'amazonlinux-2023', src, true],
      ['opensearchproject/opensearch:2', 'amazonlinux-2023', src, true],
    ],
    'inferred',
  );
  // 1.x tags are vendorFamilies27.ts's (Amazon Linux 2); 2.4.1 is no release tag of opensearch-build.
  checkUnknown('opensearchproject/opensearch:2.4.1', /not a 1\.x, 2\.x or 3\.x release tag/);
});

test('fluent/fluentd: the base of each directory whose FROM never changed; bare vX.Y and onbuild tags unknown', () => {
  const src = /fluent\/fluentd-docker-image @ 426b4a18/;
  checkKnown(
    [
      ['fluent/fluentd:v1.4.2-debian-1.0', 'debian-9', src, false],
      ['fluent/fluentd:v1.10-1', 'alpine-3.9', src, false],
      ['fluent/fluentd:v1.12.1-debian-1.0', 'debian-10', src, false],
      ['fluent/fluentd:v1.12.4-debian-1.0', 'debian-10', src, false],
      ['fluent/fluentd:v1.14.2-1.0', 'alpine-3.13', src, false],
      ['fluent/fluentd:v1.14.3-debian-1.0', 'debian-10', src, false],
      // v1.14/debian moved to bullseye with 1.14.5 and never changed again, so the branch tag last built on Debian 11.
      ['fluent/fluentd:v1.14-debian-1', 'debian-11', src, false],
    ],
    'inferred',
  );
  // The hooks never pushed a bare v1.14; latest-onbuild is an obsolete tag of older build rules.
  checkUnknown('fluent/fluentd:v1.14', /not a tag whose build files were read/);
  checkUnknown('fluent/fluentd:latest-onbuild', /not a tag whose build files were read/);
  // v1.12 alpine moved from 3.12 to 3.13, so its tags are not resolved.
  checkUnknown('fluent/fluentd:v1.12-1', /not a tag whose build files were read/);
});

test('grafana/loki and promtail: the Dockerfile at each release tag; distroless bases by the tag date', () => {
  const src = /grafana\/loki @ 65e30f84/;
  checkKnown(
    [
      ['grafana/loki:2.5.0', 'alpine-3.15', src, false],
      ['grafana/loki:2.9.0', 'alpine-3.18', src, false],
      ['grafana/loki:2.9.6', 'alpine-3.18', src, false],
      ['grafana/loki:3.5.1', 'distroless-static-debian12', src, false],
      ['grafana/loki:3.2.0', 'distroless-debian12', src, false],
      ['grafana/loki:3.7.0', 'distroless-static-debian13', src, false],
      ['grafana/promtail:3.3.2', 'ubuntu-24.04', src, false],
      ['grafana/promtail:3.1.0', 'debian-12', src, false],
    ],
    'inferred',
  );
  const loki = lookup('grafana/loki:3.5.1');
  assert.ok(loki.kind === 'known');
  assert.equal(loki.identity.variant, 'debug');
  // Promtail 2.x built its linux/arm image from Dockerfile.arm32 (another Debian); latest moves with each release.
  checkUnknown('grafana/promtail:2.9.6', /not a release whose build files were read/);
  checkUnknown('grafana/loki', /not a release whose build files were read/);
});

test('cypress/included: version tags whose every build used one Debian release; straddling versions stay unknown', () => {
  const src = /cypress-io\/cypress-docker-images @ a8a9b6d9 .*every first-parent commit of factory\/\.env/;
  checkKnown(
    [
      ['cypress/included:13.7.3', 'debian-11', src, false],
      ['cypress/included:13.17.0', 'debian-12', src, false],
      ['cypress/included:14.5.0', 'debian-12', src, false],
      ['cypress/included:15.0.0', 'debian-13', src, false],
      ['cypress/included:4.1.0', 'debian-10', src, false],
    ],
    'inferred',
  );
  // 13.10.0's master commits used factories on Debian 11 and 12; 12.3.0 was also built from the older per-version folder.
  checkUnknown('cypress/included:13.10.0', /built from factory\/\.env as it stood at its release/);
  checkUnknown('cypress/included:12.3.0', /built from factory\/\.env as it stood at its release/);
});

test('hyperledger/fabric-* amd64 tags of 1.2.0 … 1.4.3: Ubuntu 16.04 through fabric-baseos; other tags unknown', () => {
  const src = /hyperledger\/fabric @ 0c423ac4 .*fabric-baseimage @ 22f41d81/;
  checkKnown(
    [
      ['hyperledger/fabric-peer:amd64-1.3.0', 'ubuntu-16.04', src, false],
      ['hyperledger/fabric-tools:amd64-1.4.3', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  // latest was last pushed by a release whose files were not read; bare versions are manifest lists of several bases.
  checkUnknown('hyperledger/fabric-peer:latest', /not an amd64 tag of Fabric 1\.2\.0/);
  checkUnknown('hyperledger/fabric-peer:1.3.0', /not an amd64 tag of Fabric 1\.2\.0/);
});
