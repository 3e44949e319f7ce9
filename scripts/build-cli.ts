/**
 * Bundles the command line for package.json `bin` (`npm run build:cli`): dist/cli/dlint.js, a small launcher
 * (src/cli-bundle.ts), and dist/cli/core.cjs, the whole command line (src/cli/bundle-entry.ts) as one CommonJS file, which
 * the launcher loads with V8's code cache (src/code-cache.ts). Both are CommonJS (dist/cli/package.json says so for
 * the launcher): Node starts an ES module entry point through its ES module loader, a few milliseconds more per
 * run. Committed, so installing from a git URL needs no build step; test/cli-bundle.test.ts compares them with a
 * fresh build. The dependencies src/lazy-deps.ts loads on first use stay in node_modules (they are installed with
 * the package): inside the bundle, their code would be read on every start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundle, isMain, root } from './bundle.js';

export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'dlint.js');
const CORE = path.join(root, 'dist', 'cli', 'core.cjs');
const PACKAGE = path.join(root, 'dist', 'cli', 'package.json');

/** The files of the CLI (the launcher, the command line it loads, their package.json), by path; `write` writes them. */
export async function buildCli(write: boolean): Promise<Map<string, string>> {
  const launcher = await bundle('src/cli-bundle.ts', CLI_BUNDLE, write, { format: 'cjs', ascii: true });
  const core = await bundle('src/cli/bundle-entry.ts', CORE, write, { external: ['ajv', 'yaml', 'fast-glob'], format: 'cjs', ascii: true });
  const pkg = `${JSON.stringify({ type: 'commonjs' })}\n`;
  if (write) fs.writeFileSync(PACKAGE, pkg);
  return new Map([...launcher, ...core, [path.relative(root, PACKAGE), pkg]]);
}

if (isMain(import.meta.url)) {
  fs.rmSync(path.dirname(CLI_BUNDLE), { recursive: true, force: true });
  await buildCli(true);
  console.log(`wrote ${path.relative(root, CLI_BUNDLE)} and ${path.relative(root, CORE)}`);
}
