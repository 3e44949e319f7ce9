import { defineRule } from '../src/rule.js';
import { runInstructions } from '../src/shell/query.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { aptCalls, resolveArgs, settingWrittenBefore } from '../src/shell/package-managers.js';

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
    covers: ['DL3015'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      for (const { command, subcommand } of aptCalls(ins.run!.script!, 'install')) {
        const { command: resolved, opaqueOptions } = resolveArgs(command, ins.state.env);
        if (opaqueOptions || skipsRecommends(resolved)) continue;
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
function skipsRecommends(cmd: SimpleCommand): boolean {
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--no-install-recommends' || /^--install-recommends=(false|0|no|off)$/i.test(a)) return true;
    if ((a === '-o' || a === '--option') && NO_RECOMMENDS_CONFIG.test(args[i + 1] ?? '')) return true;
    if (/^(-o|--option=)./.test(a) && NO_RECOMMENDS_CONFIG.test(a.replace(/^(-o|--option=)/, ''))) return true;
  }
  return false;
}
