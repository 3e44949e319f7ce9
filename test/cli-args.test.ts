import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, type ParsedArgs } from '../src/cli/args.js';
import { helpText } from '../src/cli/help.js';
import { COMMANDS, OPTIONS } from '../src/cli/options.js';
import { runCli } from './cli-harness.js';

function run(...argv: string[]): ParsedArgs {
  const line = parseCommandLine(argv);
  if (line.kind !== 'run') throw new Error(`expected a run, got ${line.kind}`);
  return line.args;
}

function usageError(...argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`${argv.join(' ')}: no usage error`);
}

describe('command-line parsing', () => {
  it('reads the lint command by default, with its defaults', () => {
    const args = run('Dockerfile', 'svc/');
    expect(args.command.name).toBe('lint');
    expect(args.operands).toEqual(['Dockerfile', 'svc/']);
    expect(args.strings('format')).toEqual(['text']);
    expect(args.flag('quiet')).toBe(false);
    expect([args.flag('fix'), args.string('config'), args.number('jobs')]).toEqual([undefined, undefined, undefined]);
  });

  it('takes aliases, clusters and --name=value', () => {
    const args = run('-qf', 'json', '-c', 'cfg.yaml', '--output=out.json', '--diff', '-oreport.txt');
    expect(args.flag('quiet')).toBe(true);
    expect(args.strings('format')).toEqual(['json']);
    expect(args.string('config')).toBe('cfg.yaml');
    expect(args.flag('fix-dry-run')).toBe(true);
    // The last of a single-valued option wins.
    expect(args.string('output')).toBe('report.txt');
  });

  it('keeps every value of a repeatable option, in order', () => {
    const args = run('--format', 'sarif:a.sarif', '-f', 'text', '--format=junit:j.xml', '--rule', 'a=off', '--rule', 'b=error');
    expect(args.strings('format')).toEqual(['sarif:a.sarif', 'text', 'junit:j.xml']);
    expect(args.strings('rule')).toEqual(['a=off', 'b=error']);
  });

  it('negates booleans with --no-, and reads --flag=true|false', () => {
    expect(run('--no-color').flag('color')).toBe(false);
    expect(run('--color').flag('color')).toBe(true);
    expect(run('--color', '--no-color').flag('color')).toBe(false);
    expect(run('--no-inline-config').flag('inline-config')).toBe(false);
    expect(run('--fix=false').flag('fix')).toBe(false);
    expect(run('--no-quiet', '-q').flag('quiet')).toBe(true);
  });

  it('reads numbers, and camel-case spellings of long options as yargs did', () => {
    expect(run('--jobs', '4').number('jobs')).toBe(4);
    expect(run('--failureThreshold', 'error', 'x').string('failure-threshold')).toBe('error');
    expect(run('--noInlineConfig').flag('inline-config')).toBe(false);
  });

  it('keeps - (stdin) as an operand and ends options at --', () => {
    expect(run('-', '--stdin-filename', 'svc/Dockerfile').operands).toEqual(['-']);
    const args = run('--quiet', '--', '--fix', 'rules', '-');
    expect(args.command.name).toBe('lint');
    expect(args.operands).toEqual(['--fix', 'rules', '-']);
    expect(args.flag('fix')).toBeUndefined();
  });

  it('finds the command in the first operand, wherever the options are', () => {
    const rules = run('--config', 'c.yaml', 'rules', '--covers', 'DL3008', '-f', 'json');
    expect([rules.command.name, rules.string('config'), rules.string('covers'), rules.string('format')]).toEqual(['rules', 'c.yaml', 'DL3008', 'json']);
    expect(run('rules').string('format')).toBe('text');
    expect(run('explain', 'DL3008').operands).toEqual(['DL3008']);
    const migrate = run('migrate', '--stdout', 'cfg/.hadolint.yaml');
    expect([migrate.flag('stdout'), migrate.flag('force'), migrate.operands]).toEqual([true, false, ['cfg/.hadolint.yaml']]);
    // A later operand is a path.
    expect(run('Dockerfile', 'rules').operands).toEqual(['Dockerfile', 'rules']);
  });

  it('lets editors add their own options to lsp', () => {
    const args = run('lsp', '--stdio', '--clientProcessId=42', '--node-ipc', '7');
    expect(args.command.name).toBe('lsp');
    expect(args.flag('stdio')).toBe(true);
  });

  it('answers --help and --version before checking anything else', () => {
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['rules', '--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['-h'])).toMatchObject({ kind: 'help', command: { name: 'lint' } });
    expect(parseCommandLine(['explain', '--help', '--bogus'])).toMatchObject({ kind: 'help', command: { name: 'explain' } });
  });

  it('says what is wrong in one line per mistake', () => {
    expect(usageError('--bogus')).toBe('unknown option --bogus (dlint --help lists the options)');
    expect(usageError('--formt', 'json')).toBe('unknown option --formt; did you mean --format? (dlint --help lists the options)');
    expect(usageError('--no-colr')).toContain('did you mean --no-color?');
    expect(usageError('rules', '--covrs', 'DL3008')).toBe('unknown option --covrs; did you mean --covers? (dlint rules --help lists the options)');
    expect(usageError('-x')).toBe('unknown option -x (dlint --help lists the options)');
    expect(usageError('rules', '--quiet')).toBe('--quiet is an option of linting (dlint [paths..]), not of dlint rules');
    expect(usageError('--stdout')).toBe('--stdout is an option of dlint migrate, not of linting (dlint [paths..])');
    expect(usageError('--preset', 'strct')).toBe('--preset strct: choose one of recommended, strict; did you mean strict?');
    expect(usageError('--failure-threshold', 'fatal')).toBe('--failure-threshold fatal: choose one of error, warning, info, style, none');
    expect(usageError('rules', '--format', 'sarif')).toBe('--format sarif: choose one of text, json');
    expect(usageError('--jobs', 'two')).toBe('--jobs two: expected a whole number, 1 or more');
    expect(usageError('--jobs', '0')).toBe('--jobs 0: expected a whole number, 1 or more');
    expect(usageError('--config')).toBe('--config needs a value (FILE)');
    expect(usageError('--output', '--quiet')).toBe('--output needs a value (FILE); to give one that starts with -, write --output=--quiet');
    expect(usageError('--quiet=yes')).toBe('--quiet takes no value');
    expect(usageError('explain')).toBe('explain needs an argument: dlint explain <id>');
    expect(usageError('explain', 'a', 'b')).toBe('explain takes one argument; unexpected b');
    expect(usageError('rules', 'x')).toBe('rules takes no arguments; unexpected x');
    expect(usageError('--bogus', '--preset', 'x')).toBe('unknown option --bogus (dlint --help lists the options)\n--preset x: choose one of recommended, strict');
  });

  it('gives every command and option a description, and each option name one type', () => {
    for (const c of COMMANDS) expect(c.description.length, c.name).toBeGreaterThan(0);
    const types = new Map<string, string>();
    for (const o of OPTIONS) {
      expect(o.description.length, o.name).toBeGreaterThan(0);
      expect(types.get(o.name) ?? o.type, o.name).toBe(o.type);
      types.set(o.name, o.type);
    }
  });
});

describe('--help', () => {
  const lint = COMMANDS.find((c) => c.name === 'lint')!;
  const rules = COMMANDS.find((c) => c.name === 'rules')!;

  it('lists the commands and every lint option with its choices and default', () => {
    const help = helpText(lint, 100);
    expect(help).toMatch(/^Usage: dlint \[paths\.\.\] \[options\]\n/);
    for (const c of ['rules', 'explain <id>', 'migrate [file]', 'lsp']) expect(help).toContain(`  dlint ${c} `);
    expect(help).toMatch(/^ {2}-f, --format FORMAT\[:FILE\] +Output format: /m);
    expect(help).toMatch(/^ {6}--fix-dry-run, --diff +Print the fixes/m);
    expect(help).toContain('[choices: error, warning, info, style, none]');
    expect(help).toContain('[default: text]');
  });

  it("shows a subcommand's own options and the shared ones only", () => {
    const help = helpText(rules, 100);
    expect(help).toMatch(/^Usage: dlint rules \[options\]\n/);
    for (const o of ['--covers', '--format', '--config', '--help', '--version']) expect(help).toContain(o);
    for (const o of ['--quiet', '--failure-threshold', 'sarif', 'Commands:']) expect(help).not.toContain(o);
  });

  it('wraps to the terminal, at most 100 columns, keeping the columns aligned', () => {
    for (const columns of [undefined, 200, 100, 80, 60, 40]) {
      const lines = helpText(lint, columns).split('\n');
      const width = Math.min(100, columns ?? 100);
      expect(lines.filter((l) => l.length > width), String(columns)).toEqual([]);
      expect(lines.every((l) => !l.endsWith(' ')), String(columns)).toBe(true);
    }
    const narrow = helpText(lint, 80).split('\n');
    const start = narrow.find((l) => l.includes('--format'))!.indexOf('Output format');
    expect(narrow.find((l) => l.includes('--verbose'))!.indexOf('Say which')).toBe(start);
  });

  it('goes to stdout with exit 0, as does --version', async () => {
    const help = await runCli(['explain', '--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: dlint explain <id> \[options\]/);
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});
