/**
 * The Python packages a project defines, read offline from its own metadata: `[project] name` (PEP 621) and
 * `[tool.poetry] name` in `pyproject.toml`, the `name=` given to `setup()` in `setup.py` (a literal, or a variable
 * assigned a literal in the same file: `name = "torchserve"` … `setup(name=name)`), and `name` under `[metadata]` in
 * `setup.cfg`, in the Dockerfile's folder and the folders above it up to the project's root (as for its own images:
 * foldersToProjectRoot), and in the root's own subfolders (a repository of several packages: pytorch/serve's
 * `model-archiver/setup.py` beside its root `setup.py`), vendored and test folders left out. An image that installs one
 * of them installs the project's own release, which its release process versions: a demo or CLI image that follows
 * the project's releases on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToProjectRoot } from './own-images.js';
import { isFolder, listing, projectFileCache } from './project-file.js';
import { normalizeName } from './requirements.js';

const METADATA_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'] as const;

/** PEP 503 normalized names of the packages the project defines. */
export function ownPythonPackages(dockerfile: string): Set<string> {
  const { folders, root } = foldersToProjectRoot(path.dirname(path.resolve(dockerfile)));
  const names = new Set<string>();
  for (const dir of new Set([...folders, ...(root ? packageFolders(root) : [])])) {
    for (const file of METADATA_FILES) {
      const name = packageName(path.join(dir, file));
      if (name) names.add(normalizeName(name));
    }
  }
  return names;
}

/** Subfolders of the root read at most (the first ones by name): the walk stays one listing and a few reads. */
const MAX_SUBFOLDERS = 100;
/** Folders whose packages are someone else's (vendored copies, dependencies) or only test data. */
const NOT_OWN = /^(\.|_)|^(node_modules|vendor|vendored|third[-_]?party|3rdparty|external|extern|deps|submodules|site-packages|venv|tests?|testing|test[-_]?data|fixtures)$/i;

/** The root's subfolders that may hold a package of the project's own. */
function packageFolders(root: string): string[] {
  const subfolders = listing(root).filter((n) => !NOT_OWN.test(n)).sort().slice(0, MAX_SUBFOLDERS);
  return subfolders.map((n) => path.join(root, n)).filter(isFolder);
}

const NAME = '([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)';

const packageName = projectFileCache((file: string): string | null => {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.toml')) return tomlName(text, 'project') ?? tomlName(text, 'tool.poetry');
  if (file.endsWith('.cfg')) return iniName(text, 'metadata');
  // setup.py: the name given to setup(), a literal or a variable assigned one in the file (a computed one is unknown).
  const call = text.indexOf('setup(');
  if (call < 0) return null;
  const given = new RegExp(`\\bname\\s*=\\s*(?:["']${NAME}["']|([A-Za-z_]\\w*)\\s*[,)])`).exec(text.slice(call));
  if (!given) return null;
  if (given[1]) return given[1];
  // Its first assignment: a later one overrides it from the command line (`--override-name`), not by default.
  return new RegExp(`^\\s*${given[2]}\\s*=\\s*["']${NAME}["']\\s*(#.*)?$`, 'm').exec(text)?.[1] ?? null;
}, null);

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
