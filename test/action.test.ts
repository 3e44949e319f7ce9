import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_BUNDLE, buildAction } from '../scripts/build-action.js';
import { fileCommand } from '../src/action/run.js';
import { ROOT } from './helpers.js';
import { workspace } from './workspace.js';

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIM` … `DELIM` blocks (and plain `name=value` lines). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      expect(end, `unterminated ${heredoc[1]}`).toBeGreaterThan(i);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}

/** Runs the committed bundle the way the runner does: `node dist/action/index.js` with the runner's environment. */
function runAction(ws: string, inputs: Record<string, string>): ActionRun {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-runner-'));
  const outputFile = path.join(state, 'output');
  const summaryFile = path.join(state, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  // Every input of action.yml arrives, with its default when the workflow does not set it.
  const manifest = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, RUNNER_TEMP: state };
  for (const [name, spec] of Object.entries(manifest.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  Object.assign(env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    NO_COLOR: '1',
  });
  const r = spawnSync(process.execPath, [ACTION_BUNDLE], { cwd: ws, env, encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  };
}

const BAD = 'FROM python\nRUN pip install flask\nCMD ["python", "app.py"]\n';
const GOOD = 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]\n';

describe('GitHub Action', () => {
  it('the committed bundle is what `npm run build:action` builds', async () => {
    const committed = fs.readFileSync(ACTION_BUNDLE, 'utf8').split('\n');
    const fresh = (await buildAction(false)).split('\n');
    const first = fresh.findIndex((line, i) => line !== committed[i]);
    const where = first < 0 ? committed.length : first;
    const stale = first >= 0 || committed.length !== fresh.length;
    expect(stale, `dist/action/index.js is stale from line ${where + 1} (${JSON.stringify(fresh[where]?.slice(0, 120))}): run \`npm run build:action\` and commit it`).toBe(false);
  });

  it('action.yml runs the bundle on node24, and the bundle starts no shell', () => {
    const manifest = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(fs.readFileSync(ACTION_BUNDLE, 'utf8')).not.toMatch(/child_process/);
  });

  it('lints every Dockerfile of the workspace: log, annotations, outputs, summary, SARIF; fails on warnings', () => {
    const ws = workspace({ 'svc/Dockerfile': BAD, 'ok/Dockerfile': GOOD, 'README.md': '# app\n' });
    const r = runAction(ws, { 'sarif-file': 'reports/dlint.sarif' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('svc/Dockerfile:1:6 warning base-image-tag `python` has no tag');
    expect(r.stdout).toContain(
      '::warning file=svc/Dockerfile,line=1,col=6,endColumn=11,endLine=1,title=dlint base-image-tag::`python` has no tag, so it means `python:latest`',
    );
    expect(r.stdout).toMatch(/^::notice file=svc\/Dockerfile,line=2,.*title=dlint pip-no-cache-dir::/m);
    expect(r.stderr).toMatch(/dlint: \d+ of \d+ findings are at or above the failure threshold/);

    const results = JSON.parse(fs.readFileSync(r.outputs.results!, 'utf8')) as { file: string; ruleId: string; line: number }[];
    expect(new Set(results.map((f) => f.file))).toEqual(new Set(['svc/Dockerfile']));
    expect(r.outputs.findings).toBe(String(results.length));
    expect(r.outputs['sarif-file']).toBe(path.join(ws, 'reports', 'dlint.sarif'));
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(results.length);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('svc/Dockerfile');

    expect(r.summary).toContain(`**${results.length} problems**`);
    expect(r.summary).toMatch(/^\| \[`base-image-tag`\]\(https:\/\/github\.com\/dlint-dev\/dlint\/blob\/main\/docs\/rules\/base-image-tag\.md\) \| warning \| 1 \|$/m);
    expect(r.summary).toContain(
      '| warning | [svc/Dockerfile:1](https://github.example/acme/app/blob/0123456789abcdef0123456789abcdef01234567/svc/Dockerfile#L1) | `base-image-tag` |',
    );
  });

  it('lists every finding in the summary, beyond the 10 annotations GitHub shows per level', () => {
    const many = ['FROM debian:12', ...Array.from({ length: 14 }, (_, i) => `RUN apt-get install -y --no-install-recommends pkg${i}`), 'USER 1000', 'CMD ["app"]'].join('\n') + '\n';
    const r = runAction(workspace({ 'Dockerfile': many }), { 'failure-threshold': 'none', annotations: 'false' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::warning');
    const pinned = r.summary.split('\n').filter((l) => l.includes('| `apt-pin-versions` |'));
    expect(pinned).toHaveLength(14);
    expect(pinned[13]).toContain('[Dockerfile:15](https://github.example/acme/app/blob/0123456789abcdef0123456789abcdef01234567/Dockerfile#L15)');
    expect(r.summary).toContain('| [`apt-pin-versions`](https://github.com/dlint-dev/dlint/blob/main/docs/rules/apt-pin-versions.md) | warning | 14 |');
  });

  it('takes paths and globs one per line, and escapes annotation properties', () => {
    const ws = workspace({ 'a,b:c.Dockerfile': BAD, 'docker/api.Dockerfile': BAD, 'docker/web.Dockerfile': GOOD, 'other/Dockerfile': BAD });
    const r = runAction(ws, { dockerfile: 'a,b:c.Dockerfile\n', path: 'docker/*.Dockerfile\n', 'failure-threshold': 'error' });
    expect(r.code).toBe(0);
    const files = new Set((JSON.parse(fs.readFileSync(r.outputs.results!, 'utf8')) as { file: string }[]).map((f) => f.file));
    expect(files).toEqual(new Set(['a,b:c.Dockerfile', 'docker/api.Dockerfile']));
    expect(r.stdout).toContain('::warning file=a%2Cb%3Ac.Dockerfile,line=1,col=6,');
  });

  it('reports a clean run, and stops with an error annotation on a bad input', () => {
    const clean = runAction(workspace({ Dockerfile: GOOD }), {});
    expect(clean.code).toBe(0);
    expect(clean.outputs.findings).toBe('0');
    expect(clean.outputs['sarif-file']).toBe('');
    expect(clean.summary).toBe('### dlint\n\nNo problems found in 1 Dockerfile.\n');

    const bad = runAction(workspace({ Dockerfile: GOOD }), { 'failure-threshold': 'fatal' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('::error title=dlint::input failure-threshold: "fatal" is not one of error, warning, info, style, none\n');
    const none = runAction(workspace({ 'README.md': '' }), {});
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('::error title=dlint::no Dockerfiles found in folder .\n');
  });
});

describe('GITHUB_OUTPUT file commands', () => {
  it('uses a delimiter that is not in the value', () => {
    const text = fileCommand('results', 'a\nghadelimiter_x\nb');
    const [head, ...rest] = text.split(os.EOL);
    const delimiter = head!.slice('results<<'.length);
    expect(rest.slice(0, 3)).toEqual(['a', 'ghadelimiter_x', 'b']);
    expect(rest[3]).toBe(delimiter);
    expect(parseOutputs(text)).toEqual({ results: 'a\nghadelimiter_x\nb' });
  });
});
