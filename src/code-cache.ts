/**
 * V8's compiled code for the CLI bundle (dist/cli/core.cjs, 1 MB), kept on disk between runs: Node 20 compiles it on
 * every start (about 40 ms of CPU), and has no module compile cache of its own (Node 22.1+ caches it, see
 * cli-bundle.ts).
 * The cache lives in `$XDG_CACHE_HOME/dlint` (else `~/.cache/dlint`), one file per dlint, Node, architecture and
 * script (size and modification time: V8 itself checks only the source's length, besides its own version and
 * flags); it is written atomically at the end of the first run that `keepWhen` says needed the functions other runs
 * need (the CLI's: one that linted; the cache of a `--version` run would hold the top level only, and lint runs would
 * compile the rest on every start), and is skipped silently when the folder is not writable or V8 rejects the data.
 * `DLINT_NO_CODE_CACHE=1` turns it off.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { VERSION } from './version.js';

/** dlint's cache folder, or null when turned off (`DLINT_NO_CODE_CACHE`) or there is no home folder. */
export function cacheDir(): string | null {
  if (process.env.DLINT_NO_CODE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || home();
  return base ? path.join(base, 'dlint') : null;
}

/** `~/.cache`, or '' where there is no home folder (os.homedir() throws for a user without one and no HOME). */
function home(): string {
  try {
    const dir = os.homedir();
    return dir ? path.join(dir, '.cache') : '';
  } catch {
    return '';
  }
}

/**
 * Runs the CommonJS file `file` as `require` would, with cached code: its `require` resolves from its own folder.
 * `dynamicImport`: the file may `import()` modules (the CLI loads configuration and plugin modules so); where this
 * Node cannot give a compiled script Node's own loader for that (before 20.12), the file is required uncached.
 */
export function requireCached(file: string, options: { dynamicImport?: boolean; keepWhen?: () => boolean } = {}): unknown {
  // Node 20.12+ (and 21.7+); undefined before.
  const loader: unknown = (vm as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: unknown } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (options.dynamicImport && !loader) return createRequire(file)(file);
  // The bundle is ASCII (scripts/bundle.ts escapes the rest): read as latin1, it is a one-byte string, not decoded.
  const source = fs.readFileSync(file, 'latin1');
  const dir = cacheDir();
  const stat = fs.statSync(file);
  // One file per script (named by its folder: `cli`), dlint, Node and architecture.
  const prefix = `${path.basename(path.dirname(file))}-`;
  const key = `${prefix}${stat.size}-${Math.trunc(stat.mtimeMs)}-dlint${VERSION}-node${process.version}-${process.arch}`;
  const cacheFile = dir && path.join(dir, `${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    ...(options.dynamicImport ? { importModuleDynamically: loader as never } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // At the end of the run: V8 compiles functions on first call, and those the run needed are wanted in the cache too.
    process.once('beforeExit', () => {
      if (options.keepWhen?.() ?? true) writeCache(dir!, prefix, cacheFile, script);
    });
  }
  return module.exports;
}

function writeCache(dir: string, prefix: string, cacheFile: string, script: vm.Script): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
    // Caches of the same script's other versions (an update, a reinstall) written over a month ago: superseded.
    // (Not younger ones: two installed versions of dlint would keep deleting each other's.)
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (name.startsWith(prefix) && name.endsWith('.v8cache') && other !== cacheFile && fs.statSync(other).mtimeMs < monthAgo) fs.rmSync(other, { force: true });
    }
  } catch {
    // an unwritable cache folder costs only the compile time it would have saved
  }
}
