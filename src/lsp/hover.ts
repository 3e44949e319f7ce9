/** Hover on a finding: its message, then the rule's documentation as `dlint explain` prints it. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleMarkdown } from '../docs.js';
import { overlaps, toLspRange } from './positions.js';
import type { LintedDocument } from './workspace-linter.js';

export function hover(linted: LintedDocument, position: Position): Hover | null {
  const here = linted.findings.filter((f) => f.file === linted.filePath && overlaps(toLspRange(f.range), { start: position, end: position }));
  if (here.length === 0) return null;
  const sections: string[] = [];
  const documented = new Set<string>();
  for (const f of here) {
    sections.push(`**dlint \`${f.ruleId}\`** (${f.severity}): ${f.message}`);
    const meta = linted.rules.find((r) => r.meta.id === f.ruleId)?.meta;
    if (!meta || documented.has(meta.id)) continue;
    documented.add(meta.id);
    // The rule page's headings, one level down: a hover is not a page.
    sections.push(ruleMarkdown(meta).replace(/^(#+) /gm, '$1## ').trimEnd());
  }
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toLspRange(here[0]!.range) };
}
