/** The `package.json` of a node project in the build context, and the members of a workspace, read once per context and folder. */
import path from 'node:path';
import { loadPicomatch } from '../lazy-deps.js';
import type { BuildContext } from './build-context.js';
import { contextDockerIgnore } from './dockerignore.js';
import { yamlDocument } from './yaml-document.js';

/**
 * Scripts of the root project that `npm install`/`npm ci` run (docs.npmjs.com/cli/using-npm/scripts, "npm ci" and
 * "npm install" life cycles); yarn and pnpm run the same root install scripts.
 */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
/**
 * Install scripts that read no file of the project: pnpm's guard against other package managers (pnpm.io, "Only allow
 * pnpm": `"preinstall": "npx only-allow pnpm"`) and husky's hook setup (typicode.github.io/husky: `"prepare": "husky"`,
 * which only touches `.git/`).
 */
const SELF_CONTAINED_SCRIPT = /^((npx( -y| --yes)? )?only-allow (npm|pnpm|yarn|bun)|(is-ci \|\| )?husky( install)?( [\w./-]+)?)$/;

export interface NodePackage {
  /** Its `name`, which a `--filter` selects it by. */
  name: string | null;
  /** It declares `workspaces`: an install reads the `package.json` of every member too. */
  workspaces: boolean;
  /** The member folder globs of its `workspaces` (the array, or `workspaces.packages`). */
  workspaceGlobs: string[];
  /** The names of the packages it depends on (all dependency kinds): a workspace's own are members. */
  dependencies: string[];
  /** The install lifecycle scripts it defines (`prepare`, `postinstall`) that may read any file of the project. */
  installScripts: string[];
}

const READ = new WeakMap<BuildContext, Map<string, NodePackage | null>>();

/** The package of `dir` (`''` or `'frontend/'`); null when it has no readable, parsable `package.json`. */
export function nodePackage(context: BuildContext, dir: string): NodePackage | null {
  let byDir = READ.get(context);
  if (!byDir) READ.set(context, (byDir = new Map()));
  if (!byDir.has(dir)) byDir.set(dir, parsePackage(context.read(`${dir}package.json`)));
  return byDir.get(dir)!;
}

function parsePackage(text: string | null): NodePackage | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const pkg = json as Record<string, unknown>;
  const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? (pkg.scripts as Record<string, unknown>) : {};
  const ws = pkg.workspaces;
  const globs = Array.isArray(ws) ? ws : ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages) ? (ws as { packages: unknown[] }).packages : [];
  const kinds = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
  return {
    name: typeof pkg.name === 'string' ? pkg.name : null,
    workspaces: ws !== undefined,
    workspaceGlobs: globs.filter((g): g is string => typeof g === 'string'),
    dependencies: kinds.flatMap((k) => (pkg[k] && typeof pkg[k] === 'object' ? Object.keys(pkg[k] as object) : [])),
    installScripts: INSTALL_SCRIPTS.filter((name) => {
      const script = scripts[name];
      return typeof script === 'string' && script.trim() !== '' && !SELF_CONTAINED_SCRIPT.test(script.trim());
    }),
  };
}

/** A node workspace rooted at a folder. */
export interface NodeWorkspace {
  /** Member folders, context-relative with a trailing `/` (`packages/api/`): each holds a `package.json`. */
  members: string[];
}

/**
 * Folders pnpm never takes as members (@pnpm/fs.find-packages' default ignore list); npm and yarn skip only
 * `node_modules`.
 */
const PNPM_IGNORED = ['**/node_modules/**', '**/bower_components/**', '**/test/**', '**/tests/**'];
/** At most this many folder entries are looked at per workspace (the member globs are usually `packages/*`). */
const MEMBER_WALK_BUDGET = 5000;

const WORKSPACES = new WeakMap<BuildContext, Map<string, NodeWorkspace | null>>();

/**
 * The workspace whose root is `dir` (`''` or `'app/'`) for pnpm (a `pnpm-workspace.yaml` with `packages`) or for npm
 * and yarn (a `package.json` with `workspaces`); null when `dir` is no workspace root for that tool. Members that
 * `.dockerignore` excludes are left out: they are not in the image, so an install there does not see them.
 */
export function nodeWorkspace(context: BuildContext, dir: string, pnpm: boolean): NodeWorkspace | null {
  let byDir = WORKSPACES.get(context);
  if (!byDir) WORKSPACES.set(context, (byDir = new Map()));
  const key = `${pnpm ? 'pnpm' : 'npm'}:${dir}`;
  if (!byDir.has(key)) byDir.set(key, pnpm ? readPnpmWorkspace(context, dir) : readPackageWorkspace(context, dir));
  return byDir.get(key)!;
}

/** pnpm reads its members from `pnpm-workspace.yaml` only (it ignores `workspaces` in `package.json`). */
function readPnpmWorkspace(context: BuildContext, dir: string): NodeWorkspace | null {
  const text = context.read(`${dir}pnpm-workspace.yaml`);
  // Without `packages` the file only holds settings (`overrides`, `minimumReleaseAge`).
  if (text === null || !/^packages\s*:/m.test(text)) return null;
  const doc = yamlDocument(text) as { packages?: unknown } | null;
  const globs = Array.isArray(doc?.packages) ? doc.packages.filter((g): g is string => typeof g === 'string') : [];
  return { members: memberFolders(context, dir, globs, PNPM_IGNORED) };
}

/** npm and yarn read their members from the root `package.json`'s `workspaces`. */
function readPackageWorkspace(context: BuildContext, dir: string): NodeWorkspace | null {
  const pkg = nodePackage(context, dir);
  if (!pkg?.workspaces) return null;
  return { members: memberFolders(context, dir, pkg.workspaceGlobs, ['**/node_modules/**']) };
}

/** A member glob relative to the workspace root, as pnpm and npm write it: `./packages/*\/` → `packages/*`. */
function cleanGlob(glob: string): string {
  return glob.trim().replace(/^\.\//, '').replace(/\/package\.json$/, '').replace(/\/+$/, '');
}

/**
 * The folders under `root` with a `package.json` that the globs take (`!` globs exclude), found by a bounded walk that
 * enters only folders a glob can reach: its literal prefix (`packages/` of `packages/*`), no deeper than its segments
 * unless it has `**`. Hidden folders and `node_modules` are never entered.
 */
function memberFolders(context: BuildContext, root: string, globs: readonly string[], ignored: readonly string[]): string[] {
  const positive = globs.filter((g) => !g.trim().startsWith('!')).map(cleanGlob).filter((g) => g && g !== '.');
  if (!positive.length) return [];
  const negative = globs.filter((g) => g.trim().startsWith('!')).map((g) => cleanGlob(g.trim().slice(1))).filter(Boolean);
  const pm = loadPicomatch();
  const include = pm(positive);
  const exclude = pm([...negative, ...ignored]);
  const reach = positive.map((g) => {
    const parts = g.split('/');
    const firstGlob = parts.findIndex((p) => /[*?[{!(]/.test(p));
    return { prefix: (firstGlob < 0 ? parts : parts.slice(0, firstGlob)).join('/'), depth: parts.includes('**') ? Infinity : parts.length };
  });
  // A folder some glob can take, or hold a folder it takes.
  const reachable = (rel: string, depth: number): boolean =>
    reach.some((r) => depth <= r.depth && (r.prefix === '' || rel === r.prefix || rel.startsWith(`${r.prefix}/`) || r.prefix.startsWith(`${rel}/`)));
  const ignore = contextDockerIgnore(context);
  const out: string[] = [];
  let budget = MEMBER_WALK_BUDGET;
  const walk = (rel: string, depth: number): void => {
    for (const name of context.list(`${root}${rel}`)) {
      if (--budget < 0) return;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = rel ? `${rel}/${name}` : name;
      const at = `${root}${child}`;
      if (!reachable(child, depth + 1) || ignore?.excludes(at) || !context.isDirectory(at)) continue;
      if (include(child) && !exclude(child) && !exclude(`${child}/package.json`) && context.exists(`${at}/package.json`)) out.push(`${at}/`);
      walk(child, depth + 1);
    }
  };
  walk('', 0);
  return out;
}

/**
 * The members an install covers: all of them, or those its filters select (`pnpm install --filter api...`,
 * `npm ci -w api`): a member by name or name glob, by folder (`./packages/api`, `{packages/*}`), with its workspace
 * dependencies (`api...`) or dependents (`...api`). A filter the linter cannot follow (`!x`, `[origin/main]`), or one
 * that selects nothing, counts as all of them: the install may run their scripts.
 */
export function coveredMembers(context: BuildContext, root: string, workspace: NodeWorkspace, filters: readonly string[]): string[] {
  if (!filters.length) return workspace.members;
  const pm = loadPicomatch();
  const byName = new Map<string, string>();
  for (const m of workspace.members) {
    const name = nodePackage(context, m)?.name;
    if (name) byName.set(name, m);
  }
  const dependencies = (m: string): string[] => (nodePackage(context, m)?.dependencies ?? []).flatMap((d) => byName.get(d) ?? []);
  let reverse: Map<string, string[]> | null = null;
  const dependentsOf = (): Map<string, string[]> => {
    if (reverse) return reverse;
    reverse = new Map();
    for (const m of workspace.members) for (const d of dependencies(m)) reverse.set(d, [...(reverse.get(d) ?? []), m]);
    return reverse;
  };
  const selected = new Set<string>();
  for (const raw of filters) {
    if (/^!|\[/.test(raw)) return workspace.members;
    const dependents = raw.startsWith('...');
    const withDependencies = raw.endsWith('...');
    const selector = raw.replace(/^\.\.\.\^?/, '').replace(/\^?\.\.\.$/, '');
    const asPath = /^\{.*\}$/.test(selector) || /^\.{1,2}(\/|$)/.test(selector);
    const glob = selector.replace(/^\{(.*)\}$/, '$1').replace(/^\.\//, '').replace(/\/+$/, '');
    if (!glob) return workspace.members;
    const matches = pm(glob);
    const picked = workspace.members.filter((m) => (asPath ? matches(path.posix.relative(root || '.', m)) : matches(nodePackage(context, m)?.name ?? '')));
    if (!picked.length) return workspace.members;
    // Workspace dependencies (`api...`) or dependents (`...api`), followed transitively.
    const group = new Set(picked);
    const queue = [...picked];
    while (queue.length) {
      const m = queue.pop()!;
      for (const n of [...(withDependencies ? dependencies(m) : []), ...(dependents ? (dependentsOf().get(m) ?? []) : [])]) {
        if (group.has(n)) continue;
        group.add(n);
        queue.push(n);
      }
    }
    for (const m of group) selected.add(m);
  }
  return [...selected];
}
