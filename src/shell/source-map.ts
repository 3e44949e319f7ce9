/** Maps offsets in a derived text (a RUN script with continuations joined) back to file positions. */
import type { Position, Range } from '../types.js';

/** Slots of LineIndex's position cache: the ranges of one instruction ask for the same few offsets again and again. */
const CACHE_SLOTS = 256;

export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;
  // Positions are shared between the ranges that meet at an offset: nothing may mutate a model position.
  private readonly cachedOffsets = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly cachedPositions: Position[] = new Array<Position>(CACHE_SLOTS);
  constructor(text: string) {
    this.length = text.length;
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
  /** The offset of `pos`, or -1 when `pos` is past the end of its line or of the text (no offset reads back as it). */
  private exactOffset(line: number, column: number): number {
    const start = this.starts[line - 1];
    if (start === undefined || column < 1) return -1;
    const offset = start + column - 1;
    const lineEnd = line < this.starts.length ? this.starts[line]! - 1 : this.length;
    return offset <= lineEnd ? offset : -1;
  }
  /** The range from `start` to `end`: compact when both are positions of the text, else as given. */
  range(start: Position, end: Position): Range {
    const s = this.exactOffset(start.line, start.column);
    const e = s < 0 ? -1 : this.exactOffset(end.line, end.column);
    return e < 0 ? { start, end } : new OffsetRange(this, s, e);
  }
}

/**
 * A range kept as two file offsets, its positions computed when read: the model of a 5 MB file held millions of
 * position objects. It serialises (JSON, snapshots) as a plain range; findings carry plain copies (`plainRange`),
 * which structured clone (worker threads) keeps whole.
 */
export class OffsetRange implements Range {
  constructor(
    readonly lines: LineIndex,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}
  get start(): Position {
    return this.lines.position(this.startOffset);
  }
  get end(): Position {
    return this.lines.position(this.endOffset);
  }
  toJSON(): Range {
    return plainRange(this);
  }
}

/** A copy of `r` made of plain objects only. */
export function plainRange(r: Range): Range {
  const { start, end } = r;
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/** From the start of `from` to the end of `to`. */
export function spanOf(from: Range, to: Range): Range {
  if (from instanceof OffsetRange && to instanceof OffsetRange && from.lines === to.lines) return new OffsetRange(from.lines, from.startOffset, to.endOffset);
  return { start: from.start, end: to.end };
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
  return new OffsetRange(lines, s, e);
}
