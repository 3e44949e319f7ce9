#!/usr/bin/env node
/**
 * The installed `dlint` (dist/cli/dlint.js, bundled as CommonJS): a small launcher that loads the command line,
 * bundled as one CommonJS file beside it (dist/cli/core.cjs), with V8's compiled code kept between runs. Node 22.1+ keeps that cache itself
 * (`module.enableCompileCache`); on Node 20 dlint keeps it (src/code-cache.ts): compiling the 1 MB bundle was about
 * a fifth of a cold start.
 */
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireCached } from './code-cache.js';
import { runInProcess } from './cli/process.js';
import type { main as Main } from './cli/main.js';

const core = path.join(path.dirname(fileURLToPath(import.meta.url)), 'core.cjs');
const compileCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
let loaded: { main: typeof Main };
let linted = false;
if (compileCache) {
  compileCache();
  loaded = module.createRequire(import.meta.url)(core) as { main: typeof Main };
} else {
  loaded = requireCached(core, { dynamicImport: true, keepWhen: () => linted }) as { main: typeof Main };
}
runInProcess(loaded.main, () => (linted = true));
