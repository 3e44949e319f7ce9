import { describe, expect, it } from 'vitest';
import { fixtureFindings, positions, ruleFindings } from './helpers.js';

const severities = (f: { severity: string }[]): string[] => f.map((x) => x.severity);

describe('official-base-image', () => {
  it('reads Docker Hub\'s mirrors as the images they copy (Google\'s pull-through cache, ECR Public\'s official images)', () => {
    expect(ruleFindings('official-base-image', 'FROM mirror.gcr.io/library/mongo:7.0\nFROM mirror.gcr.io/library/redis:7-alpine\nFROM public.ecr.aws/docker/library/python:3.12-slim\n')).toEqual([]);
    // What the mirror copies is judged as on Docker Hub: an unknown account stays unknown.
    expect(ruleFindings('official-base-image', 'FROM mirror.gcr.io/someone/tool:1.0\n')).toHaveLength(1);
    // Google's Artifact Foundry copies of the official images (cloud-builders' `…/docker-3p-trusted/golang@sha256:…`);
    // a name there that is no official image stays that registry's own, and the retired ones are reported as such.
    const foundry = 'us-docker.pkg.dev/artifact-foundry-prod/docker-3p-trusted';
    expect(ruleFindings('official-base-image', `FROM ${foundry}/golang@sha256:${'a'.repeat(64)} AS build\nFROM ${foundry}/python:3.12.3-alpine3.18\n`)).toEqual([]);
    expect(ruleFindings('official-base-image', `FROM ${foundry}/acme-tool:1\n`)).toHaveLength(1);
    // An organisation's own registry keeps copies named as the official images (MLRun's `gcr.io/iguazio/python`, a
    // private ECR's `golang`); a community registry, where anyone opens any account, does not say so.
    expect(ruleFindings('official-base-image', 'FROM gcr.io/iguazio/python:3.9-slim\nFROM us-docker.pkg.dev/someone/docker-3p-trusted/golang:1\nFROM 123456789012.dkr.ecr.us-east-1.amazonaws.com/node:22\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/someone/python:3.12\nFROM quay.io/someone/golang:1\nFROM public.ecr.aws/someone/ubuntu:24.04\nFROM gcr.io/iguazio/pyhton:3.9\n')).toHaveLength(4);
    expect(ruleFindings('official-base-image', `FROM ${foundry}/centos:7\n`)[0]!.message).toContain('retired Docker Official Image');
    // A tool's release image a stage takes only the tool's binary out of, copied or mounted (docker/buildx's undock
    // and go-mod-outdated); Chainguard's own Docker Hub namespace, as its cgr.dev registry.
    expect(ruleFindings('official-base-image', 'ARG UNDOCK_VERSION=0.9.0\nFROM crazymax/undock:${UNDOCK_VERSION} AS undock\nFROM golang:1.24-alpine\nCOPY --link --from=undock /usr/local/bin/undock /usr/bin/\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM psampaz/go-mod-outdated:v0.9.0 AS go-mod-outdated\nFROM golang:1.24-alpine AS outdated\nRUN --mount=from=go-mod-outdated,source=/usr/bin/go-mod-outdated,target=/usr/bin/go-mod-outdated go list -u -m -json all | go-mod-outdated -direct\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM docker.io/chainguard/bash:latest AS unzip\nRUN unzip -q /tmp/a.zip -d /\nFROM chainguard/wolfi-base\n')).toEqual([]);
    // Other files taken out of it, a stage built on it, or an image run itself: a base like any other.
    expect(positions(ruleFindings('official-base-image', 'FROM crazymax/undock:0.9.0 AS undock\nFROM alpine:3.21\nCOPY --from=undock / /\n'))).toEqual([[1, 6]]);
    expect(positions(ruleFindings('official-base-image', 'FROM crazymax/undock:0.9.0 AS undock\nRUN undock --help\nFROM alpine:3.21\nCOPY --from=undock /usr/local/bin/undock /usr/bin/\n'))).toEqual([[1, 6]]);
    expect(positions(ruleFindings('official-base-image', 'FROM someone/kubectl-tools:1.0 AS tools\nFROM alpine:3.21\nCOPY --from=tools /usr/bin/kubectl /usr/bin/\n'))).toEqual([[1, 6]]);
    expect(positions(ruleFindings('official-base-image', 'FROM crazymax/undock:0.9.0\n'))).toEqual([[1, 6]]);
    // Oracle's own registry serves only Oracle's products.
    expect(ruleFindings('official-base-image', 'FROM container-registry.oracle.com/mysql/community-server:8.4\n')).toEqual([]);
    // A project's release image under its author's account, as its documentation pulls it.
    expect(ruleFindings('official-base-image', 'FROM chrislusf/seaweedfs:3.80\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM chrislusf/other:1\n')).toHaveLength(1);
    // Fluent Bit's and Google's Inverting Proxy's own release images; not the rest of their account or registry project.
    expect(ruleFindings('official-base-image', 'FROM fluent/fluent-bit:3.2.2\nFROM gcr.io/inverting-proxy/agent@sha256:' + 'a'.repeat(64) + '\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM fluent/other:1\nFROM gcr.io/inverting-proxy/other:1\n')).toHaveLength(2);
    // Huawei's AscendHub on its cloud registry, in any region; not another namespace there.
    expect(ruleFindings('official-base-image', 'FROM swr.cn-south-1.myhuaweicloud.com/ascendhub/cann:8.3.rc1-910b-ubuntu22.04-py3.11\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM swr.cn-south-1.myhuaweicloud.com/someone/cann:8.3\n')).toHaveLength(1);
    // GraalVM's own images in its GitHub organisation's registry (apache/kafka's native image builds on it); not another account there.
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/graalvm/graalvm-community:21 AS build-native-image\nFROM ghcr.io/graalvm/native-image-community:21\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/graalvm-fan/graalvm-community:21\n')).toHaveLength(1);
    // verl's release images and Google Colab's runtime image.
    expect(ruleFindings('official-base-image', 'FROM verlai/verl:app-verl0.4-vllm0.8.5-mcore0.12.2-te2.2\nFROM us-docker.pkg.dev/colab-images/public/runtime:latest\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM verlai/other:1\nFROM us-docker.pkg.dev/colab-images/public/other:1\n')).toHaveLength(2);
    // Deno's and Swagger UI's own official images; not other images of those accounts.
    expect(ruleFindings('official-base-image', 'FROM denoland/deno:bin-2.1.4 AS deno\nFROM swaggerapi/swagger-ui:v5.9.1 AS swagger-ui\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM denoland/other:1\nFROM swaggerapi/other:1\n')).toHaveLength(2);
    // Material for MkDocs' own image (NVIDIA/nv-ingest's docs build on it); not another image of its author's account.
    expect(ruleFindings('official-base-image', 'FROM squidfunk/mkdocs-material:9.6.14\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM squidfunk/other:1\n')).toHaveLength(1);
    // Pyodide's own build environment and the Operator Framework's Helm operator base; not another account of either registry.
    expect(ruleFindings('official-base-image', 'FROM pyodide/pyodide-env:20221102-chrome107-firefox106\nFROM quay.io/operator-framework/helm-operator:v1.39.2\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM pyodide-fan/pyodide-env:1\nFROM quay.io/someone/helm-operator:v1.39.2\n')).toHaveLength(2);
    // Elastic's own registry (the official elasticsearch image's base), Skopeo's and K3s's release images, cargo-chef's image.
    expect(
      ruleFindings('official-base-image', 'FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.8\nFROM quay.io/skopeo/stable:v1.17\nFROM rancher/k3s:v1.31.4-k3s1\nFROM lukemathwalker/cargo-chef:latest-rust-1.85 AS chef\n'),
    ).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM rancher/other:1\nFROM lukemathwalker/other:1\n')).toHaveLength(2);
    // Pathway's own release image (GenAIComps' third_parties/pathway); not another image of the account.
    expect(ruleFindings('official-base-image', 'FROM pathwaycom/pathway:0.13.2-slim\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM pathwaycom/other:1\n')).toHaveLength(1);
    expect(ruleFindings('official-base-image', 'FROM google/cloud-sdk:slim\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM mpioperator/intel:0.6.0\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM google/other:1\n')).toHaveLength(1);
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/gardenlinux/gardenlinux:1877.3\n')).toEqual([]);
    // GitHub's Actions Runner image (ARC's documented base) and the curl project's own image; not a look-alike owner.
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/actions/actions-runner:2.328.0\nFROM curlimages/curl:8.15.0\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM ghcr.io/actions-fork/actions-runner:2\nFROM curlimage/curl:8\n')).toHaveLength(2);
    // Google's Cloud Build builders and Marketplace bases, the Pandoc project's and Aqua Security's own images; not
    // a Cloud customer's project on gcr.io, nor another namespace of launcher.gcr.io, nor look-alike accounts.
    expect(ruleFindings('official-base-image', 'FROM gcr.io/cloud-builders/gcloud\nFROM launcher.gcr.io/google/ubuntu16_04\nFROM pandoc/core:3.1\nFROM aquasec/trivy:0.50.1\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM gcr.io/my-project/cloud-builders:1\nFROM launcher.gcr.io/acme/app:1\nFROM pandocs/core:3\nFROM aquasecurity-fan/trivy:1\n')).toHaveLength(4);
    // And its defaults carry over: the official mongo image's entrypoint steps down to `mongodb`.
    expect(ruleFindings('non-root-user', 'FROM mirror.gcr.io/library/mongo:7.0\nCOPY mongod.conf /etc/\n')).toEqual([]);
  });
  it('reads DaoCloud\'s mirrors of Docker Hub and quay.io as the images they copy, and keeps settings that name the mirror', () => {
    const ok = 'FROM docker.m.daocloud.io/vllm/vllm-openai:v0.21.0\nFROM quay.m.daocloud.io/ascend/vllm-ascend:v0.11.0\nFROM m.daocloud.io/docker.io/library/busybox:1.37\nFROM docker.m.daocloud.io/library/python:3.12\n';
    expect(ruleFindings('official-base-image', ok)).toEqual([]);
    // The mirrored image is judged as itself: an unknown account stays unknown, a frozen registry stays frozen.
    const f = ruleFindings('official-base-image', 'FROM docker.m.daocloud.io/someone/tool:1\nFROM quay.m.daocloud.io/someone/app:1\nFROM k8s-gcr.m.daocloud.io/pause:3.2\n');
    expect(f.map((x) => x.message.slice(0, 30))).toEqual(['`someone/tool` is not a Docker', '`quay.io/someone/app` is not a', '`k8s.gcr.io` is a registry its']);
    // Not a mirror: a host merely named like one, and an unknown host's path.
    expect(ruleFindings('official-base-image', 'FROM docker.m.daocloud.io.evil.com/vllm/vllm-openai:1\nFROM docker.1ms.run/wjie520/vllm_kunlun:v0.10.1\n')).toHaveLength(2);
    expect(ruleFindings('official-base-image', 'FROM docker.m.daocloud.io/someone/tool:1\n', { settings: { trustedRegistries: ['docker.m.daocloud.io'], trustedImages: [] } })).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM quay.m.daocloud.io/someone/app:1\n', { settings: { trustedRegistries: [], trustedImages: ['quay.m.daocloud.io/someone/*'] } })).toEqual([]);
  });
  it('trusts a tool\'s own release image, published under its GitHub organisation\'s name or its documented namespace, not other images there', () => {
    const digest = '@sha256:' + 'a'.repeat(64);
    const ok = `FROM anchore/syft:v1.51.0${digest} AS syft\nFROM gcr.io/projectsigstore/cosign:v3.1.3${digest} AS cosign\nFROM ghcr.io/anchore/syft:v1\nFROM ghcr.io/hadolint/hadolint:v2.12.0 AS hadolint\nFROM koalaman/shellcheck:stable AS shellcheck\nFROM ghcr.io/goreleaser/goreleaser:v2\n`;
    expect(ruleFindings('official-base-image', ok)).toEqual([]);
    // Another account's copy, another project's cosign, another image of the tool's account, or a Cloud project named as the organisation.
    const bad = 'FROM someone/syft:v1\nFROM gcr.io/someproject/cosign:v3\nFROM anchore/enterprise:5\nFROM gcr.io/anchore/syft:v1\nFROM anchore-fan/syft:v1\n';
    expect(positions(ruleFindings('official-base-image', bad))).toEqual([[1, 6], [2, 6], [3, 6], [4, 6], [5, 6]]);
  });
  it('trusts the GPU vendors\' own registries (Moore Threads, MetaX, Hygon\'s SourceFind) and LMDeploy\'s dlinfer images, not other namespaces there', () => {
    const ok =
      'FROM registry.mthreads.com/mcconline/vllm-musa-qy2-py310:v0.8.4-release\nFROM cr.metax-tech.com/public-ai-release/maca/vllm:maca.ai3.1.0.7-torch2.6-py310-ubuntu22.04-amd64\n' +
      'FROM harbor.sourcefind.cn:5443/dcu/admin/base/vllm:0.9.2-ubuntu22.04-dtk25.04.2\nFROM image.sourcefind.cn:5000/dcu/admin/base/pytorch:2.3.0-ubuntu22.04-dtk24.04.3-py3.10\n' +
      'FROM crpi-4crprmm5baj1v8iv.cn-hangzhou.personal.cr.aliyuncs.com/lmdeploy_dlinfer/camb:mineru25\n';
    expect(ruleFindings('official-base-image', ok)).toEqual([]);
    const bad =
      'FROM registry.mthreads.com/someone/vllm:1\nFROM cr.metax-tech.com/someone/vllm:1\nFROM harbor.sourcefind.cn:5443/dcu/someone/vllm:1\nFROM harbor.sourcefind.cn/dcu/admin/base/vllm:1\n' +
      'FROM crpi-4crprmm5baj1v8iv.cn-hangzhou.personal.cr.aliyuncs.com/someone/camb:1\nFROM crpi-other.cn-hangzhou.personal.cr.aliyuncs.com/lmdeploy_dlinfer/camb:1\n';
    expect(ruleFindings('official-base-image', bad)).toHaveLength(6);
  });
  it('sends a frozen registry to where its publisher moved, and trusts SUSE\'s own registry', () => {
    const f = ruleFindings('official-base-image', 'FROM k8s.gcr.io/kube-state-metrics/kube-state-metrics:v2.1.0\n');
    expect(f.map((x) => x.message)).toEqual([
      '`k8s.gcr.io` is a registry its publisher has moved away from (frozen since April 2023: no new tags, no security fixes); pull `registry.k8s.io/kube-state-metrics/kube-state-metrics` instead.',
    ]);
    expect(ruleFindings('official-base-image', 'FROM gcr.io/google-containers/pause:3.2\n')[0]!.message).toContain('pull `registry.k8s.io/pause` instead');
    expect(ruleFindings('official-base-image', 'FROM registry.suse.com/suse/sle15:15.3\nFROM registry.suse.com/bci/python:3.11\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM registry.suse.com.evil.io/suse/sle15:15.3\n')).toHaveLength(1);
    // Canonical's Ubuntu and AWS's Lambda Web Adapter on ECR Public; not any account there.
    expect(ruleFindings('official-base-image', 'FROM public.ecr.aws/ubuntu/ubuntu:24.04\nFROM public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 AS adapter\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM public.ecr.aws/someone/ubuntu:24.04\n')).toHaveLength(1);
    // Debian's and AlmaLinux's own accounts there too (openobserve's `public.ecr.aws/debian/debian`); not a look-alike.
    expect(ruleFindings('official-base-image', 'FROM public.ecr.aws/debian/debian:bookworm-slim\nFROM public.ecr.aws/almalinux/almalinux:9\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM public.ecr.aws/debian-builds/debian:bookworm-slim\n')).toHaveLength(1);
  });
  it('trusts the vendors\' workstation bases (Cloud Workstations\' predefined images, Gitpod\'s workspaces) and the Nix project\'s image, not look-alikes', () => {
    const ok =
      'FROM us-west1-docker.pkg.dev/cloud-workstations-images/predefined/base:latest\nFROM us-central1-docker.pkg.dev/cloud-workstations-images/predefined/code-oss:latest\n' +
      'FROM gitpod/workspace-postgres\nFROM nixos/nix:2.18.8\nFROM ghcr.io/nixos/nix:2.24.9\n';
    expect(ruleFindings('official-base-image', ok)).toEqual([]);
    // Another Cloud project in the same registry, another image of Gitpod's account, a look-alike namespace of each.
    const bad = 'FROM us-west1-docker.pkg.dev/someone/predefined/base:latest\nFROM gitpod/other:1\nFROM gitpdo/workspace-full\nFROM nixso/nix:2.18.8\nFROM someone/nix:1\n';
    const f = ruleFindings('official-base-image', bad);
    expect(positions(f)).toEqual([[1, 6], [2, 6], [3, 6], [4, 6], [5, 6]]);
    expect(f[3]!.message).toBe('`nixso/nix` is not from a trusted publisher, though its name is one typo away; did you mean `nixos/nix`?');
  });
  it('trusts a Docker Hub account named after the one product it publishes, not that name under another account', () => {
    expect(ruleFindings('official-base-image', 'FROM postgrest/postgrest:v12.2.3\nFROM pypiserver/pypi-server:v2\nFROM horovod/horovod:0.28.1\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM cypress/browsers:node-22.14.0-chrome-133\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM someone/postgrest:v12\nFROM ghcr.io/postgrest/postgrest:v12\n')).toHaveLength(2);
  });
  it('flags typos, third-party and retired images, and resolves ARG defaults', () => {
    const f = fixtureFindings('official-base-image', 'rules/official-base-image/bad.Dockerfile');
    expect(positions(f)).toEqual([[2, 6], [3, 6], [4, 6], [5, 6], [6, 6], [7, 6], [9, 6], [10, 6]]);
    expect(f[0]!.message).toBe('`pyhton` is not a Docker Official Image; did you mean `python`?');
    expect(f[1]!.message).toContain('did you mean `ubuntu`?');
    expect(f[2]!.message).toContain('`someuser/pytorch-cuda` is not a Docker Official Image nor from a trusted publisher');
    expect(f[2]!.message).toContain('`trustedImages` setting (`someuser/pytorch-cuda`, or `someuser/*` for every image of `someuser`)');
    // The narrowest settings only: never a public registry as a whole.
    expect(f[3]!.message).toContain('`trustedImages` setting (`ghcr.io/acme/ml-base`, or `ghcr.io/acme/*` for every image of `ghcr.io/acme`)');
    for (const x of f) expect(x.message).not.toMatch(/`(docker\.io|ghcr\.io)`/);
    expect(f[4]!.message).toContain('`centos` is a retired Docker Official Image');
    expect(f[4]!.message).toContain('`rockylinux`');
    expect(f[5]!.message).toContain('`randomorg/llm-runtime`');
    expect(f[0]!.range.end).toEqual({ line: 2, column: 22 });
  });
  it('is silent on official, vendor, stage, scratch, local, parameterised-registry and unresolved images', () => {
    expect(fixtureFindings('official-base-image', 'rules/official-base-image/good.Dockerfile')).toEqual([]);
  });
  it('names the image meant for a bare AI name, and typos of trusted publishers and their repositories', () => {
    const msg = (from: string): string[] => ruleFindings('official-base-image', `FROM ${from}\n`).map((f) => f.message);
    expect(msg('pytorch:2.5.1')).toEqual([
      '`pytorch` is not a Docker Official Image: Docker Hub has no `library/pytorch`, so this pulls nothing unless you build an image of that name locally; the published image is `pytorch/pytorch`.',
    ]);
    expect(msg('cuda:12.4.1-runtime-ubuntu22.04')[0]).toContain('the published image is `nvidia/cuda`');
    expect(msg('tensorflow')[0]).toContain('`tensorflow/tensorflow`');
    expect(msg('vllm')[0]).toContain('`vllm/vllm-openai`');
    expect(msg('ollama')[0]).toContain('`ollama/ollama`');
    expect(msg('nvidai/cuda:12.4.1-base-ubuntu22.04')).toEqual(['`nvidai/cuda` is not from a trusted publisher, though its name is one typo away; did you mean `nvidia/cuda`?']);
    expect(msg('nvcr.io/nvida/pytorch:24.05-py3')[0]).toContain('did you mean `nvcr.io/nvidia/pytorch`?');
    expect(msg('pytorch/pytroch:2.5.1-cuda12.4-cudnn9-runtime')).toEqual(['`pytorch/pytroch` is not one of the images its publisher is known for, and one typo away from one; did you mean `pytorch/pytorch`?']);
    expect(msg('vllm/vllm-opeanai')[0]).toContain('did you mean `vllm/vllm-openai`?');
    // Right spellings, other repositories of a trusted publisher, and look-alike owners of other repositories.
    for (const ok of ['pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime', 'nvidia/cuda:12.4.1-base-ubuntu22.04', 'pytorch/torchserve', 'nvidia/k8s-device-plugin', 'nvcr.io/nvidia/tritonserver:24.05-py3', 'my-base']) {
      expect(msg(ok)).toEqual([]);
    }
    expect(msg('dockur/windows')[0]).not.toContain('did you mean');
  });
  it('trusts Verified Publisher and Sponsored OSS namespaces and projects\' own registries, not look-alikes', () => {
    const msg = (from: string): string[] => ruleFindings('official-base-image', `FROM ${from}\n`).map((f) => f.message);
    // Google's OSS-Fuzz builders, which OSS-Fuzz and ClusterFuzzLite require (`.clusterfuzzlite/Dockerfile`).
    for (const ok of ['apache/spark:3.5.3', 'apache/airflow:2.10.3', 'grafana/grafana:11.3.0', 'quay.io/fedora/fedora:41', 'tonistiigi/xx:1.5.0', 'otel/weaver:v0.10.0', 'gcr.io/oss-fuzz-base/base-builder-python', 'gcr.io/oss-fuzz-base/base-runner:v1', 'ghcr.io/open-telemetry/obi-generator:0.2.11', 'ghcr.io/open-telemetry/opentelemetry-ebpf-instrumentation/ebpf-instrument:v0.2.0']) {
      expect(msg(ok), ok).toEqual([]);
    }
    // The OpenTelemetry project's registry is its GitHub organisation's: not another account there, nor another registry.
    for (const bad of ['apache-foundation/spark:3.5.3', 'tonistiigi/other:1', 'quay.io/fedoraproject/fedora:41', 'gcr.io/oss-fuzz-someone/base-builder', 'oss-fuzz-base/base-builder', 'ghcr.io/open-telemetry-fork/obi-generator:0.2.11', 'quay.io/open-telemetry/obi-generator:0.2.11']) expect(msg(bad), bad).toHaveLength(1);
  });
  it('keeps bare AI names apart from Docker Official Images', async () => {
    const { BARE_NAME_MEANS } = await import('../src/knowledge/trusted-images.js');
    const { OFFICIAL_IMAGES } = await import('../src/knowledge/generated/official-images.js');
    expect([...BARE_NAME_MEANS.keys()].filter((n) => OFFICIAL_IMAGES.includes(n))).toEqual([]);
  });
  it('honours trustedRegistries and trustedImages settings', () => {
    const text = 'FROM ghcr.io/acme/ml-base:1.4\nFROM someuser/pytorch-cuda:2.1\nFROM quay.io/acme/team/tool:1\n';
    expect(positions(ruleFindings('official-base-image', text))).toEqual([[1, 6], [2, 6], [3, 6]]);
    expect(ruleFindings('official-base-image', text, { settings: { trustedRegistries: ['ghcr.io'], trustedImages: ['someuser/*', 'quay.io/acme/*'] } })).toEqual([]);
    expect(positions(ruleFindings('official-base-image', text, { settings: { trustedRegistries: ['ghcr.io/other'], trustedImages: ['someuser/other'] } }))).toEqual([[1, 6], [2, 6], [3, 6]]);
    // A tag in the glob must match too; docker.io/library spellings are the same image.
    expect(ruleFindings('official-base-image', 'FROM someuser/x:1.2\n', { settings: { trustedImages: ['docker.io/someuser/x:1.*'] } })).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM someuser/x:2.0\n', { settings: { trustedImages: ['someuser/x:1.*'] } })).toHaveLength(1);
    expect(ruleFindings('official-base-image', 'FROM someuser/x:2.0\n', { settings: { trustedRegistries: ['docker.io'] } })).toEqual([]);
  });
  it('suggests the image alone for an image without namespace on a public registry, the registry for a private one', () => {
    const f = ruleFindings('official-base-image', 'FROM ghcr.io/solo:1\nFROM reg.example.com/app:1\n');
    expect(f[0]!.message).toContain('`trustedImages` setting (`ghcr.io/solo`)');
    expect(f[1]!.message).toContain('`reg.example.com/*` for every image of `reg.example.com`');
  });
  it('is silent on images of a registry on the build machine', () => {
    expect(ruleFindings('official-base-image', 'FROM localhost:5000/acme/base:1\nFROM 127.0.0.1:5000/base\n')).toEqual([]);
  });
  it('takes the per-architecture Docker Hub namespaces of official images as official', () => {
    const text = 'FROM arm64v8/alpine:3.20\nFROM arm32v7/debian:12\nFROM i386/ubuntu:22.04\nFROM winamd64/python:3.12\nFROM s390x/golang:1.23\n';
    expect(ruleFindings('official-base-image', text)).toEqual([]);
    // Only official repositories: another image under such a namespace is a third-party one.
    expect(positions(ruleFindings('official-base-image', 'FROM arm64v8/myapp:1\nFROM someuser/alpine:3.20\n'))).toEqual([[1, 6], [2, 6]]);
    // A retired image's per-architecture build is retired too, not "not official".
    expect(ruleFindings('official-base-image', 'FROM arm64v8/centos:7\n')[0]!.message).toContain('`arm64v8/centos` is a retired Docker Official Image');
  });
  it('is silent when the whole reference comes from an ARG, and reads a quoted reference without its quotes', () => {
    const text = 'ARG BASE_IMAGE=someuser/img:1\nARG base_image=debain\nFROM ${BASE_IMAGE}\nFROM "${base_image}"\nFROM ${BASE_IMAGE:-foo/bar}\n';
    expect(ruleFindings('official-base-image', text)).toEqual([]);
    // A variable in the tag or after the namespace leaves the publisher known.
    const known = 'ARG T=3.12\nFROM pyhton:${T}\nFROM someuser/x${T}:1\nFROM "debain"\n';
    const f = ruleFindings('official-base-image', known);
    expect(positions(f)).toEqual([[2, 6], [3, 6], [4, 6]]);
    expect(f[2]!.message).toBe('`debain` is not a Docker Official Image; did you mean `debian`?');
  });
  it('does not guess a typo for short local names', () => {
    expect(ruleFindings('official-base-image', 'FROM base\nFROM app:dev\nFROM mynginx\n')).toEqual([]);
    expect(ruleFindings('official-base-image', 'FROM python3:3.12\n')[0]!.message).toContain('did you mean `python`?');
  });
});

describe('gpu-base-tag', () => {
  it('flags impossible tags as errors and end-of-life or floating ones as warnings', () => {
    const f = fixtureFindings('gpu-base-tag', 'rules/gpu-base-tag/bad.Dockerfile');
    expect(positions(f)).toEqual([[1, 6], [2, 6], [3, 6], [4, 6], [5, 6], [6, 6], [7, 6], [8, 6], [9, 6], [10, 6], [11, 6], [12, 6], [13, 6], [14, 6]]);
    expect(severities(f)).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'error', 'error', 'error', 'warning', 'warning', 'error', 'error', 'warning']);
  });
  it('leaves a tag part filled by an empty placeholder argument to the build, not an optional suffix', () => {
    // NVIDIA's driver images: `ARG CUDA_DIST=''`, the Makefile always passes ubi8 or ubi9.
    expect(ruleFindings('gpu-base-tag', "ARG CUDA_DIST=''\nFROM nvcr.io/nvidia/cuda:12.6.2-base-${CUDA_DIST}\n")).toEqual([]);
    expect(ruleFindings('gpu-base-tag', 'ARG CUDA_DIST=\nFROM nvidia/cuda:12.6.3-base-$CUDA_DIST\n')).toEqual([]);
    // An empty suffix glued to a part names the image without it: judged as written.
    expect(ruleFindings('gpu-base-tag', 'ARG SUFFIX=\nFROM nvidia/cuda:12.6.2-base-ubuntu24.04${SUFFIX}\n')).toHaveLength(1);
    expect(ruleFindings('gpu-base-tag', 'ARG CUDA_DIST=ubuntu24.04\nFROM nvidia/cuda:12.6.2-base-${CUDA_DIST}\n')).toHaveLength(1);
  });
  it('knows the NGC tag grammar `<YY.MM>-<variant>` and each image\'s variants', () => {
    const msg = (ref: string): string[] => ruleFindings('gpu-base-tag', `FROM ${ref}\n`).map((f) => `${f.severity}: ${f.message}`);
    expect(msg('nvcr.io/nvidia/pytorch:24.05')).toEqual([
      'error: `nvcr.io/nvidia/pytorch:24.05` is not a published tag: NGC tags name a variant after the release (`<YY.MM>-py3`); did you mean `nvcr.io/nvidia/pytorch:24.05-py3`?',
    ]);
    expect(msg('nvcr.io/nvidia/tensorflow:24.05-py3-tf2')[0]).toContain('use `nvcr.io/nvidia/tensorflow:24.05-tf2-py3`');
    expect(msg('nvcr.io/nvidia/tritonserver:24.05-trtllm-py3')[0]).toMatch(/^warning: .*use `nvcr\.io\/nvidia\/tritonserver:24\.05-trtllm-python-py3`/);
    expect(msg('nvcr.io/nvidia/pytorch:24.13-py3')[0]).toContain('`24.13` is not a year and month');
    for (const ok of ['pytorch:24.08-py3', 'pytorch:24.08-py3-igpu', 'tensorflow:23.03-tf1-py3', 'tensorflow:19.02-py2', 'tritonserver:25.12-trtllm-python-py3', 'tritonserver:24.05-py3-igpu-sdk', 'tensorrt:24.05-py3', 'tritonserver:20.09-py3-clientsdk', 'tritonserver:20.11-py3-clientsdk']) {
      expect(msg(`nvcr.io/nvidia/${ok}`)).toEqual([]);
    }
    // Triton's client SDK image was `-py3-clientsdk` through 20.11, `-py3-sdk` after (DeepLearningExamples' DLRM uses 20.09-py3-clientsdk).
    expect(msg('nvcr.io/nvidia/tritonserver:21.02-py3-clientsdk')[0]).toMatch(/^warning: .*was renamed `-py3-sdk` after 20\.11.*use `nvcr\.io\/nvidia\/tritonserver:21\.02-py3-sdk`/);
  });
  it('names valid tags for the seed example', () => {
    const [f] = ruleFindings('gpu-base-tag', 'FROM pytorch/pytorch:2.10-cuda12.1-cudnn8\n');
    expect(f!.severity).toBe('error');
    expect(f!.message).toBe(
      '`pytorch/pytorch:2.10-cuda12.1-cudnn8` is not a published tag: torch versions are written in full (`2.10.0`, not `2.10`); did you mean `pytorch/pytorch:2.10.0-cuda12.6-cudnn9-runtime` (also `2.10.0-cuda12.8-cudnn9-runtime`, `2.10.0-cuda13.0-cudnn9-runtime`)?',
    );
    expect(f!.range).toEqual({ start: { line: 1, column: 6 }, end: { line: 1, column: 42 } });
  });
  it('suggests the nearest nvidia/cuda tag', () => {
    const msg = (tag: string): string => ruleFindings('gpu-base-tag', `FROM nvidia/cuda:${tag}\n`)[0]!.message;
    expect(msg('12.1-runtime')).toBe('`nvidia/cuda:12.1-runtime` is not a published tag: two-part versions such as `12.1` were deleted; did you mean `nvidia/cuda:12.1.1-runtime-ubuntu22.04`?');
    expect(msg('12.4.1-cudnn9-runtime-ubuntu22.04')).toContain('did you mean `nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04`?');
    expect(msg('12.2.2-cudnn9-devel-ubuntu22.04')).toContain('did you mean `nvidia/cuda:12.2.2-cudnn8-devel-ubuntu22.04`?');
    expect(msg('12.4.0-cudnn-runtime-ubuntu22.04')).toContain('CUDA 12.4.0 has no cuDNN images; did you mean `nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04`?');
    expect(msg('12.7.0-runtime-ubuntu22.04')).toContain('CUDA 12.7 was never released; did you mean `nvidia/cuda:12.8.1-runtime-ubuntu22.04`?');
    expect(msg('12.1.1-runtime-ubuntu24.04')).toContain('no `ubuntu24.04` images for CUDA 12.1.1; did you mean `nvidia/cuda:12.1.1-runtime-ubuntu22.04`?');
    expect(msg('13.0.2-runtime-ubuntu20.04')).toContain('did you mean `nvidia/cuda:13.0.2-runtime-ubuntu24.04`?');
    expect(msg('12.2.2-cudnn8-base-ubuntu22.04')).toContain('did you mean `nvidia/cuda:12.2.2-cudnn8-runtime-ubuntu22.04`?');
    expect(msg('12.1.1-runtime')).toContain('no OS suffix');
    expect(msg('10.2-cudnn7-devel-ubuntu18.04')).toContain('CUDA 10.2 images were deleted');
  });
  it('says nothing of a patch newer than the tables know (NVIDIA publishes patch images on Docker Hub alone), nor offers an older one', () => {
    expect(ruleFindings('gpu-base-tag', 'FROM nvidia/cuda:12.8.2-cudnn-runtime-ubuntu22.04\n')).toEqual([]);
    expect(ruleFindings('gpu-base-tag', 'FROM nvidia/cuda:12.1.2-runtime-ubuntu22.04\n')).toEqual([]);
  });
  it('warns about end-of-life CUDA lines without inventing a same-tag suggestion', () => {
    const [f] = ruleFindings('gpu-base-tag', 'FROM nvidia/cuda:11.3.1-runtime-ubuntu20.04\n');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe("`nvidia/cuda:11.3.1-runtime-ubuntu20.04`: CUDA 11.3 is end-of-life and NVIDIA's deletion of its tags is overdue; move to a supported CUDA release.");
  });
  it('is silent on valid, newer-than-data, unconfirmed, digest and unresolved tags', () => {
    expect(fixtureFindings('gpu-base-tag', 'rules/gpu-base-tag/good.Dockerfile')).toEqual([]);
  });
  it('keeps a configured severity for every finding', () => {
    const f = ruleFindings('gpu-base-tag', 'FROM nvidia/cuda\n', { rules: { 'gpu-base-tag': 'info' } });
    expect(severities(f)).toEqual(['info']);
  });
});

describe('gpu-devel-final-stage', () => {
  it('names no runtime tag for a release whose tags are deleted, and offers no fix', () => {
    const [f] = ruleFindings('gpu-devel-final-stage', 'FROM nvidia/cuda:11.3.1-cudnn8-devel-ubuntu20.04\nCMD ["python3", "serve.py"]\n');
    expect(f!.message).toContain('ship from the matching `-runtime` image of a supported release.');
    expect(f!.fix).toBeUndefined();
  });
  it('leaves a CI runner image: test extras installed and no command of its own on a base whose default is a shell (transformers CI)', () => {
    const base = 'FROM nvidia/cuda:11.8.0-cudnn8-devel-ubuntu20.04\nRUN apt update && apt install -y git python3-pip\nRUN git clone https://github.com/huggingface/transformers\n';
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN python3 -m pip install --no-cache-dir -e ./transformers[dev-torch,testing,video]\n`)).toEqual([]);
    // No test extra, or a command of its own that serves: an image that ships.
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN python3 -m pip install --no-cache-dir -e ./transformers[torch]\n`)).toHaveLength(1);
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN python3 -m pip install --no-cache-dir -e ./transformers[testing]\nCMD ["python3", "serve.py"]\n`)).toHaveLength(1);
  });
  it('leaves a build environment whose CMake is Kitware\'s release archive, installed one tool per RUN', () => {
    const base = 'FROM nvidia/cuda:12.0.0-devel-ubuntu22.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends build-essential\nRUN apt-get install -y --no-install-recommends wget\n';
    const cmake =
      'RUN cd /opt && wget https://github.com/Kitware/CMake/releases/download/v3.20.6/cmake-3.20.6-linux-x86_64.tar.gz && \\\n' +
      '    tar -zxvf cmake-3.20.6-linux-x86_64.tar.gz && ln -s /opt/cmake-3.20.6-linux-x86_64/bin/* /usr/local/bin/\n';
    expect(ruleFindings('gpu-devel-final-stage', `${base}${cmake}WORKDIR /workspace\nCMD ["/bin/bash"]\n`)).toEqual([]);
    const installer = 'RUN curl -fsSLO https://github.com/Kitware/CMake/releases/download/v3.28.1/cmake-3.28.1-linux-x86_64.sh && sh cmake-3.28.1-linux-x86_64.sh --skip-license --prefix=/usr/local\n';
    expect(ruleFindings('gpu-devel-final-stage', `${base}${installer}CMD ["bash"]\n`)).toEqual([]);
    // A compiler alone is what an application image installs; an application copied in or served is not built inside.
    expect(ruleFindings('gpu-devel-final-stage', `${base}WORKDIR /workspace\nCMD ["/bin/bash"]\n`)).toHaveLength(1);
    expect(ruleFindings('gpu-devel-final-stage', `${base}${cmake}COPY . /app\nCMD ["/bin/bash"]\n`)).toHaveLength(1);
    expect(ruleFindings('gpu-devel-final-stage', `${base}${cmake}EXPOSE 8000\nCMD ["python3", "serve.py"]\n`)).toHaveLength(1);
    // Another download is not a build tool.
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN wget https://example.com/cmake-notes.tar.gz\nCMD ["/bin/bash"]\n`)).toHaveLength(1);
  });
  it('leaves an image that installs ninja: it compiles kernels when it runs (vLLM, TensorRT-LLM, torch extensions)', () => {
    const base = 'FROM nvidia/cuda:12.8.1-devel-ubuntu24.04\n';
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN pip install --no-cache-dir tensorrt_llm==1.0.0 ninja==1.11.1\nCMD ["serve"]\n`)).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN apt-get update && apt-get install -y --no-install-recommends ninja-build=1.11.1-2\nCMD ["serve"]\n`)).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', `${base}RUN pip install --no-cache-dir fastapi==0.115.0\nCMD ["serve"]\n`)).toHaveLength(1);
  });
  it('sees a runtime compiler installed in a stage whose environment is copied in, also as another project\'s extra', () => {
    expect(fixtureFindings('gpu-devel-final-stage', 'rules/gpu-devel-final-stage/copied-environment.Dockerfile')).toEqual([]);
    expect(positions(fixtureFindings('gpu-devel-final-stage', 'rules/gpu-devel-final-stage/copied-environment-bad.Dockerfile'))).toEqual([[7, 6]]);
    const final = 'FROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04\nCOPY --from=b /opt/venv /opt/venv\nCMD ["python3", "-m", "serve"]\n';
    expect(ruleFindings('gpu-devel-final-stage', `FROM python:3.11 AS b\nRUN /opt/venv/bin/pip install --no-cache-dir "transformers[deepspeed]==4.46.3"\n${final}`)).toEqual([]);
    // Another extra of the same project, or the environment installed somewhere the final stage does not copy.
    expect(ruleFindings('gpu-devel-final-stage', `FROM python:3.11 AS b\nRUN /opt/venv/bin/pip install --no-cache-dir "transformers[torch]==4.46.3"\n${final}`)).toHaveLength(1);
    expect(ruleFindings('gpu-devel-final-stage', `FROM python:3.11 AS b\nRUN pip install --no-cache-dir --target /deps deepspeed==0.15.4\n${final}`)).toHaveLength(1);
  });
  it('flags a final stage that inherits a devel image through FROM <stage>', () => {
    const f = fixtureFindings('gpu-devel-final-stage', 'rules/gpu-devel-final-stage/bad.Dockerfile');
    expect(positions(f)).toEqual([[4, 6]]);
    expect(f[0]!.message).toContain('(through stage `base`)');
    expect(f[0]!.message).toContain('ship from `nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04`');
  });
  it('suggests the runtime tag for PyTorch and for tags that need fixing first', () => {
    expect(ruleFindings('gpu-devel-final-stage', 'FROM pytorch/pytorch:2.4.0-cuda12.1-cudnn9-devel\n')[0]!.message).toContain('`pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime`');
    expect(ruleFindings('gpu-devel-final-stage', 'FROM nvidia/cuda:11.8-cudnn8-devel-ubuntu22.04\n')[0]!.message).toContain('`nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04`');
    expect(ruleFindings('gpu-devel-final-stage', 'FROM nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04\n')[0]!.message).toContain('ship from `nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04`');
    expect(positions(ruleFindings('gpu-devel-final-stage', 'ARG V=12.6.3\nFROM nvcr.io/nvidia/cuda:${V}-devel-ubuntu24.04\n'))).toEqual([[2, 6]]);
  });
  it('is silent when devel images only build, and on other images', () => {
    expect(fixtureFindings('gpu-devel-final-stage', 'rules/gpu-devel-final-stage/good.Dockerfile')).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', 'ARG TAG\nFROM nvidia/cuda:${TAG}\n')).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', 'FROM nvcr.io/nvidia/pytorch:24.08-py3\n')).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', 'FROM mcr.microsoft.com/devcontainers/python:3.12\n')).toEqual([]);
    expect(ruleFindings('gpu-devel-final-stage', 'FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS b\nFROM scratch\nCOPY --from=b /x /x\n')).toEqual([]);
    const devel = 'FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\n';
    for (const file of ['Dockerfile.dev', 'proj/Dockerfile.dev', 'proj/.devcontainer/Dockerfile', 'proj/ci/Dockerfile', 'proj/dev.Dockerfile', 'docs/check.Dockerfile', 'docker/Dockerfile.linting']) {
      expect(ruleFindings('gpu-devel-final-stage', devel, { filePath: file })).toEqual([]);
    }
    expect(ruleFindings('gpu-devel-final-stage', devel, { filePath: 'proj/docker/Dockerfile' })).toHaveLength(1);
    expect(ruleFindings('gpu-devel-final-stage', devel, { filePath: 'proj/deploy/Dockerfile.serving' })).toHaveLength(1);
    // A check the image runs is no lint or check image.
    expect(ruleFindings('gpu-devel-final-stage', devel, { filePath: 'proj/healthcheck.Dockerfile' })).toHaveLength(1);
  });
});

describe('secrets-in-arg-env', () => {
  it('leaves a key\'s location: a URL without credentials, a path under a variable, and the variables copying them', () => {
    const quiet =
      'ARG RELEASE_KEY=https://packages.fluentbit.io/fluentbit.key\nFROM debian:12\nARG RELEASE_KEY\nENV PACKAGES_KEY=${RELEASE_KEY}\n' +
      'ARG STAGING_URL\nARG STAGING_KEY=${STAGING_URL}/fluentbit.key\nENV PACKAGES_KEY=${STAGING_KEY}\nRUN rpm --import "$PACKAGES_KEY"\n';
    expect(ruleFindings('secrets-in-arg-env', quiet)).toEqual([]);
    const loud = 'FROM debian:12\nARG API_KEY=https://user:s3cr3t@example.com/k\nARG TOKEN\nENV HF_TOKEN=${TOKEN}\n';
    expect(positions(ruleFindings('secrets-in-arg-env', loud))).toEqual([[2, 5], [3, 5], [4, 5]]);
  });
  it('leaves an ENV that copies a variable nothing declares on a base known not to set it: the build stores an empty value', () => {
    // GenAIComps' text2kg: no ARG HF_TOKEN anywhere, python:3.11-slim sets no HF_TOKEN (undefined-var reports the reference).
    expect(ruleFindings('secrets-in-arg-env', 'FROM python:3.11-slim\nENV HF_TOKEN=${HF_TOKEN}\nENV HUGGINGFACEHUB_API_TOKEN=$HF_TOKEN\n')).toEqual([]);
    // Declared by an ARG (a `--build-arg` fills it), or on a base whose environment dlint does not know: it may hold one.
    expect(positions(ruleFindings('secrets-in-arg-env', 'FROM python:3.11-slim\nARG HF_TOKEN\nENV HF_TOKEN=${HF_TOKEN}\n'))).toEqual([[2, 5], [3, 5]]);
    expect(positions(ruleFindings('secrets-in-arg-env', 'FROM acme/base:1\nENV HF_TOKEN=${HF_TOKEN}\n'))).toEqual([[2, 5]]);
    // A global ARG the stage does not re-declare is empty in the stage too.
    expect(ruleFindings('secrets-in-arg-env', 'ARG HF_TOKEN\nFROM python:3.11-slim\nENV HF_TOKEN=${HF_TOKEN}\n').filter((f) => f.range.start.line === 3)).toEqual([]);
  });
  it('leaves variables a web framework bakes into the browser bundle, unless the value is shaped like a credential', () => {
    // prefect's UI builder: Vite inlines VITE_* into the JavaScript every visitor downloads; a secret mount would too.
    const ui = 'FROM node:20 AS ui-v2-builder\nARG VITE_AMPLITUDE_API_KEY=""\nENV VITE_AMPLITUDE_API_KEY=$VITE_AMPLITUDE_API_KEY\nENV NEXT_PUBLIC_STRIPE_KEY=pk_live_x\nARG REACT_APP_API_TOKEN\nRUN npm run build\n';
    expect(ruleFindings('secrets-in-arg-env', ui)).toEqual([]);
    // A value shaped like a private credential is still a leak, under any name; so is a secret name without the prefix.
    const loud = 'FROM node:20\nENV VITE_OPENAI_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD\nARG AMPLITUDE_API_KEY\nARG SVITE_TOKEN\nRUN npm run build\n';
    expect(positions(ruleFindings('secrets-in-arg-env', loud))).toEqual([[2, 21], [3, 5], [4, 5]]);
  });
  it('says where the value stays when the stage does not ship', () => {
    const text = 'FROM node:20 AS builder\nARG NPM_TOKEN\nENV API_SECRET=${NPM_TOKEN}\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=builder /app/dist /usr/share/nginx/html\n';
    const f = ruleFindings('secrets-in-arg-env', text);
    expect(positions(f)).toEqual([[2, 5], [3, 5]]);
    for (const x of f) {
      expect(x.message).toContain("its value stays in the build cache and the build's records of stage `builder`");
      expect(x.message).not.toContain('for anyone who pulls the image');
    }
  });
  it('judges a name ending in a bare Key by its value: a configuration key name is not key material', () => {
    const quiet = 'FROM debian:12\nENV Filters__0__Key=ProcessId\nENV SORT_KEY=created_at\nENV Logging__Key="user.name"\n';
    expect(ruleFindings('secrets-in-arg-env', quiet)).toEqual([]);
    // On a base whose environment dlint does not know, which may set OPENAI_KEY.
    const loud = 'FROM acme/base:1\nENV MY_KEY=ab12cd34ef56\nENV OPENAI_KEY=${OPENAI_KEY}\nENV SECRET_KEY=changeme\nARG SIGN_KEY\nRUN ./sign.sh\n';
    expect(positions(ruleFindings('secrets-in-arg-env', loud))).toEqual([[2, 5], [3, 5], [4, 5], [5, 5]]);
  });
  it('takes a bare key set to an OpenPGP fingerprint that gpg fetches for a public key id, not a secret', () => {
    // docker-haskell: release keys fetched from a key server, then exported into an apt keyring.
    const quiet =
      'FROM debian:12\nARG STACK_RELEASE_KEY=C5705533DA4F78D8664B5DC0575159689BEFB442\nARG LLVM_KEY=0x15CF4D18AF4F7421\nRUN gpg --batch --keyserver keyserver.ubuntu.com --receive-keys "$STACK_RELEASE_KEY" && gpg --batch --armor --export "${LLVM_KEY}" > /k.asc\n';
    expect(ruleFindings('secrets-in-arg-env', quiet)).toEqual([]);
    // The same value not read by a key tool, or under a name that is key material, is still reported.
    const loud = 'FROM debian:12\nARG DEPLOY_KEY=C5705533DA4F78D8664B5DC0575159689BEFB442\nARG API_KEY=C5705533DA4F78D8664B5DC0575159689BEFB442\nRUN curl -H "X: $DEPLOY_KEY" https://x && gpg --recv-keys "$API_KEY"\n';
    expect(positions(ruleFindings('secrets-in-arg-env', loud))).toEqual([[2, 5], [3, 5]]);
  });
  it('flags secret names and credential-looking values at the offending word', () => {
    const f = fixtureFindings('secrets-in-arg-env', 'rules/secrets-in-arg-env/bad.Dockerfile');
    expect(positions(f)).toEqual([[1, 5], [3, 5], [4, 5], [5, 5], [6, 5], [7, 5], [8, 19], [9, 27], [10, 5], [10, 25], [11, 15], [11, 47], [14, 5]]);
    expect(f[0]!.message).toBe(
      '`ARG HF_TOKEN` holds a secret and its value (a default or `--build-arg`) is recorded in the image history; use `RUN --mount=type=secret,id=hf_token,env=HF_TOKEN …` (built with `--secret id=hf_token,env=HF_TOKEN`) instead.',
    );
    expect(f[2]!.message).toContain('`ENV HF_TOKEN` holds a secret and its value is stored in the image configuration');
    expect(f[6]!.message).toContain('looks like a URL with a user name and password');
    expect(f[7]!.message).toContain('looks like a Hugging Face token');
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f[0]!.range.end).toEqual({ line: 1, column: 13 });
  });
  it('advises passing a secret at run time when no build step reads it', () => {
    // The official mysql image's entrypoint reads MYSQL_ROOT_PASSWORD (or MYSQL_ROOT_PASSWORD_FILE) when the container starts.
    const db = ruleFindings('secrets-in-arg-env', 'FROM mysql:8.2\nENV MYSQL_ROOT_PASSWORD=debezium\nCOPY inventory.sql /docker-entrypoint-initdb.d/\n');
    expect(db).toHaveLength(1);
    expect(db[0]!.message).toContain("the image's entrypoint reads it when the container starts: remove it and pass it when the container starts (`docker run -e MYSQL_ROOT_PASSWORD`");
    expect(db[0]!.message).toContain('`MYSQL_ROOT_PASSWORD_FILE`');
    expect(db[0]!.message).not.toContain('--mount=type=secret');
    // Read by mongo's entrypoint, not by the RUNs that see it: no mount is put on them, the fix only removes the ENV.
    const mongo = 'FROM mirror.gcr.io/library/mongo:6.0\nENV MONGO_INITDB_ROOT_PASSWORD=admin\nRUN openssl rand -base64 756 > /etc/mongodb.keyfile\n';
    const [m] = ruleFindings('secrets-in-arg-env', mongo);
    expect(m!.message).toContain('`MONGO_INITDB_ROOT_PASSWORD_FILE`');
    expect(m!.fix?.edits).toEqual([{ range: { start: { line: 2, column: 1 }, end: { line: 3, column: 1 } }, text: '' }]);
    // No RUN names it: the application may read it at run time, or a build step (here or in an image built on this one)
    // from its environment: both remedies, the run-time one first, and no `_FILE` advice for an image that does not read one.
    for (const text of ['FROM python:3.11\nENV OPENAI_API_KEY <your_openai_api_key>\nRUN pip install open-interpreter\n', 'FROM python:3.12\nENV OPENAI_API_KEY=changeme\n']) {
      const [either] = ruleFindings('secrets-in-arg-env', text);
      expect(either!.message).toContain('remove it and pass it when the container starts (`docker run -e OPENAI_API_KEY`');
      expect(either!.message).toContain('or, if a build step reads it, use `RUN --mount=type=secret,id=openai_api_key,env=OPENAI_API_KEY …`');
      expect(either!.message).not.toContain('_FILE');
    }
    // The password of another image is not the mysql entrypoint's.
    expect(ruleFindings('secrets-in-arg-env', 'FROM python:3.12\nENV MYSQL_ROOT_PASSWORD=aa123456\n')[0]!.message).not.toContain('_FILE');
    // A RUN names it: a build secret, even on a database image.
    const [build] = ruleFindings('secrets-in-arg-env', 'FROM postgres:16\nENV POSTGRES_PASSWORD=s3cr3t\nRUN echo "$POSTGRES_PASSWORD" | ./seed.sh\n');
    expect(build!.message).toMatch(/; use `RUN --mount=type=secret,id=postgres_password,env=POSTGRES_PASSWORD …` .* instead\.$/);
  });
  it('is silent on look-alikes, paths, switches, fingerprints and empty values', () => {
    expect(fixtureFindings('secrets-in-arg-env', 'rules/secrets-in-arg-env/good.Dockerfile')).toEqual([]);
  });
  it('recognises other spellings of secret names', () => {
    const names = ['GITHUB_TOKEN', 'AWS_ACCESS_KEY_ID', 'KAGGLE_KEY', 'NGC_API_KEY', 'openaiApiKey', 'GPG_PRIVATE_KEY', 'HFTOKEN', 'MLFLOW_TRACKING_PASSWORD', 'AZURE_CLIENT_SECRET'];
    // A RUN after them may read them (a bare ARG that nothing reads is a dead one, see below).
    const text = `FROM python:3.12\n${names.map((n) => `ARG ${n}`).join('\n')}\nRUN python setup.py build\n`;
    expect(ruleFindings('secrets-in-arg-env', text)).toHaveLength(names.length);
    const quiet = ['STRIPE_PUBLISHABLE_KEY', 'SUPABASE_ANON_KEY', 'API_KEY_HEADER', 'KEY_VAULT_NAME', 'AUTH_TOKEN_ENDPOINT', 'TIKTOKEN_ENCODINGS_BASE', 'TS_DISABLE_TOKEN_AUTHORIZATION', 'MINIO_ACCESS_KEY_FILE', 'PAD_TOKEN', 'CACHE_KEY', 'DOCKER_HARDENED_IMAGES_KEYRING_VERSION', 'GPG_KEY_ID'];
    expect(ruleFindings('secrets-in-arg-env', `FROM python:3.12\n${quiet.map((n) => `ARG ${n}`).join('\n')}\n`)).toEqual([]);
  });
  it('leaves a dead ARG: no value, nothing after it reads it and no build of the project passes it (NVIDIA gpu-driver-container)', () => {
    // rhel8/Dockerfile: `ARG PRIVATE_KEY` then only LABELs, a `dnf update` and an `rm -f`: without a value nothing is recorded.
    const dead = 'FROM registry.access.redhat.com/ubi8/ubi\nARG PRIVATE_KEY\nARG KERNEL_VERSION=latest\nLABEL version="${DRIVER_VERSION}"\nARG CVE_UPDATES\nRUN if [ -n "${CVE_UPDATES}" ]; then dnf update -y ${CVE_UPDATES} && dnf clean all; fi\nRUN rm -f /etc/yum.repos.d/cuda.repo\nENTRYPOINT ["nvidia-driver", "init"]\n';
    expect(ruleFindings('secrets-in-arg-env', dead)).toEqual([]);
    expect(ruleFindings('secrets-in-arg-env', 'FROM python:3.12\nARG HF_TOKEN\nCOPY . /app\nCMD ["python", "/app/serve.py"]\n')).toEqual([]);
    // Something may read it: an expansion, a script or build tool run after it (from its environment), a package
    // manager's own variable; a default is a value; a global ARG is read by FROM lines.
    for (const text of [
      'FROM ubi8\nARG PRIVATE_KEY\nRUN dnf update -y && ./sign.sh\n',
      'FROM ubi8\nARG PRIVATE_KEY\nRUN rm -f /x\nCOPY --chown=${PRIVATE_KEY} a /a\n',
      'FROM ubi8\nARG PRIVATE_KEY\nRUN echo "$PRIVATE_KEY" > /k\n',
      'FROM ubi8\nARG PRIVATE_KEY\nRUN python -c "import os; print(os.environ[\'PRIVATE_KEY\'])"\n',
      'FROM ubi8\nARG PRIVATE_KEY\nRUN make sign\n',
      'FROM ubi8\nARG PRIVATE_KEY\nRUN <<EOF\n./sign.sh\nEOF\n',
      'FROM ubi8\nARG DNF_VAR_PASSWORD\nRUN dnf install -y x\n',
      'FROM ubi8\nARG PRIVATE_KEY=abc123def456\n',
    ]) {
      expect(ruleFindings('secrets-in-arg-env', text), text).toHaveLength(1);
    }
  });
  it('finds credentials in values of any name, but not placeholders', () => {
    expect(positions(ruleFindings('secrets-in-arg-env', 'FROM python:3.12\nENV GH=ghp_R2d2C3poBb8Yoda4Luke5Leia6Han7Chewie8\n'))).toEqual([[2, 8]]);
    expect(positions(ruleFindings('secrets-in-arg-env', 'FROM python:3.12\nENV DEPLOY="-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Blbn"\n'))).toEqual([[2, 12]]);
    expect(ruleFindings('secrets-in-arg-env', 'FROM python:3.12\nENV CFG=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx URL=https://user:<password>@host/simple\n')).toEqual([]);
  });
  it('names the provider of a credential-shaped value under a harmless name', () => {
    const kind = (value: string): string[] =>
      ruleFindings('secrets-in-arg-env', `FROM python:3.12\nENV CONFIG_VALUE=${value}\n`).map((f) => /looks like (.+?), which/.exec(f.message)![1]!);
    expect(kind('AKIAQ3EGRTP7VZKXN4WD')).toEqual(['an AWS access key id']);
    expect(kind('ASIAQ3EGRTP7VZKXN4WD')).toEqual(['an AWS access key id']);
    expect(kind('sk-ant-api03-Zq8vLmN2rXw5Kc7YpB3dHs9FgJ4aZe6U_q1w2e3r4t5y6u7i8o9p0-AA')).toEqual(['an Anthropic API key']);
    expect(kind('sk-proj-Tq8vLmN2rXw5Kc7YpB3dHs9FgJ4aZe6U')).toEqual(['an OpenAI API key']);
    expect(kind('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')).toEqual(['a Groq API key']);
    expect(kind('r8_Tq8vLmN2rXw5Kc7YpB3dHs9FgJ4aZe6UXy7')).toEqual(['a Replicate API token']);
    expect(kind('hf_QmVnZ3lGb2xrc0FyZVNvZnRhbmRXYXJtXy')).toEqual(['a Hugging Face token']);
    expect(kind('AIzaSyD3vLmN2rXw5Kc7YpB3dHs9FgJ4aZe6U_k')).toEqual(['a Google API key']);
    // Look-alikes: too short, wrong case, a placeholder, a word that starts the same.
    for (const value of ['AKIA1234', 'akiaq3egrtp7vzkxn4wd', 'gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'r8_release', 'AIzaTooShort', 'sk-ant-api03-your-key-here']) {
      expect(kind(value)).toEqual([]);
    }
  });
});

describe('torch-wheel-variant', () => {
  it('flags PyPI torch on a CPU base, a wheel index or PyPI build for another CUDA major, and a second torch over a pytorch base', () => {
    const f = fixtureFindings('torch-wheel-variant', 'rules/torch-wheel-variant/bad.Dockerfile');
    // Line 3's torchvision follows line 2's torch: it pulls no second torch, line 2 is the finding.
    expect(positions(f)).toEqual([[2, 32], [6, 46], [11, 32], [15, 32], [19, 42]]);
    expect(f[0]!.message).toBe(
      '`torch==2.5.1` from PyPI is the CUDA build (about 2.5 GB of `nvidia-*` wheels on x86_64) and `python:3.12-slim` is a CPU base; if the image runs on CPU, add `--index-url https://download.pytorch.org/whl/cpu`.',
    );
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN pip install transformers torchvision\n')[0]!.message).toContain('install torch on its own first');
    expect(f[1]!.message).toContain('The `cu118` wheel index installs CUDA 11 builds of torch on the CUDA 12.4 base');
    expect(f[1]!.message).toContain('use `https://download.pytorch.org/whl/cu124`');
    expect(f[4]!.message).toContain('its own wheel is about 0.9 GB, the CPU build\'s about 0.2 GB; `--no-deps` only leaves out the `nvidia-*` wheels');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });
  it('is silent with a chosen index, local versions, GPU intent, CUDA bases, switchable bases and arm64', () => {
    expect(fixtureFindings('torch-wheel-variant', 'rules/torch-wheel-variant/good.Dockerfile')).toEqual([]);
  });
  it('understands python -m pip, uv pip and wrapped commands', () => {
    expect(positions(ruleFindings('torch-wheel-variant', 'FROM debian:bookworm-slim\nRUN python3 -m pip install --break-system-packages torch==2.5.1\n'))).toEqual([[2, 52]]);
    expect(positions(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN uv pip install --system "torch>=2.4"\n'))).toEqual([[2, 29]]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN PIP_INDEX_URL=https://download.pytorch.org/whl/cpu pip install torch\n')).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nENV NVIDIA_VISIBLE_DEVICES=all\nRUN pip install torch\n')).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM ghcr.io/acme/base:1\nRUN pip install torch\n')).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nCOPY uv.toml pyproject.toml ./\nRUN uv pip install --system torch\n')).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nCOPY pyproject.toml ./\nRUN pip install torch\n')).toHaveLength(1);
    // An index URL built from an ARG with a default is resolved; one from an unknown variable is not judged.
    expect(positions(ruleFindings('torch-wheel-variant', 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nARG CU=cu118\nRUN pip install torch --index-url https://download.pytorch.org/whl/${CU}\n'))).toEqual([[3, 23]]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN pip install torch --index-url https://download.pytorch.org/whl/${CU}\n')).toEqual([]);
    // `--no-deps`: torchvision alone pulls no nvidia-* wheels; torch with it is still the CUDA build.
    expect(ruleFindings('torch-wheel-variant', 'FROM ubuntu:22.04\nRUN pip3 install --no-deps torchvision==0.20.1 torchaudio\n')).toEqual([]);
    expect(positions(ruleFindings('torch-wheel-variant', 'FROM ubuntu:22.04\nRUN pip3 install --no-deps torch==2.5.1 torchvision==0.20.1\n'))).toEqual([[2, 28]]);
  });
  it('does not report torchvision after an explicit torch install of the stage, but does after a local project install', () => {
    const cpu = 'FROM python:3.12-slim\nRUN pip install torch --index-url https://download.pytorch.org/whl/cpu\n';
    expect(ruleFindings('torch-wheel-variant', `${cpu}RUN pip install torchvision pytesseract\n`)).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN pip install torch==2.5.1+cpu && pip install torchaudio\n')).toEqual([]);
    // A torch wheel by URL, file or direct reference, also inside both branches of an if.
    const byUrl = 'if [ "$PY" = 3 ]; then pip install http://download.pytorch.org/whl/cpu/torch-1.0.0-cp36-cp36m-linux_x86_64.whl; else pip install /wheels/torch-1.0.0-cp27-cp27mu-linux_x86_64.whl; fi';
    expect(ruleFindings('torch-wheel-variant', `FROM ubuntu:16.04\nRUN ${byUrl} && pip install torchvision==0.2.1\n`)).toEqual([]);
    expect(ruleFindings('torch-wheel-variant', 'FROM ubuntu:22.04\nRUN pip install "torch @ https://download.pytorch.org/whl/cpu/torch-2.5.1%2Bcpu-cp310-cp310-linux_x86_64.whl" torchvision==0.20.1\n')).toEqual([]);
    // Trap: a wheel of another package whose name starts with torch.
    expect(ruleFindings('torch-wheel-variant', 'FROM ubuntu:22.04\nRUN pip install /wheels/torch_geometric-2.5.0-py3-none-any.whl && pip install torchvision==0.20.1\n')).toHaveLength(1);
    // Whether `./app[dev]` brings torch is not known from the Dockerfile.
    expect(positions(ruleFindings('torch-wheel-variant', 'FROM python:3.12-slim\nRUN pip install ./app[dev]\nRUN pip install torchvision\n'))).toEqual([[3, 17]]);
    // A second torch is still judged on its own.
    expect(positions(ruleFindings('torch-wheel-variant', `${cpu}RUN pip install torch torchvision\n`))).toEqual([[3, 17]]);
  });
});
