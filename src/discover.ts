/** Finds the Dockerfiles named by the command line: files, folders, globs. */
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

/** File names that are Dockerfiles (matched case-insensitively). */
export const DOCKERFILE_GLOBS = ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile', '**/Containerfile.*'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];
/** `Dockerfile.dockerignore` and friends are ignore files, not Dockerfiles. */
const NOT_DOCKERFILES = ['**/*.dockerignore', '**/Dockerfile.*.dockerignore'];

export class DiscoveryError extends Error {}

const dockerfileName = picomatch(DOCKERFILE_GLOBS.map((g) => g.replace('**/', '')), { nocase: true, dot: true });
const ignoreFileName = picomatch(NOT_DOCKERFILES.map((g) => g.replace('**/', '')), { nocase: true, dot: true });

/** Whether a path names a Dockerfile by the rules the folder search uses (for editors, which get one path). */
export function isDockerfilePath(file: string): boolean {
  const name = path.basename(file);
  return dockerfileName(name) && !ignoreFileName(name);
}

export function discover(inputs: string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = path.resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  const search = (dir: string): string[] =>
    fg
      .sync(DOCKERFILE_GLOBS, { cwd: path.resolve(cwd, dir), ignore: [...IGNORE, ...NOT_DOCKERFILES], caseSensitiveMatch: false, onlyFiles: true, dot: true })
      .sort()
      .map((f) => (dir === '.' ? f : path.join(dir, f)));

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
      const found = search(input);
      if (found.length === 0) throw new DiscoveryError(`no Dockerfiles found in folder ${input}`);
      found.forEach(add);
    } else if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { cwd, ignore: IGNORE, onlyFiles: true, dot: true }).sort();
      if (found.length === 0) throw new DiscoveryError(`no files match ${input}`);
      found.forEach(add);
    } else {
      throw new DiscoveryError(`${input}: no such file or folder`);
    }
  }
  return out;
}
