/**
 * Reads the command line with the tables of src/cli/options.ts: Node's parseArgs splits the arguments into options
 * and operands (clusters such as `-qf json`, `--name=value`, `--`), and this module checks them against the command's
 * options, one `dlint: …` line per mistake.
 */
import { parseArgs } from 'node:util';
import { nearest } from '../suggest.js';
import { COMMANDS, OPTIONS, optionsOf, type CommandSpec, type OptionName, type OptionSpec } from './options.js';

/** A mistake on the command line (or in what it names): exit 2 with its message. */
export class UsageError extends Error {}

/** A message for stderr, each line prefixed `dlint: `. */
export function errorLines(message: string): string {
  return message.split('\n').map((l) => `dlint: ${l}\n`).join('');
}

type Value = string | boolean | number | string[];

/** A command's operands and the values of its options by long name (defaults filled in). */
export class ParsedArgs {
  constructor(
    readonly command: CommandSpec,
    readonly operands: readonly string[],
    private readonly values: ReadonlyMap<string, Value>,
  ) {}

  string(name: OptionName): string | undefined {
    return this.get(name, 'string');
  }

  strings(name: OptionName): string[] {
    return this.get(name, 'object') ?? [];
  }

  flag(name: OptionName): boolean | undefined {
    return this.get(name, 'boolean');
  }

  number(name: OptionName): number | undefined {
    return this.get(name, 'number');
  }

  private get<T>(name: OptionName, type: 'string' | 'object' | 'boolean' | 'number'): T | undefined {
    const value = this.values.get(name);
    if (value !== undefined && typeof value !== type) throw new Error(`option ${name} is read as a ${type} but holds ${JSON.stringify(value)}`);
    return value as T | undefined;
  }
}

export type CommandLine = { kind: 'run'; args: ParsedArgs } | { kind: 'help'; command: CommandSpec } | { kind: 'version' };

/** Every option name, for parseArgs to tell options that take a value from those that do not. */
const LEXICON: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
for (const o of OPTIONS as readonly OptionSpec[]) {
  const type = o.type === 'boolean' ? 'boolean' : 'string';
  const known = LEXICON[o.name];
  // One name is one kind of option in every command: how the arguments split cannot depend on the command.
  if (known && known.type !== type) throw new Error(`option --${o.name} is both a ${known.type} and a ${type}`);
  const short = o.aliases?.find((a) => a.length === 1);
  LEXICON[o.name] = short ? { type, short } : { type };
  for (const alias of o.aliases ?? []) if (alias.length > 1) LEXICON[alias] = { type };
}

/** What to do for these arguments (the ones after `dlint`); throws UsageError for a mistake. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { tokens } = parseArgs({ args: kebabCase(argv), options: LEXICON, strict: false, allowPositionals: true, tokens: true });
  // The first operand names the command unless it comes after `--` (then it is a path, as every operand there).
  const first = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  const named = first?.kind === 'positional' ? COMMANDS.find((c) => c.name !== 'lint' && c.name === first.value) : undefined;
  const command = named ?? COMMANDS.find((c) => c.name === 'lint')!;
  const specs = optionsOf(command.name);

  const values = new Map<string, Value>();
  const operands: string[] = [];
  const errors: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!(named && token === first)) operands.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const found = resolve(token.name, specs);
    if (!found) {
      if (!command.lenient) errors.push(unknownOption(token.rawName, token.name, command));
      continue;
    }
    const { spec, negated } = found;
    const error = setValue(values, spec, negated, token.rawName.startsWith('--') ? token.rawName : `--${spec.name}`, token.value, token.inlineValue === true);
    if (error) errors.push(error);
  }
  if (values.get('help') === true) return { kind: 'help', command };
  if (values.get('version') === true) return { kind: 'version' };
  if (errors.length === 0 && !command.lenient) errors.push(...operandErrors(command, operands));
  if (errors.length > 0) throw new UsageError(errors.join('\n'));
  for (const spec of specs) if (spec.default !== undefined && !values.has(spec.name)) values.set(spec.name, spec.multiple ? [spec.default as string] : spec.default);
  return { kind: 'run', args: new ParsedArgs(command, operands, values) };
}

/** `--failureThreshold` for `--failure-threshold`, as yargs accepted: camel-case spellings of known long options. */
function kebabCase(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    const m = /^--([a-z]+[A-Z][A-Za-z]*)(=.*)?$/s.exec(arg);
    if (!m || (end >= 0 && i > end)) return arg;
    const kebab = m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const name = kebab.startsWith('no-') ? kebab.slice(3) : kebab;
    return Object.hasOwn(LEXICON, name) ? `--${kebab}${m[2] ?? ''}` : arg;
  });
}

function resolve(name: string, specs: readonly OptionSpec[]): { spec: OptionSpec; negated: boolean } | null {
  const spec = specs.find((o) => o.name === name || o.aliases?.includes(name));
  if (spec) return { spec, negated: false };
  const positive = name.startsWith('no-') ? specs.find((o) => o.type === 'boolean' && o.name === name.slice(3)) : undefined;
  return positive ? { spec: positive, negated: true } : null;
}

/** Records one option's value; returns what is wrong with it, if anything. */
function setValue(values: Map<string, Value>, spec: OptionSpec, negated: boolean, shown: string, value: string | undefined, inline: boolean): string | null {
  if (spec.type === 'boolean') {
    // `--fix=false` as yargs read it; a negated option takes no value at all.
    if (value !== undefined && (negated || (value !== 'true' && value !== 'false'))) return `${shown} takes no value`;
    values.set(spec.name, value === undefined ? !negated : value === 'true');
    return null;
  }
  // parseArgs takes the next argument as the value even when it is an option (`--output --quiet`): say it is missing.
  if (value === undefined || (!inline && value.startsWith('-') && value !== '-')) {
    return `${shown} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}${value === undefined ? '' : `; to give one that starts with -, write --${spec.name}=${value}`}`;
  }
  if (spec.choices && !spec.choices.includes(value)) {
    const hint = nearest(value, spec.choices);
    return `${shown} ${value}: choose one of ${spec.choices.join(', ')}${hint ? `; did you mean ${hint}?` : ''}`;
  }
  if (spec.type === 'number') {
    if (!/^[1-9]\d*$/.test(value)) return `${shown} ${value}: expected a whole number, 1 or more`;
    values.set(spec.name, Number(value));
  } else if (spec.multiple) {
    const given = values.get(spec.name);
    values.set(spec.name, Array.isArray(given) ? [...given, value] : [value]);
  } else values.set(spec.name, value);
  return null;
}

function unknownOption(rawName: string, name: string, command: CommandSpec): string {
  const elsewhere = COMMANDS.filter((c) => c !== command && resolve(name, optionsOf(c.name)));
  if (elsewhere.length > 0 && rawName.startsWith('--')) return `${rawName} is an option of ${elsewhere.map(commandLine).join(' and ')}, not of ${commandLine(command)}`;
  const names = optionsOf(command.name).flatMap((o) => [o.name, ...(o.aliases ?? []).filter((a) => a.length > 1), ...(o.type === 'boolean' ? [`no-${o.name}`] : [])]);
  const hint = rawName.startsWith('--') ? nearest(name, names) : null;
  return `unknown option ${rawName}${hint ? `; did you mean --${hint}?` : ''} (${command.name === 'lint' ? 'dlint' : `dlint ${command.name}`} --help lists the options)`;
}

function commandLine(command: CommandSpec): string {
  return command.name === 'lint' ? 'linting (dlint [paths..])' : `dlint ${command.name}`;
}

function operandErrors(command: CommandSpec, operands: readonly string[]): string[] {
  if (command.operands === 'one' && operands.length === 0) return [`${command.name} needs an argument: dlint ${command.usage}`];
  const allowed = { none: 0, optional: 1, one: 1, many: Infinity }[command.operands];
  if (operands.length > allowed) return [`${command.name} takes ${allowed === 0 ? 'no arguments' : 'one argument'}; unexpected ${operands.slice(allowed).join(' ')}`];
  return [];
}
