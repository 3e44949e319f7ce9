/**
 * Linting files on disk (the CLI and `lintFiles()`): discovery → per-file configuration → read → lint
 * (→ fix) → results. Nothing is written here; the CLI writes fixed files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import { ConfigResolver, type ResolvedConfig } from './config/load.js';
import { ConfigError, enabledRules, unknownRuleMessage, type RuleConfig } from './config/rule-settings.js';
import { discover, type Skipped } from './discover.js';
import { INTERNAL_ERROR } from './engine.js';
import { fixLoop } from './fix.js';
import { lint, lintModel, modelFor, type LintOptions } from './lint.js';
import type { LintJob } from './lint-worker.js';
import type { DockerfileModel } from './model/types.js';
import { decodeDockerfile, InputError } from './read.js';
import type { Rule } from './rule.js';
import { withTightHeap } from './heap.js';
import { PARALLEL_MIN_FILES } from './parallel.js';
import type { ShellCheckMode } from './config/types.js';
import type { ShellCheckSelector } from './shellcheck/select.js';
import type { ShellCheck } from './shellcheck/session.js';
import type { Finding, Preset, Severity } from './types.js';

export interface LintFilesOptions {
  /** Folder relative paths and config search start from (default `process.cwd()`). */
  cwd?: string;
  /** Use this config file only (and what it extends) instead of searching for one. */
  config?: string;
  /** These win over the configuration files. */
  preset?: Preset;
  rules?: Record<string, RuleConfig>;
  context?: string;
  failureThreshold?: Severity | 'none';
  noInlineConfig?: boolean;
  reportUnusedIgnores?: boolean;
  /** Compute fixed text (`output`): `safe` fixes only, or `unsafe` ones too. Files are not written. */
  fix?: 'safe' | 'unsafe';
  /** One-line notices (hadolint config in use, file ignored by config). */
  onNotice?: (message: string) => void;
  /** Files and folders a folder search passed over, and why (`--verbose`). */
  onSkip?: (skipped: Skipped) => void;
  /** For `-`: how to read stdin, and the path to report it as. */
  stdin?: { read: () => Uint8Array; filename?: string };
  /** Wins over the configuration's `shellcheck` (auto, on, off). */
  shellcheck?: ShellCheckMode;
  /**
   * Runs ShellCheck for the `shellcheck` rule (the CLI passes one; share it across calls to keep results cached).
   * Without it ShellCheck does not run: the GitHub Action's bundle starts no programs.
   */
  shellchecks?: ShellCheckSelector;
  /**
   * Worker threads for a large file set (the CLI passes `LintWorkers`; without it, or with one thread, files are
   * linted in this thread). Used from PARALLEL_MIN_FILES files up, without fixes or plugin rules (functions stay in
   * this thread); the results are the same.
   */
  workers?: { threads: number; lint: (jobs: readonly LintJob[]) => Promise<Finding[][]> };
}

export interface LintFileResult {
  /** The path as given (or found), or the stdin name. */
  file: string;
  /** Absolute path on disk; null for stdin. */
  absolutePath: string | null;
  /** The decoded text, null when the file could not be read. */
  text: string | null;
  findings: Finding[];
  /** With `fix`: the file content after fixing (BOM and line endings as in the input). */
  output?: string;
  /** With `fix`: how many fixes were applied. */
  fixed?: number;
  /** With `fix`: the findings before fixing (`findings` are those left after). */
  unfixedFindings?: Finding[];
  /** With `fix`: the text before fixing (`text` is the fixed one). */
  unfixedText?: string;
  /** Exit-code threshold for this file (option, else config, else `warning`). */
  failureThreshold: Severity | 'none';
  /** Every rule that could have reported here (built-in and plugins). */
  rules: Rule[];
  /** Set when the file could not be read (its one finding is an `io-error`). */
  ioError?: string;
  /** The ShellCheck version that checked the file's shell; null when ShellCheck did not run on it. */
  shellcheck: string | null;
}

export const STDIN = '-';

/** The `lint()` options and threshold for one file under its configuration, command-line options winning. */
function effectiveOptions(config: ResolvedConfig, options: LintFilesOptions): { lint: LintOptions; rules: Rule[]; failureThreshold: Severity | 'none' } {
  const known = [...builtinRules, ...config.pluginRules];
  const rules: Record<string, RuleConfig> = { ...config.rules };
  for (const [id, entry] of Object.entries(options.rules ?? {})) {
    if (!known.some((r) => r.meta.id === id)) throw new ConfigError(unknownRuleMessage(id, known));
    const prev = rules[id];
    // `--rule id=error` changes the severity and keeps options from the config.
    rules[id] = typeof entry === 'string' && entry !== 'off' && Array.isArray(prev) && prev[1] ? [entry, prev[1]] : entry;
  }
  return {
    rules: known,
    failureThreshold: options.failureThreshold ?? config.failureThreshold ?? 'warning',
    lint: {
      preset: options.preset ?? config.preset,
      rules,
      settings: { trustedRegistries: config.trustedRegistries, trustedImages: config.trustedImages, labelSchema: config.labelSchema },
      extraRules: config.pluginRules,
      noInlineConfig: options.noInlineConfig ?? config.noInlineConfig,
      reportUnusedIgnores: options.reportUnusedIgnores ?? config.reportUnusedIgnores,
    },
  };
}

/**
 * The `lint()` options (path and build context included) for one file: what the CLI and the language
 * server both use, so an editor sees what `dlint` prints. `abs` is null for unnamed stdin.
 */
export function fileLintOptions(
  config: ResolvedConfig,
  options: LintFilesOptions,
  cwd: string,
  shown: string,
  abs: string | null,
): { lint: LintOptions; rules: Rule[]; failureThreshold: Severity | 'none' } {
  const eff = effectiveOptions(config, options);
  const contextDir = options.context !== undefined ? path.resolve(cwd, options.context) : (config.context ?? (abs ? path.dirname(abs) : null));
  const defaultContext = options.context === undefined && config.context === undefined;
  return { ...eff, lint: { ...eff.lint, filePath: shown, contextDir, defaultContext } };
}

/** What `--print-config` shows: the configuration as it applies to one file, every rule listed. */
export async function printableConfig(file: string, options: LintFilesOptions = {}): Promise<Record<string, unknown>> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({ cwd, configFile: options.config, onNotice: options.onNotice });
  const abs = path.resolve(cwd, file);
  const config = await resolver.forFile(abs);
  const eff = effectiveOptions(config, options);
  const enabled = new Map(enabledRules(eff.rules, eff.lint.preset!, eff.lint.rules).map((e) => [e.rule.meta.id, e]));
  return {
    configFiles: config.files,
    ignored: config.ignored,
    preset: eff.lint.preset,
    failureThreshold: eff.failureThreshold,
    trustedRegistries: config.trustedRegistries,
    trustedImages: config.trustedImages,
    labelSchema: config.labelSchema,
    context: options.context ? path.resolve(cwd, options.context) : (config.context ?? path.dirname(abs)),
    noInlineConfig: eff.lint.noInlineConfig,
    reportUnusedIgnores: eff.lint.reportUnusedIgnores,
    shellcheck: options.shellcheck ?? config.shellcheck,
    ...(config.shellcheckPath ? { shellcheckPath: config.shellcheckPath } : {}),
    plugins: config.plugins.map((p) => ({ name: p.name, file: resolver.display(p.file), rules: p.rules.map((r) => r.meta.id) })),
    rules: Object.fromEntries(
      eff.rules.map((r) => {
        const e = enabled.get(r.meta.id);
        return [r.meta.id, !e ? 'off' : Object.keys(e.options).length ? [e.severity, e.options] : e.severity];
      }),
    ),
  };
}

/** A file read and configured, waiting for ShellCheck to check every file's shell at once. */
interface Pending {
  result: LintFileResult;
  lint: LintOptions;
  source: ReturnType<typeof decodeDockerfile> | null;
}

/**
 * Lints files, folders (searched for Dockerfiles) and globs; `-` reads `options.stdin`. Every file is read and
 * configured first, so that ShellCheck checks the shell of all of them in one process before the rules run.
 */
export async function lintFiles(inputs: string[], options: LintFilesOptions = {}): Promise<LintFileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({ cwd, configFile: options.config, onNotice: options.onNotice });
  const pending: Pending[] = [];
  for (const file of discover(inputs, cwd, options.onSkip)) {
    const isStdin = file === STDIN;
    const shown = isStdin ? (options.stdin?.filename ?? '<stdin>') : file;
    const named = !isStdin || options.stdin?.filename !== undefined;
    const abs = named ? path.resolve(cwd, shown) : null;
    const config = await resolver.forFile(abs, abs ? path.dirname(abs) : cwd);
    if (config.ignored) {
      if (inputs.includes(file)) options.onNotice?.(`${shown}: skipped, ignorePatterns in ${config.files.join(', ')} exclude it`);
      continue;
    }
    const eff = fileLintOptions(config, options, cwd, shown, abs);
    const wanted = enabledRules(eff.rules, eff.lint.preset!, eff.lint.rules).some((e) => e.rule.meta.id === 'shellcheck');
    const mode = options.shellcheck ?? config.shellcheck;
    if (wanted && mode === 'on' && !options.shellchecks) throw new ConfigError('shellcheck: on, but ShellCheck cannot run here (the GitHub Action starts no programs); use the dlint CLI');
    const shellcheck = wanted && options.shellchecks ? options.shellchecks.select(mode, config.shellcheckPath) : null;
    const lintOptions: LintOptions = { ...eff.lint, shellcheck };
    const result: LintFileResult = { file: shown, absolutePath: isStdin ? null : abs, text: null, findings: [], failureThreshold: eff.failureThreshold, rules: eff.rules, shellcheck: null };
    let source: Pending['source'] = null;
    try {
      const bytes = isStdin ? (options.stdin?.read() ?? new Uint8Array()) : fs.readFileSync(abs!);
      source = decodeDockerfile(bytes);
      result.text = source.text;
    } catch (e) {
      const start = { line: 1, column: 1 };
      if (e instanceof InputError || isFsError(e)) {
        result.ioError = e instanceof InputError ? e.message : fsMessage(e);
        result.findings = [{ file: shown, ruleId: 'io-error', severity: 'error', message: result.ioError, range: { start, end: start } }];
      } else {
        // A bug in dlint on this file: said for this file, and the other files are still linted and reported.
        const message = `dlint failed on this file: ${e instanceof Error ? e.message : String(e)}`;
        result.findings = [{ file: shown, ruleId: INTERNAL_ERROR, severity: 'error', message, range: { start, end: start } }];
      }
    }
    pending.push({ result, lint: lintOptions, source });
  }
  const readable = pending.filter((p) => p.source);
  const workers = options.workers;
  if (workers && workers.threads > 1 && readable.length >= PARALLEL_MIN_FILES && !options.fix && readable.every((p) => !p.lint.extraRules?.length)) {
    const jobs = readable.map(({ result, source, lint: { shellcheck, extraRules: _, ...rest } }) => ({ file: result.file, text: source!.text, options: rest, shellcheck: shellcheck?.binary ?? null }));
    const findings = await workers.lint(jobs);
    readable.forEach((p, i) => {
      p.result.findings = findings[i]!;
      p.result.shellcheck = p.lint.shellcheck?.binary.version ?? null;
    });
    return reportedOnce(pending.map((p) => p.result));
  }
  // The largest file decides: a run of many small files keeps V8's growth (and its speed).
  withTightHeap(Math.max(0, ...readable.map((p) => p.source!.text.length)), () => {
    const models = pending.map((p) => (p.source ? modelFor(p.source.text, p.lint) : null));
    prepareShellCheck(pending, models);
    for (const [i, { result, lint: lintOptions, source }] of pending.entries()) {
      if (!source) continue;
      result.shellcheck = lintOptions.shellcheck?.binary.version ?? null;
      if (options.fix) {
        const outcome = fixLoop(source.text, source.eol, result.file, options.fix === 'unsafe', (t) => lint(t, lintOptions));
        result.findings = outcome.findings;
        result.unfixedText = source.text;
        result.text = outcome.text;
        result.output = (source.bom ? '\ufeff' : '') + outcome.text;
        result.fixed = outcome.applied;
        result.unfixedFindings = outcome.before;
      } else {
        result.findings = lintModel(models[i]!, lintOptions);
      }
    }
  });
  return reportedOnce(pending.map((p) => p.result));
}

/**
 * A finding in a file other than the Dockerfile that reports it (a requirements list that thirteen Dockerfiles
 * install) is one problem: the first Dockerfile in the run's order keeps it, naming its own install, and the others
 * drop it, so the list is not reported thirteen times.
 */
function reportedOnce(results: LintFileResult[]): LintFileResult[] {
  const seen = new Set<string>();
  for (const result of results) {
    result.findings = result.findings.filter((f) => {
      if (f.file === result.file) return true;
      const key = `${f.ruleId}\0${f.file}\0${f.range.start.line}:${f.range.start.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return results;
}

/** One ShellCheck process per program for all files. */
function prepareShellCheck(pending: Pending[], models: (DockerfileModel | null)[]): void {
  const byChecker = new Map<ShellCheck, DockerfileModel[]>();
  pending.forEach((p, i) => {
    const sc = p.lint.shellcheck;
    if (sc && models[i]) byChecker.set(sc, [...(byChecker.get(sc) ?? []), models[i]]);
  });
  for (const [sc, files] of byChecker) sc.prepare(files);
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
