/**
 * vendorFamilies5.ts: small third-party images of the sixth and seventh samples, each pinned with real tags of the
 * coverage samples (test/data/base-images*.tsv) to what its own build files name, and tags that must stay unknown.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('ghcr.io/getzola/zola: distroless cc (Debian 11 at the tag dates) up to v0.18.0, cc-debian12 from v0.19.0', () => {
  const src = /getzola\/zola @ b2242262.*GoogleContainerTools\/distroless @ cd080764/;
  checkKnown(
    [
      ['ghcr.io/getzola/zola:v0.17.1', 'distroless-debian11', src, false],
      ['ghcr.io/getzola/zola:v0.18.0', 'distroless-debian11', src, false],
      ['ghcr.io/getzola/zola:v0.19.0', 'distroless-debian12', src, false],
      ['ghcr.io/getzola/zola:v0.22.1', 'distroless-debian12', src, false],
    ],
    'inferred',
  );
  // The workflow disables latest; v0.15.0 was tagged the day before the workflow existed.
  checkUnknown('ghcr.io/getzola/zola:latest', /not a release tag v0\.15\.1/);
  checkUnknown('ghcr.io/getzola/zola:v0.15.0', /predates the workflow/);
});

test('Rivet Godot images: Ubuntu 22.04 at every commit, only the Godot versions of the workflow matrix', () => {
  const src = /rivet-gg\/godot-docker @ ffaca44e/;
  checkKnown(
    [
      ['ghcr.io/rivet-gg/godot-docker/godot:4.2.1', 'ubuntu-22.04', src, false],
      ['rivetgg/godot:4.2', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('rivetgg/godot:4.1', /not one of the Godot versions/);
});

test('autopilotpattern/consul: the release tag fixes the Consul version and so the Alpine release', () => {
  const src = /autopilotpattern\/consul @ af9a5ae5/;
  checkKnown(
    [
      ['autopilotpattern/consul:0.7r0.7', 'alpine-3.4', src, false],
      ['autopilotpattern/consul:0.7.3r39', 'alpine-3.5', src, false],
      ['autopilotpattern/consul:1.0.0r43', 'alpine-3.6', src, false],
    ],
    'inferred',
  );
  // latest was re-pushed by every release; a bare 0.6 could be Consul 0.6.0 (alpine:3.2) or 0.6.4 (alpine:3.3).
  checkUnknown('autopilotpattern/consul:latest', /not a release tag/);
  checkUnknown('autopilotpattern/consul:0.6-r0.6', /not a release tag/);
});

test('gjchen/alpine: each 3.x tag from its own file, FROM the same Alpine branch; latest unknown', () => {
  const src = /gjchentw\/dockerfile-alpine @ 116298e6/;
  checkKnown(
    [
      ['gjchen/alpine:3.8', 'alpine-3.8', src, false],
      ['gjchen/alpine:3.13', 'alpine-3.13', src, false],
    ],
    'inferred',
  );
  checkUnknown('gjchen/alpine:latest', /not one of the Alpine 3\.4 … 3\.13 tags/);
  checkUnknown('gjchen/alpine:3.14', /not one of the Alpine 3\.4 … 3\.13 tags/);
});

test('Quarkus micro base image: 2.0 always UBI 8 micro (moving, weekly), the ubi9- image UBI 9; other tags unknown', () => {
  const src = /quarkusio\/quarkus-images @ e800dcb1/;
  checkKnown(
    [
      ['quay.io/quarkus/quarkus-micro-image:2.0', 'ubi-8', src, true],
      ['quay.io/quarkus/ubi9-quarkus-micro-image:2.0', 'ubi-9', src, true],
    ],
    'inferred',
  );
  checkUnknown('quay.io/quarkus/quarkus-micro-image:3.11', /not the 2\.0 tag/);
});

test('oracle/graalvm-ce 19.0.0 … 20.1.0 on Oracle Linux 7 slim; later versions and latest unknown', () => {
  const src = /graalvm\/container @ 6a7c4954/;
  checkKnown(
    [
      ['oracle/graalvm-ce:19.2.0.1', 'oraclelinux-7', src, false],
      ['oracle/graalvm-ce:20.1.0-java11', 'oraclelinux-7', src, false],
    ],
    'inferred',
  );
  checkUnknown('oracle/graalvm-ce:20.2.0-java11', /not a 19\.0\.0 … 20\.1\.0 tag/);
  checkUnknown('oracle/graalvm-ce', /not a 19\.0\.0 … 20\.1\.0 tag/);
});

test('vapor/ubuntu: the Ubuntu release its tag names, FROM ubuntu:<the same> in every build file', () => {
  const src = /vapor\/docker @ 429d5b60.*ubuntu\.Dockerfile/;
  checkKnown(
    [
      ['vapor/ubuntu:18.04', 'ubuntu-18.04', src, false],
      ['vapor/ubuntu:xenial', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('vapor/ubuntu:20.04', /not one of the tags the build files name/);
});
