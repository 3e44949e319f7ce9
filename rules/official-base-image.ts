import { baseImageTrust, isLocalImage, PUBLIC_REGISTRIES } from '../src/knowledge/trusted-images.js';
import type { ImageName } from '../src/model/image-ref.js';
import { takenOutOf } from '../src/model/shipping.js';
import type { DockerfileModel, Stage } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'official-base-image',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'Base image that is neither a Docker Official Image, nor from a trusted publisher, nor allowed by the trusted registries/images settings.',
    docs: {
      why:
        'A base image runs with full access to your build and ends up in every container you ship. Docker Official Images (`python`, `ubuntu`, `node`, …) are rebuilt for security fixes and reviewed by Docker; GPU and ML stacks come from their vendors (`nvidia/cuda`, `nvcr.io/nvidia/*`, `pytorch/pytorch`, `tensorflow/tensorflow`, `rocm/*`, Hugging Face, vLLM, Ollama, LMDeploy, and the Chinese GPU vendors\' own registries: Moore Threads\' `registry.mthreads.com/mcconline/*`, MetaX\'s `cr.metax-tech.com/public-ai-release/*`, Hygon\'s SourceFind `harbor.sourcefind.cn:5443/dcu/admin/*`), and vendor base images from `mcr.microsoft.com`, `gcr.io/distroless`, `cgr.dev/chainguard` (and Chainguard\'s Docker Hub namespace `chainguard/*`), Red Hat UBI, `quay.io/jupyter` and registry mirrors, which serve another registry\'s images unchanged and are read as them (`public.ecr.aws/docker/library/python`, an organisation\'s copies in its own registry named as the official image they copy: MLRun\'s `gcr.io/iguazio/python:3.9-slim`, a private ECR\'s `…/golang:1.22`, not on a registry where anyone opens any account such as `ghcr.io`, `quay.io` or `public.ecr.aws`; Google\'s Artifact Foundry copies `us-docker.pkg.dev/artifact-foundry-prod/docker-3p-trusted/golang`, `mirror.gcr.io/library/mongo`, DaoCloud\'s `docker.m.daocloud.io/vllm/vllm-openai` and `quay.m.daocloud.io/ascend/vllm-ascend`; the trust settings may name either); the conda distributions\' own namespaces (`continuumio`, `condaforge`, `mambaorg`), Intel, and the vendors\' own base and build images (`docker/*`, `opensuse/*`, `quay.io/centos/*`, Google\'s marketplace and Cloud SDK images and its OSS-Fuzz builders `gcr.io/oss-fuzz-base/*`, which OSS-Fuzz and ClusterFuzzLite require, the workstation images vendors publish to build development environments on (Google Cloud Workstations\' predefined images `us-central1-docker.pkg.dev/cloud-workstations-images/predefined/base`, in any location, Gitpod\'s `gitpod/workspace-*`, the Dev Containers\'), the Nix project\'s own `nixos/nix` (also `ghcr.io/nixos/nix`), `registry.k8s.io`, SUSE\'s `registry.suse.com/suse/*` and `registry.suse.com/bci/*`, Oracle\'s `container-registry.oracle.com/*`, which serves only Oracle\'s products, `amazon/*`, `public.ecr.aws/lambda/*`, `quay.io/pypa/*`, AWS\'s Deep Learning Containers in its own ECR accounts, `763104351884.dkr.ecr.<region>.amazonaws.com/*` and the few regional ones), namespaces of Docker Hub\'s Verified Publisher and Docker-Sponsored Open Source programs common in AI and infrastructure images (`apache/*`, `grafana/*`, `hashicorp/*`, `bitnami/*`, `envoyproxy/*`, `otel/*`, `selenium/*`, …) and projects\' own registries (Fedora\'s `quay.io/fedora`, the CentOS Project\'s `quay.io/centos-bootc`, OpenTelemetry\'s `ghcr.io/open-telemetry`, Red Hat\'s, Prometheus\', MinIO\'s) and release images (Deno\'s `denoland/deno`, Swagger UI\'s `swaggerapi/swagger-ui`, Pathway\'s `pathwaycom/pathway`, and tools\' own release images that Dockerfiles copy a binary out of, under the tool\'s GitHub organisation or its documented namespace: `anchore/syft`, `ghcr.io/hadolint/hadolint`, Sigstore\'s `gcr.io/projectsigstore/cosign`; also any image a bare `FROM` stage no image is built on takes only for the program named as its repository, copied or mounted out of it: `FROM crazymax/undock:0.9.0 AS undock` then `COPY --from=undock /usr/local/bin/undock /usr/bin/`, or `RUN --mount=from=go-mod-outdated,source=/usr/bin/go-mod-outdated,…` of `psampaz/go-mod-outdated`; not one built on, run, or taken other files from) count too, as does a Docker Hub account named after the one product it publishes (`postgrest/postgrest`, `horovod/horovod`: the project\'s own release account). Anything else is an image someone else controls: check who publishes it, or build on a trusted base.\n\nImages published under the account that owns the git repository the Dockerfile is in are the project\'s own and are not reported (the account is read from the `origin` remote in the repository\'s `.git/config`, never the network, and compared without case, dashes or dots: `hpcaitech/pytorch-cuda` in a clone of `github.com/hpcaitech/ColossalAI`, `jinaai/jina` in `github.com/jina-ai/…`, or under the account an organisation for the project\'s images is named after, `owncloud/base` in `github.com/owncloud-docker/…`, or an image named for the repository under the organisation\'s name without its `-ai`, `-io` or `-project`, `langchain/langgraph-api` in `github.com/langchain-ai/langgraph` (not any image of `langchain`); on Docker Hub, `ghcr.io`, `quay.io` or `registry.gitlab.com`, as the Google Cloud project of `gcr.io/<project>/…`, or as the Amazon ECR Public alias of `public.ecr.aws/<alias>/…`: `public.ecr.aws/buildkite/agent-base` in `github.com/buildkite/agent`), or on any registry under a namespace named for the repository itself, its owner and name joined (`…personal.cr.aliyuncs.com/opendatalab-mineru/corex` in `github.com/opendatalab/MinerU`), and so are images of a registry on the owner\'s own domain, a host whose registered name (left of the public suffix: `.app`, `.com`, `.co.uk`) is the owner\'s (`sonatype.repo.sonatype.app/docker-all/python` in `github.com/sonatype/…`, Sonatype\'s Nexus proxying Docker Hub; never a shared registry such as `quay.io`, nor `public.ecr.aws` for an owner named `aws`), and images of a vendor\'s own registry in a repository of the vendor\'s GitHub organisations (`mcr.microsoft.com/…` in `microsoft/*`, `Azure/*` or `dotnet/*`; `nvcr.io/nvidia/…` in `NVIDIA/*`). So are images of the accounts the project\'s build files tag the images they build with (an organisation may publish under another name than its repository\'s, `ghcr.io/onnxmlir` for `onnx/onnx-mlir`; and without `.git`, in a copied tree, a tarball or a CI cache, they are the only clue), read in the Dockerfile\'s folder and the folders above it up to the project\'s root (the nearest with `.git`, `.github`, a licence, or a README beside a build file; only the Dockerfile\'s own folder when none is in reach): `docker build -t`/`--tag` (also `buildx`, `podman`, `podman farm build`, `buildah bud`, or a build script such as `docker_build org/app:test`) in shell scripts, Makefile recipes (their variables expanded: `docker build -t $(IMAGE)` with `IMAGE := gcr.io/org/app:$(TAG)`, and in scripts a variable\'s default, `REGISTRY_PATH=${REGISTRY_PATH:-quay.io/ramalama}` or `-t "${REGISTRY:-ghcr.io/org}/app"`: what the script builds when run as it is; an unknown variable before the last `/` names no account) and the shell blocks of READMEs, the new name of `docker tag SRC DST` in scripts and recipes (not in a README, which retags for its reader\'s registry), compose services with both `build:` and `image:`, Bake targets\' `tags` (also in the Bake files of the root\'s `bakefiles/` folder: `docker.io/rocker/r-ver` in rocker-versioned2\'s `bakefiles/4.5.3.docker-bake.json`), skaffold artifacts, and the root\'s GitHub workflows (`docker/metadata-action` `images`, `docker/build-push-action` `tags` and those of its drop-in fork `useblacksmith/build-push-action`, `${{ env.NAME }}` filled), and the `docker build -t` of its workflows\' `run` steps, its CircleCI configuration\'s (`.circleci/*.yml`) and its `.gitlab-ci.yml` job scripts: `ghcr.io/openzipkin/java` where a README says `docker_build openzipkin/zipkin:test`. An image only pulled, run or built FROM names no account of the project\'s.\n\nImages of your own registry are trusted once you say so (Docker Official Images and the publishers above always are, unlike hadolint\'s DL3026, which only runs when `trustedRegistries` is set and then trusts nothing else): list the registry in `trustedRegistries` (e.g. `ghcr.io/my-org`, `123456789012.dkr.ecr.us-east-1.amazonaws.com`) or the images in `trustedImages` (globs: `*` within a path component, `**` across, a trailing `/*` covers everything below). A single-name image that is not official is either a typo of one (`pyhton`: "did you mean python?", reported), a bare name for a famous namespaced image (`FROM pytorch`, `tensorflow`, `cuda`, `vllm`, `ollama`, `miniconda3`: Docker Hub has no such official image, and the message names the one meant, `pytorch/pytorch`, `nvidia/cuda`, …; reported), or an image built locally (`FROM my-base`, not reported). A trusted publisher\'s name is trusted only when spelled right: a namespace one typo away from a trusted publisher that publishes that repository (`nvidai/cuda`, `nvcr.io/nvida/pytorch`) and a repository one or two letters away from one its publisher is known for (`pytorch/pytroch`) are reported with the name meant; other repositories of a trusted publisher stay trusted. Former official images that Docker retired (`centos`, `java`, …) are reported: they get no updates any more; so are images of a registry its publisher has frozen and moved (`k8s.gcr.io` and `gcr.io/google-containers`, frozen by Kubernetes in April 2023: pull the same path from `registry.k8s.io`). Stage references, `scratch`, images from a registry on the build machine (`localhost:5000/…`), images whose registry or namespace is a build argument (`FROM ${REGISTRY}/app:1`, or the whole reference: `FROM ${BASE_IMAGE}`; the default is only a default) and images that cannot be resolved are not reported.',
      bad: 'FROM pyhton:3.12-slim\nFROM someuser/pytorch-cuda:latest\nFROM centos:7\nFROM pytorch:2.5.1\nFROM nvidai/cuda:12.4.1-runtime-ubuntu22.04',
      good: 'FROM python:3.12-slim\nFROM pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime\nFROM rockylinux:9',
      options:
        'Settings (shared with other tools, not rule options): `trustedRegistries` (registry hosts, or host/path prefixes such as `ghcr.io/my-org`) and `trustedImages` (image globs such as `my-org/*` or `python:3.12-*`).',
    },
    fixable: false,
    covers: ['DL3026'],
    tags: ['security', 'supply-chain'],
  },
  check({ model, buildContext, settings, report }) {
    for (const stage of model.stages) {
      const { name, raw, range } = stage.image;
      if (!name) continue;
      // The registry or namespace is chosen at build time (`FROM ${REGISTRY}/base:1`, `FROM ${BASE_IMAGE}`): the
      // default is only a default.
      if (namespaceFromVariable(raw)) continue;
      // A registry on the build machine itself holds the user's own images.
      if (/^(localhost|127\.0\.0\.1)(:\d+)?$/.test(name.registry ?? '')) continue;
      const trust = baseImageTrust(name, settings);
      if (trust.kind === 'retired') {
        const successor = trust.successor ? ` such as \`${trust.successor}\`` : '';
        report({
          range,
          message: `\`${name.familiar}\` is a retired Docker Official Image (deprecated since ${trust.year}, no security updates); move to a maintained base${successor}.`,
        });
      } else if (trust.kind === 'moved') {
        const path = name.familiar.slice(trust.from.length);
        report({
          range,
          message: `\`${trust.from}\` is a registry its publisher has moved away from (frozen since ${trust.since}: no new tags, no security fixes); pull \`${trust.to}${path}\` instead.`,
        });
      } else if (trust.kind === 'unknown') {
        if (trust.didYouMean) {
          report({ range, message: nearMessage(name.familiar, trust.didYouMean, trust.near) });
        } else if (isLocalImage(name)) {
          // A single name that is not official and not a typo of one: an image built locally (`FROM my-base`).
          continue;
        } else if (buildContext?.projectImage(name)) {
          // The project's own image: its maintainers are its publisher.
          continue;
        } else if (onlyToolBinaryTaken(model, stage, name)) {
          // The tool's own release image, the tool's distribution as its release archive would be.
          continue;
        } else {
          report({
            range,
            message: `\`${name.familiar}\` is not a Docker Official Image nor from a trusted publisher; check who maintains it, or trust it with the \`trustedImages\` setting (${trustSuggestion(name)}).`,
          });
        }
      }
    }
  },
});

/**
 * A stage that is the tool's release image, taken only for the tool's binary: it is a bare `FROM` no image is built on
 * (build-only), and every file other stages take out of it, copied or mounted, is the program named as the image's
 * repository (`FROM crazymax/undock:0.9.0 AS undock` then `COPY --from=undock /usr/local/bin/undock /usr/bin/`;
 * `FROM psampaz/go-mod-outdated AS go-mod-outdated` then `RUN --mount=from=go-mod-outdated,source=/usr/bin/go-mod-outdated,…`).
 * A tool's own release pipeline names its image after the tool (TOOL_RELEASE_IMAGES, the listed ones); a typo of a
 * trusted name is reported before this is asked.
 */
function onlyToolBinaryTaken(model: DockerfileModel, stage: Stage, name: ImageName): boolean {
  if (!stage.buildOnly || stage.instructions.some((i) => i !== stage.from)) return false;
  const takes = takenOutOf(model, stage);
  return takes.length > 0 && takes.every((sources) => sources.length > 0 && sources.every((p) => p.split('/').pop() === name.repository));
}

function nearMessage(image: string, meant: string, near: 'official' | 'publisher' | 'repository' | 'bare' | undefined): string {
  switch (near) {
    case 'bare':
      return `\`${image}\` is not a Docker Official Image: Docker Hub has no \`library/${image}\`, so this pulls nothing unless you build an image of that name locally; the published image is \`${meant}\`.`;
    case 'publisher':
      return `\`${image}\` is not from a trusted publisher, though its name is one typo away; did you mean \`${meant}\`?`;
    case 'repository':
      return `\`${image}\` is not one of the images its publisher is known for, and one typo away from one; did you mean \`${meant}\`?`;
    default:
      return `\`${image}\` is not a Docker Official Image; did you mean \`${meant}\`?`;
  }
}

/**
 * A variable in the reference's name before its last `/`, or in a name without `/` (`${BASE_IMAGE}` may hold
 * `myorg/base`). Variables are reduced to a mark first, since `${A:-x/y}` holds a `:` and a `/` of its own.
 */
function namespaceFromVariable(raw: string): boolean {
  const marked = raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '$');
  const slash = marked.lastIndexOf('/');
  const name = marked.slice(0, marked.slice(slash + 1).search(/[:@]|$/) + slash + 1);
  return (slash >= 0 ? name.slice(0, slash) : name).includes('$');
}

/**
 * The narrowest settings that trust the image: the image itself, or everything its owner publishes. The owner is the
 * namespace, or a private registry as a whole; never a public registry, where anyone publishes.
 */
function trustSuggestion(name: ImageName): string {
  const registry = name.registry ?? 'docker.io';
  const owner = name.namespace ? (name.registry ? `${name.registry}/${name.namespace}` : name.namespace) : PUBLIC_REGISTRIES.has(registry) ? null : registry;
  return owner ? `\`${name.familiar}\`, or \`${owner}/*\` for every image of \`${owner}\`` : `\`${name.familiar}\``;
}

