/**
 * Non-official image families of issue #17, eleventh file: the biggest unknown groups of samples 2–12 whose answer a
 * primary source gives. Moving tags are described as of the newest build files read (repository @ commit (date) in every
 * source, and in the hover's moving-tag text). The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts …
 * vendorFamilies9.ts. Registered after vendorFamilies9.ts and before communityImages.ts and thirdParty.ts, whose
 * catch-all unknowns for the same repositories stay in force for every tag not listed here.
 */
import type { ImageTagRule } from './ruleTypes';

// --- Azure Functions host 4: python, node, java, powershell (Azure/azure-functions-docker) --------------------------------
// The <lang>-build.yml pipelines run on each release tag (trigger refs/tags/4.*) and build
// azure-functions/4/<lang>:<tag>-<lang><version>[-slim|-buildenv] from host/4/<folder>/<lang>/<lang><NN>/*.Dockerfile, the
// folder per version set in the pipeline's matrix; publish.yml re-tags them $(TargetVersion)-<lang><version>[…], so the
// 4-… tags are the TargetVersion 4 of the newest published release. They move with each host release (the bookworm folders
// already hold python 3.12, node 22, java 21 and powershell 7.4), so they are given as of the newest release tag read,
// 4.36.1 (the snapshot's HEAD). Three final stages end FROM mcr.microsoft.com/dotnet/runtime-deps:6.0, a moving tag: the
// dotnet-docker manifest of the same day maps 6.0 to 6.0/bullseye-slim, so that is the base named here. python 3.11 copies
// the whole root of its python:3.11-slim-bullseye stage over it (COPY --from=python / /): Debian 11 either way.
// core-tools images (FROM the moving dev container tags) and the generated -appservice files are not listed.
const AZURE_FUNCTIONS_4 =
  'Azure/azure-functions-docker @ 020dbf31 (2024-10-23, release tag 4.36.1, the newest tag and the snapshot HEAD): host/4/python-build.yml, node-build.yml, java-build.yml, powershell-build.yml (trigger refs/tags/4.*, matrix dockerfilePath bullseye for python 3.7–3.11, node 14–20, java 8/11/17, powershell 7.2; bookworm for python 3.12, node 22, java 21, powershell 7.4), host/4/publish.yml (docker tag …:$(PrivateVersion)-python3.9 …:$(TargetVersion)-python3.9 and likewise, python3.9 also as $(TargetVersion), -slim, -buildenv; java8 also as $(TargetVersion) and -slim); final FROM of host/4/bullseye/python/python3{7,8,9,10}/*.Dockerfile mcr.microsoft.com/mirror/docker/library/python:3.X-slim-bullseye, python311(-slim) mcr.microsoft.com/dotnet/runtime-deps:6.0 with COPY --from=python / / (python:3.11-slim-bullseye), python311-buildenv python:3.11-slim-bullseye, bookworm/python/python312 mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64 (-buildenv FROM mcr.microsoft.com/oryx/python:3.12-debian-bookworm, whose own build was not read: not listed), bullseye/node/node14…20(-slim) and bullseye/java/java8,11,17(-slim) runtime-deps:6.0, bookworm/node/node22 and bookworm/java/java21(-slim) aspnet:8.0-bookworm-slim-amd64, bullseye/powershell/powershell72(-slim) mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim, bookworm/powershell/powershell74(-slim) aspnet:8.0-bookworm-slim-amd64; dotnet/dotnet-docker @ 4f48d36a (2024-10-23) manifest.json: runtime-deps 6.0 shared tags on src/runtime-deps/6.0/bullseye-slim';
const AF = 'mcr.microsoft.com/azure-functions';
const RUNTIME_DEPS_6 = 'mcr.microsoft.com/dotnet/runtime-deps:6.0-bullseye-slim';
const ASPNET_8_BOOKWORM = 'mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64';
const azureMeans = (what: string, release: string): string =>
  `${what} as built by host release 4.36.1, the newest release tag read (2024-10-23): ${release}; later host releases may move it`;
const azureRule = (id: string, repository: string, tag: RegExp, base: string, means: string, release: string): ImageTagRule => ({
  id: `azure-functions-4/${id}`,
  repositories: [`${AF}/${repository}`],
  tag,
  base,
  moving: { means: azureMeans(means, release) },
  source: AZURE_FUNCTIONS_4,
});
const azureFunctions4Rules: ImageTagRule[] = [
  azureRule(
    'python-bullseye',
    'python',
    /^4-python3\.(?<minor>[789]|10)(?:-slim|-buildenv)?$/,
    'python:3.{minor}-slim-bullseye',
    'the Python 3.{minor} image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.9-default',
    'python',
    /^4(?:-slim|-buildenv)?$/,
    'python:3.9-slim-bullseye',
    'the Python 3.9 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.11',
    'python',
    /^4-python3\.11(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Python 3.11 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.11-buildenv',
    'python',
    /^4-python3\.11-buildenv$/,
    'python:3.11-slim-bullseye',
    'the Python 3.11 build image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.12',
    'python',
    /^4-python3\.12$/,
    ASPNET_8_BOOKWORM,
    'the Python 3.12 image of Functions host 4',
    'Debian 12 (bookworm)',
  ),
  azureRule(
    'node-bullseye',
    'node',
    /^4-node(?:14|16|18|20)(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Node.js image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule('node-22', 'node', /^4-node22$/, ASPNET_8_BOOKWORM, 'the Node.js 22 image of Functions host 4', 'Debian 12 (bookworm)'),
  azureRule(
    'java-bullseye',
    'java',
    /^4(?:-java(?:8|11|17))?(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Java image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule('java-21', 'java', /^4-java21(?:-slim)?$/, ASPNET_8_BOOKWORM, 'the Java 21 image of Functions host 4', 'Debian 12 (bookworm)'),
  azureRule(
    'powershell-7.2',
    'powershell',
    /^4-powershell7\.2(?:-slim)?$/,
    'mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim',
    'the PowerShell 7.2 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'powershell-7.4',
    'powershell',
    /^4-powershell7\.4(?:-slim)?$/,
    ASPNET_8_BOOKWORM,
    'the PowerShell 7.4 image of Functions host 4',
    'Debian 12 (bookworm)',
  ),
];

// --- webdevops PHP images: php, php-official and the nginx / apache / -dev layers (webdevops/Dockerfile) ---------------------
// docker/php/<v> is a symlink to docker/php-official/<v>, whose Dockerfile is FROM the official php:<v>-fpm[-<suite>|-alpine];
// php-nginx/<v>, php-apache/<v> and php-dev/<v> are FROM webdevops/php:<v>, php-nginx-dev/<v> and php-apache-dev/<v> FROM
// webdevops/php-nginx:<v> and php-apache:<v>, in every version of those files read for the tags below. 7.4: every version
// of php-official/7.4 (2019-08 … 2026-01) is FROM php:7.4(-rc)-fpm-buster, so every 7.4 build carries Debian 10 (the
// current workflow no longer builds it). 8.1 … 8.5 and their -alpine variants are rebuilt by the weekly workflow (cron
// Tuesdays) from master, so they move and are given as of the newest commit read: Debian 12 (8.1 and 8.2 were buster
// before) and the Alpine of the official php:<v>-fpm-alpine, resolved through its own entry.
const WEBDEVOPS =
  'webdevops/Dockerfile @ 3ba1c2cc (2026-01-26, the newest commit read): docker/php/<v> symlinks to ../php-official/<v>; every version of docker/php-official/7.4/Dockerfile (2019-08-09 … 2026-01-26) FROM php:7.4-rc-fpm-buster or php:7.4-fpm-buster; php-official/8.3, 8.4, 8.5 FROM php:<v>-fpm-bookworm in every version, 8.1 and 8.2 FROM php:<v>-fpm-buster, then php:<v>-fpm-bookworm at HEAD; php-official/<v>-alpine FROM php:<v>-fpm-alpine in every version; docker/php-nginx, php-apache, php-dev/<v> FROM webdevops/php:<v>, php-nginx-dev and php-apache-dev/<v> FROM webdevops/php-nginx:<v> and php-apache:<v>; .github/workflows/build.yaml (schedule cron 0 0 * * 2, push) builds 8.1 … 8.5 and 8.1-alpine … 8.5-alpine of each and tags webdevops/<image>:<v> and ghcr.io/webdevops/<image>:<v>';
const WEBDEVOPS_PARENT: Readonly<Record<string, string>> = {
  'php-nginx': 'php',
  'php-apache': 'php',
  'php-dev': 'php',
  'php-nginx-dev': 'php-nginx',
  'php-apache-dev': 'php-apache',
};
const webdevopsRepos = (image: string): string[] => [`docker.io/webdevops/${image}`, `ghcr.io/webdevops/${image}`];
const WEBDEVOPS_MOVING = 'as of the newest commit read (2026-01-26); rebuilt weekly from master';
const webdevopsRules: ImageTagRule[] = [
  {
    id: 'webdevops-php/7.4',
    repositories: [...webdevopsRepos('php'), ...webdevopsRepos('php-official')],
    tag: /^7\.4$/,
    base: 'php:7.4-fpm-buster',
    source: WEBDEVOPS,
  },
  {
    id: 'webdevops-php/bookworm',
    repositories: [...webdevopsRepos('php'), ...webdevopsRepos('php-official')],
    tag: /^(?<v>8\.[1-5])$/,
    base: 'php:{v}-fpm-bookworm',
    moving: { means: `PHP {v} on Debian 12 (bookworm), ${WEBDEVOPS_MOVING}` },
    source: WEBDEVOPS,
  },
  {
    id: 'webdevops-php/alpine',
    repositories: [...webdevopsRepos('php'), ...webdevopsRepos('php-official')],
    tag: /^(?<v>8\.[1-5])-alpine$/,
    base: 'php:{v}-fpm-alpine',
    moving: { means: `PHP {v} on the Alpine of php:{v}-fpm-alpine, ${WEBDEVOPS_MOVING}` },
    source: WEBDEVOPS,
  },
  ...Object.entries(WEBDEVOPS_PARENT).flatMap(([image, parent]): ImageTagRule[] => [
    {
      id: `webdevops-${image}/7.4`,
      repositories: webdevopsRepos(image),
      tag: /^7\.4$/,
      base: `webdevops/${parent}:7.4`,
      source: WEBDEVOPS,
    },
    {
      id: `webdevops-${image}/8`,
      repositories: webdevopsRepos(image),
      tag: /^(?<v>8\.[1-5](?:-alpine)?)$/,
      base: `webdevops/${parent}:{v}`,
      moving: { means: `webdevops/${parent}:{v} plus its layer, ${WEBDEVOPS_MOVING}` },
      source: WEBDEVOPS,
    },
  ]),
  {
    id: 'webdevops-php/other',
    repositories: ['php', 'php-official', ...Object.keys(WEBDEVOPS_PARENT)].flatMap(webdevopsRepos),
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a tag the build files read tie to one base (7.4 was Debian 10 in every version; 8.1 … 8.5 and their -alpine variants are given as of the newest commit read; older versions switched suites or were FROM tags that name none)',
    source: WEBDEVOPS,
  },
];

// --- vimagick/alpine-arm (vimagick/dockerfiles alpine-arm/, moved to EasyPi in 2016) ---------------------------------------------
// Not built FROM an image, like its successor easypi/alpine-arm (vendorFamilies9.ts): the Makefile runs docker's
// contrib/mkimage-alpine.sh -r $(RELEASE) for armhf and imports the rootfs as vimagick/alpine-arm:<RELEASE without the v>, so
// 3.N is Alpine 3.N and edge is edge. latest is retagged by hand (`make latest RELEASE=…`): v3.3 in the README of the last
// commit that touched the directory (2016-06-01, "This project has been moved" to EasyPi/alpine-arm).
const VIMAGICK_ALPINE_ARM =
  'vimagick/dockerfiles @ b8ad7d70 (2026-07-15): alpine-arm/Makefile (rootfs.tar.xz: ARCH=armhf ./mkimage-alpine.sh -r $(RELEASE); docker import as vimagick/alpine-arm:$${REL#v}; latest: docker tag $(IMAGE):$(RELEASE:v%=%) vimagick/alpine-arm:latest) and alpine-arm/README.md as of de261f75 (2016-06-01, the last change to the directory: "This project has been moved", make … RELEASE=edge, RELEASE=v3.3, make latest RELEASE=v3.3)';
const vimagickAlpineArmRules: ImageTagRule[] = [
  {
    id: 'vimagick-alpine-arm/3.N',
    repositories: ['docker.io/vimagick/alpine-arm'],
    tag: /^(?<v>3\.\d+)$/,
    release: 'alpine-{v}',
    source: VIMAGICK_ALPINE_ARM,
  },
  {
    id: 'vimagick-alpine-arm/edge',
    repositories: ['docker.io/vimagick/alpine-arm'],
    tag: /^edge$/,
    release: 'alpine-edge',
    source: VIMAGICK_ALPINE_ARM,
  },
  {
    id: 'vimagick-alpine-arm/latest',
    repositories: ['docker.io/vimagick/alpine-arm'],
    tag: /^latest$/,
    release: 'alpine-3.3',
    moving: {
      pin: 'vimagick/alpine-arm:3.3',
      means:
        'retagged by hand; Alpine 3.3 as of the last commit to the directory (2016-06-01: README make latest RELEASE=v3.3; the project then moved to EasyPi)',
    },
    source: VIMAGICK_ALPINE_ARM,
  },
];

// --- nodered/node-red-docker slim (node-red/node-red-docker before 1.0) -------------------------------------------------------
// .travis.yml builds slim/Dockerfile (FROM node:${NODE_VERSION}-alpine, NODE_VERSION 8 by default, 10 for slim-v10) and pushes
// nodered/node-red-docker only for a git tag; the last such tag is 0.20.8 (2019-09-07): from v1.0.0 the pipeline pushes
// nodered/node-red instead. So slim, slim-v8, slim-v10 and 0.20.8-slim* were last pushed from that build, when the node:8-alpine
// and node:10-alpine entries of official-images pinned nodejs/docker-node Dockerfiles FROM alpine:3.9. The Debian-based latest
// and v8 (FROM node:8, whose Debian then is not recorded here) are not listed.
const NODE_RED_DOCKER =
  'node-red/node-red-docker at tag 0.20.8 (ac2ba96, 2019-09-07): .travis.yml (docker build -f slim/Dockerfile -t nodered/node-red-docker:slim, --build-arg NODE_VERSION=10 for slim-v10; docker tag …:slim …:slim-v8, …:$VERSION-slim, …:$VERSION-slim-v8; docker push nodered/node-red-docker only if TRAVIS_TAG), slim/Dockerfile (ARG NODE_VERSION=8, FROM node:${NODE_VERSION}-alpine); tag v1.0.0 (2019-10-01) .travis.yml TARGET=nodered/node-red; docker-library/official-images library/node @ 547b9017 (2019-08-27) … 183f7cd7 (2019-09-05): 8-alpine and 10-alpine at nodejs/docker-node Dockerfiles FROM alpine:3.9 (8/alpine @ a9c58309)';
const nodeRedDockerRules: ImageTagRule[] = [
  {
    id: 'node-red-docker/slim-0.20.8',
    repositories: ['docker.io/nodered/node-red-docker'],
    tag: /^(?:0\.20\.8-)?slim(?:-v8|-v10)?$/,
    base: 'alpine:3.9',
    frozen: 'last pushed 2019-09-07 (0.20.8); later releases are published as nodered/node-red',
    source: NODE_RED_DOCKER,
  },
  {
    id: 'node-red-docker/other',
    repositories: ['docker.io/nodered/node-red-docker'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not a slim tag of the last build (0.20.8, 2019-09-07, Alpine 3.9): the Debian-based latest, v8 and v10 were FROM node:8 / node:10, whose Debian then is not recorded here, and older builds pulled other bases',
    source: NODE_RED_DOCKER,
  },
];

// --- r-base 4.5.2 … 4.6.0 (official image; rocker-org/rocker) --------------------------------------------------------------
// Every r-base/<version>/Dockerfile is FROM debian:testing, so what a tag carries depends on which Debian release testing was
// while it was published. Debian 13 (trixie) was released on 2025-08-09, and from 2025-08-11 library/debian lists forky
// beside testing with the same snapshot serial (the suite alias debian.ts reads: testing = forky). 4.5.2, 4.5.3 and 4.6.0
// were published only after that (2025-10-31 … 2026-06-24), from Dockerfiles read in the rocker snapshot: forky throughout.
// 4.5.1 (2025-06 … 2025-10) straddles trixie's release, older tags were built on earlier testing suites as pre-releases,
// and 4.6.1 / latest come from a commit the snapshot lacks: all stay unknown.
const R_BASE_FORKY =
  'docker-library/official-images library/r-base: bb4efa58 (2025-10-31) 4.5.2 at rocker-org/rocker 446076ee, 8f103d1f (2026-03-11) 4.5.3 at afc9cbb5, d725a7f7 (2026-04-24) 4.6.0 at 353d611b, 2dc4dbda (2026-06-24) 4.6.1 at 869a1219 (not in the rocker snapshot); rocker-org/rocker @ 353d611 (2026-04-24): r-base/4.5.2, 4.5.3, 4.6.0/Dockerfile FROM debian:testing; library/debian 9104ff62 (2025-08-11) first lists forky, and 7d7121f0 (2025-10-31) … 9b0711ed (2026-06-24) list "testing, testing-<serial>" and "forky, forky-<serial>" with the same serial';
const rBaseRules: ImageTagRule[] = [
  {
    id: 'r-base/forky',
    repositories: ['docker.io/library/r-base'],
    tag: /^(?:4\.5\.[23]|4\.6\.0)$/,
    base: 'debian:forky',
    source: R_BASE_FORKY,
  },
];

// --- tensorflow/tensorflow 2.16 … 2.20.0 (tensorflow/build tensorflow_runtime_dockerfiles) ----------------------------------------
// thirdParty.ts leaves version tags unknown because the runtime Dockerfiles moved from Ubuntu 20.04 to 22.04 on 2023-07-13.
// Every version of cpu.Dockerfile since then (a65b114 … the newest commit, 2026-02-18) is FROM ubuntu:22.04, and every
// version of gpu.Dockerfile since 2023-11-20 FROM nvidia/cuda:12.3.0-base-ubuntu22.04 (11.8.0-base-ubuntu22.04 between). TF
// 2.16 (2024-03) … 2.20.0 (2025-08) were released after both, so whichever build pushed their tags used those files (the
// internal job builds from them, README). 2.15 (2023-11-17) straddles the CUDA change, 2.14 and older the Ubuntu one, and
// later releases post-date the newest commit read: unknown. The -gpu base's Ubuntu is read from NVIDIA's tag (a labelled guess,
// as for latest-gpu in thirdParty.ts): NVIDIA's own build is not read.
const TENSORFLOW_22_04 =
  'tensorflow/build @ 5b1c753 (2026-02-18, the newest commit): tensorflow_runtime_dockerfiles/README.md ("These containers are built by an internal job at Google and published to tensorflow/tensorflow"); every version of cpu.Dockerfile: FROM ubuntu:20.04 as base (8bfbcec … 32bf058, 2023-02), FROM ubuntu:22.04 as base (a65b114, 2023-07-13, unchanged since); gpu.Dockerfile: nvidia/cuda:11.8.0-base-ubuntu20.04 (2023-02), 11.8.0-base-ubuntu22.04 (a65b114), 12.3.0-base-ubuntu22.04 (9f81388 2023-11-17, fdd023e 2023-11-20, unchanged since); TensorFlow 2.16 released 2024-03-13 and 2.20.0 2025-08 (tensorflow/tensorflow GitHub releases, "TensorFlow 2.20.0" in dependency-update pull requests of 2025-08-14)';
const TF_VERSIONS = '2\\.1[6-9]\\.\\d+|2\\.20\\.0';
const tensorflowRules: ImageTagRule[] = [
  {
    id: 'tensorflow/2.16-2.20-cpu',
    repositories: ['docker.io/tensorflow/tensorflow'],
    tag: new RegExp(`^(?:${TF_VERSIONS})(?:-jupyter)?$`),
    base: 'ubuntu:22.04',
    source: TENSORFLOW_22_04,
  },
  {
    id: 'tensorflow/2.16-2.20-gpu',
    repositories: ['docker.io/tensorflow/tensorflow'],
    tag: new RegExp(`^(?:${TF_VERSIONS})-gpu(?:-jupyter)?$`),
    base: 'nvidia/cuda:12.3.0-base-ubuntu22.04',
    source: TENSORFLOW_22_04,
  },
];

export const vendorFamily11Rules: readonly ImageTagRule[] = [
  ...azureFunctions4Rules,
  ...webdevopsRules,
  ...vimagickAlpineArmRules,
  ...nodeRedDockerRules,
  ...rBaseRules,
  ...tensorflowRules,
];
