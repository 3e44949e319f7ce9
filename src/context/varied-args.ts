/**
 * The global build arguments a project's builds pass a Dockerfile with several values: a base image named from one is
 * then not one the file fixes (buildModel's `variedArgs`). Two sources: its Bake targets (bakeVariedArgs), and the
 * `build-args` of its GitHub workflows' build actions over the rows of their matrices (own-images.ts reads them,
 * reusable workflows' inputs and a matrix kept as data followed): LocalAI builds its Dockerfile with `BASE_IMAGE`
 * `ubuntu:24.04` and `nvcr.io/nvidia/l4t-jetpack:r36.4.0` (Ubuntu 22.04).
 */
import path from 'node:path';
import { isValidReference } from '../model/image-ref.js';
import { bakeVariedArgs } from './bake.js';
import { projectBuilds } from './own-images.js';

export function variedBuildArgs(dockerfile: string): Set<string> {
  return new Set([...bakeVariedArgs(dockerfile), ...workflowVariedArgs(dockerfile)]);
}

const DEFAULT = '\0default';

/**
 * The arguments the workflows' builds of this very file (named from the project's root) pass several images
 * (`BASE_IMAGE=ubuntu:24.04`, `rocm/dev-ubuntu-24.04:7.2.1`), the Dockerfile's default counted where a build passes
 * none. Only image references count: a version a base's tag is made of (`CUDA_VERSION=12.4.1` and `11.7.1` for
 * `nvidia/cuda:${CUDA_VERSION}-devel-ubuntu22.04`, TabbyML's) varies the image, not its release. A value still
 * holding an expression the linter cannot fill (`${{ steps.x.outputs.image }}`) is no evidence either way.
 */
function workflowVariedArgs(dockerfile: string): Set<string> {
  const { builds, root } = projectBuilds(dockerfile);
  if (!root) return new Set();
  const relative = path.relative(root, path.resolve(dockerfile)).split(path.sep).join('/');
  const own = builds.filter((b) => b.fromRoot && b.file === relative && b.args).map((b) => b.args!);
  const out = new Set<string>();
  for (const name of new Set(own.flatMap((args) => Object.keys(args)))) {
    const values = new Set(own.map((args) => args[name] ?? DEFAULT).filter((v) => v === DEFAULT || isImage(v)));
    if (values.size > 1 && [...values].some(isImage)) out.add(name);
  }
  return out;
}

/**
 * The arguments the workflows' builds of this very file pass several plain values that are no image reference (a
 * version: `version=22.04`, `24.04`, `26.04` over Homebrew's matrix), with those values and the Dockerfile's default
 * (null) where a build passes none. Whether they vary the base image's release depends on where the FROM
 * puts them (`ubuntu:${version}` does, `nvidia/cuda:${CUDA_VERSION}-devel-ubuntu22.04` does not): buildModel decides.
 */
export function variedBuildArgValues(dockerfile: string): Map<string, (string | null)[]> {
  const { builds, root } = projectBuilds(dockerfile);
  const out = new Map<string, (string | null)[]>();
  if (!root) return out;
  const relative = path.relative(root, path.resolve(dockerfile)).split(path.sep).join('/');
  const own = builds.filter((b) => b.fromRoot && b.file === relative && b.args).map((b) => b.args!);
  for (const name of new Set(own.flatMap((args) => Object.keys(args)))) {
    const values = new Set(own.map((args) => args[name] ?? DEFAULT));
    if (values.size > 1 && [...values].every((v) => v === DEFAULT || (!isImage(v) && /^[\w.-]+$/.test(v)))) out.set(name, [...values].map((v) => (v === DEFAULT ? null : v)));
  }
  return out;
}

/** An image reference with a registry, account or tag (`ubuntu:24.04`, `rocm/dev-ubuntu-24.04`), not a bare word or version. */
function isImage(value: string): boolean {
  return /[/:]/.test(value) && !value.includes('${{') && isValidReference(value);
}
