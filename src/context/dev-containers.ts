/**
 * Dockerfiles that a Dev Container configuration of the repository builds (`.devcontainer/<name>/devcontainer.json`
 * with `"build": {"dockerfile": "../../presidio-analyzer/Dockerfile.dev"}`, the spec's `build.dockerfile`, or the older
 * top-level `dockerFile`): development environments people work in, wherever the Dockerfile itself lives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop } from './compose.js';
import { isFile, listing, projectFileCache } from './project-file.js';

/** The Dockerfile a devcontainer.json builds, as an absolute path; null when it builds none (an image or Compose setup). */
const readConfig = projectFileCache<string | null>((file) => {
  // JSON with comments: the one value wanted is read as text, comments and all.
  const m = /"(?:dockerfile|dockerFile)"\s*:\s*"([^"]+)"/.exec(fs.readFileSync(file, 'utf8'));
  return m ? path.resolve(path.dirname(file), m[1]!) : null;
}, null);

/** The configurations of the repository's top: `.devcontainer.json`, `.devcontainer/devcontainer.json` and one folder below. */
function configsOf(top: string): string[] {
  const dir = path.join(top, '.devcontainer');
  const candidates = [path.join(top, '.devcontainer.json'), path.join(dir, 'devcontainer.json'), ...listing(dir).map((n) => path.join(dir, n, 'devcontainer.json'))];
  return candidates.filter(isFile);
}

/** A Dev Container configuration of the Dockerfile's repository builds it. */
export function builtByDevContainer(dockerfile: string): boolean {
  const abs = path.resolve(dockerfile);
  const top = foldersToRepositoryTop(path.dirname(abs)).at(-1)!;
  return configsOf(top).some((c) => readConfig(c) === abs);
}
