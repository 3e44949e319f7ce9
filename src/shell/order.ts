/** Source order of shell facts (the model lists commands in `$(…)` before the command that holds them). */
import type { Position, Range } from '../types.js';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** The item that starts first in the file, or undefined. */
export function firstInSource<T extends { range: Range }>(items: Iterable<T>): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || comparePositions(item.range.start, best.range.start) < 0) best = item;
  return best;
}

/** True when `inner` lies inside `outer`, both ends included. */
export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** True when the position is in the range, its end excluded. */
export function positionIn(at: Position, range: Range): boolean {
  return comparePositions(range.start, at) <= 0 && comparePositions(at, range.end) < 0;
}
