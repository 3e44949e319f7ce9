/**
 * GitHub Actions Docker container actions: an `action.yml` beside the Dockerfile with `runs.using: docker` and
 * `runs.image` naming the Dockerfile. GitHub runs the container as root by contract: "Docker actions must be run by
 * the default Docker user (root). Do not use the USER instruction in your Dockerfile, because you won't be able to
 * access the GITHUB_WORKSPACE directory" (docs.github.com, "Dockerfile support for GitHub Actions", USER).
 */
import path from 'node:path';
import { yamlDocument } from './yaml-document.js';
import type { BuildContext } from './build-context.js';

export function buildsDockerAction(context: BuildContext): boolean {
  if (!context.dockerfile) return false;
  const folder = path.posix.dirname(context.dockerfile);
  for (const name of ['action.yml', 'action.yaml']) {
    const text = context.read(folder === '.' ? name : `${folder}/${name}`);
    if (text === null) continue;
    const runs = (yamlDocument(text) as { runs?: unknown } | null)?.runs;
    if (!runs || typeof runs !== 'object') return false;
    const { using, image } = runs as { using?: unknown; image?: unknown };
    // `image: Dockerfile` (relative to the action's folder); `docker://alpine:3` runs a published image instead.
    return using === 'docker' && typeof image === 'string' && path.posix.normalize(image) === path.posix.basename(context.dockerfile);
  }
  return false;
}
