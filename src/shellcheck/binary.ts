/** Finds the `shellcheck` program (a configured path, else PATH) and reads its version. */
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../code-cache.js';
import { loadChildProcess } from '../lazy-deps.js';

export interface ShellCheckBinary {
  path: string;
  /** As `shellcheck --version` prints it (`0.9.0`). */
  version: string;
}

const NAMES = process.platform === 'win32' ? ['shellcheck.exe', 'shellcheck.cmd', 'shellcheck'] : ['shellcheck'];

function onPath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The binary at `configured` (when given) or on PATH, with its version; null when absent or not ShellCheck. */
export function findShellCheck(configured?: string): ShellCheckBinary | null {
  const file = configured ?? onPath();
  if (!file) return null;
  const known = KnownVersion.read(file);
  if (known) return { path: file, version: known };
  const out = loadChildProcess().spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const version = /^version:\s*(\S+)/m.exec(out.stdout ?? '')?.[1];
  if (out.status !== 0 || !version) return null;
  KnownVersion.write(file, version);
  return { path: file, version };
}

/** The binary's path, size and modification time: what changes when it is replaced. Null when it cannot be read. */
export function binaryIdentity(binary: string): string | null {
  try {
    const stat = fs.statSync(binary, { bigint: true });
    return `${path.resolve(binary)}\0${stat.size}\0${stat.mtimeNs}`;
  } catch {
    return null;
  }
}

/**
 * The version `shellcheck --version` printed for the binary at this path, size and modification time, kept in dlint's
 * cache folder: starting that process was about a tenth of a cold start. Any change to the binary asks it again.
 */
const KnownVersion = {
  file(): string | null {
    const dir = cacheDir();
    return dir && path.join(dir, 'shellcheck-version.json');
  },
  read(binary: string): string | null {
    const file = KnownVersion.file();
    const key = binaryIdentity(binary);
    if (!file || !key) return null;
    try {
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: unknown; version?: unknown };
      return saved.key === key && typeof saved.version === 'string' ? saved.version : null;
    } catch {
      return null;
    }
  },
  write(binary: string, version: string): void {
    const file = KnownVersion.file();
    const key = binaryIdentity(binary);
    if (!file || !key) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ key, version }));
      fs.renameSync(tmp, file);
    } catch {
      // an unwritable cache folder costs one `shellcheck --version` per run
    }
  },
};
