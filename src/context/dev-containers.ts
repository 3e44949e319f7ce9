/**
 * Dockerfiles that a development-environment configuration of the repository builds: a Dev Container's
 * (`.devcontainer/<name>/devcontainer.json` with `"build": {"dockerfile": "../../presidio-analyzer/Dockerfile.dev"}`,
 * the spec's `build.dockerfile`, or the older top-level `dockerFile`) or a Cursor cloud agent's
 * (`.cursor/environment.json`, `"build": {"dockerfile": "Dockerfile", "context": ".."}`, its path relative to
 * `.cursor/`): development environments people and agents work in, wherever the Dockerfile itself lives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop } from './compose.js';
import { isFile, listing, projectFileCache } from './project-file.js';

/** The Dockerfile a devcontainer.json or Cursor environment.json builds, as an absolute path; null when it builds none (an image or Compose setup). */
const readConfig = projectFileCache<string | null>((file) => {
  // JSON with comments: the one value wanted is read as text, comments and all.
  const m = /"(?:dockerfile|dockerFile)"\s*:\s*"([^"]+)"/.exec(fs.readFileSync(file, 'utf8'));
  return m ? path.resolve(path.dirname(file), m[1]!) : null;
}, null);

/**
 * The configurations of the repository's top: `.devcontainer.json`, `.devcontainer/devcontainer.json` and one folder
 * below, and Cursor's `.cursor/environment.json`.
 */
function configsOf(top: string): string[] {
  const dir = path.join(top, '.devcontainer');
  const candidates = [
    path.join(top, '.devcontainer.json'),
    path.join(dir, 'devcontainer.json'),
    ...listing(dir).map((n) => path.join(dir, n, 'devcontainer.json')),
    path.join(top, '.cursor', 'environment.json'),
  ];
  return candidates.filter(isFile);
}

/**
 * How a development-environment configuration of the Dockerfile's repository builds it: `own` when the Dockerfile
 * lies in the configuration's folder (`.cursor/Dockerfile`), where nothing else is built from it; `shared` when it
 * lies elsewhere (`analyzer/Dockerfile.dev`), where the published images may use it too; null when none builds it.
 */
export function devEnvironmentBuild(dockerfile: string): 'own' | 'shared' | null {
  const abs = path.resolve(dockerfile);
  const top = foldersToRepositoryTop(path.dirname(abs)).at(-1)!;
  const config = configsOf(top).find((c) => readConfig(c) === abs);
  if (!config) return null;
  return path.dirname(config) === path.dirname(abs) ? 'own' : 'shared';
}
