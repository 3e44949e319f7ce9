/**
 * Bundles the GitHub Action (src/action/main.ts) into the single file action.yml runs, dist/action/index.js
 * (`npm run build:action`); test/action.test.ts compares it with a fresh build. Everything is bundled: the
 * Action's checkout has no node_modules.
 */
import path from 'node:path';
import { bundle, isMain, root } from './bundle.js';

export const ACTION_BUNDLE = path.join(root, 'dist', 'action', 'index.js');

/** Builds the bundle; with `write: false` returns its text without touching dist/. */
export async function buildAction(write: boolean): Promise<string> {
  return [...(await bundle('src/action/main.ts', ACTION_BUNDLE, write)).values()][0]!;
}

if (isMain(import.meta.url)) {
  await buildAction(true);
  console.log(`wrote ${path.relative(root, ACTION_BUNDLE)}`);
}
