/**
 * Bundles the GitHub Action (src/action/main.ts) into the single file action.yml runs, dist/action/index.js
 * (`npm run build:action`). The output depends only on the sources and the locked dependencies: no
 * timestamps, paths relative to the repository, so test/action.test.ts can compare it with a fresh build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_BUNDLE = path.join(root, 'dist', 'action', 'index.js');

/** Builds the bundle; with `write: false` returns its text without touching dist/. */
export async function buildAction(write: boolean): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/action/main.ts'],
    outfile: ACTION_BUNDLE,
    bundle: true,
    // package.json says "type": "module", so the runner's `node dist/action/index.js` loads ESM.
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __dlintCreateRequire } from 'node:module';\nconst require = __dlintCreateRequire(import.meta.url);" },
    charset: 'utf8',
    legalComments: 'eof',
    sourcemap: false,
    logLevel: 'warning',
    write,
  });
  return write ? '' : result.outputFiles![0]!.text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(true);
  console.log(`wrote ${path.relative(root, ACTION_BUNDLE)}`);
}
