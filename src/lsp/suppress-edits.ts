/** "Disable <rule> for this line / file": the `# dlint-ignore` comments the suppression parser reads. */
import type { TextEdit } from 'vscode-languageserver';
import type { DockerfileModel } from '../model/types.js';

/** Left for the author to replace: a suppression should say why the finding is acceptable. */
export const REASON_PLACEHOLDER = 'TODO: why this is fine';

/**
 * `# dlint-ignore id -- reason` above the instruction holding `line` (1-based), indented like it; null when
 * the line is not part of an instruction (a comment cannot be suppressed line by line).
 */
export function ignoreLineEdit(model: DockerfileModel, line: number, ruleId: string, eol: string): TextEdit | null {
  const instruction = model.instructions.find((i) => i.range.start.line <= line && line <= i.range.end.line);
  if (!instruction) return null;
  const first = instruction.range.start.line;
  const indent = /^\s*/.exec(model.lines[first - 1] ?? '')![0];
  const at = { line: first - 1, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# dlint-ignore ${ruleId} -- ${REASON_PLACEHOLDER}${eol}` };
}

/** `# dlint-ignore-file id -- reason` at the top, below parser directives (which must stay first to count). */
export function ignoreFileEdit(model: DockerfileModel, ruleId: string, eol: string): TextEdit {
  const line = Math.max(0, ...model.directives.map((d) => d.range.end.line));
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `# dlint-ignore-file ${ruleId} -- ${REASON_PLACEHOLDER}${eol}` };
}
