/**
 * Custom Dockerfiles of cross-rs (`cross build --target …`): a `Cross.toml` (or a file `CROSS_CONFIG` names, such as
 * openobserve's `Cross.ent.toml`), or the `[package.metadata.cross]`/`[workspace.metadata.cross]` tables of a
 * `Cargo.toml`, gives a target (or every target, `[build]`) a `dockerfile = "path"` or `dockerfile = { file = "path",
 * build-args = { … } }`, relative to the workspace's root. cross builds it with `--build-arg CROSS_BASE_IMAGE=<its
 * image for the target>` (what `FROM $CROSS_BASE_IMAGE` is for: one file serves several targets), `CROSS_DEB_ARCH`
 * for a Linux target (the Debian architecture), and the `build-args` given (cross's `src/docker/custom.rs`). The
 * `CROSS_CMAKE_*`, `CROSS_SYSROOT` and `CROSS_TOOLCHAIN*` variables are its images' ENV, not build arguments.
 */
import path from 'node:path';
import fs from 'node:fs';
import { foldersToRepositoryTop } from './compose.js';
import { listing, projectFileCache } from './project-file.js';

/** `Cross.toml`, and the variants a `CROSS_CONFIG` names (`Cross.ent.toml`, `Cross-musl.toml`). */
const CROSS_FILE = /^cross([.-][\w.-]+)?\.toml$/i;

/** A custom Dockerfile of a cross config: its absolute path and the build arguments cross passes building it. */
interface CrossDockerfile {
  file: string;
  args: readonly string[];
}

/** A TOML file's values that are strings, each at its full dotted key (tables, dotted keys and inline tables flattened). */
function tomlStrings(text: string): { key: string[]; value: string }[] {
  const out: { key: string[]; value: string }[] = [];
  let table: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = keyPath(header[1]!);
      continue;
    }
    readPairs(line, table, out);
  }
  return out;
}

/** A dotted key's parts, quotes removed (`target."x86_64-unknown-linux-gnu".dockerfile`). */
function keyPath(key: string): string[] {
  return [...key.matchAll(/"([^"]*)"|'([^']*)'|([^.\s]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const PAIR = /^\s*((?:"[^"]*"|'[^']*'|[\w-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[\w-]+))*)\s*=\s*/;

/** The `key = value` pairs of `text` (a line, or an inline table's inside) under `table`: the strings, inline tables read within. */
function readPairs(text: string, table: string[], out: { key: string[]; value: string }[]): void {
  let rest = text;
  for (;;) {
    const pair = PAIR.exec(rest);
    if (!pair) return;
    const key = [...table, ...keyPath(pair[1]!)];
    rest = rest.slice(pair[0].length);
    const string = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(rest);
    if (string) {
      out.push({ key, value: string[1] ?? string[2]! });
      rest = rest.slice(string[0].length);
    } else if (rest.startsWith('{')) {
      const end = closingBrace(rest);
      readPairs(rest.slice(1, end), key, out);
      rest = rest.slice(end + 1);
    } else {
      // A number, a boolean or an array: skipped to the next pair.
      const next = /^[^,]*/.exec(rest)![0];
      out.push({ key, value: '' });
      rest = rest.slice(next.length);
    }
    const comma = /^\s*,/.exec(rest);
    if (!comma) return;
    rest = rest.slice(comma[0].length);
  }
}

/** Where the inline table that `text` opens ends (its length when it does not). */
function closingBrace(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return text.length;
      i = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The custom Dockerfiles a cross config (or a Cargo.toml's cross metadata) names; each file read once per run. */
const crossDockerfiles = projectFileCache((file: string): readonly CrossDockerfile[] => {
  const cargo = /^cargo\.toml$/i.test(path.basename(file));
  const text = fs.readFileSync(file, 'utf8');
  if (cargo && !/metadata\.cross\b/.test(text)) return [];
  const pairs = tomlStrings(text).flatMap(({ key, value }) => {
    if (!cargo) return [{ key, value }];
    // `[package.metadata.cross.target.X]`, `[workspace.metadata.cross.build]`.
    return (key[0] === 'package' || key[0] === 'workspace') && key[1] === 'metadata' && key[2] === 'cross' ? [{ key: key.slice(3), value }] : [];
  });
  // A target's settings sit under `target.<triple>`, the ones for every target under `build`.
  const scopes = new Map<string, string | null>();
  for (const { key } of pairs) {
    if (key[0] === 'build' && key[1] === 'dockerfile') scopes.set('build', null);
    if (key[0] === 'target' && key.length > 2 && key[2] === 'dockerfile') scopes.set(`target.${key[1]}`, key[1]!);
  }
  const out: CrossDockerfile[] = [];
  for (const [scope, target] of scopes) {
    const prefix = scope === 'build' ? ['build', 'dockerfile'] : ['target', target!, 'dockerfile'];
    const under = pairs.filter(({ key }) => prefix.every((p, i) => key[i] === p));
    const named = under.find(({ key }) => key.length === prefix.length || (key.length === prefix.length + 1 && key[prefix.length] === 'file'));
    if (!named?.value || named.value.includes('$')) continue;
    const args = under.filter(({ key }) => key[prefix.length] === 'build-args' && key.length === prefix.length + 2).map(({ key }) => key[prefix.length + 1]!);
    out.push({
      file: path.resolve(path.dirname(file), named.value),
      // CROSS_DEB_ARCH only where the target is known to be a Linux one (cross gives it a Debian architecture).
      args: ['CROSS_BASE_IMAGE', ...(target && /-linux-/.test(target) ? ['CROSS_DEB_ARCH'] : []), ...args],
    });
  }
  return out;
}, []);

/**
 * The build arguments of each cross build of `dockerfile`, one list a build: the configs read are the cross files and
 * `Cargo.toml`s of its folder and the folders above it, up to the repository's top.
 */
export function crossBuildArgs(dockerfile: string): string[][] {
  const own = path.resolve(dockerfile);
  const out: string[][] = [];
  for (const dir of foldersToRepositoryTop(path.dirname(own))) {
    for (const entry of listing(dir)) {
      if (!CROSS_FILE.test(entry) && !/^cargo\.toml$/i.test(entry)) continue;
      for (const d of crossDockerfiles(path.join(dir, entry))) if (d.file === own) out.push([...d.args]);
    }
  }
  return out;
}
