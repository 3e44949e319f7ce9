/** Looks at the build context folder itself: is it plausibly the context the Dockerfile is built with, what large files it holds. */
import fs from 'node:fs';
import path from 'node:path';
import type { DockerfileModel } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { commandCwd, copyInfo, wholeContextCopies, workdirOf } from './copies.js';
import type { DockerIgnore } from './dockerignore.js';

const HOUSEKEEPING = /^(\.dockerignore|.*dockerfile.*|containerfile.*|docker-compose.*|compose\.ya?ml|readme.*|license.*|\.gitignore|\.git|\.github)$/i;

/** The folder holds nothing but Dockerfiles, ignore files and docs (no file a build could use). */
export function holdsOnlyHousekeeping(context: BuildContext): boolean {
  return context.list('').every((name) => HOUSEKEEPING.test(name));
}

/**
 * What grows in a developer's copy of a project beside its files: virtualenvs, `__pycache__` and `node_modules` next
 * to code and package manifests, build outputs, `.env` files. A context of plain files (configuration, scripts, docs)
 * with no folder and none of these has nothing for a `.dockerignore` to keep out.
 */
const GROWS_LOCAL_FILES = /\.(py|ipynb|js|mjs|cjs|ts|tsx|go|rs|java|kt|rb|php|cs)$|^(package\.json|pyproject\.toml|setup\.(py|cfg)|requirements.*\.txt|pipfile|poetry\.lock|go\.mod|cargo\.toml|pom\.xml|build\.gradle(\.kts)?|gemfile|composer\.json|.*\.csproj|\.env.*)$/i;

/**
 * The context holds only plain files at its top (no folder, no `.git`) and none that grows local files (GROWS_LOCAL_FILES),
 * except one lone Python script (a helper such as `config.py`): Python writes `__pycache__` only for modules another
 * imports, and with no second module or manifest beside it nothing does.
 */
export function holdsOnlyPlainFiles(context: BuildContext): boolean {
  const names = context.list('');
  if (names.some((name) => context.isDirectory(name))) return false;
  const growing = names.filter((name) => GROWS_LOCAL_FILES.test(name));
  return growing.length === 0 || (growing.length === 1 && /^[^.][^/]*\.py$/i.test(growing[0]!) && !/^setup\.py$/i.test(growing[0]!));
}

/**
 * False when the folder is probably not what the Dockerfile is built with (`docker build -f docker/Dockerfile .`
 * from a parent folder): a file it copies by name is missing, the folder holds nothing but Dockerfiles and docs
 * (unless the project's README or a script beside it builds the file from there: BuildContext.builtFromOwnFolder),
 * the Dockerfile names its own folder's path (`-f examples/app/Dockerfile`, `WORKDIR /src/cmd/tool`, `cd /src/cmd/tool`), or a
 * parent folder of the repository has the `.dockerignore` that this one lacks.
 */
export function contextLooksRight(model: DockerfileModel, context: BuildContext): boolean {
  for (const instruction of model.instructions) {
    const copy = copyInfo(instruction);
    if (!copy?.fromContext) continue;
    for (const s of copy.sources) if (s.path && !s.glob && !context.exists(s.path)) return false;
  }
  // A folder of nothing but the Dockerfile is still the context where the project's own instructions build it from
  // there (a README's `nvidia-docker build -t torchrec .` for the `docker/Dockerfile` below it).
  const besideRoot = context.dockerfile !== null && !context.dockerfile.includes('/');
  if (holdsOnlyHousekeeping(context) && !(besideRoot && context.builtFromOwnFolder())) return false;
  if (context.dockerfile && !context.dockerfile.startsWith('../')) {
    const dir = path.dirname(path.join(context.root, context.dockerfile));
    const parts = dir.split(path.sep).filter(Boolean);
    const name = path.basename(context.dockerfile);
    // The folders between the context's root and the Dockerfile are named from the context as it is: only a path
    // that reaches above the root (`examples/app/` with the context at `app/`) says the build runs from higher up.
    const within = context.dockerfile.split('/').length - 1;
    for (let k = within + 1; k <= Math.min(parts.length, 4); k++) {
      const suffix = parts.slice(parts.length - k).join('/');
      if ((k >= 2 && model.text.includes(`${suffix}/`)) || model.text.includes(`${suffix}/${name}`)) return false;
    }
    // `COPY . /src` then `WORKDIR /src/frontend` (or a RUN's `cd /src/frontend`) from frontend/Dockerfile with the
    // context at frontend/: the context is the parent folder. Not with the context already above the Dockerfile's folder.
    const own = within === 0 ? parts[parts.length - 1] : undefined;
    for (const { copy } of wholeContextCopies(model)) {
      const dest = copy.dest?.replace(/\/+$/, '');
      if (!dest || !own) continue;
      const ownFolder = (w: string | null): boolean => w !== null && w.startsWith(`${dest}/`) && w.replace(/\/+$/, '').endsWith(`/${own}`);
      const inside = (i: (typeof model.instructions)[number]): boolean =>
        ownFolder(workdirOf(i)) || (i.run?.script?.commands ?? []).some((c) => ownFolder(commandCwd(i, c)));
      if (model.instructions.some((i) => i.index > copy.instruction.index && i.stage === copy.instruction.stage && inside(i))) return false;
    }
  }
  if (!context.exists('.dockerignore')) {
    for (let dir = path.dirname(context.root); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, '.dockerignore'))) return false;
      if (fs.existsSync(path.join(dir, '.git'))) break;
    }
  }
  return true;
}

export interface LargeEntry {
  /** Context-relative path. */
  path: string;
  bytes: number;
}

/** Weights, checkpoints and data files that have no business in most images. */
const HEAVY_FILE = /\.(pt|pth|safetensors|ckpt|bin|onnx|gguf|ggml|h5|hdf5|pb|tflite|pkl|pickle|joblib|npy|npz|parquet|arrow|feather|tfrecord|mdb|lmdb|zip|tar|tgz|gz|7z)$/i;
/** Folders that usually hold data sets, experiment logs or outputs. */
const DATA_DIR = /^(data|datasets?|wandb|mlruns|runs|outputs?|checkpoints?|lightning_logs|tb_logs|\.venv|venv|node_modules)$/i;

export const LARGE_FILE_BYTES = 50 * 1024 * 1024;
export const LARGE_DIR_BYTES = 50 * 1024 * 1024;

/**
 * Heavy files and data folders in the context that `.dockerignore` does not exclude (they are sent to the
 * builder with every build). Bounded walk: it stops after a few thousand entries.
 */
export function largeEntries(context: BuildContext, ignore: DockerIgnore | null, budget = 5000): LargeEntry[] {
  const out: LargeEntry[] = [];
  let seen = 0;
  const size = (rel: string): number => {
    try {
      return fs.statSync(path.join(context.root, rel)).size;
    } catch {
      return 0;
    }
  };
  const dirSize = (rel: string): number => {
    let total = 0;
    for (const name of context.list(rel)) {
      if (++seen > budget) return total;
      const child = rel ? `${rel}/${name}` : name;
      if (ignore?.excludes(child)) continue;
      total += context.isDirectory(child) ? dirSize(child) : size(child);
    }
    return total;
  };
  const walk = (rel: string, depth: number): void => {
    for (const name of context.list(rel)) {
      if (++seen > budget) return;
      const child = rel ? `${rel}/${name}` : name;
      if (name === '.git' || ignore?.excludes(child)) continue;
      if (context.isDirectory(child)) {
        if (DATA_DIR.test(name)) {
          const bytes = dirSize(child);
          if (bytes >= LARGE_DIR_BYTES) out.push({ path: `${child}/`, bytes });
        } else if (depth < 4) walk(child, depth + 1);
      } else if (HEAVY_FILE.test(name)) {
        const bytes = size(child);
        if (bytes >= LARGE_FILE_BYTES) out.push({ path: child, bytes });
      }
    }
  };
  walk('', 0);
  return out.sort((a, b) => b.bytes - a.bytes);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
