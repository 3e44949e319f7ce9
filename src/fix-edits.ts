/** Text edits that fixes share: whole instructions inserted in the file's own keyword case, a base image retagged. */
import type { DockerfileModel, Instruction, Stage } from './model/types.js';
import type { Range, TextEdit } from './types.js';

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

/**
 * The edit that gives a stage's base image the tag `tag`, or null when it cannot be written where the reference is:
 * a digest, a reference with quotes or escapes, or one built from variables. A reference that is one global ARG
 * (`FROM ${BASE}` after `ARG BASE=nvidia/cuda:12.4.0-devel-ubuntu22.04`) is retagged in that ARG's default, only when
 * the ARG is declared once and nothing but such FROMs reads it: a `RUN`, `LABEL` or other ARG built from it would
 * change too, and a stage redeclaring it may read it in its commands.
 */
export function retagBaseImage(model: DockerfileModel, stage: Stage, tag: string): TextEdit | null {
  const { raw, resolved, name, range } = stage.image;
  if (!name || name.digest || resolved === null) return null;
  if (raw === resolved) return tagEdit(model, range, raw, name.tag, tag);
  const arg = wholeVariable(raw);
  if (!arg) return null;
  const declarations = model.instructions.filter((ins) => ins.keyword === 'ARG' && ins.properties.some((p) => p.name === arg));
  const global = declarations[0];
  if (declarations.length !== 1 || !global || global.stage !== null) return null;
  const readers = model.instructionsWithTriggers.filter((ins) => ins.expansions.some((use) => use.name === arg));
  if (readers.some((ins) => ins.keyword !== 'FROM' || wholeVariable(ins.stage?.image.raw ?? '') !== arg)) return null;
  const value = global.properties.find((p) => p.name === arg)!;
  if (value.rawValue !== resolved || !value.valueRange) return null;
  return tagEdit(model, value.valueRange, resolved, name.tag, tag);
}

/** `BASE` for `$BASE` or `${BASE}`; null for anything else. */
function wholeVariable(text: string): string | null {
  const m = /^\$(?:\{(\w+)\}|(\w+))$/.exec(text);
  return m ? (m[1] ?? m[2]!) : null;
}

/** Replaces the tag at the end of `ref`, written at `range` on one line, or appends one when it has none. */
function tagEdit(model: DockerfileModel, range: Range, ref: string, old: string | null, tag: string): TextEdit | null {
  if (range.start.line !== range.end.line) return null;
  const written = model.text.slice(model.lineIndex.offset(range.start), model.lineIndex.offset(range.end));
  if (written !== ref || (old !== null && !ref.endsWith(`:${old}`))) return null;
  const end = range.end;
  if (old === null) return { range: { start: end, end }, text: `:${tag}` };
  return { range: { start: { line: end.line, column: end.column - old.length }, end }, text: tag };
}
