/** Docker image references: `[registry/][namespace/]repository[:tag][@digest]`, normalised as Docker does. */
import { libraryMirrorName, PREFIX_MIRRORS, REGISTRY_MIRRORS } from '../knowledge/trusted-images.js';

export interface ImageName {
  /** Registry host as written, or null for Docker Hub. */
  registry: string | null;
  /** Path under the registry without tag/digest, e.g. `library/python`, `nvidia/cuda`, `nvidia/pytorch`. */
  path: string;
  /** Last path component, e.g. `python`, `cuda`. */
  repository: string;
  /** Everything before the repository in the path, e.g. `nvidia`; `library` for Docker Hub official images. */
  namespace: string | null;
  tag: string | null;
  digest: string | null;
  /** Canonical name for matching: `python`, `nvidia/cuda`, `nvcr.io/nvidia/pytorch`. */
  familiar: string;
  /**
   * The mirror the reference pulls through when it is read as the image the mirror copies (`docker.m.daocloud.io` for
   * `docker.m.daocloud.io/vllm/vllm-openai`, read as `vllm/vllm-openai`), with the name as written, lower-cased; null
   * for any other reference.
   */
  mirror: { registry: string; familiar: string } | null;
}

const isDockerHub = (registry: string | null): boolean => registry !== null && /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/i.test(registry);

export function parseImageName(ref: string): ImageName | null {
  let rest = ref.trim();
  if (!rest || /\s/.test(rest)) return null;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  let registry: string | null = null;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) registry = parts.shift()!;
  if (isDockerHub(registry)) registry = null;
  // A mirror serves another registry's images unchanged (REGISTRY_MIRRORS): read as the image it copies, keeping the
  // name as written for the user's settings. So are the copies of the official images under a path of another registry
  // (LIBRARY_MIRRORS: `public.ecr.aws/docker/library/python`), read as the library's own.
  const written = registry === null ? null : `${registry}/${parts.join('/')}`.toLowerCase();
  const host = registry?.toLowerCase() ?? null;
  const mirrored = host === null ? undefined : REGISTRY_MIRRORS.get(host);
  const library = host === null || mirrored !== undefined ? null : libraryMirrorName(host, parts);
  if (mirrored !== undefined) registry = mirrored;
  else if (host !== null && PREFIX_MIRRORS.has(host) && parts.length > 1 && /[.:]/.test(parts[0]!)) registry = parts.shift()!;
  else if (library !== null) {
    registry = null;
    parts.splice(0, parts.length, library);
  }
  if (isDockerHub(registry)) registry = null;
  const mirror = written !== null && registry?.toLowerCase() !== host ? { registry: host!, familiar: written } : null;
  if (parts.some((p) => p === '')) return null;
  const lowerParts = parts.map((p) => p.toLowerCase());
  if (registry === null && lowerParts.length === 1) lowerParts.unshift('library');
  const repository = lowerParts[lowerParts.length - 1]!;
  const namespace = lowerParts.length > 1 ? lowerParts.slice(0, -1).join('/') : null;
  const path = lowerParts.join('/');
  const familiarPath = registry === null && namespace === 'library' ? repository : path;
  return {
    registry: registry?.toLowerCase() ?? null,
    path,
    repository,
    namespace,
    tag,
    digest,
    familiar: registry ? `${registry.toLowerCase()}/${familiarPath}` : familiarPath,
    mirror,
  };
}

/** A reference `reference.ParseNormalizedNamed` accepts (`docker.io/library/python:3.12`): lower-case path components, a valid tag and digest. */
export function isValidReference(ref: string): boolean {
  const name = parseImageName(ref);
  if (!name) return false;
  const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
  if (!name.path.split('/').every((p) => component.test(p))) return false;
  if (name.tag !== null && !/^[\w][\w.-]{0,127}$/.test(name.tag)) return false;
  if (name.digest !== null && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(name.digest)) return false;
  return !/[A-Z]/.test(ref.split('/').slice(name.registry || name.mirror ? 1 : 0).join('/').split(/[:@]/)[0]!);
}
