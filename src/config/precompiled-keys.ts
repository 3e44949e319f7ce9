/** Names of the validators compiled at build time (scripts/generate-validators.ts). */
export const CONFIG_KEY = 'config';
export const BUILTIN_RULES_KEY = 'builtin_rules';
export const PLUGIN_RULE_KEY = 'plugin_rule';

export function ruleOptionsKey(ruleId: string): string {
  return `options_${ruleId.replace(/-/g, '_')}`;
}
