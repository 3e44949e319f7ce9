/**
 * An image family built from sibling folders (`debian/base/`, `debian/kafka/`, …), each folder one image. Its images
 * may be named after their folder (`kafka/` builds `kafka`), or after it with a prefix the whole family shares
 * (confluentinc/cp-docker-images: `kafka/` builds `confluentinc/cp-kafka`, `base/Dockerfile.rpm` builds
 * `cp-rpm-base`, and the members' FROMs name `cp-base`, `cp-kafka`, `cp-rpm-base`). A member may be the family's base
 * layer, which the others are built FROM (builtOnByFamily).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseImageName, type ImageName } from '../model/image-ref.js';

/** Past this many sibling folders the parent is a collection of projects, not one family. */
const MAX_MEMBERS = 60;
const DOCKERFILE = /^(Dockerfile|Containerfile)(\.[A-Za-z0-9_-]+)?$/;

/** The Dockerfiles of each sibling folder of the folder `own` (own included), by folder name. */
function members(own: string): Map<string, string[]> {
  const parent = path.dirname(own);
  const found = new Map<string, string[]>();
  let folders: fs.Dirent[];
  try {
    folders = fs.readdirSync(parent, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch {
    return found;
  }
  if (folders.length > MAX_MEMBERS) return found;
  for (const folder of folders) {
    let files: string[];
    try {
      files = fs.readdirSync(path.join(parent, folder.name)).filter((f) => DOCKERFILE.test(f));
    } catch {
      continue;
    }
    if (files.length) found.set(folder.name, files);
  }
  return found;
}

/** The member folder a repository name `<rest>` stands for: `kafka` → `kafka/`, `rpm-base` → `base/Dockerfile.rpm`. */
function memberFor(rest: string, family: Map<string, string[]>): string | null {
  if (family.get(rest)?.some((f) => !f.includes('.'))) return rest;
  const variant = /^([a-z0-9]+)-(.+)$/.exec(rest);
  if (variant && family.get(variant[2]!)?.some((f) => f.endsWith(`.${variant[1]}`))) return variant[2]!;
  return null;
}

/**
 * `name` (a repository without its namespace) is `<prefix>-<member>` for a member folder beside `own`, and the family's
 * Dockerfiles name images `<prefix>-<member>` of at least two different members: the prefix is the family's, not a
 * coincidence of one name (`cp-base` alone beside a `base/` folder says little).
 */
export function builtByFamilyWithPrefix(own: string, name: string): boolean {
  const dash = name.indexOf('-');
  if (dash <= 0) return false;
  const prefix = name.slice(0, dash);
  const family = members(own);
  const target = memberFor(name.slice(dash + 1), family);
  if (!target || target === path.basename(own)) return false;
  const named = new Set<string>();
  for (const [folder, files] of family) {
    for (const file of files) {
      let text: string;
      try {
        text = fs.readFileSync(path.join(path.dirname(own), folder, file), 'utf8');
      } catch {
        continue;
      }
      for (const m of text.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim)) {
        const repository = m[1]!.split('@')[0]!.split('/').pop()!.split(':')[0]!;
        const member = repository.startsWith(`${prefix}-`) ? memberFor(repository.slice(prefix.length + 1), family) : null;
        if (member) named.add(member);
      }
    }
  }
  return named.size >= 2;
}

/** The image references of a Dockerfile's FROM lines, stage names of its own left out (`FROM builder`). */
function fromReferences(text: string): string[] {
  const stages = new Set<string>();
  const refs: string[] = [];
  for (const m of text.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/gim)) {
    if (!stages.has(m[1]!.toLowerCase())) refs.push(m[1]!);
    if (m[2]) stages.add(m[2].toLowerCase());
  }
  return refs;
}

/**
 * Another Dockerfile of the project, of the image family (a sibling folder's, `docker/chrome/Dockerfile` beside
 * `docker/base/`) or beside this one, is built FROM the image `own` builds: `baseFile` (own-base.ts's
 * ownBaseDockerfile, asked for that file) names `own` as the Dockerfile of one of its bases (browserless's
 * `FROM ghcr.io/browserless/base:$VERSION`, which its workflows build from `docker/base/Dockerfile`). A tag or digest
 * given by a variable is left out: the repository alone says which file builds it.
 */
export function builtOnByFamily(own: string, baseFile: (dockerfile: string, image: ImageName) => string | null): boolean {
  const self = path.resolve(own);
  const folder = path.dirname(self);
  // At the top of a git repository the folders beside it are other projects: only the files beside it count.
  const family = fs.existsSync(path.join(folder, '.git')) ? new Map([[path.basename(folder), listDockerfiles(folder)]]) : members(folder);
  for (const [member, files] of family) {
    for (const file of files) {
      const other = path.join(path.dirname(folder), member, file);
      if (other === self) continue;
      let text: string;
      try {
        text = fs.readFileSync(other, 'utf8');
      } catch {
        continue;
      }
      for (const ref of fromReferences(text)) {
        const fixed = ref.replace(/([:@])[^/:@]*\$[^/]*$/, '');
        const image = fixed.includes('$') ? null : parseImageName(fixed);
        if (image && baseFile(other, image) === self) return true;
      }
    }
  }
  return false;
}

function listDockerfiles(folder: string): string[] {
  try {
    return fs.readdirSync(folder).filter((f) => DOCKERFILE.test(f));
  } catch {
    return [];
  }
}
