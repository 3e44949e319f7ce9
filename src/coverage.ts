/** Which dlint rules cover a hadolint (DLxxxx), ShellCheck or BuildKit check id, through each rule's `meta.covers`. */
import { builtinRules } from '../rules/index.js';
import type { Rule } from './rule.js';

export function rulesCovering(id: string, rules: readonly Rule[] = builtinRules): Rule[] {
  const want = id.trim().toLowerCase();
  return rules.filter((r) => r.meta.covers.some((c) => c.toLowerCase() === want));
}
