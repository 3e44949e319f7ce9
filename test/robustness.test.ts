/**
 * Pathological but legal inputs (issue 11): each finishes with findings or one clear message, never a stack
 * overflow or an internal error. Time limits are generous (a slow shared 2-core machine); speed is the bench's.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainedArgs, chainedStages, deepSubstitution, longAndChain, longRunLine, manyEnvs, manyRuns } from '../bench/shapes.js';
import { lint } from '../src/lint.js';
import { lintFiles } from '../src/lint-files.js';
import type { Finding } from '../src/types.js';
import { ROOT } from './helpers.js';

const SLOW = 240_000;

function lintAll(text: string): Finding[] {
  const findings = lint(text, { preset: 'strict', contextDir: null });
  expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  const lines = text.split('\n').length;
  for (const f of findings) expect(f.range.end.line).toBeLessThanOrEqual(lines);
  return findings;
}

describe('pathological inputs', () => {
  it('a RUN chaining 10,000 `&& echo b` continuation lines', { timeout: SLOW }, () => {
    const findings = lintAll(longAndChain(10_000));
    expect(findings.some((f) => f.ruleId === 'shell-check')).toBe(false);
  });

  it('`$(` nested 2,000 deep is reported at its line, not parsed', { timeout: SLOW }, () => {
    const findings = lintAll(deepSubstitution(2_000));
    const deep = findings.filter((f) => f.ruleId === 'shell-check');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.range.start.line).toBe(2);
    expect(deep[0]!.message).toContain('nests deeper than 64 levels');
  });

  it.each([
    ['( … )', `RUN ${'('.repeat(3000)}true${')'.repeat(3000)}`],
    ['{ …; }', `RUN ${'{ '.repeat(3000)}true; ${'}; '.repeat(3000)}`],
    ['if … fi', `RUN ${'if true; then '.repeat(3000)}x; ${'fi; '.repeat(3000)}`],
    ['"$( … )"', `RUN echo ${'"$('.repeat(3000)}x${')"'.repeat(3000)}`],
    ['20,000 pipes', `RUN a${' | b'.repeat(20_000)}`],
    ['bash -c nesting', `RUN ${"bash -c '".repeat(1)}${'$('.repeat(2000)}x${')'.repeat(2000)}'`],
  ])('deep or long shell: %s', { timeout: SLOW }, (_name, run) => {
    lintAll(`FROM alpine:3.20\n${run}\n`);
  });

  it('50,000 one-line RUN instructions', { timeout: SLOW }, () => {
    const findings = lintAll(manyRuns(50_000));
    expect(findings.filter((f) => f.ruleId === 'apt-pin-versions')).toHaveLength(50_000);
  });

  it('one 1 MB RUN line', { timeout: SLOW }, () => {
    lintAll(longRunLine(1_000_000));
  });

  it('5,000 stages, each COPY --from the previous', { timeout: SLOW }, () => {
    lintAll(chainedStages(5_000));
  });

  it('5,000 chained ARGs', { timeout: SLOW }, () => {
    const findings = lintAll(chainedArgs(5_000));
    expect(findings.filter((f) => f.ruleId === 'undefined-var')).toEqual([]);
  });

  it('5 MB of distinct lines with many ENVs', { timeout: SLOW }, () => {
    lintAll(manyEnvs(5 * 1024 * 1024));
  });

  it('the other files of a run are still reported beside a pathological one', { timeout: SLOW }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-robust-'));
    try {
      fs.writeFileSync(path.join(dir, 'deep.Dockerfile'), deepSubstitution(2_000));
      fs.writeFileSync(path.join(dir, 'plain.Dockerfile'), 'FROM python\n');
      const results = await lintFiles(['deep.Dockerfile', 'plain.Dockerfile'], { cwd: dir });
      expect(results.map((r) => [r.file, r.findings.some((f) => f.ruleId === 'internal-error')])).toEqual([
        ['deep.Dockerfile', false],
        ['plain.Dockerfile', false],
      ]);
      expect(results[1]!.findings.some((f) => f.ruleId === 'base-image-tag')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs the CLI as a process; `consume` reads its stdout. */
function runProcess(args: string[], consume: (stdout: NodeJS.ReadableStream) => Promise<string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const out = consume(child.stdout);
  return new Promise((resolve) => child.on('close', async (code) => resolve({ code, out: await out, err })));
}

describe('output through pipes', () => {
  it('10,000 findings as JSON arrive whole', { timeout: SLOW }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-pipe-'));
    try {
      const file = path.join(dir, 'Dockerfile');
      fs.writeFileSync(file, manyRuns(10_000));
      const run = await runProcess(['--format', 'json', file], async (stdout) => {
        let text = '';
        for await (const chunk of stdout) text += chunk;
        return text;
      });
      expect(run.code).toBe(1);
      const findings = JSON.parse(run.out) as unknown[];
      expect(findings.length).toBeGreaterThanOrEqual(10_000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a reader that goes away (`dlint … | head`) ends it quietly', { timeout: SLOW }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-pipe-'));
    try {
      const file = path.join(dir, 'Dockerfile');
      fs.writeFileSync(file, manyRuns(10_000));
      const run = await runProcess([file], async (stdout) => {
        for await (const chunk of stdout) {
          (stdout as NodeJS.ReadableStream & { destroy: () => void }).destroy();
          return String(chunk);
        }
        return '';
      });
      // No stack trace and no error (under CI, stderr may still carry the ShellCheck log line).
      expect(run.err.split('\n').filter((l) => l && !/^dlint: ShellCheck /.test(l))).toEqual([]);
      expect(run.code).not.toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('line breaks', () => {
  it('a lone CR is no line break (BuildKit splits at LF only): findings stay on the lines the text has', () => {
    // Found by test/fuzz.test.ts: dockerfile-ast counted `\r` as a line break, putting findings past the end.
    for (const text of ['\r\u0001', 'FROM python\rRUN pip install flask\n', '\rFROM alpine:3.20\nRUN echo hi\n']) {
      const lines = text.split('\n').length;
      for (const f of lint(text, { contextDir: null })) expect(f.range.end.line, `${f.ruleId} in ${JSON.stringify(text)}`).toBeLessThanOrEqual(lines);
    }
  });
});
