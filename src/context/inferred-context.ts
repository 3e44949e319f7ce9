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

/** Sources checked, at most: a few are enough to tell which folder they are written from. */
const MAX_SOURCES = 12;

/**
 * `folder` (the Dockerfile's), unless some of its COPY/ADD sources from the context (no `--from`, no URL, no
 * variable, no glob) are absent from it while every one of them is present from one folder above it: the nearest
 * such, up to the top of the git repository (the folder holding `.git`); without a repository in reach, `folder`.
 * A few stat calls per file: one per source, and per level climbed once one is missing.
 */
export function inferredContext(model: DockerfileModel, folder: string): string {
  const sources = contextSources(model);
  const all = (dir: string): boolean => sources.every((alternatives) => alternatives.some((s) => exists(dir, s)));
  if (all(folder)) return folder;
  // The folders above, up to the one holding `.git`; none when no repository is in reach.
  return foldersToRepositoryTop(folder).slice(1).find(all) ?? folder;
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
