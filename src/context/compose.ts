/**
 * Compose services that build a Dockerfile: a project that runs its image through Compose may give the command
 * (`command:`/`entrypoint:`) and the user (`user:`) there rather than in the Dockerfile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { samePlatform } from '../knowledge/platforms.js';
import { yamlDocument } from './yaml-document.js';
import { COMPOSE_FILE, isFile, listing, projectFileCache, repositoryFiles } from './project-file.js';

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
  /** The names of its `build.args` (`NODE_VERSION: "20"`, or `NODE_VERSION=20` in list form). */
  args: readonly string[];
  /**
   * The values of its `build.args`, null where not known: a value given (`NODE_VERSION: "20"`, `NODE_VERSION=20`), or
   * for a name alone (`- SENTRY_IMAGE`, `SENTRY_IMAGE:`) the one Compose takes from the environment, read from the
   * `.env` of the compose file's project folder (getsentry/self-hosted's `SENTRY_IMAGE=ghcr.io/getsentry/sentry:nightly`);
   * `${NAME}` and `${NAME:-default}` in a value filled from there too. The shell's own environment may override them.
   */
  argValues: ReadonlyMap<string, string | null>;
  /** Its `user:` with a variable's default in place of the variable (`${UID:-1000}:…` → `1000:…`), or null. */
  user: string | null;
  /**
   * It bind-mounts its build context, or a folder holding it, into the container (`volumes: [".:/app"]`): it runs
   * over the project's live source, as a development setup does.
   */
  mountsSource: boolean;
  /** The absolute folder of its build context (for a service that runs what another builds, that build's), or null. */
  context: string | null;
  /** Its bind mounts of project folders (mountedFolders). */
  binds: readonly Bind[];
  /** Its `working_dir:`, or null (the image's WORKDIR then). */
  workingDir: string | null;
  /** Its `platform:` (`linux/amd64`), the platform its build targets and its container runs on, or null. */
  platform: string | null;
}

/** A bind mount of a folder given relative to the compose file: its absolute host path, and the path in the container. */
export interface Bind {
  host: string;
  target: string | null;
}

export { COMPOSE_FILE } from './project-file.js';
/** Folders climbed from the Dockerfile's own towards the repository's top. */
const MAX_LEVELS = 8;

/** Compose files read from the whole repository, at most (the first ones breadth first). */
const MAX_COMPOSE_FILES = 60;

/**
 * The services of compose files that build this Dockerfile (`build:` naming it, context and `dockerfile` resolved from
 * the compose file's folder), and those that run, by `image:`, the image a service of the same file builds from it (a
 * placeholder that only builds, `command: ["true"]`, then counts for neither). The compose files read are those of the
 * Dockerfile's folder and the folders above it up to the top of its git repository (only its own folder outside a
 * repository), and those anywhere below that top (bounded: composeFilesOfRepository), since projects often keep them
 * apart (`hosting/docker-compose/oss/`). A compose file that cannot be read or parsed counts as none.
 */
export function composeServicesBuilding(dockerfile: string): ComposeService[] {
  const target = path.resolve(dockerfile);
  return composeFilesFor(target).flatMap((file) => servicesRunning(servicesOf(file), target));
}

/** The compose files composeServicesBuilding reads for a Dockerfile. */
function composeFilesFor(dockerfile: string): string[] {
  const chain = foldersToRepositoryTop(path.dirname(dockerfile));
  const files = new Set<string>();
  for (const dir of chain) for (const name of listing(dir).filter((n) => COMPOSE_FILE.test(n)).sort()) files.add(path.join(dir, name));
  if (fs.existsSync(path.join(chain.at(-1)!, '.git'))) for (const file of composeFilesOfRepository(chain.at(-1)!)) files.add(file);
  return [...files];
}

/**
 * What the service `name` of a compose file builds: the Dockerfile (absolute, context and `dockerfile` resolved from
 * the compose file's folder) and its `build.target`; null when the file has no such service, or it builds nothing.
 */
export function composeServiceBuild(file: string, name: string): { dockerfile: string; target: string | null } | null {
  const service = servicesOf(file).find((s) => s.name === name);
  return service?.dockerfile ? { dockerfile: service.dockerfile, target: service.target } : null;
}

/** The images the compose files of the Dockerfile's repository (composeFilesFor) build, each with the Dockerfile it is built from. */
export function composeImageBuilds(dockerfile: string): { image: string; dockerfile: string }[] {
  return composeFilesFor(path.resolve(dockerfile)).flatMap((file) => servicesOf(file).flatMap((s) => (s.builtImage && s.dockerfile ? [{ image: s.builtImage, dockerfile: s.dockerfile }] : [])));
}

/** The services of one compose file that build `target`, or run by `image:` what one of them builds (see above). */
function servicesRunning(services: readonly ParsedService[], target: string): ComposeService[] {
  const building = services.filter((s) => s.dockerfile === target);
  const built = new Map(building.flatMap((s) => (s.builtImage ? [[s.builtImage, s] as const] : [])));
  // A service with an `image:` and no `build:` of its own (builtImage null) runs the image.
  const running = services.filter((s) => s.builtImage === null && s.image !== null && built.has(s.image));
  const out: ComposeService[] = [];
  for (const s of building) if (!(s.placeholder && running.some((r) => r.image === s.builtImage))) out.push(s);
  for (const s of running) {
    const builder = built.get(s.image!)!;
    out.push({ ...s, target: builder.target, contexts: builder.contexts, args: builder.args, argValues: builder.argValues, context: builder.context, mountsSource: builder.context !== null && s.binds.some((b) => covers(b.host, builder.context!)) });
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

/** The compose files below a repository's top (repositoryFiles: breadth first, outside others' folders, walked once per run). */
function composeFilesOfRepository(top: string): string[] {
  return repositoryFiles(top).filter((f) => COMPOSE_FILE.test(path.basename(f))).slice(0, MAX_COMPOSE_FILES);
}

interface ParsedService extends ComposeService {
  /** Absolute path of the Dockerfile it builds, or null (no `build:`, a variable in it, an inline Dockerfile). */
  dockerfile: string | null;
  /** The name its build is tagged with: its `image:` when it also has a `build:`; null otherwise. */
  builtImage: string | null;
  /** Its `image:`, or null. */
  image: string | null;
  /** Its command does nothing (`command: ["true"]`): it is there only to build the image other services run. */
  placeholder: boolean;
}

/** A command that exits at once, doing nothing. */
const NO_OP_COMMAND = /^(\/(usr\/)?bin\/)?(true|:)$/;

/** The host folder `host` is the folder `folder` or holds it. */
function covers(host: string, folder: string): boolean {
  return folder === host || folder.startsWith(host + path.sep);
}

/** Each compose file is parsed once per run (projectFileCache). */
const servicesOf = projectFileCache<readonly ParsedService[]>(parseCompose, []);

function parseCompose(file: string): ParsedService[] {
  const services = record(record(yamlDocument(fs.readFileSync(file, 'utf8')))?.['services']);
  if (!services) return [];
  const dir = projectDirectory(path.dirname(file), Object.values(services).map((s) => record(s)?.['build']));
  let dotEnv: ReadonlyMap<string, string> | null = null;
  const environment = (): ReadonlyMap<string, string> => (dotEnv ??= envFile(path.join(dir, '.env')));
  const out: ParsedService[] = [];
  for (const [name, value] of Object.entries(services)) {
    const service = record(value);
    if (!service) continue;
    const user = service['user'];
    const build = record(service['build']);
    const context = contextFolder(dir, service['build']);
    const binds = mountedFolders(dir, service['volumes']);
    const command = service['command'];
    const words = Array.isArray(command) ? command : typeof command === 'string' ? command.trim().split(/\s+/) : [];
    out.push({
      file,
      name,
      dockerfile: dockerfileBuilt(dir, service['build']),
      builtImage: service['build'] != null && typeof service['image'] === 'string' ? service['image'] : null,
      target: typeof build?.['target'] === 'string' ? build['target'] : null,
      contexts: additionalContexts(build?.['additional_contexts']),
      args: buildArgNames(build?.['args']),
      argValues: buildArgValues(build?.['args'], environment),
      command: service['command'] != null || service['entrypoint'] != null,
      user: typeof user === 'string' || typeof user === 'number' ? withDefaults(String(user)) : null,
      mountsSource: context !== null && binds.some((b) => covers(b.host, context)),
      image: typeof service['image'] === 'string' ? service['image'] : null,
      context,
      binds,
      workingDir: typeof service['working_dir'] === 'string' ? service['working_dir'] : null,
      platform: typeof service['platform'] === 'string' ? service['platform'] : null,
      placeholder: words.length === 1 && typeof words[0] === 'string' && NO_OP_COMMAND.test(words[0]),
    });
  }
  return out;
}

/** The image names a compose file's services tag their builds with (`image:` beside `build:`). */
export function composeBuiltImages(file: string): string[] {
  return servicesOf(file).flatMap((s) => (s.builtImage ? [s.builtImage] : []));
}

/**
 * The folder the file's relative paths start from: its own, unless no build context of it exists from there while
 * all do from a folder above (authelia's `internal/suites/example/compose/authelia/compose.backend.dev.yml` names
 * `context: example/compose/authelia`: its suites run compose with `--project-directory internal/suites`).
 */
function projectDirectory(composeDir: string, builds: readonly unknown[]): string {
  const contexts = builds.flatMap((b) => {
    const c = typeof b === 'string' ? b : record(b)?.['context'];
    return typeof c === 'string' && c !== '.' && !/\$|:\/\/|^git@|^\//.test(c) ? [c] : [];
  });
  const allExist = (dir: string): boolean => contexts.every((c) => fs.existsSync(path.resolve(dir, c)));
  if (!contexts.length || contexts.some((c) => fs.existsSync(path.resolve(composeDir, c)))) return composeDir;
  const chain = foldersToRepositoryTop(composeDir);
  return chain.slice(1).find(allExist) ?? composeDir;
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
function mountedFolders(composeDir: string, volumes: unknown): Bind[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((v) => {
    const spec = record(v);
    const source = typeof v === 'string' ? v.split(':')[0]! : spec?.['type'] === 'bind' && typeof spec['source'] === 'string' ? spec['source'] : null;
    const target = typeof v === 'string' ? (v.split(':')[1] ?? null) : typeof spec?.['target'] === 'string' ? spec['target'] : null;
    return source !== null && /^\.\.?(\/|$)/.test(source) ? [{ host: path.resolve(composeDir, source), target }] : [];
  });
}

function additionalContexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' && v.includes('=') ? [v.slice(0, v.indexOf('='))] : []));
  return Object.keys(record(value) ?? {});
}

/** The names of `build.args`: a mapping, or a list of `NAME=value` and `NAME` (passed from the environment). */
function buildArgNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' && /^[A-Za-z_]/.test(v) ? [v.split('=')[0]!.trim()] : []));
  return Object.keys(record(value) ?? {});
}

/** The values of `build.args` (ComposeService.argValues), names alone filled from `environment` (the `.env` file). */
function buildArgValues(value: unknown, environment: () => ReadonlyMap<string, string>): Map<string, string | null> {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.flatMap((v): [string, unknown][] => (typeof v === 'string' && /^[A-Za-z_]/.test(v) ? [v.includes('=') ? [v.slice(0, v.indexOf('=')).trim(), v.slice(v.indexOf('=') + 1)] : [v.trim(), null]] : []))
    : Object.entries(record(value) ?? {});
  return new Map(
    entries.map(([name, v]) => {
      if (v === null || v === undefined) return [name, environment().get(name) ?? null];
      return [name, typeof v === 'string' ? interpolated(v, environment) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null];
    }),
  );
}

/**
 * A Compose value with its variables filled from `environment` (`${NAME}`, `$NAME`, a default for a name it does not
 * set: `${NAME:-x}`, `${NAME-x}`; `$$` is a `$`); null when one stays unknown or is written otherwise (`${NAME:?err}`).
 */
function interpolated(value: string, environment: () => ReadonlyMap<string, string>): string | null {
  if (!value.includes('$')) return value;
  let unknown = false;
  const out = value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$/g, (m, braced?: string, op?: string, fallback?: string, bare?: string) => {
    if (m === '$$') return '$';
    const name = braced ?? bare;
    if (!name) return ((unknown = true), m);
    const set = environment().get(name);
    if (set !== undefined && !(op === ':-' && set === '')) return set;
    if (op !== undefined) return fallback!;
    return ((unknown = true), m);
  });
  return unknown ? null : out;
}

/**
 * The variables of a `.env` file as Compose reads them (`NAME=value`, `export NAME=value`, quoted or not, `#` lines
 * and a ` #` comment after an unquoted value left out); empty when there is none.
 */
function envFile(file: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  let text: string;
  try {
    if (!isFile(file)) return out;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const raw = m[2]!.trim();
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    out.set(m[1]!, quoted ? quoted[2]! : raw.replace(/\s+#.*$/, ''));
  }
  return out;
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
 * Every Compose service that builds the Dockerfile's final stage (one at least) runs it over the project's live source:
 * it mounts the build context or a folder holding it (mountsSource), or mounts the folders the image copies from the
 * context over the paths it copies them to (`../api/ee:/app/ee` for `COPY ./api/ee /app/ee/`: `copiedOver`). The image
 * is a development environment, rebuilt on each developer's machine, not what ships.
 */
export function composeRunsOverSource(services: readonly ComposeService[], finalStage: string | null, copiedOver: (service: ComposeService) => boolean = () => false): boolean {
  const building = buildingFinal(services, finalStage);
  return building.length > 0 && building.every((s) => s.mountsSource || copiedOver(s));
}

/**
 * A Compose service that builds the Dockerfile sets `platform:` to `platform`, and none sets another: the project
 * states that its image is for that platform (pyroscope's .NET examples, whose profiler exists for x86-64 only). A
 * service without `platform:` (another example's compose file building the same Dockerfile) builds what the
 * Dockerfile's own flag says.
 */
export function composeSetsPlatform(services: readonly ComposeService[], platform: string): boolean {
  const set = services.flatMap((s) => (s.platform !== null ? [s.platform] : []));
  return set.length > 0 && set.every((p) => samePlatform(p, platform));
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
