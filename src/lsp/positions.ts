/**
 * dlint positions are 1-based lines and columns counted in UTF-16 units of the LF-normalised text;
 * LSP positions are 0-based in UTF-16 units (the default encoding), with CR LF excluded from a line.
 * So the conversion is an offset by one, and CRLF documents need no special case.
 */
import type { Position as LspPosition, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Position, Range, TextEdit } from '../types.js';

export function toLspPosition(p: Position): LspPosition {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

export function toLspRange(r: Range): LspRange {
  return { start: toLspPosition(r.start), end: toLspPosition(r.end) };
}

/** A fix edit for a document whose lines end in `eol` (rules write `\n`). */
export function toLspEdit(e: TextEdit, eol: '\n' | '\r\n'): LspTextEdit {
  return { range: toLspRange(e.range), newText: e.text.replace(/\r?\n/g, eol) };
}

export function eolOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function before(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges share a position (touching counts, so a cursor at a finding's edge finds it). */
export function overlaps(a: LspRange, b: LspRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * The one edit that turns `from` into `to`: the changed middle between their common prefix and suffix,
 * so the editor keeps cursors and folds outside it (a whole-document replacement would not).
 */
export function minimalEdit(from: string, to: string, positionAt: (offset: number) => LspPosition): LspTextEdit {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { range: { start: positionAt(start), end: positionAt(from.length - end) }, newText: to.slice(start, to.length - end) };
}
