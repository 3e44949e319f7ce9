/** Finds the `shellcheck` program (a configured path, else PATH) and reads its version. */
import fs from 'node:fs';
import path from 'node:path';
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
  const out = loadChildProcess().spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const version = /^version:\s*(\S+)/m.exec(out.stdout ?? '')?.[1];
  return out.status === 0 && version ? { path: file, version } : null;
}
