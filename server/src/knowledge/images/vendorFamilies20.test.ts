/**
 * vendorFamilies20.ts: unknowns that recur across the first list and samples 2–17, resolved by the tag scheme their build
 * files push, each with a tag outside the scheme that stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known } from '../../../../test/support/imageLookup';

test('jellyfin/jellyfin: stable releases 10.9.2 … 10.10.7 on Debian bookworm, 10.11.x and latest on trixie', () => {
  const src = /jellyfin\/jellyfin-packaging @ 69a2981c .*ARG OS_VERSION=bookworm/;
  checkKnown(
    [
      // Samples 13 and 16 (jellyfin/jellyfin:latest, docker.io/jellyfin/jellyfin:latest): moving, newest release read 10.11.11.
      ['jellyfin/jellyfin:latest', 'debian-13', src, true],
      ['docker.io/jellyfin/jellyfin:latest', 'debian-13', src, true],
      ['ghcr.io/jellyfin/jellyfin:10', 'debian-13', src, true],
      ['jellyfin/jellyfin:10.10', 'debian-12', src, true],
      ['jellyfin/jellyfin:10.9.2', 'debian-12', src, false],
      ['jellyfin/jellyfin:10.10.7', 'debian-12', src, false],
      ['ghcr.io/jellyfin/jellyfin:10.11.0', 'debian-13', src, false],
      // The dated tag of a build carries the same version.
      ['jellyfin/jellyfin:10.11.11.20260606-113700', 'debian-13', src, false],
    ],
    'inferred',
  );
  assert.equal(known('jellyfin/jellyfin:10.10.7').variant, 'slim');
  // Outside the scheme read: 10.8.x (its own Dockerfile, FROM the moving debian:stable-slim), a 10.9 release before the first
  // packaging tag, a version not yet released when the snapshot was read.
  checkUnknown('docker.io/jellyfin/jellyfin:10.8.8', /FROM the moving debian:stable-slim/);
  checkUnknown('jellyfin/jellyfin:10.9.0', /not a stable release whose packaging tag was read/);
  checkUnknown('jellyfin/jellyfin:10.11.12', /not a stable release whose packaging tag was read/);
  checkUnknown('jellyfin/jellyfin:unstable', /not a stable release whose packaging tag was read/);
});

test('linuxserver/jellyfin:latest is the newest master build, FROM baseimage-ubuntu:resolute as of the commit read', () => {
  // Sample 16 (linuxserver/jellyfin:latest). The resolute branch of the base image is newer than the snapshot read; its
  // release is read from the application's own changelog ("Rebase to Ubuntu Resolute."), so it is no longer a guess.
  for (const ref of ['linuxserver/jellyfin:latest', 'lscr.io/linuxserver/jellyfin:arm64v8-latest']) {
    const id = known(ref);
    assert.equal(id.release.id, 'ubuntu-26.04', ref);
    assert.equal(id.guessedFrom, undefined, ref);
    assert.match(id.inferredFrom?.source ?? '', /linuxserver\/docker-jellyfin @ aff1ac57 .*baseimage-ubuntu:resolute/, ref);
    assert.match(id.movingTag?.means ?? '', /newest build of branch master/, ref);
  }
  checkUnknown('linuxserver/jellyfin:10.10.7ubu2404-ls50', /depends on the master commit that built it/);
});

test('ghcr.io/dbt-labs/dbt-bigquery 1.1.0 … 1.7.7 were pushed by dbt-core’s workflow from its bullseye Dockerfile', () => {
  const src = /dbt-labs\/dbt-core @ 43aa6e8a .*release-docker\.yml.*slim-bullseye/;
  checkKnown(
    [
      // Sample 14 (ghcr.io/dbt-labs/dbt-bigquery:1.7.2).
      ['ghcr.io/dbt-labs/dbt-bigquery:1.7.2', 'debian-11', src, false],
      ['ghcr.io/dbt-labs/dbt-bigquery:1.1.0', 'debian-11', src, false],
      ['ghcr.io/dbt-labs/dbt-bigquery:1.6.12', 'debian-11', src, false],
    ],
    'inferred',
  );
  // After the adapter's own docker release (2024-04-05), moving tags, and a version never released.
  checkUnknown('ghcr.io/dbt-labs/dbt-bigquery:1.8.0', /adapter’s own pipeline/);
  checkUnknown('ghcr.io/dbt-labs/dbt-bigquery:1.7.latest', /not a release tag of 1\.1\.0 … 1\.7\.7/);
  checkUnknown('ghcr.io/dbt-labs/dbt-bigquery:1.0.0', /not a release tag/);
});

test('docker.elastic.co/beats/filebeat: 7.14.x on centos:7 (Elastic’s 7.14 guide); other releases stay unknown', () => {
  checkKnown(
    [
      [
        'docker.elastic.co/beats/filebeat:7.14.2',
        'centos-7',
        /filebeat\/7\.14\/running-on-docker\.html .*The base image is centos:7/,
        false,
      ],
      ['docker.elastic.co/beats/filebeat:7.14.0', 'centos-7', /filebeat\/7\.14\/running-on-docker\.html/, false],
    ],
    'inferred',
  );
  // Sample 10 (6.5.4, 7.6.0, 7.16.2, 8.17.0): no release file read for them.
  for (const tag of ['6.5.4', '7.6.0', '7.16.2', '8.17.0', '7.14.3'])
    checkUnknown(`docker.elastic.co/beats/filebeat:${tag}`, /elastic\/beats#29255/);
});

test('honest unknowns: restic, prestashop, and images whose repository was too large to read say why', () => {
  // Sample 11 (restic/restic:latest, :0.12.1).
  checkUnknown('restic/restic:0.12.1', /FROM alpine:latest/);
  checkUnknown('restic/restic', /FROM alpine:latest/);
  // Samples 10 and 16 (prestashop/prestashop:1.7, :1.7.7.8, :8.2).
  checkUnknown('prestashop/prestashop:1.7.7.8', /FROM the moving php:<php>-<apache\|fpm>/);
  // Sample 10 (hasura/graphql-engine, directus/directus), samples 7 and 10 (apache/superset).
  checkUnknown('hasura/graphql-engine:v2.3.1.cli-migrations-v3', /too large to read here/);
  checkUnknown('directus/directus:10.6.2', /too large to read here/);
  checkUnknown('apache/superset:4.1.2', /too large to read here/);
});
