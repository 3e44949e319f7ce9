/**
 * The shellcheck rule's policy for SC2086 (unquoted `$X`) and SC2046 (unquoted `$(…)`): in a Dockerfile most of
 * them are build values that cannot split, or lists split on purpose (POSIX sh has no arrays). A finding is dropped
 * when the shell model proves the expansion harmless; it is kept where splitting or globbing can bite: a value the
 * linter cannot know, or one with blanks, used as a single path or argument (`cp $SRC $DEST`, `rm -rf $DIR/*`).
 */
import { LIST_COMMANDS, LIST_NAME_PARTS, NEVER_FAILS, ONE_WORD_FILTERS, ONE_WORD_NAME_PARTS, ONE_WORD_OUTPUTS, SILENT_PROGRAMS } from '../knowledge/word-splitting.js';
import { PLATFORM_ARGS } from '../model/build.js';
import type { Instruction } from '../model/types.js';
import type { Scope } from '../model/words.js';
import type { Expansion, ShellScript, SimpleCommand, Word } from '../shell/types.js';
import type { Range } from '../types.js';

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
 * fail in a build (`export GNUPGHOME="$(mktemp -d)"`, docker-library's idiom): nothing is masked.
 */
export function harmlessMask(instruction: Instruction, range: Range): boolean {
  const word = instruction.run?.script?.commands.flatMap((c) => c.args).find((w) => sameStart(w.range, range));
  const substitutions = word?.expansions?.filter((e) => e.name === null) ?? [];
  return substitutions.length > 0 && substitutions.every((e) => e.commands.length > 0 && e.commands.every((c) => c.name !== null && c.name in NEVER_FAILS));
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

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * SC2164 (`cd dir` without `|| exit`) where the `cd` cannot fail unnoticed:
 * - on the last command of the RUN's own shell: nothing runs after it, so its failure is the RUN's exit status and
 *   fails the build already (that such a RUN does nothing is shell-check's);
 * - into a folder an earlier `mkdir` of the same shell created (`mkdir -p /src && cd /src`): it exists.
 */
export function harmlessCd(instruction: Instruction, range: Range): boolean {
  const commands = instruction.run?.script?.commands.filter((c) => !c.subshell) ?? [];
  const at = commands.findIndex((c) => c.name === 'cd' && sameStart(c.range, range));
  if (at < 0) return false;
  if (at === commands.length - 1) return true;
  const target = folder(commands[at]!.args[0]?.value);
  return target !== null && commands.slice(0, at).some((c) => c.name === 'mkdir' && c.args.some((w) => folder(w.value) === target));
}

/** A literal folder path without its trailing slashes; null when unknown or empty. */
function folder(path: string | undefined): string | null {
  const p = path?.replace(/(.)\/+$/, '$1');
  return p ? p : null;
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
