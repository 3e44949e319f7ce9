/** Config files a server reads: finding them in the build context, reading keys by syntax, and signs of unseen ones. */
import path from 'node:path';
import type { BuildContext } from '../../context/build-context.js';
import { contextOriginIn } from '../../context/copies.js';
import type { ConfigFormat, ConfigSign } from '../../knowledge/servers.js';
import type { DockerfileModel } from '../../model/types.js';
import { type CommandEnv, envValue } from './values.js';

/** The values of a key: undefined when the file does not set it, null when it is computed. */
type KeyReader = (text: string, key: string) => string[] | null | undefined;

function escape(key: string): string {
  return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `key = "…"` or `key = ["…", …]`; anything else is computed. */
function pythonAssignment(text: string, key: string): string[] | null | undefined {
  const m = new RegExp(`^${escape(key)}\\s*=\\s*(.+)$`, 'm').exec(text);
  if (!m) return undefined;
  const value = m[1]!.replace(/#.*$/, '').trim();
  const strings = [...value.matchAll(/(['"])([^'"]*)\1/g)].map((x) => x[2]!);
  const literal = /^(\[\s*)?(['"][^'"]*['"]\s*,?\s*)+\]?$/.test(value);
  return literal && strings.length ? strings : null;
}

/** `key=value` (the value up to the first blank). */
function javaProperty(text: string, key: string): string[] | undefined {
  const value = new RegExp(`^\\s*${escape(key)}\\s*=\\s*(\\S+)`, 'm').exec(text)?.[1];
  return value === undefined ? undefined : [value];
}

/** `[export ]KEY=value`, quotes and comments left out. */
function dotenv(text: string, key: string): string[] | undefined {
  const value = new RegExp(`^\\s*(?:export\\s+)?${escape(key)}\\s*=\\s*['"]?([^'"\\s#]*)`, 'm').exec(text)?.[1];
  return value === undefined ? undefined : [value];
}

const READERS: Record<ConfigFormat['syntax'], KeyReader> = {
  python: pythonAssignment,
  'java-properties': javaProperty,
  dotenv,
};

export function readKey(text: string, format: ConfigFormat, key: string): string[] | null | undefined {
  return READERS[format.syntax](text, key);
}

/**
 * A file the server reads, written relative to its directory: its text from the build context, `absent` when no
 * COPY put it there (or the context does not have it), `unknown` when it may exist but cannot be read. A file copied
 * from a builder stage is read where that stage took it from the context.
 */
export function contextFile(model: DockerfileModel, cwd: string | null, written: string, context: BuildContext | null): string | 'absent' | 'unknown' {
  const abs = written.startsWith('/') ? written : cwd === null ? null : path.posix.join(cwd, written);
  if (abs === null || !model.finalStage) return 'unknown';
  const origin = contextOriginIn(model.finalStage, abs, context, model.stageRef);
  if (origin === undefined) return 'absent';
  if (origin === null || !context) return 'unknown';
  return context.read(origin.contextPath) ?? (context.exists(origin.contextPath) ? 'unknown' : 'absent');
}

/** The familiar name of the final image's root image. */
export function rootImage(model: DockerfileModel): string | null {
  return model.finalStage?.rootImage.name?.familiar ?? null;
}

function mentions(model: DockerfileModel, pattern: RegExp): boolean {
  return (model.finalStage?.lineage ?? []).some((s) => s.instructions.some((i) => (i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD') && pattern.test(i.argsText)));
}

export function signShows(sign: ConfigSign, model: DockerfileModel, env: CommandEnv, context: BuildContext | null): boolean {
  if ('mentions' in sign) return mentions(model, sign.mentions);
  if ('contextFile' in sign) return context?.exists(sign.contextFile) ?? false;
  if ('env' in sign) return envValue(sign.env, env) !== undefined;
  const root = rootImage(model);
  return root !== null && sign.baseImage.test(root);
}
