/**
 * Widely used images outside Docker Official Images whose base their own build files name. The moving
 * tags are described as of the build file read (repository @ commit (date) in each source); a
 * version-pinned tag is resolved only where the build files at every such release say its base (the
 * release tags of aquasecurity/trivy and aws/aws-cli) or the tag itself names the release the build
 * files make it (dev container variants, Jupyter ubuntu-NN.NN tags), or a generated history of the build files
 * records the FROM of the tag's last build (Jupyter commit tags, dev container tags of earlier versions). Other
 * version-pinned tags may be older builds on older bases, so they are left unknown rather than guessed.
 */
import { devcontainerHistoryImages, devcontainerTag } from './devcontainerHistory';
import { devcontainerHistorySource } from './generated/devcontainerHistory';
import { jupyterCommitSource, jupyterCommitsByRelease } from './generated/jupyterCommitTags';
import type { ImageTagRule } from './ruleTypes';

/** A record built by `build` when it is first read (looked up, listed or tested), not when the module loads. */
function builtOnFirstRead(build: () => Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let built: Readonly<Record<string, string>> | undefined;
  const real = () => (built ??= build());
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' && Object.hasOwn(real(), key) ? real()[key] : undefined),
    has: (_, key) => typeof key === 'string' && Object.hasOwn(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}

const JENKINS =
  'jenkinsci/docker @ ab3f5e0a (2026-08-18): docker-bake.hcl DEBIAN_RELEASE_LINE = "trixie"; alpine/hotspot/Dockerfile ARG ALPINE_TAG=3.24.1';
const CLOUD_SDK =
  'GoogleCloudPlatform/cloud-sdk-docker @ 47328f7 (2026-07-22): Dockerfile, debian_slim/, emulators/ FROM debian:trixie-slim; alpine/ FROM python:3.14.6-alpine3.23';

const JENKINS_REPOS = ['docker.io/jenkins/jenkins'];
const CLOUD_SDK_REPOS = [
  'docker.io/google/cloud-sdk',
  'gcr.io/google.com/cloudsdktool/cloud-sdk',
  'gcr.io/google.com/cloudsdktool/google-cloud-cli',
  'us-docker.pkg.dev/google.com/cloudsdktool/google-cloud-cli',
];
const UNVERSIONED_REASON =
  '{image}:{tag} names a version: older versions were built on older bases, which the knowledge base does not record';

const DEVCONTAINERS =
  'devcontainers/images @ bed3eb26 (2026-07-01): build/src/utils/config.js getTagsForVersion (each tag of src/<name>/manifest.json "tags"/"variantTags" with ${VARIANT} = the variant it was built for; "latest" = the variant "build.latest" names); build/src/push.js publishes the same tags to devcontainers and vscode/devcontainers; src/<name>/.devcontainer/Dockerfile FROM <image>:${VARIANT}';
const VSCODE_DEV_CONTAINERS =
  'microsoft/vscode-dev-containers @ 9ead9dfe (2022-08-23, archived 2023): containers/<name>/definition-manifest.json "tags": "<image>:${VERSION}-${VARIANT}", "variantTags" (base-debian: -debian-11 = bullseye; base-ubuntu: -ubuntu-22.04 = jammy), "dependencies.image": "buildpack-deps:${VARIANT}-curl"';
const DEVCONTAINER_VARIANT_SOURCE = `${DEVCONTAINERS}; ${VSCODE_DEV_CONTAINERS}`;
/** Both registry paths and the Azure registry behind them carry the same builds (build/config.json, push.js). */
const DEVCONTAINER_REPOS = [
  'mcr.microsoft.com/devcontainers/*',
  'mcr.microsoft.com/vscode/devcontainers/*',
  'devcon.azurecr.io/public/devcontainers/*',
  'devcon.azurecr.io/public/vscode/devcontainers/*',
];
// Rules of these images carry the variant 'dev container': the image adds a toolchain and a user to its
// base, so the base's own variant (bookworm-slim under dotnet:9.0) does not describe it.
const devcontainerRepos = (name: string): string[] => DEVCONTAINER_REPOS.map((r) => r.replace('*', name));

const JUPYTER =
  'jupyter/docker-stacks @ 82093869 (2026-08-08): images/docker-stacks-foundation/Dockerfile FROM ubuntu:24.04@sha256:561618e2… AS default_root_image (ubuntu:24.04 since e51895bc, 2024-08-30; ARG ROOT_CONTAINER=ubuntu:22.04 before); every other image is built FROM it (ARG BASE_IMAGE=$REGISTRY/$OWNER/…); tagging/taggers/ubuntu_version.py writes the ubuntu-<VERSION_ID> tag from /etc/os-release; README: images are pushed only to Quay.io since 2023-10-20 (00a67281)';
/** The docker-stacks images (images/ in the repository); other images of the jupyter organisations are built elsewhere. */
const JUPYTER_IMAGES = [
  'docker-stacks-foundation',
  'base-notebook',
  'minimal-notebook',
  'scipy-notebook',
  'r-notebook',
  'julia-notebook',
  'tensorflow-notebook',
  'pytorch-notebook',
  'datascience-notebook',
  'pyspark-notebook',
  'all-spark-notebook',
];
const JUPYTER_QUAY = JUPYTER_IMAGES.map((name) => `quay.io/jupyter/${name}`);
const JUPYTER_HUB = JUPYTER_IMAGES.map((name) => `docker.io/jupyter/${name}`);
/**
 * 12-character docker-stacks commit → the Ubuntu its root image is built FROM (generated; a map, so a
 * lookup is O(1)). Built on the first lookup of a Jupyter commit tag: thousands of entries, which cost
 * every start of the server about 5 ms when they were built as the module loaded.
 */
const JUPYTER_COMMITS: Readonly<Record<string, string>> = builtOnFirstRead(() =>
  Object.fromEntries(
    Object.entries(jupyterCommitsByRelease).flatMap(([release, commits]) =>
      commits.split(' ').map((c) => [c, release.replace(/^ubuntu-/, 'ubuntu:')]),
    ),
  ),
);
const JUPYTER_COMMIT_SOURCE = `${jupyterCommitSource.repository} @ ${jupyterCommitSource.commit.slice(0, 8)} (${jupyterCommitSource.date}): the images are also tagged with the 12-character commit they were built from; the Ubuntu release the root image's Dockerfile (images/docker-stacks-foundation, docker-stacks-foundation or base-notebook) names at each first-parent commit, read by scripts/gen-jupyter-commits.mjs`;
const JUPYTER_PREFIX = '(?:(?:x86_64|aarch64)-)?(?:cuda\\d*-)?';

const PROMETHEUS =
  'prometheus/prometheus @ d15adb9a (2026-08-21): Dockerfile FROM quay.io/prometheus/busybox-${OS}-${ARCH}:latest; Dockerfile.distroless FROM gcr.io/distroless/static-debian13:nonroot-${DISTROLESS_ARCH} (since 1105c825, 2026-01-19); the same two FROM lines in prometheus/alertmanager @ 68fb2d57 (2026-08-22), prometheus/node_exporter @ a7dcc3a0 (2026-08-08), prometheus/pushgateway @ 412bd22b (2026-06-27) and prometheus/blackbox_exporter @ e39d7d41 (2026-07-24), Dockerfile.distroless since 2026-04 or later in each. prometheus/busybox @ 869afd42 (2026-06-23): Makefile tags busybox-linux-{amd64,armv7,arm64,riscv64}:latest = uclibc (uclibc/Dockerfile FROM busybox:uclibc), ppc64le and s390x = glibc';
/** Every image built by the shared Makefile.common of the Prometheus organisation from the same two Dockerfiles. */
const PROMETHEUS_IMAGES = ['prometheus', 'alertmanager', 'node-exporter', 'pushgateway', 'blackbox-exporter'];
const PROMETHEUS_REPOS = PROMETHEUS_IMAGES.flatMap((name) => [`docker.io/prom/${name}`, `quay.io/prometheus/${name}`]);

const CLOUD_BUILDERS =
  "GoogleCloudPlatform/cloud-builders @ b70cb2af (2026-06-11): gcloud/Dockerfile.slim FROM marketplace.gcr.io/google/ubuntu2204 (Google's Ubuntu 22.04 image), gcloud/Dockerfile FROM gcloud-slim, git/ and kubectl/Dockerfile FROM gcr.io/cloud-builders/gcloud-slim; docker/Dockerfile-base and wget/Dockerfile FROM gcr.io/gcp-runtimes/ubuntu_20_0_4 (Google's Ubuntu 20.04 image), docker:latest built from docker/Dockerfile-versioned FROM that docker-base (docker/cloudbuild.yaml)";

const TRIVY =
  'aquasecurity/trivy @ dc3c56ee (2026-08-21): Dockerfile FROM alpine:3.24.1; goreleaser.yml tags {{ .Version }} and latest; the FROM line of Dockerfile at each release tag v0.1.7 … v0.74.0';
const TRIVY_REPOS = ['docker.io/aquasec/trivy', 'ghcr.io/aquasecurity/trivy', 'public.ecr.aws/aquasecurity/trivy'];
/** Release versions by the Alpine minor their Dockerfile named at the release tag (git tags of aquasecurity/trivy). */
const TRIVY_ALPINE: Readonly<Record<string, string>> = {
  '3.10': '0.1.7 0.2.0 0.2.1 0.3.0 0.3.1 0.4.0 0.4.1 0.4.2',
  '3.11': '0.4.3 0.4.4 0.5.0 0.5.1 0.5.2 0.5.3 0.5.4 0.6.0 0.7.0 0.8.0 0.9.0 0.9.1',
  '3.12': '0.9.2 0.10.0 0.10.1 0.10.2 0.11.0 0.12.0 0.13.0 0.14.0 0.15.0 0.16.0 0.17.0 0.17.1',
  '3.13': '0.17.2 0.18.0 0.18.1 0.18.2 0.18.3 0.19.0 0.19.1',
  '3.14': '0.19.2 0.20.0 0.20.1 0.20.2 0.21.0 0.21.1',
  '3.15':
    '0.21.2 0.21.3 0.22.0 0.23.0 0.24.0 0.24.1 0.24.2 0.24.3 0.24.4 0.25.0 0.25.1 0.25.2 0.25.3 0.25.4 0.26.0 0.27.0 0.27.1 0.28.0 0.28.1',
  '3.16': '0.29.0 0.29.1 0.29.2 0.30.0 0.30.1 0.30.2 0.30.3 0.30.4 0.31.0 0.31.1 0.31.2 0.31.3 0.32.0 0.32.1 0.33.0 0.34.0 0.35.0',
  '3.17': '0.36.0 0.36.1 0.37.0 0.37.1 0.37.2 0.37.3 0.38.0 0.38.1 0.38.2 0.38.3 0.39.0 0.39.1 0.40.0 0.41.0',
  '3.18': '0.42.0 0.42.1 0.43.0 0.43.1 0.44.0 0.44.1 0.45.0 0.45.1 0.46.0 0.46.1 0.47.0 0.48.0 0.48.1 0.48.2 0.48.3',
  '3.19': '0.49.0 0.49.1 0.50.0 0.50.1 0.50.2 0.50.4 0.51.0 0.51.1 0.51.2 0.51.4',
  '3.20': '0.52.0 0.52.1 0.52.2 0.53.0 0.54.0 0.54.1 0.55.0 0.55.1 0.55.2 0.56.0 0.56.1 0.56.2 0.57.0 0.57.1 0.58.0 0.58.1 0.58.2',
  '3.21': '0.59.0 0.59.1 0.60.0 0.61.0 0.61.1 0.62.0 0.62.1 0.63.0 0.64.0 0.64.1 0.65.0',
  '3.22': '0.66.0 0.67.0 0.67.1 0.67.2 0.68.0 0.68.1',
  '3.23': '0.68.2 0.69.0 0.69.1 0.69.2 0.69.3 0.70.0 0.71.0 0.71.1',
  '3.24': '0.71.2 0.72.0 0.73.0 0.74.0',
};
const TRIVY_ARCH = '(?:-(?:amd64|arm64|s390x|ppc64le|armv7|arm))?';

const AWS_CLI =
  'aws/aws-cli @ 73fb33bb (v2 branch, 2026-07-23 = tag 2.36.7): docker/Dockerfile FROM public.ecr.aws/amazonlinux/amazonlinux:2023 (since 54b1fc31, 2025-07-14); at the release tags 2.0.6 … 2.27.50 FROM amazonlinux:2 / public.ecr.aws/amazonlinux/amazonlinux:2, at 2.27.51 … 2.36.7 FROM public.ecr.aws/amazonlinux/amazonlinux:2023; scripts/installers/make-docker builds docker/Dockerfile, tag amazon/aws-cli';
const AWS_CLI_REPOS = ['docker.io/amazon/aws-cli', 'public.ecr.aws/aws-cli/aws-cli'];

const TERRAFORM =
  'hashicorp/terraform @ 883c7221 (2026-08-21): Dockerfile comment "This is not what produces the official releases in the \\"terraform\\" namespace on Dockerhub; those images … are built by the (closed-source) official release process"';
const CONDA =
  'ContinuumIO/docker-images @ dc64b234 (2024-07-02, the newest commit read): miniconda3/debian/Dockerfile and anaconda3/debian/Dockerfile FROM debian:12.6-slim; at each release tag miniconda3-v<version> / anaconda3-<version>, .github/workflows/{miniconda,anaconda}_{debian,alpine,amazonlinux}_ci.yml tag the image <version> (type=match), <version>-alpine and <version>-amazonlinux (suffix) from the Dockerfile of that flavor at the tag: miniconda3/debian FROM debian:buster-slim (4.10.3, 4.10.3p0), debian:bullseye-slim (4.10.3p1 … 24.3.0-0), debian:12.5-slim (24.4.0-0, 24.5.0-0); miniconda3/alpine FROM frolvlad/alpine-glibc:alpine-3.17 (22.11.1 … 23.5.2-0); anaconda3/debian FROM debian:bullseye-slim (2021.11 … 2024.02-1), debian:12.5-slim (2024.06-1); anaconda3/amazonlinux FROM amazonlinux:2';
const CONDA_VERSIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['miniconda3', '4.10.3 4.10.3p0', 'debian:buster-slim'],
  ['miniconda3', '4.10.3p1 4.11.0 4.12.0 22.11.1 23.3.1-0 23.5.2-0 23.9.0-0 23.10.0-1 24.1.2-0 24.3.0-0', 'debian:bullseye-slim'],
  ['miniconda3', '24.4.0-0 24.5.0-0', 'debian:12.5-slim'],
  // Before 22.11.1 the Debian workflow also matched the -alpine release tags and pushed a Debian build under the same name.
  ['miniconda3', '22.11.1-alpine 23.3.1-0-alpine 23.5.2-0-alpine', 'frolvlad/alpine-glibc:alpine-3.17'],
  ['anaconda3', '2021.11 2022.05 2022.10 2023.03-1 2023.07-1 2023.09-0 2024.02-1', 'debian:bullseye-slim'],
  ['anaconda3', '2024.06-1', 'debian:12.5-slim'],
  [
    'anaconda3',
    '2021.11-amazonlinux 2022.05-amazonlinux 2022.10-amazonlinux 2023.03-1-amazonlinux 2023.07-1-amazonlinux 2023.09-0-amazonlinux 2024.02-1-amazonlinux 2024.06-1-amazonlinux',
    'amazonlinux:2',
  ],
];

const CYPRESS =
  "cypress-io/cypress-docker-images @ a8a9b6d9 (2026-07-24): factory/.env BASE_IMAGE='debian:13.6-slim'; factory/factory.Dockerfile FROM ${BASE_IMAGE} AS factory; factory/Dockerfile FROM cypress/factory:${FACTORY_VERSION}; factory/docker-compose.yml tags factory, included, browsers and base :latest";
const CYPRESS_REPOS = ['docker.io/cypress/factory', 'docker.io/cypress/included', 'docker.io/cypress/browsers', 'docker.io/cypress/base'];
const NIX =
  'NixOS/nix @ 88b09c64 (2026-08-22): doc/manual/source/installation/installing-docker.md "created using pkgs.dockerTools.buildLayeredImage … not based on any other image"; docker.nix';

const PLAYWRIGHT =
  'microsoft/playwright @ d4e1023f (2026-08-21): utils/docker/Dockerfile.<flavor> FROM ubuntu:<flavor> (jammy, noble, resolute; bionic and focal in older releases); utils/docker/publish_docker.sh tags v<version>-<flavor> for each flavor and the bare v<version> on the default flavor, which was focal at the release tags v1.17.2 … v1.32.x, jammy at v1.33.0 … v1.46.x and noble at v1.47.0 … v1.62.1';
const PLAYWRIGHT_ARCH = '(?:-(?:amd64|arm64))?';

const TENSORFLOW =
  'tensorflow/build @ 5b1c7530 (2026-02-18): tensorflow_runtime_dockerfiles/README.md "These containers are built by an internal job at Google and published to tensorflow/tensorflow"; cpu.Dockerfile FROM ubuntu:22.04 as base, gpu.Dockerfile FROM nvidia/cuda:12.3.0-base-ubuntu22.04 as base (Ubuntu 22.04 since a65b114, 2023-07-13; ubuntu:20.04 and nvidia/cuda:11.8.0-base-ubuntu20.04 before)';

const SELENIUM =
  'SeleniumHQ/docker-selenium @ 3290a305 (2024-10-24, the newest commit read): Base/Dockerfile FROM ubuntu:noble-20240904.1; every other image FROM ${NAMESPACE}/base:${VERSION} or node-base; Makefile tags <version>-<BUILD_DATE>; Base/Dockerfile at each release tag: ubuntu:bionic-… 3.141.59-20200326 … 4.0.0-beta-1-prerelease-20201208, ubuntu:focal-… 3.141.59-20210105 … 4.15.0-20231108, ubuntu:jammy-… 4.15.0-20231110 … 4.22.0-20240621, ubuntu:noble-… 4.23.0-20240727 … 4.25.0-20241024';
/** Every image the docker-selenium build tags (also read by vendorFamilies9's `latest` rules). */
export const SELENIUM_REPOS = [
  'base',
  'hub',
  'distributor',
  'router',
  'sessions',
  'session-queue',
  'event-bus',
  'node-base',
  'node-chrome',
  'node-chromium',
  'node-edge',
  'node-firefox',
  'node-docker',
  'standalone-chrome',
  'standalone-chromium',
  'standalone-edge',
  'standalone-firefox',
  'standalone-docker',
].map((name) => `docker.io/selenium/${name}`);
/** Build dates of the release tags (the -YYYYMMDD suffix of every image tag of that build) by the Ubuntu release they were built FROM. */
const SELENIUM_BUILDS: Readonly<Record<string, string>> = {
  bionic:
    '20200326 20200409 20200515 20200525 20200609 20200719 20200720 20200721 20200730 20200826 20200904 20200905 20200907 20200921 20201009 20201010 20201117 20201119 20201127 20201130 20201202 20201208',
  focal:
    '20210105 20210106 20210114 20210128 20210201 20210204 20210207 20210209 20210210 20210215 20210310 20210311 20210312 20210314 20210315 20210317 20210319 20210321 20210329 20210402 20210422 20210426 20210513 20210517 20210527 20210604 20210607 20210608 20210618 20210713 20210729 20210804 20210823 20210830 20210902 20210906 20210907 20210908 20210913 20210914 20210915 20210916 20210923 20210929 20210930 20211010 20211013 20211025 20211102 20211105 20211123 20211209 20211217 20220121 20220130 20220131 20220208 20220217 20220317 20220327 20220405 20220427 20220527 20220531 20220608 20220609 20220622 20220624 20220628 20220706 20220726 20220812 20220831 20220929 20221004 20221017 20221021 20221024 20221104 20221202 20221208 20221217 20221219 20230123 20230131 20230202 20230210 20230221 20230306 20230325 20230328 20230403 20230404 20230421 20230508 20230607 20230801 20230904 20230912 20230920 20230926 20231004 20231016 20231020 20231025 20231102 20231108',
  jammy:
    '20231110 20231122 20231128 20231129 20231206 20231208 20231212 20231219 20240123 20240220 20240224 20240328 20240402 20240425 20240505 20240517 20240522 20240621',
  noble: '20240727 20240812 20240813 20240820 20240830 20240907 20240922 20241010 20241024',
};
/** Bare selenium versions all of whose release builds share one base (4.15.0 was built on focal and on jammy). */
const SELENIUM_VERSIONS: Readonly<Record<string, string>> = {
  focal:
    '4.0.0 4.1.0 4.1.1 4.1.2 4.1.3 4.1.4 4.2.0 4.2.1 4.2.2 4.3.0 4.4.0 4.5.0 4.5.2 4.5.3 4.6.0 4.7.0 4.7.1 4.7.2 4.8.0 4.8.1 4.8.2 4.8.3 4.9.0 4.9.1 4.10.0 4.11.0 4.12.1 4.13.0 4.14.1',
  jammy: '4.16.0 4.16.1 4.17.0 4.18.0 4.18.1 4.19.0 4.19.1 4.20.0 4.21.0 4.22.0',
  noble: '4.23.0 4.23.1 4.24.0',
};

const BITNAMI =
  'bitnami/containers @ 078f764c (image created 2024-07-24 per its label): bitnami/postgresql/13/debian-12/Dockerfile FROM docker.io/bitnami/minideb:bookworm, ENV OS_FLAVOUR="debian-12", org.opencontainers.image.ref.name="13.15.0-debian-12-r18" (every image is built per <branch>/debian-NN/ directory, debian-11 ones FROM minideb:bullseye, and its tags carry that debian-NN); tags-info.yaml rolling tags ("13", "13-debian-12", "13.18.0") move between builds';
const MINIDEB =
  'bitnami/minideb @ 1cd8d339 (2026-06-26): buildall builds bullseye, bookworm and trixie with debootstrap (mkimage <dist>); pushall LATEST=bookworm, docker tag <LATEST> latest';
/** The frozen bitnamilegacy/ namespace holds the earlier bitnami/ tags: the same builds, the same tag names. */
const BITNAMI_REPOS = ['docker.io/bitnami/*', 'docker.io/bitnamilegacy/*'];

const DEVCONTAINER_HISTORY = `${devcontainerHistorySource.vscode.repository} @ ${devcontainerHistorySource.vscode.commit.slice(0, 8)} (every release tag vX.Y.Z) and ${devcontainerHistorySource.images.repository} @ ${devcontainerHistorySource.images.commit.slice(0, 8)} (every manifest version): the tags build/src/utils/config.js getTagList makes of each version and the FROM of the variant's Dockerfile then, read by scripts/gen-devcontainer-history.mjs`;
/** Tag → the FROM its last build named (generated history; a tag without a readable FROM is absent, so it stays unknown). */
const historyBases = (name: string, path: 'vscode' | 'devcontainers'): Readonly<Record<string, string>> =>
  new Proxy({} as Record<string, string>, {
    get: (_, tag) => (typeof tag === 'string' ? devcontainerTag(name, tag, path)?.base : undefined),
    has: (_, tag) => typeof tag === 'string' && devcontainerTag(name, tag, path)?.base !== undefined,
  });

/** Unsuffixed dev container tags of today's manifests: [image, tags, the FROM of the variant they name]. */
const DEVCONTAINER_MOVING: ReadonlyArray<readonly [string, string, string]> = [
  ['base', 'latest|debian', 'buildpack-deps:trixie-curl'],
  ['base', 'ubuntu', 'buildpack-deps:resolute-curl'],
  ['base', 'alpine', 'alpine:3.23'],
  ['cpp', 'latest|debian', 'mcr.microsoft.com/devcontainers/base:trixie'],
  ['cpp', 'ubuntu', 'mcr.microsoft.com/devcontainers/base:resolute'],
  ['dotnet', 'latest|10\\.0', 'mcr.microsoft.com/dotnet/sdk:10.0-noble'],
  ['dotnet', '11\\.0-preview', 'mcr.microsoft.com/dotnet/sdk:11.0-preview-resolute'],
  ['dotnet', '9\\.0', 'mcr.microsoft.com/dotnet/sdk:9.0-bookworm-slim'],
  ['dotnet', '8\\.0', 'mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim'],
  ['go', 'latest|1|1\\.26', 'golang:1.26-trixie'],
  ['go', '1\\.25', 'golang:1.25-trixie'],
  ['java', 'latest|25|21|17|11|8', 'mcr.microsoft.com/devcontainers/base:trixie'],
  ['javascript-node', 'latest|24', 'node:24-trixie'],
  ['javascript-node', '22', 'node:22-trixie'],
  ['javascript-node', '20', 'node:20-trixie'],
  ['typescript-node', 'latest|24', 'mcr.microsoft.com/devcontainers/javascript-node:4-24-trixie'],
  ['typescript-node', '22', 'mcr.microsoft.com/devcontainers/javascript-node:4-22-trixie'],
  ['python', 'latest|3|3\\.14', 'python:3.14-trixie'],
  ['python', '3\\.13', 'python:3.13-trixie'],
  ['python', '3\\.12', 'python:3.12-trixie'],
  ['python', '3\\.11', 'python:3.11-trixie'],
  ['python', '3\\.10', 'python:3.10-trixie'],
  ['ruby', 'latest|4|4\\.0', 'ruby:4.0-trixie'],
  ['ruby', '3\\.4', 'ruby:3.4-trixie'],
  ['ruby', '3\\.3', 'ruby:3.3-trixie'],
  ['rust', 'latest|1', 'rust:1-trixie'],
  ['php', 'latest|8|8\\.5', 'php:8.5-apache-trixie'],
  ['php', '8\\.4', 'php:8.4-apache-trixie'],
  ['php', '8\\.3', 'php:8.3-apache-trixie'],
  ['jekyll', 'latest', 'mcr.microsoft.com/devcontainers/ruby:3.4-bookworm'],
  ['universal', 'latest|linux', 'ubuntu:noble'],
  // Multi-stage: the final stage, not the continuumio upstream stage, is the userland.
  ['anaconda', 'latest|3', 'mcr.microsoft.com/devcontainers/base:1-bookworm'],
  ['miniconda', 'latest|3', 'mcr.microsoft.com/devcontainers/base:2-trixie'],
];

/**
 * Microsoft's build of Go (mcr.microsoft.com/oss/go/microsoft/golang): every Linux tag ends in the flavor its
 * Dockerfile is built on (`1.25-azurelinux3.0`, `1.22.1-1-fips-cbl-mariner2.0-amd64`, `1.21-bookworm`); `fips-`
 * images are FROM the same tag without it (src/microsoft/<v>/fips/<flavor>/Dockerfile: FROM $REPO:<v>-<flavor>).
 */
const MS_GO =
  'microsoft/go-images: src/microsoft/1.25/azurelinux3.0/Dockerfile @ eca63025 (FROM mcr.microsoft.com/azurelinux/base/core:3.0), 1.25/cbl-mariner2.0/Dockerfile @ 8173f2a1 (FROM mcr.microsoft.com/cbl-mariner/base/core:2.0), 1.25/bookworm/Dockerfile @ c1b9c4b1 (FROM …/buildpack-deps:bookworm-scm), 1.25/fips/cbl-mariner2.0/Dockerfile @ 5e12e56c (FROM $REPO:$FROM_TAG); manifest.json @ 2b5a4ff1 (2024-03-27: tags <v>[-<rev>]-[fips-]<flavor>[-<arch>])';
const MS_GO_REPOS = ['mcr.microsoft.com/oss/go/microsoft/golang'];
const msGoTag = (flavor: string) => new RegExp(`^(?:[\\d.]+(?:-\\d+)?-)?(?:fips-)?${flavor}(?:-(?:amd64|arm64v8|arm32v7))?$`);

export const thirdPartyRules: ImageTagRule[] = [
  {
    // Major version 2 of the universal image: every 2.x release (2.0.0 … 2.13.1, the last before 3.0) was Ubuntu 20.04.
    id: 'devcontainers/universal-2',
    repositories: devcontainerRepos('universal'),
    tag: /^2(?:\.\d+){0,2}(?:-(?:linux|focal))?$/,
    base: 'ubuntu:focal',
    variant: 'dev container',
    source:
      'devcontainers/images src/universal/history/2.0.0.md @ 6634d7f5 and 2.13.1.md @ cce5cd68 (tags <v>-focal, <v>-linux, <v>; "Linux distribution: Ubuntu 20.04.4 LTS" / "Ubuntu 20.04.6 LTS"); history/3.0.1.md follows 2.13.1',
  },
  {
    id: 'microsoft-go/azurelinux',
    repositories: MS_GO_REPOS,
    tag: msGoTag('azurelinux(?<v>3\\.0)'),
    base: 'mcr.microsoft.com/azurelinux/base/core:{v}',
    variant: 'Microsoft Go',
    source: MS_GO,
  },
  {
    id: 'microsoft-go/cbl-mariner',
    repositories: MS_GO_REPOS,
    tag: msGoTag('cbl-mariner(?<v>[12]\\.0)'),
    base: 'mcr.microsoft.com/cbl-mariner/base/core:{v}',
    variant: 'Microsoft Go',
    source: MS_GO,
  },
  {
    id: 'microsoft-go/debian',
    repositories: MS_GO_REPOS,
    tag: msGoTag('(?<suite>stretch|buster|bullseye|bookworm|trixie)'),
    base: 'debian:{suite}',
    variant: 'Microsoft Go',
    source: MS_GO,
  },
  {
    id: 'jenkins/alpine',
    repositories: JENKINS_REPOS,
    tag: /^(?:(?:lts|latest|weekly)-)?alpine(?:-jdk\d+)?$/,
    base: 'alpine:3.24',
    moving: {},
    source: JENKINS,
  },
  {
    id: 'jenkins/debian-slim',
    repositories: JENKINS_REPOS,
    tag: /^(?:(?:lts|latest|weekly)-)?slim(?:-jdk\d+)?$|^(?:lts|latest|weekly)-slim(?:-jdk\d+)?$/,
    base: 'debian:trixie-slim',
    variant: 'slim',
    moving: {},
    source: JENKINS,
  },
  {
    id: 'jenkins/debian',
    repositories: JENKINS_REPOS,
    tag: /^(?:lts|latest|weekly|jdk\d+)(?:-jdk\d+)?$/,
    base: 'debian:trixie',
    moving: {},
    source: JENKINS,
  },
  { id: 'jenkins/versioned', repositories: JENKINS_REPOS, tag: /^\d.*$/, unknown: UNVERSIONED_REASON, source: JENKINS },
  { id: 'cloud-sdk/alpine', repositories: CLOUD_SDK_REPOS, tag: /^alpine$/, base: 'alpine:3.23', moving: {}, source: CLOUD_SDK },
  {
    id: 'cloud-sdk/debian',
    repositories: CLOUD_SDK_REPOS,
    tag: /^(?:latest|slim|emulators|stable|debian_component_based)$/,
    base: 'debian:trixie-slim',
    moving: {},
    source: CLOUD_SDK,
  },
  { id: 'cloud-sdk/versioned', repositories: CLOUD_SDK_REPOS, tag: /^\d.*$/, unknown: UNVERSIONED_REASON, source: CLOUD_SDK },
  // Dev container images: a tag that names its variant's distribution release is built FROM that release
  // (the variant is substituted into both the tag and the FROM line), in both generations of the build.
  {
    id: 'devcontainers/debian-codename',
    repositories: DEVCONTAINER_REPOS,
    tag: /^(?:[\w.]+-)*?(?<codename>stretch|buster|bullseye|bookworm|trixie)(?:-slim)?$/,
    base: 'debian:{codename}',
    variant: 'dev container',
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  {
    id: 'devcontainers/ubuntu-codename',
    repositories: DEVCONTAINER_REPOS,
    tag: /^(?:[\w.]+-)*?(?<codename>bionic|focal|jammy|noble|resolute)$/,
    base: 'ubuntu:{codename}',
    variant: 'dev container',
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  {
    id: 'devcontainers/debian-number',
    repositories: DEVCONTAINER_REPOS,
    tag: /^(?:[\w.]+-)*?debian-?(?<n>9|1[0-3])$/,
    base: 'debian:{n}',
    variant: 'dev container',
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  {
    id: 'devcontainers/ubuntu-number',
    repositories: DEVCONTAINER_REPOS,
    tag: /^(?:[\w.]+-)*?ubuntu-?(?<v>(?:18|20|22|24|26)\.04)$/,
    base: 'ubuntu:{v}',
    variant: 'dev container',
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  {
    id: 'devcontainers/alpine-number',
    repositories: DEVCONTAINER_REPOS,
    tag: /^(?:[\w.]+-)*?alpine-?(?<v>3\.\d+)$/,
    base: 'alpine:{v}',
    variant: 'dev container',
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  ...DEVCONTAINER_MOVING.map(
    ([name, tags, base]): ImageTagRule => ({
      id: `devcontainers/${name}:${tags.split('|')[0].replace(/\\/g, '')}`,
      repositories: devcontainerRepos(name),
      tag: new RegExp(`^(?:${tags})$`),
      base,
      variant: 'dev container',
      moving: {},
      source: DEVCONTAINERS,
    }),
  ),
  {
    id: 'devcontainers/repository-containers',
    repositories: ['mcr.microsoft.com/vscode/devcontainers/repos/*', 'devcon.azurecr.io/public/vscode/devcontainers/repos/*'],
    tag: /^.*$/,
    unknown:
      '{image} is a repository container of the archived vscode-dev-containers (repository-containers/); which base its last build used is not recorded',
    source: VSCODE_DEV_CONTAINERS,
  },
  // Tags today's manifests no longer build (python:0-3.9, ruby:2.5): what the build code made them when last built.
  ...devcontainerHistoryImages.flatMap((name) =>
    (['vscode', 'devcontainers'] as const).map(
      (path): ImageTagRule => ({
        id: `devcontainers/history:${path}/${name}`,
        repositories: DEVCONTAINER_REPOS.filter((r) => r.includes('/vscode/') === (path === 'vscode')).map((r) => r.replace('*', name)),
        tag: /^(?<tag>.+)$/,
        base: {
          group: 'tag',
          map: historyBases(name, path),
          published: (tag) => {
            const h = devcontainerTag(name, tag, path);
            if (!h) return undefined;
            const frozen =
              h.from === 'v'
                ? `last built by microsoft/vscode-dev-containers ${h.version} (${h.date}); that repository is archived: the tag gets no updates`
                : h.newest
                  ? undefined
                  : `last built by devcontainers/images ${name} ${h.version} (${h.date}); later versions no longer make this tag, so it gets no updates`;
            return { date: h.date, frozen, source: h.source };
          },
        },
        variant: 'dev container',
        source: DEVCONTAINER_HISTORY,
      }),
    ),
  ),
  {
    id: 'devcontainers/other',
    repositories: DEVCONTAINER_REPOS,
    tag: /^.*$/,
    unknown:
      "{image}:{tag} names an image version or a variant that today's manifests no longer build; the build files read do not record which base it was built on",
    source: DEVCONTAINER_VARIANT_SOURCE,
  },
  // Jupyter Docker Stacks: one Ubuntu base (docker-stacks-foundation) under every image.
  {
    id: 'jupyter/ubuntu-tag',
    repositories: [...JUPYTER_QUAY, ...JUPYTER_HUB],
    tag: new RegExp(`^${JUPYTER_PREFIX}ubuntu-(?<v>\\d\\d\\.\\d\\d)$`),
    base: 'ubuntu:{v}',
    source: JUPYTER,
  },
  {
    id: 'jupyter/quay-latest',
    repositories: JUPYTER_QUAY,
    tag: new RegExp(`^${JUPYTER_PREFIX}latest$`),
    base: 'ubuntu:24.04',
    moving: {},
    source: JUPYTER,
  },
  {
    // Date tags of builds between the switch to 24.04 (merged 2024-08-30) and the commit read.
    id: 'jupyter/quay-date-noble',
    repositories: JUPYTER_QUAY,
    tag: new RegExp(`^${JUPYTER_PREFIX}(?:2024-08-31|2024-(?:09|1[0-2])-\\d\\d|2025-\\d\\d-\\d\\d|2026-0[1-7]-\\d\\d|2026-08-0[1-8])$`),
    base: 'ubuntu:24.04',
    source: JUPYTER,
  },
  {
    // Docker Hub copies stopped at the 2023-10-20 build: latest is that build, on ubuntu:22.04.
    id: 'jupyter/dockerhub-final',
    repositories: JUPYTER_HUB,
    tag: new RegExp(`^${JUPYTER_PREFIX}(?:latest|2023-(?:0\\d-\\d\\d|10-(?:0\\d|1\\d|20)))$`),
    base: 'ubuntu:22.04',
    source: JUPYTER,
  },
  {
    id: 'jupyter/commit',
    repositories: [...JUPYTER_QUAY, ...JUPYTER_HUB],
    tag: new RegExp(`^${JUPYTER_PREFIX}(?<commit>[0-9a-f]{12})$`),
    base: { group: 'commit', map: JUPYTER_COMMITS },
    source: JUPYTER_COMMIT_SOURCE,
  },
  {
    id: 'jupyter/other',
    repositories: [...JUPYTER_QUAY, ...JUPYTER_HUB],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} names a software version, a commit or a date whose build the knowledge base does not date to an Ubuntu release (the ubuntu-NN.NN tags name it)',
    source: JUPYTER,
  },
  // Prometheus: busybox (uClibc variant on amd64/arm, glibc on ppc64le/s390x) or distroless.
  {
    id: 'prometheus/distroless',
    repositories: PROMETHEUS_REPOS,
    tag: /^(?:.+-)?distroless$/,
    base: 'gcr.io/distroless/static-debian13',
    source: PROMETHEUS,
  },
  {
    id: 'prometheus/busybox',
    repositories: PROMETHEUS_REPOS,
    tag: /^(?:latest|main)(?:-busybox)?$/,
    base: 'busybox:uclibc',
    moving: { means: 'BusyBox, uClibc variant on amd64, armv7, arm64 and riscv64 (glibc variant on ppc64le and s390x)' },
    source: PROMETHEUS,
  },
  { id: 'prometheus/versioned', repositories: PROMETHEUS_REPOS, tag: /^v?\d.*$/, unknown: UNVERSIONED_REASON, source: PROMETHEUS },
  // Google Cloud Build builders.
  {
    id: 'cloud-builders/gcloud',
    repositories: [
      'gcr.io/cloud-builders/gcloud',
      'gcr.io/cloud-builders/gcloud-slim',
      'gcr.io/cloud-builders/git',
      'gcr.io/cloud-builders/kubectl',
    ],
    tag: /^latest$/,
    base: 'ubuntu:22.04',
    moving: {},
    source: CLOUD_BUILDERS,
  },
  {
    id: 'cloud-builders/ubuntu-20.04',
    repositories: ['gcr.io/cloud-builders/docker', 'gcr.io/cloud-builders/wget'],
    tag: /^latest$/,
    base: 'ubuntu:20.04',
    moving: {},
    source: CLOUD_BUILDERS,
  },
  // Trivy: one Alpine release per release line, read at each release tag.
  {
    id: 'trivy/latest',
    repositories: TRIVY_REPOS,
    tag: new RegExp(`^latest${TRIVY_ARCH}$`),
    base: 'alpine:3.24',
    moving: {},
    source: TRIVY,
  },
  ...Object.entries(TRIVY_ALPINE).map(
    ([alpine, versions]): ImageTagRule => ({
      id: `trivy/alpine-${alpine}`,
      repositories: TRIVY_REPOS,
      tag: new RegExp(`^(?:${versions.replace(/\./g, '\\.').replace(/ /g, '|')})${TRIVY_ARCH}$`),
      base: `alpine:${alpine}`,
      source: TRIVY,
    }),
  ),
  {
    id: 'trivy/other',
    repositories: TRIVY_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a release whose Dockerfile was read (v0.1.7 … v0.74.0)',
    source: TRIVY,
  },
  // AWS CLI v2: Amazon Linux 2 until 2.27.50, Amazon Linux 2023 from 2.27.51.
  { id: 'aws-cli/latest', repositories: AWS_CLI_REPOS, tag: /^latest$/, base: 'amazonlinux:2023', moving: {}, source: AWS_CLI },
  {
    id: 'aws-cli/al2',
    repositories: AWS_CLI_REPOS,
    tag: /^2\.(?:0\.(?:[6-9]|\d\d+)|(?:[1-9]|1\d|2[0-6])\.\d+|27\.(?:\d|[1-4]\d|50))$/,
    base: 'amazonlinux:2',
    source: AWS_CLI,
  },
  {
    id: 'aws-cli/al2023',
    repositories: AWS_CLI_REPOS,
    tag: /^2\.(?:27\.(?:5[1-9]|[6-9]\d)|(?:2[89]|3[0-5])\.\d+|36\.[0-7])$/,
    base: 'amazonlinux:2023',
    source: AWS_CLI,
  },
  {
    id: 'aws-cli/other',
    repositories: AWS_CLI_REPOS,
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a release whose docker/Dockerfile was read (2.0.6 … 2.36.7)',
    source: AWS_CLI,
  },
  {
    id: 'terraform/closed-build',
    repositories: ['docker.io/hashicorp/terraform'],
    tag: /^.*$/,
    unknown:
      "{image} is built by HashiCorp's closed-source release process; the Dockerfile in hashicorp/terraform says it is not what produces these images, so its base is not known",
    source: TERRAFORM,
  },
  ...CONDA_VERSIONS.map(
    ([name, versions, base]): ImageTagRule => ({
      id: `conda/${name}-${base}`,
      repositories: [`docker.io/continuumio/${name}`],
      tag: new RegExp(`^(?:${versions.replace(/\./g, '\\.').replace(/ /g, '|')})$`),
      base,
      source: CONDA,
    }),
  ),
  {
    id: 'conda/not-current',
    repositories: ['docker.io/continuumio/miniconda3', 'docker.io/continuumio/anaconda3'],
    tag: /^.*$/,
    unknown:
      "{image}:{tag}: no release build files read fix this tag's base (the newest commit read, 2024-07-02, names debian:12.6-slim; latest and main are given as of that commit, builds of other tags after it are not recorded)",
    source: CONDA,
  },
  {
    id: 'cypress/latest',
    repositories: CYPRESS_REPOS,
    tag: /^latest$/,
    base: 'debian:13-slim',
    moving: {},
    source: CYPRESS,
  },
  {
    id: 'cypress/versioned',
    repositories: CYPRESS_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} names a version: each was built from factory/.env as it stood at its release, and the knowledge base does not record those',
    source: CYPRESS,
  },
  {
    id: 'nix/no-base',
    repositories: ['docker.io/nixos/nix', 'ghcr.io/nixos/nix'],
    tag: /^.*$/,
    unknown:
      '{image} is not built on a distribution image: Nix assembles it from nixpkgs store paths (dockerTools.buildLayeredImage), which the knowledge base does not model as a release',
    source: NIX,
  },
  // Playwright: v<version>-<flavor> tags name their Ubuntu release; the bare v<version> tag the default flavor of that release.
  {
    id: 'playwright/flavor',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: new RegExp(
      `^v1\\.(?:17\\.(?:[2-9]|\\d\\d)|(?:1[89]|[2-9]\\d)\\.\\d+)-(?<codename>bionic|focal|jammy|noble|resolute)${PLAYWRIGHT_ARCH}$`,
    ),
    base: 'ubuntu:{codename}',
    source: PLAYWRIGHT,
  },
  {
    id: 'playwright/default-focal',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: new RegExp(`^v1\\.(?:17\\.(?:[2-9]|\\d\\d)|(?:1[89]|2\\d|3[0-2])\\.\\d+)${PLAYWRIGHT_ARCH}$`),
    base: 'ubuntu:focal',
    source: PLAYWRIGHT,
  },
  {
    id: 'playwright/default-jammy',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: new RegExp(`^v1\\.(?:3[3-9]|4[0-6])\\.\\d+${PLAYWRIGHT_ARCH}$`),
    base: 'ubuntu:jammy',
    source: PLAYWRIGHT,
  },
  {
    id: 'playwright/default-noble',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: new RegExp(`^v1\\.(?:4[7-9]|5\\d|6[01]|62(?=\\.[01]$))\\.\\d+${PLAYWRIGHT_ARCH}$`),
    base: 'ubuntu:noble',
    source: PLAYWRIGHT,
  },
  {
    // Frozen: v1.46.x was the last release to push latest (JAMMY_TAGS+=("latest")); none since v1.47.0 does.
    id: 'playwright/latest',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: /^latest$/,
    base: 'ubuntu:jammy',
    source: `${PLAYWRIGHT}; latest was last pushed by v1.46.x (publish_docker.sh @ v1.46.1: JAMMY_TAGS+=("latest")), by no release since v1.47.0`,
  },
  {
    id: 'playwright/other',
    repositories: ['mcr.microsoft.com/playwright'],
    tag: /^.*$/,
    unknown: '{image}:{tag} is not a release tag whose build files were read (v1.17.2 … v1.62.1)',
    source: PLAYWRIGHT,
  },
  // TensorFlow: the runtime Dockerfiles of tensorflow/build; version tags were built at release time from whatever they said then.
  {
    id: 'tensorflow/cpu',
    repositories: ['docker.io/tensorflow/tensorflow'],
    tag: /^(?:latest|nightly)(?:-jupyter)?$/,
    base: 'ubuntu:22.04',
    moving: {},
    source: TENSORFLOW,
  },
  {
    // The CUDA base image's tag names its Ubuntu release; the knowledge base reads NVIDIA's tag, not its build.
    id: 'tensorflow/gpu',
    repositories: ['docker.io/tensorflow/tensorflow'],
    tag: /^(?:latest|nightly)-gpu(?:-jupyter)?$/,
    base: 'nvidia/cuda:12.3.0-base-ubuntu22.04',
    moving: {},
    source: TENSORFLOW,
  },
  {
    id: 'tensorflow/other',
    repositories: ['docker.io/tensorflow/tensorflow'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} was built when it was last pushed, by an internal Google job (from tensorflow/build since 2023: ubuntu:20.04 until 2023-07-13, ubuntu:22.04 since; before that from tensorflow/tools/dockerfiles); which base this build used is not recorded',
    source: TENSORFLOW,
  },
  // Selenium: the build date every tag ends with, or a version all of whose builds share one base.
  ...Object.entries(SELENIUM_BUILDS).map(
    ([codename, builds]): ImageTagRule => ({
      id: `selenium/build-${codename}`,
      repositories: SELENIUM_REPOS,
      tag: new RegExp(`^[\\w.-]+-(?:${builds.replace(/ /g, '|')})$`),
      base: `ubuntu:${codename}`,
      source: SELENIUM,
    }),
  ),
  ...Object.entries(SELENIUM_VERSIONS).map(
    ([codename, versions]): ImageTagRule => ({
      id: `selenium/version-${codename}`,
      repositories: SELENIUM_REPOS,
      tag: new RegExp(`^(?:${versions.replace(/\./g, '\\.').replace(/ /g, '|')})$`),
      base: `ubuntu:${codename}`,
      source: SELENIUM,
    }),
  ),
  {
    id: 'selenium/other',
    repositories: SELENIUM_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a release build whose files were read (the newest read is 4.25.0-20241024), or names a version built on more than one base',
    source: SELENIUM,
  },
  // Bitnami: minideb is Debian by codename; application images name their debian-NN flavor in the tag.
  {
    id: 'minideb/codename',
    repositories: ['docker.io/bitnami/minideb'],
    tag: /^(?<codename>stretch|buster|bullseye|bookworm|trixie)(?:-(?:amd64|arm64))?$/,
    base: 'debian:{codename}',
    source: MINIDEB,
  },
  {
    id: 'minideb/latest',
    repositories: ['docker.io/bitnami/minideb'],
    tag: /^latest$/,
    base: 'debian:bookworm',
    moving: {},
    source: MINIDEB,
  },
  {
    id: 'bitnami/debian-flavor',
    repositories: BITNAMI_REPOS,
    tag: /^(?:[\w.]+-)?debian-(?<n>9|1[0-3])(?:-r\d+)?$/,
    base: 'debian:{n}',
    source: BITNAMI,
  },
  {
    id: 'bitnami/rolling',
    repositories: BITNAMI_REPOS,
    tag: /^.*$/,
    unknown:
      '{image}:{tag} does not name its OS flavor: Bitnami moves such tags between builds, and which debian-NN build backs it is not recorded (tags like <version>-debian-12-r<n> name it)',
    source: BITNAMI,
  },
];
