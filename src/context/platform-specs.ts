/**
 * Pipeline specs beside a Dockerfile that give its image's command (COMMAND_SPECS): Pachyderm's examples keep
 * `pipeline.json` with `"transform": {"image": …, "cmd": ["node", "/index.js"]}` in the folder of the image's Dockerfile
 * (or in its `pipelines/` subfolders).
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_SPECS } from '../knowledge/platform-specs.js';
import { isFolder, listing, projectFileCache } from './project-file.js';
import { yamlDocument } from './yaml-document.js';

/** Folders below the Dockerfile's searched, and spec-named files read, at most. */
const MAX_DEPTH = 2;
const MAX_FILES = 200;

/** The platform whose spec in the Dockerfile's folder (or up to MAX_DEPTH folders below) gives a command; null when none does. */
export function commandGivingPlatform(dockerfile: string): string | null {
  let seen = 0;
  const walk = (dir: string, depth: number): string | null => {
    for (const name of listing(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const file = path.join(dir, name);
      if (depth < MAX_DEPTH && isFolder(file)) {
        const found = walk(file, depth + 1);
        if (found) return found;
        continue;
      }
      for (const spec of COMMAND_SPECS) {
        if (!spec.file.test(name) || ++seen > MAX_FILES) continue;
        if (givesCommand(file, spec.marker, spec.command)) return spec.platform;
      }
    }
    return null;
  };
  return walk(path.dirname(path.resolve(dockerfile)), 0);
}

/** A spec file's document, parsed only when its text holds one of the specs' markers (most YAML and JSON files do not). */
const specDocument = projectFileCache<unknown>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  if (!COMMAND_SPECS.some((s) => text.includes(s.marker))) return null;
  if (!file.endsWith('.json')) return yamlDocument(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}, null);

function givesCommand(file: string, marker: string, keys: readonly string[]): boolean {
  let value = specDocument(file);
  if (typeof value !== 'object' || value === null || !(marker in value)) return false;
  for (const key of keys) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return (Array.isArray(value) && value.length > 0) || (typeof value === 'string' && value.trim() !== '');
}
