/** The commands of the command line, given arguments src/cli/args.ts has read; each returns the exit code. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { fromHadolint, HADOLINT_FILES, migrationYaml } from '../config/hadolint.js';
import { ConfigResolver } from '../config/load.js';
import { ConfigError, parseRuleSetting, unknownRuleMessage, type RuleConfig } from '../config/rule-settings.js';
import { coverageOf, rulesCovering } from '../coverage.js';
import { ruleText } from '../docs.js';
import { DiscoveryError } from '../discover.js';
import { hideBelowErrors, quietFailureNotice } from './quiet.js';
import { unifiedDiff } from '../diff.js';
import { lintFiles, printableConfig, STDIN, type LintFilesOptions } from '../lint-files.js';
import { LintWorkers } from '../lint-worker.js';
import { shellcheckLogLine } from '../shellcheck/log-line.js';
import { ShellCheckSelector } from '../shellcheck/select.js';
import type { ShellCheckMode } from '../config/types.js';
import { REPORTERS, ruleCatalogue, type FileResult } from '../reporters/index.js';
import type { Rule } from '../rule.js';
import { unusedIgnoreRule } from '../suppressions.js';
import { fixLabel, reaches, type Preset, type Severity } from '../types.js';
import { writeFixedFiles } from '../write-fixed.js';
import { errorLines, UsageError, type ParsedArgs } from './args.js';
import type { Io } from './main.js';
import { loadYaml } from '../lazy-deps.js';
import { defaultJobs } from '../parallel.js';

/** Files dlint itself reads as configuration (a folder with one of these is already migrated). */
const DLINT_CONFIG_FILES = ['.dlintrc.json', '.dlintrc.yaml', '.dlintrc.yml', 'dlint.config.json'];

export async function run(args: ParsedArgs, io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof ConfigError || e instanceof DiscoveryError)) throw e;
    io.stderr(errorLines(e.message));
    return 2;
  }
}

async function dispatch(args: ParsedArgs, io: Io): Promise<number> {
  switch (args.command.name) {
    case 'lint':
      return lintCommand(args, io);
    case 'rules':
      return rulesCommand(args, io);
    case 'explain':
      return explain(args.operands[0]!, args, io);
    case 'migrate':
      migrate(args.operands[0], { force: args.flag('force') === true, stdout: args.flag('stdout') === true }, io);
      return 0;
    case 'lsp': {
      // Loaded on demand: linting files does not need the LSP libraries.
      const { startStdioServer } = await import('../lsp/main.js');
      startStdioServer();
      return 0;
    }
  }
}

async function rulesCommand(args: ParsedArgs, io: Io): Promise<number> {
  const rules = await knownRules(args, io);
  const covers = args.string('covers');
  if (args.string('format') === 'json') {
    const listed = covers === undefined ? rules : rulesCovering(covers, rules);
    io.stdout(JSON.stringify(listed.map(({ meta: m }) => ({ id: m.id, category: m.category, severity: m.severity, preset: m.preset, fixable: m.fixable, description: m.description, covers: m.covers })), null, 2) + '\n');
    return listed.length === 0 ? 1 : 0;
  }
  if (covers !== undefined) {
    const found = rulesCovering(covers, rules);
    if (found.length === 0) {
      const reason = coverageOf(covers)?.reason;
      io.stdout(`${covers} is not covered by any dlint rule${reason ? `: ${reason}` : '.'}\n`);
      return 1;
    }
    io.stdout(found.map((r) => `${covers} is covered by ${r.meta.id} (${r.meta.severity}, ${r.meta.preset}): ${r.meta.description}`).join('\n') + '\n');
    return 0;
  }
  const rows = rules.map((r) => `${r.meta.id.padEnd(28)} ${r.meta.severity.padEnd(8)} ${r.meta.preset.padEnd(12)} ${fixLabel(r.meta).padEnd(7)} ${r.meta.description}`);
  io.stdout(`${'rule'.padEnd(28)} ${'severity'.padEnd(8)} ${'preset'.padEnd(12)} ${'fix'.padEnd(7)} description\n` + rows.join('\n') + '\n');
  return 0;
}

async function explain(id: string, args: ParsedArgs, io: Io): Promise<number> {
  const rules = [...(await knownRules(args, io)), unusedIgnoreRule];
  const rule = rules.find((r) => r.meta.id === id);
  if (rule) {
    io.stdout(ruleText(rule.meta));
    return 0;
  }
  // A hadolint or BuildKit id: the rule that covers it, as `rules --covers` says.
  const covering = rulesCovering(id, rules);
  const entry = coverageOf(id);
  if (covering.length === 0 && !entry) throw new UsageError(unknownRuleMessage(id, rules));
  if (covering.length === 0) {
    io.stdout(`${entry!.id} is not covered by any dlint rule${entry!.reason ? `: ${entry!.reason}` : '.'}\n`);
    return 1;
  }
  io.stdout(covering.map((r) => `${id} is covered by ${r.meta.id}.\n\n${ruleText(r.meta)}`).join('\n'));
  return 0;
}

/** Built-in rules plus the plugins of the config that applies in the current folder. */
async function knownRules(args: ParsedArgs, io: Io): Promise<Rule[]> {
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: args.string('config') }).forFile(null, io.cwd);
  return [...builtinRules, ...config.pluginRules];
}

async function parseRuleFlags(flags: string[], args: ParsedArgs, io: Io): Promise<Record<string, RuleConfig>> {
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
function reportTargets(args: ParsedArgs): { format: string; file?: string }[] {
  const targets = args.strings('format').map((value) => {
    const colon = value.indexOf(':');
    const format = colon < 0 ? value : value.slice(0, colon);
    if (!Object.hasOwn(REPORTERS, format)) throw new UsageError(`--format ${value}: unknown format "${format}"; choose one of ${Object.keys(REPORTERS).join(', ')}`);
    if (colon >= 0 && colon === value.length - 1) throw new UsageError(`--format ${value}: name the file after the colon`);
    return { format, file: colon < 0 ? args.string('output') : value.slice(colon + 1) };
  });
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError('only one --format can print to stdout; write the others to files with --format FORMAT:FILE');
  }
  return targets;
}

async function lintCommand(args: ParsedArgs, io: Io): Promise<number> {
  const targets = reportTargets(args);
  const options: LintFilesOptions = {
    cwd: io.cwd,
    config: args.string('config'),
    preset: args.string('preset') as Preset | undefined,
    rules: await parseRuleFlags(args.strings('rule'), args, io),
    context: args.string('context'),
    failureThreshold: args.string('failure-threshold') as Severity | 'none' | undefined,
    noInlineConfig: args.flag('inline-config') === false ? true : undefined,
    reportUnusedIgnores: args.flag('report-unused-ignores'),
    shellcheck: args.string('shellcheck') as ShellCheckMode | undefined,
    shellchecks: new ShellCheckSelector((m) => io.stderr(`dlint: ${m}\n`), { keepResults: true }),
    fix: args.flag('fix-unsafe') ? 'unsafe' : args.flag('fix') || args.flag('fix-dry-run') ? 'safe' : undefined,
    onNotice: (m) => io.stderr(`dlint: ${m}\n`),
    onSkip: args.flag('verbose') ? (s) => io.stderr(`dlint: skipped ${s.file}: ${s.reason}\n`) : undefined,
    stdin: { read: io.readStdin, filename: args.string('stdin-filename') },
    workers: new LintWorkers(args.number('jobs') ?? defaultJobs(os.availableParallelism())),
  };
  const printConfig = args.string('print-config');
  if (printConfig !== undefined) {
    io.stdout(JSON.stringify(await printableConfig(printConfig, options), null, 2) + '\n');
    return 0;
  }
  io.onLint?.();
  const results = await lintFiles(args.operands.map((p) => (p === '-' ? STDIN : p)), options);
  // CI systems set CI: their logs then say whether ShellCheck's findings are part of the result.
  if (io.env.CI && io.env.CI !== 'false') io.stderr(`dlint: ${shellcheckLogLine(results)}\n`);

  for (const r of results) if (r.ioError) io.stderr(`dlint: ${r.file}: ${r.ioError}\n`);
  const dryRun = args.flag('fix-dry-run') === true;
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
  const quiet = args.flag('quiet') ? hideBelowErrors(results) : null;
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
    const color = format === 'text' && (args.flag('color') ?? (io.isTTY && file === undefined && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '')));
    const report = REPORTERS[format]!({ results: shown, rules, color, cwd: io.cwd, sarifCategory: args.string('sarif-category'), hidden: quiet?.hidden });
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
