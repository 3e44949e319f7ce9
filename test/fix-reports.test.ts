/** How fixes show in reports (text marks, JSON, SARIF `fixes`) and the `--fix-dry-run` preview (issue 13). */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runAction } from '../src/action/run.js';
import { runCli } from './cli-harness.js';
import { ROOT } from './helpers.js';
import { workspace } from './workspace.js';

// cmd → instruction-casing (safe), exec-form-cmd (safe); LABEL k = "v" → legacy-key-value (unsafe).
const DOCKERFILE = 'FROM python:3.12-slim\nUSER 10001\nLABEL k = "v"\ncmd python app.py\n';
const FIXED = 'FROM python:3.12-slim\nUSER 10001\nLABEL k = "v"\nCMD ["python", "app.py"]\n';

describe('text report', () => {
  it('marks findings --fix would fix with [*] and counts the fixable ones', async () => {
    const r = await runCli(['-', '--stdin-filename', 'Dockerfile'], { stdin: DOCKERFILE, cwd: workspace({}) });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(' [*] ')).map((l) => l.split(' ')[2])).toEqual(['instruction-casing', 'exec-form-cmd']);
    expect(lines.find((l) => l.includes('legacy-key-value'))).not.toContain('[*]');
    expect(lines.at(-1)).toBe('2 fixable with --fix (1 more with --fix-unsafe).');
  });
  it('says nothing about fixes when none applies', async () => {
    const r = await runCli(['-'], { stdin: 'FROM python:3.12-slim\nUSER 10001\nCMD ["app"]\n', cwd: workspace({}) });
    expect(r.stdout).not.toMatch(/fixable|\[\*\]/);
  });
});

describe('JSON report', () => {
  it('carries each fix with its safety and 1-based edits (the spec contract plus `safe`)', async () => {
    const r = await runCli(['-', '--format', 'json'], { stdin: DOCKERFILE, cwd: workspace({}) });
    const findings = JSON.parse(r.stdout) as { ruleId: string; fix?: { description: string; safe: boolean; edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[] } }[];
    expect(findings.find((f) => f.ruleId === 'exec-form-cmd')!.fix).toMatchObject({ safe: true, edits: [{ line: 4, column: 5, endLine: 4, endColumn: 18, text: '["python", "app.py"]' }] });
    expect(findings.find((f) => f.ruleId === 'legacy-key-value')!.fix?.safe).toBe(false);
  });
});

describe('SARIF report', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'schema', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  interface Replacement { deletedRegion: Record<string, number>; insertedContent: { text: string } }
  interface Result { ruleId: string; fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: Replacement[] }[]; properties: { safe: boolean } }[] }

  it('results carry fixes: artifact changes with 1-based replacement regions, valid under the OASIS schema', async () => {
    const dir = workspace({ Dockerfile: DOCKERFILE.replace(/\n/g, '\r\n') });
    const r = await runCli(['Dockerfile', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: { results: Result[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]!.results;
    const exec = results.find((x) => x.ruleId === 'exec-form-cmd')!.fixes![0]!;
    expect(exec.properties.safe).toBe(true);
    expect(exec.artifactChanges[0]!.artifactLocation.uri).toBe('Dockerfile');
    expect(exec.artifactChanges[0]!.replacements).toEqual([{ deletedRegion: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 18 }, insertedContent: { text: '["python", "app.py"]' } }]);
    expect(results.find((x) => x.ruleId === 'non-root-user')).toBeUndefined();
    expect(results.filter((x) => !x.fixes).map((x) => x.ruleId)).not.toContain('instruction-casing');
  });
});

describe('--fix-dry-run (--diff)', () => {
  it('prints a unified diff per file, writes nothing, reports to stderr and exits as without fixing', async () => {
    const dir = workspace({ Dockerfile: DOCKERFILE, 'clean/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["app"]\n' });
    const plain = await runCli(['Dockerfile', 'clean/Dockerfile'], { cwd: dir });
    for (const flag of ['--fix-dry-run', '--diff']) {
      const r = await runCli(['Dockerfile', 'clean/Dockerfile', flag], { cwd: dir });
      expect(r.stdout).toBe('--- Dockerfile\n+++ Dockerfile\n@@ -1,4 +1,4 @@\n FROM python:3.12-slim\n USER 10001\n LABEL k = "v"\n-cmd python app.py\n+CMD ["python", "app.py"]\n');
      expect(r.code).toBe(plain.code);
      // The report is that of the file as it is.
      expect(r.stderr).toBe(plain.stdout);
      expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
    }
    const unsafe = await runCli(['Dockerfile', '--diff', '--fix-unsafe'], { cwd: dir });
    expect(unsafe.stdout).toContain('+LABEL k="v"');
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
  });
  it('on stdin prints the diff; --fix on stdin prints the fixed text', async () => {
    const diff = await runCli(['-', '--diff'], { stdin: DOCKERFILE, cwd: workspace({}) });
    expect(diff.stdout).toMatch(/^--- <stdin>\n\+\+\+ <stdin>\n/);
    const fixed = await runCli(['-', '--fix'], { stdin: DOCKERFILE, cwd: workspace({}) });
    expect(fixed.stdout).toBe(FIXED);
  });
});

describe('GitHub Action fix input', () => {
  async function run(ws: string, fix: string): Promise<{ code: number; stdout: string; outputs: string }> {
    const outputs = path.join(ws, '..', `${path.basename(ws)}-output`);
    fs.writeFileSync(outputs, '');
    let stdout = '';
    const code = await runAction({ GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: outputs, RUNNER_TEMP: ws + '-tmp', INPUT_FIX: fix, NO_COLOR: '1' }, { stdout: (s) => (stdout += s), stderr: () => {} });
    return { code, stdout, outputs: fs.readFileSync(outputs, 'utf8') };
  }

  it('writes the fixed files with fix: safe or unsafe, and nothing with none', async () => {
    for (const [fix, expected] of [['none', DOCKERFILE], ['safe', FIXED], ['unsafe', FIXED.replace('LABEL k = "v"', 'LABEL k="v"')]] as const) {
      const ws = workspace({ Dockerfile: DOCKERFILE });
      fs.mkdirSync(ws + '-tmp');
      const r = await run(ws, fix);
      expect(fs.readFileSync(path.join(ws, 'Dockerfile'), 'utf8'), fix).toBe(expected);
      expect(r.outputs).toMatch(fix === 'none' ? /fixed-files<<(\S+)\n\n\1/ : /fixed-files<<(\S+)\nDockerfile\n\1/);
    }
  });
  it('refuses another value', async () => {
    const ws = workspace({ Dockerfile: DOCKERFILE });
    const r = await run(ws, 'all');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input fix: "all" is not one of none, safe, unsafe');
  });
});
