import { defineRule } from '../src/rule.js';
import { runCommands } from '../src/shell/installs.js';
import { buildTimeServiceCalls, serviceCall } from '../src/shell/services.js';
import { SERVICE_STARTS } from '../src/knowledge/services.js';
import type { SimpleCommand } from '../src/shell/types.js';

/** Interactive or host-administration programs (hadolint DL3001's list plus `ifconfig`). */
const POINTLESS: Record<string, string> = {
  ssh: 'opens a remote session',
  telnet: 'opens a remote session',
  rlogin: 'opens a remote session',
  rsh: 'opens a remote session',
  mosh: 'opens a remote session',
  vim: 'is an interactive editor',
  vi: 'is an interactive editor',
  nano: 'is an interactive editor',
  pico: 'is an interactive editor',
  emacs: 'is an interactive editor',
  joe: 'is an interactive editor',
  micro: 'is an interactive editor',
  shutdown: 'powers off a machine',
  service: 'manages services of a running system',
  ps: 'lists running processes',
  free: 'reports memory of the build machine',
  top: 'monitors running processes',
  kill: 'signals running processes',
  mount: 'mounts filesystems',
  ifconfig: 'configures network interfaces',
};

export default defineRule({
  meta: {
    id: 'pointless-commands',
    category: 'correctness',
    severity: 'info',
    preset: 'recommended',
    description: 'A command that makes no sense in an image build (remote shells such as `ssh` or `telnet`, interactive editors such as `vim` or `nano`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`).',
    docs: {
      why:
        'A `RUN` step executes once, without a terminal, in a throwaway container whose processes all stop when the step ends. Interactive programs (`vim`, `top`, `ssh`) hang or fail, and commands that act on a running system (`service … start`, `kill`, `ps`, `free`, `mount`, `shutdown`, `ifconfig`) either fail without privileges or affect nothing that is kept in the image. Start services from `CMD`/`ENTRYPOINT` (or a process manager) at run time, and configure files instead of live state.\n\nA service the build starts for its own setup is not reported: a `service … start` that the same `RUN` then uses, through a client of the service (`psql`, `createdb`, `mysql`, `redis-cli`, `rabbitmqctl`…), a package install whose maintainer scripts may need it, or work followed by a `service … stop` of it (what that work writes stays in the image); nor a `service … stop` of a service the build started before it (by a start in the same or an earlier `RUN` of the stage, or by a package install after `/usr/sbin/policy-rc.d` was set to `exit 0` or removed, which lets apt start what it installs), which shuts it down cleanly before the layer is committed.\n\nOnly commands that are run are reported: installing `vim` or `procps`, `ssh-keygen`, `command -v ps`, and `vim` in batch mode (`vim -es +PlugInstall +qall`) are fine.',
      bad: 'RUN service nginx start && vim /etc/nginx/nginx.conf',
      good: 'COPY nginx.conf /etc/nginx/nginx.conf\nCMD ["nginx", "-g", "daemon off;"]',
    },
    fixable: false,
    covers: ['DL3001'],
  },
  check({ model, report }) {
    for (const { command } of runCommands(model)) {
      const name = command.name;
      if (name === null || !Object.hasOwn(POINTLESS, name)) continue;
      if ((name === 'vim' || name === 'vi' || name === 'emacs') && batchEditor(command)) continue;
      if (name === 'service' && buildTimeServiceCalls(model).has(command)) continue;
      const action = name === 'service' ? serviceCall(command)?.action : undefined;
      // Only a start has a run-time counterpart; a stop or a status of nothing the build started is just removed.
      const advice = SERVICE_STARTS.has(action ?? '') ? 'start services from `CMD`/`ENTRYPOINT` at run time instead' : 'remove it from the RUN';
      report({
        range: command.argv[0]!.range,
        message: `\`${name}\` ${POINTLESS[name]}, which has no lasting effect in an image build; ${name === 'service' ? advice : 'remove it from the RUN'}.`,
      });
    }
  },
});

/** `vim -es -u vimrc +PlugInstall +qall`, `emacs --batch -l init.el`: scripted, not interactive (installs plugins at build time). */
function batchEditor(cmd: SimpleCommand): boolean {
  return cmd.args.some((w) => /^\+/.test(w.value) || /^-[a-zA-Z]*[esc]$/.test(w.value) || ['--cmd', '--version', '--not-a-term', '--batch', '--script', '-batch'].includes(w.value));
}
