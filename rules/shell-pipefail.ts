import { type SystemShell, systemShellOf } from '../src/knowledge/system-shell.js';
import { defineRule } from '../src/rule.js';
import { firstInSource } from '../src/shell/order.js';
import { runInstructions } from '../src/shell/installs.js';
import type { Pipeline, SimpleCommand } from '../src/shell/types.js';
import type { Instruction } from '../src/model/types.js';

export default defineRule({
  meta: {
    id: 'shell-pipefail',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: '`RUN` with a pipe but without `pipefail`, so a failure on the left of the pipe does not fail the build.',
    docs: {
      why:
        'A pipeline\'s exit status is that of its last command: in `curl -fsSL https://… | tar xz` a failed download still gives `tar` an empty input, the step "succeeds" and the image is built without the files. `pipefail` makes the pipeline fail when any command in it fails. Debian and Ubuntu run `RUN` with `/bin/sh` (dash), which rejects `set -o pipefail` ("Illegal option -o pipefail": the build fails, and this rule reports it); switch the shell with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Alpine: `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`), or start the script with `set -o pipefail` where the shell supports it (bash, BusyBox ash: the message offers it only there).\n\nAs in hadolint, a pipe inside `$(…)` counts too: `v="$(curl -fsSL https://… | jq -r .tag)"` hides a failed download just the same. Not reported: pipes fed only by commands that cannot fail (`echo`, `printf`, `cat` of a heredoc), and `yes | …`, which `pipefail` would break (`yes` is killed by SIGPIPE when the reader exits).',
      bad: 'RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin',
      good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin',
    },
    fixable: false,
    covers: ['DL4006'],
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const support = pipefailSupport(instruction);
      // dash rejects `set -o pipefail` ("Illegal option -o pipefail") and the RUN fails.
      if (support === 'rejects') {
        for (const set of instruction.run!.script!.commands.filter(setsPipefailOption)) {
          report({
            range: set.range,
            severity: 'error',
            message: `\`/bin/sh\` is dash in this image, which rejects \`set -o pipefail\` ("Illegal option -o pipefail") and fails the build; use \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before this RUN instead.`,
          });
        }
      }
      // SHELL does not apply to exec form: there the JSON names the shell (the model reads its flags).
      if (!instruction.run!.execForm && setsPipefail(instruction.state.shell)) continue;
      const unprotected = instruction.run!.script!.pipelines.filter((p) => !p.pipefail && failingSource(p));
      // One finding per RUN, at the first such pipe: one SHELL line fixes them all.
      const pipe = firstInSource(unprotected);
      if (!pipe) continue;
      const source = failingSource(pipe)!;
      // `set -o pipefail` only where the RUN's shell is known to take it (not dash, nor a shell dlint cannot name).
      const orSet = support === 'accepts' ? ' (or `set -o pipefail` in it)' : '';
      const fix = instruction.run!.execForm
        ? 'start the shell with `-o pipefail` (`["/bin/bash", "-o", "pipefail", "-c", "…"]`)'
        : `add \`SHELL ["${shellFor(instruction)}", "-o", "pipefail", "-c"]\` before this RUN${orSet}`;
      report({
        range: pipe.commands[0]!.argv[0]!.range,
        message: `A failure of \`${source.name ?? source.argv[0]!.value}\` in this pipe would not fail the build; ${fix}.`,
      });
    }
  },
});

/** Whether a shell takes `set -o pipefail`, by program name (dash does not). */
const TAKES_PIPEFAIL: Readonly<Record<string, boolean>> = { bash: true, ash: true, busybox: true, zsh: true, ksh: true, mksh: true, dash: false };
const SYSTEM_SHELL_TAKES_PIPEFAIL: Readonly<Record<SystemShell, boolean>> = { bash: true, busybox: true, dash: false };

/**
 * Whether the shell that runs the RUN's script takes `set -o pipefail`: the program the SHELL (or the exec form)
 * names, and for `/bin/sh` the program the base image links it to.
 */
function pipefailSupport(instruction: Instruction): 'accepts' | 'rejects' | 'unknown' {
  const argv0 = instruction.run!.execForm ? instruction.json?.[0]?.value : instruction.state.shell[0];
  const program = (argv0 ?? '').split('/').pop() ?? '';
  const image = instruction.stage?.windows ? null : instruction.stage?.rootImage.name;
  const system = program === 'sh' && image ? systemShellOf(image) : null;
  const takes = program === 'sh' ? (system ? SYSTEM_SHELL_TAKES_PIPEFAIL[system] : undefined) : TAKES_PIPEFAIL[program];
  return takes === undefined ? 'unknown' : takes ? 'accepts' : 'rejects';
}

/** `set -o pipefail`, `set -euxo pipefail` run by the RUN's own shell (not a `bash -c` child). */
function setsPipefailOption(cmd: SimpleCommand): boolean {
  if (cmd.name !== 'set' || cmd.wrappedBy !== null) return false;
  return cmd.args.some((w, i) => /^-[a-zA-Z]*o$/.test(w.value) && cmd.args[i + 1]?.value === 'pipefail');
}

/** Alpine has no bash by default: its BusyBox ash knows pipefail. */
function shellFor(instruction: Instruction): string {
  const image = instruction.stage?.windows ? null : instruction.stage?.rootImage.name;
  return image && systemShellOf(image) === 'busybox' ? '/bin/ash' : '/bin/bash';
}

/** `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, also `-eo pipefail`, `-euxo pipefail`. */
function setsPipefail(shell: readonly string[]): boolean {
  return shell.some((w, i) => /^-[a-zA-Z]*o$/.test(w) && shell[i + 1] === 'pipefail');
}

/** Commands that produce their output without a way to fail that matters to the build. */
const CANNOT_FAIL = new Set(['echo', 'printf', 'true', ':']);

/** The first command before the pipe's last one whose failure the pipe would hide, or null. */
function failingSource(pipe: Pipeline): SimpleCommand | null {
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  const sources = pipe.commands.filter((c) => c.pipelineIndex < last);
  // `yes | apt-get …`: with pipefail, yes dies of SIGPIPE and the step fails; without it nothing is hidden.
  if (sources.some((c) => c.name === 'yes')) return null;
  return sources.find((c) => !cannotFail(c)) ?? null;
}

function cannotFail(cmd: SimpleCommand): boolean {
  if (cmd.name && CANNOT_FAIL.has(cmd.name)) return true;
  // `cat <<EOF | …` / `cat | …`: no file to miss.
  return cmd.name === 'cat' && cmd.invocation.operands.length === 0;
}
