/**
 * Paths in machine-read reports, relative to the repository root: GitHub, GitLab and other CI tools
 * resolve them from there, whichever folder dlint ran in.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `dir` that holds `.git` (a repository or a worktree), else `dir`. */
export function reportRoot(dir: string): string {
  const start = path.resolve(dir);
  for (let d = start; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return start;
  }
}

/** `file` (absolute, or relative to `cwd`) relative to `root` with `/` separators; absolute when it lies outside `root`. */
export function rootRelative(file: string, cwd: string, root: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(root, abs);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return (outside ? abs : rel).split(path.sep).join('/');
}
