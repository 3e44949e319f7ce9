/** The JSON contract of the spec: an array of findings in file then line order. */
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = ({ results }) => {
  const out = results.flatMap(({ findings }) =>
    findings.map((f) => ({
      file: f.file,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      ...(f.code ? { code: f.code } : {}),
      ...(f.url ? { url: f.url } : {}),
      ...(f.fix
        ? {
            fix: {
              description: f.fix.description,
              safe: f.fix.safe,
              edits: f.fix.edits.map((e) => ({
                line: e.range.start.line,
                column: e.range.start.column,
                endLine: e.range.end.line,
                endColumn: e.range.end.column,
                text: e.text,
              })),
            },
          }
        : {}),
    })),
  );
  return JSON.stringify(out, null, 2) + '\n';
};
