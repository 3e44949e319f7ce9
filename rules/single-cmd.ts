import { defineRule } from '../src/rule.js';
import type { Instruction } from '../src/model/types.js';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'single-cmd',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'More than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in one stage.',
    docs: {
      why:
        'An image has one `CMD`, one `ENTRYPOINT` and one `HEALTHCHECK`: only the last of each in a stage takes effect, so the earlier ones are dead code that readers take for real. The earlier instruction is reported. To run several processes, use one entrypoint script or a process manager. (`CMD` inside `HEALTHCHECK` is part of the health check, not a second `CMD`.)',
      bad: 'FROM python:3.12-slim\nCMD ["python", "migrate.py"]\nCMD ["python", "serve.py"]',
      good: 'FROM python:3.12-slim\nCOPY start.sh /usr/local/bin/start.sh\nCMD ["/usr/local/bin/start.sh"]',
    },
    fixable: false,
    covers: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const keyword of ONCE) {
        const all = stage.instructions.filter((i) => i.keyword === keyword);
        const last: Instruction | undefined = all[all.length - 1];
        for (const earlier of all.slice(0, -1)) {
          report({
            range: earlier.keywordRange,
            message: `Only the last \`${keyword}\` of a stage takes effect, and line ${last!.range.start.line} overrides this one; remove it or merge the two.`,
          });
        }
      }
    }
  },
});
