/**
 * vendorFamilies17.ts: moodlehq/moodle-php-apache tags by the branch whose workflow pushes them (each branch's FROM names
 * its Debian release), and dperson/samba's honest unknown (Docker Hub built it FROM an untagged alpine).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('moodlehq/moodle-php-apache: a branch tag and a bare tag pushed by one branch resolve through php:<v>-apache-<codename>', () => {
  const src = /moodlehq\/moodle-php-apache @ 8ced11e1 .*type=match,pattern/;
  checkKnown(
    [
      // Sample 16 (moodlehq/moodle-php-apache:8.3): only the 8.3-bookworm workflow pushes the bare 8.3.
      ['moodlehq/moodle-php-apache:8.3', 'debian-12', src, false],
      ['moodlehq/moodle-php-apache:8.3-bullseye', 'debian-11', src, false],
      ['ghcr.io/moodlehq/moodle-php-apache:8.0', 'debian-11', src, false],
      ['moodlehq/moodle-php-apache:8.4-trixie', 'debian-13', src, false],
      ['moodlehq/moodle-php-apache:7.1-jessie', 'debian-8', src, false],
    ],
    'inferred',
  );
  // Two branches push 8.4; 7.3 (sample 10) and older bare tags were mapped by Docker Hub settings not recorded.
  checkUnknown('moodlehq/moodle-php-apache:8.4', /8\.4 is pushed by both the 8\.4-bookworm and 8\.4-trixie workflows/);
  checkUnknown('moodlehq/moodle-php-apache:7.3', /Docker Hub build settings the repository does not record/);
  checkUnknown('moodlehq/moodle-php-apache:dev', /not tied to one branch/);
});

test('dperson/samba stays unknown: Docker Hub built it FROM alpine with no tag', () => {
  // Samples 6, 14 and 16 (dperson/samba, untagged).
  checkUnknown('dperson/samba', /FROM alpine with no tag.*does not record/);
  checkUnknown('dperson/samba:armhf', /automated builds/);
});

test('ghcr.io/gigahawk/freecad-cli: release tags and latest by the Dockerfile their push-to-ghcr run built', () => {
  const src = /Gigahawk\/docker-freecad-cli @ fac7f18e .*FROM ubuntu:20\.04 at 0\.19\.4_2/;
  checkKnown(
    [
      // Sample 16 (ghcr.io/gigahawk/freecad-cli:0.20.1).
      ['ghcr.io/gigahawk/freecad-cli:0.20.1', 'ubuntu-20.04', src, false],
      ['ghcr.io/gigahawk/freecad-cli:0.19.4', 'ubuntu-18.04', src, false],
      ['ghcr.io/gigahawk/freecad-cli', 'ubuntu-20.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('ghcr.io/gigahawk/freecad-cli:0.18', /not one of the release tags read/);
});

test('flaviostutz/ceph-base is Ubuntu 18.04 whatever commit built it; tclavier/nginx (FROM debian:testing) stays unknown', () => {
  const src = /flaviostutz\/ceph-base @ 432da2af .*FROM ubuntu:18\.04 in all 9 versions/;
  checkKnown(
    [
      // Sample 16 (flaviostutz/ceph-base, untagged).
      ['flaviostutz/ceph-base', 'ubuntu-18.04', src, false],
      ['flaviostutz/ceph-base:13.2.5', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  // Sample 16 (tclavier/nginx, untagged).
  checkUnknown('tclavier/nginx', /FROM debian:testing .*does not record when the image was last built/);
});

test('quay.io/mpuels/docker-py-kaldi-asr: Debian 8 in every version of its Dockerfile and of its base image', () => {
  const src = /mpuels\/docker-py-kaldi-asr @ 424368b .*FROM debian:8/;
  checkKnown(
    [
      // Sample 16 (quay.io/mpuels/docker-py-kaldi-asr:0.3.1).
      ['quay.io/mpuels/docker-py-kaldi-asr:0.3.1', 'debian-8', src, false],
      ['quay.io/mpuels/docker-kaldi-asr:2018-06-21', 'debian-8', src, false],
    ],
    'inferred',
  );
});

test('kernsuite/base: each KERN release tag 0 … 7 goes with one Ubuntu release in every commit that pushes it; dev stays unknown', () => {
  const src = /kernsuite-docker\/base @ 585a367b .*:7 with ubuntu:20\.04/;
  checkKnown(
    [
      ['kernsuite/base:7', 'ubuntu-20.04', src, false],
      ['kernsuite/base:5', 'ubuntu-18.04', src, false],
      ['kernsuite/base:1', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  // Sample 16 (kernsuite/base:dev).
  checkUnknown('kernsuite/base:dev', /dev was pushed from Ubuntu 16\.04 and then 18\.04 commits/);
});

test('nfcore/base: latest was last pushed by the 2.1 release FROM continuumio/miniconda3:4.9.2; release tags stay unknown', () => {
  const src = /nf-core\/tools @ b48bce26 .*FROM continuumio\/miniconda3:4\.9\.2/;
  // Sample 16 (nfcore/base, untagged).
  checkKnown([['nfcore/base', 'debian-10', src, false]], 'inferred');
  // Sample 16 (nfcore/base:1.14).
  checkUnknown('nfcore/base:1.14', /tagged nf-core\/base:<release> but pushed nfcore\/base:<release>/);
});

test('ghdl/vunit backend tags move with ghdl/docker run.sh, on the bookworm GHDL images since 2023-06-26', () => {
  // Sample 16 (ghdl/vunit:llvm). The last hop, ghdl/ghdl:bookworm-llvm-14, is read from its tag (its own build is in
  // ghdl/ghdl, not read), so the identity says so; the vunit hop is from ghdl/docker's run.sh.
  for (const text of ['ghdl/vunit:llvm', 'ghdl/vunit:mcode-master']) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', text);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, 'debian-12', text);
    assert.match(found.identity.inferredFrom?.source ?? '', /ghdl\/docker @ 6f9c182 .*bookworm-llvm-14/, text);
    assert.ok(found.identity.movingTag, `${text}: moving`);
  }
});

test('hwdsl2/ipsec-vpn-server latest and debian move with the twice-weekly rebuilds, each on the base its file names', () => {
  const src = /hwdsl2\/docker-ipsec-vpn-server @ 05de3fb5 .*FROM alpine:3\.23/;
  checkKnown(
    [
      // Sample 16 (hwdsl2/ipsec-vpn-server:latest).
      ['hwdsl2/ipsec-vpn-server:latest', 'alpine-3.23', src, true],
      ['quay.io/hwdsl2/ipsec-vpn-server:debian', 'debian-12', src, true],
    ],
    'inferred',
  );
});
