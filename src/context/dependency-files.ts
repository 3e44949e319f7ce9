/**
 * Follows dependency installs back to the files they read in the build context (requirements files with
 * their `-r`/`-c` includes, conda environment files with their `pip:` section) and lists the entries
 * without an exact version. Shared by `requirements-pin-versions` and `conda-pin-versions`.
 */
import path from 'node:path';
import type { DockerfileModel } from '../model/types.js';
import type { RuleContext } from '../rule.js';
import type { Range } from '../types.js';
import type { BuildContext } from './build-context.js';
import { type CondaSpec, parseCondaEnv, parseCondaSpecList } from './conda-env.js';
import { contextOrigin, imagePathOf } from './copies.js';
import { normalizeContextPath } from './dockerignore.js';
import { type DependencyInstall, dependencyInstalls, type InstallFile } from './installs.js';
import { markerEnvironment, markerHolds } from './python-markers.js';
import { normalizeName, parseRequirements, pinnedNames, type RequirementEntry } from './requirements.js';
import { contextLooksRight } from './scan.js';

export interface UnpinnedEntry {
  /** Context-relative path of the file that holds the entry. */
  file: string;
  range: Range;
  /** The entry as written (`numpy>=1.26`). */
  text: string;
  /** The install that reads the file. */
  install: DependencyInstall;
  /**
   * The packaging file that reads the file as the library's dependency declarations (BuildContext.packagingReading:
   * `setup.py`), whose pins belong in a constraints file; null when none does.
   */
  library: string | null;
}

/** Where an install's file lives in the build context, or null when it was not copied from there. */
export function contextPathOf(install: DependencyInstall, file: InstallFile, context: BuildContext | null): string | null {
  if (/^[a-z]+:\/\//i.test(file.path) || (file.word && !file.word.literal)) return null;
  const imagePath = imagePathOf(install.instruction, install.command, file.path);
  if (imagePath === null) return null;
  return contextOrigin(install.instruction, imagePath, context)?.contextPath ?? null;
}

interface RequirementsTree {
  entries: { file: string; entry: RequirementEntry }[];
  constraints: Set<string>;
  /** The install takes a constraints file (`-c`, also from a requirements file, `PIP_CONSTRAINT`), read or not. */
  constrained: boolean;
}

function rangeOf(line: number, column: number, endColumn: number): Range {
  return { start: { line, column }, end: { line, column: endColumn } };
}

/** Reads a requirements file and its includes (paths relative to the including file, as pip resolves them). */
function readRequirements(context: BuildContext, file: string, kind: 'requirement' | 'constraint', tree: RequirementsTree, seen: Set<string>): void {
  const key = `${kind}:${file}`;
  if (kind === 'constraint') tree.constrained = true;
  if (seen.has(key) || seen.size > 50) return;
  seen.add(key);
  const text = context.read(file);
  if (text === null) return;
  const parsed = parseRequirements(text);
  if (kind === 'constraint') for (const n of pinnedNames(parsed)) tree.constraints.add(n);
  else for (const entry of parsed.entries) tree.entries.push({ file, entry });
  for (const inc of parsed.includes) {
    if (/^[a-z]+:\/\//i.test(inc.path) || inc.path.includes('$')) continue;
    const nested = normalizeContextPath(path.posix.join(path.posix.dirname(file), inc.path));
    // A file included with `-r` from a constraints file is still a constraints file.
    readRequirements(context, nested, kind === 'constraint' ? 'constraint' : inc.kind, tree, seen);
  }
}

/** Constraint files named by `PIP_CONSTRAINT` / `UV_CONSTRAINT` in the image environment. */
function envConstraintFiles(install: DependencyInstall): InstallFile[] {
  const out: InstallFile[] = [];
  for (const name of ['PIP_CONSTRAINT', 'UV_CONSTRAINT']) {
    const value = install.instruction.state.env.get(name);
    if (value) for (const p of value.split(/\s+/).filter(Boolean)) out.push({ path: p, word: null, kind: 'constraint' });
  }
  return out;
}

/** Unpinned requirements in the pip requirements files (and `pip:` sections of environment files) the Dockerfile installs, outside a Dev Container's stages. */
export function unpinnedRequirements(model: DockerfileModel, context: BuildContext): UnpinnedEntry[] {
  const out: UnpinnedEntry[] = [];
  const reported = new Set<string>();
  for (const install of dependencyInstalls(model)) {
    // A Dev Container's stage (Stage.devEnvironment): the rules reading this spare it. Left out before a file's lines
    // count as reported, so the same file installed by a shipped stage stays reported there.
    if (install.instruction.stage?.devEnvironment) continue;
    const tree: RequirementsTree = { entries: [], constraints: new Set(), constrained: false };
    const seen = new Set<string>();
    for (const file of [...install.files, ...envConstraintFiles(install)]) {
      if (file.kind !== 'constraint') continue;
      tree.constrained = true;
      const at = contextPathOf(install, file, context);
      if (at !== null) readRequirements(context, at, 'constraint', tree, seen);
    }
    for (const file of install.files) {
      const at = file.kind === 'constraint' ? null : contextPathOf(install, file, context);
      if (at === null) continue;
      if (file.kind === 'requirement') {
        if (/\.(toml|cfg|py|lock)$/i.test(at)) continue;
        readRequirements(context, at, 'requirement', tree, seen);
      } else if (file.kind === 'conda-env') {
        const env = readCondaEnv(context, at);
        if (!env) continue;
        const lines = env.pip.lines;
        const parsed = parseRequirements(lines.map((l) => l.text).join('\n'));
        for (const entry of parsed.entries) {
          const src = lines[entry.line - 1]!;
          const column = src.column + entry.column - 1;
          tree.entries.push({ file: at, entry: { ...entry, line: src.line, column, endColumn: column + entry.text.length } });
        }
        for (const inc of parsed.includes) {
          const nested = normalizeContextPath(path.posix.join(path.posix.dirname(at), inc.path));
          readRequirements(context, nested, inc.kind, tree, seen);
        }
      }
    }
    const env = markerEnvironment(install.instruction, install.command);
    for (const { file, entry } of tree.entries) {
      if (entry.pinned || (entry.name && tree.constraints.has(normalizeName(entry.name)))) continue;
      // A file the project's packaging reads (`install_requires`, extras) takes no exact pins: they would pin every
      // user's install of the library. Its pins belong in a constraints file; an install that takes one has chosen there
      // what it pins (great_expectations' `--constraint constraints-dev.txt`).
      const library = context.packagingReading(file);
      if (library !== null && tree.constrained) continue;
      // The project's own package follows its releases, which the project versions itself (as in pip-pin-versions).
      if (entry.name && context.projectPythonPackages().has(entry.name)) continue;
      // pip skips a requirement whose marker is false for the image's Python (`pkg~=9.0; python_version >= "3.11"` on 3.10).
      if (entry.marker !== null && markerHolds(entry.marker, env) === false) continue;
      const key = `${file}:${entry.line}:${entry.column}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({ file, range: rangeOf(entry.line, entry.column, entry.endColumn), text: entry.text, install, library });
    }
  }
  return out;
}

function readCondaEnv(context: BuildContext, file: string): ReturnType<typeof parseCondaEnv> {
  const text = context.read(file);
  return text === null ? null : parseCondaEnv(text);
}

/** Conda packages without a version in the environment files and spec lists the Dockerfile installs, outside a Dev Container's stages. */
export function unpinnedCondaPackages(model: DockerfileModel, context: BuildContext): UnpinnedEntry[] {
  const out: UnpinnedEntry[] = [];
  const reported = new Set<string>();
  for (const install of dependencyInstalls(model)) {
    // A Dev Container's stage (Stage.devEnvironment): the rules reading this spare it. Left out before a file's lines
    // count as reported, so the same file installed by a shipped stage stays reported there.
    if (install.instruction.stage?.devEnvironment) continue;
    for (const file of install.files) {
      if (file.kind !== 'conda-env' && file.kind !== 'conda-specs') continue;
      const at = contextPathOf(install, file, context);
      if (at === null) continue;
      let specs: CondaSpec[] = [];
      if (file.kind === 'conda-env') specs = readCondaEnv(context, at)?.specs ?? [];
      else {
        const text = context.read(at);
        specs = text === null ? [] : parseCondaSpecList(text);
      }
      for (const spec of specs) {
        const key = `${at}:${spec.line}:${spec.column}`;
        if (spec.pinned || reported.has(key)) continue;
        reported.add(key);
        out.push({ file: at, range: rangeOf(spec.line, spec.column, spec.endColumn), text: spec.text, install, library: null });
      }
    }
  }
  return out;
}

/** A context file's path for findings, written the way the Dockerfile's own path was given. */
export function displayPath(modelPath: string, context: BuildContext, relPath: string): string {
  const abs = path.join(context.root, relPath);
  if (path.isAbsolute(modelPath)) return abs;
  return path.relative(process.cwd(), abs).split(path.sep).join('/');
}

/** The place a finding in a context file names as its cause: `RUN at Dockerfile:12`. */
export function installedBy(model: DockerfileModel, entry: UnpinnedEntry): string {
  return `RUN at ${model.path}:${entry.install.instruction.range.start.line}`;
}

/**
 * The environment-file half of `conda-pin-versions`: reports conda packages without a version in the files
 * that `conda env create -f` & co. read from the build context.
 */
export function reportUnpinnedCondaFiles(context: Pick<RuleContext, 'model' | 'buildContext' | 'report'>): void {
  const { model, buildContext, report } = context;
  if (!buildContext || !contextLooksRight(model, buildContext)) return;
  for (const entry of unpinnedCondaPackages(model, buildContext)) {
    report({
      file: displayPath(model.path, buildContext, entry.file),
      range: entry.range,
      message: `Conda package \`${entry.text}\` in ${entry.file} ${/[<>=!~]/.test(entry.text) ? 'allows a range of versions' : 'has no version'} (installed by ${installedBy(model, entry)}); pin it as \`${entry.text.split(/[<>=!~\s[]/)[0]}=<version>\`.`,
      related: [{ range: entry.install.instruction.range, message: `the RUN that installs ${entry.file}` }],
    });
  }
}
