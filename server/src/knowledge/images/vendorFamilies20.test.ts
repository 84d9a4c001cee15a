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
  // Sample 16 (linuxserver/jellyfin:latest). The resolute branch of the base image was not in the snapshot read, so its
  // release is the base tag's name, shown as a guess; the FROM and the moving tag are read from the build files.
  for (const ref of ['linuxserver/jellyfin:latest', 'lscr.io/linuxserver/jellyfin:arm64v8-latest']) {
    const id = known(ref);
    assert.equal(id.release.id, 'ubuntu-26.04', ref);
    assert.match(id.guessedFrom ?? '', /'resolute'/, ref);
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
