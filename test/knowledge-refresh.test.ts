/** `npm run knowledge:update -- --refresh` offline: API parsing on response samples, merging, atomic writes. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchHubNames, parseGithubCommit, parseGithubListing, parseHubPage, RefreshError, type Fetch } from '../scripts/knowledge/api.js';
import {
  latestPin,
  latestTagGroup,
  mergeCudaTags,
  mergeTorchTags,
  finalReleaseTags,
  formatFinalReleases,
  parseEntryGroups,
  parseFinalReleases,
  parseList,
  parseTagGroups,
  releaseTagGroups,
  releaseTags,
  type CudaMinor,
  type TorchRelease,
} from '../scripts/knowledge/data.js';
import { refresh, URLS } from '../scripts/knowledge/refresh.js';
import { ROOT } from './helpers.js';

const SAMPLES = path.join(ROOT, 'test', 'knowledge-api');
const sample = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'));
const DATA = path.join(ROOT, 'data', 'knowledge');

/** Serves JSON bodies (strings as text files) by URL, as the APIs would; unknown URLs are a 404. */
function fakeFetch(routes: Record<string, unknown>): Fetch {
  return async (url) => {
    if (!(url in routes)) return new Response('{"message":"Not Found"}', { status: 404, statusText: 'Not Found' });
    const body = routes[url];
    return typeof body === 'string' ? new Response(body) : Response.json(body);
  };
}

/** A `library/python` file of docker-library/official-images, shortened: `latest` is a shared tag of the Debian entry. */
const PYTHON_LIBRARY = [
  'Maintainers: Tianon Gravi <admwiggin@gmail.com> (@tianon)',
  'GitRepo: https://github.com/docker-library/python.git',
  '',
  'Tags: 3.15.0rc1-trixie, 3.15-rc-trixie',
  'SharedTags: 3.15.0rc1, 3.15-rc',
  'Directory: 3.15-rc/trixie',
  '',
  'Tags: 3.14.7-trixie, 3.14-trixie, 3-trixie, trixie',
  'SharedTags: 3.14.7, 3.14, 3, latest',
  'Directory: 3.14/trixie',
  '',
  'Tags: 3.14.7-alpine3.24, 3.14-alpine3.24, 3-alpine3.24, alpine3.24, 3.14.7-alpine, 3.14-alpine, 3-alpine, alpine',
  'Directory: 3.14/alpine3.24',
  '',
].join('\n');

const page1 = sample('hub-cuda-tags-page1.json');
const page2 = sample('hub-cuda-tags-page2.json');
const commit = sample('github-commit.json');

const dirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-knowledge-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('API responses', () => {
  it('parses a Docker Hub tag page and its next link', () => {
    expect(parseHubPage(page1, 'u')).toEqual({
      names: ['13.4.0-base-ubuntu24.04', '12.6.3-cudnn-devel-ubuntu22.04', '12.6.3-cudnn-runtime-ubuntu24.04'],
      next: 'https://hub.docker.com/v2/repositories/nvidia/cuda/tags?page=2&page_size=3',
    });
    expect(parseHubPage(page2, 'u').next).toBeNull();
  });
  it('rejects responses of another shape with a RefreshError', () => {
    expect(() => parseHubPage({ message: 'object not found', errinfo: {} }, 'u')).toThrow(RefreshError);
    expect(() => parseHubPage({ count: 1, next: null, results: [{ id: 1 }] }, 'u')).toThrow(/a result has no "name"/);
    expect(() => parseGithubCommit({ message: 'API rate limit exceeded' }, 'u')).toThrow(/no commit sha/);
    expect(() => parseGithubListing({ name: 'library', type: 'dir' }, 'u')).toThrow(/not a folder listing/);
  });
  it('parses the GitHub commit and the library/ listing (files only)', () => {
    expect(parseGithubCommit(commit, 'u')).toEqual({ sha: '5f0c2a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', date: '2026-11-30T18:02:41Z' });
    expect(parseGithubListing(sample('github-library.json'), 'u')).toEqual(['alpine', 'python', 'ubuntu']);
  });
  it('follows the next links of a paged listing', async () => {
    const names = await fetchHubNames(fakeFetch({ [URLS.cudaTags]: page1, 'https://hub.docker.com/v2/repositories/nvidia/cuda/tags?page=2&page_size=3': page2 }), URLS.cudaTags);
    expect(names).toHaveLength(5);
  });
});

describe('Docker Hub tags amend the curated tables', () => {
  const minor = (m: Partial<CudaMinor> & { minor: string }): CudaMinor => ({ latest: null, published: [], deleted: [], eol: null, neverReleased: false, ...m });
  it('nvidia/cuda: live versions are published, newer minors are added, status stays curated', () => {
    const curated = [minor({ minor: '11.8', latest: '11.8.0', published: ['11.8.0'], eol: 'unconfirmed' }), minor({ minor: '12.6', latest: '12.6.3', published: ['12.6.3'], deleted: ['12.6.1'] })];
    const merged = mergeCudaTags(curated, ['12.6.1-base-ubuntu22.04', '12.6.3-runtime-ubuntu24.04', '13.4.0-base-ubuntu24.04', '10.2.89-base', '10.2-base', 'latest']);
    expect(merged.map((m) => m.minor)).toEqual(['11.8', '12.6', '13.4']);
    expect(merged[0]).toBe(curated[0]);
    expect(merged[1]).toMatchObject({ latest: '12.6.3', published: ['12.6.1', '12.6.3'], deleted: [] });
    expect(merged[2]).toEqual(minor({ minor: '13.4', published: ['13.4.0'] }));
  });
  it('pytorch/pytorch: tags confirm CUDA variants and add newer releases', () => {
    const curated: TorchRelease[] = [{ minor: '2.14', versions: ['2.14.0'], cuda: ['12.6', '13.0'], cudaUncertain: ['13.2'], cudnn: ['9'] }];
    const tags = parseHubPage(sample('hub-pytorch-tags.json'), 'u').names.concat('2.14.0-cuda13.2-cudnn9-runtime');
    expect(mergeTorchTags(curated, tags)).toEqual([
      { minor: '2.14', versions: ['2.14.0', '2.14.1'], cuda: ['12.6', '13.0', '13.2'], cudaUncertain: [], cudnn: ['9'] },
      { minor: '2.15', versions: ['2.15.0'], cuda: ['13.2'], cudaUncertain: [], cudnn: ['9'] },
    ]);
  });
});

describe('what latest is, for official images', () => {
  it('reads the tags of the entry that carries latest, shared tags included', () => {
    expect(latestTagGroup(PYTHON_LIBRARY)).toEqual(['3.14.7', '3.14', '3', 'latest']);
    expect(latestTagGroup('Tags: 20260805, edge\n')).toBeNull();
  });
  it('pins the major.minor line of that entry, else the major, never a date or codename', () => {
    expect(latestPin(['3.14.7', '3.14', '3', 'latest'])).toBe('3.14');
    expect(latestPin(['2023', 'latest', '2023.12.20260817.0'])).toBe('2023');
    expect(latestPin(['v3.7.11', '3.7.11', 'v3.7', '3.7', 'v3', '3', 'latest'])).toBe('3.7');
    // Point releases of a major line: the major is the line.
    expect(latestPin(['trixie', 'trixie-20260803', '13.6', '13', 'latest'])).toBe('13');
    expect(latestPin(['18.6', '18', 'latest', '18.6-trixie'])).toBe('18');
    expect(latestPin(['26.04', 'resolute', 'latest', 'rolling'])).toBe('26.04');
    expect(latestPin(['44', 'latest'])).toBe('44');
    expect(latestPin(['4.6.1', 'latest'])).toBe('4.6.1');
    expect(latestPin(['trixie', 'stable', 'latest'])).toBeNull();
    expect(latestPin(['20260805', 'latest'])).toBeNull();
  });
});

describe('the release under each official tag', () => {
  it('reads the tags of each Linux entry that names one release, shared tags included', () => {
    const windows = '\n\nTags: 3.14.7-windowsservercore-ltsc2025\nSharedTags: 3.14.7, 3.14, 3, latest\nArchitectures: windows-amd64\n';
    expect(releaseTagGroups(PYTHON_LIBRARY + windows)).toEqual([
      ['3.15.0rc1-trixie', '3.15-rc-trixie', '3.15.0rc1', '3.15-rc'],
      ['3.14.7-trixie', '3.14-trixie', '3-trixie', 'trixie', '3.14.7', '3.14', '3', 'latest'],
      ['3.14.7-alpine3.24', '3.14-alpine3.24', '3-alpine3.24', 'alpine3.24', '3.14.7-alpine', '3.14-alpine', '3-alpine', 'alpine'],
    ]);
    expect(releaseTagGroups('Tags: 6.0.1, 6, latest\nDirectory: 6\n')).toEqual([]);
  });
  it('maps each version tag that names no release to the tag of its entry that does', () => {
    expect(releaseTags('python', releaseTagGroups(PYTHON_LIBRARY))).toEqual({
      '3.15.0rc1': '3.15.0rc1-trixie', '3.15-rc': '3.15-rc-trixie', '3.14.7': '3.14.7-trixie', '3.14': '3.14-trixie', '3': '3-trixie',
      '3.14.7-alpine': '3.14.7-alpine3.24', '3.14-alpine': '3.14-alpine3.24', '3-alpine': '3-alpine3.24',
    });
    // Node writes the release before the variant, and its 22 line is still on bookworm.
    expect(releaseTags('node', [['22', '22-bookworm', 'jod', 'jod-bookworm'], ['22-bookworm-slim', '22-slim']])).toEqual({ '22': '22-bookworm', '22-slim': '22-bookworm-slim' });
    // No tag of the same words: the shortest holding them all, else the release word alone.
    expect(releaseTags('tomcat', [['9.0.121-jdk25-temurin-noble', '9.0-jdk25-temurin-noble', '9.0.121', '9.0']])).toEqual({ '9.0.121': '9.0.121-jdk25-temurin-noble', '9.0': '9.0-jdk25-temurin-noble' });
    expect(releaseTags('docker', [['29.7.2-dind', '29.7.2-dind-alpine3.24', '29.7', 'latest']])).toEqual({ '29.7.2-dind': '29.7.2-dind-alpine3.24', '29.7': 'alpine3.24' });
    // A distribution's own version is its release; a tag naming the release some other way is left alone.
    expect(releaseTags('debian', [['bookworm', '12.15', '12']])).toEqual({});
    expect(releaseTags('sapmachine', [['21-jdk-ubuntu-noble', '21-jdk-ubuntu-24.04', '21-jdk']])).toEqual({ '21-jdk': '21-jdk-ubuntu-noble' });
  });
});

describe('the release of the final build of each official tag no longer built', () => {
  // library/golang as it changed: 1.13 on stretch, then on buster, then dropped; 1.5 only in the format before 2016.
  const old = '1.5.4: git://github.com/docker-library/golang@0123 1.5\n1.5: git://github.com/docker-library/golang@0123 1.5\n';
  const entry = (version: string, release: string, shared = '') => `Tags: ${version}.1-${release}, ${version}-${release}\nSharedTags: ${version}.1, ${version}${shared}\nDirectory: ${version}/${release}\n`;
  const windows = 'Tags: 1.13.1-windowsservercore-1809\nSharedTags: 1.13.1, 1.13\nArchitectures: windows-amd64\n';
  const versions = [old, entry('1.13', 'stretch'), `${entry('1.13', 'buster')}\n${windows}\n${entry('1.14', 'buster', ', 1, latest')}`, entry('1.14', 'bookworm', ', 1, latest')];
  it('is the release the tag\'s entry named in the last version listing it, for the tags the newest version drops', () => {
    expect(finalReleaseTags(versions, versions.at(-1)!)).toEqual({ buster: ['1.13', '1.13.1'] });
    // A removed image: every tag is its final build's; one last listed without a release (`1.5`, in the old format) is left out.
    expect(finalReleaseTags([old, entry('1.13', 'buster')], '')).toEqual({ buster: ['1.13', '1.13.1'] });
    expect(finalReleaseTags([entry('1.5', 'jessie'), old], '')).toEqual({ jessie: ['1.5.1'] });
    // Windows-only tags and tags naming no version are not among them.
    expect(finalReleaseTags([windows.replace('SharedTags: 1.13.1, 1.13\n', ''), 'Tags: 1.13-alpine3.12, alpine\nSharedTags: 1.13-alpine\n'], '')).toEqual({ 'alpine3.12': ['1.13-alpine'] });
  });
  it('reads back as written, one line an image and release', () => {
    const text = formatFinalReleases('docker-library/official-images library/ history', new Map([['golang', { buster: ['1.13', '1.13.1'], 'alpine3.12': ['1.13-alpine'] }]]));
    expect(text).toBe('# source: docker-library/official-images library/ history\ngolang alpine3.12: 1.13-alpine\ngolang buster: 1.13, 1.13.1\n');
    expect(parseFinalReleases(text)).toEqual({ source: 'docker-library/official-images library/ history', images: new Map([['golang', { 'alpine3.12': ['1.13-alpine'], buster: ['1.13', '1.13.1'] }]]) });
    expect(parseFinalReleases('golang buster: 1.13\n')).toBeNull();
  });
});

describe('refresh', () => {
  const names = parseList(fs.readFileSync(path.join(DATA, 'official-images.txt'), 'utf8'))!.names;
  const listing = names.map((name) => ({ name, path: `library/${name}`, type: 'file' }));
  const sha = '5f0c2a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39';
  const routes = {
    [URLS.officialCommit]: commit,
    [URLS.officialListing(sha)]: listing,
    [URLS.cudaTags]: page1,
    'https://hub.docker.com/v2/repositories/nvidia/cuda/tags?page=2&page_size=3': page2,
    [URLS.torchTags]: sample('hub-pytorch-tags.json'),
    // Every image's library file; `hello-world` has no version tag and `aerospike` no `latest`.
    ...Object.fromEntries(names.map((name) => [URLS.officialFile(sha, name), name === 'aerospike' ? 'Tags: 8.1.0.1, 8.1\n' : 'Tags: 1.2.3, 1.2, 1, latest\n'])),
    [URLS.officialFile(sha, 'python')]: PYTHON_LIBRARY,
  };

  it('writes the API-sourced files with their source lines, and nothing else', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'gpu-facts.md'), 'curated\n');
    const written = await refresh(dir, fakeFetch(routes), new Date('2026-12-06T10:00:00Z'));
    expect(written).toEqual(['official-images.txt', 'official-latest-tags.txt', 'official-release-tags.txt', 'hub-nvidia-cuda-tags.txt', 'hub-pytorch-tags.txt']);
    expect(fs.readdirSync(dir).sort()).toEqual(['gpu-facts.md', 'hub-nvidia-cuda-tags.txt', 'hub-pytorch-tags.txt', 'official-images.txt', 'official-latest-tags.txt', 'official-release-tags.txt']);
    expect(fs.readFileSync(path.join(dir, 'gpu-facts.md'), 'utf8')).toBe('curated\n');
    const official = parseList(fs.readFileSync(path.join(dir, 'official-images.txt'), 'utf8'))!;
    expect(official).toEqual({ source: `docker-library/official-images library/ at commit ${sha}, 2026-11-30T18:02:41Z`, names });
    const latest = parseTagGroups(fs.readFileSync(path.join(dir, 'official-latest-tags.txt'), 'utf8'))!;
    expect(latest.source).toBe(official.source);
    expect(latest.groups.get('python')).toEqual(['3.14.7', '3.14', '3', 'latest']);
    expect(latest.groups.has('aerospike')).toBe(false);
    expect(latest.groups.size).toBe(names.length - 1);
    // Only python's sample entries name a release.
    const releases = parseEntryGroups(fs.readFileSync(path.join(dir, 'official-release-tags.txt'), 'utf8'))!;
    expect(releases.source).toBe(official.source);
    expect([...releases.groups.keys()]).toEqual(['python']);
    expect(releases.groups.get('python')).toEqual(releaseTagGroups(PYTHON_LIBRARY));
    const cuda = fs.readFileSync(path.join(dir, 'hub-nvidia-cuda-tags.txt'), 'utf8');
    expect(cuda.split('\n')[0]).toBe('# source: Docker Hub tags API https://hub.docker.com/v2/repositories/nvidia/cuda/tags (5 tags), fetched 2026-12-06');
    expect(parseList(cuda)!.names).toContain('13.4.0-base-ubuntu24.04');
  });

  it('leaves the data untouched when the network is missing or an API fails', async () => {
    const dir = tmpDir();
    fs.cpSync(DATA, dir, { recursive: true });
    const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const offline: Fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.github.com') });
    };
    await expect(refresh(dir, offline, new Date())).rejects.toThrow('cannot reach api.github.com (fetch failed: getaddrinfo ENOTFOUND api.github.com); is there network access?');
    // The Hub failing after GitHub answered: still nothing written.
    const noTorch = Object.fromEntries(Object.entries(routes).filter(([url]) => url !== URLS.torchTags));
    await expect(refresh(dir, fakeFetch(noTorch), new Date())).rejects.toThrow(/answered HTTP 404 Not Found/);
    expect(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
  });

  it('the generator reads the Hub snapshots when they are there', () => {
    const dir = tmpDir();
    fs.cpSync(DATA, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'hub-nvidia-cuda-tags.txt'), '# source: sample\n13.9.0-base-ubuntu24.04\n');
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    let stderr = '';
    try {
      execFileSync(tsx, ['scripts/update-knowledge.ts', '--check', '--data', dir], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(stderr).toBe('update-knowledge: src/knowledge/generated/cuda-tags.ts is out of date\n');
  });
});
