import { imageInitEntrypoint, INIT_PROGRAMS, initSignalsGroup } from '../src/knowledge/inits.js';
import { FactKey } from '../src/model/facts.js';
import { defineRule } from '../src/rule.js';
import type { BuildContext } from '../src/context/build-context.js';
import type { Instruction, Stage } from '../src/model/types.js';
import type { ShellScript, SimpleCommand } from '../src/shell/types.js';
import { execFormFix } from '../src/runtime/exec-form.js';
import { shellFacts, shellName } from '../src/shellcheck/dialect.js';

export default defineRule({
  meta: {
    id: 'exec-form-cmd',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: '`CMD` or `ENTRYPOINT` in shell form.',
    docs: {
      why:
        'In shell form Docker runs `/bin/sh -c "…"`: the shell is PID 1, it does not forward `SIGTERM`, so `docker stop` waits 10 seconds and kills the app without a clean shutdown. Use the JSON (exec) form; for a list of commands that needs the shell (`umask 0002 && export HOME=/app && ./start.sh`), or a command whose words the shell must expand (`gunicorn -w $((2 * $(nproc) + 1))`), which the exec form cannot run, put `exec` before its last command instead, which then takes the shell\'s place as PID 1 (a list that already does so, `cd /app && exec ./server`, is not reported). Under an init that signals only its child (`ENTRYPOINT ["tini", "--"]`) the shell gets the signals and keeps them; the message says so. A shell form that starts with `exec` hands PID 1 to the app and is accepted, and so is a lone simple command under a bash `SHELL`, or under `/bin/sh` on an Alpine or BusyBox base (BusyBox ash; also `node:${NODE_VERSION}-alpine`, whose version the build passes) or a Red Hat family base such as UBI, Rocky Linux, CentOS, Fedora or Amazon Linux (bash): bash and BusyBox ash run it in their own place, so it gets the signals; Debian\'s dash does not. Nor a shell-form CMD under an exec-form ENTRYPOINT that starts an init passing signals to the whole process group (`ENTRYPOINT ["dumb-init", "--", "./entrypoint.sh"]`, dumb-init\'s default, or `tini -g --`): the app the shell starts gets `SIGTERM` from it; so also under the base image\'s own such ENTRYPOINT, where the file sets none (Jupyter docker-stacks\' `jupyter/*-notebook` and `quay.io/jupyter/*-notebook`, `ENTRYPOINT ["tini", "-g", "--"]` since 2018). On the project\'s own base image (its Dockerfile found for certain, as for `non-root-user`) that sets a `SHELL`, the CMD runs under that SHELL, which the message names (`conda run … /bin/bash -c`: conda stays PID 1 and does not forward signals); no fix is offered there, since the exec form would leave what that SHELL sets up.',
      bad: 'CMD uvicorn app:app --host 0.0.0.0',
      good: 'CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      fixSafety:
        'Safe only when the shell would run the same words: every word plain (no `~`, globs, variables, quotes or escapes), one line, a POSIX `SHELL` without login or trace options, the program not a shell builtin, and the CMD handed to no ENTRYPOINT (none in the file and a base image whose ENTRYPOINT runs its arguments as given). Unsafe when an exec-form ENTRYPOINT (or an unknown one from the base image) would receive the words, and for an ENTRYPOINT, whose exec form receives the arguments of `docker run`. No fix for an ENTRYPOINT when a CMD is in force (exec form would pass the CMD to it), for a shell builtin, or after a leading `--flag` (BuildKit reads it as a flag and rejects it). A list of commands (`umask 0002 && ./start.sh`), or a command whose words need the shell, gets an unsafe fix that puts `exec` before its last command: the app then replaces the shell, so an `EXIT` trap the command line set no longer runs. Other commands with shell syntax (a pipe, a loop) get an unsafe fix that spells the shell out (`["/bin/sh", "-c", "…"]`): it behaves as before, the shell still does not forward signals, and only the warning goes.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3025', 'JSONArgsRecommended'],
  },
  check({ model, buildContext, report }) {
    for (const ins of model.instructions) {
      if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.looksLikeJson || !ins.argsRange) continue;
      const script = ins.script;
      // No script: a Windows or other non-POSIX shell, where this advice does not apply.
      if (script === null) continue;
      if (script.commands[0]?.name === 'exec') continue;
      // `cd /app && exec ./server`: the last command of the list takes the shell's place.
      const end = listEnd(script);
      if (end?.command.name === 'exec') continue;
      // bash and BusyBox ash run a lone simple command in their own place (`bash -c /setup.sh` and Alpine's
      // `/bin/sh -c /bin/app` exec it: no shell stays PID 1); Debian's dash keeps the shell (its package turns that off).
      // No SHELL in the file before it: the one the project's own base image sets (own-base.ts), if any, runs it.
      const inherited = inheritedShell(ins, buildContext);
      const shell = inherited ?? ins.state.shell;
      // A login shell (`-l`) reads the profile first and may not hand its place to the command.
      const login = shell.slice(1).some((o) => o === '--login' || /^-[a-z]*l[a-z]*$/.test(o));
      // dumb-init (or `tini -g`) as the ENTRYPOINT, the file's or the base image's, signals the whole process group: the
      // app the shell forks gets SIGTERM too.
      if (ins.keyword === 'CMD' && groupSignallingInit(ins)) continue;
      if (execsLoneCommand(ins, shell) && !login && script.statements.length === 1 && script.commands.length === 1 && script.commands[0]!.argv.length > 0) continue;
      // A list that needs the shell (`umask 0002 && ./start.sh`), or a command whose words do (`gunicorn -w $((2 * $(nproc) + 1))`):
      // `exec` before its (last) command hands PID 1 to the app, where the exec form could not run it.
      if (end) {
        const at = end.command.range.start;
        const program = end.command.argv[0]!.value;
        const where = !end.lone ? `start its last command with \`exec\` (\`… && exec ${program} …\`)` : `start it with \`exec\` (\`exec ${program} …\`; the exec form cannot expand its words)`;
        report({
          range: ins.argsRange,
          message: `${ins.keyword} in shell form runs under \`${shell.join(' ')}\`${inherited ? " (the SHELL of the project's own base image)" : ''}, which ${runsUnder(ins)}does not pass signals to the app; ${where}, so that the app takes the shell's place.`,
          fix: { description: `Start \`${program}\` with \`exec\` (unsafe: an EXIT trap the command line set no longer runs)`, edits: [{ range: { start: at, end: at }, text: 'exec ' }], safe: false },
        });
        continue;
      }
      // The exec form would not run under the base's SHELL (`conda run -p /app/env bash -c`): what it sets up is gone.
      const fix = inherited ? { text: null, why: `the exec form would not run under the base image's SHELL, which sets up what the command needs` } : execFormFix(ins, model.stages);
      report({
        range: ins.argsRange,
        message: `${ins.keyword} in shell form runs under \`${shell.join(' ')}\`${inherited ? " (the SHELL of the project's own base image)" : ''}, which does not pass signals to the app; use the exec form ${ins.keyword} ["…", "…"]${fix.text === null ? ` (no automatic fix: ${fix.why})` : ''}.`,
        ...(fix.text !== null ? { fix: { description: `Rewrite ${ins.keyword} as ${fix.text} (${fix.safe ? 'safe' : 'unsafe'}: ${fix.why})`, edits: [{ range: ins.argsRange, text: fix.text }], safe: fix.safe } } : {}),
      });
    }
  },
});

/**
 * The last command of a list of main-shell commands (`umask 0002 && export HOME=/app && ./start.sh`), or a lone command
 * (`lone`) whose words the shell must expand (`gunicorn -w $((2 * $(nproc) + 1))`), run where the shell is: not in a
 * pipe, a subshell or `$(…)`, and written as a plain word; null otherwise.
 */
function listEnd(script: ShellScript): { command: SimpleCommand; lone: boolean } | null {
  // A command a wrapper runs (`exec ./server`) is listed after the wrapper, and one in `$(…)` runs in a subshell: the
  // list's own commands are the others.
  const own = script.commands.filter((c) => c.wrappedBy === null && !c.subshell);
  const last = own[own.length - 1];
  if (!last?.name || !last.argv[0]?.literal) return null;
  // A lone command takes the exec form, unless its words need the shell to expand them.
  const lone = own.length === 1;
  if (lone && !last.argv.some((w) => w.value.includes('$'))) return null;
  // It ends the script's last statement, at its top level: not the body of a loop (`while :; do sleep 1; done`) nor sent to the background.
  const statement = script.statements[script.statements.length - 1];
  const end = statement?.range?.end;
  if (!statement || statement.background || !end || end.line !== last.range.end.line || end.column !== last.range.end.column) return null;
  return script.pipelines.some((p) => p.commands.length > 1 && p.commands.includes(last)) ? null : { command: last, lone };
}

/**
 * The instruction's shell is bash (named, or the `/bin/sh` of a Red Hat family base: UBI, Rocky, Alma, CentOS, Fedora,
 * Amazon Linux) or BusyBox ash (named, or the `/bin/sh` of an Alpine or BusyBox base, also one whose version the build
 * passes: `node:${NODE_VERSION}-alpine`): both exec a lone command.
 */
function execsLoneCommand(ins: Instruction, shell: readonly string[]): boolean {
  const name = shellName(shell[0] ?? '');
  if (name === null) return false;
  // A version left to the build (`node:${NODE_VERSION}-alpine`) still names the variant, and so the `/bin/sh`.
  const root = ins.stage?.rootImage;
  const image = ins.stage?.windows || !root ? null : (root.name ?? root.shapeName);
  const facts = shellFacts(name, image);
  return facts.busybox || facts.dialect === 'bash';
}

/**
 * The SHELL of the project's own base image (found for certain, own-base.ts) when neither the stage nor a stage it is
 * built on sets one before the instruction; null otherwise.
 */
function inheritedShell(ins: Instruction, buildContext: BuildContext | null): readonly string[] | null {
  const stage = ins.stage;
  const base = stage?.rootImage.name;
  if (!stage || !base || stage.windows) return null;
  if (stage.lineage.some((s) => s.instructions.some((i) => i.keyword === 'SHELL' && i.index < ins.index))) return null;
  return buildContext?.ownBase(base)?.shell ?? null;
}

/**
 * `stays PID 1 and ` where the shell is PID 1; under an init that signals only its child (`ENTRYPOINT ["tini", "--"]`),
 * `gets the init's signals but ` : the init is PID 1 and forwards to the shell, which keeps them.
 */
function runsUnder(ins: Instruction): string {
  const entry = ins.keyword === 'CMD' && ins.stage?.entrypoint?.looksLikeJson ? ins.stage.entrypoint.script?.commands[0]?.argv.map((w) => w.value) : null;
  return entry && INIT_PROGRAMS.has(entry[0]?.split('/').pop() ?? '') ? `gets the signals of \`${entry[0]}\` (PID 1) but ` : 'stays PID 1 and ';
}

/**
 * The CMD runs under an exec-form ENTRYPOINT whose program is an init that signals the whole process group: the file's
 * own, or, where the file sets none, the base image's (jupyter docker-stacks' `tini -g --`: imageInitEntrypoint).
 */
function groupSignallingInit(ins: Instruction): boolean {
  const stage = ins.stage;
  const entrypoint = stage?.entrypoint;
  if (entrypoint) {
    if (!entrypoint.looksLikeJson) return false;
    const first = entrypoint.script?.commands[0];
    return !!first && initSignalsGroup(first.argv.map((w) => w.value));
  }
  const base = stage?.rootImage.name;
  const inherited = base ? imageInitEntrypoint(base) : null;
  // None in force: none set, or `ENTRYPOINT []` cleared the base's, which leaves no init.
  return !!inherited && !setsEntrypoint(stage!) && initSignalsGroup(inherited);
}

const SETS_ENTRYPOINT = new FactKey<boolean>();

/** The stage or one it is built on has an ENTRYPOINT instruction (once per stage: CMDs may be many). */
function setsEntrypoint(stage: Stage): boolean {
  return stage.facts.get(SETS_ENTRYPOINT, () => stage.lineage.some((s) => s.instructions.some((i) => i.keyword === 'ENTRYPOINT')));
}
