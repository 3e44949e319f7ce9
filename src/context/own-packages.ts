/**
 * The Python packages a project defines, read offline from its own metadata: `[project] name` (PEP 621) and
 * `[tool.poetry] name` in `pyproject.toml`, the `name=` given to `setup()` in `setup.py`, and `name` under
 * `[metadata]` in `setup.cfg`, in the Dockerfile's folder and the folders above it up to the project's root (as for
 * its own images: foldersToProjectRoot). An image that installs one of them installs the project's own release, which
 * its release process versions: a demo or CLI image that follows the project's releases on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToProjectRoot } from './own-images.js';
import { projectFileCache } from './project-file.js';
import { normalizeName } from './requirements.js';

const METADATA_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'] as const;

/** PEP 503 normalized names of the packages the project defines. */
export function ownPythonPackages(dockerfile: string): Set<string> {
  const { folders } = foldersToProjectRoot(path.dirname(path.resolve(dockerfile)));
  const names = new Set<string>();
  for (const dir of folders) {
    for (const file of METADATA_FILES) {
      const name = packageName(path.join(dir, file));
      if (name) names.add(normalizeName(name));
    }
  }
  return names;
}

const NAME = '([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)';

const packageName = projectFileCache((file: string): string | null => {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.toml')) return tomlName(text, 'project') ?? tomlName(text, 'tool.poetry');
  if (file.endsWith('.cfg')) return iniName(text, 'metadata');
  // setup.py: the literal name given to setup() (a computed one is unknown).
  const call = text.indexOf('setup(');
  return call < 0 ? null : (new RegExp(`\\bname\\s*=\\s*["']${NAME}["']`).exec(text.slice(call))?.[1] ?? null);
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
