import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty } from '../src/reporters/github.js';
import { REPORTERS } from '../src/reporters/index.js';
import type { Finding } from '../src/types.js';
import { runCli } from './cli-harness.js';
import { workspace } from './workspace.js';

const BAD = 'FROM python\nRUN pip install flask\nCMD ["python", "app.py"]\n';

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'message'>): Finding {
  return { file: 'Dockerfile', severity: 'warning', range: { start: { line: 2, column: 5 }, end: { line: 2, column: 9 } }, ...partial };
}

/** A workspace that is a repository (`.git`), with a Dockerfile in a subfolder. */
function repoWithService(): string {
  return workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'svc/Dockerfile': BAD, 'svc/ok.Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]\n' });
}

describe('github format (workflow commands)', () => {
  it('escapes data and properties as actions/toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b/100%\nx')).toBe('dir%3Aa%2Cb/100%25%0Ax');
  });

  it('writes one annotation per finding: inclusive end column, columns only on one line', () => {
    const one = finding({ ruleId: 'pip-pin-versions', message: 'Package `flask` is 100% unpinned,\nfix it: now' });
    expect(annotation(one, 'svc/a,b:c.Dockerfile')).toBe(
      '::warning file=svc/a%2Cb%3Ac.Dockerfile,line=2,col=5,endColumn=8,endLine=2,title=dlint pip-pin-versions::Package `flask` is 100%25 unpinned,%0Afix it: now',
    );
    const multi = finding({ ruleId: 'shell-check', severity: 'info', message: 'm', range: { start: { line: 3, column: 5 }, end: { line: 5, column: 2 } } });
    expect(annotation(multi, 'Dockerfile')).toBe('::notice file=Dockerfile,line=3,endLine=5,title=dlint shell-check::m');
    expect(annotation(finding({ ruleId: 'x', severity: 'error', message: 'm' }), 'D')).toMatch(/^::error file=D,/);
  });

  it('paths are relative to the repository root, wherever dlint runs', async () => {
    const ws = repoWithService();
    const r = await runCli(['Dockerfile', '--format', 'github'], { cwd: path.join(ws, 'svc') });
    expect(r.stdout).toContain('::warning file=svc/Dockerfile,line=1,col=6,endColumn=11,endLine=1,title=dlint base-image-tag::');
  });
});

describe('gitlab format (Code Quality)', () => {
  it('writes the fields GitLab requires, with unique fingerprints and repository-relative paths', async () => {
    const ws = repoWithService();
    const r = await runCli(['Dockerfile', 'ok.Dockerfile', '--format', 'gitlab', '--rule', 'base-image-tag=error', '--rule', 'pip-no-cache-dir=style'], { cwd: path.join(ws, 'svc') });
    const issues = JSON.parse(r.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.length).toBeGreaterThan(2);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity', 'type']);
      expect(i.location.path).toBe('svc/Dockerfile');
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.find((i) => i.check_name === 'base-image-tag')).toMatchObject({ severity: 'critical', location: { lines: { begin: 1 } } });
    expect(issues.find((i) => i.check_name === 'pip-pin-versions')).toMatchObject({ severity: 'major', description: expect.stringContaining('`flask`') as unknown });
    expect(issues.find((i) => i.check_name === 'pip-no-cache-dir')!.severity).toBe('info');
  });

  it('keeps fingerprints when lines move', async () => {
    const print = async (text: string): Promise<string> => {
      const r = await runCli(['-', '--stdin-filename', 'Dockerfile', '--format', 'gitlab'], { stdin: text });
      return (JSON.parse(r.stdout) as { check_name: string; fingerprint: string }[]).find((i) => i.check_name === 'pip-pin-versions')!.fingerprint;
    };
    expect(await print('# comment\n\n' + BAD)).toBe(await print(BAD));
  });
});

describe('checkstyle and junit formats', () => {
  const results = [
    {
      file: 'svc/Dockerfile',
      text: null,
      failureThreshold: 'warning' as const,
      findings: [
        finding({ file: 'svc/Dockerfile', ruleId: 'pip-pin-versions', message: 'Install `a<2` & "b" \'c\'\u0007.' }),
        finding({ file: 'svc/Dockerfile', ruleId: 'pip-no-cache-dir', severity: 'info', message: 'Add `--no-cache-dir`.' }),
      ],
    },
    { file: 'ok.Dockerfile', text: null, findings: [], failureThreshold: 'warning' as const },
  ];
  const input = { results, rules: [], color: false, cwd: workspace({}) };

  it('checkstyle: one <file> per Dockerfile, XML escaped, control characters dropped', () => {
    expect(REPORTERS.checkstyle!(input)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="svc/Dockerfile">',
        '    <error line="2" column="5" severity="warning" message="Install `a&lt;2` &amp; &quot;b&quot; &apos;c&apos;." source="dlint.pip-pin-versions"/>',
        '    <error line="2" column="5" severity="info" message="Add `--no-cache-dir`." source="dlint.pip-no-cache-dir"/>',
        '  </file>',
        '  <file name="ok.Dockerfile">',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('junit: failures for findings at the threshold, skipped below it, a passing case per clean file', () => {
    expect(REPORTERS.junit!(input)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="dlint" tests="3" failures="1" errors="0" skipped="1">',
        '  <testsuite name="svc/Dockerfile" tests="2" failures="1" errors="0" skipped="1">',
        '    <testcase classname="svc/Dockerfile" name="svc/Dockerfile:2:5 pip-pin-versions">',
        '      <failure message="Install `a&lt;2` &amp; &quot;b&quot; &apos;c&apos;." type="warning">svc/Dockerfile:2:5 warning pip-pin-versions Install `a&lt;2` &amp; &quot;b&quot; &apos;c&apos;.</failure>',
        '    </testcase>',
        '    <testcase classname="svc/Dockerfile" name="svc/Dockerfile:2:5 pip-no-cache-dir">',
        '      <skipped message="info: Add `--no-cache-dir`."/>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="ok.Dockerfile" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="ok.Dockerfile" name="ok.Dockerfile"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});

describe('several formats in one run', () => {
  it('writes FORMAT:FILE reports and prints the one without a file', async () => {
    const ws = repoWithService();
    const r = await runCli(['svc', '--format', 'sarif:out/dlint.sarif', '--format', 'text', '--format', 'junit:junit.xml', '-f', 'gitlab:gl.json'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('svc/Dockerfile:1:6 warning base-image-tag');
    expect(r.stdout).not.toContain('"version": "2.1.0"');
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'out', 'dlint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    const gitlab = JSON.parse(fs.readFileSync(path.join(ws, 'gl.json'), 'utf8')) as unknown[];
    expect(sarif.runs[0]!.results.length).toBe(gitlab.length);
    expect(fs.readFileSync(path.join(ws, 'junit.xml'), 'utf8')).toContain('<testsuite name="svc/ok.Dockerfile" tests="1" failures="0"');
  });

  it('prints nothing when every report goes to a file, and refuses two reports on stdout', async () => {
    const ws = repoWithService();
    const quiet = await runCli(['svc', '--format', 'checkstyle:cs.xml'], { cwd: ws });
    expect(quiet.stdout).toBe('');
    expect(fs.readFileSync(path.join(ws, 'cs.xml'), 'utf8')).toContain('<file name="svc/Dockerfile">');
    const two = await runCli(['svc', '--format', 'json', '--format', 'text'], { cwd: ws });
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('dlint: only one --format can print to stdout; write the others to files with --format FORMAT:FILE\n');
    const empty = await runCli(['svc', '--format', 'sarif:'], { cwd: ws });
    expect(empty.stderr).toBe('dlint: --format sarif:: name the file after the colon\n');
  });
});
