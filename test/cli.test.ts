import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';

const BAD = 'fixtures/rules/apt-pin-versions/bad.Dockerfile';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-cli-'));
}

describe('dlint CLI', () => {
  it('prints path:line:col severity rule message and a summary, exit 1 on warnings', async () => {
    const r = await runCli([BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${BAD}:3:8 warning apt-pin-versions apt package \`git\` is not pinned`);
    expect(r.stdout.trim().split('\n').at(-2)).toMatch(/^\d+ problems \(0 errors, \d+ warnings, \d+ info, \d+ style\) in 1 file\.$/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 fixable with --fix (1 more with --fix-unsafe).');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--quiet says what it hid and why the run fails, so the summary and the exit code agree', async () => {
    const r = await runCli([BAD, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('No errors in 1 file; --quiet hid 5 warnings and 2 info.\n');
    expect(r.stderr).toBe('dlint: exit 1: 5 findings hidden by --quiet reach the failure threshold; run without --quiet to see them, or raise --failure-threshold to error\n');
    const json = await runCli([BAD, '--quiet', '--format', 'json']);
    expect([json.code, json.stdout, json.stderr]).toEqual([1, '[]\n', r.stderr]);
    // Hidden findings below the threshold fail nothing, and nothing is said on stderr.
    const below = await runCli([BAD, '--quiet', '--failure-threshold', 'error']);
    expect([below.code, below.stderr]).toEqual([0, '']);
    expect(below.stdout).toContain('--quiet hid 5 warnings');
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    expect((await runCli([BAD], { isTTY: true })).stdout).toContain('\x1b[33mwarning');
    expect((await runCli([BAD], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCli([BAD, '--no-color'], { isTTY: true })).stdout).not.toContain('\x1b[');
  });

  it('exits 0 when findings are below the failure threshold', async () => {
    expect((await runCli([BAD, '--failure-threshold', 'error'])).code).toBe(0);
    expect((await runCli([BAD, '--failure-threshold', 'none'])).code).toBe(0);
    expect((await runCli([BAD, '--failure-threshold', 'info'])).code).toBe(1);
  });

  it('--rule turns rules off and changes severities', async () => {
    const r = await runCli([BAD, '--rule', 'apt-pin-versions=error', '--rule', 'cmd-present=off', '--format', 'json']);
    const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string }[];
    expect(findings.filter((f) => f.ruleId === 'apt-pin-versions').every((f) => f.severity === 'error')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'cmd-present')).toBe(false);
  });

  it('JSON output follows the contract', async () => {
    const r = await runCli([BAD, '--format', 'json']);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(findings.find((f) => f.ruleId === 'apt-pin-versions')).toEqual({
      file: BAD,
      ruleId: 'apt-pin-versions',
      severity: 'warning',
      message: 'apt package `git` is not pinned; install `git=<version>`.',
      line: 3,
      column: 8,
      endLine: 5,
      endColumn: 11,
      related: [{ line: 5, column: 8, endLine: 5, endColumn: 11, message: 'apt package `git` is not pinned; install `git=<version>`.' }],
    });
  });

  it('reads stdin with -, naming it with --stdin-filename', async () => {
    const r = await runCli(['-', '--stdin-filename', 'svc/Dockerfile'], { stdin: 'FROM python\n' });
    expect(r.stdout).toContain('svc/Dockerfile:1:6 warning base-image-tag');
  });

  it('searches folders for Dockerfiles, skipping node_modules', async () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'svc'));
    fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'svc', 'Dockerfile'), 'FROM python:3.12\nRUN pip install flask\n');
    fs.writeFileSync(path.join(dir, 'api.dockerfile'), 'FROM node:22\nCOPY . /app\n');
    fs.writeFileSync(path.join(dir, 'Containerfile'), 'FROM alpine:3.20\nCOPY . /app\n');
    fs.writeFileSync(path.join(dir, 'Dockerfile.dockerignore'), '.git\n');
    fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'Dockerfile'), 'FROM python\n');
    const r = await runCli(['--format', 'json'], { cwd: dir });
    const files = [...new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file))].sort();
    expect(files).toEqual(['Containerfile', 'api.dockerfile', 'svc/Dockerfile']);
  });

  it('bad input gives one clear line and exit 2, never a stack trace', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'bin.Dockerfile'), Buffer.from([0x46, 0x52, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'latin1.Dockerfile'), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(dir, 'huge.Dockerfile'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
    fs.mkdirSync(path.join(dir, 'empty'));
    const cases: [string[], RegExp][] = [
      [['missing/Dockerfile'], /^dlint: missing\/Dockerfile: no such file or folder\n$/],
      [['bin.Dockerfile'], /binary file/],
      [['latin1.Dockerfile'], /invalid UTF-8/],
      [['huge.Dockerfile'], /larger than 10 MB/],
      [['empty'], /^dlint: no Dockerfiles found in folder empty\n$/],
      [['--rule', 'no-such-rule=off', 'x'], /unknown rule id "no-such-rule"/],
      [['--format', 'xml', 'x'], /^dlint: --format xml: unknown format "xml"; choose one of text, json, sarif, github, gitlab, checkstyle, junit\n$/],
      [['--format', 'toString:x.txt', 'x'], /unknown format "toString"/],
      [['--bogus'], /^dlint: unknown option --bogus \(dlint --help lists the options\)\n$/],
      [['--formt', 'json'], /did you mean --format\?/],
      [['explain', 'apt-pin-version'], /did you mean "apt-pin-versions"/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('lints the other files when one cannot be read, then exits 2 with an io-error finding', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12\nRUN pip install flask\n');
    fs.writeFileSync(path.join(dir, 'bad.Dockerfile'), Buffer.from([0, 1, 2]));
    const r = await runCli(['Dockerfile', 'bad.Dockerfile', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const findings = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    expect(findings.some((f) => f.file === 'Dockerfile')).toBe(true);
    expect(findings.find((f) => f.file === 'bad.Dockerfile')?.ruleId).toBe('io-error');
  });

  it('reports a requirements list several Dockerfiles install once, at the first of them (roboflow/inference)', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'flask>=3\n');
    const dockerfile = 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "app.py"]\n';
    fs.writeFileSync(path.join(dir, 'a.Dockerfile'), dockerfile);
    fs.writeFileSync(path.join(dir, 'b.Dockerfile'), dockerfile.replace('3.12', '3.13'));
    const r = await runCli(['a.Dockerfile', 'b.Dockerfile', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { file: string; ruleId: string; message: string }[]).filter((f) => f.ruleId === 'requirements-pin-versions');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toMatch(/requirements\.txt$/);
    expect(findings[0]!.message).toContain('a.Dockerfile:3');
    // Each Dockerfile on its own still reports it.
    const alone = JSON.parse((await runCli(['b.Dockerfile', '--format', 'json'], { cwd: dir })).stdout) as { ruleId: string }[];
    expect(alone.filter((f) => f.ruleId === 'requirements-pin-versions')).toHaveLength(1);
  });

  it('keeps BOM and CRLF files linting at the right positions', async () => {
    const r = await runCli(['-', '--format', 'json'], { stdin: '\ufeffFROM debian:12\r\nRUN apt-get install -y curl\r\n' });
    const f = (JSON.parse(r.stdout) as { ruleId: string; line: number; column: number }[]).find((x) => x.ruleId === 'apt-pin-versions');
    expect(f).toMatchObject({ line: 2, column: 5, related: [{ line: 2, column: 24 }] });
  });

  it('lists rules and explains one', async () => {
    const rules = await runCli(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^apt-pin-versions\s+warning\s+recommended\s+no\s/m);
    // Each rule's fix safety.
    expect(rules.stdout).toMatch(/^exec-form-cmd\s+warning\s+recommended\s+mixed\s/m);
    expect(rules.stdout).toMatch(/^apt-get-yes\s+\w+\s+\w+\s+safe\s/m);
    expect(rules.stdout).toMatch(/^copy-not-add\s+\w+\s+\w+\s+unsafe\s/m);
    const explain = await runCli(['explain', 'exec-form-cmd']);
    expect(explain.stdout).toContain('Why is this bad?');
    expect(explain.stdout).toContain('CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]');
  });

  it('explain answers a hadolint or BuildKit id with the rule covering it, or why none does', async () => {
    const r = await runCli(['explain', 'DL3008']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('DL3008 is covered by apt-pin-versions.\n\napt-pin-versions\n')).toBe(true);
    const none = await runCli(['explain', 'InvalidBaseImagePlatform']);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^InvalidBaseImagePlatform is not covered by any dlint rule: /);
  });

  it('explain renders Markdown for the terminal: no emphasis marks, code indented as written', async () => {
    const r = await runCli(['explain', 'shell-check']);
    expect(r.stdout).not.toContain('**');
    expect(r.stdout).not.toContain('```');
    expect(r.stdout).toContain('- Unparseable shell (error): ');
    expect((await runCli(['explain', 'pip-pin-versions'])).stdout).toContain('\n    RUN pip install --no-cache-dir flask gunicorn "numpy>=1.26"\n');
  });

  it('rules --format json prints the catalogue as JSON, and rules --help shows only its own options', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout) as { id: string; covers: string[] }[];
    expect(rules.find((x) => x.id === 'apt-pin-versions')?.covers).toEqual(['DL3008']);
    const covers = JSON.parse((await runCli(['rules', '--covers', 'DL3008', '--format', 'json'])).stdout) as { id: string }[];
    expect(covers.map((x) => x.id)).toEqual(['apt-pin-versions']);
    const helpOf = async (args: string[]): Promise<string> => (await runCli(args)).stdout;
    const help = await helpOf(['rules', '--help']);
    expect(help).toContain('--covers');
    expect(help).toContain('--format');
    expect(help).not.toContain('--quiet');
    expect(help).not.toContain('--failure-threshold');
    expect(help).not.toContain('sarif');
    // The lint command keeps its options.
    expect(await helpOf(['--help'])).toContain('--failure-threshold');
  });

  it('writes the report to --output', async () => {
    const dir = tmpdir();
    const out = path.join(dir, 'report.json');
    const r = await runCli([path.resolve(BAD), '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toBeInstanceOf(Array);
  });
});
