import { defineRule } from '../src/rule.js';
import { aptInstallsBefore, callsIn, fixesBroken, installedBefore, mayLeaveBroken, namesNoPackage, NO_RECOMMENDS_CONFIG, runInstructions, skipsRecommends } from '../src/shell/installs.js';
import type { Invocation } from '../src/shell/invocation.js';
import { autoremovesRecommends, packageName, removedAgain } from '../src/shell/removals.js';
import type { ShellScript, SimpleCommand } from '../src/shell/types.js';
import { settingWrittenBefore } from '../src/shell/caches.js';
import { debFilePackage, recommendsAdded, recommendsNothing } from '../src/knowledge/apt-recommends.js';
import { ARTIFACT_BUILDERS, INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { systemPackagesShip } from '../src/model/shipping.js';
import { copiedIn, imagePathOf } from '../src/context/copies.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import type { ReportDescriptor } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`apt-get install` without `--no-install-recommends`.',
    docs: {
      why:
        'By default apt also installs every package the requested ones merely *recommend*: documentation tools, X11 libraries, compilers. In images this often doubles the install size for nothing the container uses. `--no-install-recommends` (or `APT::Install-Recommends "false";` in `/etc/apt/apt.conf.d/`, written by an earlier instruction or earlier in the same `RUN`) installs only the hard dependencies; name the few recommended packages you need explicitly. An install of only packages that recommend nothing, nor do their dependencies (`tzdata`, `xz-utils`, `unzip`, `ca-certificates`, `tini`, `make`: `src/knowledge/apt-recommends.ts`; keyring packages such as `debian-archive-keyring` or NVIDIA\'s `cuda-keyring`, also installed from a `.deb` file, `apt-get install -y /tmp/cuda-keyring.deb`), is not reported: the flag would change nothing. Beyond that list, what each package depends on and recommends is read from the package indexes of Debian 12 and 13 and Ubuntu 22.04 and 24.04 (`data/knowledge/apt-dependencies.txt`, for the packages Dockerfiles commonly install): apt adds a recommendation only for a package it newly installs, and only when nothing that satisfies it is installed or coming, so an install is not reported when everything its packages and their new dependencies recommend is already there (the base image\'s essential packages, what docker-library\'s buildpack-deps and the official images built on it install, `golang`, `python`, `node`, `ruby`, `rust`, `gcc` and `perl` but not their `-slim` (but Python\'s, which keeps `ca-certificates`, `netbase` and `tzdata`) or Alpine variants, and `nvidia/cuda` on Ubuntu (`ca-certificates`, `gnupg2`) (`src/knowledge/base-packages.ts`), what the project\'s own base image installed, its Dockerfile found for certain (the own base of `non-root-user`), or an earlier install of the stage or a stage it is built on, with the recommends that install took) or named in the install itself (`git-lfs` after `git`; `python3.12-dev` after an install of `gcc` and `python3-dev`). The message names what would come only as a recommendation when the stage\'s release is one of those four; on another release, the install is reported only when it adds a recommendation on each of those of the same distribution (Ubuntu 20.04 is read as 22.04 and 24.04), and on one the linter cannot tell, on each of the four. A package no index knows (a vendor\'s) keeps the install reported, except a `.deb` file the build copied in (`COPY --from=binary /release.deb /tmp/x.deb`, then `apt-get install -y /tmp/x.deb`): the project\'s own package, whose packaging seldom declares recommendations (a downloaded vendor package stays reported), and so does a package already installed when a repository was added since (it may be upgraded from there). Nor an install whose every package an earlier install of the stage (earlier in the same `RUN`, or in an earlier `RUN` of the stage or of a stage it is built on) already installed (not under a test such as `if [ "$BUILD_TYPE" = vulkan ]`) and nothing removed since: apt finds them installed and adds nothing.\n\nNot reported: an install whose every package the same `RUN` later removes with the packages that came only for it (`apt-get purge -y --auto-remove $BUILD_DEPS`, or `apt-mark auto` then `apt-get autoremove`): its recommends, installed automatically, go with it and the layer keeps none of them. Nor an install the same `RUN` follows with an autoremove that does not keep recommends (`apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false …`, or `=0`, as Amazon Corretto\'s images end): the packages the install names are manual and stay, but everything they only recommend was installed automatically and goes; an `apt-mark manual` between them keeps the install reported. A package left installed (`curl` beside purged build tools, a package `apt-mark manual` names, a library such as `libatomic1` that a later `ldd … | xargs apt-mark manual` may keep) keeps the install reported.\n\nOnly what ships is judged. A build-only stage (one that other stages copy from or mount, that is neither built as an image (the final stage, a stage nothing else uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when apt\'s trees reach an image through it: a `COPY --from=builder` of `/`, `/usr`, `/usr/lib`, `/etc`, `/var` or a folder inside them (not `/usr/local`, nor a package\'s data file alone: the CA bundle `/etc/ssl/certs/ca-certificates.crt`, `/usr/share/zoneinfo`, `/etc/passwd`), also through a stage built on it or another build-only stage whose copied folders hold them, or a `RUN --mount=from=builder` that reads such a path (or the whole mount). A builder whose only output is a program in a `bin` folder (`/usr/bin/apisix`), a folder a RUN of the stage makes with `mkdir` (`mkdir -p ${JAVA_HOME}` before unpacking a JDK into it: no package owns it), `/app`, `/opt/venv`, `/usr/local/lib/python3.X/site-packages` or a folder of wheels keeps its recommends to itself. A stage some other stage is built `FROM` that ships (`FROM builder AS final`) ships whole. Nor an install the author keeps its recommends for on purpose, saying so in a comment inside the RUN before it or right above the RUN (`# we DO want recommends this time`, as CouchDB\'s image writes it; not a comment that declines them, `# without recommends`). Interactive development environments are not reported either (' + INTERACTIVE_DEV_IMAGES + '; not a `mcr.microsoft.com/devcontainers/*` base alone, which also serves as a plain base), where people work in a shell and the recommended tools are welcome. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing.\n\nAn install that names no package installs nothing (`apt-get install -y` alone), except with `-f` (`--fix-broken`) after a `dpkg -i` that may have left packages with missing dependencies: it installs those, and what they recommend, so it is reported then. Not after `dpkg -i x.deb && apt-get -f install -y`, which runs only when dpkg succeeded, every dependency being there; a `dpkg -i` in an earlier `RUN` of the stage counts. On a line that also has a reported install of packages, its edit joins that finding: one finding a line.',
      bad: 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
      fixSafety:
        'The fix adds `--no-install-recommends` after `install`. It is unsafe: a program may rely on a package that was only recommended (e.g. `ca-certificates` for `curl` over HTTPS).',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3015'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model) || model.artifactBuilder) return;
    for (const ins of runInstructions(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (ins.stage && (!systemPackagesShip(ins.stage) || ins.stage.devEnvironment)) continue;
      const found: { install: SimpleCommand; fixing: boolean; descriptor: ReportDescriptor }[] = [];
      for (const { command, invocation, subcommand } of callsIn(ins.run!.script!, 'apt', ['install'])) {
        if (invocation.opaqueOptions || skipsRecommends(invocation)) continue;
        // An install naming no package installs nothing, unless it completes what `dpkg -i` left broken (`apt-get -f install`).
        const fixing = namesNoPackage(command);
        if (fixing && !(fixesBroken(invocation) && mayLeaveBroken(model, ins, command))) continue;
        if (settingWrittenBefore(model, ins, NO_RECOMMENDS_CONFIG, command)) continue;
        if (purgedLater(command, ins.run!.script!) || autoremovesRecommends(command, ins.run!.script!)) continue;
        // Packages that recommend nothing: the flag would change nothing.
        if (installsOnlyWithoutRecommends(invocation)) continue;
        if (installsOnlyCopiedPackages(ins, command)) continue;
        // Every package is already installed by an earlier install of the stage: apt adds nothing, recommends included.
        if (installedBefore({ instruction: ins, command })) continue;
        // What the packages (and what they depend on) recommend is already installed, or comes anyway: the flag changes nothing.
        const before = aptInstallsBefore({ instruction: ins, command });
        // On the project's own base image, what its Dockerfile installed is there too.
        const root = ins.stage?.rootImage.name;
        const own = root ? (buildContext?.ownBase(root)?.aptInstalls ?? []) : [];
        const names = invocation.operands.map((w) => (w.literal ? packageName('apt', w.value) : null));
        const added = fixing ? null : recommendsAdded(names, [...before.installs, ...own], ins.stage?.rootImage.debianRelease ?? null, before.repositoryAdded);
        if (added?.packages.length === 0) continue;
        if (wantsRecommends(model, ins, command)) continue;
        found.push({
          install: command,
          fixing,
          descriptor: {
            range: subcommand.range,
            message: fixing
              ? `\`${command.name} install\` completing what \`dpkg -i\` may have left broken also installs what the missing dependencies recommend; add \`--no-install-recommends\`.`
              : `\`${command.name} install\` also installs recommended packages${added?.exact ? ` (${named(added.packages)})` : ''}; add \`--no-install-recommends\` and name the extra packages you need.`,
            ...(subcommand.quoted
              ? {}
              : {
                  fix: {
                    description: 'Add `--no-install-recommends`',
                    edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: ' --no-install-recommends' }],
                    safe: false,
                  },
                }),
          },
        });
      }
      // One finding a line: a fix-broken install beside a reported install of packages gives that finding its edit.
      for (const f of found) {
        const beside = f.fixing ? found.find((o) => !o.fixing && o.install.range.start.line === f.install.range.start.line) : undefined;
        if (!beside) report(f.descriptor);
        else if (beside.descriptor.fix && f.descriptor.fix) beside.descriptor.fix.edits.push(...f.descriptor.fix.edits);
      }
    }
  },
});

/**
 * Every package of the install is removed later in the same RUN with the packages that came only for it
 * (`apt-get purge -y --auto-remove $BUILD_DEPS`, or `apt-mark auto` then `apt-get autoremove`): its recommends,
 * installed automatically, go with it, and the layer keeps none of them.
 */
function purgedLater(install: SimpleCommand, script: ShellScript): boolean {
  const removed = removedAgain(install, script);
  const packages = install.invocation.operands;
  return packages.length > 0 && packages.every((w) => removed.get(packageName('apt', w.value))?.withDependencies === true);
}

/** A comment that takes the recommends on purpose (`# we DO want recommends this time`), not one that declines them. */
const WANTS_RECOMMENDS = /\b(want|keep|need|with|include)\w*\b[^.]*\brecommend|\brecommend\w*\s+(are\s+|is\s+)?(wanted|needed|required|on purpose)/i;
const DECLINES_RECOMMENDS = /no-install-recommends|\b(no|not|without|don'?t|skip|avoid)\b[^.]*\brecommend/i;

/**
 * The author says, in a comment between the RUN's first line and the install (`# we DO want recommends this time`, inside
 * the continued RUN as CouchDB's image writes it) or in the comment block right above the RUN, that the install keeps
 * its recommends on purpose: a decision already made, not an oversight.
 */
function wantsRecommends(model: DockerfileModel, ins: Instruction, install: SimpleCommand): boolean {
  const installLine = install.range.start.line;
  let above = ins.range.start.line - 1;
  const said = (text: string): boolean => WANTS_RECOMMENDS.test(text) && !DECLINES_RECOMMENDS.test(text);
  for (const c of [...model.comments].reverse()) {
    const line = c.range.start.line;
    if (line > installLine) continue;
    if (line >= ins.range.start.line) {
      if (said(c.text)) return true;
    } else if (line === above) {
      if (said(c.text)) return true;
      above--;
    } else if (line < above) break;
  }
  return false;
}

/** Every package the install names (also as a `.deb` file: `/tmp/cuda-keyring.deb`) is known to recommend nothing, nor its dependencies. */
function installsOnlyWithoutRecommends(invocation: Invocation): boolean {
  const names = invocation.operands.map((w) => (w.literal ? (debFilePackage(w.value) ?? packageName('apt', w.value)) : null));
  return names.length > 0 && names.every((n) => n !== null && recommendsNothing(n));
}

/**
 * Every package the install names is a `.deb` file the build copied in (`COPY --from=binary /release.deb /tmp/x.deb`
 * then `apt-get install -y /tmp/x.deb`): the project's own package, whose relations no index knows and which its
 * packaging script seldom gives recommendations. A downloaded vendor package stays reported.
 */
function installsOnlyCopiedPackages(ins: Instruction, install: SimpleCommand): boolean {
  const files = install.invocation.operands;
  return (
    files.length > 0 &&
    files.every((w) => {
      if (!w.literal || !/\.deb$/.test(w.value) || !w.value.includes('/')) return false;
      const at = imagePathOf(ins, install, w.value);
      return at !== null && copiedIn(ins, at) !== null;
    })
  );
}

/** The first few package names, then how many more. */
function named(packages: readonly string[]): string {
  const shown = packages.slice(0, 4).map((p) => `\`${p}\``).join(', ');
  return packages.length > 4 ? `${shown} and ${packages.length - 4} more` : shown;
}
