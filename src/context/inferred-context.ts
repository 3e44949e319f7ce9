/**
 * The build context a Dockerfile was written for, when the user gave none. Projects often build from the top of the
 * repository with a Dockerfile further down (`docker build -f container-images/cuda/Containerfile .`, ramalama's
 * `container_build.sh`), and its COPY sources name paths from that top (`COPY container-images/cuda/entrypoint.sh`).
 * Taking the Dockerfile's folder as the context then hides every file it copies from the rules that read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DockerfileModel } from '../model/types.js';
import { foldersToRepositoryTop } from './compose.js';
import { contextOrigin, copyInfo, imagePathOf } from './copies.js';
import { type DependencyInstall, dependencyInstalls } from './installs.js';
import { MAKEFILE_NAMES, readMakeArguments } from './makefile.js';
import { projectBuilds } from './own-images.js';

/** Sources checked, at most: a few are enough to tell which folder they are written from. */
const MAX_SOURCES = 12;

/**
 * `folder` (the Dockerfile's), unless some of its COPY/ADD sources from the context (no `--from`, no URL, no
 * variable, no glob) are absent from it while every one of them is present from one folder above it: the nearest
 * such, up to the top of the git repository (the folder holding `.git`); without a repository in reach, `folder`.
 * Where the project's scripts build it from a folder they climb out of (climbedBuildLevels), only a folder at that
 * level: none above the Dockerfile's own for a build from beside it.
 * A few stat calls per file: one per source, and per level climbed once one is missing; the project's build files
 * are read only then.
 */
export function inferredContext(model: DockerfileModel, folder: string, dockerfile = path.join(folder, path.basename(model.path))): string {
  const sources = contextSources(model);
  const all = (dir: string): boolean => sources.every((alternatives) => alternatives.some((s) => exists(dir, s)));
  if (all(folder)) return folder;
  // The folders above, up to the one holding `.git`; none when no repository is in reach.
  const above = foldersToRepositoryTop(folder).slice(1);
  const levels = path.dirname(path.resolve(dockerfile)) === path.resolve(folder) ? climbedBuildLevels(dockerfile) : null;
  return above.find((dir, i) => (levels === null || levels.has(i + 1)) && all(dir)) ?? folder;
}

/**
 * How many folders above the Dockerfile's own the context of the project's scripts' builds lies, where they build it
 * from the folder they run in with a `-f` that climbs out of it (`cd assets/partners/rubenshift; ../common/run-1.sh`,
 * whose `docker build -f ../common/int-1.Dockerfile .` runs from a folder beside `common/`: 0, not the repository's
 * top, where an unrelated `requirements.txt` lies); null when no such build names this Dockerfile.
 */
function climbedBuildLevels(dockerfile: string): Set<number> | null {
  const abs = path.resolve(dockerfile).split(path.sep).join('/');
  const { builds, root } = projectBuilds(abs);
  const fromRoot = root === null ? null : path.relative(root, abs).split(path.sep).join('/');
  let levels: Set<number> | null = null;
  for (const build of builds) {
    // A pipeline's build from the project's root says the root may be the context: nothing is ruled out.
    if (build.fromRoot && build.file === fromRoot) return null;
    // Named through its folder (`../common/int-1.Dockerfile`): a bare `../Dockerfile` may be any project's.
    if (!build.climbs || build.file === null || !build.file.includes('/') || !abs.endsWith(`/${build.file}`)) continue;
    // `file` is named from a folder `depth` levels above the Dockerfile's; the build runs `climbs` levels below that one.
    const depth = build.file.split('/').length - 1;
    (levels ??= new Set()).add(depth - build.climbs);
  }
  return levels;
}

/**
 * The plain paths the file copies from the build context (the context's root itself left out: it is everywhere), and
 * the lists that installs read from a copy of the whole context (`COPY . .` then `pip install -r requirements/tpu.txt`
 * in vllm's docker/Dockerfile.tpu), or the manifests of an install that names no file (`WORKDIR ./frontend` then
 * `npm ci`, kubeflow's frontend/Dockerfile, built with `-f frontend/Dockerfile .`: one of `frontend/package.json`, …):
 * where a whole-context copy is the only COPY, they alone tell which folder it is. Each entry is a set of
 * alternatives, one of which is there.
 */
function contextSources(model: DockerfileModel): string[][] {
  const out = new Map<string, string[]>();
  const fromWholeContext = (install: DependencyInstall, written: string): string | null => {
    const imagePath = imagePathOf(install.instruction, install.command, written);
    const origin = imagePath === null ? null : contextOrigin(install.instruction, imagePath, null);
    return origin?.source?.path === '' && origin.contextPath && !origin.contextPath.startsWith('../') ? origin.contextPath : null;
  };
  for (const install of dependencyInstalls(model)) {
    for (const f of install.files) {
      if (!f.word?.literal || /^[a-z]+:\/\//i.test(f.path)) continue;
      const at = fromWholeContext(install, f.path);
      if (at) out.set(at, [at]);
    }
    if (install.files.length || !install.manifests.length || install.projectPath?.includes('$')) continue;
    const manifests = install.manifests.flatMap((m) => fromWholeContext(install, path.posix.join(install.projectPath ?? '.', m)) ?? []);
    if (manifests.length === install.manifests.length) out.set(manifests.join('\0'), manifests);
  }
  // `RUN --mount=target=. make build`: a `make` without `-f`, in a folder holding the context's files, reads one of
  // make's default files from there (greptimedb's docker/buildx Dockerfiles, built from the repository's top).
  for (const instruction of model.instructions) {
    for (const c of instruction.run?.script?.commands ?? []) {
      if (c.name !== 'make' && c.name !== 'gmake') continue;
      const args = readMakeArguments(c.invocation.args.map((w) => w.value));
      if (!args || args.file !== null) continue;
      const names = MAKEFILE_NAMES.flatMap((n) => {
        const imagePath = imagePathOf(instruction, c, path.posix.join(args.directory ?? '.', n));
        const origin = imagePath === null ? null : contextOrigin(instruction, imagePath, null);
        return origin?.contextPath && !origin.contextPath.startsWith('../') ? [origin.contextPath] : [];
      });
      if (names.length === MAKEFILE_NAMES.length) out.set(names.join('\0'), names);
    }
  }
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      const copy = copyInfo(instruction);
      if (!copy?.fromContext) continue;
      for (const source of copy.sources) if (source.path && !source.glob && !source.arg.raw.includes('$')) out.set(source.path, [source.path]);
    }
  }
  return [...out.values()].slice(0, MAX_SOURCES);
}

function exists(dir: string, rel: string): boolean {
  return fs.existsSync(path.join(dir, rel));
}
