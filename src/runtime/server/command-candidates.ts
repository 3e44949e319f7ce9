/**
 * The commands the final image may run: the final stage's ENTRYPOINT and CMD (inherited through `FROM <stage>`;
 * an ENTRYPOINT resets a CMD inherited from an earlier stage; an exec-form ENTRYPOINT gets the CMD as
 * arguments), the commands of `sh -c "…"` bodies, and the CMD behind an entrypoint script.
 */
import path from 'node:path';
import { workdirOf } from '../../context/copies.js';
import type { DockerfileModel, Instruction } from '../../model/types.js';
import type { Assignment, SimpleCommand, Word } from '../../shell/types.js';
import { readLaunch } from './launch.js';

export interface Candidate {
  words: Word[];
  /** The instruction each word comes from (ENTRYPOINT and CMD words are combined). */
  owners: Instruction[];
  assignments: Assignment[];
  /** Exec-form words: Docker does not expand `$VAR` in them. */
  exec: boolean;
  /** Directory the command starts in (WORKDIR, changed by an earlier `cd` in the same shell command). */
  cwd: string | null;
}

/** The ENTRYPOINT and CMD in force in the final image. */
export function effectiveCommand(model: DockerfileModel): { entrypoint: Instruction | null; cmd: Instruction | null } {
  let entrypoint: Instruction | null = null;
  let cmd: Instruction | null = null;
  for (const stage of [...(model.finalStage?.lineage ?? [])].reverse()) {
    let cmdInStage = false;
    for (const i of stage.instructions) {
      if (i.keyword === 'CMD') {
        cmd = i;
        cmdInStage = true;
      } else if (i.keyword === 'ENTRYPOINT') {
        entrypoint = i;
        // BuildKit: ENTRYPOINT clears a CMD that this stage did not set itself.
        if (!cmdInStage) cmd = null;
      }
    }
  }
  return { entrypoint, cmd };
}

function execWords(instruction: Instruction): Word[] | null {
  const json = instruction.json;
  if (!json) return null;
  return json.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range }));
}

function before(a: SimpleCommand, b: SimpleCommand): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.column < b.range.start.column);
}

/** Shell commands of an instruction's script, each with the directory it runs in. */
function shellCandidates(instruction: Instruction, skipFirst: boolean, workdir: string | null): Candidate[] {
  const commands = instruction.script?.commands ?? [];
  const out: Candidate[] = [];
  commands.forEach((command, k) => {
    if (skipFirst && k === 0) return;
    let cwd = workdir;
    for (const c of commands) {
      if (c === command || !before(c, command) || c.name !== 'cd' || c.subshell) continue;
      const arg = c.args[0];
      cwd = arg && arg.literal && cwd !== null && !arg.value.startsWith('~') && arg.value !== '-' ? path.posix.resolve(cwd, arg.value) : null;
    }
    out.push({ words: command.argv, owners: command.argv.map(() => instruction), assignments: command.assignments, exec: false, cwd });
  });
  return out;
}

function instructionCandidates(instruction: Instruction, workdir: string | null): Candidate[] {
  const words = execWords(instruction);
  if (!words) return shellCandidates(instruction, false, workdir);
  // Exec form: the argv itself, plus the commands of an `sh -c "…"` body.
  return [
    { words, owners: words.map(() => instruction), assignments: [], exec: true, cwd: workdir },
    ...shellCandidates(instruction, true, workdir),
  ];
}

export function commandCandidates(model: DockerfileModel): Candidate[] {
  const { entrypoint, cmd } = effectiveCommand(model);
  const workdir = model.finalStage ? workdirOf({ state: model.finalStage.endState }) : '/';
  if (!entrypoint) return cmd ? instructionCandidates(cmd, workdir) : [];
  const epWords = execWords(entrypoint);
  // A shell-form ENTRYPOINT ignores CMD.
  if (!epWords) return instructionCandidates(entrypoint, workdir);
  const out = instructionCandidates(entrypoint, workdir);
  if (!cmd) return out;
  const cmdWords = execWords(cmd);
  if (cmdWords) {
    out[0] = {
      words: [...epWords, ...cmdWords],
      owners: [...epWords.map(() => entrypoint), ...cmdWords.map(() => cmd)],
      assignments: [],
      exec: true,
      cwd: workdir,
    };
  }
  // An entrypoint script usually ends in `exec "$@"`: the CMD is the server. (`python serve.py` + CMD args is not that.)
  // `ENTRYPOINT ["sh", "entrypoint.sh"]`: the script is the program.
  const shellRun = /^(sh|bash|dash|ash)$/.test(epWords[0]?.value.split('/').pop() ?? '') && epWords[1] && !epWords[1].value.startsWith('-');
  const program = epWords[shellRun ? 1 : 0]?.value.split('/').pop() ?? '';
  const onlyLauncher = readLaunch(epWords, []) === null;
  if (/\.sh$|entrypoint/i.test(program) || (onlyLauncher && !cmdWords)) out.push(...instructionCandidates(cmd, workdir));
  return out;
}
