/** The generated documentation files, computed from the rules (used by `npm run docs` and the staleness test). */
import { replaceTable, ruleMarkdown, rulesTable } from './docs.js';
import { allRules } from './lint.js';

export function expectedDocs(currentReadme: string): { readme: string; pages: Map<string, string> } {
  const rules = allRules();
  const pages = new Map(rules.map((r) => [`${r.meta.id}.md`, ruleMarkdown(r.meta)]));
  return { readme: replaceTable(currentReadme, rulesTable(rules)), pages };
}
