/** The command line: arguments → files → lint → report → exit code (0 clean, 1 findings, 2 usage/config/IO error). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yargs, { type Argv } from 'yargs';
import { builtinRules } from '../../rules/index.js';
import { fromHadolint, HADOLINT_FILES, migrationYaml } from '../config/hadolint.js';
import { ConfigResolver } from '../config/load.js';
import { ConfigError, parseRuleSetting, unknownRuleMessage, type RuleConfig } from '../config/rule-settings.js';
import { coverageOf, rulesCovering } from '../coverage.js';
import { ruleText } from '../docs.js';
import { DiscoveryError } from '../discover.js';
import { hideBelowErrors, quietFailureNotice } from './quiet.js';
import { unifiedDiff } from '../diff.js';
import { lintFiles, PARALLEL_MIN_FILES, printableConfig, STDIN, type LintFilesOptions } from '../lint-files.js';
import { LintWorkers } from '../lint-worker.js';
import { shellcheckLogLine } from '../shellcheck/log-line.js';
import { ShellCheckSelector } from '../shellcheck/select.js';
import type { ShellCheckMode } from '../config/types.js';
import { REPORTERS, ruleCatalogue, type FileResult } from '../reporters/index.js';
import type { Rule } from '../rule.js';
import { unusedIgnoreRule } from '../suppressions.js';
import { fixLabel, reaches, SEVERITIES, type Preset, type Severity } from '../types.js';
import { VERSION } from '../version.js';
import { writeFixedFiles } from '../write-fixed.js';
import { loadYaml } from '../lazy-deps.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

/** yargs swallows a bare `-`; it stands for stdin, so it travels under another name. */
const STDIN_TOKEN = '\u0000stdin';

/** Files dlint itself reads as configuration (a folder with one of these is already migrated). */
const DLINT_CONFIG_FILES = ['.dlintrc.json', '.dlintrc.yaml', '.dlintrc.yml', 'dlint.config.json'];

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv.map((a) => (a === '-' ? STDIN_TOKEN : a)))
    .scriptName('dlint')
    .usage('$0 [paths..]\n\nLint Dockerfiles: files, folders (searched for Dockerfiles), globs, or - for stdin.')
    .command(
      'rules',
      'List every rule (plugins included) with its default severity, preset and fix safety',
      (y) =>
        ownOptions(y, 'format')
          .option('covers', { type: 'string', describe: 'Show which rule covers a hadolint or BuildKit check (e.g. DL3008)' })
          .option('format', { choices: ['text', 'json'], default: 'text', describe: 'Output format' }),
      async (args) => {
        const rules = await knownRules(args as unknown as GlobalArgs, io);
        if (args.format === 'json') {
          const listed = args.covers === undefined ? rules : rulesCovering(args.covers, rules);
          io.stdout(JSON.stringify(listed.map(({ meta: m }) => ({ id: m.id, category: m.category, severity: m.severity, preset: m.preset, fixable: m.fixable, description: m.description, covers: m.covers })), null, 2) + '\n');
          if (listed.length === 0) exitCode = 1;
          return;
        }
        if (args.covers !== undefined) {
          const found = rulesCovering(args.covers, rules);
          if (found.length === 0) {
            const reason = coverageOf(args.covers)?.reason;
            io.stdout(`${args.covers} is not covered by any dlint rule${reason ? `: ${reason}` : '.'}\n`);
            exitCode = 1;
            return;
          }
          io.stdout(found.map((r) => `${args.covers} is covered by ${r.meta.id} (${r.meta.severity}, ${r.meta.preset}): ${r.meta.description}`).join('\n') + '\n');
          return;
        }
        const rows = rules.map((r) => `${r.meta.id.padEnd(28)} ${r.meta.severity.padEnd(8)} ${r.meta.preset.padEnd(12)} ${fixLabel(r.meta).padEnd(7)} ${r.meta.description}`);
        io.stdout(`${'rule'.padEnd(28)} ${'severity'.padEnd(8)} ${'preset'.padEnd(12)} ${'fix'.padEnd(7)} description\n` + rows.join('\n') + '\n');
      },
    )
    .command("explain <id>", "Print a rule's documentation (or that of the rule covering a hadolint or BuildKit id)", (y) => ownOptions(y).positional('id', { type: 'string', demandOption: true }), async (args) => {
      const rules = [...(await knownRules(args as unknown as GlobalArgs, io)), unusedIgnoreRule];
      const id = String(args.id);
      const rule = rules.find((r) => r.meta.id === id);
      if (rule) {
        io.stdout(ruleText(rule.meta));
        return;
      }
      // A hadolint or BuildKit id: the rule that covers it, as `rules --covers` says.
      const covering = rulesCovering(id, rules);
      const entry = coverageOf(id);
      if (covering.length === 0 && !entry) throw new UsageError(unknownRuleMessage(id, rules));
      if (covering.length === 0) {
        io.stdout(`${entry!.id} is not covered by any dlint rule${entry!.reason ? `: ${entry!.reason}` : '.'}\n`);
        exitCode = 1;
        return;
      }
      io.stdout(covering.map((r) => `${id} is covered by ${r.meta.id}.\n\n${ruleText(r.meta)}`).join('\n'));
    })
    .command(
      'migrate [file]',
      'Write the .dlintrc.yaml equivalent to a .hadolint.yaml',
      (y) =>
        ownOptions(y)
          .positional('file', { type: 'string', describe: 'The hadolint config (default: .hadolint.yaml or .hadolint.yml here)' })
          .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing .dlintrc.yaml' })
          .option('stdout', { type: 'boolean', default: false, describe: 'Print the converted config instead of writing it' }),
      (args) => {
        migrate(args.file, { force: args.force, stdout: args.stdout }, io);
      },
    )
    .command(
      'lsp',
      'Run the language server (for editors) on stdin and stdout',
      // Clients add their own flags (e.g. `--clientProcessId`); the server ignores them.
      (y) => y.option('stdio', { type: 'boolean', default: true, describe: 'Speak LSP over stdin/stdout (the only transport)' }).strict(false),
      async () => {
        // Loaded on demand: linting files does not need the LSP libraries.
        const { startStdioServer } = await import('../lsp/main.js');
        startStdioServer();
      },
    )
    .command('$0 [paths..]', false, (y) => y.positional('paths', { type: 'string', array: true }), async (args) => {
      exitCode = await lintCommand(args as unknown as LintArgs, io);
    })
    .option('format', {
      alias: 'f',
      type: 'string',
      default: 'text',
      describe: `Output format: ${Object.keys(REPORTERS).join(', ')}; FORMAT:FILE writes that report to FILE (repeatable)`,
    })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' })
    .option('sarif-category', { type: 'string', describe: 'SARIF automationDetails category, to upload several dlint runs side by side (default: dlint)' })
    .option('failure-threshold', {
      choices: [...SEVERITIES, 'none'],
      describe: 'Exit 1 when a finding is at least this severe (default: config, else warning)',
    })
    .option('rule', { type: 'string', array: true, describe: 'Set a rule: ID=off|error|warning|info|style (repeatable)' })
    .option('preset', { choices: ['recommended', 'strict'], describe: 'Rule preset (default: config, else recommended)' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' })
    .option('print-config', { type: 'string', describe: 'Print the configuration that applies to a file, and exit' })
    .option('inline-config', { type: 'boolean', describe: 'Honour inline suppression comments (--no-inline-config ignores them)' })
    .option('report-unused-ignores', { type: 'boolean', describe: 'Report dlint-ignore comments that suppress nothing' })
    .option('shellcheck', { choices: ['auto', 'on', 'off'], describe: 'Run ShellCheck over RUN shell: when found (default: config, else auto), always, never' })
    .option('fix', { type: 'boolean', describe: 'Apply safe fixes to the files (stdin: print the fixed text)' })
    .option('fix-unsafe', { type: 'boolean', describe: 'Apply unsafe fixes too (implies --fix)' })
    .option('fix-dry-run', {
      alias: 'diff',
      type: 'boolean',
      describe: 'Print the fixes as a unified diff per file and write nothing; the report goes to stderr and the exit code is as without fixing',
    })
    .option('context', { type: 'string', describe: "Build context folder (default: config, else each Dockerfile's folder)" })
    .option('stdin-filename', { type: 'string', describe: 'Path to report for input read from stdin' })
    .option('color', { type: 'boolean', describe: 'Colour text output (default: on a terminal, unless NO_COLOR is set)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('verbose', { type: 'boolean', describe: 'Say which files a folder search skipped, and why' })
    .option('jobs', { type: 'number', describe: `Worker threads for ${PARALLEL_MIN_FILES} files or more (default: the number of cores; 1 lints in one thread)` })
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
      io.stderr(e.message.split('\n').map((l) => `dlint: ${l}\n`).join(''));
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

/** Options every command shares; the others defined at the top belong to linting. */
const SHARED_OPTIONS = new Set(['config', 'help', 'version']);

/** A subcommand's parser with the lint options hidden from its --help (`keep`: those it defines again). */
function ownOptions<T>(y: Argv<T>, ...keep: string[]): Argv<T> {
  // yargs has getOptions(); @types/yargs does not declare it.
  const defined = (y as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key;
  for (const key of Object.keys(defined)) if (!SHARED_OPTIONS.has(key) && !keep.includes(key)) y.hide(key);
  return y;
}

interface GlobalArgs {
  config?: string;
}

interface LintArgs extends GlobalArgs {
  paths?: string[];
  format: string | string[];
  output?: string;
  sarifCategory?: string;
  failureThreshold?: Severity | 'none';
  rule?: string[];
  preset?: Preset;
  printConfig?: string;
  inlineConfig?: boolean;
  reportUnusedIgnores?: boolean;
  shellcheck?: ShellCheckMode;
  fix?: boolean;
  fixUnsafe?: boolean;
  fixDryRun?: boolean;
  context?: string;
  stdinFilename?: string;
  color?: boolean;
  quiet: boolean;
  verbose?: boolean;
  jobs?: number;
}

/** Built-in rules plus the plugins of the config that applies in the current folder. */
async function knownRules(args: GlobalArgs, io: Io): Promise<Rule[]> {
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: args.config }).forFile(null, io.cwd);
  return [...builtinRules, ...config.pluginRules];
}

async function parseRuleFlags(flags: string[] = [], args: GlobalArgs, io: Io): Promise<Record<string, RuleConfig>> {
  const out: Record<string, RuleConfig> = {};
  let known: Rule[] = builtinRules;
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const id = eq < 0 ? flag : flag.slice(0, eq);
    const setting = eq < 0 ? null : parseRuleSetting(flag.slice(eq + 1));
    if (!setting) throw new UsageError(`--rule ${flag}: expected ID=off|error|warning|info|style`);
    // Plugin rule ids are known only once the config's plugins are loaded.
    if (!known.some((r) => r.meta.id === id) && known === builtinRules) known = await knownRules(args, io);
    if (!known.some((r) => r.meta.id === id)) throw new UsageError(unknownRuleMessage(id, known));
    out[id] = setting;
  }
  return out;
}

/** `--format` values: `FORMAT` goes to stdout (or `--output`), `FORMAT:FILE` to FILE. */
function reportTargets(args: LintArgs): { format: string; file?: string }[] {
  const targets = [args.format].flat().map((value) => {
    const colon = value.indexOf(':');
    const format = colon < 0 ? value : value.slice(0, colon);
    if (!Object.hasOwn(REPORTERS, format)) throw new UsageError(`--format ${value}: unknown format "${format}"; choose one of ${Object.keys(REPORTERS).join(', ')}`);
    if (colon >= 0 && colon === value.length - 1) throw new UsageError(`--format ${value}: name the file after the colon`);
    return { format, file: colon < 0 ? args.output : value.slice(colon + 1) };
  });
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError('only one --format can print to stdout; write the others to files with --format FORMAT:FILE');
  }
  return targets;
}

async function lintCommand(args: LintArgs, io: Io): Promise<number> {
  const targets = reportTargets(args);
  const options: LintFilesOptions = {
    cwd: io.cwd,
    config: args.config,
    preset: args.preset,
    rules: await parseRuleFlags(args.rule, args, io),
    context: args.context,
    failureThreshold: args.failureThreshold,
    noInlineConfig: args.inlineConfig === false ? true : undefined,
    reportUnusedIgnores: args.reportUnusedIgnores,
    shellcheck: args.shellcheck,
    shellchecks: new ShellCheckSelector((m) => io.stderr(`dlint: ${m}\n`)),
    fix: args.fixUnsafe ? 'unsafe' : args.fix || args.fixDryRun ? 'safe' : undefined,
    onNotice: (m) => io.stderr(`dlint: ${m}\n`),
    onSkip: args.verbose ? (s) => io.stderr(`dlint: skipped ${s.file}: ${s.reason}\n`) : undefined,
    stdin: { read: io.readStdin, filename: args.stdinFilename },
    workers: new LintWorkers(args.jobs ?? os.availableParallelism()),
  };
  if (args.printConfig !== undefined) {
    io.stdout(JSON.stringify(await printableConfig(args.printConfig, options), null, 2) + '\n');
    return 0;
  }
  const results = await lintFiles((args.paths ?? []).map((p) => (p === STDIN_TOKEN ? STDIN : p)), options);
  // CI systems set CI: their logs then say whether ShellCheck's findings are part of the result.
  if (io.env.CI && io.env.CI !== 'false') io.stderr(`dlint: ${shellcheckLogLine(results)}\n`);

  for (const r of results) if (r.ioError) io.stderr(`dlint: ${r.file}: ${r.ioError}\n`);
  const dryRun = args.fixDryRun === true;
  if (dryRun) {
    // The diff is the output; what is reported, and the exit code, are those of the unfixed files.
    for (const r of results) {
      if (r.unfixedText === undefined || r.unfixedFindings === undefined) continue;
      if (r.fixed) io.stdout(unifiedDiff(r.file, r.file, r.unfixedText, r.text!));
      r.findings = r.unfixedFindings;
      r.text = r.unfixedText;
    }
  } else {
    const written = writeFixedFiles(results, (r) => io.stderr(`dlint: ${r.file}: ${r.ioError}\n`)).length;
    if (written > 0) io.stderr(`dlint: fixed ${written} file${written === 1 ? '' : 's'}\n`);
  }
  const quiet = args.quiet ? hideBelowErrors(results) : null;
  const shown: FileResult[] = results.map((r, i) => ({
    file: r.file,
    text: r.text,
    findings: quiet ? quiet.shown[i]! : r.findings,
    failureThreshold: r.failureThreshold,
  }));
  const rules = ruleCatalogue(results);

  // With --fix on stdin, stdout carries the fixed Dockerfile (with --fix-dry-run, the diff), so the report goes to stderr.
  const fixedStdin = options.fix ? results.find((r) => r.absolutePath === null && r.output !== undefined) : undefined;
  if (fixedStdin && !dryRun) io.stdout(fixedStdin.output!);
  for (const { format, file } of targets) {
    const color = format === 'text' && (args.color ?? (io.isTTY && file === undefined && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '')));
    const report = REPORTERS[format]!({ results: shown, rules, color, cwd: io.cwd, sarifCategory: args.sarifCategory, hidden: quiet?.hidden });
    if (file !== undefined) {
      const target = path.resolve(io.cwd, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, report);
    } else if (fixedStdin || dryRun) io.stderr(report);
    else io.stdout(report);
  }

  if (results.some((r) => r.ioError)) return 2;
  const shownFailing = shown.some((r) => r.findings.some((f) => reaches(f.severity, r.failureThreshold ?? 'warning')));
  const notice = quiet && quietFailureNotice(quiet, shownFailing);
  if (notice) io.stderr(`dlint: ${notice}\n`);
  return shownFailing || notice ? 1 : 0;
}

function migrate(file: string | undefined, how: { force: boolean; stdout: boolean }, io: Io): void {
  const source = file !== undefined ? path.resolve(io.cwd, file) : HADOLINT_FILES.map((n) => path.join(io.cwd, n)).find((p) => fs.existsSync(p));
  if (!source || !fs.existsSync(source)) {
    throw new UsageError(file !== undefined ? `${file}: no such file` : 'no .hadolint.yaml or .hadolint.yml here; name the file: dlint migrate path/to/.hadolint.yaml');
  }
  const shown = path.relative(io.cwd, source) || path.basename(source);
  let parsed: unknown;
  try {
    parsed = loadYaml().parse(fs.readFileSync(source, 'utf8'));
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new ConfigError(`${shown}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${(e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const conversion = fromHadolint(parsed, shown, builtinRules);
  const yaml = migrationYaml(conversion, path.basename(source));
  if (how.stdout) {
    io.stdout(yaml);
    return;
  }
  const dir = path.dirname(source);
  const target = path.join(dir, '.dlintrc.yaml');
  const existing = DLINT_CONFIG_FILES.map((n) => path.join(dir, n)).find((p) => fs.existsSync(p));
  if (existing) {
    const name = path.relative(io.cwd, existing) || path.basename(existing);
    if (existing !== target) throw new UsageError(`${name} already exists and dlint reads it first; merge the output of \`dlint migrate --stdout\` into it by hand`);
    if (!how.force) throw new UsageError(`${name} already exists; use --force to replace it`);
  }
  fs.writeFileSync(target, yaml);
  const lines = [`wrote ${path.relative(io.cwd, target) || '.dlintrc.yaml'} from ${shown}; dlint now reads it instead of ${path.basename(source)}.`];
  for (const n of conversion.notes) lines.push(`note: ${n}`);
  io.stdout(lines.join('\n') + '\n');
}
