/**
 * The one reader of container-engine command lines in a project's files (scripts, Makefile recipes, README blocks,
 * workflow and action steps): own-images.ts (the images a project builds and tags), artifact-builds.ts (images built,
 * run and copied out of) and launch-scripts.ts (images launched over the working tree) ask it what a command runs.
 * It knows the engines (CONTAINER_ENGINES: `docker`, `podman`, `nerdctl`, `buildah`, `nvidia-docker`), a variable
 * holding one (ENGINE_VARIABLE by its name, or the values the file gives it: `DOCKER=podman`, Make's
 * `DOCKER_RUN_CMD := nvidia-docker run`), the launchers before one (`sudo`, also inside a variable's value), a
 * wrapper that runs the command it is given (the script's own functions running `"$@"`, or any command whose first
 * argument is an engine: `retry docker build …`), the subcommand as IMAGE_BUILD's aliases name it, and the grammar
 * each subcommand is read with.
 */
import { CONTAINER_ENGINES, CONTAINER_RUN, ENGINE_VARIABLE, IMAGE_BUILD, launcherOf } from '../knowledge/commands.js';
import { OPTION_NAME_PARTS } from '../knowledge/word-splitting.js';
import { makeCommand } from '../shell/command.js';
import { type Invocation, launchedCommand, programName, readInvocation } from '../shell/invocation.js';
import { type OptionGrammar, scanOptions } from '../shell/options.js';
import { parseShell } from '../shell/parse.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import type { Range } from '../types.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';

/** What a file knows of its variables: every value it gives each name (a name it gives none it can tell is absent). */
export type KnownValues = ReadonlyMap<string, readonly string[]>;

/** A call of a container engine. */
export interface EngineCall {
  /** The engine's program (`docker`, `nvidia-docker`); null when a variable holds it and the file does not say which (`$DOCKER_BIN`). */
  engine: string | null;
  /**
   * The words from the engine on: wrappers and launchers before it left out, and words that are a whole variable the
   * file gives values (`$DOCKER_FLAGS`, `"${MOUNTS[@]}"`, Make's `$(RUN_OPTS)`) replaced by the words of every value
   * (an option's value by one word: see expandWords).
   */
  words: readonly Word[];
  /** The subcommand as IMAGE_BUILD's aliases name it (`buildx build`, `image build`, `bud` → `build`; `container run` → `run`); null when none. */
  subcommand: string | null;
  /**
   * The call read with its subcommand's grammar: CONTAINER_RUN's options for `run` and `create`, read up to the image
   * (`operands[0]`; the words after it are the container's command); IMAGE_BUILD's for every other subcommand.
   */
  invocation: Invocation;
}

/** The functions a script defines, and those of them that run the command they are given (scriptFunctions). */
export interface ScriptFunctions {
  defined: ReadonlySet<string>;
  wrappers: ReadonlySet<string>;
}

/** Commands that print or look up the words after them rather than run them (`echo docker build …`): no wrapper. */
const NOT_RUNNING = new Set(['echo', 'printf', 'which', 'type', 'command', 'hash', 'alias', 'declare', 'local', 'export', 'readonly']);

const ENGINE_PROGRAMS = new Set(CONTAINER_ENGINES.map((e) => e.program));

/**
 * The engine call `cmd` makes, or null. `values` are what the file knows of its variables; `functions` the script's
 * own, where the caller has read them (scriptFunctions). A command that launches another (`sudo docker build`) makes
 * no call itself: the command it launches, which the shell model lists after it, does. A wrapper runs the call it is
 * given: a function of the script that runs `"$@"` (holoscan-sdk's `run_command $DOCKER_EXE run …`), or a command the
 * script does not define whose first argument is the engine (`retry docker build …`, dokku's `suppress_output
 * "$DOCKER_BIN" image build …`). A call is read only of an engine that does what its subcommand asks
 * (CONTAINER_ENGINES): `buildah run` is none.
 */
export function engineCall(cmd: SimpleCommand, values: KnownValues, functions?: ScriptFunctions): EngineCall | null {
  if (cmd.launches) return null;
  if (cmd.name !== null && functions?.wrappers.has(cmd.name)) return callAt(cmd.argv.slice(1), cmd, values) ?? null;
  const own = callAt(cmd.argv, cmd, values);
  if (own !== undefined) return own;
  // Not a launcher after the wrapper: the shell model reads those.
  const next = cmd.argv[1];
  if (cmd.name === null || NOT_RUNNING.has(cmd.name) || functions?.defined.has(cmd.name) || !next || (next.literal && launcherOf(programName(next) ?? '') !== null)) return null;
  return callAt(cmd.argv.slice(1), cmd, values) ?? null;
}

/**
 * The call of the words `argv`, program first: null when an engine runs but this reader reads no such call of it,
 * undefined when no engine runs. A program that is a variable is tried with each value the file gives it, in order
 * (`DOCKER_RUN_CMD := nvidia-docker run`, `SUDO=sudo` before `docker`, an empty value before the engine), then by its
 * name (ENGINE_VARIABLE); a launcher (`sudo -E`, also from a value) is read through.
 */
function callAt(argv: readonly Word[], cmd: SimpleCommand, values: KnownValues, depth = 0, seen: ReadonlySet<string> = new Set()): EngineCall | null | undefined {
  const [first, ...rest] = argv;
  if (!first || depth > MAX_PROGRAM_DEPTH) return undefined;
  const variable = variableOf(first);
  if (variable) {
    for (const value of valuesOf(variable, values, seen)) {
      const call = callAt([...splitValue(value, first.range), ...rest], cmd, values, depth + 1, new Set([...seen, variable.name]));
      if (call !== undefined) return call;
    }
  } else if (first.literal && launcherOf(programName(first) ?? '') !== null) {
    const launched = launchedCommand(makeCommand({ argv: [...argv], assignments: [], range: first.range }));
    return launched ? callAt(launched.argv, cmd, values, depth + 1, seen) : undefined;
  }
  const engine = engineOf(first);
  return engine === undefined ? undefined : readCall(engine, first, rest, values, cmd.invocation.launchers);
}
const MAX_PROGRAM_DEPTH = 8;

/** The engine a program word names (`docker`, `/usr/bin/podman`); null for a variable named as one (ENGINE_VARIABLE); undefined for another program. */
function engineOf(word: Word): string | null | undefined {
  if (word.literal) {
    const name = programName(word);
    return name !== null && ENGINE_PROGRAMS.has(name) ? name : undefined;
  }
  const variable = variableOf(word);
  return variable && ENGINE_VARIABLE.test(variable.name) ? null : undefined;
}

const BUILD_VALUED: ReadonlySet<string> = new Set(IMAGE_BUILD.valued);
const RUN_OPTIONS: OptionGrammar = { valued: CONTAINER_RUN.valued, stopAtOperand: true };

/**
 * The engine's words read with its subcommand's grammar, variables expanded where options and operands stand (see
 * expandWords); null when the engine does not do what the subcommand asks.
 */
function readCall(engine: string | null, program: Word, args: readonly Word[], values: KnownValues, launchers: readonly string[]): EngineCall | null {
  const words = [program, ...expandWords(args, values, BUILD_VALUED)];
  const head = readInvocation(words, launchers, false, IMAGE_BUILD);
  const subcommand = head.subcommand;
  const runs = subcommand !== null && CONTAINER_RUN.subcommands.includes(subcommand);
  if (engine !== null && !(runs ? CONTAINER_RUN.programs : IMAGE_BUILD.programs).includes(engine)) return null;
  if (!runs) return { engine, words, subcommand, invocation: head };
  // The words after the subcommand expanded again, with the run's options.
  const last = head.path[head.path.length - 1]!;
  const written = args.indexOf(last);
  const at = words.indexOf(last) + 1;
  const run = written < 0 ? words : [...words.slice(0, at), ...expandWords(args.slice(written + 1), values, CONTAINER_RUN.valued)];
  return { engine, words: run, subcommand, invocation: readRun(head, run, at) };
}

/**
 * `run`/`create` read with CONTAINER_RUN's options after the subcommand (which ends at `at`), beside the engine's own
 * before it: the first operand is the image, after it the container's command. A variable left unknown whose name
 * says it holds options (`$DOCKER_ARGS`: OPTION_NAME_PARTS) is taken for options, not for the image.
 */
function readRun(head: Invocation, words: readonly Word[], at: number): Invocation {
  const options = head.options.filter((o) => {
    const i = words.indexOf(o.word);
    return i >= 0 && i < at;
  });
  let rest = words.slice(at);
  let opaqueOptions = false;
  for (;;) {
    const scanned = scanOptions(rest, RUN_OPTIONS);
    options.push(...scanned.options);
    const first = scanned.positional[0];
    if (first && holdsOptions(first)) {
      opaqueOptions = true;
      rest = scanned.positional.slice(1);
      continue;
    }
    return { ...head, tool: 'container-run', args: words.slice(1), options, operands: scanned.positional, opaqueOptions };
  }
}

function holdsOptions(word: Word): boolean {
  return !word.literal && [...word.value.matchAll(/\$\{?(\w+)/g)].some((m) => m[1]!.toUpperCase().split('_').some((part) => OPTION_NAME_PARTS.has(part)));
}

// Variables ------------------------------------------------------------------------------------------------------

/** A word that is a whole variable: `$NAME`, `${NAME}`, `"${NAME[@]}"`, `${NAME:-default}` (the default unquoted). */
const WHOLE_VARIABLE = /^\$(?:(\w+)|\{(\w+)(?:\[[@*]\])?(?::?-([^${}]*))?\})$/;
const MAX_EXPANSION_DEPTH = 4;
const MAX_WORDS = 400;

function variableOf(word: Word): { name: string; fallback: string | null } | null {
  const m = word.literal ? null : WHOLE_VARIABLE.exec(word.value);
  return m ? { name: (m[1] ?? m[2])!, fallback: m[3] === undefined ? null : m[3].replace(/^(["'])(.*)\1$/, '$2') } : null;
}

/** The values of a variable: those the file gives it, else its default; the default only where it names itself (`X=${X:-docker}`). */
function valuesOf(variable: { name: string; fallback: string | null }, values: KnownValues, seen: ReadonlySet<string>): string[] {
  const fallback = variable.fallback === null ? [] : [variable.fallback];
  return [...new Set(seen.has(variable.name) ? fallback : (values.get(variable.name) ?? fallback))];
}

/**
 * Words that are a whole variable replaced by the words of every value the file gives it (or its default): the flags
 * a script gathers in variables, from each branch (`FLAGS="--rm -i"`, then `"--rm -it"` when a terminal is attached).
 * The words of a value stand where the variable did. The value of an option (`valued`: `-v $MOUNT`, `--tag "$IMAGE"`)
 * is one word, the first of them: the others are alternatives, not words of the command.
 */
function expandWords(words: readonly Word[], values: KnownValues, valued: ReadonlySet<string>, depth = 0, seen: ReadonlySet<string> = new Set(), state = { value: false, words: 0 }): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    if (state.words > MAX_WORDS) break;
    const variable = variableOf(word);
    const known = variable === null || depth >= MAX_EXPANSION_DEPTH ? [] : valuesOf(variable, values, seen);
    if (known.length) {
      const inner = { value: false, words: state.words };
      const expanded = expandWords(known.flatMap((v) => splitValue(v, word.range)), values, valued, depth + 1, new Set([...seen, variable!.name]), state.value ? inner : state);
      if (!state.value) out.push(...expanded);
      else if (expanded[0]) {
        out.push(expanded[0]);
        state.words++;
        state.value = false;
      }
      continue;
    }
    out.push(word);
    state.words++;
    state.value = !state.value && takesValue(word.value, valued);
  }
  return out;
}

/** An option word that takes the next word as its value (`--tag`, `-v`, `-qt`; not `--tag=x`, `-tx`). */
function takesValue(text: string, valued: ReadonlySet<string>): boolean {
  if (!text.startsWith('-') || text === '-' || text === '--' || text.includes('=')) return false;
  if (text.startsWith('--')) return valued.has(text);
  for (let k = 1; k < text.length; k++) if (valued.has(`-${text[k]}`)) return k === text.length - 1;
  return false;
}

const SPLIT = new Map<string, readonly Word[]>();

/** A value's words, as the shell splits it when expanded unquoted, placed at `range`. */
function splitValue(value: string, range: Range): Word[] {
  if (!value.trim()) return [];
  let words = SPLIT.get(value);
  if (!words) {
    const text = `: ${value}`;
    const cmd = parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR).commands.find((c) => c.name === ':');
    words = cmd ? cmd.args : value.split(/\s+/).filter(Boolean).map((v) => ({ value: v, literal: !/[$`]/.test(v), quoted: false, range }));
    if (SPLIT.size > 10_000) SPLIT.clear();
    SPLIT.set(value, words);
  }
  return words.map((w) => ({ ...w, range }));
}

/** One value for each name a file gives one plain value (null: given more than once, or not plainly), as KnownValues. */
export function plainValues(values: ReadonlyMap<string, string | null>): KnownValues {
  const out = new Map<string, string[]>();
  for (const [name, value] of values) if (value !== null) out.set(name, [value]);
  return out;
}

// Text -----------------------------------------------------------------------------------------------------------

const ENGINE_WORD = new RegExp(`\\b(${CONTAINER_ENGINES.map((e) => e.program).join('|')})\\b`);

/**
 * The text may call an engine: it names one, or a variable that may hold one (ENGINE_VARIABLE, or one whose values,
 * followed a few levels, name one). What a reader tests a line or a file with before parsing it.
 */
export function mentionsEngine(text: string, values: KnownValues = new Map(), depth = 0): boolean {
  if (ENGINE_WORD.test(text)) return true;
  for (const m of text.matchAll(/\$[({]?(\w+)/g)) {
    if (ENGINE_VARIABLE.test(m[1]!)) return true;
    if (depth < MAX_EXPANSION_DEPTH && values.get(m[1]!)?.some((v) => mentionsEngine(v, values, depth + 1))) return true;
  }
  return false;
}

/**
 * A push, read in the text (a script that only prints `docker push …` for its user publishes the image too): `docker
 * push`, `podman image push`, `$(DOCKER) push`, `buildx build --push`, `--output type=registry`, `push=true`.
 */
export const PUSHES = new RegExp(
  `\\b(${IMAGE_BUILD.programs.join('|')})\\s+((image|manifest)\\s+)?push\\b|\\$[({]?\\w*docker\\w*[)}]?\\s+push\\b|\\s--push\\b|\\bpush=true\\b|\\btype=registry\\b`,
  'i',
);

/**
 * The functions a script defines (`name() {`, `function name {`), and those whose body runs its arguments as a command (a
 * line that is `"$@"`, `eval "$@"`): holoscan-sdk's `run_command() { …; "$@"; … }`, which logs and runs what it is
 * given. A body is read up to its closing `}` at the start of a line, bounded.
 */
export function scriptFunctions(text: string): ScriptFunctions {
  const defined = new Set<string>();
  const wrappers = new Set<string>();
  for (const m of text.matchAll(/^(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{/gm)) {
    defined.add(m[1]!);
    const start = m.index + m[0].length;
    const end = text.indexOf('\n}', start);
    const body = text.slice(start, end < 0 ? start + MAX_WRAPPER_BODY : Math.min(end, start + MAX_WRAPPER_BODY));
    if (/^\s*((eval|exec|command)\s+)?"?\$(@|\{@\})"?\s*(;|&&|\|\||$)/m.test(body)) wrappers.add(m[1]!);
  }
  return { defined, wrappers };
}
const MAX_WRAPPER_BODY = 4000;
