import { defineRule } from '../src/rule.js';
import { runCommands } from '../src/shell/installs.js';

/** Subcommands `apt-get` runs the same way as `apt`. `upgrade` differs: `apt upgrade` may install new dependencies. */
const SAME_IN_APT_GET = new Set([
  'update', 'install', 'reinstall', 'remove', 'purge', 'autoremove', 'autopurge', 'dist-upgrade', 'full-upgrade',
  'clean', 'autoclean', 'distclean', 'source', 'build-dep', 'satisfy', 'download', 'changelog',
]);
const APT_CACHE = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc', 'madison']);

export default defineRule({
  meta: {
    id: 'apt-get-not-apt',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: '`apt` used in a `RUN` instead of `apt-get` / `apt-cache`.',
    docs: {
      why:
        '`apt` is the interactive front end: its output and behaviour are tuned for people and may change between releases, and it warns "apt does not have a stable CLI interface" in scripts. `apt-get` and `apt-cache` are the stable, scriptable tools with the same subcommands.',
      bad: 'RUN apt update && apt install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*',
      fixSafety:
        'The fix replaces `apt` by `apt-get` for subcommands both run the same way (`update`, `install`, `remove`, …); it is marked unsafe for `upgrade`, which in `apt` may install new packages, and not offered for `apt`-only subcommands such as `list`.',
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
      const cache = sub !== null && APT_CACHE.has(sub);
      const known = sub !== null && (cache || SAME_IN_APT_GET.has(sub) || sub === 'upgrade');
      const instead = known ? `\`${cache ? 'apt-cache' : 'apt-get'} ${sub}\`` : '`apt-get` / `apt-cache`';
      const fixable = !program.quoted && known && !cache;
      report({
        range: program.range,
        message: `\`apt\` has no stable command-line interface for scripts; use ${instead} instead.`,
        ...(fixable
          ? {
              fix: {
                description: 'Replace `apt` by `apt-get`',
                edits: [{ range: program.range, text: `${program.value}-get` }],
                safe: sub !== 'upgrade',
              },
            }
          : {}),
      });
    }
  },
});
