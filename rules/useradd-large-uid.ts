import { defineRule } from '../src/rule.js';
import { processWord } from '../src/model/words.js';
import { commands, flagValue, hasFlag } from '../src/shell/query.js';

/** hadolint's threshold: a UID of more than five digits. */
const MAX_SHORT_UID = 99999;

export default defineRule({
  meta: {
    id: 'useradd-large-uid',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: '`useradd` with a UID above 99999 without `-l` / `--no-log-init`.',
    docs: {
      why:
        '`useradd` reserves a record for the new UID in `/var/log/lastlog` and `/var/log/faillog`, which are indexed by UID: a UID of 1000000 makes them sparse files of hundreds of MB. Docker does not keep layer files sparse, so the build slows down, can exhaust the disk, and the image grows. `-l` (`--no-log-init`) skips those records.',
      bad: 'RUN useradd -u 1000001 -m app',
      good: 'RUN useradd -l -u 1000001 -m app',
    },
    fixable: false,
    covers: ['DL3046'],
  },
  check({ model, report }) {
    for (const { instruction, command } of commands(model, 'useradd')) {
      if (hasFlag(command, 'l', '--no-log-init')) continue;
      const raw = flagValue(command, ['-u', '--uid']);
      if (raw === null) continue;
      const e = processWord(raw, instruction.state.env);
      if (e.unresolved.length || !/^\d+$/.test(e.value) || Number(e.value) <= MAX_SHORT_UID) continue;
      report({
        range: command.argv[0]!.range,
        message: `\`useradd\` with UID ${e.value} without \`-l\` writes huge sparse \`lastlog\`/\`faillog\` files into the layer; add \`-l\` (\`--no-log-init\`).`,
      });
    }
  },
});
