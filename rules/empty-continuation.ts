import { INSTRUCTIONS } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';

/** An instruction keyword starting a line: any case at column 1, upper case when indented. */
const KEYWORD = new RegExp(`^(${INSTRUCTIONS.join('|')})(\\s|$)`, 'i');
const INDENTED_KEYWORD = new RegExp(`^\\s+(${INSTRUCTIONS.join('|')})(\\s|$)`);

function startsInstruction(line: string): boolean {
  return KEYWORD.test(line) || INDENTED_KEYWORD.test(line);
}

export default defineRule({
  meta: {
    id: 'empty-continuation',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'A blank line inside an instruction continued with `\\`.',
    docs: {
      why:
        'Docker skips blank lines inside a continued instruction, but this is deprecated and will become an error in BuildKit. It also hides a real mistake: after `RUN a && \\` and a blank line, the next instruction is swallowed into the `RUN` (`RUN a && FROM …`). Remove the blank lines, or put a comment there; comment lines are fine.',
      bad: 'RUN apt-get update && \\\n\n    apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl',
      fixSafety: 'Safe: Docker ignores these lines today. Not offered when the blank line swallows an instruction.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['NoEmptyContinuation'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const blanks = ins.emptyContinuationLines;
      if (!blanks.length) continue;
      // The first content line after a blank one starts with an instruction keyword: the author meant a new instruction.
      const swallowed = blanks
        .map((blank) => {
          let line = blank + 1;
          while (line <= ins.range.end.line && /^\s*(#.*)?$/.test(model.lines[line - 1] ?? '')) line++;
          return line;
        })
        .find((line) => line <= ins.range.end.line && startsInstruction(model.lines[line - 1] ?? ''));
      const first = blanks[0]!;
      const range = { start: { line: first, column: 1 }, end: { line: first + 1, column: 1 } };
      if (swallowed) {
        const word = (model.lines[swallowed - 1] ?? '').trim().split(/\s+/)[0];
        report({
          range,
          message: `The \`${ins.keyword}\` above ends with a continuation, so the blank line is skipped and line ${swallowed} (\`${word}\`) becomes part of it; remove the trailing \`${model.escapeChar}\` before the blank line.`,
        });
        continue;
      }
      report({
        range,
        message: `Blank line${blanks.length > 1 ? 's' : ''} inside the continued \`${ins.keyword}\` (line${blanks.length > 1 ? 's' : ''} ${blanks.join(', ')}) will become an error in BuildKit; remove ${blanks.length > 1 ? 'them' : 'it'} or use a comment line.`,
        fix: {
          description: 'Remove the blank continuation lines',
          edits: blanks.map((line) => ({ range: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } }, text: '' })),
        },
      });
    }
  },
});
