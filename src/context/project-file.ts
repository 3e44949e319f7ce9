/** Project files (compose, Bake) read beside a Dockerfile: each parsed once per run, and again when it changes. */
import fs from 'node:fs';

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
