/** The shell model every RUN-level rule reads: simple commands with their words and positions. */
import type { Range } from '../types.js';
import type { Invocation } from './invocation.js';
import type { MappedSource } from './source-map.js';
import type { Dir } from './workdir.js';

export interface Word {
  /** The word after quote removal; expansions (`$X`, `${X}`, `$(…)`) are kept as written. */
  value: string;
  /** False when the word holds an expansion or substitution whose value the linter cannot know. */
  literal: boolean;
  /** True when any part of the word was quoted. */
  quoted: boolean;
  range: Range;
  /** The parameter expansions and command substitutions of the word, outermost only; absent for words the linter built. */
  expansions?: readonly Expansion[];
  /** A quoted blank outside the expansions (`"a $X"`): the value holds a blank whatever the expansions give. */
  blankOutside?: boolean;
}

/** A `$X`, `${X…}`, `$(…)` or backquoted part of a word, as the shell parser saw it. */
export interface Expansion {
  /** The variable (`PY_VER` of `${PY_VER%.*}`); null for a command substitution. */
  name: string | null;
  /** What the expansion makes of the variable's value (see ParamDerivation); `value` for a substitution. */
  derived: 'value' | 'or-word' | 'number' | 'other';
  /** The word of `${X:-word}` or `${X/a/word}`; null when none. */
  word: Word | null;
  /** Inside double quotes: the shell neither splits nor globs its value. */
  quoted: boolean;
  /** The whole word is this expansion (`$X`, `"$X"`, not `python$X`). */
  whole: boolean;
  range: Range;
  /** A substitution's own commands, whose output is its value (not those of a `$(…)` inside it); empty for a variable. */
  commands: SimpleCommand[];
}

/** A value the script gives a variable: `X=…`, `export X=…`, `for X in …`, `read X`. */
export interface Binding {
  name: string;
  /** The assigned word; for a `for` loop, one of its items; null when the script does not say (`read X`, `for X; do`). */
  value: Word | null;
  /** A `for` loop's variable: it takes one field of the item at a time. */
  loop: boolean;
  /** An array assignment's elements (`RPM_LIST=("a-$V.rpm")`, `X+=(b)`); its `value` is then empty. */
  elements?: readonly Word[];
}

export interface Assignment {
  name: string;
  value: string;
}

export interface SimpleCommand {
  /** Base name of the program (`/usr/bin/apt-get` → `apt-get`), or null when argv[0] is an expansion. */
  name: string | null;
  /** All words, program included. */
  argv: Word[];
  /** argv without the program. */
  args: readonly Word[];
  /** The targets of its redirections (`> $LOG`). */
  redirects: readonly Word[];
  /** The file its standard output is redirected to (`> out.tar`, `>> log`, `&> all.log`; one of `redirects`); null when none. */
  stdout: Word | null;
  /** Prefix assignments such as `DEBIAN_FRONTEND=noninteractive apt-get …`. */
  assignments: readonly Assignment[];
  range: Range;
  /** Wrapper that ran this command (`sudo`, `xargs`, `env`, `sh -c`, …), if any. */
  wrappedBy: string | null;
  /** Position in its pipeline: 0 for the first; -1 when the command is not part of a pipeline. */
  pipelineIndex: number;
  /**
   * Runs in a subshell or child shell of the RUN's shell (`( … )`, `$(…)`, `<(…)`, a pipeline member, `&`,
   * a `sh -c` body): its `cd`, `set` and assignments do not reach the commands after it.
   */
  subshell: boolean;
  /** The command read with its tool's grammar: subcommand, options, operands, launchers (build variables resolved). */
  invocation: Invocation;
  /** The directory it runs in: the WORKDIR, changed by the `cd`s of the same shell before it. */
  cwd: Dir;
  /**
   * Commands whose success it needs to run: the condition of each `if`/`elif` around it (`if [ -s req.txt ]; then
   * pip install -r req.txt; fi`) and the commands before it in an `&&` chain (`[ -f package.json ] && npm ci`); not
   * those whose failure it needs (`||`, `else`, a negated test). Empty when it runs unconditionally.
   */
  runsIf: readonly SimpleCommand[];
  /**
   * What its failure runs when it is a whole operand of an `&&`/`||` list that a `||` follows: the operand after that
   * `||` 'exits' the shell with a failure (`[ "$a" = "$b" ] || exit 1`, `|| { echo bad; exit 1; }`), 'fails' (`|| (echo
   * bad && exit 1)`, `|| false`: the list fails; only when that operand is the list's last and the list a statement of
   * the script's own top level, so that its failure is that statement's) or 'succeeds' (`|| true`, `|| echo skipped`:
   * the failure is thrown away); null when no `||` follows, it is negated, or what the fallback does is not known.
   */
  orElse: OrElse;
  /** The command this one launches (`sudo -E bash -` → `bash -`), also listed in the script after it; null if none. */
  launches: SimpleCommand | null;
}

/** What the fallback a failure runs does (SimpleCommand.orElse). */
export type OrElse = 'succeeds' | 'fails' | 'exits' | null;

export interface Pipeline {
  commands: SimpleCommand[];
  range: Range;
  /**
   * `set -o pipefail` (or `set -euo pipefail`…) ran earlier in the same script; for a `sh -c '…'` body, also
   * when that shell got `-o pipefail` or the enclosing script set it.
   */
  pipefail: boolean;
  /**
   * A failure in it cannot fail the script, pipefail or not: it runs inside a `$(…)` whose exit status no command sees
   * (`echo "$(a | b)"`, `export X="$(…)"`, a redirection; unlike a bare assignment's, `X="$(a | b)"`), or its status
   * is thrown away on purpose by a later `||` (`a | b || true`, `{ a | b; } || :`, `a | b && c || echo skipped`).
   */
  statusDiscarded: boolean;
  /** Runs inside the `$(…)` of a bare assignment (`X="$(a | b)"`): the variable that gets its output. */
  assignedTo: string | null;
  /**
   * That assignment is followed by another statement of its list (`X="$(a | b)"; next`, not the last of a loop body,
   * of a group or of an `if` condition): its status is only `$?` to the next statement, which matters only under `set
   * -e`, an ERR trap or a read of `$?`.
   */
  assignmentStatusUnused: boolean;
  /**
   * Not in a `$(…)`: the pipe ends a statement followed by another of its list (`a | b; c`, also as the last statement
   * of an `if` branch whose `if` is followed: `if …; then a | b; fi; c`), so its status is only `$?` to the next
   * statement, which matters only under `set -e`, an ERR trap or a read of `$?`.
   */
  statusUnused: boolean;
}

export interface ShellError {
  message: string;
  range: Range;
  /** The script nests too deeply to be analysed (it may well be valid shell). */
  tooDeep?: true;
}

/** A top-level statement of a script: an and-or list of pipelines, ended by a newline, `;` or `&`. */
export interface Statement {
  /** From its first word to its last (a `;`, `&` or comment after it excluded); null when the parser gives no end (`[[ … ]]`, `(( … ))` last). */
  range: Range | null;
  /** Ends with `&`: the shell does not wait for it, nor fail with it. */
  background: boolean;
  /** Joins pipelines with `||` at its top level: a failure before the `||` does not end the statement. */
  or: boolean;
}

/** A script another shell runs inside this one: a `sh -c '…'` string or a `bash <<EOF` body. */
export interface NestedScript {
  /** Base name of the shell that runs it (`sh`, `bash`, …). */
  shell: string;
  source: MappedSource;
  /** The shell was started with `-e` (`bash -ex <<EOF`, `sh -ec '…'`): the body stops at the first failure. */
  errexit: boolean;
  /** Names the command's prefix assignments hand the shell's environment (`archive=x bash -c '…'`): set in the body. */
  exported: readonly string[];
}

export interface ShellScript {
  /** The script text and the file offset of each of its characters (empty for exec form, whose `sh -c` body is in `nested`). */
  source: MappedSource;
  /** Scripts run by shells this one starts, nested ones included (ShellCheck checks them on their own). */
  nested: readonly NestedScript[];
  /** Every simple command in source order, including those in `$(…)`, subshells, `sh -c '…'` and behind wrappers. */
  commands: readonly SimpleCommand[];
  pipelines: readonly Pipeline[];
  /** The script's own top-level statements, in order (what a fix appends to or joins); empty for exec form. */
  statements: Statement[];
  /** Variables the script's own shell sets with a bare assignment (`X=1` alone, not `X=1 cmd`): later commands of that shell see them. */
  assigned: readonly string[];
  /** Every value the script (and the scripts it starts) gives a variable, in any of its shells. */
  bindings: readonly Binding[];
  /** `set -e` (or `-o errexit`) is in force at the end of the script's own shell: a failing line ends the script. */
  errexit: boolean;
  /**
   * Variables whose emptiness the script checks or stops on: `[ -n "$V" ]`, `test -z "$V"`, `[ "$V" ]`,
   * `[[ -n $V ]]`, `${V:?message}`, and the whole word of a `case` whose catch-all item exits with a failure
   * (`case "$arch" in amd64) … ;; *) echo >&2 unsupported; exit 1 ;; esac`).
   */
  guarded: readonly string[];
  /** Set when the shell could not be parsed; commands then hold nothing. */
  error: ShellError | null;
}
