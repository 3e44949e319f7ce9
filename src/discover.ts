/**
 * Finds the Dockerfiles named by the command line: files, folders, globs. A folder search skips what only looks
 * like a Dockerfile by name (documents, templates, editor and merge backups, which `--fix` would otherwise
 * rewrite too), vendored and tool folders, and what the repository's `.gitignore` files ignore. Files named on
 * the command line are always linted, and globs match what they say.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { INSTRUCTIONS } from './knowledge/instructions.js';
import { isTemplateDockerfile } from './knowledge/templates.js';
import { loadFastGlob, loadIgnore, loadPicomatch } from './lazy-deps.js';

/** File names that are Dockerfiles (matched case-insensitively). */
export const DOCKERFILE_GLOBS = ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile', '**/Containerfile.*'];
/** What globs never match. */
const IGNORE = ['**/node_modules/**', '**/.git/**'];
/** Folders of other projects' code or of tools, never the project's own Dockerfiles. */
const VENDORED = ['node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '.tox', '.nox', 'site-packages', '__pycache__', 'vendor', 'third_party', 'third-party', 'bower_components'];
/** Version-control folders: skipped without a word in --verbose. */
const VCS = new Set(['.git', '.hg', '.svn']);
/** `Dockerfile.dockerignore` and friends are ignore files, not Dockerfiles. */
const NOT_DOCKERFILES = ['**/*.dockerignore', '**/Dockerfile.*.dockerignore'];

/** Last extensions of names that match DOCKERFILE_GLOBS without being Dockerfiles, and why. */
const SKIPPED_EXTENSIONS: [RegExp, string][] = [
  [/\.(md|markdown|rst|txt|adoc|html)$/i, 'a document'],
  [/(\.(orig|old|bak|swp|swo|rej)|~)$/i, 'a backup or merge leftover'],
];

/**
 * Last extensions of program sources, web assets, scripts and configuration, policy or configuration-language files (`scripts/buildinputs/dockerfile.go`, docker-haskell's Nickel template `Dockerfile.ncl`, Monaco's
 * `basic-languages/dockerfile/dockerfile.js`, the Rego build policy `Dockerfile.rego` beside a Dockerfile): skipped unless the file reads as a Dockerfile, since `Dockerfile.py` or
 * `Dockerfile.go` may also be a variant for that language.
 */
const SOURCE_EXTENSION = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx|go|py|rs|java|kt|rb|php|c|h|cc|cpp|json|map|css|scss|svg|xml|rego|cue|ya?ml|toml|ini|cfg|conf|sh|bash|bats|ps1|lock|sum|proto|sql|tf|hcl|nix|ncl|jsonnet|libsonnet|dhall|pkl)$/i;
/** An ignore-pattern file named for the Dockerfile it serves (redpanda's `tools/docker/Dockerfile.ignore`: `**`, `!install-dependencies.sh`). */
const IGNORE_FILE = /\.ignore$/i;
/** A template's generator markup at the start of its first line (`{{`, `{%`, `<%`, FreeMarker's `<#if`): docker-library's jq templates named `Dockerfile.oracle`. */
const TEMPLATE_MARKUP = /^(\{\{|\{%|<%|<\/?[#@][A-Za-z])/;
const INSTRUCTION_WORDS = new Set(INSTRUCTIONS);

export class DiscoveryError extends Error {}

export interface Skipped {
  file: string;
  reason: string;
}

let nameMatchers: { dockerfile: (name: string) => boolean; ignoreFile: (name: string) => boolean } | undefined;

/** Whether a path names a Dockerfile by the rules the folder search uses (for editors, which get one path). */
export function isDockerfilePath(file: string): boolean {
  const picomatch = loadPicomatch();
  nameMatchers ??= {
    dockerfile: picomatch(DOCKERFILE_GLOBS.map((g) => g.replace('**/', '')), { nocase: true, dot: true }),
    ignoreFile: picomatch(NOT_DOCKERFILES.map((g) => g.replace('**/', '')), { nocase: true, dot: true }),
  };
  const name = path.basename(file);
  return nameMatchers.dockerfile(name) && !nameMatchers.ignoreFile(name);
}

export function discover(inputs: string[], cwd: string, onSkip?: (skipped: Skipped) => void): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = path.resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };

  for (const input of inputs.length ? inputs : ['.']) {
    if (input === '-') {
      add('-');
      continue;
    }
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(path.resolve(cwd, input));
    } catch {
      stat = null;
    }
    if (stat?.isFile()) add(input);
    else if (stat?.isDirectory()) {
      const skipped: Skipped[] = [];
      const found = searchFolder(input, cwd, skipped);
      skipped.forEach((s) => onSkip?.(s));
      if (found.length === 0) {
        const note = skipped.length ? ` (${skipped.length} skipped; --verbose lists them)` : '';
        throw new DiscoveryError(`no Dockerfiles found in folder ${input}${note}`);
      }
      found.forEach(add);
    } else if (loadFastGlob().isDynamicPattern(input)) {
      const found = loadFastGlob().sync(input, { cwd, ignore: IGNORE, onlyFiles: true, dot: true }).sort();
      if (found.length === 0) throw new DiscoveryError(`no files match ${input}`);
      found.forEach(add);
    } else {
      throw new DiscoveryError(`${input}: no such file or folder`);
    }
  }
  return out;
}

function searchFolder(dir: string, cwd: string, skipped: Skipped[]): string[] {
  const root = path.resolve(cwd, dir);
  const shown = (f: string): string => (dir === '.' ? f : path.join(dir, f));
  const vendored = VENDORED.map((d) => `**/${d}/**`);
  // Vendored folders are not searched (node_modules can be huge); each is named once instead.
  const inVendored = VENDORED.map((d) => `**/${d}/*/**`);
  for (const folder of loadFastGlob().sync(VENDORED.filter((d) => !VCS.has(d)).map((d) => `**/${d}`), { cwd: root, ignore: inVendored, onlyDirectories: true, dot: true }).sort()) {
    skipped.push({ file: `${shown(folder)}/`, reason: 'a vendored or tool folder' });
  }
  const candidates = loadFastGlob().sync(DOCKERFILE_GLOBS, { cwd: root, ignore: [...vendored, ...NOT_DOCKERFILES], caseSensitiveMatch: false, onlyFiles: true, dot: true }).sort();
  const gitignored = gitignoreMatcher(root, vendored);
  const found: string[] = [];
  for (const f of candidates) {
    const reason = skipReason(root, f, gitignored);
    if (reason) skipped.push({ file: shown(f), reason });
    else found.push(shown(f));
  }
  return found;
}

function skipReason(root: string, file: string, gitignored: (file: string) => boolean): string | null {
  const ext = SKIPPED_EXTENSIONS.find(([re]) => re.test(path.basename(file)));
  if (ext) return ext[1];
  if (isTemplateDockerfile(file)) return 'a template';
  const first = firstLine(path.join(root, file));
  if (first !== undefined && TEMPLATE_MARKUP.test(first)) return 'a template';
  if (SOURCE_EXTENSION.test(file) && !readsAsDockerfile(first)) return 'source code, not a Dockerfile';
  if (IGNORE_FILE.test(file) && !readsAsDockerfile(first)) return 'an ignore file';
  return gitignored(file) ? 'ignored by .gitignore' : null;
}

/** The first line that is neither blank nor a comment, trimmed; undefined when there is none or the file cannot be read (the reader reports that). */
function firstLine(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))?.trim();
}

/** Whether that line starts with a Dockerfile instruction. */
function readsAsDockerfile(first: string | undefined): boolean {
  return first === undefined || INSTRUCTION_WORDS.has(first.split(/\s/)[0]!.toUpperCase());
}

/**
 * Whether a path (relative to `root`, `/`-separated) is ignored by `.gitignore` files: those in `root` and below,
 * and those above it up to the top of its git repository. Each file's patterns apply relative to its own folder,
 * and a deeper file's verdict wins over a shallower one's, as in git (close enough: git also never re-includes a
 * file of an excluded folder).
 */
function gitignoreMatcher(root: string, vendored: string[]): (file: string) => boolean {
  const below = loadFastGlob().sync('**/.gitignore', { cwd: root, ignore: vendored, dot: true, onlyFiles: true }).map((f) => path.join(root, path.dirname(f)));
  const load = (dirs: string[]): { dir: string; rules: Ignore }[] =>
    dirs.filter((d) => fs.existsSync(path.join(d, '.gitignore'))).map((dir) => ({ dir, rules: loadIgnore()().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }));
  const above = load(repositoryFoldersAbove(root).filter((d) => d !== root));
  const inside = load([...new Set(below)].sort((a, b) => a.length - b.length));
  // A folder named on the command line is searched even when the files above it ignore it.
  const files = isIgnored(above, `${root}${path.sep}`) ? inside : [...above, ...inside];
  if (files.length === 0) return () => false;
  return (file) => isIgnored(files, path.join(root, file));
}

/** The verdict of `files` (shallowest first) on an absolute path; a trailing separator marks a folder. */
function isIgnored(files: readonly { dir: string; rules: Ignore }[], abs: string): boolean {
  let ignored = false;
  for (const { dir, rules } of files) {
    const rel = path.relative(dir, abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const verdict = rules.test(rel.split(path.sep).join('/') + (abs.endsWith(path.sep) ? '/' : ''));
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

/** The folders from the top of the git repository holding `root` down to `root` (only `root` outside a repository). */
function repositoryFoldersAbove(root: string): string[] {
  const chain: string[] = [];
  for (let d = root; ; d = path.dirname(d)) {
    chain.unshift(d);
    if (fs.existsSync(path.join(d, '.git'))) return chain;
    if (path.dirname(d) === d) return [root];
  }
}
