import type { Range } from '../types.js';
import { type Invocation, readInvocation, resolveWords, type WordContext } from './invocation.js';
import type { Assignment, OrElse, SimpleCommand, Word } from './types.js';
import { type Dir, UNKNOWN_DIR } from './workdir.js';
import { EMPTY, orEmpty, orSame } from '../model/empty.js';

export interface CommandInit {
  argv: Word[];
  assignments: Assignment[];
  redirects?: readonly Word[];
  stdout?: Word | null;
  range: Range;
  wrappedBy?: string | null;
  launchers?: readonly string[];
  pipelineIndex?: number;
  subshell?: boolean;
  cwd?: Dir;
  runsIf?: readonly SimpleCommand[];
  orElse?: OrElse;
  /** Build variables to resolve the arguments with, for the invocation. */
  context?: WordContext | null;
}

export function makeCommand(init: CommandInit): SimpleCommand {
  const { argv } = init;
  const first = argv[0]!;
  const name = first.literal ? (first.value.split('/').pop() ?? first.value) : null;
  const args = argv.slice(1);
  const resolved = resolveWords(args, init.context ?? null);
  const invocation: Invocation = readInvocation([first, ...resolved.words], init.launchers ?? EMPTY, resolved.opaqueOptions);
  // Words no build variable changed: the command and its invocation share one list of them.
  invocation.args = orSame(invocation.args, args);
  invocation.operands = orSame(invocation.operands, args);
  return {
    name,
    argv,
    args,
    assignments: orEmpty(init.assignments),
    redirects: init.redirects ?? EMPTY,
    stdout: init.stdout ?? null,
    range: init.range,
    wrappedBy: init.wrappedBy ?? null,
    pipelineIndex: init.pipelineIndex ?? -1,
    subshell: init.subshell ?? false,
    invocation,
    cwd: init.cwd ?? UNKNOWN_DIR,
    runsIf: init.runsIf ?? EMPTY,
    orElse: init.orElse ?? null,
    launches: null,
  };
}

/** The variable a whole word expands, as is or a part of it (`$V`, `"${V}"`, `${V%.*}`; not `v$V`, `${V:-x}`), or null. */
export function wholeVariable(word: Word): string | null {
  const e = word.expansions?.length === 1 ? word.expansions[0]! : null;
  return e && e.whole && e.name !== null && e.derived === 'value' ? e.name : null;
}

/** The operands of a `test` or `[ … ]` command (the closing `]` dropped); null for other commands. */
export function testOperands(cmd: SimpleCommand): readonly Word[] | null {
  if (cmd.name !== '[' && cmd.name !== 'test') return null;
  return cmd.name === '[' && cmd.args.at(-1)?.value === ']' ? cmd.args.slice(0, -1) : cmd.args;
}

/** `[ -f FILE ]`, `test -s FILE`, `[ -e FILE ]`, `[ -r FILE ]`: the file the command is true only for when it exists; else null. */
export function existenceTested(cmd: SimpleCommand): Word | null {
  const args = testOperands(cmd);
  return args?.length === 2 && args[0]!.literal && /^-[efsr]$/.test(args[0]!.value) ? args[1]! : null;
}

/** The command a launcher finally runs (`sudo -E apt-key add -` → `apt-key add -`, `tini -- app` → `app`), else `cmd` itself. */
export function launchedCommand(cmd: SimpleCommand): SimpleCommand {
  let inner = cmd;
  while (inner.launches) inner = inner.launches;
  return inner;
}
