/**
 * Real-world FROM references → expected release (or unknown / scratch), through the same path the
 * analysis uses: parseImageRef, then lookupImage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageRef } from '../../analysis/imageRef';
import { lookupImage } from './index';
import { known } from '../../../../test/support/imageLookup';

type Expect = string | 'unknown' | 'scratch';
/** [reference, expected release id | 'unknown' | 'scratch', expected variant?] */
const CASES: Array<[string, Expect, string?]> = [
  // Ubuntu
  ['ubuntu', 'ubuntu-26.04'],
  ['ubuntu:latest', 'ubuntu-26.04'],
  ['ubuntu:rolling', 'ubuntu-26.04'],
  ['ubuntu:devel', 'ubuntu-26.10'],
  ['ubuntu:14.04', 'ubuntu-14.04'],
  ['ubuntu:trusty', 'ubuntu-14.04'],
  ['ubuntu:16.04', 'ubuntu-16.04'],
  ['ubuntu:xenial-20210804', 'ubuntu-16.04'],
  ['ubuntu:18.04', 'ubuntu-18.04'],
  ['ubuntu:bionic', 'ubuntu-18.04'],
  ['ubuntu:20.04', 'ubuntu-20.04'],
  ['ubuntu:focal', 'ubuntu-20.04'],
  ['ubuntu:22.04', 'ubuntu-22.04'],
  ['ubuntu:jammy', 'ubuntu-22.04'],
  ['ubuntu:jammy-20260810', 'ubuntu-22.04'],
  ['ubuntu:24.04', 'ubuntu-24.04'],
  ['ubuntu:noble', 'ubuntu-24.04'],
  ['ubuntu:noble-20260810', 'ubuntu-24.04'],
  ['ubuntu:24.10', 'ubuntu-24.10'],
  ['ubuntu:plucky', 'ubuntu-25.04'],
  ['ubuntu:25.10', 'ubuntu-25.10'],
  ['ubuntu:26.04', 'ubuntu-26.04'],
  ['ubuntu:resolute-20260811.1', 'ubuntu-26.04'],
  ['docker.io/library/ubuntu:22.04', 'ubuntu-22.04'],
  ['docker.io/ubuntu:20.04', 'ubuntu-20.04'],
  ['index.docker.io/library/ubuntu:jammy', 'ubuntu-22.04'],
  ['registry-1.docker.io/library/ubuntu:24.04', 'ubuntu-24.04'],
  ['ubuntu:22.04@sha256:1e622c5f073b4f6bfad6632f2616c7f59ef256e96fe78bf6a595d1dc4376ac02', 'ubuntu-22.04'],
  ['ubuntu@sha256:1e622c5f073b4f6bfad6632f2616c7f59ef256e96fe78bf6a595d1dc4376ac02', 'unknown'],
  ['ubuntu:13.10', 'ubuntu-13.10'],
  // Debian
  ['debian', 'debian-13'],
  ['debian:latest', 'debian-13'],
  ['debian:stable-slim', 'debian-13', 'slim'],
  ['debian:oldstable', 'debian-12'],
  ['debian:oldoldstable', 'debian-11'],
  ['debian:testing', 'debian-14'],
  ['debian:sid', 'debian-sid'],
  ['debian:unstable-slim', 'debian-sid', 'slim'],
  ['debian:8', 'debian-8'],
  ['debian:jessie', 'debian-8'],
  ['debian:9', 'debian-9'],
  ['debian:stretch-slim', 'debian-9', 'slim'],
  ['debian:10', 'debian-10'],
  ['debian:buster-slim', 'debian-10', 'slim'],
  ['debian:11', 'debian-11'],
  ['debian:bullseye', 'debian-11'],
  ['debian:12', 'debian-12'],
  ['debian:12-slim', 'debian-12', 'slim'],
  ['debian:12.15', 'debian-12'],
  ['debian:bookworm', 'debian-12'],
  ['debian:bookworm-20260810', 'debian-12'],
  ['debian:bookworm-20260810-slim', 'debian-12', 'slim'],
  ['debian:13', 'debian-13'],
  ['debian:trixie-slim', 'debian-13', 'slim'],
  ['debian:13.6', 'debian-13'],
  ['debian:forky', 'debian-14'],
  ['docker.io/library/debian:bookworm-slim', 'debian-12', 'slim'],
  // CentOS / Stream
  ['centos:6', 'centos-6'],
  ['centos:centos6.10', 'centos-6'],
  ['centos:7', 'centos-7'],
  ['centos:centos7', 'centos-7'],
  ['centos:7.9.2009', 'centos-7'],
  ['centos:8', 'centos-8'],
  ['centos:8.4.2105', 'centos-8'],
  ['centos', 'centos-8'],
  ['quay.io/centos/centos:stream8', 'centos-stream-8'],
  ['quay.io/centos/centos:stream9', 'centos-stream-9'],
  ['quay.io/centos/centos:stream10', 'centos-stream-10'],
  // Rocky, Alma, Oracle
  ['rockylinux:9', 'rockylinux-9'],
  ['rockylinux:8.9', 'rockylinux-8'],
  ['rockylinux:9.3.20231119', 'rockylinux-9'],
  ['rockylinux:9-minimal', 'rockylinux-9', 'minimal'],
  ['rockylinux/rockylinux:9', 'rockylinux-9'],
  ['rockylinux/rockylinux:10', 'rockylinux-10'],
  ['rockylinux/rockylinux:8.10', 'rockylinux-8'],
  ['rockylinux/rockylinux:9-ubi', 'rockylinux-9', 'ubi'],
  ['almalinux:8', 'almalinux-8'],
  ['almalinux:9', 'almalinux-9'],
  ['almalinux:9.6', 'almalinux-9'],
  ['almalinux:10', 'almalinux-10'],
  ['almalinux', 'almalinux-10'],
  ['almalinux:9-minimal', 'almalinux-9', 'minimal'],
  ['almalinux:10-minimal', 'almalinux-10', 'minimal'],
  ['quay.io/almalinuxorg/almalinux:9', 'almalinux-9'],
  ['quay.io/almalinuxorg/9-minimal:latest', 'almalinux-9', 'minimal'],
  ['quay.io/almalinuxorg/8-base', 'almalinux-8'],
  ['oraclelinux:7', 'oraclelinux-7'],
  ['oraclelinux:7-slim', 'oraclelinux-7', 'slim'],
  ['oraclelinux:8.10', 'oraclelinux-8'],
  ['oraclelinux:9', 'oraclelinux-9'],
  ['oraclelinux:9-slim', 'oraclelinux-9', 'slim'],
  ['oraclelinux:9-slim-fips', 'oraclelinux-9', 'slim'],
  ['oraclelinux:10', 'oraclelinux-10'],
  ['oraclelinux:10-slim', 'oraclelinux-10', 'slim'],
  // UBI
  ['registry.access.redhat.com/ubi8', 'ubi-8'],
  ['registry.access.redhat.com/ubi8/ubi-minimal:8.10', 'ubi-8', 'minimal'],
  ['registry.access.redhat.com/ubi9', 'ubi-9'],
  ['registry.access.redhat.com/ubi9/ubi:9.4', 'ubi-9'],
  ['registry.access.redhat.com/ubi9/ubi-minimal', 'ubi-9', 'minimal'],
  ['registry.access.redhat.com/ubi9-minimal:latest', 'ubi-9', 'minimal'],
  ['registry.access.redhat.com/ubi9/ubi-micro', 'ubi-9', 'micro'],
  ['registry.access.redhat.com/ubi9/ubi-init:9.4-1194', 'ubi-9', 'init'],
  ['registry.redhat.io/ubi9/ubi-minimal:9.4', 'ubi-9', 'minimal'],
  ['registry.access.redhat.com/ubi10/ubi', 'ubi-10'],
  ['redhat/ubi9-minimal', 'ubi-9', 'minimal'],
  // Fedora, Amazon Linux, Azure Linux
  ['fedora:38', 'fedora-38'],
  ['fedora:40', 'fedora-40'],
  ['fedora:42', 'fedora-42'],
  ['fedora:43', 'fedora-43'],
  ['fedora:44', 'fedora-44'],
  ['fedora', 'fedora-44'],
  ['fedora:rawhide', 'fedora-rawhide'],
  ['registry.fedoraproject.org/fedora:43', 'fedora-43'],
  ['quay.io/fedora/fedora:44', 'fedora-44'],
  ['fedora:37', 'fedora-37'],
  ['amazonlinux:1', 'amazonlinux-2018.03'],
  ['amazonlinux:2018.03', 'amazonlinux-2018.03'],
  ['amazonlinux:2', 'amazonlinux-2'],
  ['amazonlinux:2.0.20260817.0', 'amazonlinux-2'],
  ['amazonlinux:2023', 'amazonlinux-2023'],
  ['amazonlinux', 'amazonlinux-2023'],
  ['public.ecr.aws/amazonlinux/amazonlinux:2023', 'amazonlinux-2023'],
  ['mcr.microsoft.com/azurelinux/base/core:3.0', 'azurelinux-3.0'],
  // Alpine
  ['alpine', 'alpine-3.24'],
  ['alpine:3', 'alpine-3.24'],
  ['alpine:3.12', 'alpine-3.12'],
  ['alpine:3.14', 'alpine-3.14'],
  ['alpine:3.18', 'alpine-3.18'],
  ['alpine:3.20', 'alpine-3.20'],
  ['alpine:3.20.3', 'alpine-3.20'],
  ['alpine:3.21', 'alpine-3.21'],
  ['alpine:3.23', 'alpine-3.23'],
  ['alpine:3.24.1', 'alpine-3.24'],
  ['alpine:edge', 'alpine-edge'],
  ['alpine:20260805', 'alpine-edge'],
  ['alpine:3.11', 'alpine-3.11'],
  ['docker.io/library/alpine:3.22@sha256:8a1f59ffb675680d47db6337b49d22281a139e9d709335b492be023728e11715', 'alpine-3.22'],
  // Others
  ['opensuse/leap:15.6', 'opensuse-leap-15.6'],
  ['opensuse/leap:15.5', 'opensuse-leap-15.5'],
  ['opensuse/leap:16.0', 'opensuse-leap-16.0'],
  ['registry.opensuse.org/opensuse/leap:15.6', 'opensuse-leap-15.6'],
  ['opensuse/tumbleweed', 'opensuse-tumbleweed'],
  ['archlinux', 'archlinux'],
  ['archlinux:base-devel', 'archlinux', 'base-devel'],
  ['archlinux:base-20260816.0.574111', 'archlinux', 'base'],
  ['photon:3.0', 'photon-3.0'],
  ['photon:5.0', 'photon-5.0'],
  ['clearlinux', 'clearlinux'],
  ['mageia:9', 'mageia-9'],
  ['busybox', 'busybox-glibc'],
  ['busybox:1.37', 'busybox-glibc'],
  ['busybox:musl', 'busybox-musl'],
  ['busybox:1.36-uclibc', 'busybox-uclibc'],
  ['busybox:stable-glibc', 'busybox-glibc'],
  ['scratch', 'scratch'],
  // Distroless, Chainguard
  ['gcr.io/distroless/static-debian12', 'distroless-static-debian12'],
  ['gcr.io/distroless/static-debian12:nonroot', 'distroless-static-debian12'],
  ['gcr.io/distroless/base-debian12', 'distroless-debian12'],
  ['gcr.io/distroless/cc-debian12:debug', 'distroless-debian12', 'debug'],
  ['gcr.io/distroless/python3-debian12', 'distroless-debian12'],
  ['gcr.io/distroless/java17-debian12:nonroot', 'distroless-debian12'],
  ['gcr.io/distroless/nodejs20-debian12', 'distroless-debian12'],
  ['gcr.io/distroless/static-debian13:nonroot', 'distroless-static-debian13'],
  ['gcr.io/distroless/base-debian13', 'distroless-debian13'],
  ['gcr.io/distroless/static', 'distroless-static-debian13'],
  ['cgr.dev/chainguard/wolfi-base', 'wolfi'],
  ['cgr.dev/chainguard/python:latest-dev', 'wolfi', 'dev'],
  ['cgr.dev/chainguard/go:latest', 'wolfi'],
  ['cgr.dev/chainguard/static:latest', 'wolfi-static'],
  // Windows
  ['mcr.microsoft.com/windows/servercore:ltsc2019', 'windows-ltsc2019', 'servercore'],
  ['mcr.microsoft.com/windows/servercore:ltsc2022', 'windows-ltsc2022', 'servercore'],
  ['mcr.microsoft.com/windows/servercore:ltsc2025', 'windows-ltsc2025', 'servercore'],
  ['mcr.microsoft.com/windows/nanoserver:ltsc2022', 'windows-ltsc2022', 'nanoserver'],
  ['mcr.microsoft.com/windows/nanoserver:1809', 'windows-ltsc2019', 'nanoserver'],
  ['mcr.microsoft.com/windows/server:ltsc2025', 'windows-ltsc2025', 'server'],
  ['mcr.microsoft.com/windows:1809', 'windows-ltsc2019'],
  ['mcr.microsoft.com/windows/servercore:10.0.20348.2582', 'windows-ltsc2022', 'servercore'],
  // Derived: python, node, golang
  ['python', 'debian-13'],
  ['python:3.12', 'debian-13'],
  ['python:3.12-slim', 'debian-13', 'slim'],
  ['python:3.12-slim-bookworm', 'debian-12', 'slim'],
  ['python:3.11-bookworm', 'debian-12'],
  ['python:3.9-slim-bullseye', 'debian-11', 'slim'],
  ['python:3.8-buster', 'debian-10'],
  ['python:3.13-trixie', 'debian-13'],
  ['python:3.12-alpine', 'alpine-3.24'],
  ['python:3.12-alpine3.20', 'alpine-3.20'],
  ['python:3.14.2-slim-trixie', 'debian-13', 'slim'],
  ['python:3.12-windowsservercore-ltsc2022', 'windows-ltsc2022', 'servercore'],
  ['python:3.8', 'debian-12'],
  ['python:foo', 'unknown'],
  ['docker.io/library/python:3.12-slim@sha256:2b2a1e7f6c3a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c', 'debian-13', 'slim'],
  ['node', 'debian-13'],
  ['node:26', 'debian-13'],
  ['node:24', 'debian-12'],
  ['node:22', 'debian-12'],
  ['node:20', 'debian-12'],
  ['node:lts', 'debian-12'],
  ['node:22-slim', 'debian-12', 'slim'],
  ['node:22-bookworm-slim', 'debian-12', 'slim'],
  ['node:20-bullseye', 'debian-11'],
  ['node:22-alpine', 'alpine-3.24'],
  ['node:20-alpine', 'alpine-3.23'],
  ['node:18-alpine3.18', 'alpine-3.18'],
  ['node:lts-alpine', 'alpine-3.24'],
  ['node:18', 'debian-12'],
  ['golang', 'debian-13'],
  ['golang:1.27', 'debian-13'],
  ['golang:1.22', 'debian-12'],
  ['golang:1.22-bookworm', 'debian-12'],
  ['golang:1.23-alpine3.20', 'alpine-3.20'],
  ['golang:1.27-alpine', 'alpine-3.24'],
  ['golang:1.26-nanoserver-ltsc2022', 'windows-ltsc2022', 'nanoserver'],
  // Java
  ['eclipse-temurin:21', 'ubuntu-26.04'],
  ['eclipse-temurin:25-jdk', 'ubuntu-26.04'],
  ['eclipse-temurin:21-jre-noble', 'ubuntu-24.04'],
  ['eclipse-temurin:17-jdk-jammy', 'ubuntu-22.04'],
  ['eclipse-temurin:21-jre-alpine-3.22', 'alpine-3.22'],
  ['eclipse-temurin:21-ubi9-minimal', 'ubi-9', 'minimal'],
  ['eclipse-temurin:21-alpine', 'alpine-3.24'],
  ['amazoncorretto:21', 'amazonlinux-2023'],
  ['amazoncorretto:21-al2023-jdk', 'amazonlinux-2023'],
  ['amazoncorretto:17-al2-native-jdk', 'amazonlinux-2'],
  ['amazoncorretto:21-alpine3.20', 'alpine-3.20'],
  ['openjdk:17-jdk-slim-bullseye', 'debian-11', 'slim'],
  ['openjdk:27-ea-oraclelinux10', 'oraclelinux-10'],
  ['openjdk:17', 'oraclelinux-8'],
  ['maven', 'ubuntu-24.04'],
  ['maven:3.9-eclipse-temurin-21-noble', 'ubuntu-24.04'],
  ['maven:3.9.9-amazoncorretto-21-al2023', 'amazonlinux-2023'],
  ['maven:3.9-eclipse-temurin-21-alpine', 'alpine-3.24'],
  ['gradle', 'ubuntu-26.04'],
  ['gradle:jdk21-jammy', 'ubuntu-22.04'],
  ['gradle:8.10-jdk21-noble', 'ubuntu-24.04'],
  ['gradle:jdk21-ubi9', 'ubi-9'],
  // Languages and servers
  ['ruby:4.0', 'debian-13'],
  ['ruby:3.3-slim-bookworm', 'debian-12', 'slim'],
  ['ruby:3.3-alpine3.20', 'alpine-3.20'],
  ['php:8.5', 'debian-13'],
  ['php:8.5-fpm', 'debian-13'],
  ['php:8.3-apache-bookworm', 'debian-12'],
  ['php:8.3-fpm-alpine3.20', 'alpine-3.20'],
  ['php:8.3-fpm-alpine', 'alpine-3.24'],
  ['rust', 'debian-13'],
  ['rust:1.98-slim', 'debian-13', 'slim'],
  ['rust:1.80-slim-bookworm', 'debian-12', 'slim'],
  ['rust:1-alpine3.21', 'alpine-3.21'],
  ['perl:5.40-bookworm', 'debian-12'],
  ['perl:5.42-threaded-trixie', 'debian-13'],
  ['perl:5.40', 'debian-13'],
  ['nginx', 'debian-13'],
  ['nginx:1.31', 'debian-13'],
  ['nginx:mainline-alpine', 'alpine-3.24'],
  ['nginx:stable-alpine-slim', 'alpine-3.24', 'slim'],
  ['nginx:1.27-alpine3.20', 'alpine-3.20'],
  ['nginx:1.25-bookworm', 'debian-12'],
  ['nginx:1.29', 'debian-13'],
  ['httpd:2.4', 'debian-13'],
  ['httpd:2.4-alpine', 'alpine-3.24'],
  ['httpd:2.4-bookworm', 'debian-12'],
  ['redis', 'debian-13'],
  ['redis:8.10-alpine', 'alpine-3.23'],
  ['redis:7.2-alpine3.19', 'alpine-3.19'],
  ['redis:7-bookworm', 'debian-12'],
  ['redis:7-alpine', 'alpine-3.21'],
  ['postgres:18', 'debian-13'],
  ['postgres:16-bookworm', 'debian-12'],
  ['postgres:16-alpine3.20', 'alpine-3.20'],
  ['postgres:18-alpine', 'alpine-3.24'],
  ['postgres:16', 'debian-13'],
  ['mysql:8.4', 'oraclelinux-9'],
  ['mysql', 'oraclelinux-9'],
  ['mysql:lts', 'oraclelinux-9'],
  ['mysql:8.0-oraclelinux8', 'oraclelinux-8'],
  ['mysql:8.0-bookworm', 'debian-12'],
  ['mariadb:11.8', 'ubuntu-24.04'],
  ['mariadb:10.11-jammy', 'ubuntu-22.04'],
  ['mariadb:latest', 'ubuntu-24.04'],
  ['mongo:8.0', 'ubuntu-24.04'],
  ['mongo:7.0-jammy', 'ubuntu-22.04'],
  ['mongo:8.0-windowsservercore-ltsc2022', 'windows-ltsc2022', 'servercore'],
  ['rabbitmq:4.2', 'ubuntu-24.04'],
  ['rabbitmq:4.2-management', 'ubuntu-24.04'],
  ['rabbitmq:3.13-management-alpine', 'alpine-3.22'],
  ['traefik:v3.6', 'alpine-3.24'],
  ['traefik:3.6.24', 'alpine-3.24'],
  ['traefik:v3.7', 'alpine-3.23'],
  ['traefik:v3.6-windowsservercore-ltsc2022', 'windows-ltsc2022', 'servercore'],
  ['traefik', 'alpine-3.24'],
  ['buildpack-deps:bookworm', 'debian-12'],
  ['buildpack-deps:trixie-scm', 'debian-13'],
  ['buildpack-deps:noble-curl', 'ubuntu-24.04'],
  ['buildpack-deps', 'debian-13'],
  ['gcc:16', 'debian-13'],
  ['gcc:14-bookworm', 'debian-12'],
  ['gcc:13', 'debian-12'],
  // .NET
  ['mcr.microsoft.com/dotnet/sdk:10.0', 'ubuntu-24.04'],
  ['mcr.microsoft.com/dotnet/aspnet:10.0-noble', 'ubuntu-24.04'],
  ['mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled', 'ubuntu-24.04', 'chiseled'],
  ['mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled-extra', 'ubuntu-22.04', 'chiseled-extra'],
  ['mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/aspnet:8.0-alpine3.20', 'alpine-3.20'],
  ['mcr.microsoft.com/dotnet/runtime:10.0-azurelinux3.0', 'azurelinux-3.0'],
  ['mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0-distroless', 'azurelinux-3.0', 'distroless'],
  ['mcr.microsoft.com/dotnet/sdk:10.0-nanoserver-ltsc2022', 'windows-ltsc2022', 'nanoserver'],
  ['mcr.microsoft.com/dotnet/sdk:11.0', 'ubuntu-26.04'],
  ['mcr.microsoft.com/dotnet/sdk:8.0', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/runtime:6.0-cbl-mariner2.0', 'mariner-2.0'],
  ['mcr.microsoft.com/dotnet/runtime-deps:6.0-cbl-mariner2.0-distroless', 'mariner-2.0', 'distroless'],
  ['mcr.microsoft.com/dotnet/sdk:11.0.100-preview.7-azurelinux4.0-amd64', 'azurelinux-4.0'],
  ['mcr.microsoft.com/dotnet/runtime:6.0-cbl-mariner3.0', 'unknown'],
  // Common real-world tags: version-only lines, end-of-life lines (last known base), -alpine defaults
  ['python:3.7', 'debian-12'],
  ['python:3.7.17', 'debian-12'],
  ['python:3.8-slim', 'debian-12', 'slim'],
  ['python:3.8.17-slim', 'debian-12', 'slim'],
  ['python:3.9', 'debian-13'],
  ['python:3.9-slim', 'debian-13', 'slim'],
  ['python:3.9-slim-bookworm', 'debian-12', 'slim'],
  ['python:3.10', 'debian-13'],
  ['python:3.11', 'debian-13'],
  ['python:3.11-slim', 'debian-13', 'slim'],
  ['python:3.13', 'debian-13'],
  ['python:3.13-slim', 'debian-13', 'slim'],
  ['python:3.10-alpine', 'alpine-3.24'],
  ['python:3.8-alpine', 'alpine-3.20'],
  ['golang:1.23', 'debian-12'],
  ['golang:1.22.5', 'debian-12'],
  ['golang:1.24', 'debian-13'],
  ['golang:1.24.9', 'debian-13'],
  ['golang:1.25', 'debian-13'],
  ['golang:1.25.3', 'debian-13'],
  ['golang:1.25-alpine', 'alpine-3.24'],
  ['golang:1.23-bookworm', 'debian-12'],
  ['golang:1.22-alpine3.20', 'alpine-3.20'],
  ['node:20-slim', 'debian-12', 'slim'],
  ['node:18-bookworm-slim', 'debian-12', 'slim'],
  ['node:18-alpine', 'alpine-3.21'],
  ['node:lts-slim', 'debian-12', 'slim'],
  ['postgres:15', 'debian-13'],
  ['postgres:14', 'debian-13'],
  ['postgres:17', 'debian-13'],
  ['postgres:16.4', 'debian-12'],
  ['postgres:15-alpine', 'alpine-3.24'],
  ['postgres:16-alpine', 'alpine-3.24'],
  ['postgres:15-bookworm', 'debian-12'],
  ['postgres:13', 'debian-13'],
  ['postgres', 'debian-13'],
  ['mcr.microsoft.com/dotnet/sdk:9.0', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/aspnet:8.0', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/runtime:8.0.11', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/runtime-deps:9.0', 'debian-12', 'slim'],
  ['mcr.microsoft.com/dotnet/aspnet:8.0-noble', 'ubuntu-24.04'],
  ['mcr.microsoft.com/dotnet/sdk:9.0-trixie-slim', 'debian-13', 'slim'],
  ['mcr.microsoft.com/dotnet/sdk:8.0-alpine', 'alpine-3.24'],
  ['mcr.microsoft.com/dotnet/aspnet:10.0', 'ubuntu-24.04'],
  ['mcr.microsoft.com/dotnet/sdk:7.0', 'debian-11', 'slim'],
  ['ruby:3.1', 'debian-12'],
  ['ruby:3.1-slim', 'debian-12', 'slim'],
  ['ruby:3.3-alpine', 'alpine-3.24'],
  ['ruby:3.2', 'debian-13'],
  ['rust:1.82', 'debian-12'],
  ['rust:1.82.0-slim', 'debian-12', 'slim'],
  ['rust:1-alpine', 'alpine-3.24'],
  ['rust:1.75', 'debian-12'],
  ['php:8.2-alpine', 'alpine-3.24'],
  ['php:8.2-fpm-bookworm', 'debian-12'],
  ['eclipse-temurin:17', 'ubuntu-26.04'],
  ['eclipse-temurin:17-jdk', 'ubuntu-26.04'],
  ['eclipse-temurin:17-jre', 'ubuntu-26.04'],
  ['eclipse-temurin:11', 'ubuntu-26.04'],
  ['eclipse-temurin:26-jre', 'ubuntu-26.04'],
  ['eclipse-temurin:17-jre-alpine', 'alpine-3.24'],
  ['eclipse-temurin:8-jdk', 'ubuntu-26.04'],
  ['redis:7', 'debian-12'],
  ['redis:7.4-alpine', 'alpine-3.21'],
  ['rabbitmq:3-management-alpine', 'alpine-3.22'],
  ['rabbitmq:3-management', 'ubuntu-24.04'],
  ['traefik:latest', 'alpine-3.24'],
  ['mariadb', 'ubuntu-24.04'],
  ['mongo:latest', 'ubuntu-24.04'],
  ['node:lts-alpine3.23', 'alpine-3.23'],
  ['nginx:stable-alpine', 'alpine-3.24'],
  ['nginx:alpine', 'alpine-3.24'],
  ['httpd:alpine', 'alpine-3.24'],
  ['httpd', 'debian-13'],
  ['haproxy', 'debian-13'],
  ['haproxy:lts', 'debian-13'],
  ['haproxy:3.2', 'debian-13'],
  ['haproxy:2.8', 'debian-13'],
  ['haproxy:3.0.28', 'debian-13'],
  ['haproxy:3.2-alpine', 'alpine-3.24'],
  ['haproxy:alpine', 'alpine-3.24'],
  ['haproxy:2.4', 'debian-13'],
  ['haproxy:2.6-bookworm', 'debian-12'],
  ['memcached', 'debian-13'],
  ['memcached:1.6', 'debian-13'],
  ['memcached:1.6-alpine', 'alpine-3.24'],
  ['memcached:1.6-bookworm', 'debian-12'],
  ['memcached:1.6.38-alpine3.22', 'alpine-3.22'],
  ['busybox:1.36', 'busybox-glibc'],
  ['busybox:latest', 'busybox-glibc'],
  ['elasticsearch:8.15.0', 'ubuntu-20.04'],
  ['wordpress', 'debian-13'],
  ['wordpress:php8.2-apache', 'debian-13'],
  ['jenkins/jenkins:lts', 'debian-13'],
  ['bitnami/postgresql:16', 'unknown'],
  // Unknown images
  ['mycompany/app:1.0', 'unknown'],
  ['ghcr.io/foo/bar', 'unknown'],
  ['localhost:5000/myimage:dev', 'unknown'],
  ['registry.example.com:8443/team/base:2024', 'unknown'],
  ['quay.io/prometheus/prometheus', 'busybox-uclibc'],
  ['quay.io/prometheus/prometheus:v2.40.0', 'unknown'],
  ['bitnami/redis:7.2', 'unknown'],
];

test('the reference list is large and has no duplicates', () => {
  assert.ok(CASES.length >= 300, `only ${CASES.length} references`);
  assert.equal(new Set(CASES.map((c) => c[0])).size, CASES.length, 'duplicate reference in CASES');
});

for (const [text, expected, variant] of CASES) {
  test(`${text} → ${expected}${variant ? ` (${variant})` : ''}`, () => {
    const parsed = parseImageRef(text);
    assert.ok(parsed.ok, `reference does not parse: ${text}`);
    const found = lookupImage(parsed.ref);
    if (expected === 'unknown' || expected === 'scratch') {
      assert.equal(found.kind, expected, JSON.stringify(found));
      if (found.kind === 'unknown') assert.ok(found.reason.length > 10, 'an unknown carries a reason');
      return;
    }
    assert.equal(found.kind, 'known', JSON.stringify(found));
    if (found.kind !== 'known') return;
    assert.equal(found.identity.release.id, expected);
    assert.equal(found.identity.variant, variant);
  });
}

test('required facts: centos:7 and ubuntu:22.04', () => {
  const c7 = known('centos:7').release;
  assert.equal(c7.distroName, 'CentOS Linux');
  assert.equal(c7.version, '7');
  assert.deepEqual([c7.libc.kind, c7.libc.version, c7.libc.minKernel, c7.distroKernel], ['glibc', '2.17', '2.6.32', '3.10']);
  assert.equal(c7.supportEnds, '2024-06-30');
  assert.equal(c7.extendedSupportEnds, '2024-06-30');
  assert.deepEqual(c7.successors, ['rockylinux/rockylinux:9', 'almalinux:9']);
  const u22 = known('ubuntu:22.04').release;
  assert.equal(u22.label, 'Ubuntu 22.04 LTS');
  assert.equal(u22.codename, 'Jammy Jellyfish');
  assert.deepEqual([u22.libc.version, u22.libc.minKernel, u22.distroKernel], ['2.35', '3.2', '5.15']);
  assert.deepEqual(known('ubuntu:18.04').release.successors, ['ubuntu:24.04']);
});

test('moving tags say what they mean and what to pin to', () => {
  const u = known('ubuntu');
  assert.equal(u.movingTag?.tag, 'latest');
  assert.match(u.movingTag!.means, /26\.04/);
  assert.equal(u.pinnedReference, 'ubuntu:26.04');
  assert.equal(known('alpine:3').pinnedReference, 'alpine:3.24');
  assert.equal(known('python:3.12').pinnedReference, 'python:3.12-trixie');
  assert.equal(known('python:3.12-slim').pinnedReference, 'python:3.12-slim-trixie');
  assert.equal(known('node:22-slim').pinnedReference, 'node:22-bookworm-slim');
  assert.equal(known('python:3.12-alpine').pinnedReference, 'python:3.12-alpine3.24');
  assert.equal(known('debian:stable-slim').pinnedReference, 'debian:trixie-slim');
  // pinned tags are not moving
  assert.equal(known('ubuntu:22.04').movingTag, undefined);
  assert.equal(known('python:3.12-slim-bookworm').movingTag, undefined);
});

test('derived images carry the rule that inferred them; distribution images do not', () => {
  const py = known('python:3.12-slim-bookworm');
  assert.equal(py.image, 'python');
  assert.equal(py.inferredFrom?.rule, 'python/debian-slim-suite');
  assert.ok(py.inferredFrom?.source);
  assert.equal(known('debian:bookworm').inferredFrom, undefined);
  assert.equal(known('quay.io/centos/centos:stream9').image, 'quay.io/centos/centos');
  assert.equal(known('mcr.microsoft.com/dotnet/sdk:10.0').image, 'mcr.microsoft.com/dotnet/sdk');
});

test('lines no longer published resolve to what their tags meant when last published, frozen, without a moving tag', () => {
  for (const [text, month] of [
    ['python:3.8', /^202\d-\d\d$/],
    ['golang:1.24', /^202\d-\d\d$/],
    ['ruby:3.1-slim', /^202\d-\d\d$/],
    ['rust:1.82', /^202\d-\d\d$/],
  ] as const) {
    const id = known(text);
    assert.match(id.inferredFrom!.rule, /^official-images history: /, text);
    assert.match(String(id.inferredFrom!.source), /docker-library\/official-images @ [0-9a-f]{8}/, text);
    assert.match(id.publication?.lastPublished ?? '', month, text);
    assert.match(id.publication?.frozen ?? '', /no longer published/, text);
    assert.equal(id.movingTag, undefined, text);
  }
  const dotnet8 = known('mcr.microsoft.com/dotnet/sdk:8.0');
  assert.equal(dotnet8.pinnedReference, 'mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim');
  assert.match(String(dotnet8.inferredFrom!.source), /00173ed6/);
});

test('unknown reasons name the problem', () => {
  const parsed = parseImageRef('python:foo');
  assert.ok(parsed.ok);
  const r = lookupImage(parsed.ref);
  assert.equal(r.kind, 'unknown');
  if (r.kind === 'unknown')
    assert.equal(r.reason, 'python:foo was never published: no version of official-images library/python since 2013 lists this tag');
  const stream = parseImageRef('quay.io/centos/centos:foo');
  assert.ok(stream.ok);
  const s = lookupImage(stream.ref);
  assert.ok(s.kind === 'unknown' && s.reason === "quay.io/centos/centos tag 'foo' matches no known variant", JSON.stringify(s));
});

test('Windows images are Windows releases with their builds', () => {
  assert.equal(known('mcr.microsoft.com/windows/servercore:ltsc2019').release.windowsBuild, 17763);
  assert.equal(known('mcr.microsoft.com/windows/servercore:ltsc2022').release.windowsBuild, 20348);
  const w25 = known('mcr.microsoft.com/windows/nanoserver:ltsc2025').release;
  assert.deepEqual([w25.windowsBuild, w25.os, w25.libc.kind], [26100, 'windows', 'windows']);
});

test('a digest-only reference resolves only where the repository alone names the release (Windows base images)', () => {
  const digest = '@sha256:3bb312dcc36fa551766a13cf2fb8e2be90726774589c96bea9198a26307bf2a2';
  for (const image of [
    'mcr.microsoft.com/windows/nanoserver',
    'mcr.microsoft.com/windows/servercore',
    'mcr.microsoft.com/dotnet/framework/aspnet',
  ]) {
    const identity = known(image + digest);
    assert.equal(identity.release.id, 'windows-unknown', image);
    assert.equal(identity.release.os, 'windows', image);
  }
  // A Linux distribution's tag decides its release: a digest hides it, so the image stays unknown.
  for (const image of ['alpine', 'ubuntu', 'mcr.microsoft.com/dotnet/sdk']) {
    const parsed = parseImageRef(image + digest);
    assert.ok(parsed.ok);
    const found = lookupImage(parsed.ref);
    assert.equal(found.kind, 'unknown', image);
    if (found.kind === 'unknown') assert.match(found.reason, /digest only/, image);
  }
});
