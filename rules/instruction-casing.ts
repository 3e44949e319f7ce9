import { INSTRUCTIONS } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';

const KNOWN = new Set(INSTRUCTIONS);

function consistent(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
}

export default defineRule({
  meta: {
    id: 'instruction-casing',
    category: 'style',
    severity: 'style',
    preset: 'recommended',
    description: 'Instructions not in one consistent case, `FROM … as` casing mismatch, or a stage name that is not lower-case.',
    docs: {
      why:
        'Instructions are case-insensitive, but a file that mixes `run` and `RUN` (or writes `Run`) is harder to scan; the convention is upper case, and BuildKit reports instructions that differ from the majority of the file. `FROM … AS name` reads best when `AS` matches `FROM`, and stage names are lower-cased by BuildKit anyway (`COPY --from=Builder` finds `builder`), so write them lower-case.',
      bad: 'FROM python:3.12-slim as Builder\nrun pip wheel --wheel-dir /wheels .',
      good: 'FROM python:3.12-slim AS builder\nRUN pip wheel --wheel-dir /wheels .',
      fixSafety: 'Safe: casing of keywords and stage names does not change the build.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['ConsistentInstructionCasing', 'FromAsCasing', 'StageNameCasing'],
  },
  check({ model, report }) {
    const instructions = model.instructions.filter((i) => KNOWN.has(i.keyword));
    let lower = 0;
    let upper = 0;
    for (const ins of instructions) {
      if (!consistent(ins.keywordText)) continue;
      if (ins.keywordText === ins.keywordText.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of instructions) {
      const want = majorityLower ? ins.keywordText.toLowerCase() : ins.keywordText.toUpperCase();
      if (ins.keywordText === want) continue;
      report({
        range: ins.keywordRange,
        message: `\`${ins.keywordText}\` should be written \`${want}\`, like the ${majorityLower ? 'lower' : 'upper'}-case majority of instructions.`,
        fix: { description: `Write ${want}`, edits: [{ range: ins.keywordRange, text: want }] },
      });
    }
    for (const stage of model.stages) {
      const from = stage.from;
      const as = from.args[1];
      if (as && from.args.length === 3 && as.value.toLowerCase() === 'as' && consistent(from.keywordText)) {
        const want = from.keywordText === from.keywordText.toLowerCase() ? 'as' : 'AS';
        if (as.value !== want) {
          report({
            range: as.range,
            message: `\`${as.value}\` should match the casing of \`${from.keywordText}\`: write \`${want}\`.`,
            fix: { description: `Write ${want}`, edits: [{ range: as.range, text: want }] },
          });
        }
      }
      const written = from.args[2];
      if (stage.name && written && as?.value.toLowerCase() === 'as' && written.value !== written.value.toLowerCase()) {
        report({
          range: written.range,
          message: `Stage name \`${written.value}\` should be lower-case: \`${written.value.toLowerCase()}\` (BuildKit lower-cases it anyway).`,
          fix: { description: `Write ${written.value.toLowerCase()}`, edits: [{ range: written.range, text: written.value.toLowerCase() }] },
        });
      }
    }
  },
});
