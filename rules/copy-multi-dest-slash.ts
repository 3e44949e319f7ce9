import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'copy-multi-dest-slash',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: '`COPY`/`ADD` with several sources whose destination does not end with `/`.',
    docs: {
      why:
        'With more than one source the destination must be a directory, and Docker only takes it as one when it ends with `/` (or is `.`): `COPY package.json package-lock.json /app` fails with "When using COPY with more than one source file, the destination must be a directory and end with a /". Add the trailing slash.',
      bad: 'COPY package.json package-lock.json /app',
      good: 'COPY package.json package-lock.json /app/',
      fixSafety: 'Safe: the instruction cannot build without the slash.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL3021'],
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      const copy = ins.copy;
      if (!copy?.dest || copy.sources.length + copy.heredocs.length < 2) continue;
      const dest = copy.dest.value;
      if (dest === null || dest.endsWith('/') || dest.endsWith('\\') || dest === '.' || dest === '..') continue;
      const fixable = !ins.json && !/["'\\]$/.test(copy.dest.raw);
      report({
        range: copy.dest.range,
        message: `\`${ins.keyword}\` has ${copy.sources.length + copy.heredocs.length} sources, so the destination \`${copy.dest.raw}\` must be a directory ending with \`/\`; write \`${copy.dest.raw}/\`.`,
        ...(fixable
          ? { fix: { description: `Append / to ${copy.dest.raw}`, edits: [{ range: { start: copy.dest.range.end, end: copy.dest.range.end }, text: '/' }] } }
          : {}),
      });
    }
  },
});
