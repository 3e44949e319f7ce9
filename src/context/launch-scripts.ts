/**
 * Scripts and Makefiles that start a Dockerfile's image for people to work in: `docker run -it` with the project's
 * tree bind-mounted over the image (NVIDIA TensorRT's `docker/launch.sh`: `docker run --gpus all -v ${PWD}:/workspace/TensorRT
 * --rm -it tensorrt-ubuntu24.04:latest`; MLCommons' `launch.sh`, `run_docker_gpu.sh` and 3d-unet Makefile's
 * `launch_docker` target), and task runners' files doing the same (task-runners.ts: great_expectations' `tasks.py`,
 * whose `invoke docker` task builds `docker/Dockerfile.tests` and runs it `-it` with the checkout mounted). Such an
 * image is a development environment, rebuilt by each developer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BindMount, bindMountOf } from '../shell/bind-mounts.js';
import { hasOption, type Invocation, optionValues } from '../shell/invocation.js';
import { parseShell } from '../shell/parse.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import type { ShellScript, Word } from '../shell/types.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';
import { engineCall, type KnownValues, mentionsEngine, plainValues, PUSHES, type ScriptFunctions, scriptFunctions } from './engine-commands.js';
import { buildsElsewhere, foldersToProjectRoot, makefileRecipes } from './own-images.js';
import { bashShebang, isFile, projectFileCache } from './project-file.js';
import { isTaskRunnerFile, taskCommands, taskRunnerFiles } from './task-runners.js';

interface LaunchFacts {
  /** Runs a container interactively (`-it`, `-ti`, `--interactive … --tty`) with the project's tree bind-mounted. */
  launchesOverTree: boolean;
  /** Pushes an image (PUSHES): the folder publishes what it builds. */
  pushes: boolean;
  /** The Dockerfile each of its image builds names (`-f`, `--file`), variables filled as far as the file says; null for none (the context's `Dockerfile`). */
  builds: readonly (string | null)[];
}

const NONE: LaunchFacts = { launchesOverTree: false, pushes: false, builds: [] };
const SHELL_SCRIPT = /\.(sh|bash)$/i;
const MAKEFILE = /^((gnu)?makefile|.*\.mk)$/i;
/** What a launch needs in the text before the file is parsed: an interactive terminal and a mount. */
const MAY_LAUNCH = /(^|[\s"'])(-it|-ti|-i|--interactive|--tty)\b/;
const MAY_MOUNT = /(^|[\s"'(])(-v|--volume|--mount)\b/;
// An image from a registry (`quay.io/konflux-ci/hermeto:0.25.0`) is some tool run over the tree, not the image built here.
const REGISTRY_IMAGE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[a-z0-9]/;

/** Files read per folder, folders searched below the Dockerfile's, and how deep. */
const MAX_FILES = 40;
const MAX_SUBFOLDERS = 64;
const SUBFOLDER_DEPTH = 2;
const SKIPPED_FOLDER = /^(\.|node_modules$|vendor$|third[_-]?party$|__pycache__$)/i;

/**
 * The image at `dockerfile` is launched over the project's tree, and nothing there pushes an image. The launchers are
 * the shell scripts and Makefiles of the Dockerfile's folder (unless every image they build is another Dockerfile of
 * it), and those of its subfolders and of the folders above it (up to the project's root) that build this very
 * Dockerfile (deepseek-r1's `docker/launch_scripts/launch_vllm.sh`: `docker build -f "$SCRIPT_DIR/../Dockerfile.vllm"`):
 * elsewhere a script runs whatever image it names. Pushes are looked for in the Dockerfile's folder and in the folder
 * of each launcher.
 */
export function launchedOverWorkingTree(dockerfile: string): boolean {
  const own = path.resolve(dockerfile);
  const dir = path.dirname(own);
  const here = buildFiles(dir).map(launchFacts);
  const launches = here.some((f) => f.launchesOverTree && (!f.builds.length || f.builds.some((b) => mayName(b, dir, own))));
  // Elsewhere only a file that names the Dockerfile may build it: the others are not read.
  const name = path.basename(own);
  const { folders, root } = foldersToProjectRoot(dir);
  // And the folders of the Makefiles and scripts elsewhere in the repository whose builds name this very file (own-images.ts).
  const elsewhere = root ? buildsElsewhere(own, folders, root).map((found) => path.dirname(found.file)) : [];
  const tied = [...new Set([...subfolders(dir), ...folders.slice(1), ...elsewhere])].filter((folder) =>
    buildFiles(folder).some((file) => {
      if (!textOf(file).includes(name)) return false;
      const f = launchFacts(file);
      // It builds this Dockerfile and no other of the project's: holoscan-sdk's `./run` launches the image of the root
      // Dockerfile (a build without `-f`) and only builds `runtime_docker/Dockerfile`, which the launch says nothing of.
      // A Dockerfile the script writes itself (deepseek-r1's `--file "$USER_DOCKERFILE"`, a user layer over this image) is no other.
      return (
        f.launchesOverTree &&
        f.builds.some((b) => b !== null && namesDockerfile(b, folder, own)) &&
        f.builds.every((b) => b !== null && (namesDockerfile(b, folder, own) || !namesProjectFile(b, folder)))
      );
    }),
  );
  if (!launches && !tied.length) return false;
  return ![...here, ...tied.flatMap((folder) => buildFiles(folder).map(launchFacts))].some((f) => f.pushes);
}

/**
 * A build of the folder's launcher may read `dockerfile`: it names it, names a path the linter cannot follow, or
 * names none while the Dockerfile has the default name (`docker build .`); not one naming another file of the folder.
 */
function mayName(build: string | null, folder: string, dockerfile: string): boolean {
  if (build === null) return /^(dockerfile|containerfile)$/i.test(path.basename(dockerfile));
  const lead = leadingExpansion(build);
  const rest = lead > 0 ? build.slice(lead).replace(/^\/+/, '') : build;
  return /[$`]/.test(rest) || !isFile(path.resolve(folder, rest)) || namesDockerfile(build, folder, dockerfile);
}

function buildFiles(dir: string): string[] {
  const all = entries(dir);
  const scripts = all
    .filter((e) => e.isFile() || (e.isSymbolicLink() && isFile(path.join(dir, e.name))))
    .filter((e) => SHELL_SCRIPT.test(e.name) || MAKEFILE.test(e.name) || (!e.name.includes('.') && bashShebang(path.join(dir, e.name))))
    .map((e) => e.name)
    .sort()
    .slice(0, MAX_FILES)
    .map((n) => path.join(dir, n));
  return [...scripts, ...taskRunnerFiles(dir, all.map((e) => e.name))];
}

/** The folders below `dir`, breadth first, a few levels deep (no hidden, vendored or dependency folders). */
function subfolders(dir: string): string[] {
  const out: string[] = [];
  let level = [dir];
  for (let depth = 0; depth < SUBFOLDER_DEPTH && level.length; depth++) {
    const next: string[] = [];
    for (const parent of level) {
      for (const e of entries(parent)) {
        if (e.isDirectory() && !SKIPPED_FOLDER.test(e.name) && out.length + next.length < MAX_SUBFOLDERS) next.push(path.join(parent, e.name));
      }
    }
    out.push(...next);
    level = next;
  }
  return out;
}

/** A folder's entries with their types (one call, no stat per entry); none when it cannot be read. */
function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * A build's `-f` value names `dockerfile` when, read from the launcher's folder, it is that file (`$SCRIPT_DIR/../Dockerfile.vllm`,
 * a leading variable or substitution being the script's own folder as often as not), or when the folders it names
 * end the Dockerfile's path (`$ROOT/docker/Dockerfile`, ROOT not known).
 */
/**
 * A build's `-f` names a file of the project: the path as written, or after a leading `$SCRIPT_DIR`-like expansion
 * read from the launcher's folder, exists (`$SCRIPT_DIR/Dockerfile.user.tmp`, written by the script, does not).
 */
function namesProjectFile(file: string, folder: string): boolean {
  const lead = leadingExpansion(file);
  const rest = lead > 0 ? file.slice(lead).replace(/^\/+/, '') : file;
  if (!rest || rest.includes('$') || rest.includes('`')) return false;
  return fs.existsSync(path.resolve(folder, rest));
}

function namesDockerfile(file: string, folder: string, dockerfile: string): boolean {
  const lead = leadingExpansion(file);
  const rest = lead > 0 ? file.slice(lead).replace(/^\/+/, '') : file;
  if (!rest || rest.includes('$') || rest.includes('`')) return false;
  if (lead === 0 && path.isAbsolute(rest)) return path.normalize(rest) === dockerfile;
  if (path.resolve(folder, rest) === dockerfile) return true;
  const normal = path.posix.normalize(rest).replace(/^\.\//, '');
  return normal.includes('/') && !normal.split('/').includes('..') && dockerfile.split(path.sep).join('/').endsWith(`/${normal}`);
}

/** The length of the `$NAME`, `${…}` or `$(…)` a text starts with (0 if none), nested ones included. */
function leadingExpansion(text: string): number {
  const bare = /^\$\w+/.exec(text);
  if (bare) return bare[0].length;
  if (!/^\$[({]/.test(text)) return 0;
  const open = text[1]!;
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
  }
  return 0;
}

// Reading one file ---------------------------------------------------------------------------------------------

const readText = projectFileCache<string>((file) => fs.readFileSync(file, 'utf8'), '');

/** A launcher's text: a task runner's with the command lines read from it. */
function textOf(file: string): string {
  return isTaskRunnerFile(file) ? taskCommands(file).text : readText(file);
}

function launchFacts(file: string): LaunchFacts {
  return isTaskRunnerFile(file) ? taskLaunchFacts(file) : readLaunchFile(file);
}

/** A task runner's command lines, each read as a Makefile's recipe line is, with the file's variables. */
const taskFacts = new WeakMap<object, LaunchFacts>();
function taskLaunchFacts(file: string): LaunchFacts {
  const commands = taskCommands(file);
  let facts = taskFacts.get(commands);
  if (!facts) {
    const pushes = PUSHES.test(commands.text);
    const values = plainValues(commands.values);
    const read = commands.lines.map((line) => commandFacts(parse(line), values));
    facts = { launchesOverTree: read.some((f) => f.launchesOverTree), pushes, builds: read.flatMap((f) => f.builds) };
    taskFacts.set(commands, facts);
  }
  return facts;
}

const readLaunchFile = projectFileCache<LaunchFacts>((file) => {
  const text = readText(file);
  const pushes = PUSHES.test(text);
  if (!mentionsEngine(text) || !MAY_LAUNCH.test(text) || !MAY_MOUNT.test(text)) return { ...NONE, pushes };
  if (MAKEFILE.test(path.basename(file))) {
    const { recipes, assignments } = makefileRecipes(text);
    const facts = recipes.map((line) => commandFacts(parse(line), assignments));
    return { launchesOverTree: facts.some((f) => f.launchesOverTree), pushes, builds: facts.flatMap((f) => f.builds) };
  }
  const script = parse(text);
  return { ...commandFacts(script, scriptVariables(script), scriptFunctions(text)), pushes };
}, NONE);

function parse(text: string): ShellScript {
  return parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR);
}

/** Every value a script gives each variable: each branch's, each array element (`MOUNTS=(…)`, `X+=(…)`), a loop's items. */
function scriptVariables(script: ShellScript): Map<string, string[]> {
  const vars = new Map<string, string[]>();
  for (const b of script.bindings) {
    const values = b.elements ? b.elements.map((e) => e.value) : b.value ? [b.value.value] : [];
    vars.set(b.name, [...(vars.get(b.name) ?? []), ...values]);
  }
  return vars;
}

/** The builds and runs of the engine calls of a script (engineCall), `vars` what the file gives its variables. */
function commandFacts(script: ShellScript, vars: KnownValues, functions?: ScriptFunctions): Omit<LaunchFacts, 'pushes'> {
  let launchesOverTree = false;
  const builds: (string | null)[] = [];
  for (const cmd of script.commands) {
    const call = engineCall(cmd, vars, functions);
    if (call?.subcommand === 'build') {
      const files = optionValues(call.invocation, '-f', '--file');
      builds.push(...(files.length ? files.map((f) => resolve(f.value, vars).text) : [null]));
    }
    if (call?.subcommand === 'run' && runsOverTree(call.invocation, call.words, vars)) launchesOverTree = true;
  }
  return { launchesOverTree, builds };
}

// The run --------------------------------------------------------------------------------------------------------

/**
 * Interactive with a terminal (`-it`, `-ti`, `-i`/`--interactive` with `-t`/`--tty`), a mount of the project's tree,
 * and no registry's image among its words.
 */
function runsOverTree(run: Invocation, words: readonly Word[], vars: KnownValues): boolean {
  const interactive = hasOption(run, '-i', '--interactive') && hasOption(run, '-t', '--tty');
  if (!interactive || words.some(({ value: w }) => REGISTRY_IMAGE.test(w) || (w.includes('$') && REGISTRY_IMAGE.test(resolve(w, vars).text)))) return false;
  return bindMounts(run).some(({ source, target }) => mountsTree(source, target, vars));
}

/** The bind mounts of the run (bindMountOf): `-v`, `--volume`, `--mount`. */
function bindMounts(run: Invocation): BindMount[] {
  return run.options.flatMap((o) => (o.value === null ? [] : [bindMountOf(o.name, o.value)])).filter((m): m is BindMount => m !== null);
}

/**
 * Words that name what a folder holds apart from the project's source: data sets, models and their caches, outputs,
 * configuration and credentials. A mount whose host path, its variables' names or its container path say one of them
 * (`-v "$MODEL_DIR":/root/model`, `-v ${HOME}/.ssh:/root/.ssh`) brings that in, not the tree people work on.
 */
const NOT_SOURCE = new Set(
  (
    'data dataset datasets datadir model models modeldir cache caches cachedir ckpt ckpts checkpoint checkpoints weights ' +
    'output outputs out outdir result results log logs logdir artifact artifacts storage scratch raid tmp temp tmpdir ' +
    'download downloads downloaded upload uploads backup backups input inputs db database media volume volumes mnt ' +
    'config configs conf secret secrets credential credentials creds cert certs ssl ssh keys aws kube gcloud sock socket x11 hf huggingface'
  ).split(' '),
);
/** Container folders of the system, never a project's working folder. */
const SYSTEM_TARGET = /^\/(etc|dev|proc|sys|run|tmp|var\/(run|lib|log))(\/|$)/;

/**
 * The host side of a bind mount is the project's tree: the working folder or one above it (`${PWD}`, `$(pwd)`, `.`,
 * Make's `$(PWD)`, `$(dirname "$(realpath "$0")")/../..`), or a folder a variable holds (`$WORK_DIR`, `$HOST_MLCOMMONS_ROOT_DIR`
 * set to `$HOME/mlcommons/inference`) — not a fixed host path (`/data`, `/raid/data/$USER`), the home folder itself,
 * a hidden folder or a file, a named volume, nor a folder of data, models, caches or configuration (NOT_SOURCE).
 */
function mountsTree(source: string, target: string, vars: KnownValues): boolean {
  const host = resolve(source, vars);
  const inside = resolve(target, vars);
  const text = host.text.replace(/["']/g, '');
  if (!text || text.startsWith('/') || /^(~|\$HOME|\$\{HOME\})\/?$/.test(text)) return false;
  if (/^[A-Za-z0-9][\w.-]*$/.test(text)) return false;
  if (hiddenOrFile(text) || hiddenOrFile(inside.text) || SYSTEM_TARGET.test(inside.text)) return false;
  const words = [host.text, inside.text, ...host.names, ...inside.names].flatMap(wordsOf);
  if (words.some((w) => NOT_SOURCE.has(w))) return false;
  return text.startsWith('.') || /[$`]/.test(text);
}

/** A path with a hidden folder in it (`$HOME/.cache`, `$(pwd)/.docker_env`) or that names a file (`$PWD/nginx.conf`). */
function hiddenOrFile(text: string): boolean {
  const parts = text.split('/').filter(Boolean);
  return parts.some((p) => /^\.[^./]/.test(p)) || /^[^.$`][^/]*\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(parts[parts.length - 1] ?? '');
}

function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Variables followed within one another, at most. */
const MAX_RESOLVE_DEPTH = 8;

/**
 * A text with `$NAME`, `${NAME}`, `${NAME[0]}` and `${NAME:-default}` replaced by the first value the file gives NAME
 * (the default when it gives none, or when NAME's own value names it: `WORK_DIR=${WORK_DIR:-…}`); substitutions
 * (`$(pwd)`) kept as written, the variables inside them filled. `names`: the variables met on the way.
 */
function resolve(text: string, vars: KnownValues, seen: ReadonlySet<string> = new Set(), names: Set<string> = new Set()): { text: string; names: Set<string> } {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c !== '$' || out.length > 2000) {
      out += c;
      i++;
      continue;
    }
    const bare = /^\$(\w+)/.exec(text.slice(i));
    let name: string | undefined;
    let fallback: string | undefined;
    let end: number;
    if (bare) {
      name = bare[1];
      end = i + bare[0].length;
    } else if (text[i + 1] === '{') {
      const len = leadingExpansion(text.slice(i));
      if (!len) {
        out += text.slice(i);
        break;
      }
      end = i + len;
      const inner = /^(\w+)(?:\[[^\]]*\])?(?::?[-=](.*))?$/s.exec(text.slice(i + 2, end - 1));
      name = inner?.[1];
      fallback = inner?.[2];
    } else {
      out += c;
      i++;
      continue;
    }
    const value = name !== undefined && !seen.has(name) && seen.size < MAX_RESOLVE_DEPTH ? vars.get(name)?.[0] : undefined;
    if (name !== undefined) names.add(name);
    if (value !== undefined) out += resolve(value, vars, new Set([...seen, name!]), names).text;
    else if (fallback !== undefined) out += resolve(fallback, vars, seen, names).text;
    else out += text.slice(i, end);
    i = end;
  }
  return { text: out, names };
}
