/**
 * Code actions for one document: each finding's fix as a quick fix (safe ones preferred), the suppression
 * comments, and `source.fixAll.dlint` (every safe fix, as `--fix` applies them, so editors can run it on save).
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixLoop } from '../fix.js';
import { lint } from '../lint.js';
import { buildModel } from '../model/build.js';
import { UNUSED_IGNORE } from '../suppressions.js';
import { toDiagnostic } from './diagnostics.js';
import { eolOf, minimalEdit, overlaps, toLspEdit, toLspRange } from './positions.js';
import { ignoreFileEdit, ignoreLineEdit } from './suppress-edits.js';
import type { LintedDocument } from './workspace-linter.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dlint`;

/** Whether `kind` was asked for: `only` lists kinds or their parents (`source` covers `source.fixAll.dlint`). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(doc: TextDocument, linted: LintedDocument, params: CodeActionParams, documentChanges: boolean): CodeAction[] {
  const only = params.context.only;
  const eol = eolOf(linted.text);
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] } : { changes: { [doc.uri]: edits } };
  const out: CodeAction[] = [];
  const own = linted.findings.filter((f) => f.file === linted.filePath);

  if (wanted(only, CodeActionKind.QuickFix)) {
    const here = own.filter((f) => overlaps(toLspRange(f.range), params.range));
    const model = here.length ? buildModel(linted.filePath, linted.text) : null;
    const suppressions = new Map<string, CodeAction>();
    for (const f of here) {
      const diagnostic = toDiagnostic(f, linted.rules, linted.filePath, doc.uri);
      if (f.fix) {
        out.push({
          title: f.fix.safe ? `${f.fix.description} (dlint ${f.ruleId})` : `${f.fix.description} (dlint ${f.ruleId}; unsafe: may change what the image does)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: f.fix.safe,
          edit: edit(f.fix.edits.map((e) => toLspEdit(e, eol))),
        });
      }
      if (f.ruleId === UNUSED_IGNORE || !model) continue;
      const line = ignoreLineEdit(model, f.range.start.line, f.ruleId, eol);
      const candidates: [string, TextEdit | null][] = [
        [`Disable ${f.ruleId} for this line`, line],
        [`Disable ${f.ruleId} for this file`, ignoreFileEdit(model, f.ruleId, eol)],
      ];
      for (const [title, e] of candidates) {
        if (!e) continue;
        const key = `${title}\0${e.range.start.line}`;
        const known = suppressions.get(key);
        if (known) known.diagnostics!.push(diagnostic);
        else suppressions.set(key, { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([e]) });
      }
    }
    out.push(...suppressions.values());
  }

  if (wanted(only, FIX_ALL_KIND) && own.some((f) => f.fix?.safe)) {
    const fixed = fixLoop(linted.text, eol, linted.filePath, false, (t) => lint(t, linted.options));
    if (fixed.applied > 0 && fixed.text !== linted.text) {
      out.push({ title: 'Fix all safe dlint problems in this file', kind: FIX_ALL_KIND, edit: edit([minimalEdit(linted.text, fixed.text, (o) => doc.positionAt(o))]) });
    }
  }
  return out;
}
