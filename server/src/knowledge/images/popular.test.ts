import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageRef } from '../../analysis/imageRef';
import { lookupImage } from './index';

function lookup(text: string) {
  const parsed = parseImageRef(text);
  assert.ok(parsed.ok, text);
  return lookupImage(parsed.ref);
}

/** [reference, release id, variant, a word the cited source must contain, moving?] */
const KNOWN: Array<[string, string, string | undefined, RegExp, boolean?]> = [
  // tiangolo: the current tags follow python:3.1x; dropped tags keep the Python base as last published.
  ['tiangolo/uvicorn-gunicorn-fastapi:python3.11', 'debian-13', undefined, /uvicorn-gunicorn-fastapi-docker/, true],
  ['tiangolo/uvicorn-gunicorn:python3.11-slim', 'debian-13', 'slim', /uvicorn-gunicorn-docker/, true],
  ['tiangolo/uvicorn-gunicorn', 'debian-13', undefined, /deploy\.yml/, true],
  ['tiangolo/uvicorn-gunicorn-fastapi:python3.8', 'debian-12', undefined, /uvicorn-gunicorn-fastapi-docker/, false],
  ['tiangolo/uvicorn-gunicorn-fastapi:python3.6', 'debian-11', undefined, /uvicorn-gunicorn-fastapi-docker/],
  ['tiangolo/uvicorn-gunicorn-fastapi:python3.8-alpine3.10', 'alpine-3.10', undefined, /uvicorn-gunicorn/],
  // rocker-versioned2: build/args/history.tsv decides the Ubuntu release of each R version.
  ['rocker/r-ver:4.0.0', 'ubuntu-20.04', undefined, /history\.tsv/],
  ['rocker/verse:4.2.1', 'ubuntu-20.04', undefined, /history\.tsv/],
  ['rocker/verse:4.2.2', 'ubuntu-22.04', undefined, /history\.tsv/],
  ['rocker/tidyverse:4.4.1', 'ubuntu-22.04', undefined, /history\.tsv/],
  ['rocker/rstudio:4.4.2', 'ubuntu-24.04', undefined, /history\.tsv/],
  ['ghcr.io/rocker-org/shiny:4.3', 'ubuntu-22.04', undefined, /rocker-versioned2/],
  ['rocker/geospatial', 'ubuntu-24.04', undefined, /bakefiles/, true],
  // Deno: the moving tags of denoland/deno_docker.
  ['denoland/deno', 'debian-13', 'slim', /deno_docker/, true],
  ['denoland/deno:ubuntu', 'ubuntu-22.04', undefined, /deno_docker/, true],
  // AWS Lambda base images: the Amazon Linux release AWS documents per runtime.
  ['public.ecr.aws/lambda/python:3.12', 'amazonlinux-2023', 'minimal', /lambda-python/],
  ['public.ecr.aws/lambda/python:3.11', 'amazonlinux-2', undefined, /lambda-python/],
  ['public.ecr.aws/lambda/python:3.10-x86_64', 'amazonlinux-2', undefined, /lambda-python/],
  ['public.ecr.aws/lambda/python:3.8', 'amazonlinux-2', undefined, /toolkit-for-jetbrains/],
  ['public.ecr.aws/lambda/nodejs:20.2024.01.05.10-arm64', 'amazonlinux-2023', 'minimal', /nodejs-image/],
  ['public.ecr.aws/lambda/nodejs:18', 'amazonlinux-2', undefined, /nodejs-image/],
  ['public.ecr.aws/lambda/provided:al2023', 'amazonlinux-2023', 'minimal', /runtimes-provided/],
  ['public.ecr.aws/lambda/provided:al2', 'amazonlinux-2', undefined, /runtimes-provided/],
  // Hex.pm images carry the distribution tag they are built FROM.
  ['hexpm/elixir:1.12.3-erlang-24.3.4.13-alpine-3.17.5', 'alpine-3.17', undefined, /hexpm\/bob/],
  ['hexpm/elixir:1.15.7-erlang-26.1.2-debian-bullseye-20231009-slim', 'debian-11', 'slim', /hexpm\/bob/],
  ['hexpm/erlang:26.2-ubuntu-jammy-20231004', 'ubuntu-22.04', undefined, /hexpm\/bob/],
  // The "core" repositories publish the same tags as mcr.microsoft.com/dotnet/*.
  ['mcr.microsoft.com/dotnet/core/sdk:3.1', 'debian-10', 'slim', /issues\/2375/],
  ['mcr.microsoft.com/dotnet/core/aspnet:2.1', 'debian-9', 'slim', /issues\/2375/],
  // uv: the tag names the base its build workflow writes FROM.
  ['ghcr.io/astral-sh/uv:python3.12-bookworm-slim', 'debian-12', 'slim', /build-docker\.yml/],
  ['ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim', 'debian-12', 'slim', /build-docker\.yml/],
  ['ghcr.io/astral-sh/uv:python3.13-trixie', 'debian-13', undefined, /build-docker\.yml/],
  ['ghcr.io/astral-sh/uv:python3.11-alpine3.23', 'alpine-3.23', undefined, /build-docker\.yml/],
  ['ghcr.io/astral-sh/uv:python3.12-alpine', 'alpine-3.23', undefined, /build-docker\.yml/, true],
  ['docker.io/astral/uv:bookworm-slim', 'debian-12', 'slim', /build-docker\.yml/],
  ['ghcr.io/astral-sh/uv:debian', 'debian-13', undefined, /build-docker\.yml/, true],
  // GraalVM: -ol<N> names the Oracle Linux release; unsuffixed tags follow Oracle Linux 9 (README).
  ['ghcr.io/graalvm/native-image-community:21-ol8', 'oraclelinux-8', 'slim', /graalvm\/container/],
  ['ghcr.io/graalvm/jdk-community:25.0.2-ol9-20260120', 'oraclelinux-9', 'slim', /graalvm\/container/],
  ['ghcr.io/graalvm/native-image-community:25', 'oraclelinux-9', 'slim', /README/, true],
  // NGINX unprivileged: codename / alpine<ver> in the tag name the base; the rest follow update.sh.
  ['nginxinc/nginx-unprivileged:1.27.4-bookworm', 'debian-12', 'slim', /docker-nginx-unprivileged/],
  ['nginxinc/nginx-unprivileged:1.25-alpine3.18', 'alpine-3.18', undefined, /docker-nginx-unprivileged/],
  ['ghcr.io/nginx/nginx-unprivileged:stable-trixie-perl', 'debian-13', 'slim', /docker-nginx-unprivileged/],
  ['nginxinc/nginx-unprivileged', 'debian-13', 'slim', /update\.sh/, true],
  ['nginxinc/nginx-unprivileged:stable-alpine', 'alpine-3.24', undefined, /update\.sh/, true],
];

for (const [text, release, variant, source, moving] of KNOWN) {
  test(`${text} → ${release}${variant ? ` (${variant})` : ''}, citing its build files or publisher`, () => {
    const found = lookup(text);
    assert.equal(found.kind, 'known', JSON.stringify(found));
    if (found.kind !== 'known') return;
    assert.equal(found.identity.release.id, release);
    assert.equal(found.identity.variant, variant);
    assert.match(JSON.stringify(found.identity), source);
    assert.equal(found.identity.guessedFrom, undefined, 'not a guess from the name');
    if (moving !== undefined) assert.equal(Boolean(found.identity.movingTag), moving, 'moving tag');
  });
}

test('tags the build files or documentation do not determine stay unknown, with the reason', () => {
  const cases: Array<[string, RegExp]> = [
    ['tiangolo/uvicorn-gunicorn-fastapi:python3.11-2026-06-22', /dated weekly rebuild/],
    ['tiangolo/uvicorn-gunicorn-fastapi:python3.12', /matches no known variant/],
    // rocker/verse:3.6.3 resolves now (vendorFamilies10.ts: rocker-versioned 3.x); 3.6 was never a tag of its own.
    ['rocker/verse:3.6', /matches no known variant/],
    ['rocker/shiny:devel', /matches no known variant/],
    ['denoland/deno:1.9.0', /names a version/],
    ['denoland/deno:distroless-2.1.0', /names a version/],
    // 3.7 itself resolves now (vendorFamilies3.ts: the runtime table's Amazon Linux); its base-images branch has no arm64 layers.
    ['public.ecr.aws/lambda/python:3.7-arm64', /matches no known variant/],
    ['public.ecr.aws/lambda/python:latest', /matches no known variant/],
    ['mcr.microsoft.com/dotnet/core/sdk:5.0', /matches no known variant/],
    ['microsoft/dotnet:1.1-sdk', /removed from Docker Hub on 2021-08-21/],
    ['ghcr.io/astral-sh/uv:latest', /no distribution userland/],
    ['ghcr.io/astral-sh/uv:0.8-alpine', /matches no known variant/],
    // Unsuffixed 17 … 24 resolve since vendorFamilies26.ts; 11 was never a -community line.
    ['ghcr.io/graalvm/graalvm-community:11', /matches no known variant/],
    ['nginxinc/nginx-unprivileged:1.25-alpine', /matches no known variant/],
  ];
  for (const [text, reason] of cases) {
    const found = lookup(text);
    assert.equal(found.kind, 'unknown', text);
    if (found.kind === 'unknown') assert.match(found.reason, reason, text);
  }
});
