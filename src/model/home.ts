/**
 * The home folder of the user a RUN runs as, where tools keep their caches (`~/.cache/pip`): what the cache rules
 * need to tell a copied home folder from another folder under `/home` (a builder's `/home/venv`).
 */
import path from 'node:path';
import { nonRootDefaultUser } from '../knowledge/image-defaults.js';
import type { Instruction } from './types.js';
import { processWord } from './words.js';

/**
 * `HOME` when the stage's environment sets it to a known absolute path; `/root` when the RUN runs as root (no `USER`,
 * or `USER root`/`0`, on a base not known to run as another user); null otherwise: another user, whose home the
 * linter does not know (`useradd -m app` makes `/home/app`, `-d` any other), or a `HOME` whose value is not known.
 */
export function homeFolder(instruction: Instruction): string | null {
  const env = instruction.state.env;
  if (env.has('HOME')) {
    const value = env.get('HOME');
    if (value === undefined) return null;
    const e = value.includes('$') ? processWord(value, env) : { value, unresolved: [] };
    return e.unresolved.length === 0 && e.value.startsWith('/') ? normalize(e.value) : null;
  }
  const user = instruction.state.user;
  if (user) return user.resolved !== null && /^(root|0)$/i.test(user.resolved.split(':')[0]!.trim()) ? '/root' : null;
  const base = instruction.stage?.rootImage.name;
  return base && nonRootDefaultUser(base) ? null : '/root';
}

function normalize(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}
