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
  // Ranges are shared the same way: an instruction's argument, its shell word and the word's command often span the
  // same offsets (a sixth of the ranges of a model); ranges are immutable.
  private readonly cachedRanges: (OffsetRange | undefined)[] = new Array<OffsetRange | undefined>(CACHE_SLOTS);
  constructor(text: string) {
    this.length = text.length;
    // indexOf scans far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    // -1 marks an empty cache slot: no offset below 0 may reach the cache.
    if (offset < 0) offset = 0;
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
  /** The range of offsets `start` to `end`: one made recently for the same offsets, else a new one. */
  offsetRange(start: number, end: number): OffsetRange {
    const slot = (start * 31 + end) & (CACHE_SLOTS - 1);
    const cached = this.cachedRanges[slot];
    if (cached && cached.startOffset === start && cached.endOffset === end) return cached;
    return (this.cachedRanges[slot] = new OffsetRange(this, start, end));
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
    return e < 0 ? { start, end } : this.offsetRange(s, e);
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
/**
 * A range as a model object keeps it without an object of its own (issue 11): its two file offsets, or the range
 * itself when it is not one of offsets. `storedRange` makes it again when read.
 */
export type StoredRange = [number | Range, number];

export function storeRange(r: Range): StoredRange {
  return r instanceof OffsetRange ? [r.startOffset, r.endOffset] : [r, -1];
}

export function storedRange(lines: LineIndex, from: number | Range, to: number): Range {
  return typeof from === 'number' ? lines.offsetRange(from, to) : from;
}

export function spanOf(from: Range, to: Range): Range {
  if (from instanceof OffsetRange && to instanceof OffsetRange && from.lines === to.lines) return from.lines.offsetRange(from.startOffset, to.endOffset);
  return { start: from.start, end: to.end };
}

/**
 * A script plus, for each of its characters, the file offset it came from, kept as runs of consecutive offsets (a
 * RUN line is one run): an array of one offset per character was a tenth of the model of a file of RUN lines.
 */
export class MappedSource {
  private constructor(
    readonly text: string,
    readonly length: number,
    /** The file offset of the first character, when all are consecutive. */
    private readonly base: number,
    /** Otherwise the runs: pairs of (index in the text, file offset) where each starts. */
    private readonly runs: readonly number[] | null,
  ) {}

  /** A text whose characters sit at consecutive file offsets from `base`. */
  static run(text: string, base: number, length = text.length): MappedSource {
    return new MappedSource(text, length, base, null);
  }

  /** `text` with the file offset of each of its characters. */
  static of(text: string, offsets: readonly number[]): MappedSource {
    const runs: number[] = [];
    for (let i = 0; i < offsets.length; i++) if (i === 0 || offsets[i] !== offsets[i - 1]! + 1) runs.push(i, offsets[i]!);
    return MappedSource.ofRuns(text, offsets.length, runs);
  }

  /** `text`, `length` offsets long, from its runs: pairs of (index in the text, file offset) where each starts. */
  static ofRuns(text: string, length: number, runs: number[]): MappedSource {
    return runs.length > 2 ? new MappedSource(text, length, 0, runs) : new MappedSource(text, length, runs[1] ?? 0, null);
  }

  /** The file offset of character `i`; undefined outside the text. */
  offsetAt(i: number): number | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const runs = this.runs;
    if (!runs) return this.base + i;
    let lo = 0;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid * 2]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo * 2 + 1]! + i - runs[lo * 2]!;
  }

  /** The offset of every character, for readers that walk them. */
  get offsets(): number[] {
    const out = new Array<number>(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.offsetAt(i)!;
    return out;
  }

  slice(start: number, end: number): MappedSource {
    return MappedSource.of(this.text.slice(start, end), this.offsets.slice(start, end));
  }
}

export function mappedSlice(fileText: string, start: number, end: number): MappedSource {
  return MappedSource.run(fileText.slice(start, end), start, end - start);
}

export function rangeOf(source: MappedSource, lines: LineIndex, start: number, end: number): Range {
  const last = source.length - 1;
  const s = source.offsetAt(Math.min(Math.max(start, 0), last)) ?? 0;
  const e = end > start ? (source.offsetAt(Math.min(end - 1, last)) ?? s) + 1 : s;
  return lines.offsetRange(s, e);
}
