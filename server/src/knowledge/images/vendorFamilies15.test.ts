/**
 * vendorFamilies15.ts: multani/nomad release tags by the FROM of the file their tag-triggered workflow built, the
 * nRF Connect SDK branch images of coderbyheart/fw-nrfconnect-nrf-docker, and Etherpad 2.2.2 by what node:alpine named
 * on its release day; the tags those files do not tie to one base stay unknown with their reason.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('multani/nomad: the Alpine or Debian release of the FROM at each release tag pushed by a tag-triggered workflow', () => {
  const src = /multani\/docker-nomad @ e929696d .*debian:12\.2-slim \(1\.6\.3/;
  checkKnown(
    [
      // Sample 10 (multani/nomad:1.6.3).
      ['multani/nomad:1.6.3', 'debian-12', src, false],
      ['multani/nomad:1.6.2', 'alpine-3.18', src, false],
      ['multani/nomad:1.2.11', 'alpine-3.14', src, false],
      ['ghcr.io/multani/nomad:1.10.5', 'debian-13', src, false],
      ['multani/nomad:2.0.5', 'debian-13', src, false],
    ],
    'inferred',
  );
  // v-prefixed and older tags had no tag-triggered workflow in their checkout; latest moves.
  checkUnknown('multani/nomad:v0.8.7', /not a release tag pushed by the tag-triggered workflows read/);
  checkUnknown('multani/nomad:latest', /latest or branch tags move/);
});

test('coderbyheart/fw-nrfconnect-nrf-docker: the branch tags were only ever built FROM ubuntu:20.04; latest was deleted', () => {
  const src = /coderbyheart\/fw-nrfconnect-nrf-docker @ 845498ea .*FROM ubuntu:20\.04/;
  checkKnown(
    [
      // Sample 14 (main@sha256:…): every push of the branch tags came from the ubuntu:20.04 Dockerfile.
      [
        'coderbyheart/fw-nrfconnect-nrf-docker:main@sha256:2f910c3d1a5868f620e8cfe670bc8da3cef8e9b17d26fe34b40146a285951473',
        'ubuntu-20.04',
        src,
        false,
      ],
      ['coderbyheart/fw-nrfconnect-nrf-docker:v1.9-branch', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  // Sample 14 (latest): deleted, and its pushes span two Ubuntu releases; a digest alone says nothing.
  checkUnknown('coderbyheart/fw-nrfconnect-nrf-docker:latest', /has been deleted .*ubuntu:18\.04 before 2020-08-26/);
  checkUnknown(
    'coderbyheart/fw-nrfconnect-nrf-docker@sha256:c09929f2b746b418c4e138e51218464e089c630c80ac8fc7016c9fcf9b169034',
    /digest only/,
  );
});

test('etherpad/etherpad: 2.2.2 on Alpine 3.20 (node:alpine on its release day); the moving tags stay unknown', () => {
  checkKnown([['etherpad/etherpad:2.2.2', 'alpine-3.20', /ether\/etherpad-lite @ b827f5b3 .*alpine:3\.20/, false]], 'inferred');
  // Sample 10 (etherpad/etherpad, :2): they move with each release; releases after the newest read are unknown.
  checkUnknown('etherpad/etherpad', /moves with each release, .*v2\.5\.3/);
  checkUnknown('etherpad/etherpad:2', /moves with each release/);
  // Releases not read (other node:alpine days) are not resolved.
  checkUnknown('etherpad/etherpad:2.2.7', /not an image the knowledge base knows|matches no known variant/);
});

test('awesometic/docusaurus: latest was last pushed FROM node:20-alpine3.17 and no longer moves', () => {
  // Sample 7 (awesometic/docusaurus).
  checkKnown([['awesometic/docusaurus', 'alpine-3.17', /awesometic\/docker-docusaurus @ 5e175c32/, false]], 'inferred');
  checkUnknown('awesometic/docusaurus:2.0', /not an image the knowledge base knows|matches no known variant/);
});

test('owasp/zap2docker-stable: latest, 2.13.0 and 2.14.0 were last pushed FROM debian:bullseye-slim', () => {
  const src = /zaproxy\/zaproxy @ 90068415 .*FROM debian:bullseye-slim/;
  // Sample 7 (owasp/zap2docker-stable).
  checkKnown(
    [
      ['owasp/zap2docker-stable', 'debian-11', src, false],
      ['owasp/zap2docker-stable:2.14.0', 'debian-11', src, false],
    ],
    'inferred',
  );
  // 2.12.0 was first pushed from a debian:unstable-slim file: not resolved.
  checkUnknown('owasp/zap2docker-stable:2.12.0', /not an image the knowledge base knows|matches no known variant/);
});

test('strapi/base and strapi/strapi stay unknown and say why: a moving node base, pushed by hand on unrecorded dates', () => {
  // Sample 14 (strapi/base:12-alpine, strapi/strapi:latest) and sample 6 (strapi/base).
  checkUnknown('strapi/base:12-alpine', /pushed by hand .*not known/);
  checkUnknown('strapi/strapi', /moving node:<N> or node:<N>-alpine/);
});

test('yeasy/hyperledger-fabric-base: version tags whose golang base named one Debian suite for as long as it was built', () => {
  const src = /yeasy\/docker-hyperledger-fabric-base @ 15deb244/;
  checkKnown(
    [
      // Sample 10 (yeasy/hyperledger-fabric-base:2.3.2).
      ['yeasy/hyperledger-fabric-base:2.3.2', 'debian-10', src, false],
      ['yeasy/hyperledger-fabric-base:2.4.0', 'debian-11', src, false],
      ['yeasy/hyperledger-fabric-base:2.5.7', 'debian-12', src, false],
    ],
    'inferred',
  );
  // golang:1.20 moved from bullseye to bookworm while v2.5.0 could be rebuilt; latest follows changing files.
  checkUnknown('yeasy/hyperledger-fabric-base:2.5.0', /not an image the knowledge base knows|matches no known variant/);
  checkUnknown('yeasy/hyperledger-fabric-base:latest', /not an image the knowledge base knows|matches no known variant/);
});

test('rstudio/plumber: every tag is rebuilt monthly FROM rocker/r-ver:latest', () => {
  const src = /rstudio\/plumber @ b6a8b016/;
  // Sample 14 (rstudio/plumber, rstudio/plumber:latest) and sample 6.
  checkKnown(
    [
      ['rstudio/plumber', 'ubuntu-24.04', src, true],
      ['rstudio/plumber:v1.2.0', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  checkUnknown('rstudio/plumber:v0.4.5', /not an image the knowledge base knows|matches no known variant/);
});

test('ghcr.io/terraform-linters/tflint: each release tag from v0.42.0 on the Alpine its Dockerfile names', () => {
  const src = /terraform-linters\/tflint @ c09cef5f/;
  checkKnown(
    [
      // Sample 10 (ghcr.io/terraform-linters/tflint:v0.60.0).
      ['ghcr.io/terraform-linters/tflint:v0.60.0', 'alpine-3.22', src, false],
      ['ghcr.io/terraform-linters/tflint:v0.42.0', 'alpine-3.16', src, false],
      ['ghcr.io/terraform-linters/tflint:v0.64.0', 'alpine-3.24', src, false],
    ],
    'inferred',
  );
  checkUnknown('ghcr.io/terraform-linters/tflint:v0.41.0', /not an image the knowledge base knows|matches no known variant/);
});
