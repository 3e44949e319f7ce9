/**
 * A base image the project builds itself (`FROM ghcr.io/agenta-ai/agenta-api`, `FROM debezium/kafka:0.6`): the
 * project's own Dockerfile that builds it, and what that image's final stage sets, which a Dockerfile built on it
 * inherits (its user, its exposed ports, its environment). Only a Dockerfile found for certain counts: named by a build
 * of the project whose tag has the same repository (a workflow's build, whose file is read from the project's root, a
 * script's, whose file is read from the Dockerfile's folder or one above it where only one of them has it, or a compose
 * service's `image:` beside `build:`), or else, for an image of the project's own account, the folder of its image
 * family named after the repository (`kafka/Dockerfile`, `kafka/0.6/Dockerfile` for tag `0.6`), or a Dockerfile beside
 * the linted one named after the tag's variant in such a family's folder (variantFiles), or one beside it named after
 * the repository (repositoryNamedFiles: `ubuntu-12-04-gcc.Dockerfile` for `typesense/ubuntu-12-04-gcc`). When several files
 * build the repository, the one in the version folder the tag names, or that the linted Dockerfile is in, is taken;
 * otherwise none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildModel } from '../model/build.js';
import type { ImageName } from '../model/image-ref.js';
import type { EffectiveUser } from '../model/types.js';
import { exposedPorts } from '../runtime/expose.js';
import { repository } from './build-targets.js';
import { composeImageBuilds, foldersToRepositoryTop } from './compose.js';
import { projectBuilds } from './own-images.js';
import { isFile, listing } from './project-file.js';
import { aptInstallsLeft, upgradesEverything } from '../shell/installs.js';
import { finalFrozenAptSources } from '../shell/apt-sources.js';
import type { EarlierAptInstall } from '../knowledge/apt-recommends.js';
import { imageEnvValues } from '../knowledge/image-env.js';

/** The system package managers whose full upgrade an own base's facts record. */
const UPGRADED_TOOLS = ['apt', 'apk', 'rpm', 'zypper'] as const;

export interface OwnBaseImage {
  /** Absolute path of the Dockerfile that builds it. */
  file: string;
  /** The effective user of its final stage. */
  user: EffectiveUser;
  /** The TCP ports its final stage EXPOSEs; null when one could not be read. */
  ports: ReadonlySet<number> | null;
  /**
   * The `SHELL` its final stage (or a stage it is built on, or its own base) sets, which shell-form instructions of an
   * image built on it run under; null when none sets one (`/bin/sh -c`, or what a base not the project's sets).
   */
  shell: readonly string[] | null;
  /**
   * The distribution release under it, from the image at the root of its chain (the first base that is not the
   * project's own): `frozen`, the frozen release that image's tag names (BaseImage.frozenRelease); `fixed`, its
   * reference fixes the release (a tag naming it, a digest, a frozen one): no unknown, floating or rolling release.
   */
  release: { frozen: string | null; fixed: boolean };
  /**
   * The frozen release whose archive is every apt source its final stage leaves (finalFrozenAptSources: a distribution's
   * own image or buildpack-deps-based Official Image of a frozen release, or its sources pointed at the archive host, or
   * an own base of such, with no live repository added since), or null: an image built on it reads only that archive,
   * whose index never goes stale. Null where it (or its own base) adds a vendor's live repository.
   */
  aptFrozen: string | null;
  /**
   * The package managers (command-grammar tools: `apt`, `apk`, `rpm`) a RUN of its final stage, a stage it is built on
   * or its own base upgrades every installed package with (`apt-get dist-upgrade`): an image built on it takes the
   * latest packages on purpose, as the pin rules read it for a stage of the same file (upgradesEverything).
   */
  upgrades: ReadonlySet<string>;
  /** The apt installs whose packages its final stage leaves installed (aptInstallsLeft), its own base's included. */
  aptInstalls: readonly EarlierAptInstall[];
  /**
   * The environment an image built on it starts with, as far as known: the `ENV` of its final stage (and the stages it
   * is built on), over its own base's, over what the image at the root of its chain is known to set (imageEnvValues:
   * Red Hat's Python images' `PIP_NO_CACHE_DIR=off`).
   */
  env: ReadonlyMap<string, string>;
}

/** Own bases followed through own bases, at most (`connect` on `connect-base` on `kafka`); a loop ends there too. */
const MAX_DEPTH = 4;
/** Folders climbed from the Dockerfile's looking for an image family's folder. */
const MAX_LEVELS = 4;

/**
 * The project's own Dockerfile that builds `image` (see the file comment), or null. `own` tells whether an image is
 * published under the project's own account (BuildContext.projectImage): only then do family folders count.
 */
export function ownBaseDockerfile(dockerfile: string, image: ImageName, own: (image: ImageName) => boolean): string | null {
  const self = path.resolve(dockerfile);
  const wanted = repository(image.registry ? `${image.registry}/${image.path}` : image.path);
  const { builds, root } = projectBuilds(self);
  const files = new Set<string>();
  for (const build of builds) {
    if (build.file === null || build.file.includes('$') || !build.tags.some((tag) => !repository(tag).includes('$') && repository(tag) === wanted)) continue;
    const file = build.fromRoot ? (root && path.join(root, build.file)) : build.climbs ? null : namedFromAbove(self, build.file);
    if (file) files.add(file);
  }
  for (const built of composeImageBuilds(self)) if (repository(built.image) === wanted) files.add(built.dockerfile);
  if (!files.size && own(image)) for (const f of familyFolderFiles(self, image)) files.add(f);
  if (!files.size && own(image)) for (const f of variantFiles(self, image)) files.add(f);
  if (!files.size && own(image)) for (const f of repositoryNamedFiles(self, image)) files.add(f);
  files.delete(self);
  const existing = [...files].filter((f) => isFile(f));
  if (existing.length <= 1) return existing[0] ?? null;
  // Version folders: the one the tag names, else the one the linted Dockerfile sits in.
  for (const version of [image.tag, path.basename(path.dirname(self))]) {
    const inFolder = existing.filter((f) => version && path.basename(path.dirname(f)) === version);
    if (inFolder.length === 1) return inFolder[0]!;
  }
  return null;
}

/**
 * The file a script's build names from the folder it runs in, not known (feast's `cd $(git rev-parse --show-toplevel)`
 * then `docker build --tag yarn-builder -f sdk/python/…/Dockerfile.builder.yarn`): the path taken from the Dockerfile's
 * folder or one above it, up to the top of its git repository, when exactly one of them is a file.
 */
function namedFromAbove(self: string, file: string): string | null {
  const found = foldersToRepositoryTop(path.dirname(self)).map((dir) => path.join(dir, file)).filter((f) => isFile(f));
  return found.length === 1 ? found[0]! : null;
}

/**
 * `<repository>/Dockerfile` or `<repository>/<tag>/Dockerfile` in a folder beside the Dockerfile's folder or one of
 * those above it (an image family whose members are folders named after their images).
 */
function familyFolderFiles(self: string, image: ImageName): string[] {
  const out: string[] = [];
  let dir = path.dirname(self);
  for (let level = 0; level < MAX_LEVELS && path.dirname(dir) !== dir; level++, dir = path.dirname(dir)) {
    const member = path.join(path.dirname(dir), image.repository);
    if (member === dir) continue;
    for (const f of [path.join(member, 'Dockerfile'), ...(image.tag && /^[\w.-]+$/.test(image.tag) ? [path.join(member, image.tag, 'Dockerfile')] : [])]) if (isFile(f)) out.push(f);
    if (fs.existsSync(path.join(dir, '.git'))) break;
  }
  return out;
}

/** A Dockerfile named after a variant: `java17-build.Dockerfile`, `Dockerfile.java17-build`. */
const VARIANT_FILE = /^(?:(.+)\.(?:dockerfile|containerfile)|(?:dockerfile|containerfile)\.(.+))$/i;

/**
 * A Dockerfile beside the linted one named after the variant the tag names, in a folder of the image family named
 * after the repository (Azure's azure-functions-docker: `host/4/bullseye/java/java17/java17-build.Dockerfile` builds
 * `azure-functions/java:4-java17-build`, which `java17-core-tools.Dockerfile` beside it is built FROM): the tag is the
 * file's variant, or ends with `-<variant>` after words that each name a folder the linted file is in (`4`).
 */
function variantFiles(self: string, image: ImageName): string[] {
  const tag = image.tag;
  if (!tag || !/^[\w.-]+$/.test(tag)) return [];
  const here = path.dirname(self);
  const folders: string[] = [];
  for (let dir = here, level = 0; level < MAX_LEVELS && path.dirname(dir) !== dir; level++, dir = path.dirname(dir)) {
    folders.push(path.basename(dir));
    if (fs.existsSync(path.join(dir, '.git'))) break;
  }
  if (!folders.includes(image.repository)) return [];
  const above = self.split(path.sep);
  return listing(here).flatMap((name) => {
    const m = VARIANT_FILE.exec(name);
    const variant = m?.[1] ?? m?.[2];
    if (!variant || (tag !== variant && !tag.endsWith(`-${variant}`))) return [];
    const words = tag === variant ? [] : tag.slice(0, -variant.length - 1).split('-');
    return words.every((w) => above.includes(w)) && isFile(path.join(here, name)) ? [path.join(here, name)] : [];
  });
}

/**
 * A Dockerfile beside the linted one named after the image's repository, or after it less the account's name before a
 * dash (typesense's `docker/development.Dockerfile` builds `typesense/typesense-development`, FROM
 * `typesense/ubuntu-12-04-gcc`, which `docker/ubuntu-12-04-gcc.Dockerfile` beside it builds): `<name>.Dockerfile`,
 * `Dockerfile.<name>`. Only for an image of the project's own account (the caller checks), in the file's own folder.
 */
function repositoryNamedFiles(self: string, image: ImageName): string[] {
  const repo = image.repository.toLowerCase();
  const account = image.namespace?.toLowerCase();
  const names = new Set([repo, ...(account && repo.startsWith(`${account}-`) ? [repo.slice(account.length + 1)] : [])]);
  const here = path.dirname(self);
  return listing(here).filter((name) => {
    const m = VARIANT_FILE.exec(name);
    const named = (m?.[1] ?? m?.[2])?.toLowerCase();
    return named !== undefined && names.has(named) && isFile(path.join(here, name));
  }).map((name) => path.join(here, name));
}

const facts = new Map<string, { mtimeMs: number; value: OwnBaseImage | null }>();

/**
 * What the final stage of the project's Dockerfile `file` sets; when it sets no user and is itself built on an own
 * base, that base's user (up to MAX_DEPTH). Cached per file and modification time.
 */
export function ownBaseImage(file: string, own: (image: ImageName) => boolean, depth = 0): OwnBaseImage | null {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const cached = facts.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.value;
  if (depth >= MAX_DEPTH) return null;
  let value: OwnBaseImage | null = null;
  try {
    const model = buildModel(file, fs.readFileSync(file, 'utf8'));
    const final = model.finalStage;
    if (final && !final.windows) {
      const exposed = exposedPorts(model);
      let user = final.user;
      const root = final.rootImage;
      const base = root.name;
      const parent = base ? ownBaseDockerfile(file, base, own) : null;
      const inherited = parent ? ownBaseImage(parent, own, depth + 1) : null;
      if (user.source === 'unset' && inherited) user = inherited.user;
      const setsShell = final.lineage.some((s) => s.instructions.some((i) => i.keyword === 'SHELL'));
      const shell = setsShell ? final.endState.shell : (inherited?.shell ?? null);
      // Built on another own base: that base's root fixes the release (or does not).
      const release = inherited?.release ?? {
        frozen: root.frozenRelease,
        fixed: base !== null && !root.unknownRelease && !root.floatingRelease && !root.rollingRelease,
      };
      const upgrades = new Set([...UPGRADED_TOOLS].filter((tool) => upgradesEverything(final, tool) || inherited?.upgrades.has(tool)));
      const aptInstalls = [...aptInstallsLeft(final), ...(inherited?.aptInstalls ?? [])];
      const env = new Map(inherited?.env ?? (base ? imageEnvValues(base) : []));
      for (const name of final.endState.envNames) env.set(name, final.endState.env.get(name) ?? '');
      const aptFrozen = finalFrozenAptSources(final, inherited?.aptFrozen ?? null);
      value = { file, user, ports: exposed.unknown ? null : exposed.ports, shell, release, aptFrozen, upgrades, aptInstalls, env };
    }
  } catch {
    value = null;
  }
  facts.set(file, { mtimeMs, value });
  return value;
}
