import { defineRule } from '../src/rule.js';
import { answeredByPipe, callsIn, fixesBroken, mayLeaveBroken, namesNoPackage, runInstructions } from '../src/shell/installs.js';
import { hasOption, type Invocation } from '../src/shell/invocation.js';
import { settingWrittenBefore } from '../src/shell/caches.js';

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
        'A build has no terminal to answer apt\'s "Do you want to continue?" prompt: without `-y` apt reads end-of-input, aborts, and the build fails as soon as the install needs anything. `DEBIAN_FRONTEND=noninteractive` silences debconf questions but does not answer this prompt. An install naming no package installs nothing and asks nothing, and is not reported; `apt-get -f install`, which installs what a `dpkg -i` left missing, is, unless it runs only after `dpkg -i x.deb &&` succeeded (every dependency was there, so there is nothing to install or confirm) and no earlier `RUN` of the stage (or of a stage it is built on) ran a `dpkg -i`.',
      bad: 'RUN apt-get update && apt-get install --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      fixSafety: 'The fix adds `-y` after `install`; a build that worked without it installs the same packages.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL3014'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      for (const { command, invocation, subcommand } of callsIn(script, 'apt', ['install'])) {
        if (invocation.opaqueOptions || assumesYes(invocation) || answeredByPipe(script, command)) continue;
        // Naming no package, it installs nothing and asks nothing; `apt-get -f install` may, completing what a `dpkg -i`
        // left broken, but not after `dpkg -i x.deb &&`: dpkg succeeded, so nothing is missing.
        if (namesNoPackage(command) && !(fixesBroken(invocation) && mayLeaveBroken(model, ins, command))) continue;
        if (settingWrittenBefore(model, ins, ASSUME_YES_CONFIG, command)) continue;
        report({
          range: subcommand.range,
          message: `\`${command.name} install\` without \`-y\` fails the build at the confirmation prompt whenever it must install more than the named packages or remove any; add \`-y\`.`,
          ...(subcommand.quoted
            ? {}
            : { fix: { description: 'Add `-y`', edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: ' -y' }], safe: true } }),
        });
      }
    }
  },
});

/** `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`, `-q=2`, `-q -q`), or `-o APT::Get::Assume-Yes=true`. */
function assumesYes(inv: Invocation): boolean {
  if (hasOption(inv, '-y', '--yes', '--assume-yes')) return true;
  if (inv.options.some((o) => (o.name === '-o' || o.name === '--option') && ASSUME_YES_CONFIG.test(o.value ?? ''))) return true;
  let quiet = 0;
  for (const o of inv.options) if (o.name === '-q' || o.name === '--quiet') quiet += o.value !== null && /^\d+$/.test(o.value) ? Number(o.value) : 1;
  return quiet >= 2;
}
