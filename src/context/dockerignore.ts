/**
 * `.dockerignore` as BuildKit reads it: which ignore file applies, and whether a context path is excluded.
 *
 * Matching uses `@balena/dockerignore` (a port of moby's pattern matcher) with two corrections so that it
 * agrees with today's `moby/patternmatcher` `MatchesOrParentMatches`: matching is case-sensitive (the
 * package folds case by default), and regexp metacharacters that `filepath.Match` treats literally
 * (`+ ( ) | { }`) are escaped before the package turns the pattern into a regexp.
 */
import dockerignore, { type Ignore } from '@balena/dockerignore';
import path from 'node:path';
import type { BuildContext } from './build-context.js';

export interface DockerIgnore {
  /** Context-relative path of the ignore file that applies (`.dockerignore` or `<Dockerfile>.dockerignore`). */
  file: string;
  patterns: string[];
  /** True when the context path (relative, `/`-separated) is excluded from the build context. */
  excludes(relPath: string): boolean;
  /** The last pattern that excludes the path (or one of its parents), for messages. */
  excludedBy(relPath: string): string | null;
}

/** BuildKit prefers `<Dockerfile>.dockerignore` beside the Dockerfile over the context's `.dockerignore`. */
export function dockerIgnoreFileOf(context: BuildContext): string | null {
  if (context.dockerfile && !context.dockerfile.startsWith('../')) {
    const specific = `${context.dockerfile}.dockerignore`;
    if (context.exists(specific) && !context.isDirectory(specific)) return specific;
  }
  return context.exists('.dockerignore') && !context.isDirectory('.dockerignore') ? '.dockerignore' : null;
}

const LOADED = new WeakMap<BuildContext, DockerIgnore | null>();

/** The ignore file that applies, read once per context (loadDockerIgnore). */
export function contextDockerIgnore(context: BuildContext): DockerIgnore | null {
  if (!LOADED.has(context)) LOADED.set(context, loadDockerIgnore(context));
  return LOADED.get(context)!;
}

/** The file is in the context a build sends: it exists and the ignore file does not exclude it. */
export function inBuildContext(context: BuildContext, relPath: string): boolean {
  return context.exists(relPath) && !contextDockerIgnore(context)?.excludes(relPath);
}

export function loadDockerIgnore(context: BuildContext): DockerIgnore | null {
  const file = dockerIgnoreFileOf(context);
  if (!file) return null;
  const text = context.read(file);
  if (text === null) return null;
  return parseDockerIgnore(text, file);
}

/** Patterns as moby's ignorefile.ReadAll yields them: comments are lines starting with `#`, then trimmed. */
export function readPatterns(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    const p = raw.trim();
    if (p) out.push(p);
  }
  return out;
}

function escapeLiteralMeta(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) {
      out += ch + pattern[++i];
      continue;
    }
    out += '+()|{}'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

export function parseDockerIgnore(text: string, file = '.dockerignore'): DockerIgnore {
  const patterns = readPatterns(text);
  // The package is CommonJS: its factory is both `module.exports` and its `default`.
  const matcher: Ignore = dockerignore.default({ ignorecase: false }).add(patterns.map(escapeLiteralMeta));
  const single = patterns.map((p) => (p.startsWith('!') ? null : dockerignore.default({ ignorecase: false }).add(escapeLiteralMeta(p))));
  return {
    file,
    patterns,
    excludes(relPath) {
      const p = normalizeContextPath(relPath);
      // Docker never lets the context root itself be excluded.
      return p !== '' && p !== '.' && matcher.ignores(p);
    },
    excludedBy(relPath) {
      const p = normalizeContextPath(relPath);
      for (let k = patterns.length - 1; k >= 0; k--) if (p && single[k]?.ignores(p)) return patterns[k]!;
      return null;
    },
  };
}

/** `./a/../b/` → `b`; a leading `/` means the context root. */
export function normalizeContextPath(p: string): string {
  const n = path.posix.normalize(p.replace(/^\/+/, '') || '.');
  return n === '.' || n === './' ? '' : n.replace(/\/+$/, '').replace(/^\.\//, '');
}
