/**
 * Labelled guesses from an image's NAME as well as its tag (nameGuesses.ts), for images no table knows: every pattern
 * resolves and says which words it read; every ambiguity stays unknown. The references are real ones (the recall corpus
 * and the coverage samples) except where marked; the build files read to check the guesses are named per case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from '../../../../test/support/imageLookup';
import { distroNamedByName, distroNamedByTag } from './nameGuesses';

function guessed(text: string, release: string, words: RegExp): void {
  const found = lookup(text);
  assert.equal(found.kind, 'known', `${text}: ${JSON.stringify(found)}`);
  if (found.kind !== 'known') return;
  assert.equal(found.identity.release.id, release, text);
  assert.match(found.identity.guessedFrom ?? '', words, `${text} is labelled a guess naming the words read`);
  assert.match(found.identity.guessedFrom ?? '', /the image's own build was not read/, text);
  assert.equal(found.identity.publication, undefined, `${text}: no publication facts of the base are claimed`);
}

function unknown(text: string, reason?: RegExp): void {
  const found = lookup(text);
  assert.equal(found.kind, 'unknown', `${text}: ${JSON.stringify(found)}`);
  if (reason && found.kind === 'unknown') assert.match(found.reason, reason, text);
}

test("the name's words name a release (<distro>-<N>, <distro>N, across the whole path)", () => {
  // nestybox/dockerfiles @ c05538c1: almalinux-8-systemd FROM almalinux:8, rockylinux-8-systemd FROM rockylinux:8.
  guessed('nestybox/almalinux-8-systemd:latest', 'almalinux-8', /image name 'almalinux-8-systemd' names almalinux-8;/);
  guessed('nestybox/rockylinux-8-systemd:latest', 'rockylinux-8', /names rockylinux-8;/);
  // ROCm/ROCm-docker dev/Dockerfile-almalinux-8-complete FROM amd64/almalinux:8.
  guessed('rocm/dev-almalinux-8:7.2.1-complete', 'almalinux-8', /names almalinux-8;/);
  // istio/istio pkg/test/echo/docker/Dockerfile.app_sidecar_base_centos: FROM ${VM_IMAGE_NAME}:${VM_IMAGE_VERSION},
  // the target's 4th and 5th words (rockylinux, 9).
  guessed('registry.istio.io/release/app_sidecar_base_rockylinux_9:latest', 'rockylinux-9', /names rockylinux-9;/);
  // Local images (no official image has the name): read the same way.
  guessed('splunk-centos-7', 'centos-7', /image name 'splunk-centos-7' names centos-7;/);
  guessed('base-debian-10', 'debian-10', /names debian-10;/);
  // A number in the tag beside a name naming its release is the program's version, not another release.
  guessed('example/splunk-centos-7:8.0.1', 'centos-7', /names centos-7;/);
  // A release word in the namespace (Habana's vault paths name the OS of each build).
  guessed(
    'vault.habana.ai/gaudi-docker/1.11.0/ubuntu22.04/habanalabs/pytorch-installer-2.0.1:latest',
    'ubuntu-22.04',
    /image name 'gaudi-docker\/1\.11\.0\/ubuntu22\.04\/habanalabs\/pytorch-installer-2\.0\.1' names ubuntu22\.04;/,
  );
  // Constructed: the spellings added to the word list.
  guessed('example/fedora39-builder:1', 'fedora-39', /names fedora39;/);
  guessed('example/opensuse-leap15.5-base:1', 'opensuse-leap-15.5', /names leap15\.5;/);
  guessed('example/app:1.0-rocky-9', 'rockylinux-9', /the tag '1\.0-rocky-9' names rocky-9;/);
  // Unchanged: the whole name spelling Ubuntu without its dot.
  guessed('marketplace.gcr.io/google/ubuntu1804', 'ubuntu-18.04', /names ubuntu18\.04;/);
});

test('a distribution named without a release, with a tag that is only its release', () => {
  // nfqSolutionsDocker/centos Dockerfile FROM centos:7.
  guessed(
    'nfqsolutions/centos:7',
    'centos-7',
    /names CentOS without a release and the tag '7' is only its release number \(read as centos:7\)/,
  );
  guessed('fbiete/centos_epel:7', 'centos-7', /'centos_epel' names CentOS without a release/);
  // lsiobase/alpine:3.14 is no longer a guess: vendorFamilies33.ts reads its release branch (REL=v3.14) from the build files.
  guessed('example/alpine-base:3.14', 'alpine-3.14', /\(read as alpine:3\.14\)/);
  guessed('storezhang/alpine:3.16.2', 'alpine-3.16', /the tag '3\.16\.2' is only its release number \(read as alpine:3\.16\)/);
  // solita/ubuntu-systemd:18.04 is no longer a guess: vendorFamilies39.ts reads its README's tag list and bionic branch.
  guessed('example/ubuntu-systemd:18.04', 'ubuntu-18.04', /names Ubuntu without a release/);
  guessed('quay.io/fedora/fedora-bootc:42', 'fedora-42', /names Fedora without a release and the tag '42'/);
});

test('a tag ending in the distribution release after a program version', () => {
  // Nico640/docker-s6-alpine-node tag 16.13.1-3.15: FROM node:16.13.1-alpine3.15.
  guessed('nico640/s6-alpine-node:16.13.1-3.15', 'alpine-3.15', /ends in its release after a program version \(read as alpine:3\.15\)/);
  // Constructed: Ubuntu's YY.MM form after a version.
  guessed('example/ubuntu-node:20.11.1-22.04', 'ubuntu-22.04', /\(read as ubuntu:22\.04\)/);
});

test('Arch Linux has one rolling release: any tag of an image named for it', () => {
  // finalduty/docker-archlinux Dockerfile: FROM scratch + archlinux-2016.04.12.tar.xz; nestybox archlinux-systemd FROM archlinux.
  guessed('finalduty/archlinux:daily', 'archlinux', /names Arch Linux, whose only release is the rolling one/);
  guessed('nestybox/archlinux-systemd', 'archlinux', /names Arch Linux/);
  // 'arch' alone is also a CPU architecture: not read.
  unknown('codekoala/arch:latest');
});

test("ambiguous words, numbers that may be the program's, and releases that do not exist stay unknown", () => {
  // The number is the program's (Node 16, Python 3.8), or may be.
  unknown('example/alpine-node:16');
  unknown('example/alpine-python:3.8');
  unknown('example/centos-php:7');
  // Two distributions in the words; a name and a tag naming different ones.
  unknown('example/centos-alpine:7');
  unknown('example/debian-ubuntu:latest');
  unknown('example/centos7-builder:1.0-alpine3.15');
  // A release that does not exist (no CentOS Linux 9, no Alpine 3.99): the base's lookup fails.
  unknown('gitlab-registry.cern.ch/cernvm/build-images/centos_x86_64:9');
  unknown('example/alpine:3.99');
  unknown('example/fedora:12345');
  // A distribution without a release and a tag that is not one: no "release not named" identity exists.
  unknown('hermantolentino/docker-alpine-java:v1', /its name says Alpine Linux, but neither the name nor the tag 'v1' names a release/);
  unknown('huhgawz/oraclelinux-oraclejdk', /its name says Oracle Linux/);
  unknown('geoffh1977/alpine:latest', /its name says Alpine Linux/);
  // A suffix that is not the distribution's own form (a bare major after a version could be anything's).
  unknown('example/centos-tool:1.2.3-7');
});

test('repositories with rules and copies of official paths keep their deliberate reasons', () => {
  // linuxserver's baseimage rules answer 3.12 as unknown on purpose: the name is not read over them.
  unknown('ghcr.io/linuxserver/baseimage-alpine-nginx:3.12', /matches no known variant/);
  // library/<official> on a registry not documented to copy Docker Hub.
  unknown('docker.1ms.run/library/almalinux:9.6', /not a registry documented to copy Docker Hub/);
  unknown('quay.io/lib/debian:11', /not an image the knowledge base knows/);
  // balena's rules say why a suite-less tag names no release.
  unknown('balenalib/raspberry-pi-debian:latest', /names no release/);
});

test('the word readers: one release or none', () => {
  assert.deepEqual(distroNamedByTag('1.4-centos-6'), { base: 'centos:6', word: 'centos-6' });
  assert.equal(distroNamedByTag('centos-7-debian-11'), undefined);
  assert.equal(distroNamedByTag('fedora-2'), undefined);
  assert.equal(distroNamedByName('example/alpine-node', '16'), undefined);
  assert.equal(distroNamedByName('example/ubuntu-alpine', '1.0-3.15'), undefined);
  assert.equal(distroNamedByName('example/alpine-node', '16.13.1-3.15')?.base, 'alpine:3.15');
  assert.equal(distroNamedByName('example/s6.alpine', '3.15')?.base, 'alpine:3.15');
});
