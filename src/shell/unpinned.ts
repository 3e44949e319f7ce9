/**
 * How the pinning rules report: one finding per install command and kind of problem (not one per package, which
 * buried a single `apt-get install` line under a dozen findings), naming the packages, with each package as a
 * related location so editors and SARIF viewers still point at every one.
 */
import { type Distro, distroOf } from '../knowledge/system-shell.js';
import type { Instruction, Stage } from '../model/types.js';
import type { RuleContext } from '../rule.js';
import type { Range } from '../types.js';
import { testOperands } from './command.js';
import type { SimpleCommand } from './types.js';

/** One package word an install command leaves unpinned, and what to say about it alone. */
export interface UnpinnedPackage {
  range: Range;
  /** The package as the message names it. */
  shown: string;
  /** The finding's message when this is the command's only such package; the related location's message otherwise. */
  message: string;
}

/** What reportUnpinned leaves out, as the pinning rules' docs say it. */
export const LATEST_ON_REQUEST =
  'Nor an install that runs only when a test found a build argument set to `latest` (`if [ "$FALCO_VERSION" = "latest" ]; then apt-get install -y falco; else apt-get install -y falco=${FALCO_VERSION}; fi`): the build asked for the newest release on purpose. Nor a package that a stage installs unpinned while another stage a `FROM ${BUILD_STAGE}` may pick instead installs it pinned (`FROM base AS repo` takes the latest versions, `FROM base AS prod` pins them, `FROM ${BUILD_STAGE} AS final` builds one): that stage is the opt-in latest-versions variant; packages its pinned sibling does not name stay reported.';

/** What the distribution-package pinning rules (apt, apk, rpm) say of images that upgrade everything. */
export const UPGRADES_EVERYTHING =
  'Nor an install in a stage that upgrades every installed package with the same package manager (`apt-get upgrade`, `dist-upgrade`, `apk upgrade`, `dnf upgrade` or `yum update` without package names; in the stage or a stage it is built on, or in the project\'s own base image whose Dockerfile is found for certain, such as one a Cloud Build configuration builds with `--tag=gcloud-slim` for the next step\'s `FROM gcloud-slim`): the image takes the archive\'s latest on purpose, and an upgrade after the install moves a pinned package past its pin anyway.';

/** What the distribution-package pinning rules (apt, apk, rpm) say of an install for another distribution family than the base's. */
export const OTHER_FAMILY =
  'Nor an install with a package manager of another distribution family than the base image\'s (`RUN dnf install -y wget || { apt-get update && apt install -y wget; }` on a Fedora base from a build argument\'s default): it runs only under a base the build passes instead, whose release the file does not fix, or not at all.';

/** What the distribution-package pinning rules (apt, apk, rpm) say of build-only stages. */
export const BUILDER_PACKAGES =
  'Nor an install in a build-only stage that ships none of its packages (only its products are copied out of it: a binary it built into `/usr/local/bin` or `/app`, or into any folder by a compiler\'s `-o` (`go build -o /usr/bin/eventlogger`), a virtual environment, a folder it made, sources it built under `/usr/src`, a package\'s data file alone: the CA bundle `/etc/ssl/certs/ca-certificates.crt`, `/usr/share/zoneinfo`, `/etc/mime.types`, `/etc/passwd`; shipping.ts `systemPackagesShip`): the packages stay behind, what the stage makes is fixed by its sources and the base image\'s release, and pinned toolchains there only break rebuilds at the next point release. A stage that ships whole, or from which anything under `/usr` (not `/usr/local`), `/etc` or `/lib` is copied out, even one program a package installed (`COPY --from=tools /usr/bin/node`), stays judged.';

/** What the distribution-package pinning rules add when the base's tag leaves the release open, as their docs say it. */
export const FLOATING_BASE =
  'Where the base\'s tag leaves the distribution release under it open, the message asks to fix that too: a pinned version leaves the archive when the base moves to the next release, so the pin alone breaks the build at the next rebase. That is a Docker Official Image\'s version tag that names no release (`python:3.12`, on Debian bookworm until 2025 and trixie since: the message names the tag of the release it is on today, `python:3.12-trixie`, from docker-library\'s data in `src/knowledge/generated/official-releases.ts`), a distribution\'s own version tag with fewer parts than its releases (`alpine:3`, which moves from Alpine 3.23 to 3.24 as `latest` does: the message names `alpine:3.24`; `debian:12`, `fedora:42` and `amazonlinux:2023` name a release), or another image\'s floating tag (none, `latest`, `nightly`, or one naming no version nor release, such as `base`): pin the base image too. A tag or repository naming the release (`node:22-bookworm`, `…/openmpi5.0-ubuntu24.04:latest`) fixes it, and so does an official tag no longer built (`python:3.8-slim`), which stays on the release of its last build.';

/**
 * The sentence the distribution-package pinning rules add when the base's tag leaves its release open
 * (BaseImage.floatingRelease): the tag that names the release it is on today where the data knows it, else pin the
 * base. Empty otherwise.
 */
export function floatingBaseAdvice(instruction: Instruction): string {
  const root = instruction.stage?.rootImage;
  const floating = root?.floatingRelease;
  if (!root || !floating) return '';
  const shown = `\`${root.resolved ?? root.raw}\``;
  const why = 'a pinned version leaves the archive when the base moves';
  if (floating.pinned) return ` ${shown} does not name its ${floating.distribution ?? 'distribution'} release, so name it too (\`${floating.pinned}\`; ${why}).`;
  const release = floating.distribution ? `name its ${floating.distribution} release` : 'fix its distribution release';
  return ` ${shown} does not ${release}, so pin the base image too (${why}).`;
}

/** Packages named in a message before "and N more". */
const LISTED = 4;

/** `a`, `b` and `c`; past LISTED names, `a`, `b`, `c`, `d` and 3 more. */
export function listPackages(shown: readonly string[]): string {
  const names = [...new Set(shown)].map((s) => `\`${s}\``);
  if (names.length === 1) return names[0]!;
  if (names.length > LISTED) return `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Reports `packages` of `command` as one finding. Its range runs from the program to the last such package: the
 * start line is the command's (suppression comments and fingerprints key on it) and the range covers exactly the
 * words at fault. `summary` words the message for several packages (given their list, see listPackages).
 */
export function reportUnpinned(
  report: RuleContext['report'],
  install: { instruction: Instruction; command: SimpleCommand },
  all: readonly UnpinnedPackage[],
  summary: (list: string, count: number) => string,
  /** A sentence added to the finding's message (not to the packages' related messages): floatingBaseAdvice. */
  advice = '',
): void {
  const { command } = install;
  const stage = install.instruction.stage;
  const pinnedElsewhere = stage ? pinnedByAlternatives(stage, command.invocation.tool) : new Set<string>();
  const packages = all.filter((p) => !pinnedElsewhere.has(p.shown));
  if (packages.length === 0 || runsForLatest(command)) return;
  const start = command.argv[0]?.range.start ?? command.range.start;
  const end = packages[packages.length - 1]!.range.end;
  const count = new Set(packages.map((p) => p.shown)).size;
  report({
    range: { start, end },
    message: (count === 1 ? packages[0]!.message : summary(listPackages(packages.map((p) => p.shown)), count)) + advice,
    related: packages.map((p) => ({ range: p.range, message: p.message })),
  });
}

/** The command runs only when a test compared a value with `latest` (`if [ "$V" = "latest" ]; then …`). */
function runsForLatest(command: SimpleCommand): boolean {
  return command.runsIf.some((c) => {
    const operands = testOperands(c);
    return operands?.length === 3 && /^==?$/.test(operands[1]!.value) && [operands[0]!, operands[2]!].some((w) => w.value === 'latest');
  });
}

/** A package word pinned to a version by any manager's syntax: `name=1.2`, `name==1.2`, `name@1.2`, `name:1.2`, `name>=1.2`. */
const PINNED = /^([^=<>~!@:\s]+)(?:={1,2}|@|:|[<>~!]=?)./;

/**
 * The packages `tool` installs pinned in the stages a `FROM ${BUILD_STAGE}` may pick instead of `stage`
 * (alternativeStages): unpinned here, they are the latest-versions variant of a pinned default.
 */
function pinnedByAlternatives(stage: Stage, tool: string | null): Set<string> {
  const out = new Set<string>();
  for (const other of stage.alternatives)
    for (const ins of other.instructions)
      for (const c of ins.run?.script?.commands ?? [])
        if (c.invocation.tool === tool) for (const w of c.invocation.operands) {
          const m = PINNED.exec(w.value);
          if (m) out.add(m[1]!);
        }
  return out;
}

/**
 * The stage's base is known to be of another distribution family than the package manager's (`RUN dnf install -y wget
 * || { apt-get update && apt install -y wget; }` on `FROM ${OS_NAME}:${OS_VERSION}`, Fedora by default): the install
 * runs only under a base the build passes instead, whose release the file does not fix, or not at all.
 */
export function baseOfOtherFamily(instruction: Instruction, family: Distro): boolean {
  const root = instruction.stage?.rootImage.name;
  const distro = root ? distroOf(root) : null;
  return distro !== null && distro !== family && !(family === 'alpine' && distro === 'busybox');
}
