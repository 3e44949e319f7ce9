import { retagBaseImage } from '../src/fix-edits.js';
import { isBaseImageDefinition, isDevelopmentImage, parentFromArgument } from '../src/knowledge/file-purpose.js';
import { hasNoVersionTags, isPersonalWorkspaceImage } from '../src/knowledge/image-defaults.js';
import { FLOATING_TAG_WORDS, floatingTagWord, isVariantOnlyTag, namesNoRelease, pathNamesDistributionRelease } from '../src/knowledge/floating-tags.js';
import { isLocalImage, isOfficialImage, LATEST_PINS_DATE, latestPinFor } from '../src/knowledge/trusted-images.js';
import { defineRule } from '../src/rule.js';

/** `name:$TAG`, `$REPO/name:${TAG}-openeuler`: the tag starts with a variable (a whole `${IMAGE}` is not a tag). */
function tagFromArgument(raw: string): boolean {
  const colon = raw.lastIndexOf(':');
  const tag = colon < 0 ? '' : raw.slice(colon + 1);
  // The tag starts with the argument; more arguments may follow (`${PREFECT_VERSION}-python${PYTHON_VERSION}`).
  return !tag.includes('/') && /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)([-_.][\w.${}-]*)?$/.test(tag);
}


export default defineRule({
  meta: {
    id: 'base-image-tag',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'Base image without a tag, or with a floating tag such as `latest`.',
    docs: {
      why:
        'Without a tag Docker pulls `latest`, which moves whenever the publisher pushes: the same Dockerfile builds a different image next week, and a breaking upgrade arrives unannounced. Floating tags (`latest-gpu`, `nightly`, `edge`, `rolling`, `stable`, `lts`) move the same way, and so does a Docker Official Image\'s variant tag that names no version and no distribution release (`nginx:alpine`, `python:slim`, `nextcloud:fpm`: the next release of the image and of the distribution under it; a tag of other words, `liquibase:test-entrypoint`, may be a local build\'s and is not reported; a tag naming the release, `python:slim-bookworm`, is not reported, though it takes each new Python), unless a release channel word stands beside a version (`x86_64-musl-stable-1.97.1`: that release; `latest-rust-1.75` still floats on the image\'s own tool) or a build date (`nightly_3.10_tpuvm_20240808`: that day\'s build). Name a version (and, for full reproducibility, a digest); where the publisher has no version tags (distroless: `latest`, `nonroot`, `debug` only, the Debian release in the repository name; Chainguard\'s free images) the message says to pin the digest. The development branch of a distribution (Fedora Rawhide, Debian sid, Alpine edge) has no version tags: move to a release, or pin its digest. Wolfi, under Chainguard\'s images, is a rolling distribution with no release to move to: the message asks for the digest. A pure rolling release (openSUSE Tumbleweed, Arch Linux) is not reported: its packages come from the rolling repositories whatever the image, and a pinned snapshot of the image with today\'s packages is a partial upgrade those distributions do not support. Not reported: the parent of a layer in an image family built in order (jupyter docker-stacks\' `ARG BASE_IMAGE=$REGISTRY/$OWNER/minimal-notebook` then `FROM $BASE_IMAGE`), when the file defines a base image (only its own scripts copied, no `ONBUILD`, no command beyond an interpreter; see `cmd-present`): the family\'s build passes the image it built just before. Nor a personal workspace\'s image (Gitpod\'s `gitpod/workspace-full`, Cloud Workstations\' predefined images), which the platform rebuilds under one tag and documents building on as is: the workspace follows it, and nothing built on it ships. Nor is an image of a repository that publishes nightly builds only (`pytorch/torchserve-nightly:latest-gpu`: following the nightly is the point; a `nightly` tag of a repository that also publishes releases is reported), nor an organisation\'s image built from a folder beside the Dockerfile\'s own (`FROM quay.io/ramalama/cuda` in `container-images/cuda-vllm/` next to `container-images/cuda/Containerfile`: the family\'s build script builds it just before; also under a prefix the family\'s images share, `FROM confluentinc/cp-kafka` next to `kafka/Dockerfile` and `cp-rpm-base` next to `base/Dockerfile.rpm`, when the family\'s Dockerfiles name images `<prefix>-<folder>` of at least two of its folders: one such name alone is a coincidence and is reported). Nor is a single name that Docker Hub\'s library does not have (`FROM my-base`): an image built locally by an earlier step, with no published tags (a typo of an official image is `official-base-image`\'s). Nor when the tag is, or starts with, a build argument (`FROM opea/comps-base:$BASE_TAG` with `ARG BASE_TAG=latest`, `prefecthq/prefect:${PREFECT_VERSION}-python${PYTHON_VERSION}`: the build passes the release, `latest` is the fallback of a bare `docker build`; a whole reference from an argument is still judged, unless the project\'s Bake targets pass it several values: a test matrix over base images), nor a floating tag of a repository whose path names the release or no tag (`vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0`, published only as `latest`: the tag moves only with rebuilds of that release; also a repository named only for a distribution at a release, `launcher.gcr.io/google/ubuntu1804`, `gcr.io/gcp-runtimes/ubuntu_20_0_4`, `ubuntu16_04`, `debian12`, Red Hat\'s UBI, `registry.access.redhat.com/ubi9`, `ubi9/ubi-minimal` (its `latest` is RHEL 9\'s newest minor release; not `ubi9/python-311`, an application on it), while `ubuntu`, `ubuntu_latest` or an application\'s `app-ubuntu2004` still float), nor the project\'s own image (published under the account that owns the repository, or tagged by its build files, as `official-base-image` reads them: `FROM neuml/txtai-cpu` in a clone of `github.com/neuml/txtai`, or an image of the vendor\'s own registry in a repository of the vendor\'s GitHub organisations, `mcr.microsoft.com/…` in `microsoft/*` or `Azure/*`, `nvcr.io/nvidia/…` in `NVIDIA/*`, Google\'s own namespaces of gcr.io (`gcr.io/cloud-builders/…`, `launcher.gcr.io/google/…`, `gcr.io/gcp-runtimes/…`, not the rest of gcr.io, which holds every Cloud customer\'s projects) in `GoogleCloudPlatform/*`, `google/*`, `googleapis/*` or `GoogleContainerTools/*`; its maintainers release both, and follow their own moving tag on purpose), nor, in development, CI and test images (`Dockerfile.dev`, `Dockerfile.benchmark.*`, a project\'s `tests/` folder, a `ci/` or `.ci/` folder at any depth: `.ci/docker/ubuntu/Dockerfile`), a publisher\'s image on a floating tag (`FROM huggingface/lerobot-gpu:latest`: such images follow the project\'s own or a tool\'s moving build on purpose; official images and a missing tag are still reported).',
      bad: 'FROM python\nFROM node:lts-alpine',
      good: 'FROM python:3.12-slim\nFROM node:22.11-alpine3.20',
      fixSafety:
        'Unsafe, because the image changes from whatever `latest` is on the day of the build to the version it stood for when dlint\'s data was taken. For Docker Official Images pulled as `latest` or with no tag, the fix writes the version tag of the entry `latest` belongs to in docker-library/official-images (the data ships with dlint; `npm run knowledge:update -- --refresh` renews it), so the variant stays the same: `python` becomes `python:3.14`, the Debian image `latest` is, never `3.14-alpine`. The release line above the full version is chosen (`python:3.14` for `3.14.7`, `alpine:3.24`; `debian:13` and `postgres:18`, whose `13.6` and `18.6` are point releases; the major alone where there is no such tag, `amazonlinux:2023`; the one version an entry has, `ubuntu:26.04`): it no longer jumps to the next release line, yet keeps receiving the patch releases and OS security rebuilds the publisher pushes under it, where a full version is frozen once the next patch is out; pin a digest for a reproducible build. The line is read from the shape of each image\'s tags, not from its release policy: for `node` it is the minor (`26.7`), so write the major (`node:26`) if you want its minor releases too. The line may be older than the newest release by the time you run the fix: check it. No fix for other floating tags (`lts`, `edge`), for images that are not official or whose `latest` entry has no version tag (`hello-world`, `buildpack-deps`), for references with a digest or built from variables; a reference that is one global ARG (`FROM ${BASE}`) is fixed in the ARG\'s default, only when that ARG is declared once and read by nothing but such FROMs.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3006', 'DL3007'],
  },
  check({ model, buildContext, report }) {
    const baseDefinition = isBaseImageDefinition(model);
    const devImage = isDevelopmentImage(model);
    for (const stage of model.stages) {
      const { name, range, raw, resolved } = stage.image;
      if (!name || name.digest) continue;
      // A reference built from arguments is named with what they expand to: `${BASE}:latest` would name no image.
      const ref = resolved ?? raw;
      const shown = ref === raw ? `\`${raw}\`` : `\`${raw}\` (\`${ref}\`)`;
      // A single name Docker Hub's library does not have (`FROM my-base`, `FROM bats-jenkins`): an image built on
      // this machine by an earlier step, which has no published tags to pin (official-base-image reports typos).
      if (isLocalImage(name)) continue;
      // A layer of an image family built in order (`FROM $BASE_IMAGE`): its build passes the parent just built.
      if (baseDefinition && parentFromArgument(stage)) continue;
      // A repository of nightly builds only (`pytorch/torchserve-nightly`): following the nightly is the point.
      if (/(^|[-_.])nightly([-_.]|$)/i.test(name.repository)) continue;
      // An organisation's image built from a folder beside this one (`quay.io/ramalama/cuda` from `../cuda/`, `cp-kafka` from `../kafka/`): the
      // family's build script builds it just before, and a published tag would decouple the two.
      if (name.namespace !== null && name.namespace !== 'library' && buildContext?.builtBeside(name.repository)) continue;
      // A tag that is a build argument (`FROM opea/comps-base:$BASE_TAG` with `ARG BASE_TAG=latest`): the build passes
      // the release it builds for, and `latest` is only what a bare `docker build` falls back to.
      if (name.tag !== null && tagFromArgument(raw)) continue;
      // The repository path names the release (`vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0:latest`,
      // published only as `latest`): the floating part is rebuilds of that one release.
      // So does a repository named for a distribution at a release (`launcher.gcr.io/google/ubuntu1804`,
      // `gcr.io/gcp-runtimes/ubuntu_20_0_4`, `registry.access.redhat.com/ubi9/ubi-minimal`): the vendor's rebuilds of
      // that release, as `ubuntu:18.04` is.
      if ((name.tag === null || FLOATING_TAG_WORDS.has(name.tag)) && (name.familiar.split('/').slice(0, -1).some((part) => /^v?\d+\.\d+(\.\d+)*$/.test(part)) || pathNamesDistributionRelease(name))) continue;
      // The project's own image (published by the repository's owner, or tagged by its build files): its maintainers
      // release both, and following their own moving tag is the intent (txtai's API template on `neuml/txtai-cpu`).
      if (name.namespace !== null && name.namespace !== 'library' && buildContext?.projectImage(name)) continue;
      // A development, CI or test image on a publisher's floating tag (`FROM huggingface/lerobot-gpu:latest` in
      // `Dockerfile.benchmark.libero`, `FROM minio/minio:edge` in `Dockerfile.cicd`): it follows the project's own or a
      // tool's moving build on purpose. A missing tag and official images are still reported.
      if (devImage && name.tag !== null && name.namespace !== null && name.namespace !== 'library') continue;
      // A personal workspace's image (Gitpod's `gitpod/workspace-full`, Cloud Workstations'): the platform rebuilds it
      // under one tag and documents building on it as is; the workspace follows it, and nothing built on it ships.
      if (isPersonalWorkspaceImage(name)) continue;
      // A rolling release has no version tags to pin: say what exists instead, where pinning helps at all.
      const rolling = stage.image.rollingRelease;
      if (rolling && !/\d/.test(name.tag ?? '')) {
        if (rolling.pinAdvice) report({ range, message: `${shown} follows ${rolling.distribution}, a rolling release that changes with every snapshot; ${rolling.pinAdvice}.` });
        continue;
      }
      const pin = latestPinFor(name);
      const edit = pin ? retagBaseImage(model, stage, pin) : null;
      const fix = edit ? { fix: { description: `Pin \`${name.familiar}:${pin}\``, edits: [edit], safe: false } } : {};
      // The pin is named even when it cannot be written in place (a reference built from variables).
      const advice = pin
        ? `pin a version tag such as \`${name.familiar}:${pin}\`, the line \`latest\` was on in the official images of ${LATEST_PINS_DATE}`
        : hasNoVersionTags(name)
          ? 'its publisher has no version tags, so pin its digest (`@sha256:…`)'
          : 'pin a version tag';
      if (name.tag === null) {
        report({ range, message: `${shown} has no tag, so it means \`${ref}:latest\`, which changes without notice; ${advice}.`, ...fix });
        continue;
      }
      // A release channel beside a version (`x86_64-musl-stable-1.97.1`) or a build date (`nightly_3.10_tpuvm_20240808`)
      // names that release or day's build; `latest-rust-1.75` is still the newest build for that Rust (floatingTagWord).
      const floating = floatingTagWord(name.tag);
      if (floating) {
        report({ range, message: `${shown} uses the floating tag \`${name.tag}\`, which changes without notice; ${advice}.`, ...fix });
      } else if (isOfficialImage(name) && namesNoRelease(name.tag) && isVariantOnlyTag(name.tag)) {
        // A variant without a version (`nginx:alpine`, `python:slim`) moves like `latest`: to the next release of the
        // image and of the distribution under it.
        report({ range, message: `${shown} names a variant but no version, so it moves to each new release of \`${name.familiar}\` and of the distribution under it without notice; pin a version tag of that variant (\`${name.familiar}:<version>-${name.tag}\`).` });
      }
    }
  },
});
