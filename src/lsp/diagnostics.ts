/** Findings as LSP diagnostics: rule id as `code`, a link to the rule's page, LSP severities, exact ranges. */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocUrl } from '../docs.js';
import type { Rule } from '../rule.js';
import type { Finding, Severity } from '../types.js';
import type { LintedDocument } from './workspace-linter.js';
import { toLspRange } from './positions.js';

/** `style` findings are hints: editors show them without calling them problems. */
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

/** `filePath` is the linted document's path, whose findings carry `uri`. */
export function toDiagnostic(f: Finding, rules: readonly Rule[], filePath: string, uri: string): Diagnostic {
  const meta = rules.find((r) => r.meta.id === f.ruleId)?.meta;
  const uriOf = (file: string): string => (file === filePath ? uri : pathToFileURL(file).href);
  return {
    range: toLspRange(f.range),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: meta?.url ?? ruleDocUrl(f.ruleId) },
    source: 'dlint',
    message: f.message,
    ...(f.related ? { relatedInformation: f.related.map((r) => ({ location: { uri: uriOf(r.file), range: toLspRange(r.range) }, message: r.message })) } : {}),
  };
}

/**
 * A document's diagnostics, by URI: its own, and those of build-context files it reports on
 * (a requirements file the Dockerfile installs), which belong on that file.
 */
export function diagnosticsByUri(doc: LintedDocument): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>([[doc.uri, []]]);
  for (const f of doc.findings) {
    const uri = f.file === doc.filePath ? doc.uri : pathToFileURL(f.file).href;
    const list = out.get(uri) ?? [];
    list.push(toDiagnostic(f, doc.rules, doc.filePath, doc.uri));
    out.set(uri, list);
  }
  return out;
}
