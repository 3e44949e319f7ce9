/**
 * `--fix`: applies the findings' fixes to the source text, keeping its line endings, then re-lints
 * (a fix may make another possible, and overlapping fixes wait for the next pass).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, Fix, Position } from './types.js';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text (unchanged when no fix applied). */
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Findings of the last lint (what is left). */
  findings: Finding[];
  /** Findings of the first lint (before any fix). */
  before: Finding[];
}

/** Offset in `text` (whose lines may end in CRLF) of a position counted on the LF-normalised text the model saw. */
function offsetIn(text: string, lineStarts: number[], p: Position): number {
  const start = lineStarts[p.line - 1];
  if (start === undefined) return text.length;
  const next = lineStarts[p.line];
  let end = next === undefined ? text.length : next - 1;
  if (end > start && text[end - 1] === '\r') end--;
  return Math.min(start + p.column - 1, end);
}

/**
 * Applies non-overlapping fixes, first come first served in file order; a fix touching an earlier one
 * (even at its edge) is skipped for this pass. Inserted newlines follow the file's line ending.
 */
export function applyFixes(text: string, fixes: readonly Fix[], eol: '\n' | '\r\n'): { text: string; applied: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const resolved = fixes
    .map((fix) => ({
      edits: fix.edits
        .map((e) => ({ start: offsetIn(text, lineStarts, e.range.start), end: offsetIn(text, lineStarts, e.range.end), text: e.text.replace(/\r?\n/g, eol) }))
        .sort((a, b) => a.start - b.start || a.end - b.end),
    }))
    .filter((f) => f.edits.length > 0)
    .sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
  const taken: { start: number; end: number }[] = [];
  const chosen: { start: number; end: number; text: string }[] = [];
  let applied = 0;
  for (const fix of resolved) {
    const clash = fix.edits.some((e, i) => (i > 0 && e.start < fix.edits[i - 1]!.end) || taken.some((t) => e.start <= t.end && t.start <= e.end));
    if (clash) continue;
    for (const e of fix.edits) {
      taken.push(e);
      chosen.push(e);
    }
    applied++;
  }
  let out = text;
  for (const e of chosen.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}

/**
 * Lints, applies the fixes, and repeats until nothing more applies (at most MAX_FIX_PASSES times).
 * `lint` gets the text and returns its findings; only fixes for `file` itself are applied.
 */
export function fixLoop(text: string, eol: '\n' | '\r\n', file: string, unsafe: boolean, lint: (text: string) => Finding[]): FixOutcome {
  let current = text;
  let applied = 0;
  let findings = lint(current);
  const before = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = findings.filter((f) => f.fix && f.file === file && (f.fix.safe || unsafe)).map((f) => f.fix!);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes, eol);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    findings = lint(current);
  }
  return { text: current, applied, findings, before };
}

/** Replaces a file's content atomically (temporary file in the same folder, then rename), keeping its mode. */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.dlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  const mode = fs.statSync(file).mode;
  try {
    fs.writeFileSync(tmp, content, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
