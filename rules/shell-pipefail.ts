import { systemShellOf } from '../src/knowledge/system-shell.js';
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
        'A pipeline\'s exit status is that of its last command: in `curl -fsSL https://… | tar xz` a failed download still gives `tar` an empty input, the step "succeeds" and the image is built without the files. `pipefail` makes the pipeline fail when any command in it fails. Debian and Ubuntu run `RUN` with `/bin/sh` (dash), which may not know `set -o pipefail`; switch the shell with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Alpine: `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`), or start the script with `set -o pipefail` where the shell supports it.\n\nAs in hadolint, a pipe inside `$(…)` counts too: `v="$(curl -fsSL https://… | jq -r .tag)"` hides a failed download just the same. Not reported: pipes fed only by commands that cannot fail (`echo`, `printf`, `cat` of a heredoc), and `yes | …`, which `pipefail` would break (`yes` is killed by SIGPIPE when the reader exits).',
      bad: 'RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin',
      good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin',
    },
    fixable: false,
    covers: ['DL4006'],
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      // SHELL does not apply to exec form: there the JSON names the shell (the model reads its flags).
      if (!instruction.run!.execForm && setsPipefail(instruction.state.shell)) continue;
      const unprotected = instruction.run!.script!.pipelines.filter((p) => !p.pipefail && failingSource(p));
      // One finding per RUN, at the first such pipe: one SHELL line fixes them all.
      const pipe = firstInSource(unprotected);
      if (!pipe) continue;
      const source = failingSource(pipe)!;
      const fix = instruction.run!.execForm
        ? 'start the shell with `-o pipefail` (`["/bin/bash", "-o", "pipefail", "-c", "…"]`)'
        : `add \`SHELL ["${shellFor(instruction)}", "-o", "pipefail", "-c"]\` before this RUN (or \`set -o pipefail\` in it)`;
      report({
        range: pipe.commands[0]!.argv[0]!.range,
        message: `A failure of \`${source.name ?? source.argv[0]!.value}\` in this pipe would not fail the build; ${fix}.`,
      });
    }
  },
});

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
