import { systemPackagesShip } from '../src/model/shipping.js';
import { declinedAdviceDoc } from '../src/knowledge/declined-advice.js';
import { releaseUnknown } from '../src/context/fragments.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage, isSampleDockerfile, SAMPLE_FILES } from '../src/knowledge/file-purpose.js';
import { apkAdds, upgradesEverything } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import { packageName, removedAgain } from '../src/shell/removals.js';
import { baseOfOtherFamily, BUILDER_PACKAGES, FLOATING_BASE, floatingBaseAdvice, LATEST_ON_REQUEST, OTHER_FAMILY, reportUnpinned, type UnpinnedPackage, UPGRADES_EVERYTHING } from '../src/shell/unpinned.js';

const NAME = /^[A-Za-z0-9][\w+.-]*(@[\w.-]+)?$/;

export default defineRule({
  meta: {
    id: 'apk-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`apk add` of a package without `=version`.',
    docs: {
      why:
        'An unpinned `apk add curl` installs whatever the Alpine mirror carries on the day of the build, so two builds of the same Dockerfile differ. Pin with `curl=8.9.1-r1` (or a fuzzy `curl~8.9`); `--virtual .build-deps` names a group, not a package, and local `.apk` files are taken as they are. Not reported on Alpine `edge`, a rolling branch whose repositories keep only the current build, nor on Wolfi (`cgr.dev/chainguard/wolfi-base` and Chainguard\'s other images), a rolling distribution with no release, whose archive drops a superseded version after a while whatever the base image does: pin the base image instead. ' + FLOATING_BASE + '\n\nNot reported either: a package the same `RUN` removes again (nothing of it ships), such as `apk add --virtual .build-deps gcc make` then `apk del .build-deps`; a package another `apk add` of the `RUN` names before the delete (one after it installs the package again and is reported there), and a library a later `apk add $runDeps` (sonames from `scanelf`) may keep, stay reported. Nor an install on a base the file does not fix, `FROM ${BASEIMAGE}` from a build argument without a default (or with a placeholder one such as `notset`, or one the project\'s Bake targets (also a target whose Dockerfile the run names, `dockerfile = "${DOCKERFILE}"`, building a stage the file declares from its folder) or GitHub workflows pass several values, as a test matrix over distribution releases does (a workflow\'s build-push-action `build-args` over its matrix rows, also through a reusable workflow\'s inputs), or an official image whose tag floats (no tag, or one naming no version nor release codename: `FROM alpine:latest`, `nginx:alpine`, `python:slim`; `python:bookworm` names Debian 12), directly or as such an argument\'s default, while `alpine:3.20` fixes it: its next release drops the versions pinned for this one, so `base-image-tag` asks for the tag first; or a bare local image without a tag as such an argument\'s default (triton\'s `ARG BASE_IMAGE=tritonserver`, made by an earlier step of the project\'s build on whichever release it is asked for) that no Dockerfile of the project is found to build, while one found fixes its release and `FROM tritonserver` written in the FROM itself is reported; or a fragment without `FROM` that a script of the project joins under a base it picks, such as a `Dockerfile.extra_install` its build script reads to splice into a template): the build passes several releases, and a version belongs to one. With a real default (`ARG BASEIMAGE=alpine:3.20`), that release is pinned. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner. Nor on a release whose public archive no longer changes (Ubuntu 20.04 and older back to 10.04, interim releases past their end of life, Debian 11 and older, CentOS Linux 7/8, CentOS Stream 8, openSUSE Leap 15.6 and older (`opensuse/leap:15`), Alpine 3.21 and older, as of 2026-12-01, data in `src/knowledge/frozen-releases.ts`, named by the image\'s tag: `ubuntu:18.04`, `python:3.9-buster`, `nvidia/cuda:11.8.0-runtime-ubuntu20.04`, or the tag of a deprecated official image, or of an end-of-life version of one, whose final build is on one: `golang:1.13`, Debian 10, `openjdk:8-jre-slim`, Debian 11, `node:18-alpine`, Alpine 3.21 (the release of the docker-library entry that listed the tag when it was dropped, from the history of its `library/` file)): every package there has one version for good, which the base image fixes; moving to a supported release is what matters.' + ' ' + LATEST_ON_REQUEST + ' ' + UPGRADES_EVERYTHING + ' ' + declinedAdviceDoc('apk-pin-versions') + ' ' + SAMPLE_FILES + ' ' + BUILDER_PACKAGES + ' ' + OTHER_FAMILY,
      bad: 'RUN apk add --no-cache curl git',
      good: 'RUN apk add --no-cache curl=8.9.1-r1 git~2.45',
    },
    fixable: false,
    covers: ['DL3018'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model) || isSampleDockerfile(model.path, buildContext?.repositoryOwner() ?? null)) return;
    for (const { instruction, command, packages } of apkAdds(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      // A rolling release's repositories keep only the current build: a pinned package breaks at the next snapshot.
      if (instruction.stage?.rootImage.rollingRelease) continue;
      // A builder that ships none of its packages (only its products are copied out): they stay behind.
      if (instruction.stage && !systemPackagesShip(instruction.stage, false)) continue;
      // The stage upgrades every package: it takes the latest on purpose, and an upgrade moves a package past its pin.
      if (instruction.stage && upgradesEverything(instruction.stage, 'apk')) continue;
      // So does the project's own base image, whose Dockerfile (found for certain) upgrades everything.
      if (instruction.stage?.rootImage.name && buildContext?.ownBase(instruction.stage.rootImage.name)?.upgrades.has('apk')) continue;
      // `FROM ${BASEIMAGE}` without a default: the build passes several releases, and no literal version fits them all.
      if (releaseUnknown(instruction, buildContext) || instruction.stage?.rootImage.frozenRelease) continue;
      // The base is of another distribution family: the install runs only under another base the build passes, or never.
      if (baseOfOtherFamily(instruction, 'alpine')) continue;
      const removed = removedAgain(command, instruction.run!.script!);
      const unpinned: UnpinnedPackage[] = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        // A package the same RUN removes again: nothing of it ships.
        if (removed.has(packageName('apk', v))) continue;
        if (/[=<>~]/.test(v) || v.includes('/') || v.endsWith('.apk') || !NAME.test(v)) continue;
        const name = v.replace(/@.*$/, '');
        unpinned.push({ range: pkg.range, shown: v, message: `apk package \`${v}\` is not pinned; add \`${name}=<version>\`.` });
      }
      reportUnpinned(report, { instruction, command }, unpinned, (list, n) => `${n} apk packages are not pinned: ${list}; add each as \`name=<version>\`.`, floatingBaseAdvice(instruction));
    }
  },
});
