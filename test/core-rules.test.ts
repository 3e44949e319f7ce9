import { describe, expect, it } from 'vitest';
import { fixtureFindings, positions, ruleFindings, unpinnedPackages } from './helpers.js';

describe('base-image-tag', () => {
  it('takes a tag that names a version beside a channel word for that release', () => {
    expect(ruleFindings('base-image-tag', 'FROM messense/rust-musl-cross:x86_64-musl-stable-1.97.1\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM node:lts-alpine\n')).toHaveLength(1);
    expect(ruleFindings('base-image-tag', 'FROM lukemathwalker/cargo-chef:latest-rust-1.75-bookworm\n')).toHaveLength(1);
  });
  it('flags an official image\'s variant tag without a version, which moves like latest (opea\'s nginx:alpine)', () => {
    const found = ruleFindings('base-image-tag', 'FROM nginx:alpine\nFROM python:slim\nFROM nextcloud:fpm-alpine\n');
    expect(positions(found)).toEqual([[1, 6], [2, 6], [3, 6]]);
    expect(found[0]!.message).toContain('pin a version tag of that variant (`nginx:<version>-alpine`)');
    // A version or a release codename fixes it; a publisher's own variant tag is its own business.
    const quiet = 'FROM nginx:1.27-alpine\nFROM python:slim-bookworm\nFROM ubuntu:impish\nFROM debian:bookworm-slim\nFROM bitnami/nginx:alpine\nFROM liquibase:test-entrypoint\n';
    expect(ruleFindings('base-image-tag', quiet)).toEqual([]);
  });
  it('takes a nightly tag with a build date for that day\'s build (aphrodite-engine\'s TPU image)', () => {
    expect(ruleFindings('base-image-tag', 'FROM us-central1-docker.pkg.dev/tpu-pytorch-releases/docker/xla:nightly_3.10_tpuvm_20240808\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM pytorch/pytorch:nightly-2.5.0.dev20240808-cuda12.4\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM us-central1-docker.pkg.dev/tpu-pytorch-releases/docker/xla:nightly_3.10_tpuvm\n')).toHaveLength(1);
  });
  it('leaves TorchServe\'s image, which runs as model-server, to its own user', () => {
    expect(ruleFindings('non-root-user', 'FROM pytorch/torchserve:0.12.0-gpu\nCOPY model.mar /home/model-server/model-store/\nCMD ["torchserve", "--start"]\n')).toEqual([]);
  });
  it('flags missing and floating tags', () => {
    const found = fixtureFindings('base-image-tag', 'rules/base-image-tag/bad.Dockerfile');
    expect(positions(found)).toEqual([[1, 6], [2, 6], [3, 6], [4, 6], [6, 6]]);
    // distroless publishes no version tags: the advice is the digest.
    expect(found[4]!.message).toContain('its publisher has no version tags, so pin its digest');
  });
  it('names a reference built from an argument by what it expands to, never `${VAR}:latest`', () => {
    const [found] = ruleFindings('base-image-tag', 'ARG TYPE=alpine\nARG BASE=${TYPE}\nFROM ${BASE}\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n');
    expect(found!.message).toContain('`${BASE}` (`alpine`) has no tag, so it means `alpine:latest`');
    expect(found!.message).not.toContain('${BASE}:latest');
    expect(ruleFindings('base-image-tag', 'FROM alpine\n')[0]!.message).toContain('`alpine` has no tag, so it means `alpine:latest`');
  });
  it('is silent on pinned, digest, stage, scratch and unresolved images', () => {
    expect(fixtureFindings('base-image-tag', 'rules/base-image-tag/good.Dockerfile')).toEqual([]);
  });
  it('leaves a floating tag of a repository whose path names the release (rebuilds of that release only)', () => {
    expect(ruleFindings('base-image-tag', 'FROM vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0:latest\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0\n')).toEqual([]);
    // Trap: a version in the repository's own name, not in a folder of its path, says nothing of what `latest` is.
    expect(ruleFindings('base-image-tag', 'FROM ghcr.io/acme/tools/base-1.2:latest\n')).toHaveLength(1);
    // A repository named for a distribution at a release, however the vendor writes Ubuntu's YY.MM: its rebuilds.
    for (const image of ['gcr.io/gcp-runtimes/ubuntu_20_0_4', 'launcher.gcr.io/google/ubuntu1804', 'launcher.gcr.io/google/ubuntu16_04', 'acme/ubuntu-22.04:latest', 'launcher.gcr.io/google/debian12']) {
      expect(ruleFindings('base-image-tag', `FROM ${image}\n`), image).toEqual([]);
    }
    // Red Hat's UBI, named for its RHEL release: the repository (`ubi9`, `redhat/ubi8-minimal`) or UBI's variant in the
    // release's folder (strimzi's `registry.access.redhat.com/ubi9/ubi-minimal:latest`).
    for (const image of ['registry.access.redhat.com/ubi9/ubi-minimal:latest', 'registry.access.redhat.com/ubi8/ubi', 'registry.access.redhat.com/ubi9', 'redhat/ubi8-minimal:latest', 'registry.redhat.io/ubi9/ubi-micro:latest']) {
      expect(ruleFindings('base-image-tag', `FROM ${image}\n`), image).toEqual([]);
    }
    // Not an application image in the release's folder (`ubi9/python-311`), nor UBI's name without its release.
    for (const image of ['registry.access.redhat.com/ubi9/python-311:latest', 'registry.access.redhat.com/ubi9/toolbox', 'acme/ubi:latest', 'registry.access.redhat.com/ubi-minimal']) {
      expect(ruleFindings('base-image-tag', `FROM ${image}\n`), image).toHaveLength(1);
    }
    // Not the distribution alone, a floating word, an application that names its base, or Docker Hub's own `ubuntu`.
    for (const image of ['gcr.io/gcp-runtimes/ubuntu', 'acme/ubuntu_latest', 'acme/app-ubuntu2004', 'ubuntu', 'acme/ubuntu20']) {
      expect(ruleFindings('base-image-tag', `FROM ${image}\n`), image).toHaveLength(1);
    }
  });
  it('resolves ARG defaults before judging', () => {
    expect(ruleFindings('base-image-tag', 'ARG IMAGE=python:latest\nFROM ${IMAGE}\nCOPY app.py /srv/\nCMD ["python3", "/srv/app.py"]\n')).toHaveLength(1);
    expect(ruleFindings('base-image-tag', 'ARG IMAGE=python\nFROM ${IMAGE}\nCOPY app.py /srv/\nCMD ["python3", "/srv/app.py"]\n')).toHaveLength(1);
    // A tag that is a build argument: the build passes the release, `latest` is the bare build's fallback.
    expect(ruleFindings('base-image-tag', 'ARG TAG=latest\nFROM python:${TAG}\n')).toEqual([]);
    // Also when more arguments follow it (Prefect's `${PREFECT_VERSION}-python${PYTHON_VERSION}`).
    expect(ruleFindings('base-image-tag', 'ARG V=3-latest\nARG PY=3.12\nFROM prefecthq/prefect:${V}-python${PY}\nCMD ["prefect"]\n')).toEqual([]);
    // A literal floating word before the argument floats whatever the build passes.
    expect(ruleFindings('base-image-tag', 'ARG B=main\nFROM acme/app:nightly-${B}\nCMD ["app"]\n')).toHaveLength(1);
  });
  it('leaves single names Docker Hub does not have: images built locally (a typo is official-base-image\'s)', () => {
    expect(ruleFindings('base-image-tag', 'FROM bats-jenkins\nRUN true\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM pyhton\n')).toEqual([]);
    expect(ruleFindings('base-image-tag', 'FROM centos\n')).toHaveLength(1);
    expect(ruleFindings('base-image-tag', 'FROM acme/base\n')).toHaveLength(1);
  });
});

describe('apt-pin-versions', () => {
  it('points at each unpinned package, through flags with values and sudo', () => {
    const f = unpinnedPackages(fixtureFindings('apt-pin-versions', 'rules/apt-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[5, 8], [7, 81], [8, 29], [10, 66]]);
    expect(f[0]!.message).toContain('`git`');
    expect(f[0]!.range.end).toEqual({ line: 5, column: 11 });
  });
  it('is silent on pins, variables, local debs, expansions and other subcommands', () => {
    expect(fixtureFindings('apt-pin-versions', 'rules/apt-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('reports on a frozen release once the stage adds a live repository before the install', () => {
    const frozen = 'FROM debian:bullseye\nRUN apt-get update && apt-get install -y curl';
    expect(ruleFindings('apt-pin-versions', `${frozen}\n`)).toEqual([]);
    // Microsoft's repository package, a `deb` line under sources.list.d, add-apt-repository: live archives.
    expect(ruleFindings('apt-pin-versions', `${frozen} && curl -O https://packages.microsoft.com/config/debian/11/packages-microsoft-prod.deb && dpkg -i packages-microsoft-prod.deb && apt-get update && apt-get install -y azure-functions-core-tools-4\n`).map((f) => f.message)).toEqual(['apt package `azure-functions-core-tools-4` is not pinned; install `azure-functions-core-tools-4=<version>`.']);
    expect(ruleFindings('apt-pin-versions', `${frozen} && echo "deb https://packages.microsoft.com/repos/azure-cli/ $(lsb_release -cs) main" > /etc/apt/sources.list.d/azure-cli.list && apt-get update && apt-get install -y azure-cli\n`)).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', 'FROM ubuntu:18.04\nRUN add-apt-repository ppa:ondrej/php && apt-get install -y php8.2\n')).toHaveLength(1);
    // A frozen suite added, or a mirror switched with sed, is no live repository.
    expect(ruleFindings('apt-pin-versions', `${frozen} && echo "deb http://deb.debian.org/debian bullseye-backports main" > /etc/apt/sources.list.d/bp.list && apt-get install -y git\n`)).toEqual([]);
    expect(ruleFindings('apt-pin-versions', 'FROM debian:bullseye\nRUN sed -i s/deb.debian.org/mirrors.aliyun.com/ /etc/apt/sources.list.d/debian.list && apt-get update && apt-get install -y git\n')).toEqual([]);
    // Only a repository the same RUN added: a later RUN's install takes the distribution's package from the frozen archive
    // (Azure's node16 image: NodeSource in one RUN, `apt-get install -y libc-dev` in a later one).
    const nodesource = 'FROM debian:bullseye\nRUN curl -sL https://deb.nodesource.com/setup_16.x | bash - && apt-get update && apt-get install -y nodejs\n';
    expect(ruleFindings('apt-pin-versions', nodesource).map((f) => f.range.start.line)).toEqual([2]);
    expect(ruleFindings('apt-pin-versions', `${nodesource}RUN apt-get update && apt-get install -y libc-dev\n`).map((f) => f.range.start.line)).toEqual([2]);
  });
  it('is silent where the stage rewrites sources.list with Debian testing or sid only, also from an ARG default', () => {
    expect(ruleFindings('apt-pin-versions', 'FROM debian:bookworm\nARG DEBIAN_MIRROR="http://deb.debian.org/debian testing main"\nRUN echo "deb ${DEBIAN_MIRROR}" > /etc/apt/sources.list && apt-get update && apt-get install -y curl\n')).toEqual([]);
    expect(ruleFindings('apt-pin-versions', 'FROM debian:bookworm\nRUN echo "deb http://deb.debian.org/debian sid main" > /etc/apt/sources.list && apt-get update && apt-get install -y curl\n')).toEqual([]);
    // A stable suite, or a rolling one beside a stable one, is no rolling release.
    expect(ruleFindings('apt-pin-versions', 'FROM debian:bookworm\nARG DEBIAN_MIRROR="http://deb.debian.org/debian bookworm main"\nRUN echo "deb ${DEBIAN_MIRROR}" > /etc/apt/sources.list && apt-get update && apt-get install -y curl\n')).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', 'FROM debian:bookworm\nRUN echo "deb http://deb.debian.org/debian testing main" > /etc/apt/sources.list && echo "deb http://x.org/debian bookworm main" > /etc/apt/sources.list.d/x.list && apt-get update && apt-get install -y curl\n')).toHaveLength(1);
  });
  it('is silent in a builder copied out of only by a glob of its own top folder, not one that may name a system tree', () => {
    const builder = (from: string) => `FROM ubuntu:24.04 AS builder\nRUN apt-get update && apt-get install -y curl\nFROM ubuntu:24.04\nCOPY --from=builder ${from} /usr/local/bin/app\n`;
    expect(ruleFindings('apt-pin-versions', builder('/quickwit-v*/quickwit'))).toEqual([]);
    expect(ruleFindings('apt-pin-versions', builder('/*/bin/curl'))).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', builder('/u*/bin/curl'))).toHaveLength(1);
  });
});

describe('non-root-user', () => {
  it('is silent on HAProxy, which runs as its configured user, and on LinuxServer.io bases, whose s6 services run as abc', () => {
    expect(ruleFindings('non-root-user', 'FROM alpine:3.23\nRUN apk add --no-cache haproxy\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM ghcr.io/linuxserver/baseimage-ubuntu:noble\nRUN apt-get update\nEXPOSE 8443\n')).toEqual([]);
    // OpenResty's binary is its nginx: the master binds port 80, the workers run as `user nobody`.
    expect(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nRUN make install\nEXPOSE 80\nCMD ["/usr/local/openresty/bin/openresty", "-g", "daemon off;"]\n')).toEqual([]);
    // Mosquitto started as root changes to its configured `user` (mosquitto by default), as eclipse/mosquitto's image does.
    expect(ruleFindings('non-root-user', 'FROM alpine:3.23\nRUN apk add --no-cache mosquitto\nEXPOSE 1883\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["/usr/sbin/mosquitto", "-c", "/mosquitto/config/mosquitto.conf"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nRUN apt-get update\nEXPOSE 8443\nCMD ["code-server"]\n')).toHaveLength(1);
  });
  it('flags a final USER root, following stage inheritance', () => {
    expect(positions(fixtureFindings('non-root-user', 'rules/non-root-user/bad.Dockerfile'))).toEqual([[6, 6]]);
  });
  it('accepts a user inherited from the parent stage and ARG-named users', () => {
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/good.Dockerfile')).toEqual([]);
  });
  it('flags a final stage that never sets USER, but not non-root bases', () => {
    expect(positions(ruleFindings('non-root-user', 'FROM node:22\nCMD ["node"]\n'))).toEqual([[1, 1]]);
    expect(ruleFindings('non-root-user', 'FROM gcr.io/distroless/python3-debian12:nonroot\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM quay.io/jupyter/minimal-notebook:2024-10-07\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'ARG BASE\nFROM ${BASE}\n')).toEqual([]);
    // BuildKit's rootless tags end with `USER 1000:1000` (envd's daemonless image), docker:dind-rootless with `USER rootless`.
    expect(ruleFindings('non-root-user', 'FROM moby/buildkit:v0.25.1-rootless\nCOPY envd-daemonless.sh /\nCMD ["/envd-daemonless.sh"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM docker:28-dind-rootless\nCOPY start.sh /\nCMD ["/start.sh"]\n')).toEqual([]);
    // Their other tags run as root.
    expect(positions(ruleFindings('non-root-user', 'FROM moby/buildkit:v0.25.1\nCOPY envd-daemonless.sh /\nCMD ["/envd-daemonless.sh"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts an explicit `USER root` a comment says is on purpose, where the file says who the container runs as', () => {
    const collector = (comment: string, user = 'USER root\n') => `FROM fluent/fluentd:v1.19.3-debian-amd64\n${user}RUN bundle install\nCOPY entrypoint.sh /fluentd/entrypoint.sh\n${comment}ENTRYPOINT ["tini", "--", "/fluentd/entrypoint.sh"]\n`;
    // fluentd-kubernetes-daemonset reads the host's root-owned /var/log.
    expect(ruleFindings('non-root-user', collector('# Overwrite ENTRYPOINT to run fluentd as root for /var/log / /var/lib\n'))).toEqual([]);
    expect(ruleFindings('non-root-user', collector('', '# The agent needs to run as root\nUSER root\n').replace('RUN bundle install\n', ''))).toEqual([]);
    // No comment, one that puts it off or denies it, or one above a `USER root` that build steps follow, is about something else.
    expect(positions(ruleFindings('non-root-user', collector('')))).toEqual([[2, 6]]);
    expect(positions(ruleFindings('non-root-user', collector('# TODO: stop running as root for /var/log\n')))).toEqual([[2, 6]]);
    expect(positions(ruleFindings('non-root-user', collector('', '# run the installer as root to write /usr\nUSER root\n')))).toEqual([[3, 6]]);
  });
  it('leaves servers that run their workers as another user by their own configuration (php-fpm, Apache, nginx)', () => {
    expect(ruleFindings('non-root-user', 'FROM php:8.4-fpm\nCOPY src/ /var/www/html/\nCMD ["php-fpm"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:12\nRUN apt-get install -y nginx\nCMD ["nginx", "-g", "daemon off;"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12\nCOPY . /app\nCMD ["gunicorn", "app:app"]\n'))).toEqual([[1, 1]]);
  });
  it('leaves an image built on such a server that keeps its command (`FROM nginx` with a config copied in)', () => {
    expect(ruleFindings('non-root-user', 'FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/conf.d/default.conf\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM php:8.3-apache\nCOPY src/ /var/www/html/\n')).toEqual([]);
    // Its own command replaces the server's.
    expect(positions(ruleFindings('non-root-user', 'FROM nginx:1.27\nCOPY . /app\nCMD ["node", "/app/server.js"]\n'))).toEqual([[1, 1]]);
    // A script of its own in the base's place sets things up and starts the base's server.
    expect(ruleFindings('non-root-user', 'FROM nginx:alpine\nCOPY env.sh /docker-entrypoint.d/env.sh\nEXPOSE 80\nENTRYPOINT ["/docker-entrypoint.d/env.sh"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM nginx:alpine\nCOPY start.sh /\nCMD ["sh", "/start.sh"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM php:8.3-cli\nCOPY app.php /app/\nCMD ["php", "/app/app.php"]\n'))).toEqual([[1, 1]]);
  });
  it('leaves images with no runtime of their own: no command, port or health check (whoever runs them gives the user)', () => {
    expect(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends cmake\n')).toEqual([]);
    // A wheel-building toolchain image: the source is mounted at /workspace and built inside, its command a shell.
    expect(ruleFindings('non-root-user', 'FROM quay.io/pypa/manylinux2014_x86_64\nARG https_proxy\nWORKDIR /workspace\nCMD ["/bin/bash"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM quay.io/pypa/manylinux2014_x86_64\nCOPY . /src\nCMD ["python3", "/src/serve.py"]\n'))).toEqual([[1, 1]]);
    // A build driver the image runs itself (roboflow's Jetson images: OpenCV built with CMake, `ENTRYPOINT ["bash"]`).
    const jetson = 'FROM nvcr.io/nvidia/l4t-ml:r35.2.1-py3\nRUN curl -L https://example.com/opencv.zip -o o.zip && unzip o.zip\nRUN cmake -D WITH_CUDA=ON .. && make -j4 && make install\n';
    expect(ruleFindings('non-root-user', `${jetson}ENTRYPOINT ["bash"]\n`)).toEqual([]);
    expect(ruleFindings('non-root-user', `${jetson}COPY . /src\nENTRYPOINT ["bash"]\n`)).toHaveLength(1);
    expect(ruleFindings('non-root-user', `${jetson}CMD ["python3", "/opt/serve.py"]\n`)).toHaveLength(1);
    // NVIDIA's Triton server image starts nothing without a command (its entrypoint runs its arguments, or bash).
    const triton = 'FROM nvcr.io/nvidia/tritonserver:25.06-trtllm-python-py3\nCOPY requirements.txt /workspace/\nRUN pip install -r /workspace/requirements.txt\n';
    expect(ruleFindings('non-root-user', triton)).toEqual([]);
    expect(ruleFindings('non-root-user', `${triton}CMD ["tritonserver", "--model-repository=/models"]\n`)).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM debian:12\nCOPY --from=build /out /usr/local/bin/\n')).toEqual([]);
    // Folders made writable for whatever user `docker run --user` picks: docker-library's tomcat.
    expect(ruleFindings('non-root-user', 'FROM eclipse-temurin:21-jre\nRUN mkdir -p /opt/srv/logs && chmod 1777 /opt/srv/logs\nEXPOSE 8080\nCMD ["/opt/srv/bin/run.sh"]\n')).toEqual([]);
    // Folders the image made opened to everyone (localstack: `chmod 777 .` in its WORKDIR, `chmod -R 777` after mkdir).
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nWORKDIR /opt/code/app\nRUN chmod 777 . && useradd -ms /bin/bash app\nCOPY . .\nEXPOSE 8080\nCMD ["python", "main.py"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN mkdir -p /var/lib/app && chmod -R 0777 /var/lib/app\nCOPY . /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toEqual([]);
    // A mkdir given that mode opens the folders it makes alike (vector's regression image, audit AP item 219).
    expect(ruleFindings('non-root-user', 'FROM debian:trixie-slim\nCOPY vector /usr/bin/vector\nRUN mkdir --parents --mode=0777 /var/lib/vector\nENTRYPOINT ["/usr/bin/vector"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN mkdir -p -m a+rwx /srv/data\nCOPY . /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toEqual([]);
    // Traps: a mode that keeps others from writing, a standard folder `mkdir -p` leaves as it is, no mode at all.
    for (const mkdir of ['mkdir --parents --mode=0755 /var/lib/vector', 'mkdir -p -m 0777 /usr/local/bin', 'mkdir -p -m 1777 /tmp', 'mkdir -p /var/lib/vector']) {
      expect(ruleFindings('non-root-user', `FROM debian:trixie-slim\nCOPY vector /usr/bin/vector\nRUN ${mkdir}\nENTRYPOINT ["/usr/bin/vector"]\n`), mkdir).toHaveLength(1);
    }
    // Symbolic modes giving others rwx count alike; one without a `who` does not (the umask keeps others from writing).
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN mkdir -p /var/lib/app && chmod o+rwx /var/lib/app\nCOPY . /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN mkdir -p /var/lib/app && chmod +rwx /var/lib/app\nCOPY . /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY . /app/\nRUN chmod -R a+rwX /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toEqual([]);
    // Traps: 777 on a script, on a standard folder (`/usr/bin`, `/tmp`), or on a folder the image never made.
    for (const chmod of ['chmod 777 /entrypoint.sh', 'chmod -R 777 /usr/bin', 'chmod -R 777 /tmp', 'chmod 777 /data', 'chmod -R 755 /app']) {
      expect(ruleFindings('non-root-user', `FROM python:3.12-slim\nCOPY . /app\nCOPY entrypoint.sh /\nRUN ${chmod}\nEXPOSE 8080\nENTRYPOINT ["/entrypoint.sh"]\n`), chmod).toHaveLength(1);
    }
    // Traps: /tmp made world-writable, or OpenShift's group-0 idiom, leaves the image running as root elsewhere.
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN chmod 1777 /tmp\nCOPY . /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY . /app\nRUN chgrp -R 0 /app && chmod -R g=u /app\nEXPOSE 8080\nCMD ["python", "/app/main.py"]\n')).toHaveLength(1);
    // `ENTRYPOINT [""]` only clears the base's entrypoint: still no command of its own.
    expect(ruleFindings('non-root-user', 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\nENTRYPOINT [""]\n')).toEqual([]);
    // An application copied in without a CMD: the orchestrator gives the command and the user (cmd-present says the command is missing).
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY main.py /app/\nRUN pip install --no-cache-dir kserve==0.14.0\n')).toEqual([]);
    expect(ruleFindings('cmd-present', 'FROM python:3.12-slim\nCOPY main.py /app/\nRUN pip install --no-cache-dir kserve==0.14.0\n')).toHaveLength(1);
    expect(positions(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nRUN apt-get update\nUSER root\nENTRYPOINT ["/opt/tool"]\n'))).toEqual([[3, 6]]);
    // A port or a health check marks a service whose command comes from `docker run` or compose; so does a service base.
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.10-slim\nRUN pip install --no-cache-dir mlflow==2.16.0\nEXPOSE 5000\n'))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM vllm/vllm-openai:v0.6.3\nRUN pip install --no-cache-dir flash-attn==2.6.3\n'))).toEqual([[1, 1]]);
  });
  it('reads the base image\'s default user, and sudo it did not install as a sign of a non-root base', () => {
    expect(ruleFindings('non-root-user', 'FROM gitpod/workspace-base:2024-01-01\nRUN sudo apt-get update\nCMD ["bash"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM jenkins/jenkins:2.480-jdk21\nCOPY plugins.txt /usr/share/jenkins/ref/\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM registry.access.redhat.com/hi/python:3.13\nCOPY server.py /app/\nCMD ["python3", "/app/server.py"]\n')).toEqual([]);
    // OPEA's comps-base (both variants) ends with `USER user`, also when the image comes from ARG defaults (GenAIExamples).
    const opea = (tag: string) => `ARG IMAGE_REPO=opea\nARG BASE_TAG=latest\nFROM $IMAGE_REPO/comps-base:${tag}\nCOPY ./chatqna.py $HOME/chatqna.py\nENTRYPOINT ["python", "chatqna.py"]\n`;
    expect(ruleFindings('non-root-user', opea('$BASE_TAG'))).toEqual([]);
    expect(ruleFindings('non-root-user', opea('$BASE_TAG-openeuler'))).toEqual([]);
    expect(ruleFindings('non-root-user', opea('$BASE_TAG').replace('IMAGE_REPO=opea', 'IMAGE_REPO=acme'))).toHaveLength(1);
    // A platform that runs the image as root by contract (SageMaker's labels).
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nLABEL com.amazonaws.sagemaker.capabilities.accept-bind-to-port=true\nCOPY serve.py /opt/ml/code/\nENTRYPOINT ["python", "/opt/ml/code/serve.py"]\n')).toEqual([]);
    // Or its toolkit's variables (a SageMaker training container); a bootable OS image (bootc), whose systemd runs the services.
    const training = 'FROM python:3.12-slim\nRUN pip install --no-cache-dir sagemaker-training==4.8.1\nCOPY train.py /opt/ml/code/\nENV SAGEMAKER_PROGRAM train.py\nCMD ["python", "/opt/ml/code/train.py"]\n';
    expect(ruleFindings('non-root-user', training)).toEqual([]);
    expect(ruleFindings('non-root-user', training.replace('ENV SAGEMAKER_PROGRAM train.py\n', ''))).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM quay.io/centos-bootc/centos-bootc:stream9\nRUN dnf install -y nginx && dnf clean all\nCOPY app.conf /etc/nginx/conf.d/\n')).toEqual([]);
    // NGINX Unit runs its apps as `unit`; SapMachine's JDK images are bases (a pinned runtime, `CMD ["jshell"]`).
    expect(ruleFindings('non-root-user', 'FROM unit:1.34.1-python3.13\nCOPY config.json /docker-entrypoint.d/\nCOPY app /www\nCMD ["unitd", "--no-daemon", "--control", "unix:/var/run/control.unit.sock"]\n')).toEqual([]);
    const jdk = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get -y --no-install-recommends install sapmachine-17-jdk-headless=17.0.19 && rm -rf /var/lib/apt/lists/*\nENV JAVA_HOME=/usr/lib/jvm/sapmachine-17\nCMD ["jshell"]\n';
    expect(ruleFindings('non-root-user', jdk)).toEqual([]);
    expect(ruleFindings('non-root-user', jdk.replace('=17.0.19', ''))).toHaveLength(1);
    // A base built locally by an earlier step may set its own USER.
    expect(ruleFindings('non-root-user', 'FROM bats-jenkins\nCOPY plugins.txt /usr/share/jenkins/ref/\nCMD ["jenkins"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM acme/devbox:3\nRUN sudo make install\nCMD ["bash"]\n')).toEqual([]);
    // Root calls sudo it has just installed, or on an image known to run as root: nothing to learn.
    expect(positions(ruleFindings('non-root-user', 'FROM acme/devbox:3\nRUN apt-get install -y sudo && sudo make install\nCMD ["bash"]\n'))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nRUN sudo make install\nCMD ["bash"]\n'))).toEqual([[1, 1]]);
    // `USER root` on a non-root base is still reported.
    expect(positions(ruleFindings('non-root-user', 'FROM quay.io/jupyter/base-notebook:2024-10-07\nUSER root\nCMD ["start.sh"]\n'))).toEqual([[2, 6]]);
  });
  it('accepts images that drop privileges with gosu/su-exec, and dev-container files', () => {
    const gosu = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu\nENTRYPOINT ["docker-entrypoint.sh"]\n';
    expect(ruleFindings('non-root-user', gosu)).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM alpine:3.20\nENTRYPOINT ["su-exec", "app", "/app"]\n')).toEqual([]);
    // coreutils' chroot steps down only with --userspec.
    expect(ruleFindings('non-root-user', 'FROM alpine:3.20\nCOPY app /app\nENTRYPOINT ["chroot", "--userspec=1000:1000", "/", "/app"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM alpine:3.20\nCOPY app /app\nENTRYPOINT ["chroot", "/", "/app"]\n'))).toEqual([[1, 1]]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12\n', { filePath: '.devcontainer/Dockerfile', contextDir: null })).toEqual([]);
    // Tilt's live-update images and benchmark cases are run by their tools, never shipped.
    const app = 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n';
    for (const filePath of ['ui/Dockerfile.ui.tilt', 'benchmarks/fp8/ms_amp/Dockerfile']) {
      expect(ruleFindings('non-root-user', app, { filePath, contextDir: null })).toEqual([]);
    }
    expect(positions(ruleFindings('non-root-user', app, { filePath: 'services/api/Dockerfile', contextDir: null }))).toEqual([[1, 1]]);
  });
  it('accepts official images whose entrypoint starts the server as its own user, when the file keeps their command', () => {
    expect(ruleFindings('non-root-user', 'FROM rabbitmq:4.2-alpine\nRUN rabbitmq-plugins enable --offline rabbitmq_management\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM nextcloud:fpm-alpine\nRUN apk add --no-cache imap-dev\n')).toEqual([]);
    // A command of its own is not the server the entrypoint steps down for.
    expect(positions(ruleFindings('non-root-user', 'FROM postgres:17\nCOPY job.sh /\nCMD ["/job.sh"]\n'))).toEqual([[1, 1]]);
    // The official entrypoint kept and given its server, or options for it, in exec form: it still steps down.
    expect(ruleFindings('non-root-user', 'FROM mongo:7.0\nCMD ["mongod", "--bind_ip_all", "--replSet", "rs0"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM postgres:17\nCMD ["-c", "max_connections=200"]\n')).toEqual([]);
    // Not in shell form (the entrypoint gets /bin/sh), nor for another program, nor past an entrypoint of the image's own.
    expect(ruleFindings('non-root-user', 'FROM mongo:7.0\nCMD mongod --bind_ip_all\n')).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM mongo:7.0\nCMD ["python3", "app.py"]\n')).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM mongo:7.0\nCOPY start.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["mongod"]\n')).toHaveLength(1);
  });
  it('accepts pypiserver\'s image given its subcommand: its entrypoint runs pypi-server through `gosu pypiserver`', () => {
    expect(ruleFindings('non-root-user', 'FROM pypiserver/pypiserver:v2.3.2\nCOPY --chown=pypiserver:pypiserver packages/ /data/packages/\nEXPOSE 8080\nCMD ["run", "--disable-fallback", "-p", "8080", "/data/packages"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM pypiserver/pypiserver:v2.3.2\nCOPY packages/ /data/packages/\n')).toEqual([]);
    // An entrypoint of the image's own replaces the one that steps down.
    expect(ruleFindings('non-root-user', 'FROM pypiserver/pypiserver:v2.3.2\nCOPY start.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["run", "-p", "8080"]\n')).toHaveLength(1);
  });
  it('accepts images whose command is a daemon that needs root (Docker-in-Docker)', () => {
    expect(ruleFindings('non-root-user', 'FROM docker:29-cli\nRUN apk add --no-cache iptables\nCOPY dockerd-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["dockerd-entrypoint.sh"]\nCMD []\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM docker:29-dind\nCOPY daemon.json /etc/docker/\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM docker:29-cli\nCOPY deploy.sh /\nENTRYPOINT ["/deploy.sh"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts images whose command only waits: kept alive to `docker exec` into or `docker cp` out of', () => {
    expect(ruleFindings('non-root-user', 'FROM registry.access.redhat.com/ubi8/ubi:8.10\nCOPY get.sh /\nRUN /get.sh\nENTRYPOINT [ "sleep", "360" ]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM node:24-bookworm-slim\nCOPY package.json /app/\nRUN npm install\nCMD ["sleep", "infinity"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM gcr.io/distroless/static:debug\nCOPY migrate /usr/bin/\nENTRYPOINT [ "/busybox/tail", "-f", "/dev/null" ]\n')).toEqual([]);
    // A loop of waits, through a shell or in shell form (NVIDIA's k8s-kata-manager placeholder image).
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/distroless/cc:v4.0.0-dev\nENTRYPOINT ["/busybox/sh", "-c", "while true; do sleep 86400; done"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:12-slim\nCOPY tool /usr/bin/\nCMD while :; do sleep 3600; done\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:12-slim\nCOPY tool /usr/bin/\nENTRYPOINT ["tini", "--", "sh", "-c", "exec sleep infinity"]\n')).toEqual([]);
    // A loop that runs something between its waits is a service.
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY . /app\nCMD ["sh", "-c", "while true; do python /app/sync.py; sleep 60; done"]\n'))).toEqual([[1, 1]]);
    // A wait before the real command, or a published port, is a service.
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY . /app\nCMD sleep 5 && python /app/worker.py\n'))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8080\nCMD ["sleep", "infinity"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts debug variants: a `debug` target, `Dockerfile.debug`, debuggers installed or run', () => {
    const stages = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/cc-debian12 AS production\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
    expect(ruleFindings('non-root-user', `${stages}FROM debian:12-slim AS debug\nCOPY --from=build /out/app /app\nRUN apt-get update && apt-get install -y --no-install-recommends gdb strace tcpdump\nENTRYPOINT ["/app"]\n`)).toEqual([]);
    const app = 'FROM debian:12-slim\nCOPY app /app\nENTRYPOINT ["/app"]\n';
    expect(ruleFindings('non-root-user', app, { filePath: 'cmd/loki/Dockerfile.debug', contextDir: null })).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:12-slim\nCOPY app dlv /usr/bin/\nEXPOSE 40000\nENTRYPOINT ["/usr/bin/dlv", "--listen=:40000", "--headless=true", "exec", "/usr/bin/app"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM alpine:3.20\nRUN apk add --no-cache strace\nCOPY app /app\nENTRYPOINT ["/app"]\n')).toEqual([]);
    // A final `development` target after the shipped `production` one (appwrite's, built with `target: development`).
    const base = 'FROM php:8.3-cli AS base\nCOPY . /usr/src/code\nFROM base AS production\nEXPOSE 80\nCMD ["php", "app/http.php"]\n';
    expect(ruleFindings('non-root-user', `${base}FROM base AS development\nCOPY ./dev /usr/src/code/dev\nEXPOSE 80\nCMD ["php", "app/http.php"]\n`)).toEqual([]);
    expect(positions(ruleFindings('non-root-user', base))).toEqual([[3, 1]]);
    // A production stage of its own, and ordinary tools, are still reported.
    expect(positions(ruleFindings('non-root-user', `${stages.replace('gcr.io/distroless/cc-debian12', 'debian:12-slim')}`))).toEqual([[3, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nCOPY app /app\nENTRYPOINT ["/app"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts CI runner images: a bare shell as the command with test tooling installed', () => {
    expect(ruleFindings('non-root-user', 'FROM python:3.10-slim\nRUN pip install uv\nRUN uv pip install --no-cache-dir "git+https://github.com/huggingface/diffusers.git@main#egg=diffusers[test]"\nCMD ["/bin/bash"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM ubuntu:24.04\nCOPY pkg/ /tmp/pkg/\nRUN uv pip install --system "/tmp/pkg[cu13,dev]"\nCMD ["/bin/bash"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12\nRUN pip install pytest==8.3.3 tox==4.23.2\nCMD bash\n')).toEqual([]);
    // Test tooling in a conda environment built in another stage and copied in whole (accelerate's CI images).
    const conda = 'FROM continuumio/miniconda3:24.7.1-0 AS compile\nENV PATH=/opt/conda/envs/ci/bin:$PATH\nRUN python3 -m pip install --no-cache-dir "accelerate[testing] @ git+https://github.com/huggingface/accelerate"\n';
    expect(ruleFindings('non-root-user', `${conda}FROM ubuntu:22.04\nCOPY --from=compile /opt/conda /opt/conda\nCMD ["/bin/bash"]\n`)).toEqual([]);
    expect(positions(ruleFindings('non-root-user', `${conda}FROM ubuntu:22.04\nCOPY --from=compile /etc/hosts /etc/hosts\nCMD ["/bin/bash"]\n`))).toEqual([[4, 1]]);
    // A shell without test tooling (a service whose command the deployment gives), or test tooling beside a server.
    expect(positions(ruleFindings('non-root-user', 'FROM debian:bookworm-slim\nCOPY coordinator .\nENV PATH=$PATH:./\nCMD ["/bin/bash"]\n'))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.11-slim\nRUN pip install pytest==8.3.3 llama-cpp-python==0.3.2\nCMD python3 -m llama_cpp.server\n'))).toEqual([[1, 1]]);
  });
  it('accepts images that program the kernel\'s network or serve the kubelet: root by design', () => {
    expect(ruleFindings('non-root-user', 'FROM alpine:3.20\nRUN apk add --no-cache iptables ipvsadm conntrack-tools\nCOPY ssd.py /\nENTRYPOINT ["python", "/ssd.py"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM registry.k8s.io/build-image/distroless-iptables:v0.8.7\nCOPY kindnetd /bin/kindnetd\nCMD ["/bin/kindnetd"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/distroless/go:v4.1.1\nUSER 0:0\nCOPY nvidia-device-plugin /usr/bin/\nENTRYPOINT ["nvidia-device-plugin"]\n')).toEqual([]);
    // NVIDIA's GPU node agents: the toolkit installer (the GPU Operator runs it privileged) and DCGM Exporter (CAP_SYS_ADMIN).
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/distroless/go:v4.1.1\nUSER 0:0\nCOPY nvidia-ctk-installer /work/\nENTRYPOINT ["/work/nvidia-ctk-installer"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubuntu22.04\nCOPY dcgm-exporter dcgm-exporter-entrypoint.sh /usr/bin/\nUSER root:root\nENTRYPOINT ["/usr/bin/dcgm-exporter-entrypoint.sh"]\n')).toEqual([]);
    // NVIDIA's driver container compiles and loads the driver into the host's kernel (`nvidia-driver init`): root by design.
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubuntu22.04\nCOPY nvidia-driver /usr/local/bin\nENTRYPOINT ["nvidia-driver", "init"]\n')).toEqual([]);
    // eBPF host agents, even with an explicit `USER 0:0`; an explicit root user alone stays reported (gpu-report below).
    expect(ruleFindings('non-root-user', 'FROM scratch\nARG USER_UID=0\nUSER ${USER_UID}:0\nCOPY otelcol-ebpf-profiler /otelcol-ebpf-profiler\nENTRYPOINT ["/otelcol-ebpf-profiler"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM scratch\nARG USER_UID=0\nUSER ${USER_UID}:0\nCOPY otelcol-contrib /otelcol-contrib\nENTRYPOINT ["/otelcol-contrib"]\n'))).toEqual([[3, 6]]);
    // Falco's images document in a label that they run privileged (kernel instrumentation); a label without it proves nothing.
    const falco = 'FROM debian:12-slim\nLABEL usage="docker run -i -t --privileged -v /proc:/host/proc:ro falcosecurity/falco:latest-debian"\nCOPY falco /usr/bin/\nEXPOSE 8765\nCMD ["/usr/bin/falco"]\n';
    expect(ruleFindings('non-root-user', falco)).toEqual([]);
    expect(ruleFindings('non-root-user', falco.replace(' --privileged', ''))).toHaveLength(1);
    // GPU Feature Discovery labels the node through a root-owned host folder and runs privileged.
    expect(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubi9\nCOPY gpu-feature-discovery /usr/bin/\nENTRYPOINT ["/usr/bin/gpu-feature-discovery"]\n')).toEqual([]);
    // sshd from Alpine's PAM build needs root as openssh-server's does.
    expect(ruleFindings('non-root-user', 'FROM alpine:3.23\nRUN apk add --no-cache openssh-server-pam\nEXPOSE 22\nCMD ["/usr/sbin/sshd.pam", "-D"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM nvcr.io/nvidia/distroless/go:v4.1.1\nUSER 0:0\nCOPY gpu-report /work/\nENTRYPOINT ["/work/gpu-report"]\n'))).toEqual([[2, 6]]);
    // CI agents that run their jobs' containers through the host's Docker socket.
    expect(ruleFindings('non-root-user', 'FROM alpine:3.24\nRUN adduser -u 1000 woodpecker -D\nEXPOSE 3000\nCOPY --from=build /src/dist/woodpecker-agent /bin/\nHEALTHCHECK CMD ["/bin/woodpecker-agent", "ping"]\nENTRYPOINT ["/bin/woodpecker-agent"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM alpine:3.24\nCOPY release/linux/amd64/drone-runner-docker /bin/\nENTRYPOINT ["/bin/drone-runner-docker"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM ubuntu:22.04\nCOPY determined-agent /usr/bin/determined-agent\nENTRYPOINT ["/usr/bin/determined-agent"]\nCMD ["run"]\n')).toEqual([]);
    // Determined's master serves the API and web UI: it needs no root.
    expect(positions(ruleFindings('non-root-user', 'FROM ubuntu:22.04\nCOPY determined-master /usr/bin/\nENTRYPOINT ["/usr/bin/determined-master"]\n'))).toEqual([[1, 1]]);
    // Woodpecker's server serves the web UI and API: it needs no root.
    expect(positions(ruleFindings('non-root-user', 'FROM alpine:3.24\nCOPY woodpecker-server /bin/\nEXPOSE 8000\nENTRYPOINT ["/bin/woodpecker-server"]\n'))).toEqual([[1, 1]]);
    // `ip` alone is an ordinary tool.
    expect(positions(ruleFindings('non-root-user', 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends iproute2\nCOPY app /app\nENTRYPOINT ["/app"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts a test suite\'s runner image: a test target as the command', () => {
    expect(ruleFindings('non-root-user', 'FROM python:3.9-slim\nCOPY . /tmp/mlrun\nRUN pip install "/tmp/mlrun[complete]"\nCMD ["make", "test-system"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.9-slim\nCOPY . /app\nCMD ["make", "testserver"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts images that install the Docker client: they drive the host\'s Docker through its root-owned socket', () => {
    // repo2docker: builds and runs images on the host's Docker; its EXPOSE is only for its tests.
    const image = (packages: string) => `FROM alpine:3.21\nRUN apk add --no-cache git python3 ${packages}\nCOPY ./docker/entrypoint /usr/local/bin/entrypoint\nENTRYPOINT ["/usr/local/bin/entrypoint"]\nEXPOSE 52000\n`;
    expect(ruleFindings('non-root-user', image('bash docker mercurial'))).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends docker-ce-cli\nCMD ["python3", "/app/deploy.py"]\n')).toEqual([]);
    expect(positions(ruleFindings('non-root-user', image('bash mercurial')))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN pip install docker==7.1.0\nCMD ["python3", "/app/deploy.py"]\n'))).toEqual([[1, 1]]);
  });
  it('accepts images that ship Docker\'s static client: downloaded by a stage it is copied from, or copied from the docker image', () => {
    // nuclio's dashboard: the static archive's URL in a variable of the download stage, its `docker/docker` copied in.
    const download = (url: string, copied = '/tmp/download/docker/docker') =>
      `FROM alpine:3.21 AS downloaddocker\nENV DOCKER_CLI_DOWNLOAD_URL="${url}"\nRUN apk add --no-cache curl && mkdir -p /tmp/download && curl -L $DOCKER_CLI_DOWNLOAD_URL | tar -xz -C /tmp/download\n` +
      `FROM gcr.io/iguazio/nginx:1.25-alpine\nCOPY --from=downloaddocker ${copied} /usr/local/bin\nCOPY runner.sh /runner.sh\nCMD ["sh", "-c", "./runner.sh"]\n`;
    expect(ruleFindings('non-root-user', download('https://download.docker.com/linux/static/stable/$DOCKER_CLI_ARCH/docker-$DOCKER_CLI_VERSION.tgz'))).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY --from=docker:27-cli /usr/local/bin/docker /usr/local/bin/\nCMD ["python3", "/app/deploy.py"]\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nRUN curl -fsSL https://download.docker.com/linux/static/stable/x86_64/docker-27.5.1.tgz | tar -xz --strip-components=1 -C /usr/local/bin docker/docker\nCMD ["python3", "/app/deploy.py"]\n')).toEqual([]);
    // Another archive, or another file of the docker image, is no Docker client.
    expect(ruleFindings('non-root-user', download('https://github.com/acme/tool/releases/download/v1/docker.tgz'))).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY --from=docker:27-cli /etc/ssl/certs /etc/ssl/certs\nCMD ["python3", "/app/deploy.py"]\n')).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM python:3.12-slim\nCOPY --from=acme/docker:1 /usr/local/bin/docker /usr/local/bin/\nCMD ["python3", "/app/deploy.py"]\n')).toHaveLength(1);
  });
  it('accepts eBPF host agents built on OBI or built with eBPF\'s toolchain, not a program built without it', () => {
    // openlit-controller embeds OBI (OpenTelemetry eBPF Instrumentation, the donated Beyla) and ships its `obi` binary.
    const controller = 'FROM ghcr.io/open-telemetry/obi-generator:0.2.11 AS obi-builder\nRUN go build -o /obi ./cmd/obi\nFROM golang:1.24-bookworm AS builder\nCOPY . .\nRUN go build -o openlit-controller ./cmd/controller\n' +
      'FROM debian:bookworm-slim\nCOPY --from=obi-builder /obi /usr/local/bin/obi\nCOPY --from=builder /go/openlit-controller /usr/local/bin/openlit-controller\nEXPOSE 4321\nENTRYPOINT ["openlit-controller"]\n';
    expect(ruleFindings('non-root-user', controller)).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM debian:bookworm-slim\nCOPY --from=ghcr.io/open-telemetry/opentelemetry-ebpf-instrumentation/ebpf-instrument:v0.2 /obi /obi\nENTRYPOINT ["/obi"]\n')).toEqual([]);
    // A collector whose builder installs libbpf and bpftool to generate its eBPF programs (opentelemetry-gpu-collector).
    const collector = (packages: string) =>
      `FROM golang:1.25-bookworm AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends clang llvm ${packages} make\nCOPY . .\nRUN make generate && go build -o /gpu-collector ./cmd/collector/\n` +
      'FROM debian:bookworm-slim\nCOPY --from=builder /gpu-collector /usr/local/bin/gpu-collector\nENTRYPOINT ["/usr/local/bin/gpu-collector"]\n';
    expect(ruleFindings('non-root-user', collector('libbpf-dev bpftool'))).toEqual([]);
    expect(positions(ruleFindings('non-root-user', collector('libssl-dev')))).toEqual([[5, 1]]);
    // Without OBI beside it, the controller is an ordinary program.
    expect(positions(ruleFindings('non-root-user', controller.replace('COPY --from=obi-builder /obi /usr/local/bin/obi\n', '')))).toEqual([[6, 1]]);
  });
  it('accepts GitHub Docker actions, which GitHub runs as root (its documentation says not to set USER)', () => {
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/github-action/Dockerfile')).toEqual([]);
    expect(positions(fixtureFindings('non-root-user', 'rules/non-root-user/github-action-node/Dockerfile'))).toEqual([[2, 1]]);
  });
  it('accepts a start script of the image that runs its services as another user, read from the build context', () => {
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/supervisor-steps-down/Dockerfile')).toEqual([]);
    // A script that starts system services through their init scripts (`service mysql start`): root on purpose.
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/init-script-services/Dockerfile')).toEqual([]);
    // The entrypoint named by its bare name is read from the PATH folder a COPY put it in (valkey's setpriv).
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/path-entrypoint-steps-down/Dockerfile')).toEqual([]);
    // An entrypoint that only wraps the command it is given (`exec "$@"`), no CMD: whoever runs it gives the command.
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/wrapper-entrypoint/Dockerfile')).toEqual([]);
    // Also behind an init given its own options (`tini -g --`), read by the launcher's grammar; not with a CMD.
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/init-wrapper-entrypoint/Dockerfile')).toEqual([]);
    const tini = (rest: string) => ruleFindings('non-root-user', `FROM python:3.12-slim\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/usr/bin/tini", "-g", "--", "/entrypoint.sh"]\n${rest}`);
    expect(positions(tini('CMD ["prefect", "server", "start"]\n'))).toEqual([[1, 1]]);
    expect(positions(tini('EXPOSE 4200\n'))).toEqual([[1, 1]]);
    // Inline, `bash -c '… && exec "$@"' --` (ramalama's CANN image): its body is parsed with it.
    const inline = (body: string, rest = '') => ruleFindings('non-root-user', `FROM fedora:44\nENTRYPOINT ["/bin/bash", "-c", ${JSON.stringify(body)}, "--"]\n${rest}`);
    expect(inline('export LD_LIBRARY_PATH=/usr/lib:${LD_LIBRARY_PATH} && source /usr/local/Ascend/set_env.sh && exec "$@"')).toEqual([]);
    expect(positions(inline('source /opt/env.sh && exec "$@"', 'CMD ["llama-server"]\n'))).toEqual([[1, 1]]);
    expect(positions(inline('source /opt/env.sh && exec "$@"', 'EXPOSE 8080\n'))).toEqual([[1, 1]]);
    expect(positions(inline('exec "$@"; rm -rf /tmp/cache'))).toEqual([[1, 1]]);
    expect(positions(inline('exec python3 /app/serve.py'))).toEqual([[1, 1]]);
    // minio's entrypoint steps down in a function, with `chroot --userspec=UID:GID / "$@"`.
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/chroot-userspec/Dockerfile')).toEqual([]);
    expect(positions(fixtureFindings('non-root-user', 'rules/non-root-user/chroot-root/Dockerfile'))).toEqual([[2, 1]]);
    // A script that ends by starting its own service is the image's command (start-script-root above is reported).
    expect(positions(fixtureFindings('non-root-user', 'rules/non-root-user/start-script-root/Dockerfile'))).toEqual([[2, 1]]);
  });
  it('accepts a base image pinned by Erlang/OTP\'s release names (`R16B03-1`, `OTP-24.3.4`)', () => {
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/otp-base.Dockerfile')).toEqual([]);
    const otp = (version: string) => ruleFindings('non-root-user', `FROM buildpack-deps:bookworm\nENV OTP_VERSION=${version}\nRUN make install\nCMD ["erl"]\n`);
    expect(otp('"OTP-24.3.4"')).toEqual([]);
    expect(positions(otp('latest'))).toEqual([[1, 1]]);
    expect(positions(otp('Release'))).toEqual([[1, 1]]);
  });
  it('accepts an image whose shared libraries load from root\'s home (a vendor toolkit there), not a build tool on the PATH there', () => {
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/root-home-toolkit.Dockerfile')).toEqual([]);
    const image = (env: string) => ruleFindings('non-root-user', `FROM ubuntu:22.04\n${env}\nCOPY app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`);
    expect(image('ENV LD_LIBRARY_PATH=/root/toolkit/lib:$LD_LIBRARY_PATH')).toEqual([]);
    expect(positions(image('ENV PATH="/root/.local/bin:$PATH"'))).toEqual([[1, 1]]);
    expect(positions(image('ENV LD_LIBRARY_PATH=/opt/toolkit/lib:/usr/lib/rootless'))).toEqual([[1, 1]]);
  });
  it('accepts supervisord when every program of its configuration steps down, must be root, or sets its user', () => {
    // Apache, the base image's `/cron.sh` (busybox crond) and a worker with `user=www-data`.
    expect(fixtureFindings('non-root-user', 'rules/non-root-user/supervisord-steps-down/Dockerfile')).toEqual([]);
    // The configuration read where supervisord looks without `-c`; a program left to run as root keeps the finding.
    expect(positions(fixtureFindings('non-root-user', 'rules/non-root-user/supervisord-root-program/Dockerfile'))).toEqual([[2, 1]]);
  });
});

describe('cmd-present', () => {
  it('flags a final stage without CMD/ENTRYPOINT in its chain', () => {
    expect(positions(fixtureFindings('cmd-present', 'rules/cmd-present/bad.Dockerfile'))).toEqual([[4, 1]]);
  });
  it('inherits CMD through FROM <stage>', () => {
    expect(fixtureFindings('cmd-present', 'rules/cmd-present/good.Dockerfile')).toEqual([]);
  });
  it('is silent on bases whose default command is unknown, and on dev/CI Dockerfiles', () => {
    expect(ruleFindings('cmd-present', 'FROM myorg/app-base:1.2\nCOPY . /app\n')).toEqual([]);
    expect(ruleFindings('cmd-present', 'FROM ghcr.io/acme/runtime:3\nCOPY . /app\n')).toEqual([]);
    expect(ruleFindings('cmd-present', 'FROM python:3.12\nRUN pip install tox==4.0\n', { filePath: 'ci/Dockerfile', contextDir: null })).toEqual([]);
    expect(positions(ruleFindings('cmd-present', 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCOPY . /app\nEXPOSE 8000\n'))).toEqual([[1, 1]]);
    expect(ruleFindings('cmd-present', 'FROM golang:1.23 AS validate\nRUN go vet ./...\n')).toEqual([]);
    expect(ruleFindings('non-root-user', 'FROM golang:1.23 AS base\nFROM base AS test\nRUN go test ./...\n')).toEqual([]);
  });
  it('is silent on images that show no runtime of their own: no port, no health check, no application entry point', () => {
    // A training environment and a build image: the command comes with `docker run`.
    expect(ruleFindings('cmd-present', 'FROM nvcr.io/nvidia/pytorch:25.06-py3\nCOPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\nCOPY . /workspace\n')).toEqual([]);
    expect(ruleFindings('cmd-present', 'FROM golang:1.25\nWORKDIR /app\nCOPY . .\nRUN go build -o build/ ./...\n')).toEqual([]);
    expect(positions(ruleFindings('cmd-present', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt server.py ./\n'))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('cmd-present', 'FROM node:22-slim\nCOPY dist/ /app/\nHEALTHCHECK CMD wget -qO- localhost:3000\n'))).toEqual([[1, 1]]);
  });
  it('is silent on service bases and scratch output stages', () => {
    expect(ruleFindings('cmd-present', 'FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html\n')).toEqual([]);
    expect(ruleFindings('cmd-present', 'FROM golang:1.23 AS b\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=b /out /\n')).toEqual([]);
  });
});

describe('exec-form-cmd', () => {
  it('an Alpine variant whose version the build passes (`node:${NODE_VERSION}-alpine`): BusyBox ash execs a lone command', () => {
    expect(ruleFindings('exec-form-cmd', 'ARG NODE_VERSION\nARG BASE_IMAGE=alpine\nFROM node:${NODE_VERSION}-${BASE_IMAGE}\nCMD node dist/server.js 3000\n')).toEqual([]);
    // The Debian variant's dash keeps the shell; a variable in the repository names no variant.
    expect(ruleFindings('exec-form-cmd', 'ARG NODE_VERSION\nFROM node:${NODE_VERSION}-slim\nCMD node dist/server.js 3000\n')).toHaveLength(1);
    expect(ruleFindings('exec-form-cmd', 'ARG IMAGE\nFROM ${IMAGE}:alpine\nCMD node dist/server.js 3000\n')).toHaveLength(1);
  });
  it('accepts a lone simple command under a bash SHELL (bash execs it), not a chain, nor a lone command under sh', () => {
    expect(ruleFindings('exec-form-cmd', 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD "/setup.sh"\n')).toEqual([]);
    expect(ruleFindings('exec-form-cmd', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD cd /app && ./run\n')).toHaveLength(1);
    expect(ruleFindings('exec-form-cmd', 'FROM debian:12\nCMD /setup.sh\n')).toHaveLength(1);
    // BusyBox ash (Alpine's /bin/sh) execs a lone command too: meilisearch's `ENTRYPOINT ["tini", "--"]` + `CMD /bin/meilisearch`.
    expect(ruleFindings('exec-form-cmd', 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD /bin/meilisearch\n')).toEqual([]);
    expect(ruleFindings('exec-form-cmd', 'FROM python:3.12-alpine\nSHELL ["/bin/ash", "-c"]\nCMD /app/run\n')).toEqual([]);
    expect(ruleFindings('exec-form-cmd', 'FROM alpine:3.20\nCMD cd /app && ./run\n')).toHaveLength(1);
    // A program named by a variable is a lone command too (kfp-tekton's `ENV BIN ${bin_name}`, `CMD ${BIN}`).
    expect(ruleFindings('exec-form-cmd', 'FROM alpine:3.19\nARG bin_name\nENV BIN ${bin_name}\nCMD ${BIN}\n')).toEqual([]);
    expect(ruleFindings('exec-form-cmd', 'FROM debian:12\nARG bin_name\nENV BIN ${bin_name}\nCMD ${BIN}\n')).toHaveLength(1);
    // A /bin/sh the base does not tell is not taken for ash.
    expect(ruleFindings('exec-form-cmd', 'FROM acme/base:1\nCMD /setup.sh\n')).toHaveLength(1);
  });
  it('flags shell-form CMD and ENTRYPOINT with a safe fix for simple commands', () => {
    const f = fixtureFindings('exec-form-cmd', 'rules/exec-form-cmd/bad.Dockerfile');
    expect(positions(f)).toEqual([[2, 12], [3, 5], [7, 5], [11, 5], [15, 5]]);
    expect(f[1]!.fix?.edits[0]!.text).toBe('["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]');
    // A list that needs the shell: `exec` goes before its last command; a loop keeps the spelled-out shell.
    expect(f[2]!.fix?.edits[0]).toMatchObject({ text: 'exec ', range: { start: { line: 7, column: 44 } } });
    expect(f[3]!.fix?.edits[0]!.text).toBe('["/bin/sh", "-c", "while true; do ./worker; sleep 60; done"]');
  });
  it('accepts exec form and shell form that execs', () => {
    expect(fixtureFindings('exec-form-cmd', 'rules/exec-form-cmd/good.Dockerfile')).toEqual([]);
  });
  it('accepts a shell-form CMD under an init that signals the whole process group (langfuse\'s dumb-init)', () => {
    const cmd = 'CMD if [ -n "$REGION" ]; then node --import dd-trace/initialize.mjs server.js; else node server.js; fi\n';
    const run = (entrypoint: string) => ruleFindings('exec-form-cmd', `FROM node:20\nENTRYPOINT ${entrypoint}\n${cmd}`).length;
    expect(run('["dumb-init", "--", "./web/entrypoint.sh"]')).toBe(0);
    expect(run('["/sbin/tini", "-g", "--"]')).toBe(0);
    // tini signals only its child unless `-g`; `dumb-init -c` likewise; a shell-form ENTRYPOINT is itself reported.
    expect(run('["tini", "--"]')).toBe(1);
    expect(run('["dumb-init", "--single-child", "--"]')).toBe(1);
    expect(run('["./entrypoint.sh"]')).toBe(1);
    expect(run('dumb-init -- ./entrypoint.sh')).toBe(2);
  });
  it('accepts a shell-form CMD under the base image\'s own group-signalling init (docker-stacks\' `tini -g --`), unless the file sets an ENTRYPOINT', () => {
    const cmd = 'USER jovyan\nCMD /usr/local/bin/bootstrap-kernel.sh\n';
    const run = (from: string, rest = '') => ruleFindings('exec-form-cmd', `ARG BASE_CONTAINER=${from}\nFROM $BASE_CONTAINER AS kernel\n${rest}${cmd}`).length;
    expect(run('jupyter/scipy-notebook:04f7f60d34a6')).toBe(0);
    expect(run('quay.io/jupyter/r-notebook:2024-12-23')).toBe(0);
    expect(run('quay.io/jupyter/docker-stacks-foundation:latest')).toBe(0);
    // Also in a stage built on such a stage.
    expect(ruleFindings('exec-form-cmd', 'FROM jupyter/base-notebook:2023-10-20 AS base\nRUN pip install x==1\nFROM base\nCMD start.sh jupyter lab\n')).toEqual([]);
    // The file's own ENTRYPOINT replaces it, and `ENTRYPOINT []` clears it; another image of the namespace, or the
    // retired `jupyter/notebook` (`tini --`), has no such init.
    expect(run('jupyter/scipy-notebook:2023-10-20', 'ENTRYPOINT ["/entrypoint.sh"]\n')).toBe(1);
    expect(run('jupyter/scipy-notebook:2023-10-20', 'ENTRYPOINT []\n')).toBe(1);
    expect(run('jupyter/repo2docker:2024.07.0')).toBe(1);
    expect(run('jupyter/notebook:6.0.0')).toBe(1);
  });
  it('names the shell in force', () => {
    const [f] = ruleFindings('exec-form-cmd', 'FROM python:3.12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD cd /app && python app.py\n');
    expect(f!.message).toContain('runs under `/bin/bash -o pipefail -c`');
  });
  it('skips Windows shells', () => {
    expect(ruleFindings('exec-form-cmd', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD powershell -Command Start-Sleep 5\n')).toEqual([]);
  });
});

describe('invalid-json-form', () => {
  it('flags single quotes and trailing commas', () => {
    const f = fixtureFindings('invalid-json-form', 'rules/invalid-json-form/bad.Dockerfile');
    expect(positions(f)).toEqual([[2, 8], [3, 12], [4, 5], [5, 13]]);
    expect(f[2]!.fix?.edits[0]!.text).toBe('["--port", "8000"]');
    expect(f[1]!.fix).toBeUndefined();
    // An ONBUILD trigger: the range and the fix cover the trigger's arguments only.
    expect(f[3]!.fix?.edits[0]!.text).toBe('["serve", "--port", "8080"]');
  });
  it('does not mistake shell tests for JSON', () => {
    expect(fixtureFindings('invalid-json-form', 'rules/invalid-json-form/good.Dockerfile')).toEqual([]);
  });
  it('says why: quotes only where double quotes make it valid; a non-string element is rejected by Docker', () => {
    const [nested, apostrophe] = ruleFindings('invalid-json-form', 'FROM alpine:3.20\nCMD [ "echo", [ "nested" ] ]\nENTRYPOINT ["echo", "you\'re done"\n');
    expect(nested!.message).toContain('an element that is not a string, which Docker rejects');
    expect(apostrophe!.message).not.toContain('double quotes');
  });
  it('reads a JSON array continued over several lines as Docker does', () => {
    const text = 'FROM alpine:3.20\nCMD        [ "--config.file=/etc/p.yml", \\\n             "--storage.tsdb.path=/data" ]\nCMD ["bash", "-c", "\\\n  run-server --port=8089"]\n';
    expect(ruleFindings('invalid-json-form', text)).toEqual([]);
  });
});
