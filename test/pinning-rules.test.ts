import { describe, expect, it } from 'vitest';
import { fixtureFindings, positions, ruleFindings, unpinnedPackages } from './helpers.js';
import { lint } from '../src/lint.js';

describe('apt-pin-versions (hardened)', () => {
  it('resolves build variables in package names and flags release selectors and architectures', () => {
    const f = unpinnedPackages(ruleFindings(
      'apt-pin-versions',
      'FROM debian:12\nARG PY=3.11\nRUN apt-get install -y python${PY}-dev curl/bookworm-backports libc6-dev:i386\n',
    ));
    expect(positions(f)).toEqual([[3, 24], [3, 40], [3, 64]]);
    expect(f[0]!.message).toBe('apt package `python3.11-dev` is not pinned; install `python3.11-dev=<version>`.');
    expect(f[1]!.message).toContain('`curl=<version>`');
  });
  it('finds packages inside sh -c bodies and behind xargs and sudo', () => {
    const f = ruleFindings('apt-pin-versions', `FROM debian:12\nRUN sh -c 'apt-get install -y jq' && echo x | xargs -r sudo apt-get install -y vim\n`);
    expect(f.map((x) => x.message.match(/`([^`]+)`/)![1])).toEqual(['jq', 'vim']);
  });
  it('leaves the branch a build takes when asked for `latest`, not an install that only another test guards (falco)', () => {
    const run = (test: string): string =>
      `FROM debian:12\nARG FALCO_VERSION=0.39.2\nRUN if ${test}; then apt-get install -y falco; else apt-get install -y falco=\${FALCO_VERSION}; fi\n`;
    expect(ruleFindings('apt-pin-versions', run('[ "$FALCO_VERSION" = "latest" ]'))).toEqual([]);
    expect(ruleFindings('apt-pin-versions', run('[ "latest" == "$FALCO_VERSION" ]'))).toEqual([]);
    expect(ruleFindings('apt-pin-versions', run('[ -z "$FALCO_VERSION" ]'))).toHaveLength(1);
    expect(ruleFindings('apk-pin-versions', 'FROM alpine:3.22\nARG V=latest\nRUN [ "$V" = latest ] && apk add curl || apk add "curl=$V"\n')).toEqual([]);
  });
  it('leaves the latest-versions stage a `FROM ${BUILD_STAGE}` may pick instead of a sibling pinning the same packages (aws-neuron DLCs)', () => {
    const file = (repo: string, prod: string, pick = 'FROM ${BUILD_STAGE} AS final\n') =>
      `ARG BUILD_STAGE=prod\nFROM ubuntu:24.04 AS base\nARG TOOLS=2.31.15.0\nFROM base AS repo\nRUN ${repo}\nFROM base AS prod\nRUN ${prod}\n${pick}CMD ["bash"]\n`;
    const apt = (pkgs: string) => `apt-get install -y ${pkgs}`;
    expect(ruleFindings('apt-pin-versions', file(apt('aws-neuronx-tools'), apt('aws-neuronx-tools=$TOOLS')))).toEqual([]);
    expect(ruleFindings('pip-pin-versions', file('pip install --no-cache-dir neuronx-cc', 'pip install --no-cache-dir neuronx-cc==$TOOLS'))).toEqual([]);
    // A package the pinned sibling does not name stays reported; so does everything without the FROM ${BUILD_STAGE} choice.
    expect(unpinnedPackages(ruleFindings('apt-pin-versions', file(apt('aws-neuronx-tools curl'), apt('aws-neuronx-tools=$TOOLS')))).map((f) => f.message)).toEqual([
      expect.stringContaining('`curl`'),
    ]);
    expect(ruleFindings('apt-pin-versions', file(apt('aws-neuronx-tools'), apt('aws-neuronx-tools=$TOOLS'), 'FROM prod AS final\n'))).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', file(apt('aws-neuronx-tools'), apt('aws-neuronx-tools')))).toHaveLength(2);
  });
  it('is silent on globs, removals, local debs and unknown values', () => {
    expect(fixtureFindings('apt-pin-versions', 'rules/apt-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('leaves packages from a frozen release\'s archive: every source replaced by frozen suites, `-t bullseye`, `pkg/bullseye`', () => {
    const lines = (text: string) => ruleFindings('apt-pin-versions', text).map((f) => f.range.start.line);
    const replace = 'RUN rm -f /etc/apt/sources.list && rm -rf /etc/apt/sources.list.d/* \\\n && echo "deb [arch=amd64] https://ftp.debian.org/debian bullseye main" > /etc/apt/sources.list \\\n && echo "deb https://security.debian.org/debian-security bullseye-security main" >> /etc/apt/sources.list\n';
    expect(lines(`FROM example/builder:v1\n${replace}RUN apt-get update && apt-get install -y curl\n`)).toEqual([]);
    // A live repository added afterwards: its packages, and the ones after it, may come from it.
    const gh = 'RUN apt-get update && apt-get install -y wget \\\n && echo "deb [signed-by=/k.gpg] https://cli.github.com/packages stable main" | tee /etc/apt/sources.list.d/gh.list \\\n && apt-get update && apt-get install -y gh\n';
    expect(lines(`FROM example/builder:v1\n${replace}${gh}`)).toEqual([7]);
    // A script that may add a repository (NodeSource's setup script).
    expect(lines(`FROM example/builder:v1\n${replace}RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs\n`)).toEqual([5]);
    const added = 'FROM python:3.12-bookworm\nRUN echo "deb http://deb.debian.org/debian bullseye main" > /etc/apt/sources.list.d/bullseye.list\n';
    expect(lines(`${added}RUN apt-get update && apt-get install -y -t bullseye openjdk-11-jdk && apt-get install -y openjdk-11-jre/bullseye\n`)).toEqual([]);
    // Traps: a frozen repository beside the live ones, with a plain install (openjdk-11 may come from either, as far as
    // the linter knows); only sources.list rewritten (sources.list.d may hold the base's); a suite from a variable.
    expect(lines(`${added}RUN apt-get update && apt-get install -y openjdk-11-jdk\n`)).toEqual([3]);
    expect(lines('FROM example/builder:v1\nRUN rm /etc/apt/sources.list && echo "deb http://deb.debian.org/debian bullseye main" > /etc/apt/sources.list\nRUN apt-get install -y curl\n')).toEqual([3]);
    expect(lines('FROM example/builder:v1\nARG R=bullseye\nRUN rm -rf /etc/apt/sources.list /etc/apt/sources.list.d && echo "deb http://deb.debian.org/debian $(cat /r) main" > /etc/apt/sources.list\nRUN apt-get install -y curl\n')).toEqual([4]);
  });
  it('reads scripts fed to a shell as a here-document, not the xx cross-compiling wrapper (it appends `:<arch>` to each word)', () => {
    const text = 'FROM debian:12\nRUN <<EOF bash -ex\n  apt-get install -y curl\nEOF\nRUN xx-apt-get install -y gcc\n';
    expect(positions(unpinnedPackages(ruleFindings('apt-pin-versions', text)))).toEqual([[3, 22]]);
  });
});

describe('distribution packages on a base the file does not fix', () => {
  const lines = (rule: string, text: string) => ruleFindings(rule, text).map((f) => f.range.start.line);
  it('is silent when the base comes from a build argument without a value, also through FROM <stage>', () => {
    // nvidia-container-toolkit's docker/Dockerfile.rpm-yum: one file for centos7, centos8, rhel and amazonlinux2.
    expect(lines('rpm-pin-versions', 'ARG BASEIMAGE\nFROM ${BASEIMAGE}\nRUN yum install -y gcc git make\n')).toEqual([]);
    expect(lines('apt-pin-versions', 'ARG BASEIMAGE\nFROM ${BASEIMAGE} AS base\nFROM base\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([]);
    expect(lines('apt-pin-versions', 'ARG RELEASE\nFROM ubuntu:${RELEASE}\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'ARG BASE=notset\nFROM ${BASE}\nRUN apk add --no-cache git\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'ARG certs_image=non-existing\nFROM $certs_image AS certs\nRUN apk add --no-cache ca-certificates\n')).toEqual([]);
    // zalando/postgres-operator: a default whose tag floats fixes no release; the build passes the one it means.
    expect(lines('apk-pin-versions', 'ARG BASE_IMAGE=alpine:latest\nFROM ${BASE_IMAGE}\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'ARG BASE_IMAGE=alpine\nFROM ${BASE_IMAGE}\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'ARG TAG=latest\nFROM alpine:${TAG}\nRUN apk add --no-cache curl\n')).toEqual([]);
    // triton's Dockerfile.QA: a bare local image an earlier build step makes (build.py), on whichever release it was asked for.
    expect(lines('apt-pin-versions', 'ARG BASE_IMAGE=tritonserver\nFROM $BASE_IMAGE\nRUN apt-get install -y --no-install-recommends gdb\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'ARG BASE=my-base\nFROM ${BASE} AS base\nFROM base\nRUN apk add --no-cache git\n')).toEqual([]);
    // Written in the FROM itself, an official image's floating tag fixes no release either (kafka's `FROM alpine:latest`).
    expect(lines('apk-pin-versions', 'FROM alpine:latest\nRUN apk add --no-cache git\n')).toEqual([]);
    expect(lines('apt-pin-versions', 'FROM debian\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'FROM alpine:3\nRUN apk add --no-cache git\n')).toEqual([2]);
    // Tags that name no version nor release float the same way (GenAIComps' `FROM nginx:alpine`); a codename fixes it.
    expect(lines('apk-pin-versions', 'FROM nginx:alpine\nRUN apk add --no-cache gettext=0.22.5-r0 curl\n')).toEqual([]);
    expect(lines('apk-pin-versions', 'FROM nginx:stable-alpine-slim\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(lines('apt-pin-versions', 'FROM python:slim\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([]);
    // (A version still built: `nginx:1.27-alpine` is no longer, and stays on Alpine 3.21, a frozen archive.)
    expect(lines('apk-pin-versions', 'FROM nginx:1.31-alpine\nRUN apk add --no-cache curl\n')).toEqual([2]);
    expect(lines('apk-pin-versions', 'FROM node:lts-alpine3.22\nRUN apk add --no-cache curl\n')).toEqual([2]);
    expect(lines('apt-pin-versions', 'FROM python:slim-bookworm\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([2]);
    expect(lines('apt-pin-versions', 'FROM ubuntu:noble\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([2]);
  });
  it('reports when the argument has a real default, or only a registry prefix is unknown', () => {
    expect(lines('rpm-pin-versions', 'ARG BASEIMAGE=rockylinux:9\nFROM ${BASEIMAGE}\nRUN yum install -y gcc\n')).toEqual([3]);
    expect(lines('apt-pin-versions', 'ARG REGISTRY\nFROM ${REGISTRY}/ubuntu:22.04\nRUN apt-get install -y --no-install-recommends git\n')).toEqual([3]);
    expect(lines('apk-pin-versions', 'ARG BASE=alpine:3.22\nFROM ${BASE}\nRUN apk add --no-cache git\n')).toEqual([3]);
    // Only a registry prefix from an argument is the file's own choice of release.
    expect(lines('apk-pin-versions', 'ARG REGISTRY=docker.io\nFROM ${REGISTRY}/alpine:3.22\nRUN apk add --no-cache git\n')).toEqual([3]);
    // A vendor's or the project's own image without a tag: its own Dockerfile fixes the release (jupyter's docker-stacks).
    expect(lines('apt-pin-versions', 'ARG BASE_IMAGE=quay.io/jupyter/docker-stacks-foundation\nFROM $BASE_IMAGE\nRUN apt-get install -y --no-install-recommends pandoc\n')).toEqual([3]);
    // A local image with a tag, or written in the FROM itself rather than as a build argument's default.
    expect(lines('apt-pin-versions', 'ARG BASE_IMAGE=tritonserver:24.04-py3\nFROM $BASE_IMAGE\nRUN apt-get install -y --no-install-recommends gdb\n')).toEqual([3]);
    expect(lines('apt-pin-versions', 'FROM tritonserver\nRUN apt-get install -y --no-install-recommends gdb\n')).toEqual([2]);
  });
});

describe('distribution packages on a base whose tag leaves the release open', () => {
  const message = (rule: string, text: string): string[] => ruleFindings(rule, text).map((f) => f.message);
  const apt = (from: string, pkgs = 'git') => message('apt-pin-versions', `${from}\nRUN apt-get install -y --no-install-recommends ${pkgs}\n`);
  const floating = / `[^`]+` does not (name|fix) its [^.]*\.$/;
  it('still reports, and names the release the official tag is on today (GenerativeAIExamples on `python:3.12`, katib on `python:3.11-slim`)', () => {
    expect(apt('FROM python:3.12')).toEqual([
      'apt package `git` is not pinned; install `git=<version>`. `python:3.12` does not name its Debian release, so name it too (`python:3.12-trixie`; a pinned version leaves the archive when the base moves).',
    ]);
    expect(apt('FROM python:3.10-slim', 'gfortran libopenblas-dev')).toEqual([
      '2 apt packages are not pinned: `gfortran` and `libopenblas-dev`; install each as `name=<version>`. `python:3.10-slim` does not name its Debian release, so name it too (`python:3.10-slim-trixie`; a pinned version leaves the archive when the base moves).',
    ]);
    // The release is read per entry, not assumed to be the newest: node 22's default is still bookworm.
    expect(apt('FROM node:22-slim')[0]).toContain('name it too (`node:22-bookworm-slim`;');
    expect(apt('FROM docker.io/library/golang:1.26')[0]).toContain('(`golang:1.26-trixie`;');
    expect(message('apk-pin-versions', 'FROM python:3.12-alpine\nRUN apk add --no-cache curl\n')[0]).toContain('`python:3.12-alpine` does not name its Alpine release, so name it too (`python:3.12-alpine3.24`;');
    // Alpine's releases are major.minor: `alpine:3` moves 3.23 → 3.24 as `latest` does (pyroscope's dotnet examples);
    // `alpine:3.24` and a point release fix it.
    const apk = (from: string) => message('apk-pin-versions', `${from}\nRUN apk add --no-cache curl tar\n`);
    expect(apk('FROM --platform=linux/amd64 alpine:3 AS sdk')).toEqual([
      '2 apk packages are not pinned: `curl` and `tar`; add each as `name=<version>`. `alpine:3` does not name its Alpine release, so name it too (`alpine:3.24`; a pinned version leaves the archive when the base moves).',
    ]);
    for (const from of ['FROM alpine:3.24', 'FROM alpine:3.24.1', 'FROM docker.io/library/alpine:3.23']) {
      expect(apk(from), from).toHaveLength(1);
      expect(apk(from)[0], from).not.toMatch(floating);
    }
    // The advice is the finding's, not each package's.
    const related = unpinnedPackages(ruleFindings('apt-pin-versions', 'FROM python:3.12\nRUN apt-get install -y --no-install-recommends git curl\n'));
    expect(related.map((r) => r.message)).toEqual(['apt package `git` is not pinned; install `git=<version>`.', 'apt package `curl` is not pinned; install `curl=<version>`.']);
  });
  it('asks to pin the base too on another image\'s floating tag (vllm nightly, maxtext\'s jax:base default, mkdocs-material latest)', () => {
    const pinBase = (ref: string) => `\`${ref}\` does not fix its distribution release, so pin the base image too (a pinned version leaves the archive when the base moves).`;
    expect(apt('FROM vllm/vllm-openai:nightly')).toEqual([`apt package \`git\` is not pinned; install \`git=<version>\`. ${pinBase('vllm/vllm-openai:nightly')}`]);
    expect(apt('ARG BASEIMAGE=ghcr.io/nvidia/jax:base\nFROM $BASEIMAGE AS base\nFROM base')[0]).toContain(pinBase('ghcr.io/nvidia/jax:base'));
    expect(message('apk-pin-versions', 'FROM squidfunk/mkdocs-material:latest\nRUN apk add --no-cache gcc\n')[0]).toContain(pinBase('squidfunk/mkdocs-material:latest'));
    expect(apt('FROM rocm/pytorch')[0]).toContain(pinBase('rocm/pytorch'));
    expect(message('rpm-pin-versions', 'FROM ghcr.io/acme/builder:latest-gpu\nRUN dnf install -y git\n')[0]).toContain(pinBase('ghcr.io/acme/builder:latest-gpu'));
    // A live image named like a retired official one still floats.
    expect(message('rpm-pin-versions', 'FROM quay.io/centos/centos:latest\nRUN dnf install -y git\n')[0]).toContain(pinBase('quay.io/centos/centos:latest'));
  });
  it('adds nothing where the tag, the repository or a digest fixes the release, or the tag is no longer built', () => {
    for (const from of [
      'FROM python:3.12-slim-bookworm', 'FROM node:22-bookworm', 'FROM ubuntu:24.04', 'FROM debian:12', 'FROM buildpack-deps:24.04',
      'FROM python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      // A version no longer built stays on the release of its last build.
      'FROM python:3.8-slim', 'FROM python:3.12.1',
      'FROM mcr.microsoft.com/azureml/openmpi5.0-ubuntu24.04:latest', 'FROM nvidia/cuda:12.6.0-devel-ubuntu22.04',
      'FROM vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0:latest',
      'FROM pytorch/pytorch:2.5.1-cuda12.1-cudnn9-devel', 'FROM my-base',
    ]) {
      const found = apt(from);
      expect(found, from).toHaveLength(1);
      expect(found[0], from).not.toMatch(floating);
    }
    // A retired official image gets no new builds (cloud-builders-community's `FROM centos`, frozen at CentOS 8.4.2105).
    for (const from of ['FROM quay.io/pypa/manylinux_2_28_x86_64', 'FROM docker.io/dokken/centos-stream-9', 'FROM rockylinux:9', 'FROM registry.access.redhat.com/ubi9/ubi:latest', 'FROM centos', 'FROM centos:latest']) {
      expect(message('rpm-pin-versions', `${from}\nRUN dnf install -y git\n`)[0], from).not.toMatch(floating);
    }
    // Where the rule was silent (an official tag naming no version nor release), it stays silent.
    expect(apt('FROM python:slim')).toEqual([]);
    expect(message('apk-pin-versions', 'FROM nginx:alpine\nRUN apk add --no-cache curl\n')).toEqual([]);
  });
});

describe('packages the same RUN removes again', () => {
  const names = (rule: string, text: string) => unpinnedPackages(ruleFindings(rule, text)).map((f) => f.message.match(/`([^`]+)`/)![1]);
  it('leaves apt packages purged by name or by apt-mark auto and purge --auto-remove', () => {
    expect(names('apt-pin-versions', 'FROM debian:12\nRUN apt-get install -y curl gcc && make && apt-get purge -y gcc\n')).toEqual(['curl']);
    // docker-node's yarn install: `$savedAptMark` was read before the install, so it holds none of its packages.
    const yarn =
      'FROM debian:12\nRUN savedAptMark="$(apt-mark showmanual)" && apt-get install -y curl gnupg && curl -O x' +
      " && apt-mark auto '.*' > /dev/null && { [ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark; } && apt-get purge -y --auto-remove\n";
    expect(names('apt-pin-versions', yarn)).toEqual([]);
    // nginx's images mark every manual package automatic through xargs.
    expect(names('apt-pin-versions', yarn.replace("apt-mark auto '.*'", 'apt-mark showmanual | xargs apt-mark auto'))).toEqual([]);
  });
  it('still reports what stays: a library ldd may keep, a package apt-mark manual names, a list read after the install', () => {
    const ldd =
      "FROM debian:12\nRUN apt-get install -y curl libatomic1 zlib1g-dev python3 g++-12 && make install && apt-mark auto '.*'" +
      " && find /usr/local -type f -executable -exec ldd '{}' ';' | awk '{ print $3 }' | xargs -r dpkg-query --search | cut -d: -f1 | xargs -r apt-mark manual" +
      ' && apt-get purge -y --auto-remove\n';
    expect(names('apt-pin-versions', ldd)).toEqual(['libatomic1']); // python3 and g++-12 hold no library: Debian ships libpython3.11 and libstdc++6 apart
    const named = "FROM debian:12\nRUN apt-get install -y curl gcc && apt-mark auto '.*' && apt-mark manual curl && apt-get purge -y --auto-remove\n";
    expect(names('apt-pin-versions', named)).toEqual(['curl']);
    const late = "FROM debian:12\nRUN apt-get install -y gcc && saved=\"$(apt-mark showmanual)\" && apt-mark auto '.*' && apt-mark manual $saved && apt-get purge -y --auto-remove\n";
    expect(names('apt-pin-versions', late)).toEqual(['gcc']);
    // Marked automatic but never removed: `apt-get purge` without --auto-remove takes only what it names.
    expect(names('apt-pin-versions', "FROM debian:12\nRUN apt-get install -y gcc && apt-mark auto gcc && apt-get purge -y curl\n")).toEqual(['gcc']);
  });
  it('leaves an apk group the RUN deletes, not the libraries a scanelf list keeps nor a package added again', () => {
    expect(names('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add --no-cache --virtual .build-deps-yarn curl gnupg tar && apk del .build-deps-yarn\n')).toEqual([]);
    expect(names('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add --no-cache --virtual .build-deps curl && make\n')).toEqual(['curl']);
    const rundeps = 'FROM alpine:3.22\nRUN apk add --virtual .build-deps gcc zlib zlib-dev bzip2 lz4 && make && apk add --virtual .rundeps $runDeps && apk del .build-deps\n';
    // bzip2 and lz4 are tools: their libraries are the packages libbz2 and lz4-libs, which the list would name.
    expect(names('apk-pin-versions', rundeps)).toEqual(['zlib']);
    expect(names('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add -t .b curl gcc && apk add curl && apk del .b\n')).toEqual(['curl', 'curl']);
    // Added again only after the delete (nginx's alpine image): the group's curl goes; the later add is reported on its own.
    expect(names('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add -t .b curl gcc && make && apk del .b && apk add curl\n')).toEqual(['curl']);
  });
  it('leaves rpm packages the RUN removes by name', () => {
    expect(names('rpm-pin-versions', 'FROM rockylinux:9\nRUN dnf install -y gcc git && make && dnf remove -y gcc\n')).toEqual(['git']);
    expect(names('rpm-pin-versions', 'FROM opensuse/leap:16.0\nRUN zypper in -y gcc && zypper rm -y gcc\n')).toEqual([]);
  });
});

describe('pip-pin-versions', () => {
  it('leaves installs that read no index: a hermetic build\'s sourced prefetch env, PIP_NO_INDEX, --no-index', () => {
    expect(positions(fixtureFindings('pip-pin-versions', 'rules/pip-pin-versions/hermetic-prefetch.Dockerfile'))).toEqual([[6, 32]]);
    const run = (line: string) => ruleFindings('pip-pin-versions', `FROM python:3.12\n${line}\n`);
    expect(run('ENV PIP_NO_INDEX=1\nRUN pip install --no-cache-dir --find-links /wheels "numpy<2"')).toEqual([]);
    expect(run('RUN export PIP_NO_INDEX=1 && pip install --no-cache-dir "numpy<2"')).toEqual([]);
    // uv reads its own variables, not pip's.
    expect(run('RUN uv pip install --system --no-index --find-links /wheels "numpy<2"')).toEqual([]);
    expect(run('ENV PIP_NO_INDEX=1\nRUN uv pip install --system "numpy<2"')).toHaveLength(1);
  });
  it('skips a requirement whose environment marker is false for the base image\'s Python', () => {
    const run = (from: string) => ruleFindings('pip-pin-versions', `FROM ${from}\nRUN pip install --no-cache-dir "tomli>=2; python_version < '3.11'"\n`);
    expect(run('python:3.12-slim')).toEqual([]);
    expect(run('python:3.10-slim')).toHaveLength(1);
    // Trap: a base that names no Python version.
    expect(run('debian:12')).toHaveLength(1);
  });
  it('takes torch pinned by a build argument as pinning its lockstep companions, also with an empty default', () => {
    const run = (arg: string) => ruleFindings('pip-pin-versions', `FROM python:3.12\n${arg}\nRUN if [ -n "$TV" ]; then pip install --no-cache-dir torch==\${TV} torchvision torchaudio; fi\n`);
    expect(run('ARG TV=""')).toEqual([]);
    expect(run('ARG TV=2.7.1')).toEqual([]);
    // torchao is no lockstep companion: it floats whatever torch is.
    expect(ruleFindings('pip-pin-versions', 'FROM python:3.12\nARG TV=""\nRUN pip install --no-cache-dir torch==${TV} torchao\n')).toHaveLength(1);
  });
  it('takes a name pinned exactly elsewhere in the same install as pinning its other requirements (pip merges them)', () => {
    // dify-sandbox: `httpx==0.27.2 … PySocks httpx[socks]`: only PySocks floats.
    const f = ruleFindings('pip-pin-versions', 'FROM python:3.12\nARG PKGS="httpx==0.27.2 requests==2.33.0 PySocks httpx[socks]"\nRUN pip3 install --no-cache-dir ${PKGS}\n');
    expect(f.map((x) => x.message)).toEqual(['Python package `PySocks` is not pinned; install `PySocks==<version>`.']);
    expect(ruleFindings('pip-pin-versions', 'FROM python:3.12\nRUN pip install --no-cache-dir "Httpx>=0.27" httpx==0.27.2\n')).toEqual([]);
    // Trap: the pin in another install, or a range only, pins nothing here.
    expect(ruleFindings('pip-pin-versions', 'FROM python:3.12\nRUN pip install --no-cache-dir httpx==0.27.2\nRUN pip install --no-cache-dir httpx[socks]\n')).toHaveLength(1);
    expect(ruleFindings('pip-pin-versions', 'FROM python:3.12\nRUN pip install --no-cache-dir "httpx>=0.27" httpx[socks]\n')).toHaveLength(2);
  });
  it('takes a local wheel or sdist file with an extras suffix as the file it is', () => {
    const run = (line: string) => ruleFindings('pip-pin-versions', `FROM python:3.12\nRUN ${line}\n`);
    expect(run('pip install --no-cache-dir tritonclient-2.35.0-py3-none-manylinux1_x86_64.whl[all] ./dist/app-1.0.tar.gz[dev]')).toEqual([]);
    // Trap: extras on a package name from the index.
    expect(run('pip install --no-cache-dir tritonclient[all]')).toHaveLength(1);
  });
  it('leaves pre-releases taken from a nightly index, which a pin would break once they leave it', () => {
    const run = (line: string) => ruleFindings('pip-pin-versions', `FROM python:3.12\nRUN ${line}\n`);
    expect(run('pip install --no-cache-dir --pre torch torchvision -f https://download.pytorch.org/whl/nightly/cpu/torch_nightly.html')).toEqual([]);
    expect(run('pip install --pre torch --index-url https://download.pytorch.org/whl/nightly/cu126')).toEqual([]);
    // The only index is nightly: pip takes its pre-releases without --pre (PyTorch's, ONNX Runtime's Azure feed).
    expect(run('pip install torch torchvision --index-url https://download.pytorch.org/whl/nightly/cu132')).toEqual([]);
    expect(run('pip install --no-deps onnxruntime-gpu --index-url https://aiinfra.pkgs.visualstudio.com/PublicPackages/_packaging/ort-cuda-13-nightly/pypi/simple/')).toEqual([]);
    // Traps: a nightly extra index without --pre (PyPI's releases win), a nightly index beside a stable one, or --pre from the ordinary index.
    expect(run('pip install --pre transformers')).toHaveLength(1);
    expect(run('pip install torch --extra-index-url https://download.pytorch.org/whl/nightly/cu126')).toHaveLength(1);
    expect(run('pip install torch --index-url https://download.pytorch.org/whl/nightly/cu126 --extra-index-url https://pypi.org/simple')).toHaveLength(1);
  });
  it('flags unpinned packages, ranges, tooling bootstraps and branch-following VCS references', () => {
    const f = unpinnedPackages(fixtureFindings('pip-pin-versions', 'rules/pip-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([
      [2, 42], [2, 46], [2, 57],
      [3, 43], [3, 49], [3, 63],
      [4, 82],
      [5, 29], [5, 54],
      [6, 49],
      [8, 52],
      [10, 17],
    ]);
    expect(f[0]!.message).toBe("Python package `pip` is not pinned; install `pip==<version>` (or list it in this rule's `allow` option).");
    expect(f[4]!.message).toBe('`numpy>=1.26` allows a range of versions; pin one exactly with `numpy==<version>`.');
    expect(f[5]!.message).toBe('Python package `transformers[torch]` is not pinned; install `transformers[torch]==<version>`.');
    expect(f[9]!.message).toContain('follows a branch');
    // The ARG default is resolved; the range covers the whole word.
    expect(f[10]!.message).toContain('`accelerate`');
    expect(f[10]!.range.end).toEqual({ line: 8, column: 60 });
  });
  it('is silent on variables, requirement and constraints files, local paths, pinned direct references, dry runs', () => {
    expect(fixtureFindings('pip-pin-versions', 'rules/pip-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('accepts the packages listed in the allow option', () => {
    const text = 'FROM python:3.12\nRUN pip install --no-cache-dir -U pip Setuptools wheel requests\n';
    const f = ruleFindings('pip-pin-versions', text, { rules: { 'pip-pin-versions': ['warning', { allow: ['pip', 'setuptools', 'wheel'] }] } });
    expect(f.map((x) => x.message)).toEqual(['Python package `requests` is not pinned; install `requests==<version>`.']);
  });
  it('reads value-taking flags, markers and direct references written as three words', () => {
    const text =
      'FROM python:3.12\n' +
      'RUN pip install --no-cache-dir -t /opt/lib --platform manylinux2014_x86_64 --python-version 3.11 ' +
      '--only-binary=:all: -i https://pypi.org/simple "black; python_version>\'3.8\'" demo @ git+https://github.com/o/demo.git@main\n';
    const f = ruleFindings('pip-pin-versions', text);
    expect(f.map((x) => x.message)).toEqual([
      'Python package `black` is not pinned; install `black==<version>`.',
      '`demo @ git+https://github.com/o/demo.git@main` follows a branch, so each build may get new code; point it at a tag or commit.',
    ]);
  });
  it('understands the many spellings of pip', () => {
    const text =
      'FROM python:3.12\n' +
      'RUN pip3.11 install a && python3.12 -m pip install b && /opt/conda/bin/pip install c && ${VENV}/bin/pip install d ' +
      '&& $PYTHON -m pip install e && uv tool install f && poetry run pip install g && python$PY -m pip install h\n';
    expect(ruleFindings('pip-pin-versions', text).map((x) => x.message.match(/`([^`]+)`/)![1])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('pip-no-cache-dir', () => {
  it('knows a hermetic build downloads nothing, but caches the wheels it builds from prefetched source archives', () => {
    const f = fixtureFindings('pip-no-cache-dir', 'rules/pip-no-cache-dir/hermetic-prefetch.Dockerfile');
    expect(positions(f)).toEqual([[6, 29], [8, 5]]);
    expect(f[0]!.message).toContain('downloads nothing, but the wheels it builds from the source archives there');
    expect(f[1]!.message).toContain('leaves its download cache');
  });
  it('reads a shortened --no-cache-dir as pip does (optparse takes a unique prefix)', () => {
    expect(ruleFindings('pip-no-cache-dir', 'FROM python:3.12\nRUN pip3 install -U --no-cache numpy==2.1.0\n')).toEqual([]);
    expect(ruleFindings('pip-no-cache-dir', 'FROM python:3.12\nRUN pip install --no-ca numpy==2.1.0\n')).toEqual([]);
    // `--no-c` is also `--no-clean`, `--no-color`, `--no-compile`: pip rejects it as ambiguous, and it is no cache flag.
    expect(ruleFindings('pip-no-cache-dir', 'FROM python:3.12\nRUN pip install --no-c numpy==2.1.0\n')).toHaveLength(1);
  });
  it('knows a pathname pattern deletes the cache folder it matches (`rm -rf /root/.[acpw]*` removes /root/.cache)', () => {
    const run = (rm: string) => ruleFindings('pip-no-cache-dir', `FROM python:3.12-alpine\nRUN pip install numpy==2.1.0 && rm -rf ${rm}\n`);
    expect(run('/root/.[acpw]*')).toEqual([]);
    expect(run('/root/.ca*')).toEqual([]);
    expect(run('/root/.cache/*')).toEqual([]);
    // `*` does not match a leading dot; another folder's pattern, or a negated class leaving `c` out, keeps the cache.
    expect(run('/root/*')).toHaveLength(1);
    expect(run('/root/.[!c]*')).toHaveLength(1);
    expect(run('/tmp/.[acpw]*')).toHaveLength(1);
  });
  it('does not take a wheel named by URL for a local one, also as a direct reference', () => {
    const f = ruleFindings('pip-no-cache-dir', "FROM python:3.12\nRUN pip install 'betterproto[compiler] @ https://github.com/x/y/releases/download/v2/betterproto-2.0.0b6-py3-none-any.whl'\n");
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^`pip install` leaves its download cache in the layer/)]);
    expect(ruleFindings('pip-no-cache-dir', 'FROM python:3.12\nRUN pip install /wheels/x-1.0-py3-none-any.whl\n')[0]!.message).toContain('of a local wheel');
  });
  it('points at the pip command that keeps its cache', () => {
    const f = fixtureFindings('pip-no-cache-dir', 'rules/pip-no-cache-dir/bad.Dockerfile');
    expect(positions(f)).toEqual([[2, 5], [3, 5], [4, 47], [5, 12]]);
    expect(f[1]!.range.end).toEqual({ line: 3, column: 27 });
    expect(f[0]!.message).toBe(
      '`pip install` leaves its download cache in the layer; add `--no-cache-dir` (or delete `~/.cache/pip` in the same `RUN`), or use `RUN --mount=type=cache,target=/root/.cache/pip`.',
    );
  });
  it('knows the base images whose own ENV sets PIP_NO_CACHE_DIR (Red Hat\'s Python images, Sentry\'s), not others of their publishers', () => {
    const run = (from: string) => ruleFindings('pip-no-cache-dir', `FROM ${from}\nRUN pip install flask==3.0.0\n`);
    expect(run('registry.access.redhat.com/ubi9/python-312-minimal:latest')).toEqual([]);
    expect(run('quay.io/sclorg/python-312-minimal-c9s')).toEqual([]);
    expect(run('ghcr.io/getsentry/sentry:nightly')).toEqual([]);
    expect(run('getsentry/sentry:24.1.0')).toEqual([]);
    expect(run('registry.access.redhat.com/ubi9/ubi-minimal:latest')).toHaveLength(1);
    expect(run('ghcr.io/getsentry/snuba:nightly')).toHaveLength(1);
  });
  it('accepts --no-cache-dir, PIP_NO_CACHE_DIR with any value, cache mounts, cleanup, uv, pip config and offline installs', () => {
    expect(fixtureFindings('pip-no-cache-dir', 'rules/pip-no-cache-dir/good.Dockerfile')).toEqual([]);
  });
});

describe('npm-pin-versions', () => {
  it('flags named packages without a version and moving dist-tags, for npm, yarn and pnpm', () => {
    const f = unpinnedPackages(fixtureFindings('npm-pin-versions', 'rules/npm-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 20], [2, 31], [2, 44], [3, 21], [3, 40], [4, 18]]);
    expect(f[1]!.message).toBe('npm package `@angular/cli` is not pinned; install `@angular/cli@<version>`.');
    expect(f[2]!.message).toBe('`pnpm@latest` follows the moving dist-tag `latest`; install `pnpm@<version>`.');
  });
  it('is silent on lockfile installs, versions, tarballs, folders, git references and flag values', () => {
    expect(fixtureFindings('npm-pin-versions', 'rules/npm-pin-versions/good.Dockerfile')).toEqual([]);
  });
});

describe('apk-pin-versions', () => {
  it('flags packages without a version, not the virtual package name', () => {
    const f = unpinnedPackages(fixtureFindings('apk-pin-versions', 'rules/apk-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 24], [3, 44], [3, 48], [4, 24], [7, 24], [7, 32]]);
    expect(f[3]!.message).toBe('apk package `mkcert@testing` is not pinned; add `mkcert=<version>`.');
  });
  it('is silent on =, ~ and range pins, virtual names, local files and variables', () => {
    expect(fixtureFindings('apk-pin-versions', 'rules/apk-pin-versions/good.Dockerfile')).toEqual([]);
  });
});

describe('rpm-pin-versions', () => {
  it('flags yum, dnf, microdnf and zypper packages without a version', () => {
    const f = unpinnedPackages(fixtureFindings('rpm-pin-versions', 'rules/rpm-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 20], [3, 53], [3, 76], [4, 34], [6, 36], [9, 46]]);
    expect(f[2]!.message).toBe('dnf package `java-1.8.0-openjdk` is not pinned; install `java-1.8.0-openjdk-<version>`.');
    expect(f[4]!.message).toBe('zypper package `curl` is not pinned; install `curl=<version>`.');
  });
  it('knows the `in` alias of dnf and zypper', () => {
    expect(positions(unpinnedPackages(ruleFindings('rpm-pin-versions', 'FROM fedora:40\nRUN dnf in -y rsync\n')))).toEqual([[2, 15]]);
  });
  it('is silent on versions, URLs, local rpms, groups, capabilities, modules and patterns', () => {
    expect(fixtureFindings('rpm-pin-versions', 'rules/rpm-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('takes a version from a build argument with an empty default as pinned by it, not as the name `kernel-`', () => {
    const run = (arg: string) => ruleFindings('rpm-pin-versions', `FROM rockylinux:9\n${arg}\nRUN [ -n "$KV" ] || exit 1; dnf install -y kernel-\${KV} kernel-devel-\${KV}.x86_64 && dnf clean all\n`);
    expect(run("ARG KV=''")).toEqual([]);
    expect(run('ARG KV=5.14.0-503.el9')).toEqual([]);
    // Trap: a build argument that completes the name, not the version.
    const f = ruleFindings('rpm-pin-versions', 'FROM rockylinux:9\nARG PY=3.11\nRUN dnf install -y python${PY}-devel && dnf clean all\n');
    expect(f.map((x) => x.message)).toEqual(['dnf package `python3.11-devel` is not pinned; install `python3.11-devel-<version>`.']);
  });
  it('is silent on a rolling release (Tumbleweed, Rawhide), through FROM <stage> too, and not on Leap or a Fedora release', () => {
    const text = 'FROM opensuse/tumbleweed:latest AS tw\nRUN zypper install -y ffmpeg\nFROM tw\nRUN zypper in -y git\nFROM fedora:rawhide\nRUN dnf install -y git\n';
    expect(ruleFindings('rpm-pin-versions', text)).toEqual([]);
    const stable = 'FROM opensuse/leap:16.0\nRUN zypper install -y ffmpeg\nFROM fedora:42\nRUN dnf install -y git\n';
    expect(ruleFindings('rpm-pin-versions', stable).map((f) => f.range.start.line)).toEqual([2, 4]);
  });
});

describe('gem-pin-versions', () => {
  it('flags gems without :version or -v, not the build arguments after --', () => {
    const f = unpinnedPackages(fixtureFindings('gem-pin-versions', 'rules/gem-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 17], [3, 31], [3, 50]]);
    expect(f[0]!.message).toBe('gem `bundler` is not pinned; install `bundler:<version>` or add `-v <version>`.');
  });
  it('is silent on pinned gems, -v/--version, local gem files and Gemfiles', () => {
    expect(fixtureFindings('gem-pin-versions', 'rules/gem-pin-versions/good.Dockerfile')).toEqual([]);
  });
});

describe('conda-pin-versions', () => {
  it('flags specs without a version and ranges, skipping channels, names and files', () => {
    const f = unpinnedPackages(fixtureFindings('conda-pin-versions', 'rules/conda-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 43], [3, 38], [3, 52], [4, 50]]);
    expect(f[1]!.message).toBe('`numpy>=1.26` allows a range of versions; pin one with `numpy=<version>`.');
    expect(f[2]!.message).toBe('conda package `conda-forge::mamba` is not pinned; install `mamba=<version>`.');
  });
  it('is silent on pins, environment files, clones, local packages and unknown values', () => {
    expect(fixtureFindings('conda-pin-versions', 'rules/conda-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('takes the CUDA libraries of NVIDIA\'s release label as pinned when the label is the first channel, not other packages', () => {
    // NeMo-Curator: `conda create -y --name curator -c nvidia/label/cuda-${CUDA_VER} -c conda-forge python=3.12 cuda-cudart …`.
    const names = (install: string) =>
      unpinnedPackages(ruleFindings('conda-pin-versions', `FROM continuumio/miniconda3:24.7.1-0\nARG CUDA_VER=12.5.1\nRUN ${install}\n`)).map((f) => f.message.match(/`([^`]+)`/)![1]);
    expect(names('conda create -y -n curator -c nvidia/label/cuda-${CUDA_VER} -c conda-forge python=3.12 cuda-cudart libcublas cuda-nvvm')).toEqual([]);
    expect(names('conda install -y -c nvidia/label/cuda-12.5.1 libcufft cuda-python')).toEqual(['cuda-python']);
    // A local channel (conda-bld of an earlier stage) holds the project's own build: the package it installs alone.
    expect(names('mamba install -n morpheus -c local -c conda-forge morpheus')).toEqual([]);
    expect(names('conda install -y --use-local mypkg')).toEqual([]);
    expect(names('conda install -y -c file:///opt/conda-bld -c conda-forge mypkg')).toEqual([]);
    expect(names('conda install -y local::mypkg numpy')).toEqual(['numpy']);
    // Packages beside it come from the registries; without a local channel a lone package is reported.
    expect(names('mamba install -c local -c conda-forge mypkg numpy')).toEqual(['mypkg', 'numpy']);
    expect(names('mamba install -c conda-forge morpheus')).toEqual(['morpheus']);
    expect(names('conda install -y nvidia/label/cuda-12.5.1::libcusparse conda-forge::libcurand')).toEqual(['conda-forge::libcurand']);
    // conda-forge first: its own cuda-cudart builds win; the plain nvidia channel holds every release.
    expect(names('conda install -y -c conda-forge -c nvidia/label/cuda-12.5.1 cuda-cudart')).toEqual(['cuda-cudart']);
    expect(names('conda install -y -c nvidia cuda-cudart')).toEqual(['cuda-cudart']);
  });
});

describe('go-pin-versions', () => {
  it('flags @latest and moving branches, and remote packages without a version outside a module', () => {
    const f = unpinnedPackages(fixtureFindings('go-pin-versions', 'rules/go-pin-versions/bad.Dockerfile'));
    expect(positions(f)).toEqual([[2, 16], [3, 33], [4, 15]]);
    expect(f[0]!.message).toBe('`golang.org/x/tools/gopls@latest` follows `@latest`, which moves; install `golang.org/x/tools/gopls@<version>`.');
    expect(f[1]!.message).toBe('Go package `github.com/go-delve/delve/cmd/dlv` is not pinned; use `github.com/go-delve/delve/cmd/dlv@<version>`.');
  });
  it('is silent on versions, local packages and installs inside a module', () => {
    expect(fixtureFindings('go-pin-versions', 'rules/go-pin-versions/good.Dockerfile')).toEqual([]);
  });
  it('is silent in GOPATH mode, where go get rejects pkg@version (ENV or a prefix assignment), and not elsewhere', () => {
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nENV GO111MODULE=off\nRUN go get -u -v github.com/go-delve/delve/cmd/dlv\n')).toEqual([]);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nRUN GO111MODULE=off go get -u github.com/go-delve/delve/cmd/dlv\n')).toEqual([]);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nENV GO111MODULE=off\nRUN GO111MODULE=on go get github.com/go-delve/delve/cmd/dlv\n')).toHaveLength(1);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nENV GO111MODULE=on\nRUN go get github.com/go-delve/delve/cmd/dlv\n')).toHaveLength(1);  });
  it('is silent when the RUN goes on to work in the folder GOPATH mode fetched the package into (a version by `git checkout`), not elsewhere', () => {
    const get = (after: string, env = 'ENV GOPATH /go\n') => ruleFindings('go-pin-versions', `FROM golang:alpine\n${env}RUN go get github.com/pusher/oauth2_proxy || true \\\n\t&& ${after} \\\n\t&& go build .\n`);
    // jessfraz's oauth2-proxy and golinks: `@version` is rejected there; the checkout picks the version.
    expect(get('cd /go/src/github.com/pusher/oauth2_proxy && git checkout "${OAUTH2_PROXY_VERSION}"', 'ENV GOPATH /go\nENV OAUTH2_PROXY_VERSION v5.1.1\n')).toEqual([]);
    expect(get('cd $GOPATH/src/github.com/pusher/oauth2_proxy')).toEqual([]);
    expect(get('cd /go/src/github.com/pusher/oauth2_proxy/contrib', '')).toEqual([]);
    expect(get('git -C /root/go/src/github.com/pusher/oauth2_proxy checkout v5.1.1', '')).toEqual([]);
    // The install after a GOPATH-mode get of the same RUN is in GOPATH mode too.
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nENV GOPATH=/go\nRUN go get -d github.com/x/y && git -C /go/src/github.com/x/y checkout v1.2.0 && go install github.com/x/y\n')).toEqual([]);
    // Another folder (another package's, one the module cache holds, GOPATH's top), or no folder at all: still reported.
    expect(get('cd /go/src/github.com/other/tool')).toHaveLength(1);
    expect(get('cd /go/pkg/mod/github.com/pusher')).toHaveLength(1);
    expect(get('cd /go/src/github.com')).toHaveLength(1);
    expect(get('cd /tmp')).toHaveLength(1);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.23\nRUN go get github.com/pusher/oauth2_proxy\n')).toHaveLength(1);
  });
  it('is silent on an official golang image older than 1.11, which has no modules, and not on 1.11 or later', () => {
    const get = (tag: string) => ruleFindings('go-pin-versions', `FROM golang:${tag}\nCOPY . /go/src/github.com/acme/tool\nRUN go get -d github.com/acme/tool\n`);
    expect(get('1.9.2-stretch')).toEqual([]);
    expect(get('1.10')).toEqual([]);
    expect(get('1.11-stretch')).toHaveLength(1);
    expect(get('1.23')).toHaveLength(1);
    // Another image's `1.9` tag says nothing of its Go.
    expect(ruleFindings('go-pin-versions', 'FROM acme/builder:1.9\nRUN go get -d github.com/acme/tool\n')).toHaveLength(1);
  });
  it('reads the Go a stage installs from a release archive, and a Go before 1.16 outside a module as GOPATH mode', () => {
    // cloud-builders-community singularity: Go 1.11 from its archive, `go get` at / (no go.mod).
    const tarball = (version: string, after = '') => `FROM centos:7
ENV GOPATH=/go
RUN wget https://dl.google.com/go/go${version}.linux-amd64.tar.gz && \\
    tar -C /usr/local -xzf go${version}.linux-amd64.tar.gz && \\
    ${after}/usr/local/go/bin/go get -u github.com/golang/dep/cmd/dep
`;
    expect(ruleFindings('go-pin-versions', tarball('1.11'))).toEqual([]);
    expect(ruleFindings('go-pin-versions', tarball('1.9.7'))).toEqual([]);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.13\nRUN go get github.com/golang/dep/cmd/dep\n')).toEqual([]);
    // Modules by default from 1.16; inside a module (sources copied, a clone) or with GO111MODULE=on, a pin is possible.
    expect(ruleFindings('go-pin-versions', tarball('1.21.5'))).toHaveLength(1);
    expect(ruleFindings('go-pin-versions', tarball('1.13', 'GO111MODULE=on '))).toHaveLength(1);
    expect(ruleFindings('go-pin-versions', tarball('1.13', 'git clone https://github.com/acme/x && cd x && '))).toHaveLength(1);
    expect(ruleFindings('go-pin-versions', 'FROM golang:1.13\nCOPY . /src\nRUN go get github.com/golang/dep/cmd/dep\n')).toHaveLength(1);
  });
});

describe('pinning rules: one finding per install command', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    aa bb cc dd=1 ee ff gg hh\n';

  it('names the first packages, counts the rest, ranges from the program to the last package and relates each package', () => {
    const f = ruleFindings('apt-pin-versions', text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('7 apt packages are not pinned: `aa`, `bb`, `cc`, `ee` and 3 more; install each as `name=<version>`.');
    expect(f[0]!.range).toEqual({ start: { line: 2, column: 23 }, end: { line: 3, column: 30 } });
    expect(positions(f[0]!.related!)).toEqual([[3, 5], [3, 8], [3, 11], [3, 19], [3, 22], [3, 25], [3, 28]]);
    expect(f[0]!.related![0]!.message).toBe('apt package `aa` is not pinned; install `aa=<version>`.');
  });
  it('lists up to four packages in full', () => {
    const f = ruleFindings('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add --no-cache curl git\n');
    expect(f.map((x) => x.message)).toEqual(['2 apk packages are not pinned: `curl` and `git`; add each as `name=<version>`.']);
  });
  it('keeps a separate finding per kind of problem, since the advice differs', () => {
    const f = ruleFindings('pip-pin-versions', 'FROM python:3.12\nRUN pip install a b "c>=1" git+https://x.org/r.git\n');
    expect(f.map((x) => x.message)).toEqual([
      '2 Python packages are not pinned: `a` and `b`; install each as `name==<version>`.',
      '`c>=1` allows a range of versions; pin one exactly with `c==<version>`.',
      '`git+https://x.org/r.git` follows a branch, so each build may get new code; point it at a tag or commit.',
    ]);
    expect(new Set(f.map((x) => x.range.start.column))).toEqual(new Set([5]));
  });
  it('is suppressed by a comment above the instruction, which then counts as used', () => {
    const suppressed = `FROM debian:12\n# dlint-ignore apt-pin-versions -- pinned by the snapshot mirror\n${text.split('\n').slice(1).join('\n')}`;
    const found = lint(suppressed, { contextDir: null, preset: 'strict', reportUnusedIgnores: true });
    expect(found.filter((x) => x.ruleId === 'apt-pin-versions' || x.ruleId === 'unused-ignore')).toEqual([]);
  });
});

describe('image knowledge from audit F', () => {
  it('knows buildpack-deps sid variants are Debian sid, where pins do not last', () => {
    expect(ruleFindings('apt-pin-versions', 'FROM buildpack-deps:sid-scm\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-pin-versions', 'FROM buildpack-deps:bookworm-scm\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
  });
  it('knows Intel Gaudi images set PIP_NO_CACHE_DIR in their base', () => {
    expect(ruleFindings('pip-no-cache-dir', 'FROM vault.habana.ai/gaudi-docker/1.21.0/ubuntu22.04/habanalabs/pytorch-installer-2.6.0:latest\nRUN pip install optimum-habana==1.16.0\n')).toEqual([]);
  });
});


describe('user facts from audit F', () => {
  it('knows Elastic\'s Elasticsearch image runs as a non-root user', () => {
    expect(ruleFindings('non-root-user', 'FROM docker.elastic.co/elasticsearch/elasticsearch:8.11.2\nCOPY elasticsearch.yml /usr/share/elasticsearch/config/\nEXPOSE 9200\n')).toEqual([]);
  });
});

describe('pins on a release whose archive no longer changes', () => {
  it('are not asked for on frozen Ubuntu, Debian, CentOS and Alpine releases named by the tag, and still on live ones', () => {
    const apt = (from: string) => ruleFindings('apt-pin-versions', `FROM ${from}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n`);
    expect(apt('ubuntu:18.04')).toEqual([]);
    expect(apt('python:3.9-buster')).toEqual([]);
    expect(apt('nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu20.04')).toEqual([]);
    expect(apt('ubuntu:22.04')).toHaveLength(1);
    expect(apt('python:3.12-bookworm')).toHaveLength(1);
    expect(ruleFindings('apk-pin-versions', 'FROM node:18-alpine3.17\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(ruleFindings('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add --no-cache curl\n')).toHaveLength(1);
    expect(ruleFindings('apk-pin-versions', 'FROM alpine:3.9\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(ruleFindings('apk-pin-versions', 'FROM resin/armhf-alpine:3.7\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(ruleFindings('apk-pin-versions', 'FROM arm64v8/alpine:3.23\nRUN apk add --no-cache curl\n')).toHaveLength(1);
    expect(ruleFindings('rpm-pin-versions', 'FROM centos:7\nRUN yum install -y git && yum clean all\n')).toEqual([]);
    expect(apt('mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest')).toEqual([]);
    expect(apt('mcr.microsoft.com/azureml/openmpi5.0-ubuntu24.04:latest')).toHaveLength(1);
    // A deprecated official image's tag that names no release, whose final build stays on a frozen one (neo4j's 3.3
    // template on `openjdk:8-jre-slim`: Debian 11); not a tag whose final build is Oracle Linux or a live bookworm.
    for (const tag of ['8-jre-slim', '8', '11-jdk', '17-slim', 'docker.io/library/openjdk:8-jre']) expect(apt(tag.includes('/') ? tag : `openjdk:${tag}`), tag).toEqual([]);
    expect(ruleFindings('apk-pin-versions', 'FROM openjdk:8-jdk-alpine\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(apt('openjdk:21-slim')).toHaveLength(1);
    // End-of-life Node.js versions' tags stay on their final build's release (docker-node's versions.json): `node:18-alpine`
    // on Alpine 3.21, `node:16` on Debian 10; `node:18` is on the live bookworm, `node:20-alpine` still gets builds.
    const apk = (from: string) => ruleFindings('apk-pin-versions', `FROM ${from}\nRUN apk add --no-cache libc6-compat\n`);
    expect(apk('node:18-alpine')).toEqual([]);
    expect(apk('node:16.20.2-alpine')).toEqual([]);
    expect(apt('node:16')).toEqual([]);
    expect(apt('node:14-slim')).toEqual([]);
    expect(apt('node:18')).toHaveLength(1);
    expect(apk('node:22-alpine')).toHaveLength(1);
    // Node 4, 6 and 8 (docker-node's folders and config before their removal): 8.9 on jessie, `8` and 8.13+ on stretch.
    for (const tag of ['8.9-slim', '8', '8.17.0-slim', '6', '4.9']) expect(apt(`node:${tag}`), tag).toEqual([]);
    expect(apk('node:8-alpine')).toEqual([]);
    expect(apt('node:20.9-slim')).toHaveLength(1);
    // Any official tag no longer built stays on the release of its final build: the entry docker-library's library/
    // file listed it in when it was dropped (golang:1.13 with `1.13.15-buster`; `1.13-alpine` on Alpine 3.12).
    for (const tag of ['golang:1.13', 'golang:1.13.5', 'python:2.7', 'ruby:2.7', 'php:7.4-apache', 'python:3.6-slim']) expect(apt(tag), tag).toEqual([]);
    expect(apk('golang:1.13-alpine')).toEqual([]);
    // Still judged: a tag still built (golang:1.27), one whose final build is on a live release (python:3.8 on
    // bookworm), one whose final entry named no release (golang:1.5, in the format before 2016).
    for (const tag of ['golang:1.27', 'python:3.8', 'golang:1.5']) expect(apt(tag), tag).toHaveLength(1);
    expect(apt('debian:wheezy')).toEqual([]);
    // .NET images of versions out of support, tagged by version alone: 3.1 and 5.0 on Debian 10, 6.0 on Debian 11
    // (dotnet-docker's manifest before each removal); 8.0 is on the live bookworm.
    for (const ref of ['mcr.microsoft.com/dotnet/sdk:6.0', 'mcr.microsoft.com/dotnet/runtime-deps:6.0.36', 'mcr.microsoft.com/dotnet/core/sdk:3.1', 'mcr.microsoft.com/dotnet/aspnet:5.0']) expect(apt(ref), ref).toEqual([]);
    expect(apt('mcr.microsoft.com/dotnet/sdk:8.0')).toHaveLength(1);
    // Mirrors named for the release with their own separators (Google's `gcp-runtimes/ubuntu_20_0_4`, `ubuntu16_04`).
    expect(apt('gcr.io/gcp-runtimes/ubuntu_20_0_4')).toEqual([]);
    expect(apt('launcher.gcr.io/google/ubuntu16_04')).toEqual([]);
    expect(apt('launcher.gcr.io/google/ubuntu2404')).toHaveLength(1);
    // NVIDIA's L4T tags name the Jetson Linux release: r32 is Ubuntu 18.04, r35 Ubuntu 20.04, r36 the live 22.04.
    expect(apt('nvcr.io/nvidia/l4t-jetpack:r35.2.1')).toEqual([]);
    expect(apt('nvcr.io/nvidia/l4t-base:r32.7.1')).toEqual([]);
    expect(apt('nvcr.io/nvidia/l4t-jetpack:r36.4.0')).toHaveLength(1);
    // A rebuild named after them keeps the release (roboflow's `l4t-ml`); a repository merely ending in `l4t` does not.
    expect(apt('roboflow/l4t-ml:r35.2.1-py3.12-cu118-trt-10-v0.0.4-experimental')).toEqual([]);
    expect(apt('acme/tools-l4t:r35.2.1')).toHaveLength(1);
    // NGC releases of 2019 to 2022 run on Ubuntu 18.04 and 20.04; 24.05 on the live 22.04.
    expect(apt('nvcr.io/nvidia/pytorch:20.08-py3')).toEqual([]);
    expect(apt('nvcr.io/nvidia/tritonserver:22.12-py3')).toEqual([]);
    expect(apt('nvcr.io/nvidia/pytorch:24.05-py3')).toHaveLength(1);
    // Ubuntu releases before 14.04, and the interims around it, whose archive moved to old-releases (typesense's
    // `ubuntu:12.04` and `ubuntu:14.10` builders, which point their sources there with `sed`).
    const oldReleases = (from: string) => ruleFindings('apt-pin-versions', `FROM ${from}\nRUN sed -i 's/archive.ubuntu.com/old-releases.ubuntu.com/g' /etc/apt/sources.list\nRUN apt-get update && apt-get install -y build-essential tar\n`);
    expect(oldReleases('ubuntu:12.04')).toEqual([]);
    expect(oldReleases('ubuntu:14.10')).toEqual([]);
    expect(oldReleases('ubuntu:24.04')).toHaveLength(1);
    // openSUSE Leap 15.6 (ended 2026-04-30) and older, also as `opensuse/leap:15`; Leap 16.0 lives on.
    const zypper = (from: string) => ruleFindings('rpm-pin-versions', `FROM ${from}\nRUN zypper --non-interactive install git-core && zypper clean --all\n`);
    for (const from of ['opensuse/leap:15.6', 'docker.io/opensuse/leap:15.5', 'registry.opensuse.org/opensuse/leap:15', 'opensuse/leap:42.3']) expect(zypper(from), from).toEqual([]);
    expect(zypper('opensuse/leap:16.0')).toHaveLength(1);
    // tonistiigi/xx's wrapper appends the target architecture to each word: no version can be given through it.
    expect(ruleFindings('apt-pin-versions', 'FROM debian:12\nRUN xx-apt-get install -y --no-install-recommends gcc libc6-dev\n')).toEqual([]);
  });
  it('are not asked for when FROM names no image at all (a placeholder)', () => {
    expect(ruleFindings('apt-pin-versions', 'FROM Apache Spark 3.4.1\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n')).toEqual([]);
  });
});


describe('samples (isSampleDockerfile)', () => {
  const apt = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
  const apk = 'FROM alpine:3.22\nRUN apk add --no-cache curl\n';
  it('are not asked for exact distribution packages: each reader builds them on their own day', () => {
    expect(ruleFindings('apt-pin-versions', apt, { filePath: 'examples/chat-app/Dockerfile' })).toEqual([]);
    expect(ruleFindings('apk-pin-versions', apk, { filePath: 'docs/tutorials/part1/Dockerfile' })).toEqual([]);
  });
  it('are read from a relative path only, and a folder merely containing the word is not one', () => {
    expect(ruleFindings('apt-pin-versions', apt, { filePath: '/home/me/examples/app/Dockerfile' })).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', apt, { filePath: 'example-service/Dockerfile' })).toHaveLength(1);
  });
  it('keep pip pins asked for', () => {
    expect(ruleFindings('pip-pin-versions', 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n', { filePath: 'examples/app/Dockerfile' })).toHaveLength(1);
  });
});

describe('pins audit H cannot take: Wolfi and purely virtual apt packages', () => {
  it('is silent on Wolfi (Chainguard images), a rolling distribution with no release, and still reports on an Alpine release', () => {
    const wolfi = 'ARG R=cgr.dev\nFROM $R/chainguard/wolfi-base:latest AS deps\nRUN apk add --no-cache curl bash\nFROM deps\nRUN apk add git\nFROM cgr.dev/chainguard/python:latest-dev\nRUN apk add gcc\n';
    expect(ruleFindings('apk-pin-versions', wolfi)).toEqual([]);
    expect(ruleFindings('apk-pin-versions', 'FROM alpine:3.22\nRUN apk add --no-cache curl bash\n')).toHaveLength(1);
    // base-image-tag still asks for the digest: Wolfi has no release tag to name.
    expect(ruleFindings('base-image-tag', 'FROM cgr.dev/chainguard/wolfi-base:latest\nRUN apk add curl\n').map((f) => f.message)).toEqual([
      '`cgr.dev/chainguard/wolfi-base:latest` follows Wolfi, a rolling release that changes with every snapshot; Chainguard publishes no version tags for it, so pin the digest (`@sha256:…`).',
    ]);
  });
  it('names the provider of a purely virtual package, which takes no version', () => {
    const apt = (from: string, pkgs: string) => ruleFindings('apt-pin-versions', `FROM ${from}\nRUN apt-get update && apt-get install -y --no-install-recommends ${pkgs}\n`).map((f) => f.message);
    expect(apt('nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'python3-dev pip')).toEqual([
      '2 apt packages are not pinned: `python3-dev` and `pip`; install each as `name=<version>` (a virtual package takes no version: pin its provider, `python3-pip=<version>` for `pip`).',
    ]);
    expect(apt('debian:12', 'postgresql-contrib-15')).toEqual([
      'apt package `postgresql-contrib-15` is not pinned; it is a virtual package of `postgresql-15` and takes no version, so install `postgresql-15=<version>` instead.',
    ]);
    // binutils-gold is virtual on bookworm only: trixie's is a real package, and a base that names no release keeps the plain advice.
    expect(apt('buildpack-deps:bookworm-scm', 'binutils-gold')[0]).toContain('a virtual package of `binutils`');
    expect(apt('buildpack-deps:trixie-scm', 'binutils-gold')).toEqual(['apt package `binutils-gold` is not pinned; install `binutils-gold=<version>`.']);
    expect(apt('acme/builder:1.0', 'binutils-gold')).toEqual(['apt package `binutils-gold` is not pinned; install `binutils-gold=<version>`.']);
    // The provider named in the same install is the word to pin: the virtual name adds nothing.
    expect(apt('debian:12', 'python3-pip pip')).toEqual(['apt package `python3-pip` is not pinned; install `python3-pip=<version>`.']);
    expect(apt('debian:12', 'python3-pip=23.0.1+dfsg-1 pip')).toEqual([]);
  });
});

describe('build-only stages (systemPackagesShip)', () => {
  const builder = 'FROM python:3.12-slim-bookworm AS build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*\nRUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir psycopg==3.2.3\n';
  it('are not asked for pins when only their products ship: the packages stay behind', () => {
    expect(ruleFindings('apt-pin-versions', `${builder}FROM python:3.12-slim-bookworm\nCOPY --from=build /opt/venv /opt/venv\n`)).toEqual([]);
  });
  it('are when a tree the packages install into is copied out, or the stage ships whole', () => {
    expect(ruleFindings('apt-pin-versions', `${builder}FROM python:3.12-slim-bookworm\nCOPY --from=build /usr/lib/x86_64-linux-gnu/ /usr/lib/x86_64-linux-gnu/\n`)).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', `${builder}FROM build\nCMD ["python"]\n`)).toHaveLength(1);
  });
  it('are not when what is copied out is a program a compiler of the stage wrote there (`go build -o /usr/bin/eventlogger`)', () => {
    const go = (out: string) => `FROM golang:1.26-alpine3.23 AS builder\nRUN apk -U --no-cache add build-base\nWORKDIR /go/src/x\nADD . .\nRUN go build -o ${out} ./cmd\nFROM alpine:3.22\nCOPY --from=builder /usr/bin/eventlogger /usr/bin/eventlogger\nENTRYPOINT ["eventlogger"]\n`;
    expect(ruleFindings('apk-pin-versions', go('/usr/bin/eventlogger'))).toEqual([]);
    // Written elsewhere: the copied /usr/bin program may be a package's own file.
    expect(ruleFindings('apk-pin-versions', go('/tmp/eventlogger'))).toHaveLength(1);
  });
  it('are not when a stage built on them wrote the copied file whole (ollama: `go build -o /bin/ollama` on `FROM base-${TARGETARCH}`)', () => {
    const text = (out: string) =>
      `FROM --platform=linux/arm64 almalinux:8 AS base-arm64\nRUN yum install -y yum-utils epel-release\nFROM base-\${TARGETARCH} AS base\nFROM base AS build\nRUN go build -trimpath -o ${out} .\nFROM scratch AS publish-go\nCOPY --from=build /bin/ollama /bin/ollama\nFROM ubuntu:24.04\nCOPY --from=publish-go /bin /usr/bin\n`;
    expect(ruleFindings('rpm-pin-versions', text('/bin/ollama'))).toEqual([]);
    // Built elsewhere: the copied /bin program may be one the base stage's packages installed.
    expect(ruleFindings('rpm-pin-versions', text('/tmp/ollama')).map((f) => f.range.start.line)).toEqual([2]);
  });
  it('are not when the final FROM names an image whose tag alone is unknown (linkerd\'s `$RUNTIME_IMAGE-$TARGETARCH`), not a stage', () => {
    const text = (runtime: string) =>
      `ARG RUNTIME_IMAGE=${runtime}\nFROM golang:1.26-alpine AS proxy-init\nRUN apk add --no-cache ca-certificates git\nRUN go build -o /out/proxy-init ./proxy-init\nFROM $RUNTIME_IMAGE-$TARGETARCH AS runtime\nCOPY --from=proxy-init /out/proxy-init /usr/lib/linkerd/proxy-init\n`;
    expect(ruleFindings('apk-pin-versions', text('cr.l5d.io/linkerd/proxy-runtime:latest'))).toEqual([]);
    // A default that may name a stage of the file (`proxy-init` with `-` and the architecture): it may be built on it.
    expect(ruleFindings('apk-pin-versions', text('proxy'))).toHaveLength(1);
  });
  it('are not when only the values a conditional COPY\'s variable may take are copied out (qdrant\'s `${DIR:-/null?}`)', () => {
    const text = (dir: string) =>
      `FROM rust:1.88-bookworm AS builder\nRUN apt-get update && apt-get install -y clang lld cmake\nRUN cargo build --release\nFROM debian:13-slim\nARG SOURCES\nENV DIR=\${SOURCES:+${dir}}\nCOPY --from=builder \${DIR:-/null?} $DIR/\nCOPY --from=builder /target/release/qdrant /qdrant/qdrant\n`;
    expect(ruleFindings('apt-pin-versions', text('/usr/local/cargo/registry/src'))).toEqual([]);
    // A value that copies a tree apt installs into: the packages may ship.
    expect(ruleFindings('apt-pin-versions', text('/usr/lib'))).toHaveLength(1);
  });
  it('are not when what is copied out is the sources a stage built under /usr/src or their output', () => {
    const src = 'FROM debian:12-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends cmake g++ && rm -rf /var/lib/apt/lists/*\nWORKDIR /usr/src/vllm\nCOPY . .\nRUN cmake -B build && cmake --build build\n';
    expect(ruleFindings('apt-pin-versions', `${src}FROM debian:12-slim\nCOPY --from=build /usr/src/vllm/build/lib /opt/lib\n`)).toEqual([]);
    // A folder packages install there (googletest, the kernel's headers): still judged.
    expect(ruleFindings('apt-pin-versions', `${src}FROM debian:12-slim\nCOPY --from=build /usr/src/googletest /usr/src/googletest\n`)).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', `${src}FROM debian:12-slim\nCOPY --from=build /usr/src/linux-headers-6.1.0-18-amd64 /usr/src/linux-headers-6.1.0-18-amd64\n`)).toHaveLength(1);
  });
});

describe('samples by their publisher (isSampleDockerfile)', () => {
  it('are every Dockerfile of a repository of a publisher of samples, wherever it sits', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-sample-'));
    const apt = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
    const lintIn = (owner: string) => {
      fs.mkdirSync(path.join(dir, owner, '.git', 'x'), { recursive: true });
      fs.writeFileSync(path.join(dir, owner, '.git', 'config'), `[remote "origin"]\n\turl = https://github.com/${owner}/example-voting-app.git\n`);
      fs.mkdirSync(path.join(dir, owner, 'vote'), { recursive: true });
      const file = path.join(dir, owner, 'vote', 'Dockerfile');
      fs.writeFileSync(file, apt);
      return ruleFindings('apt-pin-versions', apt, { filePath: file, contextDir: path.dirname(file) });
    };
    try {
      expect(lintIn('dockersamples')).toEqual([]);
      expect(lintIn('acme')).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('frozen releases under an architecture namespace', () => {
  it('are frozen as the Official Image itself is (`amd64/ubuntu:18.04` is `ubuntu:18.04`)', () => {
    const apt = (from: string) => ruleFindings('apt-pin-versions', `FROM ${from}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n`);
    expect(apt('amd64/ubuntu:18.04')).toEqual([]);
    expect(apt('arm64v8/debian:buster-slim')).toEqual([]);
    expect(apt('amd64/ubuntu:24.04')).toHaveLength(1);
    expect(apt('acme/ubuntu:18.04')).toHaveLength(1);
  });
});

describe('packages from a PPA that keeps only its newest upload', () => {
  it('are not asked for pins (deadsnakes\' python3.12, also added in the stage built on), other packages are', () => {
    const base = 'FROM ubuntu:22.04 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends software-properties-common=0.99.22.9 && add-apt-repository ppa:deadsnakes/ppa && apt-get update\nFROM base\n';
    expect(ruleFindings('apt-pin-versions', `${base}RUN apt-get install -y --no-install-recommends python3.12 python3.12-dev libpython3.12\n`)).toEqual([]);
    expect(ruleFindings('apt-pin-versions', `${base}RUN apt-get install -y --no-install-recommends python3.12 curl\n`).map((f) => f.message)).toEqual(['apt package `curl` is not pinned; install `curl=<version>`.']);
    // jammy's own Python comes from the release's archive, not the PPA.
    expect(ruleFindings('apt-pin-versions', `${base}RUN apt-get install -y --no-install-recommends python3.10 python3.10-dev\n`)).toHaveLength(1);
    // Without the PPA, python3.12 is the release's own package (Ubuntu 24.04's): reported.
    expect(ruleFindings('apt-pin-versions', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3.12\n')).toHaveLength(1);
  });
  it('knows the Wireshark developers\' stable PPA (jessfraz\'s wireshark image on xenial): its packages, not the release\'s others', () => {
    const ppa = 'FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y software-properties-common --no-install-recommends && add-apt-repository ppa:wireshark-dev/stable && apt-get update && apt-get install -y';
    expect(ruleFindings('apt-pin-versions', `${ppa} wireshark tshark libwireshark-dev\n`)).toEqual([]);
    // Other packages of the same install come from xenial's archive or another source added in the RUN: still reported.
    expect(ruleFindings('apt-pin-versions', `${ppa} wireshark curl\n`).map((f) => f.message)).toEqual(['apt package `curl` is not pinned; install `curl=<version>`.']);
    // wireshark without the PPA on a live release is the release's own package.
    expect(ruleFindings('apt-pin-versions', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends wireshark\n')).toHaveLength(1);
  });
});

describe('an install for another distribution family than the base\'s', () => {
  it('is not asked for pins: it runs only under a base the build passes instead, or never', () => {
    const redpanda = 'ARG OS=fedora\nARG VERSION=38\nFROM ${OS}:${VERSION}\nRUN dnf install -y wget || { apt-get update && apt install -y wget; }\n';
    expect(ruleFindings('apt-pin-versions', redpanda)).toEqual([]);
    expect(ruleFindings('rpm-pin-versions', redpanda)).toHaveLength(1);
    expect(ruleFindings('apk-pin-versions', 'FROM ubuntu:24.04\nRUN apk add --no-cache curl || apt-get install -y curl=8.5.0-2ubuntu10\n')).toEqual([]);
    // The base's own family, or a base whose family is not known, stays judged.
    expect(ruleFindings('apt-pin-versions', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y wget\n')).toHaveLength(1);
    expect(ruleFindings('apt-pin-versions', 'FROM acme/base:1\nRUN apt-get update && apt-get install -y wget\n')).toHaveLength(1);
  });
});

describe('PyTorch 1.x images', () => {
  it('are on Ubuntu 18.04, a frozen archive; the 2.x images are not judged frozen', () => {
    const apt = (from: string) => ruleFindings('apt-pin-versions', `FROM ${from}\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n`);
    expect(apt('pytorch/pytorch:1.8.1-cuda10.2-cudnn7-devel')).toEqual([]);
    expect(apt('pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime')).toEqual([]);
    expect(apt('pytorch/pytorch:2.4.1-cuda12.1-cudnn9-runtime')).toHaveLength(1);
  });
});
