/** dockerfile-ast ranges (0-based LSP positions) to dlint's 1-based ranges. */
import type { Range } from '../types.js';

export type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export function toRange(r: LspRange): Range {
  return {
    start: { line: r.start.line + 1, column: r.start.character + 1 },
    end: { line: r.end.line + 1, column: r.end.character + 1 },
  };
}
