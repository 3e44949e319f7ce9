import { systemPackagesShip } from '../src/model/shipping.js';
import { declinedAdviceDoc } from '../src/knowledge/declined-advice.js';
import { releaseUnknown } from '../src/context/fragments.js';
import { defineRule } from '../src/rule.js';
import { NO_PIN_WRAPPERS } from '../src/knowledge/commands.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage, isSampleDockerfile, SAMPLE_FILES } from '../src/knowledge/file-purpose.js';
import { virtualAptProvider } from '../src/knowledge/apt-virtual-packages.js';
import { frozenSuiteRelease } from '../src/knowledge/frozen-releases.js';
import { fromFloatingPpa, frozenAptSources, frozenTargetRelease, liveAptSourceAdded, rollingAptSources } from '../src/shell/apt-sources.js';
import { aptInstalls, upgradesEverything } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import { packageName, removedAgain } from '../src/shell/removals.js';
import { baseOfOtherFamily, BUILDER_PACKAGES, FLOATING_BASE, floatingBaseAdvice, LATEST_ON_REQUEST, OTHER_FAMILY, reportUnpinned, type UnpinnedPackage, UPGRADES_EVERYTHING } from '../src/shell/unpinned.js';

/**
 * A Debian package name, optionally with `:arch` and a `/release` selector (which picks a suite, not a version).
 * Globs, regexes and `pkg-` (remove) are not names.
 */
const NAME = /^[a-z0-9][a-z0-9+.-]*[a-z0-9+.](:[a-z0-9-]+)?(\/[\w.-]+)?$/;

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`apt-get install` of a package without `=version`.',
    docs: {
      why:
        'An unpinned package installs whatever version the mirror has on the day of the build, so two builds of the same Dockerfile differ and a rebuild can break. Pin with `package=version` (find it with `apt-cache policy package`); a package from a Launchpad PPA whose index keeps only its newest upload (deadsnakes\' `python3.12` after `add-apt-repository ppa:deadsnakes/ppa`, git-core\'s `git`, `wireshark` after `ppa:wireshark-dev/stable`: `src/knowledge/apt-repositories.ts`) is not reported, since a pinned version leaves the PPA at its next upload; a purely virtual package (`pip`, which `python3-pip` provides; `postgresql-contrib-15`; `binutils-gold` on Debian 12) takes no version, so the message names its provider to pin instead, and says nothing of it when the same install names the provider. Not reported on Debian sid (unstable), whose repositories keep only the current build of each package: pin the base image instead; the same where a RUN writes `/etc/apt/sources.list` with Debian\'s `testing` or `sid`/`unstable` suites only (`echo "deb ${DEBIAN_MIRROR}" > /etc/apt/sources.list` with `ARG DEBIAN_MIRROR="http://deb.debian.org/debian testing main"`). ' + FLOATING_BASE + '\n\nNot reported either: a package the same `RUN` removes again (nothing of it ships): `apt-get purge`/`remove` of it, or `apt-mark auto \'.*\'` (or `apt-mark showmanual | xargs apt-mark auto`, nginx\'s images) then `apt-get purge --auto-remove` (docker-library\'s idiom); a library a later `ldd … | xargs apt-mark manual` may keep (`libatomic1`, `zlib1g`) and a package `apt-mark manual` names stay reported. Nor an install on a base the file does not fix, `FROM ${BASEIMAGE}` from a build argument without a default (or with a placeholder one such as `notset`, or one the project\'s Bake targets (also a target whose Dockerfile the run names, `dockerfile = "${DOCKERFILE}"`, building a stage the file declares from its folder) or GitHub workflows pass several values, as a test matrix over distribution releases does (a workflow\'s build-push-action `build-args` over its matrix rows, also through a reusable workflow\'s inputs), or an official image whose tag floats (no tag, or one naming no version nor release codename: `FROM alpine:latest`, `nginx:alpine`, `python:slim`; `python:bookworm` names Debian 12), directly or as such an argument\'s default, while `alpine:3.20` fixes it: its next release drops the versions pinned for this one, so `base-image-tag` asks for the tag first; or a bare local image without a tag as such an argument\'s default (triton\'s `ARG BASE_IMAGE=tritonserver`, made by an earlier step of the project\'s build on whichever release it is asked for) that no Dockerfile of the project is found to build, while one found fixes its release and `FROM tritonserver` written in the FROM itself is reported; or a fragment without `FROM` that a script of the project joins under a base it picks, such as a `Dockerfile.extra_install` its build script reads to splice into a template): the build passes several releases, and a version belongs to one. With a real default (`ARG BASEIMAGE=ubuntu:22.04`), that release is pinned. Nor through tonistiigi/xx\'s `xx-apt-get`, which appends the target architecture to each package word (`name=<version>:arm64`, which apt rejects). Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner. Nor on a release whose public archive no longer changes (Ubuntu 20.04 and older back to 10.04, interim releases past their end of life, Debian 11 and older, CentOS Linux 7/8, CentOS Stream 8, openSUSE Leap 15.6 and older (`opensuse/leap:15`), Alpine 3.21 and older, as of 2026-12-01, data in `src/knowledge/frozen-releases.ts`, named by the image\'s tag: `ubuntu:18.04`, `python:3.9-buster`, `nvidia/cuda:11.8.0-runtime-ubuntu20.04`, or the tag of a deprecated official image, or of an end-of-life version of one, whose final build is on one: `golang:1.13`, Debian 10, `openjdk:8-jre-slim`, Debian 11, `node:18-alpine`, Alpine 3.21 (the release of the docker-library entry that listed the tag when it was dropped, from the history of its `library/` file), or an NVIDIA Jetson L4T tag, whose Jetson Linux release fixes its Ubuntu: `nvcr.io/nvidia/l4t-jetpack:r35.2.1`, Ubuntu 20.04, also on a rebuild named after it, `roboflow/l4t-ml:r35.2.1-…`): every package there has one version for good, which the base image fixes; moving to a supported release is what matters; but a package installed after the stage adds a repository that may be live (a `deb` line written under `/etc/apt/sources.list.d/` with a suite not frozen or not known, `add-apt-repository`, a setup script such as NodeSource\'s, a vendor\'s repository package such as `dpkg -i packages-microsoft-prod.deb`) earlier in the same `RUN` stays reported: that is the install it was added for. An install in a later `RUN` (`apt-get install -y libc-dev` after NodeSource\'s setup in an earlier one) takes the distribution\'s package from the frozen archive and stays exempt. So also on the project\'s own image built on one, its Dockerfile found for certain (the own base of `non-root-user`; Azure\'s `java17-core-tools.Dockerfile` on `azure-functions/java:4-java17-build`, which `java17-build.Dockerfile` beside it builds FROM `mcr.microsoft.com/dotnet/sdk:6.0`, Debian 11); and a floating tag of such an own image (`ghcr.io/kubeflow/kfp-api-generator:master`) whose Dockerfile fixes the release (a digest or a release tag) gets no advice to pin it. The same holds for a package the stage takes from a frozen release\'s archive: every apt source is one (a RUN removed `/etc/apt/sources.list` and the files under `/etc/apt/sources.list.d/`, then wrote only `deb` lines of frozen suites such as `bullseye`, `bullseye-security`; a script it runs, such as NodeSource\'s `curl … | bash -`, may add other sources and ends that), or the install names one with `-t bullseye` or `openjdk-11-jdk/bullseye`. A frozen repository added beside the base image\'s live ones does not count for a plain `apt-get install`: the package may come from either, and the linter has no package lists to tell.' + ' ' + LATEST_ON_REQUEST + ' ' + UPGRADES_EVERYTHING + ' ' + declinedAdviceDoc('apt-pin-versions') + ' ' + SAMPLE_FILES + ' ' + BUILDER_PACKAGES + ' ' + OTHER_FAMILY,
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    },
    fixable: false,
    covers: ['DL3008'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model) || isSampleDockerfile(model.path, buildContext?.repositoryOwner() ?? null)) return;
    for (const { instruction, command, packages } of aptInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      // A rolling release's repositories keep only the current build: a pinned package breaks at the next snapshot.
      if (instruction.stage?.rootImage.rollingRelease) continue;
      // The same where the stage's sources.list names only Debian's testing or sid (rollingAptSources).
      if (rollingAptSources(instruction, command)) continue;
      // A builder that ships none of its packages (only its products are copied out): they stay behind.
      if (instruction.stage && !systemPackagesShip(instruction.stage, false)) continue;
      // The stage upgrades every package: it takes the latest on purpose, and an upgrade moves a package past its pin.
      if (instruction.stage && upgradesEverything(instruction.stage, 'apt')) continue;
      // So does the project's own base image, whose Dockerfile (found for certain) upgrades everything.
      if (instruction.stage?.rootImage.name && buildContext?.ownBase(instruction.stage.rootImage.name)?.upgrades.has('apt')) continue;
      // `FROM ${BASEIMAGE}` without a default: the build passes several releases, and no literal version fits them all.
      if (releaseUnknown(instruction, buildContext)) continue;
      // The base is of another distribution family: the install runs only under another base the build passes, or never.
      if (baseOfOtherFamily(instruction, 'debian')) continue;
      // Built on the project's own image, whose Dockerfile (found for certain) is built on a frozen release: the same.
      const root = instruction.stage?.rootImage.name;
      const ownBase = root ? (buildContext?.ownBase(root) ?? null) : null;
      const ownRelease = ownBase?.release ?? null;
      // Unless this RUN added a live repository before the install (`dpkg -i packages-microsoft-prod.deb`, a `deb` line in
      // sources.list.d, `add-apt-repository`): the package may come from there, whose versions move on.
      // Its chain may reach the release through sources pointed at the archive host (OwnBaseImage.aptFrozen) too.
      if ((instruction.stage?.rootImage.frozenRelease || ownRelease?.frozen || ownBase?.aptFrozen) && !liveAptSourceAdded(instruction, command)) continue;
      // `xx-apt-get` appends the target architecture to each package word: a version cannot be given through it.
      if (NO_PIN_WRAPPERS.has(command.name?.split('/').pop() ?? '')) continue;
      // Every source the stage reads is a frozen release's (it replaced the base's), or `-t` takes the packages from one.
      if (frozenAptSources(instruction, command) || frozenTargetRelease(command)) continue;
      const removed = removedAgain(command, instruction.run!.script!);
      const named = new Set(packages.flatMap((pkg) => knownValue(pkg).map((v) => packageName('apt', v))));
      const release = instruction.stage?.rootImage.debianRelease ?? null;
      const unpinned: UnpinnedPackage[] = [];
      // Virtual names reported, with their providers: `name=<version>` fails for them, so the summary names the provider.
      const virtuals: string[] = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        // A package the same RUN removes again: nothing of it ships.
        if (removed.has(packageName('apt', v))) continue;
        if (v.includes('=') || isLocalPackage(v) || !NAME.test(v)) continue;
        // `pkg/bullseye`: taken from a frozen release's archive, where it has one version for good.
        if (v.includes('/') && frozenSuiteRelease(v.slice(v.indexOf('/') + 1))) continue;
        const name = v.replace(/\/.*$/, '');
        // From a PPA whose index keeps only the newest upload (deadsnakes' `python3.12`): a pin breaks at its next upload.
        if (instruction.stage && fromFloatingPpa(instruction.stage, name)) continue;
        // A purely virtual name (`pip`, bookworm's `binutils-gold`) takes no version: the pin goes on its provider,
        // and where the same install names the provider too, that word is the one to pin.
        const provider = virtualAptProvider(name.replace(/:.*$/, ''), release);
        if (provider && named.has(provider)) continue;
        if (provider) virtuals.push(`\`${provider}=<version>\` for \`${name}\``);
        const message = provider
          ? `apt package \`${v}\` is not pinned; it is a virtual package of \`${provider}\` and takes no version, so install \`${provider}=<version>\` instead.`
          : `apt package \`${v}\` is not pinned; install \`${name}=<version>\`.`;
        unpinned.push({ range: pkg.range, shown: v, message });
      }
      const instead = virtuals.length ? ` (a virtual package takes no version: pin its provider, ${[...new Set(virtuals)].join(', ')})` : '';
      // No advice to pin a base of the project's own whose Dockerfile fixes the release (a digest, a release tag).
      reportUnpinned(report, { instruction, command }, unpinned, (list, n) => `${n} apt packages are not pinned: ${list}; install each as \`name=<version>\`${instead}.`, ownRelease?.fixed ? '' : floatingBaseAdvice(instruction));
    }
  },
});

function isLocalPackage(value: string): boolean {
  return value.endsWith('.deb') || /^(\.{0,2}\/|~\/)/.test(value);
}
