/**
 * vendorFamilies9.ts: moving tags of the biggest unknown groups across the coverage samples (test/data/base-images*.tsv),
 * described as of the newest build files read, and the one Keycloak release file read; tags that must stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, lookup } from '../../../../test/support/imageLookup';

test('continuumio/miniconda3 and anaconda3 latest and main: Debian 12 as of the newest commit read, said so', () => {
  const src = /ContinuumIO\/docker-images @ dc64b234 \(2024-07-02, the newest commit read\).*latest=auto/;
  checkKnown(
    [
      // Samples 2, 5, 7, 8, 9, 11, 12 and the first list (bare name and :latest), sample 2 (:main), sample 3 and the first list (anaconda3).
      ['continuumio/miniconda3', 'debian-12', src, true],
      ['continuumio/miniconda3:latest', 'debian-12', src, true],
      ['continuumio/miniconda3:main', 'debian-12', src, true],
      ['index.docker.io/continuumio/anaconda3', 'debian-12', src, true],
    ],
    'inferred',
  );
  const latest = lookup('continuumio/miniconda3');
  assert.ok(latest.kind === 'known');
  assert.equal(latest.identity.pinnedReference, 'continuumio/miniconda3:24.5.0-0');
  assert.match(latest.identity.movingTag?.means ?? '', /as of the newest commit read \(2024-07-02\)/);
  assert.equal(latest.identity.variant, 'slim');
  // main has no release tag that pins it.
  const main = lookup('continuumio/miniconda3:main');
  assert.ok(main.kind === 'known' && main.identity.pinnedReference === undefined);
  // Concourse-era tags built FROM debian:latest stay unknown.
  checkUnknown('continuumio/miniconda3:4.5.12', /no release build files read/);
});

test('selenium/* latest: the newest release build read (4.25.0-20241024, Ubuntu 24.04), moving', () => {
  const src = /SeleniumHQ\/docker-selenium @ 3290a305 .*make release_latest/;
  checkKnown(
    [
      // Samples 4, 11 and 12.
      ['selenium/standalone-chrome', 'ubuntu-24.04', src, true],
      ['selenium/standalone-chrome:latest', 'ubuntu-24.04', src, true],
      ['selenium/hub:latest', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  const latest = lookup('selenium/node-firefox');
  assert.ok(latest.kind === 'known' && latest.identity.pinnedReference === 'selenium/node-firefox:4.25.0-20241024');
  // A major tag is no release build whose files were read.
  checkUnknown('selenium/standalone-chrome:4', /not a release build whose files were read/);
});

test('quay.io/keycloak/keycloak:26.8.1 from its release file; other 23+ tags and latest stay unknown', () => {
  checkKnown(
    [['quay.io/keycloak/keycloak:26.8.1', 'ubi-9', /keycloak\/keycloak\/26\.8\.1\/quarkus\/container\/Dockerfile/, false]],
    'inferred',
  );
  // Samples 5 and 6: files of those releases were not read.
  checkUnknown('quay.io/keycloak/keycloak:26.4.1', /of 23 on was not read per release/);
  checkUnknown('quay.io/keycloak/keycloak:latest', /of 23 on was not read per release/);
});

test('elixir 1.20 (latest): the erlang tag named by the otp aliases of the library file, resolved through erlang', () => {
  const src = /library\/elixir @ 37079fb3 .*extractErlangVersion/;
  checkKnown(
    [
      // Samples 2, 4 and the first list.
      ['elixir', 'debian-13', src, true],
      ['elixir:latest', 'debian-13', src, true],
      ['elixir:1.20', 'debian-13', src, true],
      ['elixir:1.20.3', 'debian-13', src, false],
      ['elixir:1.20.3-otp-29-alpine', 'alpine-3.24', src, false],
      ['elixir:slim', 'debian-13', src, true],
      ['elixir:otp-27', 'debian-12', src, true],
      ['elixir:1.20-otp-28-slim', 'debian-13', src, true],
    ],
    'inferred',
  );
  const latest = lookup('elixir:latest');
  assert.ok(latest.kind === 'known' && latest.identity.pinnedReference === 'elixir:1.20.3');
  assert.match(latest.identity.movingTag?.means ?? '', /Elixir 1\.20\.3 on erlang:29 as published/);
  // Other series keep the generated history's answer.
  checkKnown([['elixir:1.19', 'debian-13', /library\/elixir/, false]], 'either');
  checkUnknown('elixir:1.20.4', /never published/);
});

test('fpco/stack-build lts-X(.Y) of closed series: the one Ubuntu every build file of the series names', () => {
  const src = /commercialhaskell\/stack @ 7f6e8f38 .*commercialhaskell\/stackage @ 4ee6431f/;
  checkKnown(
    [
      // Samples 4 and 8.
      ['fpco/stack-build:lts-13.27', 'ubuntu-16.04', src, false],
      ['fpco/stack-build:lts-13', 'ubuntu-16.04', src, false],
      ['fpco/stack-build:lts-9.21', 'ubuntu-16.04', src, false],
      ['fpco/stack-build:lts-14.27', 'ubuntu-18.04', src, false],
      ['fpco/stack-build:lts-20.26', 'ubuntu-18.04', src, false],
      ['fpco/stack-build:lts-22.43', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  // The current series, the moving tags and pre-build.sh series stay unknown.
  checkUnknown('fpco/stack-build:lts-24.12', /LTS 24 is still current/);
  checkUnknown('fpco/stack-build:latest', /latest and lts move/);
  checkUnknown('fpco/stack-build:lts-7.24', /not a tag of a closed LTS series/);
});

test('mhart/alpine-node: the last build (v16.4.2) on Alpine 3.13, frozen since the project was archived', () => {
  const src = /mhart\/alpine-node @ c8615a3 .*f3e7f55/;
  checkKnown(
    [
      // Samples 4 and 9.
      ['mhart/alpine-node', 'alpine-3.13', src, false],
      ['mhart/alpine-node:latest', 'alpine-3.13', src, false],
      ['mhart/alpine-node:slim-16.4', 'alpine-3.13', src, false],
    ],
    'inferred',
  );
  assert.match(known('mhart/alpine-node').publication?.frozen ?? '', /archived/);
  // Earlier builds resolve by their git tags (vendorFamilies25.test.ts); tags before the builds read stay unknown (but the
  // Node.js 6 line, vendorFamilies31.ts).
  checkUnknown('mhart/alpine-node:7', /not a tag whose git tag, build script and Dockerfile were read together/);
});

test('otel/opentelemetry-collector stays unknown: the release images are FROM scratch', () => {
  // Sample 10.
  checkUnknown('otel/opentelemetry-collector:0.31.0', /no distribution userland.*FROM scratch/);
  checkUnknown('otel/opentelemetry-collector:0.97.0', /FROM scratch/);
});

test('webhippie/dockhippie alpine 3.N by what every build file ends FROM (3.23 carries Alpine 3.22); toolhippie/yamllint versions', () => {
  const hippie = /dockhippie\/alpine @ 5fe8039/;
  checkKnown(
    [
      ['webhippie/alpine:3.21', 'alpine-3.21', hippie, false],
      ['ghcr.io/dockhippie/alpine:3.15-arm64', 'alpine-3.15', hippie, false],
      // Not what the name says: the final stage of every v3.23 file so far is alpine:3.22.
      ['ghcr.io/dockhippie/alpine:3.23', 'alpine-3.22', hippie, true],
    ],
    'inferred',
  );
  checkUnknown('webhippie/alpine:3.12', /built from other layouts/);
  checkUnknown('webhippie/alpine', /not a 3\.15 … 3\.23 tag/);
  const yamllint = /toolhippie\/yamllint @ 2f106c0/;
  checkKnown(
    [
      // Sample 11.
      ['toolhippie/yamllint:1.37.0', 'alpine-3.21', yamllint, false],
      ['toolhippie/yamllint:1.29.0', 'alpine-3.17', yamllint, false],
    ],
    'inferred',
  );
  // Sample 11: 1.35.1 was built on dockhippie/alpine 3.19, 3.20 and 3.21.
  checkUnknown('toolhippie/yamllint:1.35.1', /rebuilt on a newer Alpine/);
  checkUnknown('toolhippie/yamllint', /current version move/);
});

test('easypi/alpine-arm: rootfs of the Alpine branch its tag names (mkimage-alpine.sh); latest retagged by hand', () => {
  // First list: easypi/alpine-arm, :3.8 and :edge.
  assert.equal(known('easypi/alpine-arm:3.8').release.id, 'alpine-3.8');
  assert.equal(known('easypi/alpine-arm:edge').release.id, 'alpine-edge');
  const latest = known('easypi/alpine-arm');
  assert.equal(latest.release.id, 'alpine-3.10');
  assert.equal(latest.pinnedReference, 'easypi/alpine-arm:3.10');
  assert.match(latest.movingTag?.means ?? '', /as of the newest commit read \(2019-10-20/);
});

test('amazonlinux:2017.12 is the Amazon Linux 2 LTS Candidate (its entry listed it with the alias 2)', () => {
  // Samples 2 and 3.
  const candidate = known('amazonlinux:2017.12', true);
  assert.equal(candidate.release.id, 'amazonlinux-2');
  // The official-images history still dates its last publication.
  assert.equal(candidate.publication?.lastPublished, '2018-06');
  assert.equal(known('amazonlinux:2017.12-with-sources').release.id, 'amazonlinux-2');
  // 2017.09 stays Amazon Linux AMI 2017.09.
  assert.equal(known('amazonlinux:2017.09').release.id, 'amazonlinux-2017.09');
});
