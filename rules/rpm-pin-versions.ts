import { systemPackagesShip } from '../src/model/shipping.js';
import { declinedAdviceDoc } from '../src/knowledge/declined-advice.js';
import { releaseUnknown } from '../src/context/fragments.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage, isSampleDockerfile, SAMPLE_FILES } from '../src/knowledge/file-purpose.js';
import { rpmInstalls, upgradesEverything } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import { packageName, removedAgain } from '../src/shell/removals.js';
import { baseOfOtherFamily, BUILDER_PACKAGES, FLOATING_BASE, floatingBaseAdvice, LATEST_ON_REQUEST, OTHER_FAMILY, reportUnpinned, type UnpinnedPackage, UPGRADES_EVERYTHING } from '../src/shell/unpinned.js';

const NAME = /^[A-Za-z0-9_][\w+.~^-]*$/;
/** zypper's resolvable kinds other than packages (`pattern:devel_basis`). */
const KIND = /^(pattern|patch|product|srcpackage|application):/;

/**
 * `name-1.2.3`, `name-1.2.3-1.el9`, `name-1.2-3`, `name-1.2*`: the name ends in a version (with a dot, a glob or an
 * epoch) or in version-release. A bare number is part of the name (`cuda-cudart-12-8`, `gcc-toolset-13`, `ffmpeg-8`).
 */
function hasRpmVersion(spec: string): boolean {
  const parts = spec.split('-');
  const versionLike = (part: string | undefined): boolean => !!part && /^\d/.test(part) && /[.*:]/.test(part);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !/^\d/.test(last!)) return false;
  return versionLike(last) || (parts.length > 2 && versionLike(parts[parts.length - 2]));
}

/**
 * `kernel-${KERNEL_VERSION}` (or `…-${V}.x86_64`) with an empty ARG default expands to `kernel-`: the version comes
 * from the build argument, which the build passes (dnf finds no package named `kernel-`).
 */
function versionFromEmptyArg(spec: string): boolean {
  return /-(\.\w+)?$/.test(spec);
}

export default defineRule({
  meta: {
    id: 'rpm-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`yum`/`dnf`/`microdnf`/`zypper install` of a package without a version.',
    docs: {
      why:
        'An unpinned `dnf install git` installs whatever the repositories carry on the day of the build, so two builds of the same Dockerfile differ. Name the version: `git-2.43.5` (or `git-2.43*`) for yum, dnf and microdnf, `git=2.43.0` for zypper. A version from a build argument (`kernel-devel-${KERNEL_VERSION}`) is pinned by it, also when the argument\'s default is empty and the build must pass it. Local `.rpm` files, URLs, groups (`@development`) and capabilities (`/usr/bin/make`, `perl(JSON)`) are not reported, nor installs on a rolling release (openSUSE Tumbleweed, Fedora Rawhide), whose repositories keep only the current build of each package: a pin there breaks at the next snapshot, so pin the base image instead (see `base-image-tag`). ' + FLOATING_BASE + '\n\nNot reported either: a package the same `RUN` removes again (`dnf remove -y gcc`, `zypper rm`): nothing of it ships. Nor an install on a base the file does not fix, `FROM ${BASEIMAGE}` from a build argument without a default (or with a placeholder one such as `notset`, or one the project\'s Bake targets (also a target whose Dockerfile the run names, `dockerfile = "${DOCKERFILE}"`, building a stage the file declares from its folder) or GitHub workflows pass several values, as a test matrix over distribution releases does (a workflow\'s build-push-action `build-args` over its matrix rows, also through a reusable workflow\'s inputs), or an official image whose tag floats (no tag, or one naming no version nor release codename: `FROM alpine:latest`, `nginx:alpine`, `python:slim`; `python:bookworm` names Debian 12), directly or as such an argument\'s default, while `alpine:3.20` fixes it: its next release drops the versions pinned for this one, so `base-image-tag` asks for the tag first; or a bare local image without a tag as such an argument\'s default (triton\'s `ARG BASE_IMAGE=tritonserver`, made by an earlier step of the project\'s build on whichever release it is asked for) that no Dockerfile of the project is found to build, while one found fixes its release and `FROM tritonserver` written in the FROM itself is reported; or a fragment without `FROM` that a script of the project joins under a base it picks, such as a `Dockerfile.extra_install` its build script reads to splice into a template), which one file serves for CentOS, RHEL and Amazon Linux alike: a version belongs to one release. With a real default (`ARG BASEIMAGE=rockylinux:9`), that release is pinned. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner. Nor on a release whose public archive no longer changes (Ubuntu 20.04 and older back to 10.04, interim releases past their end of life, Debian 11 and older, CentOS Linux 7/8, CentOS Stream 8, openSUSE Leap 15.6 and older (`opensuse/leap:15`), Alpine 3.21 and older, as of 2026-12-01, data in `src/knowledge/frozen-releases.ts`, named by the image\'s tag: `ubuntu:18.04`, `python:3.9-buster`, `nvidia/cuda:11.8.0-runtime-ubuntu20.04`, or the tag of a deprecated official image, or of an end-of-life version of one, whose final build is on one: `golang:1.13`, Debian 10, `openjdk:8-jre-slim`, Debian 11, `node:18-alpine`, Alpine 3.21 (the release of the docker-library entry that listed the tag when it was dropped, from the history of its `library/` file)): every package there has one version for good, which the base image fixes; moving to a supported release is what matters.' + ' ' + LATEST_ON_REQUEST + ' ' + UPGRADES_EVERYTHING + ' ' + declinedAdviceDoc('rpm-pin-versions') + ' ' + SAMPLE_FILES + ' ' + BUILDER_PACKAGES + ' ' + OTHER_FAMILY,
      bad: 'RUN dnf install -y git python3-pip && dnf clean all',
      good: 'RUN dnf install -y git-2.43.5 python3-pip-21.3.1 && dnf clean all',
    },
    fixable: false,
    covers: ['DL3033', 'DL3041', 'DL3037'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model) || isSampleDockerfile(model.path, buildContext?.repositoryOwner() ?? null)) return;
    for (const { instruction, command, manager, packages } of rpmInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      // A rolling release's repositories keep only the current build: a pinned package breaks at the next snapshot.
      if (instruction.stage?.rootImage.rollingRelease) continue;
      // A builder that ships none of its packages (only its products are copied out): they stay behind.
      if (instruction.stage && !systemPackagesShip(instruction.stage, false)) continue;
      // The stage upgrades every package: it takes the latest on purpose, and an upgrade moves a package past its pin.
      if (instruction.stage && upgradesEverything(instruction.stage, command.invocation.tool ?? '')) continue;
      // So does the project's own base image, whose Dockerfile (found for certain) upgrades everything.
      if (instruction.stage?.rootImage.name && buildContext?.ownBase(instruction.stage.rootImage.name)?.upgrades.has(command.invocation.tool ?? '')) continue;
      // `FROM ${BASEIMAGE}` without a default: the build passes several releases, and no literal version fits them all.
      if (releaseUnknown(instruction, buildContext) || instruction.stage?.rootImage.frozenRelease) continue;
      // The base is of another distribution family: the install runs only under another base the build passes, or never.
      if (baseOfOtherFamily(instruction, 'redhat')) continue;
      const removed = removedAgain(command, instruction.run!.script!);
      const unpinned: UnpinnedPackage[] = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        // A package the same RUN removes again: nothing of it ships.
        if (removed.has(packageName('rpm', v))) continue;
        if (v.startsWith('@') || v.includes('/') || v.endsWith('.rpm') || KIND.test(v)) continue;
        if (/[=<>]/.test(v) || hasRpmVersion(v) || !NAME.test(v) || versionFromEmptyArg(v)) continue;
        const pin = manager === 'zypper' ? `${v}=<version>` : `${v}-<version>`;
        unpinned.push({ range: pkg.range, shown: v, message: `${manager} package \`${v}\` is not pinned; install \`${pin}\`.` });
      }
      const form = manager === 'zypper' ? 'name=<version>' : 'name-<version>';
      reportUnpinned(report, { instruction, command }, unpinned, (list, n) => `${n} ${manager} packages are not pinned: ${list}; install each as \`${form}\`.`, floatingBaseAdvice(instruction));
    }
  },
});
