/**
 * The Python packages a project defines, read offline from its own metadata: `[project] name` (PEP 621) and
 * `[tool.poetry] name` in `pyproject.toml`, the `name=` given to `setup()` in `setup.py` or a setup script beside it
 * (jax's `jax_plugins/rocm/plugin_setup.py`, which its wheel build copies in as `setup.py`: PACKAGING_FILE), and `name`
 * under `[metadata]` in `setup.cfg`. The `setup()` name is a literal, or a variable assigned a literal in the same
 * file (`name = "torchserve"` … `setup(name=name)`), or a conditional expression of literals, each of them a name the
 * project publishes under (deepsparse's `_PACKAGE_NAME = ("deepsparse-ent" if is_enterprise else "deepsparse" if
 * is_release else "deepsparse-nightly")`), also given through a dict spread into the call (ipex-llm's
 * `metadata = dict(name='ipex_llm', …)`, great_expectations' `config = {"name": "great_expectations", …}` then
 * `setup(**config)`). An f-string is a pattern of names, its placeholders any part (jax's
 * `f"jax-rocm{rocm_version}-plugin"`, built as `jax_rocm60_plugin`), when a literal of three characters or more
 * starts it: `f"{prefix}-plugin"` would match anyone's plugin.
 * The files are read in the Dockerfile's folder and the folders above it up to the project's root (as for its own
 * images: foldersToProjectRoot), and in the root's subfolders down to MAX_DEPTH levels (a repository of several packages:
 * pytorch/serve's `model-archiver/setup.py` beside its root `setup.py`; ipex-llm's `python/llm/setup.py`, its root
 * `pyproject.toml` naming the older BigDL), vendored, test and example folders left out. A project in a folder of a
 * larger git repository (kserve's `docs/samples/kafka/`, with its own README and `setup.py`) is the repository's too:
 * the subfolders of the repository's top (the folder holding `.git`) are read as well (kserve's `python/kserve/`).
 * An image that installs one
 * of them installs the project's own release, which its release process versions: a demo or CLI image that follows
 * the project's releases on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop } from './compose.js';
import { foldersToProjectRoot } from './own-images.js';
import { listing, projectFileCache } from './project-file.js';
import { normalizeName } from './requirements.js';

/** The files naming a package: `pyproject.toml`, `setup.cfg`, `setup.py` and setup scripts named after it (`plugin_setup.py`; not a test's `test_setup.py`). */
const PACKAGING_FILE = /^(pyproject\.toml|setup\.cfg|(?!test)[\w-]*setup\.py)$/;

/** The packages a project defines: `has` takes any spelling of a name (PEP 503 normalizes it). */
export interface PythonPackages {
  has(name: string): boolean;
}

/** PEP 503 names, and the patterns of names an f-string gives (`jax-rocm*-plugin`, `*` any part). */
class PackageNames implements PythonPackages {
  private readonly exact = new Set<string>();
  private readonly patterns: RegExp[] = [];
  add(name: string): void {
    const normalized = normalizeName(name);
    if (!normalized.includes('*')) this.exact.add(normalized);
    // A normalized name holds letters, digits and `-` only: nothing to escape.
    else this.patterns.push(new RegExp(`^${normalized.split('*').join('[a-z0-9-]*')}$`));
  }
  has(name: string): boolean {
    const normalized = normalizeName(name);
    return this.exact.has(normalized) || this.patterns.some((p) => p.test(normalized));
  }
}

/** The packages the project defines. */
export function ownPythonPackages(dockerfile: string): PythonPackages {
  const start = path.dirname(path.resolve(dockerfile));
  const { folders, root } = foldersToProjectRoot(start);
  const top = foldersToRepositoryTop(start).at(-1)!;
  const repository = top !== root && fs.existsSync(path.join(top, '.git')) ? [top, ...packageFolders(top)] : [];
  const names = new PackageNames();
  for (const dir of new Set([...folders, ...(root ? packageFolders(root) : []), ...repository])) {
    for (const file of packagingFiles(dir)) for (const name of packageNames(path.join(dir, file))) names.add(name);
  }
  return names;
}

/** A folder's packaging files (PACKAGING_FILE), listed again only when the folder changes (the language server lives long). */
const packagingFiles = (() => {
  const cache = new Map<string, { mtimeMs: number; files: string[] }>();
  return (dir: string): readonly string[] => {
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(dir).mtimeMs;
    } catch {
      return [];
    }
    const cached = cache.get(dir);
    if (cached && cached.mtimeMs === mtimeMs) return cached.files;
    const files = listing(dir).filter((n) => PACKAGING_FILE.test(n));
    cache.set(dir, { mtimeMs, files });
    return files;
  };
})();

/** Subfolders below the root walked into: packaging sits near the top (`python/llm/setup.py`), examples deeper. */
const MAX_DEPTH = 3;
/** Subfolders of one folder walked into (the first ones by name), and folders walked in all: a few hundred listings at most. */
const MAX_SUBFOLDERS = 100;
const MAX_FOLDERS = 400;
/** Folders whose packages are someone else's (vendored copies, dependencies) or only test data. */
const NOT_OWN = /^(\.|_)|^(node_modules|vendor|vendored|third[-_]?party|3rdparty|external|extern|deps|submodules|site-packages|venv|tests?|testing|test[-_]?data|fixtures|examples?|samples?)$/i;

/** The root's subfolders, breadth first down to MAX_DEPTH, that may hold a package of the project's own; walked once per root. */
const packageFolders = (() => {
  const cache = new Map<string, string[]>();
  return (root: string): string[] => {
    const cached = cache.get(root);
    if (cached) return cached;
    const found: string[] = [];
    let level = [root];
    for (let depth = 1; depth <= MAX_DEPTH && level.length > 0 && found.length < MAX_FOLDERS; depth++) {
      level = level.flatMap((dir) => subfolders(dir).filter((n) => !NOT_OWN.test(n)).sort().slice(0, MAX_SUBFOLDERS).map((n) => path.join(dir, n)));
      level = level.slice(0, MAX_FOLDERS - found.length);
      found.push(...level);
    }
    cache.set(root, found);
    return found;
  };
})();

/** A folder's subfolders (none when it cannot be read): one listing, no stat per entry. */
function subfolders(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

const NAME = '([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)';
/** An f-string of a name with placeholders (`f"jax-rocm{rocm_version}-plugin"`): its text between the quotes. */
const F_NAME = '[fF]["\'](?=[^"\'\\n]*\\{)([A-Za-z0-9._{}-][^"\'\\n]*)["\']';
/** A string value: a literal name (group 1) or an f-string's text (group 2). */
const VALUE = `(?:["']${NAME}["']|${F_NAME})`;

/**
 * The name an f-string gives as a pattern (`jax-rocm*-plugin`), or null: placeholders stand for any part, and a literal
 * of three letters or digits at least must start it (a pattern opening with a placeholder matches others' names).
 */
function fStringPattern(text: string): string | null {
  const pattern = text.replace(/\{[^{}]*\}/g, '*');
  if (!/^[A-Za-z0-9][A-Za-z0-9._*-]*$/.test(pattern)) return null;
  return pattern.split('*')[0]!.replace(/[^A-Za-z0-9]/g, '').length >= 3 ? pattern : null;
}

/** The name a VALUE match gives: the literal, or the f-string's pattern (null when it has none). */
const valueName = (literal: string | undefined, fString: string | undefined): string | null => literal ?? (fString === undefined ? null : fStringPattern(fString));

const packageNames = projectFileCache((file: string): readonly string[] => {
  const text = fs.readFileSync(file, 'utf8');
  const one = (name: string | null): string[] => (name ? [name] : []);
  if (file.endsWith('.toml')) return one(tomlName(text, 'project') ?? tomlName(text, 'tool.poetry'));
  if (file.endsWith('.cfg')) return one(iniName(text, 'metadata'));
  // setup.py: the name given to setup(), a literal or a variable assigned literals in the file (a computed one is unknown).
  // The call, not a method of that name (`def setup(self):`).
  let call = /(?<!\bdef\s+)\bsetup\(/.exec(text)?.index ?? -1;
  if (call < 0) return [];
  // `setup(**metadata)`: the arguments are a dict built before it (ipex-llm's `metadata = dict(name='ipex_llm', …)`,
  // great_expectations' `config = {…, "name": "great_expectations", …}`).
  const spread = /^setup\(\s*\*\*([A-Za-z_]\w*)\s*\)/.exec(text.slice(call));
  if (spread) {
    const built = new RegExp(`^[ \\t]*${spread[1]}[ \\t]*=[ \\t]*(?:dict\\(|\\{)`, 'm').exec(text);
    if (!built) return [];
    call = built.index;
  }
  const given = new RegExp(`(?:\\bname\\s*=|["']name["']\\s*:)\\s*(?:${VALUE}|([A-Za-z_]\\w*)\\s*[,)}])`).exec(text.slice(call));
  if (!given) return [];
  if (given[1] !== undefined || given[2] !== undefined) return one(valueName(given[1], given[2]));
  // Its first assignment of literals: a later one overrides it from the command line (`--override-name`), not by default.
  for (const assigned of text.matchAll(new RegExp(`^[ \\t]*${given[3]}[ \\t]*=(?!=)(.*)$`, 'gm'))) {
    const names = literalBranches(expressionAt(text, assigned.index + assigned[0].length - assigned[1]!.length));
    if (names.length > 0) return names;
  }
  return [];
}, []);

/** The right-hand side starting at `at`: to the end of its line, or a parenthesized one to its closing parenthesis. */
function expressionAt(text: string, at: number): string {
  const rest = text.slice(at).replace(/^[ \t]+/, '');
  if (!rest.startsWith('(')) return rest.split('\n')[0]!.replace(/#.*$/, '');
  const close = rest.indexOf(')');
  return close < 0 ? '' : rest.slice(1, close);
}

/**
 * The values of `"a"` or `"a" if c else "b" if d else "c"`, each branch a string literal or an f-string of a name
 * (fStringPattern); none when any branch is something else (a call, a variable).
 */
function literalBranches(expression: string): string[] {
  const parts = expression.split(/\belse\b/);
  const names = parts.map((part, i) => {
    const m = new RegExp(`^\\s*${VALUE}\\s*${i < parts.length - 1 ? '\\bif\\b[^]*' : ''}$`).exec(part);
    return m ? valueName(m[1], m[2]) : null;
  });
  return names.every((n) => n !== null) ? (names as string[]) : [];
}

/** `name = "x"` in the TOML table `[table]`, before the next table header. */
function tomlName(text: string, table: string): string | null {
  const body = section(text, `[${table}]`);
  return body === null ? null : (new RegExp(`^\\s*name\\s*=\\s*["']${NAME}["']\\s*(#.*)?$`, 'm').exec(body)?.[1] ?? null);
}

/** `name = x` in the INI section `[section]`. */
function iniName(text: string, name: string): string | null {
  const body = section(text, `[${name}]`);
  return body === null ? null : (new RegExp(`^\\s*name\\s*[=:]\\s*${NAME}\\s*$`, 'm').exec(body)?.[1] ?? null);
}

/** The lines after the header line `header` up to the next header, or null without that header. */
function section(text: string, header: string): string | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === header);
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
