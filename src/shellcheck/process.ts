/** Runs ShellCheck once over many scripts (temporary files, `--format=json1`) and sorts its comments by script. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadChildProcess } from '../lazy-deps.js';
import type { ScPosition, ScReplacement } from './positions.js';

export interface ScComment extends ScPosition {
  code: number;
  level: 'error' | 'warning' | 'info' | 'style';
  message: string;
  fix: { replacements: ScReplacement[] } | null;
}

interface Json1 {
  comments: (ScComment & { file: string })[];
}

/** Far below any system's argument-length limit (paths are short), so a huge run needs only a few processes. */
export const FILES_PER_PROCESS = 2000;

/** ShellCheck's comments for each text, in order. One process per 2000 texts; `--norc` keeps results independent of the machine. */
export function runShellCheck(binary: string, texts: string[], excludes: readonly string[]): ScComment[][] {
  const out: ScComment[][] = texts.map(() => []);
  if (texts.length === 0) return out;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-shellcheck-'));
  const written: string[] = [];
  try {
    for (let from = 0; from < texts.length; from += FILES_PER_PROCESS) {
      for (let i = from; i < Math.min(texts.length, from + FILES_PER_PROCESS); i++) {
        fs.writeFileSync(path.join(dir, `${i}.sh`), texts[i]!);
        written.push(`${i}.sh`);
      }
      const args = ['--norc', '--format=json1', ...(excludes.length ? [`--exclude=${excludes.join(',')}`] : []), ...written.slice(from)];
      const res = loadChildProcess().spawnSync(binary, args, { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      // Exit status 1 means "found something"; anything else without JSON is a failure.
      let parsed: Json1;
      try {
        parsed = JSON.parse(res.stdout ?? '') as Json1;
      } catch {
        throw new Error(`ShellCheck (${binary}) failed: ${(res.error?.message ?? res.stderr ?? '').trim() || `exit status ${res.status}`}`);
      }
      for (const c of parsed.comments) {
        const index = Number(path.basename(c.file, '.sh'));
        out[index]?.push(c);
      }
    }
  } finally {
    // File by file: a recursive fs.rmSync loads Node's folder walk, a millisecond of a cold start.
    for (const name of written) fs.unlinkSync(path.join(dir, name));
    try {
      fs.rmdirSync(dir);
    } catch {
      // a configured wrapper wrote files of its own there: the folder stays in the temporary folder
    }
  }
  return out;
}
