/**
 * The one command reader: turns a simple command's words into an invocation (program, subcommand path, options,
 * operands, the launchers it went through), using the tool grammars of src/knowledge/commands.ts. Every rule,
 * build-context check and server detection reads commands through this module; nothing else scans flags.
 */
import { LAUNCHERS, type LauncherGrammar, launcherOf, type ToolGrammar, toolOf } from '../knowledge/commands.js';
import { OPTION_NAME_PARTS } from '../knowledge/word-splitting.js';
import { processWord, type Scope } from '../model/words.js';
import { EMPTY, orEmpty, orSame } from '../model/empty.js';
import { type CommandOption, type OptionGrammar, scanOptions } from './options.js';
import type { Range } from '../types.js';
import type { Assignment, SimpleCommand, Word } from './types.js';

export type { CommandOption } from './options.js';

export interface Invocation {
  /** The tool's id in the grammar table (`apt` for `apt-get`, `rpm` for `dnf`), null for other programs. */
  tool: string | null;
  /** The program's base name as written (`apt-get`, `pip3`, `pip` for `python -m pip`); null when unknown. */
  program: string | null;
  /** Subcommand words as written (`['group', 'install']`), empty when the tool has none or none was given. */
  path: readonly Word[];
  /** The subcommand path, canonical (`in` → `install`, words joined by a space); null when there is none. */
  subcommand: string | null;
  /** Every option, wherever it stands; each letter of a short cluster (`-yq`) separately. */
  options: readonly CommandOption[];
  /** The words after the subcommand that are not options or option values. */
  operands: readonly Word[];
  /** What ran it, outermost first: `sudo`, `conda run`, `python3 -m`. */
  launchers: readonly string[];
  /** A word could not be resolved and its name says it holds options (`$APT_OPTS`): the options are not all known. */
  opaqueOptions: boolean;
  /** A dry-run option of its tool (`apt-get install -s`): the call installs and downloads nothing. */
  dryRun: boolean;
  /** The words after the program, build variables resolved: what `options` and `operands` were read from. */
  args: readonly Word[];
}

/** What the words of a command may be resolved with: build variables visible to the shell, and the whole script. */
export interface WordContext {
  scope: Scope;
  /** The script's text: a variable it (re)assigns (`X=…`, `for X in`, `read X`) no longer holds its ARG/ENV value. */
  scriptText: string;
}

/** The program's base name, also when its folder is a variable (`${CONDA_DIR}/bin/pip`). */
export function programName(word: Word): string | null {
  if (word.literal) return word.value.split('/').pop() ?? word.value;
  const last = word.value.split('/').pop()!;
  return word.value.includes('/') && /^[\w.+-]+$/.test(last) ? last : null;
}

const FOR_OR_READ = /\b(?:for|read)\b/;

/** The script (re)assigns the variable (`X=…`, `export X=…`, `for X in`, `read X`). */
export function reassigns(name: string, script: string): boolean {
  // Every form needs `name=` or a `for`/`read` word: most scripts have neither, and need no pattern compiled.
  if (!script.includes(`${name}=`) && !FOR_OR_READ.test(script)) return false;
  return new RegExp(`(^|[^\\w$])${name}=|\\bfor\\s+${name}\\b|\\bread\\b[^;&|\\n]*\\b${name}\\b`).test(script);
}

/** Answers per script and name: asked for every word of every command, a scan of the script each time was quadratic. */
const reassigned = new WeakMap<WordContext, Map<string, boolean>>();

function reassignsIn(name: string, context: WordContext): boolean {
  let byName = reassigned.get(context);
  if (!byName) reassigned.set(context, (byName = new Map()));
  let yes = byName.get(name);
  if (yes === undefined) {
    yes = reassigns(name, context.scriptText);
    byName.set(name, yes);
  }
  return yes;
}

/**
 * Words with `$VAR` replaced by ARG/ENV values the build knows (unquoted ones split on blanks as the shell does);
 * words the linter cannot know (`$(…)`, shell parameters, variables the script sets) stay as written.
 */
export function resolveWords(words: readonly Word[], context: WordContext | null): { words: Word[]; opaqueOptions: boolean } {
  let opaqueOptions = false;
  const out: Word[] = [];
  for (const w of words) {
    if (w.literal || !context) {
      out.push(w);
      continue;
    }
    // The shell already removed the word's quotes: expand its variables only.
    const e = /\$\(|`|\$\{?[0-9@*#?$!-]/.test(w.value) ? null : processWord(w.value, context.scope, { keepQuotes: true });
    const known = e && e.unresolved.length === 0 && !e.value.includes('$') && !e.variables.some((r) => reassignsIn(r.name, context));
    if (!known) {
      const names = e?.variables.map((r) => r.name) ?? [];
      if (names.some((n) => n.toUpperCase().split('_').some((part) => OPTION_NAME_PARTS.has(part)))) opaqueOptions = true;
      out.push(w);
      continue;
    }
    const pieces = w.quoted ? [e.value] : e.value.split(/\s+/).filter(Boolean);
    for (const value of pieces) out.push({ ...w, value, literal: true });
  }
  return { words: out, opaqueOptions };
}

const grammars = new WeakMap<ToolGrammar | LauncherGrammar, OptionGrammar>();

function optionGrammar(g: ToolGrammar | LauncherGrammar, extra: Partial<OptionGrammar> = {}): OptionGrammar {
  let cached = grammars.get(g);
  if (!cached) {
    const tool = g as ToolGrammar;
    cached = {
      valued: new Set(g.valued),
      singleDashLong: tool.singleDashLong,
      dropAfterDoubleDash: tool.dropAfterDoubleDash,
      booleanValues: tool.booleanValues,
      longOptionsTakeValue: (g as LauncherGrammar).longOptionsTakeValue,
      abbreviations: tool.abbreviations,
    };
    grammars.set(g, cached);
  }
  return Object.keys(extra).length ? { ...cached, ...extra } : cached;
}

/**
 * Reads `argv` (program first, words already resolved) as an invocation of its tool, with the grammar the table
 * has for the program or the one given.
 */
export function readInvocation(argv: readonly Word[], launchers: readonly string[], opaqueOptions: boolean, given?: ToolGrammar): Invocation {
  const program = programName(argv[0]!);
  const grammar = given ?? (program ? toolOf(program) : null);
  const args = argv.slice(1);
  if (!grammar) {
    const { options, positional } = scanOptions(args, { valued: new Set() });
    return { tool: null, program, path: EMPTY, subcommand: null, options: orEmpty(options), operands: orSame(positional, args), launchers, opaqueOptions, dryRun: false, args };
  }
  const { options, positional } = scanOptions(args, optionGrammar(grammar));
  const path: Word[] = [];
  if (grammar.subcommands && positional[0]?.literal) {
    path.push(positional[0]);
    if (grammar.nested?.includes(positional[0].value) && positional[1]?.literal) path.push(positional[1]);
  }
  const written = path.map((w) => w.value).join(' ');
  const aliases = grammar.aliases ?? {};
  const subcommand = path.length === 0 ? null : (aliases[written] ?? (path.length > 1 && aliases[path[0]!.value] ? `${aliases[path[0]!.value]} ${path.slice(1).map((w) => w.value).join(' ')}` : written));
  const dryRun = options.some((o) => grammar.dryRun?.includes(o.name) ?? false);
  return { tool: grammar.tool, program, path: orEmpty(path), subcommand, options: orEmpty(options), operands: orSame(positional.slice(path.length), args), launchers, opaqueOptions, dryRun, args };
}

/** The command a launcher runs: its words, the `env NAME=value` assignments before it, and how to name the launcher. */
export interface Launched {
  argv: Word[];
  assignments: Assignment[];
  label: string;
  /** The program is a module the launcher runs (`python3 -m pip`). */
  module: boolean;
}

const PYTHON_VARIABLE = /^(\$\{?\w+\}?|(.*\/)?python[\w.${}]*)$/;

/**
 * The command that `cmd` runs on its behalf (`sudo apt-get …`, `conda run -n env pip …`, `python3 -m pip …`,
 * `tini -- uvicorn …`), or null when `cmd` is not a launcher.
 */
export function launchedCommand(cmd: SimpleCommand, words: readonly Word[] = cmd.args): Launched | null {
  const first = cmd.argv[0]!;
  const name = programName(first);
  // `$PYTHON -m pip` and `python$PY_VERSION -m pip`: a variable that names the interpreter.
  const launcher = name ? launcherOf(name) : !first.literal && PYTHON_VARIABLE.test(first.value) ? LAUNCHERS.find((l) => l.moduleOption)! : null;
  if (!launcher) return null;
  const label = name ?? first.value;
  let rest = words.slice();
  const assignments: Assignment[] = [];
  const grammar = optionGrammar(launcher, { stopAtOperand: true });
  let scanned = scanOptions(rest, grammar);
  if (launcher.runsNothingWith && scanned.options.some((o) => launcher.runsNothingWith!.includes(o.name))) return null;
  if (launcher.moduleOption) {
    const module = scanned.options.find((o) => o.name === launcher.moduleOption);
    if (!module?.value || !module.valueWord) return null;
    // The module word: `-m pip` names it on its own, `-mpip` inside the option's word.
    const word: Word = { ...module.valueWord, value: module.value };
    const after = rest.indexOf(module.valueWord) + 1;
    return { argv: [word, ...rest.slice(after)], assignments, label: `${label} -m`, module: true };
  }
  if (launcher.sub) {
    if (scanned.positional[0]?.value !== launcher.sub) return null;
    rest = scanned.positional.slice(1);
    scanned = scanOptions(rest, grammar);
  }
  rest = scanned.positional;
  if (launcher.assignments) {
    while (rest.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0]!.value)) {
      const v = rest[0]!.value;
      assignments.push({ name: v.slice(0, v.indexOf('=')), value: v.slice(v.indexOf('=') + 1) });
      rest = scanOptions(rest.slice(1), grammar).positional;
    }
  }
  rest = rest.slice(launcher.operands ?? 0);
  if (rest.length === 0) return null;
  return { argv: rest, assignments, label: launcher.sub ? `${label} ${launcher.sub}` : label, module: false };
}

// The questions rules ask ------------------------------------------------------------------------------------

/** True when one of the named options was given (`-y`, `--yes`; a letter of a cluster `-qy` counts). */
export function hasOption(inv: Pick<Invocation, 'options'>, ...names: string[]): boolean {
  return inv.options.some((o) => names.includes(o.name));
}

/** The value of the first of the named options that was given, or null. */
export function optionValue(inv: Pick<Invocation, 'options'>, ...names: string[]): string | null {
  return inv.options.find((o) => names.includes(o.name))?.value ?? null;
}

/** Every value given to the named options, with the word that holds each. */
export function optionValues(inv: Pick<Invocation, 'options'>, ...names: string[]): { value: string; word: Word }[] {
  return inv.options.filter((o) => names.includes(o.name) && o.value !== null).map((o) => ({ value: o.value!, word: o.valueWord ?? o.word }));
}

/** The invocation is `tool` running one of `subcommands` (canonical spellings; none given: any). */
export function isCall(inv: Invocation, tool: string, ...subcommands: string[]): boolean {
  return inv.tool === tool && (subcommands.length === 0 || (inv.subcommand !== null && subcommands.includes(inv.subcommand)));
}

/** From the program word (or the interpreter of `python3 -m pip`) to the end of the program word: where to point at a command. */
export function programRange(cmd: SimpleCommand): Range {
  const program = cmd.argv[0]!.range;
  const module = cmd.invocation.launchers[cmd.invocation.launchers.length - 1]?.endsWith(' -m') ?? false;
  return { start: module ? cmd.range.start : program.start, end: program.end };
}

/** The subcommand word to point at (the last word of the path), or the program word for a bare call. */
export function subcommandWord(inv: Invocation, cmd: SimpleCommand): Word {
  return inv.path[inv.path.length - 1] ?? cmd.argv[0]!;
}

/** A word's value when the linter knows it (build variables already resolved), as a list of zero or one. */
export function knownValue(word: Word): string[] {
  return word.literal ? [word.value] : [];
}

/** Words that reach a program as its arguments (a command's own, or `GUNICORN_CMD_ARGS`), read with `grammar`. */
export function readArguments(words: readonly Word[], grammar: ToolGrammar): Invocation {
  const none: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return readInvocation([{ value: grammar.programs[0] ?? '', literal: true, quoted: false, range: none }, ...words], [], false, grammar);
}
