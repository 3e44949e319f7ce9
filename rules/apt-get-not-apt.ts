import { defineRule } from '../src/rule.js';
import { aptReplacement } from '../src/knowledge/apt-subcommands.js';
import { runCommands } from '../src/shell/installs.js';

export default defineRule({
  meta: {
    id: 'apt-get-not-apt',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: '`apt` used in a `RUN` instead of `apt-get` / `apt-cache`.',
    docs: {
      why:
        '`apt` is the interactive front end: its output and behaviour are tuned for people and may change between releases, and it warns "apt does not have a stable CLI interface" in scripts. `apt-get` and `apt-cache` are the stable, scriptable tools with the same subcommands. `apt list` has no twin there: `dpkg-query -l` lists what is installed (`apt list --installed`), `apt-mark showmanual` what was installed by hand, `apt-cache policy` the versions of a package; the message names the one that fits (`src/knowledge/apt-subcommands.ts`).',
      bad: 'RUN apt update && apt install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*',
      fixSafety:
        'The fix replaces `apt` by `apt-get` for subcommands both run the same way (`update`, `install`, `remove`, …); it is marked unsafe for `upgrade`, which in `apt` may install new packages, and not offered where the stable command is another: `apt-cache` for `show`, `search`, `policy`…, and for `apt list`, which neither has, `dpkg-query -l` (`--installed`), `apt-mark showmanual` (`--manual-installed`), `apt-get --simulate upgrade` (`--upgradable`) or `apt-cache policy` (the versions of a package), as the message says.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3027'],
  },
  check({ model, report }) {
    for (const { command } of runCommands(model)) {
      if (command.name !== 'apt') continue;
      const program = command.argv[0]!;
      const sub = command.invocation.path[0]?.value ?? null;
      const row = sub === null ? null : aptReplacement(sub, command.invocation.options.map((o) => o.name));
      const fixable = !program.quoted && row?.fix !== undefined;
      report({
        range: program.range,
        message: `\`apt\` has no stable command-line interface for scripts; use ${row ? `\`${row.instead}\`` : '`apt-get` / `apt-cache`'} instead.`,
        ...(fixable
          ? {
              fix: {
                description: 'Replace `apt` by `apt-get`',
                edits: [{ range: program.range, text: `${program.value}-get` }],
                safe: row.fix === 'safe',
              },
            }
          : {}),
      });
    }
  },
});
