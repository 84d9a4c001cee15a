/**
 * Images published once per git tag (gitTagImages.ts): a release tag resolves by the FROM at its git tag, citing the
 * pinned repository; tags the snapshots do not fix stay unknown with the reason.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown, type Row } from '../../../../test/support/imageLookup';

test('release tags resolve by the FROM at their git tag', () => {
  const rows: Row[] = [
    ['osixia/openldap:1.4.0', 'debian-10', /osixia\/docker-openldap @ 635034a7/, false],
    ['osixia/openldap:1.2.2', 'debian-9', /osixia\/docker-openldap @ 635034a7/, false],
    ['osixia/light-baseimage:1.0.0', 'debian-8', /docker-light-baseimage @ 3a6f083b/, false],
    ['osixia/openldap-backup:1.4.0', 'debian-10', /docker-openldap-backup @ bf51083/, false],
    ['lukemathwalker/cargo-chef:latest-rust-1.53.0', 'debian-10', /cargo-chef @ 52669eb4/, false],
    ['lukemathwalker/cargo-chef:latest-rust-1', 'debian-13', /cargo-chef @ 52669eb4/, true],
    ['reactnativecommunity/react-native-android:v11.0', 'ubuntu-20.04', /docker-android @ d806ca5f/, false],
    ['reactnativecommunity/react-native-android:v19.1', 'ubuntu-24.04', /docker-android @ d806ca5f/, false],
    ['reactnativecommunity/react-native-android', 'ubuntu-22.04', /docker-android @ d806ca5f/, true],
    ['ipfs/kubo:v0.17.0', 'busybox-glibc', /ipfs\/kubo @ 867cdc5d/, false],
    ['ipfs/go-ipfs:v0.4.23', 'busybox-glibc', /ipfs\/kubo @ 867cdc5d/, false],
    ['ghcr.io/paperless-ngx/paperless-ngx:2.20.4', 'debian-13', /paperless-ngx @ b0e0e8a3/, false],
    ['paperlessngx/paperless-ngx:1.16.5', 'debian-12', /paperless-ngx @ b0e0e8a3/, false],
    ['coturn/coturn:4.6.2-r12', 'debian-12', /coturn\/coturn @ 8024aa63/, false],
    ['coturn/coturn:4.6.2-r12-alpine', 'alpine-3.20', /coturn\/coturn @ 8024aa63/, false],
    ['coturn/coturn:edge-debian-amd64', 'debian-13', /coturn\/coturn @ 8024aa63/, true],
    ['container-registry.oracle.com/graalvm/native-image:17-ol8', 'oraclelinux-8', /graalvm\/container @ 6a7c4954/, false],
    ['ghcr.io/graalvm/graalvm-ce:ol7-java11-20.3.1.2', 'oraclelinux-7', /graalvm\/container @ 6a7c4954/, false],
    ['quay.io/prometheus/golang-builder:1.19-main', 'debian-11', /golang-builder @ 80bb1f0d/, false],
    ['quay.io/prometheus/golang-builder:latest', 'debian-12', /golang-builder @ 80bb1f0d/, true],
    ['quay.io/prometheus/busybox:glibc', 'busybox-glibc', /prometheus\/busybox @ 869afd42/, true],
  ];
  checkKnown(rows, 'inferred');
});

test('tags the snapshots do not fix stay unknown, saying why', () => {
  checkUnknown('osixia/openldap:1.5.0', /light-baseimage:1\.3\.2/);
  checkUnknown('osixia/openldap', /light-baseimage:1\.3\.2/);
  checkUnknown('lukemathwalker/cargo-chef:0.1.62-rust-1.59.0', /while that cargo-chef version was current/);
  checkUnknown('ipfs/go-ipfs:latest', /matches no known variant/);
  checkUnknown('ghcr.io/paperless-ngx/paperless-ngx:latest', /matches no known variant/);
  checkUnknown('container-registry.oracle.com/graalvm/native-image:17', /matches no known variant/);
  // Unsuffixed 17 … 24 resolve since vendorFamilies26.ts (README: the latest OS, Oracle Linux 9); 11 was never a -community line.
  checkUnknown('ghcr.io/graalvm/graalvm-community:11', /matches no known variant/);
  checkUnknown('quay.io/prometheus/golang-builder:1.9-base', /debian:sid or debian:stable/);
});
