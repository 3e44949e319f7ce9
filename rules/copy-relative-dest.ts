import { insertLinesBefore, keywordInFileCase } from '../src/fix-edits.js';
import type { BuildContext } from '../src/context/build-context.js';
import { holdsOnlyHousekeeping } from '../src/context/scan.js';
import { startsAtRoot } from '../src/knowledge/image-defaults.js';
import { isAbsolutePath } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import { FactKey } from '../src/model/facts.js';
import type { DockerfileModel, Instruction, Stage } from '../src/model/types.js';
import type { SimpleCommand } from '../src/shell/types.js';
import type { Fix } from '../src/types.js';
import { dirPath, resolveDir } from '../src/shell/workdir.js';

/**
 * `COPY requirements.txt .` then `RUN pip install -r requirements.txt && rm -f requirements.txt`: every file copied is
 * removed by a later RUN of the stage (the next one, or one after steps that leave them be, as pytorch/TensorRT's
 * `COPY --from=builder /src/dist/ .`, an envsubst download, then `pip install *.whl && … && rm -fr *.whl`), so the
 * stage's `/` does not keep them. A named file counts when a removal names it or a glob matches it; a folder copied
 * from another stage holds files the linter cannot list, so it counts only when a later RUN both hands a glob to a
 * command (`pip install *.whl`) and removes that glob in `/`: the glob names what the folder brought.
 */
function removedLater(stage: Stage, copy: Instruction): boolean {
  const sources = copy.copy?.sources ?? [];
  if (sources.length === 0) return false;
  const later = stageRemovals(stage).filter((r) => r.index > copy.index);
  const removed = later.flatMap((r) => r.removed);
  const gone = (name: string) => removed.some((r) => r === `/${name}` || (/^\/[^/]*[*?]/.test(r) && globMatch(r.slice(1), name)));
  const fromStage = copy.flags.some((f) => f.name.toLowerCase() === 'from');
  return sources.every((src) => {
    const name = src.value?.replace(/^\.\//, '') ?? '';
    if (/^[^*?[\]]*[^*?[\]/.]$/.test(name)) return gone(name.split('/').pop()!);
    return fromStage && name.endsWith('/') && !/[*?[\]]/.test(name) && later.some((r) => r.used.some((g) => removed.includes(`/${g}`)));
  });
}

const REMOVALS = new FactKey<{ index: number; removed: string[]; used: string[] }[]>();

/**
 * For each RUN of the stage, the paths its `rm`s remove and the globs (`*.whl`) its other commands in `/` are given:
 * read once per stage, since every COPY asks.
 */
function stageRemovals(stage: Stage): { index: number; removed: string[]; used: string[] }[] {
  return stage.facts.get(REMOVALS, () =>
    stage.instructions.flatMap((run) => {
      const removed: string[] = [];
      const used: string[] = [];
      for (const cmd of run.script?.commands ?? []) {
        // Without a WORKDIR the stage starts at `/` (the rule judges only such bases).
        if (cmd.cwd.root === '?') continue;
        if (cmd.name !== 'rm') {
          if (atStart(cmd)) for (const w of cmd.invocation.operands) if (/^\*\.[\w.-]+$/.test(w.value)) used.push(w.value);
          continue;
        }
        for (const w of cmd.invocation.operands) {
          const at = w.value ? resolveDir(w.value, { root: '/', segments: cmd.cwd.segments }) : null;
          const p = at && dirPath(at);
          if (p) removed.push(p);
        }
      }
      return removed.length || used.length ? [{ index: run.index, removed, used }] : [];
    }),
  );
}

/** A shell glob of `*` and `?` matches the file name. */
function globMatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(name);
}

/** The command runs where the stage starts: `/` for the stages this rule judges. */
function atStart(cmd: SimpleCommand): boolean {
  return cmd.cwd.segments.length === 0 && cmd.cwd.root !== '?';
}

/**
 * One named file that a later RUN, CMD or ENTRYPOINT of the stage names where the copy put it, `/name` (moby's
 * `COPY --from=source /file .` then `stat /file`) or `./name` run from `/` (one service binary, `COPY --from=builder
 * /chroma/query_service .` then `exec ./query_service`), or that the image's command reads by its bare name
 * (readByImageCommand): it is in `/` on purpose, and nothing is spread there.
 */
function placedAtRoot(stage: Stage, copy: Instruction): boolean {
  const sources = copy.copy?.sources ?? [];
  const source = sources.length === 1 ? sources[0]!.value : null;
  if (!source || /[*?[\]]/.test(source) || source.endsWith('/')) return false;
  const name = source.split('/').pop()!;
  if (name === '' || name === '.' || name === '..') return false;
  return (lastNamedAtRoot(stage).get(name) ?? -1) > copy.index || readByImageCommand(stage).has(name);
}

const READ_BY_COMMAND = new FactKey<Set<string>>();

/**
 * The bare file names (`a.txt`, no `/`) that the image's command, the ENTRYPOINT and CMD in force, hands its program
 * when it starts in `/` (earthly's `ENTRYPOINT ["cat", "a.txt"]`, `CMD ["python", "app.py"]`): the container reads
 * them from its working directory, so a file copied there by that name is in `/` for the command, as `./name` is. Not
 * the program's own name (`CMD ["svc"]` is looked up in PATH, unless an ENTRYPOINT takes it as an argument), and not a
 * RUN's bare name (`pip install -r requirements.txt`: a build step reading the file says nothing of where it belongs).
 * Only when no WORKDIR of the stage moves where the container starts.
 */
function readByImageCommand(stage: Stage): Set<string> {
  return stage.facts.get(READ_BY_COMMAND, () => {
    const names = new Set<string>();
    if (firstWorkdir(stage) < Infinity) return names;
    for (const ins of [stage.entrypoint, stage.cmd]) {
      if (!ins) continue;
      const commands = ins.script?.commands ?? [];
      // An exec-form CMD's first word is an argument of the exec-form ENTRYPOINT in force, not a program.
      const argsFrom = ins === stage.cmd && stage.entrypoint?.json && ins.json ? 0 : 1;
      for (const c of commands) {
        if (!atStart(c)) continue;
        for (const w of c.argv.slice(c === commands[0] ? argsFrom : 1)) if (w.literal && /^[^/\s]+$/.test(w.value)) names.add(w.value);
      }
    }
    return names;
  });
}

const NAMED_AT_ROOT = new FactKey<Map<string, number>>();

/**
 * For each file name a script of the stage names at `/` (`/name`, or `./name` run from `/`), the index of the last
 * instruction naming it: found in one pass per stage, since it is asked for every COPY.
 */
function lastNamedAtRoot(stage: Stage): Map<string, number> {
  return stage.facts.get(NAMED_AT_ROOT, () => readNamedAtRoot(stage));
}

function readNamedAtRoot(stage: Stage): Map<string, number> {
  const names = new Map<string, number>();
  const note = (value: string, cmd: SimpleCommand | null, index: number): void => {
    const m = /^(\.?)\/([^/]+)$/.exec(value);
    if (m && (m[1] === '' || cmd === null || atStart(cmd))) names.set(m[2]!, index);
  };
  for (const ins of stage.instructions) {
    if (!ins.script) continue;
    for (const c of ins.script.commands) {
      for (const w of c.argv) note(w.value, c, ins.index);
      for (const a of c.assignments) note(a.value, c, ins.index);
    }
    for (const b of ins.script.bindings) if (b.value !== null) note(b.value.value, null, ins.index);
  }
  return names;
}

/** Words that name a file of the project: `./x`, `../x`, `.`, `src/app`, `app.py`, `requirements.txt`. */
const PROJECT_FILE = /^\.\.?(\/|$)|^[\w.-]+\/[\w./-]*$|\.(py|sh|js|mjs|cjs|ts|go|rs|rb|php|jar|whl|txt|toml|json|ya?ml|cfg|ini|lock|conf)$/;
/** Programs that read the project in their directory without naming it (`make`, `npm ci`, `go build`). */
const BUILD_TOOLS = new Set(['make', 'cmake', 'go', 'cargo', 'mvn', 'gradle', 'npm', 'npx', 'yarn', 'pnpm', 'bun', 'poetry', 'uv', 'pipenv', 'bundle', 'composer', 'dotnet']);

/**
 * `COPY . .` from a build context that holds nothing but the Dockerfile (and ignore files, docs), into a stage that
 * never reads a project file afterwards (installs from registries, runs an installed module): the copy puts the
 * Dockerfile in `/` and nothing else. With a project file read later the context must be another folder (`docker
 * build -f docker/Dockerfile .`), which the copy would spread over `/`.
 */
function copiesOnlyTheDockerfile(model: DockerfileModel, stage: Stage, copy: Instruction, context: BuildContext | null): boolean {
  const sources = copy.copy?.sources ?? [];
  if (!context || copy.flags.some((f) => f.name.toLowerCase() === 'from') || !sources.every((s) => /^\.\/?$/.test(s.value ?? ''))) return false;
  if (!holdsOnlyHousekeeping(context)) return false;
  // A file the Dockerfile copies by name is in another folder: that one is the context.
  const named = model.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name.toLowerCase() === 'from') && i.copy?.sources.some((s) => !/^\.\/?$/.test(s.value ?? '.')));
  if (named) return false;
  const later = stage.instructions.filter((i) => i.index > copy.index && i.script).flatMap((i) => i.script!.commands);
  // A command run in `/` that builds there or names a project file (`pip install .`, `python app.py`) reads the copy.
  return later.every((c) => !atStart(c) || (!BUILD_TOOLS.has(c.name ?? '') && c.argv.every((w) => w.literal && (w.value.includes('://') || w.value.startsWith('-') || !PROJECT_FILE.test(w.value)))));
}

const FIRST_WORKDIR = new FactKey<number>();

/** The index of the stage's first WORKDIR (Infinity for none), found once per stage: asked for every COPY. */
function firstWorkdir(stage: Stage): number {
  return stage.facts.get(FIRST_WORKDIR, () => stage.instructions.find((i) => i.keyword === 'WORKDIR')?.index ?? Infinity);
}

function workdirSet(stage: Stage, before: number): boolean {
  if (firstWorkdir(stage) < before) return true;
  for (let s = stage.parent; s; s = s.parent) if (firstWorkdir(s) < Infinity) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'copy-relative-dest',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: '`COPY`/`ADD` to `.` in a stage that has not set `WORKDIR`: the files land in `/`.',
    docs: {
      why:
        'A relative destination is resolved against the working directory, which is `/` until a `WORKDIR` says otherwise: `COPY . .` without `WORKDIR` spreads the project over the root of the filesystem, next to `/etc` and `/usr`. Set `WORKDIR /app` first (it also creates the folder), or copy to an absolute path. A relative destination that names a folder (`COPY src/ app/`, `COPY model model`) is not reported: it lands in a folder of its own under `/` (`/app`), as an absolute path would. Nor is a copy of files that a later `RUN` of the stage removes, the next one or one after it (`COPY requirements.txt .` then `RUN pip install -r requirements.txt && rm requirements.txt`; a removal by glob, `rm -f *.whl`, counts for the named files it matches): where they landed does not matter, `/` does not keep them. A folder copied from another stage (`COPY --from=builder /src/dist/ .`) holds files the linter cannot list: it counts as removed only when a later `RUN` hands a glob to a command in `/` and removes that glob there (pytorch/TensorRT\'s `pip install *.whl && … && rm -fr *.whl`), the glob naming what the folder brought; a folder of the build context, or one only removed by a glob, is still reported. Nor is one named file that a later `RUN`, `CMD` or `ENTRYPOINT` of the stage uses where the copy put it, as `/name` or as `./name` run from `/` (one service binary, `COPY --from=builder /out/query_service .` then `exec ./query_service`; a test that checks `/file`), or that the image\'s command, the `ENTRYPOINT` and `CMD` in force, hands its program by its bare name while the container starts in `/` (`COPY a.txt .` then `ENTRYPOINT ["cat", "a.txt"]`, `CMD ["python", "app.py"]`): it is in `/` on purpose and nothing is spread there. A `RUN` that reads the file by its bare name (`pip install -r requirements.txt`) is no such sign, nor is a command whose program is the file\'s bare name (`CMD ["svc"]` looks in `PATH`). Nor is `COPY . .` when the Dockerfile\'s folder, the build context, holds nothing but the Dockerfile (and ignore files, docs) and the stage never reads a project file afterwards (it installs from registries, runs an installed module): the copy puts the Dockerfile in `/` and nothing else (when the stage does read project files, the context must be another folder, and the finding stays). Reported only on bases known to start at `/` (Docker Official Images that set no `WORKDIR`, NVIDIA CUDA images): other bases may set their own `WORKDIR`. Only the stages whose `/` ships are judged (the final stage, stages nothing uses, which are `--target`s of their own, stages a Compose service\'s `build.target` or a Bake target names, and the stages those are built `FROM`; a stage that a shipped stage copies whole, `COPY --from=base / /`): a builder stage that other stages only copy folders from or bind-mount keeps its `/` to itself, and a `FROM scratch` stage (an export stage for `docker build --output`, a static binary image) has an empty `/` to put files in. One finding per stage, at the first such copy.',
      bad: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      fixSafety:
        'The fix adds `WORKDIR /app` at the start of the stage, before its first build step, as the message suggests (writing the destination as an absolute path under `/` instead would only hide the finding), so that all the stage\'s relative copies, `RUN`s and its command move to `/app` together. It is unsafe: a program that expects to start in `/` changes folder. No fix when the stage builds on another stage of the file (whose relative files stay in `/`), or when an instruction from there on names an absolute path outside the system folders (`/etc`, `/usr`, `/opt`, …): `RUN test -f /file` or a `COPY --from` of this stage may mean a file a relative copy put in `/`.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3045'],
  },
  check({ model, buildContext, report }) {
    for (const stage of model.stages) {
      if (!startsAtRoot(stage.rootImage)) continue;
      // An empty `/` (a scratch stage: `docker build --output` exports, static binaries) has nothing to mix the files
      // with, and a build-only stage's root does not ship unless a shipped stage copies all of it (`COPY --from=base / /`).
      if (stage.rootImage.isScratch || !stage.shippedPaths.includes('/')) continue;
      const relative = stage.instructions.filter((ins) => {
        const dest = ins.copy?.dest;
        if (!dest || workdirSet(stage, ins.index)) return false;
        const raw = dest.raw.replace(/^["']/, '');
        // A named folder (`COPY src/ app/`) lands in `/app`, a place of its own; `.` spreads the files over `/`.
        if (raw.startsWith('$') || isAbsolutePath(dest.value ?? raw) || !/^\.\/?$/.test(dest.value ?? raw)) return false;
        return !removedLater(stage, ins) && !placedAtRoot(stage, ins) && !copiesOnlyTheDockerfile(model, stage, ins, buildContext);
      });
      // One finding per stage: a single WORKDIR fixes them all.
      const first = relative[0];
      if (!first) continue;
      const dest = first.copy!.dest!;
      const more = relative.length > 1 ? ` (and ${relative.length - 1} more in this stage)` : '';
      const fix = workdirFix(model, stage);
      report({
        range: dest.range,
        ...(fix ? { fix } : {}),
        message: `\`${first.keyword}\` to the relative path \`${dest.raw}\`${more} with no \`WORKDIR\` set lands under \`/\`; add \`WORKDIR /app\` (or similar) before it, or use an absolute destination.`,
      });
    }
  },
});

/** Top-level folders of a Linux image, and the fix's own `/app`: an absolute path under them names no file a relative copy put in `/`. */
const SYSTEM_ROOTS = new Set(['app', 'bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
/** An absolute path in an instruction's text (`/file`, `--config=/cfg`, `p="/dir"`): its first folder. */
const ABSOLUTE_PATH = /(?:^|[\s='":,(\[])\/([\w.-]+)/g;

/**
 * `WORKDIR /app` at the start of the stage, before its first build step, so that every relative path of the stage
 * (copies, `RUN`s, the command) moves to `/app` together: inserted at the reported copy, an earlier `COPY scripts
 * scripts/` would stay in `/` while a later `RUN scripts/install.sh` looked in `/app`. No fix when the stage builds
 * on another stage of the file (whose relative files stay in `/`), or when any instruction from there on names an
 * absolute path outside the system folders (`RUN test -f /file`, `COPY --from=stage /file`): it may be a file a
 * relative copy put in `/`, which would then be in `/app`.
 */
function workdirFix(model: DockerfileModel, stage: Stage): Fix | null {
  if (stage.parent) return null;
  const at = stage.instructions.find((ins) => ins !== stage.from && !['ARG', 'ENV', 'LABEL'].includes(ins.keyword));
  if (!at) return null;
  const later = model.instructions.filter((ins) => ins.index >= at.index);
  if (later.some((ins) => [...ins.argsText.matchAll(ABSOLUTE_PATH)].some((m) => !SYSTEM_ROOTS.has(m[1]!)))) return null;
  return { description: 'Add `WORKDIR /app` at the start of the stage', edits: [insertLinesBefore(model, at, [`${keywordInFileCase(model, 'WORKDIR')} /app`])], safe: false };
}
