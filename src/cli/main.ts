/** The command line: arguments → files → lint → report → exit code (0 clean, 1 findings, 2 usage/IO error). */
import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { ConfigError, parseRuleSetting, unknownRuleMessage, type RuleConfig } from '../config/rule-settings.js';
import { ruleText } from '../docs.js';
import { DiscoveryError, discover } from '../discover.js';
import { allRules, lint } from '../lint.js';
import { decodeDockerfile, InputError } from '../read.js';
import { REPORTERS, type FileResult } from '../reporters/index.js';
import { SEVERITIES, type Finding, type Preset, type Severity } from '../types.js';
import { VERSION } from '../version.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

class UsageError extends Error {}

/** yargs swallows a bare `-`; it stands for stdin, so it travels under another name. */
const STDIN_TOKEN = '\u0000stdin';

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv.map((a) => (a === '-' ? STDIN_TOKEN : a)))
    .scriptName('dlint')
    .usage('$0 [paths..]\n\nLint Dockerfiles: files, folders (searched for Dockerfiles), globs, or - for stdin.')
    .command('rules', 'List every rule with its default severity', {}, () => {
      const rows = allRules().map((r) => `${r.meta.id.padEnd(28)} ${r.meta.severity.padEnd(8)} ${r.meta.preset.padEnd(12)} ${r.meta.description}`);
      io.stdout(rows.join('\n') + '\n');
    })
    .command('explain <id>', "Print a rule's documentation", (y) => y.positional('id', { type: 'string', demandOption: true }), (args) => {
      const rule = allRules().find((r) => r.meta.id === args.id);
      if (!rule) throw new UsageError(unknownRuleMessage(String(args.id), allRules()));
      io.stdout(ruleText(rule.meta));
    })
    .command('$0 [paths..]', false, (y) => y.positional('paths', { type: 'string', array: true }), async (args) => {
      exitCode = await lintCommand(args as unknown as LintArgs, io);
    })
    .option('format', { alias: 'f', choices: Object.keys(REPORTERS), default: 'text', describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' })
    .option('failure-threshold', {
      choices: [...SEVERITIES, 'none'],
      default: 'warning',
      describe: 'Exit 1 when a finding is at least this severe',
    })
    .option('rule', { type: 'string', array: true, describe: 'Set a rule: ID=off|error|warning|info|style (repeatable)' })
    .option('preset', { choices: ['recommended', 'strict'], default: 'recommended', describe: 'Rule preset' })
    .option('context', { type: 'string', describe: 'Build context folder (default: each Dockerfile\'s folder)' })
    .option('stdin-filename', { type: 'string', describe: 'Path to report for input read from stdin' })
    .option('color', { type: 'boolean', describe: 'Colour text output (default: on a terminal, unless NO_COLOR is set)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    await parser.parseAsync();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof DiscoveryError) {
      io.stderr(`dlint: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === 'YError') {
      io.stderr(`dlint: ${e.message}\nRun dlint --help for usage.\n`);
      return 2;
    }
    throw e;
  }
  return exitCode;
}

interface LintArgs {
  paths?: string[];
  format: string;
  output?: string;
  failureThreshold: Severity | 'none';
  rule?: string[];
  preset: Preset;
  context?: string;
  stdinFilename?: string;
  color?: boolean;
  quiet: boolean;
}

function parseRuleFlags(flags: string[] = []): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  const known = allRules();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const id = eq < 0 ? flag : flag.slice(0, eq);
    const setting = eq < 0 ? null : parseRuleSetting(flag.slice(eq + 1));
    if (!setting) throw new UsageError(`--rule ${flag}: expected ID=off|error|warning|info|style`);
    if (!known.some((r) => r.meta.id === id)) throw new UsageError(unknownRuleMessage(id, known));
    out[id] = setting;
  }
  return out;
}

async function lintCommand(args: LintArgs, io: Io): Promise<number> {
  const rules = parseRuleFlags(args.rule);
  const files = discover((args.paths ?? []).map((p) => (p === STDIN_TOKEN ? '-' : p)), io.cwd);
  const results: FileResult[] = [];
  let ioFailed = false;
  for (const file of files) {
    const shown = file === '-' ? (args.stdinFilename ?? '<stdin>') : file;
    let text: string | null = null;
    let findings: Finding[];
    try {
      const bytes = file === '-' ? io.readStdin() : fs.readFileSync(path.resolve(io.cwd, file));
      text = decodeDockerfile(bytes).text;
      const onDisk = file !== '-' || args.stdinFilename !== undefined;
      const contextDir = args.context !== undefined ? path.resolve(io.cwd, args.context) : onDisk ? path.dirname(path.resolve(io.cwd, shown)) : null;
      findings = lint(text, { filePath: shown, preset: args.preset, rules, contextDir });
    } catch (e) {
      if (!(e instanceof InputError) && !isFsError(e)) throw e;
      ioFailed = true;
      findings = [ioError(shown, e instanceof InputError ? e.message : fsMessage(e as NodeJS.ErrnoException))];
      io.stderr(`dlint: ${shown}: ${findings[0]!.message}\n`);
    }
    if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
    results.push({ file: shown, text, findings });
  }

  const color = args.color ?? (io.isTTY && !args.output && !('NO_COLOR' in io.env && io.env.NO_COLOR !== ''));
  const report = REPORTERS[args.format]!({ results, rules: allRules(), color: args.format === 'text' && color, cwd: io.cwd });
  if (args.output) fs.writeFileSync(path.resolve(io.cwd, args.output), report);
  else io.stdout(report);

  if (ioFailed) return 2;
  if (args.failureThreshold === 'none') return 0;
  const threshold = RANK[args.failureThreshold];
  return results.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

function fsMessage(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot read (${e.code})`;
  }
}

function ioError(file: string, message: string): Finding {
  return { file, ruleId: 'io-error', severity: 'error', message, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}
