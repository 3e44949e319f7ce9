/**
 * The list files of data/knowledge/ (a `# source:` line, then one name a line) and how the Docker Hub tag snapshots
 * amend the tables curated in gpu-facts.md. Pure functions: the generator and the refresh share them, tests call them.
 */
import { compareVersions } from '../../src/knowledge/versions.js';
import { releaseWordDistribution } from '../../src/knowledge/floating-tags.js';

export const OFFICIAL_IMAGES_FILE = 'official-images.txt';
export const HUB_CUDA_TAGS_FILE = 'hub-nvidia-cuda-tags.txt';
export const HUB_TORCH_TAGS_FILE = 'hub-pytorch-tags.txt';

export interface ListFile {
  /** The provenance after `# source: `. */
  source: string;
  /** Distinct names, sorted. */
  names: string[];
}

export function formatList(source: string, names: readonly string[]): string {
  return `# source: ${source}\n${[...new Set(names)].sort().join('\n')}\n`;
}

/** Null when the text has no `# source:` line: a list without provenance is not used. */
export function parseList(text: string): ListFile | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const source = lines.find((l) => l.startsWith('# source: '))?.slice('# source: '.length);
  if (source === undefined) return null;
  const names = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return { source, names: [...new Set(names)].sort() };
}

const uniqueVersions = (vs: readonly string[]): string[] => [...new Set(vs)].sort(compareVersions);

// ---------------------------------------------------------------------------------------------------------------
// nvidia/cuda

export interface CudaMinor {
  minor: string;
  /** Latest patch per NVIDIA's own tag lists; older patches of the minor are end-of-life. */
  latest: string | null;
  /** Every patch known to have been published (NVIDIA lists and live Docker Hub tags). */
  published: string[];
  /** Patches whose tags NVIDIA deleted. */
  deleted: string[];
  /** 'overdue': the whole minor is end-of-life and its deletion date has passed; 'unconfirmed': EOL, deletion date unknown. */
  eol: 'overdue' | 'unconfirmed' | null;
  neverReleased: boolean;
}

/**
 * Adds the CUDA versions of live Docker Hub tags (`12.6.3-cudnn-devel-ubuntu22.04`) to the curated minors. A tag on
 * the Hub proves the version exists; support status and end of life stay as curated, because they come from
 * NVIDIA's prose. A minor newer than every curated one is added as released with no NVIDIA-supported patch yet;
 * unknown older minors are left out, as their status would be a guess.
 */
export function mergeCudaTags(minors: readonly CudaMinor[], tags: readonly string[]): CudaMinor[] {
  const hub = new Map<string, string[]>();
  for (const tag of tags) {
    const m = /^(\d+)\.(\d+)\.(\d+)-/.exec(tag);
    if (m) hub.set(`${m[1]}.${m[2]}`, [...(hub.get(`${m[1]}.${m[2]}`) ?? []), `${m[1]}.${m[2]}.${m[3]}`]);
  }
  const out = minors.map((m): CudaMinor => {
    const seen = hub.get(m.minor);
    if (!seen) return m;
    return { ...m, published: uniqueVersions([...m.published, ...seen]), deleted: m.deleted.filter((v) => !seen.includes(v)), neverReleased: false };
  });
  const newest = minors.map((m) => m.minor).sort(compareVersions).at(-1);
  for (const [minor, seen] of hub) {
    if (newest !== undefined && compareVersions(minor, newest) <= 0) continue;
    out.push({ minor, latest: null, published: uniqueVersions(seen), deleted: [], eol: null, neverReleased: false });
  }
  return out.sort((a, b) => compareVersions(a.minor, b.minor));
}

// ---------------------------------------------------------------------------------------------------------------
// pytorch/pytorch

export interface TorchRelease {
  /** `2.4`. */
  minor: string;
  /** Full versions listed (`2.4.0`), or empty when the facts say `2.4.x`. */
  versions: string[];
  /** CUDA versions of the Docker tags (`12.4`). */
  cuda: string[];
  /** CUDA versions mentioned as possible but unconfirmed: not suggested, not reported. */
  cudaUncertain: string[];
  cudnn: string[];
}

/**
 * Adds what live `<torch>-cuda<X.Y>-cudnn<N>-<runtime|devel>` tags show to the curated releases: a tag confirms its
 * torch version, CUDA and cuDNN. A release newer than every curated one is added from its tags alone.
 */
export function mergeTorchTags(releases: readonly TorchRelease[], tags: readonly string[]): TorchRelease[] {
  const hub = new Map<string, { versions: string[]; cuda: string[]; cudnn: string[] }>();
  for (const tag of tags) {
    const m = /^((\d+\.\d+)\.\d+)-cuda(\d+\.\d+)-cudnn(\d+)-(?:runtime|devel)$/.exec(tag);
    if (!m) continue;
    const entry = hub.get(m[2]!) ?? { versions: [], cuda: [], cudnn: [] };
    entry.versions.push(m[1]!);
    entry.cuda.push(m[3]!);
    entry.cudnn.push(m[4]!);
    hub.set(m[2]!, entry);
  }
  const out = releases.map((r): TorchRelease => {
    const seen = hub.get(r.minor);
    if (!seen) return r;
    const cuda = uniqueVersions([...r.cuda, ...seen.cuda]);
    return {
      minor: r.minor,
      versions: uniqueVersions([...r.versions, ...seen.versions]),
      cuda,
      cudaUncertain: r.cudaUncertain.filter((c) => !cuda.includes(c)),
      cudnn: uniqueVersions([...r.cudnn, ...seen.cudnn]),
    };
  });
  const newest = releases.map((r) => r.minor).sort(compareVersions).at(-1);
  for (const [minor, seen] of hub) {
    if (newest !== undefined && compareVersions(minor, newest) <= 0) continue;
    out.push({ minor, versions: uniqueVersions(seen.versions), cuda: uniqueVersions(seen.cuda), cudaUncertain: [], cudnn: uniqueVersions(seen.cudnn) });
  }
  return out.sort((a, b) => compareVersions(a.minor, b.minor));
}

// ---------------------------------------------------------------------------------------------------------------
// Docker Official Images: what `latest` is

export const OFFICIAL_LATEST_FILE = 'official-latest-tags.txt';

/** Per official image, the tags of the entry that carries `latest` (`python` → `3.14.7, 3.14, 3, latest`). */
export interface TagGroups {
  source: string;
  groups: Map<string, string[]>;
}

export function formatTagGroups(source: string, groups: ReadonlyMap<string, readonly string[]>): string {
  const lines = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([image, tags]) => `${image}: ${tags.join(', ')}`);
  return `# source: ${source}\n${lines.join('\n')}\n`;
}

/** Null when the text has no `# source:` line. */
export function parseTagGroups(text: string): TagGroups | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const source = lines.find((l) => l.startsWith('# source: '))?.slice('# source: '.length);
  if (source === undefined) return null;
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^([a-z0-9][a-z0-9._-]*):\s*(.+)$/.exec(line.trim());
    if (m) groups.set(m[1]!, m[2]!.split(',').map((t) => t.trim()).filter(Boolean));
  }
  return { source, groups };
}

/**
 * The tags published together with `latest` in a `library/<image>` file of docker-library/official-images: the
 * `Tags:` or `SharedTags:` line that lists it (a `SharedTags` line names the multi-platform tags, Linux and
 * Windows, that `latest` is one of). Null when no entry carries `latest`.
 */
export function latestTagGroup(libraryFile: string): string[] | null {
  for (const line of libraryFile.replace(/\r\n/g, '\n').split('\n')) {
    const m = /^(?:Shared)?Tags:\s*(.*)$/.exec(line);
    const tags = m ? m[1]!.split(',').map((t) => t.trim()).filter(Boolean) : [];
    if (tags.includes('latest')) return tags;
  }
  return null;
}

/**
 * The tag to pin instead of `latest`, from the tags of its entry (so the same variant: `python:latest` is Debian,
 * and `3.14` is the same image where `3.14-alpine` would not be). The release line above the entry's full version,
 * at most major.minor, is preferred: it stops the jump to the next line that `latest` makes, yet keeps the patch releases and the
 * OS rebuilds the publisher pushes under it, where the full version is frozen once the next release is out. The
 * full version is read per image, not assumed to be major.minor.patch: `python` `3.14.7` → `3.14`, but `debian`
 * `13.6` and `postgres` `18.6` are point releases of `13` and `18`. A four-part version is a build of major.minor
 * (`clickhouse` `26.7.5.10` → `26.7`). Without such a tag, the next shorter one (`amazonlinux` `2023.12.20260817.0`
 * → `2023`); an entry with a single version tag pins it (`fedora:44`,
 * `ubuntu:26.04`). A `v` prefix (`v3.7`) only when there is no plain one. An entry without a version tag
 * (`buildpack-deps`: `trixie, stable, latest`) has no pin, and neither has a date (`20260805`), a snapshot.
 */
export function latestPin(tags: readonly string[]): string | null {
  const all = tags.filter((t) => /^v?\d+(\.\d+)*$/.test(t) && !/^\d{8}/.test(t));
  const plain = all.filter((t) => !t.startsWith('v'));
  const versions = plain.length > 0 ? plain : all;
  if (versions.length === 0) return null;
  const parts = (t: string): number => t.split('.').length;
  const full = Math.max(...versions.map(parts));
  for (let n = Math.min(full - 1, 2); n >= 1; n--) {
    const line = versions.find((t) => parts(t) === n);
    if (line) return line;
  }
  return versions.find((t) => parts(t) === full)!;
}

// ---------------------------------------------------------------------------------------------------------------
// Docker Official Images: the distribution release under each tag

export const OFFICIAL_RELEASE_FILE = 'official-release-tags.txt';

/** A tag's words, lower-cased; eclipse-temurin's `alpine-3.24` is read as docker-library's `alpine3.24`. */
function tagWords(tag: string): string[] {
  return tag.toLowerCase().replace(/(^|[-_])alpine[-_](\d+\.\d+)(?=$|[-_])/, '$1alpine$2').split(/[-_]/);
}

/** The tag names a distribution release: a codename or `alpine3.24` among its words, or `ubuntu-24.04`, `debian12`. */
function namesRelease(tag: string): boolean {
  return tagWords(tag).some((w) => releaseWordDistribution(w) !== null) || /(^|[-_])(ubuntu|debian)[-_]?\d/i.test(tag);
}

/**
 * The tags (`Tags:`, then `SharedTags:`) of each entry of a `library/<image>` file of docker-library/official-images
 * whose tags name the one distribution release it is built on (`3.14.7-trixie, …, 3.14.7, 3.14, 3, latest`). Windows
 * entries are left out (the Linux entry's shared tags are theirs too), and so are entries that name no release or
 * several.
 */
export function releaseTagGroups(libraryFile: string): string[][] {
  const out: string[][] = [];
  for (const entry of libraryFile.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const field = (name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(entry)?.[1] ?? '';
    const tags = [...field('Tags').split(','), ...field('SharedTags').split(',')].map((t) => t.trim()).filter(Boolean);
    if (!tags.length || /windows/i.test(field('Architectures'))) continue;
    const releases = new Set(tags.flatMap(tagWords).filter((w) => releaseWordDistribution(w) !== null));
    if (releases.size === 1) out.push(tags);
  }
  return out;
}

/** Entries per image, one line each (an image may have several): `python: 3.14.7-trixie, 3.14-trixie, …, latest`. */
export function formatEntryGroups(source: string, groups: ReadonlyMap<string, readonly (readonly string[])[]>): string {
  const lines = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([image, entries]) => entries.map((tags) => `${image}: ${tags.join(', ')}`));
  return `# source: ${source}\n${lines.join('\n')}\n`;
}

/** Null when the text has no `# source:` line. */
export function parseEntryGroups(text: string): { source: string; groups: Map<string, string[][]> } | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const source = lines.find((l) => l.startsWith('# source: '))?.slice('# source: '.length);
  if (source === undefined) return null;
  const groups = new Map<string, string[][]>();
  for (const line of lines) {
    const m = /^([a-z0-9][a-z0-9._-]*):\s*(.+)$/.exec(line.trim());
    if (m) groups.set(m[1]!, [...(groups.get(m[1]!) ?? []), m[2]!.split(',').map((t) => t.trim()).filter(Boolean)]);
  }
  return { source, groups };
}

/**
 * Images whose version is the distribution release itself (`debian:12` is bookworm, `ubuntu:24.04`,
 * `buildpack-deps:24.04-curl`, `neurodebian:nd120`): their version tags fix the release.
 */
const RELEASE_IMAGES: ReadonlySet<string> = new Set(['debian', 'ubuntu', 'buildpack-deps', 'neurodebian']);

/**
 * Per tag of `image` that has a version but names no release (`3.12`, `3.12-slim`, `22-alpine`), the tag of the same
 * entry that also names the release it is built on today (`3.12-trixie`, `3.12-slim-trixie`, `22-alpine3.24`): its
 * words but the release's are the tag's (`alpine` for Alpine's), else the shortest one holding all of the tag's words
 * (tomcat's `9.0` → `9.0-jdk25-temurin-noble`). Where none does (docker's `29.7`: only `29.7.2-alpine3.24`), the
 * release word alone (`alpine3.24`). A versionless tag (`slim`, `lts`) is left out: it already floats to new versions.
 */
export function releaseTags(image: string, entries: readonly (readonly string[])[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (RELEASE_IMAGES.has(image)) return out;
  const key = (words: readonly string[]): string => [...words].sort().join(' ');
  for (const tags of entries) {
    const release = tags.flatMap(tagWords).find((w) => releaseWordDistribution(w) !== null);
    if (!release) continue;
    const named = tags.filter((t) => tagWords(t).includes(release));
    for (const tag of tags) {
      if (!/\d/.test(tag) || namesRelease(tag) || Object.hasOwn(out, tag)) continue;
      const own = tagWords(tag).filter((w) => !(w === 'alpine' && release.startsWith('alpine')));
      const exact = named.find((t) => key(tagWords(t).filter((w) => w !== release)) === key(own));
      const wider = named.filter((t) => own.every((w) => tagWords(t).includes(w))).sort((a, b) => a.length - b.length)[0];
      out[tag] = exact ?? wider ?? release;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Docker Official Images: the release of each tag's final build

export const OFFICIAL_FINAL_RELEASE_FILE = 'official-final-release-tags.txt';

/** A `library/<image>` file's tags: its entries' `Tags:` and `SharedTags:`, and the lines of the format before 2016 (`1.4.2: git://… 1.4`). */
function libraryTags(libraryFile: string): string[] {
  const text = libraryFile.replace(/\r\n/g, '\n');
  const entries = [...text.matchAll(/^(?:Shared)?Tags:(.*)$/gm)].flatMap((m) => m[1]!.split(','));
  const old = [...text.matchAll(/^([\w][\w.-]*):\s+\S*git\S*/gm)].map((m) => m[1]!);
  return [...entries, ...old].map((t) => t.trim()).filter(Boolean);
}

/**
 * The tags an image no longer gets builds of, each with the distribution release its final build is on: per tag of
 * `versions` (the `library/<image>` file at each commit of docker-library/official-images' main line that changed it,
 * oldest first; `current` the file at the newest commit, '' once the image was removed) that `current` does not list,
 * the release its entry names in the last version listing it (releaseTagGroups). A tag whose entry there names no
 * release or several (the format before 2016, a Windows entry) is left out, as are a tag naming the release itself
 * (`1.13-buster`: its own words tell) and one without a version (`latest`, `alpine`). Release → tags, sorted.
 */
export function finalReleaseTags(versions: Iterable<string>, current: string): Record<string, string[]> {
  const last = new Map<string, string | null>();
  for (const text of versions) {
    for (const tag of libraryTags(text)) last.set(tag, null);
    for (const tags of releaseTagGroups(text)) {
      const release = tags.flatMap(tagWords).find((w) => releaseWordDistribution(w) !== null)!;
      for (const tag of tags) last.set(tag, release);
    }
  }
  const live = new Set(libraryTags(current));
  const out: Record<string, string[]> = {};
  for (const [tag, release] of last) {
    if (release === null || live.has(tag) || !/\d/.test(tag) || namesRelease(tag)) continue;
    (out[release] ??= []).push(tag);
  }
  for (const tags of Object.values(out)) tags.sort(naturalOrder);
  return out;
}

/** Tags in the order of their numbers (`1.9` before `1.10`), then of their text: one order on every machine. */
function naturalOrder(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const d = i % 2 ? Number(pa[i]) - Number(pb[i]) : 0;
    return d || (pa[i]! < pb[i]! ? -1 : 1);
  }
  return pa.length - pb.length;
}

/** One line an image and release: `golang buster: 1.11, 1.11.12, …`. */
export function formatFinalReleases(source: string, images: ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>): string {
  const byName = <T>(a: [string, T], b: [string, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const lines = [...images].sort(byName).flatMap(([image, releases]) => Object.entries(releases).sort(byName).map(([release, tags]) => `${image} ${release}: ${tags.join(', ')}`));
  return `# source: ${source}\n${lines.join('\n')}\n`;
}

/** Null when the text has no `# source:` line. */
export function parseFinalReleases(text: string): { source: string; images: Map<string, Record<string, string[]>> } | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const source = lines.find((l) => l.startsWith('# source: '))?.slice('# source: '.length);
  if (source === undefined) return null;
  const images = new Map<string, Record<string, string[]>>();
  for (const line of lines) {
    const m = /^([a-z0-9][a-z0-9._-]*) ([a-z0-9.]+):\s*(.+)$/.exec(line.trim());
    if (!m) continue;
    const releases = images.get(m[1]!) ?? {};
    releases[m[2]!] = m[3]!.split(',').map((t) => t.trim()).filter(Boolean);
    images.set(m[1]!, releases);
  }
  return { source, images };
}
