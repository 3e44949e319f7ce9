/** Directories as a RUN's shell sees them: where each command runs, after the `cd`s before it. */

/**
 * Segments under a root: `/`, `.` (the directory the script started in, when the WORKDIR is unknown), or `?`
 * (a directory the linter cannot name, e.g. after `cd "$(mktemp -d)"` or `cd ~`).
 */
export interface Dir {
  root: '/' | '.' | '?';
  segments: string[];
}

export const UNKNOWN_DIR: Dir = { root: '?', segments: [] };

const SCRIPT_START: Dir = { root: '.', segments: [] };
// The last WORKDIR's directory: the RUNs after a WORKDIR share one (a file of RUN lines held one per RUN).
let lastWorkdir = '';
let lastStart: Dir = SCRIPT_START;

/** The directory a script starts in: the WORKDIR when known. Shared between scripts: never mutate it. */
export function startDir(workdir: string | null): Dir {
  if (!workdir?.startsWith('/')) return SCRIPT_START;
  if (workdir !== lastWorkdir) {
    lastStart = absoluteDir(workdir);
    lastWorkdir = workdir;
  }
  return lastStart;
}

export function absoluteDir(path: string): Dir {
  return normalizeDir({ root: '/', segments: path.split('/') });
}

/** A path operand (already free of shell expansions) resolved against `cwd`; null for `-`, `~…` and ''. */
export function resolveDir(path: string, cwd: Dir): Dir | null {
  if (path === '' || path === '-' || path.startsWith('~')) return null;
  if (path.startsWith('/')) return absoluteDir(path);
  return normalizeDir({ root: cwd.root, segments: [...cwd.segments, ...path.split('/')] });
}

export function normalizeDir(dir: Dir): Dir {
  const out: string[] = [];
  for (const s of dir.segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length > 0) out.pop();
      else if (dir.root !== '/') return UNKNOWN_DIR;
    } else out.push(s);
  }
  return { root: dir.root, segments: out };
}

/** The absolute path of a directory, or null when it is not known. */
export function dirPath(dir: Dir): string | null {
  return dir.root === '/' ? `/${dir.segments.join('/')}` : null;
}

/** `dir` is `parent` or inside it. */
export function isWithin(dir: Dir, parent: Dir): boolean {
  return dir.root === parent.root && parent.segments.length <= dir.segments.length && parent.segments.every((s, i) => dir.segments[i] === s);
}

export function sameDir(a: Dir, b: Dir): boolean {
  return isWithin(a, b) && a.segments.length === b.segments.length;
}
