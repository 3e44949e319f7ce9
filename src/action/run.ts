/**
 * The GitHub Action (action.yml): inputs from `INPUT_*` → lintFiles → step log, annotations, job
 * summary, SARIF for code scanning, and step outputs. No shell is ever started: inputs are data.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config/rule-settings.js';
import { DiscoveryError } from '../discover.js';
import { lintFiles, type LintFileResult } from '../lint-files.js';
import { escapeData } from '../reporters/github.js';
import { REPORTERS, ruleCatalogue, type FileResult } from '../reporters/index.js';
import { reportRoot } from '../reporters/paths.js';
import { reaches, SEVERITIES, type Preset, type Severity } from '../types.js';
import { writeFixedFiles } from '../write-fixed.js';
import { jobSummary } from './summary.js';

export interface ActionIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

class InputError extends Error {}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased (dashes stay). */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[]): T | undefined {
  const value = input(env, name);
  if (value === '') return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new InputError(`input ${name}: "${value}" is not one of ${choices.join(', ')}`);
  return value as T;
}

/** YAML 1.2 core booleans, as actions/toolkit's getBooleanInput accepts them. */
function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name}: "${value}" is not true or false`);
}

/** One path, folder or glob per line. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** `name<<delimiter` … `delimiter`: the file-command form that carries any value, newlines included. */
export function fileCommand(name: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
}

interface Inputs {
  paths: string[];
  config?: string;
  preset?: Preset;
  context?: string;
  failureThreshold?: Severity | 'none';
  format: string;
  annotations: boolean;
  sarifFile?: string;
  sarifCategory?: string;
  fix?: 'safe' | 'unsafe';
}

/** The inputs of action.yml (its defaults arrive as values; an empty input means the config or dlint decides). */
function readInputs(env: NodeJS.ProcessEnv): Inputs {
  return {
    paths: [...lines(input(env, 'dockerfile')), ...lines(input(env, 'path'))],
    config: input(env, 'config') || undefined,
    preset: choice<Preset>(env, 'preset', ['recommended', 'strict']),
    context: input(env, 'context') || undefined,
    failureThreshold: choice<Severity | 'none'>(env, 'failure-threshold', [...SEVERITIES, 'none']),
    format: choice(env, 'format', Object.keys(REPORTERS)) ?? 'text',
    annotations: bool(env, 'annotations', true),
    sarifFile: input(env, 'sarif-file') || undefined,
    sarifCategory: input(env, 'sarif-category') || undefined,
    fix: fixInput(choice(env, 'fix', ['none', 'safe', 'unsafe'])),
  };
}

function fixInput(value: 'none' | 'safe' | 'unsafe' | undefined): 'safe' | 'unsafe' | undefined {
  return value === 'none' ? undefined : value;
}

export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<number> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  let inputs: Inputs;
  let results: LintFileResult[];
  try {
    inputs = readInputs(env);
    results = await lintFiles(inputs.paths, {
      cwd: workspace,
      config: inputs.config,
      preset: inputs.preset,
      context: inputs.context,
      failureThreshold: inputs.failureThreshold,
      fix: inputs.fix,
      onNotice: (m) => io.stderr(`dlint: ${m}\n`),
    });
  } catch (e) {
    if (e instanceof InputError || e instanceof ConfigError || e instanceof DiscoveryError) {
      io.stdout(`::error title=dlint::${escapeData(e.message)}\n`);
      return 2;
    }
    throw e;
  }

  io.stderr('dlint: ShellCheck did not run: the Action starts no programs (the dlint CLI runs it)\n');
  // Fixed files are written to the workspace (a later step can commit them); the report is what is left.
  const fixed = writeFixedFiles(results, (r) => io.stdout(`::error title=dlint::${escapeData(`${r.file}: ${r.ioError}`)}\n`)).map((r) => r.file);
  if (fixed.length > 0) io.stderr(`dlint: fixed ${fixed.length} file${fixed.length === 1 ? '' : 's'}: ${fixed.join(', ')}\n`);
  const { format, sarifFile, sarifCategory } = inputs;
  const shown: FileResult[] = results.map((r) => ({ file: r.file, text: r.text, findings: r.findings, failureThreshold: r.failureThreshold }));
  const rules = ruleCatalogue(results);
  const report = (name: string, color = false): string => REPORTERS[name]!({ results: shown, rules, color, cwd: workspace, sarifCategory });

  // The step log renders ANSI colours.
  io.stdout(report(format, format === 'text' && !('NO_COLOR' in env && env.NO_COLOR !== '')));
  if (inputs.annotations && format !== 'github') io.stdout(report('github'));

  const resultsFile = path.join(fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'dlint-')), 'results.json');
  fs.writeFileSync(resultsFile, report('json'));
  let sarifPath = '';
  if (sarifFile) {
    sarifPath = path.resolve(workspace, sarifFile);
    fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
    fs.writeFileSync(sarifPath, report('sarif'));
  }

  if (env.GITHUB_STEP_SUMMARY) {
    const ctx = { cwd: workspace, root: reportRoot(workspace), serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(shown, rules, ctx));
  }
  const count = results.reduce((n, r) => n + r.findings.length, 0);
  if (env.GITHUB_OUTPUT) {
    fs.appendFileSync(env.GITHUB_OUTPUT, fileCommand('findings', String(count)) + fileCommand('sarif-file', sarifPath) + fileCommand('results', resultsFile) + fileCommand('fixed-files', fixed.join('\n')));
  }

  if (results.some((r) => r.ioError)) return 2;
  const failing = results.reduce((n, r) => n + r.findings.filter((f) => reaches(f.severity, r.failureThreshold)).length, 0);
  if (failing > 0) {
    io.stderr(`dlint: ${failing} of ${count} findings are at or above the failure threshold.\n`);
    return 1;
  }
  return 0;
}
