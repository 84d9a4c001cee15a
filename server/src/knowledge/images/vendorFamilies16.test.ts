/**
 * vendorFamilies16.ts: Logstash 5.3.x and 6.4.x of docker.elastic.co by the FROM of elastic/logstash-docker's release
 * branch (before elastic/dockerfiles), and the official logstash:6.4.0 built FROM it; unread branches stay unknown.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('Logstash 5.3.x on Ubuntu 16.04 and 6.4.x on CentOS 7, from the logstash-docker release branches', () => {
  const src = /elastic\/logstash-docker @ 1974d752 .*branch 5\.3 @ 07cff82f .*FROM ubuntu:16\.04.*branch 6\.4 @ 002bba7d .*FROM centos:7/;
  checkKnown(
    [
      // Sample 8 (docker.elastic.co/logstash/logstash:5.3.0).
      ['docker.elastic.co/logstash/logstash:5.3.0', 'ubuntu-16.04', src, false],
      ['docker.elastic.co/logstash/logstash-oss:5.3.3', 'ubuntu-16.04', src, false],
      ['docker.elastic.co/logstash/logstash:6.4.0', 'centos-7', src, false],
      ['docker.elastic.co/logstash/logstash:6.4.3', 'centos-7', src, false],
    ],
    'inferred',
  );
  // Sample 14: the official logstash:6.4.0 was built FROM docker.elastic.co/logstash/logstash:6.4.0@sha256:….
  checkKnown([['logstash:6.4.0', 'centos-7', /./, false]]);
  // Branches not read per version (5.2, 6.3) and 6.4.4, which the 6.4 branch named but Elastic never released, stay unknown.
  for (const tag of ['5.2.0', '6.3.2', '6.4.4']) checkUnknown(`docker.elastic.co/logstash/logstash:${tag}`, /matches no known variant/);
});

test('amazonlinux:2022 is the AL2022 preview, renamed AL2023 before release: unknown with that reason', () => {
  for (const text of ['amazonlinux:2022', 'amazonlinux:2022.0.20230118.3', 'amazonlinux:2022-with-sources'])
    checkUnknown(text, /Amazon Linux 2022 preview .*renamed Amazon Linux 2023 .*no support dates/);
  // The released lines still resolve.
  checkKnown([['amazonlinux:2023', 'amazonlinux-2023', /./, false]]);
});

test('balena tags that name no suite say why they stay unknown; suite tags and Raspbian keep their answers', () => {
  for (const text of [
    // Samples 2, 7 and 12.
    'balenalib/raspberry-pi-debian:latest',
    'balenalib/raspberry-pi-debian',
    'balenalib/raspberry-pi-debian:build',
    'balenalib/rpi-alpine:3.8-build',
    'balenalib/raspberry-pi-python:3.7',
    'resin/armv7hf-debian:latest',
    'resin/raspberry-pi2-python:3',
  ])
    checkUnknown(text, /names no release: balena tags without a suite .*follow the default release of the day/);
  checkKnown([['balenalib/raspberrypi3-debian:buster-run', 'debian-10', /balena-io-library\/base-images @ 16e2f240/, false]]);
  checkUnknown('resin/rpi-raspbian:latest', /is Raspbian, a rebuild of Debian/);
});
