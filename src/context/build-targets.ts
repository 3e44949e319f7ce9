/**
 * The stages a project's build files build from a Dockerfile: `docker build --target X` (also `--target=X`, buildx,
 * podman, buildah) in scripts, Makefile recipes, README shell blocks and workflow `run` steps, and the `target` of a
 * workflow's `docker/build-push-action` step (each value of a `${{ matrix.NAME }}` it names), read by own-images.ts.
 */
import path from 'node:path';
import { projectBuilds, workflowContainers, type ProjectBuild } from './own-images.js';
import { listing } from './project-file.js';

/**
 * The targets (lower-cased) the project's builds of `dockerfile` name: those of the builds that read it, or may (a
 * build whose Dockerfile or folder is not known). Null when the project names no target at all, or names one for this
 * file that is a variable the linter cannot fill: any stage may then be built.
 */
export function namedTargets(dockerfile: string): Set<string> | null {
  const { builds, root } = projectBuilds(dockerfile);
  const targeted = builds.filter((b) => b.target !== null);
  if (!targeted.length) return null;
  const relative = fromRoot(dockerfile, root);
  const out = new Set<string>();
  for (const build of targeted) {
    if (!reads(build, relative)) continue;
    if (build.target!.includes('$')) return null;
    out.add(build.target!.toLowerCase());
  }
  return out;
}

/**
 * The names of the build contexts that the project's builds that may read `dockerfile` pass (`docker buildx build
 * --build-context plugin-src=…` in certbot's tools/docker/build.sh, a workflow's `build-contexts`): a `COPY --from`
 * naming one copies from that context.
 */
export function buildContextNames(dockerfile: string): Set<string> {
  const { builds, root } = projectBuilds(dockerfile);
  const relative = fromRoot(dockerfile, root);
  return new Set(builds.filter((b) => reads(b, relative)).flatMap((b) => b.contexts));
}

/**
 * The images (repository(), lower-cased) the project's scripts, recipes and workflows build or tag (`docker build -t
 * tritonserver_qa`, `docker tag tritonserver_buildbase tritonserver_build`): local images a build of the project may
 * name, made before it by the same script.
 */
export function projectBuiltImages(dockerfile: string): Set<string> {
  return new Set(projectBuilds(dockerfile).builds.flatMap((b) => b.tags.filter((t) => !t.includes('$')).map(repository)));
}

/** The Dockerfile's path from the project's root, with `/` separators; its name alone without a root. */
function fromRoot(dockerfile: string, root: string | null): string {
  const own = path.resolve(dockerfile);
  return (root ? path.relative(root, own) : path.basename(own)).split(path.sep).join('/');
}

/**
 * The project's workflows run jobs in an image built from `dockerfile`: a workflow's build of this very file (named from
 * the root) tags an image that a job of theirs names as its `container`.
 */
export function runsWorkflowJobs(dockerfile: string): boolean {
  const { builds, root } = projectBuilds(dockerfile);
  if (!root) return false;
  const relative = path.relative(root, path.resolve(dockerfile)).split(path.sep).join('/');
  const built = new Set(builds.filter((b) => b.fromRoot && b.file === relative).flatMap((b) => b.tags.map(repository)));
  if (!built.size) return false;
  const workflows = path.join(root, '.github', 'workflows');
  return listing(workflows).some((name) => /\.ya?ml$/i.test(name) && workflowContainers(path.join(workflows, name)).some((image) => built.has(repository(image))));
}

/** An image reference without its tag or digest, Docker Hub's default registry and `library/` taken off, lower-cased. */
export function repository(image: string): string {
  const name = image.replace(/@.*$/, '').replace(/:[^/]*$/, '').toLowerCase();
  return name.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

/**
 * The build may read the Dockerfile at `relative` (to the project's root): it names no file, names it from the root,
 * or, run from a folder not known, names a path it ends with.
 */
function reads(build: ProjectBuild, relative: string): boolean {
  if (build.file === null || build.file.includes('$')) return true;
  return build.fromRoot ? build.file === relative : relative === build.file || relative.endsWith(`/${build.file}`);
}
