/**
 * vendorFamilies40.ts: the families sample 29 asked for — microsoft/dotnet-framework(-samples) as Windows images, OpenVINO's
 * openvino/ubuntu<NN>_* images by their OS directory, tiryoh/ros2-desktop-vnc by its ROS 2 distribution's Dockerfile,
 * Canonical's ubuntu/<app> channel tags by their track.
 * One tag just outside each range stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, known, releaseOf } from '../../../../test/support/imageLookup';

test('microsoft/dotnet-framework and -samples are Windows images whatever the tag; a Server Core release in the tag is read', () => {
  const src = /microsoft\/dotnet-framework-docker @ ebb6885f .*6ce01815/;
  checkKnown(
    [
      // Sample 29 (recall sample 92's 'FROM microsoft/dotnet-framework' files).
      ['microsoft/dotnet-framework:4.6.2', 'windows-unknown', /container-base-images/, false],
      ['microsoft/dotnet-framework:4.7.2-sdk', 'windows-unknown', /container-base-images/, false],
      ['microsoft/dotnet-framework-samples', 'windows-unknown', /container-base-images/, false],
    ],
    'either',
  );
  checkKnown([['microsoft/dotnet-framework:4.8-windowsservercore-ltsc2019', 'windows-ltsc2019', src, false]], 'inferred');
  assert.equal(known('microsoft/dotnet-framework-samples:dotnetapp').release.family, 'windows');
  // Only these two repositories: the .NET Core images (Linux too) are not caught.
  checkUnknown('microsoft/dotnet-framework-build:4.7.1', /not an image the knowledge base knows/);
});

test('openvino/ubuntu<NN>_*: every Dockerfile of the OS directory is FROM ubuntu:<NN>.04; latest says what it rests on', () => {
  const src = /openvinotoolkit\/docker_ci @ ced9487b .*arg_parser\.py/;
  checkKnown(
    [
      // Sample 29 (recall sample 90's 'FROM openvino/' files).
      ['openvino/ubuntu20_runtime:2021.4.1_20210416', 'ubuntu-20.04', src, false],
      ['openvino/ubuntu18_runtime:2020.3.2', 'ubuntu-18.04', src, false],
      ['openvino/ubuntu24_runtime:2025.3.0', 'ubuntu-24.04', src, false],
      ['openvino/ubuntu22_dev:2024.6.0', 'ubuntu-22.04', src, false],
      ['openvino/ubuntu20_dev:latest', 'ubuntu-20.04', src, true],
      ['openvino/ubuntu18_dev', 'ubuntu-18.04', src, true],
    ],
    'inferred',
  );
  assert.match(known('openvino/ubuntu22_dev:latest').movingTag?.means ?? '', /dockerfiles\/ubuntu22\/.*2025-11-26/);
  // Just outside: a 2019 product tag (built before docker_ci existed), an OS directory the repository never had.
  for (const ref of ['openvino/ubuntu18_runtime:2019_R3.1', 'openvino/ubuntu16_dev:2021.1', 'openvino/ubuntu20_dev:nightly']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('tiryoh/ros2-desktop-vnc <distro>[-<date>]: the Ubuntu codename of that distribution’s Dockerfile', () => {
  const src = /Tiryoh\/docker-ros2-desktop-vnc @ b019e5f6 .*deploy\/action\.yml/;
  checkKnown(
    [
      // Sample 29 (recall sample 89's file with a RUN sysctl on a ROS 2 desktop).
      ['tiryoh/ros2-desktop-vnc:foxy', 'ubuntu-20.04', src, false],
      ['tiryoh/ros2-desktop-vnc:humble-20240101T0000', 'ubuntu-22.04', src, false],
      ['ghcr.io/tiryoh/ros2-desktop-vnc:jazzy', 'ubuntu-24.04', src, false],
      ['tiryoh/ros2-desktop-vnc:eloquent', 'ubuntu-18.04', src, false],
    ],
    'inferred',
  );
  // Just outside: rolling (its base moved focal → jammy → noble), latest, a distribution it never built.
  for (const ref of ['tiryoh/ros2-desktop-vnc:rolling', 'tiryoh/ros2-desktop-vnc', 'tiryoh/ros2-desktop-vnc:ardent']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});

test('ubuntu/<app>:<version>-<NN.NN>_<risk>: the OCI Factory track names its Ubuntu base', () => {
  const src = /canonical\/oci-factory @ 26adc1d6 .*release\.py/;
  checkKnown(
    [
      // Sample 29 (recall sample 91's 'RUN cat /proc/cpuinfo' negative).
      ['ubuntu/nginx:1.18-22.04_beta', 'ubuntu-22.04', src, false],
      ['ubuntu/bind9:9.18-22.04_edge', 'ubuntu-22.04', src, false],
      ['ubuntu/nginx:1-26.04_edge', 'ubuntu-26.04', src, false],
      ['ubuntu/dotnet-runtime:8.0-24.04_stable', 'ubuntu-24.04', src, false],
    ],
    'inferred',
  );
  // Just outside: a track without its risk, an unknown risk, latest, and the library image itself.
  for (const ref of ['ubuntu/nginx:1.18-22.04', 'ubuntu/nginx:1.18-22.04_alpha', 'ubuntu/nginx:latest', 'ubuntu/nginx:edge']) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
  assert.equal(releaseOf('ubuntu:22.04'), 'ubuntu-22.04');
});

test('jenkins/agent and jenkins/inbound-agent <remoting>-<build>[-jdkN]-windowsservercore-<release>: that Server Core release', () => {
  const src = /jenkinsci\/docker-agent @ b066c0a9 .*windowsservercore\/Dockerfile/;
  checkKnown(
    [
      // Sample 29 (recall sample 92's 'mcr.microsoft.com/windows:' file).
      ['jenkins/inbound-agent:3301.v4363ddcca_4e7-3-jdk17-windowsservercore-ltsc2019', 'windows-ltsc2019', src, false],
      ['jenkins/agent:3355.v388858a_47b_33-5-jdk21-windowsservercore-ltsc2022', 'windows-ltsc2022', src, false],
    ],
    'inferred',
  );
  // Just outside: a nanoserver tag, a 4.x release, the moving jdk-only tag.
  for (const ref of [
    'jenkins/inbound-agent:3301.v4363ddcca_4e7-3-jdk17-nanoserver-ltsc2019',
    'jenkins/inbound-agent:4.13.3-1-jdk11-windowsservercore-ltsc2019',
    'jenkins/agent:jdk17-windowsservercore-ltsc2019',
  ]) {
    assert.equal(releaseOf(ref), undefined, ref);
  }
});
