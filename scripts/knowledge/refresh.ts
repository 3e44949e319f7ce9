/**
 * `npm run knowledge:update -- --refresh`: rewrites the data files whose source is a public API. gpu-facts.md is not
 * touched: its tables come from prose (NVIDIA's support policy and EOL chart, PyTorch's release matrix) and are
 * curated by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fetchHubNames, fetchJson, fetchText, parseGithubCommit, parseGithubListing, RefreshError, type Fetch } from './api.js';
import {
  formatEntryGroups,
  formatList,
  formatTagGroups,
  HUB_CUDA_TAGS_FILE,
  HUB_TORCH_TAGS_FILE,
  latestTagGroup,
  OFFICIAL_IMAGES_FILE,
  OFFICIAL_LATEST_FILE,
  OFFICIAL_RELEASE_FILE,
  releaseTagGroups,
} from './data.js';

const OFFICIAL_REPO = 'https://api.github.com/repos/docker-library/official-images';
export const URLS = {
  officialCommit: `${OFFICIAL_REPO}/commits/master`,
  officialListing: (sha: string): string => `${OFFICIAL_REPO}/contents/library?ref=${sha}`,
  officialFile: (sha: string, image: string): string => `https://raw.githubusercontent.com/docker-library/official-images/${sha}/library/${image}`,
  cudaTags: 'https://hub.docker.com/v2/repositories/nvidia/cuda/tags?page_size=100',
  torchTags: 'https://hub.docker.com/v2/repositories/pytorch/pytorch/tags?page_size=100',
};

/**
 * Fetches everything first and writes only then, each file through a temporary file and a rename, so a failure
 * (no network, an API that changed) leaves the data folder as it was. Returns the names of the files written.
 */
export async function refresh(dataDir: string, fetchFn: Fetch, now: Date): Promise<string[]> {
  // The official images are the files of docker-library/official-images `library/`, not Docker Hub's `library/`
  // namespace: the Hub keeps retired images (centos, java) there, which the rules must not call official.
  const commit = parseGithubCommit(await fetchJson(fetchFn, URLS.officialCommit), URLS.officialCommit);
  const listingUrl = URLS.officialListing(commit.sha);
  const images = parseGithubListing(await fetchJson(fetchFn, listingUrl), listingUrl);
  if (images.length < 100) throw new RefreshError(`${listingUrl} lists only ${images.length} images`);
  // What `latest` is: the tags of the entry that carries it, per image, at the same commit; and the tags of each entry
  // that names the distribution release it is built on.
  const latest = new Map<string, string[]>();
  const releases = new Map<string, string[][]>();
  for (const image of images) {
    const text = await fetchText(fetchFn, URLS.officialFile(commit.sha, image));
    const group = latestTagGroup(text);
    if (group) latest.set(image, group);
    const entries = releaseTagGroups(text);
    if (entries.length) releases.set(image, entries);
  }
  if (latest.size < 50) throw new RefreshError(`only ${latest.size} official images have a \`latest\` tag at ${commit.sha}`);
  const cuda = await fetchHubNames(fetchFn, URLS.cudaTags);
  const torch = await fetchHubNames(fetchFn, URLS.torchTags);
  for (const [url, tags] of [[URLS.cudaTags, cuda], [URLS.torchTags, torch]] as const) {
    if (!tags.length) throw new RefreshError(`${url} lists no tags`);
  }

  const day = now.toISOString().slice(0, 10);
  const hubSource = (url: string, n: number): string => `Docker Hub tags API ${url.replace(/\?.*/, '')} (${n} tags), fetched ${day}`;
  const files: [string, string][] = [
    [OFFICIAL_IMAGES_FILE, formatList(`docker-library/official-images library/ at commit ${commit.sha}, ${commit.date}`, images)],
    [OFFICIAL_LATEST_FILE, formatTagGroups(`docker-library/official-images library/ at commit ${commit.sha}, ${commit.date}`, latest)],
    [OFFICIAL_RELEASE_FILE, formatEntryGroups(`docker-library/official-images library/ at commit ${commit.sha}, ${commit.date}`, releases)],
    [HUB_CUDA_TAGS_FILE, formatList(hubSource(URLS.cudaTags, new Set(cuda).size), cuda)],
    [HUB_TORCH_TAGS_FILE, formatList(hubSource(URLS.torchTags, new Set(torch).size), torch)],
  ];
  fs.mkdirSync(dataDir, { recursive: true });
  const temp = (name: string): string => path.join(dataDir, `.${name}.${process.pid}.tmp`);
  try {
    for (const [name, text] of files) fs.writeFileSync(temp(name), text);
  } catch (e) {
    for (const [name] of files) fs.rmSync(temp(name), { force: true });
    throw e;
  }
  for (const [name] of files) fs.renameSync(temp(name), path.join(dataDir, name));
  return files.map(([name]) => name);
}
