/**
 * ShellCheck's line/column (json1: 1-based, columns count characters, a tab is one) in a checked script →
 * ranges in the Dockerfile, through the script's source map (continuations joined, heredoc bodies, escape char).
 */
import type { LineIndex } from '../shell/source-map.js';
import type { Range, TextEdit } from '../types.js';
import type { CheckedScript } from './scripts.js';

export interface ScPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ScReplacement extends ScPosition {
  replacement: string;
}

/** Index in the script text of a ShellCheck position; null when it falls in the preamble. */
function indexOf(script: CheckedScript, lineStarts: number[], line: number, column: number): number | null {
  const g = line - 1;
  if (g >= script.preambleAt && g < script.preambleAt + script.preambleLines) return null;
  const scriptLine = g < script.preambleAt ? g : g - script.preambleLines;
  const start = lineStarts[scriptLine];
  if (start === undefined) return script.source.text.length;
  const text = script.source.text;
  let i = start;
  // Columns count code points; JS strings count UTF-16 units.
  for (let c = 1; c < column && i < text.length && text[i] !== '\n'; c++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}

export class ScriptPositions {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly script: CheckedScript,
    private readonly lines: LineIndex,
  ) {
    const text = script.source.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Script indexes [start, end) of a span; null when it lies in the preamble. */
  private span(p: ScPosition): [number, number] | null {
    const start = indexOf(this.script, this.lineStarts, p.line, p.column);
    const end = indexOf(this.script, this.lineStarts, p.endLine, p.endColumn);
    if (start === null || end === null) return null;
    return [start, Math.max(start, end)];
  }

  /** File offset of the character at `i`, or just after the last one. */
  private offset(i: number): number {
    const source = this.script.source;
    return i < source.length ? source.offsetAt(i)! : source.offsetAt(source.length - 1)! + 1;
  }

  range(p: ScPosition): Range | null {
    const span = this.span(p);
    if (!span || this.script.source.length === 0) return null;
    const [s, e] = span;
    const start = this.offset(s);
    const end = e > s ? this.offset(e - 1) + 1 : start;
    return { start: this.lines.position(start), end: this.lines.position(end) };
  }

  /**
   * ShellCheck's replacements as Dockerfile edits; null when one cannot be placed exactly: inside a `sh -c` string
   * (its quoting differs), across a joined continuation, or adding a line break to a continued RUN.
   */
  edits(replacements: ScReplacement[]): TextEdit[] | null {
    if (this.script.nested) return null;
    const edits: TextEdit[] = [];
    for (const r of replacements) {
      const span = this.span(r);
      if (!span || (r.replacement.includes('\n') && !this.contiguous(0, this.script.source.text.length))) return null;
      if (!this.contiguous(Math.max(span[0] - 1, 0), span[1])) return null;
      const range = this.range(r);
      if (!range) return null;
      edits.push({ range, text: r.replacement });
    }
    return edits;
  }

  /** The characters from..to (inclusive, clamped) sit next to each other in the file. */
  private contiguous(from: number, to: number): boolean {
    const source = this.script.source;
    for (let i = from; i < Math.min(to, source.length - 1); i++) if (source.offsetAt(i + 1) !== source.offsetAt(i)! + 1) return false;
    return true;
  }
}
