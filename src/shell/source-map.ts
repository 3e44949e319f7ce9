/** Maps offsets in a derived text (a RUN script with continuations joined) back to file positions. */
import type { Position, Range } from '../types.js';

/** Slots of LineIndex's position cache: the ranges of one instruction ask for the same few offsets again and again. */
const CACHE_SLOTS = 256;

export class LineIndex {
  private readonly starts: number[] = [0];
  // Positions are shared between the ranges that meet at an offset (a file of 100,000 instructions held
  // millions of equal copies): nothing may mutate a model position.
  private readonly cachedOffsets = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly cachedPositions: Position[] = new Array<Position>(CACHE_SLOTS);
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    const slot = offset & (CACHE_SLOTS - 1);
    if (this.cachedOffsets[slot] === offset) return this.cachedPositions[slot]!;
    const position = this.compute(offset);
    this.cachedOffsets[slot] = offset;
    this.cachedPositions[slot] = position;
    return position;
  }
  private compute(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  offset(pos: Position): number {
    return (this.starts[pos.line - 1] ?? 0) + pos.column - 1;
  }
}

/** A script plus, for each of its characters, the file offset it came from. */
export interface MappedSource {
  text: string;
  offsets: number[];
}

export function mappedSlice(fileText: string, start: number, end: number): MappedSource {
  const offsets = new Array<number>(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: fileText.slice(start, end), offsets };
}

export function rangeOf(source: MappedSource, lines: LineIndex, start: number, end: number): Range {
  const last = source.offsets.length - 1;
  const s = source.offsets[Math.min(Math.max(start, 0), last)] ?? 0;
  const e = end > start ? (source.offsets[Math.min(end - 1, last)] ?? s) + 1 : s;
  return { start: lines.position(s), end: lines.position(e) };
}
