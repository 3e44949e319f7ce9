import { defineRule } from '../src/rule.js';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  meta: {
    id: 'onbuild-invalid',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: '`ONBUILD` triggers `ONBUILD`, `FROM` or `MAINTAINER`.',
    docs: {
      why:
        '`ONBUILD` stores an instruction to run when another Dockerfile builds `FROM` this image. Chaining `ONBUILD ONBUILD`, or triggering `FROM` or `MAINTAINER`, is not allowed: BuildKit rejects the Dockerfile.',
      bad: 'ONBUILD ONBUILD RUN make',
      good: 'ONBUILD RUN make',
    },
    fixable: false,
    covers: ['DL3043'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const trigger = ins.trigger?.keyword;
      if (ins.keyword !== 'ONBUILD' || !trigger || !FORBIDDEN.has(trigger)) continue;
      report({
        range: ins.trigger!.range,
        message:
          trigger === 'ONBUILD'
            ? '`ONBUILD ONBUILD` is not allowed; an ONBUILD trigger cannot add another trigger.'
            : `\`${trigger}\` is not allowed as an ONBUILD trigger; remove it from the ONBUILD instruction.`,
      });
    }
  },
});
