/**
 * vendorFamilies2.ts: non-official families of issue #17, each pinned with real tags of the coverage samples
 * (test/data/base-images*.tsv) to the release its own build files name, and one tag per family that must stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('continuumio images of the Concourse era: Debian 10 from the buster-slim build files; latest still unknown', () => {
  const src = /ContinuumIO\/docker-images @ dc64b234.*cac3352/;
  checkKnown(
    [
      ['continuumio/miniconda3:4.7.12', 'debian-10', src, false],
      ['continuumio/miniconda3:4.9.2', 'debian-10', src, false],
      ['continuumio/anaconda3:2020.11', 'debian-10', src, false],
      ['continuumio/miniconda', 'debian-10', src, false],
    ],
    'inferred',
  );
  // Tags of the release workflows keep their rows in thirdParty.ts.
  checkKnown([['continuumio/miniconda3:4.10.3', 'debian-10', /miniconda3-v/, false]], 'inferred');
  // Before cac3352 the files were FROM debian:latest (latest is described as of the newest commit read: vendorFamilies9.ts).
  checkUnknown('continuumio/miniconda3:4.6.14', /no release build files read/);
});

test('denoland/deno version tags: the base at the tag, moving bases by the tag date; distroless and pre-1.10.3 unknown', () => {
  const src = /denoland\/deno_docker @ b7864b72 .*every release tag 1\.10\.3/;
  checkKnown(
    [
      ['denoland/deno:1.20.6', 'debian-11', src, false],
      ['denoland/deno:1.29.0', 'debian-11', src, false],
      ['denoland/deno:1.36.4', 'debian-12', src, false],
      ['denoland/deno:2.0.0-rc.10', 'debian-12', src, false],
      ['denoland/deno:debian-1.12.0', 'debian-10', src, false],
      ['denoland/deno:alpine-1.42.4', 'alpine-3.19', src, false],
      ['denoland/deno:alpine-2.2.8', 'alpine-3.21', src, false],
      ['denoland/deno:alpine-1.20.6', 'alpine-3.13', src, false],
      ['denoland/deno:ubuntu-1.42.4', 'ubuntu-20.04', src, false],
      ['denoland/deno:ubuntu-2.2.8', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  // 1.13.1 (2021-08-17) came 3 days after Debian 11: debian:stable-slim may not have moved yet.
  checkUnknown('denoland/deno:1.13.1', /older versions were built on older bases/);
  checkUnknown('denoland/deno:distroless-1.32.5', /older versions were built on older bases/);
  checkUnknown('denoland/deno:1.9.0', /older versions were built on older bases/);
});

test('.NET Monitor: the aspnet base of each read release, the moving tags with it; older versions unknown', () => {
  const src = /dotnet\/dotnet-docker @ 3ed00b61/;
  checkKnown(
    [
      ['mcr.microsoft.com/dotnet/monitor/base:10.0.3-amd64', 'azurelinux-3.0', src, false],
      ['mcr.microsoft.com/dotnet/monitor/base:9.0.5-arm64v8', 'azurelinux-3.0', src, false],
      ['mcr.microsoft.com/dotnet/monitor/base:8.1.3-azurelinux-distroless-amd64', 'azurelinux-3.0', src, false],
      ['mcr.microsoft.com/dotnet/monitor/base:8.1.3-ubuntu-chiseled-arm64v8', 'ubuntu-22.04', src, false],
      ['mcr.microsoft.com/dotnet/monitor:8.1.3', 'ubuntu-22.04', src, false],
      ['mcr.microsoft.com/dotnet/monitor:8', 'ubuntu-22.04', src, true],
      ['mcr.microsoft.com/dotnet/monitor:latest', 'azurelinux-3.0', src, true],
    ],
    'inferred',
  );
  checkUnknown('mcr.microsoft.com/dotnet/monitor:8.0.5-ubuntu-chiseled', /not a monitor release whose build files were read/);
});

test('microsoft/dotnet 2.1 tags: Debian 9 from the stretch(-slim) folders, frozen as removed from Docker Hub; 1.1-sdk unknown', () => {
  const src = /dotnet\/dotnet-docker @ 3ed00b61: manifest\.json @ bf13dbde~1/;
  checkKnown(
    [
      ['microsoft/dotnet:2.1-sdk', 'debian-9', src, false],
      ['microsoft/dotnet:2.1.300-sdk', 'debian-9', src, false],
      ['microsoft/dotnet:2.1-runtime', 'debian-9', src, false],
      ['microsoft/dotnet:2.1-aspnetcore-runtime', 'debian-9', src, false],
    ],
    'inferred',
  );
  const found = lookup('microsoft/dotnet:2.1-sdk');
  assert.ok(found.kind === 'known');
  assert.match(found.identity.publication?.frozen ?? '', /removed from Docker Hub .* 2021-08-21 and no longer pulls/);
  checkUnknown('microsoft/dotnet:1.1-sdk', /removed from Docker Hub on 2021-08-21/);
  checkUnknown('microsoft/dotnet:2.1.300-preview1-sdk', /removed from Docker Hub/);
});

test('continuumio/miniconda (Python 2): its last build, frozen because the image is no longer built', () => {
  const found = lookup('continuumio/miniconda');
  assert.ok(found.kind === 'known');
  assert.match(found.identity.publication?.frozen ?? '', /no longer built/);
  assert.equal(found.identity.movingTag, undefined);
});

test('racket/racket: 8.x/9.x rebuilt on debian:stable-slim (moving); 7.x and 6.x frozen at their last build', () => {
  const src = /racket\/docker @ c1e61a77/;
  checkKnown(
    [
      ['racket/racket:8.1-full', 'debian-13', src, true],
      ['racket/racket:8.7-full', 'debian-13', src, true],
      ['racket/racket', 'debian-13', src, true],
      ['racket/racket:7.8-cs-full', 'debian-12', src, false],
      ['racket/racket:6.12', 'debian-11', src, false],
    ],
    'inferred',
  );
  const old = lookup('racket/racket:7.8-cs-full');
  assert.ok(old.kind === 'known');
  assert.match(old.identity.publication?.frozen ?? '', /no longer rebuilt/);
  // Built but never pushed (deploy.sh), and tags older than the 6x series of the workflow.
  checkUnknown('racket/racket:8.3-bc', /not a tag the deploy workflow/);
  checkUnknown('jackfirth/racket:6.2.1', /not a tag the deploy workflow/);
});

test('nimlang/nim: latest and the maintained 2.x tags on node:lts-trixie; older tags and variants unknown', () => {
  const src = /nim-lang\/docker-images @ bcecafc1/;
  checkKnown(
    [
      ['nimlang/nim', 'debian-13', src, true],
      ['nimlang/nim:latest', 'debian-13', src, true],
      ['nimlang/nim:2.0.0', 'debian-13', src, true],
    ],
    'inferred',
  );
  checkUnknown('nimlang/nim:1.6.8', /not one of the 2\.0\.x\/2\.2\.x tags/);
  checkUnknown('nimlang/nim:2.0.0-regular', /not one of the 2\.0\.x\/2\.2\.x tags/);
});

test('a retired alias published together with a moving tag is not read as that tag means today', () => {
  // debian:testing-20191014-slim (last published 2019-11) beside debian:testing-slim, which now names Debian 14.
  checkUnknown('debian:testing-20191014-slim', /published together with debian:testing-slim, a moving tag/);
  // debian:stable-20191014-slim is read from the day in its tag (Debian 10 was stable then), not as stable-slim today.
  checkKnown([['debian:stable-20191014-slim', 'debian-10', /official-images/, false]], 'inferred');
  // A specific sibling still resolves the retired alias (centos:latest beside centos:8.4.2105).
  checkKnown([['centos:latest', 'centos-8', /official-images/, false]], 'inferred');
});

test('vapor/swift 5.0 and 5.1: FROM the official swift:5.X-bionic/-xenial, frozen (deprecated repository)', () => {
  const src = /vapor\/docker @ 429d5b60/;
  checkKnown(
    [
      ['vapor/swift:5.0', 'ubuntu-18.04', src, false],
      ['vapor/swift:5.1', 'ubuntu-18.04', src, false],
      ['vapor/swift:5.1-xenial', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  checkUnknown('vapor/swift:5.2', /not one of the hand-built 5\.0\/5\.1 tags/);
});

test('ocaml/opam: latest/debian aliases on Debian 13, alpine aliases on Alpine 3.23 (moving); unbuilt compilers unknown', () => {
  const src = /ocurrent\/docker-base-images @ e18903fd/;
  checkKnown(
    [
      ['ocaml/opam', 'debian-13', src, true],
      ['docker.io/ocaml/opam', 'debian-13', src, true],
      ['ocaml/opam:alpine', 'alpine-3.23', src, true],
      ['ocaml/opam:alpine-ocaml-4.14', 'alpine-3.23', src, true],
    ],
    'inferred',
  );
  checkUnknown('ocaml/opam:alpine-ocaml-5.0', /not an alias the base-images pipeline read builds today/);
});
