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
 */
import fs from 'node:fs';
import path from 'node:path';
import { bakeTargetArgs } from './bake.js';
import { composeServicesBuilding, foldersToRepositoryTop } from './compose.js';
import { crossBuildArgs } from './cross.js';
import { projectBuilds, repositoryWorkflowBuilds, type ProjectBuild } from './own-images.js';

/** The names every build of `dockerfile` the project has passes; empty when it has none the linter can read. */
export function argsEveryBuildPasses(dockerfile: string): Set<string> {
  const passed = argListsOfBuilds(dockerfile);
  if (!passed.length) return new Set();
  return new Set([...passed[0]!.keys()].filter((name) => passed.every((args) => args.has(name))));
}

/**
 * The names some build of `dockerfile` the project has passes (the same builds as argsEveryBuildPasses). A name a
 * build passes only through a variable the linter cannot fill (`$(DOCKER_BUILD_ARGS)`) is not among them.
 */
export function argsSomeBuildPasses(dockerfile: string): Set<string> {
  return new Set(argListsOfBuilds(dockerfile).flatMap((args) => [...args.keys()]));
}

/**
 * The value each argument has in every build of `dockerfile` that passes it (the same builds as argsEveryBuildPasses),
 * where the linter reads it in each and they agree: a Compose service's `build.args`, a name alone taken from the
 * project's `.env` (getsentry/self-hosted's `- SENTRY_IMAGE`), or a workflow build action's `build-args`. A build that
 * passes the name with a value the linter cannot read (a script's `--build-arg NAME=$X`, a Bake target's) leaves it
 * out. Builds that do not pass it are not asked: they use the file's default.
 */
export function argValuesEveryBuildPasses(dockerfile: string): Map<string, string> {
  const passed = argListsOfBuilds(dockerfile);
  const out = new Map<string, string>();
  for (const name of new Set(passed.flatMap((args) => [...args.keys()]))) {
    const values = new Set(passed.filter((args) => args.has(name)).map((args) => args.get(name)));
    const [value] = values;
    if (values.size === 1 && typeof value === 'string') out.set(name, value);
  }
  return out;
}

/** A build's arguments: each name it passes, with its value where the linter reads one (null otherwise). */
type PassedArgs = ReadonlyMap<string, string | null>;

const namesOnly = (names: readonly string[]): PassedArgs => new Map(names.map((n) => [n, null]));

/** The arguments each build of `dockerfile` that the linter can read passes, one map a build. */
function argListsOfBuilds(dockerfile: string): PassedArgs[] {
  const { builds, root } = projectBuilds(dockerfile);
  const own = path.resolve(dockerfile);
  const name = path.basename(own);
  const fromTop = (top: string | null): string => (top ? path.relative(top, own) : name).split(path.sep).join('/');
  // A workflow build action's `build-args` values, where no expression of the workflow's is left in them.
  const read = (list: readonly ProjectBuild[], relative: string): PassedArgs[] =>
    list
      .filter((b) => b.argNames !== undefined && mayRead(b, relative, name))
      .map((b) => new Map(b.argNames!.map((n) => [n, b.args?.[n] !== undefined && !b.args[n]!.includes('$') ? b.args[n]! : null])));
  const passed: PassedArgs[] = [
    ...bakeTargetArgs(dockerfile).map(namesOnly),
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
 * its context's would have (`docker build .`). A file named from a variable the linter cannot fill may be any whose
 * path ends as the name does after its last variable (dokku's `-f "$PLUGIN_AVAILABLE_PATH/builder-herokuish/dockerfiles/builder-release.Dockerfile"`
 * names plugins/builder-herokuish/dockerfiles/builder-release.Dockerfile, not builder-pre-release.Dockerfile beside it).
 */
function mayRead(build: ProjectBuild, relative: string, name: string): boolean {
  if (build.file === null) return /^(Dockerfile|Containerfile)$/.test(name);
  if (build.file.includes('$')) {
    const last = [...build.file.matchAll(/\$(?:\{[^{}]*\}|\([^()]*\)|\w+)/g)].at(-1);
    const end = last ? last.index + last[0].length : 0;
    // A `$` the pattern does not read (`$((…))`, a nested expansion) may stand anywhere.
    if (!last || build.file.includes('$', end)) return true;
    const tail = build.file.slice(end);
    // After a folder's variable the tail is whole names (`$DIR/Dockerfile`, also the root's own); else part of one (`${NAME}.Dockerfile`).
    return tail.startsWith('/') ? `/${relative}`.endsWith(tail) : relative.endsWith(tail);
  }
  return build.fromRoot ? build.file === relative : relative === build.file || relative.endsWith(`/${build.file}`);
}
