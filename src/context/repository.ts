/**
 * The account that owns the git repository a Dockerfile is in, read from the repository's own `origin` remote in
 * `.git/config` (never the network): images published under that account are the project's own. Also the
 * repository's address, which a pip VCS URL installing the project's own code names.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Folders walked up from the Dockerfile before giving up (a repository deeper than this is not found). */
const MAX_DEPTH = 40;

/** The repository's config by folder: the files of one run share their repository's answer. */
const configs = new Map<string, string | null>();

/** The account (`OpenNMT` for `github.com/OpenNMT/CTranslate2`) of the repository holding `file`, or null. */
export function repositoryOwner(file: string): string | null {
  return ownerOfRemote(repositoryConfig(file));
}

/**
 * The address of the repository holding `file` (`github.com/huggingface/trl`, repositoryAddress of its `origin`
 * remote), or null: what a pip VCS URL installing the project's own code names.
 */
export function repositoryOf(file: string): string | null {
  const url = remoteUrl(repositoryConfig(file));
  return url ? repositoryAddress(url) : null;
}

/** The config text of the git repository holding `file` (the nearest `.git` above it), or null. */
function repositoryConfig(file: string): string | null {
  const start = path.dirname(path.resolve(file));
  const seen: string[] = [];
  let config: string | null = null;
  for (let dir = start, depth = 0; depth < MAX_DEPTH; depth++) {
    const cached = configs.get(dir);
    if (cached !== undefined) {
      config = cached;
      break;
    }
    seen.push(dir);
    const dotGit = path.join(dir, '.git');
    if (fs.existsSync(dotGit)) {
      config = readConfig(dotGit);
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of seen) configs.set(dir, config);
  return config;
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

/** The `origin` remote's URL (else the first remote's), or null. */
function remoteUrl(config: string | null): string | null {
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
  return (urls.find((u) => u.remote === 'origin') ?? urls[0])?.url ?? null;
}

/** The account in the `origin` remote's URL (else the first remote's): `https://host/OWNER/…`, `git@host:OWNER/…`. */
export function ownerOfRemote(config: string | null): string | null {
  const url = remoteUrl(config);
  if (!url) return null;
  // scp-like `git@github.com:OWNER/repo.git`, or a URL with a scheme; a local path has no owner.
  const scp = /^[^/@:]+@[^/:]+:\/?([^/]+)\//.exec(url);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/([^/]+)\//i.exec(url);
  const owner = (scp ?? withScheme)?.[1];
  return owner && !/^file:/i.test(url) ? decodeURIComponent(owner) : null;
}

/**
 * Host and path of a repository URL, lower-cased, for comparing: a remote's (`git@github.com:Org/App.git`,
 * `https://github.com/org/app`) or a pip VCS URL's (`git+https://github.com/org/app.git@v1#egg=app`: the VCS prefix,
 * the `@` revision and the `#` fragment taken off) all give `github.com/org/app`; null for a local path.
 */
export function repositoryAddress(url: string): string | null {
  const u = url.trim().replace(/^(git|hg|svn|bzr)\+/i, '').replace(/#.*$/, '');
  if (/^file:/i.test(u)) return null;
  const m = /^[^/@:]+@([^/:]+):\/?(.+)$/.exec(u) ?? /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?([^/:@]+)(?::\d+)?\/(.+)$/i.exec(u);
  if (!m) return null;
  const repo = m[2]!.replace(/@.*$/, '').replace(/\/+$/, '').replace(/\.git$/i, '');
  return repo ? `${m[1]}/${repo}`.toLowerCase() : null;
}
