/**
 * Widely used images outside Docker Official Images, found unknown in a sample of FROM lines from many
 * repositories (test/data/base-images-sample2.tsv). Each rule follows what the image's own build files
 * (or its publisher's documentation) say it is built FROM; tags those files do not determine (older
 * version-pinned builds, date-stamped rebuilds) are left unknown with the reason, never guessed.
 */
import type { ImageTagRule } from './ruleTypes';

// --- tiangolo/uvicorn-gunicorn and tiangolo/uvicorn-gunicorn-fastapi ---------------------------------------
// Each tag is built from docker-images/<tag>.dockerfile ("latest" from the newest Python's file) and rebuilt
// weekly (deploy.yml cron "0 0 * * 1"), so a tag still built follows its Python base; a dropped tag's last
// build followed the python tag as it was last published.
const TIANGOLO_BASE =
  'tiangolo/uvicorn-gunicorn-docker: docker-images/python<v>[-slim|-alpine<a>].dockerfile FROM python:<v>[-slim|-alpine<a>]; .github/workflows/deploy.yml (latest = python3.11, weekly rebuild) @ cb5abd5f (2026-06-24); python3.9* dropped @ 1b4a781 (2025-11-09, files read @ e56f427e); python3.7/3.8 dropped @ a2ad11e (2024-11-02); alpine tags dropped @ a4e1602 (2024-03-17, files read @ 49d35381); python3.6* dropped @ 023bd18 (2022-11-25, files read @ b3e092c5)';
const TIANGOLO_FASTAPI =
  'tiangolo/uvicorn-gunicorn-fastapi-docker: docker-images/<tag>.dockerfile FROM tiangolo/uvicorn-gunicorn:<tag> @ 072ed47b (2026-06-24), 01201e19 (2022-11-28), 75b63841 (2022-11-25, with python3.6*)';
const GUNICORN = ['docker.io/tiangolo/uvicorn-gunicorn'];
const FASTAPI = ['docker.io/tiangolo/uvicorn-gunicorn-fastapi'];
const DATED_REASON =
  '{image}:{tag} is one dated weekly rebuild: which build of its Python base it used is not recorded, so its distribution release cannot be told';

const tiangoloRules: ImageTagRule[] = [
  {
    id: 'tiangolo/uvicorn-gunicorn/latest',
    repositories: GUNICORN,
    tag: /^latest$/,
    base: 'python:3.11',
    moving: { pin: 'tiangolo/uvicorn-gunicorn:python3.11' },
    source: TIANGOLO_BASE,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn/current',
    repositories: GUNICORN,
    tag: /^python(?<v>3\.1[01])(?<slim>-slim)?$/,
    base: 'python:{v}{slim}',
    moving: {},
    source: TIANGOLO_BASE,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn/dropped',
    repositories: GUNICORN,
    tag: /^python(?<v>3\.[6-9]|3\.[89]-slim)$/,
    base: 'python:{v}',
    source: TIANGOLO_BASE,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn/alpine',
    repositories: GUNICORN,
    tag: /^python(?<v>3\.[67]-alpine3\.8|3\.8-alpine3\.10|3\.9-alpine3\.14)$/,
    base: 'python:{v}',
    source: TIANGOLO_BASE,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn/dated',
    repositories: [...GUNICORN, ...FASTAPI],
    tag: /^(?:latest|python3\.\d+(?:-slim)?)-\d{4}-\d{2}-\d{2}$/,
    unknown: DATED_REASON,
    source: TIANGOLO_BASE,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn-fastapi/current',
    repositories: FASTAPI,
    tag: /^(?:latest|python3\.1[01](?:-slim)?)$/,
    base: 'tiangolo/uvicorn-gunicorn:{tag}',
    moving: {},
    source: TIANGOLO_FASTAPI,
  },
  {
    id: 'tiangolo/uvicorn-gunicorn-fastapi/dropped',
    repositories: FASTAPI,
    tag: /^python(?:3\.[6-9]|3\.[89]-slim|3\.[67]-alpine3\.8|3\.8-alpine3\.10|3\.9-alpine3\.14)$/,
    base: 'tiangolo/uvicorn-gunicorn:{tag}',
    source: TIANGOLO_FASTAPI,
  },
];

// --- rocker-versioned2 (rocker/r-ver, rstudio, tidyverse, verse, geospatial, shiny, shiny-verse) ----------
// build/args/history.tsv gives the Ubuntu release each R version is built on; every image of a version is
// built FROM that Ubuntu (r-ver_<v>.Dockerfile FROM ubuntu:<codename>; the others FROM rocker images of the
// same version, or the same Ubuntu directly since 2024). Bakefiles tag <v>, <major.minor> (newest patch) and,
// for the newest release, 4 and latest.
const ROCKER =
  'rocker-org/rocker-versioned2 @ 69cded5d (2026-06-30): build/args/history.tsv (r_version → ubuntu_version: 4.0.0–4.2.1 → 20.04, 4.2.2–4.4.1 → 22.04, 4.4.2–4.6.1 → 24.04); dockerfiles/r-ver_4.0.0 … 4.2.1 FROM ubuntu:focal, 4.2.2 FROM ubuntu:jammy (@ 3c211543), 4.4.1 FROM ubuntu:jammy (@ 26ca778d), 4.4.2 FROM ubuntu:noble (@ e39cc295); bakefiles/4.6.1.docker-bake.json tags 4.6.1, 4.6, 4, latest; r-ver_devel FROM ubuntu:latest';
const ROCKER_IMAGES = ['r-ver', 'rstudio', 'tidyverse', 'verse', 'geospatial', 'shiny', 'shiny-verse'];
const ROCKER_REPOS = ROCKER_IMAGES.flatMap((n) => [`docker.io/rocker/${n}`, `ghcr.io/rocker-org/${n}`]);

const rockerRules: ImageTagRule[] = [
  {
    id: 'rocker/focal',
    repositories: ROCKER_REPOS,
    tag: /^(?:4\.0\.[0-5]|4\.1\.[0-3]|4\.2\.[01]|4\.0|4\.1)$/,
    base: 'ubuntu:20.04',
    source: ROCKER,
  },
  {
    id: 'rocker/jammy',
    repositories: ROCKER_REPOS,
    tag: /^(?:4\.2\.[23]|4\.3\.[0-3]|4\.4\.[01]|4\.2|4\.3)$/,
    base: 'ubuntu:22.04',
    source: ROCKER,
  },
  {
    id: 'rocker/noble',
    repositories: ROCKER_REPOS,
    tag: /^(?:4\.4\.[23]|4\.5\.[0-3]|4\.6\.[01]|4\.4|4\.5)$/,
    base: 'ubuntu:24.04',
    source: ROCKER,
  },
  {
    id: 'rocker/newest',
    repositories: ROCKER_REPOS,
    tag: /^(?:latest|4|4\.6)$/,
    base: 'ubuntu:24.04',
    moving: { pin: '{image}:4.6.1' },
    source: ROCKER,
  },
  {
    id: 'rocker/devel',
    repositories: ['r-ver', 'rstudio', 'tidyverse', 'verse'].map((n) => `docker.io/rocker/${n}`),
    tag: /^devel$/,
    base: 'ubuntu:latest',
    moving: {},
    source: `${ROCKER}; bakefiles/devel.docker-bake.json tags devel for r-ver, rstudio, tidyverse, verse`,
  },
];

// --- Deno (denoland/deno_docker) -------------------------------------------------------------------------
const DENO =
  'denoland/deno_docker @ b7864b72 (2026-07-01): debian.dockerfile FROM debian:stable-slim; ubuntu.dockerfile FROM ubuntu:22.04; alpine.dockerfile FROM alpine:latest (glibc from gcr.io/distroless/cc copied to /usr/local/lib/glibc); distroless.dockerfile FROM gcr.io/distroless/cc; .github/workflows/ci.yml tags <kind>, <kind>-<version>, and for debian also <version> and latest';
const DENO_REPOS = ['docker.io/denoland/deno', 'ghcr.io/denoland/deno'];
const VERSIONED_REASON =
  '{image}:{tag} names a version: older versions were built on older bases, which the knowledge base does not record';

const denoRules: ImageTagRule[] = [
  {
    id: 'deno/debian',
    repositories: DENO_REPOS,
    tag: /^(?:latest|debian)$/,
    base: 'debian:stable-slim',
    variant: 'slim',
    moving: {},
    source: DENO,
  },
  { id: 'deno/ubuntu', repositories: DENO_REPOS, tag: /^ubuntu$/, base: 'ubuntu:22.04', moving: {}, source: DENO },
  {
    id: 'deno/alpine',
    repositories: DENO_REPOS,
    tag: /^alpine$/,
    base: 'alpine:latest',
    moving: {},
    source: DENO,
    note: 'Deno itself runs on a glibc copied from gcr.io/distroless/cc into /usr/local/lib/glibc; the rest of the userland is Alpine (musl).',
  },
  { id: 'deno/distroless', repositories: DENO_REPOS, tag: /^distroless$/, base: 'gcr.io/distroless/cc', moving: {}, source: DENO },
  {
    id: 'deno/versioned',
    repositories: DENO_REPOS,
    tag: /^(?:(?:alpine|debian|ubuntu|distroless|bin)-)?\d.*$/,
    unknown: VERSIONED_REASON,
    source: DENO,
  },
];

// --- AWS Lambda base images (public.ecr.aws/lambda/*) ----------------------------------------------------
// The publisher's documentation names the Amazon Linux release of each runtime's base image. Tags: <version>,
// optionally with a build date (.YYYY.MM.DD.HH) and an architecture suffix (-x86_64, -arm64).
const LAMBDA_PY =
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-python.html (python3.13, python3.12: Amazon Linux 2023; python3.11, python3.10, python3.9: Amazon Linux 2); https://docs.aws.amazon.com/toolkit-for-jetbrains/latest/userguide/lambda-runtimes.html (python3.8: Amazon Linux 2)';
const LAMBDA_NODE =
  'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-image.html ("The Node.js 20 and later base images are based on the Amazon Linux 2023 minimal container image. Earlier base images use Amazon Linux 2.")';
const LAMBDA_PROVIDED =
  'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-provided.html (provided.al2023: Amazon Linux 2023; provided.al2: Amazon Linux 2)';
const LAMBDA_TAG = (v: string) => new RegExp(`^(?:${v})(?:\\.\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{2})?(?:-(?:x86_64|arm64))?$`);

const lambdaRules: ImageTagRule[] = [
  {
    id: 'lambda/python-al2023',
    repositories: ['public.ecr.aws/lambda/python'],
    tag: LAMBDA_TAG('3\\.1[23]'),
    base: 'amazonlinux:2023',
    variant: 'minimal',
    source: LAMBDA_PY,
  },
  {
    id: 'lambda/python-al2',
    repositories: ['public.ecr.aws/lambda/python'],
    tag: LAMBDA_TAG('3\\.(?:8|9|10|11)'),
    base: 'amazonlinux:2',
    source: LAMBDA_PY,
  },
  {
    id: 'lambda/nodejs-al2023',
    repositories: ['public.ecr.aws/lambda/nodejs'],
    tag: LAMBDA_TAG('2[024]'),
    base: 'amazonlinux:2023',
    variant: 'minimal',
    source: LAMBDA_NODE,
  },
  {
    id: 'lambda/nodejs-al2',
    repositories: ['public.ecr.aws/lambda/nodejs'],
    tag: LAMBDA_TAG('1[2468]'),
    base: 'amazonlinux:2',
    source: LAMBDA_NODE,
  },
  {
    id: 'lambda/provided-al2023',
    repositories: ['public.ecr.aws/lambda/provided'],
    tag: LAMBDA_TAG('al2023'),
    base: 'amazonlinux:2023',
    variant: 'minimal',
    source: LAMBDA_PROVIDED,
  },
  {
    id: 'lambda/provided-al2',
    repositories: ['public.ecr.aws/lambda/provided'],
    tag: LAMBDA_TAG('al2'),
    base: 'amazonlinux:2',
    source: LAMBDA_PROVIDED,
  },
];

// --- Hex.pm Elixir and Erlang images (hexpm/bob) ---------------------------------------------------------
// The tag carries the distribution tag the image is built FROM: hexpm/elixir:<elixir>-erlang-<otp>-<os>-<ver>
// is FROM hexpm/erlang:<otp>-<os>-<ver>, which is FROM <os>:<ver>.
const HEXPM =
  'hexpm/bob @ 17c581fa (2026-07-30): lib/bob/job/build_docker_elixir.ex tag "#{elixir}-erlang-#{erlang}-#{os}-#{os_version}"; priv/scripts/docker/elixir-<os>.dockerfile FROM hexpm/erlang-${ARCH}:${ERLANG}-<os>-${OS_VERSION}; erlang-alpine.dockerfile FROM alpine:${OS_VERSION}, erlang-debian-*.dockerfile FROM debian:${OS_VERSION}, erlang-ubuntu-*.dockerfile FROM ubuntu:${OS_VERSION}';

const hexpmRules: ImageTagRule[] = [
  {
    id: 'hexpm/elixir-erlang',
    repositories: ['docker.io/hexpm/elixir', 'docker.io/hexpm/erlang'],
    tag: /^(?:\d[\w.]*-erlang-)?\d[\w.]*-(?<os>alpine|debian|ubuntu)-(?<ver>[a-z0-9][\w.-]*)$/,
    base: '{os}:{ver}',
    source: HEXPM,
  },
];

// --- .NET: the "core" repositories and the removed Docker Hub repository ---------------------------------
const DOTNET_CORE =
  'https://github.com/dotnet/dotnet-docker/issues/2375 (2020-11-10: all .NET Core 2.1/3.1 and .NET 5.0 tags are published to mcr.microsoft.com/dotnet/{sdk,aspnet,runtime,runtime-deps}; "the original repositories will continue to be maintained for the supported lifetime of the tags contained within those repositories")';
const DOTNET_CORE_22 =
  'dotnet/dotnet-docker manifest.json @ b69b776a (2019-12-02, the last commit that lists .NET Core 2.2): dotnet/core/{runtime,aspnet} sharedTags "2.2" and "$(2.2-RuntimeVersion)" = 2.2/<image>/stretch-slim (Linux) and nanoserver-1809/1903/1909 (Windows), dotnet/core/sdk "2.2" = 2.2/sdk/stretch; 2.2/sdk/stretch/amd64/Dockerfile FROM buildpack-deps:stretch-scm, 2.2/{aspnet,runtime}/stretch-slim FROM the 2.2-stretch-slim runtime(-deps) image';
const DOTNET_HUB =
  'https://github.com/dotnet/dotnet-docker/issues/3052 (2021-08-17: .NET Core images are no longer available on Docker Hub from August 21st; microsoft/dotnet:2.1-sdk → mcr.microsoft.com/dotnet/sdk:2.1)';

const dotnetRules: ImageTagRule[] = [
  ...['sdk', 'aspnet', 'runtime', 'runtime-deps'].map(
    (name): ImageTagRule => ({
      id: `dotnet/core/${name}`,
      repositories: [`mcr.microsoft.com/dotnet/core/${name}`],
      tag: /^(?:2\.1|3\.1)(?:[.-].*)?$/,
      base: `mcr.microsoft.com/dotnet/${name}:{tag}`,
      source: DOTNET_CORE,
    }),
  ),
  // .NET Core 2.2 (end of support 2019-12-23) was only ever published to the "core" repositories.
  ...['aspnet', 'runtime', 'runtime-deps', 'sdk'].map(
    (name): ImageTagRule => ({
      id: `dotnet/core/${name}/2.2`,
      repositories: [`mcr.microsoft.com/dotnet/core/${name}`],
      tag: /^2\.2(?:\.\d+)*(?:-stretch(?:-slim)?)?(?:-arm32v7)?$/,
      base: name === 'sdk' ? 'buildpack-deps:stretch-scm' : 'debian:stretch-slim',
      ...(name === 'sdk' ? {} : { variant: 'slim' }),
      source: DOTNET_CORE_22,
      note: 'On a Windows host the same 2.2 tags pull the Nano Server 1809/1903/1909 image instead.',
    }),
  ),
  {
    id: 'microsoft/dotnet/removed',
    repositories: ['docker.io/microsoft/dotnet'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was removed from Docker Hub on 2021-08-21 and can no longer be pulled; the same .NET Core images are on mcr.microsoft.com/dotnet/* (e.g. microsoft/dotnet:2.1-sdk → mcr.microsoft.com/dotnet/sdk:2.1)',
    source: DOTNET_HUB,
  },
];

// --- uv (astral-sh/uv) -----------------------------------------------------------------------------------
// .github/workflows/build-docker.yml lists "base-image,tag1,tag2,…" and writes a Dockerfile "FROM ${BASE_IMAGE}"
// that only copies the uv binaries in; each tag is pushed as <tag>, <version>-<tag> and <major.minor>-<tag>.
// A tag that names its distribution release keeps that base in every version; the floating ones (alpine,
// debian, python3.X-alpine) are described as of the workflow read, without a version prefix only.
const UV =
  'astral-sh/uv .github/workflows/build-docker.yml @ 26a9dd4b (2026-08-21): "alpine:3.23,alpine3.23,alpine", "debian:trixie-slim,trixie-slim,debian-slim", "buildpack-deps:trixie,trixie,debian", "python:3.X-alpine3.23,python3.X-alpine3.23,python3.X-alpine" (3.9: alpine3.22), "python:3.X-trixie,python3.X-trixie", "python:3.X-slim-trixie,python3.X-trixie-slim"; bookworm, alpine3.21 and python3.8 tags (same pattern, "python:3.X-slim-bookworm,python3.X-bookworm-slim", "debian:bookworm-slim,bookworm-slim", "buildpack-deps:bookworm,bookworm") until 8b595f03 (2026-02-05)';
const UV_REPOS = ['ghcr.io/astral-sh/uv', 'docker.io/astral/uv'];
const UV_VERSION = '(?:\\d+\\.\\d+(?:\\.\\d+)?-)?';
const PY = '3\\.(?:8|9|1[0-4])';

const uvRules: ImageTagRule[] = [
  {
    id: 'uv/python-debian-slim',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}python(?<py>${PY})-(?<rel>trixie|bookworm)-slim$`),
    base: 'python:{py}-slim-{rel}',
    source: UV,
  },
  {
    id: 'uv/python-debian',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}python(?<py>${PY})-(?<rel>trixie|bookworm)$`),
    base: 'python:{py}-{rel}',
    source: UV,
  },
  {
    id: 'uv/python-alpine-pinned',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}python(?<py>${PY})-alpine(?<a>3\\.(?:2[0-3]))$`),
    base: 'python:{py}-alpine{a}',
    source: UV,
  },
  {
    id: 'uv/python-alpine',
    repositories: UV_REPOS,
    tag: /^python(?<py>3\.(?:1[0-4]))-alpine$/,
    base: 'python:{py}-alpine3.23',
    moving: { pin: '{image}:python{py}-alpine3.23' },
    source: UV,
  },
  {
    id: 'uv/debian-slim',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}(?<rel>trixie|bookworm)-slim$`),
    base: 'debian:{rel}-slim',
    variant: 'slim',
    source: UV,
  },
  {
    id: 'uv/debian',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}(?<rel>trixie|bookworm)$`),
    base: 'buildpack-deps:{rel}',
    source: UV,
  },
  {
    id: 'uv/alpine-pinned',
    repositories: UV_REPOS,
    tag: new RegExp(`^${UV_VERSION}alpine(?<a>3\\.(?:2[1-3]))$`),
    base: 'alpine:{a}',
    source: UV,
  },
  {
    id: 'uv/scratch',
    repositories: UV_REPOS,
    tag: /^(?:latest|\d+\.\d+(?:\.\d+)?)$/,
    unknown:
      '{image}:{tag} holds only the uv and uvx binaries (its Dockerfile ends FROM scratch): it has no distribution userland, so there is no release to tell',
    source: 'astral-sh/uv Dockerfile @ 26a9dd4b (2026-08-21): final stage FROM scratch, COPY --from=build /uv /uvx /',
  },
  { id: 'uv/alpine', repositories: UV_REPOS, tag: /^alpine$/, base: 'alpine:3.23', moving: { pin: '{image}:alpine3.23' }, source: UV },
  {
    id: 'uv/debian-moving',
    repositories: UV_REPOS,
    tag: /^debian-slim$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: { pin: '{image}:trixie-slim' },
    source: UV,
  },
  {
    id: 'uv/debian-full-moving',
    repositories: UV_REPOS,
    tag: /^debian$/,
    base: 'buildpack-deps:trixie',
    moving: { pin: '{image}:trixie' },
    source: UV,
  },
];

// --- GraalVM Community container images (graalvm/container) ----------------------------------------------
// Dockerfile.ol<N>-* ARG BASE_IMAGE=container-registry.oracle.com/os/oraclelinux:<N>-slim; tags
// $version[-muslib][-ol<N>][-$buildnumber]; the README: without -ol<N> "the latest OS which is now Oracle Linux 9".
const GRAALVM =
  'graalvm/container @ 6a7c4954 (2026-06-30): rpm-compact/{native-image,jdk}-community/Dockerfile.ol{8,9,10}-java25 and graalvm-community/Dockerfile.ol{8,9,10}-java25 ARG BASE_IMAGE=container-registry.oracle.com/os/oraclelinux:<N>-slim; README.md tags "$version[-muslib(for native image only)][-$platform][-$buildnumber]", unsuffixed tags = "the latest OS which is now Oracle Linux 9"';
const GRAALVM_REPOS = ['native-image-community', 'jdk-community', 'graalvm-community'].map((n) => `ghcr.io/graalvm/${n}`);

const graalvmRules: ImageTagRule[] = [
  {
    id: 'graalvm/ol',
    repositories: GRAALVM_REPOS,
    tag: /^\d+(?:\.\d+)*(?:-muslib)?-ol(?<ol>8|9|10)(?:-\d{8})?$/,
    base: 'oraclelinux:{ol}-slim',
    variant: 'slim',
    source: GRAALVM,
  },
  {
    id: 'graalvm/unsuffixed',
    repositories: GRAALVM_REPOS,
    tag: /^(?:latest|25(?:\.\d+)*(?:-muslib)?)$/,
    base: 'oraclelinux:9-slim',
    variant: 'slim',
    moving: {},
    source: GRAALVM,
  },
];

// --- NGINX unprivileged (nginx/docker-nginx-unprivileged) -------------------------------------------------
// debian/Dockerfile ARG IMAGE=debian:<debian[branch]>-slim, alpine-slim/Dockerfile ARG IMAGE=alpine:<alpine[branch]>
// (alpine, -perl and -otel build on the -slim / plain image of the same version). The workflows tag each build
// <v>, <v>-<codename> / <v>-alpine<ver>[-slim|-perl|-otel], mainline/stable[-…], latest and alpine[-…].
const NGINX_UNPRIV =
  'nginx/docker-nginx-unprivileged @ e26803b6 (2026-07-15): update.sh debian=([mainline]=trixie [stable]=trixie), alpine=([mainline]=3.24 [stable]=3.24); mainline|stable/debian/Dockerfile ARG IMAGE=debian:trixie-slim, alpine-slim/Dockerfile ARG IMAGE=alpine:3.24; .github/workflows/{debian,alpine}-{mainline,stable}.yml tags; bookworm in update.sh @ 8ead5ced (2025-03-27, nginxinc/docker-nginx-unprivileged)';
const NGINX_UNPRIV_REPOS = [
  'docker.io/nginxinc/nginx-unprivileged',
  'ghcr.io/nginx/nginx-unprivileged',
  'public.ecr.aws/nginx/nginx-unprivileged',
  'quay.io/nginx/nginx-unprivileged',
];
const NGINX_PREFIX = '(?:\\d+(?:\\.\\d+){0,2}-|mainline-|stable-)?';

const nginxUnprivilegedRules: ImageTagRule[] = [
  {
    id: 'nginx-unprivileged/debian-named',
    repositories: NGINX_UNPRIV_REPOS,
    tag: new RegExp(`^${NGINX_PREFIX}(?<rel>bookworm|trixie)(?:-perl|-otel)?$`),
    base: 'debian:{rel}-slim',
    variant: 'slim',
    source: NGINX_UNPRIV,
  },
  {
    id: 'nginx-unprivileged/alpine-named',
    repositories: NGINX_UNPRIV_REPOS,
    tag: new RegExp(`^${NGINX_PREFIX}alpine(?<a>3\\.(?:1\\d|2\\d))(?:-slim|-perl|-otel)?$`),
    base: 'alpine:{a}',
    source: NGINX_UNPRIV,
  },
  {
    id: 'nginx-unprivileged/debian-moving',
    repositories: NGINX_UNPRIV_REPOS,
    tag: /^(?:latest|mainline|stable|perl|otel|(?:mainline|stable)-(?:perl|otel))$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: {},
    source: NGINX_UNPRIV,
  },
  {
    id: 'nginx-unprivileged/alpine-moving',
    repositories: NGINX_UNPRIV_REPOS,
    tag: /^(?:mainline-|stable-)?alpine(?:-slim|-perl|-otel)?$/,
    base: 'alpine:3.24',
    moving: {},
    source: NGINX_UNPRIV,
  },
];

export const popularRules: ImageTagRule[] = [
  ...tiangoloRules,
  ...rockerRules,
  ...denoRules,
  ...lambdaRules,
  ...hexpmRules,
  ...dotnetRules,
  ...uvRules,
  ...graalvmRules,
  ...nginxUnprivilegedRules,
];
