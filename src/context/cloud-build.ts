/**
 * Cloud Build builders: a Cloud Build configuration beside the Dockerfile (`cloudbuild.yaml`, or one named for its
 * use, `cloudbuild-release.yaml`) builds it (`docker build -t gcr.io/$PROJECT_ID/helm .`, or from the top of the
 * repository it is submitted from, `-f paxml/pip_package/Dockerfile .`) and a Cloud Build step runs the built image
 * (`- name: gcr.io/$PROJECT_ID/helm`), in that file or in one of a folder below it (`examples/cloudbuild.yaml`,
 * `test/cloudbuild.yaml`, `examples/cloudbuild-install.yaml`). Cloud Build runs each step's container as root
 * over its root-owned `/workspace` and `HOME=/builder/home` (cloud.google.com/build/docs/build-config-file-schema,
 * "dir": steps share the `/workspace` volume), so a builder image must not set a USER that could not write there. An
 * image the file only builds and pushes (a service deployed elsewhere) is not one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop } from './compose.js';
import { yamlDocument } from './yaml-document.js';
import type { BuildContext } from './build-context.js';

/** `cloudbuild.yaml`, and configurations named by what they do (`cloudbuild-release.yaml`, velero's `cloudbuild-velero-install.yaml`). */
export const CONFIG_NAME = /^cloudbuild([-_.][\w.-]*)?\.ya?ml$/;

/** Folders below the Dockerfile's own searched for configurations that use the builder (its examples and tests). */
const MAX_DEPTH = 2;

interface Step {
  name?: unknown;
  args?: unknown;
  /** The step's working folder under `/workspace`. */
  dir?: unknown;
}

function steps(text: string | null): Step[] {
  const doc = text === null ? null : (yamlDocument(text) as { steps?: unknown } | null);
  return Array.isArray(doc?.steps) ? (doc.steps.filter((s) => s && typeof s === 'object') as Step[]) : [];
}

/** `gcr.io/${PROJECT_ID}/helm:latest` → `gcr.io/$PROJECT_ID/helm`: Cloud Build substitutes both spellings alike. */
function repositoryOf(image: string): string {
  const normal = image.trim().replace(/\$\{(\w+)\}/g, '$$$1');
  const lastSlash = normal.lastIndexOf('/');
  const colon = normal.indexOf(':', lastSlash + 1);
  return (colon < 0 ? normal : normal.slice(0, colon)).split('@')[0]!;
}

/** A `docker build` step of a configuration: its tags, its target, its build arguments, and the file it reads. */
export interface CloudBuildBuild {
  tags: readonly string[];
  target: string | null;
  /** Its `--build-arg`s by name, with the value where it is plain (ProjectBuild.buildArgs). */
  buildArgs: Readonly<Record<string, string | null>>;
  /**
   * The Dockerfile it reads, relative to the folder the build is submitted from (`/workspace`), the step's `dir` and
   * `-f` (or the context's `Dockerfile`) joined; null when it lies outside that folder or names a variable.
   */
  file: string | null;
}

/** The `docker build` steps of a configuration's steps. */
function buildSteps(stepList: Step[]): CloudBuildBuild[] {
  const out: CloudBuildBuild[] = [];
  for (const step of stepList) {
    if (!Array.isArray(step.args) || !step.args.every((a) => typeof a === 'string' || typeof a === 'number')) continue;
    const args = step.args.map(String);
    if (args[0] !== 'build') continue;
    const tags: string[] = [];
    const buildArgs: Record<string, string | null> = {};
    let file: string | null = null;
    let target: string | null = null;
    const positional: string[] = [];
    for (let i = 1; i < args.length; i++) {
      const a = args[i]!;
      const m = /^(--tag|-t|--file|-f|--target|--build-arg)(?:=(.*))?$/.exec(a);
      if (m) {
        const value = m[2] ?? args[++i] ?? '';
        if (m[1] === '--tag' || m[1] === '-t') tags.push(value);
        else if (m[1] === '--target') target = value;
        else if (m[1] === '--build-arg') {
          const at = value.indexOf('=');
          // A Cloud Build substitution (`$_NODE_VERSION`) or a name alone (from the environment) gives no plain value.
          buildArgs[at < 0 ? value : value.slice(0, at)] = at < 0 || value.includes('$') ? null : value.slice(at + 1);
        }
        else file = value;
      } else if (/^(--cache-from|--platform|--network|--label)$/.test(a)) i++;
      else if (!a.startsWith('-')) positional.push(a);
    }
    if (positional.length !== 1) continue;
    // `-f` and the context are read from the step's `dir` (git's `docker build .` with `dir: examples/version-file`).
    // A `dir` given by a substitution (`${_BUILD_DIRECTORY}`, empty unless the submission sets it) is the folder itself.
    const dir = typeof step.dir === 'string' && !step.dir.includes('$') ? step.dir : '';
    const read = path.posix.normalize(path.posix.join(dir, file ?? path.posix.join(positional[0]!, 'Dockerfile')));
    // A path out of the submitted folder, absolute or with a variable names nothing this can place.
    const outside = read.startsWith('../') || read.startsWith('/') || read.includes('$');
    out.push({ tags, target, buildArgs, file: outside ? null : read });
  }
  return out;
}

/** The `docker build` steps of the configuration text (`cloudbuild.yaml`), for the project's builds (own-images.ts). */
export function cloudBuildBuilds(text: string | null): CloudBuildBuild[] {
  return buildSteps(steps(text));
}

/**
 * The repositories a `docker build` step of the configuration tags, when it builds this Dockerfile (`dockerfile`, its
 * absolute path). Cloud Build runs the step in `/workspace`, the folder the build was submitted from: the configuration's
 * folder or one above it (`gcloud builds submit --config paxml/pip_package/cloudbuild.yaml .`). So the file the step
 * reads, `-f`/`--file` or the context's `Dockerfile`, relative to that folder, must be the Dockerfile's path below one
 * of the folders holding it (`-f Dockerfile .`, `-f paxml/pip_package/Dockerfile .` for paxml/pip_package/Dockerfile).
 */
function builtRepositories(stepList: Step[], dockerfile: string): Set<string> {
  const built = new Set<string>();
  for (const build of buildSteps(stepList)) if (build.file !== null && `/${dockerfile}`.endsWith(`/${build.file}`)) for (const t of build.tags) built.add(repositoryOf(t));
  return built;
}

/** Configurations in the folder and the folders below it, down to MAX_DEPTH. */
function configurations(context: BuildContext, folder: string, depth: number): string[] {
  const prefix = folder === '.' ? '' : `${folder}/`;
  const found: string[] = [];
  for (const name of context.list(folder)) {
    const rel = `${prefix}${name}`;
    // Examples name theirs by what they show (velero's `examples/cloudbuild-velero-install.yaml`).
    if (CONFIG_NAME.test(name)) found.push(rel);
    else if (depth < MAX_DEPTH && !name.startsWith('.') && name !== 'node_modules' && context.isDirectory(rel)) found.push(...configurations(context, rel, depth + 1));
  }
  return found;
}

/**
 * A configuration's user-defined substitution (`$_IMAGE_NAME`) has its value there: the same name in another
 * configuration may stand for another image.
 */
const USER_SUBSTITUTION = /\$_\w/;

/** Folders above the Dockerfile's own whose configuration may build it from a step's `dir` (a builder's examples). */
const MAX_ABOVE = 2;

/**
 * The Dockerfile is a Cloud Build builder: a configuration in its folder builds it and a step runs the image it built,
 * or a configuration up to MAX_ABOVE folders above does both (git's `cloudbuild.yaml` builds `examples/version-file`
 * with `dir:` and runs it as a step there).
 */
export function buildsCloudBuildStep(context: BuildContext): boolean {
  if (!context.dockerfile) return false;
  const folder = path.posix.dirname(context.dockerfile);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const dockerfile = path.resolve(context.root, context.dockerfile).split(path.sep).join('/');
  const runs = (stepList: Step[], built: Set<string>): boolean => stepList.some((s) => typeof s.name === 'string' && built.has(repositoryOf(s.name)));
  // The context is the Dockerfile's folder; the configurations above it are read from the repository.
  const dockerfileFolder = path.dirname(path.resolve(context.root, context.dockerfile));
  for (const above of foldersToRepositoryTop(dockerfileFolder).slice(1, MAX_ABOVE + 1)) {
    for (const name of safeList(above)) {
      if (!CONFIG_NAME.test(name)) continue;
      const stepList = steps(readSmall(path.join(above, name)));
      if (runs(stepList, builtRepositories(stepList, dockerfile))) return true;
    }
  }
  const everywhere = new Set<string>();
  for (const name of context.list(folder)) {
    if (!CONFIG_NAME.test(name)) continue;
    const stepList = steps(context.read(`${prefix}${name}`));
    const built = builtRepositories(stepList, dockerfile);
    if (runs(stepList, built)) return true;
    for (const r of built) if (!USER_SUBSTITUTION.test(r)) everywhere.add(r);
  }
  if (everywhere.size === 0) return false;
  return configurations(context, folder, 0).some((file) => runs(steps(context.read(file)), everywhere));
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** A configuration's text; null when unreadable or larger than a configuration is (1 MB). */
function readSmall(file: string): string | null {
  try {
    return fs.statSync(file).size > 1024 * 1024 ? null : fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
