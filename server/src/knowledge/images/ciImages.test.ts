/**
 * CI and base images read from their own build files (ciImages.ts): each release tag resolves to the Ubuntu its
 * Dockerfile at that release names and cites it; tags the files do not fix stay unknown with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('Phusion baseimage: each release by image/Dockerfile at its git tag; codename tags by their own name; latest unknown', () => {
  const src = /phusion\/baseimage-docker @ 2403c582/;
  checkKnown(
    [
      ['phusion/baseimage:0.9.9', 'ubuntu-12.04', src, false],
      ['phusion/baseimage:0.9.18', 'ubuntu-14.04', src, false],
      ['phusion/baseimage:0.9.19', 'ubuntu-16.04', src, false],
      ['phusion/baseimage:0.10.2', 'ubuntu-16.04', src, false],
      ['phusion/baseimage:0.11', 'ubuntu-18.04', src, false],
      ['phusion/baseimage:18.04-1.0.0', 'ubuntu-18.04', src, false],
      ['phusion/baseimage:focal-1.2.0', 'ubuntu-20.04', src, false],
      ['ghcr.io/phusion/baseimage:jammy-1.0.4', 'ubuntu-22.04', src, false],
      ['phusion/baseimage:noble-1.0.2', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('phusion/baseimage', /never pushes it/);
  assert.equal(lookup('phusion/baseimage:0.12').kind, 'unknown', 'no such release');
});

test('unityci/editor: FROM unityci/base of the repository release the tag ends in (20.04, 18.04, 22.04)', () => {
  const src = /game-ci\/docker @ 75891f03/;
  checkKnown(
    [
      ['unityci/editor:2019.4.1f1-base-0.5', 'ubuntu-20.04', src, false],
      ['unityci/editor:2022.3.0f1-linux-mono-0.17.2', 'ubuntu-18.04', src, false],
      ['unityci/editor:ubuntu-2022.3.10f1-webgl-1.0.1', 'ubuntu-18.04', src, false],
      ['unityci/editor:ubuntu-2022.3.10f1-webgl-1.0', 'ubuntu-18.04', src, true],
      ['unityci/editor:ubuntu-2021.3.12f1-webgl-1', 'ubuntu-18.04', src, true],
      ['unityci/editor:2023.2.2f1-webgl-2.0', 'ubuntu-22.04', src, true],
      ['unityci/editor:6000.0.23f1-android-3.1.0', 'ubuntu-22.04', src, false],
      ['unityci/base:3.1.0', 'ubuntu-22.04', src, false],
      ['unityci/hub:ubuntu-1.1.2', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('unityci/editor:ubuntu-2020.1.0f1-linux-il2cpp-0', /names no single release/);
  checkUnknown('unityci/editor:windows-2021.3.1f1-base-1', /Windows image/);
});

test('SQL Server: tags naming ubuntu-NN.04 by Microsoft’s naming scheme (a fact, not a guess); -latest unknown', () => {
  const src = /MicrosoftDocs\/sql-docs/;
  checkKnown(
    [
      ['mcr.microsoft.com/mssql/server:2019-CU5-ubuntu-18.04', 'ubuntu-18.04', src, false],
      ['mcr.microsoft.com/mssql/server:2017-CU31-GDR1-ubuntu-18.04', 'ubuntu-18.04', src, false],
      ['mcr.microsoft.com/mssql/server:2022-CU13-ubuntu-22.04', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('mcr.microsoft.com/mssql/server:2019-latest', /names no Ubuntu release/);
  checkUnknown('mcr.microsoft.com/mssql/server:2017-CU8-ubuntu', /names no Ubuntu release/);
});

test('later pins: caddy on Alpine 3.23 (pinned before Alpine 3.24 existed), websphere-liberty kernel/full via ibmjava:8-jre', () => {
  checkKnown([
    ['caddy:builder', 'alpine-3.23', /caddyserver\/caddy-docker @ 03d78cdc/, true],
    ['caddy:2.11.4-builder-alpine', 'alpine-3.23', /before|after that pin/, false],
    ['caddy', 'alpine-3.23', /caddy-docker/, true],
    ['websphere-liberty:kernel', 'ubuntu-22.04', /WASdev\/ci\.docker @ 71fe9864/, true],
    ['websphere-liberty:full', 'ubuntu-22.04', /all 17 versions/, true],
  ]);
  // Retired tags built FROM websphere-liberty:kernel before Ubuntu 22.04 existed are not given it: webProfile7 (2019-11)
  // by what kernel's and ibmjava:8-jre's pinned Dockerfiles were FROM then (retiredBase.test.ts); common (2016-08) unknown.
  checkKnown([['websphere-liberty:webProfile7', 'ubuntu-18.04', /ibmruntimes\/ci\.docker/, false]]);
  checkUnknown('websphere-liberty:common', /has moved since/);
});

test('GitLab Runner v1.6.1 … v13.1.3: ubuntu-/bare and alpine- tags by the FROM at the release tag; later ones unknown', () => {
  const src = /gitlabhq\/gitlab-runner \(GitHub mirror\) @ d79f3e7b/;
  checkKnown(
    [
      ['gitlab/gitlab-runner:v10.3.0', 'ubuntu-14.04', src, false],
      ['gitlab/gitlab-runner:ubuntu-v11.0.0', 'ubuntu-16.04', src, false],
      ['gitlab/gitlab-runner:v13.1.3', 'ubuntu-18.04', src, false],
      ['gitlab/gitlab-runner:alpine-v12.0.0', 'alpine-3.9', src, false],
    ],
    'inferred',
  );
  checkUnknown('gitlab/gitlab-runner:alpine-v10.3.0', /fixed FROM/);
  checkUnknown('gitlab/gitlab-runner:ubuntu-v18.0.2', /runner base images of another repository/);
  // latest resolves through vendorFamilies3.ts (the support policy's Ubuntu 24.04); alpine still moves unread.
  checkUnknown('gitlab/gitlab-runner:alpine', /latest\/ubuntu\/alpine move/);
});

test('gitlab/gitlab-ce X.Y.Z-ce.0 by docker/Dockerfile at the X.Y.Z+ce.0 tag (14.04 … 24.04); latest and gitlab-ee unknown', () => {
  const src = /gitlabhq\/omnibus-gitlab \(GitHub mirror\) @ 440b1f83/;
  checkKnown(
    [
      ['gitlab/gitlab-ce:8.8.5-ce.0', 'ubuntu-14.04', src, false],
      ['gitlab/gitlab-ce:13.8.4-ce.0', 'ubuntu-16.04', src, false],
      ['gitlab/gitlab-ce:13.9.0-ce.0', 'ubuntu-20.04', src, false],
      ['gitlab/gitlab-ce:16.0.0-ce.0', 'ubuntu-22.04', src, false],
      ['gitlab/gitlab-ce:17.11.1-ce.0', 'ubuntu-22.04', src, false],
      ['gitlab/gitlab-ce:18.2.1-ce.0', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('gitlab/gitlab-ce:latest', /latest\/rc tags move/);
  checkUnknown('gitlab/gitlab-ee:16.0.0-ee.0', /gitlab-ee and re-release tags were not read/);
});
