/**
 * What of each stage reaches an image the file builds: the stages built as images (build targets and the stages they
 * are built `FROM`) ship whole; of the others, only what is copied out of them into shipped content does.
 */
import path from 'node:path';
import { baseImageFolders, isPackageDataFile, PACKAGE_SOURCE_FOLDER } from '../knowledge/image-folders.js';
import type { SimpleCommand } from '../shell/types.js';
import { FactKey } from './facts.js';
import type { DockerfileModel, Instruction, Mount, Stage } from './types.js';

type StageRef = (ref: string, before: number) => Stage | null;

/** One way a stage takes files from another: a `COPY --from` source, or a `RUN --mount=from=` of it. */
interface Take {
  /** The stage taken from. */
  from: Stage;
  /** The paths of `from` it takes. */
  sources: readonly string[];
  /** Where they land in the stage taking them (a COPY's destination); null for a mount (the RUN writes wherever it likes) or an unknown destination. */
  dest: string | null;
}

/**
 * Sets `buildOnly` and `shippedPaths` of every stage. `targets` are the stages built as images: by default those no
 * other stage uses (the final stage among them); a build file naming another stage as its target adds it.
 */
export function markShipped(stages: readonly Stage[], stageRef: StageRef, targets: ReadonlySet<Stage>): void {
  const { whole, paths } = reachingPaths(stages, stageRef, targets);
  for (const s of stages) {
    const own = paths.get(s)!;
    s.buildOnly = !whole.has(s);
    s.shippedPaths = own.has('/') ? ['/'] : [...own];
  }
}

/**
 * What of each stage reaches the images of `targets`: `whole` are the targets and the stages they are built on; `paths`
 * holds, per stage, the paths of it that reach them (`/` for a stage in `whole`).
 */
export function reachingPaths(stages: readonly Stage[], stageRef: StageRef, targets: ReadonlySet<Stage>): { whole: Set<Stage>; paths: Map<Stage, Set<string>> } {
  const paths = new Map<Stage, Set<string>>(stages.map((s) => [s, new Set()]));
  const ancestries = new Map<Stage, Stage[]>();
  const ancestryOf = (s: Stage): Stage[] => {
    let a = ancestries.get(s);
    if (!a) ancestries.set(s, (a = ancestry(s, stages)));
    return a;
  };
  /** The stages whose files at `source` a take of it from `from` reads: up its ancestry, stopping at the stage that wrote it. */
  const readersOf = (from: Stage, source: string): Stage[] => {
    const out = new Set<Stage>();
    for (const todo = [from]; todo.length; ) {
      const s = todo.pop()!;
      if (out.has(s)) continue;
      out.add(s);
      if (!filesWritten(s).has(source)) todo.push(...possibleParents(s, stages));
    }
    return [...out];
  };
  const whole = new Set([...targets].flatMap(ancestryOf));
  for (const s of whole) paths.get(s)!.add('/');
  const takes = new Map<Stage, Take[]>(stages.map((s) => [s, takesOf(s, stageRef)]));
  // A stage whose shipped paths grew passes them on to the stages it takes files from. A stage's parents ship at least
  // what it ships (below), so each stage passes on only what its own instructions take.
  const todo = [...stages];
  while (todo.length) {
    const into = todo.pop()!;
    const shipped = paths.get(into)!;
    if (shipped.size === 0) continue;
    for (const take of takes.get(into) ?? []) {
      if (take.dest !== null && !shipped.has('/') && ![...shipped].some((p) => covers(p, take.dest!) || covers(take.dest!, p))) continue;
      // The files of a stage at a path are partly its parents': what is taken from it is taken from them too, but for a
      // file the stage, or one between, wrote whole (ollama's `build` stage's `go build -o /bin/ollama`, over a base
      // stage that installs compilers with dnf).
      const ancestors = ancestryOf(take.from);
      for (const source of take.sources) {
        const reached = ancestors.some((s) => filesWritten(s).has(source)) ? readersOf(take.from, source) : ancestors;
        for (const s of reached) {
          const own = paths.get(s)!;
          if (own.has('/') || own.has(source)) continue;
          own.add(source);
          todo.push(s);
        }
      }
    }
  }
  return { whole, paths };
}

/**
 * The stages `s` may be built on: its parent, or for a `FROM` naming a variable the build fills beside literal text
 * (`FROM base-${TARGETARCH}`, `FROM delve-${DELVE_SUPPORTED}`), each earlier stage whose name fits what it may expand
 * to. A bare variable (`FROM ${FLAVOR}`) may be any image: it names no stage for certain, and a stage only it could pick
 * is used by no other stage, so it is a build target of its own anyway.
 */
export function possibleParents(s: Stage, stages: readonly Stage[]): Stage[] {
  if (s.parent) return [s.parent];
  if (s.image.resolved !== null || !s.image.raw.includes('$')) return [];
  // The known values filled in: `$RUNTIME_IMAGE-$TARGETARCH` with `ARG RUNTIME_IMAGE=cr.l5d.io/linkerd/proxy-runtime:latest`
  // names an image (`…:latest-$TARGETARCH`), no stage; `base-${TARGETARCH}` any stage named `base-…`.
  const parts = s.image.expanded.split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/);
  if (parts.every((part) => part === '')) return [];
  const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  const fits = new RegExp(`^${pattern}$`, 'i');
  return stages.filter((other) => other.index < s.index && other.name !== null && fits.test(other.name));
}

/**
 * The stages a build argument picks `s` among: a `FROM ${BUILD_STAGE}` naming a bare variable chooses between the stage
 * its default names and the earlier named stages nothing else uses (`repo`, the latest-versions variant built with
 * `--build-arg BUILD_STAGE=repo`). Empty when no such `FROM` may pick `s`; else the other choices, the default first.
 */
export function alternativeStages(s: Stage, stages: readonly Stage[]): Stage[] {
  for (const f of stages) {
    if (f.index <= s.index || !/^\$(\{\w+\}|\w+)$/.test(f.image.raw)) continue;
    const choices = stages.filter((o) => o.index < f.index && o.name !== null && (o === f.parent || (o.target && !o.isFinal)));
    if (choices.length > 1 && choices.includes(s)) return choices.filter((o) => o !== s).sort((a, b) => Number(b === f.parent) - Number(a === f.parent));
  }
  return [];
}

/**
 * Counts as build targets the stages a project's build files name (a Compose service's `build.target`, a Bake target's
 * `target`), when one of them is otherwise build-only: `builder` copied from by the final stage, and also built as the
 * development image (`target: builder`), ships whole.
 */
export function shipNamedStages(model: DockerfileModel, names: ReadonlySet<string>): void {
  const named = model.stages.filter((s) => s.name !== null && names.has(s.name));
  if (!named.some((s) => s.buildOnly)) return;
  markShipped(model.stages, model.stageRef, new Set([...defaultTargets(model.stages), ...named]));
}

/**
 * Marks `dead` the stages no image the project builds needs, when its build files name the stages they build from
 * this Dockerfile (`targets`, lower-cased): a stage no other stage uses, neither the final one nor named there, is
 * never built (a leftover, or a target only some other Dockerfile's build names), and neither is a stage only such
 * stages use.
 */
export function markDead(model: DockerfileModel, targets: ReadonlySet<string>): void {
  const live = new Set<Stage>();
  const todo = model.stages.filter((s) => s.isFinal || (s.name !== null && targets.has(s.name.toLowerCase())));
  while (todo.length) {
    const s = todo.pop()!;
    if (live.has(s)) continue;
    live.add(s);
    todo.push(...stageDependencies(s, model.stageRef, model.stages));
  }
  for (const s of model.stages) s.dead = !live.has(s);
}

/**
 * Marks `devEnvironment` the stages a development environment builds (`devTargets`, lower-cased: a Dev Container's
 * target) and those only they use. Any other image of the file keeps what it uses judged: the final stage, named as a
 * target or not (any build without `--target` makes it, the published one too), a stage no other stage uses (built
 * with `--target`, unless markDead found nothing builds it), and the stages the project's builds name (`otherTargets`,
 * lower-cased). Frigate's `FROM deps AS devcontainer` beside the shipped `FROM deps AS frigate` leaves `deps` judged.
 */
export function markDevelopment(model: DockerfileModel, devTargets: ReadonlySet<string>, otherTargets: ReadonlySet<string>): void {
  const dev = model.stages.filter((s) => s.name !== null && devTargets.has(s.name));
  if (!dev.length) return;
  const images = model.stages.filter((s) => s.isFinal || (!dev.includes(s) && ((s.target && !s.dead) || (s.name !== null && otherTargets.has(s.name)))));
  const used = usedBy(model, images);
  for (const s of usedBy(model, dev)) if (!used.has(s)) s.devEnvironment = true;
}

/** The stages and every stage they build on, copy from or mount, through any number of steps. */
function usedBy(model: DockerfileModel, stages: readonly Stage[]): Set<Stage> {
  const out = new Set<Stage>();
  for (const todo = [...stages]; todo.length; ) {
    const s = todo.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    todo.push(...stageDependencies(s, model.stageRef, model.stages));
  }
  return out;
}

/**
 * The stages `s` builds on: its FROM parent (the stages of the family a `FROM base-${TARGETARCH}` names), `COPY --from`
 * and `RUN --mount=from=` sources.
 */
export function stageDependencies(s: Stage, stageRef: StageRef, stages: readonly Stage[]): Stage[] {
  const deps: Stage[] = possibleParents(s, stages);
  for (const ins of s.instructions) {
    for (const f of ins.flags) {
      const refs: string[] = [];
      if (f.name === 'from' && f.value) refs.push(f.value);
      if (f.name === 'mount') for (const o of f.options) if (o.name === 'from' && o.value) refs.push(o.value);
      for (const r of refs) {
        const dep = stageRef(r, s.index);
        if (dep) deps.push(dep);
      }
    }
  }
  return deps;
}

/** The stages no other stage builds on, copies from or mounts: each is an image of its own (`--target`), the final stage among them. */
export function defaultTargets(stages: readonly Stage[]): Set<Stage> {
  return new Set(stages.filter((s) => s.target));
}

/** The stage and every stage it may be built on. */
function ancestry(stage: Stage, stages: readonly Stage[]): Stage[] {
  const out = new Set<Stage>();
  for (const todo = [stage]; todo.length; ) {
    const s = todo.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    todo.push(...possibleParents(s, stages));
  }
  return [...out];
}

/**
 * The paths other stages take out of `stage`, one list per `COPY --from` of it or `RUN --mount=from=` of it (what the
 * RUN reads there); empty when nothing takes files from it. Stages built `FROM` it are not takes. Read once per model.
 */
export function takenOutOf(model: DockerfileModel, stage: Stage): readonly (readonly string[])[] {
  return model.facts.get(TAKEN_OUT, () => {
    const out = new Map<Stage, string[][]>();
    for (const s of model.stages) {
      for (const take of takesOf(s, model.stageRef)) {
        const list = out.get(take.from) ?? [];
        list.push([...take.sources]);
        out.set(take.from, list);
      }
    }
    return out;
  }).get(stage) ?? [];
}

const TAKEN_OUT = new FactKey<ReadonlyMap<Stage, readonly (readonly string[])[]>>();

function takesOf(into: Stage, stageRef: StageRef): Take[] {
  const out: Take[] = [];
  for (const ins of into.instructions) {
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) {
      const ref = ins.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
      const from = ref ? stageRef(ref, into.index) : null;
      // A `COPY --from` source is read from the root of the stage, whatever its WORKDIR. A variable that may take only
      // a few values is each of them (qdrant's `${DIR:-/null?}`: `/null?` or the `/qdrant/src` its ENV may set); one the
      // linter cannot know (`/opt/app-${VERSION}`) stands for any name there, as a glob does.
      if (from) out.push({ from, sources: ins.copy.sources.flatMap((s) => (s.value !== null ? [s.value] : (s.values ?? [s.raw.replace(/^(["'])(.*)\1$/, '$2')])).map(pathBeforeGlob)), dest: destination(ins) });
    }
    for (const m of ins.run?.mounts ?? []) {
      const from = m.from && (m.type === 'bind' || m.type === 'cache') ? stageRef(m.from, into.index) : null;
      if (from) out.push({ from, sources: mountReads(ins, m), dest: null });
    }
  }
  return out;
}

/** Where a COPY writes, absolute; null when a variable or the WORKDIR it is relative to is unknown. */
function destination(ins: Instruction): string | null {
  const dest = ins.copy?.dest?.value;
  if (dest === undefined || dest === null) return null;
  if (dest.startsWith('/')) return normalize(dest);
  return ins.state.workdir === null ? null : normalize(path.posix.join(ins.state.workdir, dest));
}

/**
 * What a RUN reads of a stage it mounts: the paths its script names under the mount's target, mapped to the mount's
 * `source`; the whole source when the script names the target itself, or names nothing under it (a `cd` into it, a
 * relative path: what it reads there cannot be told).
 */
function mountReads(ins: Instruction, mount: Mount): string[] {
  const source = `/${mount.source ?? ''}`;
  const target = mount.target && mount.target.startsWith('/') && !mount.target.includes('$') ? normalize(mount.target) : null;
  if (!target || target === '/') return [pathBeforeGlob(source)];
  const reads = new Set<string>();
  for (const cmd of ins.run?.script?.commands ?? []) {
    for (const word of [...cmd.argv, ...cmd.redirects]) {
      // `/wheels/x.whl`, also as an option's value (`--find-links=/wheels`).
      const at = word.value.search(new RegExp(`(^|[=:])${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`));
      if (at < 0) continue;
      const rest = word.value.slice(word.value.indexOf(target, at) + target.length).split(/[\s:;]/)[0]!;
      reads.add(normalize(pathBeforeGlob(`${source}/${rest}`)));
    }
  }
  return reads.size ? [...reads] : [pathBeforeGlob(source)];
}

/**
 * The part of a path before its first segment with a glob or a variable (`/usr/lib/python3.*\/site-packages` → `/usr/lib`,
 * `/opt/${APP}` → `/opt`), absolute. A segment naming a variable beside literal text (`/OpenBLAS-${VERSION}/lib`) is
 * kept as the folders of that shape (`/OpenBLAS-*`): cutting it would make the stage's whole root ship. A last segment
 * that ends in a file extension names files, not a folder (`/tika-server-${TIKA_VERSION}.jar`, `/wheels/*.whl`): it is
 * kept, its variables read as `*`.
 */
function pathBeforeGlob(p: string): string {
  const segments = p.split('/');
  const glob = segments.findIndex((s) => /[*?[$]/.test(s));
  // A variable whose default holds a `/` (`${DIR:-/null}`) spans segments: it may be any path.
  const literal = glob >= 0 ? segments[glob]!.replace(VARIABLE, '') : '';
  const shaped = literal !== '' && !/[*?[$]/.test(literal);
  // A glob in the first segment of an absolute path (`/quickwit-v*/quickwit`): cut there, the stage's whole root would
  // ship; kept as the folders of that shape unless it may name a tree packages install into (`/*`, `/l*`, `/${DIR}`).
  const topShaped = glob === 1 && segments[0] === '' && !/\[/.test(segments[1]!) && !APT_TREES.some((t) => segmentPattern(segments[1]!).test(t.slice(1)));
  if ((glob === segments.length - 1 && FILE_NAME.test(segments[glob]!)) || shaped || topShaped) {
    return normalize(`/${[...segments.slice(0, glob), segments[glob]!.replace(VARIABLE, '*')].join('/')}`);
  }
  return normalize(`/${(glob < 0 ? segments : segments.slice(0, glob)).join('/')}`);
}

/** A path segment with `*`, `?` and variables (any text) as a whole-name pattern. */
function segmentPattern(segment: string): RegExp {
  const any = '\u0000';
  const text = segment.replace(VARIABLE, any).replace(/[.+^${}()|\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace(/\*|\u0000/g, '.*').replace(/\?/g, '.')}$`);
}

/** A variable reference the linter cannot resolve here. */
const VARIABLE = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

/** A name ending in a literal extension (`.jar`, `.whl`, `.tar.gz`), not in a glob or a variable. */
const FILE_NAME = /\.[A-Za-z][A-Za-z0-9]{0,5}$/;

function normalize(p: string): string {
  const n = path.posix.normalize(p).replace(/\/\.?$/, '');
  return n === '' || n === '.' ? '/' : n;
}

/** `dir` is `p` or one of its ancestors. */
export function covers(dir: string, p: string): boolean {
  return dir === '/' || dir === p || p.startsWith(`${dir}/`);
}

/**
 * A fragment that a script of the project joins before other files (context/fragments.ts): its last stage is no image
 * of the joined file, so a stage of it ships only when a stage of the files after it is built `FROM` it (`bases`,
 * lower-cased); one they only copy from is build-only.
 */
export function shipFragmentStages(model: DockerfileModel, bases: ReadonlySet<string>): void {
  markShipped(model.stages, model.stageRef, new Set(model.stages.filter((s) => s.name !== null && bases.has(s.name))));
}

/**
 * Where apt (and apk, dnf) put what they install from the distribution's archive (never `/usr/local` nor `/opt`, Debian
 * policy).
 */
const APT_TREES = ['/usr', '/etc', '/var', '/lib', '/lib32', '/lib64', '/libx32', '/bin', '/sbin'];

/**
 * What a system package manager installs reaches an image through the stage: it ships whole, or a tree packages
 * install into is copied out of it (not `/usr/local`, nor a folder the stage made itself). With `folders` (apt's
 * recommends, which only come along with a tree), a lone program copied from a `bin` folder does not count; without it
 * (the pinning rules: the copied program is the package's own file) it does. A package's data file copied on its own
 * (the CA bundle, time zones: isPackageDataFile) ships no package either way.
 */
export function systemPackagesShip(stage: Stage, folders = true): boolean {
  const cache = folders ? shipsPackageFolders : shipsPackageFiles;
  let ships = cache.get(stage);
  if (ships === undefined) cache.set(stage, (ships = readShipsPackages(stage, folders)));
  return ships;
}

/** Per stage: asked for every install, a walk of the stage's RUNs each time was quadratic (50,000 RUNs). */
const shipsPackageFolders = new WeakMap<Stage, boolean>();
const shipsPackageFiles = new WeakMap<Stage, boolean>();

function readShipsPackages(stage: Stage, folders: boolean): boolean {
  const made = pathsMade(stage);
  return stage.shippedPaths.some(
    (p) => !covers('/usr/local', p) && !(folders && namesFilesOnly(p)) && !made.has(p.replace(/\/+$/, '')) && !builtSources(p) && !isPackageDataFile(p) && APT_TREES.some((t) => covers(p, t) || covers(t, p)),
  );
}

/** Compilers whose `-o` names the file they write (`go build -o /usr/bin/eventlogger`, `gcc -o /usr/bin/tool`). */
const OUTPUT_WRITERS = new Set(['go', 'gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'rustc']);

/** The absolute paths a compiler of the command writes with `-o` (`go build -o /usr/bin/eventlogger`). */
function compilerOutputs(c: SimpleCommand): string[] {
  if (!c.name || !OUTPUT_WRITERS.has(c.name) || (c.name === 'go' && c.invocation.subcommand !== 'build')) return [];
  return c.invocation.options.flatMap((o) => (o.name === '-o' && o.value?.startsWith('/') && !o.value.includes('$') ? [o.value] : []));
}

/**
 * The files a RUN of the stage writes whole with a compiler's `-o` (`go build -o /bin/ollama`): what the stage's
 * parents had there never leaves through that path. Not a folder (`go build -o /usr/local/bin/` writes into it), nor
 * one every base image has (`go build -o /usr/bin`). Once per stage.
 */
function filesWritten(stage: Stage): ReadonlySet<string> {
  let files = writtenFiles.get(stage);
  if (files) return files;
  const out = new Set<string>();
  for (const ins of stage.instructions)
    for (const c of ins.run?.script?.commands ?? [])
      for (const o of compilerOutputs(c)) if (!o.endsWith('/') && !BASE_FOLDERS.has(normalize(o))) out.add(normalize(o));
  writtenFiles.set(stage, (files = out.size ? out : NO_FILES));
  return files;
}

const writtenFiles = new WeakMap<Stage, ReadonlySet<string>>();
const NO_FILES: ReadonlySet<string> = new Set();
/** The folders of a base image of any distribution the linter knows. */
const BASE_FOLDERS: ReadonlySet<string> = new Set((['debian', 'redhat', 'alpine', 'busybox'] as const).flatMap((d) => [...baseImageFolders(d)]));

/**
 * Folders a RUN of the stage makes with `mkdir` (`mkdir -p ${JAVA_HOME}` before untarring a JDK into it), and the absolute
 * paths its compilers write with `-o` (`go build -o /usr/bin/eventlogger`): the stage's own content, not a package's,
 * so copying one out takes no package with it.
 */
function pathsMade(stage: Stage): Set<string> {
  const made = new Set<string>();
  for (const ins of stage.instructions)
    for (const c of ins.run?.script?.commands ?? []) {
      if (c.name === 'mkdir') for (const w of c.invocation.operands) if (w.literal) made.add(w.value.replace(/\/+$/, ''));
      for (const o of compilerOutputs(c)) made.add(o.replace(/\/+$/, ''));
    }
  return made;
}

/** A path under `/usr/src` that no package installs (PACKAGE_SOURCE_FOLDER): sources a stage built there, or their output. */
function builtSources(p: string): boolean {
  const m = /^\/usr\/src\/([^/]+)/.exec(p);
  return m !== null && !/[*?[]/.test(m[1]!) && !PACKAGE_SOURCE_FOLDER.test(m[1]!);
}

/**
 * A copied path that names one program, not a tree packages install into: a file in a `bin`/`sbin` folder
 * (`/usr/bin/apisix`). Packages reach the image only through folders.
 */
function namesFilesOnly(p: string): boolean {
  const parts = p.split('/');
  return /^s?bin$/.test(parts[parts.length - 2] ?? '');
}
