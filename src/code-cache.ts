/**
 * V8's compiled code for mvdan-sh (1.5 MB of GopherJS), kept on disk between runs: Node 20 compiles it on every
 * start (about 50 ms of CPU), and has no module compile cache of its own (Node 22.1+ caches it, see cli.ts).
 * The cache lives in `$XDG_CACHE_HOME/dlint` (else `~/.cache/dlint`), one file per dlint, Node, architecture and
 * script (size and modification time: V8 itself checks only the source's length, besides its own version and
 * flags); it is written atomically once the first use has compiled the functions a run needs, and is skipped
 * silently when the folder is not writable or V8 rejects the data. `DLINT_NO_CODE_CACHE=1` turns it off.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { VERSION } from './version.js';

function cacheDir(): string | null {
  if (process.env.DLINT_NO_CODE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base ? path.join(base, 'dlint') : null;
}

/** Runs the CommonJS file `file` as `require` would (it must need nothing but built-ins), with cached code. */
export function requireCached(file: string): unknown {
  const source = fs.readFileSync(file, 'utf8');
  const dir = cacheDir();
  const stat = fs.statSync(file);
  const key = `${path.basename(path.dirname(file))}-${stat.size}-${Math.trunc(stat.mtimeMs)}-dlint${VERSION}-node${process.version}-${process.arch}`;
  const cacheFile = dir && path.join(dir, `${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // After the current lint: V8 compiles functions on first call, and the parser's are wanted in the cache too.
    setImmediate(() => writeCache(dir!, cacheFile, script));
  }
  return module.exports;
}

function writeCache(dir: string, cacheFile: string, script: vm.Script): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // an unwritable cache folder costs only the compile time it would have saved
  }
}
