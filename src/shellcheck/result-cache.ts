/**
 * ShellCheck's comments on scripts it has checked, kept in dlint's cache folder between runs of the CLI: a run over
 * scripts checked before (a pre-commit hook, CI over unchanged files) starts no ShellCheck, whose process (with
 * loading Node's child_process to start it) was a third of a cold start with a RUN (issue 11). One file per script,
 * named by the binary (path, size, time), its version, dlint's excludes, SHELLCHECK_OPTS and a hash of the text, and
 * holding the text itself: two texts with the same hash are a miss, not a wrong answer. Unwritable or unreadable
 * files cost only the process they would have saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../code-cache.js';
import { binaryIdentity, type ShellCheckBinary } from './binary.js';
import type { ScComment } from './process.js';
import { textKey } from './scripts.js';

/** Files kept, about (on 812 real Dockerfiles, 3,200 scripts took 2.4 MB); past it, the older half goes. */
const LIMIT = 4000;

export class ResultCache {
  private constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {}

  /** Null without a cache folder (`DLINT_NO_CODE_CACHE`, no home folder) or when the binary cannot be read. */
  static open(binary: ShellCheckBinary, excludes: readonly string[]): ResultCache | null {
    const base = cacheDir();
    const identity = binaryIdentity(binary.path);
    if (!base || !identity) return null;
    // ShellCheck reads options from SHELLCHECK_OPTS too (--norc keeps its rc files out).
    return new ResultCache(path.join(base, 'shellcheck'), `${textKey([identity, binary.version, excludes.join(','), process.env.SHELLCHECK_OPTS ?? ''].join('\0'))}-`);
  }

  /** The comments kept for this text (`key` is its textKey), or null. */
  get(key: string, text: string): ScComment[] | null {
    try {
      const saved = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as { text?: unknown; comments?: unknown };
      return saved.text === text && Array.isArray(saved.comments) ? (saved.comments as ScComment[]) : null;
    } catch {
      return null;
    }
  }

  /** Keeps each script's comments (written whole, then renamed: parallel runs read whole files or none). */
  put(entries: readonly { key: string; text: string; comments: ScComment[] }[]): void {
    if (entries.length === 0) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      for (const { key, text, comments } of entries) {
        const file = this.file(key);
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ text, comments }));
        fs.renameSync(tmp, file);
      }
      // Listing the folder costs about 2 ms at the limit: about one write in 36 does it (keys end in a base-36 digit).
      if (entries.some((e) => e.key.endsWith('0'))) this.prune();
    } catch {
      // an unwritable cache folder: the next run starts ShellCheck again
    }
  }

  private prune(): void {
    const names = fs.readdirSync(this.dir);
    if (names.length <= LIMIT) return;
    const byAge = names.map((n) => ({ file: path.join(this.dir, n), time: fs.statSync(path.join(this.dir, n)).mtimeMs })).sort((a, b) => a.time - b.time);
    for (const { file } of byAge.slice(0, names.length - LIMIT / 2)) fs.rmSync(file, { force: true });
  }

  private file(key: string): string {
    return path.join(this.dir, `${this.prefix}${key}.json`);
  }
}
