/**
 * esbuild settings shared by the committed bundles (the Action's and the CLI's). The output depends only on the
 * sources and the locked dependencies: no timestamps, paths relative to the repository, so a test can compare
 * a committed bundle with a fresh build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BundleOptions {
  /** Packages left in node_modules. */
  external?: string[];
  /** Modules imported with `import()` go to their own files beside the bundle, read only when imported. */
  split?: boolean;
  /** `cjs` for CommonJS (a `.js` file of it needs a package.json saying so beside it); ES module by default. */
  format?: 'esm' | 'cjs';
  /**
   * Non-ASCII characters written as escapes: the CLI reads its bundle on every start, and decoding 2 MB of UTF-8
   * with a few non-ASCII characters in it cost 11 ms (a two-byte string), against 0.3 ms for ASCII read as latin1.
   */
  ascii?: boolean;
}

/** CommonJS dependencies (and src/lazy-deps.ts) call require(); an ES module has none of its own. */
const ESM_BANNER = "import { createRequire as __dlintCreateRequire } from 'node:module';\nconst require = __dlintCreateRequire(import.meta.url);";
/** A CommonJS bundle has no `import.meta`: its URL is that of the file, as in the ES module. */
const CJS_BANNER = "const __dlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * In a CommonJS bundle esbuild turns `import fs from 'node:fs'` into `__toESM(require('node:fs'))`, which copies
 * every export of the module onto a new object, once per importing module: 46 copies, about 5 ms of every start.
 * A Node module needs no wrapper (its default export is the module), so the default imports of these come from a
 * one-line module instead. (A named import of them would fail the build: the sources import them by default only.)
 */
const nodeDefaults: esbuild.Plugin = {
  name: 'node-defaults',
  setup(build) {
    build.onResolve({ filter: /^node:(fs|os|path|vm)$/ }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'node-default' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'node-default' }, (args) => ({ contents: `export default require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Bundles `entry` into `outfile` (and, split, its chunks beside it); returns each file's path (relative to the
 * repository) and text. With `write: false` nothing is written.
 */
export async function bundle(entry: string, outfile: string, write: boolean, options: BundleOptions = {}): Promise<Map<string, string>> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { [path.basename(outfile, path.extname(outfile))]: entry },
    outdir: path.dirname(outfile),
    splitting: options.split ?? false,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    external: options.external ?? [],
    format: options.format ?? 'esm',
    outExtension: path.extname(outfile) === '.cjs' ? { '.js': '.cjs' } : {},
    platform: 'node',
    target: 'node20',
    banner: { js: options.format === 'cjs' ? CJS_BANNER : ESM_BANNER },
    define: options.format === 'cjs' ? { 'import.meta.url': '__dlintImportMetaUrl' } : {},
    charset: options.ascii ? 'ascii' : 'utf8',
    plugins: options.format === 'cjs' ? [nodeDefaults] : [],
    legalComments: 'eof',
    sourcemap: false,
    logLevel: 'warning',
    write: false,
  });
  // esbuild's ASCII output escapes code (strings, regular expressions, identifiers) but keeps comments as written:
  // there, an escape is as good as the character.
  const text = (t: string): string => (options.ascii ? t.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : t);
  const files = new Map(result.outputFiles.map((f) => [path.relative(root, f.path), text(f.text)]));
  if (write) {
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text, { mode: file === path.relative(root, outfile) ? 0o755 : 0o644 });
    }
  }
  return files;
}

/** Runs `build` when the script is the one node was started with. */
export function isMain(url: string): boolean {
  return !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(url);
}
