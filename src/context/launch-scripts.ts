/**
 * Scripts and Makefiles that start a Dockerfile's image for people to work in: `docker run -it` with the project's
 * tree bind-mounted over the image (NVIDIA TensorRT's `docker/launch.sh`: `docker run --gpus all -v ${PWD}:/workspace/TensorRT
 * --rm -it tensorrt-ubuntu24.04:latest`; MLCommons' `launch.sh`, `run_docker_gpu.sh` and 3d-unet Makefile's
 * `launch_docker` target). Such an image is a development environment, rebuilt by each developer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BindMount, bindMountOf } from '../shell/bind-mounts.js';
import { parseShell } from '../shell/parse.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import type { ShellScript } from '../shell/types.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';
import { foldersToProjectRoot, makefileRecipes } from './own-images.js';
import { bashShebang, isFile, projectFileCache } from './project-file.js';

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
const ENGINES = new Set(['docker', 'podman', 'nerdctl', 'nvidia-docker', 'buildah']);
/**
 * A push, read in the text (a script that only prints `docker push …` for its user publishes the image too): `docker
 * push`, `podman image push`, `$(DOCKER) push`, `buildx build --push`, `--output type=registry`, `push=true`.
 */
export const PUSHES = /\b(docker|podman|nerdctl|buildah)\s+((image|manifest)\s+)?push\b|\$[({]?\w*docker\w*[)}]?\s+push\b|\s--push\b|\bpush=true\b|\btype=registry\b/i;
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
  const here = buildFiles(dir).map(readLaunchFile);
  const launches = here.some((f) => f.launchesOverTree && (!f.builds.length || f.builds.some((b) => mayName(b, dir, own))));
  // Elsewhere only a file that names the Dockerfile may build it: the others are not read.
  const name = path.basename(own);
  const tied = [...subfolders(dir), ...foldersToProjectRoot(dir).folders.slice(1)].filter((folder) =>
    buildFiles(folder).some((file) => {
      if (!readText(file).includes(name)) return false;
      const f = readLaunchFile(file);
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
  return ![...here, ...tied.flatMap((folder) => buildFiles(folder).map(readLaunchFile))].some((f) => f.pushes);
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
  return entries(dir)
    .filter((e) => e.isFile() || (e.isSymbolicLink() && isFile(path.join(dir, e.name))))
    .filter((e) => SHELL_SCRIPT.test(e.name) || MAKEFILE.test(e.name) || (!e.name.includes('.') && bashShebang(path.join(dir, e.name))))
    .map((e) => e.name)
    .sort()
    .slice(0, MAX_FILES)
    .map((n) => path.join(dir, n));
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

/** Every value a file gives each variable: each branch's, each array element (`MOUNTS=(…)`, `X+=(…)`), a loop's items. */
type Vars = ReadonlyMap<string, readonly string[]>;

const readText = projectFileCache<string>((file) => fs.readFileSync(file, 'utf8'), '');

const readLaunchFile = projectFileCache<LaunchFacts>((file) => {
  const text = readText(file);
  const pushes = PUSHES.test(text);
  if (!/docker|podman|nerdctl/.test(text) || !MAY_LAUNCH.test(text) || !MAY_MOUNT.test(text)) return { ...NONE, pushes };
  if (MAKEFILE.test(path.basename(file))) {
    const { recipes, assignments } = makefileRecipes(text);
    const facts = recipes.map((line) => commandFacts(parse(line), assignments));
    return { launchesOverTree: facts.some((f) => f.launchesOverTree), pushes, builds: facts.flatMap((f) => f.builds) };
  }
  const script = parse(text);
  return { ...commandFacts(script, scriptVariables(script), wrapperFunctions(text)), pushes };
}, NONE);

function parse(text: string): ShellScript {
  return parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR);
}

/**
 * Functions of a script whose body runs its arguments as a command (a line that is `"$@"`, `eval "$@"`): holoscan-sdk's
 * `run_command() { …; "$@"; … }`, which logs and runs what it is given. The body is read up to its closing `}` at the
 * start of a line, bounded.
 */
function wrapperFunctions(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{/gm)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\n}', start);
    const body = text.slice(start, end < 0 ? start + MAX_WRAPPER_BODY : Math.min(end, start + MAX_WRAPPER_BODY));
    if (/^\s*((eval|exec|command)\s+)?"?\$(@|\{@\})"?\s*(;|&&|\|\||$)/m.test(body)) out.add(m[1]!);
  }
  return out;
}
const MAX_WRAPPER_BODY = 4000;

function scriptVariables(script: ShellScript): Map<string, string[]> {
  const vars = new Map<string, string[]>();
  for (const b of script.bindings) {
    const values = b.elements ? b.elements.map((e) => e.value) : b.value ? [b.value.value] : [];
    vars.set(b.name, [...(vars.get(b.name) ?? []), ...values]);
  }
  return vars;
}

function commandFacts(script: ShellScript, vars: Vars, wrappers: ReadonlySet<string> = new Set()): Omit<LaunchFacts, 'pushes'> {
  let launchesOverTree = false;
  const builds: (string | null)[] = [];
  for (const cmd of script.commands) {
    // A function of the script that runs the command it is given (holoscan-sdk's `run_command $DOCKER run …`).
    const argv = cmd.name && wrappers.has(cmd.name) ? cmd.argv.slice(1) : cmd.argv;
    const name = argv === cmd.argv ? cmd.name : (argv[0]?.value ?? null);
    // Only a command whose program is an engine, or a variable that may hold one (`$(DOCKER_RUN_CMD)`), is expanded.
    const program = argv[0]?.value ?? '';
    if (!(name && (ENGINES.has(name) || /^(sudo|exec|command|time|env)$/.test(name))) && !WHOLE_VARIABLE.test(program)) continue;
    const words = engineCall(expandWords(argv.map((w) => w.value), vars, 0));
    if (!words) continue;
    const [sub, next] = subcommand(words);
    if (sub === 'build' || sub === 'bud' || ((sub === 'buildx' || sub === 'image') && next === 'build')) {
      const files = optionValues(words, '-f', '--file');
      builds.push(...(files.length ? files.map((f) => resolve(f, vars).text) : [null]));
    }
    if ((sub === 'run' || (sub === 'container' && next === 'run')) && runsOverTree(words, vars)) launchesOverTree = true;
  }
  return { launchesOverTree, builds };
}

/** The words from the engine on (`sudo`, `exec` and the like before it taken off); null when no engine runs. */
function engineCall(words: string[]): string[] | null {
  let i = 0;
  while (i < words.length && /^(sudo|exec|command|time|env)$/.test(words[i]!)) i++;
  const program = words[i];
  return program !== undefined && ENGINES.has(path.posix.basename(program)) ? words.slice(i) : null;
}

/** The engine's first two words that are not options. */
function subcommand(words: readonly string[]): [string | undefined, string | undefined] {
  const plain = words.slice(1).filter((w) => !w.startsWith('-'));
  return [plain[0], plain[1]];
}

function optionValues(words: readonly string[], ...names: string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (names.includes(w) && words[i + 1] !== undefined) out.push(words[i + 1]!);
    for (const n of names) if (n.startsWith('--') && w.startsWith(`${n}=`)) out.push(w.slice(n.length + 1));
  });
  return out;
}

/**
 * Words that are a whole variable (`$DOCKER_RUN_OPTS`, `"${MOUNT_FLAGS[*]}"`, a Makefile's `$(DOCKER_RUN_CMD)`)
 * replaced by the words of every value the file gives it: the flags a launcher gathers in variables, from each branch
 * (`DOCKER_FLAGS="--rm -i"`, then `"--rm -it"` when a terminal is attached).
 */
function expandWords(words: readonly string[], vars: Vars, depth: number, seen: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const word of words) {
    const m = WHOLE_VARIABLE.exec(word);
    const name = m?.[1] ?? m?.[2];
    // A default of the variable itself (`HOLOSCAN_DOCKER_EXE=${HOLOSCAN_DOCKER_EXE:-"docker"}`): its default word.
    const fallback = m?.[3] !== undefined ? [m[3].replace(/^(["'])(.*)\1$/, '$2')] : [];
    const values = name === undefined || depth >= MAX_EXPANSION_DEPTH ? [] : [...new Set(seen.has(name) ? fallback : (vars.get(name) ?? fallback))];
    if (values.length) out.push(...expandWords(values.flatMap(splitValue), vars, depth + 1, new Set([...seen, name!])));
    else out.push(word);
    if (out.length > MAX_WORDS) break;
  }
  return out;
}

const WHOLE_VARIABLE = /^\$(?:(\w+)|\{(\w+)(?:\[[@*]\])?(?::?-([^${}]*))?\})$/;
const MAX_EXPANSION_DEPTH = 4;
const MAX_WORDS = 400;
const SPLIT = new Map<string, string[]>();

/** A value's words, as the shell splits it when expanded unquoted. */
function splitValue(value: string): string[] {
  if (!value.trim()) return [];
  let words = SPLIT.get(value);
  if (!words) {
    const cmd = parse(`: ${value}`).commands.find((c) => c.name === ':');
    words = cmd ? cmd.args.map((w) => w.value) : value.split(/\s+/).filter(Boolean);
    if (SPLIT.size > 10_000) SPLIT.clear();
    SPLIT.set(value, words);
  }
  return words;
}

// The run --------------------------------------------------------------------------------------------------------

/** `-it` (`-ti`, or `-i`/`--interactive` with `-t`/`--tty`), a mount of the project's tree, and no registry's image. */
function runsOverTree(words: readonly string[], vars: Vars): boolean {
  const interactive = words.some((w) => w === '-it' || w === '-ti') || (words.some((w) => w === '-i' || w === '--interactive') && words.some((w) => w === '-t' || w === '--tty'));
  if (!interactive || words.some((w) => REGISTRY_IMAGE.test(w) || (w.includes('$') && REGISTRY_IMAGE.test(resolve(w, vars).text)))) return false;
  return bindMounts(words).some(({ source, target }) => mountsTree(source, target, vars));
}

/** The bind mounts of the run's words (bindMountOf): `-v`, `--volume`, `--mount` and their `--name=value` forms. */
function bindMounts(words: readonly string[]): BindMount[] {
  return (['-v', '--volume', '--mount'] as const).flatMap((option) => optionValues(words, option).map((value) => bindMountOf(option, value))).filter((m): m is BindMount => m !== null);
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
function mountsTree(source: string, target: string, vars: Vars): boolean {
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
function resolve(text: string, vars: Vars, seen: ReadonlySet<string> = new Set(), names: Set<string> = new Set()): { text: string; names: Set<string> } {
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
