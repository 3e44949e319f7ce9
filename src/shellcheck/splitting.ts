/**
 * The shellcheck rule's policy for SC2086 (unquoted `$X`) and SC2046 (unquoted `$(…)`): in a Dockerfile most of
 * them are build values that cannot split, or lists split on purpose (POSIX sh has no arrays). A finding is dropped
 * when the shell model proves the expansion harmless; it is kept where splitting or globbing can bite: a value the
 * linter cannot know, or one with blanks, used as a single path or argument (`cp $SRC $DEST`, `rm -rf $DIR/*`).
 */
import { readsSystemState, STDIN_FILTERS } from '../knowledge/empty-input.js';
import { LIST_COMMANDS, LIST_NAME_PARTS, NEVER_FAILS, ONE_WORD_FILTERS, ONE_WORD_NAME_PARTS, ONE_WORD_OUTPUTS, SILENT_PROGRAMS } from '../knowledge/word-splitting.js';
import { PLATFORM_ARGS } from '../model/build.js';
import type { DockerfileModel, Instruction } from '../model/types.js';
import type { Scope } from '../model/words.js';
import { filesRead } from '../shell/files-read.js';
import { shellListOptions } from '../shell/shell-options.js';
import type { MappedSource } from '../shell/source-map.js';
import type { Expansion, ShellScript, SimpleCommand, Word } from '../shell/types.js';
import type { Range } from '../types.js';
import path from 'node:path';
import { absoluteOperand, folderExists } from '../context/folders.js';
import { rangeContains } from '../shell/order.js';
import { curlGlobbedUrls } from '../shell/downloads.js';
import { findExpression, findStartPoints } from '../shell/find.js';
import { witnessedFile } from '../shell/witnessed.js';
import { copiesBefore, workdirOf } from '../context/copies.js';
import { INSTALL_TREES, TOOL_FOLDER_QUERIES } from '../knowledge/image-folders.js';
import { SPECIAL_BUILTINS } from '../knowledge/system-shell.js';
import type { ShellFacts } from './dialect.js';

/** Why a finding is dropped; the rule's docs explain each. */
export type SplitReason = 'one-word' | 'list-operands' | 'list-variable';

export const SPLIT_REASONS: Readonly<Record<SplitReason, string>> = {
  'one-word':
    'the expansion is one word: every value reaching it is a build ARG/ENV value or a value the same RUN assigns, without blanks or glob characters (`python${PY_VER}` with `ARG PY_VER=3.11`), a `for` loop\'s variable, a length, or the output of a command that prints one word (`$(nproc)`, `$(id -u)`, `$(uname -m)`, `$(dpkg --print-architecture)`, `$(mktemp -d)`, `$(test … && echo --flag)`)',
  'list-operands':
    'a whole unquoted word among the operands of a command that takes a list of names without blanks (`apk add $runDeps`, `apt-mark manual $savedAptMark`, `pip install $(cat reqs)`, `docker-php-ext-install $exts`): the split is the intent',
  'list-variable':
    'a whole unquoted word whose variable is named for a list of options or names (`bazel build $BAZEL_OPTIONS`, `go test $TESTFLAGS`, `make $MAKE_ARGS`, `apk del $BUILD_DEPS`): the split is the intent',
};

/** What splitting an expansion's value can give: one field, a list of fields, or anything. */
type Fields = 'one' | 'list' | 'unknown';

const GLOB = /[*?[]/;

function fieldsOf(value: string): Fields {
  if (GLOB.test(value)) return 'unknown';
  return value.trim().split(/[ \t\n]+/).length > 1 ? 'list' : 'one';
}

function worst(a: Fields, b: Fields): Fields {
  return a === 'unknown' || b === 'unknown' ? 'unknown' : a === 'list' || b === 'list' ? 'list' : 'one';
}

class Resolver {
  /** Names being resolved: `X=$X:…` must not loop. */
  private readonly resolving = new Set<string>();

  constructor(
    private readonly script: ShellScript,
    private readonly scope: Scope,
  ) {}

  /** What the value of a word (an assigned value, a `${X:-word}`'s word) splits into when expanded unquoted later. */
  word(word: Word): Fields {
    if (word.literal) return fieldsOf(word.value);
    let out: Fields = word.blankOutside ? 'list' : 'one';
    for (const e of word.expansions ?? []) out = worst(out, this.expansion(e));
    return out;
  }

  expansion(e: Expansion): Fields {
    if (e.name === null) return this.substitution(e.commands);
    if (e.derived === 'number') return 'one';
    if (e.derived === 'other') return 'unknown';
    const value = this.variable(e.name);
    return e.derived === 'or-word' ? worst(value, e.word ? this.word(e.word) : 'one') : value;
  }

  variable(name: string): Fields {
    // `X=${X%~*}`: the value it refines comes from the variable's other bindings.
    if (this.resolving.has(name)) return 'one';
    this.resolving.add(name);
    try {
      const bindings = this.script.bindings.filter((b) => b.name === name);
      let out: Fields | null = null;
      for (const b of bindings) {
        // A loop's variable is one field of its item (already split), unless the item is quoted or a glob.
        const f = !b.value ? 'unknown' : b.loop ? (b.value.quoted ? this.word(b.value) : GLOB.test(b.value.value) ? 'unknown' : 'one') : this.word(b.value);
        out = out === null ? f : worst(out, f);
      }
      if (this.scope.has(name)) {
        const v = this.scope.get(name);
        // BuildKit's platform args are one word each (`linux`, `amd64`, `linux/arm64/v8`).
        const f = v !== undefined ? fieldsOf(v) : PLATFORM_ARGS.includes(name) ? 'one' : 'unknown';
        out = out === null ? f : worst(out, f);
      }
      // A value the linter cannot see (a base image's ENV, a build arg without default, `$(cat version)`) named for one word.
      return out === null || out === 'unknown' ? (oneWordName(name) ? 'one' : 'unknown') : out;
    } finally {
      this.resolving.delete(name);
    }
  }

  /** A `$(…)`'s output: one word from a command that prints one, the words of `echo`s of literals, else anything. */
  private substitution(commands: readonly SimpleCommand[]): Fields {
    if (commands.length === 1 && commands[0]!.pipelineIndex === -1 && printsOneWord(commands[0]!)) return 'one';
    if (commands.length > 1 && commands.every((c, i) => c.pipelineIndex === i) && this.oneWordPipeline(commands)) return 'one';
    let out: Fields | null = null;
    for (const c of commands) {
      if (c.name !== null && SILENT_PROGRAMS.has(c.name)) continue;
      if (c.name !== 'echo' || c.pipelineIndex !== -1 || !c.args.every((w) => w.literal)) return 'unknown';
      const printed = c.args.filter((w) => !/^-[neE]+$/.test(w.value)).map((w) => w.value).join(' ');
      out = out === null ? fieldsOf(printed) : worst(out, fieldsOf(printed));
    }
    return out ?? 'unknown';
  }

  /** `echo ONE-WORD | filter | …`: filters of ONE_WORD_FILTERS, whose own arguments hold no blank. */
  private oneWordPipeline(commands: readonly SimpleCommand[]): boolean {
    const [first, ...filters] = commands;
    if (first!.name !== 'echo' || first!.args.length !== 1 || this.word(first!.args[0]!) !== 'one') return false;
    return filters.every((c) => c.name !== null && ONE_WORD_FILTERS.has(c.name) && c.args.every((w) => w.literal && !/[ \t\n]/.test(w.value)));
  }
}

function printsOneWord(cmd: SimpleCommand): boolean {
  const entry = ONE_WORD_OUTPUTS.find((o) => cmd.name !== null && o.programs.includes(cmd.name));
  if (!entry) return false;
  const options = cmd.invocation.options.filter((o) => !entry.with?.includes(o.name));
  if (entry.with && options.length === cmd.invocation.options.length) return false;
  return !entry.oneOf || (options.length === 1 && entry.oneOf.includes(options[0]!.name));
}

/** The command's operands are names of a list-taking command (LIST_COMMANDS), and `word` is one of them. */
function listOperand(cmd: SimpleCommand, word: Word): boolean {
  const inv = cmd.invocation;
  const at = inv.operands.findIndex((w) => sameStart(w.range, word.range));
  if (at < 0) return false;
  return LIST_COMMANDS.some((l) => {
    if (l.tool) return inv.tool === l.tool && (!l.subcommands || (inv.subcommand !== null && l.subcommands.includes(inv.subcommand)));
    if (!inv.program || !l.programs!.includes(inv.program)) return false;
    return !l.subcommands || (at > 0 && l.subcommands.includes(inv.operands[0]!.value));
  });
}

/** The name parts of a variable, split at `_` and at camelCase humps (`runDeps` → RUN, DEPS). */
function nameParts(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().split('_');
}

/** The variable's name says it holds one word (`PYTHON_VERSION`, `djl_version`, `GIT_REF`). */
function oneWordName(name: string): boolean {
  return nameParts(name).some((p) => p in ONE_WORD_NAME_PARTS);
}

/** The variable's name says it holds a list (`BAZEL_OPTIONS`, `TESTFLAGS`, `runDeps`). */
function listName(name: string): boolean {
  const parts = nameParts(name);
  return parts.some((p) => p in LIST_NAME_PARTS) || Object.keys(LIST_NAME_PARTS).some((k) => k.length > 3 && parts[parts.length - 1]!.endsWith(k));
}

function sameStart(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column;
}

/** The command and word holding the expansion that starts where `range` does. */
function locate(script: ShellScript, range: Range): { cmd: SimpleCommand; word: Word; expansion: Expansion } | null {
  for (const cmd of script.commands) {
    for (const word of [...cmd.argv, ...cmd.redirects]) {
      const expansion = word.expansions?.find((e) => sameStart(e.range, range));
      if (expansion) return { cmd, word, expansion };
    }
  }
  return null;
}

/**
 * SC2155 (`export X="$(cmd)"` masks cmd's failure) on a declaration whose substitutions run only commands that do not
 * fail in a build (`export GNUPGHOME="$(mktemp -d)"`, docker-library's idiom; `export ARCH="$(dpkg --print-architecture)"`,
 * a read of the system the pipefail rule counts as unfailing too; `export P="$(cat /tmp/paths)"` of a file an earlier RUN
 * of the stage wrote, as the pipefail rule's witnessed files): nothing is masked.
 */
export function harmlessMask(model: DockerfileModel, instruction: Instruction, range: Range): boolean {
  const script = instruction.run?.script;
  const word = script?.commands.flatMap((c) => c.args).find((w) => sameStart(w.range, range));
  const substitutions = word?.expansions?.filter((e) => e.name === null) ?? [];
  // `$(cat /tmp/paths)` of a file an earlier RUN of the stage (or this one, before) wrote: the read cannot fail.
  const readsWitnessed = (c: SimpleCommand): boolean => {
    const read = c.name === 'cat' ? filesRead(c) : null;
    return !!read?.length && read.every((w) => w.literal && w.value.startsWith('/') && witnessedFile(model, instruction, w.value, c.range.start));
  };
  const neverFails = (e: Expansion): boolean => e.commands.length > 0 && e.commands.every((c) => c.name !== null && (c.name in NEVER_FAILS || readsSystemState(c.name, c.args[0]?.value) || readsWitnessed(c)));
  // `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`: a pipe's status is its first failure's, which the mask hides.
  const shellPipefail = !instruction.run!.execForm && shellListOptions(instruction.state.shell).pipefail;
  return substitutions.length > 0 && substitutions.every((e) => neverFails(e) || (!shellPipefail && endsInFilter(e, script!)));
}

/**
 * `$(python3 -V | awk '{print $2}' | cut -d. -f1,2)` without pipefail: the substitution's status is its last filter's,
 * which reads only the pipe (no file, no `exit` in an awk program) and succeeds whatever it is fed: nothing is masked.
 */
function endsInFilter(e: Expansion, script: ShellScript): boolean {
  const last = e.commands.reduce<SimpleCommand | null>((a, c) => (c.pipelineIndex > (a?.pipelineIndex ?? 0) ? c : a), null);
  if (!last?.name || !(last.name in STDIN_FILTERS) || filesRead(last)?.length !== 0) return false;
  if (/^(g|m)?awk$/.test(last.name) && last.args.some((w) => /\bexit\b/.test(w.value))) return false;
  const pipe = script.pipelines.find((p) => p.commands.includes(last));
  return pipe !== undefined && !pipe.pipefail;
}

/**
 * SC1083 (`{` or `}` is literal) inside a word that writes `${…}` literally, its `$` escaped (`echo \${RANK:-0} > run.sh`
 * writes a script): the braces are literal on purpose, and quoting them would only be tidier.
 */
export function literalOnPurpose(instruction: Instruction, range: Range): boolean {
  return (instruction.run?.script?.commands ?? []).some((c) =>
    c.args.some((w) => w.literal && w.value.includes('${') && !before(range.start, w.range.start) && !before(w.range.end, range.start)),
  );
}

/** Programs whose argument is a program of their own language, in which braces are its blocks: `awk {'print $2'}`. */
const PROGRAM_ARGUMENT = /^([gmn]?awk|busybox awk|jq|yq)$/;

/** The word of a command's arguments at `range`'s start, with its command; null when none is there. */
function argumentAt(instruction: Instruction, range: Range): { command: SimpleCommand; word: Word } | null {
  for (const command of instruction.run?.script?.commands ?? []) {
    const word = command.args.find((w) => !before(range.start, w.range.start) && before(range.start, w.range.end));
    if (word) return { command, word };
  }
  return null;
}

/**
 * SC1083 (`{` or `}` is literal) in an argument of awk or jq (`awk -F " " {'print $2'}`): the shell joins the word
 * into the program the tool reads (`{print $2}`), braces and all, so they are literal on purpose; ShellCheck's wiki
 * calls such braces harmless, quoting them is only tidier.
 */
export function programBrace(instruction: Instruction, range: Range): boolean {
  const at = argumentAt(instruction, range);
  return !!at?.command.name && PROGRAM_ARGUMENT.test(at.command.name);
}

/**
 * SC3009 (brace expansion under dash or BusyBox ash) in a URL curl globs itself (`curl -fsSL --remote-name-all
 * "https://…/awscli.zip"{,.sig}`): the shell passes the braces on and curl expands them, so both files come. Not with
 * `-g`/`--globoff`, not in another word of curl (`-o out{1,2}`), not for wget, which takes the braces literally.
 */
export function curlUrlBrace(instruction: Instruction, range: Range): boolean {
  const at = argumentAt(instruction, range);
  return !!at && curlGlobbedUrls(at.command).some((w) => sameStart(w.range, at.word.range));
}

/**
 * SC3036/SC3037 (echo's flags under dash or POSIX sh) on an echo run by its path (`/bin/echo -e 'a\nb'`): that is the
 * echo program (coreutils', or BusyBox's on Alpine), which takes `-e`, not the shell's builtin the check is about.
 */
export function echoProgram(instruction: Instruction, range: Range): boolean {
  // The innermost word there: a `sh -c "…"` string, or `/bin/echo "$(echo -e x)"`, holds the words inside it.
  let at: { command: SimpleCommand; word: Word } | null = null;
  for (const command of instruction.run?.script?.commands ?? []) {
    const word = command.args.find((w) => !before(range.start, w.range.start) && before(range.start, w.range.end));
    if (word && (!at || rangeContains(at.word.range, word.range))) at = { command, word };
  }
  const program = at?.command.argv[0];
  return at?.command.name === 'echo' && !!program?.literal && program.value.includes('/');
}

/**
 * SC2154 ("referenced but not assigned") on a variable the same script assigned before, in the prefix of a special
 * builtin (`buildDeps='ca-certificates git' set -x && apt-get install -y $buildDeps`, docker-library's old idiom):
 * POSIX keeps that assignment in the shell after the builtin, and so do dash, BusyBox ash and bash as `sh`, while
 * ShellCheck scopes it to the command as bash does. Where the script's shell is bash (a bash `SHELL`, a `bash -c`
 * body), the variable is empty there and the finding stands; so it does for a use before the assignment, a prefix on
 * another command (`X=1 make; echo $X`), one in a subshell, or one in another script (a `sh -c` body).
 */
export function assignedByBuiltinPrefix(model: DockerfileModel, f: { instruction: Instruction; range: Range; message: string; source: MappedSource; shell: ShellFacts }): boolean {
  const script = f.instruction.run?.script;
  const name = /^([A-Za-z_]\w*) is referenced but not assigned/.exec(f.message)?.[1];
  if (!script || !name || !f.shell.keepsBuiltinPrefixes) return false;
  const sources = [script.source, ...script.nested.map((n) => n.source)];
  return script.commands.some(
    (c) =>
      c.name !== null &&
      SPECIAL_BUILTINS.has(c.name) &&
      c.assignments.some((a) => a.name === name) &&
      // The shell runs it, not a launcher (`env X=1 set` would be a program; `sh -c` bodies' commands are the shell's).
      !script.commands.some((o) => o.launches === c) &&
      before(c.range.start, f.range.start) &&
      (f.source !== script.source || !c.subshell) &&
      innermostSource(sources, model.lineIndex.offset(c.range.start)) === f.source,
  );
}

/** The script (the RUN's, or a `sh -c` body in it) whose text holds the file offset most closely. */
function innermostSource(sources: readonly MappedSource[], offset: number): MappedSource | null {
  let best: MappedSource | null = null;
  let bestSpan = Infinity;
  for (const source of sources) {
    const first = source.offsetAt(0);
    const last = source.offsetAt(source.length - 1);
    if (first === undefined || last === undefined || offset < first || offset > last) continue;
    if (last - first < bestSpan) [best, bestSpan] = [source, last - first];
  }
  return best;
}

/**
 * Where SC1083 points, the word it is in (its start, as `line:column`): a word's second literal brace says nothing the
 * first did not (`x{a}` is reported once). The position itself when no argument word is there.
 */
export function braceWordKey(instruction: Instruction, range: Range): string {
  const start = argumentAt(instruction, range)?.word.range.start ?? range.start;
  return `${start.line}:${start.column}`;
}

/** Blanks, then a `NAME=` word (sticky: tested where SC1007 points, after the `=`). */
const NEXT_ASSIGNMENT = /[ \t]+[A-Za-z_][A-Za-z0-9_]*=/y;

/**
 * SC1007 (`VAR= value`: a space after `=`) where the next word is itself an assignment: docker-library's
 * `ARCH= OPENSSL_ARCH='linux*' && case …` empties ARCH on purpose; no stray space made that word a command.
 * `FOO= bar` (it runs `bar` with FOO empty) is ShellCheck's real catch.
 */
export function emptyOnPurpose(model: DockerfileModel, instruction: Instruction, range: Range): boolean {
  const at = scriptAt(model, instruction, range);
  if (!at) return false;
  NEXT_ASSIGNMENT.lastIndex = at.index;
  return NEXT_ASSIGNMENT.test(at.source.text);
}

/** The operand where SC2072 points, then a string operator (`>`, `<`, `\>` in `[ ]`); sticky. */
const OPERAND_THEN_STRING_OP = /(?:"[^"]*"|'[^']*'|\\.|[^\s"'\\])+[ \t]+\\?[<>][ \t]/y;
/** A string operator, then blanks, ending the text before the operand. */
const STRING_OP_BEFORE = /[ \t]\\?[<>][ \t]+$/;

/**
 * SC2072 ("Decimals are not supported") on an operand of `<` or `>`: those compare strings, decimals and all
 * (`[[ "$PY_PADDED" > "3.12" ]]`, `[[ $VERSION_ID > "24.04" ]]`), which orders equal-width versions right, so the
 * message is false there. What the shell model cannot know is the width of the other side; ShellCheck does not judge
 * it either. Kept on the arithmetic operators (`-gt 3.12`), where bash and dash do fail on a decimal.
 */
export function stringComparison(model: DockerfileModel, instruction: Instruction, range: Range): boolean {
  const at = scriptAt(model, instruction, range);
  if (!at) return false;
  OPERAND_THEN_STRING_OP.lastIndex = at.index;
  return OPERAND_THEN_STRING_OP.test(at.source.text) || STRING_OP_BEFORE.test(at.source.text.slice(0, at.index));
}

/** `else`, blanks (a joined continuation among them), then `if`; sticky. */
const ELSE_IF = /else[ \t]+(?=if[ \t])/y;

/**
 * SC1075 (`else if`: use `elif`) where the `if` begins its own Dockerfile line (`else \` then `if …`, closed by
 * `fi; fi`): that is ShellCheck's own advice for a nested if, which a continued RUN can only give by a `\`; joined, the
 * shell sees `else if`, a legal nested if. A missing `fi` is still reported, as a parse error (SC1046).
 */
export function nestedIfOnPurpose(model: DockerfileModel, instruction: Instruction, range: Range): boolean {
  const at = scriptAt(model, instruction, range);
  if (!at) return false;
  ELSE_IF.lastIndex = at.index;
  if (!ELSE_IF.test(at.source.text)) return false;
  const ifAt = at.source.offsetAt(ELSE_IF.lastIndex);
  return ifAt !== undefined && model.lineIndex.position(ifAt).line > range.start.line;
}

/** The declaration builtins, and what each does to the names it is given (for SC2316's message). */
const DECLARES: ReadonlyMap<string, string> = new Map([
  ['export', 'exported'],
  ['readonly', 'made read-only'],
  ['local', 'made local'],
  ['declare', 'declared'],
  ['typeset', 'declared'],
]);

/** `NAME`, `NAME=value` or `NAME+=value`: a word a declaration builtin takes as a variable. */
const DECLARED_NAME = /^([A-Za-z_][A-Za-z0-9_]*)(?:\+?=|$)/;

/** What SC2316 on a `\`-joined declaration comes to: harmless, or what really happens, said precisely. */
export type JoinedDeclaration = 'harmless' | { message: string } | null;

/**
 * SC2316 (`export A=1 export B=2`: the second `export` is a variable name) where that word begins its own Dockerfile
 * line: a `;` or `&&` forgotten at the end of the line before, which the `\` continuation turned into one command
 * (neon's `case … in v17) export V=3.5.0 \` / `export SUM=ca69… \` / `;;`). When the repeated word is the command's
 * own name and every other word a variable (no option), the command sets and declares every variable as the separate
 * commands would, and only declares an unset variable named after the builtin, which nothing reads: bash (also under
 * `-euo pipefail`), dash and BusyBox ash exit 0. Kept, with what happens, when the joined command differs: a value
 * after the word reads a variable the part before it assigns (`export A=1 \` `export B=$A/x`: every word is expanded
 * before any is set, so B gets A's old value), the word is another builtin (`export A=1 \` `readonly B=2` exports B
 * and does not make it read-only), or an option is among the words (`declare -x A=1 \` `declare -x B=2` fails on
 * the second `-x`; `declare -r A=1 \` `declare B=2` makes B read-only too). null when the word does not begin a line.
 */
export function joinedDeclaration(instruction: Instruction, range: Range): JoinedDeclaration {
  const command = instruction.run?.script?.commands.find((c) => c.name !== null && DECLARES.has(c.name) && c.args.some((w) => sameStart(w.range, range)));
  if (!command) return null;
  const argv = command.argv;
  const at = argv.findIndex((w) => sameStart(w.range, range));
  const word = argv[at]!;
  if (!word.literal || !DECLARES.has(word.value) || argv[at - 1]!.range.end.line >= word.range.start.line) return null;
  const name = command.name!;
  const joined = `The \`\\\` continuation joins this line to the one before into one \`${name}\` command`;
  const advice = 'end the line before with `&&` or `;`.';
  const others = argv.slice(1).filter((w) => !(w.literal && DECLARES.has(w.value)));
  const options = others.filter((w) => /^[-+]/.test(w.value));
  const late = options.find((w) => before(word.range.start, w.range.start));
  if (late) return { message: `${joined}, which takes \`${late.value}\` for the name of a variable and fails; ${advice}` };
  const option = options[0];
  // A name given by an expansion (`export $VARS`): what is declared is not known here.
  if (!option && others.some((w) => !DECLARED_NAME.test(w.value))) return null;
  // The part the word heads: up to the next declaration word.
  let end = argv.findIndex((w, i) => i > at && w.literal && DECLARES.has(w.value));
  if (end < 0) end = argv.length;
  const part = argv.slice(at + 1, end);
  const declared = part.map((w) => DECLARED_NAME.exec(w.value)?.[1]).filter((n): n is string => !!n);
  if (option) return { message: `${joined}: ${declared.map((n) => `\`${n}\``).join(', ') || 'each variable'} also gets the first \`${name}\`'s option \`${option.value}\`; ${advice}` };
  if (word.value !== name) {
    const got = declared.length ? `${declared.map((n) => `\`${n}\``).join(', ')} ${declared.length > 1 ? 'are' : 'is'} ${DECLARES.get(name)}, not ${DECLARES.get(word.value)}` : `nothing is ${DECLARES.get(word.value)}`;
    return { message: `${joined}: \`${word.value}\` becomes the name of a variable, and ${got}; ${advice}` };
  }
  // Every word is expanded before the builtin sets any variable: a value reading one the earlier part assigns gets its old value.
  const assignedBefore = new Set(argv.slice(1, at).filter((w) => w.value.includes('=')).map((w) => DECLARED_NAME.exec(w.value)?.[1]).filter((n): n is string => !!n));
  for (const w of part) {
    const read = [...namesRead(w)].find((n) => assignedBefore.has(n));
    if (read) {
      const assignment = argv.slice(1, at).filter((x) => DECLARED_NAME.exec(x.value)?.[1] === read && x.value.includes('=')).pop()!;
      return { message: `${joined}, which expands every value before it sets any: \`${w.value}\` reads \`${read}\` as it was before \`${assignment.value}\`; ${advice}` };
    }
  }
  return 'harmless';
}

/** The variables a word reads: its expansions', those of `${X:-word}`'s word and of substitutions' commands, and any name in `$((…))`. */
function namesRead(word: Word): Set<string> {
  const names = new Set<string>();
  const visit = (w: Word): void => {
    // Arithmetic expansion reads bare names the parser does not list.
    if (w.value.includes('$((') || w.value.includes('$[')) for (const n of w.value.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) names.add(n);
    for (const e of w.expansions ?? []) {
      if (e.name !== null) names.add(e.name);
      if (e.word) visit(e.word);
      for (const c of e.commands) for (const x of [...c.argv, ...c.redirects]) visit(x);
    }
  };
  visit(word);
  return names;
}

/** The script (the RUN's, or a `sh -c` body) and the index in it of the file position where a finding starts. */
function scriptAt(model: DockerfileModel, instruction: Instruction, range: Range): { source: MappedSource; index: number } | null {
  const script = instruction.run?.script;
  if (!script) return null;
  const at = model.lineIndex.offset(range.start);
  for (const source of [script.source, ...script.nested.map((n) => n.source)]) {
    for (let index = 0; index < source.length; index++) if (source.offsetAt(index) === at) return { source, index };
  }
  return null;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * SC2164 (`cd dir` without `|| exit`) where the `cd` cannot fail unnoticed:
 * - on the last command of the RUN's own shell: nothing runs after it, so its failure is the RUN's exit status and
 *   fails the build already (that such a RUN does nothing is shell-check's);
 * - into a folder an earlier `mkdir` of the same shell created, named by the same word (`mkdir -p $ERL_TOP && cd $ERL_TOP`);
 * - into a folder sure to exist (src/context/folders.ts): a standard folder of the base image (`cd /opt`, `cd /usr/src`),
 *   a WORKDIR, a folder a COPY/ADD wrote into or a `mkdir` of the image made, or one holding them.
 */
export function harmlessCd(instruction: Instruction, range: Range): boolean {
  const all = instruction.run?.script?.commands ?? [];
  const cd = all.find((c) => c.name === 'cd' && sameStart(c.range, range));
  if (!cd) return false;
  const commands = all.filter((c) => !c.subshell);
  const at = commands.indexOf(cd);
  if (at >= 0 && at === commands.length - 1) return true;
  const target = folder(cd.args[0]?.value);
  if (at >= 0 && target !== null && commands.slice(0, at).some((c) => c.name === 'mkdir' && c.args.some((w) => folder(w.value) === target))) return true;
  const operand = cd.invocation.operands[0];
  const dir = operand ? absoluteOperand(operand, cd) : null;
  return dir !== null && folderExists(instruction, cd, dir);
}

/**
 * SC2174 (`mkdir -p -m MODE a/b/c`: the mode reaches only the deepest folder) when the folder holding each operand is
 * sure to exist (src/context/folders.ts: `mkdir -p -m 0770 /var/solr`): `-p` then makes only the deepest folder, which
 * the mode reaches.
 */
export function harmlessMkdirMode(instruction: Instruction, range: Range): boolean {
  const mkdir = instruction.run?.script?.commands.find((c) => c.name === 'mkdir' && rangeContains(c.range, range));
  const operands = mkdir?.invocation.operands ?? [];
  return (
    operands.length > 0 &&
    operands.every((w) => {
      const made = absoluteOperand(w, mkdir!);
      return made !== null && made !== '/' && folderExists(instruction, mkdir!, path.posix.dirname(made));
    })
  );
}

/**
 * SC2043 (a `for` loop that runs once) over one literal word without blanks or glob characters: the one-key
 * `for key in 24C975CB…; do gpg --recv-keys "$key"; done` idiom, or a loop generated from a template whose other
 * variants list more items. A quoted glob or list (`for f in "*.txt"`, `for x in "$A $B"`) is ShellCheck's real catch.
 */
export function oneItemOnPurpose(instruction: Instruction, range: Range): boolean {
  const item = instruction.run?.script?.bindings.find((b) => b.loop && b.value && sameStart(b.value.range, range))?.value;
  return !!item && item.literal && !GLOB.test(item.value) && !/\s/.test(item.value) && item.value !== '';
}

/**
 * SC2115 (`rm -rf "$DIR/"*` removes `/*` when DIR is empty) when every variable of the word cannot be empty there:
 * - an ARG or ENV the model resolves to a non-empty value at that RUN that the script does not assign
 *   (`ENV SONARQUBE_HOME=/opt/sonarqube`, then `rm -rf ${SONARQUBE_HOME}/bin/*`);
 * - or one every assignment of the script sets to a non-empty value, a literal or a substitution of commands that do
 *   not fail (`$(mktemp -d)`), one of them made before the `rm` by a command whose conditions the `rm` shares
 *   (`export GNUPGHOME=/tmp/gnupg_home; …; rm -rf "$GNUPGHOME"/*`, solr's).
 */
export function knownRemovalPath(instruction: Instruction, range: Range): boolean {
  const script = instruction.run?.script;
  const rm = script?.commands.find((c) => c.args.some((w) => sameStart(w.range, range)));
  const word = rm?.args.find((w) => sameStart(w.range, range));
  const expansions = word?.expansions ?? [];
  const scope = instruction.state.env;
  const nonEmpty = (e: Expansion): boolean => {
    const bindings = script!.bindings.filter((b) => b.name === e.name);
    if (!bindings.length) return !!scope.get(e.name!);
    return bindings.every((b) => !b.loop && b.value !== null && setsNonEmpty(b.value)) && bindings.some((b) => setBefore(b.value!, rm!, script!));
  };
  return expansions.length > 0 && expansions.every((e) => e.name !== null && (e.derived === 'value' || e.derived === 'or-word') && nonEmpty(e));
}

/** `/tmp/gnupg_home`, `"$(mktemp -d)"`: a value that cannot be empty. */
function setsNonEmpty(value: Word): boolean {
  if (value.literal) return value.value !== '';
  const expansions = value.expansions ?? [];
  return expansions.length > 0 && expansions.every((e) => e.name === null && e.commands.length > 0 && e.commands.every((c) => c.name !== null && c.name in NEVER_FAILS));
}

/**
 * The `export`/`declare` holding the assignment runs before `rm`, in the same shell, and only where `rm` does (its
 * conditions are among `rm`'s): the variable is set when `rm` runs. A bare assignment (no command holds it) has the
 * conditions of its substitution's commands (`D="$(mktemp -d)" && rm -rf "$D"/*`); a literal one counts when `rm`
 * runs unconditionally after it.
 */
function setBefore(value: Word, rm: SimpleCommand, script: ShellScript): boolean {
  if (!before(value.range.start, rm.range.start)) return false;
  const holder = script.commands.find((c) => c.args.some((w) => rangeContains(w.range, value.range)));
  if (holder) return holder.subshell === rm.subshell && holder.runsIf.every((c) => rm.runsIf.includes(c));
  // The substitution runs in a subshell of its own; the assignment, in the shell around it.
  const substituted = value.expansions?.[0]?.commands[0];
  if (substituted) return substituted.runsIf.every((c) => rm.runsIf.includes(c));
  return rm.runsIf.length === 0 && !rm.subshell;
}

/** `find` tests and options that select nothing by a file's name; `-type` and the depths only without `-o`. */
const FIND_NEUTRAL = new Set(['-depth', '-xdev', '-mount', '-print', '-a', '-and', '-o', '-or', '(', ')']);
const FIND_VALUED = new Set(['-type', '-maxdepth', '-mindepth']);
/** An Emacs regex whose last path segment is a name or an alternation of names (`…/\(man\|doc\|examples\)`), dots escaped. */
const EXACT_LAST_NAME = /\/(?:(?:[\w+-]|\\\.)+|\\\((?:(?:[\w+-]|\\\.)+\\\|)*(?:[\w+-]|\\\.)+\\\))$/;

/**
 * SC2038 (`find … | xargs` splits the names at blanks and quotes) on a `find` that selects by exact names only
 * (`-name examples`, `-name test -o -name tests`, a `-regex` ending in `/\(man\|doc\)`) in install folders of the image (INSTALL_TREES), none of them the
 * WORKDIR or a folder the build context was copied into, nor holding one: every path it prints ends in one of those
 * names, under folders a package or `make install` made. Blanks there are in file names, not folders (on Debian 12,
 * `find /usr /etc /lib /opt /var/lib -name '* *'` lists 34 files, cmake's help pages and setuptools' docs, and no
 * folder), so a pattern (`-name '*.rst'`, `-regex '.*\.rst'`) or a walk of every file is still reported, as is `find .`.
 */
export function exactNamesInInstallTree(instruction: Instruction, range: Range): boolean {
  const find = instruction.run?.script?.commands.find((c) => c.name === 'find' && sameStart(c.range, range));
  if (!find) return false;
  const starts = findStartPoints(find);
  const project = [
    ...(instruction.state.workdir && workdirOf(instruction) !== '/' ? [workdirOf(instruction)] : []),
    ...copiesBefore(instruction).flatMap((c) => (c.fromContext && c.dest ? [c.dest] : [])),
  ];
  const inInstallTree = (w: Word): boolean => {
    const start = absoluteOperand(w, find);
    return (
      start !== null &&
      INSTALL_TREES.some((t) => within(start, t)) &&
      !project.some((p) => within(start, p) || within(p, start))
    );
  };
  const expression = findExpression(find);
  const at = expression.findIndex((w) => w.value === '-maxdepth');
  const maxDepth = at < 0 ? null : Number(expression[at + 1]?.value);
  // A tool's own folder (`find $GEM_DIR -maxdepth 3 …`): only as deep as the tool lays it out, then the exact name.
  const inToolLayout = (w: Word): boolean => {
    const depth = toolLayoutDepth(w, instruction, project);
    return depth !== null && maxDepth !== null && maxDepth <= depth + 1;
  };
  if (starts.length === 0 || !starts.every((w) => inInstallTree(w) || inToolLayout(w))) return false;
  return selectsExactNames(expression);
}

/**
 * The `find` expression selects entries by exact names only: each `-o` branch tests a name (`-name test`, `-iname`, a
 * `-regex` ending in `/name`), beside nothing but `-type` and the depth options, which select no further entries.
 */
function selectsExactNames(expression: readonly Word[]): boolean {
  // With parentheses, a branch is harder to tell: then `-type` and the depths only without `-o`.
  const grouped = expression.some((w) => w.value === '(' || w.value === ')');
  const or = expression.some((w) => w.value === '-o' || w.value === '-or');
  let names = 0;
  let branchNamed = false;
  for (let i = 0; i < expression.length; i++) {
    const w = expression[i]!;
    if (w.value === '-name' || w.value === '-iname') {
      const name = expression[++i];
      if (!name?.literal || GLOB.test(name.value) || /[\s'"\\]/.test(name.value)) return false;
      names++;
      branchNamed = true;
    } else if (w.value === '-regex' || w.value === '-iregex') {
      // find's default (Emacs) regex matches the whole path: one ending in `/name` or `/\(a\|b\)` ends in that name.
      const regex = expression[++i];
      if (!regex?.literal || !EXACT_LAST_NAME.test(regex.value)) return false;
      names++;
      branchNamed = true;
    } else if (!grouped && (w.value === '-o' || w.value === '-or')) {
      if (!branchNamed) return false;
      branchNamed = false;
    } else if (FIND_VALUED.has(w.value) && (!or || !grouped)) i++;
    else if (!FIND_NEUTRAL.has(w.value)) return false;
  }
  return names > 0 && (grouped || branchNamed);
}

/**
 * How deep a tool lays out the folder a `find` start names (TOOL_FOLDER_QUERIES): `$GEM_DIR` or `$GEM_DIR/gems` where
 * every value the RUN gives GEM_DIR is `$(ruby -e 'puts Gem.dir')`, less the folders written after it; null otherwise.
 * The tool's folder itself has no blank: the default one under Ruby's install prefix or the base image's `GEM_HOME`
 * (`/usr/local/bundle`), or one the file sets with a literal, blank-free `GEM_HOME` that is no project folder.
 */
function toolLayoutDepth(w: Word, instruction: Instruction, project: readonly string[]): number | null {
  const m = /^\$\{?(\w+)\}?((?:\/[\w.+-]+)*)\/?$/.exec(w.value);
  const script = instruction.run?.script;
  if (!m || !script) return null;
  const bindings = script.bindings.filter((b) => b.name === m[1]);
  const query = TOOL_FOLDER_QUERIES.find((q) => bindings.length > 0 && bindings.every((b) => printsFolder(b.value, q.argv)));
  if (!query || script.bindings.some((b) => b.name === query.env)) return null;
  const moved = instruction.state.env.get(query.env);
  if (moved !== undefined && (!/^\/[\w./+-]*$/.test(moved) || project.some((p) => within(moved, p) || within(p, moved)))) return null;
  return query.layoutDepth - (m[2] ? m[2].split('/').length - 1 : 0);
}

/** The word is `$(cmd …)` of exactly the command `argv`. */
function printsFolder(value: Word | null, argv: readonly string[]): boolean {
  const sub = value?.expansions?.length === 1 ? value.expansions[0]! : null;
  const cmd = sub && sub.name === null && sub.whole && sub.commands.length === 1 ? sub.commands[0]! : null;
  return !!cmd && cmd.argv.length === argv.length && cmd.argv.every((a, i) => a.literal && a.value === argv[i]);
}

/** `path` is `folder` or inside it. */
function within(path: string, folder: string): boolean {
  return path === folder || folder === '/' || path.startsWith(`${folder}/`);
}

/** A literal folder path without its trailing slashes; null when unknown or empty. */
function folder(path: string | undefined): string | null {
  const p = path?.replace(/(.)\/+$/, '$1');
  return p ? p : null;
}

/**
 * SC2068 (unquoted `${A[@]}` re-splits the elements) on an array whose every element, as the same script assigns it, is
 * one word (the same facts as SC2086's: `RPM_LIST=("java-11-amazon-corretto-headless-$version.amzn2.${ARCH}.rpm")` with
 * `ARG version=11.0.31.11-1`): splitting leaves each element whole, as quoting would. An array the script does not
 * assign itself (or also assigns a plain value), or an element that may split or glob, keeps it.
 */
export function harmlessArraySplit(instruction: Instruction, range: Range): boolean {
  const script = instruction.run?.script;
  if (!script) return false;
  const words = [...script.commands.flatMap((c) => [...c.argv, ...c.redirects]), ...script.bindings.filter((b) => b.loop && b.value).map((b) => b.value!)];
  const word = words.find((w) => w.expansions?.some((e) => sameStart(e.range, range)));
  const name = word?.expansions?.find((e) => sameStart(e.range, range))?.name;
  if (!name || !word!.value.includes(`\${${name}[@]}`)) return false;
  const bindings = script.bindings.filter((b) => b.name === name);
  const resolver = new Resolver(script, instruction.state.env);
  return (
    bindings.length > 0 &&
    !instruction.state.env.has(name) &&
    bindings.every((b) => b.elements !== undefined && b.elements.length > 0 && b.elements.every((e) => resolver.word(e) === 'one'))
  );
}

/**
 * SC2206 (an unquoted expansion in an array's elements splits and globs) on `${V//./ }`, a replacement by blanks, where
 * V itself is one word (the same facts as SC2086's: a value without blanks or glob characters, or an unknown one named
 * for one word, `CUDA_VERSION` of NVIDIA's CUDA base images): `A=(${CUDA_VERSION//./ })` splits a dotted version into
 * its parts on purpose, and nothing in it can glob; quoting would make one element and break the split. `A=($V)` or a
 * variable that may hold a blank or a glob character keeps it.
 */
export function harmlessArrayElementSplit(instruction: Instruction, range: Range): boolean {
  const script = instruction.run?.script;
  if (!script) return false;
  const elements = script.bindings.flatMap((b) => b.elements ?? []);
  const expansion = elements.flatMap((w) => w.expansions ?? []).find((e) => sameStart(e.range, range));
  if (!expansion || expansion.quoted || expansion.name === null || expansion.derived !== 'or-word') return false;
  const replacement = expansion.word;
  if (!replacement?.literal || !/^[ \t]+$/.test(replacement.value)) return false;
  return new Resolver(script, instruction.state.env).variable(expansion.name) === 'one';
}

/** Why an SC2086 or SC2046 finding at `range` is harmless, or null when it stands. */
export function harmlessSplit(instruction: Instruction, range: Range): SplitReason | null {
  const script = instruction.run?.script;
  if (!script) return null;
  const found = locate(script, range);
  if (!found || found.expansion.quoted) return null;
  const { cmd, word, expansion } = found;
  const fields = new Resolver(script, instruction.state.env).expansion(expansion);
  if (fields === 'one') return 'one-word';
  if (!expansion.whole) return null;
  if (word === cmd.argv[0]) return null;
  if (listOperand(cmd, word)) return 'list-operands';
  if (expansion.name !== null && listName(expansion.name)) return 'list-variable';
  return null;
}
