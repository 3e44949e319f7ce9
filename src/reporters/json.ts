/** The JSON contract of the spec: an array of findings in file then line order (`related` and `fix` only when present). */
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
      ...(f.related
        ? { related: f.related.map((r) => ({ line: r.range.start.line, column: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column, message: r.message })) }
        : {}),
    })),
  );
  return JSON.stringify(out, null, 2) + '\n';
};
