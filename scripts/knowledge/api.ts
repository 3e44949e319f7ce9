/**
 * The public APIs `npm run knowledge:update -- --refresh` reads, split in two: pure parsers of their JSON responses
 * (tested offline against recorded samples in test/knowledge-api/) and the fetching that feeds them.
 */

/** A failure the user can act on (no network, an API changed shape): printed as one line, never as a stack. */
export class RefreshError extends Error {}

/** The part of `fetch` the refresh uses, so tests can serve recorded responses. */
export type Fetch = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeError(url: string, what: string): RefreshError {
  return new RefreshError(`unexpected response from ${url}: ${what} (did the API change?)`);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsers

export interface HubPage {
  names: string[];
  next: string | null;
}

/** One page of a Docker Hub v2 listing (`/v2/repositories/<ns>/<repo>/tags`, `/v2/repositories/library/`). */
export function parseHubPage(body: unknown, url: string): HubPage {
  if (!isRecord(body) || !Array.isArray(body.results)) throw shapeError(url, 'no "results" array');
  if (body.next !== null && body.next !== undefined && typeof body.next !== 'string') throw shapeError(url, '"next" is not a URL');
  const names = body.results.map((r) => {
    if (!isRecord(r) || typeof r.name !== 'string') throw shapeError(url, 'a result has no "name"');
    return r.name;
  });
  return { names, next: body.next ?? null };
}

export interface GithubCommit {
  sha: string;
  date: string;
}

/** `GET /repos/<owner>/<repo>/commits/<ref>`: the commit a listing is pinned to, for the source line. */
export function parseGithubCommit(body: unknown, url: string): GithubCommit {
  const committer = isRecord(body) && isRecord(body.commit) && isRecord(body.commit.committer) ? body.commit.committer : null;
  if (!isRecord(body) || typeof body.sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.sha)) throw shapeError(url, 'no commit sha');
  if (!committer || typeof committer.date !== 'string') throw shapeError(url, 'no commit date');
  return { sha: body.sha, date: committer.date };
}

/** `GET /repos/<owner>/<repo>/contents/<dir>`: the names of the files in the folder (one per official image in `library/`). */
export function parseGithubListing(body: unknown, url: string): string[] {
  if (!Array.isArray(body)) throw shapeError(url, 'not a folder listing');
  return body.flatMap((entry) => {
    if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.type !== 'string') throw shapeError(url, 'an entry has no name or type');
    return entry.type === 'file' ? [entry.name] : [];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Fetching

const TIMEOUT_MS = 20_000;
/** Docker Hub serves at most 100 per page; nvidia/cuda has a few thousand tags, so this bound only stops a loop. */
const MAX_PAGES = 200;

function unreachable(url: string, e: unknown): RefreshError {
  // Node's fetch says only "fetch failed"; the cause names the real problem (ENOTFOUND, ECONNREFUSED, ...).
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  const why = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : e instanceof Error ? e.message + cause : String(e);
  return new RefreshError(`cannot reach ${new URL(url).host} (${why}); is there network access?`);
}

/** The response to a GET of `url`, or a one-line RefreshError when the host cannot be reached or does not answer 2xx. */
async function fetchOk(fetchFn: Fetch, url: string, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept, 'user-agent': 'dlint-knowledge-update' } });
  } catch (e) {
    throw unreachable(url, e);
  }
  if (!response.ok) throw new RefreshError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  return response;
}

export async function fetchJson(fetchFn: Fetch, url: string): Promise<unknown> {
  const response = await fetchOk(fetchFn, url, 'application/json');
  try {
    return await response.json();
  } catch {
    throw shapeError(url, 'not JSON');
  }
}

/** A text file (`raw.githubusercontent.com`), with the same one-line errors as `fetchJson`. */
export async function fetchText(fetchFn: Fetch, url: string): Promise<string> {
  return (await fetchOk(fetchFn, url, 'text/plain')).text();
}

/** Every name of a paged Docker Hub listing, following `next` links. */
export async function fetchHubNames(fetchFn: Fetch, firstUrl: string): Promise<string[]> {
  const names: string[] = [];
  let url: string | null = firstUrl;
  for (let page = 0; url; page++) {
    if (page === MAX_PAGES) throw new RefreshError(`${firstUrl} has more than ${MAX_PAGES} pages`);
    const parsed: HubPage = parseHubPage(await fetchJson(fetchFn, url), url);
    names.push(...parsed.names);
    url = parsed.next;
  }
  return names;
}
