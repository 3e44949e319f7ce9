/**
 * System services a build runs for its own setup. A RUN step's processes all end with it, so a bare
 * `service nginx start` does nothing that lasts; but a RUN that starts PostgreSQL and creates a database with `psql`,
 * or lets apt start what it installs (policy-rc.d `exit 0`) and stops it cleanly before the layer is committed, does
 * work that stays in the image. Read once per model: each stage's RUNs in order, from the state of the stage it is
 * built on, so the walk stays linear in the number of commands.
 */
import { FactKey } from '../model/facts.js';
import type { DockerfileModel, Stage } from '../model/types.js';
import { IDLE_COMMANDS, POLICY_RC_D, SERVICE_CLIENTS, SERVICE_RUNNERS, SERVICE_STARTS, SERVICE_STOPS } from '../knowledge/services.js';
import { installsSystemPackages, runInstructions } from './installs.js';
import type { ShellScript, SimpleCommand } from './types.js';

export interface ServiceCall {
  /** The init script's name (`postgresql`); as written when it holds a variable. */
  name: string;
  action: string;
}

/** `service NAME ACTION`, `invoke-rc.d NAME ACTION` or `/etc/init.d/NAME ACTION`; null for other commands. */
export function serviceCall(command: SimpleCommand): ServiceCall | null {
  if (command.name !== null && SERVICE_RUNNERS.has(command.name)) {
    const [name, action] = command.args.filter((w) => !w.value.startsWith('-'));
    return name && action ? { name: name.value, action: action.value } : null;
  }
  const program = command.argv[0];
  const action = command.args[0];
  if (program?.literal && command.name !== null && program.value === `/etc/init.d/${command.name}` && action) return { name: command.name, action: action.value };
  return null;
}

/** What the build has done to services so far, at some point of a stage. */
interface ServiceState {
  /** Services a `service … start` of the stage or of a stage it is built on started. */
  started: Set<string>;
  /** A package was installed while policy-rc.d let maintainer scripts start services: any of them may be running. */
  installedWithStarts: boolean;
  /** policy-rc.d was overwritten to allow starts (`exit 0`) or removed. */
  startsAllowed: boolean;
}

const BUILD_TIME_SERVICE_CALLS = new FactKey<ReadonlySet<SimpleCommand>>();

/**
 * The service calls of the file's RUNs that serve build-time setup, which pointless-commands does not report:
 * a start the same RUN then uses (a client of the service such as `psql`, a package install whose maintainer scripts
 * may need it, or work followed by a stop of the same service), and a stop of a service that the build started
 * before it (by a start in this RUN or an earlier one of the stage's build, or by a package install after policy-rc.d
 * was set to allow starts). A bare `service x start` whose effect ends with its RUN is not among them.
 */
export function buildTimeServiceCalls(model: DockerfileModel): ReadonlySet<SimpleCommand> {
  return model.facts.get(BUILD_TIME_SERVICE_CALLS, () => {
    const kept = new Set<SimpleCommand>();
    const states = new Map<Stage, ServiceState>();
    for (const instruction of runInstructions(model)) {
      // An ONBUILD trigger runs in images built on this one, whose history the file does not show.
      const state = instruction.onbuild || !instruction.stage ? freshState() : stageState(instruction.stage, states);
      walkRun(instruction.run!.script!, state, kept);
    }
    return kept;
  });
}

function freshState(): ServiceState {
  return { started: new Set(), installedWithStarts: false, startsAllowed: false };
}

/** The stage's state so far; first asked for, it starts from its parent's (RUNs of a parent come before the stage's). */
function stageState(stage: Stage, states: Map<Stage, ServiceState>): ServiceState {
  const found = states.get(stage);
  if (found) return found;
  // Iterative: a chain of thousands of stages without RUNs must not overflow the stack.
  const missing: Stage[] = [];
  let s: Stage | null = stage;
  while (s && !states.has(s)) {
    missing.push(s);
    s = s.parent;
  }
  let base = s ? states.get(s)! : freshState();
  for (const m of missing.reverse()) {
    base = { started: new Set(base.started), installedWithStarts: base.installedWithStarts, startsAllowed: base.startsAllowed };
    states.set(m, base);
  }
  return base;
}

/** Clients by program name: the service names each one talks to. */
const CLIENT_SERVICES = new Map<string, RegExp[]>();
for (const { services, clients } of SERVICE_CLIENTS) for (const c of clients) CLIENT_SERVICES.set(c, [...(CLIENT_SERVICES.get(c) ?? []), services]);

function walkRun(script: ShellScript, state: ServiceState, kept: Set<SimpleCommand>): void {
  // This RUN's starts, by service, with the index of the start; and the index of the last command doing work.
  const starts = new Map<string, { command: SimpleCommand; at: number }>();
  let lastWork = -1;
  script.commands.forEach((command, at) => {
    const call = serviceCall(command);
    if (call) {
      if (SERVICE_STARTS.has(call.action)) {
        starts.set(call.name, { command, at });
        state.started.add(call.name);
      } else if (SERVICE_STOPS.has(call.action)) {
        // Start, work, stop: the service was started for the work in between.
        const start = starts.get(call.name);
        if (start && lastWork > start.at) kept.add(start.command);
        if (state.started.has(call.name) || state.installedWithStarts) kept.add(command);
      }
      return;
    }
    if (command.name === null || !IDLE_COMMANDS.has(command.name) || command.redirects.length > 0) lastWork = at;
    for (const service of CLIENT_SERVICES.get(programRun(command) ?? '') ?? []) for (const [name, start] of starts) if (service.test(name)) kept.add(start.command);
    if (installsSystemPackages(command)) {
      // Maintainer scripts may need a service started before them (a package that creates its database).
      for (const start of starts.values()) kept.add(start.command);
      if (state.startsAllowed) state.installedWithStarts = true;
    }
    const policy = policyChange(command);
    if (policy !== null) state.startsAllowed = policy;
  });
}

/**
 * The program the command runs: its own, or for `su postgres -c "psql …"` (`runuser` too) the first word of the command
 * string, which the shell model keeps as one word (su runs it with the user's login shell, not as a `sh -c` body).
 */
function programRun(command: SimpleCommand): string | null {
  if (command.name !== 'su' && command.name !== 'runuser') return command.name;
  const at = command.args.findIndex((w) => w.value === '-c' || w.value === '--command');
  const body = at >= 0 ? command.args[at + 1]?.value : command.args.find((w) => w.value.startsWith('--command='))?.value.slice('--command='.length);
  return body?.trim().split(/\s+/)[0]?.split('/').pop() ?? null;
}

/** The command lets maintainer scripts start services (true), forbids it again (false), or leaves policy-rc.d alone (null). */
function policyChange(command: SimpleCommand): boolean | null {
  if (command.redirects.some((w) => POLICY_RC_D.test(w.value))) {
    // `echo "#!/bin/sh\nexit 0"`: the `\n` is still two characters in the word.
    if (command.args.some((w) => /(?:^|\W|\\n)exit\s+0\b/.test(w.value))) return true;
    if (command.args.some((w) => /(?:^|\W|\\n)exit\s+10[01]\b/.test(w.value))) return false;
    return null;
  }
  // `rm -f /usr/sbin/policy-rc.d`, `mv /usr/sbin/policy-rc.d /tmp/`: without the file, invoke-rc.d starts services.
  const operands = command.args.filter((w) => !w.value.startsWith('-'));
  const removed = command.name === 'rm' ? operands : command.name === 'mv' ? operands.slice(0, -1) : [];
  return removed.some((w) => POLICY_RC_D.test(w.value)) ? true : null;
}
