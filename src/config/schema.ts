/**
 * The JSON Schema of dlint configuration files, generated from the rules' meta (each rule's options
 * included), and the validation that turns ajv errors into `file: key.path: what is wrong` lines.
 */
import type { ErrorObject } from 'ajv';
import { CONFIG_AJV } from './ajv-options.js';
import { compileSchema, type Validate } from './ajv-runtime.js';
import { HOMEPAGE } from '../docs.js';
import type { Rule } from '../rule.js';
import { nearest } from '../suggest.js';
import { SEVERITIES } from '../types.js';

export const SCHEMA_URL = `${HOMEPAGE}/raw/main/schema/dlintrc.schema.json`;
export const SETTINGS = ['off', ...SEVERITIES] as const;
/** Kinds a `labelSchema` entry can name (hadolint's label-schema vocabulary). */
export const LABEL_KINDS = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;
/** Plugin rule ids: `name` or `namespace/name`, lower-case words joined by `-`. */
export const RULE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$';

const stringList = (description: string): Record<string, unknown> => ({ type: 'array', items: { type: 'string' }, description });

/** Keys allowed both at the top level and inside an `overrides` entry. */
function sharedKeys(rules: Record<string, unknown>): Record<string, unknown> {
  return {
    rules,
    failureThreshold: {
      enum: [...SEVERITIES, 'none'],
      description: 'Exit 1 when a finding is at least this severe (default `warning`; `none` never fails).',
    },
    trustedRegistries: stringList('Registries whose images count as trusted base images (e.g. `registry.example.com`).'),
    trustedImages: stringList('Image globs that count as trusted base images (e.g. `registry.example.com/mirror/*`).'),
    context: { type: 'string', description: "Build context folder, relative to this file (default: each Dockerfile's folder, or the folder above it, up to the top of its git repository, that its COPY sources are written from)." },
    labelSchema: {
      type: 'object',
      additionalProperties: { enum: [...LABEL_KINDS] },
      description: 'Labels the `label-schema` rule checks: label name → kind of value.',
    },
    noInlineConfig: { type: 'boolean', description: 'Ignore every inline suppression comment (`dlint-ignore`, `hadolint ignore=`, `check=skip=`).' },
    reportUnusedIgnores: { type: 'boolean', description: 'Report suppression comments that suppress nothing (pseudo-rule `unused-ignore`).' },
    shellcheck: {
      enum: ['auto', 'on', 'off'],
      description: 'Run ShellCheck over RUN shell for the `shellcheck` rule: `auto` (default) when the `shellcheck` program is found, `on` always (an error when it is missing), `off` never.',
    },
    shellcheckPath: { type: 'string', description: 'The `shellcheck` program to run, relative to this file (default: `shellcheck` on PATH).' },
  };
}

function ruleEntry(rule: Rule | null): Record<string, unknown> {
  const meta = rule?.meta;
  return {
    ...(meta ? { description: `${meta.description} Default: ${meta.preset === 'off' ? 'off' : meta.severity}${meta.preset === 'strict' ? ' (strict preset)' : ''}.` } : {}),
    if: { type: 'string' },
    then: { enum: [...SETTINGS] },
    else: {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      // A rule without options accepts none (`{}` at most), so a misplaced option is reported.
      items: [{ enum: [...SETTINGS] }, meta?.options ?? (meta ? { type: 'object', additionalProperties: false } : { type: 'object' })],
    },
  };
}

/** The `rules` object: one property per known rule; `namespace/rule` entries for plugins the schema cannot know. */
export function rulesSchema(rules: readonly Rule[], allowPluginIds: boolean): Record<string, unknown> {
  return {
    type: 'object',
    description: 'Rule settings: `id: off|error|warning|info|style` or `id: [severity, options]`.',
    // Sorted by id, so the file does not change when the catalogue is reordered.
    properties: Object.fromEntries([...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)).map((r) => [r.meta.id, ruleEntry(r)])),
    ...(allowPluginIds ? { patternProperties: { '^[a-z0-9-]+/[a-z0-9-]+$': ruleEntry(null) } } : {}),
    additionalProperties: false,
  };
}

/** The whole config schema. With `rules` null, rule settings are only checked to be an object (validated later, once plugins are loaded). */
export function configSchema(rules: readonly Rule[] | null): Record<string, unknown> {
  const rulesProp = rules ? rulesSchema(rules, true) : { type: 'object' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'dlint configuration',
    description: 'Configuration of dlint, the Dockerfile linter (.dlintrc.json, .dlintrc.yaml, dlint.config.json, or "dlint" in package.json).',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file (for editors).' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.' },
      extends: {
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        description: '`recommended`, `strict`, a path (`./base.yaml`) or an npm package exporting a config; later entries win.',
      },
      ...sharedKeys(rulesProp),
      ignorePatterns: stringList('Files not to lint: globs relative to this file (a pattern without `/` matches at any depth; `!` re-includes).'),
      plugins: stringList('Modules that add rules: a path (`./tools/dlint-rules.js`) or an npm package.'),
      overrides: {
        type: 'array',
        description: 'Settings for some files only; later entries win.',
        items: {
          type: 'object',
          properties: {
            files: {
              anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
              description: 'Globs, relative to this file, of the Dockerfiles these settings apply to.',
            },
            excludedFiles: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'Globs excepted from `files`.' },
            ...sharedKeys(rulesProp),
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

const compiled = new Map<string, Validate>();
let prebuilt: Readonly<Record<string, Validate>> | null = null;

/** Loads the validators compiled at build time for config files (a run without one never needs them). */
export async function loadConfigValidators(): Promise<void> {
  prebuilt ??= (await import('./generated/config-validators.js')).validators as Record<string, Validate>;
}

/** The validator of a schema: compiled at build time, else compiled now (and cached by key). */
export function validator(key: string, schema: () => Record<string, unknown>): Validate {
  let v = compiled.get(key) ?? prebuilt?.[key];
  if (!v) {
    const s = schema();
    delete s.$id;
    v = compileSchema(s, CONFIG_AJV);
    compiled.set(key, v);
  }
  return v;
}

function keyPath(prefix: string, pointer: string): string {
  let out = prefix;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a mapping of keys to values',
  boolean: 'true or false',
  number: 'a number',
  integer: 'an integer',
};

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'type':
      return `must be ${String(p.type).split(',').map((t) => ARTICLE[t] ?? t).join(' or ')}`;
    case 'required':
      return `missing required key "${String(p.missingProperty)}"`;
    case 'anyOf': {
      const types = ((e.parentSchema as { anyOf?: { type?: string }[] }).anyOf ?? []).map((s) => s.type).filter(Boolean);
      return types.length ? `must be ${[...new Set(types)].map((t) => ARTICLE[t!] ?? t).join(' or ')}` : e.message ?? 'is invalid';
    }
    default:
      return e.message ?? 'is invalid';
  }
}

export interface FormatOptions {
  /** Key path of the validated value (e.g. `rules` when only the rules object was validated). */
  prefix?: string;
  /** The validated value: problems are listed in the order their keys appear in it. */
  data?: unknown;
  /** Message for an unknown key; null falls back to the generic one. */
  unknownKey?: (key: string, known: string[], instancePath: string) => string | null;
}

/** Position of a JSON pointer's keys in `data` (for listing problems in file order). */
function rank(data: unknown, pointer: string): number[] {
  const out: number[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    out.push(keys.indexOf(key));
    node = (node as Record<string, unknown>)[key];
  }
  return out;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** One line per problem: `key.path: what is wrong`. */
export function formatErrors(errors: readonly ErrorObject[], options: FormatOptions = {}): string[] {
  const prefix = options.prefix ?? '';
  // Errors inside an anyOf branch are noise once the anyOf itself is reported; `if` only says a branch failed.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const lines: { pointer: string; text: string }[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.keyword !== 'anyOf' && e.schemaPath.includes('/anyOf/') && anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))) continue;
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const pointer = `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      lines.push({ pointer, text: `${keyPath(prefix, pointer)}: ${options.unknownKey?.(key, known, e.instancePath) ?? unknownKeyMessage(key, known)}` });
      continue;
    }
    let what = describe(e);
    // A rule entry that is neither a string nor a list: say what it may be.
    if (e.keyword === 'type' && e.schemaPath.endsWith('/else/type')) what = `must be one of ${SETTINGS.join(', ')}, or [severity, options]`;
    lines.push({ pointer: e.instancePath, text: `${keyPath(prefix, e.instancePath) || '(top level)'}: ${what}` });
  }
  const sorted = options.data === undefined ? lines : [...lines].sort((a, b) => compareRanks(rank(options.data, a.pointer), rank(options.data, b.pointer)));
  return [...new Set(sorted.map((l) => l.text))];
}

function unknownKeyMessage(key: string, known: string[]): string {
  if (known.length === 0) return 'unknown option; this rule takes no options';
  const hint = nearest(key, known.filter((k) => k !== '$schema'), 3);
  return `unknown key${hint ? `; did you mean "${hint}"?` : ` (allowed: ${known.filter((k) => k !== '$schema').join(', ')})`}`;
}

/** The text of schema/dlintrc.schema.json (`npm run docs` writes it; a test fails when it is stale). */
export function schemaFileText(rules: readonly Rule[]): string {
  return JSON.stringify(configSchema(rules), null, 2) + '\n';
}
