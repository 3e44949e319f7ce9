/** The `package.json` of a node project in the build context, read once per context and folder. */
import type { BuildContext } from './build-context.js';

/**
 * Scripts of the root project that `npm install`/`npm ci` run (docs.npmjs.com/cli/using-npm/scripts, "npm ci" and
 * "npm install" life cycles); yarn and pnpm run the same root install scripts.
 */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
/**
 * Install scripts that read no file of the project: pnpm's guard against other package managers (pnpm.io, "Only allow
 * pnpm": `"preinstall": "npx only-allow pnpm"`) and husky's hook setup (typicode.github.io/husky: `"prepare": "husky"`,
 * which only touches `.git/`).
 */
const SELF_CONTAINED_SCRIPT = /^((npx( -y| --yes)? )?only-allow (npm|pnpm|yarn|bun)|(is-ci \|\| )?husky( install)?( [\w./-]+)?)$/;

export interface NodePackage {
  /** It declares `workspaces`: an install reads the `package.json` of every member too. */
  workspaces: boolean;
  /** The install lifecycle scripts it defines (`prepare`, `postinstall`) that may read any file of the project. */
  installScripts: string[];
}

const READ = new WeakMap<BuildContext, Map<string, NodePackage | null>>();

/** The package of `dir` (`''` or `'frontend/'`); null when it has no readable, parsable `package.json`. */
export function nodePackage(context: BuildContext, dir: string): NodePackage | null {
  let byDir = READ.get(context);
  if (!byDir) READ.set(context, (byDir = new Map()));
  if (!byDir.has(dir)) byDir.set(dir, parsePackage(context.read(`${dir}package.json`)));
  return byDir.get(dir)!;
}

function parsePackage(text: string | null): NodePackage | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const pkg = json as { workspaces?: unknown; scripts?: unknown };
  const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? (pkg.scripts as Record<string, unknown>) : {};
  return {
    workspaces: pkg.workspaces !== undefined,
    installScripts: INSTALL_SCRIPTS.filter((name) => {
      const script = scripts[name];
      return typeof script === 'string' && script.trim() !== '' && !SELF_CONTAINED_SCRIPT.test(script.trim());
    }),
  };
}
