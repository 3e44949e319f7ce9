/** Plugins: modules that add rules. Loaded with dynamic import; checked before any rule of theirs runs. */
import path from 'node:path';
import type { Rule } from '../rule.js';
import { SEVERITIES, type Category, type RuleMeta } from '../types.js';
import { ConfigError } from './rule-settings.js';
import { importModule, isPathSpecifier, resolveModule } from './modules.js';
import { OPTIONS_AJV } from './ajv-options.js';
import { compileSchema } from './ajv-runtime.js';
import { PLUGIN_RULE_KEY } from './precompiled-keys.js';
import { formatErrors, loadConfigValidators, RULE_ID_PATTERN, validator } from './schema.js';

/** What a plugin module exports (as its default export, or as named exports `rules` and `name`). */
export interface Plugin {
  /** Shown in messages; default: the specifier the config used. */
  name?: string;
  rules: Rule[] | Record<string, Rule>;
}

/** Identity helper that types a plugin object. */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

export interface LoadedPlugin {
  name: string;
  /** The specifier as written in the config. */
  specifier: string;
  file: string;
  rules: Rule[];
}

const CATEGORIES: Category[] = ['base-image', 'pinning', 'security', 'size', 'runtime', 'correctness', 'style'];

export const RULE_SCHEMA = {
  type: 'object',
  required: ['meta'],
  properties: {
    meta: {
      type: 'object',
      required: ['id', 'severity', 'description', 'docs'],
      properties: {
        id: { type: 'string', pattern: RULE_ID_PATTERN },
        category: { enum: CATEGORIES },
        severity: { enum: [...SEVERITIES] },
        preset: { enum: ['recommended', 'strict', 'off'] },
        description: { type: 'string', minLength: 1 },
        docs: {
          type: 'object',
          required: ['why', 'bad', 'good'],
          properties: { why: { type: 'string' }, bad: { type: 'string' }, good: { type: 'string' }, fixSafety: { type: 'string' }, options: { type: 'string' } },
        },
        fixable: { type: 'boolean' },
        fixKind: { enum: ['safe', 'unsafe', 'mixed'] },
        covers: { type: 'array', items: { type: 'string' } },
        options: { type: 'object' },
        tags: { type: 'array', items: { type: 'string' } },
        url: { type: 'string' },
      },
    },
  },
};

/** What a plugin written in plain JavaScript may leave out. */
const META_DEFAULTS: Pick<RuleMeta, 'category' | 'preset' | 'fixable' | 'covers'> = { category: 'correctness', preset: 'recommended', fixable: false, covers: [] };


/**
 * Loads one plugin named in a config. `where` names the config entry in messages
 * (`.dlintrc.yaml: plugins[0]`); its rule ids must not clash with `builtinIds`.
 */
export async function loadPlugin(specifier: string, fromDir: string, where: string, builtinIds: ReadonlySet<string>): Promise<LoadedPlugin> {
  const fail = (what: string): never => {
    throw new ConfigError(`${where}: plugin "${specifier}" ${what}`);
  };
  const file = resolveModule(specifier, fromDir);
  if (!file) {
    return fail(
      isPathSpecifier(specifier)
        ? `not found (no file ${path.resolve(fromDir, specifier)})`
        : 'not found; install it (npm install --save-dev ' + specifier + ') or give a path starting with ./',
    );
  }
  let exported: unknown;
  try {
    exported = await importModule(file);
  } catch (e) {
    return fail(`failed to load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const plugin = exported as Partial<Plugin> | null;
  const rawRules = plugin && typeof plugin === 'object' ? plugin.rules : undefined;
  if (!rawRules || typeof rawRules !== 'object') return fail('exports no `rules` (expected `export default { rules: [...] }`)');
  const list = Array.isArray(rawRules) ? rawRules : Object.values(rawRules);
  const name = typeof plugin!.name === 'string' && plugin!.name ? plugin!.name : specifier;
  const rules: Rule[] = [];
  await loadConfigValidators();
  const check = validator(PLUGIN_RULE_KEY, () => structuredClone(RULE_SCHEMA));
  for (const [i, rule] of list.entries()) {
    const at = Array.isArray(rawRules) ? `rules[${i}]` : `rules.${Object.keys(rawRules)[i]}`;
    if (!check(rule)) return fail(`is invalid: ${formatErrors(check.errors ?? [], { prefix: at, data: rule }).join('; ')}`);
    const r = rule as Rule;
    if (typeof r.check !== 'function') return fail(`is invalid: ${at}.check: must be a function`);
    if (r.meta.options) {
      try {
        compileSchema(r.meta.options, OPTIONS_AJV);
      } catch (e) {
        return fail(`is invalid: ${at}.meta.options: not a valid JSON Schema (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    if (builtinIds.has(r.meta.id)) {
      const ns = name.replace(/^.*\//, '').replace(/^dlint-plugin-/, '').replace(/\.[cm]?js$/, '').replace(/[^a-z0-9-]/g, '') || 'acme';
      return fail(`defines rule "${r.meta.id}", which is a built-in rule; give plugin rules a namespace, e.g. "${ns}/${r.meta.id}"`);
    }
    if (rules.some((x) => x.meta.id === r.meta.id)) return fail(`defines rule "${r.meta.id}" twice`);
    rules.push({
      ...r,
      meta: { ...META_DEFAULTS, ...r.meta },
    });
  }
  return { name, specifier, file, rules };
}
