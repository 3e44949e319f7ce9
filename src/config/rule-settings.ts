/** Turns a preset plus per-rule settings into the list of rules to run, with severities and options. */
import type { EnabledRule } from '../engine.js';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../rule.js';
import { nearest } from '../suggest.js';
import { SEVERITIES, type Preset, type RuleSetting } from '../types.js';
import { OPTIONS_AJV } from './ajv-options.js';
import { compileSchema, type Validate } from './ajv-runtime.js';
import { validators as builtinOptionValidators } from './generated/option-validators.js';
import { ruleOptionsKey } from './precompiled-keys.js';
import { formatErrors } from './schema.js';

export type RuleConfig = RuleSetting | [RuleSetting, Record<string, unknown>?];

export class ConfigError extends Error {}

export function unknownRuleMessage(id: string, rules: readonly Rule[]): string {
  const hint = nearest(id, rules.map((r) => r.meta.id), 4);
  return `unknown rule id "${id}"${hint ? `; did you mean "${hint}"?` : ''} (dlint rules lists them)`;
}

export function parseRuleSetting(text: string): RuleSetting | null {
  const s = text.trim().toLowerCase();
  return s === 'off' || (SEVERITIES as readonly string[]).includes(s) ? (s as RuleSetting) : null;
}

export function enabledRules(
  rules: readonly Rule[],
  preset: Preset,
  config: Readonly<Record<string, RuleConfig>> = {},
): EnabledRule[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(config)) if (!byId.has(id)) throw new ConfigError(unknownRuleMessage(id, rules));
  const out: EnabledRule[] = [];
  for (const rule of rules) {
    const entry = config[rule.meta.id];
    const [setting, options] = Array.isArray(entry) ? entry : [entry, undefined];
    const onByPreset = rule.meta.preset === 'recommended' || (rule.meta.preset === 'strict' && preset === 'strict');
    if (setting === 'off' || (setting === undefined && !onByPreset)) continue;
    out.push({ rule, severity: setting ?? rule.meta.severity, options: ruleOptions(rule, options) });
  }
  return out;
}

const optionValidators = new WeakMap<object, Validate>();
const prebuilt = builtinOptionValidators as Readonly<Record<string, Validate>>;

/** The rule's options schema is the very one a built-in rule of its id declares (a plugin cannot reuse the id). */
function isBuiltinSchema(rule: Rule): boolean {
  return builtinRules.some((r) => r.meta.id === rule.meta.id && r.meta.options === rule.meta.options);
}

/** The options a rule runs with: checked against its `meta.options` schema, with the schema's defaults filled in. */
export function ruleOptions(rule: Rule, options: Record<string, unknown> = {}): Record<string, unknown> {
  const schema = rule.meta.options;
  if (!schema) return options;
  let validate = optionValidators.get(schema);
  if (!validate) {
    // A built-in rule's schema was compiled at build time; a plugin rule's (or a rule a test made) is compiled now.
    const key = ruleOptionsKey(rule.meta.id);
    validate = Object.hasOwn(prebuilt, key) && isBuiltinSchema(rule) ? prebuilt[key]! : compileSchema(schema, OPTIONS_AJV);
    optionValidators.set(schema, validate);
  }
  const copy = structuredClone(options);
  if (!validate(copy)) throw new ConfigError(formatErrors(validate.errors ?? [], { prefix: `rules.${rule.meta.id}[1]`, data: copy }).join('\n'));
  return copy;
}
