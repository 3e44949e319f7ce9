/**
 * Layers whose build cache the Dockerfile's own text keys: a copy of a part of the build context that holds the
 * Dockerfile (`COPY . .` with the Dockerfile inside the context and not in `.dockerignore`) changes with every edit of
 * the file, so that layer and every later one of the image are rebuilt whenever the Dockerfile changes. A layer after
 * such a copy is never reused across an edit of the instructions that follow it.
 */
import { hasOption } from '../shell/invocation.js';
import type { SimpleCommand } from '../shell/types.js';
import { FactKey } from '../model/facts.js';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { commandCwd, contextOrigin, copyInfo, instructionsBefore, matchesGlob } from './copies.js';
import { loadDockerIgnore, normalizeContextPath } from './dockerignore.js';

/**
 * The Dockerfile's path in the build context when a copy of the context takes it: the file is inside the context
 * folder and its ignore file does not exclude it (BuildKit then leaves it out of every COPY). Null without a context.
 */
export function dockerfileInContext(context: BuildContext | null): string | null {
  const file = context?.dockerfile;
  if (!context || !file || file.startsWith('../')) return null;
  return loadDockerIgnore(context)?.excludes(file) ? null : file;
}

/** A context source (`''` for the root, a folder, a file, a glob) takes `file`: it is the file, a folder above it, or a glob matching either. */
function takes(source: string, file: string): boolean {
  if (source === '' || file === source || file.startsWith(`${source}/`)) return true;
  if (!/[*?[]/.test(source)) return false;
  const parts = file.split('/');
  return parts.some((_, k) => matchesGlob(source, parts.slice(0, k + 1).join('/')));
}

/** The instruction reads a part of the build context that holds `file`: a COPY/ADD without `--from`, or a RUN's context bind mount. */
function readsContextFile(instruction: Instruction, file: string): boolean {
  const copy = copyInfo(instruction);
  if (copy) return copy.fromContext && copy.sources.some((s) => s.path !== null && takes(s.path, file));
  return (instruction.run?.mounts ?? []).some((m) => m.type === 'bind' && m.from === null && takes(normalizeContextPath(m.source ?? ''), file));
}

const STAMPING = new FactKey<boolean>();

/**
 * Whether `instruction`'s layer is rebuilt at every edit of the Dockerfile: an instruction before it in its image (its
 * parent stages included) reads a part of the build context that holds the Dockerfile, or copies (`COPY --from`, `RUN
 * --mount=from=`) from a stage that does and whose build stamps the time into what it makes (stampsBuildTime). A stage
 * whose output is the same bytes as before is no such input: BuildKit keys a copy from a stage by the content copied.
 */
export function rebuiltWithDockerfile(model: DockerfileModel, instruction: Instruction, context: BuildContext | null): boolean {
  const file = dockerfileInContext(context);
  if (!file) return false;
  const before = instructionsBefore(instruction);
  if (before.some((i) => readsContextFile(i, file))) return true;
  const stages = before.flatMap((i) => {
    const refs = [...(i.copy ? i.flags.filter((f) => f.name.toLowerCase() === 'from').map((f) => f.value) : []), ...(i.run?.mounts ?? []).map((m) => m.from)];
    return refs.flatMap((ref) => (ref ? [model.stageRef(ref, i.stage?.index ?? Infinity)] : [])).filter((s): s is Stage => s !== null && s !== i.stage);
  });
  return stages.some((s) => s.facts.get(STAMPING, () => stampedAfterDockerfile(s, file, context!)));
}

/** The stage reads the Dockerfile from the context, and a later RUN of its image stamps the build time. */
function stampedAfterDockerfile(stage: Stage, file: string, context: BuildContext): boolean {
  const image = [...stage.lineage].reverse().flatMap((s) => s.instructions);
  const at = image.findIndex((i) => readsContextFile(i, file));
  return at >= 0 && image.slice(at + 1).some((i) => (i.run?.script?.commands ?? []).some((c) => stampsBuildTime(i, c, context)));
}

/** `date` in a Makefile's text: `$(shell date …)`, `` `date` ``, `$$(date …)` in a recipe. */
const MAKEFILE_DATE = /\$\(shell\s+date\b|`date\b|\$\$\(date\b/;

/**
 * The command writes the time of the build into what it makes: a `date` of the RUN (`-ldflags "-X main.date=$(date
 * -u +%F)"`), or `make` over a Makefile of the build context that calls `date` (smallstep's `DATE := $(shell date …)` in
 * its `-X main.BuildTime` flag). The output then differs at every build, and so does a copy of it.
 */
function stampsBuildTime(instruction: Instruction, cmd: SimpleCommand, context: BuildContext): boolean {
  if (cmd.name === 'date') return true;
  if ((cmd.name !== 'make' && cmd.name !== 'gmake') || hasOption(cmd.invocation, '-C', '-f', '--file', '--makefile', '--directory')) return false;
  const cwd = commandCwd(instruction, cmd);
  if (cwd === null) return false;
  return ['GNUmakefile', 'makefile', 'Makefile'].some((name) => {
    const origin = contextOrigin(instruction, `${cwd.replace(/\/+$/, '')}/${name}`, context);
    return !!origin && MAKEFILE_DATE.test(context.read(origin.contextPath) ?? '');
  });
}
