/**
 * Non-official image families of issue #17, fortieth file (drawn from base-images-sample29.tsv, the FROM lines of recall
 * samples 89–93): microsoft/dotnet-framework and microsoft/dotnet-framework-samples (Windows images whatever the tag; a
 * Server Core release in the tag is read), OpenVINO's openvino/ubuntu<NN>_<distribution> images (every Dockerfile of the OS
 * directory FROM ubuntu:<NN>.04), tiryoh/ros2-desktop-vnc (the Ubuntu codename of each ROS 2 distribution's Dockerfile) and
 * Canonical's ubuntu/<app> images (the OCI Factory's <version>-<Ubuntu release>_<risk> channel tags) and the Windows Server
 * Core tags of jenkins/agent and jenkins/inbound-agent (the release the tag names, as every version of their Dockerfile).
 * Same rules as vendorFamilies2.ts … vendorFamilies39.ts: every row names the files read (repository @ commit (date)); a
 * tag is resolved only where those files tie it to one base.
 */
import type { ImageTagRule } from './ruleTypes';

// --- microsoft/dotnet-framework, microsoft/dotnet-framework-samples (microsoft/dotnet-framework-docker) ---------------------------
// Every version of every Dockerfile outside samples/ and eng/ (git rev-list --all: 4,737 Dockerfile blobs) is FROM a Windows
// image: mcr.microsoft.com/windows/servercore:<1709 … ltsc2025>[-amd64], microsoft/windowsservercore[:…] or the repository's
// own <version>-windowsservercore-<release> tags (.NET Framework runs only on Windows). samples/ (the -samples images) is FROM
// microsoft/dotnet-framework, microsoft/aspnet and microsoft/wcf since it was merged (6ce01815, 2018-05-01); its only Linux
// FROMs are the .NET Core Dockerfiles of the three branch commits before that merge (7532dd37 … 65719cbc, 2018-04-25/28).
// So any tag is a Windows image; a tag naming its Windows Server Core release resolves through that release.
const DOTNET_FRAMEWORK =
  'microsoft/dotnet-framework-docker @ ebb6885f (2026-07-14): every version of every Dockerfile (git rev-list --all) outside samples/ and eng/ FROM mcr.microsoft.com/windows/servercore:<1709 … ltsc2025>[-amd64], microsoft/windowsservercore[:ltsc2016|1709] or $REPO:<version>-windowsservercore-<release>; samples/ FROM microsoft/dotnet-framework:4.7.2-sdk / -runtime, microsoft/aspnet, microsoft/wcf since the merge 6ce01815 (2018-05-01, "Add samples to this repo (#126)")';

const DOTNET_FRAMEWORK_REPOS = ['docker.io/microsoft/dotnet-framework', 'docker.io/microsoft/dotnet-framework-samples'];

const dotnetFrameworkRules: ImageTagRule[] = [
  {
    id: 'microsoft-dotnet-framework/servercore-release',
    repositories: ['docker.io/microsoft/dotnet-framework'],
    tag: /^(?:.*-)?windowsservercore-(?<w>ltsc20(?:16|19|22|25)|1709|1803|1809|1903|1909|2004|20H2)$/,
    base: 'mcr.microsoft.com/windows/servercore:{w}',
    variant: 'servercore',
    source: DOTNET_FRAMEWORK,
  },
  {
    id: 'microsoft-dotnet-framework/windows',
    repositories: DOTNET_FRAMEWORK_REPOS,
    tag: /^.+$/,
    release: 'windows-unknown',
    repositoryDecides: true,
    source: DOTNET_FRAMEWORK,
  },
];

// --- openvino/ubuntu<NN>_<distribution> (openvinotoolkit/docker_ci) -------------------------------------------------------------
// utils/arg_parser.py tags each image it builds <os>_<distribution>:<product version or build id> and <os>_<distribution>:latest
// (docs/containers.md: openvino/ubuntu20_runtime:2023.0.0), the Dockerfile taken from dockerfiles/<os>/ or rendered from
// templates/<os>/. Every version of every dockerfiles/ubuntu<NN>/*.dockerfile and templates/ubuntu<NN>/common/base.dockerfile.j2
// in the repository's history (606 blobs, 2020-07-03 …) is FROM ubuntu:<NN>.04 and nothing else. Releases 2020.1 … 2025.x are
// resolved; tags of older products (2019_R3.1 and the like, built before the repository existed) stay unknown.
const OPENVINO =
  'openvinotoolkit/docker_ci @ ced9487b (2025-11-26): utils/arg_parser.py (tags f"{args.os}_{args.distribution}:{product_version|build_id}" and :latest), docs/containers.md (openvino/ubuntu20_runtime:2023.0.0), every version (git rev-list --all) of dockerfiles/ubuntu18|20|22|24/*.dockerfile and templates/ubuntu*/common/base.dockerfile.j2: FROM ubuntu:18.04 | 20.04 | 22.04 | 24.04 only';

/** The rules of one OS directory: every product tag on its Ubuntu release, latest the newest build of the same directory. */
function openvinoRulesOf(nn: '18' | '20' | '22' | '24'): ImageTagRule[] {
  const repositories = [`docker.io/openvino/ubuntu${nn}_*`];
  return [
    {
      id: `openvino/ubuntu${nn}-release`,
      repositories,
      tag: /^202\d\.\d+(?:\.\d+){0,2}(?:_\d{8})?$/,
      base: `ubuntu:${nn}.04`,
      source: OPENVINO,
    },
    {
      id: `openvino/ubuntu${nn}-latest`,
      repositories,
      tag: /^latest$/,
      base: `ubuntu:${nn}.04`,
      moving: {
        means: `the newest product version built from dockerfiles/ubuntu${nn}/, every one FROM ubuntu:${nn}.04 (the repository's history read up to 2025-11-26)`,
      },
      source: OPENVINO,
    },
  ];
}

// --- tiryoh/ros2-desktop-vnc (Tiryoh/docker-ros2-desktop-vnc) -------------------------------------------------------------------
// .github/actions/deploy/action.yml tags each weekly build of <distro>/Dockerfile <distro> and <distro>-<YYYYMMDDTHHmm>
// (docker/metadata-action) on Docker Hub and ghcr.io. Every version of each distribution's Dockerfile is FROM one Ubuntu
// codename: dashing, eloquent dorowu/ubuntu-desktop-lxde-vnc:bionic; foxy the :focal one or ubuntu:focal-<date>; galactic the
// :focal one; humble, iron ubuntu:jammy[-<date>], tiryoh/ubuntu-desktop-lxde-vnc:jammy or atsushisaito/docker-ubuntu-sweb:jammy;
// jazzy, kilted ubuntu:noble-<date>; lyrical ubuntu:resolute-<date>. rolling moved (focal, jammy, noble): left out, unknown.
const ROS2_DESKTOP_VNC =
  'Tiryoh/docker-ros2-desktop-vnc @ b019e5f6 (2026-06-07): .github/actions/deploy/action.yml (images tiryoh/ros2-desktop-vnc and ghcr.io/<owner>/ros2-desktop-vnc; tags <ros-distro> and <ros-distro>-{{date YYYYMMDDTHHmm}}), every version (git log --all) of <distro>/Dockerfile: dashing, eloquent FROM dorowu/ubuntu-desktop-lxde-vnc:bionic; foxy :focal or ubuntu:focal-20230412; galactic :focal; humble, iron ubuntu:jammy-<date> (earlier tiryoh/ubuntu-desktop-lxde-vnc:jammy, atsushisaito/docker-ubuntu-sweb:jammy); jazzy, kilted ubuntu:noble-<date>; lyrical ubuntu:resolute-<date>';

const ROS2_DESKTOP_VNC_BASE: Readonly<Record<string, string>> = {
  dashing: 'ubuntu:bionic',
  eloquent: 'ubuntu:bionic',
  foxy: 'ubuntu:focal',
  galactic: 'ubuntu:focal',
  humble: 'ubuntu:jammy',
  iron: 'ubuntu:jammy',
  jazzy: 'ubuntu:noble',
  kilted: 'ubuntu:noble',
  lyrical: 'ubuntu:resolute',
};

const ros2DesktopVncRules: ImageTagRule[] = [
  {
    id: 'tiryoh-ros2-desktop-vnc/distro',
    repositories: ['docker.io/tiryoh/ros2-desktop-vnc', 'ghcr.io/tiryoh/ros2-desktop-vnc'],
    tag: /^(?<d>[a-z]+)(?:-\d{8}T\d{4})?$/,
    base: { group: 'd', map: ROS2_DESKTOP_VNC_BASE },
    source: ROS2_DESKTOP_VNC,
  },
];

// --- Canonical's ubuntu/<app> images (canonical/oci-factory) -------------------------------------------------------------------
// The OCI Factory releases every image of the docker.io/ubuntu namespace (Release.yaml: DOCKER_HUB_NAMESPACE docker.io/ubuntu)
// as channels tagged f"{track}_{risk}" (src/image/release.py), the risk one of edge, beta, candidate, stable; the README's
// trigger-file table: "Canonical track `<version>-<base>` MUST be explicit, always!", and src/image/utils/eol_utils.py reads
// the base from the track ("1.0-22.04" → ubuntu:22.04) to hold the track's end of life to its Ubuntu release's. Tracks
// released from the legacy Launchpad repository (ubuntu-docker-images, branches like 9.18-22.04) use the same names
// (override_tracks). Only <version>-<NN.NN>_<risk> tags are read; latest, edge and tags without a risk stay unknown.
const CANONICAL_OCI =
  'canonical/oci-factory @ 26adc1d6 (2026-07-31): README.md (trigger files: "Canonical track `<version>-<base>` MUST be explicit, always!"; override_tracks for "Tracks released from legacy repo", e.g. 9.20-25.04), src/image/release.py (tag = f"{track}_{risk}", risks edge, beta, candidate, stable), src/image/utils/eol_utils.py (track "1.0-22.04" → base ubuntu:22.04), .github/workflows/Release.yaml (DOCKER_HUB_NAMESPACE docker.io/ubuntu)';

const canonicalOciRules: ImageTagRule[] = [
  {
    id: 'canonical-oci-factory/track-risk',
    repositories: ['docker.io/ubuntu/*'],
    tag: /^.+-(?<u>\d\d\.\d\d)_(?:edge|beta|candidate|stable)$/,
    base: 'ubuntu:{u}',
    source: CANONICAL_OCI,
  },
];

// --- jenkins/agent and jenkins/inbound-agent Windows Server Core tags (jenkinsci/docker-agent, docker-inbound-agent) -------------
// build.ps1 builds windows/<ImageType split on '-'>/Dockerfile with WINDOWS_VERSION_TAG = the ImageType's release and tags it
// <remoting>-<build>[-jdk<N>]-windowsservercore-<release>. At every one of the repository's 236 git tags (3131.vf2b_b_798b_ce99-4
// … 3355.v388858a_47b_33-5) windows/windowsservercore/Dockerfile's agent stage, which inbound-agent builds FROM, is FROM
// mcr.microsoft.com/windows/servercore:"${WINDOWS_VERSION_TAG}" (from 3148.v532a_7e715ee3-2, 2023-09-04) or
// mcr.microsoft.com/powershell:windowsservercore-"${WINDOWS_VERSION_TAG}" (before): Windows Server Core of the tag's release
// either way. docker-inbound-agent's Windows Dockerfiles (to 2024-01) are FROM jenkins/agent:<version>-jdk<N>-windowsservercore-
// <release>, the same release. Only <4-digit remoting>.v<hash>-<build> versions are read; 4.x and jdk-only tags stay unknown.
const JENKINS_WINDOWS =
  'jenkinsci/docker-agent @ b066c0a9 (2026-01-14): windows/windowsservercore/Dockerfile at each of the 236 git tags (agent stage FROM mcr.microsoft.com/windows/servercore:"${WINDOWS_VERSION_TAG}", before 3148.v532a_7e715ee3-2 FROM mcr.microsoft.com/powershell:windowsservercore-"${WINDOWS_VERSION_TAG}"; inbound-agent FROM agent), build.ps1 (ImageType windowsservercore-ltsc2019 split on "-"); jenkinsci/docker-inbound-agent @ f72e0a1 (2024-01-21): windows Dockerfiles FROM jenkins/agent:"${version}"-jdk"${JAVA_MAJOR_VERSION}"-windowsservercore-"${WINDOWS_VERSION_TAG}"';

const jenkinsWindowsRules: ImageTagRule[] = [
  {
    id: 'jenkins-agent/windowsservercore-release',
    repositories: ['docker.io/jenkins/agent', 'docker.io/jenkins/inbound-agent'],
    tag: /^\d{4}\.v[0-9a-f_]+-\d+(?:-jdk\d+)?-windowsservercore-(?<w>ltsc2019|ltsc2022|ltsc2025|1809)$/,
    base: 'mcr.microsoft.com/windows/servercore:{w}',
    variant: 'servercore',
    source: JENKINS_WINDOWS,
  },
];

export const vendorFamily40Rules: ImageTagRule[] = [
  ...dotnetFrameworkRules,
  ...openvinoRulesOf('18'),
  ...openvinoRulesOf('20'),
  ...openvinoRulesOf('22'),
  ...openvinoRulesOf('24'),
  ...ros2DesktopVncRules,
  ...canonicalOciRules,
  ...jenkinsWindowsRules,
];
