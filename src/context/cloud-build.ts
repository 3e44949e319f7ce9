/**
 * Cloud Build builders: a `cloudbuild.yaml` beside the Dockerfile builds it (`docker build -t gcr.io/$PROJECT_ID/helm
 * .`) and a Cloud Build step runs the built image (`- name: gcr.io/$PROJECT_ID/helm`), in that file or in one of a
 * folder below it (`examples/cloudbuild.yaml`, `test/cloudbuild.yaml`, `examples/cloudbuild-install.yaml`). Cloud Build runs each step's container as root
 * over its root-owned `/workspace` and `HOME=/builder/home` (cloud.google.com/build/docs/build-config-file-schema,
 * "dir": steps share the `/workspace` volume), so a builder image must not set a USER that could not write there. An
 * image the file only builds and pushes (a service deployed elsewhere) is not one.
 */
import path from 'node:path';
import { yamlDocument } from './yaml-document.js';
import type { BuildContext } from './build-context.js';

const CONFIG_NAMES = ['cloudbuild.yaml', 'cloudbuild.yml'];

/** Folders below the Dockerfile's own searched for configurations that use the builder (its examples and tests). */
const MAX_DEPTH = 2;

interface Step {
  name?: unknown;
  args?: unknown;
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

/**
 * The repositories a `docker build` step of the configuration tags, when it builds this Dockerfile: context `.` (the
 * configuration's folder, where the Dockerfile is) and no `-f`/`--file`, or one naming the Dockerfile.
 */
function builtRepositories(stepList: Step[], dockerfileName: string): Set<string> {
  const built = new Set<string>();
  for (const step of stepList) {
    if (!Array.isArray(step.args) || !step.args.every((a) => typeof a === 'string' || typeof a === 'number')) continue;
    const args = step.args.map(String);
    if (args[0] !== 'build') continue;
    const tags: string[] = [];
    let file: string | null = null;
    const positional: string[] = [];
    for (let i = 1; i < args.length; i++) {
      const a = args[i]!;
      const m = /^(--tag|-t|--file|-f)(?:=(.*))?$/.exec(a);
      if (m) {
        const value = m[2] ?? args[++i] ?? '';
        if (m[1] === '--tag' || m[1] === '-t') tags.push(value);
        else file = value;
      } else if (/^(--build-arg|--target|--cache-from|--platform|--network|--label)$/.test(a)) i++;
      else if (!a.startsWith('-')) positional.push(a);
    }
    if (positional.length !== 1 || path.posix.normalize(positional[0]!) !== '.') continue;
    if (file !== null && path.posix.normalize(file) !== dockerfileName) continue;
    for (const t of tags) built.add(repositoryOf(t));
  }
  return built;
}

/** Configurations in the folder and the folders below it, down to MAX_DEPTH. */
function configurations(context: BuildContext, folder: string, depth: number): string[] {
  const prefix = folder === '.' ? '' : `${folder}/`;
  const found: string[] = [];
  for (const name of context.list(folder)) {
    const rel = `${prefix}${name}`;
    // Examples name theirs by what they show (velero's `examples/cloudbuild-velero-install.yaml`).
    if (/^cloudbuild([-_.][\w.-]*)?\.ya?ml$/.test(name)) found.push(rel);
    else if (depth < MAX_DEPTH && !name.startsWith('.') && name !== 'node_modules' && context.isDirectory(rel)) found.push(...configurations(context, rel, depth + 1));
  }
  return found;
}

/** The Dockerfile is a Cloud Build builder: its folder's cloudbuild.yaml builds it and a step runs the image it built. */
export function buildsCloudBuildStep(context: BuildContext): boolean {
  if (!context.dockerfile) return false;
  const folder = path.posix.dirname(context.dockerfile);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const built = new Set<string>();
  for (const name of CONFIG_NAMES) for (const r of builtRepositories(steps(context.read(`${prefix}${name}`)), path.posix.basename(context.dockerfile))) built.add(r);
  if (built.size === 0) return false;
  return configurations(context, folder, 0).some((file) => steps(context.read(file)).some((s) => typeof s.name === 'string' && built.has(repositoryOf(s.name))));
}
