/**
 * Version folders a project keeps after it stopped building them. fluent/fluentd-docker-image keeps `v0.12/` … `v1.18/`
 * beside `v1.19/`, while its Makefile and workflows build only `v1.19/debian` and the like: nobody builds or edits the
 * older copies, so only what the file gets wrong is worth saying there, as in an archived folder. A version folder is
 * retired when the project's build files (Makefiles, Bake files and workflows at the project's root, Makefiles and
 * scripts beside the version folders) name a newer sibling as a path (`v1.19/…`) and never name this one. A project
 * whose builds name no version folder (docker-library's generated matrices) retires none.
 * A project that keeps one folder per patch release (arangodb-docker's `alpine/3.6.0/` … `alpine/3.6.16/`,
 * rethinkdb-dockerfiles' `bionic/2.4.0/` … `2.4.4/`) publishes each release once: a patch folder with a newer patch
 * of the same series beside it is a frozen snapshot, whatever the build files say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToProjectRoot } from './own-images.js';
import { isFolder, listing, projectFileCache } from './project-file.js';

/** `v1.18`, `1.18`, `3.10.2`, `v2` (a bare `1` is too common a folder name to mean a version). */
const VERSION_FOLDER = /^(v\d+|v?\d+(\.\d+){1,2})$/i;
/** A patch release: `3.6.0`, `v2.4.2`, `3.5.5.1`. */
const PATCH_FOLDER = /^v?\d+\.\d+\.\d+(\.\d+)?$/i;
const BUILD_FILE = /^((gnu)?makefile|.*\.mk|docker-bake(\.override)?\.(hcl|json)|.*\.(sh|bash))$/i;
const WORKFLOW = /\.ya?ml$/i;

/** The retired version folder in the Dockerfile's path (its name), or null. */
export function retiredVersionFolder(dockerfile: string): string | null {
  const { root } = foldersToProjectRoot(path.dirname(path.resolve(dockerfile)));
  if (!root) return null;
  const parts = path.relative(root, path.resolve(dockerfile)).split(path.sep).slice(0, -1);
  for (let i = 0; i < parts.length; i++) {
    const parent = path.join(root, ...parts.slice(0, i));
    if (supersededPatch(parent, parts[i]!)) return parts[i]!;
    if (!VERSION_FOLDER.test(parts[i]!)) continue;
    const siblings = listing(parent).filter((n) => n !== parts[i] && VERSION_FOLDER.test(n) && isFolder(path.join(parent, n)));
    if (!siblings.length) continue;
    const text = buildFileTexts(root, parent);
    if (mentions(text, parts[i]!)) continue;
    const own = versionOf(parts[i]!);
    if (siblings.some((s) => compareVersions(versionOf(s), own) > 0 && new RegExp(`(^|[\\s/'"=:,(])${escape(s)}/`, 'm').test(text))) return parts[i]!;
  }
  return null;
}

/** A patch release folder with a newer patch release of the same series beside it. */
function supersededPatch(parent: string, folder: string): boolean {
  if (!PATCH_FOLDER.test(folder)) return false;
  const own = versionOf(folder);
  return listing(parent).some((n) => {
    if (!PATCH_FOLDER.test(n)) return false;
    const v = versionOf(n);
    return v[0] === own[0] && v[1] === own[1] && compareVersions(v, own) > 0 && isFolder(path.join(parent, n));
  });
}

/** The folder's name as a whole word anywhere in the build files (`v1.18/debian`, `version: v1.18`, a release of it: `v1.18.3-debian`). */
function mentions(text: string, folder: string): boolean {
  return new RegExp(`(^|[^\\w.])${escape(folder)}(?![\\w])`, 'm').test(text);
}

function buildFileTexts(root: string, parent: string): string {
  const files = [root, parent].flatMap((dir) => listing(dir).filter((n) => BUILD_FILE.test(n)).map((n) => path.join(dir, n)));
  const workflows = path.join(root, '.github', 'workflows');
  files.push(...listing(workflows).filter((n) => WORKFLOW.test(n)).map((n) => path.join(workflows, n)));
  return [...new Set(files)].map(readText).join('\n');
}

const readText = projectFileCache((file) => fs.readFileSync(file, 'utf8'), '');

function versionOf(folder: string): number[] {
  return folder.replace(/^v/i, '').split('.').map(Number);
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
