/**
 * The commands the final image may run: the final stage's ENTRYPOINT and CMD (the model's `Stage.entrypoint` and
 * `Stage.cmd`; an exec-form ENTRYPOINT gets the CMD as arguments), every command they launch (`tini --`,
 * `uv run`, `python -m`, `sh -c "…"` bodies), and the CMD behind an entrypoint script. Each command is the shell
 * model's, read by the one command reader.
 */
import path from 'node:path';
import { workdirOf } from '../../context/copies.js';
import { launcherOf } from '../../knowledge/commands.js';
import type { DockerfileModel, Instruction, Stage } from '../../model/types.js';
import { launchedCommand, programName } from '../../shell/invocation.js';
import { rangeContains } from '../../shell/order.js';
import { parseExecForm } from '../../shell/parse.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import { runtimeEnv } from './values.js';

export interface Candidate {
  command: SimpleCommand;
  /** The instruction that holds a word (ENTRYPOINT and CMD words are combined). */
  ownerOf(word: Word): Instruction;
  /** Exec-form words: Docker does not expand `$VAR` in them. */
  exec: boolean;
  /** Directory the command starts in (WORKDIR, changed by an earlier `cd` in the same shell command). */
  cwd: string | null;
  /**
   * An exec-form ENTRYPOINT with no CMD: `docker run IMAGE …` (compose's `command:`) appends the arguments, so the
   * image's own words may not be all the server gets.
   */
  argumentsAtRun: boolean;
}

/** The ENTRYPOINT and CMD in force in the final image. */
export function effectiveCommand(model: DockerfileModel): { entrypoint: Instruction | null; cmd: Instruction | null } {
  return { entrypoint: model.finalStage?.entrypoint ?? null, cmd: model.finalStage?.cmd ?? null };
}

function execWords(instruction: Instruction): Word[] | null {
  return instruction.json?.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range })) ?? null;
}

/** The command's directory: the shell model's, relative to the final stage's WORKDIR (`/` when unset). */
function cwdOf(command: SimpleCommand, stage: Stage): string | null {
  const { root, segments } = command.cwd;
  if (root === '?') return null;
  return root === '/' ? `/${segments.join('/')}` : path.posix.join(workdirOf({ state: stage.endState }), ...segments);
}

/** The commands of a script, with the words an exec form passes as written. */
function candidates(commands: readonly SimpleCommand[], owners: Instruction[], execArgv: readonly Word[], stage: Stage, argumentsAtRun = false): Candidate[] {
  const ownerOf = (w: Word): Instruction => owners.find((o) => rangeContains(o.range, w.range)) ?? owners[0]!;
  const exec = new Set(execArgv.map((w) => `${w.range.start.line}:${w.range.start.column}`));
  return commands.map((command) => {
    const first = command.argv[0]!.range.start;
    return { command, ownerOf, exec: exec.has(`${first.line}:${first.column}`), cwd: cwdOf(command, stage), argumentsAtRun };
  });
}

/** An instruction's commands as the model parsed them (exec form: the argv, what it launches, `sh -c` bodies). */
function instructionCandidates(instruction: Instruction, stage: Stage, argumentsAtRun = false): Candidate[] {
  return candidates(instruction.script?.commands ?? [], [instruction], execWords(instruction) ?? [], stage, argumentsAtRun);
}

export function commandCandidates(model: DockerfileModel): Candidate[] {
  const stage = model.finalStage;
  if (!stage) return [];
  const { entrypoint, cmd } = effectiveCommand(model);
  const epWords = entrypoint && execWords(entrypoint);
  // `ENTRYPOINT []` runs the CMD alone.
  if (!entrypoint || epWords?.length === 0) return cmd ? instructionCandidates(cmd, stage) : [];
  // A shell-form ENTRYPOINT ignores CMD; an exec-form one without CMD takes its arguments from `docker run`.
  if (!epWords || !cmd) return instructionCandidates(entrypoint, stage, !!epWords && !cmd);
  const cmdWords = execWords(cmd);
  let out: Candidate[];
  if (cmdWords) {
    // Docker appends an exec-form CMD to an exec-form ENTRYPOINT: one command line.
    const argv = [...epWords, ...cmdWords];
    const range = { start: argv[0]!.range.start, end: argv[argv.length - 1]!.range.end };
    const script = parseExecForm(argv, range, model.lineIndex, { scope: runtimeEnv(stage), workdir: stage.endState.workdir });
    out = candidates(script.commands, [entrypoint, cmd], argv, stage);
  } else out = instructionCandidates(entrypoint, stage);
  // An entrypoint script usually ends in `exec "$@"`: the CMD is the server. (`python serve.py` + CMD args is not that.)
  // `ENTRYPOINT ["sh", "entrypoint.sh"]`: the script is the program.
  const shellRun = /^(sh|bash|dash|ash)$/.test(programName(epWords[0]!) ?? '') && epWords[1] && !epWords[1].value.startsWith('-');
  const program = epWords[shellRun ? 1 : 0]?.value.split('/').pop() ?? '';
  const epCommand = entrypoint.script?.commands[0];
  const onlyLauncher = !!epCommand && launcherOf(epCommand.name ?? '') !== null && launchedCommand(epCommand) === null;
  if (/\.sh$|entrypoint/i.test(program) || (onlyLauncher && !cmdWords)) out.push(...instructionCandidates(cmd, stage));
  return out;
}
