import { defineRule } from '../src/rule.js';
import { hasFlag, runInstructions } from '../src/shell/query.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { answeredByPipe, aptCalls, resolveArgs, settingWrittenBefore } from '../src/shell/package-managers.js';

const ASSUME_YES_CONFIG = /APT::Get::Assume-?Yes\s*[=\s]\s*"?(true|1|yes)\b/i;

export default defineRule({
  meta: {
    id: 'apt-get-yes',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: '`apt-get install` without `-y` (or `--yes`, `--assume-yes`, `-qq`).',
    docs: {
      why:
        'A build has no terminal to answer apt\'s "Do you want to continue?" prompt: without `-y` apt reads end-of-input, aborts, and the build fails as soon as the install needs anything. `DEBIAN_FRONTEND=noninteractive` silences debconf questions but does not answer this prompt.',
      bad: 'RUN apt-get update && apt-get install --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      fixSafety: 'The fix adds `-y` after `install`; a build that worked without it installs the same packages.',
    },
    fixable: true,
    covers: ['DL3014'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      for (const { command, subcommand } of aptCalls(script, 'install')) {
        const { command: resolved, opaqueOptions } = resolveArgs(command, ins.state.env);
        if (opaqueOptions || assumesYes(resolved) || answeredByPipe(script, command)) continue;
        if (settingWrittenBefore(model, ins, ASSUME_YES_CONFIG)) continue;
        report({
          range: subcommand.range,
          message: `\`${command.name} install\` without \`-y\` stops at the confirmation prompt and fails the build; add \`-y\`.`,
          ...(subcommand.quoted
            ? {}
            : { fix: { description: 'Add `-y`', edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: ' -y' }], safe: true } }),
        });
      }
    }
  },
});

/** `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`, `-q=2`, `-q -q`), or `-o APT::Get::Assume-Yes=true`. */
function assumesYes(cmd: SimpleCommand): boolean {
  // Simulation (`-s`) never prompts.
  if (hasFlag(cmd, 'ys', '--yes', '--assume-yes', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act')) return true;
  let quiet = 0;
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    const level = /^(?:-q|--quiet)=(\d+)$/.exec(a);
    if (level) quiet += Number(level[1]);
    else if (a === '--quiet') quiet++;
    else if (/^-[A-Za-z]+$/.test(a)) quiet += a.split('q').length - 1;
    if ((a === '-o' || a === '--option') && ASSUME_YES_CONFIG.test(args[i + 1] ?? '')) return true;
    if (/^(-o|--option=)/.test(a) && ASSUME_YES_CONFIG.test(a.replace(/^(-o|--option=)/, ''))) return true;
  }
  return quiet >= 2;
}
