/** dockerfile-ast ranges (0-based LSP positions) to dlint's 1-based ranges. */
import type { Position, Range } from '../types.js';

export type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

// Equal positions and ranges are shared (a 5 MB file held hundreds of thousands of copies: the ranges of an
// instruction, its keyword, arguments and flags meet at the same few points): nothing may mutate a model range.
const SLOTS = 1024;
const positions = new Array<Position | undefined>(SLOTS);
const ranges = new Array<Range | undefined>(SLOTS);

function position(line: number, column: number): Position {
  const slot = (line * 31 + column) & (SLOTS - 1);
  const cached = positions[slot];
  if (cached && cached.line === line && cached.column === column) return cached;
  return (positions[slot] = { line, column });
}

export function toRange(r: LspRange): Range {
  const start = position(r.start.line + 1, r.start.character + 1);
  const end = position(r.end.line + 1, r.end.character + 1);
  const slot = (start.line * 961 + start.column * 31 + end.line * 7 + end.column) & (SLOTS - 1);
  const cached = ranges[slot];
  if (cached && cached.start === start && cached.end === end) return cached;
  return (ranges[slot] = { start, end });
}
