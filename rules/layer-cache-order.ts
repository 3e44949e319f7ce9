import path from 'node:path';
import type { BuildContext } from '../src/context/build-context.js';
import { contextOrigin, type ContextOrigin, type CopyInfo, imagePathOf, instructionsBefore, workdirOf } from '../src/context/copies.js';
import { contextDockerIgnore, inBuildContext } from '../src/context/dockerignore.js';
import { goLocalReplaces } from '../src/context/go-module.js';
import { rebuiltWithDockerfile } from '../src/context/dockerfile-in-cache.js';
import { type DependencyInstall, dependencyInstall, dependencyInstalls } from '../src/context/installs.js';
import { coveredMembers, type NodeWorkspace, nodePackage, nodeWorkspace } from '../src/context/node-package.js';
import { parseRequirements } from '../src/context/requirements.js';
import { contextLooksRight } from '../src/context/scan.js';
import { PACKAGE_INDEXES, type PackageIndex } from '../src/knowledge/package-indexes.js';
import type { Instruction } from '../src/model/types.js';
import { defineRule, type RuleContext } from '../src/rule.js';
import { callsIn, runsUpdatingSetupScript } from '../src/shell/installs.js';
import { existenceTested } from '../src/shell/command.js';
import { hasOption, optionValues } from '../src/shell/invocation.js';
import { hasCacheMountOn, removesPath, runsCleanupScript } from '../src/shell/caches.js';
import { onlyFrozenAptSources } from '../src/shell/apt-sources.js';
import type { SimpleCommand } from '../src/shell/types.js';
import type { TextEdit } from '../src/types.js';

/** Files an install may need besides the source: manifests, locks, requirement lists, environment files. */
const MANIFEST = /^(requirements.*\.(txt|in)|constraints.*\.txt|.*\.lock|pyproject\.toml|setup\.(py|cfg)|Pipfile(\.lock)?|environment.*\.ya?ml|env.*\.ya?ml|conda.*\.ya?ml|package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml|\.npmrc|go\.(mod|sum)|Gemfile(\.lock)?|Cargo\.(toml|lock)|composer\.(json|lock)|README.*|LICENSE.*|\.python-version)$/i;
/** In a `requirements/` (or `deps/`, `constraints/`) folder every `.txt` is a requirements list. */
const REQUIREMENTS_DIR = /(^|\/)(requirements|constraints|deps|dependencies)(\/|$)/i;
const HOUSEKEEPING = /^(\.dockerignore|.*dockerfile.*|containerfile.*|docker-compose.*|compose\.ya?ml|\.gitignore|\.git|\.github)$/i;

/** How to install only the dependencies, per tool, before the source is copied. */
const DEPS_ONLY: Record<string, string> = {
  'uv sync': '`uv sync --no-install-project`',
  'poetry install': '`poetry install --no-root`',
};

/**
 * How to install a Python project's dependencies alone (`pip install .`, `uv pip install .`), from what its folder in
 * the context holds: a `requirements.txt` when it has one; else its `pyproject.toml`, which `uv pip install -r` reads
 * (pip cannot install a project's dependencies without it: camel's only lists are `pyproject.toml` and `uv.lock`);
 * without the context, a requirements file as an example only. `files` are the context files that install reads,
 * which the manifest COPY must bring (the requirements file and the lists it includes).
 */
function pythonDepsOnly(install: DependencyInstall, need: Need, context: BuildContext | null): { advice: string; files: string[] } | null {
  if (install.label !== 'pip install .' && install.label !== 'uv pip install .') return null;
  const relDir = path.posix.dirname(need.origin.contextPath);
  const dir = relDir === '.' ? '' : `${relDir}/`;
  const uv = install.label.startsWith('uv ');
  const requirements = (file: string): string => `\`${uv ? 'uv pip' : 'pip'} install -r ${file}\``;
  if (!context) return { advice: `e.g. ${requirements('requirements.txt')}`, files: [`${dir}requirements.txt`] };
  if (inBuildContext(context, `${dir}requirements.txt`)) return { advice: requirements('requirements.txt'), files: withIncludes(`${dir}requirements.txt`, context) };
  if (inBuildContext(context, `${dir}pyproject.toml`)) return { advice: uv ? '`uv pip install -r pyproject.toml`' : 'pip cannot read them from `pyproject.toml` alone; `uv pip install --system -r pyproject.toml` can', files: [] };
  return null;
}

/** True when every file under `dir` (bounded walk) is a manifest: a folder such as `requirements/`. */
function onlyManifests(context: BuildContext, dir: string): boolean {
  const ignore = contextDockerIgnore(context);
  let budget = 500;
  const walk = (rel: string): boolean => {
    for (const name of context.list(rel)) {
      if (--budget < 0) return false;
      const child = rel ? `${rel}/${name}` : name;
      if (ignore?.excludes(child) || HOUSEKEEPING.test(name)) continue;
      if (context.isDirectory(child)) {
        if (!walk(child)) return false;
      } else if (!MANIFEST.test(name) && !(REQUIREMENTS_DIR.test(rel) && /\.(txt|in)$/.test(name))) return false;
    }
    return true;
  };
  return walk(dir);
}

interface Need {
  /** In-image path of the file the install reads. */
  imagePath: string;
  origin: ContextOrigin;
}

/** The files the install reads, with the COPY that brought each from the context. */
function needs(install: DependencyInstall, context: BuildContext | null): Need[] {
  const out: Need[] = [];
  const add = (written: string): void => {
    const imagePath = imagePathOf(install.instruction, install.command, written);
    const origin = imagePath === null ? null : contextOrigin(install.instruction, imagePath, context);
    if (imagePath !== null && origin?.copy) out.push({ imagePath, origin });
  };
  for (const f of install.files) if (!/^[a-z]+:\/\//i.test(f.path) && (!f.word || f.word.literal)) add(f.path);
  if (install.manifests.length && !install.files.length) add(path.posix.join(install.projectPath ?? '.', install.manifests[0]!));
  return out;
}

/**
 * `if [ -s requirements.txt ]; then pip install -r requirements.txt; fi`, `[ -f package.json ] && npm ci`: the install
 * is optional, run only when the file it reads exists, so a COPY of that file alone would fail the build without it.
 * A test of a lock file (`if [ -f yarn.lock ]; then yarn install; elif [ -f package-lock.json ]; then npm ci; fi`)
 * picks the tool, not whether to install: the advice stands (`COPY package.json yarn.lock* ./`).
 */
function onlyIfPresent(install: DependencyInstall, need: Need): boolean {
  return install.command.runsIf.some((c) => {
    const file = existenceTested(c);
    return !!file?.literal && imagePathOf(install.instruction, c, file.value) === need.imagePath;
  });
}

/** The install copies a folder (the whole context or one holding the manifest) rather than the manifest alone. */
function folderCopy(need: Need, context: BuildContext | null): boolean {
  const source = need.origin.source;
  if (!source || source.path === null || source.glob) return false;
  if (source.path === '') return true;
  // A folder other than the context root: only with the context on disk can we tell it holds more than manifests.
  return context !== null && need.origin.contextPath !== source.path && context.isDirectory(source.path) && !onlyManifests(context, source.path);
}

/** Commands that create a folder in a RUN (`git clone URL pkg`, `tar -xf x.tgz`, `mkdir pkg`, `cp -r src pkg`). */
const CREATES = new Set(['git', 'wget', 'curl', 'tar', 'unzip', 'mkdir', 'cp', 'mv', 'ln']);

/** `git clone … pkg` then `pip install ./pkg`: the project folder was made by a RUN after the copy, not copied. */
function madeByRun(install: DependencyInstall, copy: Instruction): boolean {
  const top = install.projectPath?.replace(/^\.\//, '').split('/')[0];
  if (!top || top === '.' || top === '..' || install.projectPath!.startsWith('/')) return false;
  const runs = [...instructionsBefore(install.instruction).filter((i) => i.keyword === 'RUN' && instructionsBefore(i).includes(copy)), install.instruction];
  return runs.some((i) =>
    (i.run?.script?.commands ?? []).some(
      (c) => c !== install.command && CREATES.has(c.name ?? '') && c.args.some((w) => w.value === top || w.value.endsWith(`/${top}`) || w.value.endsWith(`/${top}.git`)),
    ),
  );
}

/**
 * A RUN between the copy and the install deletes the folder it copied (`rm -rf /serve; git clone … /serve` when a
 * build argument asks for a branch, pytorch/serve): the install may read a fresh clone, not the build context.
 */
function replacedByRun(install: DependencyInstall, copy: CopyInfo): boolean {
  const dest = copy.dest?.replace(/(.)\/+$/, '$1');
  if (!dest || dest === '/') return false;
  return instructionsBefore(install.instruction).some((i) => i.keyword === 'RUN' && instructionsBefore(i).includes(copy.instruction) && removesPath(i, (p) => p === dest));
}

function plainBase(instruction: Instruction): boolean {
  const name = instruction.stage?.rootImage.name;
  return !!name && (name.namespace === 'library' || name.familiar === 'nvidia/cuda');
}

function sameImage(a: Instruction, b: Instruction): boolean {
  return a === b || instructionsBefore(b).includes(a);
}

/** A node install that reads `package.json` (not `pnpm fetch`, which reads only the lock file) and runs its scripts. */
function readsPackageJson(install: DependencyInstall): boolean {
  return install.ecosystem === 'node' && install.manifests.includes('package.json');
}

/**
 * The workspace a node install in `dir` covers, for its tool: the one rooted at `dir` (pnpm's `pnpm-workspace.yaml`,
 * npm's and yarn's `workspaces`), or for pnpm, which installs the whole workspace from a member's folder too, the one
 * rooted in a folder above `dir` that the same copy brought (`copied`) and that takes `dir` as a member.
 */
function coveringWorkspace(install: DependencyInstall, context: BuildContext, dir: string, copied: string): (NodeWorkspace & { root: string }) | null {
  const pnpm = install.command.invocation.tool === 'pnpm';
  const own = nodeWorkspace(context, dir, pnpm);
  if (own) return { ...own, root: dir };
  if (!pnpm) return null;
  const top = copied ? `${copied.replace(/\/+$/, '')}/` : '';
  for (let up = path.posix.dirname(dir.replace(/\/$/, '')); ; up = path.posix.dirname(up)) {
    const root = up === '.' ? '' : `${up}/`;
    if (!root.startsWith(top)) return null;
    const ws = nodeWorkspace(context, root, true);
    if (ws?.members.includes(dir)) return { ...ws, root };
    if (root === '' || root === top) return null;
  }
}

/**
 * `npm ci`, `yarn install` and `pnpm install` run the project's own install scripts (`"prepare": "npm run compile"`,
 * tsc over `src/`), which may read any file of the project: copied with the manifests alone, the install would fail,
 * and what a script reads cannot be known in general. In a workspace they run those of the root and of every member the
 * install covers (hoppscotch's `"postinstall": "pnpm run gql-codegen"` in `packages/hoppscotch-sh-admin`): all of
 * them, or those a `--filter` (pnpm) or `--workspace` (npm) selects. Not with `--ignore-scripts`.
 */
function runsInstallScripts(install: DependencyInstall, need: Need, context: BuildContext | null): boolean {
  const inv = install.command.invocation;
  if (!readsPackageJson(install) || !context || hasOption(inv, '--ignore-scripts')) return false;
  const rel = path.posix.dirname(need.origin.contextPath);
  const dir = rel === '.' ? '' : `${rel}/`;
  const scripts = (d: string): boolean => !!nodePackage(context, d)?.installScripts.length;
  if (scripts(dir)) return true;
  const workspace = coveringWorkspace(install, context, dir, need.origin.source?.path ?? '');
  if (!workspace) return false;
  if (workspace.root !== dir && scripts(workspace.root)) return true;
  const filters = optionValues(inv, ...(inv.tool === 'pnpm' ? ['--filter', '-F'] : inv.tool === 'npm' ? ['-w', '--workspace'] : []));
  return coveredMembers(context, workspace.root, workspace, filters.map((f) => f.value)).some(scripts);
}

/**
 * `go mod download` of a module whose `go.mod` replaces modules with folders of the project (`=> ./apis`): it reads
 * their `go.mod` files too, so `go.mod` and `go.sum` copied alone fail the install (external-secrets' 61 local replaces).
 */
function replacesWithLocalFolders(install: DependencyInstall, need: Need, context: BuildContext | null): boolean {
  if (install.ecosystem !== 'go' || !context) return false;
  const dir = path.posix.dirname(need.origin.contextPath);
  return goLocalReplaces(context, dir === '.' ? '' : `${dir}/`).length > 0;
}

/** A COPY of the manifests to put before an install (manifestCopy). */
interface ManifestCopy {
  files: string[];
  dest: string;
  certain: boolean;
  workspace: boolean;
}

/**
 * The manifest COPY to put before the install; `certain` when its files are named by the install or seen in the context,
 * `workspace` when the member packages' manifests are needed too (one COPY cannot name them).
 */
function manifestCopy(install: DependencyInstall, need: Need, context: BuildContext | null): ManifestCopy {
  const copy = need.origin.copy!;
  const source = need.origin.source!;
  const relDir = path.posix.dirname(need.origin.contextPath);
  const inSource = source.path ? path.posix.relative(source.path, relDir) : relDir;
  const destDir = copy.dest === null ? '.' : path.posix.join(copy.dest, inSource === '.' ? '' : inSource);
  const workdir = workdirOf(copy.instruction);
  const dest = destDir.replace(/\/+$/, '') === workdir.replace(/\/+$/, '') ? './' : `${destDir.replace(/\/+$/, '')}/`;
  if (install.files.length) return { files: withIncludes(need.origin.contextPath, context), dest, certain: true, workspace: false };
  const dir = relDir === '.' ? '' : `${relDir}/`;
  // Only files the build sends: a COPY of one that `.dockerignore` excludes (hoppscotch's `.npmrc`) fails the build.
  const present = context ? install.manifests.filter((m) => inBuildContext(context, `${dir}${m}`)).map((m) => `${dir}${m}`) : [];
  if (present.length) {
    const workspace = readsPackageJson(install) && nodeWorkspace(context!, dir, install.command.invocation.tool === 'pnpm') !== null;
    return { files: present, dest, certain: true, workspace };
  }
  // Without the context: the manifest every project of the kind has (pip builds need only pyproject.toml).
  const canonical = install.manifests.slice(0, /^(uv )?pip /.test(install.label) ? 1 : 2);
  return { files: canonical.map((m) => `${dir}${m}`), dest, certain: false, workspace: false };
}

/**
 * A requirements list and the lists it includes (`-r requirements-common.txt`, `-c constraints.txt`), as the context
 * holds them: copied alone, the first would fail the install on its first include.
 */
function withIncludes(contextPath: string, context: BuildContext | null): string[] {
  const out = [contextPath];
  for (let i = 0; i < out.length && out.length < 10; i++) {
    const text = /\.(txt|in)$/.test(out[i]!) ? context?.read(out[i]!) : null;
    if (!text) continue;
    for (const inc of parseRequirements(text).includes) {
      const at = path.posix.normalize(path.posix.join(path.posix.dirname(out[i]!), inc.path));
      if (!at.startsWith('../') && !out.includes(at) && context && inBuildContext(context, at)) out.push(at);
    }
  }
  return out;
}

/**
 * Subcommands that read the project's source, per tool: for the node package managers every one but those that read only
 * the manifests or the registry (the others run the project's scripts: `npm run build`, `pnpm coverage`).
 */
const SOURCE_STEPS: Record<string, (subcommand: string) => boolean> = {
  npm: (sub) => !['install', 'ci', 'config', 'cache', 'prune'].includes(sub),
  yarn: (sub) => !['install', 'add', 'global add', 'config', 'cache'].includes(sub),
  pnpm: (sub) => !['install', 'add', 'config', 'store', 'prune', 'fetch'].includes(sub),
  go: (sub) => ['build', 'generate', 'run', 'test', 'vet'].includes(sub),
};
/** A written word that looks like a relative file path (`setup.py`, `scripts/build.sh`), not a pattern or inline code. */
const RELATIVE_PATH = /^(\.\/)?[\w@+-][\w.@+-]*(\/[\w.@+-]+)*\/?$/;

/**
 * Another command of the install's RUN that reads the source the folder copy brings (`python setup.py develop`, a
 * `pnpm coverage` script): moved before that copy with the install, it would fail, so the RUN must be split.
 */
function sourceStep(install: DependencyInstall, need: Need, manifests: readonly string[], context: BuildContext | null): SimpleCommand | null {
  const copy = need.origin.copy!.instruction;
  const script = install.instruction.run?.script;
  if (!script) return null;
  const brought = (w: { value: string; literal: boolean }, cmd: SimpleCommand): boolean => {
    if (!w.literal || !RELATIVE_PATH.test(w.value) || !/[./]/.test(w.value)) return false;
    const imagePath = imagePathOf(install.instruction, cmd, w.value);
    const origin = imagePath === null ? null : contextOrigin(install.instruction, imagePath, context);
    if (origin?.copy?.instruction !== copy || manifests.includes(origin.contextPath)) return false;
    // Without the context, only a word shaped like a file (`setup.py`, `src/x`) counts, not `global.index-url`.
    return context ? context.exists(origin.contextPath) : /\/|\.[a-z0-9]{1,5}$/i.test(w.value);
  };
  return (
    script.commands.find((c) => {
      // A test (`[ -f package-lock.json ]`) only checks that a file is there.
      if (c === install.command || c.launches || existenceTested(c)) return false;
      const inv = c.invocation;
      if (inv.tool !== null && inv.subcommand !== null && SOURCE_STEPS[inv.tool]?.(inv.subcommand)) return true;
      // An install of the project itself (`uv sync`, `pip install .`) reads its source.
      if (dependencyInstall(install.instruction, c)?.buildsProject) return true;
      return [...inv.operands, ...c.redirects].some((w) => brought(w, c));
    }) ?? null
  );
}

/** The context file is a requirements list that reads no other file of the project. */
function requirementsAlone(contextPath: string, context: BuildContext | null): boolean {
  const text = context?.read(contextPath);
  if (!text) return false;
  const parsed = parseRequirements(text);
  return parsed.includes.length === 0 && !parsed.readsLocalFiles;
}

/** Instructions that neither read nor change the copied files (config only). */
const CONFIG_ONLY = new Set(['ENV', 'ARG', 'LABEL', 'EXPOSE']);
/** Programs that, given no relative path, touch nothing of the project: system package managers, cleanup, shell builtins. */
const OUTSIDE_PROJECT = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'rm', 'echo', 'true', 'set', 'export', 'mkdir', 'chmod', 'chown', 'ln']);

/** The command leaves the project's files alone: an allowed program whose words name no relative path. */
function outsideProject(cmd: SimpleCommand, install: DependencyInstall): boolean {
  if (cmd === install.command) return true;
  if (!cmd.name || !OUTSIDE_PROJECT.has(cmd.name)) return false;
  return cmd.args.every((w) => w.literal && (w.value.startsWith('/') || w.value.startsWith('-') || !/[/.]/.test(w.value) || /^[\w.+-]+=/.test(w.value)));
}

/**
 * The simplest shape, moved: a single-line `COPY . <dir>` (context root only), then only config instructions or RUNs
 * that leave the project alone, then the install RUN (which does nothing else with the project). The manifest COPY
 * takes the folder copy's place and the folder copy moves right after the install.
 */
function reorder(install: DependencyInstall, need: Need, manifest: ManifestCopy, context: BuildContext | null, lines: readonly string[]): TextEdit[] | null {
  const copy = need.origin.copy!.instruction;
  if (install.buildsProject || !manifest.certain || manifest.workspace || copy.keyword !== 'COPY' || copy.copy?.sources.length !== 1 || copy.heredocs.length) return null;
  if (copy.range.start.line !== copy.range.end.line || copy.flags.some((f) => !['chown', 'chmod', 'link'].includes(f.name.toLowerCase()))) return null;
  const run = install.instruction;
  if (run.keyword !== 'RUN' || run.heredocs.length || run.stage !== copy.stage || !run.script || run.script.error) return null;
  const between = run.stage!.instructions.slice(run.stage!.instructions.indexOf(copy) + 1, run.stage!.instructions.indexOf(run));
  const untouched = (i: Instruction): boolean => i.keyword === 'RUN' && !i.heredocs.length && !!i.script && !i.script.error && i.script.commands.every((c) => outsideProject(c, install));
  if (between.some((i) => !CONFIG_ONLY.has(i.keyword) && !untouched(i)) || !untouched(run)) return null;
  const needsAll = needs(install, context);
  if (needsAll.some((n) => n.origin.copy?.instruction !== copy)) return null;
  // A requirements file that includes others or installs local paths needs more of the project than itself.
  if (install.files.length && !needsAll.every((n) => requirementsAlone(n.origin.contextPath, context))) return null;
  const written = lines[copy.range.start.line - 1]!.slice(copy.range.start.column - 1, copy.range.end.column - 1);
  const flags = copy.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  const text = [copy.keywordText, ...flags, ...manifest.files, manifest.dest].join(' ');
  return [
    { range: copy.range, text },
    { range: { start: run.range.end, end: run.range.end }, text: `\n${written}` },
  ];
}

export default defineRule({
  meta: {
    id: 'layer-cache-order',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: 'The whole build context is copied before a dependency install that only needs the manifest; or a package install reads the index of an `update` in an earlier, cached RUN.',
    docs: {
      why:
        'Docker reuses a layer only while everything before it is unchanged. With `COPY . .` before `pip install -r requirements.txt`, editing any source file invalidates the `COPY` layer and the install after it: every build downloads and installs all dependencies again (for AI images, gigabytes of torch and CUDA wheels). Copy the dependency manifest alone first, install, then copy the rest. The rule knows pip (`-r`, `pip install .`), uv (`uv sync`, `uv pip install -r`, `uv pip sync`), poetry, pipenv, conda environment files, npm, yarn, pnpm (`pnpm install`, and `pnpm fetch`, which reads only the lock file), `go mod download`, bundler, `cargo fetch` and composer, follows `COPY`/`WORKDIR`/`cd` to see which copy brought the manifest, and names the manifest files the context really holds (with the lists a requirements file includes, `-r requirements-common.txt`, and the settings a node install reads: `pnpm-workspace.yaml`, whose `overrides` `pnpm install --frozen-lockfile` checks, and `.npmrc`; a workspace also needs the `package.json` of each member), never one that `.dockerignore` leaves out of the context (hoppscotch\'s `.npmrc`: a COPY of it fails the build); for Cargo it asks for a stub target beside the manifests (`cargo fetch` stops at "no targets specified in the manifest" over a `Cargo.toml` without `src/`), in a workspace for each member too, or for cargo-chef, which prepares them. Without the context it names the usual manifests as examples only, since a COPY of a file the project lacks fails the build. When the RUN of the install also runs something that reads the source (`python setup.py develop`, `npm run build`, `uv sync` of the project itself) the advice is to split that RUN: install alone, then copy the rest and run the rest. It is silent when a RUN between the copy and the install deletes the copied folder (`rm -rf /serve && git clone … /serve`: the install may read a fresh clone), when the manifest was copied and installed before the source (`pip install --no-deps .` or `uv sync` after that is the usual second step; pnpm\'s Docker recipe, `COPY pnpm-lock.yaml ./` and `pnpm fetch`, then `COPY . .` and `pnpm install --offline`), for builds of the project itself (`go build`, `npm run build`), for folders that hold only manifests, when the install runs only if the manifest exists (`if [ -s requirements.txt ]; then pip install -r requirements.txt; fi`, `[ -f package.json ] && npm ci`: copying the manifest alone would fail the build when it is absent), when a node install runs the project\'s own install scripts (`preinstall`, `install`, `postinstall`, `prepare` in its `package.json`, run by `npm ci`, `npm install`, `yarn` and `pnpm install` unless `--ignore-scripts`: `"prepare": "tsc"` reads the source, and what a script reads cannot be known in general; in a workspace, those of the root and of each member the install covers: all of them, or those `pnpm install --filter` or `npm ci -w` selects, not members `.dockerignore` leaves out), for `go mod download` of a module whose `go.mod` replaces modules with folders of the project (`replace example.com/apis => ./apis`: the download reads their `go.mod` files too, so the manifests alone fail it), and when the comment just above the install says the RUN is one layer on purpose (`# PyTorch + TE + the project in one layer`, for a vfs or nested-docker disk).\n\n**Stale package index.** The same layer cache breaks `RUN apt-get update` followed by `RUN apt-get install …` in a later RUN of the stage (or of a stage built on it) without its own update: the install reads the lists of the update layer, which Docker reuses from its cache as long as that instruction is unchanged, so once the lists are older than the repository the install fails to fetch packages (404) or installs outdated versions (Docker\'s best-practices guide: always combine `apt-get update` with `apt-get install` in the same RUN). The same holds for `apk update` then `apk add` (not with `--no-cache` or `-U`, which fetch a fresh index). dnf and yum are not reported: they refresh metadata older than `metadata_expire` themselves. Nor is an apt install whose every source is a frozen release\'s archive, which no longer changes (the base is the distribution\'s own image of a frozen release, `ubuntu:14.10`, `debian:10`, or an Official Image built on buildpack-deps, which adds no apt source, `gcc:10.3.0-buster`, `python:3.9-buster` (not `-slim` or Alpine variants, nor `postgres`, which adds its vendor\'s repository), written in the `FROM` (not a build argument\'s default, which a build may replace), or the project\'s own image whose Dockerfile (found for certain, also one beside it named after the image: `ubuntu-12-04-gcc.Dockerfile` for `typesense/ubuntu-12-04-gcc`) ends with only such sources, through its own bases too, and adds no live repository; not a vendor\'s image on one such as `nvidia/cuda:…-ubuntu18.04`, which adds its live repository, and the stage\'s own source files name only frozen suites, its base sources at most pointed at the archive host with `sed`, `old-releases.ubuntu.com`, or all sources replaced by frozen suites; or any base, a build argument\'s default included, whose sources the stage points at that archive host, `sed -i s/deb.debian.org/archive.debian.org/g /etc/apt/sources.list`, since that host serves only frozen releases: not a base whose tag names a live release (`ubuntu:24.04`), nor an accelerator image (CUDA, ROCm), whose vendor repository stays live; a repository the stage adds for the image\'s own release, `add-apt-repository "deb … $(lsb_release -cs) stable"`, is then on a frozen suite too): lists fetched once stay current. A build\'s configure script between them (`./configure`, OpenSSL\'s `sh ./config`, ICU\'s `./runConfigureICU`) adds no source; another script it runs (`bash ./setup-repos.sh`) may. Not reported either when the update RUN deletes the index (the later install then fails at once, visibly) or runs a cleanup script of its own that may, when either RUN keeps it in a cache mount, or for `xx-apt-get`, which updates the lists itself when it adds the target architecture. Nor when every edit of the Dockerfile rebuilds the update while nothing between the update and the install (a `COPY`, an `ADD`, an `ARG`, a `RUN` bind mount) can change the install\'s cache alone, so that an edit of the install line runs the update again: an instruction before the update copies or bind-mounts a part of the build context that holds the Dockerfile itself (smallstep\'s `COPY . .` from the top of the repository with `docker/Dockerfile.hsm` in it; a folder of nothing but the Dockerfile counts as the context where the project\'s README or a script beside it builds it from there with no file named, intel\'s torchrec example README\'s `nvidia-docker build -t torchrec .`; not when `.dockerignore` excludes the Dockerfile, nor without the context), or copies from a stage that does and whose build stamps the time into what it makes (a `date` in its `RUN`, or `make` over a Makefile of the context that calls `date`, `$(shell date …)` in an `-X main.BuildTime` flag; a reproducible build gives the same bytes, and BuildKit keys a copy from a stage by the content copied, so the update stays cached). This lives in `layer-cache-order` because the cause is the same: a cached layer that an instruction depends on no longer matches what it needs; `apt-cleanup` is about the size the lists add, and its fix is marked unsafe when such a later install relies on them.',
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]',
      fixSafety:
        'Unsafe: the install then runs without the rest of the source tree, so an install that reads another file of the project (a `-e .` line or a relative path inside the requirements file, a `setup.py`) fails or installs something else. Only the simplest shape is fixed: a one-line `COPY . <dir>` of the build context (or of one folder of it), followed only by `ENV`/`ARG`/`LABEL`/`EXPOSE` and `RUN`s of system package managers or cleanups that name no relative path, then a RUN whose install reads only manifest files named on its command line or present in the build context (not a workspace, not Cargo, whose manifests need a stub target), and which does nothing else with the project (a RUN that must be split is never fixed). The folder copy becomes `COPY <manifest…> <dir>/` and moves, as written, right after the install.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: [],
  },
  check({ model, buildContext, report }) {
    const context = buildContext && contextLooksRight(model, buildContext) ? buildContext : null;
    staleIndexes(model, context, buildContext, report);
    const installs = dependencyInstalls(model);
    const reported = new Set<Instruction>();
    // Each install's needs are asked again for every later install: computed once (it was cubic in the installs).
    const needsCache = new Map<DependencyInstall, ReturnType<typeof needs>>();
    const needsOf = (i: DependencyInstall): ReturnType<typeof needs> => {
      let n = needsCache.get(i);
      if (!n) needsCache.set(i, (n = needs(i, context)));
      return n;
    };
    for (const install of installs) {
      if (install.projectOnly) continue;
      for (const need of needsOf(install)) {
        const copy = need.origin.copy!;
        if (reported.has(copy.instruction) || !folderCopy(need, context) || madeByRun(install, copy.instruction) || replacedByRun(install, copy)) continue;
        if (need.origin.source!.path === '' && context && onlyManifests(context, '')) continue;
        // Dependencies already installed before the folder was copied: this is the second, cheap step.
        const earlier = installs.filter((i) => i !== install && i.ecosystem === install.ecosystem && sameImage(i.instruction, copy.instruction) && i.instruction !== copy.instruction);
        // A base image other than a plain language/OS/CUDA one (or one that cannot be resolved) may already hold the
        // dependencies of the project being built.
        if (install.buildsProject && (earlier.length || !plainBase(install.instruction))) continue;
        if (!install.buildsProject && earlier.some((i) => i.label === install.label || needsOf(i).some((n) => n.origin.contextPath === need.origin.contextPath))) continue;
        if (install.ecosystem !== 'python' && install.ecosystem !== 'conda' && earlier.length) continue;
        if (saysOneLayer(model, install.instruction)) continue;
        if (onlyIfPresent(install, need) || runsInstallScripts(install, need, context) || replacesWithLocalFolders(install, need, context)) continue;
        reported.add(copy.instruction);
        const source = need.origin.source!;
        const written = `${copy.instruction.keyword} ${copy.instruction.argsText}`;
        const shown = written.length <= 40 && !written.includes('\n') ? written : `${copy.instruction.keyword} ${source.arg.raw}`;
        const what = `\`${shown}\` copies ${source.path === '' ? 'the whole build context' : `the whole \`${source.arg.raw}\` folder`}`;
        const manifest = manifestCopy(install, need, context);
        const python = DEPS_ONLY[install.label] ? null : pythonDepsOnly(install, need, context);
        // The list the dependency install reads comes with the manifest (`COPY pyproject.toml requirements.txt ./`).
        for (const f of python?.files ?? []) if (!manifest.files.includes(f)) manifest.files.push(f);
        // Files not seen in the context are examples: a COPY of a file the project lacks fails the build.
        // Cargo reads a package's targets with its manifest: `cargo fetch` over `Cargo.toml` alone stops at "no targets
        // specified in the manifest", so the manifests need a stub source (or cargo-chef, which writes them).
        const cargo = install.ecosystem === 'rust';
        const stub = cargo ? `, with a stub target (\`RUN mkdir -p src && echo 'fn main() {}' > src/main.rs\`, and each workspace member's \`Cargo.toml\` and stub), or let cargo-chef prepare them` : '';
        const copyFirst = manifest.certain
          ? `copy the manifest first (\`COPY ${manifest.files.join(' ')} ${manifest.dest}\`${manifest.workspace ? ", and each workspace package's `package.json` into its folder" : ''}${stub})`
          : `copy the manifests first (e.g. ${manifest.files.map((f) => `\`${f}\``).join(', ')}: those the project has${stub})`;
        const depsOnly = DEPS_ONLY[install.label] ?? python?.advice ?? 'from the manifest';
        const step = sourceStep(install, need, manifest.files, context);
        // A moved COPY of the Cargo manifests alone would fail the build (no stub target): no edit for Cargo.
        const edits = step || cargo ? null : reorder(install, need, manifest, context, model.lines);
        const fix = step
          ? `split the RUN: ${copyFirst}, run ${install.buildsProject ? `the dependency install alone (${depsOnly})` : `\`${install.label}\` alone`}, then copy the rest and run the rest of the RUN (\`${commandText(step)}\` reads the source)`
          : install.buildsProject
            ? `${copyFirst}, install the dependencies alone (${depsOnly}), then copy the rest and install the project`
            : `${copyFirst} and install before copying the rest`;
        report({
          range: source.arg.range,
          message: `${what} before \`${install.label}\` (line ${install.instruction.range.start.line}), so any source change re-runs the install; ${fix}.`,
          ...(edits ? { fix: { description: 'Copy the manifest before the install and the rest after it', edits, safe: false } } : {}),
          related: [{ range: install.instruction.range, message: `the \`${install.label}\` this copy invalidates` }],
        });
      }
    }
  },
});

/** A command as the message names it: its first words. */
function commandText(cmd: SimpleCommand): string {
  const words = cmd.argv.map((w) => w.value);
  return words.length > 4 ? `${words.slice(0, 4).join(' ')} …` : words.join(' ');
}

/** `# PyTorch + TE + LLaMA-Factory in one layer`, `# keep this a single layer`: the author chose one layer on purpose. */
const ONE_LAYER = /\b(one|single|same|a few|fewer)\s+(docker\s+|image\s+)?layers?\b|\blayers? (are|is|kept) (intentionally|deliberately|on purpose)\b/i;

/**
 * The comment just above the install's RUN says the RUN is one layer on purpose (few layers for a vfs or
 * nested-docker disk): splitting the copy and the install into more layers goes against that choice.
 */
function saysOneLayer(model: RuleContext['model'], run: Instruction): boolean {
  const before = model.instructions.filter((i) => i.range.end.line < run.range.start.line).pop();
  const from = before ? before.range.end.line : 0;
  return model.comments.some((c) => c.range.start.line > from && c.range.end.line < run.range.start.line && ONE_LAYER.test(c.text));
}

/**
 * `RUN apt-get update` then, in a later RUN of the stage (or of a stage it is built on), `apt-get install` without
 * its own update: the install reads the lists of the update layer, which the layer cache keeps as old as it is.
 */
function staleIndexes(model: RuleContext['model'], context: BuildContext | null, project: BuildContext | null, report: RuleContext['report']): void {
  for (const stage of model.stages) {
    // Built on the project's own image whose Dockerfile leaves only a frozen release's sources (typesense's
    // ubuntu:12.04 pointed at old-releases.ubuntu.com): read at the stage's first stale install, for onlyFrozenAptSources.
    const root = stage.rootImage.name;
    let ownFrozen: string | null | undefined;
    const ownBaseFrozen = (): string | null => (ownFrozen ??= root && project ? (project.ownBase(root)?.aptFrozen ?? null) : null);
    const runs = [...stage.lineage].reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN' && i.run?.script));
    for (const index of PACKAGE_INDEXES) {
      // The nearest earlier RUN that updates the index, tracked in one pass (a search back per RUN was quadratic).
      let update: Instruction | null = null;
      for (const later of runs) {
        const updates = updateIn(later, index) !== null;
        // A RUN of an ancestor stage is reported with that stage.
        const install = later.stage === stage && update ? staleInstall(later, index) : null;
        const before = update;
        if (updates) update = later;
        if (!install || !before || keepsNoIndex(before, index)) continue;
        // Every apt source is a frozen release's archive (`ubuntu:14.10`, `gcc:10.3.0-buster`, an own base on one, or any
        // base pointed at archive.debian.org): its lists never change.
        if (index.tool === 'apt' && onlyFrozenAptSources(later, install.command, ownBaseFrozen())) continue;
        // Every edit of the Dockerfile rebuilds the update (a copy before it takes the Dockerfile from the context), and
        // nothing between the two RUNs keys the install on anything else: the install never runs on a reused update.
        if (rebuiltWithDockerfile(model, before, context) && keyedOnlyByText(before, later)) continue;
        report({
          range: install.subcommand.range,
          message:
            `\`${install.command.name} ${install.invocation.subcommand}\` reads the package index of ${updateIn(before, index)} on line ${before.range.start.line}, ` +
            `a separate RUN that the build cache reuses unchanged: once that index is older than the repository, the install fails to fetch packages (404) or installs outdated ones; use ${index.together}.`,
        });
      }
    }
  }
}

/**
 * The instructions after `update` up to `install` (that one included) change their cache key only with the Dockerfile's
 * text: no COPY or ADD (files), no ARG (a `--build-arg` value) and no RUN bind mount (files) among them.
 */
function keyedOnlyByText(update: Instruction, install: Instruction): boolean {
  const before = instructionsBefore(install);
  const between = [...before.slice(before.indexOf(update) + 1), install];
  return between.every((i) => !i.copy && i.keyword !== 'ARG' && !(i.run?.mounts ?? []).some((m) => m.type === 'bind'));
}

/**
 * The last update of the index in the RUN, as the message names it: `apt-get update`, or a vendor's setup script that
 * updates it itself (`curl -fsSL https://deb.nodesource.com/setup_20.x | bash -`); null when the RUN updates none.
 */
function updateIn(run: Instruction, index: PackageIndex): string | null {
  const script = run.run!.script!;
  const calls = new Set(callsIn(script, index.tool, index.updates).map((c) => c.command));
  const last = script.commands.filter((c) => calls.has(c) || runsUpdatingSetupScript(c, script, index.setupScripts)).at(-1);
  if (!last) return null;
  if (calls.has(last)) return `\`${last.name} ${last.invocation.subcommand}\``;
  const pipe = script.pipelines.find((p) => p.commands.includes(last))!;
  return `the setup script \`${commandText(pipe.commands[0]!)} | ${last.argv.map((w) => w.value).join(' ')}\` (which updates it)`;
}

/** The RUN's first install that neither updates the index before it in the same RUN nor fetches a fresh one. */
function staleInstall(run: Instruction, index: PackageIndex): ReturnType<typeof callsIn>[number] | null {
  const script = run.run!.script!;
  const install = callsIn(script, index.tool, index.installs)[0];
  // Deleting the index after the install does not matter: the install already read it. A cache mount holds its own.
  if (!install || hasOption(install.invocation, ...index.refreshing) || hasCacheMountOn(run, index.dirs)) return null;
  // tonistiigi/xx's `xx-apt-get` runs `apt-get update` itself when it adds the target architecture (a cross build).
  if (install.command.name?.startsWith('xx-')) return null;
  const at = script.commands.indexOf(install.command);
  const updated = callsIn(script, index.tool, index.updates).some((u) => script.commands.indexOf(u.command) < at);
  const refreshed = script.commands
    .slice(0, at)
    .some((c) => index.refreshedBy.some((r) => c.name === r.command && !c.args.some((w) => r.unless.includes(w.value))) || runsUpdatingSetupScript(c, script, index.setupScripts));
  return updated || refreshed ? null : install;
}

/** The index is in a cache mount or deleted by the RUN: no index stays in its layer to go stale. */
function keepsNoIndex(run: Instruction, index: PackageIndex): boolean {
  // A cleanup script of the image's own (`/tmp/clean-layer.sh`) may delete the index too.
  return hasCacheMountOn(run, index.dirs) || runsCleanupScript(run.run!.script!) || removesPath(run, (p) => index.dirs.some((d) => p === d || p.startsWith(`${d}/`)));
}
