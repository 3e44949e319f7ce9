/**
 * What `COPY`/`ADD` bring into the image, and the way back: which build-context file ended up at an
 * in-image path (`COPY requirements.txt .` then `pip install -r requirements.txt`; `COPY . /app` then
 * `pip install -r /app/requirements/prod.txt`; `RUN --mount=type=bind,source=…`).
 */
import path from 'node:path';
import { FactKey } from '../model/facts.js';
import type { DockerfileModel, Instruction, PathArg, Stage } from '../model/types.js';
import type { SimpleCommand } from '../shell/types.js';
import { dirPath } from '../shell/workdir.js';
import { hasOption, optionValue } from '../shell/invocation.js';
import type { BuildContext } from './build-context.js';
import type { ComposeService } from './compose.js';
import { normalizeContextPath } from './dockerignore.js';
import { needsGitRepository } from '../knowledge/git-versions.js';

export interface CopySource {
  /** The operand as the model holds it (as written, and expanded). */
  arg: PathArg;
  /** Context-relative path with variables resolved ('' is the context root); null when unknown. */
  path: string | null;
  /** The source holds `*`, `?` or `[`. */
  glob: boolean;
}

export interface CopyInfo {
  instruction: Instruction;
  /** No `--from`, not a heredoc: the sources come from the build context (URLs are left out of `sources`). */
  fromContext: boolean;
  sources: CopySource[];
  /** Absolute destination in the image; null when unknown. */
  dest: string | null;
  /** The destination is a directory (trailing `/`, several sources, `.`, or a directory made earlier). */
  destIsDir: boolean;
}

/** The WORKDIR as an absolute POSIX path (a relative first WORKDIR is relative to `/`; none or unknown counts as `/`). */
export function workdirOf(instruction: Pick<Instruction, 'state'>): string {
  const w = instruction.state.workdir;
  if (!w) return '/';
  return path.posix.normalize(w.startsWith('/') ? w : `/${w.replace(/\\/g, '/')}`);
}

const URL_SOURCE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
const GLOB = /[*?[]/;

/** The COPY/ADD of an instruction, or null for other instructions. */
export function copyInfo(instruction: Instruction, knownDirs: ReadonlySet<string> = new Set()): CopyInfo | null {
  const copy = instruction.copy;
  if (!copy) return null;
  if (!copy.dest) return { instruction, fromContext: false, sources: [], dest: null, destIsDir: false };
  const fromFlag = instruction.flags.some((f) => f.name.toLowerCase() === 'from');
  const destText = copy.dest.value;
  const workdir = workdirOf(instruction);
  const dest = destText === null ? null : destText.startsWith('/') ? path.posix.normalize(destText) : path.posix.join(workdir, destText);
  const sources: CopySource[] = copy.sources
    .filter((arg) => !URL_SOURCE.test(arg.raw))
    // A source that expands to nothing (`COPY ${SOURCE_DIR} …` with `ARG SOURCE_DIR=""`) is a placeholder the build fills, not the context root.
    .map((arg) => ({ arg, path: !arg.value ? null : normalizeContextPath(arg.value), glob: arg.value !== null && GLOB.test(arg.value) }));
  const destNorm = dest === null ? null : dest.replace(/\/+$/, '') || '/';
  const destIsDir =
    destText !== null &&
    (destText.endsWith('/') ||
      destText === '.' ||
      copy.sources.length + copy.heredocs.length > 1 ||
      (destNorm !== null && (knownDirs.has(destNorm) || destNorm === workdir.replace(/\/+$/, ''))));
  return { instruction, fromContext: !fromFlag && copy.heredocs.length === 0, sources, dest: destNorm, destIsDir };
}

/** Instructions that ran before `instruction` in its image, oldest first (parent stages included). */
export function instructionsBefore(instruction: Instruction): Instruction[] {
  const chain = [...(instruction.stage?.lineage ?? [])].reverse();
  const out: Instruction[] = [];
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instruction) return out;
      out.push(i);
    }
  }
  return out;
}

/**
 * The COPY/ADDs of `instructions` (one image's, oldest first), each read with the directories known to exist when it
 * runs: the WORKDIRs in force so far and their parents, gathered as the walk goes (one pass, not one per instruction).
 */
function readCopyInfos(instructions: readonly Instruction[]): CopyInfo[] {
  const dirs = new Set<string>(['/']);
  const out: CopyInfo[] = [];
  let lastWorkdir: string | null | undefined;
  for (const i of instructions) {
    if (i.state.workdir !== lastWorkdir) {
      lastWorkdir = i.state.workdir;
      for (let d = workdirOf(i).replace(/\/+$/, ''); d && d !== '/' && d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
    }
    const info = i.copy ? copyInfo(i, dirs) : null;
    if (info) out.push(info);
  }
  return out;
}

/**
 * The latest COPY/ADD before `instruction` whose destination holds `imagePath` (the file itself or a folder it is in):
 * the file came with the build (from the context or another stage), not from a download; null when none did.
 */
export function copiedIn(instruction: Instruction, imagePath: string): CopyInfo | null {
  const target = path.posix.normalize(imagePath);
  return [...copiesBefore(instruction)].reverse().find((c) => c.dest !== null && under(c.dest, target) !== null) ?? null;
}

/** Every COPY/ADD before `instruction` in its image, oldest first. */
export function copiesBefore(instruction: Instruction): CopyInfo[] {
  // The stage's copies are read once (copiesIn); those before an instruction of the stage are a prefix of them.
  const stage = instruction.stage;
  if (stage && stage.instructions.includes(instruction)) return copiesIn(stage).filter((c) => c.instruction.index < instruction.index);
  return readCopyInfos(instructionsBefore(instruction));
}

export interface ContextOrigin {
  /** Context-relative path of the file. */
  contextPath: string;
  /** The COPY/ADD that brought it (null for a RUN bind mount). */
  copy: CopyInfo | null;
  source: CopySource | null;
}

function globRegExp(glob: string): RegExp {
  let re = '^';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`${re}$`);
}

/** True when a context path matches a COPY glob source (Go `filepath.Match`, per path component). */
export function matchesGlob(glob: string, relPath: string): boolean {
  return globRegExp(glob).test(relPath);
}

/** `d` holds `p` (or is `p`): the part of `p` under `d`, or null. */
function under(dir: string, p: string): string | null {
  if (dir === '/') return p.replace(/^\/+/, '');
  if (p === dir) return '';
  return p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : null;
}

function looksLikeDir(source: CopySource, context: BuildContext | null): boolean | null {
  if (source.path === null) return null;
  if (source.path === '' || source.arg.raw.endsWith('/')) return true;
  if (context && context.exists(source.path)) return context.isDirectory(source.path);
  return null;
}

/** The COPY/ADD instructions of a stage's image (its parents' first), oldest first. */
/** Per stage: the model does not change once built, and rules ask for every install and every path. */
const COPIES = new FactKey<CopyInfo[]>();

export function copiesIn(stage: Stage | null): CopyInfo[] {
  if (!stage) return [];
  return stage.facts.get(COPIES, () => readCopies(stage));
}

function readCopies(stage: Stage): CopyInfo[] {
  return readCopyInfos([...stage.lineage].reverse().flatMap((s) => s.instructions));
}

/** Resolves a `COPY --from` value to a stage of the file (its name or index), null for an image: the model's stageRef. */
export type StageResolver = (ref: string, before: number) => Stage | null;

/**
 * The latest COPY/ADD in `copies` that wrote `target`: the context file it came from; null when it came from
 * another stage, a heredoc or an unknown path; undefined when no COPY/ADD wrote there. With `stageRef`, a file a
 * `COPY --from` brought from another stage of the file is followed there, to the context file that stage copied
 * (`COPY ./client/ .` in the builder, then `COPY --from=builder /app/client/scripts ./scripts`).
 */
function originIn(copies: CopyInfo[], target: string, context: BuildContext | null, stageRef?: StageResolver): ContextOrigin | null | undefined {
  for (let k = copies.length - 1; k >= 0; k--) {
    const copy = copies[k]!;
    if (copy.dest === null) {
      if (!copy.fromContext) continue;
      return null;
    }
    if (!copy.fromContext) {
      if (under(copy.dest, target) === null) continue;
      const source = stageRef ? stageSourceOf(copy, target, stageRef) : null;
      if (!source) return null;
      for (const p of source.paths) {
        const origin = originIn(copiesIn(source.stage), p, context, stageRef);
        // A candidate that names no file of the context is the other reading of the copy (a file, not a folder).
        if (origin && (!context || context.exists(origin.contextPath))) return origin;
      }
      return null;
    }
    // Later sources win when two write the same path.
    for (let s = copy.sources.length - 1; s >= 0; s--) {
      const source = copy.sources[s]!;
      if (source.path === null) {
        if (under(copy.dest, target) !== null) return null;
        continue;
      }
      const isDir = looksLikeDir(source, context);
      if (source.glob) {
        if (!copy.destIsDir) continue;
        const rest = under(copy.dest, target);
        if (rest === null || rest === '' || rest.includes('/')) continue;
        const candidate = normalizeContextPath(path.posix.join(path.posix.dirname(source.path), rest));
        if (matchesGlob(source.path, candidate)) return { contextPath: candidate, copy, source };
        continue;
      }
      if (isDir !== false) {
        const rest = under(copy.dest, target);
        if (rest !== null && rest !== '') {
          const contextPath = normalizeContextPath(path.posix.join(source.path, rest));
          // With the context on disk a folder copy brings only what the folder holds.
          if (context ? context.exists(contextPath) : isDir === true || path.posix.extname(source.path) === '') return { contextPath, copy, source };
        }
      }
      if (isDir !== true) {
        const fileTarget = copy.destIsDir ? path.posix.join(copy.dest, path.posix.basename(source.path)) : copy.dest;
        if (fileTarget === target) return { contextPath: source.path, copy, source };
      }
    }
  }
  return undefined;
}

/**
 * The build-context file that sits at `imagePath` when `instruction` runs, following the latest COPY/ADD
 * (or RUN bind mount) that wrote there; null when it came from another stage, a URL, a RUN, or cannot be known.
 */
export function contextOrigin(instruction: Instruction, imagePath: string, context: BuildContext | null): ContextOrigin | null {
  const target = path.posix.normalize(imagePath);
  for (const m of instruction.run?.mounts ?? []) {
    if (m.type !== 'bind' || m.from !== null || m.target === null) continue;
    const mountTarget = path.posix.join(m.target.startsWith('/') ? '/' : workdirOf(instruction), m.target);
    const rest = under(mountTarget, target);
    if (rest === null) continue;
    return { contextPath: normalizeContextPath(path.posix.join(m.source ?? '', rest)), copy: null, source: null };
  }
  return originIn(copiesBefore(instruction), target, context) ?? null;
}

/**
 * Like contextOrigin, for the finished image of `stage` (what its CMD sees); with `stageRef`, also through the stages
 * a `COPY --from` took it from.
 */
export function contextOriginIn(stage: Stage, imagePath: string, context: BuildContext | null, stageRef?: StageResolver): ContextOrigin | null | undefined {
  return originIn(copiesIn(stage), path.posix.normalize(imagePath), context, stageRef);
}

/** A stage of the file a `COPY --from` took a file from, and where the file may be in it, the likelier first. */
export interface StageSource {
  stage: Stage;
  paths: string[];
}

/**
 * The stage of the file that the file at `imagePath` of `stage`'s finished image was copied from (`COPY
 * --from=builder /build/app /usr/local/bin/app`), when a `COPY --from` of a stage wrote it last; null when the build
 * context, an image, a heredoc or nothing the linter can follow did.
 */
export function stageSourceIn(stage: Stage, imagePath: string, stageRef: StageResolver): StageSource | null {
  const target = path.posix.normalize(imagePath);
  const copies = copiesIn(stage);
  for (let k = copies.length - 1; k >= 0; k--) {
    const copy = copies[k]!;
    if (copy.dest === null) {
      if (!copy.fromContext) continue;
      return null;
    }
    if (under(copy.dest, target) === null) continue;
    return copy.fromContext ? null : stageSourceOf(copy, target, stageRef);
  }
  return null;
}

/**
 * Where `target`, under the destination of a `COPY --from=<stage>`, was in that stage: a source copied as the file
 * itself (`COPY --from=b /x/run.sh /app/`), or the folder it was in (`COPY --from=b /app/scripts ./scripts`). The
 * sources are read from the stage's root. Null for an image, a stage not before the copy's, or a source with a glob
 * or a variable the linter cannot read.
 */
function stageSourceOf(copy: CopyInfo, target: string, stageRef: StageResolver): StageSource | null {
  const ins = copy.instruction;
  const ref = ins.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
  const from = ref && ins.stage ? stageRef(ref, ins.stage.index) : null;
  if (!from || !ins.stage || from.index >= ins.stage.index || copy.dest === null) return null;
  const rest = under(copy.dest, target);
  if (rest === null) return null;
  const paths: string[] = [];
  // Later sources win when two write the same path.
  for (const arg of [...(ins.copy?.sources ?? [])].reverse()) {
    if (!arg.value || GLOB.test(arg.value) || URL_SOURCE.test(arg.value)) return null;
    const source = path.posix.normalize(`/${arg.value}`).replace(/(.)\/+$/, '$1');
    if (rest === '') paths.push(source);
    else {
      if (path.posix.basename(source) === rest) paths.push(source);
      paths.push(path.posix.join(source, rest));
    }
  }
  return paths.length ? { stage: from, paths } : null;
}

/**
 * The directory a command runs in (the shell model tracks `cd`), with the image's default `/` when the WORKDIR
 * is not set; null when a `cd` goes somewhere unknown.
 */
export function commandCwd(instruction: Instruction, command: SimpleCommand): string | null {
  const { root, segments } = command.cwd;
  if (root === '?') return null;
  return root === '/' ? dirPath(command.cwd) : path.posix.join(workdirOf(instruction), ...segments);
}

/** Resolves a path written in a RUN command (relative to its cwd) to an absolute in-image path. */
export function imagePathOf(instruction: Instruction, command: SimpleCommand, written: string): string | null {
  if (written.startsWith('/')) return path.posix.normalize(written);
  if (written.startsWith('~') || written.startsWith('$')) return null;
  const cwd = commandCwd(instruction, command);
  return cwd === null ? null : path.posix.resolve(cwd, written);
}

/** The model's whole-context copies: `COPY . …`, `COPY ./ …`, `ADD . …` (from the context). */
export function wholeContextCopies(model: DockerfileModel): { copy: CopyInfo; source: CopySource }[] {
  const out: { copy: CopyInfo; source: CopySource }[] = [];
  for (const instruction of model.instructions) {
    const copy = copyInfo(instruction);
    if (!copy?.fromContext) continue;
    const source = copy.sources.find((s) => s.path === '');
    if (source) out.push({ copy, source });
  }
  return out;
}

/**
 * The service bind-mounts a folder the final image copies from the build context over the path it is copied to
 * (`../../api/ee:/app/ee` for `COPY ./api/ee /app/ee/`): it runs the copy's live source instead.
 */
export function mountsOverCopiedFolder(final: Stage, service: Pick<ComposeService, 'context' | 'binds'>): boolean {
  const context = service.context;
  if (context === null) return false;
  const normal = (p: string): string => path.posix.normalize(p).replace(/(.)\/+$/, '$1');
  return final.lineage.some((stage) =>
    stage.instructions.some((i) => {
      const copy = copyInfo(i);
      const source = copy?.fromContext && copy.sources.length === 1 ? copy.sources[0]! : null;
      if (!copy?.dest || !source?.path || source.glob) return false;
      const host = path.resolve(context, source.path);
      return service.binds.some((b) => b.host === host && b.target !== null && b.target.startsWith('/') && normal(b.target) === normal(copy.dest!));
    }),
  );
}

/**
 * A later RUN of the copy's stage runs git in the copied folder (`ADD . /tmp/src` then `RUN cd /tmp/src && git clean
 * -xfd && git status`, or `git -C /tmp/src describe`): the build reads the context's `.git`. `git clone` and `git
 * init` make a repository of their own, `git config --global` writes the user's settings (but `git config --global --add
 * safe.directory <the copied folder>` is there only so git can run in it). A tool that needs the repository it runs in
 * counts as git run there (`pre-commit install` in the copy, camel's .container/Dockerfile: needsGitRepository).
 */
export function runsGitOnCopy(copy: CopyInfo): boolean {
  const dest = copy.dest;
  const stage = copy.instruction.stage;
  if (!stage) return false;
  // A destination the linter cannot expand (`COPY . $GOPATH/src/…` under `WORKDIR $GOPATH/src/…`, thanos): git run
  // anywhere in the stage may run in the copy.
  return stage.instructions.some((i) => i.index > copy.instruction.index && runsGitIn(i, dest));
}

/**
 * A RUN bind-mounts the whole build context (`RUN --mount=type=bind,target=. git describe …`, buildx's version stage)
 * and runs git in it: the build reads the context's `.git`.
 */
export function mountRunsGit(model: DockerfileModel): boolean {
  return model.instructions.some((i) =>
    (i.run?.mounts ?? []).some((m) => {
      if (m.type !== 'bind' || m.from !== null || (m.source !== null && !/^(\.|\.\/|\/)?$/.test(m.source))) return false;
      const target = m.target === null ? null : path.posix.join(m.target.startsWith('/') ? '/' : workdirOf(i), m.target);
      return runsGitIn(i, target);
    }),
  );
}

/** The RUN `i` runs git (or a tool that needs the repository) in `dest` or a folder below it (anywhere when null). */
function runsGitIn(i: Instruction, dest: string | null): boolean {
  const inside = (p: string | null) => dest === null || (p !== null && (p === dest || p.startsWith(`${dest.replace(/\/+$/, '')}/`) || dest === '/'));
  return (i.run?.script?.commands ?? []).some((c) => {
    const sub = c.invocation.subcommand;
    if (needsGitRepository(c)) return inside(commandCwd(i, c));
    if (c.invocation.tool !== 'git') return false;
    // `git config --global --add safe.directory /app`: marking the copied folder safe is only needed to run git there
    // (huggingface/chat-ui, whose `npm run build` runs `git rev-parse HEAD` from svelte.config.js).
    const safe = sub === 'config' ? c.invocation.operands.findIndex((w) => w.value === 'safe.directory') : -1;
    if (safe >= 0) return inside(c.invocation.operands[safe + 1]?.value ?? null);
    if (sub === 'clone' || sub === 'init' || (sub === 'config' && hasOption(c.invocation, '--global', '--system'))) return false;
    const at = optionValue(c.invocation, '-C');
    return inside(at === null ? commandCwd(i, c) : imagePathOf(i, c, at));
  });
}
