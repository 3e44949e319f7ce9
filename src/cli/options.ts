/**
 * The commands and options of the command line, as data: src/cli/args.ts parses and checks arguments from these
 * tables and src/cli/help.ts writes each command's --help from them, so the two cannot disagree.
 */
import { PARALLEL_MIN_FILES } from '../parallel.js';
import { FORMATS } from '../reporters/formats.js';
import { SEVERITIES } from '../types.js';

export type CommandName = 'lint' | 'rules' | 'explain' | 'migrate' | 'lsp';

export interface CommandSpec {
  name: CommandName;
  /** What follows `dlint` in the usage line; the lint command is the one without a word of its own. */
  usage: string;
  description: string;
  /** The positional arguments: none, at most one, exactly one, or any number. */
  operands: 'none' | 'optional' | 'one' | 'many';
  /** How --help names and describes them. */
  operand?: { name: string; description: string };
  /** Lenient commands ignore options and arguments they do not know (editors add their own to `dlint lsp`). */
  lenient?: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'lint',
    usage: '[paths..]',
    description: 'Lint Dockerfiles: files, folders (searched for Dockerfiles), globs, or - for stdin.',
    operands: 'many',
    operand: { name: 'paths', description: 'Files, folders, globs, or - for stdin (default: search the current folder)' },
  },
  {
    name: 'rules',
    usage: 'rules',
    description: 'List every rule (plugins included) with its default severity, preset and fix safety',
    operands: 'none',
  },
  {
    name: 'explain',
    usage: 'explain <id>',
    description: "Print a rule's documentation (or that of the rule covering a hadolint or BuildKit id)",
    operands: 'one',
    operand: { name: 'id', description: 'A dlint rule id, or a hadolint or BuildKit id (e.g. DL3008)' },
  },
  {
    name: 'migrate',
    usage: 'migrate [file]',
    description: 'Write the .dlintrc.yaml equivalent to a .hadolint.yaml',
    operands: 'optional',
    operand: { name: 'file', description: 'The hadolint config (default: .hadolint.yaml or .hadolint.yml here)' },
  },
  { name: 'lsp', usage: 'lsp', description: 'Run the language server (for editors) on stdin and stdout', operands: 'none', lenient: true },
];

export interface OptionSpec {
  /** The long name, `--name`; the key under which its value is read. */
  name: string;
  /** Other names: one letter is a short option (`-f`), longer ones are long options (`--diff`). */
  aliases?: readonly string[];
  /** Booleans take no value (`--no-NAME` sets false); numbers are whole and at least 1. */
  type: 'string' | 'boolean' | 'number';
  /** Repeatable: every value is kept, in order (otherwise the last one given wins). */
  multiple?: boolean;
  choices?: readonly string[];
  default?: string | boolean;
  /** How the value is called in --help. */
  valueName?: string;
  description: string;
  /** The commands that take it; `all` for the ones every command shares. */
  commands: readonly CommandName[] | 'all';
}

// One name may have a row per command (rules' --format is not lint's) as long as its type is the same.
export const OPTIONS = [
  {
    name: 'format',
    aliases: ['f'],
    type: 'string',
    multiple: true,
    default: 'text',
    valueName: 'FORMAT[:FILE]',
    description: `Output format: ${FORMATS.join(', ')}; FORMAT:FILE writes that report to FILE (repeatable)`,
    commands: ['lint'],
  },
  { name: 'output', aliases: ['o'], type: 'string', valueName: 'FILE', description: 'Write the report to a file instead of stdout', commands: ['lint'] },
  {
    name: 'sarif-category',
    type: 'string',
    valueName: 'NAME',
    description: 'SARIF automationDetails category, to upload several dlint runs side by side (default: dlint)',
    commands: ['lint'],
  },
  {
    name: 'failure-threshold',
    type: 'string',
    choices: [...SEVERITIES, 'none'],
    valueName: 'LEVEL',
    description: 'Exit 1 when a finding is at least this severe (default: config, else warning)',
    commands: ['lint'],
  },
  { name: 'rule', type: 'string', multiple: true, valueName: 'ID=LEVEL', description: 'Set a rule: ID=off|error|warning|info|style (repeatable)', commands: ['lint'] },
  { name: 'preset', type: 'string', choices: ['recommended', 'strict'], valueName: 'NAME', description: 'Rule preset (default: config, else recommended)', commands: ['lint'] },
  { name: 'config', aliases: ['c'], type: 'string', valueName: 'FILE', description: 'Use this config file instead of searching for one', commands: ['lint', 'rules', 'explain'] },
  { name: 'print-config', type: 'string', valueName: 'FILE', description: 'Print the configuration that applies to a file, and exit', commands: ['lint'] },
  { name: 'inline-config', type: 'boolean', description: 'Honour inline suppression comments (--no-inline-config ignores them)', commands: ['lint'] },
  { name: 'report-unused-ignores', type: 'boolean', description: 'Report dlint-ignore comments that suppress nothing', commands: ['lint'] },
  {
    name: 'shellcheck',
    type: 'string',
    choices: ['auto', 'on', 'off'],
    valueName: 'WHEN',
    description: 'Run ShellCheck over RUN shell: when found (default: config, else auto), always, never',
    commands: ['lint'],
  },
  { name: 'fix', type: 'boolean', description: 'Apply safe fixes to the files (stdin: print the fixed text)', commands: ['lint'] },
  { name: 'fix-unsafe', type: 'boolean', description: 'Apply unsafe fixes too (implies --fix)', commands: ['lint'] },
  {
    name: 'fix-dry-run',
    aliases: ['diff'],
    type: 'boolean',
    description: 'Print the fixes as a unified diff per file and write nothing; the report goes to stderr and the exit code is as without fixing',
    commands: ['lint'],
  },
  { name: 'context', type: 'string', valueName: 'DIR', description: "Build context folder (default: config, else each Dockerfile's folder)", commands: ['lint'] },
  { name: 'stdin-filename', type: 'string', valueName: 'PATH', description: 'Path to report for input read from stdin', commands: ['lint'] },
  { name: 'color', type: 'boolean', description: 'Colour text output (default: on a terminal, unless NO_COLOR is set; --no-color never)', commands: ['lint'] },
  { name: 'quiet', aliases: ['q'], type: 'boolean', default: false, description: 'Report errors only', commands: ['lint'] },
  { name: 'verbose', type: 'boolean', description: 'Say which files a folder search skipped, and why', commands: ['lint'] },
  {
    name: 'jobs',
    type: 'number',
    valueName: 'N',
    description: `Worker threads for ${PARALLEL_MIN_FILES} files or more (default: one less than the number of cores; 1 lints in one thread)`,
    commands: ['lint'],
  },
  { name: 'covers', type: 'string', valueName: 'ID', description: 'Show which rule covers a hadolint or BuildKit check (e.g. DL3008)', commands: ['rules'] },
  { name: 'format', aliases: ['f'], type: 'string', choices: ['text', 'json'], default: 'text', valueName: 'FORMAT', description: 'Output format', commands: ['rules'] },
  { name: 'force', type: 'boolean', default: false, description: 'Overwrite an existing .dlintrc.yaml', commands: ['migrate'] },
  { name: 'stdout', type: 'boolean', default: false, description: 'Print the converted config instead of writing it', commands: ['migrate'] },
  { name: 'stdio', type: 'boolean', default: true, description: 'Speak LSP over stdin/stdout (the only transport)', commands: ['lsp'] },
  { name: 'help', aliases: ['h'], type: 'boolean', description: 'Show this help', commands: 'all' },
  { name: 'version', type: 'boolean', description: 'Show the version number', commands: 'all' },
] as const satisfies readonly OptionSpec[];

export type OptionName = (typeof OPTIONS)[number]['name'];

/** The options a command takes, in the order of the table. */
export function optionsOf(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((o: OptionSpec) => o.commands === 'all' || o.commands.includes(command));
}
