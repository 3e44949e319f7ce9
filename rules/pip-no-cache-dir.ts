import { insertAfterWord } from '../src/model/run-edits.js';
import { firstFolderOwnedByOther, homeFolder } from '../src/model/home.js';
import type { Instruction, Stage } from '../src/model/types.js';
import { processWord } from '../src/model/words.js';
import { imageEnvValues } from '../src/knowledge/image-env.js';
import type { BuildContext } from '../src/context/build-context.js';
import { isDependencyFreeWheel } from '../src/knowledge/dependency-free-wheels.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import { hasOption, installsOffline, optionValue, pipInstalls, type PipInstall } from '../src/shell/installs.js';
import { isCall, programRange } from '../src/shell/invocation.js';
import { cacheShips, deletesTarget } from '../src/shell/caches.js';
import type { SimpleCommand } from '../src/shell/types.js';

/** A cache mount on one of these folders keeps pip's cache out of the layer. */
const PIP_CACHE_MOUNT = /(^|\/)\.cache(\/pip)?\/?$/;
/** `rm -rf ~/.cache/pip` (or the whole `~/.cache`) in the same RUN deletes what pip wrote. */
const PIP_CACHE_PATH = /(^|\/)\.cache(\/pip)?(\/\*?)?\/?$/;

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`pip install` without `--no-cache-dir` leaves its download cache in the image layer.',
    docs: {
      why:
        'pip keeps every wheel it downloads in `~/.cache/pip`. In a container build that cache is written into the layer and shipped with the image, often hundreds of megabytes for ML stacks, and it is never used again. Pass `--no-cache-dir` (or set `ENV PIP_NO_CACHE_DIR=1`; pip disables the cache for any value of that variable), delete `~/.cache/pip` in the same `RUN`, or, better with BuildKit, mount a cache on it with `RUN --mount=type=cache,target=/root/.cache/pip`: rebuilds reuse the downloads and nothing lands in the layer. `uv pip install` is not reported (uv keeps its own cache; use `--no-cache` or a cache mount on `/root/.cache/uv`). Nor on a base image that sets `PIP_NO_CACHE_DIR` in its own `ENV`: one the linter knows (Red Hat\'s Python images, `ubi9/python-312` and `ubi9/python-312-minimal`: `off`; Intel Gaudi\'s; Sentry\'s `ghcr.io/getsentry/sentry`: `1`), also named by a build argument whose value the project\'s builds pass (`FROM ${SENTRY_IMAGE}` with a Compose service\'s `args: [SENTRY_IMAGE]`, read from the project\'s `.env`), or the project\'s own base image whose Dockerfile sets it or is built on such an image (feast\'s `yarn-builder`, built by its script with `docker build --tag yarn-builder -f …/Dockerfile.builder.yarn` FROM `ubi9/python-312-minimal`). Installs that read no index (`--no-index`, `PIP_NO_INDEX`) are not reported, nor local wheels that declare no dependencies: with `--no-deps`, or known to (TensorRT\'s bindings from its release tarball, `python/tensorrt-*-cp310-none-linux_x86_64.whl`: `src/knowledge/dependency-free-wheels.ts`). Neither is a local wheel installed in a hermetic build after sourcing its prefetcher\'s env file (`source /tmp/hermeto.env`, Konflux\'s `/cachi2/cachi2.env`, which set `PIP_NO_INDEX` and `PIP_FIND_LINKS`): nothing is downloaded. Other installs there are reported: Hermeto and Cachi2 prefetch source archives unless told to allow wheels, and pip keeps the wheels it builds from them in its cache. Build-only stages (used by other stages: copied from or bind-mounted, but neither built as an image nor the base of one; a stage nothing uses is a `--target` and counts as shipped, and so do a stage a Compose service\'s `build.target` or a Bake target names and a stage a shipped one is built `FROM`) are not reported unless the cache reaches an image through them: a shipped stage copies it (or the home folder holding it, or `/`) out of them (pip keeps it in `PIP_CACHE_DIR`, `$XDG_CACHE_HOME/pip` or the home of the user the `RUN` runs as: `HOME`, root\'s `/root`, or for another user whose home is not known any folder under `/home`), directly or through a stage built on them or another build-only stage whose copied folders hold it, or a `RUN --mount=from=` of them reads it. A builder whose only output is `/opt/venv`, `site-packages` or a folder of wheels keeps its cache to itself, and so does a builder run as root whose output is `/home/venv`. Nor when a later `RUN` of such a stage deletes the cache (`rm -rf ~/.cache/pip`, `pip cache purge`): only its final files are copied out, not its layers (`FROM scratch` then `COPY --from=base / /` flattens it). Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing. Nor an install run as root whose cache folder, or the first folder of its path that exists, is another user\'s (`ENV HOME=/home/app` after `useradd -m app` or `chown -R app $HOME`; Jupyter docker-stacks\' own `HOME=/home/jovyan` under `USER root`): pip then turns its cache off ("The cache has been disabled"). It is reported when root may have made `~/.cache` in between (`mkdir -p ~/.cache/…`, a `COPY` into the home without `--chown`, a cache mount there, a tool that caches there such as `uv`, an interpreter or a JavaScript package manager) or gave the home back (`chown -R root`), and when the home was not made for that user (`useradd` without `-m`).',
      bad: 'RUN pip install -r requirements.txt',
      good:
        'RUN pip install --no-cache-dir -r requirements.txt\n# or, with BuildKit:\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
      fixSafety:
        'The fix adds `--no-cache-dir` right after `install`, on each install reported; pip installs the same packages, only without reading or writing its cache. It is safe. It does not set `ENV PIP_NO_CACHE_DIR=1` even when a stage has several installs: an `ENV` also reaches every later `RUN` and the running container, which is more than the finding asks for. No fix when `install` is quoted, or inside a `sh -c "…"` string whose escapes move it.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL3042'],
  },
  check({ model, buildContext, report }) {
    // Thrown away once its files are out: its size buys nothing.
    if (model.artifactBuilder) return;
    for (const install of pipInstalls(model)) {
      if (install.tool !== 'pip' || !installsSomething(install) || cacheHandled(install, buildContext)) continue;
      // A build-only stage (copied from, bind-mounted): its cache ships only if a shipped stage takes it.
      const stage = install.instruction.stage;
      if (stage && !pipCacheShips(stage, install.instruction)) continue;
      // Of a build-only stage only its final files are copied out, not its layers: a later RUN of it that deletes the
      // cache (roboflow's `FROM scratch` + `COPY --from=base / /` after `rm -rf ~/.cache/pip`) leaves none to ship.
      if (stage?.buildOnly && stage.instructions.some((i) => i.index > install.instruction.index && i.run?.script?.commands.some((c) => deletesPipCache(c, pipCacheDir(i))))) continue;
      const { command, subcommand } = install;
      const edit = insertAfterWord(model, subcommand, '--no-cache-dir');
      report({
        range: { start: programRange(command).start, end: subcommand.range.end },
        message: message(install),
        ...(edit ? { fix: { description: 'Add `--no-cache-dir`', edits: [edit], safe: true } } : {}),
      });
    }
  },
});

function message(install: PipInstall): string {
  // A hermetic build's prefetch holds source archives: pip downloads nothing, but caches the wheels it builds.
  if (installsOffline(install) === 'prefetch') {
    return '`pip install` from a prefetched package folder (a sourced Hermeto/Cachi2 env) downloads nothing, but the wheels it builds from the source archives there (prefetched unless wheels are allowed) stay in pip\'s cache in the layer; add `--no-cache-dir`, or use `RUN --mount=type=cache,target=/root/.cache/pip`.';
  }
  return onlyLocalWheels(install)
    ? // pip does not cache a local wheel, only the dependencies it downloads for it; whether the base already has them
      // is not known here, so the message says what happens when it does not.
      '`pip install` of a local wheel downloads those of its dependencies the image lacks from the index into pip\'s cache, which stays in the layer; add `--no-cache-dir` (or `--no-deps` when the wheel needs nothing more), or use `RUN --mount=type=cache,target=/root/.cache/pip`.'
    : '`pip install` leaves its download cache in the layer; add `--no-cache-dir` (or delete `~/.cache/pip` in the same `RUN`), or use `RUN --mount=type=cache,target=/root/.cache/pip`.';
}

/**
 * Where pip keeps its cache in this RUN: `PIP_CACHE_DIR`, else `pip` under `XDG_CACHE_HOME`, else under the user's home
 * (homeFolder); null when that home is not known.
 */
function pipCacheDir(instruction: Instruction): string | null {
  const env = instruction.state.env;
  const dir = env.get('PIP_CACHE_DIR') ?? (env.get('XDG_CACHE_HOME') ? `${env.get('XDG_CACHE_HOME')!.replace(/\/+$/, '')}/pip` : null);
  if (dir) return dir;
  const home = homeFolder(instruction);
  return home === null ? null : `${home === '/' ? '' : home}/.cache/pip`;
}

/**
 * The pip cache of a RUN of `stage` reaches an image (cacheShips). With the home folder not known (another user), a
 * copied-out home folder, any under `/home`, may hold it; with it known, only a folder holding the cache does: a
 * builder run as root whose only output is `/home/venv` keeps `/root/.cache/pip` to itself.
 */
function pipCacheShips(stage: Stage, instruction: Instruction): boolean {
  const dir = pipCacheDir(instruction);
  return dir === null ? cacheShips(stage, ['/root/.cache/pip'], (p) => /^\/(root|home(\/[^/]+)?)$/.test(p)) : cacheShips(stage, [dir]);
}

/**
 * Whether pip downloads anything it would cache: not for dry runs, installs told to read no index or local wheels
 * without deps (pip's HTTP cache keeps what it downloads and its wheel cache what it builds from source; a local wheel
 * is neither). Installs from a hermetic build's prefetch (a sourced Hermeto/Cachi2 env) download nothing either, but
 * build and cache wheels from its source archives; a local wheel installed from there is neither downloaded nor built
 * (the dependencies it needs come from the prefetch, which the build usually installs before it).
 */
function installsSomething(install: PipInstall): boolean {
  if (hasOption(install, '--dry-run')) return false;
  const offline = installsOffline(install);
  if (offline === 'no-index') return false;
  if ((offline === 'prefetch' || hasOption(install, '--no-deps')) && onlyLocalWheels(install)) return false;
  if (install.packages.length > 0 && install.packages.every((w) => isDependencyFreeWheel(w.value)) && !hasOption(install, '-r', '--requirement', '-e', '--editable')) return false;
  return install.packages.length > 0 || hasOption(install, '-r', '--requirement', '-e', '--editable');
}

/** Every package named is a wheel file on disk (`/wheels/x.whl`), none a requirement file or an index project. */
function onlyLocalWheels(install: PipInstall): boolean {
  const { packages } = install;
  // Not a URL, also as a direct reference (`'betterproto[compiler] @ https://…/betterproto-2.0.0b6-py3-none-any.whl'`).
  return packages.length > 0 && packages.every((w) => w.literal && w.value.endsWith('.whl') && !/[a-z]+:\/\//.test(w.value)) && !hasOption(install, '-r', '--requirement', '-e', '--editable');
}

function cacheHandled(install: PipInstall, buildContext: BuildContext | null): boolean {
  const { instruction, command } = install;
  if (hasOption(install, '--no-cache-dir', '--cache-dir')) return true;
  const env = instruction.state.env;
  // pip turns the cache off for any valid value of PIP_NO_CACHE_DIR, "0" and "false" included (kept for
  // backwards compatibility); an unknown value is taken as set too.
  if (env.has('PIP_NO_CACHE_DIR') || env.has('PIP_CONFIG_FILE')) return true;
  if (instruction.stage && baseDisablesCache(instruction.stage, buildContext)) return true;
  const script = instruction.run!.script!;
  if (command.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR')) return true;
  const dir = pipCacheDir(instruction);
  if (script.commands.some((c) => setsNoCacheVariable(c) || deletesPipCache(c, dir))) return true;
  if (cacheMounted(install)) return true;
  // Run as root with the cache in another user's home (`ENV HOME=/home/app` after `useradd -m app`, docker-stacks'
  // /home/jovyan under `USER root`): pip finds the folder not root's and turns its cache off.
  if (dir !== null && firstFolderOwnedByOther(instruction, command, dir)) return true;
  return configuredEarlier(instruction);
}

/**
 * The base image's own ENV turns pip's cache off: one the linter knows (imageEnvValues: Red Hat's Python images'
 * `PIP_NO_CACHE_DIR=off`, Sentry's `PIP_NO_CACHE_DIR=1`), also as the project's builds pass it (`FROM ${SENTRY_IMAGE}`
 * with the value of its `.env`: passedName), or the project's own base image, by its Dockerfile's ENV or the image at
 * its root (feast's `yarn-builder`, built FROM `ubi9/python-312-minimal`: ownBase).
 */
function baseDisablesCache(stage: Stage, buildContext: BuildContext | null): boolean {
  const base = stage.rootImage.name ?? stage.rootImage.passedName;
  return !!base && (imageEnvValues(base).has('PIP_NO_CACHE_DIR') || !!buildContext?.ownBase(base)?.env.has('PIP_NO_CACHE_DIR'));
}

function setsNoCacheVariable(cmd: SimpleCommand): boolean {
  return (cmd.name === 'export' || cmd.name === 'env') && cmd.args.some((w) => w.value.startsWith('PIP_NO_CACHE_DIR='));
}

/** `rm -rf ~/.cache/pip`, or of the folder `dir` (pip's cache in that RUN) or one above it, a pattern too (`rm -rf /root/.[acpw]*`). */
function deletesPipCache(cmd: SimpleCommand, dir: string | null): boolean {
  const inv = cmd.invocation;
  if (isCall(inv, 'rm')) return inv.operands.some((w) => PIP_CACHE_PATH.test(w.value) || (dir !== null && deletesTarget(w.value, dir)));
  // `pip cache purge`, `python -m pip cache remove '*'`
  return isCall(inv, 'pip', 'cache') && ['purge', 'remove'].includes(inv.operands[0]?.value ?? '');
}

function cacheMounted(install: PipInstall): boolean {
  const { instruction } = install;
  const env = instruction.state.env;
  const cacheDirs = [env.get('PIP_CACHE_DIR'), optionValue(install, '--cache-dir')].filter((d): d is string => !!d);
  for (const mount of instruction.run!.mounts) {
    if (mount.type !== 'cache' && mount.type !== 'tmpfs') continue;
    if (mount.target === null) continue;
    const target = processWord(mount.target, env);
    // A target the linter cannot resolve may well be the pip cache.
    if (target.unresolved.length) return true;
    const dir = target.value.replace(/\/+$/, '');
    if (PIP_CACHE_MOUNT.test(dir) || cacheDirs.some((d) => d.replace(/\/+$/, '') === dir)) return true;
  }
  return false;
}

/** pip configured earlier in the stage (or its parents): `pip config set global.no-cache-dir …`, a copied `pip.conf`. */
function configuredEarlier(instruction: Instruction): boolean {
  for (let stage = instruction.stage; stage; stage = stage.parent) {
    for (const earlier of stage.instructions) {
      if (earlier.index >= instruction.index) break;
      if ((earlier.keyword === 'COPY' || earlier.keyword === 'ADD') && earlier.args.some((a) => /(^|\/)pip\.(conf|ini)$/.test(a.value))) return true;
      const commands = earlier.run?.script?.commands ?? [];
      // A `sh -c "pip install --no-cache-dir …"` string is an install, not configuration.
      if (commands.some((c) => c.args.some((w) => /no-cache-dir/.test(w.value) && !/\binstall\b/.test(w.value)) && !pipInstallWords(c))) return true;
    }
  }
  return false;
}

/** A `pip install` whose own `--no-cache-dir` says nothing about later installs. */
function pipInstallWords(cmd: SimpleCommand): boolean {
  return cmd.args.some((w) => w.value === 'install');
}
