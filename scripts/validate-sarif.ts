/**
 * `npm run test:sarif`: dlint's SARIF checked by Microsoft's SARIF validator with GitHub's ingestion
 * rules (`Sarif.Multitool validate --rule-kind "Gh;Sarif"`); any error or warning fails.
 *
 * The validator is a ~100 MB .NET binary in an npm package, so it is not a devDependency (every
 * `npm ci`, and pre-commit's install of this repo, would fetch it): it is installed once, pinned, into
 * node_modules/.cache. Its npm launcher runs the binary through a shell, which splits `Gh;Sarif` at
 * the `;`, so the binary is run directly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

const VALIDATOR = '@microsoft/sarif-multitool@5.7.0';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'sarif-multitool');

function validatorBinary(): string {
  const resolve = (): string => createRequire(path.join(cacheDir, 'noop.js'))('@microsoft/sarif-multitool') as string;
  try {
    return resolve();
  } catch {
    fs.mkdirSync(cacheDir, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', '--no-save', VALIDATOR], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm install ${VALIDATOR} failed`);
    const binary = resolve();
    // npm may skip the package's postinstall (chmod u+x).
    fs.chmodSync(binary, 0o755);
    return binary;
  }
}

/** Runs the dlint CLI in-process and returns the SARIF it printed. */
async function dlintSarif(args: string[], stdin = ''): Promise<string> {
  let out = '';
  let err = '';
  const code = await main([...args, '--format', 'sarif'], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: () => Buffer.from(stdin),
    cwd: root,
    isTTY: false,
    env: {},
  });
  if (code > 1 && !out) throw new Error(`dlint ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sarif-'));
const binaryFile = path.join(dir, 'binary.Dockerfile');
fs.writeFileSync(binaryFile, Buffer.from([0x46, 0x52, 0x00, 0x01]));
const logs: Record<string, string> = {
  // Every rule with results: the strict preset over the bad and good fixtures of all rules.
  'all-rules.sarif': await dlintSarif(['fixtures/rules/*/*.Dockerfile', '--preset', 'strict', '--sarif-category', 'dlint/fixtures']),
  'clean.sarif': await dlintSarif(['-', '--stdin-filename', 'Dockerfile'], 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]\n'),
  // A file that cannot be read: its io-error result has a rule of its own.
  'io-error.sarif': await dlintSarif([binaryFile]),
};
for (const [name, text] of Object.entries(logs)) fs.writeFileSync(path.join(dir, name), text);

const output = path.join(dir, 'validation.sarif');
// The files come first: list-valued options such as --log would take them as values.
const args = ['validate', ...Object.keys(logs).map((n) => path.join(dir, n)), '--config', path.join(root, 'test', 'sarif-validator.xml'), '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite', '--output', output];
const run = spawnSync(validatorBinary(), args, { encoding: 'utf8' });
if (run.status !== 0 || !fs.existsSync(output)) {
  process.stderr.write(run.stdout + run.stderr);
  throw new Error(`the SARIF validator failed (exit ${run.status})`);
}

interface ValidationResult {
  ruleId: string;
  ruleIndex?: number;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}
interface ValidationLog {
  runs: {
    tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
    results?: ValidationResult[];
    invocations?: { executionSuccessful: boolean }[];
  }[];
}
const validation = JSON.parse(fs.readFileSync(output, 'utf8')) as ValidationLog;
let problems = 0;
for (const run of validation.runs) {
  for (const r of run.results ?? []) {
    // A result's level defaults to warning.
    const level = r.level ?? 'warning';
    if (level !== 'error' && level !== 'warning') continue;
    problems++;
    const template = run.tool.driver.rules?.find((d) => d.id === r.ruleId)?.messageStrings?.[r.message.id ?? '']?.text;
    const text = r.message.text ?? template?.replace(/\{(\d+)\}/g, (_, i: string) => r.message.arguments?.[Number(i)] ?? '') ?? '';
    console.log(`${path.basename(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?')}: ${level} ${r.ruleId}: ${text}`);
  }
}
if (validation.runs.some((r) => r.invocations?.some((i) => !i.executionSuccessful))) throw new Error('the SARIF validator did not complete');
const results = Object.values(logs).reduce((n, t) => n + (JSON.parse(t) as { runs: { results: unknown[] }[] }).runs[0]!.results.length, 0);
console.log(`SARIF validator (Gh;Sarif rules): ${Object.keys(logs).length} logs, ${results} results, ${problems} errors or warnings.`);
fs.rmSync(dir, { recursive: true, force: true });
if (problems > 0) process.exitCode = 1;
