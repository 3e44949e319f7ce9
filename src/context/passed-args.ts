/**
 * The build arguments every build of a Dockerfile that the project has passes: a global ARG without a default that
 * a `FROM` line reads is then required by design, not forgotten (nuclio's Makefile passes `--build-arg
 * ALPINE_IMAGE=$(NUCLIO_DOCKER_ALPINE_IMAGE)`, whose value depends on the architecture; kubeflow's workflows pass
 * `NODE_VERSION` from `frontend/.nvmrc`; llama_deploy's docker-bake.hcl passes `uv_image`). The builds read: its Bake
 * targets' `args`, its Compose services' `build.args`, the arguments cross-rs passes the custom Dockerfiles its
 * `Cross.toml` names (`CROSS_BASE_IMAGE`: cross.ts), and the `--build-arg`s of the scripts', Makefile recipes',
 * READMEs' and CI pipelines' (GitHub workflows, CircleCI, GitLab CI: pachyderm's etcd mirror is built by CircleCI
 * alone) `docker build` commands and the `build-args` of the workflows' build actions (own-images.ts) that may read it. A build whose arguments are not read (a name from a Compose file's `image:`, a
 * badge) is not counted; one that may read the file and passes no such argument (a README's `docker build .`) is.
 * Each argument comes with the value the build gives it where its file says it plainly (argsOfEachBuild), so that
 * undefined-var judges the image each build makes, not only whether it passes something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bakeTargetArgs } from './bake.js';
import { composeServicesBuilding, foldersToRepositoryTop } from './compose.js';
import { crossBuildArgs } from './cross.js';
import { projectBuilds, repositoryWorkflowBuilds, type ProjectBuild } from './own-images.js';

/** The names every build passes, of the builds of a Dockerfile (argsOfEachBuild); empty when it has none the linter can read. */
export function argsEveryBuildPasses(passed: readonly PassedArgs[]): Set<string> {
  if (!passed.length) return new Set();
  return new Set([...passed[0]!.keys()].filter((name) => passed.every((args) => args.has(name))));
}

/**
 * The names some build passes, of the builds of a Dockerfile (argsOfEachBuild). A name a build passes only through a
 * variable the linter cannot fill (`$(DOCKER_BUILD_ARGS)`) is not among them.
 */
export function argsSomeBuildPasses(passed: readonly PassedArgs[]): Set<string> {
  return new Set(passed.flatMap((args) => [...args.keys()]));
}

/**
 * The value each argument has in every build of `dockerfile` that passes it (the same builds as argsEveryBuildPasses),
 * where the linter reads it in each and they agree: a Compose service's `build.args`, a name alone taken from the
 * project's `.env` (getsentry/self-hosted's `- SENTRY_IMAGE`), a workflow build action's `build-args`, a plain
 * `--build-arg NAME=value` of a script, Makefile or Cloud Build step, a Bake target's literal `args`. A build that
 * passes the name with a value the linter cannot read (a script's `--build-arg NAME=$X`, a Bake expression) leaves it
 * out. Builds that do not pass it are not asked: they use the file's default.
 */
export function argValuesEveryBuildPasses(dockerfile: string): Map<string, string> {
  const passed = argsOfEachBuild(dockerfile);
  const out = new Map<string, string>();
  for (const name of new Set(passed.flatMap((args) => [...args.keys()]))) {
    const values = new Set(passed.filter((args) => args.has(name)).map((args) => args.get(name)));
    const [value] = values;
    if (values.size === 1 && typeof value === 'string') out.set(name, value);
  }
  return out;
}

/** A build's arguments: each name it passes, with its value where the linter reads one (null otherwise). */
export type PassedArgs = ReadonlyMap<string, string | null>;

const namesOnly = (names: readonly string[]): PassedArgs => new Map(names.map((n) => [n, null]));

/**
 * The arguments each build of `dockerfile` that the linter can read passes, one map a build: each name with its value
 * where the build's file gives it plainly (`--build-arg NODE_VERSION=8.12.0`, a Compose service's
 * `BASE_IMAGE: "altinity/clickhouse-server:25.8"`), null where not (a variable the linter cannot fill, what cross-rs
 * passes).
 */
export function argsOfEachBuild(dockerfile: string): PassedArgs[] {
  const { builds, root } = projectBuilds(dockerfile);
  const own = path.resolve(dockerfile);
  const name = path.basename(own);
  const fromTop = (top: string | null): string => (top ? path.relative(top, own) : name).split(path.sep).join('/');
  const read = (list: readonly ProjectBuild[], relative: string): PassedArgs[] =>
    list.filter((b) => b.buildArgs !== undefined && mayRead(b, relative, name)).map((b) => new Map(Object.entries(b.buildArgs!)));
  const passed: PassedArgs[] = [
    ...bakeTargetArgs(dockerfile),
    ...composeServicesBuilding(dockerfile).map((s) => s.argValues),
    ...crossBuildArgs(dockerfile).map(namesOnly),
    ...read(builds, fromTop(root)),
  ];
  // A project in a folder of a larger repository (kubeflow's frontend/, with its own README and package.json) is
  // built by the repository's CI pipelines too, which name the file from the repository's top.
  const top = foldersToRepositoryTop(path.dirname(own)).at(-1)!;
  if (root && top !== root && fs.existsSync(path.join(top, '.git'))) passed.push(...read(repositoryWorkflowBuilds(top), fromTop(top)));
  return passed;
}

/**
 * The build may read the Dockerfile at `relative` (to the project's root): it names it (from the root, or a path the
 * file's ends with when run from a folder not known), or it names no file and the Dockerfile has the default name that
 * its context's would have (`docker build .`). A file named from variables the linter cannot fill may be any whose path
 * has the name's written parts where the name has them, each variable standing for any text: after its last variable
 * (dokku's `-f "$PLUGIN_AVAILABLE_PATH/builder-herokuish/dockerfiles/builder-release.Dockerfile"` names
 * plugins/builder-herokuish/dockerfiles/builder-release.Dockerfile, not builder-pre-release.Dockerfile beside it), and
 * before its first (vector's build-docker.sh `-f distribution/docker/$BASE/Dockerfile` names a folder of
 * distribution/docker/, not scripts/cross/Dockerfile).
 */
function mayRead(build: ProjectBuild, relative: string, name: string): boolean {
  if (build.file === null) return /^(Dockerfile|Containerfile)$/.test(name);
  if (build.file.includes('$')) {
    // `$NAME`, `${NAME…}`, Make's `$(NAME)`, a workflow's `${{ expression }}`.
    const variable = /\$(?:\{\{[^{}]*\}\}|\{[^{}]*\}|\([^()]*\)|\w+)/g;
    // A `$` the pattern does not read (`$((…))`, a nested expansion) may stand anywhere.
    if (build.file.replace(variable, '').includes('$')) return true;
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const [first, ...rest] = build.file.split(variable);
    // A variable before a `/` is whole folders or none (`$DIR/Dockerfile` names the root's own too); else any text.
    const pattern = escape(first!) + rest.map((part) => (part.startsWith('/') ? `(?:.*/)?${escape(part.slice(1))}` : `.*${escape(part)}`)).join('');
    // Named from the root, the path starts where the name does; from a folder not known, at a folder's start.
    return new RegExp(`${build.fromRoot ? '^' : '(?:^|/)'}${pattern}$`).test(relative);
  }
  return build.fromRoot ? build.file === relative : relative === build.file || relative.endsWith(`/${build.file}`);
}
