/**
 * Whether an image is run over the project's live source (DockerfileModel.liveSourceImage): a development environment,
 * rebuilt on each developer's machine, not what ships.
 */
import path from 'node:path';
import type { DockerfileModel, Stage } from '../model/types.js';
import { isDevelopmentComposeFile, isDevelopmentDockerfile } from '../knowledge/file-purpose.js';
import type { BuildContext } from './build-context.js';
import { composeRunsOverSource, type ComposeService } from './compose.js';
import { mountsOverCopiedFolder } from './copies.js';
import { devEnvironmentBuild } from './dev-containers.js';
import { launchedOverWorkingTree } from './launch-scripts.js';

/**
 * The image at `dockerfile` is run over the live source, for any of three reasons:
 * - every Compose service building it runs it over the source (composeRunsOverSource, or a project folder mounted
 *   where the container works: mountsOverWorkingFolder), and it is a development file (`dev.Dockerfile`) or only
 *   development Compose files build it (`compose.backend.dev.yml`): projects run their shipped Dockerfile over the
 *   source for development too (redash's `compose.yaml`);
 * - a script or Makefile beside it, or one below or above its folder that builds it, starts it with `-it` over the
 *   project's tree (`docker run -it -v ${PWD}:/workspace`; launch-scripts.ts);
 * - a Dev Container configuration builds this development file (`.devcontainer/analyzer/devcontainer.json` naming
 *   `../../analyzer/Dockerfile.dev`), not a Dockerfile it shares with the published images (accelerate's
 *   `docker/accelerate-cpu`); or a configuration builds the Dockerfile of its own folder (Cursor's
 *   `.cursor/environment.json` building `.cursor/Dockerfile`, the cloud agent's environment).
 */
export function runsOverLiveSource(model: DockerfileModel, dockerfile: string, context: Pick<BuildContext, 'composeServices'>): boolean {
  const final = model.finalStage;
  const devFile = isDevelopmentDockerfile(model.path);
  if (final) {
    const services = context.composeServices();
    const devCompose = devFile || (services.length > 0 && services.every((s) => isDevelopmentComposeFile(s.file)));
    if (devCompose && composeRunsOverSource(services, final.name, (s) => mountsOverCopiedFolder(final, s) || mountsOverWorkingFolder(final, s))) return true;
  }
  if (launchedOverWorkingTree(dockerfile)) return true;
  const built = devEnvironmentBuild(dockerfile);
  return built === 'own' || (devFile && built === 'shared');
}

/**
 * The service bind-mounts a project folder over the folder the container works in (its `working_dir:`, else the
 * image's WORKDIR): authelia's `../../web:/app` with `working_dir: /app`, the frontend run from the live source.
 */
function mountsOverWorkingFolder(final: Stage, service: Pick<ComposeService, 'binds' | 'workingDir'>): boolean {
  const dir = service.workingDir ?? final.endState.workdir;
  if (dir === null || !dir.startsWith('/')) return false;
  const normal = (p: string): string => path.posix.normalize(p).replace(/(.)\/+$/, '$1');
  return service.binds.some((b) => b.target !== null && normal(b.target) === normal(dir));
}
