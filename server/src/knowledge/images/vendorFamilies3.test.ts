/**
 * vendorFamilies3.ts: non-official families of issue #17, each pinned with real tags of the coverage samples
 * (test/data/base-images*.tsv) to what its own build files name, and one tag per family that must stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getRelease } from './index';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('kalilinux/kali-rolling: Kali rolling, its own release (a debootstrap FROM scratch); latest moves, dated tags do not', () => {
  const src = /elboulangero\/kali-docker @ b2a5a263/;
  checkKnown([
    ['kalilinux/kali-rolling', 'kali-rolling', src, true],
    ['kalilinux/kali-rolling:latest', 'kali-rolling', src, true],
    ['docker.io/kalilinux/kali-rolling', 'kali-rolling', src, true],
    ['kalilinux/kali-rolling:2022.09.14', 'kali-rolling', src, false],
    ['kalilinux/kali-rolling:2022.09.14-arm64', 'kali-rolling', src, false],
  ]);
  const kali = getRelease('kali-rolling');
  assert.ok(kali);
  assert.equal(kali.family, 'debian');
  assert.equal(kali.packageManager, 'apt');
  assert.equal(kali.libc.kind, 'glibc');
  assert.equal(kali.rolling, true);
  // The digest pins one build; the tag still names the release.
  const pinned = lookup('kalilinux/kali-rolling:latest@sha256:8ce1ca97d33b47d15d592291b6a4cb67316fe32ae11467df7e9aefff197244f2');
  assert.ok(pinned.kind === 'known' && pinned.identity.release.id === 'kali-rolling');
  // Other Kali images (kali-last-release is the last numbered snapshot, kali-dev the development suite) are not read as rolling.
  checkUnknown('kalilinux/kali-last-release', /not an image the knowledge base knows/);
  checkUnknown('kalilinux/kali-rolling:2024.1', /matches no known variant/);
});

test('kalilinux/kali-linux-docker: Kali rolling as last built, frozen since the 2019-10-11 revamp', () => {
  const src = /elboulangero\/kali-docker @ b2a5a263.*e8482a0/;
  checkKnown([
    ['kalilinux/kali-linux-docker', 'kali-rolling', src, false],
    ['kalilinux/kali-linux-docker:latest', 'kali-rolling', src, false],
  ]);
  const found = lookup('kalilinux/kali-linux-docker');
  assert.ok(found.kind === 'known');
  assert.match(found.identity.publication?.frozen ?? '', /no longer built: .* 2019-10-11/);
  assert.equal(found.identity.movingTag, undefined);
});

test('public.ecr.aws/lambda/python 2.7, 3.6, 3.7: Amazon Linux 1 (2018.03), the OS of their Lambda runtimes', () => {
  const src = /lambda-runtimes\.html as stored in 2020–2022.*aws\/aws-lambda-base-images @ 14f18f5d/;
  checkKnown(
    [
      ['public.ecr.aws/lambda/python:3.7', 'amazonlinux-2018.03', src, false],
      ['public.ecr.aws/lambda/python:3.6', 'amazonlinux-2018.03', src, false],
      ['public.ecr.aws/lambda/python:2.7-x86_64', 'amazonlinux-2018.03', src, false],
      ['public.ecr.aws/lambda/python:3.7.2023.11.18.02', 'amazonlinux-2018.03', src, false],
    ],
    'inferred',
  );
  // 3.8 keeps its Amazon Linux 2 row (popular.ts); the python3.7 branch has no arm64 layers, and latest names no Python.
  checkKnown([['public.ecr.aws/lambda/python:3.8', 'amazonlinux-2', /lambda-python\.html/, false]], 'inferred');
  checkUnknown('public.ecr.aws/lambda/python:3.7-arm64', /matches no known variant/);
  checkUnknown('public.ecr.aws/lambda/python:latest', /matches no known variant/);
});

test('gitlab/gitlab-runner latest: Ubuntu 24.04 per the runner support policy (moving); release tags stay unknown', () => {
  const src = /gitlabhq\/gitlab-runner \(GitHub mirror\) @ d79f3e7b .*support-policy\.md/;
  checkKnown(
    [
      ['gitlab/gitlab-runner', 'ubuntu-24.04', src, true],
      ['gitlab/gitlab-runner:latest', 'ubuntu-24.04', src, true],
    ],
    'inferred',
  );
  // 18.0.2 (2025-05-21) came before the policy said 24.04; when the switch reached a release is not recorded.
  checkUnknown('gitlab/gitlab-runner:ubuntu-v18.0.2', /runner base images of another repository/);
});
