/** dockerfile-ast ranges (0-based LSP positions) to dlint's 1-based ranges. */
import type { LineIndex } from '../shell/source-map.js';
import type { Range } from '../types.js';

export type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export function toRange(r: LspRange, lines: LineIndex): Range {
  return lines.range({ line: r.start.line + 1, column: r.start.character + 1 }, { line: r.end.line + 1, column: r.end.character + 1 });
}
