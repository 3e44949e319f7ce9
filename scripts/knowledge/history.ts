/**
 * `npm run knowledge:update -- --history DIR`: the release of each no longer built official tag's final build, read
 * from the history of a clone of docker-library/official-images (DIR, its git directory or work tree): every version
 * of each `library/<image>` file along the main line (first parents), oldest first. The GitHub API the refresh reads
 * gives one commit at a time, tens of thousands of them: a clone reads them all at once.
 */
import { execFileSync } from 'node:child_process';
import { RefreshError } from './api.js';
import { finalReleaseTags, formatFinalReleases } from './data.js';

const MAX_OUTPUT = 2 ** 31 - 1;

function git(dir: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync('git', ['-C', dir, ...args], { input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    throw new RefreshError(`git ${args[0]} in ${dir} failed: ${(e as { stderr?: Buffer }).stderr?.toString().trim() || String(e)}`);
  }
}

/** The text of the data file OFFICIAL_FINAL_RELEASE_FILE from the clone at `dir`. */
export function finalReleasesFromHistory(dir: string): string {
  const [head, date] = git(dir, ['log', '-1', '--format=%H %cI']).toString().trim().split(' ');
  // Each change to library/ on the main line: the blob of every file it added or modified, none for a removal.
  const raw = git(dir, ['log', '--first-parent', '--reverse', '--format=', '--raw', '--no-renames', '--no-abbrev', 'HEAD', '--', 'library/']).toString();
  const blobs = new Map<string, (string | null)[]>();
  for (const line of raw.split('\n')) {
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) (\w)\tlibrary\/([^/]+)$/.exec(line);
    if (m) blobs.set(m[3]!, [...(blobs.get(m[3]!) ?? []), m[2] === 'D' ? null : m[1]!]);
  }
  if (blobs.size < 100) throw new RefreshError(`${dir} has the history of only ${blobs.size} library/ files: not a clone of docker-library/official-images with its history`);
  const wanted = [...new Set([...blobs.values()].flat().filter((b): b is string => b !== null))];
  const texts = readBlobs(git(dir, ['cat-file', '--batch'], `${wanted.join('\n')}\n`));
  const images = new Map<string, Record<string, string[]>>();
  for (const [image, versions] of blobs) {
    const newest = versions.at(-1);
    const found = finalReleaseTags(versions.flatMap((b) => (b === null ? [] : [texts.get(b)!])), newest ? texts.get(newest)! : '');
    if (Object.keys(found).length) images.set(image, found);
  }
  return formatFinalReleases(`docker-library/official-images library/ history, first parents up to commit ${head}, ${date}`, images);
}

/** `git cat-file --batch` output: `<sha> blob <size>\n<content>\n` each. */
function readBlobs(out: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  for (let at = 0; at < out.length; ) {
    const end = out.indexOf(10, at);
    const [sha, type, size] = out.subarray(at, end).toString().split(' ');
    if (type !== 'blob') throw new RefreshError(`git cat-file: ${sha} is ${type ?? 'missing'}`);
    texts.set(sha!, out.subarray(end + 1, end + 1 + Number(size)).toString());
    at = end + 1 + Number(size) + 1;
  }
  return texts;
}
