/**
 * The accounts a project builds its images under, read offline from its own files: the second source of "the
 * project's own images" for a checkout without `.git` (a copied tree, a tarball, a CI cache), where repository.ts
 * finds no owner. Evidence is a name given to a build: `docker build -t openzipkin/zipkin:test` (also `buildx`,
 * `podman`, `buildah bud`, and a build script named so: `docker_build openzipkin/zipkin:test`) in shell scripts,
 * Makefile recipes and the shell blocks of READMEs; a README's Docker Hub badge (`img.shields.io/docker/pulls/onerahmet/…`); the new name of a `docker tag SRC DST` in scripts and recipes; a compose service's `image:` beside its `build:`; a Bake target's
 * `tags` (also of the Bake files in the root's `bakefiles/` folder); a skaffold artifact's `image`; a GitHub workflow's `docker/metadata-action` `images`,
 * `docker/build-push-action` `tags` and the tags of the Bake files a `docker/bake-action` step reads. An image pulled, run or built FROM is not evidence: it is someone else's as
 * often as not. The same reading gives each build's target stage, Dockerfile and named build contexts (projectBuilds, for build-targets.ts)
 * and the images the workflows' jobs run in (workflowContainers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageAccount } from '../knowledge/trusted-images.js';
import { isValidReference, parseImageName } from '../model/image-ref.js';
import { parseShell } from '../shell/parse.js';
import { optionValues } from '../shell/invocation.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';
import { BAKE_FILE, BAKE_FOLDER, bakeTags } from './bake.js';
import { COMPOSE_FILE, composeBuiltImages, foldersToRepositoryTop, record } from './compose.js';
import { engineCall, mentionsEngine, plainValues } from './engine-commands.js';
import { bashShebang, isFile, knownArgValue, listing, MAKEFILE, projectFileCache, repositoryFiles, SHELL_SCRIPT } from './project-file.js';
import { yamlDocument } from './yaml-document.js';
import { cloudBuildBuilds, CONFIG_NAME as CLOUD_BUILD_CONFIG } from './cloud-build.js';

/** Folders climbed from the Dockerfile's own looking for the project's root. */
const MAX_LEVELS = 8;
/** A folder with more entries than this is no project's (a home or a download folder): the climb stops there. */
const MAX_ENTRIES = 2000;
/** Build files read per folder (the first ones by name). */
const MAX_FILES = 40;

/** What marks a project's root on its own. */
const ROOT_MARK = /^(\.git|\.github|licen[cs]e([.-].*)?|copying([.-].*)?)$/i;
const README = /^readme([.-].*)?$/i;
/** A build file that, beside a README, marks a project's root. */
const PROJECT_FILE = /^(makefile|gnumakefile|package\.json|pyproject\.toml|setup\.py|go\.mod|cargo\.toml|pom\.xml|build\.gradle(\.kts)?|cmakelists\.txt)$/i;

const MARKDOWN_README = /^readme([.-].*)?\.(md|markdown)$/i;
const SKAFFOLD = /^skaffold([.-][\w.-]*)?\.ya?ml$/i;
const WORKFLOW = /\.ya?ml$/i;

/** A project's own image-building script run with the image to build (`build-bin/docker/docker_build org/app:test`). */
const BUILD_SCRIPT = /^((docker|image|container)[-_]?build|build[-_]?(docker|image|container)(s|[-_]?image)?)(\.sh)?$/i;
/** Its first argument, when an image name with a tag: `org/app:test`. */
const TAGGED_IMAGE = /^[^\s:/]+(\/[^\s:/]+)+:[\w.${}-]+$/;

/**
 * The accounts of the images the project builds (`openzipkin`, on Docker Hub, `ghcr.io` or another registry whose
 * first path segment is the account: imageAccount), from the build files in the Dockerfile's folder and the folders
 * above it up to the project's root: the nearest folder with `.git`, `.github`, a licence, or a README beside a build
 * file. Without a root in reach, only the Dockerfile's own folder is read (what is above may be anything).
 */
export function builtAccounts(dockerfile: string): Set<string> {
  const accounts = new Set<string>();
  for (const build of projectBuilds(dockerfile).builds) {
    for (const image of build.tags) {
      const account = accountOf(image);
      if (account) accounts.add(account);
    }
  }
  return accounts;
}

/** One image build a project file runs or declares. */
export interface ProjectBuild {
  /** The image names it tags. */
  tags: readonly string[];
  /** The stage it builds (`--target`, `target:`), as written once variables are filled; null when it names none (the final stage). */
  target: string | null;
  /**
   * The Dockerfile it reads, relative to where the build runs (`-f`, `file:`, `{context}/Dockerfile`, `./` and `../`
   * taken off); null when the build names none and runs from a folder not known (a script's `docker build .`).
   */
  file: string | null;
  /** `file` is relative to the project's root (a workflow's build), not to a folder not known (a script's). */
  fromRoot: boolean;
  /**
   * A script's or README's build of the folder it runs from (`.`) whose `-f` climbs out of it first (run-1.sh's
   * `docker build -f ../common/int-1.Dockerfile .`, run from a folder beside `common/`): the number of `../` the
   * `-f` starts with. The context then lies that many folders below the one `file` is named from. Absent otherwise.
   */
  climbs?: number;
  /** The names of the build contexts it passes (`--build-context plugin-src=…`, the action's `build-contexts`). */
  contexts: readonly string[];
  /**
   * A command's build that names no Dockerfile and builds the folder it runs in (`docker build -t torchrec .`): it reads
   * that folder's `Dockerfile` with that folder as its context. The folder, relative to where its line starts: `''`,
   * or where a `cd` before it on the line went (`cd docker && docker build .`: `docker`). Absent for other builds, and
   * after a `cd` somewhere not known.
   */
  ownContext?: string;
  /** The build arguments a workflow's build action passes (`build-args`, filled as `file`); absent where not read (scripts, `run` steps). */
  args?: Readonly<Record<string, string>>;
  /**
   * The build arguments it passes, by name: `--build-arg NAME=…` (or `NAME` alone, from the environment) of a command,
   * an action's `build-args`; each with its value where the linter knows it (`--build-arg NODE_VERSION=8.12.0`, the
   * file's variables filled), null where not (from the environment, a variable or expression it cannot fill). Absent
   * where the build's command is not read (a name from a Compose or Bake file, a skaffold artifact, a badge, a build
   * script's image), which says nothing of its arguments.
   */
  buildArgs?: Readonly<Record<string, string | null>>;
  /**
   * The paths `file` may be where a variable in it is assigned several values (pathAlternatives: openvino's `-f
   * Dockerfile.$(DIST_OS)`); read only for the builds of files elsewhere in the repository (indexedBuilds). Absent otherwise.
   */
  fileAlternatives?: readonly string[];
}

/**
 * The builds of the project's build files (see the file comment) in the Dockerfile's folder and those above it up to
 * the project's root, of its CI pipelines, and those of this very file by Makefiles and scripts elsewhere in the
 * repository (buildsElsewhere); `root` is that root, null when none is in reach.
 */
export function projectBuilds(dockerfile: string): { builds: ProjectBuild[]; root: string | null } {
  const { folders, root } = foldersToProjectRoot(path.dirname(path.resolve(dockerfile)));
  const builds: ProjectBuild[] = [];
  for (const dir of folders) {
    // A script without an extension (dokku's plugins/builder-herokuish/builder-release) counts when its first line runs bash or sh.
    const entries = listing(dir).filter((n) => SHELL_SCRIPT.test(n) || MAKEFILE.test(n) || MARKDOWN_README.test(n) || COMPOSE_FILE.test(n) || BAKE_FILE.test(n) || SKAFFOLD.test(n) || CLOUD_BUILD_CONFIG.test(n) || (!n.includes('.') && bashShebang(path.join(dir, n))));
    for (const name of entries.sort().slice(0, MAX_FILES)) {
      // A Cloud Build configuration is submitted from its own folder: its files are named from there.
      if (CLOUD_BUILD_CONFIG.test(name)) {
        builds.push(...cloudBuildProjectBuilds(dir, name, root));
        continue;
      }
      const found = buildsIn(path.join(dir, name), name);
      // A root Makefile's builds name their files from the root (makefileBuilds); a deeper one's from a folder not the root.
      builds.push(...(MAKEFILE.test(name) ? found.map((b) => ({ ...b, fromRoot: dir === root && b.file !== null })) : found));
    }
  }
  if (root) {
    for (const folder of listing(root).filter((n) => BAKE_FOLDER.test(n)).sort()) {
      const dir = path.join(root, folder);
      for (const name of listing(dir).filter((n) => BAKE_FILE.test(n)).sort().slice(0, MAX_FILES)) builds.push(...buildsIn(path.join(dir, name), name));
    }
    builds.push(...repositoryWorkflowBuilds(root));
    // Makefiles and scripts elsewhere in the repository that build this very file (a sibling folder's recipe).
    for (const found of buildsElsewhere(dockerfile, folders, root)) builds.push(...found.builds);
  }
  return { builds, root };
}

/**
 * The project's own instructions build the Dockerfile with its own folder as the context: a README of its folder or of
 * a folder above it, up to the project's root, or a shell script beside it, runs a build that names no file and builds
 * the folder it runs in (ProjectBuild.ownContext), which reads that folder's `Dockerfile` with the folder as its
 * context. intel's torchrec inference example: its README, one folder above `docker/Dockerfile`, says to run
 * `nvidia-docker build -t torchrec .`, which only works from `docker/`. A README's command with no `cd` before it is
 * taken to be run where the file is (its reader goes there); with one, only where the `cd` leads there. Only for a
 * file of the default name, and only up to the first folder above that holds a file of that name itself (a README's
 * `docker build .` there builds that one); never when a build of the project names this file through its folder
 * (`-f docker/Dockerfile .`: a context above it).
 */
export function builtFromOwnFolder(dockerfile: string): boolean {
  const own = path.resolve(dockerfile);
  const dir = path.dirname(own);
  const name = path.basename(own);
  if (!DEFAULT_NAME.test(name)) return false;
  const { folders, root } = foldersToProjectRoot(dir);
  let documented = false;
  for (const folder of folders) {
    if (folder !== dir && isFile(path.join(folder, name))) break;
    const names = listing(folder).filter((n) => MARKDOWN_README.test(n) || (folder === dir && SHELL_SCRIPT.test(n)));
    documented = names.sort().slice(0, MAX_FILES).some((n) =>
      buildsIn(path.join(folder, n), n).some((b) => b.ownContext !== undefined && (b.ownContext === '' || path.resolve(folder, b.ownContext) === dir)),
    );
    if (documented) break;
  }
  if (!documented) return false;
  const relative = (root ? path.relative(root, own) : name).split(path.sep).join('/');
  return !projectBuilds(own).builds.some((b) => b.file !== null && b.file.includes('/') && !b.file.includes('$') && (relative === b.file || relative.endsWith(`/${b.file}`)));
}

/** The builds of a Cloud Build configuration in `dir` (cloud-build.ts), their files named from `root` where it is known. */
function cloudBuildProjectBuilds(dir: string, name: string, root: string | null): ProjectBuild[] {
  const file = path.join(dir, name);
  const text = isFile(file) ? fs.readFileSync(file, 'utf8') : null;
  return cloudBuildBuilds(text).map((b) => {
    const fromRoot = root !== null && b.file !== null;
    return { tags: b.tags, target: b.target, file: b.file === null ? null : fromRoot ? path.relative(root, path.join(dir, b.file)).split(path.sep).join('/') : b.file, fromRoot, contexts: [], buildArgs: b.buildArgs };
  });
}

/**
 * The builds of the CI pipelines of the project or repository at `root`, files named from `root`: its GitHub workflows
 * (`.github/workflows/*.yml`), its CircleCI configuration (`.circleci/*.yml`: `config.yml` and the configurations a
 * setup workflow continues with beside it) and its GitLab CI file (`.gitlab-ci.yml`).
 */
export function repositoryWorkflowBuilds(root: string): ProjectBuild[] {
  const yamlIn = (dir: string): string[] => listing(dir).filter((n) => WORKFLOW.test(n)).sort().slice(0, MAX_FILES).map((n) => path.join(dir, n));
  return [
    ...yamlIn(path.join(root, '.github', 'workflows')).flatMap(workflowBuilds),
    ...yamlIn(path.join(root, '.circleci')).flatMap((file) => ciScriptBuilds(file)),
    ...ciScriptBuilds(path.join(root, GITLAB_CI)),
  ];
}

export function foldersToProjectRoot(start: string): { folders: string[]; root: string | null } {
  const folders: string[] = [];
  for (let dir = start; folders.length < MAX_LEVELS; dir = path.dirname(dir)) {
    const names = listing(dir);
    if (names.length > MAX_ENTRIES) break;
    folders.push(dir);
    const readme = names.some((n) => README.test(n));
    if (names.some((n) => ROOT_MARK.test(n)) || (readme && names.some((n) => PROJECT_FILE.test(n)))) return { folders, root: dir };
    if (path.dirname(dir) === dir) break;
  }
  return { folders: [start], root: null };
}

/** The account of an image name whose account part is known (`openzipkin/zipkin:${TAG}` → `openzipkin`), or null. */
function accountOf(image: string): string | null {
  const slash = image.lastIndexOf('/');
  const owner = image.slice(0, slash);
  // Only the name up to its last `/` decides the account; the repository and tag may be variables.
  if (slash < 0 || /[$<>{}\s]/.test(owner)) return null;
  const ref = `${owner}/x`;
  const name = isValidReference(ref) ? parseImageName(ref) : null;
  return name ? imageAccount(name) : null;
}

function buildsIn(file: string, name: string): readonly ProjectBuild[] {
  if (COMPOSE_FILE.test(name)) return tagsOnly(composeBuiltImages(file));
  if (BAKE_FILE.test(name)) return tagsOnly(bakeTags(file));
  if (SKAFFOLD.test(name)) return tagsOnly(skaffoldImages(file));
  if (MAKEFILE.test(name)) return makefileBuilds(file);
  if (MARKDOWN_README.test(name)) return readmeBuilds(file);
  return scriptBuilds(file);
}

/** Compose and Bake files name their targets per Dockerfile (BuildContext.builtStages); here only their images count. */
function tagsOnly(images: readonly string[]): ProjectBuild[] {
  return images.length ? [{ tags: images, target: null, file: null, fromRoot: false, contexts: [] }] : [];
}

// Shell: scripts, recipes, README blocks ---------------------------------------------------------------------

/** A line that may build or tag an image: the only ones parsed. */
const BUILD_LINE = /build|tag/i;
/** Lines parsed per file, at most (a generated README of thousands of build lines costs no more). */
const MAX_BUILD_LINES = 500;

/** How buildsInLines reads its lines. */
interface LineReading {
  /** Read `docker tag SRC DST` too: DST names a build of the project. */
  tags: boolean;
  /** The folder the lines run from is known (a workflow's step): a build without `-f` reads `{context}/Dockerfile`. */
  fileFromContext?: boolean;
  /** Each line runs in a shell of its own from a known folder (a Makefile's recipe line): follow its `cd`. */
  followCd?: boolean;
  /** Keep the Dockerfile's path as the line names it from its folder (`../builder/Dockerfile`), `../` and all: indexedBuilds resolves it. */
  asWritten?: boolean;
  /** Every value each variable is assigned: a `-f` naming several files through one gives them (ProjectBuild.fileAlternatives). */
  assigned?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The images that the commands of `lines` (logical lines: continuations joined) build, and with `tags` the names they
 * tag images with (`docker tag SRC DST`: DST, the name a project's script gives its build, often to push it),
 * `$NAME`/`${NAME}` replaced by the one plain value `values` has for it. Each line is parsed alone, so that a
 * script's `if`/function lines or a README's output lines cost the rest nothing.
 */
function buildsInLines(lines: readonly string[], values: ReadonlyMap<string, string | null>, { tags, fileFromContext = false, followCd = false, asWritten = false, assigned }: LineReading): ProjectBuild[] {
  const out: ProjectBuild[] = [];
  const known = plainValues(values);
  for (const written of lines.filter((l) => BUILD_LINE.test(l)).slice(0, MAX_BUILD_LINES)) {
    const line = conditionOf(written);
    const script = parseShell(MappedSource.run(line, 0), new LineIndex(line), 0, null, UNKNOWN_DIR);
    // The folder a `cd ./Base &&` before the build moved to ('' where none did), null once one moved somewhere not
    // known. With followCd (a Makefile's recipe line, run in a shell of its own from the Makefile's folder) a build's
    // file is named from there.
    let cwd: string | null = '';
    for (const cmd of script.commands) {
      if (cmd.name === 'cd') {
        const to = cmd.args.length === 1 ? cmd.args[0]!.value : null;
        cwd = cwd !== null && to !== null && !/[$`~]|^\/|^-$/.test(to) ? path.posix.join(cwd, to) : null;
        continue;
      }
      const call = engineCall(cmd, known);
      if (call) {
        const inv = call.invocation;
        // `docker tag SRC DST`, `podman tag IMAGE NAME…`, `buildah tag IMAGE NAME…`: the names after the first.
        if (tags && call.subcommand === 'tag') {
          const [source, ...names] = inv.operands.map(({ value }) => substitute(value, values));
          // The new name of an image built just before (`docker build -t app:latest .` then `docker tag app:latest
          // org/app:latest`, to push it) names that build: its Dockerfile and target are the new name's.
          const built = source === undefined ? undefined : [...out].reverse().find((b) => b.file !== null && b.tags.includes(source));
          out.push(...(built ? [{ ...built, tags: names }] : tagsOnly(names)));
        }
        if (call.subcommand !== 'build') continue;
        const target = optionValues(inv, '--target').pop()?.value;
        const written = optionValues(inv, '-f', '--file').pop()?.value;
        // Without `-f`, a build reads `Dockerfile` in its context (`docker build -t app .`), where the folder it runs
        // from is known (a workflow's step).
        // The context is the one operand; an unquoted variable before it (`$(BUILD_ARGS)`) holds options.
        const dir = inv.operands.at(-1)?.value;
        const contextKnown = (fileFromContext || (followCd && cwd !== null)) && dir !== undefined && !/[$`]|:\/\/|^-$/.test(dir);
        let file = written ?? (contextKnown ? `${dir}/Dockerfile` : undefined);
        // Where the recipe moved to a folder first, the file is named from there.
        if (followCd && file !== undefined) file = cwd === null ? undefined : path.posix.join(cwd, file);
        const climbs = !fileFromContext && !followCd && written !== undefined && (dir === '.' || dir === './') ? leadingClimbs(substitute(written, values)) : 0;
        const ownContext = written === undefined && (dir === '.' || dir === './') && cwd !== null ? cwd : undefined;
        const alternatives = assigned && file !== undefined ? pathAlternatives(file, values, assigned) : [];
        out.push({
          ...(alternatives.length ? { fileAlternatives: alternatives } : {}),
          ...(climbs > 0 ? { climbs } : {}),
          ...(ownContext !== undefined ? { ownContext } : {}),
          tags: optionValues(inv, '-t', '--tag').map(({ value }) => substitute(value, values)),
          target: target === undefined ? null : substitute(target, values),
          file: file === undefined ? null : asWritten ? path.posix.normalize(substitute(file, values)) : relativeFile(substitute(file, values)),
          fromRoot: false,
          contexts: contextNames(optionValues(inv, '--build-context').map(({ value }) => substitute(value, values))),
          buildArgs: Object.fromEntries(
            optionValues(inv, '--build-arg').flatMap(({ value }) => {
              const [name, ...rest] = value.split('=');
              return /^[A-Za-z_]\w*$/.test(name!) ? [[name!, knownArgValue(rest.length ? substitute(rest.join('='), values) : null)]] : [];
            }),
          ),
        });
      } else if (cmd.name && BUILD_SCRIPT.test(cmd.name)) {
        // Its first word only: after an option, an image is as likely the base it builds from (`-bi nvidia/cuda:12`).
        const first = cmd.args[0]?.value ?? '';
        if (TAGGED_IMAGE.test(first)) out.push({ tags: [substitute(first, values)], target: null, file: null, fromRoot: false, contexts: [] });
      }
    }
  }
  return out;
}

/** The `../` a relative path starts with, once normalized (`../common/x.Dockerfile`: 1). */
function leadingClimbs(file: string): number {
  return /^(?:\.\.\/)*/.exec(path.posix.normalize(file))![0].length / 3;
}

/** A line opening an `if`, `elif`, `while` or `until` (`if ! suppress_output docker build …; then`): its condition, which alone parses. */
function conditionOf(line: string): string {
  const m = /^\s*(?:(?:el)?if|while|until)\s+(.*?)(?:\s*;\s*(?:then|do))?\s*$/.exec(line);
  return m && !/\b(fi|done)\s*;?\s*$/.test(line) ? m[1]! : line;
}

/** The names of `NAME=source` build contexts (`plugin-src="${REPO_ROOT}/certbot-${plugin}"`); a name left a variable is none. */
function contextNames(pairs: readonly string[]): string[] {
  return pairs.flatMap((pair) => {
    const name = pair.slice(0, pair.indexOf('='));
    return /^[\w.-]+$/.test(name) ? [name] : [];
  });
}

/** Values may name other variables (`IMAGE := gcr.io/org/app:$(TAG)`): a few rounds resolve them; what stays unknown stays as written. */
const SUBSTITUTION_ROUNDS = 4;

/** A path as written, `./` and `../` taken off: what is left names the file from some folder the linter may not know. */
export function relativeFile(file: string): string {
  return path.posix.normalize(file).replace(/^(\.\.?\/)+/, '');
}

/**
 * `$NAME`, `${NAME}` and `${NAME:-default}` (`${NAME-default}`) replaced by the value known for NAME; the default
 * when none is (`-t "${REGISTRY:-quay.io/org}/app"`: the name the script builds unless its caller says another).
 */
export function substitute(text: string, values: ReadonlyMap<string, string | null>): string {
  let out = text;
  for (let round = 0; round < SUBSTITUTION_ROUNDS; round++) {
    const next = out.replace(
      /\$\{(\w+)(?::?-([^${}`'"\s]*))?\}|\$(\w+)/g,
      (whole: string, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => values.get((braced ?? bare)!) ?? fallback ?? whole,
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Alternatives expanded per path, at most: a few variables of a few values each. */
const MAX_ALTERNATIVES = 16;

/**
 * The paths `text` names where a variable in it is assigned more than one value, or has no single plain value: one
 * for each combination of the plain values (a word, no variable of its own) the file assigns those variables, the
 * others filled with their value (openvino's `-f Dockerfile.$(DIST_OS)`, `DIST_OS ?= $(BASE_OS)` then `DIST_OS=ubuntu`
 * and `DIST_OS=redhat` in `ifeq` branches: `Dockerfile.ubuntu24`, `Dockerfile.ubuntu`, `Dockerfile.redhat`). Empty
 * when no variable there has several values, or one of them has no plain value.
 */
export function pathAlternatives(text: string, values: ReadonlyMap<string, string | null>, assigned: ReadonlyMap<string, readonly string[]>): string[] {
  if (!text.includes('$')) return [];
  const names = new Set([...text.matchAll(/\$\{(\w+)\}|\$(\w+)/g)].map((m) => (m[1] ?? m[2])!));
  const several = [...names].filter((n) => new Set(assigned.get(n) ?? []).size > 1 || (values.get(n) ?? null) === null);
  if (!several.some((n) => (assigned.get(n)?.length ?? 0) > 0)) return [];
  let out = [substitute(text, new Map([...values].filter(([n]) => !several.includes(n))))];
  for (const name of several) {
    const plain = [...new Set((assigned.get(name) ?? []).filter((v) => /^[\w.+-]+$/.test(v)))];
    // The default a variable of another variable takes (`DIST_OS ?= $(BASE_OS)`), filled.
    for (const v of assigned.get(name) ?? []) if (!plain.includes(v) && /^[\w.+-]+$/.test(substitute(v, values))) plain.push(substitute(v, values));
    if (!plain.length || out.length * plain.length > MAX_ALTERNATIVES) return [];
    const variable = new RegExp(`\\$(?:\\{${name}\\}|${name}(?!\\w))`, 'g');
    out = out.flatMap((t) => plain.map((v) => t.replace(variable, v)));
  }
  out = out.filter((t) => !t.includes('$')).map((t) => path.posix.normalize(t));
  return [...new Set(out)];
}

/** Physical lines joined where one ends in a backslash. */
export function logicalLines(text: string): string[] {
  return text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
}

/**
 * `NAME=value` (also `export`/`readonly`/`local`) with a plain value, in which only other variables may stand
 * (`IMAGE="ghcr.io/org/app:${TAG}"`), also with a default (`${TAG:-latest}`): each name's values, in the script's
 * order. `NAME=${NAME:-default}`, a value the caller may override, is the default: what the script builds when run
 * as it is (ramalama's `REGISTRY_PATH=${REGISTRY_PATH:-quay.io/ramalama}`).
 */
export function shellAssignments(lines: readonly string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^\s*(?:(?:export|readonly|local|declare)\s+)?([A-Za-z_]\w*)=(?:"((?:[^"$`\\]|\$\{\w+(?::?-[^${}`'"\s]*)?\}|\$\w+(?!\w))*)"|'([^']*)'|((?:[^\s;&|$`'"\\]|\$\{\w+(?::?-[^${}`'"\s]*)?\}|\$\w+(?!\w))*))\s*(?:#.*)?$/.exec(line);
    if (!m) continue;
    const name = m[1]!;
    const value = (m[2] ?? m[3] ?? m[4]!).replace(new RegExp(`\\$\\{${name}:?-([^}]*)\\}`, 'g'), '$1');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

/** shellAssignments' one value per name, null for a name given twice. */
export function shellValues(lines: readonly string[]): Map<string, string | null> {
  return new Map([...shellAssignments(lines)].map(([name, values]) => [name, values.length === 1 ? values[0]! : null]));
}

const scriptBuilds = projectFileCache<readonly ProjectBuild[]>((file) => {
  const lines = logicalLines(fs.readFileSync(file, 'utf8'));
  return buildsInLines(lines, shellValues(lines), { tags: true });
}, []);

/**
 * A Makefile's recipe lines (tab first), as shell: `$(NAME)` and `${NAME}` are the Makefile's variables, given the
 * plain value of a `NAME = …`, `NAME := …` or `NAME ?= …` line (null when given twice), in which only other
 * variables may stand (`IMAGE := gcr.io/org/app:$(BUILD_TAG)`; a `$(shell …)` is no plain value), `$$` the shell's `$`.
 */
const makefileBuilds = projectFileCache<readonly ProjectBuild[]>((file) => {
  const { recipes, values } = makefileRecipes(fs.readFileSync(file, 'utf8'));
  // Make runs each recipe line from the Makefile's folder: a build's file is known from there (`cd ./Base && docker
  // build -t $(NAME)/base .`, docker-selenium's), named from the project's root where the Makefile is there (projectBuilds).
  return buildsInLines(recipes, values, { tags: true, followCd: true });
}, []);

/**
 * A Makefile's recipe lines as shell, the plain values of its variables (see makefileBuilds), and every value each
 * variable is assigned (`=`, `:=`, `?=`, `+=`, `override`, also inside `ifeq` branches: `DOCKER_RUN_CMD := nvidia-docker run`).
 */
export function makefileRecipes(text: string): { recipes: string[]; values: Map<string, string | null>; assignments: Map<string, string[]> } {
  const lines = logicalLines(text);
  const values = new Map<string, string | null>();
  const assignments = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^(?:export\s+)?([A-Za-z_]\w*)\s*(?:\?|:{1,3})?=\s*((?:[^\s$#]|\$\(\w+\)|\$\{\w+\})*)\s*(?:#.*)?$/.exec(line);
    // `NAME := $(or $(NAME),$(NAME),selenium)`: the caller's value, else the default (as the shell's `${NAME:-default}`).
    const or = /^(?:export\s+)?([A-Za-z_]\w*)\s*(?:\?|:{1,3})?=\s*\$\(or\s+(?:\$\(\1\)\s*,\s*)+([^\s$#,()]+)\)\s*(?:#.*)?$/.exec(line);
    if (m) values.set(m[1]!, values.has(m[1]!) ? null : makeToShell(m[2]!));
    else if (or) values.set(or[1]!, values.has(or[1]!) ? null : or[2]!);
    const any = /^\s*(?:(?:export|override)\s+)?([A-Za-z_]\w*)\s*(?:\?|\+|:{1,3})?=\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (any) assignments.set(any[1]!, [...(assignments.get(any[1]!) ?? []), makeToShell(any[2]!)]);
  }
  return { recipes: lines.filter((l) => l.startsWith('\t')).map((l) => makeToShell(l.replace(/^\t[@+-]*/, ''))), values, assignments };
}

/** Make's `$(NAME)` as the shell's `${NAME}`, `$$` as `$`. */
function makeToShell(text: string): string {
  return text.replace(/\$\$|\$\((\w+)\)/g, (_whole: string, name: string | undefined) => (name ? `\${${name}}` : '$'));
}

/**
 * A Docker Hub badge (shields.io's pulls, version, size or stars of `<account>/<name>`): a README shows one for the
 * image the project publishes (whisper-asr-webservice's `img.shields.io/docker/pulls/onerahmet/openai-whisper-asr-webservice`).
 */
const DOCKER_HUB_BADGE = /img\.shields\.io\/docker\/(?:pulls|v|image-size|stars|automated|cloud\/build|cloud\/automated)\/([a-z0-9][a-z0-9_.-]*)\/([a-z0-9][a-z0-9_.-]*)/g;

/**
 * Fenced blocks of shell (or of no language) in a README, prompts (`$ `) taken off, and its Docker Hub badges. Their
 * `docker tag` is not read: a README retags for its reader's own registry (`docker tag app yourname/app`).
 */
const readmeBuilds = projectFileCache<readonly ProjectBuild[]>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const lines: string[] = [];
  for (const m of text.matchAll(/^ {0,3}(```|~~~)[ \t]*([\w-]*)[^\n]*\n([\s\S]*?)^ {0,3}\1/gm)) {
    if (/^(|sh|bash|shell|console|shell-session|shellsession|zsh|terminal)$/i.test(m[2]!)) lines.push(...logicalLines(m[3]!.replace(/^\s*\$ /gm, '')));
  }
  const badges = [...text.matchAll(DOCKER_HUB_BADGE)].map((m) => `${m[1]}/${m[2]}`);
  return [...buildsInLines(lines, shellValues(lines), { tags: false }), ...tagsOnly(badges)];
}, []);

// Builds elsewhere in the repository ------------------------------------------------------------------------

/** Makefiles and scripts indexed per repository, at most (the first ones breadth first). */
const MAX_INDEXED_FILES = 400;
/** A build file longer than this is generated, not a recipe: not indexed. */
const MAX_INDEXED_TEXT = 256 * 1024;
const MAKEFILE_PROPER = /^(gnu)?makefile$/i;
const DEFAULT_NAME = /^(dockerfile|containerfile)$/i;

/** The texts of a repository's Makefiles and scripts that may build an image, and the builds of those parsed so far. */
interface BuildFileIndex {
  top: string;
  texts: ReadonlyMap<string, string>;
  builds: Map<string, readonly IndexedBuild[]>;
}

/**
 * The Makefiles and shell scripts below `top` (repositoryFiles: names only, breadth first, outside vendored and
 * output folders, bounded), those whose text runs an engine and a build kept with their text: read once per top per
 * run, as the walk is; each parsed at most once, when a Dockerfile's name is in it.
 */
const buildFileIndex = (() => {
  const indexes = new Map<string, BuildFileIndex>();
  return (top: string): BuildFileIndex => {
    let index = indexes.get(top);
    if (index) return index;
    const texts = new Map<string, string>();
    for (const file of repositoryFiles(top).filter((f) => !COMPOSE_FILE.test(path.basename(f))).slice(0, MAX_INDEXED_FILES)) {
      const text = readSmallText(file);
      if (text !== null && BUILD_LINE.test(text) && mentionsEngine(text)) texts.set(file, text);
    }
    indexes.set(top, (index = { top, texts, builds: new Map() }));
    return index;
  };
})();

function readSmallText(file: string): string | null {
  try {
    return fs.statSync(file).size <= MAX_INDEXED_TEXT ? fs.readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/** A build of an indexed file with the Dockerfile it reads, absolute; null when a variable or a `cd` somewhere not known hides it. */
interface IndexedBuild {
  build: ProjectBuild;
  dockerfile: string | null;
  /** The folder its path was read from. */
  base: string;
}

/**
 * The builds of a Makefile or script of the index, each Dockerfile named as its line writes it from the folder the line
 * runs in (`cd ../../..; docker build -f Dockerfile.x .` → `../../../Dockerfile.x`; `docker build ../builder` →
 * `../builder/Dockerfile`), then resolved: a Makefile's recipe from the Makefile's folder; a script (or an included
 * `*.mk`) from where it is run, taken to be its own folder, else the repository's top where the path names no file
 * from its folder. Parsed once per run.
 */
function indexedBuilds(index: BuildFileIndex, file: string): readonly IndexedBuild[] {
  const parsed = index.builds.get(file);
  if (parsed) return parsed;
  const text = index.texts.get(file) ?? '';
  const dir = path.dirname(file);
  const name = path.basename(file);
  const make = MAKEFILE.test(name) ? makefileRecipes(text) : null;
  const lines = make ? make.recipes : logicalLines(text);
  const values = make ? make.values : shellValues(lines);
  const assigned = make ? make.assignments : shellAssignments(lines);
  // Only the lines that call an engine can build an image it names (a repository's scripts are mostly other builds: `go build`, `cmake --build`).
  const known = plainValues(values);
  const builds = buildsInLines(lines.filter((l) => mentionsEngine(l, known)), values, { tags: true, followCd: true, asWritten: true, assigned });
  const resolved = builds.flatMap((build): IndexedBuild[] => {
    if (build.file === null || build.file.includes('`')) return [{ build, dockerfile: null, base: dir }];
    // A variable of several values in the path (openvino's `cd src/example/SampleCpuExtension && docker build -f
    // Dockerfile.$(DIST_OS)`): each file they name.
    const files = [...new Set([...(build.file.includes('$') ? [] : [build.file]), ...(build.fileAlternatives ?? [])])];
    if (!files.length) return [{ build, dockerfile: null, base: dir }];
    return files.map((file) => {
      const base = MAKEFILE_PROPER.test(name) || isFile(path.resolve(dir, file)) ? dir : index.top;
      return { build: { ...build, file }, dockerfile: path.resolve(base, file), base };
    });
  });
  index.builds.set(file, resolved);
  return resolved;
}

/** A build file outside the Dockerfile's folder and those above it, and its builds of this very Dockerfile. */
export interface BuildElsewhere {
  file: string;
  /** The folder its builds name the Dockerfile from: the file's own, or for a script, the repository's top where it is run from there. */
  base: string;
  /** Its builds of the Dockerfile, `file` named from the project's root. */
  builds: readonly ProjectBuild[];
}

/** buildsElsewhere's answer per Dockerfile: asked by every reader of projectBuilds, found once per run as the index is. */
const elsewhere = new Map<string, readonly BuildElsewhere[]>();

/**
 * The Makefiles and shell scripts elsewhere in the repository (not in the Dockerfile's folder nor those above it up to
 * the root, which projectBuilds reads as they are) whose build lines name this very Dockerfile: pachyderm's
 * examples/spouts/go-rabbitmq-spout/Makefile runs `cd ../../..; docker build --build-context examples=examples -f
 * Dockerfile.go-rabbitmq-spout .` for the file at the repository's root; cluster-autoscaler's Makefile builds its
 * sibling `../builder`. A file is parsed only when its text names the Dockerfile: its name, or for a file named
 * `Dockerfile` its folder's (`-f builder/Dockerfile`, `../builder`, `cd builder`). Only a path that resolves to this
 * very file counts (indexedBuilds): a `docker build .` elsewhere builds some other Dockerfile.
 */
export function buildsElsewhere(dockerfile: string, folders: readonly string[], root: string): readonly BuildElsewhere[] {
  const own = path.resolve(dockerfile);
  const known = elsewhere.get(own);
  if (known) return known;
  const chain = foldersToRepositoryTop(path.dirname(own));
  const top = fs.existsSync(path.join(chain.at(-1)!, '.git')) ? chain.at(-1)! : root;
  const index = buildFileIndex(top);
  const name = path.basename(own);
  const word = DEFAULT_NAME.test(name) && path.dirname(own) !== top ? path.basename(path.dirname(own)) : name;
  // A file named by a variable's value (`Dockerfile.$(DIST_OS)` for `Dockerfile.redhat`), in a line that names its folder.
  const folder = path.basename(path.dirname(own));
  const variant = /^[^.]+\.[^.]+$/.test(name) && path.dirname(own) !== top ? `${name.slice(0, name.indexOf('.') + 1)}$` : null;
  const skipped = new Set(folders);
  const relative = path.relative(root, own).split(path.sep).join('/');
  const out: BuildElsewhere[] = [];
  for (const [file, text] of index.texts) {
    if (skipped.has(path.dirname(file)) || !(text.includes(word) || (variant !== null && text.includes(variant) && text.includes(folder)))) continue;
    const builds = indexedBuilds(index, file).filter((b) => b.dockerfile === own);
    if (builds.length) out.push({ file, base: builds[0]!.base, builds: builds.map(({ build }) => ({ ...build, file: relative, fromRoot: true })) });
  }
  elsewhere.set(own, out);
  return out;
}

// YAML: skaffold, GitHub workflows ----------------------------------------------------------------------------

/** `build.artifacts[].image`, also in `profiles[].build`. */
const skaffoldImages = projectFileCache<readonly string[]>((file) => {
  const doc = record(yamlDocument(fs.readFileSync(file, 'utf8')));
  const profiles = Array.isArray(doc?.['profiles']) ? (doc['profiles'] as unknown[]) : [];
  return [doc, ...profiles].flatMap((d) => {
    const artifacts = record(record(d)?.['build'])?.['artifacts'];
    return Array.isArray(artifacts) ? artifacts.flatMap((a) => (typeof record(a)?.['image'] === 'string' ? [record(a)!['image'] as string] : [])) : [];
  });
}, []);

/** Docker's build action, and drop-in forks with the same inputs (Blacksmith's, for its own runners). */
const BUILD_PUSH_ACTIONS = ['docker/build-push-action', 'useblacksmith/build-push-action'];

/**
 * The steps of a workflow's jobs that build images: `docker/metadata-action`'s `images` (one a line, or
 * `name=…,enable=…`), which names what the job's build is tagged; `docker/build-push-action`'s `tags`, `target`,
 * `build-contexts`, `build-args` and `file` (by default `{context}/Dockerfile`), once for each row of the job's matrix, `${{ matrix.NAME }}` and
 * `${{ env.NAME }}` filled; and the `docker build` commands of its `run` steps. A job calling a reusable workflow of
 * the project (`uses: ./.github/workflows/build.yml`) builds what that workflow does, its `${{ inputs.NAME }}` filled
 * from the job's `with` for each row (LocalAI's image.yml: a matrix of `base-image` rows passed to image_build.yml).
 */
const workflowBuilds = projectFileCache<readonly ProjectBuild[]>((file) => buildsOfWorkflow(file, {}, 0), []);

/** Reusable workflows followed from a caller, at most this deep. */
const MAX_CALL_DEPTH = 2;

function buildsOfWorkflow(file: string, inputs: Readonly<Record<string, string>>, depth: number): ProjectBuild[] {
  const out = new Map<string, ProjectBuild>();
  const root = path.dirname(path.dirname(path.dirname(file)));
  for (const { job, fill, env } of workflowJobs(file, inputs)) {
    const called = job['uses'];
    const passed = record(job['with']) ?? {};
    if (typeof called === 'string' && called.startsWith('./') && depth < MAX_CALL_DEPTH) {
      for (const row of fill) {
        const given = Object.fromEntries(Object.entries(stringValues(passed)).map(([k, v]) => [k, row(v)]));
        for (const b of buildsOfWorkflow(path.join(root, called), given, depth + 1)) out.set(JSON.stringify(b), b);
      }
    }
    const steps = job['steps'];
    for (const step of Array.isArray(steps) ? steps : []) {
      const uses = record(step)?.['uses'];
      const given = record(record(step)?.['with']);
      const run = record(step)?.['run'];
      const found: ProjectBuild[] = [];
      if (typeof run === 'string') {
        const lines = logicalLines(run);
        // `-f` is read from the step's folder: the project's root unless it says another.
        const fromRoot = record(step)?.['working-directory'] === undefined;
        found.push(...buildsInLines(lines, shellValues(lines), { tags: true, fileFromContext: true }).map((b) => ({ ...b, fromRoot: fromRoot && b.file !== null })));
      }
      if (typeof uses === 'string' && given) {
        const images = given['images'];
        if (uses.startsWith('docker/metadata-action@')) for (const row of fill) found.push(...tagsOnly(imageList(typeof images === 'string' ? row(images) : images)));
        if (uses.startsWith('docker/bake-action@')) for (const row of fill) found.push(...tagsOnly(bakeActionTags(root, given, { ...env, ...stringValues(record(step)?.['env']) }, row)));
        if (BUILD_PUSH_ACTIONS.some((action) => uses.startsWith(`${action}@`))) {
          const text = (key: string): string | null => (typeof given[key] === 'string' ? (given[key] as string) : null);
          const target = text('target');
          const dockerfile = text('file') ?? `${text('context') ?? '.'}/Dockerfile`;
          for (const row of fill) {
            const contexts = contextNames(row(text('build-contexts') ?? '').split('\n').map((l) => l.trim()));
            const args = Object.fromEntries(row(text('build-args') ?? '').split('\n').flatMap((l) => {
              const at = l.indexOf('=');
              return at > 0 ? [[l.slice(0, at).trim(), l.slice(at + 1).trim()]] : [];
            }));
            // A file chosen by an expression (`${{ matrix.rootless == 'true' && './a.Dockerfile' || './b.Dockerfile' }}`) is one of its choices.
            for (const file of expressionChoices(row(dockerfile))) {
              found.push({ tags: imageList(row(text('tags') ?? '')), target: target === null ? null : row(target), file: relativeFile(file), fromRoot: true, contexts, args, buildArgs: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, knownArgValue(v)])) });
            }
          }
        }
      }
      for (const b of found) out.set(JSON.stringify(b), b);
    }
  }
  return [...out.values()];
}

const GITLAB_CI = '.gitlab-ci.yml';

/**
 * The `docker build` commands of a CircleCI configuration's `run` steps (`run: <command>` or `run: { command: … }`,
 * also under `when`/`unless`, in its jobs and reusable `commands`) or of a GitLab CI file's jobs' `before_script`,
 * `script` and `after_script` (one shell a job), read as a workflow's `run` steps are. Both run from the checkout, the
 * project's root, unless a CircleCI step names its own `working_directory`. CircleCI fills `<< pipeline.parameters.X >>`
 * and `<< parameters.X >>` before the shell runs: each stands as the variable `${X}` does, a value not known here.
 */
const ciScriptBuilds = projectFileCache<readonly ProjectBuild[]>((file) => {
  const doc = record(yamlDocument(fs.readFileSync(file, 'utf8')));
  const scripts = path.basename(file) === GITLAB_CI ? gitlabScripts(doc) : circleciScripts(doc);
  return scripts.flatMap(({ text, fromRoot }) => {
    const lines = logicalLines(text.replace(/<<\s*(?:pipeline\.)?(?:parameters\.)?([\w.-]+?)\s*>>/g, (_whole: string, name: string) => `\${${name.replace(/\W/g, '_')}}`));
    return buildsInLines(lines, shellValues(lines), { tags: true, fileFromContext: true }).map((b) => ({ ...b, fromRoot: fromRoot && b.file !== null }));
  });
}, []);

/** The commands of a CircleCI configuration's `run` steps, each with whether it runs from the checkout. */
function circleciScripts(doc: Record<string, unknown> | null): { text: string; fromRoot: boolean }[] {
  const out: { text: string; fromRoot: boolean }[] = [];
  const steps = (list: unknown): void => {
    for (const step of Array.isArray(list) ? list : []) {
      const s = record(step);
      const run = s?.['run'];
      if (typeof run === 'string') out.push({ text: run, fromRoot: true });
      const command = record(run)?.['command'];
      if (typeof command === 'string') out.push({ text: command, fromRoot: record(run)!['working_directory'] === undefined });
      for (const branch of ['when', 'unless']) steps(record(s?.[branch])?.['steps']);
    }
  };
  for (const group of ['jobs', 'commands']) for (const job of Object.values(record(doc?.[group]) ?? {})) steps(record(job)?.['steps']);
  return out;
}

/** The GitLab CI keywords that are not jobs (docs.gitlab.com/ci/yaml: global keywords). */
const GITLAB_GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script']);

/** The scripts of a GitLab CI file's jobs (hidden `.template` jobs too: the jobs that extend them run them), one text a job. */
function gitlabScripts(doc: Record<string, unknown> | null): { text: string; fromRoot: boolean }[] {
  // A script is a line or a list of lines, lists nested where a YAML anchor or `!reference` put one.
  const lines = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(lines) : []);
  return Object.entries(doc ?? {}).flatMap(([name, value]) => {
    const job = record(value);
    if (GITLAB_GLOBAL_KEYWORDS.has(name) || !job) return [];
    const text = ['before_script', 'script', 'after_script'].flatMap((key) => lines(job[key])).join('\n');
    return text ? [{ text, fromRoot: true }] : [];
  });
}

/**
 * Bake's definition files, in the order it looks for them in its working directory when none is given
 * (docs.docker.com/build/bake/reference, "File format": the `docker-bake` files, then Compose files).
 */
const BAKE_DEFAULT_FILES = ['docker-bake.override.hcl', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.json', 'compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * The images a `docker/bake-action` step tags (github.com/docker/bake-action, inputs): the `tags` of the Bake files
 * it reads, its `files` (one a line or comma-separated) or Bake's default files, from its `workdir` under the
 * project's root (llama_deploy's release workflow: `workdir: docker` over `docker/docker-bake.hcl`, whose `IMAGE_NAME`
 * defaults to `llamaindex/llama-deploy`), the step's, job's and workflow's `env` and its `vars` giving the files'
 * variables; and the `tags` its `set` entries give (`*.tags=user/app:latest`).
 */
function bakeActionTags(root: string, given: Record<string, unknown>, env: Readonly<Record<string, string>>, fill: Fill): string[] {
  const text = (key: string): string => (typeof given[key] === 'string' ? fill(given[key] as string) : '');
  const entries = (key: string): string[] => text(key).split(/[\n,]/).map((e) => e.trim()).filter(Boolean);
  const dir = path.resolve(root, text('workdir') || '.');
  // Bake's working directory stays inside the project.
  if (path.relative(root, dir).startsWith('..')) return [];
  const vars = { ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, fill(v)])), ...Object.fromEntries(entries('vars').flatMap((e) => {
    const at = e.indexOf('=');
    return at > 0 ? [[e.slice(0, at).trim(), e.slice(at + 1).trim()]] : [];
  })) };
  const named = entries('files');
  const files = named.length ? named.map((f) => path.resolve(dir, f)) : BAKE_DEFAULT_FILES.map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
  const tags = files.flatMap((f) => (COMPOSE_FILE.test(path.basename(f)) ? composeBuiltImages(f) : bakeTags(f, vars)));
  for (const e of entries('set')) {
    const m = /^[^=]*\.tags=(.+)$/.exec(e);
    if (m) tags.push(m[1]!.trim());
  }
  return tags;
}

/** The images a workflow's jobs run in (`container: image`, or `container:` alone), filled for each row of the job's matrix. */
export const workflowContainers = projectFileCache<readonly string[]>((file) => {
  const out = new Set<string>();
  for (const { job, fill } of workflowJobs(file)) {
    const container = job['container'];
    const image = typeof container === 'string' ? container : record(container)?.['image'];
    if (typeof image === 'string') for (const row of fill) out.add(row(image));
  }
  return [...out];
}, []);

/** Texts an expression's choices make, at most (a choice per expression, for each expression of the text). */
const MAX_CHOICES = 16;

/**
 * The texts a workflow value can be once GitHub evaluates its `${{ … }}` expressions of the ternary idiom its docs
 * give, `cond && 'a' || 'b'` (also chained: `c1 && 'a' || c2 && 'b' || 'c'`): each is one of its quoted results. An
 * expression of another form, or with an empty result (GitHub then takes the next), stays as written: its value is
 * not known here.
 */
export function expressionChoices(text: string): string[] {
  let out = [text];
  for (const m of text.matchAll(/\$\{\{(.*?)\}\}/g)) {
    const choices = ternaryResults(m[1]!);
    if (!choices) continue;
    out = out.flatMap((t) => choices.map((c) => t.replace(m[0], c))).slice(0, MAX_CHOICES);
  }
  return out;
}

/** The results of `cond && 'a' || 'b'` (`||`-separated parts, each `… && 'x'` or `'x'`, the last one a bare literal); null for another form. */
function ternaryResults(expression: string): string[] | null {
  // Split at `||` outside quotes; GitHub's literals are single-quoted, a quote doubled inside.
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] === "'") quoted = !quoted;
    else if (!quoted && expression.startsWith('||', i)) {
      parts.push(expression.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(expression.slice(start));
  if (parts.length < 2 || !/^\s*'(?:[^']|'')*'\s*$/.test(parts.at(-1)!)) return null;
  const results = parts.map((p, i) => (i === parts.length - 1 ? /^\s*'((?:[^']|'')*)'\s*$/ : /&&\s*'((?:[^']|'')*)'\s*$/).exec(p)?.[1]);
  if (results.some((r) => r === undefined || r === '')) return null;
  return results.map((r) => r!.replace(/''/g, "'"));
}

/** A text filler: `${{ matrix.NAME }}`, `${{ env.NAME }}` and `${{ inputs.NAME }}` replaced by their values where known. */
type Fill = (text: string) => string;

/** Rows of a job's matrix read, at most (a matrix of hundreds of combinations names the same images). */
const MAX_MATRIX_ROWS = 64;
/** Rows written out one by one (`include` entries, a matrix data file's), at most: each may pass its own values. */
const MAX_LISTED_ROWS = 1024;

/**
 * The jobs of a workflow, each with one filler per row of its matrix (one when it has none); `inputs` are those a
 * caller passes, the workflow's own `workflow_call` defaults in place of those it does not.
 */
function workflowJobs(file: string, inputs: Readonly<Record<string, string>> = {}): { job: Record<string, unknown>; fill: Fill[]; env: Record<string, string> }[] {
  const doc = record(yamlDocument(fs.readFileSync(file, 'utf8')));
  const jobs = record(doc?.['jobs']);
  const declared = record(record(record(doc?.['on'])?.['workflow_call'])?.['inputs']) ?? {};
  const input: Record<string, string> = { ...Object.fromEntries(Object.entries(declared).flatMap(([k, d]) => {
    const value = record(d)?.['default'];
    return typeof value === 'string' || typeof value === 'number' ? [[k, String(value)]] : [];
  })), ...inputs };
  return Object.values(jobs ?? {}).flatMap((j) => {
    const job = record(j);
    if (!job) return [];
    const env = { ...stringValues(doc?.['env']), ...stringValues(job['env']) };
    const matrix = record(job['strategy'])?.['matrix'];
    const rows = typeof matrix === 'string' ? matrixDataRows(file, job) : matrixRows(record(matrix));
    const fill = rows.map((row): Fill => (text) =>
      text.replace(/\$\{\{\s*(matrix|env|inputs)\.([\w-]+)\s*\}\}/g, (whole: string, scope: string, name: string) => (scope === 'matrix' ? row[name] : scope === 'env' ? env[name] : input[name]) ?? whole),
    );
    return [{ job, fill, env }];
  });
}

/**
 * The rows of a matrix a job computes (`matrix: ${{ fromJson(needs.plan.outputs.matrix) }}`), where the project keeps
 * them as data: a YAML file in `.github/` whose top-level `include` lists rows with every `${{ matrix.NAME }}` the job reads
 * (LocalAI's backend-matrix.yml, which a script filters to the backends a change touches; a release builds them all).
 * One row without values when no such file is there.
 */
function matrixDataRows(file: string, job: Record<string, unknown>): Record<string, string>[] {
  // Names read bare; one with a fallback (`${{ matrix.platform-tag || '' }}`) may be missing from the rows.
  const read = new Set([...JSON.stringify(job).matchAll(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g)].map((m) => m[1]!));
  const github = path.dirname(path.dirname(file));
  const rows: Record<string, string>[] = [];
  if (read.size) {
    for (const name of listing(github).filter((n) => WORKFLOW.test(n)).sort()) {
      const include = matrixData(path.join(github, name)).map(stringValues);
      if ([...read].every((key) => include.some((row) => key in row))) rows.push(...include);
    }
  }
  return rows.length ? rows.slice(0, MAX_LISTED_ROWS) : [{}];
}

/** The top-level `include` list of a YAML file in `.github/` (none in a workflow, a dependabot or labeler file). */
const matrixData = projectFileCache<readonly unknown[]>((file) => {
  const include = record(yamlDocument(fs.readFileSync(file, 'utf8')))?.['include'];
  return Array.isArray(include) ? include : [];
}, []);

/** The combinations of a matrix's lists, then its `include` entries each as a row of its own. */
function matrixRows(matrix: Record<string, unknown> | null): Record<string, string>[] {
  if (!matrix) return [{}];
  let rows: Record<string, string>[] = [{}];
  let lists = 0;
  for (const [name, values] of Object.entries(matrix)) {
    if (name === 'include' || name === 'exclude' || !Array.isArray(values)) continue;
    const plain = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    if (!plain.length) continue;
    rows = rows.flatMap((row) => plain.map((v) => ({ ...row, [name]: v }))).slice(0, MAX_MATRIX_ROWS);
    lists++;
  }
  const include = Array.isArray(matrix['include']) ? (matrix['include'] as unknown[]).map((e) => stringValues(e)) : [];
  // A matrix of `include` entries alone has no combination of lists beside them.
  const all = [...(lists || !include.length ? rows : []), ...include];
  return all.slice(0, MAX_LISTED_ROWS);
}

/** The string and number values of a mapping, as text. */
function stringValues(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value) ?? {})) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

/** A list of images, one a line or comma-separated, an entry possibly `name=…,enable=…`. */
function imageList(list: unknown): string[] {
  if (typeof list !== 'string') return [];
  const out: string[] = [];
  for (const entry of list.split(/[\n,]/).map((e) => e.trim())) {
    if (entry.startsWith('name=')) out.push(entry.slice(5));
    else if (entry && !entry.includes('=')) out.push(entry);
  }
  return out;
}
