/**
 * Compose services that build a Dockerfile: a project that runs its image through Compose may give the command
 * (`command:`/`entrypoint:`) and the user (`user:`) there rather than in the Dockerfile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { yamlDocument } from './yaml-document.js';
import { projectFileCache } from './project-file.js';

export interface ComposeService {
  /** Absolute path of the compose file. */
  file: string;
  name: string;
  /** The stage it builds (`build.target`), null for the last one. */
  target: string | null;
  /** The service sets `command:` or `entrypoint:`. */
  command: boolean;
  /** The names of its `build.additional_contexts` (`base: "service:base"`, or `base=…` in list form). */
  contexts: readonly string[];
  /** Its `user:` with a variable's default in place of the variable (`${UID:-1000}:…` → `1000:…`), or null. */
  user: string | null;
  /**
   * It bind-mounts its build context, or a folder holding it, into the container (`volumes: [".:/app"]`): it runs
   * over the project's live source, as a development setup does.
   */
  mountsSource: boolean;
}

/** `compose.yaml`, `docker-compose.yml` and their variants (`docker-compose.cpu.yml`, `compose.override.yaml`). */
export const COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
/** Folders climbed from the Dockerfile's own towards the repository's top. */
const MAX_LEVELS = 8;


/**
 * The services of compose files in the Dockerfile's folder or the folders above it, up to the top of its git
 * repository (only its own folder outside a repository), whose `build:` names this Dockerfile. A compose file that
 * cannot be read or parsed counts as none.
 */
export function composeServicesBuilding(dockerfile: string): ComposeService[] {
  const target = path.resolve(dockerfile);
  const out: ComposeService[] = [];
  for (const dir of foldersToRepositoryTop(path.dirname(target))) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => COMPOSE_FILE.test(n)).sort()) {
      out.push(...servicesOf(path.join(dir, name)).filter((s) => s.dockerfile === target));
    }
  }
  return out;
}

/** The folder and those above it up to the one holding `.git`; only the folder itself when none does within reach. */
export function foldersToRepositoryTop(dir: string): string[] {
  const chain: string[] = [];
  for (let d = dir; chain.length < MAX_LEVELS; d = path.dirname(d)) {
    chain.push(d);
    if (fs.existsSync(path.join(d, '.git'))) return chain;
    if (path.dirname(d) === d) break;
  }
  return [dir];
}

interface ParsedService extends ComposeService {
  /** Absolute path of the Dockerfile it builds, or null (no `build:`, a variable in it, an inline Dockerfile). */
  dockerfile: string | null;
  /** The name its build is tagged with: its `image:` when it also has a `build:`; null otherwise. */
  builtImage: string | null;
}

/** Each compose file is parsed once per run (projectFileCache). */
const servicesOf = projectFileCache<readonly ParsedService[]>(parseCompose, []);

function parseCompose(file: string): ParsedService[] {
  const services = record(record(yamlDocument(fs.readFileSync(file, 'utf8')))?.['services']);
  if (!services) return [];
  const out: ParsedService[] = [];
  for (const [name, value] of Object.entries(services)) {
    const service = record(value);
    if (!service) continue;
    const user = service['user'];
    const build = record(service['build']);
    const context = contextFolder(path.dirname(file), service['build']);
    out.push({
      file,
      name,
      dockerfile: dockerfileBuilt(path.dirname(file), service['build']),
      builtImage: service['build'] != null && typeof service['image'] === 'string' ? service['image'] : null,
      target: typeof build?.['target'] === 'string' ? build['target'] : null,
      contexts: additionalContexts(build?.['additional_contexts']),
      command: service['command'] != null || service['entrypoint'] != null,
      user: typeof user === 'string' || typeof user === 'number' ? withDefaults(String(user)) : null,
      mountsSource: context !== null && mountedFolders(path.dirname(file), service['volumes']).some((host) => context === host || context.startsWith(host + path.sep)),
    });
  }
  return out;
}

/** The image names a compose file's services tag their builds with (`image:` beside `build:`). */
export function composeBuiltImages(file: string): string[] {
  return servicesOf(file).flatMap((s) => (s.builtImage ? [s.builtImage] : []));
}

/** `build: ./dir` or `build: {context, dockerfile}` (compose's defaults: context `.`, dockerfile `Dockerfile`). */
function dockerfileBuilt(composeDir: string, build: unknown): string | null {
  const context = contextFolder(composeDir, build);
  const dockerfile = record(build)?.['dockerfile'] ?? 'Dockerfile';
  if (context === null || typeof dockerfile !== 'string' || /\$|:\/\/|^git@/.test(dockerfile)) return null;
  return path.resolve(context, dockerfile);
}

/** The absolute build context folder of `build:`; null without one, or for a variable (`${SRC}`) or a remote (git URL) context. */
function contextFolder(composeDir: string, build: unknown): string | null {
  const spec = typeof build === 'string' ? { context: build } : record(build);
  if (!spec) return null;
  const context = spec['context'] ?? '.';
  if (typeof context !== 'string' || /\$|:\/\/|^git@/.test(context)) return null;
  return path.resolve(composeDir, context);
}

/**
 * The host folders a service bind-mounts by a path relative to the compose file: `./src:/app[:ro]` (short syntax) and
 * `{type: bind, source: ./src}` (long syntax). Named volumes and absolute host paths (`/var/run/docker.sock`) are not
 * the project's source.
 */
function mountedFolders(composeDir: string, volumes: unknown): string[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((v) => {
    const spec = record(v);
    const source = typeof v === 'string' ? v.split(':')[0]! : spec?.['type'] === 'bind' && typeof spec['source'] === 'string' ? spec['source'] : null;
    return source !== null && /^\.\.?(\/|$)/.test(source) ? [path.resolve(composeDir, source)] : [];
  });
}

function additionalContexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' && v.includes('=') ? [v.slice(0, v.indexOf('='))] : []));
  return Object.keys(record(value) ?? {});
}

/** `${VAR:-default}` and `${VAR-default}` → `default`; a variable without one stays as written. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1');
}

export function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The services that build the final stage (no `target:`, or the final stage's name), or none. */
function buildingFinal(services: readonly ComposeService[], finalStage: string | null): ComposeService[] {
  return services.filter((s) => s.target === null || (finalStage !== null && s.target.toLowerCase() === finalStage.toLowerCase()));
}

/**
 * Every Compose service that builds the Dockerfile's final stage (one at least) runs it over the project's live source
 * (mountsSource): the image is a development environment, rebuilt on each developer's machine, not what ships.
 */
export function composeRunsOverSource(services: readonly ComposeService[], finalStage: string | null): boolean {
  const building = buildingFinal(services, finalStage);
  return building.length > 0 && building.every((s) => s.mountsSource);
}

/** Every Compose service that builds the Dockerfile's final stage (one at least) gives the container its command. */
export function composeGivesCommand(services: readonly ComposeService[], finalStage: string | null): boolean {
  const building = buildingFinal(services, finalStage);
  return building.length > 0 && building.every((s) => s.command);
}

/** Every Compose service that builds the Dockerfile's final stage (one at least) runs it as a user other than root. */
export function composeGivesUser(services: readonly ComposeService[], finalStage: string | null): boolean {
  const building = buildingFinal(services, finalStage);
  return building.length > 0 && building.every((s) => s.user !== null && !/^(root|0)(:|$)/.test(s.user.trim()));
}
