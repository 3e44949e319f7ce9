/**
 * Bundles the command line (src/cli.ts) into dist/cli/dlint.js, the `bin` of package.json (`npm run build:cli`):
 * committed, so installing from a git URL needs no build step, and one file (plus chunks imported only when
 * needed, such as the config validators), so start-up resolves no module graph. test/cli-bundle.test.ts compares it with a fresh build. The dependencies src/lazy-deps.ts loads on first
 * use stay in node_modules (they are installed with the package): inside the bundle, their code would be compiled
 * on every start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundle, isMain, root } from './bundle.js';

export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'dlint.js');

/** The files of the CLI (dist/cli/dlint.js and the chunks it imports when needed), by path; `write` writes them. */
export function buildCli(write: boolean): Promise<Map<string, string>> {
  return bundle('src/cli.ts', CLI_BUNDLE, write, { external: ['ajv', 'yaml', 'fast-glob'], split: true });
}

if (isMain(import.meta.url)) {
  // Chunk names carry a hash of their content: the old ones go.
  fs.rmSync(path.dirname(CLI_BUNDLE), { recursive: true, force: true });
  await buildCli(true);
  console.log(`wrote ${path.relative(root, CLI_BUNDLE)}`);
}
