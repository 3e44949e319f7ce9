import { defineRule } from '../src/rule.js';
import { callsIn, runInstructions } from '../src/shell/installs.js';
import type { Invocation } from '../src/shell/invocation.js';
import { settingWrittenBefore } from '../src/shell/caches.js';

const NO_RECOMMENDS_CONFIG = /APT::Install-Recommends\s*[=\s]\s*"?(false|0|no|off)\b/i;

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`apt-get install` without `--no-install-recommends`.',
    docs: {
      why:
        'By default apt also installs every package the requested ones merely *recommend*: documentation tools, X11 libraries, compilers. In images this often doubles the install size for nothing the container uses. `--no-install-recommends` (or `APT::Install-Recommends "false";` in `/etc/apt/apt.conf.d/`) installs only the hard dependencies; name the few recommended packages you need explicitly.',
      bad: 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
      fixSafety:
        'The fix adds `--no-install-recommends` after `install`. It is unsafe: a program may rely on a package that was only recommended (e.g. `ca-certificates` for `curl` over HTTPS).',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3015'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      for (const { command, invocation, subcommand } of callsIn(ins.run!.script!, 'apt', ['install'])) {
        if (invocation.opaqueOptions || skipsRecommends(invocation)) continue;
        if (settingWrittenBefore(model, ins, NO_RECOMMENDS_CONFIG)) continue;
        report({
          range: subcommand.range,
          message: `\`${command.name} install\` also installs recommended packages; add \`--no-install-recommends\` and name the extra packages you need.`,
          ...(subcommand.quoted
            ? {}
            : {
                fix: {
                  description: 'Add `--no-install-recommends`',
                  edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: ' --no-install-recommends' }],
                  safe: false,
                },
              }),
        });
      }
    }
  },
});

/** `--no-install-recommends`, `--install-recommends=no`, or `-o APT::Install-Recommends=false`. */
function skipsRecommends(inv: Invocation): boolean {
  return inv.options.some(
    (o) =>
      o.name === '--no-install-recommends' ||
      (o.name === '--install-recommends' && /^(false|0|no|off)$/i.test(o.value ?? '')) ||
      ((o.name === '-o' || o.name === '--option') && NO_RECOMMENDS_CONFIG.test(o.value ?? '')),
  );
}
