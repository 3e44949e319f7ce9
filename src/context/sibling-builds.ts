/** Other Dockerfiles built from the same build context, which share its `.dockerignore`. */
import { buildModel } from '../model/build.js';
import type { BuildContext } from './build-context.js';
import { copiedBuildReadsGit } from './copied-build.js';
import { runsGitOnCopy, wholeContextCopies } from './copies.js';
import { dockerIgnoreFileOf } from './dockerignore.js';

const DOCKERFILE = /^(dockerfile|containerfile)(\..+)?$|\.(dockerfile|containerfile)$/i;
const NEEDS_GIT = new WeakMap<BuildContext, boolean>();

/**
 * Another Dockerfile at the context's root, with no `<Dockerfile>.dockerignore` of its own, runs git in its copy of the
 * whole context (thanos' Dockerfile.multi-stage: `COPY . …` then `git update-index --refresh; make build`, which
 * stamps the version from git) or a build there that reads git (copiedBuildReadsGit: gatekeeper's gator.Dockerfile,
 * whose `go build` stamps the revision its code reads): excluding `.git` in the shared `.dockerignore` would break
 * that build. Read once per context.
 */
export function siblingBuildReadsGit(context: BuildContext): boolean {
  // A `<Dockerfile>.dockerignore` of this Dockerfile's own is read by no other build.
  const own = dockerIgnoreFileOf(context);
  if (own !== null && own !== '.dockerignore') return false;
  let found = NEEDS_GIT.get(context);
  if (found === undefined) {
    found = context.list('').some((name) => {
      if (name === context.dockerfile || !DOCKERFILE.test(name) || context.exists(`${name}.dockerignore`)) return false;
      const text = context.read(name);
      return text !== null && wholeContextCopies(buildModel(name, text)).some((w) => runsGitOnCopy(w.copy) || copiedBuildReadsGit(w.copy, context));
    });
    NEEDS_GIT.set(context, found);
  }
  return found;
}
