/** Runs the enabled rules over one model and collects their findings. */
import type { BuildContext } from './context/build-context.js';
import { declinedBy } from './knowledge/declined-advice.js';
import { isNotShippedHere, isRetiredDockerfile, isTestImageDockerfile, runsOnGeneratedFiles, runsOnRetiredFiles, runsOnTestImages, runsOnTestInputs } from './knowledge/file-purpose.js';
import type { DockerfileModel } from './model/types.js';
import type { LintSettings, Rule } from './rule.js';
import type { ShellCheck } from './shellcheck/session.js';
import { plainRange } from './shell/source-map.js';
import type { Finding, Severity } from './types.js';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export const INTERNAL_ERROR = 'internal-error';
const TEMPLATE_RULE = 'syntax-error';

export function runRules(
  model: DockerfileModel,
  rules: EnabledRule[],
  settings: LintSettings,
  buildContext: BuildContext | null,
  shellcheck: ShellCheck | null = null,
): Finding[] {
  const findings: Finding[] = [];
  const testInput = isNotShippedHere(model.path);
  const testImage = !testInput && isTestImageDockerfile(model.path);
  const retired = isRetiredDockerfile(model.path, model.retired);
  const owner = buildContext?.repositoryOwner() ?? null;
  // The lines of stages never built (Stage.dead): judged as a test input is.
  const deadLines = new Set(model.stages.filter((st) => st.dead).flatMap((st) => st.instructions.flatMap((i) => lineSpan(i.range.start.line, i.range.end.line))));
  for (const { rule, severity, options } of rules) {
    // A template's lines are its generator's code: only syntax-error speaks, once, to say what the file is; in a
    // `{placeholder}` template, the lines without one are Dockerfile as written and are checked.
    if (model.template && !model.templateLines && rule.meta.id !== TEMPLATE_RULE) continue;
    if (testInput && !runsOnTestInputs(rule.meta)) continue;
    if (testImage && !runsOnTestImages(rule.meta)) continue;
    if (retired && !runsOnRetiredFiles(rule.meta)) continue;
    if (model.generated && !runsOnGeneratedFiles(rule.meta)) continue;
    // Advice the repository's publisher declines in public (declined-advice.ts): repeating it gets the linter switched off.
    if (declinedBy(owner, rule.meta.id)) continue;
    try {
      rule.check({
        model,
        buildContext,
        options,
        settings,
        ...(shellcheck ? { shellcheck } : {}),
        report: (d) => {
          if (model.templateLines?.has(d.range.start.line) && d.range !== model.template) return;
          if (deadLines.has(d.range.start.line) && (d.file ?? model.path) === model.path && !runsOnTestInputs(rule.meta)) return;
          findings.push({
            file: d.file ?? model.path,
            ruleId: rule.meta.id,
            severity: d.severity && severity === rule.meta.severity ? d.severity : severity,
            message: d.message,
            // Plain copies: a model's ranges point into its line index, which findings must not carry along.
            range: plainRange(d.range),
            ...(d.code ? { code: d.code } : {}),
            ...(d.url ? { url: d.url } : {}),
            ...(d.fix ? { fix: { description: d.fix.description, edits: d.fix.edits.map((e) => ({ range: plainRange(e.range), text: e.text })), safe: d.fix.safe ?? true } } : {}),
            ...(d.related?.length ? { related: d.related.map((r) => ({ file: r.file ?? model.path, range: plainRange(r.range), message: r.message })) } : {}),
          });
        },
      });
    } catch (e) {
      // One broken rule must not hide the findings of the others.
      findings.push({
        file: model.path,
        ruleId: INTERNAL_ERROR,
        severity: 'error',
        message: `rule ${rule.meta.id} failed on this file: ${e instanceof Error ? e.message : String(e)}`,
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
  }
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function lineSpan(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
