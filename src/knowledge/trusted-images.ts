/**
 * Which base images count as trusted: Docker Official Images (generated list), first-party publishers of AI and
 * base images (curated below), and what the user's settings allow; and which version an official image's `latest`
 * stands for (generated from docker-library/official-images).
 */
import type { ImageName } from '../model/image-ref.js';
import { OFFICIAL_IMAGES } from './generated/official-images.js';
import { LATEST_PINS, SOURCE as LATEST_SOURCE } from './generated/official-latest.js';

const OFFICIAL = new Set(OFFICIAL_IMAGES);

/**
 * Former Docker Official Images: their `library/` definition files were deleted, so they get no updates, though old
 * tags still pull. From `git log --diff-filter=D -- library/` of docker-library/official-images at commit 37079fb
 * (2026-08-21), without names that came back (elasticsearch, kibana, logstash) or were never images (MAINTAINERS).
 * The value is the year the image was retired.
 */
export const RETIRED_OFFICIAL_IMAGES: ReadonlyMap<string, string> = new Map([
  ['mono', '2025'], ['couchdb-nouveau', '2024'], ['centos', '2024'], ['consul', '2024'], ['express-gateway', '2024'],
  ['jobber', '2024'], ['nats-streaming', '2024'], ['vault', '2024'], ['sl', '2024'], ['adoptopenjdk', '2021'],
  ['crux', '2021'], ['euleros', '2021'], ['kaazing-gateway', '2021'], ['known', '2021'], ['nuxeo', '2021'],
  ['opensuse', '2021'], ['rapidoid', '2021'], ['sentry', '2021'], ['sourcemage', '2021'], ['swarm', '2021'],
  ['thrift', '2021'], ['fsharp', '2021'], ['hello-seattle', '2019'], ['hola-mundo', '2019'], ['owncloud', '2019'],
  ['piwik', '2018'], ['jenkins', '2018'], ['celery', '2017'], ['django', '2017'], ['rails', '2017'], ['java', '2017'],
  ['iojs', '2017'], ['hipache', '2016'], ['glassfish', '2016'], ['mosquitto', '2016'], ['ubuntu-debootstrap', '2016'],
  ['ubuntu-upstart', '2016'], ['docker-dev', '2016'], ['notary-server', '2016'], ['notary-signer', '2016'],
  ['lightstreamer-server', '2016'], ['zend-php', '2014'],
]);

/** Where to go from a retired image, when a Docker Official Image (or its vendor's namespace) took its place. */
export const RETIRED_SUCCESSORS: ReadonlyMap<string, string> = new Map([
  ['centos', 'rockylinux` or `almalinux'],
  ['java', 'eclipse-temurin'],
  ['adoptopenjdk', 'eclipse-temurin'],
  ['mosquitto', 'eclipse-mosquitto'],
  ['opensuse', 'opensuse/leap'],
  ['django', 'python'],
  ['rails', 'ruby'],
  ['celery', 'python'],
  ['iojs', 'node'],
  ['piwik', 'matomo'],
]);

/**
 * Docker Hub namespaces that hold the single-architecture builds of the Docker Official Images (`arm64v8/alpine`
 * is `alpine` for arm64 only), built by the same official-images process. From the "Architectures other than amd64?"
 * section of docker-library/official-images' README; Windows x86-64 is published as `winamd64`.
 */
export const ARCHITECTURE_NAMESPACES: ReadonlySet<string> = new Set([
  'amd64', 'arm32v5', 'arm32v6', 'arm32v7', 'arm64v8', 'i386', 'mips64le', 'ppc64le', 'riscv64', 's390x', 'winamd64',
]);

/**
 * Pull-through mirrors that serve another registry's images unchanged, by the mirror's host: the value is the registry
 * mirrored (`docker.io` for Docker Hub). An image pulled through one is read as the image it mirrors (image-ref.ts), so
 * that it is judged as that image: `docker.m.daocloud.io/vllm/vllm-openai` is vLLM's `vllm/vllm-openai`, and
 * `docker.m.daocloud.io/someone/tool` is as unknown as `someone/tool`. Google's Docker Hub cache
 * (cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images: `mirror.gcr.io`), and DaoCloud's
 * public-image-mirror, whose images keep the source's sha256 digests (github.com/DaoCloud/public-image-mirror README:
 * "所有 hash(sha256) 均和源保持一致"; its table "支持前缀替换的 Registry" gives each host below for its registry), China's
 * usual way to reach Docker Hub and quay.io.
 */
export const REGISTRY_MIRRORS: ReadonlyMap<string, string> = new Map([
  ['mirror.gcr.io', 'docker.io'],
  ['docker.m.daocloud.io', 'docker.io'], ['quay.m.daocloud.io', 'quay.io'], ['gcr.m.daocloud.io', 'gcr.io'],
  ['ghcr.m.daocloud.io', 'ghcr.io'], ['k8s-gcr.m.daocloud.io', 'k8s.gcr.io'], ['k8s.m.daocloud.io', 'registry.k8s.io'],
  ['mcr.m.daocloud.io', 'mcr.microsoft.com'], ['nvcr.m.daocloud.io', 'nvcr.io'], ['elastic.m.daocloud.io', 'docker.elastic.co'],
  ['l5d.m.daocloud.io', 'cr.l5d.io'], ['jujucharms.m.daocloud.io', 'registry.jujucharms.com'],
  ['rocks-canonical.m.daocloud.io', 'rocks.canonical.com'],
]);

/**
 * Mirrors that take the mirrored registry as the first path component instead (the same README, "增加前缀":
 * `m.daocloud.io/docker.io/library/busybox`).
 */
export const PREFIX_MIRRORS: ReadonlySet<string> = new Set(['m.daocloud.io']);

/**
 * Copies of the Docker Official Images under a path of another registry, read as the official image they copy
 * (image-ref.ts), as REGISTRY_MIRRORS are: ECR Public's, which Docker publishes there (gallery.ecr.aws/docker:
 * `public.ecr.aws/docker/library/python`), and Google's Artifact Foundry, the vetted copies of third-party images that
 * Google's own repositories build on (`us-docker.pkg.dev/artifact-foundry-prod/docker-3p-trusted/golang` in
 * GoogleCloudPlatform/cloud-builders; googleapis/sdk-platform-java's generator image takes `…/docker-3p-trusted/python:
 * 3.12.3-alpine3.18` and `…/maven:3.8.6-openjdk-11-slim`, the official images' own tags). Only a name of the library
 * (current or retired) directly under the path is read so: another name there stays that registry's own image.
 */
export const LIBRARY_MIRRORS: readonly string[] = ['public.ecr.aws/docker/library', 'us-docker.pkg.dev/artifact-foundry-prod/docker-3p-trusted'];

/**
 * The official image `host`/`parts` (lower-cased host, the path's components) is a LIBRARY_MIRRORS copy of (`golang`
 * for `us-docker.pkg.dev`, `artifact-foundry-prod/docker-3p-trusted/golang`), or null.
 */
export function libraryMirrorName(host: string, parts: readonly string[]): string | null {
  const name = parts.at(-1)?.toLowerCase();
  if (!name || (!OFFICIAL.has(name) && !RETIRED_OFFICIAL_IMAGES.has(name))) return null;
  const prefix = `${host}/${parts.slice(0, -1).join('/').toLowerCase()}`;
  return LIBRARY_MIRRORS.includes(prefix) ? name : null;
}

/**
 * Development environments their vendors publish as images to build a workstation on, not to ship: Google Cloud
 * Workstations' predefined images (cloud.google.com/workstations/docs/preconfigured-base-images: "Google Cloud maintains
 * the following base images for Cloud Workstations", to be used directly or with `FROM` in custom images:
 * `us-central1-docker.pkg.dev/cloud-workstations-images/predefined/code-oss`, `…/base`, published only as `:latest`, the
 * Artifact Registry location varying), the Dev Containers images (github.com/devcontainers/images) and Gitpod's
 * workspace images (github.com/gitpod-io/workspace-images README: "Ready-to-use Docker images for gitpod.io
 * workspaces", `gitpod/workspace-full`, `gitpod/workspace-base`, `gitpod/workspace-postgres`, … on Gitpod's Docker Hub
 * account). Their publishers are trusted (TRUSTED_PUBLISHERS), and an image built on one is a development environment
 * (image-defaults.ts: isWorkstationImage). `personal`: a workspace a person works in, whatever is built on it; the Dev
 * Containers images are also taken as plain bases (an agent benchmark's task runner on `devcontainers/python`).
 */
export const WORKSTATION_IMAGES: readonly { glob: string; personal: boolean }[] = [
  { glob: '*-docker.pkg.dev/cloud-workstations-images/*', personal: true },
  { glob: 'mcr.microsoft.com/devcontainers/*', personal: false },
  { glob: 'mcr.microsoft.com/vscode/devcontainers/*', personal: false },
  { glob: 'gitpod/workspace-*', personal: true },
];

/**
 * Namespaces of Docker Hub's trusted-content programs (https://docs.docker.com/docker-hub/repos/manage/trusted-content/:
 * Verified Publisher, commercial vendors; Docker-Sponsored Open Source, projects Docker vets) and projects' own
 * registries, that AI and infrastructure Dockerfiles build on. Each line names the program or the project page that
 * publishes the images there.
 */
const VENDOR_AND_PROJECT_NAMESPACES: readonly string[] = [
  // Docker-Sponsored Open Source: the Apache Software Foundation (hub.docker.com/u/apache: spark, airflow, kafka, …).
  'apache/*',
  // Verified Publishers: Grafana Labs (hub.docker.com/u/grafana), HashiCorp (hub.docker.com/u/hashicorp), Bitnami by
  // Broadcom (hub.docker.com/u/bitnami), Azul (hub.docker.com/u/azul).
  'grafana/*', 'hashicorp/*', 'bitnami/*', 'azul/*',
  // Docker-Sponsored Open Source: Envoy (hub.docker.com/u/envoyproxy), OpenTelemetry (hub.docker.com/u/otel),
  // Selenium (hub.docker.com/u/selenium), the CNCF Distribution registry (hub.docker.com/u/distribution).
  'envoyproxy/*', 'otel/*', 'selenium/*', 'distribution/*',
  // The OpenTelemetry project's own registry, the GitHub organisation's packages, where it publishes the same images as
  // `otel/*` and its build images (opentelemetry.io/docs/zero-code/obi/setup/docker: `otel/ebpf-instrument` and
  // `ghcr.io/open-telemetry/opentelemetry-ebpf-instrumentation/ebpf-instrument`; OBI builds FROM
  // `ghcr.io/open-telemetry/obi-generator`).
  'ghcr.io/open-telemetry/*',
  // Cypress's official images for running its tests (hub.docker.com/u/cypress: base, browsers, included; built from
  // github.com/cypress-io/cypress-docker-images).
  'cypress/*',
  // Docker's own namespaces besides `docker/*`: the Moby project's binaries and Docker engineering's build images
  // (github.com/docker/cli and github.com/moby/moby build from them), and tonistiigi/xx, the cross-compilation helper
  // Docker's documentation uses (docs.docker.com/build/building/multi-platform/, "Cross-compilation").
  'moby/*', 'dockereng/*', 'tonistiigi/xx',
  // The Fedora Project's registries (docs.fedoraproject.org/en-US/containers/: registry.fedoraproject.org, quay.io/fedora).
  'quay.io/fedora/*', 'registry.fedoraproject.org/*',
  // Red Hat's registries serve only Red Hat's own and certified images (access.redhat.com/articles/RegistryAuthentication).
  'registry.access.redhat.com/*', 'registry.redhat.io/*',
  // The Prometheus project publishes on Docker Hub and Quay (github.com/prometheus/prometheus README, "Docker images").
  'prom/*', 'quay.io/prometheus/*',
  // MinIO's images (min.io/docs: `quay.io/minio/minio`, also on Docker Hub as `minio/*`).
  'minio/*', 'quay.io/minio/*',
  // Moore Threads, a GPU vendor, publishes its MUSA toolkit images (hub.docker.com/u/mthreads: `mthreads/musa`), as
  // NVIDIA does CUDA's and AMD ROCm's.
  'mthreads/*',
  // The Chinese GPU vendors' own registries, serving their software stacks as NVIDIA's NGC does CUDA's: Moore Threads'
  // (github.com/MooreThreads/tutorial_on_musa, vllm/README.md, "Image list": `registry.mthreads.com/mcconline/mtt-vllm-public`),
  // MetaX's (github.com/MetaX-MACA/vLLM-metax, docs/release/0.24.0/en.md: `cr.metax-tech.com/public-ai-release/maca/vllm-metax`),
  // and Hygon's DCU images from its SourceFind (光源) image portal, the base its OpenDAS port of vLLM builds on
  // (developer.hpccube.com/codes/OpenDAS/vllm README: "基于光源pytorch基础镜像", sourcefind.cn/#/image/dcu/pytorch), pulled
  // from the portal's own registries under its `dcu/admin` project (`image.sourcefind.cn:5000/dcu/admin/base/pytorch`,
  // now `harbor.sourcefind.cn:5443/dcu/admin/base/…`); only that project, the one the portal publishes.
  'registry.mthreads.com/mcconline/*', 'cr.metax-tech.com/public-ai-release/*', 'harbor.sourcefind.cn:5443/dcu/admin/*',
  'image.sourcefind.cn:5000/dcu/admin/*',
  // Huawei Ascend, an NPU vendor, publishes its CANN toolkit images (github.com/Ascend/ascend-docker-image: `ascendai/cann`
  // on Docker Hub, `quay.io/ascend/cann`, the base the vllm-ascend documentation builds on), and on Huawei Cloud's
  // registry as AscendHub (`swr.cn-south-1.myhuaweicloud.com/ascendhub/cann`, the region varies; www.hiascend.com,
  // "AscendHub" image repository).
  'ascendai/*', 'quay.io/ascend/*', 'swr.*.myhuaweicloud.com/ascendhub/*',
  // Google's own: the Cloud Marketplace deployer bases (github.com/GoogleCloudPlatform/marketplace-k8s-app-tools,
  // `gcr.io/cloud-marketplace-tools/k8s/deployer_helm`) and the images of Google's GitHub projects (`ghcr.io/google/*`,
  // e.g. github.com/google/addlicense README).
  'gcr.io/cloud-marketplace-tools/*', 'ghcr.io/google/*',
  // Google's OSS-Fuzz builder and runner images, the bases OSS-Fuzz and ClusterFuzzLite require a project's fuzzing
  // Dockerfile to build on (google.github.io/oss-fuzz, "Setting up a new project", Dockerfile: `FROM
  // gcr.io/oss-fuzz-base/base-builder`; google.github.io/clusterfuzzlite, "Build integration": `.clusterfuzzlite/Dockerfile`).
  'gcr.io/oss-fuzz-base/*',
  // OpenMMLab's own images of its projects (hub.docker.com/u/openmmlab: `openmmlab/lmdeploy`, the image the
  // LMDeploy documentation serves models with, as `vllm/vllm-openai` is vLLM's).
  'openmmlab/*',
  // LMDeploy's dlinfer builds for other accelerators (Ascend, Cambricon, MetaX, PPU), which its documentation pulls
  // from the project's Aliyun registry (github.com/InternLM/lmdeploy, docs/en/get_started/camb/get_started.md: "We have
  // uploaded a docker image to aliyun": `crpi-4crprmm5baj1v8iv.cn-hangzhou.personal.cr.aliyuncs.com/lmdeploy_dlinfer/camb`).
  'crpi-4crprmm5baj1v8iv.cn-hangzhou.personal.cr.aliyuncs.com/lmdeploy_dlinfer/*',
  // The Ray project's own images (docs.ray.io, Serve production guide, "Custom Docker Images": "the rayproject
  // organization maintains Docker images with dependencies needed to run Ray"; the images KubeRay deploys).
  'rayproject/*',
  // Intel Gaudi's software stack images, published only in Intel's own vault (docs.habana.ai, "Pull Prebuilt
  // Containers": `vault.habana.ai/gaudi-docker/<version>/<os>/habanalabs/pytorch-installer-<torch>`), as CUDA's are by NVIDIA.
  'vault.habana.ai/*',
  // PaddlePaddle's official framework images (paddlepaddle.org.cn, "Install via docker"; PaddleOCR's and PaddleX's
  // install guides pull `ccr-2vdh3abv-pub.cnc.bj.baidubce.com/paddlepaddle/paddle`), on Baidu's registries and Docker Hub.
  'paddlepaddle/*', 'registry.baidubce.com/paddlepaddle/*', 'ccr-2vdh3abv-pub.cnc.bj.baidubce.com/paddlepaddle/*',
  // Model servers' and ML projects' own images, the ones their documentation runs: SGLang (docs.sglang.ai, "Install
  // SGLang", Docker: `lmsysorg/sglang`), LMCache (docs.lmcache.ai, Docker installation: `lmcache/vllm-openai`), NVIDIA
  // RAPIDS (docs.rapids.ai/install, Docker: `rapidsai/base`, `rapidsai/ci-conda`), Axolotl (docs.axolotl.ai, Docker:
  // `axolotlai/axolotl`), OPEA (github.com/opea-project/GenAIComps README: `opea/*` microservice images), Microsoft's
  // GitHub projects (`ghcr.io/azure/msamp`, github.com/Azure/MS-AMP README).
  'lmsysorg/*', 'lmcache/*', 'rapidsai/*', 'axolotlai/*', 'opea/*', 'ghcr.io/azure/*',
  // Distribution and tool projects' own images: openEuler's (hub.docker.com/u/openeuler, the openEuler community's
  // container images), balena's base images (docs.balena.io/reference/base-images: `balenalib/*`), Atlas by Ariga
  // (atlasgo.io, Docker: `arigaio/atlas`), nginx-proxy (github.com/nginx-proxy/nginx-proxy README: `nginxproxy/*`).
  'openeuler/*', 'balenalib/*', 'arigaio/*', 'nginxproxy/*',
  // SeaweedFS's release image, published under its author's account (github.com/seaweedfs/seaweedfs README, "Quick
  // Start with Docker": `docker run -p 8333:8333 chrislusf/seaweedfs server -s3`).
  'chrislusf/seaweedfs',
  // PyTorch/XLA's TPU release images, published only in its own Artifact Registry (github.com/pytorch/xla README,
  // "Docker": `us-central1-docker.pkg.dev/tpu-pytorch-releases/docker/xla`), and Red Hat Trusted Artifact Signer's
  // images (sigstore's cosign and friends, Red Hat's `quay.io/securesign` organisation, docs.redhat.com RHTAS).
  'us-central1-docker.pkg.dev/tpu-pytorch-releases/*', 'quay.io/securesign/*',
  // AWS Deep Learning Containers, published only in AWS's own ECR accounts, one per region group
  // (github.com/aws/deep-learning-containers, available_images.md, "Deep Learning Containers Docker Images are
  // available in the following regions": 763104351884 for most regions, the others for af-south-1, ap-east-1,
  // ap-northeast-3, ap-southeast-3, eu-south-1, me-south-1, me-central-1 and China).
  ...['763104351884', '626614931356', '871362719292', '364406365360', '907027046896', '692866216735', '217643126080', '914824155844'].map(
    (account) => `${account}.dkr.ecr.*.amazonaws.com/*`,
  ),
  '727897471807.dkr.ecr.*.amazonaws.com.cn/*',
  // The CentOS Project's bootc base images (docs.centos.org, "CentOS bootc": `quay.io/centos-bootc/centos-bootc`), as
  // its `quay.io/centos/*` and Fedora's `quay.io/fedora/*`.
  'quay.io/centos-bootc/*',
  // Verified Publishers on Docker Hub: Red Hat's own account (hub.docker.com/u/redhat: `redhat/ubi9`,
  // `redhat/ubi9-minimal`, the UBI images of registry.access.redhat.com mirrored there) and Confluent's
  // (hub.docker.com/u/confluentinc: `confluentinc/cp-kafka`, `cp-base-new`, the Confluent Platform images).
  'redhat/*', 'confluentinc/*',
  // Fluent Bit's release image, published by the CNCF project itself (docs.fluentbit.io, "Docker": `docker run
  // fluent/fluent-bit`), and Google's Inverting Proxy agent, built from github.com/google/inverting-proxy (its
  // agent/Dockerfile; Kubeflow and Vertex AI notebooks run it as `gcr.io/inverting-proxy/agent`).
  'fluent/fluent-bit', 'gcr.io/inverting-proxy/agent',
  // verl's release images, published by the project (verl.readthedocs.io, "Installation": `docker pull verlai/verl:…`),
  // and Google Colab's runtime, which Colab documents for local runtimes (research.google.com/colaboratory/local-runtimes.html:
  // `docker run … us-docker.pkg.dev/colab-images/public/runtime`).
  'verlai/verl', 'us-docker.pkg.dev/colab-images/public/runtime',
  // GraalVM's own images, published by the project in its GitHub organisation's registry (github.com/graalvm/container
  // README: `ghcr.io/graalvm/graalvm-community`, `ghcr.io/graalvm/native-image-community`, `ghcr.io/graalvm/jdk-community`).
  'ghcr.io/graalvm/*',
  // Deno's official image, published by the Deno company from github.com/denoland/deno_docker (its README: `docker run
  // -it denoland/deno`), and Swagger UI's, published by SmartBear's swagger-api project (github.com/swagger-api/swagger-ui,
  // docs/usage/installation.md, "Docker": `docker pull swaggerapi/swagger-ui`).
  'denoland/deno', 'swaggerapi/swagger-ui',
  // Material for MkDocs' release image, published by its author under the account that owns the project
  // (squidfunk.github.io/mkdocs-material/getting-started, "with docker": "The official Docker image … `docker pull
  // squidfunk/mkdocs-material`"; built from the Dockerfile of github.com/squidfunk/mkdocs-material).
  'squidfunk/mkdocs-material',
  // The Pyodide project's own build environment, which its documentation builds Pyodide in (pyodide.org, "Building
  // from sources", Using Docker: "a Debian-based x86_64 Docker image (pyodide/pyodide-env) on Docker Hub"; the
  // repository's run_docker pulls `pyodide/pyodide-env`), and the Operator Framework's release images, the base the
  // Operator SDK scaffolds a Helm or Ansible operator on (github.com/operator-framework/operator-sdk, its Helm scaffold's
  // Dockerfile: `FROM quay.io/operator-framework/helm-operator:<SDK version>`; sdk.operatorframework.io, Helm tutorial).
  'pyodide/*', 'quay.io/operator-framework/*',
  // Elastic's own registry, which serves only Elastic's products and is what the Docker Official Images `elasticsearch`
  // and `kibana` are built FROM (github.com/docker-library/elasticsearch, its Dockerfiles: `FROM
  // docker.elastic.co/elasticsearch/elasticsearch:<version>`); the containers project's Skopeo images
  // (github.com/containers/skopeo, install.md, "Container Images": `quay.io/skopeo/stable`); K3s's release image (docs.k3s.io,
  // "Running K3s in Docker": `rancher/k3s`); cargo-chef's image, published by its author, which its README builds Rust
  // images with (github.com/LukeMathWalker/cargo-chef README: `FROM lukemathwalker/cargo-chef:latest-rust-1 AS chef`).
  'docker.elastic.co/*', 'quay.io/skopeo/*', 'rancher/k3s', 'lukemathwalker/cargo-chef',
  // Pathway's release image, published by the vendor (pathway.com/developers, "Docker": `docker pull pathwaycom/pathway`;
  // the framework's repository is github.com/pathwaycom/pathway).
  'pathwaycom/pathway',
  // Google's Cloud SDK image on Docker Hub (cloud.google.com/sdk/docs/downloads-docker: "docker pull google/cloud-sdk",
  // beside its Artifact Registry name `gcr.io/google.com/cloudsdktool/google-cloud-cli`), and the Kubeflow MPI
  // Operator's launcher and worker bases (github.com/kubeflow/mpi-operator, build/base: `mpioperator/base`,
  // `mpioperator/openmpi`, `mpioperator/intel`, `mpioperator/mpich`).
  'google/cloud-sdk', 'mpioperator/*',
  // Garden Linux, the Linux distribution of the NeoNephos/SAP-run project, publishes its images in its own GitHub
  // organisation's registry (github.com/gardenlinux/gardenlinux README, "Container images": `ghcr.io/gardenlinux/gardenlinux`).
  'ghcr.io/gardenlinux/*',
  // The Pandoc project's own images, built from github.com/pandoc/dockerfiles (pandoc.org/installing.html, "Docker":
  // `pandoc/core`, `pandoc/latex`); Aqua Security's, the vendor of Trivy, a Docker Verified Publisher
  // (hub.docker.com/u/aquasec; aquasecurity.github.io/trivy, "Installation", Container: `aquasec/trivy`).
  'pandoc/*', 'aquasec/*',
  // GitHub's own Actions organisation: the Actions Runner image, the base Actions Runner Controller's docs build
  // custom runners on (docs.github.com, "Actions Runner Controller" → "Software installed in the ARC runner image":
  // `ghcr.io/actions/actions-runner`, built from github.com/actions/runner).
  'ghcr.io/actions/*',
  // The curl project's own images, built from github.com/curl/curl-container (its README: `curlimages/curl`,
  // Docker-Sponsored Open Source on hub.docker.com/u/curlimages).
  'curlimages/*',
  // The Nix project's own image, which its manual builds on (nix.dev/manual/nix, "Using Nix within Docker": "The official
  // Docker image", `docker run -ti docker.io/nixos/nix`, pre-releases as `ghcr.io/nixos/nix`, the NixOS organisation's
  // packages), published by the NixOS organisation's Hydra and CI.
  'nixos/*', 'ghcr.io/nixos/*',
  // The vendors' workstation images, published to build a development environment on (WORKSTATION_IMAGES).
  ...WORKSTATION_IMAGES.map((w) => w.glob),
];

/**
 * First-party publishers whose images count as trusted without configuration: the vendors of GPU stacks and ML
 * frameworks (their own namespaces) and vendor base-image registries (a mirror's images are read as those of the
 * registry it mirrors: REGISTRY_MIRRORS). Patterns use the image-glob syntax of `matchesImageGlob`. The first three
 * lines are the spec's list; then the AI publishers the GPU facts name, the namespaces the same vendors also publish
 * under, the conda distributions' and uv's own publishers, and the vendors' own namespaces for base and build images
 * (Docker, openSUSE, CentOS, Google, Kubernetes, AWS, PyPA's manylinux).
 */
export const TRUSTED_PUBLISHERS: readonly string[] = [
  'nvidia/*', 'nvcr.io/nvidia/*', 'pytorch/*', 'tensorflow/*', 'rocm/*',
  'mcr.microsoft.com/*', 'gcr.io/distroless/*', 'cgr.dev/chainguard/*', 'registry.access.redhat.com/ubi*',
  'registry.access.redhat.com/ubi*/*', 'quay.io/jupyter/*',
  'huggingface/*', 'ghcr.io/huggingface/*', 'vllm/*', 'ollama/*',
  'ghcr.io/pytorch/*', 'ghcr.io/nvidia/*', 'nvcr.io/nim/*', 'jupyter/*', 'intel/*',
  'continuumio/*', 'condaforge/*', 'mambaorg/*', 'ghcr.io/astral-sh/*',
  'docker/*', 'opensuse/*', 'quay.io/centos/*', 'marketplace.gcr.io/google/*', 'gcr.io/cloud-marketplace/google/*',
  'gcr.io/google.com/cloudsdktool/*', 'registry.k8s.io/*', 'amazon/*', 'public.ecr.aws/lambda/*',
  'public.ecr.aws/amazonlinux/*', 'quay.io/pypa/*',
  // Google's official Cloud Build builders (github.com/GoogleCloudPlatform/cloud-builders: `gcr.io/cloud-builders/docker`,
  // `gcloud`, `npm`, …) and its Cloud Marketplace base images (`launcher.gcr.io/google/debian12`, `ubuntu2204`: the
  // Google-maintained bases of github.com/GoogleCloudPlatform/click-to-deploy), beside the Marketplace names above.
  'gcr.io/cloud-builders/*', 'launcher.gcr.io/google/*',
  // Chainguard's own Docker Hub namespace, beside its registry `cgr.dev/chainguard` above: Chainguard is a Docker
  // Verified Publisher (hub.docker.com/u/chainguard; docs.cloudsmith.com, "Integrating with Chainguard Images":
  // "Chainguard, a Docker Verified Publisher"). GoCD's agent and server images unzip in `docker.io/chainguard/bash`.
  'chainguard/*',
  // Canonical's own Ubuntu images on ECR Public (gallery.ecr.aws/ubuntu/ubuntu, "Ubuntu by Canonical"), and AWS's
  // Lambda Web Adapter, whose documented distribution is its own ECR Public account (github.com/awslabs/aws-lambda-web-adapter).
  'public.ecr.aws/ubuntu/*', 'public.ecr.aws/awsguru/aws-lambda-adapter',
  // Other distributions' own accounts on ECR Public, where they publish their base images themselves as on Docker Hub:
  // Debian's (gallery.ecr.aws/debian/debian, which Garden Linux's container tests pull beside `docker.io/library/debian`)
  // and AlmaLinux's (gallery.ecr.aws/almalinux, AlmaLinux/docker-images#16). Amazon Linux is `public.ecr.aws/amazonlinux/*` above.
  'public.ecr.aws/debian/*', 'public.ecr.aws/almalinux/*',
  // SUSE's own registry: SLE base images and the SLE Base Container Images (registry.suse.com, documentation.suse.com "BCI").
  'registry.suse.com/suse/*', 'registry.suse.com/bci/*',
  // Oracle's own registry, which serves only Oracle's products (MySQL, Oracle Database, GraalVM, Oracle Linux):
  // container-registry.oracle.com, the location Oracle's docs give (dev.mysql.com/doc/refman/8.4/en/docker-mysql-getting-started.html).
  'container-registry.oracle.com/*',
  ...VENDOR_AND_PROJECT_NAMESPACES,
];

/**
 * Registries a project has moved away from: their images get no new tags nor fixes. Kubernetes froze `k8s.gcr.io`
 * (an alias of `gcr.io/google-containers`) on 3 April 2023 and publishes on `registry.k8s.io` (kubernetes.io/blog,
 * 2023-02-06, "k8s.gcr.io Image Registry Will Be Frozen From the 3rd of April 2023").
 */
export const MOVED_REGISTRIES: readonly { from: string; to: string; since: string }[] = [
  { from: 'k8s.gcr.io', to: 'registry.k8s.io', since: 'April 2023' },
  { from: 'gcr.io/google-containers', to: 'registry.k8s.io', since: 'April 2023' },
];

/**
 * Bare names people write for famous namespaced images. Docker Hub has no official `pytorch`, `cuda` or `vllm`
 * (`docker pull pytorch` answers "repository does not exist"), so `FROM pytorch` only works with a local image of
 * that name. The value is the image meant. None of these names is a Docker Official Image (a test checks it).
 */
export const BARE_NAME_MEANS: ReadonlyMap<string, string> = new Map([
  ['pytorch', 'pytorch/pytorch'], ['torch', 'pytorch/pytorch'], ['tensorflow', 'tensorflow/tensorflow'],
  ['cuda', 'nvidia/cuda'], ['nvidia-cuda', 'nvidia/cuda'], ['vllm', 'vllm/vllm-openai'], ['vllm-openai', 'vllm/vllm-openai'],
  ['ollama', 'ollama/ollama'], ['tritonserver', 'nvcr.io/nvidia/tritonserver'], ['triton', 'nvcr.io/nvidia/tritonserver'],
  ['text-generation-inference', 'ghcr.io/huggingface/text-generation-inference'], ['tgi', 'ghcr.io/huggingface/text-generation-inference'],
  ['miniconda', 'continuumio/miniconda3'], ['miniconda3', 'continuumio/miniconda3'], ['anaconda', 'continuumio/anaconda3'],
  ['anaconda3', 'continuumio/anaconda3'], ['miniforge', 'condaforge/miniforge3'], ['miniforge3', 'condaforge/miniforge3'],
  ['mambaforge', 'condaforge/miniforge3'], ['micromamba', 'mambaorg/micromamba'], ['uv', 'ghcr.io/astral-sh/uv'],
]);

/**
 * The repositories the trusted publishers are known for, by owner (a Docker Hub namespace or `registry/namespace`):
 * a repository one or two letters away from one of these (`pytorch/pytroch`) is a typo, not a trusted image. Other
 * repositories of the owner stay trusted (publishers add images). From the publishers' Docker Hub, NGC and GHCR pages.
 */
export const PUBLISHER_REPOSITORIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['nvidia', ['cuda', 'cudagl', 'opengl', 'opencl', 'vulkan']],
  ['nvcr.io/nvidia', ['pytorch', 'tensorflow', 'tritonserver', 'cuda', 'cuda-dl-base', 'tensorrt', 'nemo', 'jax', 'deepstream', 'nvhpc', 'l4t-base', 'l4t-pytorch', 'l4t-tensorflow', 'l4t-ml', 'l4t-jetpack', 'l4t-cuda']],
  ['pytorch', ['pytorch', 'torchserve', 'manylinux-builder', 'conda-builder', 'libtorch-cxx11-builder']],
  ['tensorflow', ['tensorflow', 'serving', 'build']],
  ['rocm', ['pytorch', 'tensorflow', 'jax', 'vllm', 'rocm-terminal', 'dev-ubuntu-20.04', 'dev-ubuntu-22.04', 'dev-ubuntu-24.04']],
  ['vllm', ['vllm-openai', 'vllm-tpu']],
  ['ollama', ['ollama']],
  ['ghcr.io/huggingface', ['text-generation-inference', 'text-embeddings-inference']],
  ['continuumio', ['miniconda3', 'anaconda3']],
  ['condaforge', ['miniforge3', 'mambaforge', 'miniforge-pypy3']],
  ['mambaorg', ['micromamba']],
  // Only a look-alike namespace is caught (`nixso/nix`): `nix` is too short to tell a typo of it.
  ['nixos', ['nix']],
]);

/**
 * Registries anyone can publish to: trusting one as a whole (`trustedRegistries: [docker.io]`) would trust every
 * image on it, so dlint never suggests it.
 */
export const PUBLIC_REGISTRIES: ReadonlySet<string> = new Set([
  'docker.io', 'ghcr.io', 'quay.io', 'gcr.io', 'public.ecr.aws', 'registry.gitlab.com', 'nvcr.io', 'mcr.microsoft.com',
  'registry.hub.docker.com', 'docker.pkg.github.com', 'codeberg.org',
]);

/** Docker Hub names as users write them: `docker.io/library/python` and `python` are the same image. */
function normaliseGlob(glob: string): string {
  let g = glob.trim().toLowerCase().replace(/^(index\.|registry-1\.)?docker\.io\//, '');
  if (!g.includes('/') || /^library\//.test(g)) g = g.replace(/^library\//, '');
  return g;
}

const globCache = new Map<string, RegExp>();

function globRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const g = normaliseGlob(glob);
    // A trailing `/*` covers everything under the path (`ghcr.io/org/*` includes `ghcr.io/org/team/app`).
    const deep = g.endsWith('/*');
    const body = (deep ? g.slice(0, -2) : g)
      .split(/(\*\*|\*|\?)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}${deep ? '/.+' : ''}$`);
    globCache.set(glob, re);
  }
  return re;
}

/**
 * True when the image matches a glob: `*` stays within one path component, `**` crosses them, a trailing `/*` covers
 * everything below. A glob without a tag matches every tag; one with a tag (`python:3.12-*`) must match it too.
 */
export function matchesImageGlob(image: ImageName, glob: string): boolean {
  const re = globRegExp(glob);
  const lastPart = glob.slice(glob.lastIndexOf('/') + 1);
  return lastPart.includes(':') ? re.test(`${image.familiar}:${image.tag ?? 'latest'}`) : re.test(image.familiar);
}

/** The registry host of an image (`docker.io` for Docker Hub). */
export function registryOf(image: ImageName): string {
  return image.registry ?? 'docker.io';
}

function matchesRegistry(image: ImageName, registry: string): boolean {
  const want = registry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const want2 = want === 'index.docker.io' || want === 'registry-1.docker.io' || want === 'hub.docker.com' ? 'docker.io' : want;
  if (want2.includes('/')) return matchesImageGlob(image, `${want2}/*`);
  return new RegExp(`^${want2.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`).test(registryOf(image));
}

export type BaseImageTrust =
  | { kind: 'official' }
  | { kind: 'publisher'; pattern: string }
  | { kind: 'configured' }
  | { kind: 'retired'; year: string; successor: string | null }
  | { kind: 'moved'; from: string; to: string; since: string }
  | {
      kind: 'unknown';
      /** The trusted image probably meant (`python` for `pyhton`), or null. */
      didYouMean: string | null;
      /** Why: a typo of an official name, of a trusted publisher's namespace or repository, or a bare name for a namespaced image. */
      near?: 'official' | 'publisher' | 'repository' | 'bare';
    };

export interface TrustSettings {
  trustedRegistries: readonly string[];
  trustedImages: readonly string[];
}

export function isOfficialImage(image: ImageName): boolean {
  return image.registry === null && image.namespace === 'library' && OFFICIAL.has(image.repository);
}

/**
 * A single name Docker Hub's library does not have (`FROM my-base`, `FROM bats-jenkins`): an image built on this
 * machine by an earlier step, whose tags, user and settings the Dockerfile does not show.
 */
export function isLocalImage(image: ImageName): boolean {
  return image.registry === null && image.namespace === 'library' && !OFFICIAL.has(image.repository) && !RETIRED_OFFICIAL_IMAGES.has(image.repository);
}

/** The build of a Docker Official Image for one architecture (`arm64v8/alpine`). */
function isArchitectureOfficialImage(image: ImageName): boolean {
  return image.registry === null && ARCHITECTURE_NAMESPACES.has(image.namespace ?? '') && OFFICIAL.has(image.repository);
}

export function baseImageTrust(image: ImageName, settings: TrustSettings): BaseImageTrust {
  // Settings may name the image as written, through its mirror (`trustedRegistries: [docker.m.daocloud.io]`).
  const written = image.mirror ? { ...image, ...image.mirror } : null;
  for (const name of written ? [image, written] : [image]) {
    if (settings.trustedImages.some((g) => matchesImageGlob(name, g))) return { kind: 'configured' };
    if (settings.trustedRegistries.some((r) => matchesRegistry(name, r))) return { kind: 'configured' };
  }
  if (isOfficialImage(image) || isArchitectureOfficialImage(image)) return { kind: 'official' };
  const owner = ownerOf(image);
  const moved = MOVED_REGISTRIES.find((m) => owner === m.from || owner.startsWith(`${m.from}/`));
  if (moved) return { kind: 'moved', ...moved };
  const publisher = TRUSTED_PUBLISHERS.find((p) => matchesImageGlob(image, p));
  if (publisher) {
    const typoOf = nearName(image.repository, PUBLISHER_REPOSITORIES.get(owner) ?? []);
    return typoOf ? { kind: 'unknown', didYouMean: `${owner}/${typoOf}`, near: 'repository' } : { kind: 'publisher', pattern: publisher };
  }
  // The library's own path, or one of its per-architecture namespaces (`arm64v8/centos`: the retired CentOS for arm64).
  const hubOfficialPath = image.registry === null && (image.namespace === 'library' || ARCHITECTURE_NAMESPACES.has(image.namespace ?? ''));
  if (hubOfficialPath) {
    const year = RETIRED_OFFICIAL_IMAGES.get(image.repository);
    if (year) return { kind: 'retired', year, successor: RETIRED_SUCCESSORS.get(image.repository) ?? null };
    const meant = BARE_NAME_MEANS.get(image.repository);
    if (meant) return { kind: 'unknown', didYouMean: meant, near: 'bare' };
    const official = nearName(image.repository, OFFICIAL);
    return { kind: 'unknown', didYouMean: official, ...(official ? { near: 'official' } : {}) };
  }
  // `postgrest/postgrest`, `orioledb/orioledb`, `horovod/horovod`: a Docker Hub account named after the one product it
  // publishes is that project's own release account (as `minio/minio`, `prom/prometheus` are listed above by name).
  if (image.registry === null && image.namespace && squash(image.namespace) === squash(image.repository)) {
    return { kind: 'publisher', pattern: `${image.namespace}/${image.repository}` };
  }
  const tool = toolReleaseImage(image);
  if (tool) return { kind: 'publisher', pattern: tool };
  if (organisationMirror(image)) return { kind: 'publisher', pattern: `${ownerOf(image)}/${image.repository}` };
  // `nvidai/cuda`: one typo away from a trusted owner that publishes this very repository.
  const owners = [...PUBLISHER_REPOSITORIES].filter(([o, repos]) => repos.includes(image.repository) && o !== owner).map(([o]) => o);
  const nearOwner = image.namespace && image.namespace.length >= 5 ? nearName(owner, owners) : null;
  return nearOwner ? { kind: 'unknown', didYouMean: `${nearOwner}/${image.repository}`, near: 'publisher' } : { kind: 'unknown', didYouMean: null };
}

/**
 * Registries where anyone may open an account under any name: an image there named as an official one may be anybody's.
 * On the others (a Google Cloud project's `gcr.io/<project>`, Artifact Registry, a private ECR, Azure's `*.azurecr.io`,
 * a company's own host) an organisation keeps its own copies.
 */
const COMMUNITY_REGISTRIES: ReadonlySet<string> = new Set(['ghcr.io', 'quay.io', 'public.ecr.aws', 'registry.gitlab.com', 'docker.pkg.github.com', 'codeberg.org', 'registry.hub.docker.com']);

/**
 * An organisation's copy of a Docker Official Image in its own registry, named as the image it copies (MLRun's
 * `gcr.io/iguazio/python:3.9-slim`, `gcr.io/iguazio/golang`; a private ECR's `…/python:3.12`): a pull-through cache
 * or a mirror its CI fills, which serves the official image. Not on Docker Hub nor a community registry, where the
 * name would say nothing of who publishes it.
 */
function organisationMirror(image: ImageName): boolean {
  return image.registry !== null && !COMMUNITY_REGISTRIES.has(image.registry) && OFFICIAL.has(image.repository) && !RETIRED_OFFICIAL_IMAGES.has(image.repository);
}

/**
 * Tools whose release pipeline publishes the tool's own image, which Dockerfiles copy the binary out of (`COPY
 * --from=anchore/syft:v1 /syft /usr/local/bin/`), by GitHub repository. The release image is named as the repository,
 * under the account named as the GitHub organisation (on Docker Hub, ghcr.io, quay.io: compared as publishedBy does),
 * or under the other namespaces listed. Sources: Syft's and Grype's `.goreleaser.yaml` (`dockers`: `anchore/syft`,
 * `ghcr.io/anchore/syft`; `anchore/grype`), GoReleaser's own (`goreleaser/goreleaser`, `ghcr.io/goreleaser/goreleaser`),
 * Hadolint's README ("Install": `hadolint/hadolint`, `ghcr.io/hadolint/hadolint`), ShellCheck's README ("From Docker
 * Hub": `koalaman/shellcheck`), Cosign's README ("Container Images": "Signed release images are available at
 * `gcr.io/projectsigstore/cosign`", Sigstore's Google Cloud project).
 */
export const TOOL_RELEASE_IMAGES: ReadonlyMap<string, readonly string[]> = new Map([
  ['anchore/syft', []], ['anchore/grype', []], ['goreleaser/goreleaser', []], ['hadolint/hadolint', []],
  ['koalaman/shellcheck', []], ['sigstore/cosign', ['gcr.io/projectsigstore']],
]);

/**
 * Registries where a tool's organisation publishes under its own name (ghcr.io's accounts are GitHub's own); not a
 * Google Cloud project or an ECR Public alias, which anyone may name after an organisation.
 */
const TOOL_ACCOUNT_REGISTRIES: ReadonlySet<string> = new Set(['docker.io', 'ghcr.io', 'quay.io']);

/**
 * The release image of a tool in TOOL_RELEASE_IMAGES, published by the tool's own project (`anchore/syft`,
 * `gcr.io/projectsigstore/cosign`); null otherwise. Only the tool's repository: other images of the account are not
 * the tool's release.
 */
function toolReleaseImage(image: ImageName): string | null {
  for (const [repo, namespaces] of TOOL_RELEASE_IMAGES) {
    const [org, name] = repo.split('/') as [string, string];
    const ownAccount = TOOL_ACCOUNT_REGISTRIES.has(image.registry ?? 'docker.io') && publishedBy(image, org);
    if (image.repository === name && (ownAccount || namespaces.includes(ownerOf(image)))) return image.familiar;
  }
  return null;
}

/** `nvidia` for `nvidia/cuda`, `nvcr.io/nvidia` for `nvcr.io/nvidia/pytorch`: everything before the repository. */
function ownerOf(image: ImageName): string {
  return [image.registry, image.namespace].filter(Boolean).join('/');
}

/**
 * A known name one typo away (`pyhton` → `python`, `pytroch` → `pytorch`): one edit or swap of adjacent letters,
 * two for long names; null for the name itself. Short names (`base`, `app`) are usually local images: no guess.
 */
function nearName(name: string, known: Iterable<string>): string | null {
  if (name.length < 5) return null;
  const max = name.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  for (const candidate of known) {
    if (candidate === name) return null;
    const d = editDistance(name, candidate, max);
    if (d < bestD) [best, bestD] = [candidate, d];
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps); anything above `max` is `max + 1`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(d[a.length]![b.length]!, max + 1);
}

/** The date of the official-images commit the `latest` table comes from (`2026-08-21`). */
export const LATEST_PINS_DATE = /, (\d{4}-\d{2}-\d{2})/.exec(LATEST_SOURCE)?.[1] ?? 'unknown date';

/**
 * For a Docker Official Image pulled as `latest` (or with no tag): the version tag of the same entry to pin instead
 * (`python` → `3.14`, see scripts/knowledge/data.ts `latestPin`); null for other images and other tags.
 */
export function latestPinFor(image: ImageName): string | null {
  if (!isOfficialImage(image) || (image.tag !== null && image.tag !== 'latest')) return null;
  return Object.hasOwn(LATEST_PINS, image.repository) ? LATEST_PINS[image.repository]! : null;
}

/**
 * Registries whose first path segment is the account that publishes the image (on Docker Hub, the namespace; on
 * Google's Container Registry, the Cloud project that owns it: `gcr.io/vorvan/h2oai/…`; on Amazon ECR Public, the
 * registry alias its AWS account claims: `public.ecr.aws/buildkite/agent-base`).
 */
const ACCOUNT_REGISTRIES: ReadonlySet<string> = new Set([
  'docker.io', 'index.docker.io', 'registry.hub.docker.com', 'ghcr.io', 'quay.io', 'registry.gitlab.com', 'docker.pkg.github.com', 'codeberg.org',
  'gcr.io', 'us.gcr.io', 'eu.gcr.io', 'asia.gcr.io', 'public.ecr.aws',
]);

const squash = (s: string): string => s.toLowerCase().replace(/[-_.]/g, '');

/**
 * The account that publishes the image, on a registry whose first path segment is the account (`openzipkin` for
 * `ghcr.io/openzipkin/java`, `hpcaitech` for `hpcaitech/pytorch-cuda`); null elsewhere and for official images.
 */
export function imageAccount(image: ImageName): string | null {
  if (image.registry !== null && !ACCOUNT_REGISTRIES.has(image.registry.toLowerCase())) return null;
  const first = image.namespace?.split('/')[0];
  return first && first !== 'library' && squash(first).length >= 2 ? first : null;
}

/**
 * The image is published under `account` (the owner of the repository the Dockerfile is in, or an account the
 * project builds images under): names compared without case, dashes, dots and underscores, as projects spell their
 * account on each site (`jina-ai` on GitHub, `jinaai` on Docker Hub; `OpenNMT`, `opennmt`).
 */
export function publishedBy(image: ImageName, account: string): boolean {
  const first = imageAccount(image);
  return first !== null && squash(first) === squash(account);
}

/**
 * A GitHub organisation for the project's images, named after the account they are published under (`owncloud-docker`
 * publishes `owncloud/server`): the account is the project's.
 */
const IMAGE_ORGANISATION_SUFFIX = /[-_](docker|containers?|images|dockerfiles)$/i;

/**
 * The project's account in an organisation for its images (IMAGE_ORGANISATION_SUFFIX: `owncloud` for
 * `owncloud-docker`), compared as publishedBy does; null for any other owner, or when what is left is under three letters.
 */
export function imageOrganisationAccount(owner: string): string | null {
  const product = owner.replace(IMAGE_ORGANISATION_SUFFIX, '');
  return product !== owner && squash(product).length >= 3 ? product : null;
}

/**
 * Words an organisation adds after its name on GitHub, where the plain name was taken, to say what kind of body it is;
 * its image account goes without them: `langchain-ai` publishes `langchain/langgraph-api`, the server image of its
 * `langgraph` repository (the base its langgraph-cli builds on), `deepset-ai` `deepset/haystack`, `vllm-project`
 * `vllm/vllm-openai`.
 */
const KIND_SUFFIX = /[-_](ai|io|project)$/i;

/**
 * The image is the project's own under its organisation's name without the kind suffix (KIND_SUFFIX): published under
 * that account (`langchain` for `langchain-ai`, as publishedBy compares) and named for the repository, its name
 * beginning with the repository's (`langgraph-api` in `langgraph`). The account alone is not enough: the plain name
 * may be someone else's on the registry too (`jina/…` beside Jina AI's own `jinaai/…`).
 */
export function kindSuffixedOrganisationImage(image: ImageName, owner: string, repository: string): boolean {
  const account = owner.replace(KIND_SUFFIX, '');
  const name = squash(repository);
  return account !== owner && squash(account).length >= 3 && name.length >= 3 && squash(image.repository).startsWith(name) && publishedBy(image, account);
}

/**
 * The image's namespace is named for the repository itself, its owner and name joined (`opendatalab-mineru` for
 * github.com/opendatalab/MinerU, compared as publishedBy does): the project's own namespace on any registry, since a
 * name that specific is no one else's (MinerU's images on its personal Aliyun registry,
 * `crpi-….personal.cr.aliyuncs.com/opendatalab-mineru/corex`). The owner's name alone is not enough off the account
 * registries (publishedBy): a private registry's `library/` or `base/` says nothing of who publishes it.
 */
export function namedForRepository(image: ImageName, owner: string, repository: string): boolean {
  const first = image.namespace?.split('/')[0];
  return !!first && !!squash(owner) && !!squash(repository) && squash(first) === squash(owner) + squash(repository);
}

/**
 * Vendors' registries that serve only the vendor's own images, and the GitHub organisations of that vendor: an image
 * there is the project's own in a repository of one of them (`mcr.microsoft.com/azureml/…` in github.com/microsoft),
 * though the registry's host is shared by the vendor's organisations (hostedBy does not take it). Microsoft Artifact
 * Registry is "the primary registry for all Microsoft published docker images" (github.com/microsoft/containerregistry
 * README), published from the microsoft, Azure and dotnet organisations; NGC's `nvidia` organisation holds NVIDIA's own
 * images (catalog.ngc.nvidia.com); Google's namespaces of gcr.io hold Google's, published from its GoogleCloudPlatform,
 * google, googleapis and GoogleContainerTools organisations.
 */
const VENDOR_REGISTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['mcr.microsoft.com/*', ['microsoft', 'azure', 'dotnet']],
  ['nvcr.io/nvidia/*', ['nvidia']],
  // Google's own namespaces of gcr.io, never all of it (gcr.io/<project> is every Cloud customer's): the Cloud Build
  // builders, the Cloud SDK, the App Engine runtimes and Marketplace bases, from Google's organisations. Not distroless:
  // it has no version tags, and a digest is the pin its users (Google's samples too) are asked for.
  ...['gcr.io/cloud-builders/*', 'gcr.io/google.com/cloudsdktool/*', 'gcr.io/google-containers/*', 'gcr.io/gcp-runtimes/*', 'gcr.io/google-appengine/*', 'launcher.gcr.io/google/*', 'marketplace.gcr.io/google/*'].map(
    (glob): [string, readonly string[]] => [glob, ['googlecloudplatform', 'google', 'googleapis', 'googlecontainertools']],
  ),
]);

/** The image is in the registry of the vendor whose GitHub organisation `account` is (VENDOR_REGISTRIES). */
export function inVendorRegistry(image: ImageName, account: string): boolean {
  const owner = account.toLowerCase();
  return [...VENDOR_REGISTRIES].some(([glob, owners]) => owners.includes(owner) && matchesImageGlob(image, glob));
}

/** Second-level labels under which a country's domains are registered (`example.co.uk`, `example.com.au`). */
const COUNTRY_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne']);

/**
 * The image comes from a registry of `account`'s own domain: a host whose registered name is the account's, compared
 * as publishedBy does (`sonatype.repo.sonatype.app` for `sonatype`, Sonatype's Nexus proxying Docker Hub). Only a
 * host of the account's own, never a shared registry (`quay.io` is no image of an account named `quay`), and the name
 * left of the public suffix only, so that an account named like a top-level domain (`aws`) does not take
 * `public.ecr.aws`.
 */
export function hostedBy(image: ImageName, account: string): boolean {
  const host = image.registry?.toLowerCase().replace(/:\d+$/, '');
  if (!host || PUBLIC_REGISTRIES.has(host) || ACCOUNT_REGISTRIES.has(host) || /^[\d.]+$/.test(host)) return false;
  const labels = host.split('.');
  const tld = labels.length - 1;
  const name = tld >= 2 && labels[tld]!.length === 2 && COUNTRY_SECOND_LEVEL.has(labels[tld - 1]!) ? labels[tld - 2] : labels[tld - 1];
  return !!name && squash(account).length >= 3 && squash(name) === squash(account);
}
