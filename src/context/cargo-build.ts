/**
 * What a `cargo build` of the build context's copy compiles, read from its Cargo.toml files, and whether compiling it
 * reads the git repository: a crate's build script that runs git or uses a git-reading build dependency (vergen-gitcl,
 * shadow-rs, …), or a macro that runs git as the crate compiles (git-version). Not a TOML parser: sections and
 * dependency entries are read as text, which is all this needs.
 */
import path from 'node:path';
import {
  CARGO_BUILD_SCRIPT_RUNS_GIT,
  CARGO_GIT_BUILD_DEPENDENCIES,
  CARGO_GIT_FEATURES,
  CARGO_GIT_MACROS,
  VERGEN_DEFAULT_GIT,
} from '../knowledge/git-versions.js';
import type { BuildContext } from './build-context.js';

interface Manifest {
  /** Section header (`package`, `build-dependencies`, `target.'cfg(unix)'.dependencies`) → body; `''` for the top. */
  sections: { header: string; body: string }[];
}

interface Dependency {
  /** The crate's name (`package = "…"` of a renamed dependency, else the key). */
  crate: string;
  /** The entry's text: its value, or its sub-table's body. */
  text: string;
}

/** A build reads this many crates at most (a workspace's own crates are far fewer). */
const MAX_CRATES = 300;
const DEPENDENCY_HEADER = /^(?:target\.(?:'[^']*'|"[^"]*"|[^.]+)\.)?(dependencies|build-dependencies|dev-dependencies)(?:\.(.+))?$/;

const MANIFESTS = new WeakMap<BuildContext, Map<string, Manifest | null>>();
const CRATES = new WeakMap<BuildContext, Map<string, boolean>>();
const BUILDS = new WeakMap<BuildContext, Map<string, boolean>>();

/** How cargo is run in a folder of the copy: `--manifest-path` and whether every workspace member is built. */
export interface CargoCall {
  /** The context folder cargo runs in (`''` for the root). */
  dir: string;
  /** `--manifest-path`, relative to `dir`; null when not given. */
  manifestPath: string | null;
  /** `--workspace` or `--all`: every member of the workspace, not only the package of the folder. */
  workspace: boolean;
}

/**
 * Compiling what `cargo build` (or run, test, install --path) compiles in `call.dir` of the context reads git: the
 * package of the manifest cargo finds there (the nearest Cargo.toml at or above it), or the workspace's default members
 * (all members unless `default-members` names some) for a virtual manifest or with `--workspace`, and the path
 * dependencies of those, followed (a workspace's `config.workspace = true` through `[workspace.dependencies]`). A crate
 * reads git when its build script runs git (`Command::new("git").args(["describe", …])`), when it has a build script
 * and a build dependency that reads the repository (vergen-gitcl, vergen-git2, vergen-gix, shadow-rs, git2, gix; vergen
 * with a git feature or before 8, built with git2), or when it depends on git-version or git-testament. Once per call.
 */
export function cargoBuildReadsGit(context: BuildContext, call: CargoCall): boolean {
  let cache = BUILDS.get(context);
  if (!cache) BUILDS.set(context, (cache = new Map()));
  const key = `${call.dir}\u0000${call.manifestPath ?? ''}\u0000${call.workspace}`;
  let found = cache.get(key);
  if (found === undefined) cache.set(key, (found = buildReadsGit(context, call)));
  return found;
}

function buildReadsGit(context: BuildContext, call: CargoCall): boolean {
  let start: string | null = null;
  if (call.manifestPath !== null) {
    const file = join(call.dir, call.manifestPath);
    start = file.endsWith('Cargo.toml') && manifestOf(context, dirOf(file)) ? dirOf(file) : null;
  } else {
    for (let d = call.dir; ; d = dirOf(d)) {
      if (manifestOf(context, d)) {
        start = d;
        break;
      }
      if (!d) break;
    }
  }
  if (start === null) return false;
  const manifest = manifestOf(context, start)!;
  const root = workspaceRoot(context, start);
  const rootManifest = root === null ? null : manifestOf(context, root);
  const isPackage = section(manifest, 'package') !== null;
  let crates: string[] = [start];
  if (rootManifest && root !== null && (call.workspace || !isPackage)) {
    const defaults = call.workspace ? null : arrayOf(section(rootManifest, 'workspace') ?? '', 'default-members');
    crates = expandMembers(context, root, defaults ?? arrayOf(section(rootManifest, 'workspace') ?? '', 'members') ?? []);
    if (section(rootManifest, 'package') !== null && (call.workspace || defaults === null)) crates.push(root);
  }
  const workspaceDeps = rootManifest ? dependencies(rootManifest, 'workspace.dependencies') : new Map<string, Dependency>();
  const seen = new Set<string>();
  const queue = [...crates];
  while (queue.length && seen.size < MAX_CRATES) {
    const dir = queue.shift()!;
    // A path outside the context (`../shared`) is not in the copy.
    if (seen.has(dir) || dir.startsWith('..')) continue;
    seen.add(dir);
    const m = manifestOf(context, dir);
    if (!m) continue;
    if (crateReadsGit(context, dir, m, workspaceDeps)) return true;
    // The local crates it compiles: `path = "…"` dependencies, its own or the workspace's it inherits.
    for (const kind of ['dependencies', 'build-dependencies']) {
      for (const [name, dep] of dependencies(m, kind)) {
        const own = pathOf(dep.text);
        if (own !== null) queue.push(join(dir, own));
        else if (inherits(dep.text) && root !== null) {
          const shared = pathOf(workspaceDeps.get(name)?.text ?? '');
          if (shared !== null) queue.push(join(root, shared));
        }
      }
    }
  }
  return false;
}

/** One crate's own compilation reads git (cargoBuildReadsGit); once per crate folder and context. */
function crateReadsGit(context: BuildContext, dir: string, manifest: Manifest, workspaceDeps: ReadonlyMap<string, Dependency>): boolean {
  let cache = CRATES.get(context);
  if (!cache) CRATES.set(context, (cache = new Map()));
  let found = cache.get(dir);
  if (found !== undefined) return found;
  found = false;
  // An inherited entry (`vergen.workspace = true`) takes its crate and features from `[workspace.dependencies]` too.
  const entry = (name: string, dep: Dependency): Dependency => {
    const shared = inherits(dep.text) ? workspaceDeps.get(name) : undefined;
    return shared ? { crate: shared.crate, text: `${shared.text}\n${dep.text}` } : dep;
  };
  const pkg = section(manifest, 'package') ?? '';
  const written = /^\s*build\s*=\s*(?:"([^"]*)"|'([^']*)'|(false|true))/m.exec(pkg);
  const script = written?.[3] === 'false' ? null : join(dir, written?.[1] ?? written?.[2] ?? 'build.rs');
  const scriptText = script === null ? null : context.read(script);
  if (scriptText !== null) {
    if (CARGO_BUILD_SCRIPT_RUNS_GIT.every((r) => r.test(scriptText))) found = true;
    for (const [name, dep] of dependencies(manifest, 'build-dependencies')) {
      if (found) break;
      const { crate, text } = entry(name, dep);
      const feature = CARGO_GIT_FEATURES.get(crate);
      if (CARGO_GIT_BUILD_DEPENDENCIES.has(crate) || feature?.test(text)) found = true;
      else if (crate === 'vergen' && VERGEN_DEFAULT_GIT.test(text) && !/default-features\s*=\s*false/.test(text)) found = true;
    }
  }
  if (!found) for (const [name, dep] of dependencies(manifest, 'dependencies')) if (CARGO_GIT_MACROS.has(entry(name, dep).crate)) found = true;
  cache.set(dir, found);
  return found;
}

/** The folder at or above `dir` whose Cargo.toml has `[workspace]` (cargo's search for the workspace root); null when none. */
function workspaceRoot(context: BuildContext, dir: string): string | null {
  for (let d = dir; ; d = dirOf(d)) {
    const m = manifestOf(context, d);
    if (m && section(m, 'workspace') !== null) return d;
    if (!d) return null;
  }
}

/** Member globs (`crates/*`) as the folders of the context holding a Cargo.toml. */
function expandMembers(context: BuildContext, root: string, members: readonly string[]): string[] {
  const out: string[] = [];
  for (const member of members) {
    let dirs = [root];
    for (const part of member.split('/').filter((p) => p && p !== '.')) {
      if (!/[*?[]/.test(part)) {
        dirs = dirs.map((d) => join(d, part));
        continue;
      }
      const glob = new RegExp(`^${part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
      dirs = dirs.flatMap((d) => context.list(d).filter((n) => glob.test(n)).map((n) => join(d, n)));
    }
    out.push(...dirs.filter((d) => context.exists(join(d, 'Cargo.toml'))));
  }
  return out;
}

function manifestOf(context: BuildContext, dir: string): Manifest | null {
  let cache = MANIFESTS.get(context);
  if (!cache) MANIFESTS.set(context, (cache = new Map()));
  let m = cache.get(dir);
  if (m === undefined) {
    const text = context.read(join(dir, 'Cargo.toml'));
    cache.set(dir, (m = text === null ? null : parseManifest(text)));
  }
  return m;
}

function parseManifest(text: string): Manifest {
  const sections: Manifest['sections'] = [];
  let current = { header: '', body: '' };
  sections.push(current);
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$/.exec(line);
    if (header) sections.push((current = { header: header[1]!.replace(/\s*\.\s*/g, '.'), body: '' }));
    else current.body += `${line.replace(/^\s*#.*$/, '')}\n`;
  }
  return { sections };
}

/** The body of the section named `header`; null when the manifest has none. */
function section(manifest: Manifest, header: string): string | null {
  const found = manifest.sections.filter((s) => s.header === header);
  return found.length ? found.map((s) => s.body).join('\n') : null;
}

/**
 * The manifest's dependencies of a kind (`dependencies`, `build-dependencies`, also under `[target.….]`; or
 * `workspace.dependencies`), by key: `name = "1"`, `name = { … }` (over several lines), `name.workspace = true`, and
 * `[dependencies.name]` tables.
 */
function dependencies(manifest: Manifest, kind: string): Map<string, Dependency> {
  const out = new Map<string, Dependency>();
  const add = (key: string, text: string) => {
    const name = key.replace(/^["']|["']$/g, '');
    const renamed = /\bpackage\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
    const before = out.get(name);
    out.set(name, { crate: renamed ?? before?.crate ?? name, text: before ? `${before.text}\n${text}` : text });
  };
  for (const s of manifest.sections) {
    let table: string | null = null;
    if (kind === 'workspace.dependencies') {
      if (s.header.startsWith('workspace.dependencies.')) table = s.header.slice('workspace.dependencies.'.length);
      else if (s.header !== kind) continue;
    } else {
      const m = DEPENDENCY_HEADER.exec(s.header);
      if (!m || m[1] !== kind) continue;
      table = m[2] ?? null;
    }
    if (table !== null) {
      add(table, s.body);
      continue;
    }
    const entry = /^[ \t]*("[^"]+"|'[^']+'|[A-Za-z0-9_-]+)[ \t]*(\.[ \t]*[A-Za-z_-]+[ \t]*)?=/gm;
    for (const m of s.body.matchAll(entry)) add(m[1]!, `${m[2] ?? ''}=${valueAt(s.body, m.index! + m[0].length)}`);
  }
  return out;
}

/** The TOML value starting at `from`: to the end of its line, or past the bracket or brace that closes it. */
function valueAt(text: string, from: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let k = from; k < text.length; k++) {
    const ch = text[k]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '\n' && depth <= 0) return text.slice(from, k);
  }
  return text.slice(from);
}

/** The strings of an array value `key = ["a", "b"]` of a section's body; null when it has none. */
function arrayOf(body: string, key: string): string[] | null {
  const m = new RegExp(`^\\s*${key}\\s*=`, 'm').exec(body);
  if (!m) return null;
  return [...valueAt(body, m.index + m[0].length).matchAll(/"([^"]*)"|'([^']*)'/g)].map((v) => (v[1] ?? v[2])!);
}

function pathOf(entry: string): string | null {
  return /\bpath\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(entry)?.slice(1).find((v) => v !== undefined) ?? null;
}

/** `name.workspace = true` or `name = { workspace = true, … }`. */
function inherits(entry: string): boolean {
  return /^\.\s*workspace\s*=\s*true|\bworkspace\s*=\s*true/.test(entry);
}

function join(dir: string, rel: string): string {
  return path.posix.normalize(path.posix.join(dir || '.', rel)).replace(/^\.\/?$/, '').replace(/\/+$/, '');
}

function dirOf(rel: string): string {
  return rel.includes('/') ? path.posix.dirname(rel) : '';
}
