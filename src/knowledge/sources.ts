import { hasOption } from '../shell/invocation.js';
import type { SimpleCommand } from '../shell/types.js';

/** What a COPY/ADD source is: a URL, a git repository, a local archive ADD extracts, or a plain local path. */

export type SourceKind = 'url' | 'git' | 'archive' | 'local' | 'unknown';

/** Compressed or plain tar archives that `ADD` unpacks (hadolint's list plus zstd). */
const ARCHIVE = /\.(tar|tgz|tb2|tbz|tbz2|tlz|tpz|txz|tzst|tZ|gz|bz2|xz|lz|lzma|zst|Z)$/i;
/** BuildKit takes an http(s) URL for a git repository only when its path ends with `.git`. */
const GIT = /^(git@[^:]+:|git:\/\/|ssh:\/\/)|^https?:\/\/[^#?]+\.git([#?].*)?$/i;

export function sourceKind(raw: string, value: string | null): SourceKind {
  const text = (value ?? raw).replace(/^["']|["']$/g, '');
  if (GIT.test(text)) return 'git';
  if (/^(https?|ftp):\/\//i.test(text)) return 'url';
  if (ARCHIVE.test(text)) return 'archive';
  // `${SRC}`, `$URL/x`: could be anything.
  if (value === null) return 'unknown';
  return 'local';
}

/**
 * Services whose answer differs at every request by design: `ADD` of one is a cache-buster, a layer that changes on
 * every build so that the RUNs after it run again (conda-forge/docker-images' linux-anvil: `ADD
 * https://www.random.org/cgi-bin/randbyte?nbytes=4096&format=h /opt/docker/etc/gibberish`, "bust the docker cache",
 * with loripsum.net and worldtimeapi.org as the earlier choices). A checksum would fail every build.
 */
const CACHE_BUSTER_HOSTS = new Set(['random.org', 'www.random.org', 'api.random.org', 'loripsum.net', 'worldtimeapi.org', 'timeapi.io']);

/** An http(s) URL of a CACHE_BUSTER_HOSTS service. */
export function isCacheBusterUrl(url: string): boolean {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url.replace(/^["']|["']$/g, ''))?.[1]?.toLowerCase();
  return host !== undefined && CACHE_BUSTER_HOSTS.has(host);
}

/** Whether a git source names a commit: `#<sha>[:subdir]`, or `?commit=` / `?checksum=`. */
export function gitPinnedToCommit(url: string): boolean {
  const fragment = url.split('#')[1] ?? '';
  if (/^[0-9a-f]{40}(:.*)?$/i.test(fragment)) return true;
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  return /(^|&)(commit|checksum)=[0-9a-f]{7,}/i.test(query);
}

/** The branch or tag a git source follows, '' for the default branch. */
export function gitRef(url: string): string {
  const fragment = url.split('#')[1];
  if (fragment !== undefined) return fragment.split(':')[0]!;
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  return /(?:^|&)(?:ref|tag|branch)=([^&]+)/.exec(query)?.[1] ?? '';
}

/** What follows the version of a maintenance branch's name (`3.24-stable`, `v1.60.x`, `2.1-dev`). */
const RELEASE_LINE_SUFFIX = /^[-._](x|stable|branch|dev|devel|maint(enance)?|next|nightly|snapshot|latest|head|main|master|trunk)$/i;

/**
 * A release tag: a dotted version, bare or with a word before or after it (`v1.2.3`, `2.8.0`, `v0.19.0-rc1`,
 * `release-1.4.0`, `swift-6.3.3-RELEASE`, `llvmorg-18.1.8`, `1030.6.3-ld64-956.6`). A release line (`release-1.2`,
 * `3.24-stable`, `v1.60.x`) is a branch that moves with each backport.
 */
export function isReleaseTag(ref: string): boolean {
  const m = /^([a-z][\w-]*?)?(\d+(?:\.\d+)+)([-.+_][\w.+-]*)?$/i.exec(ref);
  if (!m) return false;
  const [, prefix = '', version, suffix = ''] = m;
  if (/^(release|rel|branch|stable)[-_]?$/i.test(prefix) && version!.split('.').length === 2 && !suffix) return false;
  return !RELEASE_LINE_SUFFIX.test(suffix);
}

/**
 * Commands that check a file against a pinned checksum or signature, with the options that make them check (an empty
 * list: the command always does). `sha256sum -c`, `gpg --verify`.
 */
export const FILE_VERIFIERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sha1sum', ['-c', '--check']], ['sha224sum', ['-c', '--check']], ['sha256sum', ['-c', '--check']],
  ['sha384sum', ['-c', '--check']], ['sha512sum', ['-c', '--check']], ['b2sum', ['-c', '--check']],
  ['shasum', ['-c', '--check']], ['md5sum', ['-c', '--check']], ['gpg', ['--verify']], ['gpg2', ['--verify']],
  ['gpgv', []], ['minisign', ['-V']],
]);

/** The command checks a file against a pinned checksum or signature (FILE_VERIFIERS): `sha256sum --check`, `gpgv`. */
export function verifiesFile(c: SimpleCommand): boolean {
  const options = c.name === null ? undefined : FILE_VERIFIERS.get(c.name);
  return options !== undefined && (options.length === 0 || hasOption(c.invocation, ...options));
}

/**
 * PowerShell's check of a download against a pinned hash: `Get-FileHash` compared with `-eq`/`-ne` (or their case
 * variants), as Windows Dockerfiles write it: `if ((Get-FileHash -Path x.exe -Algorithm SHA256).Hash -ne $Env:SHA) { throw }`.
 */
export const POWERSHELL_HASH_CHECK = /\bGet-FileHash\b[\s\S]*?\s-[ci]?(eq|ne)\b/i;
