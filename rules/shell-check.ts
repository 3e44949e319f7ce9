import type { Instruction } from '../src/model/types.js';
import { defineRule, type RuleContext } from '../src/rule.js';
import { hasOption, isCall } from '../src/shell/invocation.js';
import { firstInSource } from '../src/shell/order.js';
import { runInstructions } from '../src/shell/installs.js';
import { curlGlobbedUrls } from '../src/shell/downloads.js';
import { runShellFacts } from '../src/shellcheck/dialect.js';
import type { SimpleCommand } from '../src/shell/types.js';

/** Builtins that only change the state of the shell that runs them (gone when the RUN ends). */
const SHELL_STATE = new Set(['set', 'cd', 'export', 'unset', 'alias', 'unalias', 'shopt', 'umask', 'pushd', 'popd', 'declare', 'typeset', 'readonly']);
/** Files whose sourcing only sets variables of the current shell. */
const ENV_SCRIPT = /(^|\/)(activate|\.bashrc|\.bash_profile|\.profile|\.zshrc|profile|conda\.sh|[^/]*\.env)$/;
/** Shells that expand `{a,b}`: commands inside `bash -c '…'` get it even under a dash `/bin/sh`. */
const BRACE_SHELLS = new Set(['bash', 'zsh', 'ksh', 'mksh']);

export default defineRule({
  meta: {
    id: 'shell-check',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'Shell mistakes in `RUN` that the shell parser proves: unparseable shell, a RUN that only changes its own shell, `rm -rf /`, brace expansion under a `/bin/sh` without it.',
    docs: {
      why:
        'Four checks, each certain from the parsed script:\n\n' +
        '- **Unparseable shell** (error): an unclosed quote, a `then` without `fi`, a stray `)`. The build fails at this step, or worse, a quote left open swallows the lines after it. Reported once per RUN, where the parser stopped.\n' +
        '- **A RUN that only changes its own shell**: `RUN set -eu`, `RUN cd /app`, `RUN export X=1`, `RUN source venv/bin/activate`, `RUN conda activate env`. Every RUN starts a new shell, so the change is gone before the next instruction. Use `SHELL` for shell options, `WORKDIR` for the directory, `ENV` for variables (`ENV PATH=/opt/venv/bin:$PATH` activates a virtualenv).\n' +
        "When ShellCheck runs (the `shellcheck` rule), the first and third checks leave the RUNs it reads to it, so nothing is reported twice.\n\n" +
        '- **Removing the root directory** (error): `rm -rf /`, `rm -rf --no-preserve-root /`, `rm -rf /*`. GNU rm refuses a recursive `/` (the RUN fails); `--no-preserve-root` and the `/*` glob (expanded by the shell to every top-level folder, which the protection does not cover) delete the image\'s filesystem. A quoted `"/*"` is not expanded and not reported.\n' +
        "- **Brace expansion under dash or BusyBox**: `mkdir -p /app/{data,logs}` or `rm -rf /var/lib/{apt,dpkg}` in a Debian, Ubuntu or Alpine image whose `RUN` shell is `/bin/sh`. Only bash expands braces; `sh` takes the word literally, so the command silently creates or deletes the wrong path. List the paths, or run the step with `SHELL [\"/bin/bash\", \"-c\"]` Not in a URL of curl (`curl -O https://…/x.zip{,.sig}`, unless `-g`): curl expands the braces itself.",
      bad: 'FROM ubuntu:24.04\nRUN set -eu\nRUN mkdir -p /srv/{data,logs}\nRUN echo "unclosed',
      good: 'FROM ubuntu:24.04\nRUN set -eu; mkdir -p /srv/data /srv/logs\nRUN echo "closed"',
    },
    fixable: false,
    // ShellCheck's codes for a parse error and for brace expansion in sh, as hadolint users write them in ignores.
    covers: ['SC1072', 'SC1073', 'SC3009'],
  },
  check(context) {
    for (const instruction of runInstructions(context.model)) {
      const script = instruction.run!.script!;
      // ShellCheck reports unparseable shell (SC1xxx) and brace expansion under sh (SC3009) itself, in more detail.
      const deferred = context.shellcheck?.checks(context.model, instruction) ?? false;
      if (script.error) {
        if (deferred) continue;
        context.report({
          range: script.error.range,
          message: script.error.tooDeep
            ? `The shell in this RUN is not analysed: ${script.error.message}; split it into smaller steps or a script file.`
            : `The shell in this RUN cannot be parsed: ${script.error.message}; fix the shell syntax.`,
          severity: 'error',
        });
        continue;
      }
      stateOnly(instruction, context);
      rootRemoval(instruction, context);
      if (!deferred) braceExpansion(instruction, context);
    }
  },
});

function stateOnly(instruction: Instruction, { report }: RuleContext): void {
  const commands = instruction.run!.script!.commands;
  if (commands.length === 0 || !commands.every(onlyChangesShell)) return;
  const first = firstInSource(commands)!;
  const shown = first.argv.map((w) => w.value).join(' ');
  report({
    range: first.argv[0]!.range,
    message: `This RUN only changes its own shell (\`${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}\`), which ends with it: no later instruction sees the change; ${advice(first)}.`,
  });
}

/**
 * `rm -rf /`, `rm -rf --no-preserve-root /`, `rm -rf /*`: GNU rm refuses a recursive `/` unless told not to (the RUN
 * fails); with `--no-preserve-root`, or with `/*` (the shell expands it to every top-level folder, which the
 * protection does not cover), it deletes the image's filesystem.
 */
function rootRemoval(instruction: Instruction, { report }: RuleContext): void {
  for (const cmd of instruction.run!.script!.commands) {
    const inv = cmd.invocation;
    if (!isCall(inv, 'rm') || !hasOption(inv, '-r', '-R', '--recursive')) continue;
    // A quoted `"/*"` is not expanded: rm looks for a file named `*`.
    const target = inv.operands.find((w) => w.literal && (/^\/+\.?$/.test(w.value) || (!w.quoted && /^\/+\*$/.test(w.value))));
    if (!target) continue;
    const glob = target.value.endsWith('*');
    const what = glob
      ? `\`${target.value}\` expands to every top-level folder, which GNU rm's protection of \`/\` does not cover: it deletes the image's whole filesystem`
      : hasOption(inv, '--no-preserve-root')
        ? '`--no-preserve-root` lets rm delete the image\'s whole filesystem'
        : 'GNU rm refuses it ("it is dangerous to operate recursively on \'/\'") and the RUN fails; a rm without that protection deletes the image\'s whole filesystem';
    report({ range: target.range, severity: 'error', message: `\`rm\` removes the root directory: ${what}; name the folders to delete instead.` });
  }
}

function onlyChangesShell(cmd: SimpleCommand): boolean {
  if (!cmd.name || cmd.wrappedBy !== null) return false;
  if (SHELL_STATE.has(cmd.name)) return true;
  if (cmd.name === 'source' || cmd.name === '.') {
    const file = cmd.invocation.operands[0];
    return !!file && file.literal && ENV_SCRIPT.test(file.value) && cmd.args.length === 1;
  }
  return cmd.invocation.tool === 'conda' && (cmd.invocation.subcommand === 'activate' || cmd.invocation.subcommand === 'deactivate');
}

function advice(cmd: SimpleCommand): string {
  switch (cmd.name) {
    case 'set':
      return `put \`${cmd.argv.map((w) => w.value).join(' ')}\` at the start of each RUN that needs it, or set the options with \`SHELL\``;
    case 'cd':
    case 'pushd':
    case 'popd':
      return 'use `WORKDIR`';
    case 'source':
    case '.':
    case 'conda':
    case 'mamba':
    case 'micromamba':
      return 'set the variables it defines with `ENV` (e.g. `ENV PATH=/opt/venv/bin:$PATH`), or source it in the RUN that needs it';
    default:
      return 'use `ENV` for variables';
  }
}

function braceExpansion(instruction: Instruction, { report }: RuleContext): void {
  const run = instruction.run!;
  if (instruction.heredocs.length > 0 || instruction.state.shell[0]?.split('/').pop() !== 'sh') return;
  // The image's `/bin/sh`, known to be dash or BusyBox ash (the shell-check dialect `dash` covers both).
  const facts = runShellFacts(instruction);
  if (!facts?.known || facts.dialect !== 'dash') return;
  const system = facts.busybox ? 'busybox' : 'dash';
  for (const cmd of run.script!.commands) {
    if (cmd.wrappedBy && BRACE_SHELLS.has(cmd.wrappedBy)) continue;
    // curl globs its URLs itself: the braces the shell leaves there still expand (`curl -O https://…/x.zip{,.sig}`).
    const globbed = curlGlobbedUrls(cmd);
    for (const word of cmd.argv) {
      if (globbed.some((w) => w.range.start.line === word.range.start.line && w.range.start.column === word.range.start.column)) continue;
      if (!word.literal || word.quoted || !/\{[^{},\s]*,[^{}\s]*\}|\{[0-9a-z]+\.\.[0-9a-z]+\}/.test(word.value)) continue;
      report({
        range: word.range,
        message: `\`${word.value}\` relies on brace expansion, which \`/bin/sh\` (${system === 'dash' ? 'dash' : 'BusyBox ash'}) does not do: the word is used literally; list the paths one by one or set \`SHELL ["/bin/bash", "-c"]\`.`,
      });
      return;
    }
  }
}
