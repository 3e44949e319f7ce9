/**
 * The account that owns the git repository a Dockerfile is in, read from the repository's own `origin` remote in
 * `.git/config` (never the network): images published under that account are the project's own.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Folders walked up from the Dockerfile before giving up (a repository deeper than this is not found). */
const MAX_DEPTH = 40;

/** Owner by folder: the files of one run share their repository's answer. */
const owners = new Map<string, string | null>();

/** The account (`OpenNMT` for `github.com/OpenNMT/CTranslate2`) of the repository holding `file`, or null. */
export function repositoryOwner(file: string): string | null {
  const start = path.dirname(path.resolve(file));
  const seen: string[] = [];
  let owner: string | null = null;
  for (let dir = start, depth = 0; depth < MAX_DEPTH; depth++) {
    const cached = owners.get(dir);
    if (cached !== undefined) {
      owner = cached;
      break;
    }
    seen.push(dir);
    const dotGit = path.join(dir, '.git');
    if (fs.existsSync(dotGit)) {
      owner = ownerOfRemote(readConfig(dotGit));
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of seen) owners.set(dir, owner);
  return owner;
}

/** The text of the repository's config: `.git/config`, or for a worktree or submodule (`.git` is a file) the common one. */
function readConfig(dotGit: string): string | null {
  try {
    if (fs.statSync(dotGit).isDirectory()) return fs.readFileSync(path.join(dotGit, 'config'), 'utf8');
    const gitdir = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1];
    if (!gitdir) return null;
    const dir = path.resolve(path.dirname(dotGit), gitdir);
    const common = fs.existsSync(path.join(dir, 'commondir')) ? path.resolve(dir, fs.readFileSync(path.join(dir, 'commondir'), 'utf8').trim()) : dir;
    return fs.readFileSync(path.join(common, 'config'), 'utf8');
  } catch {
    return null;
  }
}

/** The account in the `origin` remote's URL (else the first remote's): `https://host/OWNER/…`, `git@host:OWNER/…`. */
export function ownerOfRemote(config: string | null): string | null {
  if (!config) return null;
  const urls: { remote: string; url: string }[] = [];
  let remote: string | null = null;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
    if (section) remote = section[1]!;
    else if (/^\s*\[/.test(line)) remote = null;
    else if (remote !== null) {
      const url = /^\s*url\s*=\s*(.+?)\s*$/.exec(line)?.[1];
      if (url) urls.push({ remote, url });
    }
  }
  const url = (urls.find((u) => u.remote === 'origin') ?? urls[0])?.url;
  if (!url) return null;
  // scp-like `git@github.com:OWNER/repo.git`, or a URL with a scheme; a local path has no owner.
  const scp = /^[^/@:]+@[^/:]+:\/?([^/]+)\//.exec(url);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/([^/]+)\//i.exec(url);
  const owner = (scp ?? withScheme)?.[1];
  return owner && !/^file:/i.test(url) ? decodeURIComponent(owner) : null;
}
