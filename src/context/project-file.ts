/** Project files (compose, Bake) read beside a Dockerfile: each parsed once per run, and again when it changes. */
import fs from 'node:fs';
import path from 'node:path';

const MAX_PROJECT_FILE = 1024 * 1024;

/**
 * A cache of one kind of project file, by path: `read(file)` gives what `parse` made of it, parsed again only when
 * the file's modification time changes (the language server lives long). A missing, unreadable, oversized or
 * unparsable file gives `empty`.
 */
export function projectFileCache<T>(parse: (file: string) => T, empty: T): (file: string) => T {
  const cache = new Map<string, { mtimeMs: number; value: T }>();
  return (file) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return empty;
    }
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached.value;
    let value = empty;
    if (stat.isFile() && stat.size <= MAX_PROJECT_FILE) {
      try {
        value = parse(file);
      } catch {
        value = empty;
      }
    }
    cache.set(file, { mtimeMs: stat.mtimeMs, value });
    return value;
  };
}

/**
 * A build argument's value as a project file passes it (own-images.ts, compose.ts): null when it is none (`NAME` from
 * the environment) or holds what the linter cannot fill (`$(CROSS_DIGEST_$*)`, `${VERSION}`, `${{ … }}`).
 */
export function knownArgValue(value: string | null): string | null {
  return value === null || /[$`]/.test(value) ? null : value;
}

/** A folder's entry names; none when it cannot be read. */
export function listing(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether the path is a file (false when it cannot be read). */
export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether the path is a folder (false when it cannot be read). */
export function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A script without an extension (holoscan-sdk's `./run`) whose first line runs bash or sh: its first bytes only are
 * read, so that a folder of binaries costs little.
 */
const SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(ba)?sh\b/;
export const bashShebang = projectFileCache<boolean>((file) => {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(64);
    return SHEBANG.test(head.subarray(0, fs.readSync(fd, head, 0, 64, 0)).toString('latin1'));
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}, false);

/** `compose.yaml`, `docker-compose.yml` and their variants (`docker-compose.cpu.yml`, `compose.override.yaml`). */
export const COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
/** A shell script by its extension, and a Makefile (also an included `*.mk`). */
export const SHELL_SCRIPT = /\.(sh|bash)$/i;
export const MAKEFILE = /^((gnu)?makefile|.*\.mk)$/i;

/** Folders walked below a repository's top, at most, and how deep. */
const MAX_WALKED_FOLDERS = 3000;
const MAX_WALK_DEPTH = 6;
/** Folders of others' code, dependencies or outputs: no file there is the project's. */
const NOT_THE_PROJECTS = /^(\..+|node_modules|vendor|third[-_]?party|external|site-packages|dist|build|target)$/i;

/**
 * The compose files, Makefiles and shell scripts below a repository's top, breadth first and by name, outside others'
 * folders (NOT_THE_PROJECTS): names only, walked once per top per run for every reader (compose.ts, the build files
 * of own-images.ts).
 */
export const repositoryFiles = (() => {
  const walked = new Map<string, readonly string[]>();
  return (top: string): readonly string[] => {
    let files = walked.get(top);
    if (files) return files;
    const found: string[] = [];
    let level = [top];
    let seen = 0;
    for (let depth = 0; depth <= MAX_WALK_DEPTH && level.length; depth++) {
      const next: string[] = [];
      for (const dir of level) {
        if (++seen > MAX_WALKED_FOLDERS) break;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
          if (e.isDirectory() && !NOT_THE_PROJECTS.test(e.name)) next.push(path.join(dir, e.name));
          else if (e.isFile() && (COMPOSE_FILE.test(e.name) || SHELL_SCRIPT.test(e.name) || MAKEFILE.test(e.name))) found.push(path.join(dir, e.name));
        }
      }
      level = next;
    }
    walked.set(top, (files = found));
    return files;
  };
})();
