/** Finding and loading the modules a config names (`extends` packages, `plugins`): paths or npm packages. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function isPathSpecifier(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || path.isAbsolute(spec);
}

function packageEntry(dir: string): string | null {
  let pkg: { exports?: unknown; main?: string };
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof pkg;
  } catch {
    pkg = {};
  }
  // `exports` as a string, `{".": …}`, or conditions; ESM packages often have only `import`.
  let exp: unknown = pkg.exports;
  if (exp && typeof exp === 'object' && '.' in exp) exp = (exp as Record<string, unknown>)['.'];
  while (exp && typeof exp === 'object') {
    const conds = exp as Record<string, unknown>;
    exp = conds.import ?? conds.node ?? conds.default;
  }
  const candidates = [typeof exp === 'string' ? exp : null, pkg.main ?? null, 'index.js', 'index.json'].filter((c): c is string => c !== null);
  for (const c of candidates) {
    const file = path.resolve(dir, c);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

/** The file a specifier names, resolved from `fromDir`; null when it cannot be found. */
export function resolveModule(spec: string, fromDir: string): string | null {
  if (isPathSpecifier(spec)) {
    const p = path.resolve(fromDir, spec);
    if (!fs.existsSync(p)) return null;
    return fs.statSync(p).isDirectory() ? packageEntry(p) : p;
  }
  try {
    return createRequire(path.join(fromDir, 'noop.js')).resolve(spec);
  } catch {
    // ESM-only packages (exports without a `require` condition) are not resolvable through require.
    const [first, second] = spec.split('/');
    const name = first!.startsWith('@') ? `${first}/${second}` : first!;
    if (name !== spec) return null;
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fs.existsSync(pkgDir)) return packageEntry(pkgDir);
      if (path.dirname(dir) === dir) return null;
    }
  }
}

export async function importModule(file: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return mod.default ?? mod;
}
