import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { firstInSource } from '../src/shell/order.js';
import { runInstructions } from '../src/shell/installs.js';

export default defineRule({
  meta: {
    id: 'no-sudo',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: '`sudo` inside `RUN`.',
    docs: {
      why:
        '`RUN` already executes as the user set by `USER`; `sudo` adds a setuid binary and a sudoers configuration to the image (a privilege-escalation path at run time), and its TTY, environment and signal handling make builds behave unpredictably. Switch with `USER root` for the steps that need root and back to the unprivileged user afterwards; to run a program as another user from a root entrypoint, use `gosu` or `su-exec`. Only `sudo` run as a command is reported, not installing the `sudo` package. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): a developer works there as their own user, for whom `sudo` is the idiom (workspace bases already carry it), and nothing ships from it.',
      bad: 'USER app\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl',
      good: 'USER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app',
    },
    fixable: false,
    covers: ['DL3004'],
    tags: ['security'],
  },
  check({ model, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const instruction of runInstructions(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      // One finding per RUN: the first `sudo` is enough to act on.
      const sudo = firstInSource(instruction.run!.script!.commands.filter((c) => c.name === 'sudo'));
      if (!sudo) continue;
      report({
        range: sudo.argv[0]!.range,
        message: 'Do not use `sudo` in `RUN`; run the step with `USER root` (and switch back afterwards), or use `gosu` to run as another user.',
      });
    }
  },
});
