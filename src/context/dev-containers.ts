/**
 * Dockerfiles that a development-environment configuration of the repository builds: a Dev Container's
 * (`.devcontainer/<name>/devcontainer.json` with `"build": {"dockerfile": "../../presidio-analyzer/Dockerfile.dev"}`,
 * the spec's `build.dockerfile`, or the older top-level `dockerFile`) or a Cursor cloud agent's
 * (`.cursor/environment.json`, `"build": {"dockerfile": "Dockerfile", "context": ".."}`, its path relative to
 * `.cursor/`): development environments people and agents work in, wherever the Dockerfile itself lives. And the
 * stages of a Dockerfile such a configuration builds as its target (devContainerTargets).
 */
import fs from 'node:fs';
import path from 'node:path';
import { withoutComments } from './comments.js';
import { composeServiceBuild, foldersToRepositoryTop, record } from './compose.js';
import { isFile, listing, projectFileCache } from './project-file.js';

/** What a devcontainer.json or Cursor environment.json builds, its paths absolute. */
interface DevConfig {
  /** The Dockerfile it builds (`build.dockerfile`, or the older top-level `dockerFile`); null for none (an image or Compose setup). */
  dockerfile: string | null;
  /** The stage of it it builds (`build.target`); null for the final stage. */
  target: string | null;
  /** The Compose files it starts (`dockerComposeFile`, a path or a list) and the service of them it works in (`service`). */
  composeFiles: string[];
  service: string | null;
}

const NO_CONFIG: DevConfig = { dockerfile: null, target: null, composeFiles: [], service: null };

const readConfig = projectFileCache<DevConfig>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const at = (p: string): string => path.resolve(path.dirname(file), p);
  const json = record(parseJsonc(text));
  if (!json) {
    // Not JSON even with comments taken out: the Dockerfile alone is read from the text, as a value.
    const m = /"(?:dockerfile|dockerFile)"\s*:\s*"([^"]+)"/.exec(text);
    return { ...NO_CONFIG, dockerfile: m ? at(m[1]!) : null };
  }
  const build = record(json['build']);
  const dockerfile = build?.['dockerfile'] ?? json['dockerFile'] ?? json['dockerfile'];
  const compose = json['dockerComposeFile'];
  const composeFiles = (Array.isArray(compose) ? compose : [compose]).filter((c): c is string => typeof c === 'string' && !c.includes('$'));
  return {
    dockerfile: typeof dockerfile === 'string' ? at(dockerfile) : null,
    target: typeof build?.['target'] === 'string' ? build['target'] : null,
    composeFiles: composeFiles.map(at),
    service: typeof json['service'] === 'string' ? json['service'] : null,
  };
}, NO_CONFIG);

/** JSON with comments (`//`, `/* … *\/`) and trailing commas, as devcontainer.json is written; null when it does not parse. */
function parseJsonc(text: string): unknown {
  const out = withoutComments(text, { trailingCommas: true });
  try {
    return JSON.parse(out) as unknown;
  } catch {
    return null;
  }
}

/**
 * The configurations of the repository's top: `.devcontainer.json`, `.devcontainer/devcontainer.json` and one folder
 * below, and Cursor's `.cursor/environment.json`.
 */
function configsOf(top: string): string[] {
  const dir = path.join(top, '.devcontainer');
  const candidates = [
    path.join(top, '.devcontainer.json'),
    path.join(dir, 'devcontainer.json'),
    ...listing(dir).map((n) => path.join(dir, n, 'devcontainer.json')),
    path.join(top, '.cursor', 'environment.json'),
  ];
  return candidates.filter(isFile);
}

/** The configurations of the repository holding `dockerfile` (absolute). */
function configsFor(dockerfile: string): string[] {
  return configsOf(foldersToRepositoryTop(path.dirname(dockerfile)).at(-1)!);
}

/**
 * How a development-environment configuration of the Dockerfile's repository builds it: `own` when the Dockerfile
 * lies in the configuration's folder (`.cursor/Dockerfile`), where nothing else is built from it; `shared` when it
 * lies elsewhere (`analyzer/Dockerfile.dev`), where the published images may use it too; null when none builds it.
 */
export function devEnvironmentBuild(dockerfile: string): 'own' | 'shared' | null {
  const abs = path.resolve(dockerfile);
  const config = configsFor(abs).find((c) => readConfig(c).dockerfile === abs);
  if (!config) return null;
  return path.dirname(config) === path.dirname(abs) ? 'own' : 'shared';
}

/**
 * The stages of `dockerfile` (lower-cased) that a development-environment configuration of its repository builds as
 * its target: `"build": {"dockerfile": "../docker/Dockerfile", "target": "devcontainer"}`, or, for a Compose setup
 * (`"dockerComposeFile": "../docker-compose.yml", "service": "devcontainer"`), the `build.target` of that service when
 * its context and `dockerfile` name this file (frigate's `docker/main/Dockerfile`, `target: devcontainer`). The
 * Dockerfile's other stages are the shipped images; only these are the development environment. A target from a
 * variable, or a service of a Compose file the configuration does not start, names none.
 */
export function devContainerTargets(dockerfile: string): Set<string> {
  const abs = path.resolve(dockerfile);
  const out = new Set<string>();
  const add = (target: string | null): void => {
    if (target && !target.includes('$')) out.add(target.toLowerCase());
  };
  for (const file of configsFor(abs)) {
    const config = readConfig(file);
    if (config.dockerfile === abs) add(config.target);
    if (config.service === null) continue;
    for (const compose of config.composeFiles) {
      const build = composeServiceBuild(compose, config.service);
      if (build?.dockerfile === abs) add(build.target);
    }
  }
  return out;
}
