import { copiedBuildReadsGit } from '../src/context/copied-build.js';
import { mountRunsGit, runsGitOnCopy, wholeContextCopies } from '../src/context/copies.js';
import { loadDockerIgnore } from '../src/context/dockerignore.js';
import { projectBuildReadsGit } from '../src/knowledge/git-versions.js';
import { contextLooksRight, formatBytes, holdsOnlyPlainFiles, largeEntries } from '../src/context/scan.js';
import { siblingBuildReadsGit } from '../src/context/sibling-builds.js';
import { defineRule } from '../src/rule.js';
import { covers } from '../src/model/shipping.js';
import type { CopyInfo } from '../src/context/copies.js';

export default defineRule({
  meta: {
    id: 'dockerignore-missing',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: 'The Dockerfile copies the whole build context but no `.dockerignore` keeps `.git`, data and checkpoints out.',
    docs: {
      why:
        '`COPY . .` copies everything the build context holds: `.git` (the whole history, sometimes with secrets), virtualenvs, `__pycache__`, data sets, model checkpoints and notebooks\' outputs. They are sent to the builder on every build, invalidate the layer cache whenever any of them changes, and end up in the image (in a build-only stage, of which later stages copy only what the build made, they are only sent to the builder, and the message says so). A `.dockerignore` beside the context (or `<Dockerfile>.dockerignore` beside the Dockerfile) keeps them out. The rule needs the build context on disk (the Dockerfile\'s folder by default, `--context DIR`); it also reports a `.dockerignore` that lets `.git` through, or large weights (`*.pt`, `*.safetensors`, `*.ckpt`, …) and data folders (`data/`, `datasets/`, `wandb/`, …) that the context really holds. When a `RUN` bind-mounts the whole build context and runs git in it (`RUN --mount=type=bind,target=. git describe --tags`, buildx\'s version stage), or a later `RUN` of the stage runs git in the copied folder (`ADD . /tmp/src` then `RUN cd /tmp/src && git clean -xfd && git status`, `git -C /src describe`, or `git config --global --add safe.directory /app` for the copied `/app`: only needed to run git there, as a JavaScript build config running `git rev-parse HEAD` does; or a tool that needs the repository it runs in: `pre-commit install`, which writes `.git/hooks`, and pre-commit\'s other commands but `validate-config`, `sample-config` and the like) or a build there that reads it (`make` whose goal, prerequisites included, runs git or reads a variable the Makefile sets from git: `VERSION ?= $(shell git describe --tags)` read by the `build` recipe, but not git in a target the goal does not reach, nor a `$(shell git …)` in a variable none of its recipes reads; or `go build` of the copied module, without `-buildvcs=false`, when its code reads the `vcs.revision`, `vcs.time` or `vcs.modified` that Go stamps from `.git`; or `cargo build`, `run`, `test` or `install --path` of the copied crate or workspace, directly or by a make goal, when a crate it compiles (the package, a virtual workspace\'s members, and their path dependencies) has a `build.rs` that runs `git describe` or `git rev-parse`, or a build script with a git-reading build dependency: `vergen-gitcl`, `vergen-git2`, `vergen-gix`, `shadow-rs`, `git2`, `gix`, `vergen` with a git feature, `built` with `git2`; or uses the `git-version` or `git-testament` macros), or the context\'s root is a Python project whose build reads git (its `pyproject.toml`, `setup.cfg` or `setup.py` names a backend or plugin that versions from git tags: `setuptools-scm`, `versioningit`, `hatch-vcs`, `poetry-dynamic-versioning`, `dunamai`, `pbr`, `versioneer`; or its `setup.py` runs `git`; or a Maven project whose `pom.xml` names the git-commit-id plugin, which reads `.git` to write `git.properties`, or a Gradle one with gradle-git-properties, `com.palantir.git-version` or grgit; or a CMake project whose `CMakeLists.txt` runs git on its sources (`execute_process(COMMAND ${GIT_EXECUTABLE} log -1 …)`, `git describe`, `get_git_head_revision`; not `git clone` or `git apply`), or a Meson one with `vcs_tag()`), or another Dockerfile at the context\'s root that shares its `.dockerignore` (it has no `<Dockerfile>.dockerignore`) runs git or such a build in its copy of the context (thanos\' `Dockerfile.multi-stage`: `git update-index --refresh; make build`, which stamps the version from git), the build needs `.git`: the rule does not ask to exclude it, and is silent when `.git` is all it would name. It stays silent when the folder does not look like the build context (files the Dockerfile copies by name are missing), and, without a `.dockerignore`, when the context holds only plain files at its top (configuration, scripts, docs: no folder, no `.git`, no code or package manifest beside which virtualenvs, `node_modules` or `.env` files grow, nothing large; one lone Python helper script, `config.py` beside shell scripts, counts as plain: nothing imports it, so no `__pycache__` grows).',
      bad: '# no .dockerignore in the context\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .',
      good: '# .dockerignore\n.git\n__pycache__/\n.venv/\ndata/\n*.ckpt\n\n# Dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    if (!buildContext) return;
    const copies = wholeContextCopies(model);
    const whole = copies[0];
    if (!whole || !contextLooksRight(model, buildContext)) return;
    const ignore = loadDockerIgnore(buildContext);
    const large = largeEntries(buildContext, ignore);
    const heavy = large.slice(0, 3).map((e) => `\`${e.path}\` (${formatBytes(e.bytes)})`);
    // A build that runs git on the copied source (`git clean -xfd && git status`, versioneer), or builds the project at
    // the context's root whose build reads git (versioningit, setuptools-scm, a CMake `git log -1`), or runs a make
    // goal or Go build there that does (`make build` stamping `git describe`), needs `.git`; so does another
    // Dockerfile's build that shares the ignore file.
    const gitUsed =
      runsGitOnCopy(whole.copy) || mountRunsGit(model) || projectBuildReadsGit(buildContext.read) || siblingBuildReadsGit(buildContext) || copiedBuildReadsGit(whole.copy, buildContext);
    const gitIncluded = !gitUsed && buildContext.isDirectory('.git') && !(ignore?.excludes('.git') ?? false);
    const ins = whole.copy.instruction;
    const written = `${ins.keyword} ${ins.argsText}`;
    const shown = written.length <= 40 && !written.includes('\n') ? written : `${ins.keyword} ${whole.source.arg.raw}`;
    if (!ignore) {
      // Nothing to keep out: a few configuration files and scripts, no folder, nothing a developer's copy grows.
      if (!heavy.length && holdsOnlyPlainFiles(buildContext)) return;
      const paths = [gitIncluded ? '.git' : '', ...large.slice(0, 3).map((e) => e.path)].filter(Boolean);
      const sent = [gitIncluded ? '`.git`' : '', ...heavy].filter(Boolean);
      // In a build-only stage (zeppelin's `builder`, of which the final stage copies only /opt/zeppelin) the context
      // reaches no image: it is still sent to the builder on every build. Another whole copy may ship it (pytorch/serve's dev-image).
      const where = paths.every((p) => copies.some((c) => reachesImage(c.copy, p))) ? 'go into the image' : 'are sent to the builder on every build';
      report({
        range: whole.source.arg.range,
        message: `\`${shown}\` copies the whole build context and there is no .dockerignore${sent.length ? `, so ${sent.join(', ')} ${where}` : ''}; add a .dockerignore that excludes ${gitUsed ? '' : '\`.git\`, '}caches, virtualenvs, data and checkpoints.`,
      });
      return;
    }
    const leaks = [gitIncluded ? '`.git`' : '', ...heavy].filter(Boolean);
    if (!leaks.length) return;
    report({
      range: whole.source.arg.range,
      message: `\`${shown}\` copies the whole build context and ${ignore.file} does not exclude ${leaks.join(', ')}; add ${leaks.length > 1 ? 'them' : 'it'} to ${ignore.file}.`,
    });
  },
});

/** The context's entry at `rel`, copied by `copy`, reaches a built image: its stage ships whole or a folder holding it (Stage.shippedPaths). */
function reachesImage(copy: CopyInfo, rel: string): boolean {
  const stage = copy.instruction.stage;
  if (!stage || !copy.dest) return true;
  const at = `${copy.dest.replace(/\/+$/, '')}/${rel.replace(/\/+$/, '')}`;
  return stage.shippedPaths.some((p) => covers(p, at));
}
