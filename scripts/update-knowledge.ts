/**
 * Regenerates the shipped knowledge tables (src/knowledge/generated/*.ts) from the repository's data folder
 * (data/knowledge/, see its README for where each file comes from), so the data can be refreshed without touching
 * rule code.
 *
 *   npm run knowledge:update                      # data from data/knowledge
 *   npm run knowledge:update -- --data DIR        # or DLINT_DATA_DIR=DIR
 *   npm run knowledge:update -- --check           # exit 1 when the generated files are out of date
 *   npm run knowledge:update -- --refresh         # first refresh the API-sourced data files (network; exit 2 without)
 *   npm run knowledge:update -- --history DIR     # first rewrite official-final-release-tags.txt from a clone of
 *                                                 # docker-library/official-images with its history (exit 2 without)
 *   npm run knowledge:update -- --apt DIR         # first rewrite apt-dependencies.txt from the apt Packages indexes
 *                                                 # in DIR (data/knowledge/README.md says which; exit 2 without)
 *
 * gpu-facts.md is prose with tables; this script reads only its tables and a few bullet lists, and fails loudly
 * when a table it expects is missing, rather than generating partial data. Items the facts mark "unconfirmed"
 * are kept apart so the rules stay silent about them.
 *
 * official-latest-tags.txt holds, per official image, only the tags of the entry that carries `latest`: enough to name
 * the version `latest` stands for; official-release-tags.txt the tags of each entry that names its distribution release,
 * enough to tell which release a tag such as `python:3.12` is on. official-images-tags.tsv is deliberately not shipped: no rule validates the tags of official images, because that
 * list holds only the currently supported tags, and older tags that still pull would be reported as missing.
 * official-final-release-tags.txt holds the tags no longer built, by the release of their final build (from the
 * history of library/: scripts/knowledge/history.ts); the generated table keeps those of the releases whose archive
 * is frozen (FROZEN_RELEASES), which is all the rules ask of it: generate again when a release joins that list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVersions } from '../src/knowledge/versions.js';
import { RefreshError } from './knowledge/api.js';
import {
  HUB_CUDA_TAGS_FILE,
  HUB_TORCH_TAGS_FILE,
  mergeCudaTags,
  mergeTorchTags,
  latestPin,
  OFFICIAL_IMAGES_FILE,
  OFFICIAL_LATEST_FILE,
  OFFICIAL_FINAL_RELEASE_FILE,
  OFFICIAL_RELEASE_FILE,
  parseEntryGroups,
  parseFinalReleases,
  parseList,
  parseTagGroups,
  releaseTags,
  type CudaMinor,
  type ListFile,
  type TorchRelease,
} from './knowledge/data.js';
import { finalReleasesFromHistory } from './knowledge/history.js';
import { APT_DEPENDENCIES_FILE, APT_SEEDS_FILE, aptGraphFromIndexes } from './knowledge/apt-graph.js';
import { refresh } from './knowledge/refresh.js';
import { isFrozenReleaseWord } from '../src/knowledge/frozen-releases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'knowledge', 'generated');

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const dataDir = path.resolve(arg('--data') ?? process.env.DLINT_DATA_DIR ?? path.join(ROOT, 'data', 'knowledge'));
const check = process.argv.includes('--check');
const refreshFirst = process.argv.includes('--refresh');
const historyDir = arg('--history');
const aptDir = arg('--apt');

function fail(message: string): never {
  console.error(`update-knowledge: ${message}`);
  process.exit(2);
}

function read(name: string): string {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) fail(`${file} not found (use --data DIR or DLINT_DATA_DIR)`);
  return fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
}

/** A Docker Hub tag snapshot: absent until the first `--refresh` that had network. */
function readOptionalList(name: string): ListFile | null {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) return null;
  return parseList(fs.readFileSync(file, 'utf8')) ?? fail(`${file} has no "# source:" line`);
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown helpers

/** Rows (cells trimmed) of the first table whose header row starts with the given cells. */
function table(md: string, ...header: string[]): string[][] {
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cells = splitRow(lines[i]!);
    if (!cells || !header.every((h, k) => cells[k] === h)) continue;
    const rows: string[][] = [];
    for (let j = i + 2; j < lines.length; j++) {
      const row = splitRow(lines[j]!);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length === 0) fail(`table "${header.join(' | ')}" is empty`);
    return rows;
  }
  return fail(`table with header "${header.join(' | ')}" not found in gpu-facts.md`);
}

function splitRow(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  return t.slice(1, t.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
}

const VERSION = /\d+\.\d+(?:\.\d+)?/g;
const versions = (s: string): string[] => s.match(VERSION) ?? [];
const backticked = (s: string): string[] => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);


/** `12.6.0–12.6.2` → 12.6.0, 12.6.1, 12.6.2; other versions as listed. */
function versionList(cell: string): string[] {
  const out: string[] = [];
  const re = /(\d+)\.(\d+)\.(\d+)\s*[–-]\s*\1\.\2\.(\d+)|\d+\.\d+\.\d+/g;
  for (const m of cell.matchAll(re)) {
    if (m[4] !== undefined) for (let p = Number(m[3]); p <= Number(m[4]); p++) out.push(`${m[1]}.${m[2]}.${p}`);
    else out.push(m[0]);
  }
  return out;
}

function section(md: string, heading: string): string {
  const start = md.indexOf(heading);
  if (start < 0) fail(`section "${heading}" not found`);
  const next = md.indexOf('\n## ', start + heading.length);
  return md.slice(start, next < 0 ? undefined : next);
}

// ---------------------------------------------------------------------------------------------------------------
// official-images.txt

function officialImages(): ListFile {
  const list = parseList(read(OFFICIAL_IMAGES_FILE)) ?? fail(`${OFFICIAL_IMAGES_FILE} has no "# source:" line`);
  if (list.names.length < 100) fail(`${OFFICIAL_IMAGES_FILE} lists only ${list.names.length} names`);
  return list;
}

/** Official image → the version tag to pin instead of `latest` (see `latestPin`); images without one are left out. */
function latestPins(official: ListFile): { source: string; pins: Record<string, string> } {
  const data = parseTagGroups(read(OFFICIAL_LATEST_FILE)) ?? fail(`${OFFICIAL_LATEST_FILE} has no "# source:" line`);
  if (data.groups.size < 50) fail(`${OFFICIAL_LATEST_FILE} lists only ${data.groups.size} images`);
  const pins: Record<string, string> = {};
  for (const [image, tags] of data.groups) {
    const pin = latestPin(tags);
    if (pin && official.names.includes(image)) pins[image] = pin;
  }
  return { source: data.source, pins };
}

/** Official image → its version tags that name no release → the tag naming the release they are on (see `releaseTags`). */
function officialReleaseTags(official: ListFile): { source: string; tags: Record<string, Record<string, string>> } {
  const data = parseEntryGroups(read(OFFICIAL_RELEASE_FILE)) ?? fail(`${OFFICIAL_RELEASE_FILE} has no "# source:" line`);
  if (data.groups.size < 20) fail(`${OFFICIAL_RELEASE_FILE} lists only ${data.groups.size} images`);
  const tags: Record<string, Record<string, string>> = {};
  for (const [image, entries] of data.groups) {
    const found = releaseTags(image, entries);
    if (official.names.includes(image) && Object.keys(found).length) tags[image] = found;
  }
  return { source: data.source, tags };
}

/** Official image → frozen release → its tags no longer built whose final build is on it (see the file comment). */
function officialFinalReleases(): { source: string; images: Record<string, Record<string, string>> } {
  const data = parseFinalReleases(read(OFFICIAL_FINAL_RELEASE_FILE)) ?? fail(`${OFFICIAL_FINAL_RELEASE_FILE} has no "# source:" line`);
  if (data.images.size < 20) fail(`${OFFICIAL_FINAL_RELEASE_FILE} lists only ${data.images.size} images`);
  const images: Record<string, Record<string, string>> = {};
  // Retired images (adoptopenjdk) too: their tags are the final builds they still pull.
  for (const [image, releases] of [...data.images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const frozen = Object.entries(releases).filter(([release]) => isFrozenReleaseWord(release)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (frozen.length) images[image] = Object.fromEntries(frozen.map(([release, tags]) => [release, tags.join(' ')]));
  }
  return { source: data.source, images };
}

// ---------------------------------------------------------------------------------------------------------------
// gpu-facts.md §1–2: nvidia/cuda

/** APT_DEPENDENCIES_FILE: its source line, the base packages and the package lines. */
function aptDependencies(): { source: string; base: string[]; releaseBases: Record<string, string[]>; releases: string[]; lines: string[] } {
  const text = read(APT_DEPENDENCIES_FILE).split('\n');
  const header = (key: string): string => text.find((line) => line.startsWith(`# ${key}: `))?.slice(key.length + 4) ?? fail(`${APT_DEPENDENCIES_FILE} has no "# ${key}:" line`);
  const releases = header('releases').split(' ');
  const releaseBases = Object.fromEntries(releases.map((r) => [r, (text.find((line) => line.startsWith(`# base@${r}: `))?.slice(`# base@${r}: `.length) ?? '').split(' ').filter(Boolean)]));
  return { source: `source: ${header('source')}`, base: header('base').split(' '), releaseBases, releases, lines: text.filter((line) => line && !line.startsWith('#')) };
}

function cudaMinors(md: string): CudaMinor[] {
  const rows = table(md, 'CUDA minor', 'Latest patch', 'Other patches still on Hub (2026)', 'Status per policy');
  const out: CudaMinor[] = [];
  for (const [minor, latestCell, otherCell, status] of rows) {
    if (!minor || !/^\d+\.\d+$/.test(minor)) fail(`unexpected CUDA minor "${minor}"`);
    const neverReleased = /never released/i.test(latestCell!);
    let latest: string | null = null;
    const published: string[] = [];
    for (const part of latestCell!.split(';')) {
      const vs = versionList(part.replace(/\(toolkit[^)]*\)/g, '')).filter((v) => v.startsWith(minor + '.'));
      published.push(...vs);
      // Versions seen only on Docker Hub exist, but NVIDIA's lists do not call them the supported patch.
      if (!/Hub/.test(part) && vs.length && latest === null) latest = vs[0]!;
    }
    const deleted: string[] = [];
    if (/deleted/.test(otherCell!)) deleted.push(...versionList(otherCell!));
    else published.push(...versionList(otherCell!));
    const asOther = /^as (\d+\.\d+)/.exec(status!);
    const base = asOther ? out.find((m) => m.minor === asOther[1]) : undefined;
    const eol = base ? base.eol : /^EOL/.test(status!) ? (/unconfirmed/.test(status!) ? 'unconfirmed' : 'overdue') : null;
    out.push({ minor, latest, published: [...new Set(published)].sort(compareVersions), deleted, eol, neverReleased });
  }
  return out;
}

/** The mid-2023 deletion list: three-part versions and whole two-part minors (`10.2`, `9.0`, …). */
function cudaDeletions(md: string, minors: CudaMinor[]): { versions: string[]; minors: string[] } {
  const m = /\*\*What was actually deleted\.\*\*([\s\S]*?)\(list as quoted/.exec(md) ?? fail('CUDA deletion list not found');
  const listed = versions(m[1]!.slice(m[1]!.indexOf('deleted tags for')));
  const stillOnHub = new Set(minors.flatMap((x) => x.published));
  return {
    versions: listed.filter((v) => v.split('.').length === 3 && !stillOnHub.has(v)).sort(compareVersions),
    minors: listed.filter((v) => v.split('.').length === 2).sort(compareVersions),
  };
}

interface CudnnRule {
  /** Inclusive bounds; a two-part bound covers every patch of that minor. */
  from: string;
  to: string | null;
  /** Tag parts allowed between version and flavour (`cudnn8`, `cudnn`); empty: no cuDNN images. */
  parts: string[];
}

function cudnnRules(md: string): CudnnRule[] {
  const rows = table(md, 'CUDA release', 'cuDNN tag part', 'cuDNN inside');
  const out: CudnnRule[] = [];
  for (const [release, partCell] of rows) {
    const parts = /\*\*none\*\*/.test(partCell!) ? [] : backticked(partCell!).filter((p) => /^cudnn\d*$/.test(p));
    const r = release!;
    if (/^\d+\.x$/.test(r)) out.push({ from: `${r.split('.')[0]}.0.0`, to: `${r.split('.')[0]}.999.999`, parts });
    else if (r.includes('…')) {
      const [a, b] = versions(r);
      out.push({ from: a!, to: b!, parts });
    } else if (/and later/.test(r)) out.push({ from: versions(r)[0]!, to: null, parts });
    else for (const v of versions(r)) out.push({ from: v, to: v, parts });
  }
  return out;
}

interface CudaOs {
  os: string;
  /** Oldest CUDA version with this OS, when the facts say so for this OS alone. */
  min: string | null;
  /** Newest CUDA version with this OS (a two-part bound covers the whole minor). */
  max: string | null;
  /** Listed only as unconfirmed or as an end-of-life folder: never reported. */
  uncertain: boolean;
}

function cudaOses(md: string): CudaOs[] {
  const start = md.indexOf('**OS suffixes**');
  if (start < 0) fail('CUDA OS suffix list not found');
  const end = md.indexOf('- **Architectures.**', start);
  const out: CudaOs[] = [];
  // One bullet per OS line; its continuation lines belong to it.
  const bullets = md.slice(start, end).split(/\n\s*- /).slice(1).map((b) => b.replace(/\s*\n\s*/g, ' '));
  for (const line of bullets) {
    const names = backticked(line).filter((n) => /^[a-z]+\d*(\.\d+)?$/.test(n) && !/^cudnn/.test(n));
    if (!names.length) continue;
    const paren = /\(([^)]*)\)/.exec(line)?.[1] ?? '';
    const uncertain = /unconfirmed|EOL directory only/.test(line);
    const upTo = /up to ([\d.]+(?:\/[\d.]+)?)/.exec(paren);
    let max = upTo ? upTo[1]!.split('/').pop()! : null;
    let min: string | null = null;
    const range = /([\d.]+\d) … ([\d.]+\d)/.exec(paren);
    if (range) [min, max] = [range[1]!, range[2]!];
    // "X and later" after a list of several OSes may apply to only the newest of them: not used.
    const later = /([\d.]+\d) and later/.exec(paren);
    if (later && names.length === 1) min = later[1]!;
    for (const os of names) out.push({ os, min: names.length === 1 ? min : null, max, uncertain });
  }
  if (out.length < 10) fail(`only ${out.length} CUDA OS suffixes parsed`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// gpu-facts.md §3–4: pytorch/pytorch tags and wheel indexes

function torchReleases(md: string): TorchRelease[] {
  const rows = table(md, 'torch', 'CUDA variants in the Docker tag', 'cuDNN tag');
  return rows.map(([torch, cudaCell, cudnnCell]) => {
    const minor = /^(\d+\.\d+)/.exec(torch!)?.[1] ?? fail(`unexpected torch version "${torch}"`);
    const certain = cudaCell!.replace(/\([^)]*\)/g, '');
    const cuda = backticked(certain).map((c) => c.replace(/^cuda/, ''));
    const cudaUncertain = backticked(cudaCell!).map((c) => c.replace(/^cuda/, '')).filter((c) => !cuda.includes(c));
    const cudnn = backticked(cudnnCell!).map((c) => c.replace(/^cudnn/, ''));
    return { minor, versions: versionList(torch!), cuda, cudaUncertain, cudnn };
  });
}

function wheelVariants(md: string): string[] {
  const rows = table(md, 'Variant', 'torch versions that ship it');
  return rows.flatMap(([v]) => backticked(v!)).filter((v) => /^cu\d+$/.test(v));
}

/** The CUDA of `pip install torch==X` from PyPI on Linux x86_64, for the rows the facts confirm (`2.0.x`, `2.4.0`, `2.7`). */
function pypiTorchCuda(md: string): { torch: string; cuda: string }[] {
  const rows = table(md, 'torch', 'PyPI Linux default', 'Confirmed by');
  return rows.flatMap(([torch, cuda]) => {
    const c = /^CUDA (\d+\.\d+)$/.exec(cuda!.trim());
    const v = /^(\d+\.\d+(?:\.\d+)?)(?:\.x)?$/.exec(torch!.trim());
    return c && v ? [{ torch: v[1]!, cuda: c[1]! }] : [];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function tsFile(doc: string, source: string, body: string): string {
  return `/**\n * ${doc}\n * Generated by scripts/update-knowledge.ts (npm run knowledge:update): do not edit by hand.\n */\n\n/** Where the data comes from. */\nexport const SOURCE = ${JSON.stringify(source)};\n\n${body}`;
}

const json = (v: unknown): string => JSON.stringify(v, null, 2);

async function main(): Promise<void> {
  if (refreshFirst) {
    try {
      const written = await refresh(dataDir, fetch, new Date());
      console.log(`update-knowledge: refreshed ${written.map((f) => path.relative(process.cwd(), path.join(dataDir, f))).join(', ')}`);
    } catch (e) {
      if (e instanceof RefreshError) fail(`--refresh failed, data left unchanged: ${e.message}`);
      throw e;
    }
  }
  if (historyDir) {
    try {
      fs.writeFileSync(path.join(dataDir, OFFICIAL_FINAL_RELEASE_FILE), finalReleasesFromHistory(path.resolve(historyDir)));
      console.log(`update-knowledge: rewrote ${path.relative(process.cwd(), path.join(dataDir, OFFICIAL_FINAL_RELEASE_FILE))} from ${historyDir}`);
    } catch (e) {
      if (e instanceof RefreshError) fail(`--history failed, data left unchanged: ${e.message}`);
      throw e;
    }
  }
  if (aptDir) {
    try {
      const seeds = read(APT_SEEDS_FILE).split('\n').filter((line) => line && !line.startsWith('#'));
      fs.writeFileSync(path.join(dataDir, APT_DEPENDENCIES_FILE), aptGraphFromIndexes(path.resolve(aptDir), seeds, new Date().toISOString().slice(0, 10)));
      console.log(`update-knowledge: rewrote ${path.relative(process.cwd(), path.join(dataDir, APT_DEPENDENCIES_FILE))} from ${aptDir}`);
    } catch (e) {
      if (e instanceof RefreshError) fail(`--apt failed, data left unchanged: ${e.message}`);
      throw e;
    }
  }
  const facts = read('gpu-facts.md');
  const compiled = /^Compiled ([\d-]+)/m.exec(facts)?.[1] ?? fail('gpu-facts.md has no "Compiled <date>" line');
  const cudaHub = readOptionalList(HUB_CUDA_TAGS_FILE);
  const torchHub = readOptionalList(HUB_TORCH_TAGS_FILE);
  const factsSource = (hub: ListFile | null): string =>
    `gpu-facts.md (compiled ${compiled}), from NVIDIA's container-images/cuda tag lists and support policy, pytorch/pytorch release matrix and docker.Makefile, and live Docker Hub tags scraped by replicate/cog` +
    (hub ? `; ${hub.source}` : '');

  const official = officialImages();
  const latest = latestPins(official);
  const releases = officialReleaseTags(official);
  const finals = officialFinalReleases();
  const apt = aptDependencies();
  const minors = mergeCudaTags(cudaMinors(section(facts, '## 2.')), cudaHub?.names ?? []);
  const files: Record<string, string> = {
    'official-images.ts': tsFile(
      'Docker Official Images (the `library/` namespace of Docker Hub).',
      `source: ${official.source}`,
      `export const OFFICIAL_IMAGES: readonly string[] = ${json(official.names)};\n`,
    ),
    'official-latest.ts': tsFile(
      'Docker Official Images: the version tag to pin instead of `latest` (or no tag), from the entry that carries `latest`.',
      `source: ${latest.source}`,
      `/** Image → tag of the same entry: its major.minor line where it has one (scripts/knowledge/data.ts \`latestPin\`). */\nexport const LATEST_PINS: Readonly<Record<string, string>> = ${json(latest.pins)};\n`,
    ),
    'official-releases.ts': tsFile(
      'Docker Official Images: the distribution release under each version tag that does not name it.',
      `source: ${releases.source}`,
      `/**\n * Image → tag (\`3.12\`, \`3.12-slim\`, \`22-alpine\`) → the tag of the same entry that also names the release it is built\n * on today (\`3.12-trixie\`, \`3.12-slim-trixie\`, \`22-alpine3.24\`), or that release's word alone where no such tag\n * exists (\`alpine3.24\`); scripts/knowledge/data.ts \`releaseTags\`. One image a line.\n */\n` +
        `export const OFFICIAL_RELEASE_TAGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {\n${Object.entries(releases.tags).map(([image, tags]) => `  ${JSON.stringify(image)}: ${JSON.stringify(tags)},`).join('\n')}\n};\n`,
    ),
    'official-final-releases.ts': tsFile(
      'Docker Official Images: the tags no longer built whose final build is on a distribution release with a frozen archive.',
      `source: ${finals.source}`,
      `/**\n * Image → the tag word of a frozen release (\`buster\`, \`alpine3.12\`: FROZEN_RELEASES) → the image's tags, space-separated,\n * that no longer get builds and whose final build is on that release (\`golang:1.13\`: \`1.13.15-buster\`); scripts/knowledge/data.ts\n * \`finalReleaseTags\`. One image a line.\n */\n` +
        `export const OFFICIAL_FINAL_RELEASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {\n${Object.entries(finals.images).map(([image, releases]) => `  ${JSON.stringify(image)}: ${JSON.stringify(releases)},`).join('\n')}\n};\n`,
    ),
    'apt-dependencies.ts': tsFile(
      'Debian and Ubuntu packages: what the packages Dockerfiles install depend on and recommend.',
      apt.source,
      `/** The packages in the base image of every release read: their recommends are settled before any install. */\nexport const APT_BASE: readonly string[] = ${JSON.stringify(apt.base)};\n\n` +
        `/** The releases whose indexes were read (codenames). */\nexport const APT_RELEASES: readonly string[] = ${JSON.stringify(apt.releases)};\n\n` +
        `/** Per release, what only its base image has beyond APT_BASE (a renamed library: \`libapt-pkg6.0t64\` on noble). */\nexport const APT_RELEASE_BASE: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(apt.releaseBases)};\n\n` +
        `/**\n * One package a line, \`name[@releases]: depends…[@releases] | recommends…[@releases]\` (data/knowledge/${APT_DEPENDENCIES_FILE}): read only when an install is\n * about to be reported (src/knowledge/apt-recommends.ts).\n */\nexport const APT_GRAPH = ${JSON.stringify(apt.lines.join('\n'))};\n`,
    ),
    'cuda-tags.ts': tsFile(
      'nvidia/cuda image tags: which CUDA versions, cuDNN tag parts and OS suffixes were published.',
      factsSource(cudaHub),
      [
        `export interface CudaMinor {\n  minor: string;\n  latest: string | null;\n  published: readonly string[];\n  deleted: readonly string[];\n  eol: 'overdue' | 'unconfirmed' | null;\n  neverReleased: boolean;\n}\n`,
        `export const CUDA_MINORS: readonly CudaMinor[] = ${json(minors)};\n`,
        `/** Deleted in NVIDIA's 2023 purge: these versions, and every tag of these two-part minors. */\nexport const CUDA_DELETED = ${json(cudaDeletions(facts, minors))} as const;\n`,
        `export interface CudnnRule {\n  from: string;\n  to: string | null;\n  parts: readonly string[];\n}\n`,
        `/** Later rules override earlier ones. */\nexport const CUDNN_TAG_PARTS: readonly CudnnRule[] = ${json(cudnnRules(section(facts, '## 1.')))};\n`,
        `export interface CudaOs {\n  os: string;\n  min: string | null;\n  max: string | null;\n  uncertain: boolean;\n}\n`,
        `export const CUDA_OSES: readonly CudaOs[] = ${json(cudaOses(section(facts, '## 1.')))};\n`,
      ].join('\n'),
    ),
    'pytorch-tags.ts': tsFile(
      'pytorch/pytorch Docker tags per torch release, and the CUDA wheel indexes of download.pytorch.org.',
      factsSource(torchHub),
      [
        `export interface TorchRelease {\n  minor: string;\n  versions: readonly string[];\n  cuda: readonly string[];\n  cudaUncertain: readonly string[];\n  cudnn: readonly string[];\n}\n`,
        `export const TORCH_RELEASES: readonly TorchRelease[] = ${json(mergeTorchTags(torchReleases(section(facts, '## 3.')), torchHub?.names ?? []))};\n`,
        `/** \`https://download.pytorch.org/whl/<variant>\` CUDA variants. */\nexport const TORCH_CUDA_WHEEL_VARIANTS: readonly string[] = ${json(wheelVariants(section(facts, '## 4.')))};\n`,
        `/** The CUDA the PyPI Linux wheel of a torch version (a minor: every patch of it) is built for, where confirmed. */\nexport const PYPI_TORCH_CUDA: readonly { torch: string; cuda: string }[] = ${json(pypiTorchCuda(section(facts, '## 4.')))};\n`,
      ].join('\n'),
    ),
  };

  let stale = 0;
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(OUT, name);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (old === text) continue;
    stale++;
    if (check) console.error(`update-knowledge: ${path.relative(ROOT, file)} is out of date`);
    else {
      fs.writeFileSync(file, text);
      console.log(`update-knowledge: wrote ${path.relative(ROOT, file)}`);
    }
  }
  if (check && stale) process.exit(1);
  if (!stale) console.log('update-knowledge: generated tables are up to date');
}

await main();
