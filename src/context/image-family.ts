/**
 * An image family built from sibling folders (`debian/base/`, `debian/kafka/`, …), each folder one image. Its images
 * may be named after their folder (`kafka/` builds `kafka`), or after it with a prefix the whole family shares
 * (confluentinc/cp-docker-images: `kafka/` builds `confluentinc/cp-kafka`, `base/Dockerfile.rpm` builds
 * `cp-rpm-base`, and the members' FROMs name `cp-base`, `cp-kafka`, `cp-rpm-base`).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Past this many sibling folders the parent is a collection of projects, not one family. */
const MAX_MEMBERS = 60;
const DOCKERFILE = /^(Dockerfile|Containerfile)(\.[A-Za-z0-9_-]+)?$/;

/** The Dockerfiles of each sibling folder of `own` (own included), by folder name. */
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
