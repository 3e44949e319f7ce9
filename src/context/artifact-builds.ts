/**
 * Images a project builds only to make files with (DockerfileModel.artifactBuilder): a script beside the Dockerfile, or
 * the composite GitHub action whose folder holds it, builds the image, runs it, and takes what the run made out of it,
 * with `docker cp` from the container (TransformerEngine's wheel_utils/launch_x86.sh: `docker build --no-cache -f
 * build_tools/wheel_utils/Dockerfile.x86 -t x86_wheel .`, `docker run … x86_wheel`, `docker cp <container>:/wheelhouse
 * …`), or through a host folder the run bind-mounts, the working tree or an output folder, in a run in the foreground
 * that publishes no port (its build-pytorch-wheel action: `docker run --rm --volume $(pwd):/workspace
 * transformer-engine-build bash …/build.sh`, the wheel written into the checkout), or through its standard output, into
 * a file or an extracting `tar` (pachyderm's python-sdk Makefile: `tar cf - pachyderm_sdk | docker run -i
 * pachyderm-sdk-docs | tar -xf -`). A script without an extension counts when its first line runs bash or sh
 * (redpanda's tools/p/p, which builds from `$(realpath $(dirname "$0"))` and runs the P compiler with `--volume
 * ${PWD}:${PWD}`). Nothing there pushes an image, no build of the project tags this Dockerfile's image with a
 * registry's name, and no Compose service runs it: the image is a build environment, thrown away once its files are
 * out. A Makefile or script in a folder above, up to the project's root, or elsewhere in the repository (own-images.ts
 * buildsElsewhere: cluster-autoscaler's Makefile runs `docker build -t autoscaling-builder ../builder` and the image
 * over its folder), counts too when it builds this very file (`-f docs/apis/Dockerfile` from its folder) under a local
 * name only (no account or registry, never retagged) and runs it so: kserve's root Makefile builds `apidocs-gen` and
 * runs it with `docker run -it --rm -v $(CURDIR)/pkg/apis:… -v ${PWD}/docs/apis:…` to write the API docs into the
 * tree. Such a file builds and pushes other images too: there only a push of this image's tag would publish it, and a
 * local name cannot be pushed without a `docker tag`. Task runners' files count as scripts (task-runners.ts): armada's
 * magefiles build `build/java-client/Dockerfile` as `armada-java-client-builder` and run it with `-v $PWD:/build`.
 * The `-f` may name it through a variable the file assigns several values (openvino's `-f Dockerfile.$(DIST_OS)`), and
 * a port the image exposes is a leftover when every run of it gives its own command over a mounted folder of the tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { declaresService } from '../knowledge/file-purpose.js';
import type { DockerfileModel } from '../model/types.js';
import { bindMountOf } from '../shell/bind-mounts.js';
import { parseShell } from '../shell/parse.js';
import { hasOption, optionValues } from '../shell/invocation.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import type { Pipeline, SimpleCommand } from '../shell/types.js';
import { extractsArchive } from '../shell/unpacks.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';
import { STREAM_FILTERS } from '../knowledge/commands.js';
import type { BuildContext } from './build-context.js';
import { repository } from './build-targets.js';
import { record } from './compose.js';
import { type EngineCall, engineCall, mentionsEngine, plainValues, PUSHES } from './engine-commands.js';
import { buildsElsewhere, foldersToProjectRoot, logicalLines, makefileRecipes, projectBuilds, relativeFile, shellAssignments, shellValues, pathAlternatives, substitute } from './own-images.js';
import { bashShebang, listing, projectFileCache } from './project-file.js';
import { taskCommands, taskRunnerFiles } from './task-runners.js';
import { yamlDocument } from './yaml-document.js';

/** An image build a script runs. */
interface ScriptBuild {
  /** The Dockerfile it names (`-f`), variables filled, `./` taken off; null when it names none (`{context}/Dockerfile`). */
  file: string | null;
  /** The same path with its `../` kept, from the folder the build runs in. */
  written: string | null;
  /**
   * Where a variable in `-f` is assigned several values, or none plain, the paths as `written` that it names with
   * each (pathAlternatives: openvino's `-f Dockerfile.$(DIST_OS)`, `DIST_OS=ubuntu` and `DIST_OS=redhat` in `ifeq`
   * branches: `Dockerfile.ubuntu`, `Dockerfile.redhat`); empty otherwise.
   */
  alternatives: readonly string[];
  /** The build context operand, as written once variables are filled. */
  context: string | null;
  tags: readonly string[];
  /**
   * The folder the build runs in, relative to the script's own: `.`, or where the script's top-level `cd` lines went
   * before it (qdrant's tools/generate_openapi_models.sh, `cd "$(dirname "$0")/../"`: `..`); null after a `cd`
   * somewhere not known. In files whose lines each run in a shell of their own (Makefile recipes, tasks), `.` but
   * where a `cd` earlier on the build's own line went (openvino's `cd src/example/SampleCpuExtension && docker build`).
   */
  from: string | null;
}

/** A `docker run` or `docker create` a script runs. */
interface ScriptRun {
  /** The image operand, variables filled. */
  image: string;
  /** `-d`, or `docker create`: the script goes on while the container lives. */
  detached: boolean;
  /** Publishes a port (`-p`, `-P`) or restarts by policy (`--restart`): it serves. */
  serves: boolean;
  /** Gives the container its command (words after the image, or `--entrypoint`): not the image's own. */
  ownCommand: boolean;
  /** The host side of its bind mounts (`-v HOST:…`, `--mount type=bind,source=HOST`), as written once variables are filled. */
  hostFolders: readonly string[];
  /**
   * Its standard output goes into a file (`> out.tar`; not `/dev/null` nor a log) or into a command that extracts an
   * archive (`| tar -xf -`), also through stream filters (`| sed … > models.json`): what the run made, streamed out
   * (pachyderm's `tar cf - pachyderm_sdk | docker run -i pachyderm-sdk-docs | tar -xf -`).
   */
  streamsOut: boolean;
}

interface ScriptFacts {
  builds: ScriptBuild[];
  runs: ScriptRun[];
  /** `docker cp CONTAINER:PATH DEST`: files taken out of a container. */
  copiesOut: boolean;
  /** Pushes an image (PUSHES: `docker push`, `buildx build --push`, `--output type=registry`; an engine call's `push`). */
  pushes: boolean;
  /** The source images of its `docker tag SOURCE TARGET`, variables filled: images given another name, to push. */
  retagged: string[];
}

const NONE: ScriptFacts = { builds: [], runs: [], copiesOut: false, pushes: false, retagged: [] };

/** Lines parsed per file, at most. */
const MAX_LINES = 500;

/**
 * `values`: the plain values of the file's variables; `assigned`: every value each variable is assigned, for the
 * variables without one plain value (ScriptBuild.alternatives); `ownFolder`: the variables that hold the script's own
 * folder (scriptFolderVariables), which stand for `.`, the folder its builds and runs are read from; `followCd`: the
 * lines run one after another in one shell (a script), so that a `cd` line moves the builds after it (ScriptBuild.from).
 */
function factsOf(
  text: string,
  lines: readonly string[],
  values: ReadonlyMap<string, string | null>,
  assigned: ReadonlyMap<string, readonly string[]> = new Map(),
  ownFolder: ReadonlySet<string> = new Set(),
  followCd = false,
): ScriptFacts {
  // A push is read in the text, as for launch scripts: one only printed for the user publishes the image too.
  const facts: ScriptFacts = { builds: [], runs: [], copiesOut: false, pushes: PUSHES.test(text), retagged: [] };
  const fill = (text: string): string => substitute(fromOwnFolder(text, ownFolder), values);
  const known = plainValues(values);
  // Lines that may build, run, copy or push: the only ones parsed. The engine may be a variable (kserve's `ENGINE ?=
  // docker`, `${ENGINE} buildx build …`).
  const engineLines = new Set(lines.filter((l) => mentionsEngine(l, known)));
  // A push through a variable publishes too: the engine in one (kubeflow's `${CONTAINER_ENGINE} push $(REMOTE_IMAGE)`,
  // also a call's `push` below), or a flag (`$(PUSH_FLAGS)` holding `--push`).
  facts.pushes ||= [...engineLines].some((l) => l.includes('$') && PUSHES.test(fill(l)));
  let from: string | null = '.';
  let parsed = 0;
  for (const line of lines) {
    // Where the line's own commands start: a `cd` on it moves the builds after it on the line (`cd dir && docker build`).
    let here = from;
    if (followCd && CD_LINE.test(line)) from = movedTo(from, line, ownFolder);
    if (!engineLines.has(line) || parsed++ >= MAX_LINES) continue;
    const script = parseShell(MappedSource.run(line, 0), new LineIndex(line), 0, null, UNKNOWN_DIR);
    // A launched command (`sudo docker run … > out.tar`) is piped and redirected as its launcher is.
    const launcher = new Map<SimpleCommand, SimpleCommand>();
    for (const cmd of script.commands) if (cmd.launches) launcher.set(cmd.launches, cmd);
    for (const cmd of script.commands) {
      // A `cd` of a subshell (`(cd x && …)`, `$(cd … && pwd)`) leaves the line's shell where it was.
      if (cmd.name === 'cd' && !cmd.subshell) {
        const operands = cmd.args.filter((w) => w.value !== '--');
        here = here !== null && operands.length === 1 ? cdTo(here, operands[0]!.value, ownFolder) : null;
        continue;
      }
      const call = engineCall(cmd, known);
      if (!call) continue;
      const inv = call.invocation;
      if (call.subcommand === 'push') facts.pushes = true;
      if (call.subcommand === 'run' || call.subcommand === 'create') {
        let outer = cmd;
        for (let up = launcher.get(outer); up; up = launcher.get(outer)) outer = up;
        const run = runOf(call, fill, streamsOut(outer, script.pipelines));
        if (run) facts.runs.push(run);
      }
      // `docker cp CONTAINER:PATH DEST`: a host path has no `:` (`./out`, `/tmp/x`); the container may be an expression.
      if (call.subcommand === 'cp' && inv.operands.length >= 2 && /^[^/.~]/.test(inv.operands[0]!.value) && inv.operands[0]!.value.includes(':')) facts.copiesOut = true;
      if (call.subcommand === 'tag' && inv.operands[0]) facts.retagged.push(fill(inv.operands[0].value));
      if (call.subcommand !== 'build') continue;
      const file = optionValues(inv, '-f', '--file').pop()?.value;
      const written = file === undefined ? null : path.posix.normalize(fill(file));
      facts.builds.push({
        file: file === undefined ? null : relativeFile(fill(file)),
        written,
        alternatives: file === undefined ? [] : pathAlternatives(fromOwnFolder(file, ownFolder), values, assigned),
        context: inv.operands[0] ? fill(inv.operands[0].value) : null,
        tags: optionValues(inv, '-t', '--tag').map(({ value }) => fill(value)),
        from: here,
      });
    }
  }
  return facts;
}

/**
 * The command's standard output goes into a file, or into the next command of its pipeline when that one extracts an
 * archive (ScriptRun.streamsOut), also through stream filters that pass it on whole (STREAM_FILTERS: qdrant's `docker
 * run --rm schema2openapi | sed -e 's%#/definitions/%#/components/schemas/%g' >./openapi/models.json`), one of which
 * may write it (`| tee out.json`). A redirection to a device (`> /dev/null`) or a log (`> build.log`, `>> "$LOG_FILE"`)
 * keeps nothing the run made.
 */
function streamsOut(cmd: SimpleCommand, pipelines: readonly Pipeline[]): boolean {
  if (cmd.stdout) return keepsOutput(cmd.stdout.value);
  if (cmd.pipelineIndex < 0) return false;
  const pipeline = pipelines.find((p) => p.commands.includes(cmd));
  for (let at = cmd.pipelineIndex + 1; ; at++) {
    const next = pipeline?.commands.find((c) => c.pipelineIndex === at);
    if (!next) return false;
    if (extractsArchive(next)) return true;
    if (next.name === null || !STREAM_FILTERS.has(next.name)) return false;
    if (next.stdout) return keepsOutput(next.stdout.value);
    if (next.name === 'tee' && next.invocation.operands.some((w) => keepsOutput(w.value))) return true;
  }
}

/** A file written with what a run printed keeps it: not a device (`/dev/null`, `/dev/stderr`) nor a log (`build.log`, `"$LOG_FILE"`). */
function keepsOutput(file: string): boolean {
  return !/^\/dev\/|(^|[^a-z])logs?([^a-z]|$)/i.test(file);
}

/** A `run` or `create` of a container engine: its image, how it runs and what it mounts; null without an image. */
function runOf(call: EngineCall, fill: (text: string) => string, streams: boolean): ScriptRun | null {
  const inv = call.invocation;
  const image = inv.operands[0];
  if (!image) return null;
  // The host folders it bind-mounts; a `-v` host side that is no path (`cache:/root/.cache`) is a named volume.
  const hostFolders = inv.options
    .map((o) => (o.value === null ? null : bindMountOf(o.name, fill(o.value))))
    .flatMap((m) => (m && /^[/.~$`]/.test(m.source) ? [m.source] : []));
  return {
    image: fill(image.value),
    detached: call.subcommand === 'create' || hasOption(inv, '-d', '--detach'),
    serves: hasOption(inv, '-p', '--publish', '-P', '--publish-all', '--restart'),
    ownCommand: inv.operands.length > 1 || hasOption(inv, '--entrypoint'),
    hostFolders,
    streamsOut: streams,
  };
}

const scriptFacts = projectFileCache<ScriptFacts>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  if (MAKEFILE.test(path.basename(file))) {
    const { recipes, values, assignments } = makefileRecipes(text);
    return factsOf(text, recipes, values, assignments);
  }
  const lines = logicalLines(text);
  return factsOf(text, lines, shellValues(lines), shellAssignments(lines), scriptFolderVariables(lines), true);
}, NONE);

/** A composite action's `run` steps, each read as a script of its own. */
const actionFacts = projectFileCache<ScriptFacts>((file) => {
  const runs = record(record(yamlDocument(fs.readFileSync(file, 'utf8')))?.['runs']);
  const steps = runs?.['using'] === 'composite' && Array.isArray(runs['steps']) ? (runs['steps'] as unknown[]) : [];
  const all: ScriptFacts = { builds: [], runs: [], copiesOut: false, pushes: false, retagged: [] };
  for (const step of steps) {
    // Docker's build action pushing what it builds (`push: true`).
    const uses = record(step)?.['uses'];
    const push = record(record(step)?.['with'])?.['push'];
    if (typeof uses === 'string' && /^[\w-]+\/build-push-action@/.test(uses) && (push === true || push === 'true')) all.pushes = true;
    const run = record(step)?.['run'];
    if (typeof run !== 'string') continue;
    // GitHub fills its `${{ … }}` expressions before the shell reads the step: here they stand as variables.
    const lines = logicalLines(run.replace(/\$\{\{\s*github\.workspace\s*\}\}/g, '$GITHUB_WORKSPACE').replace(/\$\{\{[^}]*\}\}/g, '$GITHUB_EXPRESSION'));
    const f = factsOf(run, lines, shellValues(lines));
    all.builds.push(...f.builds);
    all.runs.push(...f.runs);
    all.copiesOut ||= f.copiesOut;
    all.pushes ||= f.pushes;
    all.retagged.push(...f.retagged);
  }
  return all;
}, NONE);

// The script's own folder ----------------------------------------------------------------------------------------

const SELF = String.raw`\$(?:0|\{0\}|BASH_SOURCE|\{BASH_SOURCE(?:\[0\])?\})`;
const CANONICAL = String.raw`(?:realpath(?: -[a-zA-Z]+)*|readlink -[fem]+)`;
/** `$(…)` or backquotes around `inner`. */
const substitution = (inner: string): string => `(?:\\$\\( ?${inner} ?\\)|\` ?${inner} ?\`)`;
const DIRNAME = substitution(`dirname (?:${SELF}|${substitution(`${CANONICAL} ${SELF}`)})`);
const QUIET = String.raw`(?: ?[0-9&]?>>?&? ?(?:/dev/null|[0-9]))*`;
/**
 * The script's own folder, as scripts compute it (quotes and `--` taken out): `$(dirname "$0")`, `$(dirname
 * "${BASH_SOURCE[0]}")`, made canonical (`$(realpath $(dirname "$0"))`, redpanda's tools/p/p; `$(dirname "$(readlink
 * -f "$0")")`), or by going there (`$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )`); not a
 * folder above or below it (`$(dirname "$0")/..`).
 */
const SCRIPT_FOLDER = new RegExp(`^(?:${DIRNAME}|${substitution(`${CANONICAL} ${DIRNAME}`)}|${substitution(`cd ${DIRNAME}${QUIET} ?(?:&&|;) ?pwd(?: -P)?`)})$`);

function isScriptFolder(text: string): boolean {
  return SCRIPT_FOLDER.test(text.replace(/["']/g, '').replace(/(^|\s)--(?=\s)/g, '$1').replace(/\s+/g, ' ').trim());
}

/** The variables every assignment of which, in the script's lines, is its own folder (`this_dir="$(realpath $(dirname "$0"))"`). */
function scriptFolderVariables(lines: readonly string[]): Set<string> {
  const folder = new Set<string>();
  const other = new Set<string>();
  for (const line of lines) {
    const m = /^\s*(?:(?:export|readonly|local|declare)\s+)?([A-Za-z_]\w*)=(\S.*?)\s*(?:\s#.*)?$/.exec(line);
    if (m) (isScriptFolder(m[2]!) ? folder : other).add(m[1]!);
  }
  for (const name of other) folder.delete(name);
  return folder;
}

/** A `cd` line of the script's top level (not indented: a function's or a block's runs only when called or taken). */
const CD_LINE = /^cd\s/;

/**
 * The folder, relative to the script's own, that a top-level `cd` line moves to from `from`: its own folder or a path
 * from it (`cd "$(dirname "$0")/../"`, `cd "$SCRIPT_DIR"`: `..`, `.`), or a plain relative path from where it was
 * (`cd ..`); null for any other (`cd /src`, `cd "$REPO"`) or a line that does more than the `cd` (`cd x || exit 1`
 * aside).
 */
function movedTo(from: string | null, line: string, ownFolder: ReadonlySet<string>): string | null {
  const script = parseShell(MappedSource.run(line, 0), new LineIndex(line), 0, null, UNKNOWN_DIR);
  // The commands of its operand's expansions (`dirname`) run in subshells; a fallback may leave (`|| exit 1`).
  const cd = script.commands.find((c) => c.name === 'cd' && !c.subshell);
  const operands = cd?.args.filter((w) => w.value !== '--') ?? [];
  if (!cd || operands.length !== 1 || script.commands.some((c) => c !== cd && !c.subshell && c.name !== 'exit' && c.name !== 'return')) return null;
  return cdTo(from, operands[0]!.value, ownFolder);
}

/** Where `cd TO` goes from `from`: the script's own folder or a path from it, or a plain relative path from `from`. */
function cdTo(from: string | null, to: string, ownFolder: ReadonlySet<string>): string | null {
  const own = ownFolderPath(to, ownFolder);
  if (own !== null) return own;
  return from !== null && /^[\w.][\w./-]*$/.test(to) ? path.posix.normalize(path.posix.join(from, to)) : null;
}

/** `text` as a path from the script's own folder (`$(dirname "$0")/..` → `..`, `${SCRIPT_DIR}` → `.`); null when it does not start there. */
function ownFolderPath(text: string, ownFolder: ReadonlySet<string>): string | null {
  const plain = (rest: string): string | null => (/^[\w./-]*$/.test(rest) ? path.posix.normalize(rest.replace(/^\/+/, '') || '.') : null);
  if (isScriptFolder(text)) return '.';
  for (let at = text.indexOf('/'); at > 0; at = text.indexOf('/', at + 1)) {
    const head = text.slice(0, at).replace(/^"|"$/g, '');
    const rest = text.slice(at).replace(/"/g, '');
    const variable = /^\$(?:(\w+)|\{(\w+)\})$/.exec(head);
    if (isScriptFolder(head) || (variable && ownFolder.has((variable[1] ?? variable[2])!))) return plain(rest);
  }
  const variable = /^"?\$(?:(\w+)|\{(\w+)\})"?$/.exec(text);
  return variable && ownFolder.has((variable[1] ?? variable[2])!) ? '.' : null;
}

/** A path that starts at the script's own folder (`${this_dir}`, `$SCRIPT_DIR/Dockerfile.x`, `$(dirname "$0")`) read from it: `.`, `./Dockerfile.x`. */
function fromOwnFolder(text: string, ownFolder: ReadonlySet<string>): string {
  if (isScriptFolder(text)) return '.';
  const m = ownFolder.size ? /^\$(?:(\w+)|\{(\w+)\})(?=\/|$)/.exec(text) : null;
  return m && ownFolder.has((m[1] ?? m[2])!) ? `.${text.slice(m[0].length)}` : text;
}

const SCRIPT = /\.(sh|bash)$/i;
const MAKEFILE = /^((gnu)?makefile|.*\.mk)$/i;
const ACTION = /^action\.ya?ml$/;

/**
 * A host folder that is the working tree (`$(pwd)`, `${PWD}`, Make's `$(CURDIR)`, `.`, `$GITHUB_WORKSPACE`) or a
 * folder of it (`${PWD}/docs/apis`, `./pkg`), or an output folder by its name (`./dist`, `$(pwd)/wheelhouse`,
 * `${OUTPUT_DIR}`): where a run leaves what it made, in the checkout. Not a data, model or cache folder outside it
 * (`-v /data:/data`, `-v $HOME/.cache:/root/.cache`).
 */
const WORKING_TREE = /^["']?(\$\{?PWD\}?|\$\(pwd\)|`pwd`|\$\{?CURDIR\}?|\.|\$\{?GITHUB_WORKSPACE\}?)(\/[^:"']*)?["']?$/;
const OUTPUT_FOLDER = /(^|[/_.${-])(out|outputs?|dist|build|target|wheelhouse|wheels?|artifacts?|releases?|packages|debs|rpms)([_-](dir|path|folder))?["'}]?\/?$/i;

function leavesFiles(host: string): boolean {
  return WORKING_TREE.test(host) || OUTPUT_FOLDER.test(host);
}

/**
 * The build reads `dockerfile` (absolute): its `-f` names the file, with at least its own folder when it names one
 * (`build-tools/.github/actions/build-pytorch-wheel/Dockerfile`, a checkout of the repository in another folder), or
 * it names none and the file is its context's `Dockerfile`.
 */
function readsDockerfile(build: ScriptBuild, dockerfile: string): boolean {
  const own = dockerfile.split(path.sep);
  if (build.file === null) {
    const context = (build.context ?? '.').replace(/\/+$/, '');
    return /^(Dockerfile|Containerfile)$/.test(own.at(-1)!) && !context.includes('$') && (context === '.' || own.at(-2) === context.split('/').at(-1));
  }
  // Or one of the paths a variable of several values in it names (ScriptBuild.alternatives).
  return [...(build.file.includes('$') ? [] : [build.file]), ...build.alternatives.map(relativeFile)].some((file) => {
    const named = file.split('/');
    let matched = 0;
    while (matched < named.length && named[named.length - 1 - matched] === own[own.length - 1 - matched]) matched++;
    return matched === named.length || matched >= 2;
  });
}

/** The same image: the same repository (tag and registry default aside), or the same text where a variable stays. */
function sameImage(a: string, b: string): boolean {
  return a.includes('$') || b.includes('$') ? a === b : repository(a) === repository(b);
}

/**
 * One of the files builds the image at `own` only to make files with: it runs a build that `reads` says names the
 * file, and runs the image built, in the foreground and serving nothing, to copy files out of the container or into a
 * folder of the tree it bind-mounts; `localOnly` also asks that each tag of those builds is a local name, not retagged.
 * `exposes`: the image exposes a port, a server's mark; it is still a tool when every run of it gives its own command,
 * in the foreground, and leaves its files in a folder of the tree it bind-mounts (traefik's root Makefile builds
 * `webui/buildx.Dockerfile` as `traefik-webui` and runs `docker run --rm -v "$(PWD)/webui/static":… traefik-webui yarn
 * build:prod`): no run starts what it would serve.
 */
function makesFilesWith(files: readonly ScriptFacts[], reads: (build: ScriptBuild) => boolean, localOnly: boolean, exposes: boolean): boolean {
  return files.some((f) => {
    const tags = f.builds.filter(reads).flatMap((b) => b.tags);
    if (localOnly && (!tags.length || tags.some((t) => t.includes('$') || repository(t).includes('/')))) return false;
    // Given another name (`docker tag kfp-api-generator ghcr.io/kubeflow/kfp-api-generator`): to push it.
    if (tags.some((t) => f.retagged.some((r) => sameImage(r, t)))) return false;
    const runs = f.runs.filter((r) => tags.some((t) => sameImage(t, r.image)));
    if (!runs.length || runs.some((r) => r.serves)) return false;
    if (exposes) return runs.every((r) => r.ownCommand && !r.detached && r.hostFolders.some(leavesFiles));
    return f.copiesOut || runs.some((r) => !r.detached && (r.streamsOut || r.hostFolders.some(leavesFiles)));
  });
}

/**
 * The Dockerfiles a build run from `folder` may read (its `-f`, else its context's `Dockerfile`): one, or one for each
 * value of a variable in its `-f` (ScriptBuild.alternatives); none when a variable names the context.
 */
function builtFrom(folder: string, b: ScriptBuild): string[] {
  if (b.written === null) return b.context === null || b.context.includes('$') ? [] : [path.join(folder, b.context, 'Dockerfile')];
  return [...(b.written.includes('$') ? [] : [b.written]), ...b.alternatives].map((w) => path.resolve(folder, w));
}

/** Makefiles and scripts of the folder, by name; a script without an extension when its first line runs bash or sh (redpanda's tools/p/p). */
function buildFilesIn(dir: string, names: readonly string[]): ScriptFacts[] {
  return names
    .filter((n) => SCRIPT.test(n) || MAKEFILE.test(n) || (!n.includes('.') && bashShebang(path.join(dir, n))))
    .sort()
    .map((n) => scriptFacts(path.join(dir, n)));
}

/**
 * The task runners' files of the folder (task-runners.ts), each task's command lines read as a script's: a build and
 * the run that makes files with it belong to one task (armada's `BuildJava`), not to a test task that runs the image
 * another task built (its airflow tests, `--entrypoint python3 … -m pytest`). A push or a `docker tag` anywhere in the
 * file counts for every task.
 */
function taskRunnersIn(dir: string, names: readonly string[]): ScriptFacts[] {
  return taskRunnerFiles(dir, names).flatMap((file) => {
    const commands = taskCommands(file);
    let facts = taskFacts.get(commands);
    if (!facts) {
      const whole = factsOf(commands.text, commands.lines, commands.values);
      facts = commands.tasks.map((lines) => ({ ...factsOf('', lines, commands.values), pushes: whole.pushes, retagged: whole.retagged }));
      taskFacts.set(commands, facts);
    }
    return facts;
  });
}
const taskFacts = new WeakMap<object, ScriptFacts[]>();

/**
 * The image at `dockerfile` is built only to make files with (see the file comment). `context` gives the Compose
 * services building it: one that does runs it as a service.
 */
export function buildsArtifactsOnly(model: DockerfileModel, dockerfile: string, context: Pick<BuildContext, 'composeServices'>): boolean {
  const final = model.finalStage;
  // A health check is kept only by a server; a port exposed may be a leftover of a tool's image (makesFilesWith).
  if (!final || final.lineage.some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return false;
  const exposes = declaresService(final);
  const own = path.resolve(dockerfile);
  const dir = path.dirname(own);
  const names = listing(dir);
  const files = [...buildFilesIn(dir, names), ...taskRunnersIn(dir, names), ...names.filter((n) => ACTION.test(n)).map((n) => actionFacts(path.join(dir, n)))];
  if (files.some((f) => f.pushes)) return false;
  let makesFiles = makesFilesWith(files, (b) => readsDockerfile(b, own), false, exposes);
  // The folders above, up to the project's root: their build files run from there, so the file they name is read
  // from that folder, or from where a script's `cd` lines went (`cd "$(dirname "$0")/../"`: ScriptBuild.from).
  const { folders, root } = foldersToProjectRoot(dir);
  for (const folder of makesFiles ? [] : folders.slice(1)) {
    const names = listing(folder);
    if ((makesFiles = makesFilesWith([...buildFilesIn(folder, names), ...taskRunnersIn(folder, names)], (b) => builtFrom(path.resolve(folder, b.from ?? '.'), b).includes(own), true, exposes))) break;
  }
  // A Makefile or script elsewhere in the repository that builds this very file (cluster-autoscaler's Makefile, `docker
  // build -t autoscaling-builder ../builder`), read from the folder its builds name the file from, as those above.
  for (const found of makesFiles || !root ? [] : buildsElsewhere(own, folders, root)) {
    if ((makesFiles = makesFilesWith([scriptFacts(found.file)], (b) => builtFrom(path.resolve(found.base, b.from ?? '.'), b).includes(own), true, exposes))) break;
  }
  if (!makesFiles || context.composeServices().length > 0) return false;
  return !publishedElsewhere(own);
}

/**
 * A build of the project that names this very Dockerfile (a workflow's, a script's above it) tags its image with a
 * registry's name (`ghcr.io/org/builder`, `org/builder`): the image is published, whatever the script beside it does.
 */
function publishedElsewhere(dockerfile: string): boolean {
  const { builds, root } = projectBuilds(dockerfile);
  const relative = (root ? path.relative(root, dockerfile) : path.basename(dockerfile)).split(path.sep).join('/');
  return builds.some(
    (b) =>
      b.file !== null &&
      !b.file.includes('$') &&
      (b.fromRoot ? b.file === relative : relative === b.file || relative.endsWith(`/${b.file}`)) &&
      b.tags.some((t) => repository(t).includes('/')),
  );
}
