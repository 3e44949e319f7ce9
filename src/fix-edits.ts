/** Text edits that fixes share: whole instructions inserted in the file's own keyword case. */
import type { DockerfileModel, Instruction } from './model/types.js';
import type { TextEdit } from './types.js';

/** `keyword` in the case most instructions of the file use, so an inserted instruction does not trip `instruction-casing`. */
export function keywordInFileCase(model: DockerfileModel, keyword: string): string {
  let lower = 0;
  let upper = 0;
  for (const ins of model.instructions) {
    if (ins.keywordText === ins.keywordText.toLowerCase()) lower++;
    else if (ins.keywordText === ins.keywordText.toUpperCase()) upper++;
  }
  return lower > upper ? keyword.toLowerCase() : keyword.toUpperCase();
}

/** Inserts whole lines (no trailing newline) on their own before `ins` and the comment lines right above it (which describe it), with its indentation. */
export function insertLinesBefore(model: DockerfileModel, ins: Instruction, lines: readonly string[]): TextEdit {
  const at = { line: ins.range.start.line, column: 1 };
  const commentLines = new Set(model.comments.map((c) => c.range.start.line));
  while (commentLines.has(at.line - 1)) at.line--;
  const indent = /^[ \t]*/.exec(model.lines[at.line - 1] ?? '')![0];
  return { range: { start: at, end: at }, text: lines.map((l) => `${indent}${l}\n`).join('') };
}
