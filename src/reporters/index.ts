import { builtinRules } from '../../rules/index.js';
import type { LintFileResult } from '../lint-files.js';
import type { Rule } from '../rule.js';
import { UNUSED_IGNORE, unusedIgnoreRule } from '../suppressions.js';
import { checkstyleReporter } from './checkstyle.js';
import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Format } from './formats.js';
import type { Reporter } from './types.js';

/** A reporter for each name of formats.ts (`satisfies` checks that none is missing or extra). */
export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
  checkstyle: checkstyleReporter,
  junit: junitReporter,
} satisfies Record<Format, Reporter>;

/** Every rule that could have reported on these files (plugins included), for SARIF's rule catalogue. */
export function ruleCatalogue(results: readonly LintFileResult[]): Rule[] {
  const catalogue = new Map<string, Rule>((results[0]?.rules ?? builtinRules).map((r) => [r.meta.id, r]));
  for (const r of results) for (const rule of r.rules) catalogue.set(rule.meta.id, rule);
  if (results.some((r) => r.findings.some((f) => f.ruleId === UNUSED_IGNORE))) catalogue.set(UNUSED_IGNORE, unusedIgnoreRule);
  return [...catalogue.values()];
}

export type { FileResult, ReportInput, Reporter } from './types.js';
